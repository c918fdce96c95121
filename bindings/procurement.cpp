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
CMPY_FIELDS(cm::threshold_row,
            &T::regime, &T::type, &T::effective_from, &T::amount, &T::vat_inclusive, &T::source, &T::column);
CMPY_FIELDS(cm::contracts_finder_test, &T::value, &T::limit, &T::vat_inclusive);
CMPY_FIELDS(cm::procurement_assessment,
            &T::regime, &T::type, &T::estimated_value, &T::value_net_of_vat, &T::value_with_vat, &T::threshold,
            &T::above_threshold, &T::citation, &T::procurement_start, &T::contracts_finder, &T::preamble,
            &T::assumption);
CMPY_FIELDS(cm::modification_assessment,
            &T::number, &T::ground, &T::regime, &T::result, &T::value, &T::original_value, &T::share,
            &T::cumulative_value, &T::cumulative_share, &T::months_added, &T::term_share, &T::citation, &T::type,
            &T::decided_on, &T::de_minimis_threshold);
CMPY_FIELDS(cm::key_decision_rule, &T::authority, &T::amount, &T::budget_share, &T::capital_amount, &T::wards_test);
CMPY_FIELDS(cm::key_decision_result, &T::key, &T::threshold, &T::reasons, &T::sentence);
CMPY_FIELDS(cm::teckal_result, &T::exempt, &T::reasons, &T::citation, &T::notes);
CMPY_FIELDS(cm::key_decision_timing,
            &T::route, &T::published, &T::clear_days, &T::counted, &T::earliest, &T::requirements, &T::citation,
            &T::sentence);

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

named_object<"list[ThresholdRow]"> table_rows(const cm::threshold_table& table) {
  return named_tuples<"list[ThresholdRow]", "ThresholdRow">(table.rows());
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

void bind_procurement(py::module_& m) {
  py::object regime_class = def_text_enum<cm::procurement_regime>(m, R"doc(
The law a procurement falls under; each member is its name in a threshold table.

Members
-------
PCR_2015
    "pcr_2015": the Public Contracts Regulations 2015, for procurements begun from
    26 February 2015 and before 24 February 2025.
PROCUREMENT_ACT_2023
    "procurement_act_2023": the Procurement Act 2023, for procurements begun on or after
    24 February 2025.
)doc");
  regime_class.attr("full_name") = py::module_::import("builtins").attr("property")(
      py::cpp_function([](cm::procurement_regime regime) { return std::string(cm::title(regime)); }),
      py::none(), py::none(), "The law's title, as a report writes it: \"Public Contracts Regulations 2015\".");
  def_text_enum<cm::contract_type>(m, R"doc(
A row type of a threshold table; each member is its name (``"light_touch"``).

``assess_procurement`` picks the type from the authority and the category; the utilities,
defence and security, and concession types are given directly.

Members
-------
CENTRAL_GOODS_SERVICES
    Supplies and services bought by central government.
SUB_CENTRAL_GOODS_SERVICES
    Supplies and services bought by other authorities, councils among them.
WORKS
    Works contracts.
LIGHT_TOUCH
    Light-touch (social and other specific) services.
UTILITIES_GOODS_SERVICES
    Utilities supplies and services.
UTILITIES_WORKS
    Utilities works.
UTILITIES_LIGHT_TOUCH
    Utilities light-touch services.
DEFENCE_SECURITY_GOODS_SERVICES
    Defence and security supplies and services.
DEFENCE_SECURITY_WORKS
    Defence and security works.
CONCESSION
    Concession contracts.
LIGHT_TOUCH_CONCESSION
    Light-touch concession contracts.
)doc");
  def_text_enum<cm::threshold_column>(m, R"doc(
The column of a threshold table a row is in; each member is its name.

Members
-------
ALL
    "all": the one column that serves every contract (the PCR 2015, and the Procurement Act
    2023 before 1 January 2026).
WELSH_MINISTERS
    "welsh_ministers": contracts regulated by the Welsh Ministers (devolved Welsh
    authorities), Schedule 1's own column from 1 January 2026 (SI 2025/1200).
ANY_OTHER
    "any_other": any other contract, from 1 January 2026.
)doc");
  def_text_enum<cm::key_decision_route>(m, R"doc(
How a key decision is publicised before it is taken (SI 2012/2089 Part 3).

Members
-------
NOTICE
    "notice": regulation 9, the notice at least 28 clear days before.
GENERAL_EXCEPTION
    "general_exception": regulation 10, five clear days after the notice to the scrutiny chair
    is published.
SPECIAL_URGENCY
    "special_urgency": regulation 11, the chair's agreement that the decision is urgent and
    cannot reasonably be deferred; no period.
)doc");
  def_text_enum<cm::clear_day_count>(m, R"doc(
Which days count as clear days: the Regulations do not say whether weekends count.

Members
-------
CALENDAR_DAYS
    "calendar_days": every day counts.
WEEKDAYS
    "weekdays": Saturdays, Sundays and the listed closed days do not count.
)doc");
  def_text_enum<cm::teckal_arrangement>(m, R"doc(
Which public-public arrangement a contract is (PCR 2015 regulation 12; Procurement Act 2023
Schedule 2 paragraphs 2 and 3).

Members
-------
VERTICAL
    "vertical": an authority to a person it controls (12(1)).
JOINT_CONTROL
    "joint_control": to a person it controls jointly with other authorities (12(4) to (6)).
REVERSE
    "reverse": a controlled authority to its controlling authority (12(2)).
SISTER
    "sister": a controlled authority to another person controlled by the same authority (12(2)).
HORIZONTAL
    "horizontal": co-operation between authorities (12(7); the Act's paragraph 3).
)doc");
  def_text_enum<cm::authority_type>(m, R"doc(
Who is buying: thresholds differ for central government and other ("sub-central") bodies.
)doc");
  def_text_enum<cm::service_category>(m, R"doc(
What is being bought; each member is its snake_case name (``"light_touch_services"``).
)doc");
  def_text_enum<cm::vat_treatment>(m, R"doc(
How a price treats VAT; each member is its snake_case name.

Members
-------
EXEMPT
    "exempt": no VAT is charged (much social care).
EXCLUSIVE
    "exclusive": the price is net; VAT at the standard rate is added.
INCLUSIVE
    "inclusive": the price already includes VAT.
)doc");
  def_text_enum<cm::verdict>(m, R"doc(
The answer to "may we make this modification?"; each member is its snake_case name.

Members
-------
PERMITTED
    "permitted": the figures pass; any conditions are in the reasons.
NOT_PERMITTED
    "not_permitted": a figure fails, or the ground does not apply.
DEPENDS
    "depends": the figures allow it, but the ground turns on a judgement.
)doc");

  // ---------------------------------------------------------------- ThresholdTable
  py::class_<cm::threshold_table> table_class(m, "ThresholdTable", py::is_final(), R"doc(
Procurement thresholds as dated data: by regime, contract type and the date each took effect.

A threshold holds from its ``effective_from`` until the next row for the same regime and type.
``ThresholdTable.bundled()`` is the table compiled into the library
(data/procurement-thresholds.csv); a newer one is read at run time with
``ThresholdTable.from_csv(text)`` or ``ThresholdTable.read_csv(path)``, or made from rows.

Parameters
----------
rows : iterable of ThresholdRow or of (regime, type, effective_from, amount, vat_inclusive, source)
    At least one; no regime and type twice from the same date; no negative amount
    (InvalidInputError, commissioning.procurement.001); a known regime and type (.002).

Attributes
----------
rows : list of ThresholdRow
    In the order given.

Notes
-----
A table is a value: it compares equal to a table with the same rows, in the same order, and
copies and pickles. It is a sequence of ThresholdRow (``len``, iteration).

Examples
--------
>>> table = ThresholdTable.bundled()
>>> table.lookup("procurement_act_2023", "light_touch", "1 March 2026").amount
Money('£663,540.00')
>>> table.lookup("pcr_2015", "sub_central_goods_services", "31 December 2023").amount
Money('£213,477.00')
)doc");
  set_public_module(table_class);
  table_class
      .def(py::init([](rows_arg rows) { return table_from_rows(rows.value); }), py::arg("rows"),
           "Make a table from its rows.")
      .def_static(
          "bundled", &cm::threshold_table::bundled, R"doc(
The table bundled with the library: data/procurement-thresholds.csv, compiled in.

Returns
-------
ThresholdTable
    A copy: the PCR 2015 light-touch threshold of 2016 (net of VAT), the PCR 2015 rows from
    1 January 2022 and 1 January 2024, and the Procurement Act 2023 rows as enacted, from
    24 February 2025 and from 1 January 2026 (VAT-inclusive).
)doc")
      .def_static(
          "from_csv", &cm::threshold_table::parse_csv, py::arg("text"),
          R"doc(
Read a table from CSV text: a header line, then one row a line of
``regime,contract_type,effective_from,amount,vat_inclusive,source``, and optionally
``column`` (``all``, ``welsh_ministers`` or ``any_other``; ``all`` when left out).

Fields may be double-quoted (``""`` inside quotes is a quote); ``effective_from`` is a date
as ``parse_date`` reads it; ``vat_inclusive`` is ``yes``/``no`` (or ``true``/``false``).

Parameters
----------
text : str

Returns
-------
ThresholdTable

Raises
------
InvalidInputError
    A line that cannot be a row, naming the line: a wrong number of fields, an unknown
    regime or type, a bad date, amount or ``vat_inclusive``, a negative amount, a row given
    twice; or no rows at all (commissioning.procurement.001).
)doc")
      .def_static(
          "read_csv",
          [](typed_object<path_arg_type> path) {
            return cm::threshold_table::read_csv(str_of(py::module_::import("os").attr("fspath")(path.value)));
          },
          py::arg("path"), R"doc(
Read a table from a CSV file, UTF-8 encoded, as ``from_csv`` reads its text.

Parameters
----------
path : str or os.PathLike

Returns
-------
ThresholdTable

Raises
------
InvalidInputError
    The file cannot be read: it is missing, not a regular file, or over 1 MiB
    (commissioning.procurement.008, naming the path and the reason); or as ``from_csv``
    (commissioning.procurement.001).
)doc")
      .def_property_readonly(
          "rows", &table_rows,
          "Every row, in order: a list of ThresholdRow.")
      .def(
          "lookup",
          [](const cm::threshold_table& t, cm::procurement_regime regime, cm::contract_type type, cm::date on,
             bool welsh) { return named_tuple<"ThresholdRow">(t.lookup(regime, type, on, welsh)); },
          py::arg("regime"), py::arg("type"), py::arg("on"), py::kw_only(),
          py::arg("regulated_by_welsh_ministers").noconvert() = false, R"doc(
The threshold in force on a day: the row for the regime and type with the latest
``effective_from`` not after ``on``, in the column that serves the contract.

Parameters
----------
regime : ProcurementRegime or str
    ``"pcr_2015"`` or ``"procurement_act_2023"``.
type : ContractType or str
    ``"sub_central_goods_services"``, ``"light_touch"``, ``"works"``, ...
on : datetime.date or str
regulated_by_welsh_ministers : bool, default False
    A contract regulated by the Welsh Ministers (a devolved Welsh authority's): from
    1 January 2026 the Act's Schedule 1 gives it its own column (SI 2025/1200); a row of the
    one column (``"all"``) serves every contract.

Returns
-------
ThresholdRow

Raises
------
OutOfRangeError
    The table has no such row in force on the day (commissioning.procurement.003).
InvalidInputError
    An unknown regime or type (commissioning.procurement.002).
)doc")
      .def("__len__", [](const cm::threshold_table& t) { return t.rows().size(); })
      .def("__iter__", [](const cm::threshold_table& t) { return py::iter(table_rows(t).value); })
      .def("__repr__", &table_repr);
  def_python_view<typed_object<data_frame_type>>(table_class, "to_pandas", "commissioning._display",
                                                 "threshold_table_to_pandas", R"doc(
The table as a pandas DataFrame, one row per threshold (pandas is imported only when this is called).

Returns
-------
pandas.DataFrame
    Columns ``regime`` and ``type`` (str), ``effective_from`` (datetime.date), ``amount``
    (exact ``decimal.Decimal`` pounds), ``vat_inclusive`` (bool), ``source`` and ``column``
    (str: ``"all"``, ``"welsh_ministers"`` or ``"any_other"``).
)doc");
  def_html(table_class, "threshold_table_html", "An HTML table for Jupyter.");
  def_value_semantics(
      table_class, [](const cm::threshold_table& t) -> py::tuple { return py::make_tuple(state_of(t.rows())); },
      &threshold_table_from_state);

  // ---------------------------------------------------------------- regime
  m.def(
      "regime_on", &cm::regime_on, py::arg("start"), R"doc(
The regime for a procurement starting on a day.

Parameters
----------
start : datetime.date or str

Returns
-------
ProcurementRegime
    ``"pcr_2015"`` from 26 February 2015; ``"procurement_act_2023"`` from 24 February 2025.

Raises
------
OutOfRangeError
    A day before the Public Contracts Regulations 2015 came into force
    (commissioning.procurement.004).
)doc");

  // ---------------------------------------------------------------- ProcurementAssessment
  py::class_<cm::procurement_assessment> assessment_class(m, "ProcurementAssessment", py::is_final(), R"doc(
Which rules apply to a procurement, its estimated value, the threshold it meets, and what follows.

Made by ``assess_procurement``. ``str()`` gives the sentence for a report.

Attributes
----------
regime : ProcurementRegime
type : ContractType
    The threshold table's row type.
estimated_value : Money
    As the threshold compares it: including VAT against a VAT-inclusive threshold, net of
    VAT against a net one.
value_net_of_vat, value_with_vat : Money
threshold : ThresholdRow
    The row in force when the procurement starts.
above_threshold : bool
    True when the estimated value is equal to the threshold or above it.
consequence : str
    What follows, e.g. "light touch contract above threshold: tender notice required".
citation : str
    The regulations or sections.
procurement_start : datetime.date
    The day the procurement started, as given or as assumed (the sentence says which).
sentence : str
    For a report. ``procurement_table(assessment, unit=...)`` quotes its figures in a report's
    unit.
)doc");
  set_public_module(assessment_class);
  {
    using T = cm::procurement_assessment;
    def_properties(
        assessment_class,
        property{"regime", &T::regime, "The regime: PCR 2015 or the Procurement Act 2023."},
        property{"type", &T::type, "The threshold table's row type."},
        property{"estimated_value", &T::estimated_value,
                 "The value the threshold is compared with (including VAT unless the threshold is net)."},
        property{"value_net_of_vat", &T::value_net_of_vat, "The estimated value net of VAT."},
        property{"value_with_vat", &T::value_with_vat, "The estimated value including VAT."},
        property{"threshold", [](const T& a) { return named_tuple<"ThresholdRow">(a.threshold); },
                 "The threshold in force when the procurement starts: a ThresholdRow."},
        property{"above_threshold", &T::above_threshold, "True when the estimated value is at or above the threshold."},
        property{"consequence", [](const T& a) { return a.consequence(); }, "What follows."},
        property{"citation", &T::citation, "The regulations or sections that apply."},
        property{"procurement_start", &T::procurement_start,
                 "The day the procurement started, as given or as assumed."},
        property{"sentence", [](const T& a) { return a.sentence(); }, "The sentence for a report."});
  }
  assessment_class
      .def("__str__", [](const cm::procurement_assessment& a) { return a.sentence(); })
      .def("__repr__", &assessment_repr);
  def_html(assessment_class, "procurement_assessment_html", "An HTML table for Jupyter.");
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
      py::arg("contract_or_value"), py::kw_only(), py::arg("category") = "services",
      py::arg("authority") = "sub_central", py::arg("vat") = "exclusive", py::arg("start") = py::none(),
      py::arg("vat_rate") = "20%", py::arg("type") = py::none(), py::arg("table") = py::none(),
      py::arg("regulated_by_welsh_ministers").noconvert() = false, R"doc(
Which rules apply to a procurement, its estimated value, the threshold it meets, and what follows.

The estimated value of a Contract is its maximum value: the base term and every option, as
awarded (PCR 2015 regulation 6; Procurement Act 2023 section 4 and Schedule 3). A list of
Contracts is a procurement let as lots: the threshold takes their maximum values summed, and
the answer holds for each lot (PCR 2015 regulation 6(11) and (12)). VAT is added
to a net price at ``vat_rate``; the value is compared including VAT with a VAT-inclusive
threshold (from 2022) and net of VAT with a net one. A value equal to the threshold is
above it.

Parameters
----------
contract_or_value : Contract, list of Contract, or Money, str, int, float or decimal.Decimal
    A contract, the lots of one procurement (at least one: commissioning.procurement.009), or
    an estimated value (not negative: commissioning.procurement.005).
category : ServiceCategory or str, default "services"
    ``"goods"``, ``"services"``, ``"works"`` or ``"light_touch_services"``.
authority : AuthorityType or str, default "sub_central"
    ``"sub_central"`` (councils) or ``"central_government"``.
vat : VatTreatment or str, default "exclusive"
    ``"exclusive"``: the price is net, VAT is added; ``"inclusive"``: it includes VAT;
    ``"exempt"``: no VAT is charged (much social care).
start : datetime.date or str, optional
    The day the procurement started (for a call-off, the day the framework's did): it decides
    the regime and the threshold. Without it a Contract's start is assumed, and the sentence
    says so; an estimated value alone needs it (commissioning.procurement.007).
vat_rate : Rate, str, int, float, decimal.Decimal or fractions.Fraction, default "20%"
    Not negative (commissioning.procurement.005).
type : ContractType or str, optional
    The threshold row to use instead of the one for ``authority`` and ``category``: for
    utilities, defence and security, or concessions.
table : ThresholdTable, optional
    The thresholds; the bundled table by default.
regulated_by_welsh_ministers : bool, default False
    A contract regulated by the Welsh Ministers: from 1 January 2026 it is tested against
    Schedule 1's Welsh Ministers' column (SI 2025/1200), and the sentence says so.

Returns
-------
ProcurementAssessment

Raises
------
OutOfRangeError
    A start before 26 February 2015 (commissioning.procurement.004); a table with no
    threshold for the type on the day (.003).
InvalidInputError
    An estimated value without ``start`` (commissioning.procurement.007).

Examples
--------
Seed 004, procured in 2016: £325,484 a year for 3 + 1 + 1 years, VAT-exempt social care.

>>> kent = Contract("Kent Young Carers", "Imago", "1 May 2016", "3+1+1", annual_value="£325,484")
>>> answer = assess_procurement(kent, category="light_touch_services", vat="exempt", start="1 January 2016")
>>> answer.regime, answer.estimated_value, answer.threshold.amount, answer.above_threshold
(<ProcurementRegime.PCR_2015: 'pcr_2015'>, Money('£1,627,420.00'), Money('£589,148.00'), True)
)doc");

  // ---------------------------------------------------------------- ModificationAssessment
  py::class_<cm::modification_assessment> modification_class(m, "ModificationAssessment", py::is_final(), R"doc(
A contract modification tested against the rules of its regime, with the figures and the rule.

Made by ``assess_modification``. ``str()`` gives the sentence for a report.

Attributes
----------
number : int
    Which modification, from 1.
ground : ModificationGround
regime : ProcurementRegime
result : Verdict
    ``"permitted"``, ``"not permitted"``, or ``"depends"`` (the figures allow it but the
    ground turns on a judgement; the reasons say which).
value : Money
    The change it causes in the contract's value.
original_value : Money
    The maximum value as awarded: the base term and every option.
share : Rate
    ``value`` over ``original_value``, exact.
cumulative_value : Money
    This and the earlier modifications on the same ground.
cumulative_share : Rate
months_added : int
term_share : Rate
    ``months_added`` over the maximum term as awarded.
citation : str
type : ContractType
    The contract's row type in the threshold table.
decided_on : datetime.date
de_minimis_threshold : Money or None
    Regulation 72(1)(f): the threshold on the day decided.
reasons : tuple of str
    Each test with its figures, and the conditions the law adds.
sentence : str
    ``modification_table(assessment, unit=...)`` quotes the figures of both in a report's unit.
)doc");
  set_public_module(modification_class);
  {
    using T = cm::modification_assessment;
    def_properties(
        modification_class,
        property{"number", &T::number, "Which modification, from 1."},
        property{"ground", &T::ground, "The legal ground relied on."},
        property{"regime", &T::regime, "The regime it was tested under."},
        property{"result", &T::result, "The verdict: permitted, not permitted or depends."},
        property{"value", &T::value, "The change it causes in the contract's value."},
        property{"original_value", &T::original_value, "The maximum value as awarded."},
        property{"share", &T::share, "The value over the original value, exact."},
        property{"cumulative_value", &T::cumulative_value, "This and the earlier modifications on the same ground."},
        property{"cumulative_share", &T::cumulative_share, "The cumulative value over the original value, exact."},
        property{"months_added", &T::months_added, "The months it adds to the term."},
        property{"term_share", &T::term_share, "The months added over the maximum term as awarded, exact."},
        property{"citation", &T::citation, "The rule applied."},
        property{"reasons", [](const T& a) { return texts{a.reasons()}; },
                 "Each test with its figures, and the conditions the law adds: a tuple of str."},
        property{"type", &T::type, "The contract's row type in the threshold table."},
        property{"decided_on", &T::decided_on, "The day the modification was decided."},
        property{"de_minimis_threshold", &T::de_minimis_threshold,
                 "Regulation 72(1)(f): the threshold on the day decided, else None."},
        property{"sentence", [](const T& a) { return a.sentence(); }, "The sentence for a report."});
  }
  modification_class
      .def("__str__", [](const cm::modification_assessment& a) { return a.sentence(); })
      .def("__repr__", &modification_repr);
  def_html(modification_class, "modification_assessment_html", "An HTML table for Jupyter.");
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
      py::arg("contract"), py::arg("number"), py::kw_only(), py::arg("regime"), py::arg("type"),
      py::arg("decided_on"), py::arg("table") = py::none(), R"doc(
Is a contract's modification permitted? The value and term tests of PCR 2015 regulation 72
or Procurement Act 2023 section 74 and Schedule 8, with the figures and the rule.

Values are compared with the contract's original value: its maximum value as awarded.

Parameters
----------
contract : Contract
number : int
    Which modification, from 1 (OutOfRangeError, commissioning.contract.001, otherwise).
regime : ProcurementRegime or str
    The regime the contract was procured under.
type : ContractType or str
    Its threshold row type: the de minimis test uses the threshold, works have 15% limits,
    and light touch contracts under the Act are modified freely.
decided_on : datetime.date or str
    When the modification is made: the threshold in force that day applies.
table : ThresholdTable, optional
    The thresholds; the bundled table by default.

Returns
-------
ModificationAssessment

Raises
------
OutOfRangeError
    No threshold for a de minimis test on the day (commissioning.procurement.003).

Examples
--------
Seed 004's Covid extension: a year at £325,484 under regulation 72(1)(c).

>>> kent = Contract("Kent Young Carers", "Imago", "1 May 2016", "3+1+1", annual_value="£325,484")
>>> kent.exercise(1); kent.exercise(2); kent.modify(ground="section 72 (1) c", months=12)
1
>>> check = assess_modification(kent, 1, regime="pcr_2015", type="light_touch", decided_on="1 April 2021")
>>> check.result, check.share
(<Verdict.PERMITTED: 'permitted'>, Rate('0.2'))
)doc");

  // ---------------------------------------------------------------- KeyDecisionRule
  py::class_<cm::key_decision_rule> rule_class(m, "KeyDecisionRule", py::is_final(), R"doc(
An authority's key-decision rule, as data.

The Local Authorities (Executive Arrangements) (Meetings and Access to Information) (England)
Regulations 2012, regulation 8, set no figure: each council states its own. A rule is an
amount, the lower of a share of the budget head and an amount, separate revenue and capital
amounts, and the test of significant effects in two or more wards.

Parameters
----------
authority : str
amount : Money, str, int, float or decimal.Decimal, optional
    Expenditure or savings above this are key (revenue, or both).
budget_share : Rate, str, int, float, decimal.Decimal or fractions.Fraction, optional
    Or above this share of the budget head; with ``amount``, the lower applies.
capital_amount : Money, str, int, float or decimal.Decimal, optional
    A separate amount for capital decisions.
wards_test : bool, default True
    Significant effects on communities in two or more wards make a decision key.

Raises
------
InvalidInputError
    A negative amount or share (commissioning.key_decision.001).

Examples
--------
>>> kent = KeyDecisionRule.fixed("Kent County Council", "£1,000,000")
>>> is_key_decision(kent, "£1,627,500").reasons
('Expenditure or savings of more than £1m',)
)doc");
  set_public_module(rule_class);
  rule_class
      .def(py::init(as_python<&cm::key_decision_rule::of>),
           py::arg("authority"), py::kw_only(), py::arg("amount") = py::none(),
           py::arg("budget_share") = py::none(), py::arg("capital_amount") = py::none(),
           py::arg("wards_test").noconvert() = true, "Make a rule.")
      .def_static(
          "fixed", as_python<&cm::key_decision_rule::fixed>,
          py::arg("authority"), py::arg("amount"), R"doc(
Expenditure or savings of more than an amount: Kent, "more than £1m".

Parameters
----------
authority : str
amount : Money, str, int, float or decimal.Decimal

Returns
-------
KeyDecisionRule
)doc")
      .def_static(
          "share_or_amount", as_python<&cm::key_decision_rule::share_or_amount>,
          py::arg("authority"), py::arg("share"), py::arg("amount"), R"doc(
The lower of a share of the budget head and an amount: Wirral, 10% or £500,000.

Parameters
----------
authority : str
share : Rate, str, int, float, decimal.Decimal or fractions.Fraction
amount : Money, str, int, float or decimal.Decimal

Returns
-------
KeyDecisionRule
)doc")
      .def_static(
          "revenue_and_capital", as_python<&cm::key_decision_rule::revenue_and_capital>,
          py::arg("authority"), py::arg("revenue"), py::arg("capital"), R"doc(
Separate revenue and capital amounts: Hyndburn, £150,000 and £200,000.

Parameters
----------
authority : str
revenue, capital : Money, str, int, float or decimal.Decimal

Returns
-------
KeyDecisionRule
)doc")
      .def("__repr__", &rule_repr);
  {
    using T = cm::key_decision_rule;
    def_properties(rule_class, property{"authority", &T::authority, "The authority."},
                   property{"amount", &T::amount, "The amount above which expenditure or savings are key, or None."},
                   property{"budget_share", &T::budget_share,
                            "The share of the budget head above which they are key, or None."},
                   property{"capital_amount", &T::capital_amount, "The amount for capital decisions, or None."},
                   property{"wards_test", &T::wards_test, "Whether effects in two or more wards make a decision key."});
  }
  def_record_semantics(rule_class);
  def_state_hash(rule_class, &state_of<cm::key_decision_rule>);

  // ---------------------------------------------------------------- KeyDecisionResult
  py::class_<cm::key_decision_result> key_class(m, "KeyDecisionResult", py::is_final(), R"doc(
Whether a decision is key, the threshold applied and the reasons, as notices word them.

Made by ``is_key_decision``. It is true in ``if`` when the decision is key; ``str()`` gives
the sentence for a report.

Attributes
----------
key : bool
threshold : Money or None
    The money threshold applied (the lower of a share and an amount, or the capital amount
    for a capital decision); None for a rule of wards alone.
reasons : tuple of str
    E.g. ``("Expenditure or savings of more than £1m",)``; empty when it is not key.
sentence : str
)doc");
  set_public_module(key_class);
  {
    using T = cm::key_decision_result;
    def_properties(
        key_class,
        property{"key", &T::key, "True when the decision is key."},
        property{"threshold", &T::threshold, "The money threshold applied, or None."},
        property{"reasons", [](const T& r) { return texts{r.reasons}; },
                 "Why it is key, as notices word it: a tuple of str."},
        property{"sentence", &T::sentence, "The sentence for a report."});
  }
  key_class
      .def("__bool__", [](const cm::key_decision_result& r) { return r.key; }, "The same as ``key``.")
      .def("__str__", [](const cm::key_decision_result& r) { return r.sentence; })
      .def("__repr__", &key_result_repr);
  def_html(key_class, "key_decision_html", "HTML for Jupyter.");
  def_record_semantics(key_class);

  m.def(
      "is_key_decision",
      [](const cm::key_decision_rule& rule, money_like value, bool capital, std::optional<money_like> budget_head,
         typed_object<int_type> wards_affected) {
        return cm::is_key_decision(rule, {.value = value.value, .capital = capital,
                                          .budget_head = optional_value(budget_head),
                                          .wards_affected = wards_from(wards_affected.value)});
      },
      py::arg("rule"), py::arg("value"), py::kw_only(), py::arg("capital").noconvert() = false,
      py::arg("budget_head") = py::none(), py::arg("wards_affected") = 0, R"doc(
Is a decision key under an authority's rule?

A decision is key when its expenditure or saving is more than the rule's threshold (exactly
the threshold is not more than it), or, where the rule has the wards test, when it is
significant for communities in two or more wards or electoral divisions.

Parameters
----------
rule : KeyDecisionRule
value : Money, str, int, float or decimal.Decimal
    The whole-life expenditure, or the saving, as a positive amount
    (InvalidInputError, commissioning.key_decision.001, if negative).
capital : bool, default False
    A capital decision: the rule's capital amount applies, if it has one.
budget_head : Money, str, int, float or decimal.Decimal, optional
    The service's budget, for a rule with a share of it (InvalidInputError,
    commissioning.key_decision.002, if such a rule is not given one).
wards_affected : int, default 0
    Wards or electoral divisions significantly affected.

Returns
-------
KeyDecisionResult

Examples
--------
Seed 000: £325,500 a year over three years plus one plus one, under Kent's rule.

>>> kent = KeyDecisionRule.fixed("Kent County Council", "£1,000,000")
>>> is_key_decision(kent, "£1,627,500").sentence
"This is a key decision under Kent County Council's rule: Expenditure or savings of more than £1m."
)doc");

  // ---------------------------------------------------------------- TeckalResult
  py::class_<cm::teckal_result> teckal_class(m, "TeckalResult", py::is_final(), R"doc(
The checklist for a contract with a council-owned company: exempt or not, with a reason per test.

Made by ``check_teckal``. It is true in ``if`` when the arrangement is exempt.

Attributes
----------
exempt : bool
    True when every test passes.
reasons : tuple of str
    One per test, passed or failed.
citation : str
notes : tuple of str
    What the library assumes, or could not confirm from a source: empty when every figure is
    the text's own (the Act's 80% activity figure, for one, is from a secondary source).
)doc");
  set_public_module(teckal_class);
  {
    using T = cm::teckal_result;
    def_properties(
        teckal_class,
        property{"exempt", &T::exempt, "True when every test passes."},
        property{"reasons", [](const T& r) { return texts{r.reasons}; },
                 "One reason per test, passed or failed: a tuple of str."},
        property{"citation", &T::citation, "The rule applied."},
        property{"notes", [](const T& r) { return texts{r.notes}; },
                 "What the library assumes or could not confirm from a source: a tuple of str."});
  }
  teckal_class
      .def("__bool__", [](const cm::teckal_result& r) { return r.exempt; }, "The same as ``exempt``.")
      .def("__repr__", &teckal_repr);
  def_html(teckal_class, "teckal_html", "HTML for Jupyter.");
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
      py::kw_only(), py::arg("control_similar_to_own_departments").noconvert() = py::none(),
      py::arg("activity_share") = py::none(), py::arg("direct_private_capital").noconvert() = false,
      py::arg("private_capital_required_by_law_without_control").noconvert() = false,
      py::arg("regime") = "pcr_2015", py::arg("arrangement") = "vertical",
      py::arg("all_controlling_authorities_represented").noconvert() = false,
      py::arg("no_interests_contrary_to_the_controllers").noconvert() = false,
      py::arg("cooperation_for_common_public_service_objectives").noconvert() = false,
      py::arg("public_interest_only").noconvert() = false, py::arg("open_market_share") = py::none(), R"doc(
Is a contract between public bodies outside the rules as a public-public (Teckal) arrangement?

``arrangement`` picks the tests (PCR 2015 regulation 12; Procurement Act 2023 Schedule 2):

- ``"vertical"`` (12(1)): the authority controls the company as its own departments; more
  than 80% of the company's activities are for it (exactly 80% is not more); no direct
  private capital, save non-controlling, non-blocking participation required by law.
- ``"joint_control"`` (12(4) and (5)): the same with the authorities together, every one of
  them represented on the person's decision-making bodies, and no interests contrary to theirs.
- ``"reverse"`` and ``"sister"`` (12(2)): the awarding body is controlled by its parent (control
  and more than 80%), and the body awarded the contract has no direct private capital.
- ``"horizontal"`` (12(7)): co-operation for common public-service objectives, public interest
  only, and less than 20% of its activities on the open market; under the Act's paragraph 3
  "no more than 20 per cent" (20% exactly passes).

Under the Procurement Act 2023 the activity test is taken as more than 80%: the figure is from
a secondary source, and the result's ``notes`` say so.

Parameters
----------
control_similar_to_own_departments : bool
    Required except for ``"horizontal"`` (TypeError without it): decisive influence over
    strategy and significant decisions (jointly, for joint control; the parent's over the
    awarding body, for reverse and sister awards).
activity_share : Rate, str, int, float, decimal.Decimal or fractions.Fraction
    Required except for ``"horizontal"``: the controlled body's share of activities for its
    controlling authorities, ``"95%"`` (between 0% and 100%: InvalidInputError,
    commissioning.procurement.006, otherwise, or when it is missing).
direct_private_capital : bool, default False
    In the body awarded the contract.
private_capital_required_by_law_without_control : bool, default False
    The private capital there is is non-controlling, non-blocking and required by law.
regime : ProcurementRegime or str, default "pcr_2015"
arrangement : TeckalArrangement or str, default "vertical"
all_controlling_authorities_represented, no_interests_contrary_to_the_controllers : bool, default False
    Joint control's conditions (regulation 12(5)).
cooperation_for_common_public_service_objectives, public_interest_only : bool, default False
    Horizontal co-operation's conditions (regulation 12(7)(a) and (b)).
open_market_share : Rate, str, ..., optional
    Required for ``"horizontal"``: the share of the co-operation's activities on the open market
    (commissioning.procurement.006 outside 0% to 100%, or when it is missing).

Returns
-------
TeckalResult

Examples
--------
>>> check = check_teckal(control_similar_to_own_departments=True, activity_share="95%")
>>> check.exempt, check.citation
(True, 'Public Contracts Regulations 2015, regulation 12(1)')
>>> check_teckal(arrangement="horizontal", cooperation_for_common_public_service_objectives=True,
...              public_interest_only=True, open_market_share="20%").exempt
False
)doc");

  // ---------------------------------------------------------------- KeyDecisionTiming
  py::class_<cm::key_decision_timing> timing_class(m, "KeyDecisionTiming", py::is_final(), R"doc(
When a key decision can first be taken, by a route, from the day its notice was published.

Made by ``earliest_key_decision``; ``str()`` gives the sentence.

Attributes
----------
route : KeyDecisionRoute
published : datetime.date
    The notice's day (for special urgency, the day the chair agreed).
clear_days : int
    28 (regulation 9), 5 (regulation 10) or 0 (regulation 11).
counted : ClearDayCount
earliest : datetime.date
    The first day the decision can be taken.
requirements : tuple of str
    What the route requires, each with its paragraph.
citation : str
sentence : str
)doc");
  set_public_module(timing_class);
  {
    using T = cm::key_decision_timing;
    def_properties(
        timing_class,
        property{"route", &T::route, "The route."},
        property{"published", &T::published, "The notice's day."},
        property{"clear_days", &T::clear_days, "The clear days required."},
        property{"counted", &T::counted, "Which days were counted."},
        property{"earliest", &T::earliest, "The first day the decision can be taken."},
        property{"requirements", [](const T& t) { return texts{t.requirements}; },
                 "What the route requires: a tuple of str."},
        property{"citation", &T::citation, "The regulation."},
        property{"sentence", &T::sentence, "The sentence for a report."});
  }
  timing_class
      .def("allows", &cm::key_decision_timing::allows, py::arg("day"), "Can the decision be taken on ``day``?")
      .def("__str__", [](const cm::key_decision_timing& t) { return t.sentence; })
      .def("__repr__", &timing_repr);
  def_record_semantics(timing_class);

  m.def(
      "earliest_key_decision", &cm::earliest_key_decision, py::arg("route"), py::arg("published"), py::kw_only(), py::arg("counted") = "calendar_days",
      py::arg("closed_days") = std::vector<cm::date>{}, R"doc(
The first day a key decision can be taken, by a route of SI 2012/2089 Part 3, from the day its
notice was published.

Clear days are whole days: neither the day of the notice nor the day of the decision counts
(R v Herefordshire Justices (1820); R v Swansea City Council ex p Elitestone (1993)). So 28
clear days from a notice of Monday 1 March 2027 are 2 to 29 March, and the decision can be
taken from 30 March. The Regulations do not say whether weekends count: every calendar day
counts unless ``counted="weekdays"``.

Parameters
----------
route : KeyDecisionRoute or str
    ``"notice"`` (regulation 9: 28 clear days), ``"general_exception"`` (regulation 10: five
    clear days after the notice to the scrutiny chair is published) or ``"special_urgency"``
    (regulation 11: none; ``published`` is the day the chair agreed).
published : datetime.date or str
counted : ClearDayCount or str, default "calendar_days"
closed_days : list of datetime.date or str, default []
    With ``"weekdays"``, days that are not clear days besides weekends (bank holidays).

Returns
-------
KeyDecisionTiming

Examples
--------
>>> earliest_key_decision("notice", "1 March 2027").earliest
datetime.date(2027, 3, 30)
>>> earliest_key_decision("general_exception", "1 March 2027", counted="weekdays").earliest
datetime.date(2027, 3, 9)
)doc");
}

}  // namespace cmpy
