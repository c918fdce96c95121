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
#pragma once

#include <commissioning/error.hpp>
#include <commissioning/money/money.hpp>
#include <commissioning/money/rate.hpp>

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

}  // namespace commissioning
