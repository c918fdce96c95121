// SPDX-License-Identifier: MIT
/// \file calendar/apportionment.hpp
/// \brief Spreading an amount over a period into financial years, to the penny.
///
/// **Example**: the contract year 1 May 2022 to 30 April 2023 at £325,484.88
///
///     const auto result = apportion(money::parse("£325,484.88"),
///                                   period{parse_date("1 May 2022"), parse_date("30 April 2023")});
///     // 2022-23: £298,361.14 (11 months), 2023-24: £27,123.74 (1 month)
///
/// The default rule pays equal monthly instalments, a part month pro rata by its days;
/// the alternative spreads by days. Either way the parts sum exactly to the amount,
/// and the result names the rule it used.
#pragma once

#include <commissioning/calendar/date.hpp>
#include <commissioning/calendar/financial_year.hpp>
#include <commissioning/calendar/period.hpp>
#include <commissioning/money/allocation.hpp>
#include <commissioning/money/money.hpp>
#include <commissioning/names.hpp>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace commissioning {

/// How an amount over a period is spread across financial years.
enum class apportion_rule {
  monthly,  ///< equal monthly instalments, a part month pro rata by its days (the default)
  daily,    ///< in proportion to the days in each financial year
};

template <>
struct enum_names<apportion_rule> {
  static constexpr std::string_view what = "apportionment rule";
  static constexpr std::array<enum_name<apportion_rule>, 2> names{{
      {apportion_rule::monthly, "monthly"},
      {apportion_rule::daily, "daily"},
  }};
};

/// The rule's name as results state it.
[[nodiscard]] constexpr std::string_view to_string(apportion_rule rule) noexcept {
  return rule == apportion_rule::monthly ? "equal monthly instalments, part months pro rata by days"
                                         : "by days";
}

/// One financial year's share.
struct apportioned_amount {
  financial_year year;
  period part;
  money amount;
  friend bool operator==(const apportioned_amount&, const apportioned_amount&) = default;
};

/// The result of an apportionment: what was spread, over what, by which rule, and the parts.
struct apportionment {
  money total;
  period over;
  apportion_rule rule;
  std::vector<apportioned_amount> parts;  ///< in date order; amounts sum exactly to `total`
  friend bool operator==(const apportionment&, const apportionment&) = default;
};

/// The rule as a result states it: "apportioned by equal monthly instalments, part months pro
/// rata by days", "apportioned by days".
[[nodiscard]] inline std::string apportioned_by(apportion_rule rule) {
  const std::string description(to_string(rule));
  return description.starts_with("by ") ? "apportioned " + description : "apportioned by " + description;
}

/// The result in words, a line a part: "£325,484.88 over 1 May 2022 to 30 April 2023,
/// apportioned by ...:\n  2022-23 (1 May 2022 to 31 March 2023): £298,361.14\n  ...".
[[nodiscard]] inline std::string to_string(const apportionment& a) {
  std::string text = to_string(a.total) + " over " + a.over.to_string() + ", " + apportioned_by(a.rule) + ":";
  for (const auto& part : a.parts)
    text += "\n  " + part.year.label() + " (" + part.part.to_string() + "): " + to_string(part.amount);
  return text;
}

/// Spread `amount` over `over` into the financial years that start in `start_month`.
[[nodiscard]] apportionment apportion(money amount, const period& over,
                                      apportion_rule rule = apportion_rule::monthly,
                                      std::chrono::month start_month = april);

// ---------------------------------------------------------------- inline definitions

namespace detail {

/// lcm(28, 29, 30, 31): one "month unit" in these parts makes every day of every
/// month a whole number of parts, so monthly weights stay exact integers.
inline constexpr std::int64_t month_parts = 377'580;

/// The weight of `part` under the monthly rule: each calendar month counts
/// `month_parts`, a part month the share of its days it covers.
inline std::int64_t monthly_weight(const period& part) {
  std::int64_t weight = 0;
  for (date cursor = part.first();;) {
    const unsigned month_days = days_in_month(cursor.year(), cursor.month());
    const date month_end{cursor.year(), cursor.month(), std::chrono::day{month_days}};
    const bool last_month = std::chrono::sys_days(part.last()) <= std::chrono::sys_days(month_end);
    const date covered_end = last_month ? part.last() : month_end;
    const long covered = days_between(cursor, covered_end) + 1;
    weight += covered * (month_parts / month_days);
    if (last_month) return weight;
    cursor = add_days(month_end, 1);
  }
}

}  // namespace detail

inline apportionment apportion(money amount, const period& over, apportion_rule rule,
                               std::chrono::month start_month) {
  std::vector<financial_year_part> pieces = split_by_financial_year(over, start_month);
  std::vector<std::int64_t> weights;
  weights.reserve(pieces.size());
  for (const auto& piece : pieces)
    weights.push_back(rule == apportion_rule::monthly ? detail::monthly_weight(piece.part) : piece.part.days());
  const std::vector<money> shares = allocate(amount, weights);

  apportionment result{amount, over, rule, {}};
  result.parts.reserve(pieces.size());
  for (std::size_t i = 0; i < pieces.size(); ++i)
    result.parts.push_back({pieces[i].year, pieces[i].part, shares[i]});
  return result;
}

}  // namespace commissioning
