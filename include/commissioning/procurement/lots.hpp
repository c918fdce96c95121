// SPDX-License-Identifier: MIT
/// \file procurement/lots.hpp
/// \brief A procurement let as lots: several contracts procured together, whose threshold test
/// takes the value of every lot.
///
/// **Example**: a carers' service of £982,000 a year on 2+1+1, let as three lots
///
///     const procurement_assessment answer = assess_procurement(
///         std::vector<contract>{north, central, south},
///         {.category = service_category::light_touch_services, .procurement_start = parse_date("1 June 2025")});
///     answer.estimated_value;   // £4,713,600.00 with VAT: the three lots' maximum values, summed
///     answer.above_threshold;   // true, for each lot: a £196,400-a-year lot is not judged on its own
///
/// Each lot is still its own contract: it is profiled and reported on its own, and only the
/// threshold test sees the lots together (Public Contracts Regulations 2015, regulation 6(11)
/// and (12); Procurement Act 2023, section 4 and Schedule 3, which forbid splitting a
/// procurement to bring it under a threshold).
#pragma once

#include <commissioning/contract/contract.hpp>
#include <commissioning/contract/term.hpp>
#include <commissioning/error.hpp>
#include <commissioning/money/money.hpp>
#include <commissioning/procurement/route.hpp>
#include <commissioning/procurement/thresholds.hpp>

#include <algorithm>
#include <string>
#include <vector>

namespace commissioning {

/// The lots' maximum values (base terms and every option), summed; overflow is an error.
[[nodiscard]] inline money lots_value(const std::vector<contract>& lots) {
  money total;
  for (const contract& lot : lots) total += lot.maximum_value();
  return total;
}

/// Assess a procurement let as `lots`: the threshold compares the sum of every lot's maximum
/// value, and the answer holds for each lot. Without `facts.procurement_start` the earliest
/// lot's start is taken, and the sentence says so. At least one lot is needed
/// (commissioning.procurement.009).
[[nodiscard]] inline procurement_assessment assess_procurement(const std::vector<contract>& lots,
                                                               const procurement_facts& facts,
                                                               const threshold_table& table = threshold_table::bundled()) {
  if (lots.empty()) throw invalid_input("procurement", 9, "a procurement let as lots needs at least one lot, got none");
  if (lots.size() == 1) return assess_procurement(lots.front(), facts, table);
  const contract& earliest = *std::ranges::min_element(
      lots, [](const contract& a, const contract& b) { return std::chrono::sys_days(a.start()) < std::chrono::sys_days(b.start()); });
  procurement_facts assumed = facts;
  if (!assumed.procurement_start) assumed.procurement_start = earliest.start();
  procurement_assessment answer = assess_procurement(lots_value(lots), assumed, table);

  std::string names;
  for (std::size_t i = 0; i < lots.size(); ++i)
    names.append(i == 0 ? "" : i + 1 == lots.size() ? " and " : ", ").append(lots[i].name());
  answer.preamble = "The " + detail::number_in_words(static_cast<int>(lots.size())) + " lots (" + names +
                    ") are one procurement, so the threshold takes their combined value and applies to each "
                    "lot (" + (answer.regime == procurement_regime::pcr_2015
                                   ? "Public Contracts Regulations 2015, regulation 6(11) and (12)"
                                   : "Procurement Act 2023, section 4 and Schedule 3") +
                    "). ";
  if (!facts.procurement_start)
    answer.assumption = " The day the procurement started was not given: this assumes the earliest lot's start, " +
                        to_long_string(earliest.start()) + ".";
  return answer;
}

}  // namespace commissioning
