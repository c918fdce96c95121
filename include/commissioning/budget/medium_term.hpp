// SPDX-License-Identifier: MIT
/// \file budget/medium_term.hpp
/// \brief A medium-term view: an envelope over several years against costs that grow with
/// inflation and the savings planned, showing the gap to close each year.
///
/// **Example**:
///
///     const auto budget = envelope::flat("Early help", money::parse("£1,924,295.28"),
///                                        financial_year(2021), financial_year(2024));
///     const auto view = medium_term_view(budget, money::parse("£1,924,295.28"), rate::parse("3%"),
///                                        {{financial_year(2023), money::parse("£50,000")}});
///     view[1].cost;   // £1,982,024.14 (2022-23: 3% on the year before)
///     view[1].gap;    // £57,728.86 to find
#pragma once

#include <commissioning/budget/envelope.hpp>
#include <commissioning/money/money.hpp>
#include <commissioning/money/rate.hpp>

#include <map>
#include <ranges>
#include <string>
#include <utility>
#include <vector>

namespace commissioning {

/// One year of a medium-term view.
struct medium_term_year {
  financial_year year;
  money budget;   ///< available in the envelope
  money cost;     ///< the cost of the service at that year's prices
  money savings;  ///< savings planned for the year
  money gap;      ///< cost − savings − budget: positive is a gap to close, negative is headroom
};

/// A medium-term view with what made it: the envelope's name, the cost in its first year, the
/// rise in cost each year, and the years.
struct medium_term {
  std::string envelope_name;
  money base_cost;
  rate inflation;
  std::vector<medium_term_year> years;

  /// The view of `budget` as `medium_term_view` makes it.
  [[nodiscard]] static medium_term of(const envelope& budget, money base_cost, const rate& cost_inflation,
                                      const std::vector<std::pair<financial_year, money>>& savings_by_year = {},
                                      rounding mode = default_rounding);
  /// The sum of the years' gaps (negative: headroom).
  [[nodiscard]] money total_gap() const { return sum(years | std::views::transform(&medium_term_year::gap)); }
};

/// Over the envelope's years: the cost starts at `base_cost` in the first year and rises by
/// `cost_inflation` each year (each year rounded to the penny before the next rise);
/// `savings_by_year` are taken off. Savings for a year outside the envelope, or for a year twice,
/// are refused (envelope.004), never dropped; a year starting in another month than the
/// envelope's too (financial_year.004).
[[nodiscard]] inline std::vector<medium_term_year> medium_term_view(
    const envelope& budget, money base_cost, const rate& cost_inflation,
    const std::vector<std::pair<financial_year, money>>& savings_by_year = {}, rounding mode = default_rounding) {
  const std::string against = "the envelope " + quote(budget.name());
  std::map<int, money> savings_in;  // by start year
  for (const auto& [year, amount] : savings_by_year) {
    detail::require_start_month(year, budget.start_month(), [&] { return against; });
    if (year < budget.first_year() || year > budget.last_year())
      throw invalid_input("envelope", 4,
                          "savings_by_year gives " + year.label() + ", outside " + against + " (" +
                              budget.first_year().label() + " to " + budget.last_year().label() + ")");
    if (!savings_in.emplace(year.start_year(), amount).second)
      throw invalid_input("envelope", 4, "savings_by_year gives " + year.label() + " twice");
  }
  std::vector<medium_term_year> view;
  money cost = base_cost;
  const std::vector<financial_year> years = budget.years();
  for (const financial_year& year : years) {
    const auto found = savings_in.find(year.start_year());
    const money savings = found == savings_in.end() ? money{} : found->second;
    const money available = budget.available(year);
    view.push_back({year, available, cost, savings, cost - savings - available});
    if (year != years.back()) cost = cost.multiply(rate(1) + cost_inflation, mode);  // none beyond the last year
  }
  return view;
}

inline medium_term medium_term::of(const envelope& budget, money base_cost, const rate& cost_inflation,
                                   const std::vector<std::pair<financial_year, money>>& savings_by_year,
                                   rounding mode) {
  return {budget.name(), base_cost, cost_inflation,
          medium_term_view(budget, base_cost, cost_inflation, savings_by_year, mode)};
}

}  // namespace commissioning
