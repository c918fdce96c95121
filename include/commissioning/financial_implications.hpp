// SPDX-License-Identifier: MIT
/// \file financial_implications.hpp
/// \brief The sentences of a report's "Financial implications", worded as councils word them.
///
/// **Example**: seed 000
///
///     funding_sentence(contract);
///     // "The funding available is £325,500 per annum. This equates to £1,627,500 over the
///     //  term of the proposed contract and extensions (three years plus one plus one)."
#pragma once

#include <commissioning/contract.hpp>
#include <commissioning/money.hpp>

#include <string>

namespace commissioning {

/// A figure as a report prints it: whole pounds when there are no pence ("£1,627,500"),
/// pounds and pence otherwise ("£325,484.88").
[[nodiscard]] inline std::string report_figure(money amount) {
  return amount.pence() % 100 == 0 ? format(amount, money_format::whole_pounds()) : format(amount);
}

/// "The funding available is £325,500 per annum. This equates to £1,627,500 over the term of
/// the proposed contract and extensions (three years plus one plus one)."
/// The total is the maximum value: the base term and every extension option.
[[nodiscard]] inline std::string funding_sentence(const contract& c) {
  const bool has_options = !c.options().empty();
  return "The funding available is " + report_figure(c.annual_value()) + " per annum. This equates to " +
         report_figure(c.maximum_value()) + " over the term of the proposed contract" +
         (has_options ? " and extensions" : "") + " (" + c.term().to_words() + ").";
}

}  // namespace commissioning
