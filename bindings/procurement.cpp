// SPDX-License-Identifier: MIT
// The procurement layer: threshold tables as dated data, which regime applies to a procurement
// and what follows, whether a contract modification is permitted, key decisions, and Teckal
// (vertical) arrangements with council-owned companies.
//
// The layer's enums (ProcurementRegime, ContractType, AuthorityType, ServiceCategory,
// VatTreatment, Verdict) and ThresholdRow live in Python, in commissioning._types; the enums
// are text enums, so `answer.regime == "pcr_2015"` holds. The results (ThresholdTable,
// ProcurementAssessment, ModificationAssessment, KeyDecisionRule, KeyDecisionResult,
// TeckalResult) are immutable values that compare, copy and pickle: each record's fields are
// named once (`fields<T>` below), and its pickle state and equality come from that.
//
// Contract lives in contract.cpp: `assess_procurement` and `assess_modification` take a copy of
// its C++ contract through `contract_of`, under the Contract's own critical section. The rules
// (a threshold table's rows, a Teckal arrangement's shares, a modification's number) are the
// headers'; an unknown option given by name is their commissioning.procurement.002.
#include "contract_access.hpp"

#include <commissioning/procurement/key_decision.hpp>
#include <commissioning/procurement/lots.hpp>
#include <commissioning/procurement/modification_rules.hpp>
#include <commissioning/procurement/route.hpp>
#include <commissioning/procurement/teckal.hpp>
#include <commissioning/procurement/thresholds.hpp>

#include <climits>
#include <string>
#include <utility>
#include <vector>

namespace cmpy {

// The records' fields, named once, in the order of their pickle state: the state, the equality
// of those without a C++ operator== and KeyDecisionRule's hash come from these.
CMPY_FIELDS(cm::threshold_row, regime, type, effective_from, amount, vat_inclusive, source, column);
CMPY_FIELDS(cm::contracts_finder_test, value, limit, vat_inclusive);
CMPY_FIELDS(cm::procurement_assessment, regime, type, estimated_value, value_net_of_vat, value_with_vat, threshold,
            above_threshold, citation, procurement_start, contracts_finder, preamble, assumption);
CMPY_FIELDS(cm::modification_assessment, number, ground, regime, result, value, original_value, share, cumulative_value,
            cumulative_share, months_added, term_share, citation, type, decided_on, de_minimis_threshold);
CMPY_FIELDS(cm::key_decision_rule, authority, amount, budget_share, capital_amount, wards_test);
CMPY_FIELDS(cm::key_decision_result, key, threshold, reasons, sentence);
CMPY_FIELDS(cm::teckal_result, exempt, reasons, citation, notes);
CMPY_FIELDS(cm::key_decision_timing, route, published, clear_days, counted, earliest, requirements, citation, sentence);

namespace {

// ---------------------------------------------------------------- names for signatures

using rows_arg = iterable_object<
    "collections.abc.Iterable[ThresholdRow | tuple[ProcurementRegime | str, ContractType | str, datetime.date | "
    "str, Money | str | int | float | decimal.Decimal, bool, str] | tuple[ProcurementRegime | str, ContractType | "
    "str, datetime.date | str, Money | str | int | float | decimal.Decimal, bool, str, ThresholdColumn | str]]">;
struct path_arg_type {
  static constexpr auto name = py::detail::const_name("str | os.PathLike[str]");
  static bool accepts(py::handle h) { return is_str(h) || py::hasattr(h, "__fspath__"); }
};
/// A table given, else (None) the bundled one.
using table_arg = std::optional<cm::threshold_table>;
using contract_or_value_object =
    named_object<"Contract | Sequence[Contract] | Money | str | int | float | decimal.Decimal">;

// ---------------------------------------------------------------- ThresholdRow and ThresholdTable

/// A row from a ThresholdRow or any sequence of its six fields (seven with the column); `where`
/// names it in messages.
cm::threshold_row row_from(py::handle item, const std::string& where) {
  if (is_str(item) || !py::isinstance<py::sequence>(item) || (py::len(item) != 6 && py::len(item) != 7))
    throw py::type_error(where + " must be a ThresholdRow or a sequence of its six fields (regime, type, "
                                 "effective_from, amount, vat_inclusive, source) and optionally its column; got " +
                         repr_of(item));
  const auto fields = py::reinterpret_borrow<py::sequence>(item);
  auto text = [&](py::handle field, const char* name) {
    if (!is_str(field)) throw py::type_error(where + ": " + name + " must be text, got " + repr_of(field));
    return field.cast<std::string>();
  };
  py::detail::make_caster<cm::date> day;
  if (!day.load(fields[2], true))
    throw py::type_error(where + ": effective_from must be a datetime.date or a date as text, got " +
                         repr_of(fields[2]));
  const auto amount = try_money(fields[3]);
  if (!amount) throw py::type_error(where + ": cannot make Money from " + repr_of(fields[3]));
  if (!is_bool(fields[4]))
    throw py::type_error(where + ": vat_inclusive must be True or False, got " + repr_of(fields[4]));
  return {cm::read_name<cm::procurement_regime>(text(fields[0], "regime")),
          cm::read_name<cm::contract_type>(text(fields[1], "type")),
          py::detail::cast_op<cm::date>(std::move(day)),
          *amount,
          fields[4].cast<bool>(),
          text(fields[5], "source"),
          py::len(item) == 7 ? cm::read_name<cm::threshold_column>(text(fields[6], "column")) : cm::threshold_column::all};
}

/// The rows read, then checked by the library as a file's are.
cm::threshold_table table_from_rows(py::handle rows) {
  std::vector<cm::threshold_row> result;
  for (py::handle item : py::iter(rows)) result.push_back(row_from(item, "row " + std::to_string(result.size())));
  return cm::threshold_table::of(std::move(result));
}

auto table_rows(const cm::threshold_table& table) {
  return named_tuples<"ThresholdRow">(table.rows());
}

cm::threshold_table threshold_table_from_state(const py::tuple& state) {
  if (state.size() != 1) throw std::runtime_error("invalid ThresholdTable state");
  return table_from_rows(state[0]);
}

std::string table_repr(const cm::threshold_table& table) {
  const std::size_t n = table.rows().size();
  std::string text = "<ThresholdTable: " + std::to_string(n) + (n == 1 ? " row" : " rows");
  if (n > 0) {
    const auto [first, last] = std::ranges::minmax(table.rows(), {}, &cm::threshold_row::effective_from);
    text += ", in force from " + cm::to_long_string(first.effective_from);
    if (last.effective_from != first.effective_from) text += " to " + cm::to_long_string(last.effective_from);
  }
  return text + ">";
}

// ---------------------------------------------------------------- reprs

std::string assessment_repr(const cm::procurement_assessment& a) {
  return "<ProcurementAssessment " + std::string(cm::to_string(a.regime)) + ", " + std::string(cm::to_string(a.type)) +
         ": " + cm::to_string(a.estimated_value) + (a.threshold.vat_inclusive ? " including VAT" : " net of VAT") +
         (a.above_threshold ? ", above" : ", below") + " the threshold of " + cm::to_string(a.threshold.amount) + ">";
}

std::string modification_repr(const cm::modification_assessment& m) {
  return "<ModificationAssessment " + std::to_string(m.number) + " (" + std::string(cm::code(m.ground)) +
         "): " + std::string(cm::to_string(m.result)) + ", " + cm::to_string(m.value) + " or " +
         m.share.to_percent_string(2) + " of " + cm::to_string(m.original_value) + ">";
}

std::string rule_repr(const cm::key_decision_rule& r) {
  // As the factory that makes it, where one does.
  const std::string who = quoted(r.authority);
  if (r.wards_test && r.amount && !r.budget_share && !r.capital_amount)
    return "KeyDecisionRule.fixed(" + who + ", " + money_repr(*r.amount) + ")";
  if (r.wards_test && r.amount && r.budget_share && !r.capital_amount)
    return "KeyDecisionRule.share_or_amount(" + who + ", " + repr_of(py::cast(*r.budget_share)) + ", " +
           money_repr(*r.amount) + ")";
  if (r.wards_test && r.amount && !r.budget_share && r.capital_amount)
    return "KeyDecisionRule.revenue_and_capital(" + who + ", " + money_repr(*r.amount) + ", " +
           money_repr(*r.capital_amount) + ")";
  std::string text = "KeyDecisionRule(" + who;
  if (r.amount) text += ", amount=" + money_repr(*r.amount);
  if (r.budget_share) text += ", budget_share=" + repr_of(py::cast(*r.budget_share));
  if (r.capital_amount) text += ", capital_amount=" + money_repr(*r.capital_amount);
  if (!r.wards_test) text += ", wards_test=False";
  return text + ")";
}

std::string key_result_repr(const cm::key_decision_result& r) {
  std::string text = std::string("<KeyDecisionResult: ") + (r.key ? "key" : "not key");
  if (r.threshold) text += ", threshold " + cm::to_string(*r.threshold);
  return text + ">";
}

std::string timing_repr(const cm::key_decision_timing& t) {
  return "<KeyDecisionTiming " + std::string(cm::name_of(t.route)) + ": published " + cm::to_iso(t.published) +
         ", earliest " + cm::to_iso(t.earliest) + ">";
}

std::string teckal_repr(const cm::teckal_result& r) {
  return std::string("<TeckalResult: ") + (r.exempt ? "exempt" : "not exempt") + " (" + r.citation + ")>";
}

// ---------------------------------------------------------------- key decisions

/// The number of wards as an int: the library refuses a negative one; one below what an int
/// holds is refused here, in the same words; one above is two or more, whatever the number.
int wards_from(py::handle number) {
  const auto n = to_int64(number);
  if (n && *n >= INT_MIN && *n <= INT_MAX) return static_cast<int>(*n);
  if (number.attr("__lt__")(py::int_(0)).cast<bool>())
    throw cm::invalid_input("key_decision", 1, "the number of wards cannot be negative, got " + str_of(number));
  return INT_MAX;
}

}  // namespace

void bind_procurement(public_module& m) {
  py::object regime_class = def_text_enum<cm::procurement_regime>(m);
  regime_class.attr("full_name") = py::module_::import("builtins").attr("property")(
      py::cpp_function([](cm::procurement_regime regime) { return std::string(cm::title(regime)); }),
      py::none(), py::none(), docstring("ProcurementRegime.full_name"));
  def_text_enums<cm::contract_type, cm::threshold_column, cm::key_decision_route, cm::clear_day_count, cm::teckal_arrangement, cm::authority_type, cm::service_category, cm::vat_treatment, cm::verdict>(m);

  // ---------------------------------------------------------------- ThresholdTable
  public_class<cm::threshold_table> table_class(m, "ThresholdTable");
  table_class.def(py::init([](rows_arg rows) { return table_from_rows(rows.value); }), "rows"_a)
      .def_static("bundled", &cm::threshold_table::bundled)
      .def_static("from_csv", &cm::threshold_table::parse_csv, "text"_a)
      .def_static(
          "read_csv",
          [](typed_object<path_arg_type> path) {
            return cm::threshold_table::read_csv(str_of(py::module_::import("os").attr("fspath")(path.value)));
          },
          "path"_a)
      .def_property_readonly("rows", &table_rows)
      .def(
          "lookup",
          [](const cm::threshold_table& t, cm::procurement_regime regime, cm::contract_type type, cm::date on,
             bool welsh) { return named_tuple<"ThresholdRow">(t.lookup(regime, type, on, welsh)); },
          "regime"_a, "type"_a, "on"_a, py::kw_only(), "regulated_by_welsh_ministers"_a.noconvert() = false)
      .def("__len__", [](const cm::threshold_table& t) { return t.rows().size(); })
      .def("__iter__", [](const cm::threshold_table& t) { return py::iter(py::cast(table_rows(t))); })
      .def("__repr__", &table_repr);
  def_python_view<named_object<"pandas.DataFrame">>(table_class, "to_pandas", "commissioning._display",
                                                 "threshold_table_to_pandas");
  def_html(table_class, "threshold_table_html");
  def_value_semantics(
      table_class, [](const cm::threshold_table& t) -> py::tuple { return py::make_tuple(state_of(t.rows())); },
      &threshold_table_from_state);

  // ---------------------------------------------------------------- regime
  m.def("regime_on", &cm::regime_on, "start"_a);

  // ---------------------------------------------------------------- ProcurementAssessment
  public_class<cm::procurement_assessment> assessment_class(m, "ProcurementAssessment");
  def_properties(assessment_class,
                 CMPY_PROPERTIES(cm::procurement_assessment, regime, type, estimated_value, value_net_of_vat,
                                 value_with_vat, above_threshold, citation, procurement_start),
                 property{"threshold",
                          [](const cm::procurement_assessment& a) { return named_tuple<"ThresholdRow">(a.threshold); }},
                 property{"consequence", [](const cm::procurement_assessment& a) { return a.consequence(); }},
                 property{"sentence", [](const cm::procurement_assessment& a) { return a.sentence(); }});
  assessment_class
      .def("__str__", [](const cm::procurement_assessment& a) { return a.sentence(); })
      .def("__repr__", &assessment_repr);
  def_html(assessment_class, "procurement_assessment_html");
  def_record_semantics(assessment_class);

  m.def(
      "assess_procurement",
      [](contract_or_value_object contract_or_value, cm::service_category category, cm::authority_type authority,
         cm::vat_treatment vat, std::optional<cm::date> start, rate_like vat_rate,
         std::optional<cm::contract_type> type, const table_arg& table, bool welsh) {
        const py::handle given = contract_or_value.value;
        const cm::procurement_facts facts{.authority = authority, .category = category, .vat = vat,
                                          .procurement_start = start, .vat_rate = vat_rate.value, .type = type,
                                          .regulated_by_welsh_ministers = welsh};
        const cm::threshold_table& thresholds = table ? *table : cm::threshold_table::bundled();
        // A contract's start stands in for an unknown procurement start, and the result says so.
        if (contract_type::accepts(given)) return cm::assess_procurement(contract_of(given), facts, thresholds);
        if (py::isinstance<py::list>(given) || py::isinstance<py::tuple>(given))
          return cm::assess_procurement(contracts_of(given), facts, thresholds);
        if (const auto amount = try_money(given)) return cm::assess_procurement(*amount, facts, thresholds);
        throw py::type_error("assess_procurement() takes a Contract, a list of lots or an estimated value, got " +
                             repr_of(given));
      },
      "contract_or_value"_a, py::kw_only(), "category"_a = "services", "authority"_a = "sub_central",
      "vat"_a = "exclusive", "start"_a = py::none(), "vat_rate"_a = "20%", "type"_a = py::none(),
      "table"_a = py::none(), "regulated_by_welsh_ministers"_a.noconvert() = false);

  // ---------------------------------------------------------------- ModificationAssessment
  public_class<cm::modification_assessment> modification_class(m, "ModificationAssessment");
  def_fields(modification_class, property{"reasons", [](const cm::modification_assessment& a) { return a.reasons(); }},
             property{"sentence", [](const cm::modification_assessment& a) { return a.sentence(); }});
  modification_class
      .def("__str__", [](const cm::modification_assessment& a) { return a.sentence(); })
      .def("__repr__", &modification_repr);
  def_html(modification_class, "modification_assessment_html");
  def_record_semantics(modification_class);

  m.def(
      "assess_modification",
      [](typed_object<contract_type> contract, typed_object<int_type> number, cm::procurement_regime regime,
         cm::contract_type type, cm::date decided_on, const table_arg& table) {
        const cm::contract c = contract_of(contract.value);
        // The library refuses a number past the contract's last; one no size_t holds, here, in its words.
        const auto n = to_int64(number.value);
        if (!n || *n < 1)
          throw cm::out_of_range_error("contract", 1, "the contract has no modification " + str_of(number.value) +
                                                          " (it has " + std::to_string(c.modifications().size()) + ")");
        return cm::assess_modification(c, static_cast<std::size_t>(*n), regime, type, decided_on,
                                       table ? *table : cm::threshold_table::bundled());
      },
      "contract"_a, "number"_a, py::kw_only(), "regime"_a, "type"_a, "decided_on"_a, "table"_a = py::none());

  // ---------------------------------------------------------------- KeyDecisionRule
  public_class<cm::key_decision_rule> rule_class(m, "KeyDecisionRule");
  rule_class
      .def(py::init(as_python<&cm::key_decision_rule::of>), "authority"_a, py::kw_only(), "amount"_a = py::none(),
           "budget_share"_a = py::none(), "capital_amount"_a = py::none(), "wards_test"_a.noconvert() = true)
      .def_static("fixed", as_python<&cm::key_decision_rule::fixed>, "authority"_a, "amount"_a)
      .def_static("share_or_amount", as_python<&cm::key_decision_rule::share_or_amount>, "authority"_a, "share"_a,
                  "amount"_a)
      .def_static("revenue_and_capital", as_python<&cm::key_decision_rule::revenue_and_capital>, "authority"_a,
                  "revenue"_a, "capital"_a)
      .def("__repr__", &rule_repr);
  def_fields(rule_class);
  def_record_semantics(rule_class);
  def_state_hash(rule_class, &state_of<cm::key_decision_rule>);

  // ---------------------------------------------------------------- KeyDecisionResult
  public_class<cm::key_decision_result> key_class(m, "KeyDecisionResult");
  def_fields(key_class);
  key_class.def("__bool__", [](const cm::key_decision_result& r) { return r.key; })
      .def("__str__", [](const cm::key_decision_result& r) { return r.sentence; })
      .def("__repr__", &key_result_repr);
  def_html(key_class, "key_decision_html");
  def_record_semantics(key_class);

  m.def(
      "is_key_decision",
      [](const cm::key_decision_rule& rule, money_like value, bool capital, std::optional<money_like> budget_head,
         typed_object<int_type> wards_affected) {
        return cm::is_key_decision(rule, {.value = value.value, .capital = capital,
                                          .budget_head = optional_value(budget_head),
                                          .wards_affected = wards_from(wards_affected.value)});
      },
      "rule"_a, "value"_a, py::kw_only(), "capital"_a.noconvert() = false, "budget_head"_a = py::none(),
      "wards_affected"_a = 0);

  // ---------------------------------------------------------------- TeckalResult
  public_class<cm::teckal_result> teckal_class(m, "TeckalResult");
  def_fields(teckal_class);
  teckal_class.def("__bool__", [](const cm::teckal_result& r) { return r.exempt; }).def("__repr__", &teckal_repr);
  def_html(teckal_class, "teckal_html");
  def_record_semantics(teckal_class);

  m.def(
      "check_teckal",
      [](std::optional<bool> control, std::optional<rate_like> activity_share, bool direct_private_capital,
         bool required_by_law, cm::procurement_regime regime, cm::teckal_arrangement arrangement, bool represented,
         bool no_contrary, bool cooperation, bool public_interest, std::optional<rate_like> open_market_share) {
        // Control is a fact to state, not to default, wherever the arrangement tests it (a share
        // missing is the library's commissioning.procurement.006).
        if (arrangement != cm::teckal_arrangement::horizontal && !control)
          throw py::type_error("check_teckal() needs control_similar_to_own_departments=True or False for a " +
                               std::string(cm::name_of(arrangement)) + " arrangement");
        return cm::check_teckal({.control_similar_to_own_departments = control.value_or(false),
                                 .activity_share = optional_value(activity_share),
                                 .direct_private_capital = direct_private_capital,
                                 .private_capital_required_by_law_without_control = required_by_law,
                                 .arrangement = arrangement, .all_controlling_authorities_represented = represented,
                                 .no_interests_contrary_to_the_controllers = no_contrary,
                                 .cooperation_for_common_public_service_objectives = cooperation,
                                 .public_interest_only = public_interest,
                                 .open_market_share = optional_value(open_market_share)},
                                regime);
      },
      py::kw_only(), "control_similar_to_own_departments"_a.noconvert() = py::none(), "activity_share"_a = py::none(),
      "direct_private_capital"_a.noconvert() = false,
      "private_capital_required_by_law_without_control"_a.noconvert() = false, "regime"_a = "pcr_2015",
      "arrangement"_a = "vertical", "all_controlling_authorities_represented"_a.noconvert() = false,
      "no_interests_contrary_to_the_controllers"_a.noconvert() = false,
      "cooperation_for_common_public_service_objectives"_a.noconvert() = false,
      "public_interest_only"_a.noconvert() = false, "open_market_share"_a = py::none());

  // ---------------------------------------------------------------- KeyDecisionTiming
  public_class<cm::key_decision_timing> timing_class(m, "KeyDecisionTiming");
  def_fields(timing_class);
  timing_class.def("allows", &cm::key_decision_timing::allows, "day"_a)
      .def("__str__", [](const cm::key_decision_timing& t) { return t.sentence; })
      .def("__repr__", &timing_repr);
  def_record_semantics(timing_class);

  m.def("earliest_key_decision", &cm::earliest_key_decision, "route"_a, "published"_a, py::kw_only(),
        "counted"_a = "calendar_days", "closed_days"_a = std::vector<cm::date>{});
}

}  // namespace cmpy
