// SPDX-License-Identifier: MIT
/// \file calendar/date.hpp
/// \brief Calendar dates: `std::chrono::year_month_day`, read and written as councils write them.
///
/// **Example**:
///
///     const date start = parse_date("1 May 2016");         // also "2016-05-01", "01/05/2016"
///     const date year_three_ends = add_days(add_years(start, 3), -1);  // 30 April 2019
///     std::cout << to_long_string(year_three_ends) << '\n';           // "30 April 2019"
///
/// Adding years or months clamps to the end of the month: 29 February 2016 + 1 year
/// is 28 February 2017. Years 1000 to 9999 are supported.
#pragma once

#include <commissioning/error.hpp>

#include <algorithm>
#include <array>
#include <charconv>
#include <chrono>
#include <cstdio>
#include <ostream>
#include <string>
#include <string_view>

namespace commissioning {

using date = std::chrono::year_month_day;

inline constexpr int min_supported_year = 1000;
inline constexpr int max_supported_year = 9999;

/// A checked date: throws `invalid_input` for 31 February or month 13.
[[nodiscard]] date make_date(int year, unsigned month, unsigned day);

/// Read "2016-05-01" (ISO 8601), "1 May 2016" / "1 Sept 2016" / "1st May 2016",
/// or "01/05/2016" (UK order: day first). Rejects dates that do not exist.
[[nodiscard]] date parse_date(std::string_view text);

/// "2016-05-01".
[[nodiscard]] std::string to_iso(date d);
/// "1 May 2016", as reports write dates.
[[nodiscard]] std::string to_long_string(date d);

/// `d` plus whole years; 29 February clamps to 28 February.
[[nodiscard]] date add_years(date d, int years);
/// `d` plus whole months; the day clamps to the end of a shorter month (31 Jan + 1 month = 28/29 Feb).
[[nodiscard]] date add_months(date d, int months);
/// `d` plus a number of days (negative to go back).
[[nodiscard]] date add_days(date d, long days);

/// Days from `from` to `to` (negative if `to` is earlier).
[[nodiscard]] inline long days_between(date from, date to) {
  return static_cast<long>((std::chrono::sys_days(to) - std::chrono::sys_days(from)).count());
}

/// The number of days in `d`'s month.
[[nodiscard]] inline unsigned days_in_month(std::chrono::year y, std::chrono::month m) {
  return static_cast<unsigned>(std::chrono::year_month_day_last(y, std::chrono::month_day_last(m)).day());
}

inline std::ostream& operator<<(std::ostream& out, date d) { return out << to_iso(d); }

// ---------------------------------------------------------------- inline definitions

namespace detail {

inline constexpr std::array<std::string_view, 12> month_names = {
    "January", "February", "March",     "April",   "May",      "June",
    "July",    "August",   "September", "October", "November", "December"};

inline bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    const auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
    if (lower(a[i]) != lower(b[i])) return false;
  }
  return true;
}

/// 1-12 for "May", "may", "Sep", "Sept", "September"; 0 if not a month name.
inline unsigned month_number(std::string_view name) {
  for (unsigned m = 0; m < 12; ++m) {
    const std::string_view full = month_names[m];
    if (iequals(name, full) || iequals(name, full.substr(0, 3))) return m + 1;
  }
  if (iequals(name, "Sept")) return 9;
  return 0;
}

inline void check_year(int year, std::string_view context) {
  if (year < min_supported_year || year > max_supported_year)
    throw out_of_range_error("date", 3,
                             "year " + std::to_string(year) + " is outside the supported range 1000-9999" +
                                 (context.empty() ? std::string() : " (" + std::string(context) + ")"));
}

inline bool read_number(std::string_view text, int& value) {
  if (text.empty() || text.size() > 6) return false;
  for (char c : text)
    if (c < '0' || c > '9') return false;
  std::from_chars(text.data(), text.data() + text.size(), value);
  return true;
}

}  // namespace detail

inline date make_date(int year, unsigned month, unsigned day) {
  detail::check_year(year, "");
  // std::chrono::month and day keep one byte (257 would become 1): range-check first.
  const bool fits = month <= 12 && day <= 31;
  const date d{std::chrono::year{year}, std::chrono::month{fits ? month : 0U}, std::chrono::day{fits ? day : 0U}};
  if (!d.ok()) {
    char text[32];
    std::snprintf(text, sizeof text, "%04d-%02u-%02u", year, month, day);
    throw invalid_input("date", 2, std::string(text) + " is not a date in the calendar");
  }
  return d;
}

inline date parse_date(std::string_view text) {
  const std::string_view original = text;
  auto fail = [&](const std::string& why) {
    return invalid_input("date", 1,
                         "cannot read " + quote(original) + " as a date (" + why +
                             "); write 2016-05-01, 1 May 2016 or 01/05/2016");
  };
  while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  if (text.empty()) throw fail("the text is empty");

  int year = 0, month = 0, day = 0;
  auto checked = [&](int y, int m, int d) {
    if (m < 1 || m > 12) throw fail("there is no month " + std::to_string(m));
    try {
      return make_date(y, static_cast<unsigned>(m), static_cast<unsigned>(d));
    } catch (const invalid_input&) {
      throw invalid_input("date", 2, quote(original) + " is not a date in the calendar");
    }
  };
  // ISO 8601: yyyy-mm-dd
  if (text.size() == 10 && text[4] == '-' && text[7] == '-') {
    if (!detail::read_number(text.substr(0, 4), year) || !detail::read_number(text.substr(5, 2), month) ||
        !detail::read_number(text.substr(8, 2), day))
      throw fail("expected digits");
    return checked(year, month, day);
  }
  // UK numeric: dd/mm/yyyy, day first.
  if (const auto slash = text.find('/'); slash != std::string_view::npos) {
    const auto second = text.find('/', slash + 1);
    if (second == std::string_view::npos || text.size() - second - 1 != 4 ||
        !detail::read_number(text.substr(0, slash), day) ||
        !detail::read_number(text.substr(slash + 1, second - slash - 1), month) ||
        !detail::read_number(text.substr(second + 1), year))
      throw fail("expected day/month/year");
    return checked(year, month, day);
  }
  // Words: "1 May 2016", "1st May 2016", "30th September 2020".
  const auto first_space = text.find(' ');
  const auto last_space = text.rfind(' ');
  if (first_space == std::string_view::npos || first_space == last_space) throw fail("expected day month year");
  std::string_view day_text = text.substr(0, first_space);
  for (std::string_view suffix : {"st", "nd", "rd", "th"})
    if (day_text.size() > 2 && detail::iequals(day_text.substr(day_text.size() - 2), suffix))
      day_text.remove_suffix(2);
  std::string_view month_text = text.substr(first_space + 1, last_space - first_space - 1);
  while (!month_text.empty() && month_text.front() == ' ') month_text.remove_prefix(1);
  while (!month_text.empty() && month_text.back() == ' ') month_text.remove_suffix(1);
  const std::string_view year_text = text.substr(last_space + 1);
  month = static_cast<int>(detail::month_number(month_text));
  if (month == 0) throw fail(quote(month_text) + " is not a month");
  if (!detail::read_number(day_text, day) || year_text.size() != 4 || !detail::read_number(year_text, year))
    throw fail("expected day month year");
  return checked(year, month, day);
}

inline std::string to_iso(date d) {
  char text[16];
  std::snprintf(text, sizeof text, "%04d-%02u-%02u", static_cast<int>(d.year()),
                static_cast<unsigned>(d.month()), static_cast<unsigned>(d.day()));
  return text;
}

inline std::string to_long_string(date d) {
  return std::to_string(static_cast<unsigned>(d.day())) + " " +
         std::string(detail::month_names[static_cast<unsigned>(d.month()) - 1]) + " " +
         std::to_string(static_cast<int>(d.year()));
}

inline date add_months(date d, int months) {
  const long total = static_cast<long>(static_cast<int>(d.year())) * 12 + static_cast<long>(static_cast<unsigned>(d.month())) - 1 + months;
  const long year = total >= 0 ? total / 12 : (total - 11) / 12;
  if (year < min_supported_year || year > max_supported_year)  // the message is built only on failure
    detail::check_year(static_cast<int>(year), "after adding " + std::to_string(months) + " months to " + to_iso(d));
  const std::chrono::year y{static_cast<int>(year)};
  const std::chrono::month m{static_cast<unsigned>(total - year * 12 + 1)};
  const std::chrono::day last = std::chrono::year_month_day_last(y, std::chrono::month_day_last(m)).day();
  return {y, m, std::min(d.day(), last)};
}

inline date add_years(date d, int years) {
  if (years > 100'000 || years < -100'000)
    throw out_of_range_error("date", 3, "cannot add " + std::to_string(years) + " years to a date");
  return add_months(d, years * 12);
}

inline date add_days(date d, long days) {
  if (days > 10'000'000 || days < -10'000'000)
    throw out_of_range_error("date", 3, "cannot add " + std::to_string(days) + " days to a date");
  const date result{std::chrono::sys_days(d) + std::chrono::days(days)};
  if (const int year = static_cast<int>(result.year()); year < min_supported_year || year > max_supported_year)
    detail::check_year(year, "after adding " + std::to_string(days) + " days to " + to_iso(d));
  return result;
}

}  // namespace commissioning
