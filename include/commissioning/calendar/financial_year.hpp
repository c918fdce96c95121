// SPDX-License-Identifier: MIT
/// \file calendar/financial_year.hpp
/// \brief Financial years: 1 April to 31 March by default, labelled "2022-23".
///
/// **Example**:
///
///     const auto fy = financial_year::of(parse_date("1 May 2022"));   // 2022-23
///     fy.first_day();                                                  // 2022-04-01
///     for (const auto& part : split_by_financial_year(contract_year)) { ... }
///
/// Bodies whose year starts in another month pass that month; a year that starts in
/// January is a calendar year and is labelled "2022".
#pragma once

#include <commissioning/calendar/date.hpp>
#include <commissioning/calendar/period.hpp>
#include <commissioning/error.hpp>

#include <chrono>
#include <compare>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace commissioning {

/// The usual UK public-sector year start.
inline constexpr std::chrono::month april = std::chrono::April;

/// A financial year, named by the calendar year it starts in.
class financial_year {
 public:
  /// The year starting on the 1st of `start_month` in `start_year` (2022 -> 2022-23).
  explicit financial_year(int start_year, std::chrono::month start_month = april)
      : start_year_(start_year), start_month_(start_month) {
    if (!start_month.ok())
      throw invalid_input("financial_year", 2,
                          "month " + std::to_string(static_cast<unsigned>(start_month)) + " cannot start a year");
    detail::check_year(start_year, "financial year");
    detail::check_year(start_year + 1, "financial year");
  }

  /// The financial year containing `d`.
  [[nodiscard]] static financial_year of(date d, std::chrono::month start_month = april) {
    const int year = static_cast<int>(d.year());
    return financial_year(d.month() >= start_month ? year : year - 1, start_month);
  }

  /// Read "2022-23", "2022/23", "FY2022-23", "2022-2023" (or "2022" for a January start).
  [[nodiscard]] static financial_year parse(std::string_view label, std::chrono::month start_month = april);

  [[nodiscard]] int start_year() const noexcept { return start_year_; }
  [[nodiscard]] std::chrono::month start_month() const noexcept { return start_month_; }

  [[nodiscard]] date first_day() const {
    return date{std::chrono::year{start_year_}, start_month_, std::chrono::day{1}};
  }
  [[nodiscard]] date last_day() const { return add_days(add_months(first_day(), 12), -1); }
  [[nodiscard]] period as_period() const { return period(first_day(), last_day()); }
  [[nodiscard]] bool contains(date d) const { return as_period().contains(d); }

  /// "2022-23" ("1999-00" across a century); "2022" when the year starts in January.
  [[nodiscard]] std::string label() const {
    if (start_month_ == std::chrono::January) return std::to_string(start_year_);
    const int next = (start_year_ + 1) % 100;
    return std::to_string(start_year_) + "-" + (next < 10 ? "0" : "") + std::to_string(next);
  }

  [[nodiscard]] financial_year next() const { return financial_year(start_year_ + 1, start_month_); }
  [[nodiscard]] financial_year previous() const { return financial_year(start_year_ - 1, start_month_); }

  friend bool operator==(const financial_year&, const financial_year&) = default;
  /// Years are ordered by start; years with different start months do not compare.
  friend std::strong_ordering operator<=>(const financial_year& a, const financial_year& b) {
    if (a.start_month_ != b.start_month_)
      throw invalid_input("financial_year", 4, "cannot compare financial years that start in different months");
    return a.start_year_ <=> b.start_year_;
  }

 private:
  int start_year_;
  std::chrono::month start_month_;
};

inline std::ostream& operator<<(std::ostream& out, const financial_year& fy) { return out << fy.label(); }

/// Every financial year from `first` to `last`, both included.
[[nodiscard]] inline std::vector<financial_year> financial_years(const financial_year& first,
                                                                 const financial_year& last) {
  if (last < first)
    throw invalid_input("financial_year", 5, "the range " + first.label() + " to " + last.label() + " runs backwards");
  std::vector<financial_year> years;
  for (int y = first.start_year(); y <= last.start_year(); ++y) years.emplace_back(y, first.start_month());
  return years;
}

/// The part of a period that falls in one financial year.
struct financial_year_part {
  financial_year year;
  period part;
  friend bool operator==(const financial_year_part&, const financial_year_part&) = default;
};

/// Cut `whole` at financial-year boundaries, in date order.
[[nodiscard]] inline std::vector<financial_year_part> split_by_financial_year(const period& whole,
                                                                              std::chrono::month start_month = april) {
  std::vector<financial_year_part> parts;
  for (auto fy = financial_year::of(whole.first(), start_month);; fy = fy.next()) {
    const auto part = whole.intersection(fy.as_period());
    if (!part) break;
    parts.push_back({fy, *part});
    if (part->last() == whole.last()) break;
  }
  return parts;
}

// ---------------------------------------------------------------- inline definitions

inline financial_year financial_year::parse(std::string_view label, std::chrono::month start_month) {
  const std::string_view original = label;
  auto fail = [&](const std::string& why) {
    return invalid_input("financial_year", 1,
                         "cannot read " + quote(original) + " as a financial year (" + why + "); write 2022-23");
  };
  while (!label.empty() && label.front() == ' ') label.remove_prefix(1);
  while (!label.empty() && label.back() == ' ') label.remove_suffix(1);
  if (label.size() >= 2 && detail::iequals(label.substr(0, 2), "FY")) {
    label.remove_prefix(2);
    while (!label.empty() && label.front() == ' ') label.remove_prefix(1);
  }
  int first = 0;
  if (label.size() < 4 || !detail::read_number(label.substr(0, 4), first)) throw fail("expected a four-digit year");
  if (label.size() == 4) {
    if (start_month != std::chrono::January) throw fail("expected two years, as in 2022-23");
    return financial_year(first, start_month);
  }
  if (label[4] != '-' && label[4] != '/') throw fail("expected '-' or '/' between the years");
  const std::string_view second_text = label.substr(5);
  int second = 0;
  if ((second_text.size() != 2 && second_text.size() != 4) || !detail::read_number(second_text, second))
    throw fail("expected the second year as two or four digits");
  const int expected = second_text.size() == 2 ? (first + 1) % 100 : first + 1;
  if (second != expected)
    throw invalid_input("financial_year", 3,
                        quote(original) + " does not name consecutive years (expected " + std::to_string(first) +
                            "-" + (expected < 10 && second_text.size() == 2 ? "0" : "") + std::to_string(expected) +
                            ")");
  if (start_month == std::chrono::January) throw fail("a year starting in January is written as one year, e.g. 2022");
  return financial_year(first, start_month);
}

}  // namespace commissioning
