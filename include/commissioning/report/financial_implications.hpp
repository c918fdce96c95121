// SPDX-License-Identifier: MIT
/// \file report/financial_implications.hpp
/// \brief The sentences of a report's "Financial implications", worded as councils word them.
///
/// **Example**: seed 000
///
///     funding_sentence(contract);
///     // "The funding available is £325,500 per annum. This equates to £1,627,500 over the
///     //  term of the proposed contract and extensions (three years plus one plus one)."
#pragma once

#include <commissioning/appraisal/appraisal.hpp>
#include <commissioning/contract/contract.hpp>
#include <commissioning/money/money.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace commissioning {

/// "The funding available is £325,500 per annum. This equates to £1,627,500 over the term of
/// the proposed contract and extensions (three years plus one plus one)."
/// The total is the maximum value: the base term and every extension option.
[[nodiscard]] inline std::string funding_sentence(const contract& c) {
  const bool has_options = !c.options().empty();
  return "The funding available is " + report_figure(c.annual_value()) + " per annum. This equates to " +
         report_figure(c.maximum_value()) + " over the term of the proposed contract" +
         (has_options ? " and extensions" : "") + " (" + c.term().to_words() + ").";
}

/// Seed 000's paragraph: "This service will be funded from within the existing revenue KCC
/// base budget reported against ... The funding available is £325,500 per annum. This equates
/// to £1,627,500 over the term of the proposed contract and extensions (three years plus one
/// plus one)." `funded_from` is the words after "funded from within".
[[nodiscard]] inline std::string financial_implications_paragraph(const contract& c, std::string_view funded_from) {
  std::string paragraph = "This service will be funded from within ";
  return paragraph.append(funded_from).append(". ").append(funding_sentence(c));
}

/// The appraisal in one sentence: "Over 5 years from 2022-23, the preferred option, Externally
/// commission a new service, costs £1,642,500 in cash and £1,536,087 in present value (real
/// 2022-23 prices, Green Book 2022 standard discounting), £25,000 less in present value than
/// service in-house." Figures in whole pounds, as a report gives them.
[[nodiscard]] inline std::string appraisal_sentence(const appraisal_result& result) {
  const appraisal_settings& s = result.settings;
  const auto pounds = [](money m) { return format(m, money_format::whole_pounds()); };
  std::string sentence = "Over " + std::to_string(s.years) + (s.years == 1 ? " year" : " years") + " from " +
                         s.base_year.label() + ", ";
  const option_appraisal* preferred = result.preferred();
  if (preferred == nullptr) return sentence.append("no option meets every statutory duty, so none is preferred.");
  sentence.append("the preferred option, ").append(preferred->name).append(", costs ").append(pounds(preferred->cash_costs));
  sentence.append(" in cash and ").append(pounds(preferred->present_value_costs)).append(" in present value (");
  sentence.append(s.basis == price_basis::real ? "real " : "cash ").append(s.base_year.label()).append(" prices, ");
  sentence.append(s.schedule.name()).append(" discounting)");
  const option_appraisal* runner_up = nullptr;
  for (const option_appraisal& o : result.options)
    if (o.viable && o.rank == 2) runner_up = &o;
  if (runner_up != nullptr)
    sentence.append(", ").append(pounds(runner_up->net_present_cost - preferred->net_present_cost)).append(" less in present value than ").append(runner_up->name);
  return sentence.append(".");
}

/// "From 1 May 2016 to 30 April 2022 Kent County Council have spent £1,952,904 on the delivery
/// of the young carers service." (seed 004): the contract's spend from its start to `to`
/// (by default its current end), by `who`, on `what`.
[[nodiscard]] inline std::string spend_to_date_sentence(const contract& c, std::string_view who, std::string_view what,
                                                        std::optional<date> to = std::nullopt) {
  const date last = to.value_or(c.current_end());
  std::string sentence = "From " + to_long_string(c.start()) + " to " + to_long_string(last) + " ";
  return sentence.append(who).append(" have spent ").append(report_figure(c.spend_to(last))).append(" on ").append(what).append(".");
}

}  // namespace commissioning
