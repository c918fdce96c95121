// SPDX-License-Identifier: MIT
// Discounting: DiscountSchedule (the Green Book's schedules and the user's own, as versioned
// data), exact discount factors, present_value and annuity_factor.
//
// A DiscountSchedule is an immutable value: it compares, hashes, copies and pickles. Exact
// factors are fractions.Fraction; `factor` is a float for display; `factors` a numpy array
// (numpy is imported only when it is called).
//
// Where the header leaves a question open, the binding answers it: `discount_schedule`'s
// operator== ignores the source; Python equality (the pickle state) compares it too, so that a
// value and its pickle agree.
#include "common.hpp"

#include <commissioning/appraisal/discounting.hpp>

#include <string>
#include <utility>
#include <vector>

namespace cmpy {

CMPY_FIELDS(cm::discount_band, &T::first_year, &T::annual_rate);

namespace {

using fraction_object = named_object<"fractions.Fraction">;
using bands_arg = iterable_object<
    "collections.abc.Mapping[int, Rate | str | int | float | decimal.Decimal | fractions.Fraction] | "
    "collections.abc.Iterable[tuple[int, Rate | str | int | float | decimal.Decimal | fractions.Fraction]]">;
using money_amounts_arg = iterable_object<"collections.abc.Iterable[Money | str | int | float | decimal.Decimal]">;

fraction_object fraction_of(const cm::big_rational& value) {
  return {fraction_type()(from_big(numerator(value)), from_big(denominator(value)))};
}

py::tuple schedule_state(const cm::discount_schedule& s) { return py::make_tuple(s.name(), s.source(), state_of(s.bands())); }

cm::discount_schedule schedule_from_state(const py::tuple& state) {
  if (state.size() != 3) throw std::runtime_error("invalid DiscountSchedule state");
  return {state[0].cast<std::string>(), state[1].cast<std::string>(), from_state<std::vector<cm::discount_band>>(state[2])};
}

/// The bands given as a mapping or (first_year, rate) pairs.
std::vector<cm::discount_band> bands_from(py::handle source) {
  std::vector<cm::discount_band> bands;
  const py::object items = py::hasattr(source, "items") ? source.attr("items")() : py::reinterpret_borrow<py::object>(source);
  for (py::handle item : py::iter(items)) {
    if (is_str(item) || !py::isinstance<py::sequence>(item) || py::len(item) != 2)
      throw py::type_error("bands must be a mapping or (first_year, rate) pairs; got the item " + repr_of(item));
    const auto pair = py::reinterpret_borrow<py::sequence>(item);
    const py::object first_year = pair[0];
    if (!is_int(first_year))
      throw py::type_error("a band's first year is an int (years from the base year), got " + repr_of(first_year));
    const auto year = to_int64(first_year);
    if (!year || *year < 0 || *year > 1'000'000)
      throw py::value_error("a band's first year must be from 0 to 1,000,000, got " + str_of(first_year));
    const auto annual_rate = try_rate(pair[1]);
    if (!annual_rate) throw py::type_error("cannot make a Rate from " + repr_of(pair[1]));
    bands.push_back({static_cast<int>(*year), *annual_rate});
  }
  return bands;
}

}  // namespace

void bind_discounting(py::module_& m) {
  py::class_<cm::discount_schedule> schedule_class(m, "DiscountSchedule", py::is_final(), R"doc(
A named, sourced schedule of discount rates by year from the base year.

Year 0 is the base year and is not discounted; year t's factor is the product of
1 / (1 + r_k) for k = 1..t, where r_k is the rate of the band year k falls in. A declining
schedule therefore compounds across its bands: the lower rate applies only to the years of its
band, never back to year 0. Factors are exact fractions, so a present value is rounded once,
to the penny, at the end.

Schedules are data, not constants: HM Treasury reviews the rate, so each schedule carries a
name and a source. Use ``green_book_2022()`` (the standard STPR), ``green_book_health()``,
``green_book_2026_lower_rate()``, ``constant("3%")``, ``named(key)`` for a bundled one, or
make your own.

Parameters
----------
name, source : str
bands : mapping or iterable of (first_year, rate) pairs
    In increasing order of first year, the first at year 0; every rate above -100%
    (InvalidInputError, commissioning.discounting.001, otherwise):
    ``[(0, "3.5%"), (31, "3%")]``.

Attributes
----------
name, source : str
bands : list of DiscountBand
    ``(first_year, annual_rate)`` pairs.

Examples
--------
>>> s = DiscountSchedule.green_book_2022()
>>> round(s.factor(1), 6), round(s.factor(31), 6)
(0.966184, 0.345901)
>>> present_value(s, ["£325,500"] * 5)
Money('£1,521,087.28')
)doc");
  set_public_module(schedule_class);
  schedule_class
      .def(py::init([](std::string name, std::string source, bands_arg bands) {
             return cm::discount_schedule(std::move(name), std::move(source), bands_from(bands.value));
           }),
           py::arg("name"), py::arg("source"), py::arg("bands"), "Make a schedule from its bands.")
      .def_static(
          "constant",
          [](rate_like annual_rate, std::string name) { return cm::discount_schedule::constant(annual_rate.value, name); },
          py::arg("annual_rate"), py::arg("name") = "", R"doc(
One rate for every year.

Parameters
----------
annual_rate : Rate, str, int, float, decimal.Decimal or fractions.Fraction
    ``"3%"``.
name : str, optional
    ``"Constant 3%"`` by default.

Returns
-------
DiscountSchedule
)doc")
      .def_static("green_book_2022", &cm::discount_schedule::green_book_2022, R"doc(
HM Treasury Green Book (2022) standard STPR: 3.5% for years 0–30, 3.0% for 31–75, 2.5% for
76–125, 2.0% for 126–200, 1.5% for 201–300, 1.0% beyond.

Returns
-------
DiscountSchedule
)doc")
      .def_static("green_book_health", &cm::discount_schedule::green_book_health, R"doc(
The Green Book's health schedule for lives and QALYs (the wealth effect removed): 1.5%,
declining by the same bands as the standard schedule.

Returns
-------
DiscountSchedule
)doc")
      .def_static("green_book_2026_lower_rate", &cm::discount_schedule::green_book_2026_lower_rate, R"doc(
The 2026 Green Book's additional lower-rate sensitivity test (pure time preference 0): 3.00%,
declining by the same bands as the standard schedule.

Returns
-------
DiscountSchedule
)doc")
      .def_static("named", &cm::discount_schedule::named, py::arg("key"), R"doc(
A bundled schedule by its key: ``"green-book-2022"``, ``"green-book-health"`` or
``"green-book-2026-lower-rate"`` (``bundled_keys()`` lists them).

Returns
-------
DiscountSchedule

Raises
------
InvalidInputError
    An unknown key (commissioning.discounting.002).
)doc")
      .def_static("bundled_keys", &cm::discount_schedule::bundled_keys, "The keys ``named`` accepts, in order.")
      .def("rate_for_year", &cm::discount_schedule::rate_for_year, py::arg("year"), R"doc(
The rate that discounts year ``year`` back to year ``year - 1``.

Parameters
----------
year : int
    From 1 (OutOfRangeError, commissioning.discounting.003, otherwise).

Returns
-------
Rate
)doc")
      .def("exact_factor", [](const cm::discount_schedule& s, int year) { return fraction_of(s.exact_factor(year)); },
           py::arg("year"), R"doc(
Year ``year``'s discount factor, exactly: the product of 1 / (1 + r_k) for k = 1..year.

Parameters
----------
year : int
    From 0, the base year (OutOfRangeError, commissioning.discounting.003, if negative).

Returns
-------
fractions.Fraction
)doc")
      .def("factor", &cm::discount_schedule::factor, py::arg("year"), R"doc(
Year ``year``'s discount factor as a float, for display (present values use the exact one).

Parameters
----------
year : int
    From 0, the base year.

Returns
-------
float
)doc")
      .def(
          "exact_factors",
          [](const cm::discount_schedule& s, int count) {
            std::vector<fraction_object> factors;
            for (const cm::big_rational& f : s.exact_factors(count)) factors.push_back(fraction_of(f));
            return factors;
          },
          py::arg("count"), R"doc(
The exact factors of years 0 to ``count - 1``.

Parameters
----------
count : int
    0 to 1,000 (OutOfRangeError, commissioning.discounting.004, otherwise).

Returns
-------
list of fractions.Fraction
)doc")
      .def(
          "factors",
          [](const cm::discount_schedule& s, int count) {
            std::vector<double> factors;
            for (const cm::big_rational& f : s.exact_factors(count)) factors.push_back(f.convert_to<double>());
            return named_object<"numpy.ndarray">{
                py::module_::import("numpy").attr("array")(py::cast(factors), py::arg("dtype") = "float64")};
          },
          py::arg("count"), R"doc(
The factors of years 0 to ``count - 1`` as a numpy array of floats (numpy is imported only
when this is called).

Parameters
----------
count : int
    0 to 1,000 (OutOfRangeError, commissioning.discounting.004, otherwise).

Returns
-------
numpy.ndarray
)doc")
      .def(
          "scaled", [](const cm::discount_schedule& s, rate_like scale) { return s.scaled(scale.value); },
          py::arg("scale"), R"doc(
The same schedule with every band's rate multiplied by ``scale``: ``scaled("110%")`` moves
3.5% to 3.85%. Sensitivity analysis moves the discount rate this way.

Parameters
----------
scale : Rate, str, int, float, decimal.Decimal or fractions.Fraction

Returns
-------
DiscountSchedule
)doc")
      .def("__repr__", [](const cm::discount_schedule& s) {
        return "<DiscountSchedule " + quoted(s.name()) + ": " + cm::describe_bands(s) + ">";
      });
  using schedule_type = cm::discount_schedule;
  def_properties(schedule_class, property{"name", &schedule_type::name, "The schedule's name."},
                 property{"source", &schedule_type::source, "Where the rates come from."},
                 property{"bands", [](const schedule_type& s) { return named_tuples<"DiscountBand">(s.bands()); },
                          "The bands, in order: a list of DiscountBand ``(first_year, annual_rate)``."});
  def_state_hash(schedule_class, &schedule_state);
  def_value_semantics(schedule_class, &schedule_state, &schedule_from_state);

  m.def(
      "present_value",
      [](const cm::discount_schedule& schedule, money_amounts_arg amounts, cm::rounding mode) {
        std::vector<cm::money> values;
        for (py::handle item : py::iter(amounts.value)) values.push_back(money_arg(item));
        return cm::present_value(schedule, values, mode);
      },
      py::arg("schedule"), py::arg("amounts"), py::kw_only(),
      py::arg_v("rounding", cm::default_rounding, "Rounding.HALF_AWAY_FROM_ZERO"), R"doc(
The present value of amounts by year from the base year, rounded once to the penny.

Parameters
----------
schedule : DiscountSchedule
amounts : iterable of Money, str, int, float or decimal.Decimal
    ``amounts[t]`` falls in year t; ``amounts[0]`` (the base year) is not discounted.
rounding : Rounding or str, default "half_away_from_zero"

Returns
-------
Money

Examples
--------
£325,500 a year for five years, from the base year and from the year after it:

>>> s = DiscountSchedule.green_book_2022()
>>> present_value(s, ["£325,500"] * 5), present_value(s, [0] + ["£325,500"] * 5)
(Money('£1,521,087.28'), Money('£1,469,649.55'))
)doc");

  m.def(
      "annuity_factor",
      [](const cm::discount_schedule& schedule, int years) { return fraction_of(cm::annuity_factor(schedule, years)); },
      py::arg("schedule"), py::arg("years"), R"doc(
The sum of the factors of years 0 to ``years - 1``: the present value of £1 a year, exactly.

Parameters
----------
schedule : DiscountSchedule
years : int
    0 to 1,000 (OutOfRangeError, commissioning.discounting.004, otherwise).

Returns
-------
fractions.Fraction

Examples
--------
>>> float(annuity_factor(DiscountSchedule.green_book_2022(), 5))
4.673079208612224
)doc");
}

}  // namespace cmpy
