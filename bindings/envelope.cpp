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
CMPY_FIELDS(cm::breach_line, name, provider, amount);
CMPY_FIELDS(cm::breach, year, shortfall, lines);
CMPY_FIELDS(cm::year_position, year, available, committed, headroom, cumulative_headroom);
CMPY_FIELDS(cm::envelope_position, envelope_name, years, breaches, bases);
CMPY_FIELDS(cm::portfolio_line, service, provider, annual, how);
/// A PortfolioChange inside is pickled as itself (its kind in report words, as it always was).
CMPY_FIELDS(cm::change_outcome, change, before, after, saving, in_year, in_year_share, in_year_saving);
CMPY_FIELDS(cm::proposal_result, before, after, changes, full_year_saving, in_year_saving);
CMPY_FIELDS(cm::statement, source, lines, stated_total);
CMPY_FIELDS(cm::reconciliation_line, label, first, second, difference);
CMPY_FIELDS(cm::reconciliation, first_source, second_source, first_total, second_total, difference, lines, unexplained);
CMPY_FIELDS(cm::medium_term_year, year, budget, cost, savings, gap);
CMPY_FIELDS(cm::medium_term, envelope_name, base_cost, inflation, years);

namespace {

// The classes bound here with properties of their own, by their Python names.
using Statement = cm::statement;
using MediumTermView = cm::medium_term;

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
  return types_attr("Breach")(b.year, b.shortfall, py::cast(named_tuples<"BreachLine">(b.lines)));
}

std::string position_repr(const cm::envelope_position& p) {
  std::string text = "<EnvelopePosition " + quoted(p.envelope_name) + ": " + year_span(years_of(p.years)) + ", ";
  if (p.ok()) return text + "within the envelope every year>";
  return text + std::to_string(p.breaches.size()) + (p.breaches.size() == 1 ? " breach" : " breaches") +
         ", short by " + cm::to_string(p.total_shortfall()) + " in all>";
}

// ---------------------------------------------------------------- Portfolio

auto lines_list(const std::vector<cm::portfolio_line>& lines) {
  return named_tuples<"PortfolioLine">(lines);
}

named_object<"list[ServiceGroup]"> groups_list(const cm::portfolio& p) {
  return list_of<"list[ServiceGroup]">(p.by_service(), [](const cm::service_group& group) {
    return types_attr("ServiceGroup")(group.service, py::cast(lines_list(group.lines)), group.subtotal);
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

void bind_envelope(public_module& m) {
  def_text_enums<cm::delivery, cm::change_kind>(m);

  // ---------------------------------------------------------------- Envelope
  public_class<cm::envelope> envelope_class(m, "Envelope");
  envelope_class
      .def_static(
          "flat",
          [](std::string name, money_like per_year, financial_year_arg first, financial_year_arg last,
             optional_month start_month) {
            const std::chrono::month month = month_for({first.value, last.value}, start_month);
            return cm::envelope::flat(std::move(name), per_year.value, year_in(first.value, month),
                                      year_in(last.value, month));
          },
          "name"_a, "per_year"_a, "first"_a, "last"_a, py::kw_only(), "start_month"_a = py::none())
      .def_static(
          "per_year",
          [](std::string name, year_amounts_arg amounts, optional_month start_month) {
            return cm::envelope::per_year(std::move(name), year_values(amounts.value, start_month, "amounts", money_arg),
                                          start_month);
          },
          "name"_a, "amounts"_a, py::kw_only(), "start_month"_a = py::none())
      .def_static(
          "uplifted",
          [](std::string name, money_like first_year_amount, rate_like uplift, financial_year_arg first,
             financial_year_arg last, cm::rounding mode, optional_month start_month) {
            const std::chrono::month month = month_for({first.value, last.value}, start_month);
            return cm::envelope::uplifted(std::move(name), first_year_amount.value, uplift.value,
                                          year_in(first.value, month), year_in(last.value, month), mode);
          },
          "name"_a, "first_year_amount"_a, "uplift"_a, "first"_a, "last"_a, py::kw_only(), rounding_arg(),
          "start_month"_a = py::none())
      .def("capped_at", as_python<&cm::envelope::capped_at>, "cap"_a)
      .def("available", as_python<&cm::envelope::available>, "year"_a);
  def_properties(envelope_class,
                 CMPY_PROPERTIES(cm::envelope, name, start_month, cap, first_year, last_year, years, total),
                 property{"by_year", [](const cm::envelope& e) { return by_year_dict(e.by_year()); }});
  def_python_view<named_object<"pandas.Series">>(envelope_class, "to_pandas", display, "envelope_to_pandas");
  envelope_class.def("__repr__", &envelope_repr);
  def_html(envelope_class, "envelope_html");
  def_immutable_value(envelope_class, &envelope_state, &envelope_from_state);

  // ---------------------------------------------------------------- Commitment
  public_class<cm::commitment> commitment_class(m, "Commitment");
  commitment_class.def_static("of", &commitment_of, "contract"_a, "scope"_a = "current", "start_month"_a = cm::april)
      .def_static(
          "annual",
          [](std::string name, std::string provider, money_like per_year, period_arg_object active,
             std::chrono::month start_month) {
            return cm::commitment::annual(std::move(name), std::move(provider), per_year.value,
                                          period_arg(active.value), start_month);
          },
          "name"_a, "provider"_a, "per_year"_a, "period"_a, "start_month"_a = cm::april)
      .def_static(
          "per_year",
          [](std::string name, std::string provider, year_amounts_arg amounts, optional_month start_month) {
            return cm::commitment::per_year(std::move(name), std::move(provider),
                                            year_values(amounts.value, start_month, "amounts", money_arg), start_month);
          },
          "name"_a, "provider"_a, "amounts"_a, py::kw_only(), "start_month"_a = py::none());
  def_properties(commitment_class, CMPY_PROPERTIES(cm::commitment, name, provider, basis, start_month, years, total),
                 property{"by_year", [](const cm::commitment& c) { return by_year_dict(c.amounts()); }});
  commitment_class.def("in_year", as_python<&cm::commitment::in>, "year"_a);
  def_python_view<named_object<"pandas.Series">>(commitment_class, "to_pandas", display, "commitment_to_pandas");
  commitment_class.def("__repr__", &commitment_repr);
  def_immutable_value(commitment_class, &commitment_state, &commitment_from_state);

  // ---------------------------------------------------------------- EnvelopePosition
  public_class<cm::envelope_position> position_class(m, "EnvelopePosition");
  def_fields(
      position_class, CMPY_PROPERTIES(cm::envelope_position, ok, total_available, total_committed, total_headroom),
      property{"years", [](const cm::envelope_position& p) { return named_tuples<"YearPosition">(p.years); }},
      property{"breaches",
               [](const cm::envelope_position& p) { return list_of<"list[Breach]">(p.breaches, breach_object); }});
  def_python_view<named_object<"pandas.DataFrame">>(position_class, "to_pandas", display, "position_to_pandas");
  position_class.def("__repr__", &position_repr);
  def_html(position_class, "position_html");
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
      "envelope"_a, "commitments"_a);

  // ---------------------------------------------------------------- Portfolio
  public_class<cm::portfolio> portfolio_class(m, "Portfolio");
  portfolio_class.def(py::init<std::string>(), "name"_a = "")
      .def(
          "add",
          [](portfolio_object self, std::string service, std::string provider, money_like annual, cm::delivery how) {
            return changed<cm::portfolio>(self, [&](cm::portfolio& p) {
              p.add(std::move(service), std::move(provider), annual.value, how);
            });
          },
          "service"_a, "provider"_a, "annual"_a, "delivery"_a = "contract")
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
          "contract"_a, "on"_a);
  def_properties<true>(portfolio_class, CMPY_PROPERTIES(cm::portfolio, name, services, total),
                       property{"lines", [](const cm::portfolio& p) { return lines_list(p.lines()); }});
  portfolio_class
      .def(
          "service_total",
          [](const cm::portfolio& p, std::string_view service) { return snapshot(p).service_total(service); },
          "service"_a)
      .def("by_service", [](const cm::portfolio& p) { return groups_list(snapshot(p)); })
      .def_static(
          "from_frame",
          [](named_object<"pandas.DataFrame"> frame, std::string service, std::string provider, std::string annual,
             std::optional<std::string> delivery, std::optional<std::string> name, bool fill_down) {
            const py::object read = python_module("commissioning._records").attr("portfolio_from_frame");
            return portfolio_object{read(frame.value, service, provider, annual, delivery, name, fill_down)};
          },
          "frame"_a, py::kw_only(), "service"_a = "service", "provider"_a = "provider", "annual"_a = "annual",
          "delivery"_a = py::none(), "name"_a = py::none(), "fill_down"_a = false)
      .def_static(
          "from_records",
          [](records_arg records, std::string service, std::string provider, std::string annual,
             std::optional<std::string> delivery, std::string name, bool fill_down) {
            const py::object read = python_module("commissioning._records").attr("portfolio_from_records");
            return portfolio_object{read(records.value, service, provider, annual, delivery, name, fill_down)};
          },
          "records"_a, py::kw_only(), "service"_a = "service", "provider"_a = "provider", "annual"_a = "annual",
          "delivery"_a = py::none(), "name"_a = "", "fill_down"_a = false)
      .def("__len__", [](const cm::portfolio& p) { return snapshot(p).lines().size(); })
      .def("__iter__", [](const cm::portfolio& p) { return py::iter(py::cast(lines_list(snapshot(p).lines()))); })
      .def(
          "__contains__",
          [](const cm::portfolio& p, py::handle service) {
            return is_str(service) && snapshot(p).has_service(service.cast<std::string>());
          },
          "service"_a)
      .def("__repr__", [](const cm::portfolio& p) { return portfolio_repr(snapshot(p)); })
      .def(
          "__eq__", [](const cm::portfolio& a, py::handle b) { return compare_portfolios(a, b, true); },
          py::is_operator())
      .def(
          "__ne__", [](const cm::portfolio& a, py::handle b) { return compare_portfolios(a, b, false); },
          py::is_operator());
  def_copy(portfolio_class);
  def_pickle(portfolio_class, [](const cm::portfolio& p) { return portfolio_state(snapshot(p)); }, &portfolio_from_state);
  portfolio_class.attr("__hash__") = py::none();
  def_python_view<named_object<"pandas.DataFrame">, true>(portfolio_class, "to_pandas", display, "portfolio_to_pandas");
  def_python_view<std::string, true>(portfolio_class, "_repr_html_", display, "portfolio_html");

  // ---------------------------------------------------------------- PortfolioChange
  public_class<cm::portfolio_change> change_class(m, "PortfolioChange");
  change_class
      .def_static("change_by", as_python<&cm::portfolio_change::change_by>, "service"_a, "amount"_a, "effective"_a)
      .def_static("change_by_percent", as_python<&cm::portfolio_change::change_by_percent>, "service"_a, "share"_a,
                  "effective"_a)
      .def_static("bring_in_house", as_python<&cm::portfolio_change::bring_in_house>, "service"_a, "amount"_a,
                  "effective"_a)
      .def_static("move_to_sla", as_python<&cm::portfolio_change::move_to_sla>, "service"_a, "provider"_a, "amount"_a,
                  "effective"_a)
      .def_static("end", as_python<&cm::portfolio_change::end>, "service"_a, "effective"_a)
      .def_static("add", as_python<&cm::portfolio_change::add>, "service"_a, "provider"_a, "annual"_a, "effective"_a,
                  "delivery"_a = "contract");
  def_properties(change_class, CMPY_PROPERTIES(cm::portfolio_change, kind, service, amount, percent),
                 property{"provider", [](const cm::portfolio_change& c) { return text_or_none(c.provider); }},
                 property{"effective", &cm::portfolio_change::from}, property{"delivery", &cm::portfolio_change::how});
  change_class.def("__repr__", &change_repr);
  def_immutable_value(change_class, &change_state, &change_from_state);

  // ---------------------------------------------------------------- ProposalResult
  public_class<cm::proposal_result> proposal_class(m, "ProposalResult");
  def_fields(
      proposal_class,
      property{"changes",
               [](const cm::proposal_result& r) { return list_of<"list[ChangeOutcome]">(r.changes, outcome_object); }},
      property{"in_year_savings", [](const cm::proposal_result& r) { return by_year_dict(r.in_year_savings()); }});
  def_python_view<named_object<"pandas.DataFrame">>(proposal_class, "to_pandas", display, "proposal_to_pandas");
  proposal_class.def("__repr__", &proposal_repr);
  def_html(proposal_class, "proposal_html");
  def_record_semantics(proposal_class);

  // Defined once ProposalResult is registered, so that its signature names it.
  portfolio_class.def("apply", &apply_changes, "changes"_a, "start_month"_a = cm::april);

  m.def("apply_changes", &apply_changes, "portfolio"_a, "changes"_a, "start_month"_a = cm::april);

  // ---------------------------------------------------------------- Statement
  public_class<cm::statement> statement_class(m, "Statement");
  statement_class
      .def(py::init([](std::string source, std::optional<statement_lines_arg> lines, std::optional<money_like> total) {
             cm::statement s{std::move(source), {}, optional_value(total)};
             if (lines)
               for (const auto& [label, amount] : pairs_of(lines->value, "lines")) {
                 if (!is_str(label))
                   throw py::type_error("a statement line's label must be a str, got " + repr_of(label));
                 s.lines.emplace_back(label.cast<std::string>(), money_arg(amount));
               }
             return s;
           }),
           "source"_a, "lines"_a = py::none(), "total"_a = py::none())
      .def_static(
          "of",
          [](const cm::portfolio& p, std::optional<std::string> source) {
            const cm::portfolio copy = snapshot(p);
            return cm::statement::of(copy, source.value_or(copy.name()));
          },
          "portfolio"_a, "source"_a = py::none());
  def_fields(statement_class,
             property{"lines",
                      [](const Statement& s) {
                        return list_of<"list[StatementLine]">(s.lines, [](const auto& line) {
                          return types_attr("StatementLine")(line.first, line.second);
                        });
                      }},
             property{"total", &Statement::total});
  statement_class.def("__repr__", &statement_repr);
  def_record_semantics(statement_class);

  // ---------------------------------------------------------------- Reconciliation
  public_class<cm::reconciliation> reconciliation_class(m, "Reconciliation");
  def_fields(reconciliation_class, property{"lines", [](const cm::reconciliation& r) {
                                              return named_tuples<"ReconciliationLine">(r.lines);
                                            }});
  def_python_view<named_object<"pandas.DataFrame">>(reconciliation_class, "to_pandas", display,
                                                 "reconciliation_to_pandas");
  reconciliation_class.def("__repr__", &reconciliation_repr);
  def_html(reconciliation_class, "reconciliation_html");
  def_record_semantics(reconciliation_class);

  m.def("reconcile", &cm::reconcile, "first"_a, "second"_a);

  // ---------------------------------------------------------------- MediumTermView
  public_class<cm::medium_term> view_class(m, "MediumTermView");
  const auto view_years = [](const MediumTermView& v) { return named_tuples<"MediumTermYear">(v.years); };
  def_fields(view_class, property{"years", view_years}, property{"total_gap", &MediumTermView::total_gap});
  def_sequence(view_class, view_years);
  def_python_view<named_object<"pandas.DataFrame">>(view_class, "to_pandas", display, "medium_term_to_pandas");
  view_class.def("__repr__", &medium_term_repr);
  def_html(view_class, "medium_term_html");
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
      "envelope"_a, "base_cost"_a, "inflation"_a, "savings_by_year"_a = py::none(), py::kw_only(), rounding_arg());
}

}  // namespace cmpy
