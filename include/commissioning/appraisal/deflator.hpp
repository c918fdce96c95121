// SPDX-License-Identifier: MIT
/// \file appraisal/deflator.hpp
/// \brief A price index by financial year that turns cash (nominal) amounts into real
/// prices of a base year, and back.
///
/// **Example**: GDP deflator growth of 2% a year from 2021-22
///
///     const auto gdp = deflator::constant_growth("OBR long-run GDP deflator", rate::parse("2%"),
///                                                financial_year(2021), financial_year(2030));
///     gdp.to_real(money::parse("£102,000"), financial_year(2022), financial_year(2021));  // £100,000.00
///
/// The Green Book appraises in real base-year prices (2022, 5.55): cash figures are divided
/// by the index of their year and multiplied by the index of the base year. The user supplies
/// the series (HM Treasury's GDP deflators, or an assumption); the library never guesses one.
#pragma once

#include <commissioning/calendar/financial_year.hpp>
#include <commissioning/error.hpp>
#include <commissioning/money/money.hpp>
#include <commissioning/money/rate.hpp>

#include <map>
#include <string>
#include <utility>
#include <vector>

namespace commissioning {

/// A price index (any base: 100, 1, ...) for consecutive or scattered financial years.
class deflator {
 public:
  /// An index value for each year given; every value positive, no year twice.
  deflator(std::string name, const std::vector<std::pair<financial_year, rate>>& index);

  /// An index of 1 in `first`, growing by `growth` a year to `last`.
  [[nodiscard]] static deflator constant_growth(std::string name, const rate& growth, const financial_year& first,
                                                const financial_year& last);

  [[nodiscard]] const std::string& name() const noexcept { return name_; }
  /// The month its financial years start in.
  [[nodiscard]] std::chrono::month start_month() const noexcept { return start_month_; }
  /// The index of `year`; commissioning.deflator.002 if the series does not cover it.
  [[nodiscard]] const rate& index(const financial_year& year) const;
  /// The years covered, in order.
  [[nodiscard]] std::vector<financial_year> years() const;

  /// `cash` spent in `year`, in the prices of `base` (rounded to the penny by `mode`).
  [[nodiscard]] money to_real(money cash, const financial_year& year, const financial_year& base,
                              rounding mode = default_rounding) const {
    return money::from_pounds(rate(cash.pounds().value() * index(base).value() / index(year).value()), mode);
  }
  /// `real` (in the prices of `base`) as cash spent in `year`.
  [[nodiscard]] money to_nominal(money real, const financial_year& year, const financial_year& base,
                                 rounding mode = default_rounding) const {
    return money::from_pounds(rate(real.pounds().value() * index(year).value() / index(base).value()), mode);
  }

  friend bool operator==(const deflator&, const deflator&) = default;

 private:
  std::string name_;
  std::chrono::month start_month_ = april;
  std::map<int, rate> by_start_year_;
};

// ---------------------------------------------------------------------------- implementation

inline deflator::deflator(std::string name, const std::vector<std::pair<financial_year, rate>>& index)
    : name_(std::move(name)) {
  if (index.empty()) throw invalid_input("deflator", 1, "the deflator '" + name_ + "' has no years");
  start_month_ = index.front().first.start_month();
  for (const auto& [year, value] : index) {
    if (value.value() <= 0)
      throw invalid_input("deflator", 1,
                          "the deflator '" + name_ + "' gives " + year.label() + " an index of " + value.to_string() +
                              "; an index must be positive");
    if (year.start_month() != start_month_)
      throw invalid_input("deflator", 1, "the years of the deflator '" + name_ + "' must start in the same month");
    if (!by_start_year_.emplace(year.start_year(), value).second)
      throw invalid_input("deflator", 1, "the deflator '" + name_ + "' gives " + year.label() + " twice");
  }
}

inline deflator deflator::constant_growth(std::string name, const rate& growth, const financial_year& first,
                                          const financial_year& last) {
  if (last.start_year() < first.start_year())
    throw invalid_input("deflator", 1, "the deflator '" + name + "' ends in " + last.label() + ", before " + first.label());
  std::vector<std::pair<financial_year, rate>> index;
  rate value(1);
  for (int year = first.start_year(); year <= last.start_year(); ++year) {
    index.emplace_back(financial_year(year, first.start_month()), value);
    value = rate(value.value() * (1 + growth.value()));
  }
  return deflator(std::move(name), index);
}

inline const rate& deflator::index(const financial_year& year) const {
  const auto found = by_start_year_.find(year.start_year());
  if (found == by_start_year_.end() || year.start_month() != start_month_)
    throw out_of_range_error("deflator", 2, "the deflator '" + name_ + "' has no index for " + year.label());
  return found->second;
}

inline std::vector<financial_year> deflator::years() const {
  std::vector<financial_year> result;
  for (const auto& entry : by_start_year_) result.emplace_back(entry.first, start_month_);
  return result;
}

}  // namespace commissioning
