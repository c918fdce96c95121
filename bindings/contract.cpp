// SPDX-License-Identifier: MIT
// The contract layer: terms, prices and indexation, modification grounds, contracts, their
// profiles, and the sentences of a report's financial implications.
//
// The contract layer's enums (OptionStatus, ContractPhase, ContractScope, ModificationGround)
// and small records (ExtensionOption, Modification, ContractYear, ...) live in Python, in
// commissioning._types: the enums are text enums, so `status == "exercised"` holds. A
// Contract is the one mutable value of the package; it keeps the history of what was done
// to it so that a pickle replays it exactly, and each method holds the object's critical
// section on a free-threaded build.
#include "contract_access.hpp"

#include <commissioning/contract/contract.hpp>
#include <commissioning/contract/modification.hpp>
#include <commissioning/contract/price.hpp>
#include <commissioning/contract/term.hpp>
#include <commissioning/report/financial_implications.hpp>

#include <pybind11/critical_section.h>

#include <functional>
#include <map>
#include <string>
#include <utility>
#include <vector>

namespace cmpy {

/// A term argument: a Term, or text that `Term.parse` reads ("3+1+1").
struct term_like {
  std::optional<cm::term> value;
};

/// A modification ground argument: a ModificationGround (which is its code), a code or
/// citation as reports write it ("72(1)(c)", "section 72 (1) c"), or a member's name.
struct ground_like {
  cm::modification_ground value = cm::modification_ground::other;
};

namespace {

/// The member names of ModificationGround, lowercase, for reading "pcr_72_1_c".
constexpr std::array<std::pair<std::string_view, cm::modification_ground>, 14> ground_names{{
    {"pcr_72_1_a", cm::modification_ground::pcr_72_1_a},
    {"pcr_72_1_b", cm::modification_ground::pcr_72_1_b},
    {"pcr_72_1_c", cm::modification_ground::pcr_72_1_c},
    {"pcr_72_1_d", cm::modification_ground::pcr_72_1_d},
    {"pcr_72_1_e", cm::modification_ground::pcr_72_1_e},
    {"pcr_72_1_f", cm::modification_ground::pcr_72_1_f},
    {"pa2023_permitted", cm::modification_ground::pa2023_permitted},
    {"pa2023_known_risk", cm::modification_ground::pa2023_known_risk},
    {"pa2023_not_substantial", cm::modification_ground::pa2023_not_substantial},
    {"pa2023_below_threshold", cm::modification_ground::pa2023_below_threshold},
    {"pa2023_unforeseeable", cm::modification_ground::pa2023_unforeseeable},
    {"pa2023_additional", cm::modification_ground::pa2023_additional},
    {"pa2023_restructuring", cm::modification_ground::pa2023_restructuring},
    {"other", cm::modification_ground::other},
}};

}  // namespace

/// A ground from a member's name ("PCR_72_1_C") or as `parse_modification_ground` reads it.
inline cm::modification_ground ground_from_text(std::string_view text) {
  std::string key;
  for (char c : text) key += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  for (const auto& [name, ground] : ground_names)
    if (key == name) return ground;
  return cm::read_name<cm::modification_ground>(text);  // commissioning.contract.012 if unknown
}

}  // namespace cmpy

namespace pybind11::detail {

template <>
struct type_caster<cmpy::term_like> {
  PYBIND11_TYPE_CASTER(cmpy::term_like, io_name("Term | str", "Term"));

  bool load(handle src, bool /*convert*/) {
    if (PyUnicode_Check(src.ptr())) {
      value.value = commissioning::term::parse(src.cast<std::string>());
      return true;
    }
    make_caster<commissioning::term> term;
    if (!term.load(src, false)) return false;
    value.value = cast_op<const commissioning::term&>(term);
    return true;
  }

  static handle cast(const cmpy::term_like& t, return_value_policy /*policy*/, handle parent) {
    return make_caster<commissioning::term>::cast(*t.value, return_value_policy::copy, parent);
  }
};

template <>
struct type_caster<cmpy::ground_like> {
  PYBIND11_TYPE_CASTER(cmpy::ground_like, io_name("ModificationGround | str", "ModificationGround"));

  bool load(handle src, bool /*convert*/) {
    // A ModificationGround is a str (its code), so one path reads members and text alike.
    if (!PyUnicode_Check(src.ptr())) return false;
    value.value = cmpy::ground_from_text(src.cast<std::string>());
    return true;
  }

  static handle cast(const cmpy::ground_like& g, return_value_policy /*policy*/, handle /*parent*/) {
    return cmpy::python_module("commissioning._types")
        .attr("ModificationGround")(std::string(commissioning::code(g.value)))
        .release();
  }
};

}  // namespace pybind11::detail

namespace cmpy {

namespace {

// ---------------------------------------------------------------- Python-side values

struct state_type {
  static constexpr auto name = py::detail::const_name("ContractState");
  static bool accepts(py::handle) { return true; }
};
struct options_type {
  static constexpr auto name = py::detail::const_name("list[ExtensionOption]");
  static bool accepts(py::handle) { return true; }
};
struct modifications_type {
  static constexpr auto name = py::detail::const_name("list[Modification]");
  static bool accepts(py::handle) { return true; }
};
struct modification_values_type {
  static constexpr auto name = py::detail::const_name("list[ModificationValue]");
  static bool accepts(py::handle) { return true; }
};
struct contract_years_type {
  static constexpr auto name = py::detail::const_name("ContractYears");
  static bool accepts(py::handle) { return true; }
};
struct levels_type {
  static constexpr auto name = py::detail::const_name("dict[int, Rate]");
  static bool accepts(py::handle) { return true; }
};
struct months_tuple_type {
  static constexpr auto name = py::detail::const_name("tuple[int, ...]");
  static bool accepts(py::handle) { return true; }
};
struct money_tuple_type {
  static constexpr auto name = py::detail::const_name("tuple[Money, ...]");
  static bool accepts(py::handle) { return true; }
};

py::object state_object(const cm::contract_state& s) { return types_attr("ContractState")(s.to_string()); }

py::object modification_object(const cm::modification& m) {
  return types_attr("Modification")(py::cast(m.ground), m.months, m.annual_change,
                                    m.from_month ? py::object(py::int_(*m.from_month)) : py::object(py::none()),
                                    m.description);
}

py::object year_amount_object(const cm::financial_year_amount& y) {
  return types_attr("FinancialYearAmount")(y.year, y.amount);
}

std::string price_basis_name(cm::price::basis basis) {
  switch (basis) {
    case cm::price::basis::annual: return "annual";
    case cm::price::basis::per_contract_year: return "per_contract_year";
    case cm::price::basis::total_over_base: return "total_over_base";
  }
  return "annual";
}

std::string indexation_method_name(cm::indexation::method method) {
  switch (method) {
    case cm::indexation::method::none: return "none";
    case cm::indexation::method::fixed: return "fixed";
    case cm::indexation::method::index_series: return "index_series";
  }
  return "none";
}

std::string rate_repr(const cm::rate& r) { return repr_of(py::cast(r)); }
std::string rounding_repr(cm::rounding mode) { return "Rounding." + py::cast(mode).attr("name").cast<std::string>(); }

// ---------------------------------------------------------------- Term

std::string term_repr(const cm::term& t) { return "Term('" + t.to_string() + "')"; }

cm::term term_from_years(int base_years, const std::vector<int>& extension_years) {
  // term::years takes an initializer_list; this is its check for a list known only at run time.
  auto months = [](int years) {
    if (years > cm::term::max_part_months || years < -cm::term::max_part_months)
      throw cm::invalid_input("term", 3, "a part of " + std::to_string(years) + " years is longer than 50 years");
    return years * 12;
  };
  std::vector<int> extensions;
  extensions.reserve(extension_years.size());
  for (int years : extension_years) extensions.push_back(months(years));
  return cm::term(months(base_years), std::move(extensions));
}

// ---------------------------------------------------------------- Price and Indexation

std::string price_repr(const cm::price& p) {
  switch (p.kind()) {
    case cm::price::basis::annual: return "Price.annual(" + money_repr(p.stated_values().front()) + ")";
    case cm::price::basis::per_contract_year: {
      std::string text = "Price.per_contract_year([";
      for (std::size_t i = 0; i < p.stated_values().size(); ++i)
        text += (i == 0 ? "" : ", ") + money_repr(p.stated_values()[i]);
      return text + "])";
    }
    case cm::price::basis::total_over_base:
      return "Price.total_over_base(" + money_repr(*p.stated_total()) + ", " +
             std::to_string(12 * p.stated_values().size()) + ")";
  }
  return "Price";
}

std::vector<cm::money> money_values(const std::vector<money_like>& values) {
  std::vector<cm::money> result;
  result.reserve(values.size());
  for (const money_like& v : values) result.push_back(v.value);
  return result;
}

cm::price price_from_state(const std::string& basis, const std::vector<cm::money>& values,
                           const std::optional<cm::money>& total) {
  if (basis == "annual" && values.size() == 1) return cm::price::annual(values.front());
  if (basis == "per_contract_year") return cm::price::per_contract_year(values);
  if (basis == "total_over_base" && total)
    return cm::price::total_over_base(*total, static_cast<int>(12 * values.size()));
  throw std::runtime_error("invalid Price state");
}

std::string indexation_repr(const cm::indexation& x) {
  std::string tail = ", from_year=" + std::to_string(x.from_year());
  if (x.rounding_rule() != cm::default_rounding) tail += ", rounding=" + rounding_repr(x.rounding_rule());
  switch (x.kind()) {
    case cm::indexation::method::none: return "Indexation.none()";
    case cm::indexation::method::fixed: return "Indexation.fixed(" + rate_repr(x.fixed_uplift()) + tail + ")";
    case cm::indexation::method::index_series: {
      std::string text = "Indexation.index_series({";
      bool first = true;
      for (const auto& [year, level] : x.levels()) {
        text += (first ? "" : ", ") + std::to_string(year) + ": " + rate_repr(level);
        first = false;
      }
      text += "}";
      if (x.lag_years() != 0) text += ", lag_years=" + std::to_string(x.lag_years());
      if (x.cap()) text += ", cap=" + rate_repr(*x.cap());
      if (x.floor()) text += ", floor=" + rate_repr(*x.floor());
      return text + tail + ")";
    }
  }
  return "Indexation";
}

py::object optional_rate(const std::optional<cm::rate>& r) { return r ? py::cast(*r) : py::object(py::none()); }

py::tuple indexation_state(const cm::indexation& x) {
  py::dict levels;
  for (const auto& [year, level] : x.levels()) levels[py::int_(year)] = py::cast(level);
  return py::make_tuple(indexation_method_name(x.kind()), x.fixed_uplift(), x.from_year(), x.rounding_rule(), levels,
                        x.lag_years(), optional_rate(x.cap()), optional_rate(x.floor()));
}

cm::indexation indexation_from_state(const py::tuple& state) {
  if (state.size() != 8) throw std::runtime_error("invalid Indexation state");
  const auto method = state[0].cast<std::string>();
  const auto from_year = state[2].cast<int>();
  const auto mode = state[3].cast<cm::rounding>();
  if (method == "none") return cm::indexation::none();
  if (method == "fixed") return cm::indexation::fixed(state[1].cast<cm::rate>(), from_year, mode);
  if (method == "index_series")
    return cm::indexation::index_series(state[4].cast<std::map<int, cm::rate>>(), state[5].cast<int>(),
                                        state[6].cast<std::optional<cm::rate>>(),
                                        state[7].cast<std::optional<cm::rate>>(), from_year, mode);
  throw std::runtime_error("invalid Indexation state");
}

// ---------------------------------------------------------------- Contract

/// One thing done to a contract after its award, kept so that a pickle replays it.
struct contract_event {
  enum class kind { exercise, decline, modify };
  kind what = kind::exercise;
  std::size_t option = 0;
  std::optional<cm::date> decided_on;
  std::optional<cm::modification> change;
};

/// A contract, with the history of what was done to it, in order. Replaying the history
/// rebuilds exactly the same contract, whatever the order in which options were settled
/// and the value changed (the checks a modification passes can depend on it).
class py_contract : public cm::contract {
 public:
  explicit py_contract(cm::contract awarded) : cm::contract(std::move(awarded)) {}

  void record(const contract_event& event) {
    switch (event.what) {
      case contract_event::kind::exercise: exercise(event.option, event.decided_on); break;
      case contract_event::kind::decline: decline(event.option); break;
      case contract_event::kind::modify: {
        (void)modify(*event.change);
        // Keep the change as the contract stored it: its `from_month` filled in.
        contract_event stored = event;
        stored.change = modifications().back();
        history_.push_back(std::move(stored));
        return;
      }
    }
    history_.push_back(event);
  }

  [[nodiscard]] const std::vector<contract_event>& history() const noexcept { return history_; }

 private:
  std::vector<contract_event> history_;
};

/// Holds a contract's critical section on a free-threaded build (a no-op with the GIL), so
/// that a Contract shared between threads is never read while it is being changed.
class contract_lock {
 public:
#ifdef Py_GIL_DISABLED
  explicit contract_lock(const py_contract& a, const py_contract* b = nullptr)
      : first_(py::cast(&a, py::return_value_policy::reference)),
        second_(b != nullptr && b != &a ? py::cast(b, py::return_value_policy::reference) : py::object()),
        section_(first_, second_) {}

 private:
  py::object first_;
  py::object second_;
  py::scoped_critical_section section_;
#else
  explicit contract_lock(const py_contract& /*a*/, const py_contract* /*b*/ = nullptr) {}
#endif
};

/// Run `f(contract)` holding its critical section; the result is a copy, made before the
/// section ends.
template <class F>
auto locked(const py_contract& c, F f) {
  const contract_lock lock(c);
  return f(c);
}

/// A property that reads the contract through `member` (a copy of its result).
template <class Member>
auto reader(Member member) {
  return [member](const py_contract& c) {
    const contract_lock lock(c);
    auto result = std::invoke(member, static_cast<const cm::contract&>(c));
    return result;
  };
}

std::size_t option_number(const cm::contract& c, py::handle number) {
  const auto n = to_int64(number);
  const auto count = c.options().size();
  if (!n || *n < 1 || static_cast<std::uint64_t>(*n) > count)
    throw cm::out_of_range_error("contract", 1,
                                 "the term " + c.term().to_string() + " has no option " + str_of(number) +
                                     " (it has " + std::to_string(count) + ")");
  return static_cast<std::size_t>(*n);
}

/// The months from the start to `d`, for a change taking effect on `d`: a monthly anniversary
/// of the start inside the contract as this modification leaves it (its own added months
/// included, which `contract::month_at` does not know of yet).
int month_of_change(const cm::contract& c, cm::date d, int added_months) {
  const int current = c.month_at(cm::add_days(c.current_end(), 1));
  if (added_months > 0 && added_months <= cm::term::max_part_months)
    for (int m = current + 1; m < current + added_months; ++m)
      if (cm::add_months(c.start(), m) == d) return m;
  return c.month_at(d);  // commissioning.contract.006 if not an anniversary inside the contract
}

py::tuple modification_state(const cm::modification& m) {
  return py::make_tuple(std::string(cm::code(m.ground)), m.months, m.annual_change,
                        m.from_month ? py::object(py::int_(*m.from_month)) : py::object(py::none()), m.description);
}

cm::modification modification_from_state(py::handle state) {
  const auto fields = py::reinterpret_borrow<py::tuple>(state);
  if (fields.size() != 5) throw std::runtime_error("invalid Contract state: a modification has five fields");
  return cm::modification{.ground = ground_from_text(fields[0].cast<std::string>()),
                          .months = fields[1].cast<int>(),
                          .annual_change = fields[2].cast<cm::money>(),
                          .from_month = fields[3].cast<std::optional<int>>(),
                          .description = fields[4].cast<std::string>()};
}

py::tuple contract_state_tuple(const py_contract& c) {
  py::list events;
  for (const contract_event& e : c.history()) {
    switch (e.what) {
      case contract_event::kind::exercise:
        events.append(py::make_tuple("exercise", e.option,
                                     e.decided_on ? py::cast(*e.decided_on) : py::object(py::none())));
        break;
      case contract_event::kind::decline: events.append(py::make_tuple("decline", e.option)); break;
      case contract_event::kind::modify: events.append(py::make_tuple("modify", modification_state(*e.change))); break;
    }
  }
  return py::make_tuple(c.name(), c.provider(), c.start(), c.term(), c.price(), c.indexation(), events);
}

py_contract contract_from_state(const py::tuple& state) {
  if (state.size() != 7) throw std::runtime_error("invalid Contract state");
  py_contract c(cm::contract(state[0].cast<std::string>(), state[1].cast<std::string>(), state[2].cast<cm::date>(),
                             state[3].cast<cm::term>(), state[4].cast<cm::price>(), state[5].cast<cm::indexation>()));
  for (py::handle item : state[6].cast<py::list>()) {
    const auto event = py::reinterpret_borrow<py::tuple>(item);
    const auto what = event[0].cast<std::string>();
    contract_event e;
    if (what == "exercise") {
      e.what = contract_event::kind::exercise;
      e.option = event[1].cast<std::size_t>();
      e.decided_on = event[2].cast<std::optional<cm::date>>();
    } else if (what == "decline") {
      e.what = contract_event::kind::decline;
      e.option = event[1].cast<std::size_t>();
    } else if (what == "modify") {
      e.what = contract_event::kind::modify;
      e.change = modification_from_state(event[1]);
    } else {
      throw std::runtime_error("invalid Contract state: unknown event " + what);
    }
    c.record(e);
  }
  return c;
}

bool same_contract(const cm::contract& a, const cm::contract& b) {
  return a.name() == b.name() && a.provider() == b.provider() && a.start() == b.start() && a.term() == b.term() &&
         a.price() == b.price() && a.indexation() == b.indexation() && a.options() == b.options() &&
         a.modifications() == b.modifications();
}

std::string contract_repr(const cm::contract& c) {
  return "<Contract " + repr_of(py::str(c.name())) + " (" + c.provider() + "): " + cm::to_long_string(c.start()) +
         " to " + cm::to_long_string(c.current_end()) + ", " + c.term().to_string() + ">";
}

// ---------------------------------------------------------------- profiles

bool same_profile(const cm::financial_year_profile& a, const cm::financial_year_profile& b) {
  return a.rule == b.rule && a.years == b.years && a.total == b.total && a.basis == b.basis;
}

std::string profile_text(const cm::financial_year_profile& p) {
  std::string text = "By financial year (" + std::string(cm::to_string(p.rule)) + ")" +
                     (p.basis.empty() ? std::string() : ", over " + p.basis) + ":";
  for (const auto& year : p.years) text += "\n  " + year.year.label() + ": " + cm::to_string(year.amount);
  return text + "\n  Total: " + cm::to_string(p.total);
}

std::string profile_repr(const cm::financial_year_profile& p) {
  std::string span = p.years.empty() ? "no years"
                                     : p.years.front().year.label() +
                                           (p.years.size() > 1 ? " to " + p.years.back().year.label() : "");
  return "<FinancialYearProfile " + span + ": " + cm::to_string(p.total) + ", " + std::string(cm::to_string(p.rule)) +
         (p.basis.empty() ? std::string() : ", over " + p.basis) + ">";
}

typed_object<year_amounts_type> profile_years(const cm::financial_year_profile& p) {
  py::list years;
  for (const auto& year : p.years) years.append(year_amount_object(year));
  return {years};
}

// ---------------------------------------------------------------- docstrings

constexpr const char* scope_parameter = R"doc(scope : ContractScope or str, default "current"
    "current": the base term with exercised options and modifications;
    "base": the base term as awarded; "maximum": the base term and every option,
    as awarded (the estimated value procurement rules use).)doc";

std::string with_scope(const char* before, const char* after = "") {
  return std::string(before) + scope_parameter + after;
}

}  // namespace

cm::contract contract_of(py::handle contract) {
  return locked(contract.cast<const py_contract&>(), [](const cm::contract& c) { return c; });
}

std::vector<cm::contract> contracts_of(py::handle contracts) {
  if (!py::isinstance<py::list>(contracts) && !py::isinstance<py::tuple>(contracts))
    throw py::type_error("expected a list of Contracts, got " + repr_of(contracts));
  std::vector<cm::contract> result;
  std::size_t i = 0;
  for (const py::handle item : contracts) {
    if (!py::isinstance<py_contract>(item))
      throw py::type_error("item " + std::to_string(i) + " is not a Contract: " + repr_of(item));
    result.push_back(contract_of(item));
    ++i;
  }
  return result;
}

py::object python_contract(const cm::contract& awarded, const std::vector<cm::option_status>& options,
                           const std::vector<cm::modification>& modifications) {
  py_contract c(awarded);
  for (std::size_t i = 0; i < options.size(); ++i) {
    if (options[i] == cm::option_status::exercised) c.record({contract_event::kind::exercise, i + 1, std::nullopt, std::nullopt});
    if (options[i] == cm::option_status::declined) {
      c.record({contract_event::kind::decline, i + 1, std::nullopt, std::nullopt});
      break;
    }
  }
  for (const cm::modification& m : modifications) c.record({contract_event::kind::modify, 0, std::nullopt, m});
  return py::cast(std::move(c));
}

void bind_contract(py::module_& m) {
  def_text_enum<cm::option_status>(m, R"doc(
Where an extension option stands; each member is its snake_case name (``"exercised"``).
)doc");
  def_text_enum<cm::contract_phase>(m, R"doc(
The part of a contract's life a date falls in; each member is its snake_case name
(``"base_term"``); ``label`` gives the words a report uses (``"base term"``).
)doc");
  def_text_enum<cm::contract_scope>(m, R"doc(
Which length of a contract a value, an end date or a profile covers.

Members
-------
CURRENT
    "current": the base term, exercised options and modifications (the default).
BASE
    "base": the base term only, as awarded.
MAXIMUM
    "maximum": the base term and every option, as awarded (the estimated value).
)doc");
  def_text_enum<cm::modification_ground>(m, R"doc(
The legal ground for modifying a contract; each member is its snake_case name
(``"pcr_72_1_c"``), and ``label`` its short code (``"72(1)(c)"``).

``cm.citation(ground)`` gives the citation a report writes; the
class reads the forms reports use too ("reg 72(1)(c)", "section 72 (1) c").

Members
-------
PCR_72_1_A
    PCR 2015 reg 72(1)(a): clear, precise and unequivocal review clauses.
PCR_72_1_B
    PCR 2015 reg 72(1)(b): additional works, services or supplies (50% cap).
PCR_72_1_C
    PCR 2015 reg 72(1)(c): unforeseeable circumstances (50% cap).
PCR_72_1_D
    PCR 2015 reg 72(1)(d): a new contractor (review clause or succession).
PCR_72_1_E
    PCR 2015 reg 72(1)(e): not substantial (reg 72(8) tests).
PCR_72_1_F
    PCR 2015 reg 72(1)(f): de minimis (reg 72(5)).
PA2023_PERMITTED
    Procurement Act 2023 s74(1)(a): a Schedule 8 permitted modification.
PA2023_KNOWN_RISK
    Procurement Act 2023 Schedule 8 para 5: materialisation of a known risk.
PA2023_NOT_SUBSTANTIAL
    Procurement Act 2023 s74(1)(b): not a substantial modification.
PA2023_BELOW_THRESHOLD
    Procurement Act 2023 s74(1)(c): a below-threshold modification.
PA2023_UNFORESEEABLE
    Procurement Act 2023 Schedule 8 para 4: unforeseeable circumstances (50% cap).
PA2023_ADDITIONAL
    Procurement Act 2023 Schedule 8: additional goods, services or works (50% cap).
PA2023_RESTRUCTURING
    Procurement Act 2023 Schedule 8 para 9: transfer on corporate restructuring.
OTHER
    Another ground, named in the description.
)doc");

  // ---------------------------------------------------------------- Term
  py::class_<cm::term> term_class(m, "Term", py::is_final(), R"doc(
A contract term: a base period, then extension options taken in order ("3+1+1").

Parameters
----------
text : str
    The term as written: ``"3+1+1"``, ``"3+2"``, ``"18m+6m"``, ``"2y7m"``, or words:
    ``"three years plus one plus one"``, ``"eighteen months plus six months"``. A bare
    number is in years, or in the unit the term last named.
base_months, extension_months : int, sequence of int
    Alternatively, the lengths in months: ``Term(base_months=36, extension_months=[12, 12])``.

Raises
------
InvalidInputError
    Text that is not a term, such as "3++1", "+1", "3+" or "-3" (commissioning.term.001);
    a part of zero months, "0" or "3+0" (commissioning.term.002); a part over 50 years or
    a term over 100 years (commissioning.term.003).

Examples
--------
>>> Term("three years plus one plus one")
Term('3+1+1')
>>> Term("3+1+1").maximum_months
60
>>> Term(base_months=18, extension_months=[6]).to_words()
'eighteen months plus six months'
)doc");
  set_public_module(term_class);
  term_class
      .def(py::init(&cm::term::parse), py::arg("text"), "Read a term as written: ``\"3+1+1\"``.")
      .def(py::init([](int base_months, const std::vector<int>& extension_months) {
             return cm::term(base_months, extension_months);
           }),
           py::arg("base_months"), py::arg_v("extension_months", std::vector<int>{}, "()"),
           "Make a term from its lengths in months: ``Term(36, [12, 12])`` is 3+1+1.")
      .def_static("years", &term_from_years, py::arg("base_years"),
                  py::arg_v("extension_years", std::vector<int>{}, "()"), R"doc(
A term from its lengths in whole years: ``Term.years(3, [1, 1])`` is 3+1+1.

Parameters
----------
base_years : int
extension_years : sequence of int, default ()

Returns
-------
Term
)doc")
      .def_static("parse", &cm::term::parse, py::arg("text"), R"doc(
Read a term as written; the same as ``Term(text)``.

Returns
-------
Term
)doc")
      .def_property_readonly("base_months", &cm::term::base_months, "The base period in months (36 for 3+1+1).")
      .def_property_readonly(
          "extension_months",
          [](const cm::term& t) {
            py::tuple months(t.extension_months().size());
            for (std::size_t i = 0; i < t.extension_months().size(); ++i) months[i] = py::int_(t.extension_months()[i]);
            return typed_object<months_tuple_type>{months};
          },
          "The extension options in months, in order, as a tuple ((12, 12) for 3+1+1).")
      .def_property_readonly("maximum_months", &cm::term::maximum_months,
                             "The base period and every option, in months (60 for 3+1+1).")
      .def("to_words", &cm::term::to_words, R"doc(
The term as reports write it: ``"three years plus one plus one"``.

Returns
-------
str
)doc")
      .def("__str__", &cm::term::to_string)
      .def("__repr__", &term_repr)
      .def("__hash__",
           [](const cm::term& t) {
             py::tuple extensions(t.extension_months().size());
             for (std::size_t i = 0; i < t.extension_months().size(); ++i)
               extensions[i] = py::int_(t.extension_months()[i]);
             return py::hash(py::make_tuple(t.base_months(), extensions));
           })
      .def("__eq__", [](const cm::term& a, const cm::term& b) { return a == b; }, py::is_operator())
      .def("__ne__", [](const cm::term& a, const cm::term& b) { return !(a == b); }, py::is_operator());
  def_pickle(term_class, [](const cm::term& t) { return py::make_tuple(t.base_months(), t.extension_months()); },
                      [](const py::tuple& state) {
                        if (state.size() != 2) throw std::runtime_error("invalid Term state");
                        return cm::term(state[0].cast<int>(), state[1].cast<std::vector<int>>());
                      });

  // ---------------------------------------------------------------- Price
  py::class_<cm::price> price_class(m, "Price", py::is_final(), R"doc(
What a contract costs each contract year, as the contract states it.

Made by ``Price.annual``, ``Price.per_contract_year`` or ``Price.total_over_base``;
``Contract(annual_value=...)`` and the like make one for you.

Attributes
----------
basis : str
    "annual", "per_contract_year" or "total_over_base".
values : tuple of Money
    The annual values as stated (for a total over the base, each base year's share).
stated_total : Money or None
    The total, for a price stated as a total over the base term.

Examples
--------
>>> Price.total_over_base("£1,000,000.01", 36).values
(Money('£333,333.34'), Money('£333,333.34'), Money('£333,333.33'))
)doc");
  set_public_module(price_class);
  price_class
      .def_static(
          "annual", [](money_like per_year) { return cm::price::annual(per_year.value); }, py::arg("per_year"),
          R"doc(
The same value every contract year.

Parameters
----------
per_year : Money, str, int, float or decimal.Decimal
    Not negative (InvalidInputError, commissioning.contract.007).

Returns
-------
Price
)doc")
      .def_static(
          "per_contract_year",
          [](const std::vector<money_like>& values) { return cm::price::per_contract_year(money_values(values)); },
          py::arg("values"), R"doc(
A value for each contract year, year 1 first; years beyond the list repeat the last.

Parameters
----------
values : sequence of Money, str, int, float or decimal.Decimal
    At least one, none negative (InvalidInputError, commissioning.contract.007).

Returns
-------
Price
)doc")
      .def_static(
          "total_over_base",
          [](money_like total, int base_months) { return cm::price::total_over_base(total.value, base_months); },
          py::arg("total"), py::arg("base_months"), R"doc(
A total over a base term of whole years, split equally over its years.

The years' shares sum exactly to the total (largest remainder, the first years taking
any odd pence); each extension year costs the last base year's share.

Parameters
----------
total : Money, str, int, float or decimal.Decimal
base_months : int
    Whole years of months (InvalidInputError, commissioning.contract.007, otherwise).

Returns
-------
Price
)doc")
      .def_property_readonly(
          "basis", [](const cm::price& p) { return price_basis_name(p.kind()); },
          "How the price is stated: \"annual\", \"per_contract_year\" or \"total_over_base\".")
      .def_property_readonly(
          "values",
          [](const cm::price& p) { return typed_object<money_tuple_type>{py::tuple(py::cast(p.stated_values()))}; },
          "The annual values as stated, year 1 first (a tuple of Money).")
      .def_property_readonly(
          "stated_total", [](const cm::price& p) { return p.stated_total(); },
          "The stated total of a price over the base term; None for the other bases.")
      .def("annual_rate", &cm::price::annual_rate, py::arg("year"), R"doc(
The annual value stated for contract year ``year`` (from 1), before indexation.

Raises OutOfRangeError (commissioning.contract.001) for a year before the first.
)doc")
      .def("__repr__", &price_repr)
      .def("__hash__",
           [](const cm::price& p) {
             py::list pence;
             for (cm::money v : p.stated_values()) pence.append(v.pence());
             return py::hash(py::make_tuple(price_basis_name(p.kind()), py::tuple(pence)));
           })
      .def("__eq__", [](const cm::price& a, const cm::price& b) { return a == b; }, py::is_operator())
      .def("__ne__", [](const cm::price& a, const cm::price& b) { return !(a == b); }, py::is_operator());
  def_pickle(price_class, [](const cm::price& p) {
            return py::make_tuple(price_basis_name(p.kind()), p.stated_values(), p.stated_total());
          },
          [](const py::tuple& state) {
            if (state.size() != 3) throw std::runtime_error("invalid Price state");
            return price_from_state(state[0].cast<std::string>(), state[1].cast<std::vector<cm::money>>(),
                                    state[2].cast<std::optional<cm::money>>());
          });

  // ---------------------------------------------------------------- Indexation
  py::class_<cm::indexation> indexation_class(m, "Indexation", py::is_final(), R"doc(
How an annual price moves from one contract year to the next.

Made by ``Indexation.none()``, ``Indexation.fixed(...)`` or ``Indexation.index_series(...)``.
Each uplifted year is rounded to the penny by the named rule before the next uplift,
as a council's price schedule states it: £325,484.88 uplifted 3% a year is £335,249.43,
then £345,306.91.

Attributes
----------
method : str
    "none", "fixed" or "index_series".
uplift : Rate or None
    The fixed uplift.
from_year : int
    The first contract year uplifted (2 at the earliest).
rounding : Rounding
levels : dict of int to Rate
    An index series' levels by calendar year.
lag_years : int
cap, floor : Rate or None
    The limits of an index series' uplift.
)doc");
  set_public_module(indexation_class);
  indexation_class
      .def_static("none", &cm::indexation::none, "No indexation: the price as stated.")
      .def_static(
          "fixed",
          [](rate_like uplift, int from_year, cm::rounding mode) {
            return cm::indexation::fixed(uplift.value, from_year, mode);
          },
          py::arg("uplift"), py::arg("from_year") = 2,
          py::arg_v("rounding", cm::default_rounding, "Rounding.HALF_AWAY_FROM_ZERO"), R"doc(
A fixed uplift at each anniversary, from contract year ``from_year``.

Parameters
----------
uplift : Rate, str, int, float, decimal.Decimal or fractions.Fraction
    ``"3%"``, ``Decimal("0.03")``; above -100% (InvalidInputError, commissioning.contract.008).
from_year : int, default 2
    The first contract year to cost more; at least 2 (commissioning.contract.008).
rounding : Rounding or str, default "half_away_from_zero"
    How each uplifted year is rounded to the penny.

Returns
-------
Indexation

Examples
--------
>>> Indexation.fixed("3%")
Indexation.fixed(Rate('0.03'), from_year=2)
)doc")
      .def_static(
          "index_series",
          [](const std::map<int, rate_like>& levels, int lag_years, std::optional<rate_like> cap,
             std::optional<rate_like> floor, int from_year, cm::rounding mode) {
            std::map<int, cm::rate> exact;
            for (const auto& [year, level] : levels) exact.emplace(year, level.value);
            return cm::indexation::index_series(std::move(exact), lag_years,
                                                cap ? std::optional<cm::rate>(cap->value) : std::nullopt,
                                                floor ? std::optional<cm::rate>(floor->value) : std::nullopt,
                                                from_year, mode);
          },
          py::arg("levels"), py::arg("lag_years") = 0, py::arg("cap") = py::none(), py::arg("floor") = py::none(),
          py::arg("from_year") = 2,
          py::arg_v("rounding", cm::default_rounding, "Rounding.HALF_AWAY_FROM_ZERO"), R"doc(
The change in a published index, with an optional lag, cap and floor.

The uplift at an anniversary in calendar year Y is ``levels[Y - lag] / levels[Y - lag - 1] - 1``,
limited to ``[floor, cap]``.

Parameters
----------
levels : dict of int to Rate, str, int, float or decimal.Decimal
    The index level for each calendar year, at least two, each positive
    (``{2019: "105.2", 2020: 107.1}``).
lag_years : int, default 0
cap, floor : Rate-like, optional
    ``cap="5%"``, ``floor="0%"``; the cap not below the floor.
from_year : int, default 2
rounding : Rounding or str, default "half_away_from_zero"

Returns
-------
Indexation

Raises
------
InvalidInputError
    Fewer than two levels, a level not positive, a cap below the floor, a negative lag or
    ``from_year`` below 2 (commissioning.contract.008).

A contract that needs a level the series lacks raises OutOfRangeError
(commissioning.contract.009) when its value is asked for.
)doc")
      .def_property_readonly(
          "method", [](const cm::indexation& x) { return indexation_method_name(x.kind()); },
          "\"none\", \"fixed\" or \"index_series\".")
      .def_property_readonly(
          "uplift",
          [](const cm::indexation& x) {
            return x.kind() == cm::indexation::method::fixed ? std::optional<cm::rate>(x.fixed_uplift())
                                                             : std::nullopt;
          },
          "The fixed uplift; None for the other methods.")
      .def_property_readonly("from_year", &cm::indexation::from_year, "The first contract year uplifted.")
      .def_property_readonly("rounding", &cm::indexation::rounding_rule,
                             "How each uplifted year is rounded to the penny.")
      .def_property_readonly(
          "levels",
          [](const cm::indexation& x) {
            py::dict levels;
            for (const auto& [year, level] : x.levels()) levels[py::int_(year)] = py::cast(level);
            return typed_object<levels_type>{levels};
          },
          "An index series' levels by calendar year (a new dict; empty for the other methods).")
      .def_property_readonly("lag_years", &cm::indexation::lag_years, "An index series' lag, in years.")
      .def_property_readonly("cap", &cm::indexation::cap, "The most an index series' uplift may be, or None.")
      .def_property_readonly("floor", &cm::indexation::floor, "The least an index series' uplift may be, or None.")
      .def("uplift_for", &cm::indexation::uplift_for, py::arg("year"), py::arg("anniversary_year"), R"doc(
The uplift at the anniversary that starts contract year ``year``, in calendar year
``anniversary_year``; zero before ``from_year``.

Returns
-------
Rate

Raises
------
OutOfRangeError
    The series has no level the uplift needs (commissioning.contract.009).
)doc")
      .def("__repr__", &indexation_repr)
      .def("__hash__",
           [](const cm::indexation& x) {
             py::list levels;
             for (const auto& [year, level] : x.levels()) levels.append(py::make_tuple(year, level));
             return py::hash(py::make_tuple(indexation_method_name(x.kind()), x.fixed_uplift(), x.from_year(),
                                            x.rounding_rule(), py::tuple(levels), x.lag_years(),
                                            optional_rate(x.cap()), optional_rate(x.floor())));
           })
      .def("__eq__", [](const cm::indexation& a, const cm::indexation& b) { return a == b; }, py::is_operator())
      .def("__ne__", [](const cm::indexation& a, const cm::indexation& b) { return !(a == b); }, py::is_operator());
  def_pickle(indexation_class, &indexation_state, &indexation_from_state);

  // ---------------------------------------------------------------- modification grounds
  m.def(
      "parse_modification_ground",
      [](std::string_view text) { return ground_from_text(text); },
      py::arg("text"), R"doc(
Read a modification ground as reports write it.

Parameters
----------
text : str
    The code, with or without "PCR 2015", "reg", "regulation" or "section" in front:
    ``"72(1)(c)"``, ``"reg 72(1)(c)"``, ``"section 72 (1) c"`` (seed 004), ``"s74(1)(a)"``,
    ``"sch8 para4"``, ``"sch8 para5"``, ``"sch8 para9"``, ``"sch8 additional"``, ``"other"``;
    or a member's name, ``"PCR_72_1_C"``.

Returns
-------
ModificationGround

Raises
------
InvalidInputError
    An unknown ground (commissioning.contract.012).

Examples
--------
>>> parse_modification_ground("section 72 (1) c")
<ModificationGround.PCR_72_1_C: '72(1)(c)'>
)doc");
  m.def(
      "citation", [](ground_like ground) { return cm::citation(ground.value); }, py::arg("ground"), R"doc(
The full citation of a modification ground, as a report writes it.

Parameters
----------
ground : ModificationGround or str
    A member, or text ``parse_modification_ground`` reads.

Returns
-------
str

Examples
--------
>>> citation("72(1)(c)")
'Public Contracts Regulations 2015, regulation 72(1)(c)'
)doc");

  // ---------------------------------------------------------------- FinancialYearProfile
  py::class_<cm::financial_year_profile> profile_class(m, "FinancialYearProfile", py::is_final(), R"doc(
A contract's money by financial year, with the rule that apportioned it and the term it covers.

The amounts sum exactly to ``total``, the contract's value over the scope profiled (``basis``).
The profile is a sequence of ``FinancialYearAmount(year, amount)`` (``len``, iteration,
indexing), has ``to_pandas()`` and shows as a table in Jupyter.

Attributes
----------
rule : ApportionRule
rule_description : str
    The rule as results state it: "equal monthly instalments, part months pro rata by days".
years : list of FinancialYearAmount
    In order, one for each financial year the contract touches.
total : Money
basis : str
    The term profiled, in the words every table uses: "the base term, to 31 March 2025".
)doc");
  set_public_module(profile_class);
  profile_class
      .def_property_readonly("rule", [](const cm::financial_year_profile& p) { return p.rule; }, "The rule used.")
      .def_property_readonly(
          "rule_description", [](const cm::financial_year_profile& p) { return std::string(cm::to_string(p.rule)); },
          "The rule as results state it.")
      .def_property_readonly("years", &profile_years, "Each financial year's amount, in order.")
      .def_property_readonly("total", [](const cm::financial_year_profile& p) { return p.total; },
                             "The sum of the years: the value profiled.")
      .def_property_readonly("basis", [](const cm::financial_year_profile& p) { return p.basis; },
                             "The term profiled: \"the current term, to 31 March 2025\".")
      .def("__len__", [](const cm::financial_year_profile& p) { return p.years.size(); })
      .def("__iter__", [](const cm::financial_year_profile& p) { return py::iter(profile_years(p).value); })
      .def("__getitem__",
           [](const cm::financial_year_profile& p, py::handle index) -> py::object {
             return profile_years(p).value[index];  // list indexing: negative indices and slices too
           })
      .def("__str__", &profile_text)
      .def("__repr__", &profile_repr)
      .def("__eq__", &same_profile, py::is_operator())
      .def("__ne__",
           [](const cm::financial_year_profile& a, const cm::financial_year_profile& b) { return !same_profile(a, b); },
           py::is_operator())
      .def(
          "to_pandas",
          [](const cm::financial_year_profile& self) {
            return typed_object<series_type>{
                python_module("commissioning._display").attr("profile_to_pandas")(py::cast(self))};
          },
          R"doc(
The profile as a pandas Series (pandas is imported only when this is called).

Returns
-------
pandas.Series
    Named ``"amount"``, of exact ``decimal.Decimal`` pounds, indexed by financial-year
    label (``"2016-17"``, index name ``"financial_year"``); the rule's description is in
    ``series.attrs["rule"]`` and the term profiled in ``series.attrs["basis"]``. Its sum is
    the exact total.
)doc");
  def_pickle(profile_class, [](const cm::financial_year_profile& p) {
            py::list years;
            for (const auto& year : p.years) years.append(py::make_tuple(year.year, year.amount));
            return py::make_tuple(p.rule, years, p.total, p.basis);
          },
          [](const py::tuple& state) {
            if (state.size() != 4) throw std::runtime_error("invalid FinancialYearProfile state");
            cm::financial_year_profile p{state[0].cast<cm::apportion_rule>(), {}, state[2].cast<cm::money>(),
                                         state[3].cast<std::string>()};
            for (py::handle year : state[1].cast<py::list>())
              p.years.push_back({year[py::int_(0)].cast<cm::financial_year>(), year[py::int_(1)].cast<cm::money>()});
            return p;
          });
  def_html(profile_class, "profile_html", "An HTML table for Jupyter, captioned with the rule.");

  // ---------------------------------------------------------------- Contract
  py::class_<py_contract> contract_class(m, "Contract", py::is_final(), R"doc(
A contract as awarded, and as it has since been extended and modified.

Parameters
----------
name, provider : str
start : datetime.date or str
    The first day: ``"2016-05-01"``, ``"1 May 2016"``.
term : Term or str
    ``"3+1+1"``, ``"three years plus one plus one"``.
annual_value : Money-like, optional
    The same value every contract year.
values_per_year : sequence of Money-like, optional
    A value for each contract year; later years repeat the last.
total_over_base : Money-like, optional
    A total for the base term, split equally over its whole years.
price : Price, optional
    Give exactly one of ``annual_value``, ``values_per_year``, ``total_over_base`` or
    ``price`` (TypeError otherwise).
indexation : Indexation, optional
    How an annual price moves each year; none by default.
uplift : Rate-like, optional
    A shortcut for ``indexation=Indexation.fixed(uplift, from_year=uplift_from_year)``.
uplift_from_year : int, optional
    The first contract year uplifted (2 by default).

Raises
------
InvalidInputError
    A price or indexation that cannot be (commissioning.contract.007, .008).

Notes
-----
A Contract changes: ``exercise``, ``decline`` and ``modify`` record what happened after
the award. It compares equal to a contract awarded and changed alike, is not hashable, and
copies and pickles with its history.

Examples
--------
>>> kent = Contract("Kent Young Carers", "Imago", "1 May 2016", "3+1+1", annual_value="£325,484")
>>> kent.exercise(1); kent.exercise(2)
>>> kent.modify(ground="72(1)(c)", months=12)
1
>>> kent.current_end, kent.current_value
(datetime.date(2022, 4, 30), Money('£1,952,904.00'))
)doc");
  set_public_module(contract_class);
  contract_class
      .def(py::init([](std::string name, std::string provider, cm::date start, const term_like& term,
                       std::optional<money_like> annual_value, std::optional<std::vector<money_like>> values_per_year,
                       std::optional<money_like> total_over_base, std::optional<cm::price> price,
                       std::optional<cm::indexation> indexation, std::optional<rate_like> uplift,
                       std::optional<int> uplift_from_year) {
             std::string given;
             int count = 0;
             for (const auto& [named, is_given] : {std::pair{"annual_value=", annual_value.has_value()},
                                                   std::pair{"values_per_year=", values_per_year.has_value()},
                                                   std::pair{"total_over_base=", total_over_base.has_value()},
                                                   std::pair{"price=", price.has_value()}}) {
               if (!is_given) continue;
               given += (count++ == 0 ? "" : " and ") + std::string(named);
             }
             if (count != 1)
               throw py::type_error(
                   "Contract() takes exactly one of annual_value=, values_per_year=, total_over_base= or price=; got " +
                   (count == 0 ? std::string("none") : given));
             if (uplift && indexation) throw py::type_error("Contract() takes indexation= or uplift=, not both");
             if (uplift_from_year && !uplift) throw py::type_error("Contract(): uplift_from_year= needs uplift=");
             const cm::term& t = *term.value;
             cm::price stated = annual_value      ? cm::price::annual(annual_value->value)
                                : values_per_year ? cm::price::per_contract_year(money_values(*values_per_year))
                                : total_over_base ? cm::price::total_over_base(total_over_base->value, t.base_months())
                                                  : *price;
             cm::indexation moves = uplift        ? cm::indexation::fixed(uplift->value, uplift_from_year.value_or(2))
                                    : indexation ? *indexation
                                                 : cm::indexation::none();
             return py_contract(cm::contract(std::move(name), std::move(provider), start, t, std::move(stated),
                                             std::move(moves)));
           }),
           py::arg("name"), py::arg("provider"), py::arg("start"), py::arg("term"), py::kw_only(),
           py::arg("annual_value") = py::none(), py::arg("values_per_year") = py::none(),
           py::arg("total_over_base") = py::none(), py::arg("price") = py::none(), py::arg("indexation") = py::none(),
           py::arg("uplift") = py::none(), py::arg("uplift_from_year") = py::none(),
           "Award a contract: a start, a term and a price.")

      // ------------------------------------------------------------ what it is
      .def_property_readonly("name", reader(&cm::contract::name),
                             "The contract's name.")
      .def_property_readonly(
          "provider", reader(&cm::contract::provider),
          "The provider.")
      .def_property_readonly("start", reader(&cm::contract::start),
                             "The first day.")
      .def_property_readonly("term", reader(&cm::contract::term),
                             "The term as awarded, with its options.")
      .def_property_readonly("price", reader(&cm::contract::price),
                             "The price as stated.")
      .def_property_readonly(
          "indexation", reader(&cm::contract::indexation),
          "How the annual price moves each year.")
      .def_property_readonly(
          "options",
          [](const py_contract& c) {
            const auto options = locked(c, [](const auto& x) { return x.options(); });
            py::list result;
            for (const cm::extension_option& o : options)
              result.append(types_attr("ExtensionOption")(o.months, py::cast(o.status)));
            return typed_object<options_type>{result};
          },
          "The extension options, in order: a list of ExtensionOption(months, status).")
      .def_property_readonly(
          "modifications",
          [](const py_contract& c) {
            const auto changes = locked(c, [](const auto& x) { return x.modifications(); });
            py::list result;
            for (const cm::modification& change : changes) result.append(modification_object(change));
            return typed_object<modifications_type>{result};
          },
          "The modifications, in order: a list of Modification.")

      // ------------------------------------------------------------ changing it
      .def(
          "exercise",
          [](py_contract& c, typed_object<int_type> option, std::optional<cm::date> decided_on) {
            const contract_lock lock(c);
            c.record({contract_event::kind::exercise, option_number(c, option.value), decided_on, std::nullopt});
          },
          py::arg("option"), py::arg("decided_on") = py::none(), R"doc(
Exercise an extension option.

Parameters
----------
option : int
    Which option, from 1.
decided_on : datetime.date or str, optional
    When it was decided; not after the contract's current end.

Raises
------
OutOfRangeError
    The term has no such option (commissioning.contract.001).
InvalidInputError
    An earlier option is still pending (commissioning.contract.002); the option was
    already exercised or declined (.003); decided after the contract ended (.004).
)doc")
      .def(
          "decline",
          [](py_contract& c, typed_object<int_type> option) {
            const contract_lock lock(c);
            c.record({contract_event::kind::decline, option_number(c, option.value), std::nullopt, std::nullopt});
          },
          py::arg("option"), R"doc(
Decline an extension option: it and every later option lapse.

Parameters
----------
option : int
    Which option, from 1.

Raises
------
OutOfRangeError
    The term has no such option (commissioning.contract.001).
InvalidInputError
    The option was already exercised or declined (commissioning.contract.003).
)doc")
      .def(
          "modify",
          [](py_contract& c, ground_like ground, int months, std::optional<money_like> annual_change,
             std::optional<cm::date> effective, std::optional<int> from_month, std::string description) {
            const contract_lock lock(c);
            if (effective && from_month) throw py::type_error("modify() takes effective= or from_month=, not both");
            cm::modification change{.ground = ground.value,
                                    .months = months,
                                    .annual_change = annual_change ? annual_change->value : cm::money{},
                                    .from_month = from_month,
                                    .description = std::move(description)};
            if (effective) change.from_month = month_of_change(c, *effective, months);
            c.record({contract_event::kind::modify, 0, std::nullopt, std::move(change)});
            return c.modifications().size();
          },
          py::kw_only(), py::arg("ground"), py::arg("months") = 0, py::arg("annual_change") = py::none(),
          py::arg("effective") = py::none(), py::arg("from_month") = py::none(), py::arg("description") = "",
          R"doc(
Record a modification: more months, a change in the annual value, or both.

Parameters
----------
ground : ModificationGround or str
    The legal ground: ``"72(1)(c)"``, ``"section 72 (1) c"``, ``"s74(1)(a)"``, ``"other"``.
months : int, default 0
    Months added after the current end. Every option must be exercised or declined first.
annual_change : Money-like, optional
    A change to the annual value (negative to reduce it).
effective : datetime.date or str, optional
    The day ``annual_change`` takes effect: a monthly anniversary of the start inside
    the contract (or inside the months this modification adds). By default the start of
    the added months; a change of value alone needs it.
from_month : int, optional
    Instead of ``effective``, the months after the start at which the change takes effect.
description : str, default ""

Returns
-------
int
    The modification's number, from 1.

Raises
------
InvalidInputError
    An option still pending (commissioning.contract.005); an effective date that is not a
    monthly anniversary inside the contract, or none for a change of value alone (.006);
    an annual value made negative (.010); a modification that shortens the term or changes
    nothing (.011); an unknown ground (.012).
)doc")
      .def(
          "month_at",
          [](const py_contract& c, cm::date d) { return locked(c, [&](const auto& x) { return x.month_at(d); }); },
          py::arg("day"), R"doc(
The months from the start to ``day``, a monthly anniversary of the start inside the contract.

Raises InvalidInputError (commissioning.contract.006) for any other day.
)doc")

      // ------------------------------------------------------------ dates
      .def_property_readonly(
          "base_end", reader(&cm::contract::base_end),
          "The last day of the base term: 1 May 2016 + 3 years - 1 day = 30 April 2019.")
      .def_property_readonly(
          "current_end", reader(&cm::contract::current_end),
          "The last day with exercised options and modifications.")
      .def_property_readonly(
          "maximum_end", reader(&cm::contract::maximum_end),
          "The latest end still possible: every pending option exercised, declined ones not.")
      .def(
          "end",
          [](const py_contract& c, cm::contract_scope scope) {
            return locked(c, [&](const auto& x) { return x.end(scope); });
          },
          py::arg("scope") = "current",
          with_scope(R"doc(
The last day of the contract over a scope.

Parameters
----------
)doc",
                     R"doc(

Returns
-------
datetime.date
)doc")
              .c_str())
      .def(
          "state_on",
          [](const py_contract& c, cm::date d) {
            const auto state = locked(c, [&](const auto& x) { return x.state_on(d); });
            return typed_object<state_type>{state_object(state)};
          },
          py::arg("day"), R"doc(
The part of the contract's life a day falls in.

Returns
-------
ContractState
    A str such as ``"base term"``, ``"extension 2"``, ``"modification 1"``,
    ``"not started"`` or ``"ended"``, with ``.phase`` and ``.number``.
)doc")

      // ------------------------------------------------------------ values
      .def_property_readonly(
          "annual_value", reader(&cm::contract::annual_value),
          "The annual value stated for contract year 1, before indexation.")
      .def_property_readonly(
          "base_value", reader(&cm::contract::base_value),
          "The value of the base term as awarded.")
      .def_property_readonly(
          "maximum_value", reader(&cm::contract::maximum_value),
          "The value of the base term and every option, as awarded: the estimated value.")
      .def_property_readonly(
          "current_value", reader(&cm::contract::current_value),
          "The value with exercised options and modifications.")
      .def(
          "value",
          [](const py_contract& c, cm::contract_scope scope) {
            return locked(c, [&](const auto& x) { return x.value(scope); });
          },
          py::arg("scope") = "current",
          with_scope(R"doc(
The contract's value over a scope: the sum of its contract years.

Parameters
----------
)doc",
                     R"doc(

Returns
-------
Money

Raises
------
OutOfRangeError
    An index series lacks a level the value needs (commissioning.contract.009).
)doc")
              .c_str())
      .def(
          "annual_value_on",
          [](const py_contract& c, cm::date d) {
            return locked(c, [&](const auto& x) { return x.annual_value_on(d); });
          },
          py::arg("day"), R"doc(
The annual value in force on a day: indexation and changes of value included.

Raises OutOfRangeError (commissioning.contract.013) for a day outside the contract.
)doc")
      .def(
          "modification_values",
          [](const py_contract& c) {
            const auto values = locked(c, [](const auto& x) { return x.modification_values(); });
            py::list result;
            for (const cm::modification_value& v : values)
              result.append(types_attr("ModificationValue")(v.value, v.share, v.cumulative, v.cumulative_share));
            return typed_object<modification_values_type>{result};
          },
          R"doc(
What each modification is worth, against the original value (the maximum value as awarded).

Returns
-------
list of ModificationValue
    ``(value, share, cumulative, cumulative_share)``; shares are exact Rates. Seed 004's
    12-month extension at £325,484 is worth £325,484, 1/5 of the original £1,627,420.
)doc")
      .def(
          "spend_between",
          [](const py_contract& c, cm::date first, cm::date last, cm::apportion_rule rule) {
            return locked(c, [&](const auto& x) { return x.spend_between(first, last, rule); });
          },
          py::arg("first"), py::arg("last"),
          py::arg_v("rule", cm::apportion_rule::monthly, "ApportionRule.MONTHLY"), R"doc(
The money due for the days from ``first`` to ``last``, both included, within the current term.

Parameters
----------
first, last : datetime.date or str
rule : ApportionRule or str, default "monthly"
    How a contract year's money is spread over its days.

Returns
-------
Money

Notes
-----
Each range is rounded on its own, so spend over adjoining ranges can differ by a penny
from spend over their union; a profile never does.
)doc")
      .def(
          "spend_to",
          [](const py_contract& c, cm::date d, cm::apportion_rule rule) {
            return locked(c, [&](const auto& x) { return x.spend_to(d, rule); });
          },
          py::arg("day"),
          py::arg_v("rule", cm::apportion_rule::monthly, "ApportionRule.MONTHLY"), R"doc(
The money due from the start up to and including ``day`` (nothing before the start).

Parameters
----------
day : datetime.date or str
rule : ApportionRule or str, default "monthly"

Returns
-------
Money
)doc")

      // ------------------------------------------------------------ profiles
      .def(
          "contract_years",
          [](const py_contract& c, cm::contract_scope scope) {
            const auto years = locked(c, [&](const auto& x) { return x.contract_years(scope); });
            py::list result;
            for (const cm::contract_year& y : years)
              result.append(types_attr("ContractYear")(y.number, y.span, state_object(y.phase), y.value));
            return typed_object<contract_years_type>{types_attr("ContractYears")(result)};
          },
          py::arg("scope") = "current",
          with_scope(R"doc(
Each contract year's dates, phase and value.

Parameters
----------
)doc",
                     R"doc(

Returns
-------
ContractYears
    A list of ``ContractYear(number, period, phase, value)`` whose values sum exactly to
    ``value(scope)``, with ``total`` and ``to_pandas()``.
)doc")
              .c_str())
      .def(
          "profile",
          [](const py_contract& c, cm::contract_scope scope, cm::apportion_rule rule,
             std::chrono::month start_month) {
            return locked(c, [&](const auto& x) { return x.profile(scope, rule, start_month); });
          },
          py::arg("scope") = "current",
          py::arg_v("rule", cm::apportion_rule::monthly, "ApportionRule.MONTHLY"),
          py::arg("start_month") = cm::april,
          with_scope(R"doc(
The contract's money by financial year: each run of months at one annual value is
apportioned into financial years by the rule, so the profile sums exactly to the value.

Parameters
----------
)doc",
                     R"doc(
rule : ApportionRule or str, default "monthly"
    "monthly": equal monthly instalments, a part month pro rata by its days;
    "daily": in proportion to the days.
start_month : int, default 4
    The month financial years start in.

Returns
-------
FinancialYearProfile

Examples
--------
Seed 004: 2016-17 is 11/12 of £325,484 = £298,360.33, 2022-23 is 1/12 = £27,123.67, and
the seven years sum to £1,952,904.00.
)doc")
              .c_str())

      // ------------------------------------------------------------ protocols
      .def("__repr__", [](const py_contract& c) { return locked(c, [](const auto& x) { return contract_repr(x); }); })
      .def(
          "__eq__",
          [](const py_contract& a, py::handle other) -> py::object {
            if (!py::isinstance<py_contract>(other)) return py::reinterpret_borrow<py::object>(Py_NotImplemented);
            const auto& b = other.cast<const py_contract&>();
            const contract_lock lock(a, &b);
            return py::bool_(same_contract(a, b));
          },
          py::is_operator())
      .def(
          "__ne__",
          [](const py_contract& a, py::handle other) -> py::object {
            if (!py::isinstance<py_contract>(other)) return py::reinterpret_borrow<py::object>(Py_NotImplemented);
            const auto& b = other.cast<const py_contract&>();
            const contract_lock lock(a, &b);
            return py::bool_(!same_contract(a, b));
          },
          py::is_operator())
      .def("__copy__", [](const py_contract& c) { return locked(c, [](const py_contract& x) { return x; }); },
           "An independent copy, with the same history.")
      .def(
          "__deepcopy__",
          [](const py_contract& c, py::handle /*memo*/) { return locked(c, [](const py_contract& x) { return x; }); },
          py::arg("memo"), "An independent copy, with the same history.");
  def_pickle(contract_class, [](const py_contract& c) { return locked(c, &contract_state_tuple); }, &contract_from_state);
  contract_class.attr("__hash__") = py::none();

  // ---------------------------------------------------------------- financial implications
  m.def(
      "funding_sentence",
      [](const typed_object<contracts_type>& contract, bool lots, const cm::report_unit& unit) {
        if (py::isinstance<py_contract>(contract.value))
          return locked(contract.value.cast<const py_contract&>(), [&](const auto& x) { return cm::funding_sentence(x, unit); });
        return cm::funding_sentence(contracts_of(contract.value), lots, unit);
      },
      py::arg("contract"), py::kw_only(), py::arg("lots") = false, py::arg("unit") = py::none(), R"doc(
The funding sentence of a report's financial implications, as councils word it.

The total is the maximum value: the base term and every extension option. An indexed contract
is stated by its first year and its uplift, since no one figure is available every year.
Several contracts, or the lots of one procurement, are summed and each named, so the sentence
reconciles to the penny with their own tables.

Parameters
----------
contract : Contract or list of Contract
    One contract, or several (at least one: commissioning.report.006).
lots : bool, default False
    The contracts are the lots of one procurement: "across three lots (...)".
unit : MoneyUnit or str, optional
    The report's money unit ("thousands": "£326k per annum"); by default whole pounds, or
    pounds and pence for a figure with pence.

Returns
-------
str

Examples
--------
Seed 000: "The funding available is £325,500 per annum. This equates to £1,627,500 over
the term of the proposed contract and extensions (three years plus one plus one)."
)doc");
  m.def(
      "report_figure", [](money_like amount) { return cm::report_figure(amount.value); }, py::arg("amount"), R"doc(
A figure as a report prints it: whole pounds when there are no pence (``"£1,627,500"``),
pounds and pence otherwise (``"£325,484.88"``).

Parameters
----------
amount : Money, str, int, float or decimal.Decimal

Returns
-------
str
)doc");
}

}  // namespace cmpy
