// SPDX-License-Identifier: MIT
/// \file money/decimal.hpp
/// \brief A decimal number as its sign, digits and exponent (a Python Decimal's `as_tuple()`, a
/// float's shortest repr): exactly as a rate, and as money to the penny.
///
/// **Example**: 1.005 pounds
///
///     const decimal_number pounds{false, "1005", -3, "1.005"};
///     money_from_pounds(pounds, rounding::half_away_from_zero);  // £1.01
///     money_from_pounds(pounds, std::nullopt);                   // money.008: not whole pence
///     exact_rate(pounds);                                        // 201/200
#pragma once

#include <commissioning/error.hpp>
#include <commissioning/money/money.hpp>
#include <commissioning/money/rate.hpp>
#include <commissioning/money/rounding.hpp>

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>

namespace commissioning {

/// A finite decimal number: (-1)^negative x digits x 10^exponent.
struct decimal_number {
  bool negative = false;
  std::string digits;
  std::int64_t exponent = 0;
  std::string text;  ///< as the user wrote it, for messages
};

/// Digits and exponents beyond which a decimal is refused as a rate (commissioning.rate.001):
/// no real rate needs them.
inline constexpr std::size_t max_rate_digits = 400;
inline constexpr std::int64_t max_rate_exponent = 1000;

/// Leading and trailing zeros stripped (moving the exponent), so that zero has no digits.
void normalise(decimal_number& number);

/// The exact value as a rate; rate.001 if it has too many digits or too large an exponent.
[[nodiscard]] rate exact_rate(const decimal_number& number);

/// An amount of pounds as money: exact when `mode` is empty (money.008 unless whole pence),
/// else rounded once to the penny by `mode`; money.005 if it does not fit in 64-bit pence.
[[nodiscard]] money money_from_pounds(decimal_number number, std::optional<rounding> mode);

/// The exact decimal text of a rate whose decimal expansion terminates ("0.035"), else nothing
/// (1/3).
[[nodiscard]] std::optional<std::string> terminating_decimal(const rate& r);

// ---------------------------------------------------------------- inline definitions

namespace detail {

inline big_integer power_of_ten(std::int64_t n) {
  big_integer result = 1;
  for (std::int64_t k = 0; k < n; ++k) result *= 10;
  return result;
}

inline big_rational decimal_value(const decimal_number& number) {
  big_integer coefficient = 0;
  for (const char digit : number.digits) coefficient = coefficient * 10 + (digit - '0');
  big_rational value(coefficient);
  if (number.exponent >= 0)
    value *= big_rational(power_of_ten(number.exponent));
  else
    value /= big_rational(power_of_ten(-number.exponent));
  return number.negative ? big_rational(-value) : value;
}

}  // namespace detail

inline void normalise(decimal_number& number) {
  const auto first = number.digits.find_first_not_of('0');
  if (first == std::string::npos) {
    number.digits.clear();
    number.exponent = 0;
    return;
  }
  number.digits.erase(0, first);
  const auto last = number.digits.find_last_not_of('0');
  number.exponent += static_cast<std::int64_t>(number.digits.size() - last - 1);
  number.digits.erase(last + 1);
}

inline rate exact_rate(const decimal_number& number) {
  auto refuse = [&](const std::string& why) {
    return invalid_input("rate", 1, "cannot read " + quote(number.text) + " as a rate: " + why);
  };
  if (number.digits.size() > max_rate_digits) throw refuse("too many digits");
  if (number.exponent > max_rate_exponent || number.exponent < -max_rate_exponent)
    throw refuse("the exponent must be between -" + std::to_string(max_rate_exponent) + " and " +
                 std::to_string(max_rate_exponent));
  return rate(detail::decimal_value(number));
}

inline money money_from_pounds(decimal_number number, std::optional<rounding> mode) {
  normalise(number);
  if (number.digits.empty()) return money{};
  if (!mode && number.exponent < -2)
    throw invalid_input("money", 8, "£" + number.text + " is not a whole number of pence; round it explicitly");
  // The digits make a number below 10^size, so the amount is below 10^magnitude pounds.
  const std::int64_t magnitude = static_cast<std::int64_t>(number.digits.size()) + number.exponent;
  if (magnitude > 20) throw overflow_error("money", 5, number.text + " does not fit in 64-bit pence");
  if (magnitude <= -3) {
    // Below a tenth of a penny (and not zero): every rule rounds it as it rounds 0.1p.
    number.digits = "1";
    number.exponent = -3;
  } else if (number.exponent < -5) {
    // Only the digits down to a hundredth of a penny matter, and whether anything non-zero
    // follows them (it does: the digits end in a non-zero digit). Keep those digits and a
    // "sticky" 1 a place further down, which rounds exactly as the full tail would.
    number.digits.resize(static_cast<std::size_t>(magnitude + 4));
    number.digits += '1';
    number.exponent = -5;
  }
  const rate pounds(detail::decimal_value(number));
  return mode ? money::from_pounds(pounds, *mode) : money::from_pounds_exact(pounds);
}

inline std::optional<std::string> terminating_decimal(const rate& r) {
  big_integer d = denominator(r.value());
  int twos = 0, fives = 0;
  for (; d % 2 == 0; d /= 2) ++twos;
  for (; d % 5 == 0; d /= 5) ++fives;
  if (d != 1) return std::nullopt;
  return r.to_string(std::max(twos, fives));
}

}  // namespace commissioning
