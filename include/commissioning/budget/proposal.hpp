// SPDX-License-Identifier: MIT
/// \file budget/proposal.hpp
/// \brief Proposals that re-shape a portfolio: change a service by an amount or a %, bring it
/// in-house, move it to a service level agreement, end it, or add one, each from a date.
///
/// **Example**: seed 002, from 1 October 2020 (the contracts end on 30 September 2020)
///
///     const date from = parse_date("1 October 2020");
///     const proposal_result result = apply(early_help, {
///         portfolio_change::change_by("Young Carers", money::parse("£100,000"), from),
///         portfolio_change::move_to_sla("NEET", "The Education People", money{}, from),
///         portfolio_change::bring_in_house("Family Support", money::parse("-£1,100,000"), from)});
///     result.after.total();         // £1,924,295.28
///     result.full_year_saving;      // £1,000,000.00
///     result.in_year_saving;        // £500,000.00: half of 2020-21 remains from 1 October
///
/// A saving is before − after, so a cost increase is a negative saving. Every figure
/// reconciles to the penny: before − after = full-year saving.
#pragma once

#include <commissioning/budget/portfolio.hpp>
#include <commissioning/calendar/apportionment.hpp>
#include <commissioning/calendar/financial_year.hpp>
#include <commissioning/error.hpp>
#include <commissioning/money/allocation.hpp>
#include <commissioning/money/money.hpp>
#include <commissioning/money/rate.hpp>
#include <commissioning/names.hpp>

#include <array>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace commissioning {

/// What a change does.
enum class change_kind { change_by, bring_in_house, move_to_sla, end, add };

[[nodiscard]] constexpr std::string_view to_string(change_kind kind) noexcept {
  switch (kind) {
    case change_kind::change_by: return "change";
    case change_kind::bring_in_house: return "bring in-house";
    case change_kind::move_to_sla: return "move to a service level agreement";
    case change_kind::end: return "end";
    case change_kind::add: return "add";
  }
  return "change";
}

/// One change to a portfolio's service, from a date.
struct portfolio_change {
  change_kind kind;
  std::string service;
  std::string provider;             ///< the new provider (SLA, add), or empty
  money amount{};                   ///< the change in annual cost (or, for add, the annual cost)
  std::optional<rate> percent{};    ///< instead of `amount`: a change by this share of the cost
  date from{};
  delivery how = delivery::contract;  ///< for add

  /// Change a service's annual cost by `amount` (negative for a reduction).
  [[nodiscard]] static portfolio_change change_by(std::string service, money amount, date from) {
    return {change_kind::change_by, std::move(service), {}, amount, std::nullopt, from};
  }
  /// Change a service's annual cost by `share` of it (e.g. -10%).
  [[nodiscard]] static portfolio_change change_by_percent(std::string service, rate share, date from) {
    return {change_kind::change_by, std::move(service), {}, money{}, std::move(share), from};
  }
  /// Deliver the service in-house, its cost changed by `amount`.
  [[nodiscard]] static portfolio_change bring_in_house(std::string service, money amount, date from) {
    return {change_kind::bring_in_house, std::move(service), "in-house", amount, std::nullopt, from,
            delivery::in_house};
  }
  /// Move the service to a service level agreement with `provider`, its cost changed by `amount`.
  [[nodiscard]] static portfolio_change move_to_sla(std::string service, std::string provider, money amount,
                                                    date from) {
    return {change_kind::move_to_sla, std::move(service), std::move(provider), amount, std::nullopt, from,
            delivery::service_level_agreement};
  }
  /// Stop the service.
  [[nodiscard]] static portfolio_change end(std::string service, date from) {
    return {change_kind::end, std::move(service), {}, money{}, std::nullopt, from};
  }
  /// Start a new service.
  [[nodiscard]] static portfolio_change add(std::string service, std::string provider, money annual, date from,
                                            delivery how = delivery::contract) {
    return {change_kind::add, std::move(service), std::move(provider), annual, std::nullopt, from, how};
  }
};

/// What one change did.
struct change_outcome {
  portfolio_change change;
  money before;           ///< the service's annual cost before
  money after;            ///< and after
  money saving;           ///< before − after, a full year
  financial_year in_year; ///< the financial year the change starts in
  rate in_year_share;     ///< the share of that year left from the change's date
  money in_year_saving;   ///< saving × in_year_share, rounded half away from zero
};

/// A portfolio before and after a proposal, with its savings.
struct proposal_result {
  portfolio before;
  portfolio after;
  std::vector<change_outcome> changes;
  money full_year_saving;  ///< before.total() − after.total()
  money in_year_saving;    ///< the sum of each change's in-year saving

  /// The in-year savings by the financial year each change takes effect in, in year order.
  [[nodiscard]] std::vector<financial_year_amount> in_year_savings() const {
    std::map<int, money> by_start_year;
    for (const change_outcome& outcome : changes) by_start_year[outcome.in_year.start_year()] += outcome.in_year_saving;
    std::vector<financial_year_amount> result;
    for (const auto& [start_year, amount] : by_start_year)
      result.push_back({financial_year(start_year, changes.front().in_year.start_month()), amount});
    return result;
  }
};

/// Apply `changes`, in order, to `current`, with financial years starting in `start_month`.
///
/// The portfolio and the changes are taken by value: an unqualified `apply(p, changes)` with
/// a `std::vector` finds `std::apply` by argument-dependent lookup too, and a reference
/// parameter here would lose overload resolution to it (a hard error, not a fallback).
[[nodiscard]] proposal_result apply(portfolio current, std::vector<portfolio_change> changes,
                                    std::chrono::month start_month = april);

/// The names of this header's enums, on every face (names.hpp).
template <>
struct enum_names<change_kind> {
  static constexpr std::string_view what = "change kind";
  static constexpr std::array<enum_name<change_kind>, 7> names{{
      {change_kind::change_by, "change_by"},
      {change_kind::bring_in_house, "bring_in_house"},
      {change_kind::move_to_sla, "move_to_sla"},
      {change_kind::end, "end"},
      {change_kind::add, "add"},
      {change_kind::change_by, "change"},
      {change_kind::move_to_sla, "move_to_a_service_level_agreement"},
  }};
};

}  // namespace commissioning
