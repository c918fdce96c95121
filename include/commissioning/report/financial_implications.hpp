// SPDX-License-Identifier: MIT
/// \file report/financial_implications.hpp
/// \brief The sentences of a report's "Financial implications", worded as councils word them.
///
/// **Example**: seed 000
///
///     funding_sentence(contract);
///     // "The funding available is £325,500 per annum. This equates to £1,627,500 over the
///     //  term of the proposed contract and extensions (three years plus one plus one)."
///
/// Each takes the report's unit last (`report_unit`, money/money.hpp): unset, figures are whole pounds, or
/// pounds and pence when they have pence, so the sentences reconcile to the penny with exact
/// tables; in thousands, "The funding available is £326k per annum. This equates to £1,628k ...".
#pragma once

#include <commissioning/calendar/date.hpp>
#include <commissioning/money/money.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace commissioning {

class contract;             // contract/contract.hpp
struct appraisal_result;    // appraisal/appraisal.hpp

/// "The funding available is £325,500 per annum. This equates to £1,627,500 over the term of
/// the proposed contract and extensions (three years plus one plus one)."
/// The total is the maximum value: the base term and every extension option. An indexed
/// contract is stated by its first year and its uplift ("The contract costs £982,000 in its
/// first year, with an uplift of 3% at each anniversary from contract year 2. This equates to
/// £4,108,321.71 over ..."), since no one figure is available every year.
[[nodiscard]] std::string funding_sentence(const contract& c, const report_unit& unit = {});

/// Several contracts, or the lots of one procurement (`lots`): their annual values summed and
/// each named, then their maximum values summed, so the sentence reconciles to the penny with
/// the contracts' own tables. "The funding available is £982,000 per annum across three lots
/// (North £196,400, Central £736,500 and South £49,100). This equates to £3,928,000 over the
/// term of the proposed contracts and extensions (two years plus one plus one)."
[[nodiscard]] std::string funding_sentence(const std::vector<contract>& contracts, bool lots = false,
                                           const report_unit& unit = {});

/// Seed 000's paragraph: "This service will be funded from within the existing revenue KCC
/// base budget reported against ... The funding available is £325,500 per annum. This equates
/// to £1,627,500 over the term of the proposed contract and extensions (three years plus one
/// plus one)." `funded_from` is the words after "funded from within".
[[nodiscard]] std::string financial_implications_paragraph(const contract& c, std::string_view funded_from,
                                                           const report_unit& unit = {});
/// The paragraph for several contracts or the lots of one procurement (`funding_sentence`).
[[nodiscard]] std::string financial_implications_paragraph(const std::vector<contract>& contracts,
                                                           std::string_view funded_from, bool lots = false,
                                                           const report_unit& unit = {});

/// The appraisal in one sentence: "Over 5 years from 2022-23, the preferred option, Externally
/// commission a new service, costs £1,642,500 in cash and £1,536,087 in present value (real
/// 2022-23 prices, Green Book 2022 standard discounting), £25,000 less in present value than
/// service in-house." Figures in whole pounds, as a report gives them, unless the unit says otherwise.
[[nodiscard]] std::string appraisal_sentence(const appraisal_result& result, const report_unit& unit = {});

/// "From 1 May 2016 to 30 April 2022 Kent County Council have spent £1,952,904 on the delivery
/// of the young carers service." (seed 004): the contract's spend from its start to `to`
/// (by default its current end), by `who`, on `what`.
[[nodiscard]] std::string spend_to_date_sentence(const contract& c, std::string_view who, std::string_view what,
                                                 std::optional<date> to = std::nullopt,
                                                 const report_unit& unit = {});

}  // namespace commissioning
