// SPDX-License-Identifier: MIT
/// \file calendar/period.hpp
/// \brief An inclusive run of days, as contracts state them ("1 May 2016 to 30 April 2019").
///
/// **Example**:
///
///     const period contract_year{parse_date("1 May 2022"), parse_date("30 April 2023")};
///     contract_year.days();            // 365
///     contract_year.length().months;   // 12
#pragma once

#include <commissioning/calendar/date.hpp>
#include <commissioning/error.hpp>

#include <optional>
#include <ostream>
#include <string>

namespace commissioning {

/// A length in whole months counted from a start date, plus the days left over.
struct months_and_days {
  int months = 0;
  int days = 0;
  friend bool operator==(const months_and_days&, const months_and_days&) = default;
};

/// The days from `first` to `last`, both included.
class period {
 public:
  /// Throws `invalid_input` if `last` is before `first`.
  period(date first, date last) : first_(first), last_(last) {
    if (!first.ok() || !last.ok())
      throw invalid_input("period", 2, "a period needs two real dates");
    if (std::chrono::sys_days(last) < std::chrono::sys_days(first))
      throw invalid_input("period", 1,
                          "a period cannot end (" + to_iso(last) + ") before it starts (" + to_iso(first) + ")");
  }

  /// The period of `months` whole months from `first`: month n ends the day before
  /// `first` + n months (so 1 May 2016 + 36 months ends on 30 April 2019).
  [[nodiscard]] static period of_months(date first, int months) {
    if (months < 1)
      throw invalid_input("period", 3, "a period must last at least one month, got " + std::to_string(months));
    return period(first, add_days(add_months(first, months), -1));
  }
  /// The period of `years` whole years from `first`.
  [[nodiscard]] static period of_years(date first, int years) {
    if (years < 1)
      throw invalid_input("period", 3, "a period must last at least one year, got " + std::to_string(years));
    return period(first, add_days(add_years(first, years), -1));
  }

  [[nodiscard]] date first() const noexcept { return first_; }
  [[nodiscard]] date last() const noexcept { return last_; }

  /// Days in the period, both ends included (1 May 2022 to 30 April 2023: 365).
  [[nodiscard]] long days() const { return days_between(first_, last_) + 1; }

  /// Whole months from the first day, and the days after them: 1 May 2016 to
  /// 30 April 2019 is {36, 0}; 1 May to 14 June is {1, 14}.
  [[nodiscard]] months_and_days length() const {
    // Start a month short of the calendar difference, then count up: month n + 1 is whole
    // while first + (n + 1) months, less a day, is still inside the period.
    const long calendar_months = (static_cast<int>(last_.year()) - static_cast<int>(first_.year())) * 12L +
                                 static_cast<int>(static_cast<unsigned>(last_.month())) -
                                 static_cast<int>(static_cast<unsigned>(first_.month()));
    int months = static_cast<int>(calendar_months > 1 ? calendar_months - 1 : 0);
    const auto day_after_last = std::chrono::sys_days(last_) + std::chrono::days(1);
    while (std::chrono::sys_days(add_months(first_, months + 1)) <= day_after_last) ++months;
    return {months, static_cast<int>(days_between(add_months(first_, months), last_) + 1)};
  }

  [[nodiscard]] bool contains(date d) const {
    return std::chrono::sys_days(first_) <= std::chrono::sys_days(d) &&
           std::chrono::sys_days(d) <= std::chrono::sys_days(last_);
  }

  /// The days both periods share, if any.
  [[nodiscard]] std::optional<period> intersection(const period& other) const {
    const auto first = std::max(std::chrono::sys_days(first_), std::chrono::sys_days(other.first_));
    const auto last = std::min(std::chrono::sys_days(last_), std::chrono::sys_days(other.last_));
    if (last < first) return std::nullopt;
    return period(date(first), date(last));
  }

  /// "1 May 2022 to 30 April 2023".
  [[nodiscard]] std::string to_string() const { return to_long_string(first_) + " to " + to_long_string(last_); }

  friend bool operator==(const period&, const period&) = default;

 private:
  date first_;
  date last_;
};

inline std::ostream& operator<<(std::ostream& out, const period& p) { return out << p.to_string(); }

}  // namespace commissioning
