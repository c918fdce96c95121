// SPDX-License-Identifier: MIT
/// \file contract/price.hpp
/// \brief What a contract costs each contract year: a stated price and its indexation.
///
/// **Example**:
///
///     const price flat = price::annual(money::parse("£325,484"));
///     const indexation uplift = indexation::fixed(rate::parse("3%"), 2);  // from year 2
///     uplift.uplift_for(3, 2018);     // 3%, the uplift at the anniversary starting year 3
///     // In a contract from 1 May 2016 at `flat` with `uplift`, contract year 2 costs
///     // £325,484 x 1.03 = £335,248.52 and year 3 £335,248.52 x 1.03 = £345,305.98.
///
/// Each uplifted year is rounded to the penny by the named rule before the next uplift is
/// applied, as a council's price schedule states it.
#pragma once

#include <commissioning/error.hpp>
#include <commissioning/money/allocation.hpp>
#include <commissioning/money/money.hpp>
#include <commissioning/money/rate.hpp>
#include <commissioning/money/rounding.hpp>
#include <commissioning/names.hpp>

#include <array>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace commissioning {

/// The price as the contract states it.
class price {
 public:
  enum class basis {
    annual,             ///< the same value every contract year
    per_contract_year,  ///< a value for each year; later years repeat the last
    total_over_base,    ///< a total for the base term, spread evenly over its years
  };

  /// £x a year, every year.
  [[nodiscard]] static price annual(money per_year) {
    check_not_negative(per_year, "the annual value");
    return price(basis::annual, {per_year}, {});
  }
  /// A value for each contract year (year 1 first); years beyond the list repeat the last.
  [[nodiscard]] static price per_contract_year(std::vector<money> values) {
    if (values.empty()) throw invalid_input("contract", 7, "a price per contract year needs at least one value");
    for (money v : values) check_not_negative(v, "a contract year's value");
    return price(basis::per_contract_year, std::move(values), {});
  }
  /// A total over a base term of whole years: each base year gets an equal share (largest
  /// remainder, so they sum to the total exactly, the first years taking any odd pence);
  /// each extension year costs the last base year's share.
  [[nodiscard]] static price total_over_base(money total, int base_months) {
    check_not_negative(total, "the total value");
    if (base_months <= 0 || base_months % 12 != 0)
      throw invalid_input("contract", 7,
                          "a total over the base term needs a base of whole years, got " +
                              std::to_string(base_months) + " months; state a price per contract year instead");
    return price(basis::total_over_base, split(total, static_cast<std::size_t>(base_months / 12)), total);
  }

  [[nodiscard]] basis kind() const noexcept { return basis_; }
  /// The stated total (only for `total_over_base`).
  [[nodiscard]] const std::optional<money>& stated_total() const noexcept { return total_; }
  /// The annual rate stated for contract year `year` (1-based), before indexation.
  [[nodiscard]] money annual_rate(int year) const {
    if (year < 1) throw out_of_range_error("contract", 1, "contract years are counted from 1, got " + std::to_string(year));
    const auto index = static_cast<std::size_t>(year - 1);
    return index < values_.size() ? values_[index] : values_.back();
  }
  /// The values as stated, for writing back.
  [[nodiscard]] const std::vector<money>& stated_values() const noexcept { return values_; }

  friend bool operator==(const price&, const price&) = default;

 private:
  price(basis kind, std::vector<money> values, std::optional<money> total)
      : basis_(kind), values_(std::move(values)), total_(total) {}
  static void check_not_negative(money value, const std::string& what) {
    if (value.is_negative()) throw invalid_input("contract", 7, what + " cannot be negative, got " + to_string(value));
  }

  basis basis_;
  std::vector<money> values_;
  std::optional<money> total_;
};

/// How the price moves from one contract year to the next.
class indexation {
 public:
  enum class method {
    none,          ///< the price as stated
    fixed,         ///< a fixed % uplift at each anniversary from a given year
    index_series,  ///< the change in a published index, with optional cap, floor and lag
  };

  /// No uplift.
  [[nodiscard]] static indexation none() { return indexation(); }

  /// `uplift` at each anniversary, the first applying to contract year `from_year` (>= 2).
  [[nodiscard]] static indexation fixed(rate uplift, int from_year = 2, rounding mode = default_rounding) {
    check_from_year(from_year);
    if (uplift.value() <= -1)
      throw invalid_input("contract", 8, "an uplift of " + uplift.to_percent_string() + " would make the price negative");
    indexation result;
    result.method_ = method::fixed;
    result.uplift_ = std::move(uplift);
    result.from_year_ = from_year;
    result.rounding_ = mode;
    return result;
  }

  /// The uplift for the anniversary falling in calendar year Y is
  /// levels[Y - lag] / levels[Y - lag - 1] - 1, limited to [floor, cap].
  [[nodiscard]] static indexation index_series(std::map<int, rate> levels_by_year, int lag_years = 0,
                                               std::optional<rate> cap = std::nullopt,
                                               std::optional<rate> floor = std::nullopt, int from_year = 2,
                                               rounding mode = default_rounding) {
    check_from_year(from_year);
    if (levels_by_year.size() < 2)
      throw invalid_input("contract", 8,
                          "an index series needs at least two levels, got " + std::to_string(levels_by_year.size()));
    for (const auto& [year, level] : levels_by_year)
      if (level.value() <= 0)
        throw invalid_input("contract", 8, "the index level for " + std::to_string(year) + " must be positive, got " +
                                               level.to_string());
    if (cap && floor && *cap < *floor)
      throw invalid_input("contract", 8, "the cap " + cap->to_percent_string() + " is below the floor " +
                                             floor->to_percent_string());
    if (lag_years < 0) throw invalid_input("contract", 8, "a lag cannot be negative, got " + std::to_string(lag_years));
    indexation result;
    result.method_ = method::index_series;
    result.levels_ = std::move(levels_by_year);
    result.lag_years_ = lag_years;
    result.cap_ = std::move(cap);
    result.floor_ = std::move(floor);
    result.from_year_ = from_year;
    result.rounding_ = mode;
    return result;
  }

  [[nodiscard]] method kind() const noexcept { return method_; }
  [[nodiscard]] int from_year() const noexcept { return from_year_; }
  [[nodiscard]] rounding rounding_rule() const noexcept { return rounding_; }
  [[nodiscard]] const rate& fixed_uplift() const noexcept { return uplift_; }
  [[nodiscard]] const std::map<int, rate>& levels() const noexcept { return levels_; }
  [[nodiscard]] int lag_years() const noexcept { return lag_years_; }
  [[nodiscard]] const std::optional<rate>& cap() const noexcept { return cap_; }
  [[nodiscard]] const std::optional<rate>& floor() const noexcept { return floor_; }

  /// The uplift applied at the anniversary that starts contract year `year`, which
  /// falls in calendar year `anniversary_year`; zero before `from_year`.
  [[nodiscard]] rate uplift_for(int year, int anniversary_year) const {
    if (method_ == method::none || year < from_year_) return rate();
    if (method_ == method::fixed) return uplift_;
    const int latest = anniversary_year - lag_years_;
    const auto now = levels_.find(latest);
    const auto before = levels_.find(latest - 1);
    if (now == levels_.end() || before == levels_.end())
      throw out_of_range_error("contract", 9,
                               "the index series has no level for " +
                                   std::to_string(now == levels_.end() ? latest : latest - 1) +
                                   ", needed for the uplift of contract year " + std::to_string(year));
    rate change = now->second / before->second - rate(1);
    if (cap_ && change > *cap_) change = *cap_;
    if (floor_ && change < *floor_) change = *floor_;
    return change;
  }

  friend bool operator==(const indexation&, const indexation&) = default;

 private:
  indexation() = default;
  static void check_from_year(int from_year) {
    if (from_year < 2)
      throw invalid_input("contract", 8,
                          "indexation applies from contract year 2 at the earliest, got " + std::to_string(from_year));
  }

  method method_ = method::none;
  rate uplift_;
  std::map<int, rate> levels_;
  int lag_years_ = 0;
  std::optional<rate> cap_;
  std::optional<rate> floor_;
  int from_year_ = 2;
  rounding rounding_ = default_rounding;
};

/// The names of how a price is stated and how it moves, on every face (names.hpp): a saved
/// price or indexation names its kind by them.
template <>
struct enum_names<price::basis> {
  static constexpr std::string_view what = "price basis";
  static constexpr std::array<enum_name<price::basis>, 3> names{{
      {price::basis::annual, "annual"},
      {price::basis::per_contract_year, "per_contract_year"},
      {price::basis::total_over_base, "total_over_base"},
  }};
};

template <>
struct enum_names<indexation::method> {
  static constexpr std::string_view what = "indexation method";
  static constexpr std::array<enum_name<indexation::method>, 3> names{{
      {indexation::method::none, "none"},
      {indexation::method::fixed, "fixed"},
      {indexation::method::index_series, "index_series"},
  }};
};

}  // namespace commissioning
