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
  def_text_enum<cm::option_status>(m, docstring("OptionStatus"));
  def_text_enum<cm::contract_phase>(m, docstring("ContractPhase"));
  def_text_enum<cm::contract_scope>(m, docstring("ContractScope"));
  def_text_enum<cm::modification_ground>(m, docstring("ModificationGround"));

  // ---------------------------------------------------------------- Term
  py::class_<cm::term> term_class(m, "Term", py::is_final(), docstring("Term"));
  set_public_module(term_class);
  term_class
      .def(py::init(&cm::term::parse), py::arg("text"), docstring("Term.__init__/1"))
      .def(py::init([](int base_months, const std::vector<int>& extension_months) {
             return cm::term(base_months, extension_months);
           }),
           py::arg("base_months"), py::arg_v("extension_months", std::vector<int>{}, "()"),
           docstring("Term.__init__/2"))
      .def_static("years", &term_from_years, py::arg("base_years"),
                  py::arg_v("extension_years", std::vector<int>{}, "()"), docstring("Term.years"))
      .def_static("parse", &cm::term::parse, py::arg("text"), docstring("Term.parse"))
      .def_property_readonly("base_months", &cm::term::base_months, docstring("Term.base_months"))
      .def_property_readonly(
          "extension_months",
          [](const cm::term& t) {
            py::tuple months(t.extension_months().size());
            for (std::size_t i = 0; i < t.extension_months().size(); ++i) months[i] = py::int_(t.extension_months()[i]);
            return typed_object<months_tuple_type>{months};
          },
          docstring("Term.extension_months"))
      .def_property_readonly("maximum_months", &cm::term::maximum_months,
                             docstring("Term.maximum_months"))
      .def("to_words", &cm::term::to_words, docstring("Term.to_words"))
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
  py::class_<cm::price> price_class(m, "Price", py::is_final(), docstring("Price"));
  set_public_module(price_class);
  price_class
      .def_static(
          "annual", [](money_like per_year) { return cm::price::annual(per_year.value); }, py::arg("per_year"),
          docstring("Price.annual"))
      .def_static(
          "per_contract_year",
          [](const std::vector<money_like>& values) { return cm::price::per_contract_year(money_values(values)); },
          py::arg("values"), docstring("Price.per_contract_year"))
      .def_static(
          "total_over_base",
          [](money_like total, int base_months) { return cm::price::total_over_base(total.value, base_months); },
          py::arg("total"), py::arg("base_months"), docstring("Price.total_over_base"))
      .def_property_readonly(
          "basis", [](const cm::price& p) { return price_basis_name(p.kind()); },
          docstring("Price.basis"))
      .def_property_readonly(
          "values",
          [](const cm::price& p) { return typed_object<money_tuple_type>{py::tuple(py::cast(p.stated_values()))}; },
          docstring("Price.values"))
      .def_property_readonly(
          "stated_total", [](const cm::price& p) { return p.stated_total(); },
          docstring("Price.stated_total"))
      .def("annual_rate", &cm::price::annual_rate, py::arg("year"), docstring("Price.annual_rate"))
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
  py::class_<cm::indexation> indexation_class(m, "Indexation", py::is_final(), docstring("Indexation"));
  set_public_module(indexation_class);
  indexation_class
      .def_static("none", &cm::indexation::none, docstring("Indexation.none"))
      .def_static(
          "fixed",
          [](rate_like uplift, int from_year, cm::rounding mode) {
            return cm::indexation::fixed(uplift.value, from_year, mode);
          },
          py::arg("uplift"), py::arg("from_year") = 2,
          py::arg_v("rounding", cm::default_rounding, "Rounding.HALF_AWAY_FROM_ZERO"), docstring("Indexation.fixed"))
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
          py::arg_v("rounding", cm::default_rounding, "Rounding.HALF_AWAY_FROM_ZERO"), docstring("Indexation.index_series"))
      .def_property_readonly(
          "method", [](const cm::indexation& x) { return indexation_method_name(x.kind()); },
          docstring("Indexation.method"))
      .def_property_readonly(
          "uplift",
          [](const cm::indexation& x) {
            return x.kind() == cm::indexation::method::fixed ? std::optional<cm::rate>(x.fixed_uplift())
                                                             : std::nullopt;
          },
          docstring("Indexation.uplift"))
      .def_property_readonly("from_year", &cm::indexation::from_year, docstring("Indexation.from_year"))
      .def_property_readonly("rounding", &cm::indexation::rounding_rule,
                             docstring("Indexation.rounding"))
      .def_property_readonly(
          "levels",
          [](const cm::indexation& x) {
            py::dict levels;
            for (const auto& [year, level] : x.levels()) levels[py::int_(year)] = py::cast(level);
            return typed_object<levels_type>{levels};
          },
          docstring("Indexation.levels"))
      .def_property_readonly("lag_years", &cm::indexation::lag_years, docstring("Indexation.lag_years"))
      .def_property_readonly("cap", &cm::indexation::cap, docstring("Indexation.cap"))
      .def_property_readonly("floor", &cm::indexation::floor, docstring("Indexation.floor"))
      .def("uplift_for", &cm::indexation::uplift_for, py::arg("year"), py::arg("anniversary_year"), docstring("Indexation.uplift_for"))
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
      py::arg("text"), docstring("parse_modification_ground"));
  m.def(
      "citation", [](ground_like ground) { return cm::citation(ground.value); }, py::arg("ground"), docstring("citation"));

  // ---------------------------------------------------------------- FinancialYearProfile
  py::class_<cm::financial_year_profile> profile_class(m, "FinancialYearProfile", py::is_final(), docstring("FinancialYearProfile"));
  set_public_module(profile_class);
  profile_class
      .def_property_readonly("rule", [](const cm::financial_year_profile& p) { return p.rule; }, docstring("FinancialYearProfile.rule"))
      .def_property_readonly(
          "rule_description", [](const cm::financial_year_profile& p) { return std::string(cm::to_string(p.rule)); },
          docstring("FinancialYearProfile.rule_description"))
      .def_property_readonly("years", &profile_years, docstring("FinancialYearProfile.years"))
      .def_property_readonly("total", [](const cm::financial_year_profile& p) { return p.total; },
                             docstring("FinancialYearProfile.total"))
      .def_property_readonly("basis", [](const cm::financial_year_profile& p) { return p.basis; },
                             docstring("FinancialYearProfile.basis"))
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
          docstring("FinancialYearProfile.to_pandas"));
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
  def_html(profile_class, "profile_html", docstring("FinancialYearProfile._repr_html_"));

  // ---------------------------------------------------------------- Contract
  py::class_<py_contract> contract_class(m, "Contract", py::is_final(), docstring("Contract"));
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
           docstring("Contract.__init__"))

      // ------------------------------------------------------------ what it is
      .def_property_readonly("name", reader(&cm::contract::name),
                             docstring("Contract.name"))
      .def_property_readonly(
          "provider", reader(&cm::contract::provider),
          docstring("Contract.provider"))
      .def_property_readonly("start", reader(&cm::contract::start),
                             docstring("Contract.start"))
      .def_property_readonly("term", reader(&cm::contract::term),
                             docstring("Contract.term"))
      .def_property_readonly("price", reader(&cm::contract::price),
                             docstring("Contract.price"))
      .def_property_readonly(
          "indexation", reader(&cm::contract::indexation),
          docstring("Contract.indexation"))
      .def_property_readonly(
          "options",
          [](const py_contract& c) {
            const auto options = locked(c, [](const auto& x) { return x.options(); });
            py::list result;
            for (const cm::extension_option& o : options)
              result.append(types_attr("ExtensionOption")(o.months, py::cast(o.status)));
            return typed_object<options_type>{result};
          },
          docstring("Contract.options"))
      .def_property_readonly(
          "modifications",
          [](const py_contract& c) {
            const auto changes = locked(c, [](const auto& x) { return x.modifications(); });
            py::list result;
            for (const cm::modification& change : changes) result.append(modification_object(change));
            return typed_object<modifications_type>{result};
          },
          docstring("Contract.modifications"))

      // ------------------------------------------------------------ changing it
      .def(
          "exercise",
          [](py_contract& c, typed_object<int_type> option, std::optional<cm::date> decided_on) {
            const contract_lock lock(c);
            c.record({contract_event::kind::exercise, option_number(c, option.value), decided_on, std::nullopt});
          },
          py::arg("option"), py::arg("decided_on") = py::none(), docstring("Contract.exercise"))
      .def(
          "decline",
          [](py_contract& c, typed_object<int_type> option) {
            const contract_lock lock(c);
            c.record({contract_event::kind::decline, option_number(c, option.value), std::nullopt, std::nullopt});
          },
          py::arg("option"), docstring("Contract.decline"))
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
          docstring("Contract.modify"))
      .def(
          "month_at",
          [](const py_contract& c, cm::date d) { return locked(c, [&](const auto& x) { return x.month_at(d); }); },
          py::arg("day"), docstring("Contract.month_at"))

      // ------------------------------------------------------------ dates
      .def_property_readonly(
          "base_end", reader(&cm::contract::base_end),
          docstring("Contract.base_end"))
      .def_property_readonly(
          "current_end", reader(&cm::contract::current_end),
          docstring("Contract.current_end"))
      .def_property_readonly(
          "maximum_end", reader(&cm::contract::maximum_end),
          docstring("Contract.maximum_end"))
      .def(
          "end",
          [](const py_contract& c, cm::contract_scope scope) {
            return locked(c, [&](const auto& x) { return x.end(scope); });
          },
          py::arg("scope") = "current",
          docstring("Contract.end")
              .c_str())
      .def(
          "state_on",
          [](const py_contract& c, cm::date d) {
            const auto state = locked(c, [&](const auto& x) { return x.state_on(d); });
            return typed_object<state_type>{state_object(state)};
          },
          py::arg("day"), docstring("Contract.state_on"))

      // ------------------------------------------------------------ values
      .def_property_readonly(
          "annual_value", reader(&cm::contract::annual_value),
          docstring("Contract.annual_value"))
      .def_property_readonly(
          "base_value", reader(&cm::contract::base_value),
          docstring("Contract.base_value"))
      .def_property_readonly(
          "maximum_value", reader(&cm::contract::maximum_value),
          docstring("Contract.maximum_value"))
      .def_property_readonly(
          "current_value", reader(&cm::contract::current_value),
          docstring("Contract.current_value"))
      .def(
          "value",
          [](const py_contract& c, cm::contract_scope scope) {
            return locked(c, [&](const auto& x) { return x.value(scope); });
          },
          py::arg("scope") = "current",
          docstring("Contract.value")
              .c_str())
      .def(
          "annual_value_on",
          [](const py_contract& c, cm::date d) {
            return locked(c, [&](const auto& x) { return x.annual_value_on(d); });
          },
          py::arg("day"), docstring("Contract.annual_value_on"))
      .def(
          "modification_values",
          [](const py_contract& c) {
            const auto values = locked(c, [](const auto& x) { return x.modification_values(); });
            py::list result;
            for (const cm::modification_value& v : values)
              result.append(types_attr("ModificationValue")(v.value, v.share, v.cumulative, v.cumulative_share));
            return typed_object<modification_values_type>{result};
          },
          docstring("Contract.modification_values"))
      .def(
          "spend_between",
          [](const py_contract& c, cm::date first, cm::date last, cm::apportion_rule rule) {
            return locked(c, [&](const auto& x) { return x.spend_between(first, last, rule); });
          },
          py::arg("first"), py::arg("last"),
          py::arg_v("rule", cm::apportion_rule::monthly, "ApportionRule.MONTHLY"), docstring("Contract.spend_between"))
      .def(
          "spend_to",
          [](const py_contract& c, cm::date d, cm::apportion_rule rule) {
            return locked(c, [&](const auto& x) { return x.spend_to(d, rule); });
          },
          py::arg("day"),
          py::arg_v("rule", cm::apportion_rule::monthly, "ApportionRule.MONTHLY"), docstring("Contract.spend_to"))

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
          docstring("Contract.contract_years")
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
          docstring("Contract.profile")
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
           docstring("Contract.__copy__"))
      .def(
          "__deepcopy__",
          [](const py_contract& c, py::handle /*memo*/) { return locked(c, [](const py_contract& x) { return x; }); },
          py::arg("memo"), docstring("Contract.__deepcopy__"));
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
      py::arg("contract"), py::kw_only(), py::arg("lots") = false, py::arg("unit") = py::none(), docstring("funding_sentence"));
  m.def(
      "report_figure", [](money_like amount) { return cm::report_figure(amount.value); }, py::arg("amount"), docstring("report_figure"));
}

}  // namespace cmpy
