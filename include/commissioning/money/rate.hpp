// SPDX-License-Identifier: MIT
/// \file money/rate.hpp
/// \brief An exact rate or factor ("3.5%", "0.035", "1.035", 11/12) held as a rational.
///
/// Rates on the deterministic path are exact, so that money is rounded once, to
/// the penny, at the figure that is reported. A rate never holds NaN or infinity.
#pragma once

#include <commissioning/error.hpp>
#include <commissioning/money/rounding.hpp>

#include <charconv>
#include <cmath>
#include <compare>
#include <cstdint>
#include <ostream>
#include <string>
#include <string_view>
#include <system_error>

namespace commissioning {

/// An exact rational number used as a rate, share or factor.
class rate {
 public:
  /// Zero.
  rate() = default;
  /// A whole number.
  explicit rate(std::int64_t whole) : value_(whole) {}
  /// An exact rational value.
  explicit rate(big_rational value) : value_(std::move(value)) {}

  /// numerator / denominator, e.g. `rate::ratio(11, 12)`.
  [[nodiscard]] static rate ratio(std::int64_t numerator, std::int64_t denominator) {
    if (denominator == 0)
      throw domain_violation("rate", 3, "a ratio's denominator must not be zero");
    return rate(big_rational(big_integer(numerator)) / big_rational(big_integer(denominator)));
  }
  /// numerator / denominator of any size; a zero denominator is domain_violation rate.003.
  [[nodiscard]] static rate ratio(const big_integer& numerator, const big_integer& denominator) {
    if (denominator == 0) return ratio(1, 0);
    return rate(big_rational(numerator) / big_rational(denominator));
  }

  /// Parse decimal text: "0.035", "3.5%", "-1.5", "1.035", "1e-3", "12.5 %".
  /// Rejects empty text, "NaN", "inf", stray characters, and exponents beyond +/-100.
  [[nodiscard]] static rate parse(std::string_view text);

  /// The shortest decimal that reads back as `value` (what Python's repr shows),
  /// so 0.035 means exactly 35/1000. NaN and infinity are rejected.
  [[nodiscard]] static rate from_double(double value) {
    if (!std::isfinite(value))
      throw invalid_input("rate", 2, "a rate must be a finite number, got " + std::to_string(value));
    char buffer[64];
    const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
    if (ec != std::errc{}) throw invalid_input("rate", 2, "cannot represent the number as a rate");
    return parse(std::string_view(buffer, static_cast<std::size_t>(end - buffer)));
  }

  [[nodiscard]] const big_rational& value() const noexcept { return value_; }
  [[nodiscard]] double to_double() const { return value_.convert_to<double>(); }

  /// Exact decimal text if the value terminates within `max_decimals`, else rounded
  /// half away from zero to `max_decimals` places.
  [[nodiscard]] std::string to_string(int max_decimals = 12) const;
  /// As a percentage, e.g. "3.5%".
  [[nodiscard]] std::string to_percent_string(int max_decimals = 10) const {
    return rate(value_ * 100).to_string(max_decimals) + "%";
  }

  friend rate operator+(const rate& a, const rate& b) { return rate(a.value_ + b.value_); }
  friend rate operator-(const rate& a, const rate& b) { return rate(a.value_ - b.value_); }
  friend rate operator*(const rate& a, const rate& b) { return rate(a.value_ * b.value_); }
  friend rate operator/(const rate& a, const rate& b) {
    if (b.value_ == 0) throw domain_violation("rate", 3, "division of a rate by zero");
    return rate(a.value_ / b.value_);
  }
  friend rate operator-(const rate& a) { return rate(-a.value_); }
  friend bool operator==(const rate& a, const rate& b) { return a.value_ == b.value_; }
  friend std::strong_ordering operator<=>(const rate& a, const rate& b) {
    if (a.value_ < b.value_) return std::strong_ordering::less;
    if (b.value_ < a.value_) return std::strong_ordering::greater;
    return std::strong_ordering::equal;
  }
  friend std::ostream& operator<<(std::ostream& out, const rate& r) { return out << r.to_string(); }

 private:
  big_rational value_{0};
};

// ---------------------------------------------------------------- inline definitions

inline rate rate::parse(std::string_view text) {
  const std::string_view original = text;
  auto fail = [&](const std::string& why) -> invalid_input {
    return invalid_input("rate", 1, "cannot read " + quote(original) + " as a rate: " + why);
  };
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  if (text.empty()) throw fail("the text is empty");

  bool percent = false;
  if (text.back() == '%') {
    percent = true;
    text.remove_suffix(1);
    while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  }
  bool negative = false;
  if (!text.empty() && (text.front() == '-' || text.front() == '+')) {
    negative = text.front() == '-';
    text.remove_prefix(1);
  }
  big_integer digits = 0;
  int scale = 0;  // value = digits * 10^-scale
  std::size_t count = 0;
  std::size_t i = 0;
  for (; i < text.size() && text[i] >= '0' && text[i] <= '9'; ++i, ++count)
    digits = digits * 10 + (text[i] - '0');
  if (i < text.size() && text[i] == '.') {
    ++i;
    for (; i < text.size() && text[i] >= '0' && text[i] <= '9'; ++i, ++count, ++scale)
      digits = digits * 10 + (text[i] - '0');
  }
  if (count == 0) throw fail("expected digits");
  if (count > 60) throw fail("too many digits");
  if (i < text.size() && (text[i] == 'e' || text[i] == 'E')) {
    ++i;
    if (i + 1 < text.size() && text[i] == '+' && text[i + 1] >= '0' && text[i + 1] <= '9') ++i;
    int exponent = 0;
    const auto [end, ec] = std::from_chars(text.data() + i, text.data() + text.size(), exponent);
    if (ec != std::errc{} || exponent > 100 || exponent < -100)
      throw fail("the exponent must be a whole number between -100 and 100");
    i = static_cast<std::size_t>(end - text.data());
    scale -= exponent;
  }
  if (i != text.size()) throw fail("unexpected character " + quote(character_at(text, i)));
  if (percent) scale += 2;
  big_rational value(digits);
  big_integer power = 1;
  for (int k = 0; k < (scale < 0 ? -scale : scale); ++k) power *= 10;
  value = scale >= 0 ? value / big_rational(power) : value * big_rational(power);
  return rate(negative ? big_rational(-value) : value);
}

inline std::string rate::to_string(int max_decimals) const {
  const big_integer num = numerator(value_);
  const big_integer den = denominator(value_);
  big_integer power = 1;
  int decimals = 0;
  // Find the fewest decimals that represent the value exactly, up to the limit.
  while (decimals < max_decimals && (num * power) % den != 0) {
    power *= 10;
    ++decimals;
  }
  const big_integer scaled = round_quotient(num * power, den, rounding::half_away_from_zero);
  std::string digits = big_integer(abs(scaled)).str();
  if (decimals > 0) {
    if (digits.size() <= static_cast<std::size_t>(decimals))
      digits.insert(0, static_cast<std::size_t>(decimals) + 1 - digits.size(), '0');
    digits.insert(digits.size() - static_cast<std::size_t>(decimals), ".");
  }
  return (scaled < 0 ? "-" : "") + digits;
}

}  // namespace commissioning
