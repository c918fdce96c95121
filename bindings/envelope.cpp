// SPDX-License-Identifier: MIT
// The budget layer: envelopes, commitments and their position by financial year; portfolios
// of services, proposals that re-shape them, reconciliations of two statements of the same
// scope, and the medium-term view.
//
// The layer's enums and records live in Python, in commissioning._types; a record's fields are
// named once (`fields<T>` below), and its pickle state, NamedTuple and equality come from that.
// A Portfolio is mutable: each method holds the object's critical section on a free-threaded
// build. The rules (years in another month, a year given twice, savings outside the envelope,
// the totals) are the headers'; a year given as a label or a start year is read by common.hpp's
// one rule. Contract lives in contract.cpp; the binding reaches it through its Python methods
// (profile, annual_value_on), which hold the contract's critical section.
#include "contract_access.hpp"

#include <commissioning/budget/envelope.hpp>
#include <commissioning/budget/medium_term.hpp>
#include <commissioning/budget/portfolio.hpp>
#include <commissioning/budget/proposal.hpp>
#include <commissioning/budget/reconciliation.hpp>

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace cmpy {

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
CMPY_FIELDS(cm::medium_term, &T::envelope_name, &T::base_cost, &T::inflation, &T::years);

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
using optional_month = std::optional<std::chrono::month>;

/// The module of the layer's tables and HTML (`def_python_view`, `def_html`).
constexpr const char* display = "commissioning._display";

// ---------------------------------------------------------------- financial years

named_object<"dict[str, Money]"> by_year_dict(const std::vector<cm::financial_year_amount>& amounts) {
  py::dict result;
  for (const auto& [year, amount] : amounts) result[py::str(year.label())] = amount;
  return {result};
}

/// Amounts by year as pickled: a list of (start year, amount) pairs.
py::list year_pairs(const std::vector<cm::financial_year_amount>& amounts) {
  py::list years;
  for (const auto& [year, amount] : amounts) years.append(py::make_tuple(year.start_year(), amount));
  return years;
}

template <class Year>
std::vector<cm::financial_year> years_of(const std::vector<Year>& years) {
  std::vector<cm::financial_year> result;
  for (const Year& y : years) result.push_back(y.year);
  return result;
}

// ---------------------------------------------------------------- Envelope

py::tuple envelope_state(const cm::envelope& e) {
  return py::make_tuple(e.name(), e.start_month(), year_pairs(e.by_year()), e.cap());
}

cm::envelope envelope_from_state(const py::tuple& state) {
  if (state.size() != 4) throw std::runtime_error("invalid Envelope state");
  cm::envelope e = cm::envelope::per_year(state[0].cast<std::string>(),
                                          year_values(state[2], state[1].cast<std::chrono::month>(), "state", money_arg));
  if (const auto cap = state[3].cast<std::optional<cm::money>>()) e = e.capped_at(*cap);
  return e;
}

std::string envelope_repr(const cm::envelope& e) {
  std::string text = "<Envelope " + quoted(e.name()) + ": " + year_span(e.years()) + ", " + cm::to_string(e.total());
  if (e.cap()) text += ", capped at " + cm::to_string(*e.cap());
  return text + ">";
}

// ---------------------------------------------------------------- Commitment

cm::commitment commitment_of(typed_object<contract_type> contract, typed_object<scope_type> scope,
                             std::chrono::month start_month) {
  // Through the Contract's own methods: they hold its critical section.
  const py::object& c = contract.value;
  const py::object profile = c.attr("profile")(scope.value, "monthly", py::int_(static_cast<unsigned>(start_month)));
  // The profile brings the term it covers.
  return cm::commitment::of(c.attr("name").cast<std::string>(), c.attr("provider").cast<std::string>(),
                            profile.cast<const cm::financial_year_profile&>(), start_month);
}

cm::date date_arg(py::handle value) {
  py::detail::make_caster<cm::date> caster;
  if (!caster.load(value, true))
    throw py::type_error("expected a datetime.date or a date as text, got " + repr_of(value));
  return py::detail::cast_op<cm::date>(std::move(caster));
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
  return py::make_tuple(c.name, c.provider, c.start_month, year_pairs(c.amounts()), c.basis);
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
  if (p.ok()) return text + "within the envelope every year>";
  return text + std::to_string(p.breaches.size()) + (p.breaches.size() == 1 ? " breach" : " breaches") +
         ", short by " + cm::to_string(p.total_shortfall()) + " in all>";
}

// ---------------------------------------------------------------- Portfolio

named_object<"list[PortfolioLine]"> lines_list(const std::vector<cm::portfolio_line>& lines) {
  return named_tuples<"list[PortfolioLine]", "PortfolioLine">(lines);
}

named_object<"list[ServiceGroup]"> groups_list(const cm::portfolio& p) {
  return list_of<"list[ServiceGroup]">(p.by_service(), [](const cm::service_group& group) {
    return types_attr("ServiceGroup")(group.service, lines_list(group.lines).value, group.subtotal);
  });
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

/// `portfolio == other` (`equal`) or `!=`, each read under its own lock; NotImplemented for
/// another type.
py::object compare_portfolios(const cm::portfolio& a, py::handle other, bool equal) {
  if (!py::isinstance<cm::portfolio>(other)) return py::reinterpret_borrow<py::object>(Py_NotImplemented);
  return py::bool_((snapshot(a) == snapshot(other.cast<const cm::portfolio&>())) == equal);
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

/// As the factory that makes it.
std::string change_repr(const cm::portfolio_change& c) {
  using kind = cm::change_kind;
  const bool percent = c.kind == kind::change_by && c.percent;
  std::string text = "PortfolioChange." + std::string(percent ? "change_by_percent" : cm::name_of(c.kind)) + "(" +
                     quoted(c.service) + ", ";
  if (c.kind == kind::move_to_sla || c.kind == kind::add) text += quoted(c.provider) + ", ";
  if (percent) text += repr_of(py::cast(*c.percent)) + ", ";
  else if (c.kind != kind::end) text += money_repr(c.amount) + ", ";
  text += "effective=" + repr_of(py::cast(c.from));
  if (c.kind == kind::add && c.how != cm::delivery::contract)
    text += ", delivery=" + quoted(std::string(cm::to_string(c.how)));
  return text + ")";
}

cm::proposal_result apply_changes(const cm::portfolio& p, changes_arg changes, std::chrono::month start_month) {
  std::vector<cm::portfolio_change> list;
  for (py::handle item : py::iter(changes.value)) {
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

std::string medium_term_repr(const cm::medium_term& v) {
  return "<MediumTermView " + quoted(v.envelope_name) + ": " + year_span(years_of(v.years)) + ", costs rising " +
         v.inflation.to_percent_string() + " a year, total gap " + cm::to_string(v.total_gap()) + ">";
}

}  // namespace

void bind_envelope(py::module_& m) {
  def_text_enum<cm::delivery>(m, R"doc(
How a service is delivered; each member is its snake_case name (``Delivery.IN_HOUSE == "in_house"``).

Wherever a delivery is taken, the name is read in any case, with spaces or hyphens for
underscores (``"in-house"``, ``"IN_HOUSE"``, ``"service level agreement"``), and ``"sla"``
for a service level agreement; ``label`` gives the words a report uses (``"in-house"``).

Members
-------
CONTRACT
    Let to a provider under a contract (the default).
IN_HOUSE
    Delivered by the council itself.
SERVICE_LEVEL_AGREEMENT
    With another public body or a council-owned company.
OTHER
    Any other way.
)doc");
  def_text_enum<cm::change_kind>(m, R"doc(
What a change to a portfolio does; each member is its snake_case name (``"bring_in_house"``);
``label`` gives the words a report uses (``"bring in-house"``).

Members
-------
CHANGE_BY
    The service's annual cost changes by an amount or a share.
BRING_IN_HOUSE
    One in-house line replaces the service's providers.
MOVE_TO_SLA
    One service-level-agreement line replaces the service's providers.
END
    The service stops.
ADD
    A new service starts.
)doc");

  // ---------------------------------------------------------------- Envelope
  py::class_<cm::envelope> envelope_class(m, "Envelope", py::is_final(), R"doc(
The money available to a service or budget line, year by year.

Made by ``Envelope.flat``, ``Envelope.per_year`` or ``Envelope.uplifted``; ``capped_at``
gives the same envelope with no year above a cap. A year the envelope does not cover has
£0 available. Years are given as FinancialYear, as labels (``"2021-22"``) or as the
calendar year they start in (``2021``).

Attributes
----------
name : str
start_month : int
    The month its financial years start in (4 for April).
years : list of FinancialYear
    Every year from the first to the last.
by_year : dict of str to Money
    The money available, by financial-year label.
total : Money
cap : Money or None

Examples
--------
Seed 001: "a maximum service value of £65k per annum" from 1 April 2018.

>>> budget = Envelope.flat("Young carers", "£65,000", "2018-19", "2020-21")
>>> budget.total
Money('£195,000.00')
>>> Envelope.per_year("Early help", {2021: "£2,924,295.28", 2022: "£1,924,295.28"}).capped_at("£2,000,000").by_year
{'2021-22': Money('£2,000,000.00'), '2022-23': Money('£1,924,295.28')}
)doc");
  set_public_module(envelope_class);
  envelope_class
      .def_static(
          "flat",
          [](std::string name, money_like per_year, financial_year_arg first, financial_year_arg last,
             optional_month start_month) {
            const std::chrono::month month = month_for({first.value, last.value}, start_month);
            return cm::envelope::flat(std::move(name), per_year.value, year_in(first.value, month),
                                      year_in(last.value, month));
          },
          py::arg("name"), py::arg("per_year"), py::arg("first"), py::arg("last"), py::kw_only(),
          py::arg("start_month") = py::none(), R"doc(
The same amount every year from ``first`` to ``last``, both included.

Parameters
----------
name : str
per_year : Money, str, int, float or decimal.Decimal
    Not negative (InvalidInputError, commissioning.envelope.002).
first, last : FinancialYear, str or int
    ``"2018-19"``, ``2018`` or ``FinancialYear(2018)``; ``last`` not before ``first``
    (InvalidInputError, commissioning.financial_year.005).
start_month : int, optional
    The month the years start in: that of a FinancialYear given, else April.

Returns
-------
Envelope
)doc")
      .def_static(
          "per_year",
          [](std::string name, year_amounts_arg amounts, optional_month start_month) {
            return cm::envelope::per_year(std::move(name), year_values(amounts.value, start_month, "amounts", money_arg),
                                          start_month);
          },
          py::arg("name"), py::arg("amounts"), py::kw_only(), py::arg("start_month") = py::none(), R"doc(
An amount for each year given.

Parameters
----------
name : str
amounts : mapping or iterable of (year, amount) pairs
    ``{"2021-22": "£1,000", 2022: 1200}``, a list of pairs, or a pandas Series indexed by
    year. Years between those given have £0.
start_month : int, optional
    The month the years start in: that of the first FinancialYear given, else April.

Returns
-------
Envelope

Raises
------
InvalidInputError
    No years, a year given twice, or years that start in different months
    (commissioning.envelope.001); a negative amount (commissioning.envelope.002).
)doc")
      .def_static(
          "uplifted",
          [](std::string name, money_like first_year_amount, rate_like uplift, financial_year_arg first,
             financial_year_arg last, cm::rounding mode, optional_month start_month) {
            const std::chrono::month month = month_for({first.value, last.value}, start_month);
            return cm::envelope::uplifted(std::move(name), first_year_amount.value, uplift.value,
                                          year_in(first.value, month), year_in(last.value, month), mode);
          },
          py::arg("name"), py::arg("first_year_amount"), py::arg("uplift"), py::arg("first"), py::arg("last"),
          py::kw_only(),
          py::arg_v("rounding", cm::rounding::half_away_from_zero, "Rounding.HALF_AWAY_FROM_ZERO"),
          py::arg("start_month") = py::none(), R"doc(
``first_year_amount`` in ``first``, then uplifted by ``uplift`` each year to ``last``.

Each year is rounded to the penny before the next uplift.

Parameters
----------
name : str
first_year_amount : Money, str, int, float or decimal.Decimal
uplift : Rate, str, int, float, decimal.Decimal or fractions.Fraction
    ``"2.5%"``, ``Decimal("0.025")``.
first, last : FinancialYear, str or int
rounding : Rounding or str, default "half_away_from_zero"
start_month : int, optional

Returns
-------
Envelope

Examples
--------
>>> Envelope.uplifted("Young carers", "£65,000", "2.5%", 2018, 2020).by_year
{'2018-19': Money('£65,000.00'), '2019-20': Money('£66,625.00'), '2020-21': Money('£68,290.63')}
)doc")
      .def(
          "capped_at", as_python<&cm::envelope::capped_at>, py::arg("cap"),
          R"doc(
The same envelope with no year above ``cap`` (an earlier, lower cap still holds).

Parameters
----------
cap : Money, str, int, float or decimal.Decimal
    Not negative (InvalidInputError, commissioning.envelope.002).

Returns
-------
Envelope
)doc")
      .def(
          "available",
          [](const cm::envelope& e, financial_year_arg year) { return e.available(year_in(year.value, e.start_month())); },
          py::arg("year"), R"doc(
The money available in a year: £0 in a year the envelope does not cover.

Parameters
----------
year : FinancialYear, str or int

Returns
-------
Money

Raises
------
InvalidInputError
    A FinancialYear that starts in another month than the envelope's
    (commissioning.financial_year.004).
)doc");
  {
    using T = cm::envelope;
    def_properties(
        envelope_class, property{"name", &T::name, "The envelope's name."},
        property{"start_month", &T::start_month, "The month its years start in (4 for April)."},
        property{"cap", &T::cap, "The cap applied by ``capped_at``, or None."},
        property{"first_year", &T::first_year, "The first year."},
        property{"last_year", &T::last_year, "The last year."},
        property{"years", &T::years, "Every year from the first to the last."},
        property{"by_year", [](const T& e) { return by_year_dict(e.by_year()); },
                 "The money available by financial-year label (a new dict, in year order)."},
        property{"total", &T::total, "The money available over all the years."});
  }
  def_python_view<typed_object<series_type>>(envelope_class, "to_pandas", display, "envelope_to_pandas", R"doc(
The envelope as a pandas Series (pandas is imported only when this is called).

Returns
-------
pandas.Series
    Named after the envelope, of exact ``decimal.Decimal`` pounds, indexed by
    financial-year label (index name ``"financial_year"``).
)doc");
  envelope_class.def("__repr__", &envelope_repr);
  def_state_hash(envelope_class, &envelope_state);
  def_html(envelope_class, "envelope_html", "An HTML table for Jupyter.");
  def_value_semantics(envelope_class, &envelope_state, &envelope_from_state);

  // ---------------------------------------------------------------- Commitment
  py::class_<cm::commitment> commitment_class(m, "Commitment", py::is_final(), R"doc(
What a line (a contract, an in-house service, anything else) commits in each financial year.

Made by ``Commitment.of`` (a contract's profile), ``Commitment.annual`` (a cost a year over a
period) or ``Commitment.per_year`` (an amount for each year).

Attributes
----------
name, provider : str
start_month : int
    The month its financial years start in.
years : list of FinancialYear
    The years it commits money in, in order.
by_year : dict of str to Money
    What it commits, by financial-year label.
total : Money

Examples
--------
>>> staff = Commitment.annual("In-house team", "Herefordshire Council", "£68,000",
...                           ("1 April 2018", "31 March 2021"))
>>> staff.by_year
{'2018-19': Money('£68,000.00'), '2019-20': Money('£68,000.00'), '2020-21': Money('£68,000.00')}
)doc");
  set_public_module(commitment_class);
  commitment_class
      .def_static(
          "of", &commitment_of, py::arg("contract"), py::arg("scope") = "current", py::arg("start_month") = cm::april, R"doc(
A contract's money by financial year: its profile over a scope, by equal monthly instalments.

Parameters
----------
contract : Contract
scope : ContractScope or str, default "current"
    "current", "base" or "maximum".
start_month : int, default 4

Returns
-------
Commitment
    Named as the contract, with its provider.
)doc")
      .def_static(
          "annual",
          [](std::string name, std::string provider, money_like per_year, period_arg_object active,
             std::chrono::month start_month) {
            return cm::commitment::annual(std::move(name), std::move(provider), per_year.value,
                                          period_arg(active.value), start_month);
          },
          py::arg("name"), py::arg("provider"), py::arg("per_year"), py::arg("period"),
          py::arg("start_month") = cm::april, R"doc(
A cost of ``per_year`` a year over a period: a part year costs its share of twelve equal
months, part months pro rata by days (from 1 October: half a year).

Parameters
----------
name, provider : str
per_year : Money, str, int, float or decimal.Decimal
    Not negative (InvalidInputError, commissioning.envelope.002).
period : Period, FinancialYear or (first, last) pair of dates
    ``("1 April 2018", "31 March 2021")``.
start_month : int, default 4

Returns
-------
Commitment
)doc")
      .def_static(
          "per_year",
          [](std::string name, std::string provider, year_amounts_arg amounts, optional_month start_month) {
            return cm::commitment::per_year(std::move(name), std::move(provider),
                                            year_values(amounts.value, start_month, "amounts", money_arg), start_month);
          },
          py::arg("name"), py::arg("provider"), py::arg("amounts"), py::kw_only(), py::arg("start_month") = py::none(),
          R"doc(
An amount committed in each year given.

Parameters
----------
name, provider : str
amounts : mapping or iterable of (year, amount) pairs
    ``{"2021-22": "£1,000", 2022: 1200}``, pairs, or a pandas Series indexed by year.
start_month : int, optional

Returns
-------
Commitment

Raises
------
InvalidInputError
    A year given twice, or years that start in different months
    (commissioning.envelope.001); a negative amount (commissioning.envelope.002); a
    FinancialYear that does not start in ``start_month`` (commissioning.financial_year.004).
)doc");
  {
    using T = cm::commitment;
    def_properties(commitment_class, property{"name", &T::name, "The line's name."},
                   property{"provider", &T::provider, "The provider."},
                   property{"basis", &T::basis,
                            "What a contract's commitment covers (\"the current term, to 31 March 2027\"); "
                            "empty for other commitments."},
                   property{"start_month", &T::start_month, "The month its years start in."},
                   property{"years", &T::years, "The years it commits money in, in order."},
                   property{"by_year", [](const T& c) { return by_year_dict(c.amounts()); },
                            "What it commits by financial-year label (a new dict, in year order)."},
                   property{"total", &T::total, "What it commits over all its years."});
  }
  commitment_class.def(
          "in_year",
          [](const cm::commitment& c, financial_year_arg year) { return c.in(year_in(year.value, c.start_month)); },
          py::arg("year"), R"doc(
What the line commits in a year: £0 in a year it does not touch.

Parameters
----------
year : FinancialYear, str or int

Returns
-------
Money

Raises
------
InvalidInputError
    A FinancialYear that starts in another month (commissioning.financial_year.004).
)doc");
  def_python_view<typed_object<series_type>>(commitment_class, "to_pandas", display, "commitment_to_pandas", R"doc(
The commitment as a pandas Series of exact ``decimal.Decimal`` pounds, named after the line
and indexed by financial-year label.

Returns
-------
pandas.Series
)doc");
  commitment_class.def("__repr__", &commitment_repr);
  def_state_hash(commitment_class, &commitment_state);
  def_value_semantics(commitment_class, &commitment_state, &commitment_from_state);

  // ---------------------------------------------------------------- EnvelopePosition
  py::class_<cm::envelope_position> position_class(m, "EnvelopePosition", py::is_final(), R"doc(
An envelope set against its commitments, year by year, with every breach.

A breach is a result, never an exception: the budget holder sees every year that is over,
by how much, and which lines commit the money.

Attributes
----------
envelope_name : str
years : list of YearPosition
    ``(year, available, committed, headroom, cumulative_headroom)`` for every year the
    envelope or a commitment touches.
breaches : list of Breach
    ``(year, shortfall, lines)`` for every year over, lines largest first.
ok : bool
    True when no year is over.
total_available, total_committed, total_headroom : Money
    Over all the years; ``total_headroom`` is the last year's cumulative headroom.
)doc");
  set_public_module(position_class);
  {
    using T = cm::envelope_position;
    def_properties(
        position_class, property{"envelope_name", &T::envelope_name, "The envelope's name."},
        property{"years", [](const T& p) { return named_tuples<"list[YearPosition]", "YearPosition">(p.years); },
                 "Each year's position, in order: a list of YearPosition."},
        property{"breaches", [](const T& p) { return list_of<"list[Breach]">(p.breaches, breach_object); },
                 "Every year over the envelope, in order: a list of Breach."},
        property{"bases", &T::bases,
                 "What each contract commitment covers, in order (\"Kent Young Carers over the current term, to 31 "
                 "March 2027\"): no scope is silent, and the position's table notes them."},
        property{"ok", &T::ok, "True when no year is over."},
        property{"total_available", &T::total_available, "The money available over all the years."},
        property{"total_committed", &T::total_committed, "The money committed over all the years."},
        property{"total_headroom", &T::total_headroom,
                 "Available less committed over all the years (negative: a shortfall)."});
  }
  def_python_view<typed_object<data_frame_type>>(position_class, "to_pandas", display, "position_to_pandas", R"doc(
The position as a pandas DataFrame (pandas is imported only when this is called).

Returns
-------
pandas.DataFrame
    Indexed by financial-year label (index name ``"financial_year"``), with columns
    ``available``, ``committed``, ``headroom`` and ``cumulative_headroom`` of exact
    ``decimal.Decimal`` pounds and ``breach`` (bool); the envelope's name is in
    ``df.attrs["envelope"]``.
)doc");
  position_class.def("__repr__", &position_repr);
  def_html(position_class, "position_html", "An HTML table for Jupyter, each year over the envelope marked.");
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
            lines.push_back(commitment_of({py::reinterpret_borrow<py::object>(item)}, {py::str("current")},
                                          budget.start_month()));
          } else {
            throw py::type_error("assess() takes Commitments or Contracts; got " + repr_of(item));
          }
        }
        return cm::assess(budget, lines);
      },
      py::arg("envelope"), py::arg("commitments"), R"doc(
Set commitments against an envelope, year by year.

Parameters
----------
envelope : Envelope
commitments : iterable of Commitment or Contract
    A Contract counts as ``Commitment.of(contract, start_month=envelope.start_month)``.

Returns
-------
EnvelopePosition
    Every year the envelope or a commitment touches (where the envelope has nothing, £0 is
    available), and every year that is over as a Breach.

Raises
------
InvalidInputError
    A commitment whose years start in another month than the envelope's
    (commissioning.financial_year.004).

Examples
--------
Seed 001: an in-house team at £68,000 a year against a £65k cap.

>>> budget = Envelope.flat("Young carers", "£65,000", "2018-19", "2020-21")
>>> staff = Commitment.annual("In-house team", "Herefordshire Council", "£68,000",
...                           ("1 April 2018", "31 March 2021"))
>>> [str(b.shortfall) for b in assess(budget, [staff]).breaches]
['£3,000.00', '£3,000.00', '£3,000.00']
)doc");

  // ---------------------------------------------------------------- Portfolio
  py::class_<cm::portfolio> portfolio_class(m, "Portfolio", py::is_final(), R"doc(
Named services, each delivered by one or more providers at an annual cost, in the order added.

Parameters
----------
name : str, default ""

Notes
-----
A Portfolio changes: ``add`` and ``add_contract`` append lines (and return the portfolio,
so that calls chain). It compares equal to a portfolio with the same name and lines, is not
hashable, and copies and pickles. It is a sequence of PortfolioLine (``len``, iteration),
and ``service in portfolio`` asks whether it has a service.

Load a contract register with ``Portfolio.from_frame(df)`` or ``Portfolio.from_records(rows)``.

Examples
--------
Seed 002's table:

>>> early_help = (Portfolio("Early help")
...     .add("Young Carers", "Imago", "£325,484.88")
...     .add("NEET", "CXK Ltd", "£498,410.40")
...     .add("Family Support", "Porchlight", "£1,240,000.00")
...     .add("Family Support", "Project Salus", "£860,400.00"))
>>> early_help.service_total("Family Support"), early_help.total
(Money('£2,100,400.00'), Money('£2,924,295.28'))
)doc");
  set_public_module(portfolio_class);
  portfolio_class
      .def(py::init<std::string>(), py::arg("name") = "", "Make an empty portfolio.")
      .def(
          "add",
          [](portfolio_object self, std::string service, std::string provider, money_like annual,
             cm::delivery how) {
            return changed<cm::portfolio>(self, [&](cm::portfolio& p) {
              p.add(std::move(service), std::move(provider), annual.value, how);
            });
          },
          py::arg("service"), py::arg("provider"), py::arg("annual"),
          py::arg("delivery") = "contract", R"doc(
Add a line: a provider's part of a service at an annual cost.

Parameters
----------
service : str
    Not empty (InvalidInputError, commissioning.portfolio.001).
provider : str
annual : Money, str, int, float or decimal.Decimal
    Not negative (InvalidInputError, commissioning.portfolio.002).
delivery : Delivery or str, default "contract"
    ``"contract"``, ``"in-house"``, ``"service level agreement"`` (or ``"sla"``), ``"other"``.

Returns
-------
Portfolio
    This portfolio, so that calls chain.
)doc")
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
          py::arg("contract"), py::arg("on"), R"doc(
Add a contract as a line: its name as the service, its provider, and the annual value in
force on a day (indexation and changes of value included).

Parameters
----------
contract : Contract
on : datetime.date or str
    A day inside the contract (OutOfRangeError, commissioning.contract.013, otherwise).

Returns
-------
Portfolio
    This portfolio, so that calls chain.
)doc");
  {
    using T = cm::portfolio;
    def_properties<true>(
        portfolio_class, property{"name", &T::name, "The portfolio's name."},
        property{"lines", [](const T& p) { return lines_list(p.lines()); },
                 "Every line, in the order added: a list of PortfolioLine."},
        property{"services", &T::services, "The services, in the order they first appear."},
        property{"total", &T::total, "The annual cost of every line."});
  }
  portfolio_class
      .def(
          "service_total",
          [](const cm::portfolio& p, std::string_view service) { return snapshot(p).service_total(service); },
          py::arg("service"), R"doc(
The annual cost of one service: the subtotal of its lines.

Raises
------
InvalidInputError
    The portfolio has no such service (commissioning.portfolio.003).
)doc")
      .def(
          "by_service",
          [](const cm::portfolio& p) { return groups_list(snapshot(p)); },
          R"doc(
The services in the order they first appear, each with its lines and subtotal.

Returns
-------
list of ServiceGroup
    ``(service, lines, subtotal)``.
)doc")
      .def_static(
          "from_frame",
          [](typed_object<data_frame_type> frame, std::string service, std::string provider, std::string annual,
             std::optional<std::string> delivery, std::optional<std::string> name, bool fill_down) {
            const py::object read = python_module("commissioning._records").attr("portfolio_from_frame");
            return portfolio_object{read(frame.value, service, provider, annual, delivery, name, fill_down)};
          },
          py::arg("frame"), py::kw_only(), py::arg("service") = "service", py::arg("provider") = "provider",
          py::arg("annual") = "annual", py::arg("delivery") = py::none(), py::arg("name") = py::none(),
          py::arg("fill_down") = false, R"doc(
A portfolio from a pandas DataFrame with one row per line, such as a contract register read
with ``pandas.read_csv`` or ``pandas.read_excel``.

Parameters
----------
frame : pandas.DataFrame
service, provider, annual : str, default "service", "provider", "annual"
    The columns to read. Amounts may be text (``"£325,484.88"``), Decimal (whole pence),
    int (pounds) or float (rounded to the penny, half away from zero), as ``Money()`` reads.
    A blank provider is read as "".
delivery : str, optional
    The column of how each line is delivered (``"contract"``, ``"in-house"``, ``"sla"``, ...;
    a blank cell is a contract): by default "delivery" if the frame has it; without one,
    every line is a contract.
name : str, optional
    The portfolio's name: by default ``frame.attrs["name"]`` (which ``to_pandas`` sets), else "".
fill_down : bool, default False
    Read a blank service as the service of the row above, as tables such as seed 002's
    print a service with several providers.

Returns
-------
Portfolio

Raises
------
ValueError
    A column the frame does not have.
Error
    A row that cannot be a line: the library's error, its message naming the row
    (``[commissioning.money.004] row 2 ('NEET'), column 'annual': cannot read ...``); a
    blank amount is commissioning.money.001.
)doc")
      .def_static(
          "from_records",
          [](records_arg records, std::string service, std::string provider, std::string annual,
             std::optional<std::string> delivery, std::string name, bool fill_down) {
            const py::object read = python_module("commissioning._records").attr("portfolio_from_records");
            return portfolio_object{read(records.value, service, provider, annual, delivery, name, fill_down)};
          },
          py::arg("records"), py::kw_only(), py::arg("service") = "service", py::arg("provider") = "provider",
          py::arg("annual") = "annual", py::arg("delivery") = py::none(), py::arg("name") = "",
          py::arg("fill_down") = false, R"doc(
A portfolio from records (mappings), one per line: ``csv.DictReader`` rows, JSON objects,
``df.to_dict("records")``.

Parameters
----------
records : iterable of mappings
service, provider, annual, delivery, name, fill_down
    As for ``from_frame``: the keys to read (``delivery`` is "delivery" by default), the
    portfolio's name, and whether a blank service continues the one above. A record without
    the delivery key, or with a blank one, is a contract.

Returns
-------
Portfolio
)doc")
      .def("__len__", [](const cm::portfolio& p) { return snapshot(p).lines().size(); })
      .def("__iter__", [](const cm::portfolio& p) { return py::iter(lines_list(snapshot(p).lines()).value); })
      .def(
          "__contains__",
          [](const cm::portfolio& p, py::handle service) {
            return is_str(service) && snapshot(p).has_service(service.cast<std::string>());
          },
          py::arg("service"))
      .def("__repr__", [](const cm::portfolio& p) { return portfolio_repr(snapshot(p)); })
      .def("__eq__", [](const cm::portfolio& a, py::handle b) { return compare_portfolios(a, b, true); }, py::is_operator())
      .def("__ne__", [](const cm::portfolio& a, py::handle b) { return compare_portfolios(a, b, false); }, py::is_operator())
      .def("__copy__", &snapshot<cm::portfolio>, "An independent copy.")
      .def(
          "__deepcopy__", [](const cm::portfolio& p, py::handle /*memo*/) { return snapshot(p); }, py::arg("memo"),
          "An independent copy.");
  def_pickle(portfolio_class, [](const cm::portfolio& p) { return portfolio_state(snapshot(p)); }, &portfolio_from_state);
  portfolio_class.attr("__hash__") = py::none();
  def_python_view<typed_object<data_frame_type>, true>(portfolio_class, "to_pandas", display, "portfolio_to_pandas",
                                                       R"doc(
The lines as a pandas DataFrame (pandas is imported only when this is called).

Returns
-------
pandas.DataFrame
    One row per line with columns ``service``, ``provider``, ``delivery`` (str) and
    ``annual`` (exact ``decimal.Decimal`` pounds); the portfolio's name is in
    ``df.attrs["name"]``. ``Portfolio.from_frame(df)`` reads it back.
)doc");
  def_python_view<std::string, true>(portfolio_class, "_repr_html_", display, "portfolio_html",
                                     "An HTML table for Jupyter: each service's lines, its subtotal, and the total.");

  // ---------------------------------------------------------------- PortfolioChange
  py::class_<cm::portfolio_change> change_class(m, "PortfolioChange", py::is_final(), R"doc(
One change of a proposal to a portfolio's service, taking effect on a day.

Made by ``change_by``, ``change_by_percent``, ``bring_in_house``, ``move_to_sla``, ``end``
and ``add``; ``apply_changes(portfolio, changes)`` (or ``portfolio.apply(changes)``) applies
a list of them in order.

Attributes
----------
kind : ChangeKind
service : str
provider : str or None
    The new provider (``"in-house"`` for bring_in_house); None when the change names none.
amount : Money
    The change in annual cost (for add, the annual cost).
percent : Rate or None
    For change_by_percent, the share of the cost it changes by.
effective : datetime.date
    The day the change takes effect.
delivery : Delivery
    How the service is delivered after the change (for change_by and end, "contract";
    the existing lines keep theirs).

Examples
--------
Seed 002, from 1 October 2020:

>>> PortfolioChange.bring_in_house("Family Support", "-£1,100,000", "1 October 2020")
PortfolioChange.bring_in_house('Family Support', Money('-£1,100,000.00'), effective=datetime.date(2020, 10, 1))
)doc");
  set_public_module(change_class);
  change_class
      .def_static(
          "change_by", as_python<&cm::portfolio_change::change_by>,
          py::arg("service"), py::arg("amount"), py::arg("effective"), R"doc(
Change a service's annual cost by an amount (negative for a reduction).

A service with several providers shares the change in proportion to their costs (largest
remainder: the parts sum exactly to the change).

Parameters
----------
service : str
amount : Money, str, int, float or decimal.Decimal
effective : datetime.date or str

Returns
-------
PortfolioChange
)doc")
      .def_static(
          "change_by_percent", as_python<&cm::portfolio_change::change_by_percent>,
          py::arg("service"), py::arg("share"), py::arg("effective"), R"doc(
Change a service's annual cost by a share of it: ``"-10%"`` for a tenth less.

The change is rounded to the penny, half away from zero.

Parameters
----------
service : str
share : Rate, str, int, float, decimal.Decimal or fractions.Fraction
effective : datetime.date or str

Returns
-------
PortfolioChange
)doc")
      .def_static(
          "bring_in_house", as_python<&cm::portfolio_change::bring_in_house>,
          py::arg("service"), py::arg("amount"), py::arg("effective"), R"doc(
Deliver a service in-house: one in-house line replaces its providers, its cost changed by
``amount`` (``"-£1,100,000"``; ``0`` to keep it).

Parameters
----------
service : str
amount : Money, str, int, float or decimal.Decimal
effective : datetime.date or str

Returns
-------
PortfolioChange
)doc")
      .def_static(
          "move_to_sla", as_python<&cm::portfolio_change::move_to_sla>,
          py::arg("service"), py::arg("provider"), py::arg("amount"), py::arg("effective"), R"doc(
Move a service to a service level agreement with ``provider``: one line replaces its
providers, its cost changed by ``amount`` (``0`` to keep it).

Parameters
----------
service, provider : str
amount : Money, str, int, float or decimal.Decimal
effective : datetime.date or str

Returns
-------
PortfolioChange
)doc")
      .def_static(
          "end", as_python<&cm::portfolio_change::end>,
          py::arg("service"), py::arg("effective"), R"doc(
Stop a service: its whole cost is saved.

Parameters
----------
service : str
effective : datetime.date or str

Returns
-------
PortfolioChange
)doc")
      .def_static(
          "add", as_python<&cm::portfolio_change::add>,
          py::arg("service"), py::arg("provider"), py::arg("annual"), py::arg("effective"),
          py::arg("delivery") = "contract", R"doc(
Start a new service: a negative saving of its annual cost.

Parameters
----------
service, provider : str
annual : Money, str, int, float or decimal.Decimal
    Not negative (InvalidInputError, commissioning.proposal.002, when applied).
effective : datetime.date or str
delivery : Delivery or str, default "contract"

Returns
-------
PortfolioChange
)doc");
  {
    using T = cm::portfolio_change;
    def_properties(
        change_class, property{"kind", &T::kind, "What the change does."},
        property{"service", &T::service, "The service it changes."},
        property{"provider", [](const T& c) { return text_or_none(c.provider); }, "The new provider, or None."},
        property{"amount", &T::amount, "The change in annual cost (for add, the annual cost)."},
        property{"percent", &T::percent, "The share of the cost it changes by (change_by_percent), or None."},
        property{"effective", &T::from, "The day the change takes effect."},
        property{"delivery", &T::how, "How the service is delivered after the change."});
  }
  change_class.def("__repr__", &change_repr);
  def_state_hash(change_class, &change_state);
  def_value_semantics(change_class, &change_state, &change_from_state);

  // ---------------------------------------------------------------- ProposalResult
  py::class_<cm::proposal_result> proposal_class(m, "ProposalResult", py::is_final(), R"doc(
A portfolio before and after a proposal, with what each change saves.

A saving is before − after, so a cost increase is a negative saving. Every figure reconciles
to the penny: ``before.total - after.total == full_year_saving``, the sum of the changes'
savings.

Attributes
----------
before, after : Portfolio
    Copies: changing them does not change the result.
changes : list of ChangeOutcome
    ``(kind, service, effective, before, after, saving, in_year, in_year_share,
    in_year_saving, change)`` for each change, in order.
full_year_saving : Money
in_year_saving : Money
    The sum of the changes' in-year savings, each in the financial year its change takes
    effect in (``in_year_savings`` splits it by year).
in_year_savings : dict of str to Money
    The in-year savings by financial-year label.
)doc");
  set_public_module(proposal_class);
  {
    using T = cm::proposal_result;
    def_properties(proposal_class, property{"before", &T::before, "The portfolio before (a copy)."},
                   property{"after", &T::after, "The portfolio after (a copy)."},
                   property{"changes", [](const T& r) { return list_of<"list[ChangeOutcome]">(r.changes, outcome_object); },
                            "What each change did, in order: a list of ChangeOutcome."},
                   property{"full_year_saving", &T::full_year_saving,
                            "The total before less the total after: a full year's saving."},
                   property{"in_year_saving", &T::in_year_saving, "The sum of the changes' in-year savings."},
                   property{"in_year_savings", [](const T& r) { return by_year_dict(r.in_year_savings()); },
                            "The in-year savings by the financial-year label of the year each change takes effect "
                            "in."});
  }
  def_python_view<typed_object<data_frame_type>>(proposal_class, "to_pandas", display, "proposal_to_pandas", R"doc(
The changes as a pandas DataFrame (pandas is imported only when this is called).

Returns
-------
pandas.DataFrame
    One row per change: ``kind``, ``service`` (str), ``effective`` (datetime.date),
    ``before``, ``after``, ``saving`` (exact ``decimal.Decimal`` pounds), ``in_year`` (the
    financial-year label), ``in_year_share`` (``decimal.Decimal``: exact where the share
    terminates, else to 28 significant digits) and ``in_year_saving``; the totals are in
    ``df.attrs`` (``before``, ``after``, ``full_year_saving``, ``in_year_saving``).
)doc");
  proposal_class.def("__repr__", &proposal_repr);
  def_html(proposal_class, "proposal_html", "An HTML table for Jupyter: each change, its savings, and the totals.");
  def_record_semantics(proposal_class);

  // Defined once ProposalResult is registered, so that its signature names it.
  portfolio_class.def(
      "apply", &apply_changes, py::arg("changes"), py::arg("start_month") = cm::april, R"doc(
Apply a proposal's changes, in order; the same as ``apply_changes(portfolio, changes)``.

The portfolio is left as it was; the result holds it before and after.

Parameters
----------
changes : iterable of PortfolioChange
start_month : int, default 4

Returns
-------
ProposalResult
)doc");

  m.def(
      "apply_changes", &apply_changes, py::arg("portfolio"), py::arg("changes"), py::arg("start_month") = cm::april, R"doc(
Apply a proposal's changes, in order, to a portfolio (which is left as it was).

Parameters
----------
portfolio : Portfolio
changes : iterable of PortfolioChange
start_month : int, default 4
    The month financial years start in, for the in-year savings.

Returns
-------
ProposalResult

Raises
------
InvalidInputError
    A change to a service the portfolio does not have, or adding one it has
    (commissioning.proposal.001); a change that would make a service cost less than
    nothing (commissioning.proposal.002).

Examples
--------
Seed 002 from 1 October 2020, when the contracts end:

>>> early_help = (Portfolio("Early help")
...     .add("Young Carers", "Imago", "£325,484.88").add("NEET", "CXK Ltd", "£498,410.40")
...     .add("Family Support", "Porchlight", "£1,240,000.00")
...     .add("Family Support", "Project Salus", "£860,400.00"))
>>> result = apply_changes(early_help, [
...     PortfolioChange.change_by("Young Carers", "£100,000", "1 October 2020"),
...     PortfolioChange.move_to_sla("NEET", "The Education People", 0, "1 October 2020"),
...     PortfolioChange.bring_in_house("Family Support", "-£1,100,000", "1 October 2020")])
>>> result.after.total, result.full_year_saving, result.in_year_saving
(Money('£1,924,295.28'), Money('£1,000,000.00'), Money('£500,000.00'))
)doc");

  // ---------------------------------------------------------------- Statement
  py::class_<cm::statement> statement_class(m, "Statement", py::is_final(), R"doc(
A statement of spend: a source, labelled lines, and perhaps a stated total.

Parameters
----------
source : str
    Where the figures come from: ``"seed 003"``, ``"Cabinet report, March 2020"``.
lines : mapping or iterable of (label, amount) pairs, optional
total : Money-like, optional
    The total the statement states; without it, the total is the sum of the lines.

Attributes
----------
source : str
lines : list of StatementLine
stated_total : Money or None
total : Money
    The stated total if there is one, else the sum of the lines.

Examples
--------
>>> Statement("seed 003", total="£2,910,878").total
Money('£2,910,878.00')
)doc");
  set_public_module(statement_class);
  statement_class
      .def(py::init([](std::string source, std::optional<statement_lines_arg> lines,
                       std::optional<money_like> total) {
             cm::statement s{std::move(source), {}, optional_value(total)};
             if (lines)
               for (const auto& [label, amount] : pairs_of(lines->value, "lines")) {
                 if (!is_str(label))
                   throw py::type_error("a statement line's label must be a str, got " + repr_of(label));
                 s.lines.emplace_back(label.cast<std::string>(), money_arg(amount));
               }
             return s;
           }),
           py::arg("source"), py::arg("lines") = py::none(), py::arg("total") = py::none(),
           "Make a statement from its lines, its stated total, or both.")
      .def_static(
          "of",
          [](const cm::portfolio& p, std::optional<std::string> source) {
            const cm::portfolio copy = snapshot(p);
            return cm::statement::of(copy, source.value_or(copy.name()));
          },
          py::arg("portfolio"), py::arg("source") = py::none(), R"doc(
A portfolio's services as a statement, one line per service (its subtotal).

Parameters
----------
portfolio : Portfolio
source : str, optional
    The portfolio's name by default.

Returns
-------
Statement
)doc");
  {
    using T = cm::statement;
    def_properties(statement_class, property{"source", &T::source, "Where the figures come from."},
                   property{"lines",
                            [](const T& s) {
                              return list_of<"list[StatementLine]">(s.lines, [](const auto& line) {
                                return types_attr("StatementLine")(line.first, line.second);
                              });
                            },
                            "The labelled lines, in order: a list of StatementLine."},
                   property{"stated_total", &T::stated_total, "The total stated, or None."},
                   property{"total", &T::total, "The stated total if there is one, else the sum of the lines."});
  }
  statement_class.def("__repr__", &statement_repr);
  def_record_semantics(statement_class);

  // ---------------------------------------------------------------- Reconciliation
  py::class_<cm::reconciliation> reconciliation_class(m, "Reconciliation", py::is_final(), R"doc(
Two statements of the same scope compared: in total, and line by line where both have lines.

Attributes
----------
first_source, second_source : str
first_total, second_total : Money
difference : Money
    ``second_total - first_total``.
lines : list of ReconciliationLine
    ``(label, first, second, difference)``, matched by label in the order first seen;
    empty unless both statements have lines.
unexplained : Money
    The part of the difference the lines do not explain: all of it when a statement gives
    only a total.
)doc");
  set_public_module(reconciliation_class);
  {
    using T = cm::reconciliation;
    def_properties(
        reconciliation_class, property{"first_source", &T::first_source, "The first statement's source."},
        property{"second_source", &T::second_source, "The second statement's source."},
        property{"first_total", &T::first_total, "The first statement's total."},
        property{"second_total", &T::second_total, "The second statement's total."},
        property{"difference", &T::difference, "Second total less first total."},
        property{"lines",
                 [](const T& r) {
                   return named_tuples<"list[ReconciliationLine]", "ReconciliationLine">(r.lines);
                 },
                 "Line by line: a list of ReconciliationLine."},
        property{"unexplained", &T::unexplained, "The part of the difference the lines do not explain."});
  }
  def_python_view<typed_object<data_frame_type>>(reconciliation_class, "to_pandas", display,
                                                 "reconciliation_to_pandas", R"doc(
The lines as a pandas DataFrame (pandas is imported only when this is called).

Returns
-------
pandas.DataFrame
    Indexed by label (index name ``"label"``), with columns ``first``, ``second`` and
    ``difference`` of exact ``decimal.Decimal`` pounds (None where a statement lacks the
    line); the sources and totals are in ``df.attrs`` (``first_source``, ``second_source``,
    ``first_total``, ``second_total``, ``difference``, ``unexplained``).
)doc");
  reconciliation_class.def("__repr__", &reconciliation_repr);
  def_html(reconciliation_class, "reconciliation_html",
           "An HTML table for Jupyter: the lines, what they leave unexplained, and the totals.");
  def_record_semantics(reconciliation_class);

  m.def("reconcile", &cm::reconcile, py::arg("first"), py::arg("second"), R"doc(
Compare two statements of the same scope.

Parameters
----------
first, second : Statement

Returns
-------
Reconciliation
    The totals and their difference (second − first) always; line by line (matched by
    label) when both statements have lines.

Examples
--------
Seed 003 states "Total for services in scope: £2,910,878"; seed 002 states £2,924,295.28.

>>> early_help = Portfolio().add("Young Carers", "Imago", "£325,484.88").add(
...     "NEET", "CXK Ltd", "£498,410.40").add("Family Support", "Porchlight", "£2,100,400.00")
>>> reconcile(Statement("seed 003", total="£2,910,878"), Statement.of(early_help, "seed 002")).difference
Money('£13,417.28')
)doc");

  // ---------------------------------------------------------------- MediumTermView
  py::class_<cm::medium_term> view_class(m, "MediumTermView", py::is_final(), R"doc(
An envelope over several years against a cost that grows with inflation and the savings
planned: the gap to close each year.

It is a sequence of MediumTermYear ``(year, budget, cost, savings, gap)`` (``len``,
iteration, indexing), has ``to_pandas()`` and shows as a table in Jupyter.

Attributes
----------
envelope_name : str
base_cost : Money
    The cost in the first year.
inflation : Rate
    The rise in cost each year.
years : list of MediumTermYear
total_gap : Money
    The sum of the years' gaps (negative: headroom).
)doc");
  set_public_module(view_class);
  {
    using T = cm::medium_term;
    const auto years = [](const T& v) { return named_tuples<"list[MediumTermYear]", "MediumTermYear">(v.years); };
    def_properties(view_class, property{"envelope_name", &T::envelope_name, "The envelope's name."},
                   property{"base_cost", &T::base_cost, "The cost in the first year."},
                   property{"inflation", &T::inflation, "The rise in cost each year."},
                   property{"years", years, "Each year, in order: a list of MediumTermYear."},
                   property{"total_gap", &T::total_gap, "The sum of the years' gaps."});
    view_class.def("__len__", [](const T& v) { return v.years.size(); })
        .def("__iter__", [years](const T& v) { return py::iter(years(v).value); })
        .def("__getitem__", [years](const T& v, py::handle index) -> py::object {
          return years(v).value[index];  // list indexing: negative indices and slices too
        });
  }
  def_python_view<typed_object<data_frame_type>>(view_class, "to_pandas", display, "medium_term_to_pandas", R"doc(
The view as a pandas DataFrame (pandas is imported only when this is called).

Returns
-------
pandas.DataFrame
    Indexed by financial-year label (index name ``"financial_year"``), with columns
    ``budget``, ``cost``, ``savings`` and ``gap`` of exact ``decimal.Decimal`` pounds.
)doc");
  view_class.def("__repr__", &medium_term_repr);
  def_html(view_class, "medium_term_html", "An HTML table for Jupyter.");
  def_record_semantics(view_class);

  m.def(
      "medium_term_view",
      [](const cm::envelope& budget, money_like base_cost, rate_like inflation,
         std::optional<year_amounts_arg> savings_by_year, cm::rounding mode) {
        return cm::medium_term::of(
            budget, base_cost.value, inflation.value,
            savings_by_year ? year_values(savings_by_year->value, budget.start_month(), "savings_by_year", money_arg)
                            : std::vector<std::pair<cm::financial_year, cm::money>>{},
            mode);
      },
      py::arg("envelope"), py::arg("base_cost"), py::arg("inflation"), py::arg("savings_by_year") = py::none(),
      py::kw_only(),
      py::arg_v("rounding", cm::rounding::half_away_from_zero, "Rounding.HALF_AWAY_FROM_ZERO"),
      R"doc(
A medium-term view: for each year of the envelope, the budget, the cost at that year's prices,
the savings planned, and the gap (cost − savings − budget).

Parameters
----------
envelope : Envelope
base_cost : Money, str, int, float or decimal.Decimal
    The cost in the envelope's first year.
inflation : Rate, str, int, float, decimal.Decimal or fractions.Fraction
    The rise in cost each year (``"3%"``); each year is rounded to the penny before the next.
savings_by_year : mapping or iterable of (year, amount) pairs, optional
    The savings planned, by year: ``{"2023-24": "£50,000"}``.
rounding : Rounding or str, default "half_away_from_zero"

Returns
-------
MediumTermView

Raises
------
InvalidInputError
    Savings for a year outside the envelope, or for a year given twice
    (commissioning.envelope.004); a FinancialYear that starts in another month than the
    envelope's (commissioning.financial_year.004).

Examples
--------
>>> budget = Envelope.flat("Early help", "£1,924,295.28", 2021, 2024)
>>> view = medium_term_view(budget, "£1,924,295.28", "3%", {"2023-24": "£50,000"})
>>> view[1].cost, view[1].gap
(Money('£1,982,024.14'), Money('£57,728.86'))
)doc");
}

}  // namespace cmpy
