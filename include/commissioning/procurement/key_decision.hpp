// SPDX-License-Identifier: MIT
/// \file procurement/key_decision.hpp
/// \brief Key decisions: an authority's rule as data, tested against a decision's value.
///
/// **Example**: Kent's rule, "Expenditure or savings of more than £1m"
///
///     const key_decision_rule kent = key_decision_rule::fixed("Kent County Council", money::parse("£1,000,000"));
///     is_key_decision(kent, {.value = money::parse("£1,627,500")}).key;   // true (seed 000)
///
/// The 2012 Regulations (SI 2012/2089, regulation 8) set no figure: a decision is key if it is
/// likely to result in expenditure or savings significant for the service's budget, or to be
/// significant for communities in two or more wards. Each council states its own threshold.
///
/// **When** a key decision can be taken is the Regulations' own rule (Part 3): the regulation 9
/// notice 28 clear days before, the regulation 10 general exception (five clear days after a
/// notice to the scrutiny chair is published), or regulation 11 special urgency (the chair's
/// agreement, no waiting period):
///
///     earliest_key_decision(key_decision_route::notice, parse_date("1 March 2027")).earliest;
///     // 30 March 2027: 2 to 29 March are the 28 clear days
#pragma once

#include <commissioning/calendar/date.hpp>
#include <commissioning/error.hpp>
#include <commissioning/money/money.hpp>
#include <commissioning/money/rate.hpp>
#include <commissioning/names.hpp>

#include <algorithm>
#include <array>
#include <optional>
#include <string>
#include <vector>

namespace commissioning {

/// An authority's key-decision rule. The factories refuse a negative amount or share
/// (key_decision.001): it would make every decision key; `is_key_decision` refuses a rule
/// built field by field with one.
struct key_decision_rule {
  std::string authority;
  std::optional<money> amount{};           ///< expenditure or savings above this (revenue, or both)
  std::optional<rate> budget_share{};      ///< or above this share of the budget head (the lower applies)
  std::optional<money> capital_amount{};   ///< a separate amount for capital decisions
  bool wards_test = true;                  ///< significant in two or more wards or divisions

  /// A rule from any of its parts.
  [[nodiscard]] static key_decision_rule of(std::string authority, std::optional<money> amount,
                                            std::optional<rate> budget_share, std::optional<money> capital_amount,
                                            bool wards_test = true) {
    key_decision_rule rule{std::move(authority), amount, std::move(budget_share), capital_amount, wards_test};
    rule.check();
    return rule;
  }
  /// "Expenditure or savings of more than £1m" (Kent).
  [[nodiscard]] static key_decision_rule fixed(std::string authority, money amount) {
    return of(std::move(authority), amount, std::nullopt, std::nullopt);
  }
  /// The lower of a share of the budget head and an amount (Wirral: 10% or £500,000).
  [[nodiscard]] static key_decision_rule share_or_amount(std::string authority, rate share, money amount) {
    return of(std::move(authority), amount, std::move(share), std::nullopt);
  }
  /// Separate revenue and capital amounts (Hyndburn: £150,000 and £200,000).
  [[nodiscard]] static key_decision_rule revenue_and_capital(std::string authority, money revenue, money capital) {
    return of(std::move(authority), revenue, std::nullopt, capital);
  }

  /// Refuses a negative amount, share or capital amount (key_decision.001).
  void check() const {
    const auto refuse = [&](const std::string& what) {
      throw invalid_input("key_decision", 1, authority + "'s rule: " + what);
    };
    if (amount && amount->is_negative()) refuse("a key-decision amount cannot be negative, got " + to_string(*amount));
    if (capital_amount && capital_amount->is_negative())
      refuse("a key-decision capital amount cannot be negative, got " + to_string(*capital_amount));
    if (budget_share && budget_share->value() < 0)
      refuse("a share of the budget head cannot be negative, got " + budget_share->to_percent_string());
  }
};

/// What a decision is.
struct decision_facts {
  money value;                       ///< whole-life expenditure, or the saving
  bool capital = false;
  std::optional<money> budget_head{};  ///< the budget of the service, for a share rule
  int wards_affected = 0;            ///< wards or electoral divisions significantly affected
};

/// The answer, with the threshold applied and the reasons as decision notices word them.
struct key_decision_result {
  bool key;
  std::optional<money> threshold;    ///< the money threshold applied, if any
  std::vector<std::string> reasons;  ///< e.g. "Expenditure or savings of more than £1m"
  std::string sentence;
};

[[nodiscard]] inline key_decision_result is_key_decision(const key_decision_rule& rule, const decision_facts& facts) {
  if (facts.value.is_negative())
    throw invalid_input("key_decision", 1, "state the expenditure or saving as a positive amount, got " + to_string(facts.value));
  if (facts.wards_affected < 0)
    throw invalid_input("key_decision", 1, "the number of wards cannot be negative, got " + std::to_string(facts.wards_affected));
  rule.check();
  if (facts.budget_head && facts.budget_head->is_negative())
    throw invalid_input("key_decision", 1, "a budget head cannot be negative, got " + to_string(*facts.budget_head));
  std::optional<money> threshold = facts.capital && rule.capital_amount ? rule.capital_amount : rule.amount;
  if (rule.budget_share) {
    if (!facts.budget_head)
      throw invalid_input("key_decision", 2, rule.authority + "'s rule is a share of the budget head: give the budget head");
    const money share = facts.budget_head->multiply(*rule.budget_share);
    threshold = threshold ? std::min(*threshold, share) : share;
  }
  key_decision_result result{false, threshold, {}, {}};
  if (threshold && facts.value > *threshold) {
    result.key = true;
    // Notices write round millions short: "more than £1m".
    const bool round_millions = threshold->pence() % 100'000'000 == 0 && !threshold->is_zero();
    result.reasons.push_back("Expenditure or savings of more than " +
                             (round_millions ? format(*threshold, money_format::millions(0)) : report_figure(*threshold)));
  }
  if (rule.wards_test && facts.wards_affected >= 2) {
    result.key = true;
    result.reasons.push_back("Significant in its effects on communities in two or more wards or electoral divisions");
  }
  result.sentence = std::string(result.key ? "This is a key decision" : "This is not a key decision") + " under " +
                    rule.authority + "'s rule" +
                    (result.reasons.empty() ? std::string(".") : ": " + result.reasons.front() + ".");
  return result;
}

// ---------------------------------------------------------------- when a key decision can be taken

/// The three ways the Regulations let a key decision be taken (SI 2012/2089 Part 3).
enum class key_decision_route {
  notice,             ///< regulation 9: the notice published at least 28 clear days before
  general_exception,  ///< regulation 10: the 28 days' notice impracticable; five clear days after the scrutiny chair's notice is published
  special_urgency,    ///< regulation 11: even regulation 10 impracticable; the chair agrees it is urgent and cannot reasonably be deferred
};

/// Which days count as clear days. The Regulations do not define a clear day; the courts read
/// "clear days" as whole days, leaving out the day of the notice and the day of the decision
/// (R v Herefordshire Justices (1820), followed in R v Swansea City Council ex p Elitestone
/// (1993)); whether weekends and bank holidays count the Regulations do not say, and councils'
/// constitutions differ. Calendar days are the default; a constitution that excludes them picks
/// `weekdays` and lists its bank holidays.
enum class clear_day_count {
  calendar_days,  ///< every day counts
  weekdays,       ///< Saturdays, Sundays and the listed closed days do not count
};

/// When a key decision can first be taken, by a route, from the day its notice was published.
struct key_decision_timing {
  key_decision_route route;
  date published;                         ///< the notice's day (for special urgency, the day the chair agreed)
  int clear_days;                         ///< 28, 5 or 0
  clear_day_count counted;
  date earliest;                          ///< the first day the decision can be taken
  std::vector<std::string> requirements;  ///< what the route requires, each with its paragraph
  std::string citation;
  std::string sentence;                   ///< for a report, with how the clear days were counted

  /// Can the decision be taken on `day`?
  [[nodiscard]] bool allows(date day) const noexcept {
    return std::chrono::sys_days(day) >= std::chrono::sys_days(earliest);
  }
};

/// The clear days each route needs: regulation 9 (28), regulation 10(1)(c) (five), regulation 11 (none).
[[nodiscard]] constexpr int clear_days_required(key_decision_route route) noexcept {
  switch (route) {
    case key_decision_route::notice: return 28;
    case key_decision_route::general_exception: return 5;
    case key_decision_route::special_urgency: return 0;
  }
  return 28;
}

/// The first day a key decision can be taken when its notice was published on `published`:
/// the day after the last of the route's clear days, neither the notice's day nor the
/// decision's counting as one. With `weekdays`, a Saturday, a Sunday or a day in `closed_days`
/// is not a clear day (the decision itself may fall on any day).
[[nodiscard]] inline key_decision_timing earliest_key_decision(key_decision_route route, date published,
                                                               clear_day_count counted = clear_day_count::calendar_days,
                                                               const std::vector<date>& closed_days = {}) {
  const int needed = clear_days_required(route);
  auto counts = [&](date day) {
    if (counted == clear_day_count::calendar_days) return true;
    const std::chrono::weekday weekday{std::chrono::sys_days(day)};
    if (weekday == std::chrono::Saturday || weekday == std::chrono::Sunday) return false;
    return std::find(closed_days.begin(), closed_days.end(), day) == closed_days.end();
  };
  date day = published;
  for (int found = 0; found < needed;) {
    day = add_days(day, 1);
    if (counts(day)) ++found;
  }
  const date earliest = needed == 0 ? published : add_days(day, 1);

  key_decision_timing timing{route, published, needed, counted, earliest, {}, {}, {}};
  const std::string how = counted == clear_day_count::calendar_days
                              ? "counting every calendar day"
                              : "counting only weekdays that are not listed closed days";
  const std::string clear = " clear days (neither the day of publication nor the day of the decision counts; " + how +
                            ": the Regulations do not say whether weekends count)";
  switch (route) {
    case key_decision_route::notice:
      timing.citation = "SI 2012/2089, regulation 9";
      timing.requirements = {
          "a notice that a key decision is to be made, stating the matter, the decision maker, the date or period of "
          "the decision, the documents submitted to the decision maker and where they can be had, that other "
          "documents may be submitted, and how to ask for them (regulation 9(1)(a) to (h))",
          "the notice available at the council's offices and on its website at least 28 clear days before the "
          "decision (regulation 9(2))"};
      timing.sentence = "With its notice published on " + to_long_string(published) +
                        ", the key decision can be taken on or after " + to_long_string(earliest) + ": 28" + clear +
                        " under regulation 9 of the Local Authorities (Executive Arrangements) (Meetings and Access to "
                        "Information) (England) Regulations 2012.";
      break;
    case key_decision_route::general_exception:
      timing.citation = "SI 2012/2089, regulation 10";
      timing.requirements = {
          "publishing the regulation 9 notice 28 clear days before is impracticable (regulation 10(1))",
          "the proper officer has told the chair of the relevant overview and scrutiny committee (or, if there is "
          "none, each of its members) in writing of the matter (regulation 10(1)(a))",
          "a copy of that notice is available at the council's offices and on its website (regulation 10(1)(b))",
          "five clear days have passed after the day that copy was made available (regulation 10(1)(c))",
          "as soon as reasonably practicable, a notice of the reasons why regulation 9 was impracticable, at the "
          "offices and on the website (regulation 10(3))"};
      timing.sentence = "Under the general exception, with the notice to the scrutiny chair published on " +
                        to_long_string(published) + ", the key decision can be taken on or after " +
                        to_long_string(earliest) + ": five" + clear +
                        " under regulation 10 of the Local Authorities (Executive Arrangements) (Meetings and Access "
                        "to Information) (England) Regulations 2012.";
      break;
    case key_decision_route::special_urgency:
      timing.citation = "SI 2012/2089, regulation 11";
      timing.requirements = {
          "the date by which the decision must be made makes regulation 10 impracticable (regulation 11(1))",
          "the decision maker has the agreement of the chair of the relevant overview and scrutiny committee, or if "
          "there is none or the chair cannot act the chair of the council, or failing both the vice-chair of the "
          "council, that the decision is urgent and cannot reasonably be deferred (regulation 11(1)(a) to (c))",
          "as soon as reasonably practicable, a notice of the reasons it is urgent and cannot reasonably be "
          "deferred, at the offices and on the website (regulation 11(2))"};
      timing.sentence = "Under special urgency the key decision can be taken on " + to_long_string(earliest) +
                        ", the day the agreement that it is urgent and cannot reasonably be deferred was obtained: "
                        "regulation 11 of the Local Authorities (Executive Arrangements) (Meetings and Access to "
                        "Information) (England) Regulations 2012 sets no period.";
      break;
  }
  return timing;
}

/// The names of this header's enums, on every face (names.hpp).
template <>
struct enum_names<key_decision_route> {
  static constexpr std::string_view what = "key decision route";
  static constexpr std::array<enum_name<key_decision_route>, 3> names{{
      {key_decision_route::notice, "notice"},
      {key_decision_route::general_exception, "general_exception"},
      {key_decision_route::special_urgency, "special_urgency"},
  }};
};

template <>
struct enum_names<clear_day_count> {
  static constexpr std::string_view what = "clear day count";
  static constexpr std::array<enum_name<clear_day_count>, 2> names{{
      {clear_day_count::calendar_days, "calendar_days"},
      {clear_day_count::weekdays, "weekdays"},
  }};
};

}  // namespace commissioning
