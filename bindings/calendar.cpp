// SPDX-License-Identifier: MIT
// Dates, financial years, periods and apportionment.
#include "common.hpp"

#include <commissioning/calendar/apportionment.hpp>
#include <commissioning/calendar/date.hpp>
#include <commissioning/calendar/financial_year.hpp>
#include <commissioning/calendar/period.hpp>

#include <climits>

namespace cmpy {

CMPY_FIELDS(cm::months_and_days, &T::months, &T::days);
CMPY_FIELDS(cm::financial_year_part, &T::year, &T::part);

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

void bind_calendar(py::module_& m) {
  // ---------------------------------------------------------------- dates
  m.def("parse_date", &cm::parse_date, py::arg("text"), R"doc(
Read a date as councils write it.

Parameters
----------
text : str
    ISO 8601 (``"2016-05-01"``), words (``"1 May 2016"``, ``"1st Sept 2016"``) or UK
    numeric order, day first (``"01/05/2016"``).

Returns
-------
datetime.date

Raises
------
InvalidInputError
    Unreadable text (commissioning.date.001) or a day not in the calendar, such as
    "2021-02-29" or "31/04/2020" (commissioning.date.002).
OutOfRangeError
    A year outside 1000-9999 (commissioning.date.003).
)doc");
  m.def("add_months", &cm::add_months, py::arg("day"), py::arg("months"), R"doc(
The date a whole number of months later (earlier if negative).

The day clamps to the end of a shorter month: 31 January + 1 month is 28 (or 29) February.

Parameters
----------
day : datetime.date or str
months : int

Returns
-------
datetime.date
)doc");
  m.def("add_years", &cm::add_years, py::arg("day"), py::arg("years"), R"doc(
The date a whole number of years later (earlier if negative); 29 February clamps to 28 February.

Parameters
----------
day : datetime.date or str
years : int

Returns
-------
datetime.date
)doc");
  m.def("to_long_string", &cm::to_long_string, py::arg("day"), R"doc(
The date as reports write it: ``"1 May 2016"``.

Parameters
----------
day : datetime.date or str

Returns
-------
str
)doc");

  // ---------------------------------------------------------------- FinancialYear
  py::class_<cm::financial_year> fy_class(m, "FinancialYear", py::is_final(), R"doc(
A financial year, named by the calendar year it starts in: 1 April to 31 March by default.

Parameters
----------
start_year : int or str
    The calendar year the financial year starts in (2022 for 2022-23), or a label
    such as ``"2022-23"``, ``"2022/23"`` or ``"FY2022-23"``.
start_month : int, default 4
    The month the year starts in, 1 to 12. A year that starts in January is a
    calendar year, labelled ``"2022"``.

Examples
--------
>>> FinancialYear.of("1 May 2022")
FinancialYear('2022-23')
>>> FinancialYear(2022).last_day
datetime.date(2023, 3, 31)
)doc");
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
           "Make the financial year that starts in ``start_year`` (or read a label).")
      .def_static("of", &cm::financial_year::of, py::arg("day"), py::arg("start_month") = cm::april, R"doc(
The financial year containing a date.

Parameters
----------
day : datetime.date or str
start_month : int, default 4

Returns
-------
FinancialYear
)doc")
      .def_static("parse", &cm::financial_year::parse, py::arg("label"), py::arg("start_month") = cm::april,
                  R"doc(
Read a label: ``"2022-23"``, ``"2022/23"``, ``"FY2022-23"``, ``"2022-2023"`` (``"2022"`` for a January start).

Raises
------
InvalidInputError
    Unreadable text (commissioning.financial_year.001) or years that do not follow
    each other, such as "2022-24" (commissioning.financial_year.003).
)doc")
      .def_property_readonly("label", &cm::financial_year::label, "The label, ``\"2022-23\"``.")
      .def_property_readonly("start_year", &cm::financial_year::start_year,
                             "The calendar year the financial year starts in.")
      .def_property_readonly("start_month", &cm::financial_year::start_month,
                             "The month the year starts in (4 for April).")
      .def_property_readonly("first_day", &cm::financial_year::first_day, "The first day (1 April 2022 for 2022-23).")
      .def_property_readonly("last_day", &cm::financial_year::last_day, "The last day (31 March 2023 for 2022-23).")
      .def_property_readonly("period", &cm::financial_year::as_period, "The year as a Period.")
      .def("next", &cm::financial_year::next, "The following financial year.")
      .def("previous", &cm::financial_year::previous, "The preceding financial year.")
      .def("contains", &cm::financial_year::contains, py::arg("day"), "Whether the date falls in this year.")
      .def("__contains__", &cm::financial_year::contains, py::arg("day"))
      .def("__str__", &cm::financial_year::label)
      .def("__repr__", &financial_year_repr)
      .def("__hash__", [](const cm::financial_year& fy) { return py::hash(py::make_tuple(fy.start_year(), fy.start_month())); });
  def_parts_pickle(def_comparisons(fy_class), &cm::financial_year::start_year, &cm::financial_year::start_month);

  m.def("financial_years", &cm::financial_years, py::arg("first"), py::arg("last"), R"doc(
Every financial year from ``first`` to ``last``, both included.

Parameters
----------
first, last : FinancialYear
    With the same start month; ``last`` not before ``first``
    (InvalidInputError, commissioning.financial_year.005).

Returns
-------
list of FinancialYear
)doc");

  // ---------------------------------------------------------------- Period
  py::class_<cm::period> period_class(m, "Period", py::is_final(), R"doc(
An inclusive run of days, as contracts state them ("1 May 2016 to 30 April 2019").

Parameters
----------
first, last : datetime.date or str
    The first and last days, both included; ``last`` must not be before ``first``
    (InvalidInputError, commissioning.period.001).

Examples
--------
>>> Period("1 May 2022", "30 April 2023").days
365
>>> str(Period.of_years("2016-05-01", 3))
'1 May 2016 to 30 April 2019'
)doc");
  set_public_module(period_class);
  period_class
      .def(py::init<cm::date, cm::date>(), py::arg("first"), py::arg("last"), "Make the period from first to last.")
      .def_static("of_months", &cm::period::of_months, py::arg("first"), py::arg("months"), R"doc(
The period of ``months`` whole months from ``first``; month n ends the day before first + n months.

Parameters
----------
first : datetime.date or str
months : int
    At least 1 (InvalidInputError, commissioning.period.003).

Returns
-------
Period
)doc")
      .def_static("of_years", &cm::period::of_years, py::arg("first"), py::arg("years"), R"doc(
The period of ``years`` whole years from ``first``: 1 May 2016 and 3 give 1 May 2016 to 30 April 2019.

Parameters
----------
first : datetime.date or str
years : int
    At least 1 (InvalidInputError, commissioning.period.003).

Returns
-------
Period
)doc")
      .def_property_readonly("first", &cm::period::first, "The first day.")
      .def_property_readonly("last", &cm::period::last, "The last day (included).")
      .def_property_readonly("days", &cm::period::days, "The number of days, both ends included.")
      .def("length", [](const cm::period& p) { return named_tuple<"MonthsAndDays">(p.length()); }, R"doc(
The whole months from the first day, and the days after them.

Returns
-------
MonthsAndDays
    A named tuple ``(months, days)``: 1 May 2016 to 30 April 2019 is (36, 0);
    1 May to 14 June is (1, 14).
)doc")
      .def("intersection", &cm::period::intersection, py::arg("other"), R"doc(
The days both periods share.

Returns
-------
Period or None
    None if the periods do not overlap.
)doc")
      .def("contains", &cm::period::contains, py::arg("day"), "Whether the date falls in the period.")
      .def("__contains__", &cm::period::contains, py::arg("day"))
      .def("split_by_financial_year",
           [](const cm::period& p, std::chrono::month start_month) {
             return named_tuples<"FinancialYearPart">(cm::split_by_financial_year(p, start_month));
           },
           py::arg("start_month") = cm::april, R"doc(
Cut the period at financial-year boundaries, in date order.

Parameters
----------
start_month : int, default 4

Returns
-------
list of FinancialYearPart
    Named tuples ``(year, period)``.
)doc")
      .def("__str__", &cm::period::to_string)
      .def("__repr__", &period_repr)
      .def("__hash__",
           [](const cm::period& p) { return py::hash(py::make_tuple(day_number(p.first()), day_number(p.last()))); });
  def_parts_pickle(def_equality(period_class), &cm::period::first, &cm::period::last);

  // ---------------------------------------------------------------- apportionment
  def_text_enum<cm::apportion_rule>(m, R"doc(
How an amount over a period is spread across financial years.

Each member is its name in lowercase (``ApportionRule.DAILY == "daily"``), and wherever a rule
is taken that text is accepted too.

Members
-------
MONTHLY
    Equal monthly instalments, a part month pro rata by its days (the default).
DAILY
    In proportion to the days in each financial year.
)doc");

  py::class_<cm::apportioned_amount> part_class(m, "ApportionedAmount", py::is_final(), R"doc(
One financial year's share of an apportionment.

Attributes
----------
year : FinancialYear
period : Period
    The days of the apportioned period that fall in the year.
amount : Money
)doc");
  set_public_module(part_class);
  using part_type = cm::apportioned_amount;
  def_properties(part_class, property{"year", &part_type::year, "The financial year."},
                 property{"period", &part_type::part, "The days that fall in the year."},
                 property{"amount", &part_type::amount, "The year's share."});
  part_class.def("__repr__", &part_repr).def("__hash__", [](const part_type& p) {
    return py::hash(py::make_tuple(p.year.start_year(), day_number(p.part.first()), day_number(p.part.last()), p.amount.pence()));
  });
  def_parts_pickle(def_equality(part_class), &part_type::year, &part_type::part, &part_type::amount);

  py::class_<cm::apportionment> result_class(m, "Apportionment", py::is_final(), R"doc(
The result of ``apportion``: what was spread, over what, by which rule, and the parts.

The parts are in date order and their amounts sum exactly to ``total``. The result
is a sequence of its parts (``len``, iteration, indexing), has ``to_pandas()`` and
shows as a table in Jupyter.

Attributes
----------
total : Money
period : Period
rule : ApportionRule
rule_description : str
    The rule as results state it: "equal monthly instalments, part months pro rata by days".
parts : list of ApportionedAmount
)doc");
  set_public_module(result_class);
  using result_type = cm::apportionment;
  def_properties(result_class, property{"total", &result_type::total, "The amount spread."},
                 property{"period", &result_type::over, "The period spread over."},
                 property{"rule", &result_type::rule, "The rule used."},
                 property{"rule_description", [](const result_type& a) { return std::string(cm::to_string(a.rule)); },
                          "The rule as results state it."},
                 property{"parts", &result_type::parts, "Each financial year's share, in date order."});
  def_sequence(result_class, &result_type::parts)
      .def("__str__", [](const result_type& a) { return cm::to_string(a); })
      .def("__repr__", [](const result_type& a) {
        return "<Apportionment of " + cm::to_string(a.total) + " over " + a.over.to_string() + ", " +
               cm::apportioned_by(a.rule) + ": " + std::to_string(a.parts.size()) + " parts>";
      });
  def_python_view<typed_object<data_frame_type>>(result_class, "to_pandas", "commissioning._display", "apportionment_to_pandas", R"doc(
The parts as a pandas DataFrame (pandas is imported only when this is called).

Returns
-------
pandas.DataFrame
    Columns ``financial_year`` (str), ``first`` and ``last`` (datetime.date),
    ``days`` (int) and ``amount`` (exact decimal.Decimal pounds); the rule's
    description is in ``df.attrs["rule"]``.
)doc");
  def_parts_pickle(def_equality(result_class), &result_type::total, &result_type::over, &result_type::rule, &result_type::parts);
  def_html(result_class, "apportionment_html", "An HTML table for Jupyter, captioned with the rule.");

  m.def(
      "apportion",
      [](money_like amount, const cm::period& over, cm::apportion_rule rule, std::chrono::month start_month) {
        return cm::apportion(amount.value, over, rule, start_month);
      },
      py::arg("amount"), py::arg("period"),
      py::arg_v("rule", cm::apportion_rule::monthly, "ApportionRule.MONTHLY"),
      py::arg("start_month") = cm::april, R"doc(
Spread an amount over a period into financial years, to the penny.

Parameters
----------
amount : Money, str, int, float or decimal.Decimal
    Anything ``Money()`` accepts.
period : Period
rule : ApportionRule or str, default "monthly"
    "monthly": equal monthly instalments, a part month pro rata by its days;
    "daily": in proportion to the days in each year.
start_month : int, default 4
    The month financial years start in.

Returns
-------
Apportionment
    Its parts sum exactly to ``amount`` (largest remainder).

Examples
--------
>>> result = apportion("£325,484.88", Period("1 May 2022", "30 April 2023"))
>>> [str(part.amount) for part in result]
['£298,361.14', '£27,123.74']
)doc");
}

}  // namespace cmpy
