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

CMPY_FIELDS(cm::discount_band, first_year, annual_rate);

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

void bind_discounting(public_module& m) {
  public_class<cm::discount_schedule> schedule_class(m, "DiscountSchedule");
  schedule_class
      .def(py::init([](std::string name, std::string source, bands_arg bands) {
             return cm::discount_schedule(std::move(name), std::move(source), bands_from(bands.value));
           }),
           "name"_a, "source"_a, "bands"_a)
      .def_static("constant", as_python<&cm::discount_schedule::constant>, "annual_rate"_a, "name"_a = "")
      .def_static("green_book_2022", &cm::discount_schedule::green_book_2022)
      .def_static("green_book_health", &cm::discount_schedule::green_book_health)
      .def_static("green_book_2026_lower_rate", &cm::discount_schedule::green_book_2026_lower_rate)
      .def_static("named", &cm::discount_schedule::named, "key"_a)
      .def_static("bundled_keys", &cm::discount_schedule::bundled_keys)
      .def("rate_for_year", &cm::discount_schedule::rate_for_year, "year"_a)
      .def(
          "exact_factor", [](const cm::discount_schedule& s, int year) { return fraction_of(s.exact_factor(year)); },
          "year"_a)
      .def("factor", &cm::discount_schedule::factor, "year"_a)
      .def(
          "exact_factors",
          [](const cm::discount_schedule& s, int count) {
            std::vector<fraction_object> factors;
            for (const cm::big_rational& f : s.exact_factors(count)) factors.push_back(fraction_of(f));
            return factors;
          },
          "count"_a)
      .def(
          "factors",
          [](const cm::discount_schedule& s, int count) {
            std::vector<double> factors;
            for (const cm::big_rational& f : s.exact_factors(count)) factors.push_back(f.convert_to<double>());
            return named_object<"numpy.ndarray">{
                py::module_::import("numpy").attr("array")(py::cast(factors), "dtype"_a = "float64")};
          },
          "count"_a)
      .def("scaled", as_python<&cm::discount_schedule::scaled>, "scale"_a)
      .def("__repr__", [](const cm::discount_schedule& s) {
        return "<DiscountSchedule " + quoted(s.name()) + ": " + cm::describe_bands(s) + ">";
      });
  using schedule_type = cm::discount_schedule;
  def_properties(schedule_class, CMPY_PROPERTIES(schedule_type, name, source),
                 property{"bands", [](const schedule_type& s) { return named_tuples<"DiscountBand">(s.bands()); }});
  def_immutable_value(schedule_class, &schedule_state, &schedule_from_state);

  m.def(
      "present_value",
      [](const cm::discount_schedule& schedule, money_amounts_arg amounts, cm::rounding mode) {
        std::vector<cm::money> values;
        for (py::handle item : py::iter(amounts.value)) values.push_back(money_arg(item));
        return cm::present_value(schedule, values, mode);
      },
      "schedule"_a, "amounts"_a, py::kw_only(), rounding_arg());

  m.def(
      "annuity_factor",
      [](const cm::discount_schedule& schedule, int years) { return fraction_of(cm::annuity_factor(schedule, years)); },
      "schedule"_a, "years"_a);
}

}  // namespace cmpy
