// SPDX-License-Identifier: MIT
/// \file appraisal/discounting.hpp
/// \brief Discount schedules as versioned data, exact discount factors, and present values.
///
/// **Example**: the Green Book's worked check
///
///     const auto schedule = discount_schedule::green_book_2022();
///     schedule.factor(1);    // 0.966184 (1 / 1.035)
///     schedule.factor(31);   // 0.345901: year 30's factor ÷ 1.03, not 1 / 1.035^31
///     present_value(schedule, std::vector(5, money::parse("£325,500")));   // £1,521,087.28
///
/// Year 0 is the base year and is not discounted; year t's factor is the product of
/// 1 / (1 + r_k) for k = 1..t, where r_k is the rate of the band that year k falls in. A
/// declining schedule therefore compounds across its bands: the lower rate applies only to
/// the years of its band, never back to year 0. Factors are exact rationals (every rate is
/// exact), so a present value is rounded once, to the penny, at the end.
///
/// Schedules are data, not constants: the rates change (the February 2026 Green Book added a
/// lower-rate sensitivity test, 3.00% for years 0-30, per the DfT TAG notice "Forthcoming
/// change: Green Book updates"; HM Treasury set terms of reference for a review of the
/// discount rate in December 2025), so each schedule carries a name, an edition and a source,
/// and a user-defined schedule is a first-class value.
#pragma once

#include <commissioning/error.hpp>
#include <commissioning/money/money.hpp>
#include <commissioning/money/rate.hpp>
#include <commissioning/money/rounding.hpp>

#include <span>
#include <string>
#include <utility>
#include <vector>

namespace commissioning {

/// One band of a schedule: `annual_rate` discounts every year from `first_year` until the
/// next band's first year. The first band starts at year 0 (whose factor is 1 regardless).
struct discount_band {
  int first_year = 0;
  rate annual_rate;

  friend bool operator==(const discount_band&, const discount_band&) = default;
};

/// The most years a schedule discounts (commissioning.discounting.004): twice an appraisal's
/// 500. Exact factors grow a few bits a year, so a million years would fill memory, not answer.
inline constexpr int max_discount_years = 1000;

/// A named, sourced schedule of discount rates by year from the base year.
class discount_schedule {
 public:
  /// A schedule from bands in increasing order of first year, the first at year 0; every rate
  /// above -100% (a rate of -100% or less has no discount factor).
  discount_schedule(std::string name, std::string source, std::vector<discount_band> bands);

  /// One rate for every year.
  [[nodiscard]] static discount_schedule constant(const rate& annual_rate, std::string name = {}) {
    if (name.empty()) name = "Constant " + annual_rate.to_percent_string();
    return discount_schedule(std::move(name), "user-defined", {{0, annual_rate}});
  }

  /// HM Treasury Green Book (2022) standard STPR: 3.5% for years 0–30, 3.0% for 31–75,
  /// 2.5% for 76–125, 2.0% for 126–200, 1.5% for 201–300, 1.0% beyond.
  [[nodiscard]] static discount_schedule green_book_2022() {
    return declining("Green Book 2022 standard", {"3.5%", "3.0%", "2.5%", "2.0%", "1.5%", "1.0%"});
  }
  /// The Green Book's health schedule for lives and QALYs (the wealth effect removed).
  [[nodiscard]] static discount_schedule green_book_health() {
    return declining("Green Book 2022 health", {"1.5%", "1.29%", "1.07%", "0.86%", "0.64%", "0.43%"});
  }
  /// The 2026 Green Book's additional lower-rate sensitivity test (pure time preference 0).
  [[nodiscard]] static discount_schedule green_book_2026_lower_rate() {
    return declining("Green Book 2026 lower-rate sensitivity", {"3.00%", "2.57%", "2.14%", "1.71%", "1.29%", "0.86%"});
  }

  /// The bundled schedule called `key` ("green-book-2022", "green-book-health",
  /// "green-book-2026-lower-rate"); commissioning.discounting.002 names an unknown key.
  [[nodiscard]] static discount_schedule named(std::string_view key);
  /// The keys `named` accepts, in order.
  [[nodiscard]] static std::vector<std::string> bundled_keys() {
    return {"green-book-2022", "green-book-health", "green-book-2026-lower-rate"};
  }

  [[nodiscard]] const std::string& name() const noexcept { return name_; }
  [[nodiscard]] const std::string& source() const noexcept { return source_; }
  [[nodiscard]] const std::vector<discount_band>& bands() const noexcept { return bands_; }

  /// The rate that discounts year `year` back to year `year - 1` (year ≥ 1).
  [[nodiscard]] const rate& rate_for_year(int year) const;
  /// Year `year`'s discount factor, exactly: the product of 1 / (1 + r_k) for k = 1..year.
  [[nodiscard]] big_rational exact_factor(int year) const;
  /// Year `year`'s discount factor as a double (for display and for the financial functions).
  [[nodiscard]] double factor(int year) const { return exact_factor(year).convert_to<double>(); }
  /// Factors for years 0..count-1, exactly, built incrementally (one multiplication a year);
  /// `count` from 0 to `max_discount_years` (commissioning.discounting.004 otherwise, as for
  /// every count of years below).
  [[nodiscard]] std::vector<big_rational> exact_factors(int count) const;

  /// Factors for years 0..count-1 over one common denominator: factor t is
  /// numerators[t] / denominator. Sums of pence × factor then stay in integers, with one
  /// division at the end (rational arithmetic would reduce by a gcd at every step).
  struct common_factors {
    std::vector<big_integer> numerators;
    big_integer denominator;
  };
  [[nodiscard]] common_factors factors_over_common_denominator(int count) const;

  /// The same schedule with every band's rate multiplied by `scale` (a sensitivity input).
  [[nodiscard]] discount_schedule scaled(const rate& scale) const;

  friend bool operator==(const discount_schedule& a, const discount_schedule& b) {
    return a.name_ == b.name_ && a.bands_ == b.bands_;
  }

 private:
  static discount_schedule declining(std::string name, const std::vector<const char*>& rates);

  std::string name_;
  std::string source_;
  std::vector<discount_band> bands_;
};

/// The present value of `amounts`, where amounts[t] falls in year t from the base year
/// (amounts[0] undiscounted), rounded once to the penny by `mode`; £0.00 for no amounts.
[[nodiscard]] money present_value(const discount_schedule& schedule, std::span<const money> amounts,
                                  rounding mode = default_rounding);

/// The bands in words, every digit of each rate: "3.5% to year 30, 3% to year 75, then 2.5%", or
/// "3% every year" for one band.
[[nodiscard]] inline std::string describe_bands(const discount_schedule& schedule) {
  const auto& bands = schedule.bands();
  if (bands.size() == 1) return bands.front().annual_rate.to_percent_string() + " every year";
  std::string text;
  for (std::size_t i = 0; i + 1 < bands.size(); ++i)
    text.append(bands[i].annual_rate.to_percent_string())
        .append(" to year ")
        .append(std::to_string(bands[i + 1].first_year - 1))
        .append(", ");
  return text.append("then ").append(bands.back().annual_rate.to_percent_string());
}

/// The sum of the factors of years 0..years-1: the present value of £1 a year (0 for no years;
/// a negative number of years is commissioning.discounting.004, as `exact_factors` refuses it).
[[nodiscard]] big_rational annuity_factor(const discount_schedule& schedule, int years);

// ---------------------------------------------------------------------------- implementation

inline discount_schedule::discount_schedule(std::string name, std::string source, std::vector<discount_band> bands)
    : name_(std::move(name)), source_(std::move(source)), bands_(std::move(bands)) {
  if (bands_.empty() || bands_.front().first_year != 0)
    throw invalid_input("discounting", 1, "a discount schedule '" + name_ + "' needs a first band starting at year 0");
  for (std::size_t i = 0; i < bands_.size(); ++i) {
    if (i > 0 && bands_[i].first_year <= bands_[i - 1].first_year)
      throw invalid_input("discounting", 1,
                          "the bands of discount schedule '" + name_ + "' must start in increasing years, got year " +
                              std::to_string(bands_[i].first_year) + " after year " +
                              std::to_string(bands_[i - 1].first_year));
    if (bands_[i].annual_rate.value() <= -1)
      throw invalid_input("discounting", 1,
                          "a discount rate must be above -100%, got " + bands_[i].annual_rate.to_percent_string() +
                              " in discount schedule '" + name_ + "'");
  }
}

inline discount_schedule discount_schedule::declining(std::string name, const std::vector<const char*>& rates) {
  static constexpr int first_years[] = {0, 31, 76, 126, 201, 301};
  std::vector<discount_band> bands;
  for (std::size_t i = 0; i < rates.size(); ++i) bands.push_back({first_years[i], rate::parse(rates[i])});
  return discount_schedule(std::move(name),
                           "HM Treasury, The Green Book (2022) Table 8 and the 2026 TAG notice on Green Book updates",
                           std::move(bands));
}

inline discount_schedule discount_schedule::named(std::string_view key) {
  if (key == "green-book-2022") return green_book_2022();
  if (key == "green-book-health") return green_book_health();
  if (key == "green-book-2026-lower-rate") return green_book_2026_lower_rate();
  throw invalid_input("discounting", 2,
                      "no bundled discount schedule is called " + quote(key) +
                          "; the bundled ones are green-book-2022, green-book-health and green-book-2026-lower-rate");
}

inline const rate& discount_schedule::rate_for_year(int year) const {
  if (year < 1)
    throw out_of_range_error("discounting", 3,
                             "year " + std::to_string(year) + " has no discount rate: rates apply from year 1");
  const discount_band* band = &bands_.front();
  for (const discount_band& candidate : bands_)
    if (candidate.first_year <= year) band = &candidate;
  return band->annual_rate;
}

namespace detail {
/// A count of years to discount, 0 to max_discount_years (commissioning.discounting.004).
inline void require_discount_years(int years) {
  if (years < 0 || years > max_discount_years)
    throw out_of_range_error("discounting", 4,
                             "cannot discount " + std::to_string(years) + " years: expected 0 to " +
                                 std::to_string(max_discount_years));
}
}  // namespace detail

inline big_rational discount_schedule::exact_factor(int year) const {
  if (year < 0)
    throw out_of_range_error("discounting", 3,
                             "year " + std::to_string(year) + " is before the base year (year 0)");
  detail::require_discount_years(year);
  big_rational factor = 1;
  for (int k = 1; k <= year; ++k) factor /= 1 + rate_for_year(k).value();
  return factor;
}

inline std::vector<big_rational> discount_schedule::exact_factors(int count) const {
  detail::require_discount_years(count);
  std::vector<big_rational> factors;
  if (count == 0) return factors;
  factors.reserve(static_cast<std::size_t>(count));
  factors.emplace_back(1);
  for (int year = 1; year < count; ++year) factors.push_back(factors.back() / (1 + rate_for_year(year).value()));
  return factors;
}

inline discount_schedule::common_factors discount_schedule::factors_over_common_denominator(int count) const {
  // 1 + r_k = up_k / down_k; factor t = prod_{k<=t} down_k / up_k. Over D = prod_{k<count} up_k,
  // numerator t = prod_{k<=t} down_k × prod_{t<k<count} up_k.
  detail::require_discount_years(count);
  common_factors result{{}, big_integer(1)};
  if (count == 0) return result;
  const auto n = static_cast<std::size_t>(count);
  std::vector<big_integer> up(n), down(n);
  for (int k = 1; k < count; ++k) {
    const big_rational step = 1 + rate_for_year(k).value();
    up[static_cast<std::size_t>(k)] = boost::multiprecision::numerator(step);
    down[static_cast<std::size_t>(k)] = boost::multiprecision::denominator(step);
  }
  result.numerators.assign(n, big_integer(1));
  big_integer prefix = 1;  // prod_{k<=t} down_k
  for (std::size_t t = 0; t < n; ++t) {
    if (t > 0) prefix *= down[t];
    result.numerators[t] = prefix;
  }
  big_integer suffix = 1;  // prod_{t<k<count} up_k
  for (std::size_t t = n; t-- > 0;) {
    result.numerators[t] *= suffix;
    if (t > 0) suffix *= up[t];
  }
  result.denominator = suffix;
  return result;
}

inline discount_schedule discount_schedule::scaled(const rate& scale) const {
  std::vector<discount_band> bands = bands_;
  for (discount_band& band : bands) band.annual_rate = rate(band.annual_rate.value() * scale.value());
  return discount_schedule(name_ + " × " + scale.to_string(), source_, std::move(bands));
}

inline money present_value(const discount_schedule& schedule, std::span<const money> amounts, rounding mode) {
  if (amounts.empty()) return money{};  // no common denominator to divide by
  if (amounts.size() > static_cast<std::size_t>(max_discount_years))
    detail::require_discount_years(max_discount_years + 1);
  const auto factors = schedule.factors_over_common_denominator(static_cast<int>(amounts.size()));
  big_integer total = 0;
  for (std::size_t t = 0; t < amounts.size(); ++t) total += factors.numerators[t] * amounts[t].pence();
  return money::from_quotient(total, factors.denominator, mode);
}

inline big_rational annuity_factor(const discount_schedule& schedule, int years) {
  const auto factors = schedule.factors_over_common_denominator(years);
  big_integer total = 0;
  for (const big_integer& numerator : factors.numerators) total += numerator;
  return years == 0 ? big_rational(0) : big_rational(total, factors.denominator);
}

}  // namespace commissioning
