// SPDX-License-Identifier: MIT
// A contract register as columns of arrays, profiled by financial year in one C++ pass
// (contract/register.hpp). The Python face, commissioning.profile_register, turns a pandas
// DataFrame into these columns (python/commissioning/_register.py); this file converts each
// column in one C++ loop, with the library's own rules for each value, and returns arrays.
#include "common.hpp"

#include <commissioning/contract/register.hpp>

#include <pybind11/numpy.h>

#include <cmath>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace cmpy {

namespace {

template <class T>
using array_of = py::array_t<T, py::array::c_style | py::array::forcecast>;

/// A column of annual values: a float or integer array (pounds, read in one C++ loop by the
/// register's own rule), or any iterable of what Money() takes.
std::vector<cm::money> money_column(py::handle column) {
  const py::array array = py::array::ensure(column);
  if (array && array.dtype().kind() == 'f') {
    const auto doubles = array_of<double>::ensure(array);
    return cm::money_column_from_pounds(std::span(doubles.data(), static_cast<std::size_t>(doubles.size())));
  }
  if (array && (array.dtype().kind() == 'i' || array.dtype().kind() == 'u')) {
    const auto integers = array_of<std::int64_t>::ensure(array);
    return cm::money_column_from_pounds(std::span(integers.data(), static_cast<std::size_t>(integers.size())));
  }
  std::vector<cm::money> values;
  for (const py::handle value : py::iter(column)) {  // Money, str, Decimal, ...
    try {
      values.push_back(money_arg(value));
    } catch (const cm::error&) {
      try {
        throw;
      } catch (const std::exception& e) {
        cm::detail::throw_row_error(values.size(), "", e);
      }
    }
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

void bind_register(public_module& m) {
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
      "names"_a, "providers"_a, "start_days"_a, "terms"_a, "term_codes"_a, "annual"_a, "indexations"_a,
      "indexation_codes"_a, "exercised"_a, "scope_codes"_a, "rule"_a, "start_month"_a);
}

}  // namespace cmpy
