// SPDX-License-Identifier: MIT
/// \file procurement/teckal.hpp
/// \brief Contracts with council-owned companies (Teckal, vertical arrangements): the control,
/// activity and private-capital tests as a checklist with a result and its reasons.
///
/// **Example**: seed 002 moves the NEET service "utilising Teckal regulations" to The Education People
///
///     const teckal_result check = check_teckal({.control_similar_to_own_departments = true,
///                                               .activity_share = rate::parse("92%"),
///                                               .direct_private_capital = false});
///     check.exempt;   // true: PCR 2015 regulation 12(1)
#pragma once

#include <commissioning/error.hpp>
#include <commissioning/money/rate.hpp>
#include <commissioning/procurement/thresholds.hpp>

#include <string>
#include <vector>

namespace commissioning {

/// The facts of the arrangement.
struct teckal_facts {
  bool control_similar_to_own_departments = false;  ///< decisive influence over strategy and significant decisions
  rate activity_share{};                            ///< share of the company's activities for its controlling authorities
  bool direct_private_capital = false;
  bool private_capital_required_by_law_without_control = false;  ///< non-controlling, non-blocking, required by legislation
};

/// The checklist's answer.
struct teckal_result {
  bool exempt;
  std::vector<std::string> reasons;  ///< one per test, passed or failed
  std::string citation;
};

/// The vertical-arrangement tests of PCR 2015 regulation 12(1): control, more than 80% of
/// activities for the controlling authority, and no direct private capital. Under the
/// Procurement Act 2023 the equivalent is Schedule 2 paragraph 2; its activity test is taken
/// here as the same 80% (check the Schedule before relying on it).
[[nodiscard]] inline teckal_result check_teckal(const teckal_facts& facts,
                                                procurement_regime regime = procurement_regime::pcr_2015) {
  if (facts.activity_share.value() < 0 || facts.activity_share.value() > 1)
    throw invalid_input("procurement", 6,
                        "an activity share must be between 0% and 100%, got " + facts.activity_share.to_percent_string());
  teckal_result result{true, {}, regime == procurement_regime::pcr_2015
                                     ? "Public Contracts Regulations 2015, regulation 12(1)"
                                     : "Procurement Act 2023, Schedule 2 paragraph 2 (vertical arrangements)"};
  auto test = [&](bool passed, const std::string& yes, const std::string& no) {
    result.exempt = result.exempt && passed;
    result.reasons.push_back(passed ? yes : no);
  };
  test(facts.control_similar_to_own_departments,
       "control: the authority controls the company as it controls its own departments",
       "control: the authority does not control the company as its own departments");
  const bool activity = facts.activity_share > rate::ratio(4, 5);
  test(activity,
       "activity: " + facts.activity_share.to_percent_string(2) + " of its activities are for the controlling authority, more than 80%",
       "activity: only " + facts.activity_share.to_percent_string(2) + " of its activities are for the controlling authority, not more than 80%");
  const bool capital = !facts.direct_private_capital || facts.private_capital_required_by_law_without_control;
  test(capital,
       facts.direct_private_capital ? "private capital: only non-controlling, non-blocking participation required by law"
                                    : "private capital: no direct private capital participation",
       "private capital: there is direct private capital participation");
  return result;
}

}  // namespace commissioning
