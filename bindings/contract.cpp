// SPDX-License-Identifier: MIT
// The contract layer: terms, prices and indexation, modification grounds, contracts, their
// profiles, and the sentences of a report's financial implications.
//
// The contract layer's enums (OptionStatus, ContractPhase, ContractScope, ModificationGround)
// and small records (ExtensionOption, Modification, ContractYear, ...) live in Python, in
// commissioning._types: the enums are text enums, so `status == "exercised"` holds. A
// Contract is the one mutable value of the package; it keeps the history of what was done
// to it (`contract::history`) so that a pickle replays it exactly, and each method holds the
// object's critical section on a free-threaded build.
#include "contract_access.hpp"

#include <commissioning/contract/contract.hpp>
#include <commissioning/contract/modification.hpp>
#include <commissioning/contract/price.hpp>
#include <commissioning/contract/term.hpp>
#include <commissioning/report/financial_implications.hpp>

#include <map>
#include <string>
#include <utility>
#include <vector>

namespace cmpy {

/// A term argument: a Term, or text that `Term.parse` reads ("3+1+1").
struct term_like {
  std::optional<cm::term> value;
};

CMPY_FIELDS(cm::extension_option, &T::months, &T::status);
CMPY_FIELDS(cm::modification, &T::ground, &T::months, &T::annual_change, &T::from_month, &T::description);
CMPY_FIELDS(cm::modification_value, &T::value, &T::share, &T::cumulative, &T::cumulative_share);
CMPY_FIELDS(cm::contract_year, &T::number, &T::span, &T::phase, &T::value);
CMPY_FIELDS(cm::financial_year_amount, &T::year, &T::amount);
CMPY_FIELDS(cm::financial_year_profile, &T::rule, &T::years, &T::total, &T::basis);

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

/// A phase of a contract as the ContractState of commissioning._types ("extension 2"); a result.
template <>
struct type_caster<commissioning::contract_state> {
  PYBIND11_TYPE_CASTER(commissioning::contract_state, const_name("ContractState"));
  bool load(handle /*src*/, bool /*convert*/) { return false; }
  static handle cast(const commissioning::contract_state& s, return_value_policy /*policy*/, handle /*parent*/) {
    return cmpy::types_attr("ContractState")(s.to_string()).release();
  }
};

}  // namespace pybind11::detail

namespace cmpy {

namespace {

/// Each record as the NamedTuple `Name` of commissioning._types, in a list named `List` in signatures.
template <signature_text List, signature_text Name, class Items>
named_object<List> contract_records(const Items& items) {
  py::list result;
  for (const auto& item : items) result.append(named_tuple<Name>(item).value);
  return {result};
}

/// A const method of the contract, called under its critical section (its result a copy made there).
template <class R, class... Args, bool NoExcept>
auto under_contract_lock(R (cm::contract::*method)(Args...) const noexcept(NoExcept)) {
  return [method](const cm::contract& c, Args... args) -> std::remove_cvref_t<R> {
    const value_lock<cm::contract> lock(c);
    return (c.*method)(args...);
  };
}

std::vector<cm::money> money_values(const std::vector<money_like>& values) {
  std::vector<cm::money> result;
  for (const money_like& v : values) result.push_back(v.value);
  return result;
}

// ---------------------------------------------------------------- Price and Indexation

std::string price_repr(const cm::price& p) {
  std::string args;
  for (cm::money v : p.stated_values()) args += (args.empty() ? "" : ", ") + money_repr(v);
  if (p.kind() == cm::price::basis::per_contract_year) args = "[" + args + "]";
  if (p.kind() == cm::price::basis::total_over_base)
    args = money_repr(*p.stated_total()) + ", " + std::to_string(12 * p.stated_values().size());
  return "Price." + std::string(cm::name_of(p.kind())) + "(" + args + ")";
}

auto price_state(const cm::price& p) {
  return py::make_tuple(std::string(cm::name_of(p.kind())), p.stated_values(), p.stated_total());
}

cm::price price_from_state(const py::tuple& state) {
  using basis = cm::price::basis;
  const auto kind = state.size() == 3 ? cm::find_name<basis>(state[0].cast<std::string>()) : std::nullopt;
  const auto values = kind ? state[1].cast<std::vector<cm::money>>() : std::vector<cm::money>();
  const auto total = kind ? state[2].cast<std::optional<cm::money>>() : std::nullopt;
  if (kind == basis::annual && values.size() == 1) return cm::price::annual(values.front());
  if (kind == basis::per_contract_year) return cm::price::per_contract_year(values);
  if (kind == basis::total_over_base && total)
    return cm::price::total_over_base(*total, static_cast<int>(12 * values.size()));
  throw std::runtime_error("invalid Price state");
}

std::string indexation_repr(const cm::indexation& x) {
  using method = cm::indexation::method;
  const auto rate_repr = [](const cm::rate& r) { return repr_of(py::cast(r)); };
  if (x.kind() == method::none) return "Indexation.none()";
  std::string text = "Indexation." + std::string(cm::name_of(x.kind())) + "(";
  if (x.kind() == method::fixed) text += rate_repr(x.fixed_uplift());
  if (x.kind() == method::index_series) {
    std::string levels;
    for (const auto& [year, level] : x.levels())
      levels += (levels.empty() ? "" : ", ") + std::to_string(year) + ": " + rate_repr(level);
    text += "{" + levels + "}";
    if (x.lag_years() != 0) text += ", lag_years=" + std::to_string(x.lag_years());
    if (x.cap()) text += ", cap=" + rate_repr(*x.cap());
    if (x.floor()) text += ", floor=" + rate_repr(*x.floor());
  }
  text += ", from_year=" + std::to_string(x.from_year());
  if (x.rounding_rule() != cm::default_rounding)
    text += ", rounding=Rounding." + py::cast(x.rounding_rule()).attr("name").cast<std::string>();
  return text + ")";
}

py::tuple indexation_state(const cm::indexation& x) {
  return py::make_tuple(std::string(cm::name_of(x.kind())), x.fixed_uplift(), x.from_year(), x.rounding_rule(),
                        x.levels(), x.lag_years(), x.cap(), x.floor());
}

cm::indexation indexation_from_state(const py::tuple& state) {
  using method = cm::indexation::method;
  const auto kind = state.size() == 8 ? cm::find_name<method>(state[0].cast<std::string>()) : std::nullopt;
  if (kind == method::none) return cm::indexation::none();
  if (kind == method::fixed)
    return cm::indexation::fixed(state[1].cast<cm::rate>(), state[2].cast<int>(), state[3].cast<cm::rounding>());
  if (kind == method::index_series)
    return cm::indexation::index_series(state[4].cast<std::map<int, cm::rate>>(), state[5].cast<int>(),
                                        state[6].cast<std::optional<cm::rate>>(),
                                        state[7].cast<std::optional<cm::rate>>(), state[2].cast<int>(),
                                        state[3].cast<cm::rounding>());
  throw std::runtime_error("invalid Indexation state");
}

// ---------------------------------------------------------------- Contract

std::size_t option_number(const cm::contract& c, py::handle number) {
  const auto n = to_int64(number);
  const auto count = c.options().size();
  if (n && *n >= 1 && static_cast<std::uint64_t>(*n) <= count) return static_cast<std::size_t>(*n);
  throw cm::out_of_range_error("contract", 1,
                               "the term " + c.term().to_string() + " has no option " + str_of(number) + " (it has " +
                                   std::to_string(count) + ")");
}

/// The contract as awarded, then its history: ("exercise", option, decided_on or None),
/// ("decline", option) or ("modify", the modification's fields).
py::tuple contract_pickle_state(const cm::contract& c) {
  py::list events;
  for (const cm::contract_event& e : c.history()) {
    const std::string what(cm::name_of(e.what));
    if (e.change) events.append(py::make_tuple(what, state_of(*e.change)));
    else if (e.what == cm::contract_event::kind::exercise) events.append(py::make_tuple(what, e.option, e.decided_on));
    else events.append(py::make_tuple(what, e.option));
  }
  return py::make_tuple(c.name(), c.provider(), c.start(), c.term(), c.price(), c.indexation(), events);
}

cm::contract contract_from_state(const py::tuple& state) {
  if (state.size() != 7) throw std::runtime_error("invalid Contract state");
  cm::contract c(state[0].cast<std::string>(), state[1].cast<std::string>(), state[2].cast<cm::date>(),
                 state[3].cast<cm::term>(), state[4].cast<cm::price>(), state[5].cast<cm::indexation>());
  for (py::handle item : state[6]) {
    const auto event = item.cast<py::tuple>();
    const auto what = event[0].cast<std::string>();
    if (what == "exercise") c.exercise(event[1].cast<std::size_t>(), event[2].cast<std::optional<cm::date>>());
    else if (what == "decline") c.decline(event[1].cast<std::size_t>());
    else if (what == "modify") (void)c.modify(from_state<cm::modification>(event[1]));
    else throw std::runtime_error("invalid Contract state: unknown event " + what);
  }
  return c;
}

std::string contract_repr(const cm::contract& c) {
  return "<Contract " + quoted(c.name()) + " (" + c.provider() + "): " + cm::to_long_string(c.start()) + " to " +
         cm::to_long_string(c.current_end()) + ", " + c.term().to_string() + ">";
}

std::string profile_repr(const cm::financial_year_profile& p) {
  std::vector<cm::financial_year> years;
  for (const auto& year : p.years) years.push_back(year.year);
  return "<FinancialYearProfile " + year_span(years) + ": " + cm::to_string(p.total) + ", " +
         std::string(cm::to_string(p.rule)) + (p.basis.empty() ? std::string() : ", over " + p.basis) + ">";
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

std::vector<cm::contract> contracts_of(py::handle contracts) {
  if (!py::isinstance<py::list>(contracts) && !py::isinstance<py::tuple>(contracts))
    throw py::type_error("expected a list of Contracts, got " + repr_of(contracts));
  std::vector<cm::contract> result;
  for (const py::handle item : contracts) {
    if (!py::isinstance<cm::contract>(item))
      throw py::type_error("item " + std::to_string(result.size()) + " is not a Contract: " + repr_of(item));
    result.push_back(contract_of(item));
  }
  return result;
}

py::object python_contract(const cm::contract& awarded, const std::vector<cm::option_status>& options,
                           const std::vector<cm::modification>& modifications) {
  cm::contract c(awarded);
  for (std::size_t i = 0; i < options.size(); ++i) {
    if (options[i] == cm::option_status::exercised) c.exercise(i + 1);
    if (options[i] == cm::option_status::declined) {
      c.decline(i + 1);
      break;
    }
  }
  for (const cm::modification& m : modifications) (void)c.modify(m);
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
      .def(py::init<int, std::vector<int>>(), py::arg("base_months"),
           py::arg_v("extension_months", std::vector<int>{}, "()"),
           "Make a term from its lengths in months: ``Term(36, [12, 12])`` is 3+1+1.")
      .def_static("years", &cm::term::years, py::arg("base_years"),
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
          [](const cm::term& t) { return named_object<"tuple[int, ...]">{py::tuple(py::cast(t.extension_months()))}; },
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
      .def("__repr__", [](const cm::term& t) { return "Term('" + t.to_string() + "')"; });
  const auto term_state = [](const cm::term& t) { return py::make_tuple(t.base_months(), t.extension_months()); };
  def_state_hash(def_equality(term_class), term_state);
  def_pickle(term_class, term_state, [](const py::tuple& state) {
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
      .def("annual_rate", &cm::price::annual_rate, py::arg("year"), R"doc(
The annual value stated for contract year ``year`` (from 1), before indexation.

Raises OutOfRangeError (commissioning.contract.001) for a year before the first.
)doc")
      .def("__repr__", &price_repr);
  def_properties(
      price_class,
      property{"basis", [](const cm::price& p) { return std::string(cm::name_of(p.kind())); },
               "How the price is stated: \"annual\", \"per_contract_year\" or \"total_over_base\"."},
      property{"values",
               [](const cm::price& p) { return named_object<"tuple[Money, ...]">{py::tuple(py::cast(p.stated_values()))}; },
               "The annual values as stated, year 1 first (a tuple of Money)."},
      property{"stated_total", &cm::price::stated_total,
               "The stated total of a price over the base term; None for the other bases."});
  def_state_hash(def_equality(price_class), &price_state);
  def_pickle(price_class, &price_state, &price_from_state);

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
      .def("__repr__", &indexation_repr);
  {
    using T = cm::indexation;
    def_properties(
        indexation_class,
        property{"method", [](const T& x) { return std::string(cm::name_of(x.kind())); },
                 "\"none\", \"fixed\" or \"index_series\"."},
        property{"uplift",
                 [](const T& x) {
                   return x.kind() == T::method::fixed ? std::optional(x.fixed_uplift()) : std::nullopt;
                 },
                 "The fixed uplift; None for the other methods."},
        property{"from_year", &T::from_year, "The first contract year uplifted."},
        property{"rounding", &T::rounding_rule, "How each uplifted year is rounded to the penny."},
        property{"levels", [](const T& x) { return named_object<"dict[int, Rate]">{py::cast(x.levels())}; },
                 "An index series' levels by calendar year (a new dict; empty for the other methods)."},
        property{"lag_years", &T::lag_years, "An index series' lag, in years."},
        property{"cap", &T::cap, "The most an index series' uplift may be, or None."},
        property{"floor", &T::floor, "The least an index series' uplift may be, or None."});
  }
  def_state_hash(def_equality(indexation_class), &indexation_state);
  def_pickle(indexation_class, &indexation_state, &indexation_from_state);

  // ---------------------------------------------------------------- modification grounds
  m.def("parse_modification_ground", &cm::read_name<cm::modification_ground>, py::arg("text"), R"doc(
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
  m.def("citation", &cm::citation, py::arg("ground"), R"doc(
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
  {
    using T = cm::financial_year_profile;
    const auto years = [](const T& p) {
      return contract_records<"list[FinancialYearAmount]", "FinancialYearAmount">(p.years);
    };
    def_properties(profile_class, property{"rule", &T::rule, "The rule used."},
                   property{"rule_description", [](const T& p) { return std::string(cm::to_string(p.rule)); },
                            "The rule as results state it."},
                   property{"years", years, "Each financial year's amount, in order."},
                   property{"total", &T::total, "The sum of the years: the value profiled."},
                   property{"basis", &T::basis, "The term profiled: \"the current term, to 31 March 2025\"."});
    profile_class.def("__len__", [](const T& p) { return p.years.size(); })
        .def("__iter__", [years](const T& p) { return py::iter(years(p).value); })
        .def("__getitem__", [years](const T& p, py::handle index) -> py::object { return years(p).value[index]; })
        .def("__str__", [](const T& p) { return cm::to_string(p); })
        .def("__repr__", &profile_repr);
    def_equality(profile_class);
    def_pickle(
        profile_class, [](const T& p) { return py::make_tuple(p.rule, py::list(state_of(p.years)), p.total, p.basis); },
        &from_class_state<T>);
  }
  def_python_view<typed_object<series_type>>(profile_class, "to_pandas", "commissioning._display", "profile_to_pandas",
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
  def_html(profile_class, "profile_html", "An HTML table for Jupyter, captioned with the rule.");

  // ---------------------------------------------------------------- Contract
  py::class_<cm::contract> contract_class(m, "Contract", py::is_final(), R"doc(
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
             for (const auto& [named, is_given] : {std::pair{"annual_value=", annual_value.has_value()},
                                                   std::pair{"values_per_year=", values_per_year.has_value()},
                                                   std::pair{"total_over_base=", total_over_base.has_value()},
                                                   std::pair{"price=", price.has_value()}})
               if (is_given) given += (given.empty() ? "" : " and ") + std::string(named);
             if (given.empty() || given.find(" and ") != std::string::npos)
               throw py::type_error(
                   "Contract() takes exactly one of annual_value=, values_per_year=, total_over_base= or price=; got " +
                   (given.empty() ? std::string("none") : given));
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
             return cm::contract(std::move(name), std::move(provider), start, t, std::move(stated), std::move(moves));
           }),
           py::arg("name"), py::arg("provider"), py::arg("start"), py::arg("term"), py::kw_only(),
           py::arg("annual_value") = py::none(), py::arg("values_per_year") = py::none(),
           py::arg("total_over_base") = py::none(), py::arg("price") = py::none(), py::arg("indexation") = py::none(),
           py::arg("uplift") = py::none(), py::arg("uplift_from_year") = py::none(),
           "Award a contract: a start, a term and a price.")

      // ------------------------------------------------------------ changing it
      .def(
          "exercise",
          [](cm::contract& c, typed_object<int_type> option, std::optional<cm::date> decided_on) {
            const value_lock<cm::contract> lock(c);
            c.exercise(option_number(c, option.value), decided_on);
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
          [](cm::contract& c, typed_object<int_type> option) {
            const value_lock<cm::contract> lock(c);
            c.decline(option_number(c, option.value));
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
          [](cm::contract& c, cm::modification_ground ground, int months, std::optional<money_like> annual_change,
             std::optional<cm::date> effective, std::optional<int> from_month, std::string description) {
            if (effective && from_month) throw py::type_error("modify() takes effective= or from_month=, not both");
            const value_lock<cm::contract> lock(c);
            cm::modification change{ground, months, annual_change ? annual_change->value : cm::money{}, from_month,
                                    std::move(description)};
            return effective ? c.modify(std::move(change), *effective) : c.modify(std::move(change));
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
      .def("month_at", under_contract_lock(&cm::contract::month_at), py::arg("day"), R"doc(
The months from the start to ``day``, a monthly anniversary of the start inside the contract.

Raises InvalidInputError (commissioning.contract.006) for any other day.
)doc")

      // ------------------------------------------------------------ dates
      .def("end", under_contract_lock(&cm::contract::end), py::arg("scope") = "current",
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
      .def("state_on", under_contract_lock(&cm::contract::state_on), py::arg("day"), R"doc(
The part of the contract's life a day falls in.

Returns
-------
ContractState
    A str such as ``"base term"``, ``"extension 2"``, ``"modification 1"``,
    ``"not started"`` or ``"ended"``, with ``.phase`` and ``.number``.
)doc")

      // ------------------------------------------------------------ values
      .def("value", under_contract_lock(&cm::contract::value), py::arg("scope") = "current",
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
      .def("annual_value_on", under_contract_lock(&cm::contract::annual_value_on), py::arg("day"), R"doc(
The annual value in force on a day: indexation and changes of value included.

Raises OutOfRangeError (commissioning.contract.013) for a day outside the contract.
)doc")
      .def(
          "modification_values",
          [](const cm::contract& c) {
            return contract_records<"list[ModificationValue]", "ModificationValue">(snapshot(c).modification_values());
          },
          R"doc(
What each modification is worth, against the original value (the maximum value as awarded).

Returns
-------
list of ModificationValue
    ``(value, share, cumulative, cumulative_share)``; shares are exact Rates. Seed 004's
    12-month extension at £325,484 is worth £325,484, 1/5 of the original £1,627,420.
)doc")
      .def("spend_between", under_contract_lock(&cm::contract::spend_between), py::arg("first"), py::arg("last"),
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
      .def("spend_to", under_contract_lock(&cm::contract::spend_to), py::arg("day"),
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
          [](const cm::contract& c, cm::contract_scope scope) {
            const auto years = contract_records<"list", "ContractYear">(snapshot(c).contract_years(scope));
            return named_object<"ContractYears">{types_attr("ContractYears")(years.value)};
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
      .def("profile", under_contract_lock(&cm::contract::profile), py::arg("scope") = "current",
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
      .def("__repr__", [](const cm::contract& c) { return contract_repr(snapshot(c)); })
      .def("__copy__", &snapshot<cm::contract>, "An independent copy, with the same history.")
      .def(
          "__deepcopy__", [](const cm::contract& c, py::handle /*memo*/) { return snapshot(c); }, py::arg("memo"),
          "An independent copy, with the same history.");
  for (const bool equal : {true, false})  // NotImplemented for another type, typed Any as before
    contract_class.def(
        equal ? "__eq__" : "__ne__",
        [equal](const cm::contract& a, py::handle b) -> py::object {
          if (!py::isinstance<cm::contract>(b)) return py::reinterpret_borrow<py::object>(Py_NotImplemented);
          return py::bool_((snapshot(a) == snapshot(b.cast<const cm::contract&>())) == equal);
        },
        py::is_operator());
  {
    using T = cm::contract;
    def_properties<true>(
        contract_class,
        property{"name", &T::name, "The contract's name."},
        property{"provider", &T::provider, "The provider."},
        property{"start", &T::start, "The first day."},
        property{"term", &T::term, "The term as awarded, with its options."},
        property{"price", &T::price, "The price as stated."},
        property{"indexation", &T::indexation, "How the annual price moves each year."},
        property{"options",
                 [](const T& c) { return contract_records<"list[ExtensionOption]", "ExtensionOption">(c.options()); },
                 "The extension options, in order: a list of ExtensionOption(months, status)."},
        property{"modifications",
                 [](const T& c) { return contract_records<"list[Modification]", "Modification">(c.modifications()); },
                 "The modifications, in order: a list of Modification."},
        property{"base_end", &T::base_end,
                 "The last day of the base term: 1 May 2016 + 3 years - 1 day = 30 April 2019."},
        property{"current_end", &T::current_end, "The last day with exercised options and modifications."},
        property{"maximum_end", &T::maximum_end,
                 "The latest end still possible: every pending option exercised, declined ones not."},
        property{"annual_value", &T::annual_value, "The annual value stated for contract year 1, before indexation."},
        property{"base_value", &T::base_value, "The value of the base term as awarded."},
        property{"maximum_value", &T::maximum_value,
                 "The value of the base term and every option, as awarded: the estimated value."},
        property{"current_value", &T::current_value, "The value with exercised options and modifications."});
  }
  def_pickle(
      contract_class, [](const cm::contract& c) { return contract_pickle_state(snapshot(c)); }, &contract_from_state);
  contract_class.attr("__hash__") = py::none();

  // ---------------------------------------------------------------- financial implications
  m.def(
      "funding_sentence",
      [](const typed_object<contracts_type>& contract, bool lots, const cm::report_unit& unit) {
        if (contract_type::accepts(contract.value)) return cm::funding_sentence(contract_of(contract.value), unit);
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
