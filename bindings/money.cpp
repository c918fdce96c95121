// SPDX-License-Identifier: MIT
// Rounding, Rate, Money, allocate and split.
#include "common.hpp"

#include <commissioning/money/allocation.hpp>


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

std::string rate_text(const cm::rate& r) {
  if (auto exact = exact_decimal(r)) return *exact;
  return r.to_string();
}

std::string rate_repr(const cm::rate& r) {
  if (auto exact = exact_decimal(r)) return "Rate('" + *exact + "')";
  return "Rate.ratio(" + numerator(r.value()).str() + ", " + denominator(r.value()).str() + ")";
}

py::object rate_as_decimal(const cm::rate& r) {
  if (auto exact = exact_decimal(r)) return make_decimal(*exact);
  const py::module_ decimal = py::module_::import("decimal");
  const py::object context = decimal.attr("Context")(py::arg("prec") = 28,
                                                     py::arg("rounding") = decimal.attr("ROUND_HALF_UP"));
  return context.attr("divide")(decimal_type()(from_big(numerator(r.value()))),
                                decimal_type()(from_big(denominator(r.value()))));
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

py::object money_pounds(cm::money amount) {
  cm::money_format plain;
  plain.symbol = false;
  plain.grouping = false;
  return make_decimal(cm::format(amount, plain));
}

}  // namespace

void bind_money(py::module_& m) {
  // ---------------------------------------------------------------- enums
  def_text_enum<cm::rounding>(m, docstring("Rounding"));

  def_text_enum<cm::money_unit>(m, docstring("MoneyUnit"));

  def_text_enum<cm::negative_style>(m, docstring("NegativeStyle"));


  const cm::rounding default_rounding = cm::default_rounding;

  // ---------------------------------------------------------------- Rate
  py::class_<cm::rate> rate_class(m, "Rate", py::is_final(), docstring("Rate"));
  set_public_module(rate_class);
  rate_class
      .def(py::init([](rate_like value) { return value.value; }), py::arg("value"),
           docstring("Rate.__init__"))
      .def_static(
          "ratio",
          [](typed_object<int_type> num, typed_object<int_type> den) {
            const cm::big_integer d = to_big(den.value);
            if (d == 0) return cm::rate::ratio(1, 0);  // raises the library's error
            return cm::rate(cm::big_rational(to_big(num.value)) / cm::big_rational(d));
          },
          py::arg("numerator"), py::arg("denominator"), docstring("Rate.ratio"))
      .def_property_readonly(
          "numerator", [](const cm::rate& r) { return from_big(numerator(r.value())); },
          docstring("Rate.numerator"))
      .def_property_readonly(
          "denominator", [](const cm::rate& r) { return from_big(denominator(r.value())); },
          docstring("Rate.denominator"))
      .def("percent", &cm::rate::to_percent_string, py::arg("max_decimals") = 10, docstring("Rate.percent"))
      .def("as_decimal", &rate_as_decimal, docstring("Rate.as_decimal"))
      .def(
          "__float__",
          [](const cm::rate& r) {
            // Python's int division is correctly rounded.
            return from_big(numerator(r.value())).attr("__truediv__")(from_big(denominator(r.value())));
          },
          docstring("Rate.__float__"))
      .def("__bool__", [](const cm::rate& r) { return r.value() != 0; })
      .def("__str__", &rate_text, docstring("Rate.__str__"))
      .def("__repr__", &rate_repr)
      .def("__neg__", [](const cm::rate& r) { return -r; })
      .def("__pos__", [](const cm::rate& r) { return r; })
      .def("__abs__", [](const cm::rate& r) { return r.value() < 0 ? -r : r; })
      .def("__hash__",
           [](const cm::rate& r) {
             // The hash of the equal Fraction, so that Rate(1) and 1 hash alike as they compare equal.
             return py::hash(fraction_type()(from_big(numerator(r.value())), from_big(denominator(r.value()))));
           });
  def_pickle(rate_class, [](const cm::rate& r) {
            return py::make_tuple(from_big(numerator(r.value())), from_big(denominator(r.value())));
          },
          [](const py::tuple& state) {
            if (state.size() != 2) throw std::runtime_error("invalid Rate state");
            const cm::big_integer den = to_big(state[1]);
            if (den == 0) throw std::runtime_error("invalid Rate state");
            return cm::rate(cm::big_rational(to_big(state[0])) / cm::big_rational(den));
          });

  auto rate_operator = [&](const char* name, auto op, bool reflected) {
    rate_class.def(
        name,
        [op, reflected](const cm::rate& self, py::handle other) -> py::object {
          const auto r = operand_rate(other, true);
          if (!r) return not_implemented();
          return py::cast(reflected ? op(*r, self) : op(self, *r));
        },
        py::is_operator());
  };
  rate_operator("__add__", [](const cm::rate& a, const cm::rate& b) { return a + b; }, false);
  rate_operator("__radd__", [](const cm::rate& a, const cm::rate& b) { return a + b; }, true);
  rate_operator("__sub__", [](const cm::rate& a, const cm::rate& b) { return a - b; }, false);
  rate_operator("__rsub__", [](const cm::rate& a, const cm::rate& b) { return a - b; }, true);
  rate_operator("__mul__", [](const cm::rate& a, const cm::rate& b) { return a * b; }, false);
  rate_operator("__rmul__", [](const cm::rate& a, const cm::rate& b) { return a * b; }, true);
  rate_operator("__truediv__", [](const cm::rate& a, const cm::rate& b) { return a / b; }, false);
  rate_operator("__rtruediv__", [](const cm::rate& a, const cm::rate& b) { return a / b; }, true);

  auto rate_comparison = [&](const char* name, auto compare) {
    rate_class.def(
        name,
        [compare](const cm::rate& self, py::handle other) -> py::object {
          const auto r = operand_rate(other, false);
          if (!r) return not_implemented();
          return py::bool_(compare(self, *r));
        },
        py::is_operator());
  };
  rate_comparison("__eq__", [](const cm::rate& a, const cm::rate& b) { return a == b; });
  rate_comparison("__ne__", [](const cm::rate& a, const cm::rate& b) { return a != b; });
  rate_comparison("__lt__", [](const cm::rate& a, const cm::rate& b) { return a < b; });
  rate_comparison("__le__", [](const cm::rate& a, const cm::rate& b) { return a <= b; });
  rate_comparison("__gt__", [](const cm::rate& a, const cm::rate& b) { return a > b; });
  rate_comparison("__ge__", [](const cm::rate& a, const cm::rate& b) { return a >= b; });

  // ---------------------------------------------------------------- Money
  py::class_<cm::money> money_class(m, "Money", py::is_final(), docstring("Money"));
  set_public_module(money_class);
  money_class
      .def(py::init([](money_like value) { return value.value; }), py::arg("value") = 0,
           docstring("Money.__init__"))
      .def_static(
          "from_pence",
          [](typed_object<int_type> pence) {
            const auto count = to_int64(pence.value);
            if (!count)
              throw cm::overflow_error("money", 5, str_of(pence.value) + " pence does not fit in 64-bit pence");
            return cm::money::from_pence(*count);
          },
          py::arg("pence"), docstring("Money.from_pence"))
      .def_static("parse", &cm::money::parse, py::arg("text"), docstring("Money.parse"))
      .def_static(
          "from_decimal",
          [](typed_object<pounds_type> pounds, cm::rounding mode) {
            const py::object& amount = pounds.value;
            if (is_int(amount)) return try_money(amount).value();
            if (!amount.attr("is_finite")().cast<bool>()) throw not_finite(amount);
            return money_from_pounds(decimal_parts(amount), mode);
          },
          py::arg("amount"), py::arg_v("rounding", default_rounding, "Rounding.HALF_AWAY_FROM_ZERO"), docstring("Money.from_decimal"))
      .def_property_readonly("pence", &cm::money::pence, docstring("Money.pence"))
      .def_property_readonly("pounds", &money_pounds, docstring("Money.pounds"))
      .def(
          "format",
          [](cm::money self, cm::money_unit unit, std::optional<int> decimals,
             cm::negative_style negative, bool symbol, bool grouping, cm::rounding mode) {
            cm::money_format style;
            style.unit = unit;
            if (decimals) style.decimals = cm::display_decimals(*decimals);
            style.negative = negative;
            style.symbol = symbol;
            style.grouping = grouping;
            style.display_rounding = mode;
            return cm::format(self, style);
          },
          py::arg_v("unit", cm::money_unit::pounds_and_pence, "MoneyUnit.POUNDS_AND_PENCE"),
          py::kw_only(), py::arg("decimals") = py::none(),
          py::arg_v("negative", cm::negative_style::minus, "NegativeStyle.MINUS"),
          py::arg("symbol") = true, py::arg("grouping") = true,
          py::arg_v("rounding", default_rounding, "Rounding.HALF_AWAY_FROM_ZERO"), docstring("Money.format"))
      .def("multiply",
           [](cm::money self, rate_like factor, cm::rounding mode) {
             return self.multiply(factor.value, mode);
           },
           py::arg("factor"), py::arg_v("rounding", default_rounding, "Rounding.HALF_AWAY_FROM_ZERO"), docstring("Money.multiply"))
      .def("divide",
           [](cm::money self, rate_like divisor, cm::rounding mode) {
             return self.divide(divisor.value, mode);
           },
           py::arg("divisor"), py::arg_v("rounding", default_rounding, "Rounding.HALF_AWAY_FROM_ZERO"), docstring("Money.divide"))
      .def("ratio_to", &cm::money::ratio_to, py::arg("whole"), docstring("Money.ratio_to"))
      .def("__str__", [](cm::money self) { return cm::to_string(self); })
      .def("__repr__", [](cm::money self) { return "Money('" + cm::to_string(self) + "')"; })
      .def("__bool__", [](cm::money self) { return !self.is_zero(); })
      .def("__hash__", [](cm::money self) { return py::hash(py::int_(self.pence())); })
      .def("__neg__", [](cm::money self) { return -self; })
      .def("__pos__", [](cm::money self) { return self; })
      .def("__abs__", [](cm::money self) { return self.is_negative() ? -self : self; })
      .def(
          "__add__",
          [](cm::money self, py::handle other) -> py::object {
            if (py::isinstance<cm::money>(other)) return py::cast(self + other.cast<cm::money>());
            if (is_zero_int(other)) return py::cast(self);  // so that sum() works
            return not_implemented();
          },
          py::is_operator())
      .def(
          "__radd__",
          [](cm::money self, py::handle other) -> py::object {
            if (is_zero_int(other)) return py::cast(self);
            return not_implemented();
          },
          py::is_operator())
      .def(
          "__sub__",
          [](cm::money self, py::handle other) -> py::object {
            if (py::isinstance<cm::money>(other)) return py::cast(self - other.cast<cm::money>());
            if (is_zero_int(other)) return py::cast(self);
            return not_implemented();
          },
          py::is_operator())
      .def(
          "__rsub__",
          [](cm::money self, py::handle other) -> py::object {
            if (is_zero_int(other)) return py::cast(-self);
            return not_implemented();
          },
          py::is_operator())
      .def("__mul__", &money_times, py::is_operator())
      .def("__rmul__", &money_times, py::is_operator())
      .def("__eq__", [](cm::money a, cm::money b) { return a == b; }, py::is_operator())
      .def("__ne__", [](cm::money a, cm::money b) { return a != b; }, py::is_operator())
      .def("__lt__", [](cm::money a, cm::money b) { return a < b; }, py::is_operator())
      .def("__le__", [](cm::money a, cm::money b) { return a <= b; }, py::is_operator())
      .def("__gt__", [](cm::money a, cm::money b) { return a > b; }, py::is_operator())
      .def("__ge__", [](cm::money a, cm::money b) { return a >= b; }, py::is_operator());
  def_pickle(money_class, [](cm::money self) { return py::make_tuple(self.pence()); },
                      [](const py::tuple& state) {
                        if (state.size() != 1) throw std::runtime_error("invalid Money state");
                        return cm::money::from_pence(state[0].cast<std::int64_t>());
                      });

  // ---------------------------------------------------------------- allocation
  m.def(
      "allocate",
      [](money_like total, typed_object<weights_type> weights) {
        std::vector<py::object> items;
        for (py::handle weight : py::iter(weights.value))
          items.push_back(py::reinterpret_borrow<py::object>(weight));
        std::vector<std::int64_t> whole;
        whole.reserve(items.size());
        for (const py::object& weight : items) {
          const auto value = is_int(weight) ? to_int64(weight) : std::nullopt;
          if (!value) break;
          whole.push_back(*value);
        }
        if (whole.size() == items.size())
          return cm::allocate(total.value, std::span<const std::int64_t>(whole));
        std::vector<cm::rate> exact;
        exact.reserve(items.size());
        for (std::size_t i = 0; i < items.size(); ++i) {
          const auto value = try_rate(items[i]);
          if (!value)
            throw py::type_error("weight " + std::to_string(i) + " is " + repr_of(items[i]) +
                                 "; weights are ints, Decimals, floats, Fractions, Rates or numeric text");
          exact.push_back(*value);
        }
        return cm::allocate(total.value, std::span<const cm::rate>(exact));
      },
      py::arg("total"), py::arg("weights"), docstring("allocate"));

  m.def(
      "split",
      [](money_like total, typed_object<int_type> parts) {
        const auto count = to_int64(parts.value);
        if (!count && parts.value > py::int_(0)) throw cm::too_many_parts(integer_text(parts.value));
        if (!count || *count < 0)
          throw cm::invalid_input("allocation", 1, "cannot split money into " + str_of(parts.value) + " parts");
        return cm::split(total.value, static_cast<std::size_t>(*count));
      },
      py::arg("total"), py::arg("parts"), docstring("split"));
}

}  // namespace cmpy
