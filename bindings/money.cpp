// SPDX-License-Identifier: MIT
// Rounding, Rate, Money, allocate and split.
#include "common.hpp"

#include <commissioning/money/allocation.hpp>

#include <functional>
#include <span>
#include <vector>

namespace cmpy {

namespace {

py::object not_implemented() { return py::reinterpret_borrow<py::object>(Py_NotImplemented); }

/// A rate for arithmetic and comparison with a Rate: numbers only (no text), and for
/// comparison exact numbers only (no float, whose hash would disagree).
std::optional<cm::rate> operand_rate(py::handle value, bool floats) {
  if (is_bool(value) || is_str(value) || py::isinstance<cm::money>(value)) return std::nullopt;
  if (!floats && is_float(value)) return std::nullopt;
  if (is_decimal(value) && !value.attr("is_finite")().cast<bool>()) return std::nullopt;
  return try_rate(value, false);
}

std::string rate_text(const cm::rate& r) { return exact_decimal(r).value_or(r.to_string()); }

std::string rate_repr(const cm::rate& r) {
  if (auto exact = exact_decimal(r)) return "Rate('" + *exact + "')";
  return "Rate.ratio(" + numerator(r.value()).str() + ", " + denominator(r.value()).str() + ")";
}

py::object rate_numerator(const cm::rate& r) { return from_big(numerator(r.value())); }
py::object rate_denominator(const cm::rate& r) { return from_big(denominator(r.value())); }

py::object rate_as_decimal(const cm::rate& r) {
  if (auto exact = exact_decimal(r)) return make_decimal(*exact);
  const py::module_ decimal = py::module_::import("decimal");
  const py::object context = decimal.attr("Context")("prec"_a = 28, "rounding"_a = decimal.attr("ROUND_HALF_UP"));
  return context.attr("divide")(decimal_type()(rate_numerator(r)), decimal_type()(rate_denominator(r)));
}

py::object money_times(cm::money amount, py::handle factor) {
  if (py::isinstance<cm::money>(factor))
    throw py::type_error("money times money has no meaning; multiply Money by a number or a Rate");
  if (is_bool(factor) || is_str(factor)) return not_implemented();
  if (is_int(factor)) {
    if (const auto whole = to_int64(factor)) return py::cast(amount * *whole);
    if (amount.is_zero()) return py::cast(cm::money{});
    throw cm::overflow_error("money", 6, cm::to_string(amount) + " times " + str_of(factor) + " overflows");
  }
  if (const auto r = try_rate(factor, false)) return py::cast(amount.multiply(*r));
  return not_implemented();
}

bool is_zero_int(py::handle value) { return is_int(value) && to_int64(value) == 0; }

py::object money_pounds(cm::money amount) { return make_decimal(cm::format(amount, {.symbol = false, .grouping = false})); }

}  // namespace

void bind_money(public_module& m) {
  // ---------------------------------------------------------------- enums
  def_text_enums<cm::rounding, cm::money_unit, cm::negative_style>(m);

  const cm::rounding default_rounding = cm::default_rounding;

  // ---------------------------------------------------------------- Rate
  public_class<cm::rate> rate_class(m, "Rate");
  rate_class.def(py::init([](rate_like value) { return value.value; }), "value"_a)
      .def_static(
          "ratio",
          [](typed_object<int_type> num, typed_object<int_type> den) {
            return cm::rate::ratio(to_big(num.value), to_big(den.value));
          },
          "numerator"_a, "denominator"_a)
      .def_property_readonly("numerator", &rate_numerator)
      .def_property_readonly("denominator", &rate_denominator)
      .def("percent", &cm::rate::to_percent_string, "max_decimals"_a = 10)
      .def("as_decimal", &rate_as_decimal)
      .def(  // Python's int division is correctly rounded.
          "__float__", [](const cm::rate& r) { return rate_numerator(r).attr("__truediv__")(rate_denominator(r)); },
          docstring("Rate.__float__"))
      .def("__bool__", [](const cm::rate& r) { return r.value() != 0; })
      .def("__str__", &rate_text, docstring("Rate.__str__"))
      .def("__repr__", &rate_repr)
      .def("__neg__", [](const cm::rate& r) { return -r; })
      .def("__pos__", [](const cm::rate& r) { return r; })
      .def("__abs__", [](const cm::rate& r) { return r.value() < 0 ? -r : r; })
      .def("__hash__", [](const cm::rate& r) {  // the equal Fraction's, so that Rate(1) and 1 hash alike
        return py::hash(fraction_type()(rate_numerator(r), rate_denominator(r)));
      });
  def_pickle(
      rate_class, [](const cm::rate& r) { return py::make_tuple(rate_numerator(r), rate_denominator(r)); },
      [](const py::tuple& state) {
        if (state.size() != 2 || to_big(state[1]) == 0) throw std::runtime_error("invalid Rate state");
        return cm::rate::ratio(to_big(state[0]), to_big(state[1]));
      });

  // An operator with a number either way round (`reflected`: the number first); a comparison
  // takes exact numbers only (`floats` false).
  auto rate_operator = [&](const char* name, auto op, bool reflected, bool floats) {
    rate_class.def(
        name,
        [op, reflected, floats](const cm::rate& self, py::handle other) -> py::object {
          const auto r = operand_rate(other, floats);
          if (!r) return not_implemented();
          return py::cast(reflected ? op(*r, self) : op(self, *r));
        },
        py::is_operator());
  };
  auto rate_arithmetic = [&](const char* name, const char* reflected_name, auto op) {
    for (const bool reflected : {false, true}) rate_operator(reflected ? reflected_name : name, op, reflected, true);
  };
  rate_arithmetic("__add__", "__radd__", std::plus<>{});
  rate_arithmetic("__sub__", "__rsub__", std::minus<>{});
  rate_arithmetic("__mul__", "__rmul__", std::multiplies<>{});
  rate_arithmetic("__truediv__", "__rtruediv__", std::divides<>{});
  rate_operator("__eq__", std::equal_to<>{}, false, false);
  rate_operator("__ne__", std::not_equal_to<>{}, false, false);
  rate_operator("__lt__", std::less<>{}, false, false);
  rate_operator("__le__", std::less_equal<>{}, false, false);
  rate_operator("__gt__", std::greater<>{}, false, false);
  rate_operator("__ge__", std::greater_equal<>{}, false, false);

  // ---------------------------------------------------------------- Money
  public_class<cm::money> money_class(m, "Money");
  money_class.def(py::init([](money_like value) { return value.value; }), "value"_a = 0)
      .def_static(
          "from_pence",
          [](typed_object<int_type> pence) {
            const auto count = to_int64(pence.value);
            if (!count)
              throw cm::overflow_error("money", 5, str_of(pence.value) + " pence does not fit in 64-bit pence");
            return cm::money::from_pence(*count);
          },
          "pence"_a)
      .def_static("parse", &cm::money::parse, "text"_a)
      .def_static(
          "from_decimal",
          [](typed_object<pounds_type> pounds, cm::rounding mode) {
            if (is_int(pounds.value)) return money_arg(pounds.value);
            if (!pounds.value.attr("is_finite")().cast<bool>()) throw not_finite(pounds.value);
            return money_from_pounds(decimal_parts(pounds.value), mode);
          },
          "amount"_a, rounding_arg())
      .def_property_readonly("pence", &cm::money::pence)
      .def_property_readonly("pounds", &money_pounds)
      .def(
          "format",
          [](cm::money self, cm::money_unit unit, std::optional<int> decimals, cm::negative_style negative, bool symbol,
             bool grouping, cm::rounding mode) {
            return cm::format(self, {unit, decimals ? cm::display_decimals(*decimals) : -1, negative, symbol, grouping, mode});
          },
          py::arg_v("unit", cm::money_unit::pounds_and_pence, "MoneyUnit.POUNDS_AND_PENCE"), py::kw_only(),
          "decimals"_a = py::none(), py::arg_v("negative", cm::negative_style::minus, "NegativeStyle.MINUS"),
          "symbol"_a = true, "grouping"_a = true, rounding_arg())
      .def("multiply", as_python<&cm::money::multiply>, "factor"_a, rounding_arg())
      .def(
          "divide",
          [](cm::money self, rate_like divisor, cm::rounding mode) { return self.divide(divisor.value, mode); },
          "divisor"_a, rounding_arg())
      .def("ratio_to", &cm::money::ratio_to, "whole"_a)
      .def("__str__", [](cm::money self) { return cm::to_string(self); })
      .def("__repr__", &money_repr)
      .def("__bool__", [](cm::money self) { return !self.is_zero(); })
      .def("__hash__", [](cm::money self) { return py::hash(py::int_(self.pence())); })
      .def("__neg__", [](cm::money self) { return -self; })
      .def("__pos__", [](cm::money self) { return self; })
      .def("__abs__", [](cm::money self) { return self.is_negative() ? -self : self; })
      .def("__mul__", &money_times, py::is_operator())
      .def("__rmul__", &money_times, py::is_operator());
  // Money plus or minus Money, and plus or minus the int 0 either way round (so that sum() works).
  auto money_sum = [&](const char* name, const char* reflected_name, bool minus) {
    for (const bool reflected : {false, true})
      money_class.def(
          reflected ? reflected_name : name,
          [minus, reflected](cm::money self, py::handle other) -> py::object {
            if (is_zero_int(other)) return py::cast(reflected && minus ? -self : self);
            if (reflected || !py::isinstance<cm::money>(other)) return not_implemented();
            return py::cast(minus ? self - other.cast<cm::money>() : self + other.cast<cm::money>());
          },
          py::is_operator());
  };
  money_sum("__add__", "__radd__", false);
  money_sum("__sub__", "__rsub__", true);
  def_pickle(
      def_comparisons(money_class), [](cm::money self) { return py::make_tuple(self.pence()); },
      [](const py::tuple& state) {
        if (state.size() != 1) throw std::runtime_error("invalid Money state");
        return cm::money::from_pence(state[0].cast<std::int64_t>());
      });

  // ---------------------------------------------------------------- allocation
  m.def(
      "allocate",
      [](money_like total, typed_object<weights_type> weights) {
        const py::list items(weights.value);
        std::vector<std::int64_t> whole;  // ints as they are, while every weight is one
        for (py::handle weight : items) {
          const auto value = is_int(weight) ? to_int64(weight) : std::nullopt;
          if (!value) break;
          whole.push_back(*value);
        }
        if (whole.size() == items.size()) return cm::allocate(total.value, std::span<const std::int64_t>(whole));
        std::vector<cm::rate> exact;
        for (py::handle weight : items) {
          const auto value = try_rate(weight);
          if (!value)
            throw py::type_error("weight " + std::to_string(exact.size()) + " is " + repr_of(weight) +
                                 "; weights are ints, Decimals, floats, Fractions, Rates or numeric text");
          exact.push_back(*value);
        }
        return cm::allocate(total.value, std::span<const cm::rate>(exact));
      },
      "total"_a, "weights"_a);

  m.def(
      "split",
      [](money_like total, typed_object<int_type> parts) {
        const auto count = to_int64(parts.value);
        if (!count && parts.value > py::int_(0)) throw cm::too_many_parts(integer_text(parts.value));
        if (!count || *count < 0)
          throw cm::invalid_input("allocation", 1, "cannot split money into " + str_of(parts.value) + " parts");
        return cm::split(total.value, static_cast<std::size_t>(*count));
      },
      "total"_a, "parts"_a);
}

}  // namespace cmpy
