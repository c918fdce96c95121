// SPDX-License-Identifier: MIT
// Conversions from Python numbers and text to money and rates.
#include "common.hpp"

#include <pybind11/gil_safe_call_once.h>

#include <limits>

namespace cmpy {

std::string not_initialised_message(py::handle type) {
  const std::string name = py::str(type.attr("__name__"));
  // A class with a constructor of its own (a pybind11 method, not the slot every class has)
  // says how to make one; a result says where one comes from.
  const py::object own = type.attr("__dict__").attr("get")("__init__");
  if (PyInstanceMethod_Check(own.ptr()))
    return name + " was not initialised: create it with " + name + "(...)";
  return name + " was not initialised: use one the library made (by a static method of " + name +
         " or a function returning one)";
}

py::handle decimal_type() {
  PYBIND11_CONSTINIT static py::gil_safe_call_once_and_store<py::object> slot;
  return slot.call_once_and_store_result([] { return py::module_::import("decimal").attr("Decimal"); })
      .get_stored();
}

py::handle fraction_type() {
  PYBIND11_CONSTINIT static py::gil_safe_call_once_and_store<py::object> slot;
  return slot.call_once_and_store_result([] { return py::module_::import("fractions").attr("Fraction"); })
      .get_stored();
}

py::object python_module(const char* name) {
  // sys.modules holds the module; importing again is a dictionary lookup.
  return py::module_::import(name);
}

bool is_decimal(py::handle h) { return py::isinstance(h, decimal_type()); }
bool is_fraction(py::handle h) { return py::isinstance(h, fraction_type()); }

std::optional<std::int64_t> to_int64(py::handle integer) {
  int overflow = 0;
  const long long value = PyLong_AsLongLongAndOverflow(integer.ptr(), &overflow);
  if (overflow != 0) return std::nullopt;
  if (value == -1 && PyErr_Occurred()) throw py::error_already_set();
  return static_cast<std::int64_t>(value);
}

cm::big_integer to_big(py::handle integer) {
  if (const auto small = to_int64(integer)) return cm::big_integer(*small);
  // hex() has no digit limit (unlike str() of a huge int); cpp_int reads "0x..." and "-0x...".
  const std::string text = py::module_::import("builtins").attr("hex")(integer).cast<std::string>();
  return cm::big_integer(text);
}

py::object from_big(const cm::big_integer& value) {
  if (value >= std::numeric_limits<std::int64_t>::min() && value <= std::numeric_limits<std::int64_t>::max())
    return py::int_(value.convert_to<std::int64_t>());
  const cm::big_integer magnitude = abs(value);
  const std::string hex = magnitude.str(0, std::ios_base::hex);
  py::object result = py::reinterpret_steal<py::object>(PyLong_FromString(hex.c_str(), nullptr, 16));
  if (!result) throw py::error_already_set();
  if (value >= 0) return result;
  py::object negated = py::reinterpret_steal<py::object>(PyNumber_Negative(result.ptr()));
  if (!negated) throw py::error_already_set();
  return negated;
}

decimal_number decimal_parts(py::handle decimal) {
  decimal_number number;
  number.text = str_of(decimal);
  const py::tuple parts = decimal.attr("as_tuple")();
  number.negative = parts[0].cast<int>() != 0;
  const py::tuple digits = parts[1];
  number.digits.reserve(digits.size());
  for (const py::handle digit : digits) number.digits += static_cast<char>('0' + digit.cast<int>());
  // Decimal keeps its exponent within +/-10^18, so it fits in 64 bits.
  number.exponent = to_int64(parts[2]).value_or(0);
  cm::normalise(number);
  return number;
}

decimal_number float_parts(py::handle number) {
  // repr() is the shortest text that reads back as the same float: what the user sees.
  // A plain float's repr: a subclass (numpy.float64) may show itself differently.
  const py::str text = py::repr(py::float_(number.cast<double>()));
  decimal_number parts = decimal_parts(decimal_type()(text));
  parts.text = text.cast<std::string>();
  return parts;
}

cm::invalid_input not_finite(py::handle amount) {
  return cm::invalid_input("money", 2, "cannot read " + repr_of(amount) + " as money: it is not a finite number");
}

std::optional<cm::money> try_money(py::handle value) {
  if (py::isinstance<cm::money>(value)) return value.cast<cm::money>();
  if (is_bool(value)) throw py::type_error("Money cannot be made from a bool");
  if (is_str(value)) return cm::money::parse(value.cast<std::string>());
  if (is_int(value)) {
    if (const auto pounds = to_int64(value)) return cm::money::from_pounds(*pounds);
    throw cm::overflow_error("money", 5, "£" + str_of(value) + " does not fit in 64-bit pence");
  }
  if (is_float(value)) {
    const double number = value.cast<double>();
    if (!std::isfinite(number)) throw not_finite(value);
    return money_from_pounds(float_parts(value), cm::rounding::half_away_from_zero);
  }
  if (is_decimal(value)) {
    if (!value.attr("is_finite")().cast<bool>()) throw not_finite(value);
    return money_from_pounds(decimal_parts(value), std::nullopt);
  }
  return std::nullopt;
}

std::optional<cm::rate> try_rate(py::handle value, bool text) {
  if (py::isinstance<cm::rate>(value)) return value.cast<cm::rate>();
  if (is_bool(value)) throw py::type_error("a Rate cannot be made from a bool");
  if (is_int(value)) return cm::rate(cm::big_rational(to_big(value)));
  if (is_float(value) || is_decimal(value)) {
    const bool finite = is_float(value) ? std::isfinite(value.cast<double>())
                                        : value.attr("is_finite")().cast<bool>();
    if (!finite) throw cm::invalid_input("rate", 2, "a rate must be a finite number, got " + repr_of(value));
    return exact_rate(is_float(value) ? float_parts(value) : decimal_parts(value));
  }
  if (is_fraction(value))
    return cm::rate(cm::big_rational(to_big(value.attr("numerator"))) /
                    cm::big_rational(to_big(value.attr("denominator"))));
  if (text && is_str(value)) return cm::rate::parse(value.cast<std::string>());
  return std::nullopt;
}

py::object make_decimal(const std::string& text) { return decimal_type()(text); }

PyDateTime_CAPI* datetime_api() {
  static PyDateTime_CAPI* const api = [] {
    auto* imported = static_cast<PyDateTime_CAPI*>(PyCapsule_Import(PyDateTime_CAPSULE_NAME, 0));
    if (imported == nullptr) throw py::error_already_set();
    return imported;
  }();
  return api;
}

std::chrono::month month_from(py::handle number) {
  const auto month = to_int64(number);
  if (!month || *month < 1 || *month > 12)
    throw cm::invalid_input("financial_year", 2, "month " + str_of(number) + " cannot start a year");
  return std::chrono::month{static_cast<unsigned>(*month)};
}

std::string year_span(const std::vector<cm::financial_year>& years) {
  if (years.empty()) return "no years";
  if (years.size() == 1) return years.front().label();
  return years.front().label() + " to " + years.back().label();
}

cm::money money_arg(py::handle value) {
  if (const auto amount = try_money(value)) return *amount;
  throw py::type_error("cannot make Money from " + repr_of(value));
}

std::vector<std::pair<py::object, py::object>> pairs_of(py::handle source, const char* what) {
  std::vector<std::pair<py::object, py::object>> pairs;
  const bool mapping = py::hasattr(source, "items") && !is_str(source);
  const py::object items = mapping ? source.attr("items")() : py::reinterpret_borrow<py::object>(source);
  for (py::handle item : py::iter(items)) {
    if (is_str(item) || !py::isinstance<py::sequence>(item) || py::len(item) != 2)
      throw py::type_error(std::string(what) + " must be a mapping or (key, amount) pairs; got the item " +
                           repr_of(item));
    const auto pair = py::reinterpret_borrow<py::sequence>(item);
    pairs.emplace_back(pair[0], pair[1]);
  }
  return pairs;
}

}  // namespace cmpy
