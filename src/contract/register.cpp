// SPDX-License-Identifier: MIT
// The contract register of contract/register.hpp, compiled once: contracts read from columns,
// row by row, and their values and profiles by financial year.
#include <commissioning/contract/register.hpp>

#include <algorithm>
#include <charconv>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <limits>
#include <optional>
#include <span>
#include <string>
#include <system_error>
#include <typeinfo>
#include <vector>

namespace commissioning {

namespace detail {

// Declared in the header for the bindings, which read a register column by column too.
void throw_row_error(std::size_t row, const std::string& name, const std::exception& cause) {
  const std::string text =
      "register row " + std::to_string(row) + (name.empty() ? "" : " (" + quote(name) + ")") + ": " + cause.what();
  if (dynamic_cast<const std::overflow_error*>(&cause)) throw overflow_error("contract", 14, text);
  if (dynamic_cast<const std::out_of_range*>(&cause)) throw out_of_range_error("contract", 14, text);
  throw invalid_input("contract", 14, text);
}

/// `pounds` as `Money(float)` reads it: its shortest decimal, d x 10^e (the digits Python's repr
/// shows), in pence d x 10^(e + 2) rounded half away from zero, in 64-bit integers where it fits.
[[nodiscard]] money money_of_float_pounds(double pounds) {
  if (!std::isfinite(pounds)) throw invalid_input("money", 2, "cannot read " + std::to_string(pounds) + " as money");
  char buffer[64];
  const char* const end = std::to_chars(buffer, buffer + sizeof buffer, pounds, std::chars_format::scientific).ptr;
  const char* p = buffer;  // d.ddde[+-]xx: the digits, and the exponent of the last one
  const bool negative = *p == '-';
  if (negative) ++p;
  std::uint64_t digits = 0;  // at most 17 of them
  int count = 0, fraction_digits = 0;
  bool after_point = false;
  for (; p < end && *p != 'e'; ++p) {
    if (*p == '.') {
      after_point = true;
      continue;
    }
    digits = digits * 10 + static_cast<std::uint64_t>(*p - '0');
    ++count;
    fraction_digits += after_point ? 1 : 0;
  }
  int exponent = 0;
  std::from_chars(p + 1 + (p[1] == '+' ? 1 : 0), end, exponent);
  const int last = exponent - fraction_digits;  // pounds = digits x 10^last
  std::uint64_t pence = digits;
  bool fits = true;
  if (last + 2 >= 0) {
    for (int k = 0; k < last + 2 && fits; ++k) fits = !__builtin_mul_overflow(pence, std::uint64_t{10}, &pence);
  } else if (last + 2 < -18) {
    pence = 0;  // below a tenth of a penny: digits < 10^17
  } else {
    std::uint64_t divisor = 1;
    for (int k = 0; k < -(last + 2); ++k) divisor *= 10;
    const std::uint64_t remainder = digits % divisor;
    pence = digits / divisor + (remainder >= divisor - remainder ? 1 : 0);  // half away from zero
  }
  if (fits && pence <= static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()))
    return money::from_pence(negative ? -static_cast<std::int64_t>(pence) : static_cast<std::int64_t>(pence));
  // Too large for 64-bit pence (so last >= 0): the error Money(float) gives.
  if (count + last > 20) {
    char shortest[64];
    const char* const text_end = std::to_chars(shortest, shortest + sizeof shortest, pounds).ptr;
    throw overflow_error(
        "money", 5,
        std::string(shortest, static_cast<std::size_t>(text_end - shortest)) + " does not fit in 64-bit pence");
  }
  big_integer value(digits);
  for (int k = 0; k < last; ++k) value *= 10;
  return money::from_pounds(rate(big_rational(negative ? big_integer(-value) : value)), rounding::half_away_from_zero);
}

/// A column read value by value, each error led by its row.
template <class T, class Read>
[[nodiscard]] std::vector<money> money_column(std::span<const T> values, Read read) {
  std::vector<money> column;
  column.reserve(values.size());
  for (std::size_t row = 0; row < values.size(); ++row) {
    try {
      column.push_back(read(values[row]));
    } catch (const std::exception& e) {
      throw_row_error(row, "", e);
    }
  }
  return column;
}

/// A date as a month count and a day, for anniversaries computed without calendar types.
struct month_day {
  int month_index;  // year x 12 + month - 1
  int day;          // 1-based, clamped to the month
};

/// The days of the month `month_index` counts (calendar/date.hpp's rule, leap years included).
int days_in(int month_index) {
  return static_cast<int>(days_in_month(std::chrono::year{month_index / 12},
                                        std::chrono::month{static_cast<unsigned>(month_index % 12 + 1)}));
}

/// `start` plus `months` months, the day clamped to the month's end (as `add_months`).
month_day anniversary(const month_day& start, int months) {
  const int index = start.month_index + months;
  const int last = days_in(index);
  return {index, start.day < last ? start.day : last};
}

/// Position of a day on the monthly rule's scale: whole months count `month_parts`, a day
/// of a month `month_parts / days`. The monthly weight of [a, b) is position(b) - position(a),
/// as `monthly_weight` sums it month by month.
std::int64_t monthly_position(const month_day& d) {
  return static_cast<std::int64_t>(d.month_index) * month_parts + (d.day - 1) * (month_parts / days_in(d.month_index));
}

std::int64_t day_position(const month_day& d) {
  const date calendar{std::chrono::year{d.month_index / 12},
                      std::chrono::month{static_cast<unsigned>(d.month_index % 12 + 1)},
                      std::chrono::day{static_cast<unsigned>(d.day)}};
  return std::chrono::sys_days(calendar).time_since_epoch().count();
}

bool before(const month_day& a, const month_day& b) {
  return a.month_index != b.month_index ? a.month_index < b.month_index : a.day < b.day;
}

}  // namespace detail

contract_register::term_entry contract_register::entry_of(const commissioning::term& t) {
  term_entry entry{t, {t.base_months()}};
  for (int m : t.extension_months()) entry.months_after.push_back(entry.months_after.back() + m);
  return entry;
}

contract_register::indexation_entry contract_register::entry_of(const commissioning::indexation& x) {
  indexation_entry entry{x};
  if (x.kind() == indexation::method::none) {
    entry.fast = true;
  } else if (x.kind() == indexation::method::fixed) {
    const rate factor = rate(1) + x.fixed_uplift();
    const big_integer& num = numerator(factor.value());
    const big_integer& den = denominator(factor.value());
    constexpr std::int64_t hi = std::numeric_limits<std::int64_t>::max();
    if (num >= 0 && num <= hi && den <= hi) {
      entry.fast = true;
      entry.numerator = num.convert_to<std::int64_t>();
      entry.denominator = den.convert_to<std::int64_t>();
    }
  }
  return entry;
}

std::uint32_t contract_register::code_of(const commissioning::term& t) {
  for (std::size_t i = 0; i < terms_.size(); ++i)
    if (terms_[i].value == t) return static_cast<std::uint32_t>(i);
  terms_.push_back(entry_of(t));
  return static_cast<std::uint32_t>(terms_.size() - 1);
}

std::uint32_t contract_register::code_of(const commissioning::indexation& x) {
  for (std::size_t i = 0; i < indexations_.size(); ++i)
    if (indexations_[i].value == x) return static_cast<std::uint32_t>(i);
  indexations_.push_back(entry_of(x));
  return static_cast<std::uint32_t>(indexations_.size() - 1);
}

int contract_register::months(std::size_t row) const {
  const term_entry& t = terms_[term_codes_[row]];
  switch (scopes_[row]) {
    case contract_scope::base:
      return t.months_after.front();
    case contract_scope::maximum:
      return t.months_after.back();
    case contract_scope::current:
      break;
  }
  return t.months_after[static_cast<std::size_t>(exercised_[row])];
}

contract contract_register::contract_at(std::size_t row) const {
  contract c(name(row), provider(row), start(row), term(row), price::annual(annual_value(row)), indexation(row));
  for (int option = 1; option <= exercised(row); ++option) c.exercise(static_cast<std::size_t>(option));
  return c;
}

void contract_register::check_row(std::size_t row) const {
  const term_entry& t = terms_[term_codes_[row]];
  const date s = starts_[row];
  const int exercised = exercised_[row];
  // What the fast path relies on; anything else is put to the contract itself, which refuses
  // it with its own error (or, if it accepts it, the row is still valid).
  const bool plain = s.ok() && static_cast<int>(s.year()) >= min_supported_year && !annual_[row].is_negative() &&
                     exercised >= 0 && static_cast<std::size_t>(exercised) < t.months_after.size() &&
                     (static_cast<int>(s.year()) * 12 + static_cast<int>(static_cast<unsigned>(s.month())) - 1 +
                      t.months_after.back()) /
                             12 <
                         max_supported_year;
  if (plain) return;
  try {
    (void)contract_at(row).profile(scopes_[row]);
  } catch (const std::exception& e) {
    detail::throw_row_error(row, names_[row], e);
  }
}

std::size_t contract_register::add(std::string name, std::string provider, date start, const commissioning::term& term,
                                   money annual_value, const commissioning::indexation& indexation, int exercised,
                                   contract_scope scope) {
  names_.push_back(std::move(name));
  providers_.push_back(std::move(provider));
  starts_.push_back(start);
  term_codes_.push_back(code_of(term));
  annual_.push_back(annual_value);
  indexation_codes_.push_back(code_of(indexation));
  exercised_.push_back(exercised);
  scopes_.push_back(scope);
  try {
    check_row(size() - 1);
  } catch (...) {
    names_.pop_back(), providers_.pop_back(), starts_.pop_back(), term_codes_.pop_back();
    annual_.pop_back(), indexation_codes_.pop_back(), exercised_.pop_back(), scopes_.pop_back();
    throw;
  }
  return size() - 1;
}

contract_register contract_register::from_columns(std::vector<std::string> names, std::vector<std::string> providers,
                                                  std::vector<date> starts, std::vector<commissioning::term> terms,
                                                  std::vector<std::uint32_t> term_codes,
                                                  std::vector<money> annual_values,
                                                  std::vector<commissioning::indexation> indexations,
                                                  std::vector<std::uint32_t> indexation_codes,
                                                  std::vector<int> exercised, std::vector<contract_scope> scopes) {
  const std::size_t n = starts.size();
  auto check_length = [n](std::size_t length, const char* column, bool optional) {
    if (length != n && !(optional && length == 0))
      throw invalid_input("contract", 15,
                          std::string("the register's column '") + column + "' has " + std::to_string(length) +
                              " rows, but 'start' has " + std::to_string(n));
  };
  check_length(names.size(), "name", true);
  check_length(providers.size(), "provider", true);
  check_length(term_codes.size(), "term", false);
  check_length(annual_values.size(), "annual", false);
  check_length(indexation_codes.size(), "uplift", false);
  check_length(exercised.size(), "exercised", true);
  check_length(scopes.size(), "scope", true);
  contract_register reg;
  for (const auto& t : terms) reg.terms_.push_back(entry_of(t));
  for (const auto& x : indexations) reg.indexations_.push_back(entry_of(x));
  for (std::size_t i = 0; i < n; ++i) {
    if (term_codes[i] >= terms.size() || indexation_codes[i] >= indexations.size())
      throw invalid_input("contract", 15,
                          "register row " + std::to_string(i) + " refers to term " + std::to_string(term_codes[i]) +
                              " and indexation " + std::to_string(indexation_codes[i]) + ", but " +
                              std::to_string(terms.size()) + " terms and " + std::to_string(indexations.size()) +
                              " indexations were given");
  }
  reg.names_ = names.empty() ? std::vector<std::string>(n) : std::move(names);
  reg.providers_ = providers.empty() ? std::vector<std::string>(n) : std::move(providers);
  reg.starts_ = std::move(starts);
  reg.term_codes_ = std::move(term_codes);
  reg.annual_ = std::move(annual_values);
  reg.indexation_codes_ = std::move(indexation_codes);
  reg.exercised_ = exercised.empty() ? std::vector<int>(n, 0) : std::move(exercised);
  reg.scopes_ = scopes.empty() ? std::vector<contract_scope>(n, contract_scope::current) : std::move(scopes);
  for (std::size_t i = 0; i < n; ++i) reg.check_row(i);
  return reg;
}

financial_year_profile register_profile::of(std::size_t row) const {
  if (row >= rows())
    throw out_of_range_error("contract", 15,
                             "the register has " + std::to_string(rows()) + " rows, no row " + std::to_string(row));
  financial_year_profile result{rule, {}, money{}};
  for (std::size_t k = offsets[row]; k < offsets[row + 1]; ++k) {
    result.years.push_back({financial_year(years[k], start_month), money::from_pence(pence[k])});
    result.total += result.years.back().amount;
  }
  return result;
}

std::vector<financial_year_amount> register_profile::totals() const {
  if (years.empty()) return {};
  const auto [low, high] = std::minmax_element(years.begin(), years.end());
  const int first = *low;
  std::vector<money> sums(static_cast<std::size_t>(*high - first + 1));
  std::vector<bool> seen(sums.size());
  for (std::size_t k = 0; k < years.size(); ++k) {
    const auto i = static_cast<std::size_t>(years[k] - first);
    sums[i] += money::from_pence(pence[k]);
    seen[i] = true;
  }
  std::vector<financial_year_amount> result;
  for (std::size_t i = 0; i < sums.size(); ++i)
    if (seen[i]) result.push_back({financial_year(first + static_cast<int>(i), start_month), sums[i]});
  return result;
}

register_profile profile(const contract_register& reg, apportion_rule rule, std::chrono::month start_month) {
  __extension__ using wide = __int128;
  register_profile out{rule, start_month, {}, {}, {}};
  out.offsets.reserve(reg.size() + 1);
  out.offsets.push_back(0);
  out.years.reserve(reg.size() * 5);
  out.pence.reserve(reg.size() * 5);
  const int first_month = static_cast<int>(static_cast<unsigned>(start_month)) - 1;
  auto position = [rule](const detail::month_day& d) {
    return rule == apportion_rule::monthly ? detail::monthly_position(d) : detail::day_position(d);
  };
  // Add `amount` to financial year `fy` of the current row (years arrive in order).
  auto add = [&](int fy, std::int64_t amount) {
    if (out.years.size() > out.offsets.back() && out.years.back() == fy) {
      if (__builtin_add_overflow(out.pence.back(), amount, &out.pence.back()))
        throw overflow_error("money", 6, "the sum of financial year " + std::to_string(fy) + " overflows");
    } else {
      out.years.push_back(fy);
      out.pence.push_back(amount);
    }
  };
  for (std::size_t row = 0; row < reg.size(); ++row) {
    const contract_register::indexation_entry& index = reg.indexations_[reg.indexation_codes_[row]];
    bool done = false;
    if (index.fast) {
      try {
        const date s = reg.starts_[row];
        const detail::month_day start{
            static_cast<int>(s.year()) * 12 + static_cast<int>(static_cast<unsigned>(s.month())) - 1,
            static_cast<int>(static_cast<unsigned>(s.day()))};
        const int total = reg.months(row);
        const bool indexed = index.value.kind() == indexation::method::fixed;
        const rounding uplift_rounding = index.value.rounding_rule();
        std::int64_t annual = reg.annual_[row].pence();
        for (int year = 1; (year - 1) * 12 < total; ++year) {
          if (year > 1 && indexed && year >= index.value.from_year()) {
            const wide uplifted =
                round_quotient_native(wide{annual} * index.numerator, index.denominator, uplift_rounding);
            if (uplifted > std::numeric_limits<std::int64_t>::max())
              throw overflow_error("money", 5, "a product does not fit in 64-bit pence");
            annual = static_cast<std::int64_t>(uplifted);
          }
          const int months = total - (year - 1) * 12 < 12 ? total - (year - 1) * 12 : 12;
          const std::int64_t value =
              months == 12
                  ? annual
                  : static_cast<std::int64_t>(round_quotient_native(wide{annual} * months, 12, default_rounding));
          const detail::month_day from = detail::anniversary(start, (year - 1) * 12);
          const detail::month_day to = detail::anniversary(start, (year - 1) * 12 + months);  // exclusive
          const int fy_index =
              from.month_index - ((from.month_index % 12 - first_month + 12) % 12);  // its year's first month
          const detail::month_day boundary{fy_index + 12, 1};
          const int fy = fy_index / 12;
          if (!detail::before(boundary, to)) {
            add(fy, value);
            continue;
          }
          // Two financial years: largest remainder over two weights, a tie to the first.
          const std::int64_t w1 = position(boundary) - position(from), w2 = position(to) - position(boundary);
          const wide e1 = wide{value} * w1, e2 = wide{value} * w2, sum = w1 + w2;
          std::int64_t p1 = static_cast<std::int64_t>(e1 / sum), p2 = static_cast<std::int64_t>(e2 / sum);
          if (p1 + p2 < value) (e1 % sum >= e2 % sum ? p1 : p2) += 1;
          add(fy, p1);
          add(fy + 1, p2);
        }
        done = true;
      } catch (const std::exception& e) {
        detail::throw_row_error(row, reg.names_[row], e);
      }
    }
    if (!done) {
      try {
        for (const financial_year_amount& part :
             reg.contract_at(row).profile(reg.scopes_[row], rule, start_month).years)
          add(part.year.start_year(), part.amount.pence());
      } catch (const std::exception& e) {
        detail::throw_row_error(row, reg.names_[row], e);
      }
    }
    out.offsets.push_back(out.years.size());
  }
  return out;
}

std::vector<money> money_column_from_pounds(std::span<const double> pounds) {
  return detail::money_column(pounds, &detail::money_of_float_pounds);
}

std::vector<money> money_column_from_pounds(std::span<const std::int64_t> pounds) {
  return detail::money_column(pounds, [](std::int64_t whole) { return money::from_pounds(whole); });
}

}  // namespace commissioning
