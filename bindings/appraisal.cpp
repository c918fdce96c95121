// SPDX-License-Identifier: MIT
// The appraisal layer: deflators, lines of money, options, Green Book appraisals and their
// results, one-way sensitivity analysis and switching values.
//
// The layer's enums (OptionKind, LineKind, CostCategory, PriceBasis, SensitivityMetric,
// VatRecovery) and records (StatutoryDuty, OptimismBiasUplift, OutputMeasure, AppraisalYear,
// SensitivityRow, VatSplit) live in Python, in commissioning._types; its tables and HTML in
// commissioning._appraisal_display. A struct's fields are named once (`fields<T>` below): its
// pickle state, its NamedTuple and, with `def_record_semantics`, its equality come from that;
// each class's read-only properties are one `property` each (common.hpp). An Option and an Appraisal change (options are built up
// a call at a time; an appraisal takes assumptions): each method holds the object's critical
// section on a free-threaded build, as Portfolio's do. Everything else is an immutable value
// that compares, copies and pickles. Runs, sensitivity analyses and switching values work on
// copies with the GIL released.
//
// Where the headers leave a question open, the binding answers it:
//  - a pickled line is read back with `appraisal_line::restore` (basis, one-off flag and VAT
//    terms kept; a pickle from before lines had VAT terms reads as not stated);
//  - an option kind, line kind or cost category is read by its snake_case name (and a few
//    report words: "council-owned company", "sla"), else by the header's parser, so that an
//    unknown one is the header's commissioning.option.001 (an InvalidInputError, so a
//    ValueError too), not a plain ValueError as for the other options;
//  - `find_switching_value` takes both options or neither; given one alone, TypeError;
//  - an empty preferred option (none viable) is None in Python.
#include "contract_access.hpp"

#include <commissioning/appraisal/appraisal.hpp>
#include <commissioning/appraisal/deflator.hpp>
#include <commissioning/appraisal/discounting.hpp>
#include <commissioning/appraisal/optimism_bias.hpp>
#include <commissioning/appraisal/option.hpp>
#include <commissioning/appraisal/sensitivity.hpp>
#include <commissioning/appraisal/vat.hpp>
#include <commissioning/budget/envelope.hpp>

#include <pybind11/critical_section.h>

#include <algorithm>
#include <climits>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace cmpy {

CMPY_FIELDS(cm::vat_terms, treatment, vat_rate, amounts_include_vat);
CMPY_FIELDS(cm::vat_split, net, vat, gross, appraised);
CMPY_FIELDS(cm::appraisal_settings, base_year, years, basis, schedule, deflator, mode);
CMPY_FIELDS(cm::appraisal_year, year, index, costs, optimism_bias, benefits, net_cost, discount_factor, present_value);
CMPY_FIELDS(cm::option_appraisal, name, kind, years, cash_costs, cash_benefits, optimism_bias, present_value_costs,
            present_value_benefits, net_present_cost, net_present_social_value, benefit_cost_ratio,
            equivalent_annual_cost, cost_per_unit, output_unit, output_units, viable, failed_duties, rank, preferred);
CMPY_FIELDS(cm::sensitivity_row, input, at_low, at_high, swing, preferred_at_low, preferred_at_high);
/// In the order of the state, which gained `rival` last.
CMPY_FIELDS(cm::sensitivity_analysis, option, metric, change, base, preferred, rows, rival);
CMPY_FIELDS(cm::statutory_duty, name, met, note);
CMPY_FIELDS(cm::optimism_bias_uplift, uplift, description, applies_to);
CMPY_FIELDS(cm::output_measure, unit, by_year);
CMPY_FIELDS(cm::switching_value, input, option, rival, multiplier, sentence);

namespace {

// ---------------------------------------------------------------- names for signatures


using option_object = named_object<"Option">;
using appraisal_object = named_object<"Appraisal">;
using index_arg = iterable_object<
    "collections.abc.Mapping[FinancialYear | str | int, Rate | str | int | float | decimal.Decimal | "
    "fractions.Fraction] | collections.abc.Iterable[tuple[FinancialYear | str | int, Rate | str | int | float | "
    "decimal.Decimal | fractions.Fraction]]">;
using lines_arg = iterable_object<"collections.abc.Iterable[AppraisalLine]">;
using texts_arg = iterable_object<"collections.abc.Iterable[str]">;
using duties_arg =
    iterable_object<"collections.abc.Iterable[StatutoryDuty | tuple[str, bool] | tuple[str, bool, str]]">;
using categories_arg_object = iterable_object<"collections.abc.Iterable[CostCategory | str]">;
using options_arg_object = iterable_object<"collections.abc.Iterable[Option]">;
using inputs_arg_object = iterable_object<"collections.abc.Iterable[AppraisalInput]">;
struct uplift_arg_type {
  static constexpr auto name = py::detail::const_name(
      "Rate | str | int | float | decimal.Decimal | fractions.Fraction | OptimismBiasAdjustment");
  static bool accepts(py::handle h) {
    return !is_bool(h) && (is_str(h) || is_int(h) || is_float(h) || is_decimal(h) || is_fraction(h) ||
                           py::isinstance<cm::rate>(h) || py::isinstance<cm::optimism_bias_adjustment>(h));
  }
};

// The classes bound here, by their Python names, for their properties.
using Deflator = cm::deflator;
using VatTerms = cm::vat_terms;
using AppraisalLine = cm::appraisal_line;
using Option = cm::option;
using AppraisalSettings = cm::appraisal_settings;
using OptionAppraisal = cm::option_appraisal;
using AppraisalResult = cm::appraisal_result;
using AppraisalInput = cm::appraisal_input;
using SensitivityAnalysis = cm::sensitivity_analysis;
using SwitchingValue = cm::switching_value;
using Appraisal = cm::appraisal;

/// The module of the layer's tables and HTML (`def_python_view`).
constexpr const char* appraisal_display = "commissioning._appraisal_display";

cm::rate rate_arg(py::handle value) {
  if (const auto r = try_rate(value)) return *r;
  throw py::type_error("cannot make a Rate from " + repr_of(value));
}

// ---------------------------------------------------------------- Deflator

py::tuple deflator_state(const cm::deflator& d) {
  py::list series;
  for (const cm::financial_year& y : d.years()) series.append(py::make_tuple(y.start_year(), d.index(y)));
  return py::make_tuple(d.name(), d.start_month(), series);
}

cm::deflator deflator_from_state(const py::tuple& state) {
  if (state.size() != 3) throw std::runtime_error("invalid Deflator state");
  const auto month = state[1].cast<std::chrono::month>();
  std::vector<std::pair<cm::financial_year, cm::rate>> series;
  for (py::handle item : state[2].cast<py::list>())
    series.emplace_back(cm::financial_year(item[py::int_(0)].cast<int>(), month), item[py::int_(1)].cast<cm::rate>());
  return cm::deflator(state[0].cast<std::string>(), series);
}

std::string deflator_repr(const cm::deflator& d) {
  return "<Deflator " + quoted(d.name()) + ": " + year_span(d.years()) + ">";
}

// ---------------------------------------------------------------- VAT

std::string vat_terms_repr(const cm::vat_terms& terms) {
  return "VatTerms(" + quoted(std::string(cm::name_of(terms.treatment))) + ", vat_rate=" + repr_of(py::cast(terms.vat_rate)) +
         ", amounts_include_vat=" + (terms.amounts_include_vat ? "True" : "False") + ")";
}

cm::vat_terms vat_terms_from_state(const py::tuple& state) { return cm::check_vat_terms(from_state<cm::vat_terms>(state)); }

// ---------------------------------------------------------------- AppraisalLine (state)

py::tuple line_state(const cm::appraisal_line& line) {
  py::list amounts;
  for (const cm::financial_year_amount& a : line.amounts()) amounts.append(py::make_tuple(a.year.start_year(), a.amount));
  return py::make_tuple(line.name(), state_of(line.kind()), state_of(line.category()), line.basis(), line.one_off(),
                        line.start_month(), amounts, state_of(line.vat()));
}

cm::appraisal_line line_from_state(py::handle state_object) {
  const auto state = py::reinterpret_borrow<py::tuple>(state_object);
  if (state.size() != 7 && state.size() != 8) throw std::runtime_error("invalid AppraisalLine state");
  const auto month = state[5].cast<std::chrono::month>();
  std::vector<cm::financial_year_amount> amounts;
  for (py::handle item : state[6].cast<py::list>())
    amounts.push_back({cm::financial_year(item[py::int_(0)].cast<int>(), month), item[py::int_(1)].cast<cm::money>()});
  return cm::appraisal_line::restore(state[0].cast<std::string>(), from_state<cm::line_kind>(state[1]),
                                     from_state<cm::cost_category>(state[2]),
                                     state[3].cast<std::string>(), state[4].cast<bool>(), amounts,
                                     state.size() == 8 ? from_state<cm::vat_terms>(state[7]) : cm::vat_terms{});
}

std::string line_repr(const cm::appraisal_line& line) {
  const std::string vat = cm::summary(line.vat());
  return "<AppraisalLine " + quoted(line.name()) + " (" + std::string(cm::to_string(line.kind())) + ", " +
         std::string(cm::to_string(line.category())) + "): " + line.basis() + "; total " +
         cm::to_string(line.total()) + (vat.empty() ? "" : "; VAT " + vat) + ">";
}

// ---------------------------------------------------------------- Option

// Lists, read and given (candidates for common.hpp: envelope.cpp reads PortfolioChanges and
// gives NamedTuples the same way).

/// `each(item)` for every item of `items` in turn, as a `T`: a bound class (a copy, taken under
/// its lock) or a str; TypeError `message` + the item's repr at the first of another kind.
template <class T, class Each>
void for_each_item(py::handle items, const std::string& message, Each each) {
  for (py::handle item : py::iter(items)) {
    if constexpr (std::is_same_v<T, std::string>) {
      if (!is_str(item)) throw py::type_error(message + repr_of(item));
      each(item.cast<std::string>());
    } else {
      if (!py::isinstance<T>(item)) throw py::type_error(message + repr_of(item));
      each(snapshot(item.cast<const T&>()));
    }
  }
}

/// Every item of `items` as a `T`, read as `for_each_item` reads them.
template <class T>
std::vector<T> items_of(py::handle items, const std::string& message) {
  std::vector<T> result;
  for_each_item<T>(items, message, [&](T item) { result.push_back(std::move(item)); });
  return result;
}

/// Values by financial-year label, in year order: {"2022-23": value(year), ...}.
template <class Value>
py::dict by_label(const std::vector<cm::financial_year>& years, Value value) {
  py::dict result;
  for (const cm::financial_year& year : years) result[py::str(year.label())] = value(year);
  return result;
}

/// A method of an Option or an Appraisal that changes it and returns it, so that calls chain:
/// `method` with the Python call's arguments, under the object's lock.
template <class Self, class T, class... Args>
auto chained_method(T& (T::*method)(Args...)) {
  return [method](Self self, std::remove_cvref_t<Args>... args) {
    return changed<T>(self, [&](T& value) { (value.*method)(std::move(args)...); });
  };
}

void add_duty(cm::option& o, py::handle item) {
  if (is_str(item) || !py::isinstance<py::sequence>(item) || py::len(item) < 2 || py::len(item) > 3)
    throw py::type_error("a statutory duty is a StatutoryDuty or a (name, met) or (name, met, note) tuple; got " +
                         repr_of(item));
  const auto fields = py::reinterpret_borrow<py::sequence>(item);
  if (!is_str(fields[0]) || !PyBool_Check(fields[1].ptr()) || (py::len(item) == 3 && !is_str(fields[2])))
    throw py::type_error("a statutory duty is (name: str, met: bool, note: str); got " + repr_of(item));
  (void)o.duty(fields[0].cast<std::string>(), fields[1].cast<bool>(),
               py::len(item) == 3 ? fields[2].cast<std::string>() : std::string());
}

py::tuple option_state(const cm::option& given) {
  const cm::option o = snapshot(given);
  py::list lines;
  for (const cm::appraisal_line& line : o.lines()) lines.append(line_state(line));
  return py::make_tuple(o.name(), state_of(o.kind()), o.description(), lines, state_of(o.advantages()),
                        state_of(o.disadvantages()), state_of(o.risks()), state_of(o.duties()),
                        state_of(o.optimism_bias()), state_of(o.output()));
}

cm::option option_from_state(py::handle state_object) {
  const auto state = py::reinterpret_borrow<py::tuple>(state_object);
  if (state.size() != 10) throw std::runtime_error("invalid Option state");
  cm::option o(state[0].cast<std::string>(), from_state<cm::option_kind>(state[1]), state[2].cast<std::string>());
  for (py::handle line : state[3].cast<py::list>()) o.add(line_from_state(line));
  for (py::handle text : state[4].cast<py::list>()) o.advantage(text.cast<std::string>());
  for (py::handle text : state[5].cast<py::list>()) o.disadvantage(text.cast<std::string>());
  for (py::handle text : state[6].cast<py::list>()) o.risk(text.cast<std::string>());
  for (const cm::statutory_duty& d : from_state<std::vector<cm::statutory_duty>>(state[7]))
    o.duty(d.name, d.met, d.note);
  if (auto ob = from_state<std::optional<cm::optimism_bias_uplift>>(state[8]))
    o.optimism_bias(ob->uplift, std::move(ob->description), std::move(ob->applies_to));
  if (const auto out = from_state<std::optional<cm::output_measure>>(state[9])) {
    // Through `output`, which checks the count; a state can only hold what `output` makes.
    if (out->by_year.empty()) throw std::runtime_error("invalid Option state: an output with no years");
    o.output(out->unit, out->by_year.front().second, out->by_year.front().first, out->by_year.back().first);
    if (o.output()->by_year != out->by_year)
      throw std::runtime_error("invalid Option state: an output that varies by year");
  }
  return o;
}

std::string option_repr(const cm::option& given) {
  const cm::option o = snapshot(given);
  const std::size_t lines = o.lines().size();
  return "<Option " + quoted(o.name()) + " (" + std::string(cm::to_string(o.kind())) + "): " +
         (lines == 0 ? "no lines" : std::to_string(lines) + (lines == 1 ? " line" : " lines")) + ", " +
         o.duties_in_words() + ">";
}

// ---------------------------------------------------------------- AppraisalSettings

std::string settings_text(const cm::appraisal_settings& s) {
  const bool deflated = s.deflator && s.basis == cm::price_basis::real;
  return cm::describe(s) + (deflated ? ", deflated by " + quoted(s.deflator->name()) : "");
}

// ---------------------------------------------------------------- Appraisal

py::tuple appraisal_state(const cm::appraisal& given) {
  const cm::appraisal a = snapshot(given);
  py::list options;
  for (const cm::option& o : a.options()) options.append(option_state(o));
  return py::make_tuple(a.title(), state_of(a.settings()), options, state_of(a.assumptions()));
}

cm::appraisal appraisal_from_state(const py::tuple& state) {
  if (state.size() != 4) throw std::runtime_error("invalid Appraisal state");
  std::vector<cm::option> options;
  for (py::handle o : state[2].cast<py::list>()) options.push_back(option_from_state(o));
  cm::appraisal a(state[0].cast<std::string>(), from_class_state<cm::appraisal_settings>(state[1].cast<py::tuple>()),
                  std::move(options));
  for (const std::string& text : state[3].cast<std::vector<std::string>>()) a.assume(text);
  return a;
}

/// "<Appraisal 'Kent': 2 options, ...>": a title, a count of options and the rest.
std::string titled_repr(const char* type, const std::string& title, std::size_t options, const std::string& rest) {
  return "<" + std::string(type) + " " + quoted(title) + ": " + std::to_string(options) +
         (options == 1 ? " option, " : " options, ") + rest + ">";
}

std::string appraisal_repr(const cm::appraisal& given) {
  const cm::appraisal a = snapshot(given);
  return titled_repr("Appraisal", a.title(), a.options().size(), settings_text(a.settings()));
}

cm::appraisal_result run_appraisal(const cm::appraisal& given) {
  const cm::appraisal a = snapshot(given);
  const py::gil_scoped_release release;
  return a.run();
}

// ---------------------------------------------------------------- OptionAppraisal and AppraisalResult

std::string option_appraisal_repr(const cm::option_appraisal& o) {
  return "<OptionAppraisal " + quoted(o.name) + ": rank " + std::to_string(o.rank) + (o.preferred ? ", preferred" : "") +
         (o.viable ? "" : ", not viable") + ", net present cost " + cm::to_string(o.net_present_cost) + ">";
}

py::tuple result_state(const cm::appraisal_result& r) {
  return py::make_tuple(r.title, state_of(r.settings), state_of(r.options), state_of(r.reasons),
                        state_of(r.assumptions));
}

cm::appraisal_result result_from_state(const py::tuple& state) {
  if (state.size() != 5) throw std::runtime_error("invalid AppraisalResult state");
  cm::appraisal_result r(state[0].cast<std::string>(),
                         from_class_state<cm::appraisal_settings>(state[1].cast<py::tuple>()));
  for (py::handle o : state[2].cast<py::list>())
    r.options.push_back(from_class_state<cm::option_appraisal>(o.cast<py::tuple>()));
  r.reasons = state[3].cast<std::vector<std::string>>();
  r.assumptions = state[4].cast<std::vector<std::string>>();
  return r;
}

std::string result_repr(const cm::appraisal_result& r) {
  const cm::option_appraisal* p = r.preferred();
  return titled_repr("AppraisalResult", r.title, r.options.size(),
                     p ? "preferred " + quoted(p->name) + " (net present cost " + cm::to_string(p->net_present_cost) + ")"
                       : "no option viable");
}

// ---------------------------------------------------------------- sensitivity

std::string input_repr(const cm::appraisal_input& i) {
  std::string args = i.is_discount_rate() ? "" : quoted(i.option_name());
  if (i.target() == cm::input_target::line) args += ", " + quoted(i.line_name());
  if (const auto category = i.category_moved()) args += ", " + quoted(std::string(cm::name_of(*category)));
  return "AppraisalInput." + std::string(cm::name_of(i.target())) + "(" + args + ")";
}

std::vector<cm::appraisal_input> inputs_arg(py::handle inputs) {
  return items_of<cm::appraisal_input>(inputs, "sensitivity inputs are AppraisalInputs; got ");
}

py::list sensitivity_rows(const cm::sensitivity_analysis& s) {
  py::list rows;
  const py::object row = types_attr("SensitivityRow");
  for (const cm::sensitivity_row& r : s.rows)
    rows.append(row(r.input, r.at_low, r.at_high, r.swing, text_or_none(r.preferred_at_low), text_or_none(r.preferred_at_high)));
  return rows;
}

std::string sensitivity_repr(const cm::sensitivity_analysis& s) {
  std::string metric(cm::name_of(s.metric));
  std::ranges::replace(metric, '_', ' ');  // "net present cost"
  return "<SensitivityAnalysis: " + metric + " of " + quoted(s.option) + (s.rival.empty() ? "" : " over " + quoted(s.rival)) +
         ", " + std::to_string(s.rows.size()) + (s.rows.size() == 1 ? " input" : " inputs") + " moved ±" +
         s.change.to_percent_string() + ", base " + cm::to_string(s.base) + ">";
}

cm::sensitivity_analysis run_sensitivity(const cm::appraisal& given, inputs_arg_object inputs, rate_like change,
                                         std::optional<std::string> option_name, cm::sensitivity_metric metric,
                                         std::optional<std::string> rival) {
  const std::vector<cm::appraisal_input> list = inputs_arg(inputs.value);
  const cm::appraisal a = snapshot(given);
  const py::gil_scoped_release release;
  return cm::one_way_sensitivity(a, list, change.value, option_name.value_or(std::string()), metric,
                                 rival.value_or(std::string()));
}

std::vector<cm::sensitivity_analysis> run_sensitivity_to_rivals(const cm::appraisal& given, inputs_arg_object inputs,
                                                                rate_like change, std::optional<std::string> option_name) {
  const std::vector<cm::appraisal_input> list = inputs_arg(inputs.value);
  const cm::appraisal a = snapshot(given);
  const py::gil_scoped_release release;
  return cm::sensitivity_to_rivals(a, list, change.value, option_name.value_or(std::string()));
}

std::string switching_repr(const cm::switching_value& v) {
  return "<SwitchingValue " + v.input + " of " + quoted(v.option) + (v.rival.empty() ? "" : " against " + quoted(v.rival)) +
         (v.multiplier ? ": × " + str_of(py::float_(*v.multiplier)) : ": none") + ">";
}

cm::switching_value run_switching(const cm::appraisal& given, const cm::appraisal_input& input,
                                  const std::optional<std::string>& option_name,
                                  const std::optional<std::string>& rival) {
  if (option_name.has_value() != rival.has_value())
    throw py::type_error("give both option and rival, or neither (the preferred option against its nearest rival)");
  const cm::appraisal a = snapshot(given);
  const cm::appraisal_input moved = input;
  const py::gil_scoped_release release;
  if (option_name) return cm::find_switching_value(a, moved, *option_name, *rival);
  return cm::find_switching_value(a, moved);
}

}  // namespace

py::tuple appraisal_input_state(const cm::appraisal_input& i) {
  return py::make_tuple(cm::name_of(i.target()), i.option_name(), i.line_name(), state_of(i.category_moved()));
}

cm::appraisal_input appraisal_input_from_state(const py::tuple& state) {
  if (state.size() != 4) throw std::runtime_error("invalid AppraisalInput state");
  const auto target = state[0].cast<std::string>();
  const auto category = from_state<std::optional<cm::cost_category>>(state[3]);
  const auto what = target == "category" && !category ? std::nullopt : cm::find_name<cm::input_target>(target);
  if (!what || cm::name_of(*what) != target)
    throw std::runtime_error("invalid AppraisalInput state: unknown target " + target);
  return cm::appraisal_input::restore(*what, state[1].cast<std::string>(), state[2].cast<std::string>(),
                                      category.value_or(cm::cost_category::other));
}

void bind_appraisal(public_module& m) {
  def_text_enums<cm::option_kind, cm::line_kind, cm::cost_category, cm::price_basis, cm::sensitivity_metric,
                 cm::vat_recovery>(m);

  // ---------------------------------------------------------------- Deflator
  public_class<cm::deflator> deflator_class(m, "Deflator");
  deflator_class
      .def(py::init([](std::string name, index_arg series, std::optional<std::chrono::month> start_month) {
             return cm::deflator(std::move(name), year_values(series.value, start_month, "index", rate_arg));
           }),
           "name"_a, "index"_a, py::kw_only(), "start_month"_a = py::none())
      .def_static("constant_growth", as_python<&cm::deflator::constant_growth>, "name"_a, "growth"_a, "first"_a,
                  "last"_a)
      .def("index", as_python<&cm::deflator::index>, "year"_a)
      .def("to_real", as_python<&cm::deflator::to_real>, "cash"_a, "year"_a, "base"_a, py::kw_only(), rounding_arg())
      .def("to_nominal", as_python<&cm::deflator::to_nominal>, "real"_a, "year"_a, "base"_a, py::kw_only(),
           rounding_arg())
      .def("__repr__", &deflator_repr);
  def_properties(deflator_class, CMPY_PROPERTIES(Deflator, name, start_month, years),
                 property{"by_year", [](const Deflator& d) {
                            return named_object<"dict[str, Rate]">{
                                by_label(d.years(), [&](const cm::financial_year& y) { return d.index(y); })};
                          }});
  def_immutable_value(deflator_class, &deflator_state, &deflator_from_state);

  // ---------------------------------------------------------------- VAT
  public_class<cm::vat_terms> vat_class(m, "VatTerms");
  vat_class
      .def(py::init([](cm::vat_recovery treatment, rate_like vat_rate, bool amounts_include_vat) {
             return cm::check_vat_terms(cm::vat_terms{treatment, vat_rate.value, amounts_include_vat});
           }),
           py::arg_v("treatment", cm::vat_recovery::not_stated, "VatRecovery.NOT_STATED"), py::kw_only(),
           py::arg_v("vat_rate", rate_like{cm::vat_terms{}.vat_rate}, "'20%'"), "amounts_include_vat"_a = false)
      .def("__repr__", &vat_terms_repr);
  def_fields(vat_class, property{"description", [](const VatTerms& t) { return cm::describe(t); }});
  def_state_hash(vat_class, &state_of<cm::vat_terms>);
  def_equality(vat_class);
  def_pickle(vat_class, &state_of<cm::vat_terms>, &vat_terms_from_state);
  m.def(
      "split_vat",
      [](money_like amount, const cm::vat_terms& terms) {
        return named_tuple<"VatSplit">(cm::split_vat(amount.value, terms));
      },
      "amount"_a, "terms"_a);

  // ---------------------------------------------------------------- AppraisalLine
  public_class<cm::appraisal_line> line_class(m, "AppraisalLine");
  line_class
      .def_static("recurring", as_python<&cm::appraisal_line::recurring>, "name"_a, "kind"_a, "category"_a,
                  "per_year"_a, "first"_a, "last"_a, py::kw_only(),
                  py::arg_v("indexation", rate_like{cm::rate(0)}, "0"), rounding_arg())
      .def_static("one_off",
                  as_python<static_cast<AppraisalLine (*)(std::string, cm::line_kind, cm::cost_category, cm::money,
                                                          const cm::financial_year&)>(&AppraisalLine::one_off)>,
                  "name"_a, "kind"_a, "category"_a, "amount"_a, "year"_a)
      .def_static(
          "per_year",
          [](std::string name, cm::line_kind kind, cm::cost_category category, year_amounts_arg amounts,
             std::optional<std::chrono::month> start_month) {
            std::vector<cm::financial_year_amount> values;
            for (const auto& [year, amount] : year_values(amounts.value, start_month, "amounts", money_arg))
              values.push_back({year, amount});
            return cm::appraisal_line::per_year(std::move(name), kind, category, values);
          },
          "name"_a, "kind"_a, "category"_a, "amounts"_a, py::kw_only(), "start_month"_a = py::none())
      .def_static(
          "from_contract",
          [](std::string name, typed_object<contract_type> contract, cm::contract_scope scope,
             cm::apportion_rule rule) {
            return cm::appraisal_line::from_contract(std::move(name), contract_of(contract.value), scope, rule);
          },
          "name"_a, "contract"_a, "scope"_a = "current", "rule"_a = "monthly")
      .def_static("from_envelope", &cm::appraisal_line::from_envelope, "name"_a, "kind"_a, "category"_a, "envelope"_a)
      .def("with_vat", &cm::appraisal_line::with_vat, "terms"_a)
      .def(
          "split_in_year",
          [](const cm::appraisal_line& l, financial_year_arg year) {
            return named_tuple<"VatSplit">(l.split(year_in(year.value, l.start_month())));
          },
          "year"_a)
      .def("appraised_in_year", as_python<&cm::appraisal_line::appraised>, "year"_a)
      .def("in_year", as_python<&cm::appraisal_line::in>, "year"_a)
      .def(
          "scaled",
          [](const cm::appraisal_line& l, rate_like factor, cm::rounding mode) { return l.scaled(factor.value, mode); },
          "factor"_a, py::kw_only(), rounding_arg())
      .def("__repr__", &line_repr);
  def_properties(
      line_class,
      CMPY_PROPERTIES(AppraisalLine, name, kind, category, basis, start_month, years, total, vat, gross_total),
      property{"is_one_off", [](const AppraisalLine& l) { return l.one_off(); }},
      property{"amounts", [](const AppraisalLine& l) { return named_tuples<"FinancialYearAmount">(l.amounts()); }},
      property{"by_year", [](const AppraisalLine& l) {
                 return named_object<"dict[str, Money]">{
                     by_label(l.years(), [&](const cm::financial_year& y) { return l.in(y); })};
               }});
  def_python_view<named_object<"pandas.Series">>(line_class, "to_pandas", appraisal_display, "line_to_pandas");
  def_immutable_value(line_class, &line_state, [](const py::tuple& state) { return line_from_state(state); });

  // ---------------------------------------------------------------- Option
  public_class<cm::option> option_class(m, "Option");
  option_class
      .def(py::init([](std::string name, cm::option_kind kind, std::string description, std::optional<lines_arg> lines,
                       std::optional<texts_arg> advantages, std::optional<texts_arg> disadvantages,
                       std::optional<texts_arg> risks, std::optional<duties_arg> duties) {
             cm::option o(std::move(name), kind, std::move(description));
             if (lines)
               for_each_item<cm::appraisal_line>(lines->value, "an option's lines are AppraisalLines; got ",
                                                 [&](cm::appraisal_line line) { o.add(std::move(line)); });
             for (const auto& [given, add] : {std::pair{&advantages, &cm::option::advantage},
                                              std::pair{&disadvantages, &cm::option::disadvantage},
                                              std::pair{&risks, &cm::option::risk}})
               if (*given)
                 for_each_item<std::string>((*given)->value, "expected text, got ",
                                            [&, add = add](std::string text) { (o.*add)(std::move(text)); });
             if (duties)
               for (py::handle duty : py::iter(duties->value)) add_duty(o, duty);
             return o;
           }),
           "name"_a, "kind"_a = "other", "description"_a = "", py::kw_only(), "lines"_a = py::none(),
           "advantages"_a = py::none(), "disadvantages"_a = py::none(), "risks"_a = py::none(), "duties"_a = py::none())
      .def("add", chained_method<option_object>(&cm::option::add), "line"_a)
      .def("advantage", chained_method<option_object>(&cm::option::advantage), "text"_a)
      .def("disadvantage", chained_method<option_object>(&cm::option::disadvantage), "text"_a)
      .def("risk", chained_method<option_object>(&cm::option::risk), "text"_a)
      .def("duty", chained_method<option_object>(&cm::option::duty), "name"_a, "met"_a, "note"_a = "")
      .def(
          "optimism_bias",
          [](option_object self, typed_object<uplift_arg_type> uplift, std::string description,
             std::optional<categories_arg_object> applies_to) {
            std::vector<cm::cost_category> categories;
            if (applies_to)
              for_each_item<std::string>(
                  applies_to->value, "a cost category is a CostCategory or its name, got ",
                  [&](const std::string& c) { categories.push_back(cm::read_name<cm::cost_category>(c)); });
            if (py::isinstance<cm::optimism_bias_adjustment>(uplift.value)) {
              if (!description.empty())
                throw py::type_error("an OptimismBiasAdjustment describes itself; give no description with it");
              const auto adjustment = uplift.value.cast<cm::optimism_bias_adjustment>();
              return changed<cm::option>(self,
                                         [&](cm::option& o) { o.optimism_bias(adjustment, std::move(categories)); });
            }
            const cm::rate r = rate_arg(uplift.value);
            return changed<cm::option>(
                self, [&](cm::option& o) { o.optimism_bias(r, std::move(description), std::move(categories)); });
          },
          "uplift"_a, "description"_a = "", "applies_to"_a = py::none())
      .def(
          "output",
          [](option_object self, std::string unit, std::int64_t per_year, financial_year_arg first,
             financial_year_arg last) {
            const std::chrono::month month = month_for({first.value, last.value});
            const cm::financial_year from = year_in(first.value, month);
            const cm::financial_year to = year_in(last.value, month);
            return changed<cm::option>(self, [&](cm::option& o) { o.output(std::move(unit), per_year, from, to); });
          },
          "unit"_a, "per_year"_a, "first"_a, "last"_a)
      .def(
          "line", [](const cm::option& o, std::string_view name) { return snapshot(o).line(name); }, "name"_a)
      .def("__repr__", &option_repr);
  def_copy(option_class);
  def_properties<true>(
      option_class,
      CMPY_PROPERTIES(Option, name, kind, description, lines, meets_statutory_duties, advantages, disadvantages, risks),
      property{"duties", [](const Option& o) { return named_tuples<"StatutoryDuty">(o.duties()); }},
      property{"optimism_bias_uplift",
               [](const Option& o) {
                 return named_object<"OptimismBiasUplift | None">{
                     o.optimism_bias() ? named_tuple<"OptimismBiasUplift">(*o.optimism_bias()).value : py::none()};
               }},
      property{"output_measure", [](const Option& o) {
                 return named_object<"OutputMeasure | None">{
                     o.output() ? named_tuple<"OutputMeasure">(*o.output()).value : py::none()};
               }});
  def_value_semantics(option_class, &option_state, [](const py::tuple& state) { return option_from_state(state); });
  option_class.attr("__hash__") = py::none();

  // ---------------------------------------------------------------- AppraisalSettings
  public_class<cm::appraisal_settings> settings_class(m, "AppraisalSettings");
  settings_class
      .def(py::init([](financial_year_arg base_year, int years, cm::price_basis basis,
                       std::optional<cm::discount_schedule> schedule, std::optional<cm::deflator> deflator,
                       cm::rounding mode) {
             return cm::appraisal_settings(year_in(base_year.value, month_for({base_year.value})), years, basis,
                                           schedule.value_or(cm::discount_schedule::green_book_2022()),
                                           std::move(deflator), mode);
           }),
           "base_year"_a, "years"_a, "basis"_a = "real", "schedule"_a = py::none(), "deflator"_a = py::none(),
           py::kw_only(), rounding_arg())
      .def("__repr__", [](const cm::appraisal_settings& s) { return "<AppraisalSettings: " + settings_text(s) + ">"; });
  def_properties(settings_class, CMPY_PROPERTIES(AppraisalSettings, base_year, years, basis, schedule, deflator),
                 property{"rounding", &AppraisalSettings::mode});
  def_state_hash(settings_class, &state_of<cm::appraisal_settings>);
  def_record_semantics(settings_class);

  // ---------------------------------------------------------------- OptionAppraisal
  public_class<cm::option_appraisal> option_appraisal_class(m, "OptionAppraisal");
  def_fields(option_appraisal_class,
             property{"years", [](const OptionAppraisal& o) { return named_tuples<"AppraisalYear">(o.years); }},
             property{"output_unit", [](const OptionAppraisal& o) { return text_or_none(o.output_unit); }});
  def_python_view<named_object<"pandas.DataFrame">>(option_appraisal_class, "to_pandas", appraisal_display,
                                                 "option_appraisal_to_pandas");
  option_appraisal_class.def("__repr__", &option_appraisal_repr);
  def_python_view<std::string>(option_appraisal_class, "_repr_html_", appraisal_display, "option_appraisal_html");
  def_record_semantics(option_appraisal_class);

  // ---------------------------------------------------------------- AppraisalResult
  public_class<cm::appraisal_result> result_class(m, "AppraisalResult");
  def_properties(result_class,
                 CMPY_PROPERTIES(AppraisalResult, title, settings, options, baseline, reasons, assumptions),
                 property{"preferred", [](const AppraisalResult& r) {
                            const cm::option_appraisal* p = r.preferred();
                            return p ? std::optional<cm::option_appraisal>(*p) : std::nullopt;
                          }});
  result_class.def("option", &cm::appraisal_result::option, "name"_a);
  def_python_view<named_object<"pandas.DataFrame">>(result_class, "to_pandas", appraisal_display, "appraisal_to_pandas");
  def_python_view<named_object<"pandas.DataFrame">>(result_class, "years_frame", appraisal_display,
                                                 "appraisal_years_frame");
  result_class.def("__repr__", &result_repr);
  def_python_view<std::string>(result_class, "_repr_html_", appraisal_display, "appraisal_html");
  def_value_semantics(result_class, &result_state, &result_from_state);

  // ---------------------------------------------------------------- AppraisalInput
  public_class<cm::appraisal_input> input_class(m, "AppraisalInput");
  input_class.def_static("line", &cm::appraisal_input::line, "option"_a, "line"_a)
      .def_static("costs", &cm::appraisal_input::costs, "option"_a)
      .def_static("benefits", &cm::appraisal_input::benefits, "option"_a)
      .def_static("category", &cm::appraisal_input::category, "option"_a, "category"_a)
      .def_static("discount_rate", &cm::appraisal_input::discount_rate)
      .def(
          "apply",
          [](const cm::appraisal_input& i, const cm::appraisal& base, rate_like multiplier) {
            return i.apply(snapshot(base), multiplier.value);
          },
          "appraisal"_a, "multiplier"_a)
      .def("__repr__", &input_repr);
  def_properties(input_class, property{"name", &AppraisalInput::name},
                 property{"target", [](const AppraisalInput& i) { return std::string(cm::name_of(i.target())); }},
                 property{"option", [](const AppraisalInput& i) { return text_or_none(i.option_name()); }},
                 property{"line_name", [](const AppraisalInput& i) { return text_or_none(i.line_name()); }},
                 property{"cost_category", [](const AppraisalInput& i) { return py::cast(i.category_moved()); }});
  def_immutable_value(input_class, &appraisal_input_state, &appraisal_input_from_state);

  // ---------------------------------------------------------------- SensitivityAnalysis
  public_class<cm::sensitivity_analysis> sensitivity_class(m, "SensitivityAnalysis");
  sensitivity_class
      .def("__len__", [](const cm::sensitivity_analysis& s) { return s.rows.size(); })
      .def("__iter__", [](const cm::sensitivity_analysis& s) { return py::iter(sensitivity_rows(s)); })
      .def("__getitem__",
           [](const cm::sensitivity_analysis& s, py::handle index) -> py::object {
             return sensitivity_rows(s)[index];  // list indexing: negative indices and slices too
           })
      .def("__repr__", &sensitivity_repr);
  def_fields(sensitivity_class, property{"rival", [](const SensitivityAnalysis& s) { return text_or_none(s.rival); }},
             property{"figure", &SensitivityAnalysis::figure},
             property{"preferred", [](const SensitivityAnalysis& s) { return text_or_none(s.preferred); }},
             property{"rows", [](const SensitivityAnalysis& s) {
                        return named_object<"list[SensitivityRow]">{sensitivity_rows(s)};
                      }});
  def_python_view<named_object<"pandas.DataFrame">>(sensitivity_class, "to_pandas", appraisal_display,
                                                 "sensitivity_to_pandas");
  def_python_view<std::string>(sensitivity_class, "_repr_html_", appraisal_display, "sensitivity_html");
  def_record_semantics(sensitivity_class);

  // ---------------------------------------------------------------- SwitchingValue
  public_class<cm::switching_value> switching_class(m, "SwitchingValue");
  def_fields(switching_class, property{"rival", [](const SwitchingValue& v) { return text_or_none(v.rival); }},
             property{"change", &SwitchingValue::change});
  switching_class.def("__str__", [](const cm::switching_value& v) { return v.sentence; })
      .def("__repr__", &switching_repr);
  def_record_semantics(switching_class);

  // ---------------------------------------------------------------- Appraisal
  public_class<cm::appraisal> appraisal_class(m, "Appraisal");
  appraisal_class
      .def(py::init([](std::string title, options_arg_object options, std::optional<financial_year_arg> base_year,
                       std::optional<int> years, std::optional<cm::price_basis> basis,
                       std::optional<cm::discount_schedule> schedule, std::optional<cm::deflator> deflator,
                       std::optional<cm::rounding> mode, std::optional<cm::appraisal_settings> settings) {
             auto list = items_of<cm::option>(options.value, "an appraisal's options are Options; got ");
             if (settings) {
               if (base_year || years || basis || schedule || deflator || mode)
                 throw py::type_error("give settings, or base_year and years (and perhaps basis, schedule, "
                                      "deflator and rounding), not both");
               return cm::appraisal(std::move(title), *settings, std::move(list));
             }
             if (!base_year || !years) throw py::type_error("an appraisal needs base_year and years, or settings");
             cm::appraisal_settings s(year_in(base_year->value, month_for({base_year->value})), *years,
                                      basis.value_or(cm::price_basis::real),
                                      schedule.value_or(cm::discount_schedule::green_book_2022()), std::move(deflator),
                                      mode.value_or(cm::default_rounding));
             return cm::appraisal(std::move(title), std::move(s), std::move(list));
           }),
           "title"_a, "options"_a, py::kw_only(), "base_year"_a = py::none(), "years"_a = py::none(),
           "basis"_a = py::none(), "schedule"_a = py::none(), "deflator"_a = py::none(), "rounding"_a = py::none(),
           "settings"_a = py::none())
      .def("assume", chained_method<appraisal_object>(&cm::appraisal::assume), "text"_a)
      .def(
          "option", [](const cm::appraisal& a, std::string_view name) { return snapshot(a).option(name); }, "name"_a)
      .def(
          "with_settings",
          [](const cm::appraisal& a, const cm::appraisal_settings& settings) {
            return snapshot(a).with_settings(settings);
          },
          "settings"_a)
      .def(
          "with_option",
          [](const cm::appraisal& a, const cm::option& replacement) {
            return snapshot(a).with_option(snapshot(replacement));
          },
          "option"_a)
      .def("run", &run_appraisal)
      .def("sensitivity", &run_sensitivity, "inputs"_a, py::arg_v("change", rate_like{cm::rate::parse("10%")}, "'10%'"),
           "option"_a = py::none(), "metric"_a = "net_present_cost", "rival"_a = py::none())
      .def("sensitivity_to_rivals", &run_sensitivity_to_rivals, "inputs"_a,
           py::arg_v("change", rate_like{cm::rate::parse("10%")}, "'10%'"), "option"_a = py::none())
      .def("switching_value", &run_switching, "input"_a, "option"_a = py::none(), "rival"_a = py::none())
      .def("__repr__", &appraisal_repr);
  def_copy(appraisal_class);
  def_properties<true>(appraisal_class, CMPY_PROPERTIES(Appraisal, title, settings, options, years, assumptions));
  def_value_semantics(appraisal_class, &appraisal_state, &appraisal_from_state);
  appraisal_class.attr("__hash__") = py::none();

  m.def("one_way_sensitivity", &run_sensitivity, "appraisal"_a, "inputs"_a,
        py::arg_v("change", rate_like{cm::rate::parse("10%")}, "'10%'"), "option"_a = py::none(),
        "metric"_a = "net_present_cost", "rival"_a = py::none());

  m.def("sensitivity_to_rivals", &run_sensitivity_to_rivals, "appraisal"_a, "inputs"_a,
        py::arg_v("change", rate_like{cm::rate::parse("10%")}, "'10%'"), "option"_a = py::none());

  m.def("find_switching_value", &run_switching, "appraisal"_a, "input"_a, "option"_a = py::none(),
        "rival"_a = py::none());
}

}  // namespace cmpy
