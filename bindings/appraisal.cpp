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

CMPY_FIELDS(cm::vat_terms, &T::treatment, &T::vat_rate, &T::amounts_include_vat);
CMPY_FIELDS(cm::vat_split, &T::net, &T::vat, &T::gross, &T::appraised);
CMPY_FIELDS(cm::appraisal_year,
            &T::year, &T::index, &T::costs, &T::optimism_bias, &T::benefits, &T::net_cost, &T::discount_factor,
            &T::present_value);
CMPY_FIELDS(cm::option_appraisal,
            &T::name, &T::kind, &T::years, &T::cash_costs, &T::cash_benefits, &T::optimism_bias,
            &T::present_value_costs, &T::present_value_benefits, &T::net_present_cost, &T::net_present_social_value,
            &T::benefit_cost_ratio, &T::equivalent_annual_cost, &T::cost_per_unit, &T::output_unit, &T::output_units,
            &T::viable, &T::failed_duties, &T::rank, &T::preferred);
CMPY_FIELDS(cm::sensitivity_row,
            &T::input, &T::at_low, &T::at_high, &T::swing, &T::preferred_at_low, &T::preferred_at_high);
/// In the order of the state, which gained `rival` last.
CMPY_FIELDS(cm::sensitivity_analysis, &T::option, &T::metric, &T::change, &T::base, &T::preferred, &T::rows, &T::rival);
CMPY_FIELDS(cm::statutory_duty, &T::name, &T::met, &T::note);
CMPY_FIELDS(cm::optimism_bias_uplift, &T::uplift, &T::description, &T::applies_to);
CMPY_FIELDS(cm::output_measure, &T::unit, &T::by_year);
CMPY_FIELDS(cm::switching_value, &T::input, &T::option, &T::rival, &T::multiplier, &T::sentence);
CMPY_FIELDS(cm::financial_year_amount, &T::year, &T::amount);

namespace {

// ---------------------------------------------------------------- names for signatures

struct year_type {
  static constexpr auto name = py::detail::const_name("FinancialYear | str | int");
  static bool accepts(py::handle h) { return is_int(h) || is_str(h) || py::isinstance<cm::financial_year>(h); }
};
using year_object = typed_object<year_type>;

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

// ---------------------------------------------------------------- financial years

/// The start month of the first FinancialYear given, else April.
std::chrono::month month_for(std::initializer_list<py::handle> years) {
  for (py::handle y : years)
    if (py::isinstance<cm::financial_year>(y)) return y.cast<cm::financial_year>().start_month();
  return cm::april;
}

/// A FinancialYear as it is; a label or a start year read in `start_month`.
cm::financial_year year_in(py::handle y, std::chrono::month start_month) {
  if (py::isinstance<cm::financial_year>(y)) return y.cast<cm::financial_year>();
  if (is_str(y)) return cm::financial_year::parse(y.cast<std::string>(), start_month);
  if (is_int(y)) {
    const auto year = to_int64(y);
    if (!year || *year < INT_MIN + 1 || *year > INT_MAX - 1)
      throw cm::out_of_range_error("date", 3,
                                   "year " + str_of(y) + " is outside the supported range 1000-9999 (financial year)");
    return cm::financial_year(static_cast<int>(*year), start_month);
  }
  throw py::type_error("a financial year must be a FinancialYear, a label such as '2022-23' or a start year, got " +
                       repr_of(y));
}

/// The start month for keys: `given`, else that of the first FinancialYear key, else April.
std::chrono::month keys_month(const std::vector<std::pair<py::object, py::object>>& pairs,
                              std::optional<std::chrono::month> given) {
  if (given) return *given;
  for (const auto& pair : pairs)
    if (py::isinstance<cm::financial_year>(pair.first)) return pair.first.cast<cm::financial_year>().start_month();
  return cm::april;
}

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

/// Each item (a struct with `fields`) as the NamedTuple `Name`, in a list named `List` in signatures.
template <signature_text List, signature_text Name, class Items>
named_object<List> named_tuple_list(const Items& items) {
  py::list result;
  for (const auto& item : items) result.append(named_tuple<Name>(item).value);
  return {result};
}

/// A public class of the module (final, its `__module__` commissioning) with its docstring.
template <class T>
py::class_<T> public_class(py::module_& m, const char* name, const char* doc) {
  py::class_<T> cls(m, name, py::is_final(), doc);
  set_public_module(cls);
  return cls;
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

py::tuple settings_state(const cm::appraisal_settings& s) {
  return py::make_tuple(s.base_year, s.years, state_of(s.basis), s.schedule, s.deflator, s.mode);
}

cm::appraisal_settings settings_from_state(py::handle state_object) {
  const auto state = py::reinterpret_borrow<py::tuple>(state_object);
  if (state.size() != 6) throw std::runtime_error("invalid AppraisalSettings state");
  return {state[0].cast<cm::financial_year>(), state[1].cast<int>(), from_state<cm::price_basis>(state[2]),
          state[3].cast<cm::discount_schedule>(), state[4].cast<std::optional<cm::deflator>>(),
          state[5].cast<cm::rounding>()};
}

std::string settings_text(const cm::appraisal_settings& s) {
  const bool deflated = s.deflator && s.basis == cm::price_basis::real;
  return cm::describe(s) + (deflated ? ", deflated by " + quoted(s.deflator->name()) : "");
}

// ---------------------------------------------------------------- Appraisal

py::tuple appraisal_state(const cm::appraisal& given) {
  const cm::appraisal a = snapshot(given);
  py::list options;
  for (const cm::option& o : a.options()) options.append(option_state(o));
  return py::make_tuple(a.title(), settings_state(a.settings()), options, state_of(a.assumptions()));
}

cm::appraisal appraisal_from_state(const py::tuple& state) {
  if (state.size() != 4) throw std::runtime_error("invalid Appraisal state");
  std::vector<cm::option> options;
  for (py::handle o : state[2].cast<py::list>()) options.push_back(option_from_state(o));
  cm::appraisal a(state[0].cast<std::string>(), settings_from_state(state[1]), std::move(options));
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
  return py::make_tuple(r.title, settings_state(r.settings), state_of(r.options), state_of(r.reasons),
                        state_of(r.assumptions));
}

cm::appraisal_result result_from_state(const py::tuple& state) {
  if (state.size() != 5) throw std::runtime_error("invalid AppraisalResult state");
  cm::appraisal_result r(state[0].cast<std::string>(), settings_from_state(state[1]));
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

py::tuple input_state(const cm::appraisal_input& i) {
  return py::make_tuple(cm::name_of(i.target()), i.option_name(), i.line_name(), state_of(i.category_moved()));
}

cm::appraisal_input input_from_state(const py::tuple& state) {
  if (state.size() != 4) throw std::runtime_error("invalid AppraisalInput state");
  const auto target = state[0].cast<std::string>();
  const auto category = from_state<std::optional<cm::cost_category>>(state[3]);
  const auto what = target == "category" && !category ? std::nullopt : cm::find_name<cm::input_target>(target);
  if (!what || cm::name_of(*what) != target)
    throw std::runtime_error("invalid AppraisalInput state: unknown target " + target);
  return cm::appraisal_input::restore(*what, state[1].cast<std::string>(), state[2].cast<std::string>(),
                                      category.value_or(cm::cost_category::other));
}

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

// ---------------------------------------------------------------- docstrings shared by methods

/// The docstring of `one_way_sensitivity` (`function`) or of `Appraisal.sensitivity`.
std::string sensitivity_doc(bool function) {
  std::string doc = function ? "\nMove each input of an appraisal on its own and watch how one option's figure moves.\n"
                             : "\nThe same as ``one_way_sensitivity(appraisal, ...)``.\n";
  doc.append(R"doc(
One-way sensitivity (Green Book 2022 5.59): each input moved down and up by ``change`` on its
own, the appraisal re-run exactly each time, and ``metric`` of ``option`` watched.

Parameters
----------
)doc");
  if (function) doc.append("appraisal : Appraisal\n");
  doc.append(R"doc(inputs : iterable of AppraisalInput
change : Rate, str, int, float, decimal.Decimal or fractions.Fraction, default "10%"
    Above 0% and at most 100% (InvalidInputError, commissioning.sensitivity.002): each
    input × (1 − change) and × (1 + change).
option : str, optional
    Whose metric is watched: by default the preferred option, or the baseline when no
    option is viable.
metric : SensitivityMetric or str, default "net_present_cost"
    ``"net_present_cost"``, ``"net_present_social_value"`` or
    ``"net_present_social_value_gap"`` (``"gap"``): the option's net present social value
    less the rival's, which every option's inputs move (the switching question).
rival : str, optional
    The gap only (InvalidInputError, commissioning.sensitivity.006, with another metric):
    whom the lead is over; by default the viable option nearest to ``option``
    (DomainError, commissioning.sensitivity.005, when there is none).

Returns
-------
SensitivityAnalysis
    The rows largest swing first (tornado order).

Examples
--------
>>> gap = cm.one_way_sensitivity(appraisal, inputs, metric="gap")  # doctest: +SKIP
>>> gap.figure  # doctest: +SKIP
'the lead of Deliver in-house over Commission via competitive procurement in net present social value'
)doc");
  return doc;
}

/// The docstring of `sensitivity_to_rivals` (`function`) or of `Appraisal.sensitivity_to_rivals`.
std::string rivals_doc(bool function) {
  std::string doc = function ? "\nThe switching question for each rival: one gap analysis per viable rival.\n"
                             : "\nThe same as ``sensitivity_to_rivals(appraisal, ...)``.\n";
  doc.append(R"doc(
For each viable option other than ``option``, the nearest first (by rank), a one-way
sensitivity of ``option``'s lead over it in net present social value (metric
``"net_present_social_value_gap"``). One analysis per rival, so that each table and tornado
chart swings around one base figure.

Parameters
----------
)doc");
  if (function) doc.append("appraisal : Appraisal\n");
  doc.append(R"doc(inputs : iterable of AppraisalInput
change : Rate, str, int, float, decimal.Decimal or fractions.Fraction, default "10%"
option : str, optional
    By default the preferred option.

Returns
-------
list of SensitivityAnalysis

Raises
------
DomainError
    No viable option other than ``option`` (commissioning.sensitivity.005).
)doc");
  return doc;
}

/// The docstring of `find_switching_value` (`function`) or of `Appraisal.switching_value`.
std::string switching_doc(bool function) {
  std::string doc = function ? "\nHow far an input of an appraisal must move before two options are equally good.\n"
                             : "\nThe same as ``find_switching_value(appraisal, ...)``.\n";
  doc.append(R"doc(
The switching value of an input (Green Book 2022 5.61): the multiplier of ``input`` at which
``option`` and ``rival`` have equal net present social value, the nearest to 1 when there are
several; searched from 0 to 1,024 times the estimate.

Parameters
----------
)doc");
  if (function) doc.append("appraisal : Appraisal\n");
  doc.append(R"doc(input : AppraisalInput
option, rival : str, optional
    Give both, or neither: then the preferred option against the viable rival it is nearest
    to switching with (DomainError, commissioning.sensitivity.004, when no option is viable).

Returns
-------
SwitchingValue
    ``multiplier`` None when no multiplier in range makes the two equal.

Raises
------
InvalidInputError
    The same option twice (commissioning.sensitivity.003); an option the appraisal does not
    have (commissioning.appraisal.004).
TypeError
    Only one of ``option`` and ``rival``.
)doc");
  return doc;
}

}  // namespace

void bind_appraisal(py::module_& m) {
  def_text_enum<cm::option_kind>(m, R"doc(
What kind of option of a decision this is; each member is its snake_case name (``"in_house"``).

Wherever a kind is taken, the name is read in any case, with spaces or hyphens for
underscores (``"external commission"``, ``"in-house"``), and as reports word it
(``"council-owned company"``, ``"extend existing contract"``, ``"sla"``).

Members
-------
DO_NOTHING
    Business as usual: the baseline the Green Book asks every appraisal to include.
DO_MINIMUM
    The least that meets the need.
IN_HOUSE
    Delivered by the council itself.
EXTERNAL_COMMISSION
    Let to a provider under a new contract.
EXTEND_EXISTING
    Extend or vary the existing contract.
SHARED_SERVICE
    Shared with another body.
COUNCIL_COMPANY
    A council-owned company (Teckal).
SERVICE_LEVEL_AGREEMENT
    A service level agreement with another public body.
OTHER
    Anything else.
)doc");
  def_text_enum<cm::line_kind>(m, R"doc(
What a line of an option's money is; each member is its snake_case name (``"cashable_saving"``).

Members
-------
COST
    A cost (optimism bias may apply).
BENEFIT
    A monetised (social) benefit.
CASHABLE_SAVING
    A saving that releases budget.
INCOME
    Income.
)doc");
  def_text_enum<cm::cost_category>(m, R"doc(
Which kind of cost (or benefit) a line is, for tables and for optimism bias.

Each member is its snake_case name (``"contract_payments"``); ``"TUPE and transition"`` and
``"non-staff"`` are read too.
)doc");
  def_text_enum<cm::price_basis>(m, R"doc(
Whether an appraisal's figures are in real base-year prices or cash (nominal) prices.

Members
-------
REAL
    "real": the Green Book's basis (2022, 5.55): prices of the base year.
NOMINAL
    "nominal" (or "cash"): cash prices as paid.
)doc");
  def_text_enum<cm::sensitivity_metric>(m, R"doc(
The figure a one-way sensitivity analysis watches.

Members
-------
NET_PRESENT_COST
    "net_present_cost" (or "npc"): the option's PVC − PVB.
NET_PRESENT_SOCIAL_VALUE
    "net_present_social_value" (or "npsv"): the option's social value against the baseline.
NET_PRESENT_SOCIAL_VALUE_GAP
    "net_present_social_value_gap" (or "gap"): the option's net present social value less a
    rival's, its lead; every option's inputs move it.
)doc");

  // ---------------------------------------------------------------- Deflator
  auto deflator_class = public_class<cm::deflator>(m, "Deflator", R"doc(
A price index by financial year that turns cash (nominal) amounts into real prices of a base
year, and back.

The Green Book appraises in real base-year prices (2022, 5.55): cash is divided by the index
of its year and multiplied by the index of the base year. Supply the series (HM Treasury's
GDP deflators, or an assumption); the library never guesses one.

Parameters
----------
name : str
index : mapping or iterable of (year, value) pairs
    Any base (100, 1, ...): ``{"2021-22": "100", "2022-23": "102"}``. Every value positive,
    no year twice, every year starting in the same month (InvalidInputError,
    commissioning.deflator.001).
start_month : int, optional
    The month the years start in: that of the first FinancialYear given, else April.

Attributes
----------
name : str
start_month : int
years : list of FinancialYear
by_year : dict of str to Rate
    The index, by financial-year label.

Examples
--------
>>> gdp = Deflator.constant_growth("OBR long-run GDP deflator", "2%", "2021-22", "2030-31")
>>> gdp.to_real("£102,000", "2022-23", "2021-22")
Money('£100,000.00')
)doc");
  deflator_class
      .def(py::init([](std::string name, index_arg series,
                       std::optional<std::chrono::month> start_month) {
             const auto pairs = pairs_of(series.value, "index");
             const std::chrono::month month = keys_month(pairs, start_month);
             std::vector<std::pair<cm::financial_year, cm::rate>> values;
             for (const auto& [year, value] : pairs) values.emplace_back(year_in(year, month), rate_arg(value));
             return cm::deflator(std::move(name), values);
           }),
           py::arg("name"), py::arg("index"), py::kw_only(), py::arg("start_month") = py::none(),
           "Make a deflator from its index by year.")
      .def_static(
          "constant_growth",
          [](std::string name, rate_like growth, year_object first, year_object last) {
            const std::chrono::month month = month_for({first.value, last.value});
            return cm::deflator::constant_growth(std::move(name), growth.value, year_in(first.value, month),
                                                 year_in(last.value, month));
          },
          py::arg("name"), py::arg("growth"), py::arg("first"), py::arg("last"), R"doc(
An index of 1 in ``first``, growing by ``growth`` a year to ``last``.

Parameters
----------
name : str
growth : Rate, str, int, float, decimal.Decimal or fractions.Fraction
    ``"2%"``.
first, last : FinancialYear, str or int

Returns
-------
Deflator
)doc")
      .def(
          "index", [](const cm::deflator& d, year_object year) { return d.index(year_in(year.value, d.start_month())); },
          py::arg("year"), R"doc(
The index of a year.

Parameters
----------
year : FinancialYear, str or int

Returns
-------
Rate

Raises
------
OutOfRangeError
    A year the series does not cover (commissioning.deflator.002).
)doc")
      .def(
          "to_real",
          [](const cm::deflator& d, money_like cash, year_object year, year_object base, cm::rounding mode) {
            const std::chrono::month month = d.start_month();
            return d.to_real(cash.value, year_in(year.value, month), year_in(base.value, month), mode);
          },
          py::arg("cash"), py::arg("year"), py::arg("base"), py::kw_only(),
          py::arg_v("rounding", cm::default_rounding, "Rounding.HALF_AWAY_FROM_ZERO"), R"doc(
Cash spent in ``year``, in the prices of ``base``: ``cash × index(base) ÷ index(year)``,
rounded to the penny.

Parameters
----------
cash : Money, str, int, float or decimal.Decimal
year, base : FinancialYear, str or int
rounding : Rounding or str, default "half_away_from_zero"

Returns
-------
Money

Raises
------
OutOfRangeError
    A year the series does not cover (commissioning.deflator.002).
)doc")
      .def(
          "to_nominal",
          [](const cm::deflator& d, money_like real, year_object year, year_object base, cm::rounding mode) {
            const std::chrono::month month = d.start_month();
            return d.to_nominal(real.value, year_in(year.value, month), year_in(base.value, month), mode);
          },
          py::arg("real"), py::arg("year"), py::arg("base"), py::kw_only(),
          py::arg_v("rounding", cm::default_rounding, "Rounding.HALF_AWAY_FROM_ZERO"), R"doc(
An amount in the prices of ``base`` as cash spent in ``year``: ``real × index(year) ÷
index(base)``, rounded to the penny.

Parameters
----------
real : Money, str, int, float or decimal.Decimal
year, base : FinancialYear, str or int
rounding : Rounding or str, default "half_away_from_zero"

Returns
-------
Money
)doc")
      .def("__repr__", &deflator_repr);
  def_properties(deflator_class, property{"name", &Deflator::name, "The deflator's name."},
                 property{"start_month", &Deflator::start_month, "The month its years start in (4 for April)."},
                 property{"years", &Deflator::years, "The years covered, in order."},
                 property{"by_year",
                          [](const Deflator& d) {
                            return named_object<"dict[str, Rate]">{
                                by_label(d.years(), [&](const cm::financial_year& y) { return d.index(y); })};
                          },
                          "The index by financial-year label (a new dict, in year order)."});
  def_state_hash(deflator_class, &deflator_state);
  def_value_semantics(deflator_class, &deflator_state, &deflator_from_state);

  // ---------------------------------------------------------------- VAT
  def_text_enum<cm::vat_recovery>(m, R"doc(
How VAT falls on a cost; each member is its snake_case name (``"recoverable"``).

Members
-------
NOT_STATED
    The amounts are counted as given (every line's default).
RECOVERABLE
    VAT is charged and refunded to the council (VAT Act 1994 section 33): the appraisal counts
    the net cost.
IRRECOVERABLE
    VAT is charged and not refunded (blocked items, business activities): the appraisal counts
    the gross cost.
EXEMPT
    An exempt supply (much social care): no VAT is charged.
OUTSIDE_SCOPE
    Outside the scope of VAT (grants, payments between public bodies): none is charged.
)doc");
  auto vat_class = public_class<cm::vat_terms>(m, "VatTerms", R"doc(
A cost's VAT facts: how VAT falls on it, the rate, and whether its amounts include VAT.

Parameters
----------
treatment : VatRecovery or str, default "not_stated"
vat_rate : Rate, str, int, float, decimal.Decimal or fractions.Fraction, default "20%"
    The standard rate (VAT Act 1994 section 2(1)); not negative (InvalidInputError,
    commissioning.appraisal.007).
amounts_include_vat : bool, default False
    The amounts given are VAT-inclusive (else net of VAT).

Examples
--------
>>> split_vat("£120,000", VatTerms("recoverable", amounts_include_vat=True)).appraised
Money('£100,000.00')
)doc");
  vat_class
      .def(py::init([](cm::vat_recovery treatment, rate_like vat_rate, bool amounts_include_vat) {
             return cm::check_vat_terms(cm::vat_terms{treatment, vat_rate.value, amounts_include_vat});
           }),
           py::arg_v("treatment", cm::vat_recovery::not_stated, "VatRecovery.NOT_STATED"), py::kw_only(),
           py::arg_v("vat_rate", rate_like{cm::vat_terms{}.vat_rate}, "'20%'"), py::arg("amounts_include_vat") = false)
      .def("__repr__", &vat_terms_repr);
  def_properties(vat_class, property{"treatment", &VatTerms::treatment, "How VAT falls on the cost."},
                 property{"vat_rate", &VatTerms::vat_rate, "The VAT rate."},
                 property{"amounts_include_vat", &VatTerms::amounts_include_vat,
                          "True when the amounts given are VAT-inclusive."},
                 property{"description", [](const VatTerms& t) { return cm::describe(t); },
                          "The terms in the words of an appraisal's assumptions."});
  def_state_hash(vat_class, &state_of<cm::vat_terms>);
  def_equality(vat_class);
  def_pickle(vat_class, &state_of<cm::vat_terms>, &vat_terms_from_state);
  m.def(
      "split_vat",
      [](money_like amount, const cm::vat_terms& terms) {
        return named_tuple<"VatSplit">(cm::split_vat(amount.value, terms));
      },
      py::arg("amount"), py::arg("terms"), R"doc(
An amount split by its VAT terms, to the penny: net + vat == gross.

From a VAT-inclusive amount the VAT is ``amount × rate ÷ (1 + rate)`` rounded to the penny and
the net is the rest, so no penny is created or lost.

Parameters
----------
amount : Money, str, int, float or decimal.Decimal
terms : VatTerms

Returns
-------
VatSplit
    ``net``, ``vat``, ``gross`` (what a procurement threshold compares) and ``appraised``
    (what the appraisal counts: net if recoverable, gross otherwise).

Examples
--------
>>> split_vat("£100,000", VatTerms("irrecoverable"))
VatSplit(net=Money('£100,000.00'), vat=Money('£20,000.00'), gross=Money('£120,000.00'), appraised=Money('£120,000.00'))
)doc");

  // ---------------------------------------------------------------- AppraisalLine
  auto line_class = public_class<cm::appraisal_line>(m, "AppraisalLine", R"doc(
A line of an option's money by financial year, in cash (nominal) prices.

Made by ``recurring`` (a sum a year, perhaps uplifted), ``one_off``, ``per_year``,
``from_contract`` (a contract's payments by financial year) or ``from_envelope``, so that the
appraisal, the contract and the budget never disagree by a penny. Amounts are never negative:
enter savings and income as lines of their own kind (commissioning.option.003).

Attributes
----------
name : str
kind : LineKind
    ``"cost"``, ``"benefit"``, ``"cashable_saving"`` or ``"income"``.
category : CostCategory
basis : str
    Where the figures come from, in words: ``"£325,500.00 a year, 2022-23 to 2026-27"``.
is_one_off : bool
start_month : int
years : list of FinancialYear
amounts : list of FinancialYearAmount
by_year : dict of str to Money
total : Money

Examples
--------
>>> staff = AppraisalLine.recurring("Staff", "cost", "staff", "£250,000", "2022-23", "2024-25", indexation="2%")
>>> staff.by_year
{'2022-23': Money('£250,000.00'), '2023-24': Money('£255,000.00'), '2024-25': Money('£260,100.00')}
)doc");
  line_class
      .def_static(
          "recurring",
          [](std::string name, cm::line_kind kind, cm::cost_category category, money_like per_year,
             year_object first, year_object last, rate_like indexation, cm::rounding mode) {
            const std::chrono::month month = month_for({first.value, last.value});
            return cm::appraisal_line::recurring(std::move(name), kind, category, per_year.value,
                                                 year_in(first.value, month), year_in(last.value, month),
                                                 indexation.value, mode);
          },
          py::arg("name"), py::arg("kind"), py::arg("category"), py::arg("per_year"), py::arg("first"),
          py::arg("last"), py::kw_only(), py::arg_v("indexation", rate_like{cm::rate(0)}, "0"),
          py::arg_v("rounding", cm::default_rounding, "Rounding.HALF_AWAY_FROM_ZERO"), R"doc(
``per_year`` in every year from ``first`` to ``last``, uplifted by ``indexation`` each year
after the first (each year rounded to the penny before the next uplift).

Parameters
----------
name : str
kind : LineKind or str
    ``"cost"``, ``"benefit"``, ``"cashable_saving"`` or ``"income"``.
category : CostCategory or str
    ``"staff"``, ``"non_staff"``, ``"overheads"``, ``"procurement"``, ``"tupe_and_transition"``,
    ``"mobilisation"``, ``"exit"``, ``"contract_payments"`` or ``"other"``.
per_year : Money, str, int, float or decimal.Decimal
first, last : FinancialYear, str or int
    ``"2022-23"``; labels and start years are read in the month of a FinancialYear given,
    else April.
indexation : Rate, str, int, float, decimal.Decimal or fractions.Fraction, default 0
rounding : Rounding or str, default "half_away_from_zero"

Returns
-------
AppraisalLine
)doc")
      .def_static(
          "one_off",
          [](std::string name, cm::line_kind kind, cm::cost_category category, money_like amount,
             year_object year) {
            return cm::appraisal_line::one_off(std::move(name), kind, category, amount.value,
                                               year_in(year.value, month_for({year.value})));
          },
          py::arg("name"), py::arg("kind"), py::arg("category"), py::arg("amount"), py::arg("year"), R"doc(
``amount`` once, in ``year``.

Parameters
----------
name : str
kind : LineKind or str
category : CostCategory or str
amount : Money, str, int, float or decimal.Decimal
year : FinancialYear, str or int

Returns
-------
AppraisalLine
)doc")
      .def_static(
          "per_year",
          [](std::string name, cm::line_kind kind, cm::cost_category category,
             year_amounts_arg amounts, std::optional<std::chrono::month> start_month) {
            const auto pairs = pairs_of(amounts.value, "amounts");
            const std::chrono::month month = keys_month(pairs, start_month);
            std::vector<cm::financial_year_amount> values;
            for (const auto& [year, amount] : pairs) values.push_back({year_in(year, month), money_arg(amount)});
            return cm::appraisal_line::per_year(std::move(name), kind, category, values);
          },
          py::arg("name"), py::arg("kind"), py::arg("category"), py::arg("amounts"), py::kw_only(),
          py::arg("start_month") = py::none(), R"doc(
An amount for each year given.

Parameters
----------
name : str
kind : LineKind or str
category : CostCategory or str
amounts : mapping or iterable of (year, amount) pairs
    ``{"2022-23": "£15,000", 2023: 5000}``, pairs, or a pandas Series indexed by year.
start_month : int, optional
    The month the years start in: that of the first FinancialYear given, else April.

Returns
-------
AppraisalLine

Raises
------
InvalidInputError
    No years, a year given twice, a negative amount, or years that start in different
    months (commissioning.option.003).
)doc")
      .def_static(
          "from_contract",
          [](std::string name, typed_object<contract_type> contract, cm::contract_scope scope, cm::apportion_rule rule) {
            return cm::appraisal_line::from_contract(std::move(name), contract_of(contract.value), scope, rule);
          },
          py::arg("name"), py::arg("contract"), py::arg("scope") = "current", py::arg("rule") = "monthly", R"doc(
A contract's payments by financial year (April years): a cost, category contract payments.

Parameters
----------
name : str
contract : Contract
scope : ContractScope or str, default "current"
    ``"current"``, ``"base"`` or ``"maximum"``.
rule : ApportionRule or str, default "monthly"
    Equal monthly instalments (part months pro rata by days), or ``"daily"``.

Returns
-------
AppraisalLine
    Its amounts are the contract's profile: they sum to the contract's value over the scope.
)doc")
      .def_static("from_envelope", &cm::appraisal_line::from_envelope, py::arg("name"), py::arg("kind"),
                  py::arg("category"), py::arg("envelope"), R"doc(
An envelope's amounts by financial year: an in-house budget capped at £65k a year, say.

Parameters
----------
name : str
kind : LineKind or str
category : CostCategory or str
envelope : Envelope

Returns
-------
AppraisalLine
)doc")
      .def("with_vat", &cm::appraisal_line::with_vat, py::arg("terms"), R"doc(
The same line with VAT terms: its amounts stay as given, and the appraisal counts each year's
``split_vat(amount, terms).appraised`` (net of VAT the council recovers, VAT Act 1994 s.33).

Parameters
----------
terms : VatTerms

Returns
-------
AppraisalLine

Examples
--------
>>> care = AppraisalLine.recurring("Care", "cost", "contract_payments", "£120,000", "2024-25", "2025-26")
>>> care.with_vat(VatTerms("recoverable", amounts_include_vat=True)).appraised_in_year("2024-25")
Money('£100,000.00')
)doc")
      .def(
          "split_in_year",
          [](const cm::appraisal_line& l, year_object year) {
            return named_tuple<"VatSplit">(l.split(year_in(year.value, l.start_month())));
          },
          py::arg("year"), R"doc(
The amount in a year split by the line's VAT terms, to the penny.

Parameters
----------
year : FinancialYear, str or int

Returns
-------
VatSplit
)doc")
      .def(
          "appraised_in_year",
          [](const cm::appraisal_line& l, year_object year) { return l.appraised(year_in(year.value, l.start_month())); },
          py::arg("year"), R"doc(
What the appraisal counts in a year: net of VAT the council recovers, with VAT it does not.

Parameters
----------
year : FinancialYear, str or int

Returns
-------
Money
)doc")
      .def(
          "in_year",
          [](const cm::appraisal_line& l, year_object year) { return l.in(year_in(year.value, l.start_month())); },
          py::arg("year"), R"doc(
The amount in a year: £0 outside the line (or in a year starting in another month).

Parameters
----------
year : FinancialYear, str or int

Returns
-------
Money
)doc")
      .def(
          "scaled",
          [](const cm::appraisal_line& l, rate_like factor, cm::rounding mode) {
            return l.scaled(factor.value, mode);
          },
          py::arg("factor"), py::kw_only(),
          py::arg_v("rounding", cm::default_rounding, "Rounding.HALF_AWAY_FROM_ZERO"), R"doc(
The same line with every amount multiplied by ``factor``, each year rounded to the penny: how
sensitivity analysis moves an input.

Parameters
----------
factor : Rate, str, int, float, decimal.Decimal or fractions.Fraction
    Not negative (InvalidInputError, commissioning.option.004).
rounding : Rounding or str, default "half_away_from_zero"

Returns
-------
AppraisalLine
)doc")
      .def("__repr__", &line_repr);
  def_properties(
      line_class, property{"name", &AppraisalLine::name, "The line's name."},
      property{"kind", &AppraisalLine::kind, "What the line is: cost, benefit, cashable saving or income."},
      property{"category", &AppraisalLine::category, "Which kind of cost (or benefit) it is."},
      property{"basis", &AppraisalLine::basis, "Where the figures come from, in words."},
      property{"is_one_off", [](const AppraisalLine& l) { return l.one_off(); }, "True for a line made by ``one_off``."},
      property{"start_month", &AppraisalLine::start_month, "The month its years start in."},
      property{"years", &AppraisalLine::years, "The years it has an amount in, in order."},
      property{"amounts",
               [](const AppraisalLine& l) {
                 return named_tuple_list<"list[FinancialYearAmount]", "FinancialYearAmount">(l.amounts());
               },
               "The amounts in year order: a list of FinancialYearAmount."},
      property{"by_year",
               [](const AppraisalLine& l) {
                 return typed_object<by_year_type>{by_label(l.years(), [&](const cm::financial_year& y) { return l.in(y); })};
               },
               "The amounts by financial-year label (a new dict, in year order)."},
      property{"total", &AppraisalLine::total, "The sum of the amounts (as given)."},
      property{"vat", &AppraisalLine::vat, "How VAT falls on the amounts: a VatTerms (not stated unless ``with_vat`` said)."},
      property{"gross_total", &AppraisalLine::gross_total,
               "The VAT-inclusive value, each year split and then summed: what a procurement "
               "threshold compares (SI 2021/1221)."});
  def_python_view<typed_object<series_type>>(line_class, "to_pandas", appraisal_display, "line_to_pandas", R"doc(
The line as a pandas Series (pandas is imported only when this is called).

Returns
-------
pandas.Series
    Named after the line, of exact ``decimal.Decimal`` pounds, indexed by financial-year
    label (index name ``"financial_year"``); kind, category and basis are in ``attrs``.
)doc");
  def_state_hash(line_class, &line_state);
  def_value_semantics(line_class, &line_state, [](const py::tuple& state) { return line_from_state(state); });

  // ---------------------------------------------------------------- Option
  auto option_class = public_class<cm::option>(m, "Option", R"doc(
One option of a decision: its lines of money, the statutory duties it meets or fails, and the
words that go into the options table (advantages, disadvantages, risks).

Parameters
----------
name : str
    Not empty (InvalidInputError, commissioning.option.005).
kind : OptionKind or str, default "other"
    ``"do_nothing"``, ``"do_minimum"``, ``"in_house"``, ``"external_commission"``,
    ``"extend_existing"``, ``"shared_service"``, ``"council_company"``,
    ``"service_level_agreement"`` or ``"other"``.
description : str, default ""
lines : iterable of AppraisalLine, optional
advantages, disadvantages, risks : iterable of str, optional
duties : iterable of StatutoryDuty or (name, met[, note]) tuples, optional

Notes
-----
An Option changes: ``add``, ``advantage``, ``disadvantage``, ``risk``, ``duty``,
``optimism_bias`` and ``output`` change it and return it, so that calls chain. An Appraisal
takes copies of its options. An Option compares equal to one with the same contents, is not
hashable, and copies and pickles.

Attributes
----------
name, description : str
kind : OptionKind
lines : list of AppraisalLine
advantages, disadvantages, risks : list of str
duties : list of StatutoryDuty
optimism_bias_uplift : OptimismBiasUplift or None
output_measure : OutputMeasure or None
meets_statutory_duties : bool

Examples
--------
>>> external = (Option("Externally commission a new service", kind="external_commission")
...     .add(AppraisalLine.recurring("Contract payments", "cost", "contract_payments", "£325,500",
...                                  "2022-23", "2026-27"))
...     .duty("Assess young carers' needs (Children and Families Act 2014)", met=True)
...     .risk("A procurement process will be required"))
>>> external
<Option 'Externally commission a new service' (external commission): 1 line, meets every statutory duty named>
)doc");
  option_class
      .def(py::init([](std::string name, cm::option_kind kind, std::string description,
                       std::optional<lines_arg> lines, std::optional<texts_arg> advantages,
                       std::optional<texts_arg> disadvantages, std::optional<texts_arg> risks,
                       std::optional<duties_arg> duties) {
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
           py::arg("name"), py::arg("kind") = "other", py::arg("description") = "", py::kw_only(),
           py::arg("lines") = py::none(), py::arg("advantages") = py::none(), py::arg("disadvantages") = py::none(),
           py::arg("risks") = py::none(), py::arg("duties") = py::none(), "Make an option, perhaps with its lines.")
      .def("add", chained_method<option_object>(&cm::option::add), py::arg("line"), R"doc(
Add a line of money.

Parameters
----------
line : AppraisalLine
    Its name not already used by a line of this option (InvalidInputError,
    commissioning.option.002).

Returns
-------
Option
    This option, so that calls chain.
)doc")
      .def("advantage", chained_method<option_object>(&cm::option::advantage), py::arg("text"),
           "Add an advantage (not empty: commissioning.option.005); returns this option.")
      .def("disadvantage", chained_method<option_object>(&cm::option::disadvantage), py::arg("text"),
           "Add a disadvantage (not empty: commissioning.option.005); returns this option.")
      .def("risk", chained_method<option_object>(&cm::option::risk), py::arg("text"),
           "Add a risk (not empty: commissioning.option.005); returns this option.")
      .def("duty", chained_method<option_object>(&cm::option::duty), py::arg("name"), py::arg("met"),
           py::arg("note") = "", R"doc(
Name a statutory duty and whether this option meets it. An option that fails one is costed and
shown, never preferred.

Parameters
----------
name : str
    ``"Assess young carers' needs (Children and Families Act 2014 s.96)"``; not empty
    (commissioning.option.005).
met : bool
note : str, default ""
    Why, in the report's words.

Returns
-------
Option
    This option, so that calls chain.
)doc")
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
          py::arg("uplift"), py::arg("description") = "", py::arg("applies_to") = py::none(), R"doc(
Set the optimism bias uplift on this option's costs (replacing any earlier one).

Parameters
----------
uplift : Rate, str, int, float, decimal.Decimal, fractions.Fraction or OptimismBiasAdjustment
    ``"10%"``, not negative (InvalidInputError, commissioning.option.007); or an adjustment
    from the Green Book's table or the organisation's evidence, which describes itself: a
    capital or operating cost adjustment (a works-duration one delays costs rather than
    uplifting them: InvalidInputError, commissioning.option.009).
description : str, default ""
    The words that justify a rate (none with an OptimismBiasAdjustment: TypeError).
applies_to : iterable of CostCategory or str, optional
    The cost categories it applies to; none given: every cost line.

Returns
-------
Option
    This option, so that calls chain.
)doc")
      .def(
          "output",
          [](option_object self, std::string unit, std::int64_t per_year, year_object first, year_object last) {
            const std::chrono::month month = month_for({first.value, last.value});
            const cm::financial_year from = year_in(first.value, month);
            const cm::financial_year to = year_in(last.value, month);
            return changed<cm::option>(self, [&](cm::option& o) { o.output(std::move(unit), per_year, from, to); });
          },
          py::arg("unit"), py::arg("per_year"), py::arg("first"), py::arg("last"), R"doc(
Count what the option delivers, ``per_year`` in each year from ``first`` to ``last``, for a
cost per unit of output (replacing any earlier count).

Parameters
----------
unit : str
    A plural noun: ``"young carers assessed"``.
per_year : int
    Not negative (InvalidInputError, commissioning.option.008).
first, last : FinancialYear, str or int

Returns
-------
Option
    This option, so that calls chain.
)doc")
      .def(
          "line", [](const cm::option& o, std::string_view name) { return snapshot(o).line(name); }, py::arg("name"),
          R"doc(
The line called ``name`` (a copy).

Returns
-------
AppraisalLine

Raises
------
InvalidInputError
    No such line (commissioning.option.006).
)doc")
      .def("__repr__", &option_repr)
      .def("__copy__", &snapshot<cm::option>, "An independent copy.")
      .def(
          "__deepcopy__", [](const cm::option& o, py::handle /*memo*/) { return snapshot(o); }, py::arg("memo"),
          "An independent copy.");
  def_properties<true>(
      option_class, property{"name", &Option::name, "The option's name."},
      property{"kind", &Option::kind, "What kind of option it is."},
      property{"description", &Option::description, "The option in words."},
      property{"lines", &Option::lines, "Its lines, in the order added (copies)."},
      property{"advantages", [](const Option& o) { return texts{o.advantages()}; }, "Its advantages, in order."},
      property{"disadvantages", [](const Option& o) { return texts{o.disadvantages()}; },
               "Its disadvantages, in order."},
      property{"risks", [](const Option& o) { return texts{o.risks()}; }, "Its risks, in order."},
      property{"duties",
               [](const Option& o) { return named_tuple_list<"list[StatutoryDuty]", "StatutoryDuty">(o.duties()); },
               "The statutory duties it names: a list of StatutoryDuty."},
      property{"optimism_bias_uplift",
               [](const Option& o) {
                 return named_object<"OptimismBiasUplift | None">{
                     o.optimism_bias() ? named_tuple<"OptimismBiasUplift">(*o.optimism_bias()).value : py::none()};
               },
               "Its optimism bias uplift (an OptimismBiasUplift), or None."},
      property{"output_measure",
               [](const Option& o) {
               return named_object<"OutputMeasure | None">{
                   o.output() ? named_tuple<"OutputMeasure">(*o.output()).value : py::none()};
             },
               "What it delivers by year (an OutputMeasure), or None."},
      property{"meets_statutory_duties", &Option::meets_statutory_duties,
               "False when it fails any statutory duty it names."});
  def_value_semantics(option_class, &option_state, [](const py::tuple& state) { return option_from_state(state); });
  option_class.attr("__hash__") = py::none();

  // ---------------------------------------------------------------- AppraisalSettings
  auto settings_class = public_class<cm::appraisal_settings>(m, "AppraisalSettings", R"doc(
How an appraisal is set up: the base year, the period, the price basis, the discount schedule
and the deflator.

Parameters
----------
base_year : FinancialYear, str or int
    Year 0: the first year of the proposal, undiscounted.
years : int
    The appraisal period in financial years from the base year, 1 to 500
    (commissioning.appraisal.001, when the appraisal is made).
basis : PriceBasis or str, default "real"
    ``"real"`` (base-year prices, the Green Book's basis) or ``"nominal"`` (cash).
schedule : DiscountSchedule, optional
    ``DiscountSchedule.green_book_2022()`` by default.
deflator : Deflator, optional
    Turns cash into real prices. Without one, a real appraisal takes every line as already in
    base-year prices (and says so among its assumptions).
rounding : Rounding or str, default "half_away_from_zero"

Attributes
----------
base_year : FinancialYear
years : int
basis : PriceBasis
schedule : DiscountSchedule
deflator : Deflator or None
rounding : Rounding
)doc");
  settings_class
      .def(py::init([](year_object base_year, int years, cm::price_basis basis,
                       std::optional<cm::discount_schedule> schedule, std::optional<cm::deflator> deflator,
                       cm::rounding mode) {
             return cm::appraisal_settings(year_in(base_year.value, month_for({base_year.value})), years, basis,
                                           schedule.value_or(cm::discount_schedule::green_book_2022()),
                                           std::move(deflator), mode);
           }),
           py::arg("base_year"), py::arg("years"), py::arg("basis") = "real", py::arg("schedule") = py::none(),
           py::arg("deflator") = py::none(), py::kw_only(),
           py::arg_v("rounding", cm::default_rounding, "Rounding.HALF_AWAY_FROM_ZERO"),
           "Make settings: by default real prices and the Green Book 2022 schedule.")
      .def("__repr__", [](const cm::appraisal_settings& s) { return "<AppraisalSettings: " + settings_text(s) + ">"; });
  def_properties(settings_class, property{"base_year", &AppraisalSettings::base_year, "Year 0, undiscounted."},
                 property{"years", &AppraisalSettings::years, "The appraisal period, in years."},
                 property{"basis", &AppraisalSettings::basis, "Real (base-year) or nominal (cash) prices."},
                 property{"schedule", &AppraisalSettings::schedule, "The discount schedule."},
                 property{"deflator", &AppraisalSettings::deflator, "The deflator, or None."},
                 property{"rounding", &AppraisalSettings::mode, "How figures are rounded to the penny."});
  def_state_hash(settings_class, &settings_state);
  def_value_semantics(settings_class, &settings_state,
                      [](const py::tuple& state) { return settings_from_state(state); });

  // ---------------------------------------------------------------- OptionAppraisal
  auto option_appraisal_class = public_class<cm::option_appraisal>(m, "OptionAppraisal", R"doc(
One option's figures in an appraisal.

Attributes
----------
name : str
kind : OptionKind
years : list of AppraisalYear
    ``(year, index, costs, optimism_bias, benefits, net_cost, discount_factor, present_value)``
    for every year of the period.
cash_costs : Money
    Costs including optimism bias, cash, over the period.
cash_benefits : Money
    Benefits, savings and income, cash, over the period.
optimism_bias : Money
    Cash.
present_value_costs, present_value_benefits : Money
    PVC (including optimism bias) and PVB, each rounded once from exact factors.
net_present_cost : Money
    PVC − PVB.
net_present_social_value : Money
    (PVB − PVC) less the baseline's (PVB − PVC): 0 for the baseline.
benefit_cost_ratio : Rate or None
    ΔPVB ÷ ΔPVC against the baseline, when ΔPVC is positive.
equivalent_annual_cost : Money
    The net present cost ÷ the annuity factor of the period.
cost_per_unit : Money or None
    PVC ÷ the units of output in the period.
output_unit : str or None
output_units : int
viable : bool
    Meets every statutory duty it names.
failed_duties : list of str
rank : int
    1 = best: viable options first, then by net present cost.
preferred : bool
)doc");
  def_properties(
      option_appraisal_class, property{"name", &OptionAppraisal::name, "The option's name."},
      property{"kind", &OptionAppraisal::kind, "What kind of option it is."},
      property{"years",
               [](const OptionAppraisal& o) { return named_tuple_list<"list[AppraisalYear]", "AppraisalYear">(o.years); },
               "Every year of the period: a list of AppraisalYear."},
      property{"cash_costs", &OptionAppraisal::cash_costs, "Costs including optimism bias, cash, over the period."},
      property{"cash_benefits", &OptionAppraisal::cash_benefits,
               "Benefits, savings and income, cash, over the period."},
      property{"optimism_bias", &OptionAppraisal::optimism_bias, "The optimism bias uplift, cash, over the period."},
      property{"present_value_costs", &OptionAppraisal::present_value_costs,
               "PVC: the present value of costs, optimism bias included."},
      property{"present_value_benefits", &OptionAppraisal::present_value_benefits,
               "PVB: the present value of benefits, savings and income."},
      property{"net_present_cost", &OptionAppraisal::net_present_cost, "PVC − PVB."},
      property{"net_present_social_value", &OptionAppraisal::net_present_social_value,
               "(PVB − PVC) less the baseline's: 0 for the baseline."},
      property{"benefit_cost_ratio", &OptionAppraisal::benefit_cost_ratio,
               "ΔPVB ÷ ΔPVC against the baseline (a Rate), or None when ΔPVC is not positive."},
      property{"equivalent_annual_cost", &OptionAppraisal::equivalent_annual_cost,
               "The net present cost spread evenly (in present value) over the period."},
      property{"cost_per_unit", &OptionAppraisal::cost_per_unit, "PVC per unit of output, or None."},
      property{"output_unit", [](const OptionAppraisal& o) { return text_or_none(o.output_unit); },
               "What the output counts, or None."},
      property{"output_units", &OptionAppraisal::output_units, "The units of output in the period."},
      property{"viable", &OptionAppraisal::viable, "True when it meets every statutory duty it names."},
      property{"failed_duties", [](const OptionAppraisal& o) { return texts{o.failed_duties}; },
               "The statutory duties it fails."},
      property{"rank", &OptionAppraisal::rank, "1 = best: viable options first, then the lowest net present cost."},
      property{"preferred", &OptionAppraisal::preferred, "True for the preferred option."});
  def_python_view<typed_object<data_frame_type>>(option_appraisal_class, "to_pandas", appraisal_display,
                                                 "option_appraisal_to_pandas", R"doc(
The option's years as a pandas DataFrame (pandas is imported only when this is called).

Returns
-------
pandas.DataFrame
    Indexed by financial-year label (index name ``"financial_year"``), with columns
    ``index`` (int), ``costs``, ``optimism_bias``, ``benefits``, ``net_cost`` (exact
    ``decimal.Decimal`` pounds), ``discount_factor`` (float) and ``present_value``; the
    option's name is in ``df.attrs["option"]``.
)doc");
  option_appraisal_class.def("__repr__", &option_appraisal_repr);
  def_python_view<std::string>(option_appraisal_class, "_repr_html_", appraisal_display, "option_appraisal_html",
                               "An HTML table for Jupyter: the option's years and its totals.");
  def_record_semantics(option_appraisal_class);

  // ---------------------------------------------------------------- AppraisalResult
  auto result_class = public_class<cm::appraisal_result>(m, "AppraisalResult", R"doc(
An appraisal's answer: every option's figures, the preferred option and why, and every
assumption the figures rest on.

Attributes
----------
title : str
settings : AppraisalSettings
options : list of OptionAppraisal
    In the order given; the first is the baseline.
baseline : OptionAppraisal
preferred : OptionAppraisal or None
    None when no option is viable.
reasons : list of str
    Why the preferred option is preferred, and why others are not viable.
assumptions : list of str
    Every assumption, the appraisal's own and the user's.
)doc");
  def_properties(result_class, property{"title", &AppraisalResult::title, "The appraisal's title."},
                 property{"settings", &AppraisalResult::settings, "The settings it ran with."},
                 property{"options", &AppraisalResult::options,
                          "Every option's figures, in the order given: a list of OptionAppraisal."},
                 property{"baseline", &AppraisalResult::baseline, "The first option's figures."},
                 property{"preferred",
                          [](const AppraisalResult& r) {
                            const cm::option_appraisal* p = r.preferred();
                            return p ? std::optional<cm::option_appraisal>(*p) : std::nullopt;
                          },
                          "The preferred option's figures, or None when no option is viable."},
                 property{"reasons", [](const AppraisalResult& r) { return texts{r.reasons}; }, "Why, in words."},
                 property{"assumptions", [](const AppraisalResult& r) { return texts{r.assumptions}; },
                          "Every assumption the figures rest on, in words."});
  result_class.def("option", &cm::appraisal_result::option, py::arg("name"), R"doc(
The figures of the option called ``name``.

Returns
-------
OptionAppraisal

Raises
------
InvalidInputError
    No such option (commissioning.appraisal.004).
)doc");
  def_python_view<typed_object<data_frame_type>>(result_class, "to_pandas", appraisal_display, "appraisal_to_pandas",
                                                 R"doc(
The options as a pandas DataFrame, one row per option (pandas is imported only when this is
called).

Returns
-------
pandas.DataFrame
    Columns ``name``, ``kind`` (str), ``cash_costs``, ``cash_benefits``, ``optimism_bias``,
    ``present_value_costs``, ``present_value_benefits``, ``net_present_cost``,
    ``net_present_social_value`` (exact ``decimal.Decimal`` pounds), ``benefit_cost_ratio``
    (float, NaN where there is none), ``equivalent_annual_cost``, ``cost_per_unit``
    (``decimal.Decimal`` or None), ``viable`` (bool), ``rank`` (int) and ``preferred`` (bool);
    the title, reasons and assumptions are in ``df.attrs``.
)doc");
  def_python_view<typed_object<data_frame_type>>(result_class, "years_frame", appraisal_display,
                                                 "appraisal_years_frame", R"doc(
Every option's years as one long pandas DataFrame.

Returns
-------
pandas.DataFrame
    One row per option and year: ``option``, ``year`` (the financial-year label), ``index``
    (int), ``costs``, ``optimism_bias``, ``benefits``, ``net_cost`` (exact
    ``decimal.Decimal`` pounds), ``discount_factor`` (float) and ``present_value``.
)doc");
  result_class.def("__repr__", &result_repr);
  def_python_view<std::string>(
      result_class, "_repr_html_", appraisal_display, "appraisal_html",
      "An HTML table for Jupyter: the options, ranked, the preferred one marked, and the reasons.");
  def_value_semantics(result_class, &result_state, &result_from_state);

  // ---------------------------------------------------------------- AppraisalInput
  auto input_class = public_class<cm::appraisal_input>(m, "AppraisalInput", R"doc(
A part of an appraisal that sensitivity analysis moves, by multiplying it.

Made by ``line(option, line)``, ``costs(option)``, ``benefits(option)``,
``category(option, category)`` or ``discount_rate()``.

Attributes
----------
name : str
    The input in words: ``"Costs (In-house)"``, ``"Discount rate"``.
target : str
    ``"line"``, ``"costs"``, ``"benefits"``, ``"category"`` or ``"discount_rate"``.
option, line_name : str or None
    The option and the line it moves.
cost_category : CostCategory or None
    The category it moves.
)doc");
  input_class
      .def_static("line", &cm::appraisal_input::line, py::arg("option"), py::arg("line"), "One line of one option.")
      .def_static("costs", &cm::appraisal_input::costs, py::arg("option"), "Every cost line of an option.")
      .def_static("benefits", &cm::appraisal_input::benefits, py::arg("option"),
                  "Every benefit, cashable saving and income line of an option.")
      .def_static("category", &cm::appraisal_input::category, py::arg("option"), py::arg("category"),
                  "Every line of one cost category in an option.")
      .def_static("discount_rate", &cm::appraisal_input::discount_rate, "Every rate of the discount schedule.")
      .def(
          "apply",
          [](const cm::appraisal_input& i, const cm::appraisal& base, rate_like multiplier) {
            return i.apply(snapshot(base), multiplier.value);
          },
          py::arg("appraisal"), py::arg("multiplier"), R"doc(
The appraisal with this input multiplied by ``multiplier`` (the original is unchanged).

Parameters
----------
appraisal : Appraisal
multiplier : Rate, str, int, float, decimal.Decimal or fractions.Fraction
    Not negative (InvalidInputError, commissioning.sensitivity.001).

Returns
-------
Appraisal
)doc")
      .def("__repr__", &input_repr);
  def_properties(input_class, property{"name", &AppraisalInput::name, "The input in words."},
                 property{"target", [](const AppraisalInput& i) { return std::string(cm::name_of(i.target())); },
                          "What the input moves."},
                 property{"option", [](const AppraisalInput& i) { return text_or_none(i.option_name()); },
                          "The option it moves, or None."},
                 property{"line_name", [](const AppraisalInput& i) { return text_or_none(i.line_name()); },
                          "The line it moves, or None."},
                 property{"cost_category", [](const AppraisalInput& i) { return py::cast(i.category_moved()); },
                          "The cost category it moves, or None."});
  def_state_hash(input_class, &input_state);
  def_value_semantics(input_class, &input_state, &input_from_state);

  // ---------------------------------------------------------------- SensitivityAnalysis
  auto sensitivity_class = public_class<cm::sensitivity_analysis>(m, "SensitivityAnalysis", R"doc(
One-way sensitivity: each input moved on its own, largest swing first (tornado order).

It is a sequence of SensitivityRow ``(input, at_low, at_high, swing, preferred_at_low,
preferred_at_high)`` (``len``, iteration, indexing), has ``to_pandas()`` and shows as a
table in Jupyter.

Attributes
----------
option : str
    Whose metric is watched.
metric : SensitivityMetric
rival : str or None
    Whom the option's lead is over (the gap metric only).
figure : str
    The figure watched, in words.
change : Rate
    Each input × (1 − change) and × (1 + change).
base : Money
    The metric unmoved.
preferred : str or None
    The preferred option unmoved (None: no option is viable).
rows : list of SensitivityRow
)doc");
  sensitivity_class
      .def("__len__", [](const cm::sensitivity_analysis& s) { return s.rows.size(); })
      .def("__iter__", [](const cm::sensitivity_analysis& s) { return py::iter(sensitivity_rows(s)); })
      .def("__getitem__",
           [](const cm::sensitivity_analysis& s, py::handle index) -> py::object {
             return sensitivity_rows(s)[index];  // list indexing: negative indices and slices too
           })
      .def("__repr__", &sensitivity_repr);
  def_properties(
      sensitivity_class, property{"option", &SensitivityAnalysis::option, "Whose metric is watched."},
      property{"metric", &SensitivityAnalysis::metric, "The figure watched."},
      property{"rival", [](const SensitivityAnalysis& s) { return text_or_none(s.rival); },
               "Whom the option's lead is over (the gap metric only), or None."},
      property{"figure", &SensitivityAnalysis::figure,
               "The figure watched, in words: \"the lead of A over B in net present social value\"."},
      property{"change", &SensitivityAnalysis::change, "How far each input moves."},
      property{"base", &SensitivityAnalysis::base, "The metric unmoved."},
      property{"preferred", [](const SensitivityAnalysis& s) { return text_or_none(s.preferred); },
               "The preferred option unmoved, or None."},
      property{"rows",
               [](const SensitivityAnalysis& s) { return named_object<"list[SensitivityRow]">{sensitivity_rows(s)}; },
               "The inputs, largest swing first: a list of SensitivityRow."});
  def_python_view<typed_object<data_frame_type>>(sensitivity_class, "to_pandas", appraisal_display,
                                                 "sensitivity_to_pandas", R"doc(
The rows as a pandas DataFrame, largest swing first (pandas is imported only when this is
called).

Returns
-------
pandas.DataFrame
    Columns ``input``, ``at_low``, ``at_high``, ``swing`` (exact ``decimal.Decimal``
    pounds), ``preferred_at_low`` and ``preferred_at_high`` (str or None); the option,
    metric, change, base and preferred option are in ``df.attrs``.
)doc");
  def_python_view<std::string>(sensitivity_class, "_repr_html_", appraisal_display, "sensitivity_html",
                               "An HTML table for Jupyter: each input's low, high and swing, largest first.");
  def_record_semantics(sensitivity_class);

  // ---------------------------------------------------------------- SwitchingValue
  auto switching_class = public_class<cm::switching_value>(m, "SwitchingValue", R"doc(
The multiplier of an input at which two options have equal net present social value.

``str()`` gives the finding as a sentence for the report.

Attributes
----------
input : str
    The input in words.
option, rival : str
    ``rival`` is None when no viable rival was found.
multiplier : float or None
    The input × multiplier makes the two equal; None when nothing from 0 to 1,024 does.
change : float or None
    ``multiplier − 1``: +0.25 is "must rise by 25%".
sentence : str
)doc");
  def_properties(switching_class, property{"input", &SwitchingValue::input, "The input in words."},
                 property{"option", &SwitchingValue::option, "The option."},
                 property{"rival", [](const SwitchingValue& v) { return text_or_none(v.rival); }, "The rival, or None."},
                 property{"multiplier", &SwitchingValue::multiplier, "The multiplier that makes the two equal, or None."},
                 property{"change", &SwitchingValue::change,
                          "``multiplier − 1`` (+0.25: the input must rise by 25%), or None."},
                 property{"sentence", &SwitchingValue::sentence, "The finding in words."});
  switching_class.def("__str__", [](const cm::switching_value& v) { return v.sentence; })
      .def("__repr__", &switching_repr);
  def_record_semantics(switching_class);

  // ---------------------------------------------------------------- Appraisal
  auto appraisal_class = public_class<cm::appraisal>(m, "Appraisal", R"doc(
A decision's options appraised against the first of them (the baseline, business as usual),
the way HM Treasury's Green Book asks: costs and benefits by year, optimism bias, real prices,
discounting, net present social value, benefit-cost ratio, equivalent annual cost, cost per
unit, statutory duties as hard constraints, ranks and the preferred option in words.

Parameters
----------
title : str
options : iterable of Option
    The first is the baseline; no two with one name (InvalidInputError,
    commissioning.appraisal.003); at least one (commissioning.appraisal.002). The appraisal
    takes copies.
base_year : FinancialYear, str or int
years : int
    1 to 500 (commissioning.appraisal.001).
basis : PriceBasis or str, default "real"
schedule : DiscountSchedule, optional
    ``DiscountSchedule.green_book_2022()`` by default.
deflator : Deflator, optional
rounding : Rounding or str, default "half_away_from_zero"
settings : AppraisalSettings, optional
    Instead of ``base_year`` to ``rounding`` (TypeError if both are given).

Notes
-----
An Appraisal changes only by ``assume``, which adds an assumption of the user's own and
returns it, so that calls chain. It compares equal to one with the same contents, is not
hashable, and copies and pickles. ``run()`` gives the AppraisalResult.

Examples
--------
Seed 000: doing nothing fails a statutory duty; commissioning a service costs £325,500 a year.

>>> duty = "assess young carers' needs (Children and Families Act 2014)"
>>> do_nothing = Option("Do nothing", kind="do_nothing").duty(duty, met=False)
>>> external = (Option("Externally commission a new service", kind="external_commission")
...     .add(AppraisalLine.recurring("Contract", "cost", "contract_payments", "£325,500", "2022-23", "2026-27"))
...     .duty(duty, met=True))
>>> result = Appraisal("Kent young carers", [do_nothing, external], base_year="2022-23", years=5).run()
>>> result.preferred.name, result.preferred.present_value_costs
('Externally commission a new service', Money('£1,521,087.28'))
)doc");
  appraisal_class
      .def(py::init([](std::string title, options_arg_object options, std::optional<year_object> base_year,
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
           py::arg("title"), py::arg("options"), py::kw_only(), py::arg("base_year") = py::none(),
           py::arg("years") = py::none(), py::arg("basis") = py::none(), py::arg("schedule") = py::none(),
           py::arg("deflator") = py::none(), py::arg("rounding") = py::none(), py::arg("settings") = py::none(),
           "Make an appraisal of options against the first of them.")
      .def("assume", chained_method<appraisal_object>(&cm::appraisal::assume), py::arg("text"), R"doc(
Add an assumption of your own, reported with those the appraisal makes.

Parameters
----------
text : str
    Not empty (InvalidInputError, commissioning.appraisal.006).

Returns
-------
Appraisal
    This appraisal, so that calls chain.
)doc")
      .def(
          "option", [](const cm::appraisal& a, std::string_view name) { return snapshot(a).option(name); },
          py::arg("name"), R"doc(
The option called ``name`` (a copy).

Returns
-------
Option

Raises
------
InvalidInputError
    No such option (commissioning.appraisal.004).
)doc")
      .def(
          "with_settings",
          [](const cm::appraisal& a, const cm::appraisal_settings& settings) {
            return snapshot(a).with_settings(settings);
          },
          py::arg("settings"), R"doc(
The same appraisal with other settings (another discount schedule, another period, ...).

Parameters
----------
settings : AppraisalSettings

Returns
-------
Appraisal
)doc")
      .def(
          "with_option",
          [](const cm::appraisal& a, const cm::option& replacement) {
            return snapshot(a).with_option(snapshot(replacement));
          },
          py::arg("option"), R"doc(
The same appraisal with the option of the same name replaced.

Parameters
----------
option : Option

Returns
-------
Appraisal

Raises
------
InvalidInputError
    No option of that name (commissioning.appraisal.004).
)doc")
      .def("run", &run_appraisal, R"doc(
Appraise every option.

Returns
-------
AppraisalResult
)doc")
      .def(
          "sensitivity",
          &run_sensitivity,
          py::arg("inputs"), py::arg_v("change", rate_like{cm::rate::parse("10%")}, "'10%'"),
          py::arg("option") = py::none(), py::arg("metric") = "net_present_cost", py::arg("rival") = py::none(),
          sensitivity_doc(false).c_str())
      .def(
          "sensitivity_to_rivals",
          &run_sensitivity_to_rivals,
          py::arg("inputs"), py::arg_v("change", rate_like{cm::rate::parse("10%")}, "'10%'"),
          py::arg("option") = py::none(), rivals_doc(false).c_str())
      .def(
          "switching_value",
          &run_switching,
          py::arg("input"), py::arg("option") = py::none(), py::arg("rival") = py::none(),
          switching_doc(false).c_str())
      .def("__repr__", &appraisal_repr)
      .def("__copy__", &snapshot<cm::appraisal>, "An independent copy.")
      .def(
          "__deepcopy__", [](const cm::appraisal& a, py::handle /*memo*/) { return snapshot(a); }, py::arg("memo"),
          "An independent copy.");
  def_properties<true>(
      appraisal_class, property{"title", &Appraisal::title, "The appraisal's title."},
      property{"settings", &Appraisal::settings, "Its settings."},
      property{"options", &Appraisal::options, "Its options, the baseline first (copies)."},
      property{"assumptions", [](const Appraisal& a) { return texts{a.assumptions()}; },
               "The assumptions added by ``assume``, in order."},
      property{"years", &Appraisal::years, "The financial years of the period, base year first."});
  def_value_semantics(appraisal_class, &appraisal_state, &appraisal_from_state);
  appraisal_class.attr("__hash__") = py::none();

  m.def(
      "one_way_sensitivity",
      &run_sensitivity,
      py::arg("appraisal"), py::arg("inputs"), py::arg_v("change", rate_like{cm::rate::parse("10%")}, "'10%'"),
      py::arg("option") = py::none(), py::arg("metric") = "net_present_cost", py::arg("rival") = py::none(),
      sensitivity_doc(true).c_str());

  m.def(
      "sensitivity_to_rivals",
      &run_sensitivity_to_rivals,
      py::arg("appraisal"), py::arg("inputs"), py::arg_v("change", rate_like{cm::rate::parse("10%")}, "'10%'"),
      py::arg("option") = py::none(), rivals_doc(true).c_str());

  m.def(
      "find_switching_value",
      &run_switching,
      py::arg("appraisal"), py::arg("input"), py::arg("option") = py::none(), py::arg("rival") = py::none(),
      switching_doc(true).c_str());
}

}  // namespace cmpy
