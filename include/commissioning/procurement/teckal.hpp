// SPDX-License-Identifier: MIT
/// \file procurement/teckal.hpp
/// \brief Contracts between public bodies outside the procurement rules (Teckal): vertical,
/// joint-control, reverse and sister awards, and horizontal co-operation, as a checklist with a
/// result, its reasons, and notes where the library assumes or could not confirm a figure.
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
#include <commissioning/names.hpp>

#include <array>
#include <optional>
#include <string>
#include <vector>

namespace commissioning {

/// Which public-public arrangement a contract is (PCR 2015 regulation 12; Procurement Act 2023
/// Schedule 2 paragraphs 2 and 3).
enum class teckal_arrangement {
  vertical,       ///< an authority to a person it controls: regulation 12(1); paragraph 2(1)(a)
  joint_control,  ///< an authority to a person it controls jointly with other authorities: 12(4) to (6); 2(1)(b)
  reverse,        ///< a controlled authority to its controlling authority: 12(2)
  sister,         ///< a controlled authority to another person controlled by the same authority: 12(2)
  horizontal,     ///< co-operation between authorities, no one controlling: 12(7); paragraph 3
};

/// The names of this header's enum, on every face (names.hpp).
template <>
struct enum_names<teckal_arrangement> {
  static constexpr std::string_view what = "Teckal arrangement";
  static constexpr std::array<enum_name<teckal_arrangement>, 5> names{{
      {teckal_arrangement::vertical, "vertical"},
      {teckal_arrangement::joint_control, "joint_control"},
      {teckal_arrangement::reverse, "reverse"},
      {teckal_arrangement::sister, "sister"},
      {teckal_arrangement::horizontal, "horizontal"},
  }};
};

/// The facts of the arrangement. The fields a route does not use are ignored.
struct teckal_facts {
  /// vertical and joint control: the authority (or the authorities jointly) control the person as
  /// their own departments; reverse and sister: the parent so controls the awarding body
  bool control_similar_to_own_departments = false;
  /// vertical and joint control: the person's activities for its controlling authorities;
  /// reverse and sister: the awarding body's for its parent (every arrangement but horizontal
  /// needs it: commissioning.procurement.006 without it)
  std::optional<rate> activity_share{};
  bool direct_private_capital = false;  ///< in the person awarded the contract
  bool private_capital_required_by_law_without_control = false;  ///< non-controlling, non-blocking, required by legislation
  teckal_arrangement arrangement = teckal_arrangement::vertical;
  /// joint control (12(5)): every controlling authority is represented on the person's
  /// decision-making bodies, and the person pursues no interests contrary to theirs
  bool all_controlling_authorities_represented = false;
  bool no_interests_contrary_to_the_controllers = false;
  /// horizontal (12(7)): the authorities co-operate to provide public services they must
  /// perform, for objectives they have in common, for public-interest reasons only
  bool cooperation_for_common_public_service_objectives = false;
  bool public_interest_only = false;
  /// horizontal: the share of the co-operation's activities on the open market (needed:
  /// commissioning.procurement.006 without it)
  std::optional<rate> open_market_share{};
};

/// The checklist's answer.
struct teckal_result {
  bool exempt;
  std::vector<std::string> reasons;  ///< one per test, passed or failed
  std::string citation;
  /// What the library could not confirm from a source or assumes where the law leaves a
  /// judgement; empty when every figure is the text's own.
  std::vector<std::string> notes{};
};

namespace detail {
/// The share an arrangement needs (`missing` says so when it is not given), between 0% and 100%.
inline const rate& check_share(const std::optional<rate>& share, const char* what, const std::string& missing) {
  if (!share) throw invalid_input("procurement", 6, missing);
  if (share->value() < 0 || share->value() > 1)
    throw invalid_input("procurement", 6,
                        std::string(what) + " must be between 0% and 100%, got " + share->to_percent_string());
  return *share;
}
}  // namespace detail

/// Is a contract between public bodies outside the rules as a public-public arrangement?
///
/// Vertical (PCR 2015 regulation 12(1)): control as over its own departments; more than 80% of
/// the person's activities for the controlling authority; no direct private capital save
/// non-controlling, non-blocking participation required by legislation. Joint control
/// (12(4) to (6)): the same three tests with the authorities together, and 12(5)'s
/// representation and no-contrary-interests conditions. Reverse and sister awards (12(2)): the
/// awarding body must itself be controlled (control and more than 80%), and the person awarded
/// the contract must have no direct private capital; the recipient need not meet the activity
/// test. Horizontal co-operation (12(7)): co-operation for common public-service objectives,
/// public interest only, and less than 20% of its activities on the open market.
///
/// Under the Procurement Act 2023 the vertical, joint and sister awards are Schedule 2
/// paragraph 2 and co-operation paragraph 3, where the open-market limit is "no more than 20
/// per cent" (20% exactly passes, unlike regulation 12(7)). The Act's 80% activity figure is
/// taken from a secondary source (see notes), and the result says so.
[[nodiscard]] inline teckal_result check_teckal(const teckal_facts& facts,
                                                procurement_regime regime = procurement_regime::pcr_2015) {
  const bool act = regime == procurement_regime::procurement_act_2023;
  const teckal_arrangement kind = facts.arrangement;
  // The one share the arrangement tests: the open-market share of co-operation, else the activity share.
  const std::string needs = "a " + std::string(name_of(kind)) + " arrangement needs its ";
  const rate& tested_share = kind == teckal_arrangement::horizontal
                                 ? detail::check_share(facts.open_market_share, "an open-market share",
                                                       needs + "open-market share")
                                 : detail::check_share(facts.activity_share, "an activity share", needs + "activity share");

  teckal_result result{true, {}, {}};
  auto test = [&](bool passed, const std::string& yes, const std::string& no) {
    result.exempt = result.exempt && passed;
    result.reasons.push_back(passed ? yes : no);
  };
  // `whose`: the body the capital test is about, when it is not the one the other tests name.
  auto capital_test = [&](const std::string& whose) {
    const std::string in = whose.empty() ? "" : " in " + whose;
    const bool capital = !facts.direct_private_capital || facts.private_capital_required_by_law_without_control;
    test(capital,
         facts.direct_private_capital ? "private capital: only non-controlling, non-blocking participation required by law" + in
                                      : "private capital: no direct private capital participation" + in,
         "private capital: there is direct private capital participation" + in);
  };
  auto activity_test = [&](const std::string& who, const std::string& whom) {
    const std::string share = tested_share.to_percent_string(2);
    test(tested_share > rate::ratio(4, 5),
         "activity: " + share + " of " + who + " activities are for " + whom + ", more than 80%",
         "activity: only " + share + " of " + who + " activities are for " + whom + ", not more than 80%");
  };
  const std::string act_80 =
      "the Act's activity test is taken as more than 80% (Schedule 2 paragraph 2; the figure is from a secondary "
      "source, Pinsent Masons, Out-Law, 22 June 2023, not from the Schedule's text), with its calculation as the "
      "Procurement Regulations 2024 provide (paragraph 2(6))";

  switch (kind) {
    case teckal_arrangement::vertical:
      result.citation = act ? "Procurement Act 2023, Schedule 2 paragraph 2 (vertical arrangements)"
                            : "Public Contracts Regulations 2015, regulation 12(1)";
      test(facts.control_similar_to_own_departments,
           "control: the authority controls the company as it controls its own departments",
           "control: the authority does not control the company as its own departments");
      activity_test("its", "the controlling authority");
      capital_test("");
      if (act) result.notes.push_back(act_80);
      break;
    case teckal_arrangement::joint_control:
      result.citation = act ? "Procurement Act 2023, Schedule 2 paragraph 2(1)(b) (joint control)"
                            : "Public Contracts Regulations 2015, regulation 12(4) and (5)";
      test(facts.control_similar_to_own_departments,
           "joint control: the authorities together control the person as their own departments",
           "joint control: the authorities together do not control the person as their own departments");
      test(facts.all_controlling_authorities_represented,
           "representation: every controlling authority is represented on the person's decision-making bodies",
           "representation: not every controlling authority is represented on the person's decision-making bodies");
      test(facts.no_interests_contrary_to_the_controllers,
           "interests: the person pursues no interests contrary to those of the controlling authorities",
           "interests: the person pursues interests contrary to those of the controlling authorities");
      activity_test("the person's", "the controlling authorities");
      capital_test("");
      if (act) {
        result.notes.push_back(act_80);
        result.notes.push_back(
            "the representation and contrary-interests conditions are regulation 12(5)'s; the Act's own joint-control "
            "test (Schedule 2 paragraph 2) is taken to require the same");
      }
      break;
    case teckal_arrangement::reverse:
    case teckal_arrangement::sister: {
      const bool reverse = kind == teckal_arrangement::reverse;
      result.citation = act ? "Procurement Act 2023, Schedule 2 paragraph 2(1)(c) and (d) (vertical arrangements)"
                            : "Public Contracts Regulations 2015, regulation 12(2)";
      test(facts.control_similar_to_own_departments,
           "control: the awarding body is controlled by its parent authority as one of its own departments",
           "control: the awarding body is not controlled by its parent authority as one of its own departments");
      activity_test("the awarding body's", "its parent authority");
      capital_test(reverse ? "the parent authority awarded the contract" : "the sister body awarded the contract");
      if (!reverse)
        result.notes.push_back("the sister body awarded the contract need not meet the activity test itself "
                               "(regulation 12(2) asks only that it have no direct private capital)");
      if (act) {
        result.notes.push_back(act_80);
        result.notes.push_back(
            "awards to a controlling authority or a sister body are taken to be within Schedule 2 paragraph 2(1)(c) "
            "and (d), as the Cabinet Office's guidance on exempted contracts reads them; the drafting is reported "
            "unclear (Anthony Collins, Procurement Act 2023: vertical arrangements)");
      }
      break;
    }
    case teckal_arrangement::horizontal: {
      result.citation = act ? "Procurement Act 2023, Schedule 2 paragraph 3 (horizontal arrangements)"
                            : "Public Contracts Regulations 2015, regulation 12(7)";
      test(facts.cooperation_for_common_public_service_objectives,
           "co-operation: the authorities co-operate to provide public services they must perform, for common "
           "objectives",
           "co-operation: the authorities do not co-operate to provide public services they must perform, for common "
           "objectives");
      test(facts.public_interest_only, "public interest: the co-operation is governed by the public interest only",
           "public interest: the co-operation is not governed by the public interest only");
      const std::string share = tested_share.to_percent_string(2);
      const rate fifth = rate::ratio(1, 5);
      if (act)
        test(tested_share <= fifth,
             "open market: " + share + " of the co-operation's activities are outside the authorities' public "
             "functions, no more than 20%",
             "open market: " + share + " of the co-operation's activities are outside the authorities' public "
             "functions, more than 20%");
      else
        test(tested_share < fifth,
             "open market: " + share + " of the co-operation's activities are on the open market, less than 20%",
             "open market: " + share + " of the co-operation's activities are on the open market, not less than 20%");
      if (act)
        result.notes.push_back(
            "the co-operation and public-interest conditions are regulation 12(7)'s; the Act's paragraph 3 is taken "
            "to require the same of an arrangement between authorities");
      break;
    }
  }
  return result;
}


}  // namespace commissioning
