// SPDX-License-Identifier: MIT
// Dates, financial years, periods and apportionment.
#include "common.hpp"

#include <commissioning/calendar/apportionment.hpp>
#include <commissioning/calendar/date.hpp>
#include <commissioning/calendar/financial_year.hpp>
#include <commissioning/calendar/period.hpp>

#include <climits>

namespace cmpy {

CMPY_FIELDS(cm::months_and_days, months, days);
CMPY_FIELDS(cm::financial_year_part, year, part);

namespace {

std::int64_t day_number(cm::date d) { return std::chrono::sys_days(d).time_since_epoch().count(); }

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
         ", amount=" + money_repr(part.amount) + ")";
}

}  // namespace

void bind_calendar(public_module& m) {
  // ---------------------------------------------------------------- dates
  m.def("parse_date", &cm::parse_date, "text"_a);
  m.def("add_months", &cm::add_months, "day"_a, "months"_a);
  m.def("add_years", &cm::add_years, "day"_a, "years"_a);
  m.def("to_long_string", &cm::to_long_string, "day"_a);

  // ---------------------------------------------------------------- FinancialYear
  public_class<cm::financial_year> fy_class(m, "FinancialYear");
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
           "start_year"_a, "start_month"_a = cm::april)
      .def_static("of", &cm::financial_year::of, "day"_a, "start_month"_a = cm::april)
      .def_static("parse", &cm::financial_year::parse, "label"_a, "start_month"_a = cm::april)
      .def_property_readonly("label", &cm::financial_year::label)
      .def_property_readonly("start_year", &cm::financial_year::start_year)
      .def_property_readonly("start_month", &cm::financial_year::start_month)
      .def_property_readonly("first_day", &cm::financial_year::first_day)
      .def_property_readonly("last_day", &cm::financial_year::last_day)
      .def_property_readonly("period", &cm::financial_year::as_period)
      .def("next", &cm::financial_year::next)
      .def("previous", &cm::financial_year::previous)
      .def("contains", &cm::financial_year::contains, "day"_a)
      .def("__contains__", &cm::financial_year::contains, "day"_a)
      .def("__str__", &cm::financial_year::label)
      .def("__repr__", &financial_year_repr)
      .def("__hash__",
           [](const cm::financial_year& fy) { return py::hash(py::make_tuple(fy.start_year(), fy.start_month())); });
  def_parts_pickle(def_comparisons(fy_class), &cm::financial_year::start_year, &cm::financial_year::start_month);

  m.def("financial_years", &cm::financial_years, "first"_a, "last"_a);

  // ---------------------------------------------------------------- Period
  public_class<cm::period> period_class(m, "Period");
  period_class.def(py::init<cm::date, cm::date>(), "first"_a, "last"_a)
      .def_static("of_months", &cm::period::of_months, "first"_a, "months"_a)
      .def_static("of_years", &cm::period::of_years, "first"_a, "years"_a)
      .def_property_readonly("first", &cm::period::first)
      .def_property_readonly("last", &cm::period::last)
      .def_property_readonly("days", &cm::period::days)
      .def("length", [](const cm::period& p) { return named_tuple<"MonthsAndDays">(p.length()); })
      .def("intersection", &cm::period::intersection, "other"_a)
      .def("contains", &cm::period::contains, "day"_a)
      .def("__contains__", &cm::period::contains, "day"_a)
      .def(
          "split_by_financial_year",
          [](const cm::period& p, std::chrono::month start_month) {
            return named_tuples<"FinancialYearPart">(cm::split_by_financial_year(p, start_month));
          },
          "start_month"_a = cm::april)
      .def("__str__", &cm::period::to_string)
      .def("__repr__", &period_repr)
      .def("__hash__",
           [](const cm::period& p) { return py::hash(py::make_tuple(day_number(p.first()), day_number(p.last()))); });
  def_parts_pickle(def_equality(period_class), &cm::period::first, &cm::period::last);

  // ---------------------------------------------------------------- apportionment
  def_text_enum<cm::apportion_rule>(m);

  public_class<cm::apportioned_amount> part_class(m, "ApportionedAmount");
  using part_type = cm::apportioned_amount;
  def_properties(part_class, CMPY_PROPERTIES(part_type, year, amount), property{"period", &part_type::part});
  part_class.def("__repr__", &part_repr).def("__hash__", [](const part_type& p) {
    return py::hash(py::make_tuple(p.year.start_year(), day_number(p.part.first()), day_number(p.part.last()), p.amount.pence()));
  });
  def_parts_pickle(def_equality(part_class), &part_type::year, &part_type::part, &part_type::amount);

  public_class<cm::apportionment> result_class(m, "Apportionment");
  using result_type = cm::apportionment;
  def_properties(result_class, CMPY_PROPERTIES(result_type, total, rule, parts), property{"period", &result_type::over},
                 property{"rule_description", [](const result_type& a) { return std::string(cm::to_string(a.rule)); }});
  def_sequence(result_class, &result_type::parts)
      .def("__str__", [](const result_type& a) { return cm::to_string(a); })
      .def("__repr__", [](const result_type& a) {
        return "<Apportionment of " + cm::to_string(a.total) + " over " + a.over.to_string() + ", " +
               cm::apportioned_by(a.rule) + ": " + std::to_string(a.parts.size()) + " parts>";
      });
  def_python_view<named_object<"pandas.DataFrame">>(result_class, "to_pandas", "commissioning._display",
                                                 "apportionment_to_pandas");
  def_parts_pickle(def_equality(result_class), &result_type::total, &result_type::over, &result_type::rule, &result_type::parts);
  def_html(result_class, "apportionment_html");

  m.def("apportion", as_python<&cm::apportion>, "amount"_a, "period"_a,
        py::arg_v("rule", cm::apportion_rule::monthly, "ApportionRule.MONTHLY"), "start_month"_a = cm::april);
}

}  // namespace cmpy
