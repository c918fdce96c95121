// SPDX-License-Identifier: MIT
// Dates, financial years, periods and apportionment.
#include "common.hpp"

#include <commissioning/calendar/apportionment.hpp>
#include <commissioning/calendar/date.hpp>
#include <commissioning/calendar/financial_year.hpp>
#include <commissioning/calendar/period.hpp>


#include <climits>
#include <vector>

namespace cmpy {

namespace {

std::int64_t day_number(cm::date d) {
  return static_cast<std::int64_t>(std::chrono::sys_days(d).time_since_epoch().count());
}

std::string financial_year_repr(const cm::financial_year& fy) {
  std::string text = "FinancialYear('" + fy.label() + "'";
  if (fy.start_month() != cm::april)
    text += ", start_month=" + std::to_string(static_cast<unsigned>(fy.start_month()));
  return text + ")";
}

std::string period_repr(const cm::period& p) {
  return "Period('" + cm::to_iso(p.first()) + "', '" + cm::to_iso(p.last()) + "')";
}

std::string part_repr(const cm::apportioned_amount& part) {
  return "ApportionedAmount(year=" + financial_year_repr(part.year) + ", period=" + period_repr(part.part) +
         ", amount=Money('" + cm::to_string(part.amount) + "'))";
}

typed_object<year_parts_type> financial_year_parts(const cm::period& whole, std::chrono::month start_month) {
  py::list parts;
  for (const auto& piece : cm::split_by_financial_year(whole, start_month))
    parts.append(types_attr("FinancialYearPart")(piece.year, piece.part));
  return {parts};
}

bool same(const cm::apportionment& a, const cm::apportionment& b) {
  return a.total == b.total && a.over == b.over && a.rule == b.rule && a.parts == b.parts;
}

/// "apportioned by equal monthly instalments, ...", "apportioned by days".
std::string apportioned_by(cm::apportion_rule rule) {
  const std::string description(cm::to_string(rule));
  return description.starts_with("by ") ? "apportioned " + description : "apportioned by " + description;
}

std::string apportionment_text(const cm::apportionment& a) {
  std::string text = cm::to_string(a.total) + " over " + a.over.to_string() + ", " + apportioned_by(a.rule) + ":";
  for (const auto& part : a.parts)
    text += "\n  " + part.year.label() + " (" + part.part.to_string() + "): " + cm::to_string(part.amount);
  return text;
}

}  // namespace

void bind_calendar(py::module_& m) {
  // ---------------------------------------------------------------- dates
  m.def("parse_date", &cm::parse_date, py::arg("text"), docstring("parse_date"));
  m.def("add_months", &cm::add_months, py::arg("day"), py::arg("months"), docstring("add_months"));
  m.def("add_years", &cm::add_years, py::arg("day"), py::arg("years"), docstring("add_years"));
  m.def("to_long_string", &cm::to_long_string, py::arg("day"), docstring("to_long_string"));

  // ---------------------------------------------------------------- FinancialYear
  py::class_<cm::financial_year> fy_class(m, "FinancialYear", py::is_final(), docstring("FinancialYear"));
  set_public_module(fy_class);
  fy_class
      .def(py::init([](typed_object<year_or_label_type> year_or_label, std::chrono::month start_month) {
             const py::object& start_year = year_or_label.value;
             if (is_str(start_year)) return cm::financial_year::parse(start_year.cast<std::string>(), start_month);
             const auto year = to_int64(start_year);
             if (!year || *year < INT_MIN + 1 || *year > INT_MAX - 1)
               throw cm::out_of_range_error("date", 3,
                                            "year " + str_of(start_year) +
                                                " is outside the supported range 1000-9999 (financial year)");
             return cm::financial_year(static_cast<int>(*year), start_month);
           }),
           py::arg("start_year"), py::arg("start_month") = cm::april,
           docstring("FinancialYear.__init__"))
      .def_static("of", &cm::financial_year::of, py::arg("day"), py::arg("start_month") = cm::april, docstring("FinancialYear.of"))
      .def_static("parse", &cm::financial_year::parse, py::arg("label"), py::arg("start_month") = cm::april,
                  docstring("FinancialYear.parse"))
      .def_property_readonly("label", &cm::financial_year::label, docstring("FinancialYear.label"))
      .def_property_readonly("start_year", &cm::financial_year::start_year,
                             docstring("FinancialYear.start_year"))
      .def_property_readonly("start_month", &cm::financial_year::start_month,
                             docstring("FinancialYear.start_month"))
      .def_property_readonly("first_day", &cm::financial_year::first_day, docstring("FinancialYear.first_day"))
      .def_property_readonly("last_day", &cm::financial_year::last_day, docstring("FinancialYear.last_day"))
      .def_property_readonly("period", &cm::financial_year::as_period, docstring("FinancialYear.period"))
      .def("next", &cm::financial_year::next, docstring("FinancialYear.next"))
      .def("previous", &cm::financial_year::previous, docstring("FinancialYear.previous"))
      .def("contains", &cm::financial_year::contains, py::arg("day"), docstring("FinancialYear.contains"))
      .def("__contains__", &cm::financial_year::contains, py::arg("day"))
      .def("__str__", &cm::financial_year::label)
      .def("__repr__", &financial_year_repr)
      .def("__hash__",
           [](const cm::financial_year& fy) {
             return py::hash(py::make_tuple(fy.start_year(), static_cast<unsigned>(fy.start_month())));
           })
      .def("__eq__", [](const cm::financial_year& a, const cm::financial_year& b) { return a == b; },
           py::is_operator())
      .def("__ne__", [](const cm::financial_year& a, const cm::financial_year& b) { return a != b; },
           py::is_operator())
      .def("__lt__", [](const cm::financial_year& a, const cm::financial_year& b) { return a < b; },
           py::is_operator())
      .def("__le__", [](const cm::financial_year& a, const cm::financial_year& b) { return a <= b; },
           py::is_operator())
      .def("__gt__", [](const cm::financial_year& a, const cm::financial_year& b) { return a > b; },
           py::is_operator())
      .def("__ge__", [](const cm::financial_year& a, const cm::financial_year& b) { return a >= b; },
           py::is_operator());
  def_pickle(fy_class, [](const cm::financial_year& fy) { return py::make_tuple(fy.start_year(), fy.start_month()); },
          [](const py::tuple& state) {
            if (state.size() != 2) throw std::runtime_error("invalid FinancialYear state");
            return cm::financial_year(state[0].cast<int>(), state[1].cast<std::chrono::month>());
          });

  m.def("financial_years", &cm::financial_years, py::arg("first"), py::arg("last"), docstring("financial_years"));

  // ---------------------------------------------------------------- Period
  py::class_<cm::period> period_class(m, "Period", py::is_final(), docstring("Period"));
  set_public_module(period_class);
  period_class
      .def(py::init<cm::date, cm::date>(), py::arg("first"), py::arg("last"), docstring("Period.__init__"))
      .def_static("of_months", &cm::period::of_months, py::arg("first"), py::arg("months"), docstring("Period.of_months"))
      .def_static("of_years", &cm::period::of_years, py::arg("first"), py::arg("years"), docstring("Period.of_years"))
      .def_property_readonly("first", &cm::period::first, docstring("Period.first"))
      .def_property_readonly("last", &cm::period::last, docstring("Period.last"))
      .def_property_readonly("days", &cm::period::days, docstring("Period.days"))
      .def(
          "length",
          [](const cm::period& p) {
            const cm::months_and_days length = p.length();
            return typed_object<months_and_days_type>{
                types_attr("MonthsAndDays")(length.months, length.days)};
          },
          docstring("Period.length"))
      .def("intersection", &cm::period::intersection, py::arg("other"), docstring("Period.intersection"))
      .def("contains", &cm::period::contains, py::arg("day"), docstring("Period.contains"))
      .def("__contains__", &cm::period::contains, py::arg("day"))
      .def("split_by_financial_year", &financial_year_parts, py::arg("start_month") = cm::april, docstring("Period.split_by_financial_year"))
      .def("__str__", &cm::period::to_string)
      .def("__repr__", &period_repr)
      .def("__hash__",
           [](const cm::period& p) { return py::hash(py::make_tuple(day_number(p.first()), day_number(p.last()))); })
      .def("__eq__", [](const cm::period& a, const cm::period& b) { return a == b; }, py::is_operator())
      .def("__ne__", [](const cm::period& a, const cm::period& b) { return !(a == b); }, py::is_operator());
  def_pickle(period_class, [](const cm::period& p) { return py::make_tuple(p.first(), p.last()); },
                      [](const py::tuple& state) {
                        if (state.size() != 2) throw std::runtime_error("invalid Period state");
                        return cm::period(state[0].cast<cm::date>(), state[1].cast<cm::date>());
                      });

  // ---------------------------------------------------------------- apportionment
  def_text_enum<cm::apportion_rule>(m, docstring("ApportionRule"));

  py::class_<cm::apportioned_amount> part_class(m, "ApportionedAmount", py::is_final(), docstring("ApportionedAmount"));
  set_public_module(part_class);
  part_class
      .def_property_readonly("year", [](const cm::apportioned_amount& p) { return p.year; }, docstring("ApportionedAmount.year"))
      .def_property_readonly("period", [](const cm::apportioned_amount& p) { return p.part; },
                             docstring("ApportionedAmount.period"))
      .def_property_readonly("amount", [](const cm::apportioned_amount& p) { return p.amount; }, docstring("ApportionedAmount.amount"))
      .def("__repr__", &part_repr)
      .def("__hash__",
           [](const cm::apportioned_amount& p) {
             return py::hash(py::make_tuple(p.year.start_year(), day_number(p.part.first()),
                                            day_number(p.part.last()), p.amount.pence()));
           })
      .def("__eq__", [](const cm::apportioned_amount& a, const cm::apportioned_amount& b) { return a == b; },
           py::is_operator())
      .def("__ne__", [](const cm::apportioned_amount& a, const cm::apportioned_amount& b) { return !(a == b); },
           py::is_operator());
  def_pickle(part_class, [](const cm::apportioned_amount& p) { return py::make_tuple(p.year, p.part, p.amount); },
          [](const py::tuple& state) {
            if (state.size() != 3) throw std::runtime_error("invalid ApportionedAmount state");
            return cm::apportioned_amount{state[0].cast<cm::financial_year>(), state[1].cast<cm::period>(),
                                          state[2].cast<cm::money>()};
          });

  py::class_<cm::apportionment> result_class(m, "Apportionment", py::is_final(), docstring("Apportionment"));
  set_public_module(result_class);
  result_class
      .def_property_readonly("total", [](const cm::apportionment& a) { return a.total; }, docstring("Apportionment.total"))
      .def_property_readonly("period", [](const cm::apportionment& a) { return a.over; }, docstring("Apportionment.period"))
      .def_property_readonly("rule", [](const cm::apportionment& a) { return a.rule; }, docstring("Apportionment.rule"))
      .def_property_readonly(
          "rule_description", [](const cm::apportionment& a) { return std::string(cm::to_string(a.rule)); },
          docstring("Apportionment.rule_description"))
      .def_property_readonly("parts", [](const cm::apportionment& a) { return a.parts; },
                             docstring("Apportionment.parts"))
      .def("__len__", [](const cm::apportionment& a) { return a.parts.size(); })
      .def("__iter__", [](const cm::apportionment& a) { return py::iter(py::cast(a.parts)); })
      .def("__getitem__",
           [](const cm::apportionment& a, py::handle index) -> py::object {
             const py::object parts = py::cast(a.parts);
             return parts[index];  // list indexing: negative indices and slices too
           })
      .def("__str__", &apportionment_text)
      .def("__repr__",
           [](const cm::apportionment& a) {
             return "<Apportionment of " + cm::to_string(a.total) + " over " + a.over.to_string() + ", " +
                    apportioned_by(a.rule) + ": " + std::to_string(a.parts.size()) + " parts>";
           })
      .def("__eq__", &same, py::is_operator())
      .def("__ne__", [](const cm::apportionment& a, const cm::apportionment& b) { return !same(a, b); },
           py::is_operator())
      .def(
          "to_pandas",
          [](const cm::apportionment& self) {
            return typed_object<data_frame_type>{
                python_module("commissioning._display").attr("apportionment_to_pandas")(py::cast(self))};
          },
          docstring("Apportionment.to_pandas"));
  def_pickle(result_class, [](const cm::apportionment& a) { return py::make_tuple(a.total, a.over, a.rule, a.parts); },
          [](const py::tuple& state) {
            if (state.size() != 4) throw std::runtime_error("invalid Apportionment state");
            return cm::apportionment{state[0].cast<cm::money>(), state[1].cast<cm::period>(),
                                     state[2].cast<cm::apportion_rule>(),
                                     state[3].cast<std::vector<cm::apportioned_amount>>()};
          });
  def_html(result_class, "apportionment_html", docstring("Apportionment._repr_html_"));

  m.def(
      "apportion",
      [](money_like amount, const cm::period& over, cm::apportion_rule rule, std::chrono::month start_month) {
        return cm::apportion(amount.value, over, rule, start_month);
      },
      py::arg("amount"), py::arg("period"),
      py::arg_v("rule", cm::apportion_rule::monthly, "ApportionRule.MONTHLY"),
      py::arg("start_month") = cm::april, docstring("apportion"));
}

}  // namespace cmpy
