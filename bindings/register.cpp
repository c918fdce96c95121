// SPDX-License-Identifier: MIT
// A contract register as columns of arrays, profiled by financial year in one C++ pass
// (contract/register.hpp). The Python face, commissioning.profile_register, turns a pandas
// DataFrame into these columns (python/commissioning/_register.py); this file converts each
// column in one C++ loop, with the library's own rules for each value, and returns arrays.
#include "common.hpp"

#include <commissioning/contract/register.hpp>

#include <pybind11/numpy.h>

#include <charconv>
#include <cmath>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <system_error>
#include <vector>

namespace cmpy {

namespace {

template <class T>
using array_of = py::array_t<T, py::array::c_style | py::array::forcecast>;

/// A float as Python's repr shows it (the shortest text that reads back), as money: the rule
/// `Money(float)` follows, without a Python call per value.
cm::money money_of_float(double x) {
  if (!std::isfinite(x)) throw cm::invalid_input("money", 2, "cannot read " + std::to_string(x) + " as money");
  char buffer[64];
  const auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, x, std::chars_format::scientific);
  if (error != std::errc()) throw cm::invalid_input("money", 2, "cannot read a float as money");
  // d.ddde[+-]xx: the digits, and the exponent of the last one.
  decimal_number number;
  const char* p = buffer;
  if (*p == '-') number.negative = true, ++p;
  int fraction_digits = 0;
  bool after_point = false;
  for (; p < end && *p != 'e'; ++p) {
    if (*p == '.') {
      after_point = true;
      continue;
    }
    number.digits += *p;
    fraction_digits += after_point ? 1 : 0;
  }
  int exponent = 0;
  std::from_chars(p + 1 + (p[1] == '+' ? 1 : 0), end, exponent);
  number.exponent = exponent - fraction_digits;
  char shortest[64];
  const auto plain = std::to_chars(shortest, shortest + sizeof shortest, x);
  number.text = std::string(shortest, plain.ptr);
  // Leading zeros (only "0e+00") and trailing zeros go; money_from_pounds normalises.
  return money_from_pounds(std::move(number), cm::rounding::half_away_from_zero);
}

/// The same, without building text: the shortest digits as an integer m and exponent e
/// (x = m x 10^e), pence = m x 10^(e + 2) rounded half away from zero; nothing if it may not
/// fit (then `money_of_float` gives the library's error).
std::optional<cm::money> pence_of_float(double x) {
  if (!std::isfinite(x)) return std::nullopt;
  char buffer[64];
  const auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, x, std::chars_format::scientific);
  if (error != std::errc()) return std::nullopt;
  const char* p = buffer;
  const bool negative = *p == '-';
  if (negative) ++p;
  std::uint64_t digits = 0;
  int fraction_digits = 0;
  bool after_point = false;
  for (; p < end && *p != 'e'; ++p) {
    if (*p == '.') {
      after_point = true;
      continue;
    }
    digits = digits * 10 + static_cast<std::uint64_t>(*p - '0');  // at most 17 digits
    fraction_digits += after_point ? 1 : 0;
  }
  int exponent = 0;
  std::from_chars(p + 1 + (p[1] == '+' ? 1 : 0), end, exponent);
  const int shift = exponent - fraction_digits + 2;  // pence = digits x 10^shift
  std::uint64_t pence = digits;
  if (shift >= 0) {
    for (int k = 0; k < shift; ++k)
      if (__builtin_mul_overflow(pence, std::uint64_t{10}, &pence)) return std::nullopt;
  } else if (shift < -18) {
    pence = 0;  // below a tenth of a penny: digits < 10^17
  } else {
    std::uint64_t divisor = 1;
    for (int k = 0; k < -shift; ++k) divisor *= 10;
    const std::uint64_t remainder = digits % divisor;
    pence = digits / divisor + (remainder >= divisor - remainder ? 1 : 0);  // half away from zero
  }
  if (pence > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max())) return std::nullopt;
  const auto signed_pence = static_cast<std::int64_t>(pence);
  return cm::money::from_pence(negative ? -signed_pence : signed_pence);
}

std::vector<cm::money> money_column(py::handle column) {
  std::vector<cm::money> values;
  const py::array array = py::array::ensure(column);
  if (array && array.dtype().kind() == 'f') {
    const auto doubles = array_of<double>::ensure(array);
    values.reserve(static_cast<std::size_t>(doubles.size()));
    for (py::ssize_t i = 0; i < doubles.size(); ++i) {
      try {
        const double x = doubles.data()[i];
        const std::optional<cm::money> fast = pence_of_float(x);
        values.push_back(fast ? *fast : money_of_float(x));
      } catch (const std::exception& e) {
        cm::detail::throw_row_error(static_cast<std::size_t>(i), "", e);
      }
    }
    return values;
  }
  if (array && (array.dtype().kind() == 'i' || array.dtype().kind() == 'u')) {
    const auto integers = array_of<std::int64_t>::ensure(array);
    values.reserve(static_cast<std::size_t>(integers.size()));
    for (py::ssize_t i = 0; i < integers.size(); ++i) {
      std::int64_t pence = 0;
      if (__builtin_mul_overflow(integers.data()[i], std::int64_t{100}, &pence))
        cm::detail::throw_row_error(static_cast<std::size_t>(i), "",
                                    cm::overflow_error("money", 5, "£" + std::to_string(integers.data()[i]) +
                                                                       " does not fit in 64-bit pence"));
      values.push_back(cm::money::from_pence(pence));
    }
    return values;
  }
  std::size_t row = 0;
  for (const py::handle value : py::iter(column)) {  // Money, str, Decimal, ...
    try {
      values.push_back(money_arg(value));
    } catch (const cm::error&) {
      try {
        throw;
      } catch (const std::exception& e) {
        cm::detail::throw_row_error(row, "", e);
      }
    }
    ++row;
  }
  return values;
}

template <class T>
std::vector<T> vector_of(py::handle column) {
  if (column.is_none()) return {};
  const auto array = array_of<T>::ensure(column);
  if (!array) throw py::type_error("expected an array of integers");
  return std::vector<T>(array.data(), array.data() + array.size());
}

std::vector<std::string> strings_of(py::handle column) {
  std::vector<std::string> out;
  if (column.is_none()) return out;
  for (const py::handle value : py::iter(column)) {
    const bool blank = value.is_none() || (is_float(value) && std::isnan(value.cast<double>()));
    out.push_back(blank ? std::string() : is_str(value) ? value.cast<std::string>() : str_of(value));
  }
  return out;
}


}  // namespace

void bind_register(py::module_& m) {
  m.def(
      "_profile_register_columns",
      [](py::object names, py::object providers, const array_of<std::int64_t>& start_days, std::vector<cm::term> terms,
         py::object term_codes, py::object annual, std::vector<cm::indexation> indexations, py::object indexation_codes,
         py::object exercised, py::object scope_codes, cm::apportion_rule rule, int start_month) {
        const std::chrono::month month = month_from(py::int_(start_month));
        std::vector<cm::date> starts;
        starts.reserve(static_cast<std::size_t>(start_days.size()));
        for (py::ssize_t i = 0; i < start_days.size(); ++i)
          starts.emplace_back(std::chrono::sys_days{std::chrono::days{start_days.data()[i]}});
        std::vector<cm::contract_scope> scopes;
        for (const std::uint8_t code : vector_of<std::uint8_t>(scope_codes)) {
          if (code > 2) throw py::value_error("a scope code is 0, 1 or 2");
          scopes.push_back(static_cast<cm::contract_scope>(code));
        }
        cm::contract_register reg = cm::contract_register::from_columns(
            strings_of(names), strings_of(providers), std::move(starts), std::move(terms),
            vector_of<std::uint32_t>(term_codes), money_column(annual), std::move(indexations),
            vector_of<std::uint32_t>(indexation_codes), vector_of<int>(exercised), std::move(scopes));
        cm::register_profile result;
        {
          py::gil_scoped_release released;
          result = cm::profile(reg, rule, month);
        }
        auto to_array = [](auto& values) {
          using T = typename std::decay_t<decltype(values)>::value_type;
          py::array_t<T> array(static_cast<py::ssize_t>(values.size()));
          std::copy(values.begin(), values.end(), array.mutable_data());
          return array;
        };
        std::vector<std::int64_t> offsets(result.offsets.begin(), result.offsets.end());
        std::vector<std::int32_t> years(result.years.begin(), result.years.end());
        return py::make_tuple(to_array(offsets), to_array(years), to_array(result.pence));
      },
      py::arg("names"), py::arg("providers"), py::arg("start_days"), py::arg("terms"), py::arg("term_codes"),
      py::arg("annual"), py::arg("indexations"), py::arg("indexation_codes"), py::arg("exercised"),
      py::arg("scope_codes"), py::arg("rule"), py::arg("start_month"), docstring("_profile_register_columns"));
}

}  // namespace cmpy
