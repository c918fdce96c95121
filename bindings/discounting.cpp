// SPDX-License-Identifier: MIT
// Discounting: DiscountSchedule (the Green Book's schedules and the user's own, as versioned
// data), exact discount factors, present_value and annuity_factor.
//
// A DiscountSchedule is an immutable value: it compares, hashes, copies and pickles. Exact
// factors are fractions.Fraction; `factor` is a float for display; `factors` a numpy array
// (numpy is imported only when it is called).
//
// Where the header leaves a question open, the binding answers it:
//  - `discount_schedule`'s operator== ignores the source; Python equality (the pickle state)
//    compares it too, so that a value and its pickle agree;
//  - `present_value` of no amounts is £0.00 (the header's common denominator is then 0).
#include "common.hpp"

#include <commissioning/appraisal/discounting.hpp>

#include <string>
#include <utility>
#include <vector>

namespace cmpy {

namespace {

struct bands_type {
  static constexpr auto name = py::detail::const_name("list[DiscountBand]");
  static bool accepts(py::handle) { return true; }
};
struct bands_arg_type {
  static constexpr auto name = py::detail::const_name(
      "collections.abc.Mapping[int, Rate | str | int | float | decimal.Decimal | fractions.Fraction] | "
      "collections.abc.Iterable[tuple[int, Rate | str | int | float | decimal.Decimal | fractions.Fraction]]");
  static bool accepts(py::handle h) { return !is_str(h) && py::isinstance<py::iterable>(h); }
};
struct money_amounts_arg_type {
  static constexpr auto name =
      py::detail::const_name("collections.abc.Iterable[Money | str | int | float | decimal.Decimal]");
  static bool accepts(py::handle h) { return !is_str(h) && py::isinstance<py::iterable>(h); }
};
struct fraction_result_type {
  static constexpr auto name = py::detail::const_name("fractions.Fraction");
  static bool accepts(py::handle) { return true; }
};
struct fractions_type {
  static constexpr auto name = py::detail::const_name("list[fractions.Fraction]");
  static bool accepts(py::handle) { return true; }
};
struct array_type {
  static constexpr auto name = py::detail::const_name("numpy.ndarray");
  static bool accepts(py::handle) { return true; }
};

py::object fraction_of(const cm::big_rational& value) {
  return fraction_type()(from_big(numerator(value)), from_big(denominator(value)));
}


/// The rate of a band, `2.5%`, with every digit the rate has.
std::string percent(const cm::rate& r) { return r.to_percent_string(); }

/// "3.5% to year 30, 3% to year 75, then 2.5%", or "3% every year".
std::string bands_text(const cm::discount_schedule& s) {
  const auto& bands = s.bands();
  if (bands.size() == 1) return percent(bands.front().annual_rate) + " every year";
  std::string text;
  for (std::size_t i = 0; i < bands.size(); ++i) {
    if (i > 0) text.append(", ");
    if (i + 1 == bands.size()) {
      text.append("then ").append(percent(bands[i].annual_rate));
    } else {
      text.append(percent(bands[i].annual_rate)).append(" to year ").append(std::to_string(bands[i + 1].first_year - 1));
    }
  }
  return text;
}

std::string schedule_repr(const cm::discount_schedule& s) {
  std::string text = "<DiscountSchedule ";
  text.append(quoted(s.name())).append(": ").append(bands_text(s)).append(">");
  return text;
}

py::list bands_list(const cm::discount_schedule& s) {
  py::list bands;
  const py::object band = types_attr("DiscountBand");
  for (const cm::discount_band& b : s.bands()) bands.append(band(b.first_year, b.annual_rate));
  return bands;
}

py::tuple schedule_state(const cm::discount_schedule& s) {
  py::list bands;
  for (const cm::discount_band& b : s.bands()) bands.append(py::make_tuple(b.first_year, b.annual_rate));
  return py::make_tuple(s.name(), s.source(), bands);
}

cm::discount_schedule schedule_from_state(const py::tuple& state) {
  if (state.size() != 3) throw std::runtime_error("invalid DiscountSchedule state");
  std::vector<cm::discount_band> bands;
  for (py::handle b : state[2].cast<py::list>())
    bands.push_back({b[py::int_(0)].cast<int>(), b[py::int_(1)].cast<cm::rate>()});
  return cm::discount_schedule(state[0].cast<std::string>(), state[1].cast<std::string>(), std::move(bands));
}

/// The bands given as a mapping or (first_year, rate) pairs.
std::vector<cm::discount_band> bands_arg(py::handle source) {
  std::vector<cm::discount_band> bands;
  const bool mapping = py::hasattr(source, "items");
  const py::object items = mapping ? source.attr("items")() : py::reinterpret_borrow<py::object>(source);
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

std::vector<cm::money> money_amounts_of(py::handle amounts) {
  std::vector<cm::money> result;
  for (py::handle item : py::iter(amounts)) {
    const auto amount = try_money(item);
    if (!amount) throw py::type_error("cannot make Money from " + repr_of(item));
    result.push_back(*amount);
  }
  return result;
}

py::object hash_of_state(const py::tuple& state) {
  py::list bands;
  for (py::handle b : state[2].cast<py::list>()) bands.append(py::tuple(py::reinterpret_borrow<py::object>(b)));
  return py::make_tuple(state[0], state[1], py::tuple(bands));
}

}  // namespace

void bind_discounting(py::module_& m) {
  py::class_<cm::discount_schedule> schedule_class(m, "DiscountSchedule", py::is_final(), docstring("DiscountSchedule"));
  set_public_module(schedule_class);
  schedule_class
      .def(py::init([](std::string name, std::string source, typed_object<bands_arg_type> bands) {
             return cm::discount_schedule(std::move(name), std::move(source), bands_arg(bands.value));
           }),
           py::arg("name"), py::arg("source"), py::arg("bands"), docstring("DiscountSchedule.__init__"))
      .def_static(
          "constant",
          [](rate_like annual_rate, std::string name) { return cm::discount_schedule::constant(annual_rate.value, name); },
          py::arg("annual_rate"), py::arg("name") = "", docstring("DiscountSchedule.constant"))
      .def_static("green_book_2022", &cm::discount_schedule::green_book_2022, docstring("DiscountSchedule.green_book_2022"))
      .def_static("green_book_health", &cm::discount_schedule::green_book_health, docstring("DiscountSchedule.green_book_health"))
      .def_static("green_book_2026_lower_rate", &cm::discount_schedule::green_book_2026_lower_rate, docstring("DiscountSchedule.green_book_2026_lower_rate"))
      .def_static("named", &cm::discount_schedule::named, py::arg("key"), docstring("DiscountSchedule.named"))
      .def_static("bundled_keys", &cm::discount_schedule::bundled_keys, docstring("DiscountSchedule.bundled_keys"))
      .def_property_readonly(
          "name", [](const cm::discount_schedule& s) { return s.name(); }, docstring("DiscountSchedule.name"))
      .def_property_readonly(
          "source", [](const cm::discount_schedule& s) { return s.source(); }, docstring("DiscountSchedule.source"))
      .def_property_readonly(
          "bands", [](const cm::discount_schedule& s) { return typed_object<bands_type>{bands_list(s)}; },
          docstring("DiscountSchedule.bands"))
      .def(
          "rate_for_year", [](const cm::discount_schedule& s, int year) { return s.rate_for_year(year); },
          py::arg("year"), docstring("DiscountSchedule.rate_for_year"))
      .def(
          "exact_factor",
          [](const cm::discount_schedule& s, int year) {
            return typed_object<fraction_result_type>{fraction_of(s.exact_factor(year))};
          },
          py::arg("year"), docstring("DiscountSchedule.exact_factor"))
      .def("factor", &cm::discount_schedule::factor, py::arg("year"), docstring("DiscountSchedule.factor"))
      .def(
          "exact_factors",
          [](const cm::discount_schedule& s, int count) {
            py::list factors;
            for (const cm::big_rational& f : s.exact_factors(count)) factors.append(fraction_of(f));
            return typed_object<fractions_type>{factors};
          },
          py::arg("count"), docstring("DiscountSchedule.exact_factors"))
      .def(
          "factors",
          [](const cm::discount_schedule& s, int count) {
            std::vector<double> factors;
            for (const cm::big_rational& f : s.exact_factors(count))
              factors.push_back(f.convert_to<double>());
            return typed_object<array_type>{
                py::module_::import("numpy").attr("array")(py::cast(factors), py::arg("dtype") = "float64")};
          },
          py::arg("count"), docstring("DiscountSchedule.factors"))
      .def(
          "scaled", [](const cm::discount_schedule& s, rate_like scale) { return s.scaled(scale.value); },
          py::arg("scale"), docstring("DiscountSchedule.scaled"))
      .def("__repr__", &schedule_repr)
      .def("__hash__", [](const cm::discount_schedule& s) { return py::hash(hash_of_state(schedule_state(s))); });
  def_value_semantics(schedule_class, &schedule_state, &schedule_from_state);

  m.def(
      "present_value",
      [](const cm::discount_schedule& schedule, typed_object<money_amounts_arg_type> amounts, cm::rounding mode) {
        const std::vector<cm::money> values = money_amounts_of(amounts.value);
        if (values.empty()) return cm::money{};  // the header divides by a zero denominator
        return cm::present_value(schedule, values, mode);
      },
      py::arg("schedule"), py::arg("amounts"), py::kw_only(),
      py::arg_v("rounding", cm::default_rounding, "Rounding.HALF_AWAY_FROM_ZERO"), docstring("present_value"));

  m.def(
      "annuity_factor",
      [](const cm::discount_schedule& schedule, int years) {
        return typed_object<fraction_result_type>{fraction_of(cm::annuity_factor(schedule, years))};
      },
      py::arg("schedule"), py::arg("years"), docstring("annuity_factor"));
}

}  // namespace cmpy
