// SPDX-License-Identifier: MIT
/// \file money/rounding.hpp
/// \brief Named rounding rules, applied to exact rationals.
///
/// Rounding is always explicit. The default everywhere is half away from zero,
/// which is what Excel's ROUND does, so figures match the council's spreadsheet.
#pragma once

#include <commissioning/names.hpp>

#include <boost/multiprecision/cpp_int.hpp>

#include <string_view>

namespace commissioning {

using big_integer = boost::multiprecision::cpp_int;
using big_rational = boost::multiprecision::cpp_rational;

/// How an exact value is brought to a whole number of units (usually pence).
enum class rounding {
  half_away_from_zero,  ///< 2.5 -> 3, -2.5 -> -3 (Excel's ROUND; the default)
  half_even,            ///< 2.5 -> 2, 3.5 -> 4 (banker's rounding)
  toward_zero,          ///< 2.9 -> 2, -2.9 -> -2 (truncation)
  away_from_zero,       ///< 2.1 -> 3, -2.1 -> -3
};

template <>
struct enum_names<rounding> {
  static constexpr std::string_view what = "rounding";
  static constexpr std::array<enum_name<rounding>, 4> names{{
      {rounding::half_away_from_zero, "half_away_from_zero"},
      {rounding::half_even, "half_even"},
      {rounding::toward_zero, "toward_zero"},
      {rounding::away_from_zero, "away_from_zero"},
  }};
};

/// The library's default rule.
inline constexpr rounding default_rounding = rounding::half_away_from_zero;

/// The rule's name as it appears in results and documents.
[[nodiscard]] constexpr std::string_view to_string(rounding mode) noexcept {
  switch (mode) {
    case rounding::half_away_from_zero: return "half away from zero";
    case rounding::half_even: return "half even";
    case rounding::toward_zero: return "toward zero";
    case rounding::away_from_zero: return "away from zero";
  }
  return "unknown";
}

/// Round numerator / denominator (denominator != 0) to an integer by `mode`.
[[nodiscard]] inline big_integer round_quotient(const big_integer& numerator,
                                                const big_integer& denominator,
                                                rounding mode) {
  big_integer quotient = numerator / denominator;  // truncates toward zero
  const big_integer remainder = numerator % denominator;
  if (remainder == 0) return quotient;
  const int sign = (remainder < 0) != (denominator < 0) ? -1 : 1;
  const big_integer twice = 2 * abs(remainder);
  const big_integer whole = abs(denominator);
  bool away = false;
  switch (mode) {
    case rounding::half_away_from_zero: away = twice >= whole; break;
    case rounding::half_even:
      away = twice > whole || (twice == whole && abs(quotient) % 2 != 0);
      break;
    case rounding::toward_zero: away = false; break;
    case rounding::away_from_zero: away = true; break;
  }
  if (away) quotient += sign;
  return quotient;
}

/// Round numerator / denominator (denominator > 0) by `mode`, in native 128-bit integers:
/// the fast path when both fit (callers check).
__extension__ typedef __int128 native_wide;
[[nodiscard]] inline native_wide round_quotient_native(native_wide numerator, native_wide denominator,
                                                       rounding mode) {
  native_wide quotient = numerator / denominator;  // truncates toward zero
  const native_wide remainder = numerator % denominator;
  if (remainder == 0) return quotient;
  const int sign = remainder < 0 ? -1 : 1;
  const native_wide twice = 2 * (remainder < 0 ? -remainder : remainder);
  bool away = false;
  switch (mode) {
    case rounding::half_away_from_zero: away = twice >= denominator; break;
    case rounding::half_even:
      away = twice > denominator || (twice == denominator && quotient % 2 != 0);
      break;
    case rounding::toward_zero: away = false; break;
    case rounding::away_from_zero: away = true; break;
  }
  return away ? quotient + sign : quotient;
}

/// Round an exact rational to an integer by `mode`.
[[nodiscard]] inline big_integer round_to_integer(const big_rational& value, rounding mode) {
  return round_quotient(numerator(value), denominator(value), mode);
}

}  // namespace commissioning
