// SPDX-License-Identifier: MIT
// Green Book optimism bias: the supplementary guidance table, combined projects, mitigation,
// and OptimismBiasAdjustment, the assumption an appraisal states for an option.
//
// The enums (ProjectType, OptimismBiasMeasure, OptimismBiasBound) and OptimismBiasShare live in
// Python, in commissioning._types; the enums are text enums, so `ProjectType.OUTSOURCING ==
// "outsourcing"`. Where one is taken, any str is read by the header's parser, so an unknown
// name is the library's commissioning.optimism_bias.001 (InvalidInputError, a ValueError).
//
// Where the header leaves a question open, the binding answers it:
//  - shares of a combined project are a mapping {type: share} or pairs (type, share), each share
//    anything Rate() takes; anything else is a TypeError;
//  - an adjustment is an immutable value: it compares, hashes and pickles by its fields.
#include "common.hpp"

#include <commissioning/appraisal/optimism_bias.hpp>

#include <string>
#include <utility>
#include <vector>

namespace cmpy {

CMPY_FIELDS(cm::optimism_bias_share, &T::type, &T::share);

namespace {

using shares_arg = iterable_object<
    "collections.abc.Mapping[ProjectType | str, Rate | str | int | float | decimal.Decimal | fractions.Fraction] | "
    "collections.abc.Iterable[tuple[ProjectType | str, Rate | str | int | float | decimal.Decimal | "
    "fractions.Fraction]]">;

/// {type: share} or [(type, share), ...]: a type a str (or text enum member), a share anything
/// Rate() takes; TypeError for anything else.
std::vector<cm::optimism_bias_share> shares_from(py::handle shares) {
  std::vector<cm::optimism_bias_share> result;
  const bool mapping = py::hasattr(shares, "items") && !py::isinstance<py::sequence>(shares);
  for (py::handle item : py::iter(mapping ? shares.attr("items")() : py::reinterpret_borrow<py::object>(shares))) {
    const std::string where = mapping ? std::string("shares") : "share " + std::to_string(result.size());
    if (is_str(item) || !py::isinstance<py::sequence>(item) || py::len(item) != 2)
      throw py::type_error(where + " must be a pair (project type, share), got " + repr_of(item));
    const auto pair = py::reinterpret_borrow<py::sequence>(item);
    if (!is_str(pair[0]))
      throw py::type_error(where + ": a project type must be a ProjectType or its name, got " + repr_of(pair[0]));
    const auto type = cm::read_name<cm::project_type>(pair[0].cast<std::string>());
    const auto share = try_rate(pair[1]);
    if (!share) throw py::type_error(where + ": a share must be a Rate, a number or text such as '30%', got " + repr_of(pair[1]));
    result.push_back({type, *share});
  }
  return result;
}

// ---------------------------------------------------------------- OptimismBiasAdjustment state

py::tuple adjustment_state(const cm::optimism_bias_adjustment& a) {
  py::list shares;
  for (const cm::optimism_bias_share& part : a.shares())
    shares.append(py::make_tuple(std::string(cm::to_string(part.type)), part.share));
  const auto bound = a.bound() ? std::optional<std::string>(cm::to_string(*a.bound())) : std::nullopt;
  return py::make_tuple(std::string(cm::to_string(a.measure())), py::tuple(shares), bound, a.mitigation(), a.uplift(),
                        a.source());
}

cm::optimism_bias_adjustment adjustment_from_state(const py::tuple& state) {
  if (state.size() != 6) throw std::runtime_error("invalid OptimismBiasAdjustment state");
  const cm::optimism_bias_measure measure = cm::read_name<cm::optimism_bias_measure>(state[0].cast<std::string>());
  if (state[2].is_none())
    return cm::optimism_bias_adjustment(measure, state[4].cast<cm::rate>(), state[5].cast<std::string>());
  return cm::optimism_bias_adjustment(shares_from(state[1]), measure,
                                      cm::read_name<cm::optimism_bias_bound>(state[2].cast<std::string>()),
                                      state[3].cast<cm::rate>());
}

}  // namespace

void bind_optimism_bias(py::module_& m) {
  def_text_enum<cm::project_type>(m, R"doc(
A project type of the Green Book optimism bias table; each member is its snake_case
name (``"non_standard_buildings"``) and ``label`` its name in the table.

Wherever a project type is taken, the name is read in any case, with spaces, hyphens or
underscores (``"Non-standard buildings"``, ``"non_standard_buildings"``), and
``"equipment and development"`` for equipment/development.

Members
-------
NON_STANDARD_BUILDINGS
    Buildings that are innovative or unusual.
STANDARD_BUILDINGS
    Buildings of a type built many times.
NON_STANDARD_CIVIL_ENGINEERING
    Civil engineering that is innovative or unusual.
STANDARD_CIVIL_ENGINEERING
    Civil engineering of a usual kind.
EQUIPMENT_DEVELOPMENT
    Equipment and development projects (IT among them).
OUTSOURCING
    Services let to a provider: the table gives operating cost only.
)doc");
  def_text_enum<cm::optimism_bias_measure>(m, R"doc(
What an optimism bias uplift is a percentage of; each member is its snake_case name
(``"capital_cost"``).

``"capex"``, ``"opex"``, ``"duration"``, ``"capital expenditure"`` and ``"operating
expenditure"`` are read too.
)doc");
  def_text_enum<cm::optimism_bias_bound>(m, R"doc(
Which of the table's values: the upper bound (at the outset) or the lower (risks managed).
)doc");

  const cm::rounding default_rounding = cm::default_rounding;

  m.def("optimism_bias", &cm::optimism_bias, py::arg("type"), py::arg("measure"), py::arg("bound") = "upper", R"doc(
The Green Book supplementary guidance's optimism bias for a project type: a percentage uplift.

HM Treasury, "Green Book supplementary guidance: optimism bias", Table 1 (from Mott MacDonald's
2002 review). The values are indicative starting values: the upper bound at the outset, the
lower once the contributory factors are managed. For outsourcing the table gives operating
cost only; the other types have works duration and capital cost.

Parameters
----------
type : ProjectType or str
    ``"non-standard buildings"``, ``"standard buildings"``, ``"non-standard civil
    engineering"``, ``"standard civil engineering"``, ``"equipment/development"`` or
    ``"outsourcing"`` (InvalidInputError, commissioning.optimism_bias.001, otherwise).
measure : OptimismBiasMeasure or str
    ``"works duration"``, ``"capital cost"`` or ``"operating cost"``.
bound : OptimismBiasBound or str, default "upper"

Returns
-------
Rate

Raises
------
DomainError
    The table gives no value for the cell (commissioning.optimism_bias.002): outsourcing's
    works duration or capital cost, another type's operating cost. Never taken as zero.

Examples
--------
>>> optimism_bias("non-standard buildings", "capital cost")
Rate('0.51')
>>> optimism_bias(ProjectType.OUTSOURCING, "opex", "lower")
Rate('0')
)doc");

  m.def(
      "blend_optimism_bias",
      [](const shares_arg& shares, cm::optimism_bias_measure measure, cm::optimism_bias_bound bound) {
        return cm::blend_optimism_bias(shares_from(shares.value), measure, bound);
      },
      py::arg("shares"), py::arg("measure"), py::arg("bound") = "upper", R"doc(
The optimism bias of a project that combines types: each type's bound weighted by its share.

Parameters
----------
shares : mapping of ProjectType or str to Rate-like, or iterable of (type, share) pairs
    Each type's share of the capital cost (or of the duration). Shares are not negative
    (commissioning.optimism_bias.003) and sum to exactly 100% (.004).
measure : OptimismBiasMeasure or str
bound : OptimismBiasBound or str, default "upper"

Returns
-------
Rate

Examples
--------
The guidance's example: 30% non-standard and 70% standard buildings.

>>> mix = {"non-standard buildings": "30%", "standard buildings": "70%"}
>>> blend_optimism_bias(mix, "capital cost"), blend_optimism_bias(mix, "works duration")
(Rate('0.321'), Rate('0.145'))
)doc");

  m.def(
      "mitigate_optimism_bias",
      [](rate_like upper_bound, rate_like reduction) { return cm::mitigate_optimism_bias(upper_bound.value, reduction.value); },
      py::arg("upper_bound"), py::arg("reduction"), R"doc(
The optimism bias once contributory factors are managed: (1 - reduction) x upper bound.

Parameters
----------
upper_bound : Rate, str, int, float, decimal.Decimal or fractions.Fraction
    Not negative (commissioning.optimism_bias.006).
reduction : Rate, str, int, float, decimal.Decimal or fractions.Fraction
    The share of the contributory factors mitigated, 0% to 100% (commissioning.optimism_bias.005).

Returns
-------
Rate

Examples
--------
The guidance's example: 92% of the factors mitigated leaves 8% of 51%, "about 4%".

>>> mitigate_optimism_bias("51%", "92%")
Rate('0.0408')
)doc");

  m.def(
      "apply_optimism_bias",
      [](money_like amount, rate_like uplift, cm::rounding mode) { return cm::apply_optimism_bias(amount.value, uplift.value, mode); },
      py::arg("amount"), py::arg("uplift"), py::arg_v("rounding", default_rounding, "Rounding.HALF_AWAY_FROM_ZERO"),
      R"doc(
An amount uplifted by an optimism bias: amount x (1 + uplift), rounded once to the penny.

Parameters
----------
amount : Money, str, int, float or decimal.Decimal
uplift : Rate, str, int, float, decimal.Decimal or fractions.Fraction
rounding : Rounding or str, default Rounding.HALF_AWAY_FROM_ZERO

Returns
-------
Money

Examples
--------
>>> apply_optimism_bias("£100,000,000", "4%")
Money('£104,000,000.00')
)doc");

  // ---------------------------------------------------------------- OptimismBiasAdjustment
  py::class_<cm::optimism_bias_adjustment> adjustment_class(m, "OptimismBiasAdjustment", py::is_final(), R"doc(
The optimism bias an appraisal assumes for one measure of an option, with the words a report
states it in.

Made from the Green Book table (a project type, a bound and any mitigation), from a mix of
types (``blend``), or from the organisation's own evidence (``from_evidence``), which the
Green Book prefers where it exists (2022, paragraph 2.16). ``str()`` gives the description.

Parameters
----------
type : ProjectType or str
measure : OptimismBiasMeasure or str
bound : OptimismBiasBound or str, default "upper"
mitigation : Rate-like, default 0
    The share of contributory factors mitigated (0% to 100%): the uplift is
    (1 - mitigation) x the table's value. Only the upper bound is reduced
    (DomainError, commissioning.optimism_bias.007, for the lower).

Raises
------
DomainError
    The table gives no value for the type and measure (commissioning.optimism_bias.002).

Examples
--------
>>> ob = OptimismBiasAdjustment("outsourcing", "operating cost", mitigation="50%")
>>> ob.uplift, ob.apply("£325,500")
(Rate('0.205'), Money('£392,227.50'))
>>> print(ob)
Outsourcing upper bound 41% of operating cost, reduced 50% for mitigated contributory factors: 20.5%
)doc");
  set_public_module(adjustment_class);
  adjustment_class
      .def(py::init([](cm::project_type type, cm::optimism_bias_measure measure, cm::optimism_bias_bound bound, rate_like mitigation) {
             return cm::optimism_bias_adjustment(type, measure, bound, mitigation.value);
           }),
           py::arg("type"), py::arg("measure"), py::arg("bound") = "upper", py::kw_only(),
           py::arg_v("mitigation", rate_like{cm::rate()}, "0"), "Make an adjustment from the Green Book table.")
      .def_static(
          "blend",
          [](const shares_arg& shares, cm::optimism_bias_measure measure, cm::optimism_bias_bound bound, rate_like mitigation) {
            return cm::optimism_bias_adjustment(shares_from(shares.value), measure, bound, mitigation.value);
          },
          py::arg("shares"), py::arg("measure"), py::arg("bound") = "upper", py::kw_only(),
          py::arg_v("mitigation", rate_like{cm::rate()}, "0"), R"doc(
An adjustment for a combined project: the table's values weighted by each type's share.

Parameters
----------
shares : mapping of ProjectType or str to Rate-like, or iterable of (type, share) pairs
    As ``blend_optimism_bias`` takes them (summing to exactly 100%).
measure : OptimismBiasMeasure or str
bound : OptimismBiasBound or str, default "upper"
mitigation : Rate-like, default 0

Returns
-------
OptimismBiasAdjustment

Examples
--------
>>> mix = OptimismBiasAdjustment.blend({"non-standard buildings": "30%", "standard buildings": "70%"}, "capex")
>>> str(mix)
'Blend of 30% non-standard buildings (51%) and 70% standard buildings (24%), upper bound: 32.1% of capital cost'
)doc")
      .def_static(
          "from_evidence",
          [](cm::optimism_bias_measure measure, rate_like uplift, std::string source) {
            return cm::optimism_bias_adjustment(measure, uplift.value, std::move(source));
          },
          py::arg("measure"), py::arg("uplift"), py::arg("source"), R"doc(
An adjustment from the organisation's own evidence, which the Green Book puts first.

Parameters
----------
measure : OptimismBiasMeasure or str
uplift : Rate, str, int, float, decimal.Decimal or fractions.Fraction
    Not negative (commissioning.optimism_bias.006).
source : str
    Where the figure comes from; required (commissioning.optimism_bias.008).

Returns
-------
OptimismBiasAdjustment

Examples
--------
>>> str(OptimismBiasAdjustment.from_evidence("capex", "12%", "capital programme outturn 2015-2022"))
'Own evidence (capital programme outturn 2015-2022): 12% of capital cost'
)doc")
      .def(
          "apply",
          [](const cm::optimism_bias_adjustment& a, money_like amount, cm::rounding mode) {
            return a.apply(amount.value, mode);
          },
          py::arg("amount"), py::arg_v("rounding", default_rounding, "Rounding.HALF_AWAY_FROM_ZERO"), R"doc(
An amount uplifted: amount x (1 + uplift), rounded once to the penny.

Parameters
----------
amount : Money, str, int, float or decimal.Decimal
rounding : Rounding or str, default Rounding.HALF_AWAY_FROM_ZERO

Returns
-------
Money
)doc")
      .def("describe", &cm::optimism_bias_adjustment::describe, R"doc(
The assumption as a report states it.

Returns
-------
str
    E.g. "Outsourcing upper bound 41% of operating cost, reduced 50% for mitigated
    contributory factors: 20.5%".
)doc")
      .def("__str__", &cm::optimism_bias_adjustment::describe)
      .def("__repr__", [](const cm::optimism_bias_adjustment& a) { return "<OptimismBiasAdjustment: " + a.describe() + ">"; });
  using adjustment = cm::optimism_bias_adjustment;
  def_properties(
      adjustment_class, property{"measure", &adjustment::measure, "What the uplift is a percentage of: an OptimismBiasMeasure."},
      property{"uplift", &adjustment::uplift, "The uplift assumed, after any mitigation: a Rate."},
      property{"starting_value", &adjustment::starting_value,
               "The value before mitigation (the table's or the blend's; the evidence's own): a Rate."},
      property{"mitigation", &adjustment::mitigation, "The reduction for mitigated contributory factors: a Rate (0 for none)."},
      property{"bound", &adjustment::bound, "The table's bound used: an OptimismBiasBound, or None for own evidence."},
      property{"shares", [](const adjustment& a) { return named_tuples<"OptimismBiasShare">(a.shares()); },
               "The project types and their shares: a list of OptimismBiasShare (empty for own evidence)."},
      property{"own_evidence", &adjustment::from_evidence,
               "True when made from the organisation's own evidence rather than the table."},
      property{"source", &adjustment::source, "Where the figure comes from: the table's citation, or the evidence's source."});
  def_state_hash(adjustment_class, &adjustment_state);
  def_value_semantics(adjustment_class, &adjustment_state, &adjustment_from_state);
}

}  // namespace cmpy
