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

CMPY_FIELDS(cm::extension_option, months, status);
CMPY_FIELDS(cm::modification, ground, months, annual_change, from_month, description);
CMPY_FIELDS(cm::modification_value, value, share, cumulative, cumulative_share);
CMPY_FIELDS(cm::contract_year, number, span, phase, value);
CMPY_FIELDS(cm::financial_year_profile, rule, years, total, basis);

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

// The classes bound here with properties of their own, by their Python names.
using Indexation = cm::indexation;
using FinancialYearProfile = cm::financial_year_profile;

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

void bind_contract(public_module& m) {
  def_text_enums<cm::option_status, cm::contract_phase, cm::contract_scope, cm::modification_ground>(m);

  // ---------------------------------------------------------------- Term
  public_class<cm::term> term_class(m, "Term");
  term_class.def(py::init(&cm::term::parse), "text"_a, docstring("Term.__init__/1"))
      .def(py::init<int, std::vector<int>>(), "base_months"_a, py::arg_v("extension_months", std::vector<int>{}, "()"),
           docstring("Term.__init__/2"))
      .def_static("years", &cm::term::years, "base_years"_a, py::arg_v("extension_years", std::vector<int>{}, "()"))
      .def_static("parse", &cm::term::parse, "text"_a)
      .def_property_readonly("base_months", &cm::term::base_months)
      .def_property_readonly(
          "extension_months",
          [](const cm::term& t) { return named_object<"tuple[int, ...]">{py::tuple(py::cast(t.extension_months()))}; })
      .def_property_readonly("maximum_months", &cm::term::maximum_months)
      .def("to_words", &cm::term::to_words)
      .def("__str__", &cm::term::to_string)
      .def("__repr__", [](const cm::term& t) { return "Term('" + t.to_string() + "')"; });
  const auto term_state = [](const cm::term& t) { return py::make_tuple(t.base_months(), t.extension_months()); };
  def_state_hash(def_equality(term_class), term_state);
  def_pickle(term_class, term_state, [](const py::tuple& state) {
    if (state.size() != 2) throw std::runtime_error("invalid Term state");
    return cm::term(state[0].cast<int>(), state[1].cast<std::vector<int>>());
  });

  // ---------------------------------------------------------------- Price
  public_class<cm::price> price_class(m, "Price");
  price_class.def_static("annual", as_python<&cm::price::annual>, "per_year"_a)
      .def_static(
          "per_contract_year",
          [](const std::vector<money_like>& values) { return cm::price::per_contract_year(money_values(values)); },
          "values"_a)
      .def_static("total_over_base", as_python<&cm::price::total_over_base>, "total"_a, "base_months"_a)
      .def("annual_rate", &cm::price::annual_rate, "year"_a)
      .def("__repr__", &price_repr);
  def_properties(price_class, property{"basis", [](const cm::price& p) { return std::string(cm::name_of(p.kind())); }},
                 property{"values",
                          [](const cm::price& p) {
                            return named_object<"tuple[Money, ...]">{py::tuple(py::cast(p.stated_values()))};
                          }},
                 property{"stated_total", &cm::price::stated_total});
  def_state_hash(def_equality(price_class), &price_state);
  def_pickle(price_class, &price_state, &price_from_state);

  // ---------------------------------------------------------------- Indexation
  public_class<cm::indexation> indexation_class(m, "Indexation");
  indexation_class.def_static("none", &cm::indexation::none)
      .def_static("fixed", as_python<&cm::indexation::fixed>, "uplift"_a, "from_year"_a = 2, rounding_arg())
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
          "levels"_a, "lag_years"_a = 0, "cap"_a = py::none(), "floor"_a = py::none(), "from_year"_a = 2,
          rounding_arg())
      .def("uplift_for", &cm::indexation::uplift_for, "year"_a, "anniversary_year"_a)
      .def("__repr__", &indexation_repr);
  def_properties(
      indexation_class, CMPY_PROPERTIES(Indexation, from_year, lag_years, cap, floor),
      property{"method", [](const Indexation& x) { return std::string(cm::name_of(x.kind())); }},
      property{"uplift",
               [](const Indexation& x) {
                 return x.kind() == Indexation::method::fixed ? std::optional(x.fixed_uplift()) : std::nullopt;
               }},
      property{"rounding", &Indexation::rounding_rule},
      property{"levels", [](const Indexation& x) { return named_object<"dict[int, Rate]">{py::cast(x.levels())}; }});
  def_state_hash(def_equality(indexation_class), &indexation_state);
  def_pickle(indexation_class, &indexation_state, &indexation_from_state);

  // ---------------------------------------------------------------- modification grounds
  m.def("parse_modification_ground", &cm::read_name<cm::modification_ground>, "text"_a);
  m.def("citation", &cm::citation, "ground"_a);

  // ---------------------------------------------------------------- FinancialYearProfile
  public_class<cm::financial_year_profile> profile_class(m, "FinancialYearProfile");
  const auto profile_years = [](const FinancialYearProfile& p) { return named_tuples<"FinancialYearAmount">(p.years); };
  def_fields(
      profile_class,
      property{"rule_description", [](const FinancialYearProfile& p) { return std::string(cm::to_string(p.rule)); }},
      property{"years", profile_years});
  def_sequence(profile_class, profile_years)
      .def("__str__", [](const FinancialYearProfile& p) { return cm::to_string(p); })
      .def("__repr__", &profile_repr);
  def_equality(profile_class);
  def_pickle(
      profile_class,
      [](const FinancialYearProfile& p) {
        return py::make_tuple(p.rule, py::list(state_of(p.years)), p.total, p.basis);
      },
      &from_class_state<FinancialYearProfile>);
  def_python_view<named_object<"pandas.Series">>(profile_class, "to_pandas", "commissioning._display", "profile_to_pandas");
  def_html(profile_class, "profile_html");

  // ---------------------------------------------------------------- Contract
  public_class<cm::contract> contract_class(m, "Contract");
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
           "name"_a, "provider"_a, "start"_a, "term"_a, py::kw_only(), "annual_value"_a = py::none(),
           "values_per_year"_a = py::none(), "total_over_base"_a = py::none(), "price"_a = py::none(),
           "indexation"_a = py::none(), "uplift"_a = py::none(), "uplift_from_year"_a = py::none())

      // ------------------------------------------------------------ changing it
      .def(
          "exercise",
          [](cm::contract& c, typed_object<int_type> option, std::optional<cm::date> decided_on) {
            const value_lock<cm::contract> lock(c);
            c.exercise(option_number(c, option.value), decided_on);
          },
          "option"_a, "decided_on"_a = py::none())
      .def(
          "decline",
          [](cm::contract& c, typed_object<int_type> option) {
            const value_lock<cm::contract> lock(c);
            c.decline(option_number(c, option.value));
          },
          "option"_a)
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
          py::kw_only(), "ground"_a, "months"_a = 0, "annual_change"_a = py::none(), "effective"_a = py::none(),
          "from_month"_a = py::none(), "description"_a = "")
      .def("month_at", under_contract_lock(&cm::contract::month_at), "day"_a)

      // ------------------------------------------------------------ dates
      .def("end", under_contract_lock(&cm::contract::end), "scope"_a = "current")
      .def("state_on", under_contract_lock(&cm::contract::state_on), "day"_a)

      // ------------------------------------------------------------ values
      .def("value", under_contract_lock(&cm::contract::value), "scope"_a = "current")
      .def("annual_value_on", under_contract_lock(&cm::contract::annual_value_on), "day"_a)
      .def("modification_values",
           [](const cm::contract& c) { return named_tuples<"ModificationValue">(snapshot(c).modification_values()); })
      .def("spend_between", under_contract_lock(&cm::contract::spend_between), "first"_a, "last"_a,
           py::arg_v("rule", cm::apportion_rule::monthly, "ApportionRule.MONTHLY"))
      .def("spend_to", under_contract_lock(&cm::contract::spend_to), "day"_a,
           py::arg_v("rule", cm::apportion_rule::monthly, "ApportionRule.MONTHLY"))

      // ------------------------------------------------------------ profiles
      .def(
          "contract_years",
          [](const cm::contract& c, cm::contract_scope scope) {
            return named_object<"ContractYears">{types_attr("ContractYears")(named_tuples<"ContractYear">(snapshot(c).contract_years(scope)))};
          },
          "scope"_a = "current")
      .def("profile", under_contract_lock(&cm::contract::profile), "scope"_a = "current",
           py::arg_v("rule", cm::apportion_rule::monthly, "ApportionRule.MONTHLY"), "start_month"_a = cm::april)

      // ------------------------------------------------------------ protocols
      .def("__repr__", [](const cm::contract& c) { return contract_repr(snapshot(c)); });
  def_copy(contract_class);
  for (const bool equal : {true, false})  // NotImplemented for another type, typed Any as before
    contract_class.def(
        equal ? "__eq__" : "__ne__",
        [equal](const cm::contract& a, py::handle b) -> py::object {
          if (!py::isinstance<cm::contract>(b)) return py::reinterpret_borrow<py::object>(Py_NotImplemented);
          return py::bool_((snapshot(a) == snapshot(b.cast<const cm::contract&>())) == equal);
        },
        py::is_operator());
  def_properties<true>(
      contract_class,
      CMPY_PROPERTIES(cm::contract, name, provider, start, term, price, indexation, base_end, current_end, maximum_end,
                      annual_value, base_value, maximum_value, current_value),
      property{"options", [](const cm::contract& c) { return named_tuples<"ExtensionOption">(c.options()); }},
      property{"modifications", [](const cm::contract& c) { return named_tuples<"Modification">(c.modifications()); }});
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
      "contract"_a, py::kw_only(), "lots"_a = false, "unit"_a = py::none());
  m.def("report_figure", [](money_like amount) { return cm::report_figure(amount.value); }, "amount"_a);
}

}  // namespace cmpy
