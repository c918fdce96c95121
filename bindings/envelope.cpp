// SPDX-License-Identifier: MIT
// The budget layer: envelopes, commitments and their position by financial year; portfolios
// of services, proposals that re-shape them, reconciliations of two statements of the same
// scope, and the medium-term view.
//
// The layer's enums (Delivery, ChangeKind) and records (PortfolioLine, YearPosition, Breach,
// ChangeOutcome, ...) live in Python, in commissioning._types. A struct's fields are named once
// (`fields<T>` below): its pickle state, its NamedTuple and its equality come from that; each
// class's read-only properties are one `property` each (common.hpp). A Portfolio is mutable
// (lines are added to it); each method holds the object's critical section on a free-threaded
// build. The results (EnvelopePosition, ProposalResult, Reconciliation, MediumTermView) are values.
//
// The rules (years that start in another month, a year given twice, savings outside the
// envelope) are the headers'; the binding converts arguments and calls them. A year given as
// a label or a start year is read in the start month of its context.
//
// Contract lives in contract.cpp; the binding reaches it through its Python methods (profile,
// annual_value_on), which hold the contract's critical section.
#include "contract_access.hpp"

#include <commissioning/budget/envelope.hpp>
#include <commissioning/budget/medium_term.hpp>
#include <commissioning/budget/portfolio.hpp>
#include <commissioning/budget/proposal.hpp>
#include <commissioning/budget/reconciliation.hpp>

#include <climits>
#include <map>
#include <optional>
#include <string>
#include <tuple>
#include <utility>
#include <variant>
#include <vector>

namespace cmpy {

/// A financial year argument: a FinancialYear, a label ("2021-22") or a start year (2021).
/// A label or a start year is read in the start month of the context it is used in.
struct year_like {
  std::variant<cm::financial_year, std::int64_t, std::string> value{std::int64_t{0}};
};

}  // namespace cmpy

namespace pybind11::detail {

template <>
struct type_caster<cmpy::year_like> {
  PYBIND11_TYPE_CASTER(cmpy::year_like, io_name("FinancialYear | str | int", "FinancialYear"));

  bool load(handle src, bool /*convert*/) {
    if (!src) return false;
    if (PyUnicode_Check(src.ptr())) {
      value.value = src.cast<std::string>();
      return true;
    }
    if (cmpy::is_int(src)) {
      const auto year = cmpy::to_int64(src);
      if (!year || *year < INT_MIN + 1 || *year > INT_MAX - 1)
        throw commissioning::out_of_range_error(
            "date", 3, "year " + cmpy::str_of(src) + " is outside the supported range 1000-9999 (financial year)");
      value.value = *year;
      return true;
    }
    make_caster<commissioning::financial_year> year;
    if (!year.load(src, false)) return false;
    value.value = cast_op<const commissioning::financial_year&>(year);
    return true;
  }
  // An argument only: never returned to Python, so no `cast`.
};

}  // namespace pybind11::detail

namespace cmpy {

namespace {

/// The years of a medium-term view, with what made them.
struct medium_term {
  std::string envelope_name;
  cm::money base_cost;
  cm::rate inflation;
  std::vector<cm::medium_term_year> years;
};

}  // namespace

// The records' fields, each named once: their pickle state and NamedTuples come from these.
CMPY_FIELDS(cm::breach_line, &T::name, &T::provider, &T::amount);
CMPY_FIELDS(cm::breach, &T::year, &T::shortfall, &T::lines);
CMPY_FIELDS(cm::year_position, &T::year, &T::available, &T::committed, &T::headroom, &T::cumulative_headroom);
CMPY_FIELDS(cm::envelope_position, &T::envelope_name, &T::years, &T::breaches, &T::bases);
CMPY_FIELDS(cm::portfolio_line, &T::service, &T::provider, &T::annual, &T::how);
/// A PortfolioChange inside is pickled as itself (its kind in report words, as it always was).
CMPY_FIELDS(cm::change_outcome,
            &T::change, &T::before, &T::after, &T::saving, &T::in_year, &T::in_year_share, &T::in_year_saving);
CMPY_FIELDS(cm::proposal_result, &T::before, &T::after, &T::changes, &T::full_year_saving, &T::in_year_saving);
CMPY_FIELDS(cm::statement, &T::source, &T::lines, &T::stated_total);
CMPY_FIELDS(cm::reconciliation_line, &T::label, &T::first, &T::second, &T::difference);
CMPY_FIELDS(cm::reconciliation,
            &T::first_source, &T::second_source, &T::first_total, &T::second_total, &T::difference, &T::lines,
            &T::unexplained);
CMPY_FIELDS(cm::medium_term_year, &T::year, &T::budget, &T::cost, &T::savings, &T::gap);
CMPY_FIELDS(medium_term, &T::envelope_name, &T::base_cost, &T::inflation, &T::years);

namespace {

// ---------------------------------------------------------------- names for signatures

using portfolio_object = named_object<"Portfolio">;
using statement_lines_arg = iterable_object<
    "collections.abc.Mapping[str, Money | str | int | float | decimal.Decimal] | "
    "collections.abc.Iterable[tuple[str, Money | str | int | float | decimal.Decimal]]">;
using commitments_arg = iterable_object<"collections.abc.Iterable[Commitment | Contract]">;
using changes_arg = iterable_object<"collections.abc.Iterable[PortfolioChange]">;
using records_arg = iterable_object<"collections.abc.Iterable[collections.abc.Mapping[str, Any]]">;
using period_arg_object = named_object<"Period | FinancialYear | tuple[datetime.date | str, datetime.date | str]">;

/// The module of the layer's tables and HTML (`def_python_view`, `def_html`).
constexpr const char* display = "commissioning._display";

/// Each item as the NamedTuple `commissioning._types.<Name>`, in a list named `List` in signatures.
template <signature_text List, signature_text Name, class Items>
named_object<List> named_tuples(const Items& items) {
  py::list result;
  for (const auto& item : items) result.append(named_tuple<Name>(item).value);
  return {result};
}

// ---------------------------------------------------------------- financial years

/// A start month given explicitly, else that of the first FinancialYear given, else April.
std::chrono::month month_for(const std::optional<std::chrono::month>& given,
                             std::initializer_list<const year_like*> years) {
  for (const year_like* y : years)
    if (const auto* fy = std::get_if<cm::financial_year>(&y->value)) {
      if (given && fy->start_month() != *given)
        throw cm::invalid_input("financial_year", 4,
                                "cannot compare financial years that start in different months (" + fy->label() +
                                    " starts in month " + std::to_string(static_cast<unsigned>(fy->start_month())) +
                                    ", start_month in month " + std::to_string(static_cast<unsigned>(*given)) + ")");
      if (!given) return fy->start_month();
    }
  return given.value_or(cm::april);
}

/// The year, a label or a start year read in `start_month`; a FinancialYear as it is.
cm::financial_year year_in(const year_like& y, std::chrono::month start_month) {
  if (const auto* fy = std::get_if<cm::financial_year>(&y.value)) return *fy;
  if (const auto* text = std::get_if<std::string>(&y.value)) return cm::financial_year::parse(*text, start_month);
  return cm::financial_year(static_cast<int>(std::get<std::int64_t>(y.value)), start_month);
}

year_like year_arg(py::handle key) {
  py::detail::make_caster<year_like> caster;
  if (!caster.load(key, true))
    throw py::type_error("a financial year must be a FinancialYear, a label such as '2021-22' or a start year, got " +
                         repr_of(key));
  return py::detail::cast_op<year_like>(std::move(caster));
}

cm::date date_arg(py::handle value) {
  py::detail::make_caster<cm::date> caster;
  if (!caster.load(value, true))
    throw py::type_error("expected a datetime.date or a date as text, got " + repr_of(value));
  return py::detail::cast_op<cm::date>(std::move(caster));
}

/// Amounts by financial year, read from a mapping or pairs: labels and start years are read in
/// `given`, else in the month of the first FinancialYear key, else in April. A FinancialYear
/// is kept as it is, for the C++ to refuse if it starts in another month.
std::vector<std::pair<cm::financial_year, cm::money>> year_amounts(py::handle source,
                                                                   const std::optional<std::chrono::month>& given,
                                                                   const char* what) {
  const auto pairs = pairs_of(source, what);
  std::vector<year_like> keys;
  keys.reserve(pairs.size());
  for (const auto& [key, amount] : pairs) keys.push_back(year_arg(key));
  std::chrono::month start_month = given.value_or(cm::april);
  if (!given)
    for (const year_like& key : keys)
      if (const auto* fy = std::get_if<cm::financial_year>(&key.value)) {
        start_month = fy->start_month();
        break;
      }
  std::vector<std::pair<cm::financial_year, cm::money>> result;
  result.reserve(pairs.size());
  for (std::size_t i = 0; i < pairs.size(); ++i)
    result.emplace_back(year_in(keys[i], start_month), money_arg(pairs[i].second));
  return result;
}

named_object<"dict[str, Money]"> by_year_dict(const std::map<int, cm::money>& by_year, std::chrono::month start_month) {
  py::dict result;
  for (const auto& [year, amount] : by_year) result[py::str(cm::financial_year(year, start_month).label())] = amount;
  return {result};
}

/// Amounts by start year as pickled: a list of (start year, amount) pairs.
py::list year_pairs(const std::map<int, cm::money>& by_year) {
  py::list years;
  for (const auto& [year, amount] : by_year) years.append(py::make_tuple(year, amount));
  return years;
}

/// The sum of one money field over a result's years.
template <class Year>
cm::money sum_of(const std::vector<Year>& years, cm::money Year::*field) {
  cm::money sum;
  for (const Year& y : years) sum += y.*field;
  return sum;
}

template <class Year>
std::vector<cm::financial_year> years_of(const std::vector<Year>& years) {
  std::vector<cm::financial_year> result;
  for (const Year& y : years) result.push_back(y.year);
  return result;
}

// ---------------------------------------------------------------- Envelope

std::map<int, cm::money> envelope_amounts(const cm::envelope& e) {
  std::map<int, cm::money> amounts;
  for (const cm::financial_year& year : e.years()) amounts[year.start_year()] = e.available(year);
  return amounts;
}

py::tuple envelope_state(const cm::envelope& e) {
  return py::make_tuple(e.name(), e.start_month(), year_pairs(envelope_amounts(e)), e.cap());
}

cm::envelope envelope_from_state(const py::tuple& state) {
  if (state.size() != 4) throw std::runtime_error("invalid Envelope state");
  const auto start_month = state[1].cast<std::chrono::month>();
  std::vector<std::pair<cm::financial_year, cm::money>> amounts;
  for (const auto& [year, amount] : state[2].cast<std::vector<std::pair<int, cm::money>>>())
    amounts.emplace_back(cm::financial_year(year, start_month), amount);
  cm::envelope e = cm::envelope::per_year(state[0].cast<std::string>(), amounts);
  if (const auto cap = state[3].cast<std::optional<cm::money>>()) e = e.capped_at(*cap);
  return e;
}

std::string envelope_repr(const cm::envelope& e) {
  std::string text = "<Envelope " + quoted(e.name()) + ": " + year_span(e.years()) + ", " + cm::to_string(e.total());
  if (e.cap()) text += ", capped at " + cm::to_string(*e.cap());
  return text + ">";
}

// ---------------------------------------------------------------- Commitment

cm::commitment commitment_of(py::handle contract, py::handle scope, std::chrono::month start_month) {
  // Through the Contract's own methods: they hold its critical section.
  const py::object profile =
      contract.attr("profile")(scope, "monthly", py::int_(static_cast<unsigned>(start_month)));
  // The profile brings the term it covers.
  return cm::commitment::of(contract.attr("name").cast<std::string>(), contract.attr("provider").cast<std::string>(),
                            profile.cast<const cm::financial_year_profile&>(), start_month);
}

cm::period period_arg(py::handle value) {
  if (py::isinstance<cm::period>(value)) return value.cast<cm::period>();
  if (py::isinstance<cm::financial_year>(value)) return value.cast<cm::financial_year>().as_period();
  if (!is_str(value) && py::isinstance<py::sequence>(value) && py::len(value) == 2) {
    const auto pair = py::reinterpret_borrow<py::sequence>(value);
    return cm::period(date_arg(pair[0]), date_arg(pair[1]));
  }
  throw py::type_error("expected a Period, a FinancialYear or a (first, last) pair of dates, got " + repr_of(value));
}

/// The by-year amounts in the state's fourth place, after the start month they are read in.
py::tuple commitment_state(const cm::commitment& c) {
  return py::make_tuple(c.name, c.provider, c.start_month, year_pairs(c.by_year), c.basis);
}

cm::commitment commitment_from_state(const py::tuple& state) {
  if (state.size() != 5) throw std::runtime_error("invalid Commitment state");
  cm::commitment c{state[0].cast<std::string>(), state[1].cast<std::string>(), {},
                   state[2].cast<std::chrono::month>(), state[4].cast<std::string>()};
  for (const auto& [year, amount] : state[3].cast<std::vector<std::pair<int, cm::money>>>()) c.by_year[year] = amount;
  return c;
}

std::string commitment_repr(const cm::commitment& c) {
  std::string text = "<Commitment " + quoted(c.name);
  if (!c.provider.empty()) text += " (" + c.provider + ")";
  return text + ": " + year_span(c.years()) + ", " + cm::to_string(c.total()) + ">";
}

// ---------------------------------------------------------------- EnvelopePosition

py::object breach_object(const cm::breach& b) {
  return types_attr("Breach")(b.year, b.shortfall, named_tuples<"list[BreachLine]", "BreachLine">(b.lines).value);
}

std::string position_repr(const cm::envelope_position& p) {
  std::string text = "<EnvelopePosition " + quoted(p.envelope_name) + ": " + year_span(years_of(p.years)) + ", ";
  if (p.breaches.empty()) return text + "within the envelope every year>";
  return text + std::to_string(p.breaches.size()) + (p.breaches.size() == 1 ? " breach" : " breaches") +
         ", short by " + cm::to_string(sum_of(p.breaches, &cm::breach::shortfall)) + " in all>";
}

// ---------------------------------------------------------------- Portfolio

named_object<"list[PortfolioLine]"> lines_list(const std::vector<cm::portfolio_line>& lines) {
  return named_tuples<"list[PortfolioLine]", "PortfolioLine">(lines);
}

py::list groups_list(const cm::portfolio& p) {
  py::list result;
  for (const cm::service_group& group : p.by_service())
    result.append(types_attr("ServiceGroup")(group.service, lines_list(group.lines).value, group.subtotal));
  return result;
}

/// Its name and its lines (each line's delivery by name; one in report words, as pickled
/// before, reads too).
py::tuple portfolio_state(const cm::portfolio& p) { return py::make_tuple(p.name(), state_of(p.lines())); }

cm::portfolio portfolio_from_state(const py::tuple& state) {
  if (state.size() != 2) throw std::runtime_error("invalid Portfolio state");
  cm::portfolio p(state[0].cast<std::string>());
  for (const cm::portfolio_line& line : from_state<std::vector<cm::portfolio_line>>(state[1]))
    p.add(line.service, line.provider, line.annual, line.how);
  return p;
}

std::string portfolio_repr(const cm::portfolio& p) {
  const std::size_t lines = p.lines().size();
  const std::size_t services = p.by_service().size();
  std::string text = "<Portfolio";
  if (!p.name().empty()) text += " " + quoted(p.name());
  return text + ": " + std::to_string(lines) + (lines == 1 ? " line, " : " lines, ") + std::to_string(services) +
         (services == 1 ? " service, " : " services, ") + cm::to_string(p.total()) + " a year>";
}

bool same_portfolio(const cm::portfolio& a, const cm::portfolio& b) {
  return a.name() == b.name() && a.lines() == b.lines();
}

// ---------------------------------------------------------------- PortfolioChange

/// Its kind and delivery in report words (`to_string`), as it has always been pickled.
py::tuple change_state(const cm::portfolio_change& c) {
  return py::make_tuple(std::string(cm::to_string(c.kind)), c.service, c.provider, c.amount, c.percent, c.from,
                        std::string(cm::to_string(c.how)));
}

cm::portfolio_change change_from_state(const py::tuple& state) {
  if (state.size() != 7) throw std::runtime_error("invalid PortfolioChange state");
  return {state[0].cast<cm::change_kind>(), state[1].cast<std::string>(),          state[2].cast<std::string>(),
          state[3].cast<cm::money>(),       state[4].cast<std::optional<cm::rate>>(), state[5].cast<cm::date>(),
          state[6].cast<cm::delivery>()};
}

std::string change_repr(const cm::portfolio_change& c) {
  const std::string service = quoted(c.service);
  const std::string effective = "effective=" + repr_of(py::cast(c.from));
  switch (c.kind) {
    case cm::change_kind::change_by:
      if (c.percent)
        return "PortfolioChange.change_by_percent(" + service + ", " + repr_of(py::cast(*c.percent)) + ", " +
               effective + ")";
      return "PortfolioChange.change_by(" + service + ", " + money_repr(c.amount) + ", " + effective + ")";
    case cm::change_kind::bring_in_house:
      return "PortfolioChange.bring_in_house(" + service + ", " + money_repr(c.amount) + ", " + effective + ")";
    case cm::change_kind::move_to_sla:
      return "PortfolioChange.move_to_sla(" + service + ", " + quoted(c.provider) + ", " + money_repr(c.amount) + ", " +
             effective + ")";
    case cm::change_kind::end: return "PortfolioChange.end(" + service + ", " + effective + ")";
    case cm::change_kind::add: {
      std::string text = "PortfolioChange.add(" + service + ", " + quoted(c.provider) + ", " + money_repr(c.amount) +
                         ", " + effective;
      if (c.how != cm::delivery::contract) text += ", delivery=" + quoted(std::string(cm::to_string(c.how)));
      return text + ")";
    }
  }
  return "PortfolioChange";
}

cm::proposal_result apply_changes(const cm::portfolio& p, py::handle changes, std::chrono::month start_month) {
  std::vector<cm::portfolio_change> list;
  for (py::handle item : py::iter(changes)) {
    if (!py::isinstance<cm::portfolio_change>(item))
      throw py::type_error("a proposal is a list of PortfolioChange; got " + repr_of(item));
    list.push_back(item.cast<cm::portfolio_change>());
  }
  return cm::apply(snapshot(p), std::move(list), start_month);
}

// ---------------------------------------------------------------- ProposalResult

py::object outcome_object(const cm::change_outcome& o) {
  return types_attr("ChangeOutcome")(py::cast(o.change.kind), o.change.service, o.change.from, o.before,
                                     o.after, o.saving, o.in_year, o.in_year_share, o.in_year_saving, o.change);
}

std::string proposal_repr(const cm::proposal_result& r) {
  const std::size_t n = r.changes.size();
  return "<ProposalResult: " + std::to_string(n) + (n == 1 ? " change, " : " changes, ") +
         cm::to_string(r.before.total()) + " to " + cm::to_string(r.after.total()) + " a year, full-year saving " +
         cm::to_string(r.full_year_saving) + ", in-year saving " + cm::to_string(r.in_year_saving) + ">";
}

// ---------------------------------------------------------------- Statement and Reconciliation

std::string statement_repr(const cm::statement& s) {
  std::string text = "<Statement " + quoted(s.source) + ": ";
  text += std::to_string(s.lines.size()) + (s.lines.size() == 1 ? " line, " : " lines, ");
  text += s.stated_total ? "stated total " : "total ";
  return text + cm::to_string(s.total()) + ">";
}

std::string reconciliation_repr(const cm::reconciliation& r) {
  return "<Reconciliation " + quoted(r.first_source) + " " + cm::to_string(r.first_total) + " against " +
         quoted(r.second_source) + " " + cm::to_string(r.second_total) + ": difference " + cm::to_string(r.difference) +
         ", unexplained " + cm::to_string(r.unexplained) + ">";
}

// ---------------------------------------------------------------- MediumTermView

std::string medium_term_repr(const medium_term& v) {
  return "<MediumTermView " + quoted(v.envelope_name) + ": " + year_span(years_of(v.years)) + ", costs rising " +
         v.inflation.to_percent_string() + " a year, total gap " +
         cm::to_string(sum_of(v.years, &cm::medium_term_year::gap)) + ">";
}

}  // namespace

void bind_envelope(py::module_& m) {
  def_text_enum<cm::delivery>(m, docstring("Delivery"));
  def_text_enum<cm::change_kind>(m, docstring("ChangeKind"));

  // ---------------------------------------------------------------- Envelope
  py::class_<cm::envelope> envelope_class(m, "Envelope", py::is_final(), docstring("Envelope"));
  set_public_module(envelope_class);
  envelope_class
      .def_static(
          "flat",
          [](std::string name, money_like per_year, const year_like& first, const year_like& last,
             std::optional<std::chrono::month> start_month) {
            const std::chrono::month month = month_for(start_month, {&first, &last});
            return cm::envelope::flat(std::move(name), per_year.value, year_in(first, month), year_in(last, month));
          },
          py::arg("name"), py::arg("per_year"), py::arg("first"), py::arg("last"), py::kw_only(),
          py::arg("start_month") = py::none(), docstring("Envelope.flat"))
      .def_static(
          "per_year",
          [](std::string name, year_amounts_arg amounts, std::optional<std::chrono::month> start_month) {
            return cm::envelope::per_year(std::move(name), year_amounts(amounts.value, start_month, "amounts"),
                                          start_month);
          },
          py::arg("name"), py::arg("amounts"), py::kw_only(), py::arg("start_month") = py::none(), docstring("Envelope.per_year"))
      .def_static(
          "uplifted",
          [](std::string name, money_like first_year_amount, rate_like uplift, const year_like& first,
             const year_like& last, cm::rounding mode, std::optional<std::chrono::month> start_month) {
            const std::chrono::month month = month_for(start_month, {&first, &last});
            return cm::envelope::uplifted(std::move(name), first_year_amount.value, uplift.value,
                                          year_in(first, month), year_in(last, month), mode);
          },
          py::arg("name"), py::arg("first_year_amount"), py::arg("uplift"), py::arg("first"), py::arg("last"),
          py::kw_only(),
          py::arg_v("rounding", cm::rounding::half_away_from_zero,
                    "Rounding.HALF_AWAY_FROM_ZERO"),
          py::arg("start_month") = py::none(), docstring("Envelope.uplifted"))
      .def(
          "capped_at", [](const cm::envelope& e, money_like cap) { return e.capped_at(cap.value); }, py::arg("cap"),
          docstring("Envelope.capped_at"))
      .def(
          "available",
          [](const cm::envelope& e, const year_like& year) { return e.available(year_in(year, e.start_month())); },
          py::arg("year"), docstring("Envelope.available"));
  {
    using T = cm::envelope;
    def_properties(
        envelope_class, property{"name", &T::name, docstring("Envelope.name")},
        property{"start_month", &T::start_month, docstring("Envelope.start_month")},
        property{"cap", &T::cap, docstring("Envelope.cap")},
        property{"first_year", &T::first_year, docstring("Envelope.first_year")},
        property{"last_year", &T::last_year, docstring("Envelope.last_year")},
        property{"years", &T::years, docstring("Envelope.years")},
        property{"by_year", [](const T& e) { return by_year_dict(envelope_amounts(e), e.start_month()); },
                 docstring("Envelope.by_year")},
        property{"total", &T::total, docstring("Envelope.total")});
  }
  def_python_view<typed_object<series_type>>(envelope_class, "to_pandas", display, "envelope_to_pandas", docstring("Envelope.to_pandas"));
  envelope_class.def("__repr__", &envelope_repr);
  def_state_hash(envelope_class, &envelope_state);
  def_html(envelope_class, "envelope_html", docstring("Envelope._repr_html_"));
  def_value_semantics(envelope_class, &envelope_state, &envelope_from_state);

  // ---------------------------------------------------------------- Commitment
  py::class_<cm::commitment> commitment_class(m, "Commitment", py::is_final(), docstring("Commitment"));
  set_public_module(commitment_class);
  commitment_class
      .def_static(
          "of",
          [](typed_object<contract_type> contract, typed_object<scope_type> scope, std::chrono::month start_month) {
            return commitment_of(contract.value, scope.value, start_month);
          },
          py::arg("contract"), py::arg("scope") = "current", py::arg("start_month") = cm::april, docstring("Commitment.of"))
      .def_static(
          "annual",
          [](std::string name, std::string provider, money_like per_year, period_arg_object active,
             std::chrono::month start_month) {
            return cm::commitment::annual(std::move(name), std::move(provider), per_year.value,
                                          period_arg(active.value), start_month);
          },
          py::arg("name"), py::arg("provider"), py::arg("per_year"), py::arg("period"),
          py::arg("start_month") = cm::april, docstring("Commitment.annual"))
      .def_static(
          "per_year",
          [](std::string name, std::string provider, year_amounts_arg amounts,
             std::optional<std::chrono::month> start_month) {
            return cm::commitment::per_year(std::move(name), std::move(provider),
                                            year_amounts(amounts.value, start_month, "amounts"), start_month);
          },
          py::arg("name"), py::arg("provider"), py::arg("amounts"), py::kw_only(), py::arg("start_month") = py::none(),
          docstring("Commitment.per_year"));
  {
    using T = cm::commitment;
    def_properties(commitment_class, property{"name", &T::name, docstring("Commitment.name")},
                   property{"provider", &T::provider, docstring("Commitment.provider")},
                   property{"basis", &T::basis,
                            docstring("Commitment.basis")},
                   property{"start_month", &T::start_month, docstring("Commitment.start_month")},
                   property{"years", &T::years, docstring("Commitment.years")},
                   property{"by_year", [](const T& c) { return by_year_dict(c.by_year, c.start_month); },
                            docstring("Commitment.by_year")},
                   property{"total", &T::total, docstring("Commitment.total")});
  }
  commitment_class.def(
          "in_year",
          [](const cm::commitment& c, const year_like& year) { return c.in(year_in(year, c.start_month)); },
          py::arg("year"), docstring("Commitment.in_year"));
  def_python_view<typed_object<series_type>>(commitment_class, "to_pandas", display, "commitment_to_pandas", docstring("Commitment.to_pandas"));
  commitment_class.def("__repr__", &commitment_repr);
  def_state_hash(commitment_class, &commitment_state);
  def_value_semantics(commitment_class, &commitment_state, &commitment_from_state);

  // ---------------------------------------------------------------- EnvelopePosition
  py::class_<cm::envelope_position> position_class(m, "EnvelopePosition", py::is_final(), docstring("EnvelopePosition"));
  set_public_module(position_class);
  {
    using T = cm::envelope_position;
    def_properties(
        position_class, property{"envelope_name", &T::envelope_name, docstring("EnvelopePosition.envelope_name")},
        property{"years", [](const T& p) { return named_tuples<"list[YearPosition]", "YearPosition">(p.years); },
                 docstring("EnvelopePosition.years")},
        property{"breaches",
                 [](const T& p) {
                   py::list breaches;
                   for (const cm::breach& b : p.breaches) breaches.append(breach_object(b));
                   return named_object<"list[Breach]">{breaches};
                 },
                 docstring("EnvelopePosition.breaches")},
        property{"bases", &T::bases,
                 docstring("EnvelopePosition.bases")},
        property{"ok", [](const T& p) { return p.breaches.empty(); }, docstring("EnvelopePosition.ok")},
        property{"total_available", [](const T& p) { return sum_of(p.years, &cm::year_position::available); },
                 docstring("EnvelopePosition.total_available")},
        property{"total_committed", [](const T& p) { return sum_of(p.years, &cm::year_position::committed); },
                 docstring("EnvelopePosition.total_committed")},
        property{"total_headroom", [](const T& p) { return sum_of(p.years, &cm::year_position::headroom); },
                 docstring("EnvelopePosition.total_headroom")});
  }
  def_python_view<typed_object<data_frame_type>>(position_class, "to_pandas", display, "position_to_pandas", docstring("EnvelopePosition.to_pandas"));
  position_class.def("__repr__", &position_repr);
  def_html(position_class, "position_html", docstring("EnvelopePosition._repr_html_"));
  def_record_semantics(position_class);

  m.def(
      "assess",
      [](const cm::envelope& budget, commitments_arg commitments) {
        std::vector<cm::commitment> lines;
        const py::handle contract = python_module("commissioning._core").attr("Contract");
        for (py::handle item : py::iter(commitments.value)) {
          if (py::isinstance<cm::commitment>(item)) {
            lines.push_back(item.cast<const cm::commitment&>());
          } else if (py::isinstance(item, contract)) {
            lines.push_back(commitment_of(item, py::str("current"), budget.start_month()));
          } else {
            throw py::type_error("assess() takes Commitments or Contracts; got " + repr_of(item));
          }
        }
        return cm::assess(budget, lines);
      },
      py::arg("envelope"), py::arg("commitments"), docstring("assess"));

  // ---------------------------------------------------------------- Portfolio
  py::class_<cm::portfolio> portfolio_class(m, "Portfolio", py::is_final(), docstring("Portfolio"));
  set_public_module(portfolio_class);
  portfolio_class
      .def(py::init<std::string>(), py::arg("name") = "", docstring("Portfolio.__init__"))
      .def(
          "add",
          [](portfolio_object self, std::string service, std::string provider, money_like annual,
             cm::delivery how) {
            return changed<cm::portfolio>(self, [&](cm::portfolio& p) {
              p.add(std::move(service), std::move(provider), annual.value, how);
            });
          },
          py::arg("service"), py::arg("provider"), py::arg("annual"),
          py::arg("delivery") = "contract", docstring("Portfolio.add"))
      .def(
          "add_contract",
          [](portfolio_object self, typed_object<contract_type> contract, cm::date on) {
            const py::object& c = contract.value;
            const auto annual = c.attr("annual_value_on")(py::cast(on)).cast<cm::money>();
            auto name = c.attr("name").cast<std::string>();
            auto provider = c.attr("provider").cast<std::string>();
            return changed<cm::portfolio>(self, [&](cm::portfolio& p) {
              p.add(std::move(name), std::move(provider), annual, cm::delivery::contract);
            });
          },
          py::arg("contract"), py::arg("on"), docstring("Portfolio.add_contract"));
  {
    using T = cm::portfolio;
    def_properties<true>(
        portfolio_class, property{"name", &T::name, docstring("Portfolio.name")},
        property{"lines", [](const T& p) { return lines_list(p.lines()); },
                 docstring("Portfolio.lines")},
        property{"services",
                 [](const T& p) {
                   std::vector<std::string> names;
                   for (const cm::service_group& group : p.by_service()) names.push_back(group.service);
                   return names;
                 },
                 docstring("Portfolio.services")},
        property{"total", &T::total, docstring("Portfolio.total")});
  }
  portfolio_class
      .def(
          "service_total",
          [](const cm::portfolio& p, std::string_view service) { return snapshot(p).service_total(service); },
          py::arg("service"), docstring("Portfolio.service_total"))
      .def(
          "by_service",
          [](const cm::portfolio& p) { return named_object<"list[ServiceGroup]">{groups_list(snapshot(p))}; },
          docstring("Portfolio.by_service"))
      .def_static(
          "from_frame",
          [](typed_object<data_frame_type> frame, std::string service, std::string provider, std::string annual,
             std::optional<std::string> delivery, std::optional<std::string> name, bool fill_down) {
            return portfolio_object{python_module("commissioning._records")
                                        .attr("portfolio_from_frame")(frame.value, service, provider, annual,
                                                                      delivery, name, fill_down)};
          },
          py::arg("frame"), py::kw_only(), py::arg("service") = "service", py::arg("provider") = "provider",
          py::arg("annual") = "annual", py::arg("delivery") = py::none(), py::arg("name") = py::none(),
          py::arg("fill_down") = false, docstring("Portfolio.from_frame"))
      .def_static(
          "from_records",
          [](records_arg records, std::string service, std::string provider, std::string annual,
             std::optional<std::string> delivery, std::string name, bool fill_down) {
            return portfolio_object{python_module("commissioning._records")
                                        .attr("portfolio_from_records")(records.value, service, provider, annual,
                                                                        delivery, name, fill_down)};
          },
          py::arg("records"), py::kw_only(), py::arg("service") = "service", py::arg("provider") = "provider",
          py::arg("annual") = "annual", py::arg("delivery") = py::none(), py::arg("name") = "",
          py::arg("fill_down") = false, docstring("Portfolio.from_records"))
      .def("__len__", [](const cm::portfolio& p) { return snapshot(p).lines().size(); })
      .def("__iter__", [](const cm::portfolio& p) { return py::iter(lines_list(snapshot(p).lines()).value); })
      .def(
          "__contains__",
          [](const cm::portfolio& p, py::handle service) {
            return is_str(service) && snapshot(p).has_service(service.cast<std::string>());
          },
          py::arg("service"))
      .def("__repr__", [](const cm::portfolio& p) { return portfolio_repr(snapshot(p)); })
      .def(
          "__eq__",
          [](const cm::portfolio& a, py::handle other) -> py::object {
            if (!py::isinstance<cm::portfolio>(other)) return py::reinterpret_borrow<py::object>(Py_NotImplemented);
            return py::bool_(same_portfolio(snapshot(a), snapshot(other.cast<const cm::portfolio&>())));
          },
          py::is_operator())
      .def(
          "__ne__",
          [](const cm::portfolio& a, py::handle other) -> py::object {
            if (!py::isinstance<cm::portfolio>(other)) return py::reinterpret_borrow<py::object>(Py_NotImplemented);
            return py::bool_(!same_portfolio(snapshot(a), snapshot(other.cast<const cm::portfolio&>())));
          },
          py::is_operator())
      .def("__copy__", &snapshot<cm::portfolio>, docstring("Portfolio.__copy__"))
      .def(
          "__deepcopy__", [](const cm::portfolio& p, py::handle /*memo*/) { return snapshot(p); }, py::arg("memo"),
          docstring("Portfolio.__deepcopy__"));
  def_pickle(portfolio_class, [](const cm::portfolio& p) { return portfolio_state(snapshot(p)); }, &portfolio_from_state);
  portfolio_class.attr("__hash__") = py::none();
  def_python_view<typed_object<data_frame_type>, true>(portfolio_class, "to_pandas", display, "portfolio_to_pandas",
                                                       docstring("Portfolio.to_pandas"));
  def_python_view<std::string, true>(portfolio_class, "_repr_html_", display, "portfolio_html",
                                     docstring("Portfolio._repr_html_"));

  // ---------------------------------------------------------------- PortfolioChange
  py::class_<cm::portfolio_change> change_class(m, "PortfolioChange", py::is_final(), docstring("PortfolioChange"));
  set_public_module(change_class);
  change_class
      .def_static(
          "change_by",
          [](std::string service, money_like amount, cm::date effective) {
            return cm::portfolio_change::change_by(std::move(service), amount.value, effective);
          },
          py::arg("service"), py::arg("amount"), py::arg("effective"), docstring("PortfolioChange.change_by"))
      .def_static(
          "change_by_percent",
          [](std::string service, rate_like share, cm::date effective) {
            return cm::portfolio_change::change_by_percent(std::move(service), share.value, effective);
          },
          py::arg("service"), py::arg("share"), py::arg("effective"), docstring("PortfolioChange.change_by_percent"))
      .def_static(
          "bring_in_house",
          [](std::string service, money_like amount, cm::date effective) {
            return cm::portfolio_change::bring_in_house(std::move(service), amount.value, effective);
          },
          py::arg("service"), py::arg("amount"), py::arg("effective"), docstring("PortfolioChange.bring_in_house"))
      .def_static(
          "move_to_sla",
          [](std::string service, std::string provider, money_like amount, cm::date effective) {
            return cm::portfolio_change::move_to_sla(std::move(service), std::move(provider), amount.value, effective);
          },
          py::arg("service"), py::arg("provider"), py::arg("amount"), py::arg("effective"), docstring("PortfolioChange.move_to_sla"))
      .def_static(
          "end",
          [](std::string service, cm::date effective) {
            return cm::portfolio_change::end(std::move(service), effective);
          },
          py::arg("service"), py::arg("effective"), docstring("PortfolioChange.end"))
      .def_static(
          "add",
          [](std::string service, std::string provider, money_like annual, cm::date effective,
             cm::delivery how) {
            return cm::portfolio_change::add(std::move(service), std::move(provider), annual.value, effective,
                                             how);
          },
          py::arg("service"), py::arg("provider"), py::arg("annual"), py::arg("effective"),
          py::arg("delivery") = "contract", docstring("PortfolioChange.add"));
  {
    using T = cm::portfolio_change;
    def_properties(
        change_class, property{"kind", &T::kind, docstring("PortfolioChange.kind")},
        property{"service", &T::service, docstring("PortfolioChange.service")},
        property{"provider", [](const T& c) { return text_or_none(c.provider); }, docstring("PortfolioChange.provider")},
        property{"amount", &T::amount, docstring("PortfolioChange.amount")},
        property{"percent", &T::percent, docstring("PortfolioChange.percent")},
        property{"effective", &T::from, docstring("PortfolioChange.effective")},
        property{"delivery", &T::how, docstring("PortfolioChange.delivery")});
  }
  change_class.def("__repr__", &change_repr);
  def_state_hash(change_class, &change_state);
  def_value_semantics(change_class, &change_state, &change_from_state);

  // ---------------------------------------------------------------- ProposalResult
  py::class_<cm::proposal_result> proposal_class(m, "ProposalResult", py::is_final(), docstring("ProposalResult"));
  set_public_module(proposal_class);
  {
    using T = cm::proposal_result;
    def_properties(proposal_class, property{"before", &T::before, docstring("ProposalResult.before")},
                   property{"after", &T::after, docstring("ProposalResult.after")},
                   property{"changes",
                            [](const T& r) {
                              py::list outcomes;
                              for (const cm::change_outcome& o : r.changes) outcomes.append(outcome_object(o));
                              return named_object<"list[ChangeOutcome]">{outcomes};
                            },
                            docstring("ProposalResult.changes")},
                   property{"full_year_saving", &T::full_year_saving,
                            docstring("ProposalResult.full_year_saving")},
                   property{"in_year_saving", &T::in_year_saving, docstring("ProposalResult.in_year_saving")},
                   property{"in_year_savings",
                            [](const T& r) {
                              std::map<int, cm::money> by_year;
                              std::chrono::month start_month = cm::april;
                              for (const cm::change_outcome& o : r.changes) {
                                by_year[o.in_year.start_year()] += o.in_year_saving;
                                start_month = o.in_year.start_month();
                              }
                              return by_year_dict(by_year, start_month);
                            },
                            docstring("ProposalResult.in_year_savings")});
  }
  def_python_view<typed_object<data_frame_type>>(proposal_class, "to_pandas", display, "proposal_to_pandas", docstring("ProposalResult.to_pandas"));
  proposal_class.def("__repr__", &proposal_repr);
  def_html(proposal_class, "proposal_html", docstring("ProposalResult._repr_html_"));
  def_record_semantics(proposal_class);

  // Defined once ProposalResult is registered, so that its signature names it.
  portfolio_class.def(
      "apply",
      [](const cm::portfolio& p, changes_arg changes, std::chrono::month start_month) {
        return apply_changes(p, changes.value, start_month);
      },
      py::arg("changes"), py::arg("start_month") = cm::april, docstring("Portfolio.apply"));

  m.def(
      "apply_changes",
      [](const cm::portfolio& p, changes_arg changes, std::chrono::month start_month) {
        return apply_changes(p, changes.value, start_month);
      },
      py::arg("portfolio"), py::arg("changes"), py::arg("start_month") = cm::april, docstring("apply_changes"));

  // ---------------------------------------------------------------- Statement
  py::class_<cm::statement> statement_class(m, "Statement", py::is_final(), docstring("Statement"));
  set_public_module(statement_class);
  statement_class
      .def(py::init([](std::string source, std::optional<statement_lines_arg> lines,
                       std::optional<money_like> total) {
             cm::statement s{std::move(source), {}, std::nullopt};
             if (total) s.stated_total = total->value;
             if (lines)
               for (const auto& [label, amount] : pairs_of(lines->value, "lines")) {
                 if (!is_str(label))
                   throw py::type_error("a statement line's label must be a str, got " + repr_of(label));
                 s.lines.emplace_back(label.cast<std::string>(), money_arg(amount));
               }
             return s;
           }),
           py::arg("source"), py::arg("lines") = py::none(), py::arg("total") = py::none(),
           docstring("Statement.__init__"))
      .def_static(
          "of",
          [](const cm::portfolio& p, std::optional<std::string> source) {
            const cm::portfolio copy = snapshot(p);
            return cm::statement::of(copy, source.value_or(copy.name()));
          },
          py::arg("portfolio"), py::arg("source") = py::none(), docstring("Statement.of"));
  {
    using T = cm::statement;
    def_properties(statement_class, property{"source", &T::source, docstring("Statement.source")},
                   property{"lines",
                            [](const T& s) {
                              py::list lines;
                              for (const auto& [label, amount] : s.lines)
                                lines.append(types_attr("StatementLine")(label, amount));
                              return named_object<"list[StatementLine]">{lines};
                            },
                            docstring("Statement.lines")},
                   property{"stated_total", &T::stated_total, docstring("Statement.stated_total")},
                   property{"total", &T::total, docstring("Statement.total")});
  }
  statement_class.def("__repr__", &statement_repr);
  def_record_semantics(statement_class);

  // ---------------------------------------------------------------- Reconciliation
  py::class_<cm::reconciliation> reconciliation_class(m, "Reconciliation", py::is_final(), docstring("Reconciliation"));
  set_public_module(reconciliation_class);
  {
    using T = cm::reconciliation;
    def_properties(
        reconciliation_class, property{"first_source", &T::first_source, docstring("Reconciliation.first_source")},
        property{"second_source", &T::second_source, docstring("Reconciliation.second_source")},
        property{"first_total", &T::first_total, docstring("Reconciliation.first_total")},
        property{"second_total", &T::second_total, docstring("Reconciliation.second_total")},
        property{"difference", &T::difference, docstring("Reconciliation.difference")},
        property{"lines",
                 [](const T& r) {
                   return named_tuples<"list[ReconciliationLine]", "ReconciliationLine">(r.lines);
                 },
                 docstring("Reconciliation.lines")},
        property{"unexplained", &T::unexplained, docstring("Reconciliation.unexplained")});
  }
  def_python_view<typed_object<data_frame_type>>(reconciliation_class, "to_pandas", display,
                                                 "reconciliation_to_pandas", docstring("Reconciliation.to_pandas"));
  reconciliation_class.def("__repr__", &reconciliation_repr);
  def_html(reconciliation_class, "reconciliation_html",
           docstring("Reconciliation._repr_html_"));
  def_record_semantics(reconciliation_class);

  m.def("reconcile", &cm::reconcile, py::arg("first"), py::arg("second"), docstring("reconcile"));

  // ---------------------------------------------------------------- MediumTermView
  py::class_<medium_term> view_class(m, "MediumTermView", py::is_final(), docstring("MediumTermView"));
  set_public_module(view_class);
  {
    using T = medium_term;
    const auto years = [](const T& v) { return named_tuples<"list[MediumTermYear]", "MediumTermYear">(v.years); };
    def_properties(view_class, property{"envelope_name", &T::envelope_name, docstring("MediumTermView.envelope_name")},
                   property{"base_cost", &T::base_cost, docstring("MediumTermView.base_cost")},
                   property{"inflation", &T::inflation, docstring("MediumTermView.inflation")},
                   property{"years", years, docstring("MediumTermView.years")},
                   property{"total_gap", [](const T& v) { return sum_of(v.years, &cm::medium_term_year::gap); },
                            docstring("MediumTermView.total_gap")});
    view_class.def("__len__", [](const T& v) { return v.years.size(); })
        .def("__iter__", [years](const T& v) { return py::iter(years(v).value); })
        .def("__getitem__", [years](const T& v, py::handle index) -> py::object {
          return years(v).value[index];  // list indexing: negative indices and slices too
        });
  }
  def_python_view<typed_object<data_frame_type>>(view_class, "to_pandas", display, "medium_term_to_pandas", docstring("MediumTermView.to_pandas"));
  view_class.def("__repr__", &medium_term_repr);
  def_html(view_class, "medium_term_html", docstring("MediumTermView._repr_html_"));
  def_record_semantics(view_class);

  m.def(
      "medium_term_view",
      [](const cm::envelope& budget, money_like base_cost, rate_like inflation,
         std::optional<year_amounts_arg> savings_by_year, cm::rounding mode) {
        const auto savings = savings_by_year
                                 ? year_amounts(savings_by_year->value, budget.start_month(), "savings_by_year")
                                 : std::vector<std::pair<cm::financial_year, cm::money>>{};
        return medium_term{budget.name(), base_cost.value, inflation.value,
                           cm::medium_term_view(budget, base_cost.value, inflation.value, savings, mode)};
      },
      py::arg("envelope"), py::arg("base_cost"), py::arg("inflation"), py::arg("savings_by_year") = py::none(),
      py::kw_only(),
      py::arg_v("rounding", cm::rounding::half_away_from_zero,
                "Rounding.HALF_AWAY_FROM_ZERO"),
      docstring("medium_term_view"));
}

}  // namespace cmpy
