// SPDX-License-Identifier: MIT
/// \file money/money.hpp
/// \brief Money: an exact count of pence in 64 bits, with checked arithmetic.
///
/// **Example**:
///
///     using namespace commissioning;
///     const money annual = money::parse("£325,500");
///     const money whole_life = annual * 5;                 // £1,627,500.00
///     const money uplift = annual.multiply(rate::parse("3.5%"));  // half away from zero
///     std::cout << format(whole_life, money_format::whole_pounds()) << '\n';  // £1,627,500
///
/// Arithmetic that would overflow throws `commissioning::overflow_error`; it never wraps.
/// `money * money` does not compile.
#pragma once

#include <commissioning/error.hpp>
#include <commissioning/money/rate.hpp>
#include <commissioning/money/rounding.hpp>
#include <commissioning/names.hpp>

#include <concepts>
#include <compare>
#include <cstdint>
#include <functional>
#include <limits>
#include <optional>
#include <ostream>
#include <ranges>
#include <string>
#include <string_view>

namespace commissioning {

/// An integer type other than bool: the only scalars money may be multiplied by exactly.
template <class T>
concept whole_number = std::integral<T> && !std::same_as<std::remove_cv_t<T>, bool>;

/// An exact amount of pounds sterling, held as a signed 64-bit count of pence.
class money {
 public:
  /// £0.00.
  constexpr money() noexcept = default;

  /// From a count of pence: `money::from_pence(32548488)` is £325,484.88.
  [[nodiscard]] static constexpr money from_pence(std::int64_t pence) noexcept {
    return money(pence);
  }
  /// From whole pounds: `money::from_pounds(325500)` is £325,500.00.
  [[nodiscard]] static money from_pounds(std::int64_t pounds) {
    std::int64_t pence = 0;
    if (__builtin_mul_overflow(pounds, std::int64_t{100}, &pence))
      throw overflow_error("money", 5, "£" + std::to_string(pounds) + " does not fit in 64-bit pence");
    return money(pence);
  }
  /// From an exact amount of pounds, rounded to the penny by `mode`.
  [[nodiscard]] static money from_pounds(const rate& pounds, rounding mode = default_rounding) {
    return from_big(round_to_integer(pounds.value() * 100, mode), [&] { return "£" + pounds.to_string(); });
  }
  /// From an exact amount of pounds that must be a whole number of pence.
  [[nodiscard]] static money from_pounds_exact(const rate& pounds) {
    const big_rational pence = pounds.value() * 100;
    if (denominator(pence) != 1)
      throw invalid_input("money", 8,
                          "£" + pounds.to_string(20) + " is not a whole number of pence; round it explicitly");
    return from_big(numerator(pence), [&] { return "£" + pounds.to_string(); });
  }

  /// Parse "£1,627,500", "325484.88", "-£12.50", "(£12.50)", "£0.05".
  /// Thousands separators must group digits in threes; at most two decimals;
  /// no exponents, no NaN. Throws `invalid_input` or, if it does not fit, `overflow_error`.
  [[nodiscard]] static money parse(std::string_view text);

  /// `pence / divisor` pence (divisor ≠ 0), rounded once by `mode`: for sums of money ×
  /// exact factors kept over a common denominator (present values).
  [[nodiscard]] static money from_quotient(const big_integer& pence, const big_integer& divisor,
                                           rounding mode = default_rounding) {
    return from_big(round_quotient(pence, divisor, mode), [&] { return quotient_text(pence, divisor); });
  }
  [[nodiscard]] constexpr std::int64_t pence() const noexcept { return pence_; }
  /// The exact amount in pounds, as a rate (for exact onward arithmetic).
  [[nodiscard]] rate pounds() const { return rate(big_rational(big_integer(pence_), big_integer(100))); }

  [[nodiscard]] constexpr bool is_zero() const noexcept { return pence_ == 0; }
  [[nodiscard]] constexpr bool is_negative() const noexcept { return pence_ < 0; }

  /// `*this` times an exact rate, rounded once to the penny.
  [[nodiscard]] money multiply(const rate& factor, rounding mode = default_rounding) const {
    const big_integer& num = numerator(factor.value());
    const big_integer& den = denominator(factor.value());
    constexpr std::int64_t lo = std::numeric_limits<std::int64_t>::min();
    constexpr std::int64_t hi = std::numeric_limits<std::int64_t>::max();
    if (num >= lo && num <= hi && den <= hi) {
      // Fast path: |pence x numerator| < 2^126, so native 128-bit arithmetic is exact.
      const native_wide product = native_wide{pence_} * native_wide{num.convert_to<std::int64_t>()};
      const native_wide rounded = round_quotient_native(product, native_wide{den.convert_to<std::int64_t>()}, mode);
      if (rounded < lo || rounded > hi) throw overflow_error("money", 5, text() + " times " + factor.to_string() + " does not fit in 64-bit pence");
      return money(static_cast<std::int64_t>(rounded));
    }
    const big_rational exact = big_rational(big_integer(pence_)) * factor.value();
    return from_big(round_to_integer(exact, mode), [&] { return text() + " times " + factor.to_string(); });
  }
  /// `*this` divided by a whole number, rounded to the penny.
  [[nodiscard]] money divide(std::int64_t divisor, rounding mode = default_rounding) const {
    if (divisor == 0) throw domain_violation("money", 7, "division of money by zero");
    return from_big(round_quotient(big_integer(pence_), big_integer(divisor), mode),
                    [&] { return text() + " divided by " + std::to_string(divisor); });
  }
  /// `*this` divided by an exact rate, rounded to the penny.
  [[nodiscard]] money divide(const rate& divisor, rounding mode = default_rounding) const {
    if (divisor.value() == 0) throw domain_violation("money", 7, "division of money by zero");
    return from_big(round_to_integer(big_rational(big_integer(pence_)) / divisor.value(), mode),
                    [&] { return text() + " divided by " + divisor.to_string(); });
  }
  /// The exact ratio of two amounts (e.g. a modification as a share of the original value).
  [[nodiscard]] rate ratio_to(money whole) const {
    if (whole.pence_ == 0) throw domain_violation("money", 7, "ratio to zero money");
    return rate(big_rational(big_integer(pence_)) / big_rational(big_integer(whole.pence_)));
  }

  money& operator+=(money other) { return *this = *this + other; }
  money& operator-=(money other) { return *this = *this - other; }

  friend money operator+(money a, money b) {
    std::int64_t sum = 0;
    if (__builtin_add_overflow(a.pence_, b.pence_, &sum))
      throw overflow_error("money", 6, "the sum of " + a.text() + " and " + b.text() + " overflows");
    return money(sum);
  }
  friend money operator-(money a, money b) {
    std::int64_t difference = 0;
    if (__builtin_sub_overflow(a.pence_, b.pence_, &difference))
      throw overflow_error("money", 6, a.text() + " minus " + b.text() + " overflows");
    return money(difference);
  }
  friend money operator-(money a) {
    if (a.pence_ == std::numeric_limits<std::int64_t>::min())
      throw overflow_error("money", 6, "negating " + a.text() + " overflows");
    return money(-a.pence_);
  }
  template <whole_number N>
  friend money operator*(money a, N factor) {
    std::int64_t product = 0;
    if (__builtin_mul_overflow(a.pence_, factor, &product))
      throw overflow_error("money", 6, a.text() + " times " + std::to_string(factor) + " overflows");
    return money(product);
  }
  template <whole_number N>
  friend money operator*(N factor, money a) { return a * factor; }
  /// Money times money has no meaning.
  friend void operator*(money, money) = delete;
  /// Multiply by a rate with `multiply`, which names its rounding; never by a double.
  friend void operator*(money, double) = delete;
  friend void operator*(double, money) = delete;

  friend constexpr bool operator==(money, money) noexcept = default;
  friend constexpr std::strong_ordering operator<=>(money, money) noexcept = default;

 private:
  constexpr explicit money(std::int64_t pence) noexcept : pence_(pence) {}

  /// `pence` as money; money.005 naming the operation (`describe()`, called only on failure,
  /// so the hot path builds no text) if it does not fit.
  template <class Describe>
  static money from_big(const big_integer& pence, Describe describe) {
    if (pence > std::numeric_limits<std::int64_t>::max() || pence < std::numeric_limits<std::int64_t>::min())
      throw overflow_error("money", 5, describe() + " does not fit in 64-bit pence");
    return money(pence.convert_to<std::int64_t>());
  }
  /// "12345p / 7" for an exact quotient of pence that does not fit.
  static std::string quotient_text(const big_integer& pence, const big_integer& divisor) {
    return pence.str() + "p / " + divisor.str();
  }
  [[nodiscard]] std::string text() const;

  std::int64_t pence_ = 0;
};

/// The magnitude of an amount (checked: the most negative amount has none).
[[nodiscard]] inline money abs(money amount) { return amount.is_negative() ? -amount : amount; }

/// The exact sum of a range of money (checked; an empty range sums to £0.00).
template <std::ranges::input_range R>
  requires std::same_as<std::ranges::range_value_t<R>, money>
[[nodiscard]] money sum(R&& amounts) {
  money total;
  for (const money& amount : amounts) total += amount;
  return total;
}

// ---------------------------------------------------------------- display

/// The unit a figure is shown in: display rounding is separate from stored values.
enum class money_unit {
  pounds_and_pence,  ///< £1,627,500.00
  whole_pounds,      ///< £1,627,500
  thousands,         ///< £1,628k
  millions,          ///< £1.63m
};

/// How negative figures are written.
enum class negative_style {
  minus,        ///< -£12.50
  parentheses,  ///< (£12.50), as in accounts
};

template <>
struct enum_names<money_unit> {
  static constexpr std::string_view what = "money unit";
  static constexpr std::array<enum_name<money_unit>, 4> names{{
      {money_unit::pounds_and_pence, "pounds_and_pence"},
      {money_unit::whole_pounds, "whole_pounds"},
      {money_unit::thousands, "thousands"},
      {money_unit::millions, "millions"},
  }};
};

template <>
struct enum_names<negative_style> {
  static constexpr std::string_view what = "negative style";
  static constexpr std::array<enum_name<negative_style>, 2> names{{
      {negative_style::minus, "minus"},
      {negative_style::parentheses, "parentheses"},
  }};
};

/// The most decimals a figure can be displayed with (money, percentages, numbers).
inline constexpr int max_display_decimals = 18;

/// `decimals` if a figure can be shown with that many, 0 to `max_display_decimals`;
/// commissioning.money.009 naming it otherwise (-1 shows 6 decimals, 2^31 - 1 none at all).
inline int display_decimals(int decimals) {
  if (decimals < 0 || decimals > max_display_decimals)
    throw invalid_input("money", 9,
                        "cannot show " + std::to_string(decimals) + " decimals (0 to " +
                            std::to_string(max_display_decimals) + " can be displayed)");
  return decimals;
}

/// A display format for money. Rounding applies to the displayed figure only.
struct money_format {
  money_unit unit = money_unit::pounds_and_pence;
  int decimals = -1;  ///< -1: the unit's usual (2 for pounds and pence and millions, else 0)
  negative_style negative = negative_style::minus;
  bool symbol = true;    ///< write "£"
  bool grouping = true;  ///< write "1,627,500" rather than "1627500"
  rounding display_rounding = default_rounding;

  [[nodiscard]] static money_format whole_pounds() { return {.unit = money_unit::whole_pounds}; }
  [[nodiscard]] static money_format thousands(int decimals = 0) {
    return {.unit = money_unit::thousands, .decimals = decimals};
  }
  [[nodiscard]] static money_format millions(int decimals = 2) {
    return {.unit = money_unit::millions, .decimals = decimals};
  }
};

/// Write `amount` as `style` says: "£1,627,500.00", "£1,627,500", "£1,628k", "£1.63m", "(£12.50)".
[[nodiscard]] std::string format(money amount, const money_format& style = {});

/// "£1,627,500.00": the exact figure, which `money::parse` reads back unchanged.
[[nodiscard]] inline std::string to_string(money amount) { return format(amount); }

inline std::ostream& operator<<(std::ostream& out, money amount) { return out << format(amount); }

// ---------------------------------------------------------------- inline definitions

namespace detail {

inline constexpr std::string_view pound_sign = "\xC2\xA3";  // "£" in UTF-8

inline std::string group_thousands(const std::string& digits) {
  std::string grouped;
  grouped.reserve(digits.size() + digits.size() / 3);
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) grouped.push_back(',');
    grouped.push_back(digits[i]);
  }
  return grouped;
}

inline std::string_view trim(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  return text;
}

}  // namespace detail

inline std::string money::text() const { return format(*this); }

inline money money::parse(std::string_view text) {
  const std::string_view original = text;
  auto fail = [&](int number, const std::string& why) {
    return invalid_input("money", number, "cannot read " + quote(original) + " as money: " + why);
  };
  text = detail::trim(text);
  if (text.empty()) throw fail(1, "the text is empty");

  bool negative = false;
  if (text.front() == '(' && text.back() == ')') {
    negative = true;
    text = detail::trim(text.substr(1, text.size() - 2));
  }
  auto take_sign = [&] {
    if (!text.empty() && (text.front() == '-' || text.front() == '+')) {
      if (negative && text.front() == '-') throw fail(2, "more than one minus sign");
      if (negative) throw fail(2, "a plus sign inside parentheses");  // "(+£5)": which sign is meant?
      negative = text.front() == '-';
      text.remove_prefix(1);
      return true;
    }
    return false;
  };
  const bool signed_before_symbol = take_sign();
  if (text.starts_with(detail::pound_sign)) text.remove_prefix(detail::pound_sign.size());
  if (!signed_before_symbol) take_sign();
  if (text.empty()) throw fail(1, "there are no digits");

  const std::size_t point = text.find('.');
  const std::string_view whole = text.substr(0, point);
  const std::string_view fraction = point == std::string_view::npos ? "" : text.substr(point + 1);
  if (whole.empty()) throw fail(2, "expected digits before the decimal point");
  if (point != std::string_view::npos && fraction.empty())
    throw fail(2, "expected digits after the decimal point");

  const bool grouped = whole.find(',') != std::string_view::npos;
  std::int64_t pounds = 0;
  std::size_t digits_in_group = 0;
  bool overflow = false;
  for (std::size_t i = 0; i < whole.size(); ++i) {
    const char c = whole[i];
    if (c == ',') {
      // Groups after the first must hold exactly three digits: "1,627,500", never "1,2,3".
      if (digits_in_group == 0 || (i > digits_in_group && digits_in_group != 3) || digits_in_group > 3)
        throw fail(4, "thousands separators must separate groups of three digits");
      digits_in_group = 0;
      continue;
    }
    if (c < '0' || c > '9') throw fail(2, "unexpected character " + quote(character_at(whole, i)));
    ++digits_in_group;
    overflow |= __builtin_mul_overflow(pounds, std::int64_t{10}, &pounds);
    overflow |= __builtin_add_overflow(pounds, std::int64_t{c - '0'}, &pounds);
  }
  if (grouped && digits_in_group != 3)
    throw fail(4, "thousands separators must separate groups of three digits");

  if (fraction.size() > 2) {
    for (std::size_t i = 0; i < fraction.size(); ++i)
      if (fraction[i] < '0' || fraction[i] > '9')
        throw fail(2, "unexpected character " + quote(character_at(fraction, i)));
    throw fail(3, "more than two decimal places (money is held to the penny)");
  }
  std::int64_t pence_part = 0;
  for (std::size_t i = 0; i < fraction.size(); ++i) {
    const char c = fraction[i];
    if (c < '0' || c > '9') throw fail(2, "unexpected character " + quote(character_at(fraction, i)));
    pence_part = pence_part * 10 + (c - '0');
  }
  if (fraction.size() == 1) pence_part *= 10;

  // Build the signed value directly: the most negative amount has no positive counterpart.
  const std::int64_t sign = negative ? -1 : 1;
  std::int64_t pence = 0;
  overflow |= __builtin_mul_overflow(pounds, 100 * sign, &pence);
  overflow |= __builtin_add_overflow(pence, pence_part * sign, &pence);
  if (overflow)
    throw overflow_error("money", 5, quote(original) + " does not fit in 64-bit pence");
  return money(pence);
}

inline std::string format(money amount, const money_format& style) {
  int decimals = style.decimals;
  big_integer divisor = 1;  // pence per displayed unit
  std::string suffix;
  switch (style.unit) {
    case money_unit::pounds_and_pence: divisor = 100; if (decimals < 0) decimals = 2; break;
    case money_unit::whole_pounds: divisor = 100; if (decimals < 0) decimals = 0; break;
    case money_unit::thousands: divisor = 100'000; suffix = "k"; if (decimals < 0) decimals = 0; break;
    case money_unit::millions: divisor = 100'000'000; suffix = "m"; if (decimals < 0) decimals = 2; break;
  }
  display_decimals(decimals);
  // Scale so that one unit of `shown` is the last displayed digit.
  big_integer numerator = big_integer(amount.pence());
  for (int k = 0; k < decimals; ++k) numerator *= 10;
  const big_integer shown = round_quotient(numerator, divisor, style.display_rounding);

  std::string digits = big_integer(abs(shown)).str();
  if (decimals > 0 && digits.size() <= static_cast<std::size_t>(decimals))
    digits.insert(0, static_cast<std::size_t>(decimals) + 1 - digits.size(), '0');
  std::string integer_part = digits.substr(0, digits.size() - static_cast<std::size_t>(decimals));
  if (style.grouping) integer_part = detail::group_thousands(integer_part);
  std::string body = (style.symbol ? std::string(detail::pound_sign) : std::string()) + integer_part;
  if (decimals > 0) body += "." + digits.substr(digits.size() - static_cast<std::size_t>(decimals));
  body += suffix;
  if (shown >= 0) return body;
  return style.negative == negative_style::parentheses ? "(" + body + ")" : "-" + body;
}

/// A figure as a report prints it: whole pounds when there are no pence ("£1,627,500"),
/// pounds and pence otherwise ("£325,484.88").
[[nodiscard]] inline std::string report_figure(money amount) {
  return amount.pence() % 100 == 0 ? format(amount, money_format::whole_pounds()) : format(amount);
}

/// The one money unit a whole report shows: every table, note and sentence built with it
/// follows it, in every renderer and in Word and Excel alike. `std::nullopt` (the default):
/// each table keeps its usual format (pounds and pence for exact tables such as the envelope
/// and the profile, whole pounds for the options table) and notes and sentences quote figures
/// as `report_figure` does, so the seeds' words stay verbatim.
///
///     const report_unit unit = money_unit::thousands;
///     envelope_position_table(position, unit);  // columns "£1,000k", breach notes "by £250k"
///     financial_implications_paragraph(c, "the existing revenue budget", unit);  // "£326k per annum"
///
/// Every table builder and sentence takes it as its last argument. It is an argument rather
/// than a setting kept on a table because notes and sentences are words with figures in them,
/// written when they are built: a unit applied afterwards could change the columns but not the
/// notes. It lives with the money formats because sentences below the report layer (a
/// procurement finding, a modification) quote figures in it too.
using report_unit = std::optional<money_unit>;

/// A money column's format in the report's unit (the unit's usual decimals), else `usual`.
[[nodiscard]] inline money_format in_unit(const report_unit& unit, money_format usual) {
  return unit ? money_format{.unit = *unit} : usual;
}

/// A figure in a note or sentence: in the report's unit ("£1,628k"), else `report_figure`
/// ("£1,627,500", or "£325,484.88" when it has pence).
[[nodiscard]] inline std::string report_figure(money amount, const report_unit& unit) {
  return unit ? format(amount, money_format{.unit = *unit}) : report_figure(amount);
}

}  // namespace commissioning

template <>
struct std::hash<commissioning::money> {
  std::size_t operator()(commissioning::money amount) const noexcept {
    return std::hash<std::int64_t>{}(amount.pence());
  }
};
