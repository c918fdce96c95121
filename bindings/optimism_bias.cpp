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

CMPY_FIELDS(cm::optimism_bias_share, type, share);

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

void bind_optimism_bias(public_module& m) {
  def_text_enums<cm::project_type, cm::optimism_bias_measure, cm::optimism_bias_bound>(m);

  const cm::rounding default_rounding = cm::default_rounding;

  m.def("optimism_bias", &cm::optimism_bias, "type"_a, "measure"_a, "bound"_a = "upper");

  m.def(
      "blend_optimism_bias",
      [](const shares_arg& shares, cm::optimism_bias_measure measure, cm::optimism_bias_bound bound) {
        return cm::blend_optimism_bias(shares_from(shares.value), measure, bound);
      },
      "shares"_a, "measure"_a, "bound"_a = "upper");

  m.def("mitigate_optimism_bias", as_python<&cm::mitigate_optimism_bias>, "upper_bound"_a, "reduction"_a);
  m.def("apply_optimism_bias", as_python<&cm::apply_optimism_bias>, "amount"_a, "uplift"_a, rounding_arg());

  // ---------------------------------------------------------------- OptimismBiasAdjustment
  public_class<cm::optimism_bias_adjustment> adjustment_class(m, "OptimismBiasAdjustment");
  adjustment_class
      .def(py::init([](cm::project_type type, cm::optimism_bias_measure measure, cm::optimism_bias_bound bound,
                       rate_like mitigation) {
             return cm::optimism_bias_adjustment(type, measure, bound, mitigation.value);
           }),
           "type"_a, "measure"_a, "bound"_a = "upper", py::kw_only(),
           py::arg_v("mitigation", rate_like{cm::rate()}, "0"))
      .def_static(
          "blend",
          [](const shares_arg& shares, cm::optimism_bias_measure measure, cm::optimism_bias_bound bound,
             rate_like mitigation) {
            return cm::optimism_bias_adjustment(shares_from(shares.value), measure, bound, mitigation.value);
          },
          "shares"_a, "measure"_a, "bound"_a = "upper", py::kw_only(),
          py::arg_v("mitigation", rate_like{cm::rate()}, "0"))
      .def_static(
          "from_evidence",
          [](cm::optimism_bias_measure measure, rate_like uplift, std::string source) {
            return cm::optimism_bias_adjustment(measure, uplift.value, std::move(source));
          },
          "measure"_a, "uplift"_a, "source"_a)
      .def("apply", as_python<&cm::optimism_bias_adjustment::apply>, "amount"_a, rounding_arg())
      .def("describe", &cm::optimism_bias_adjustment::describe)
      .def("__str__", &cm::optimism_bias_adjustment::describe)
      .def("__repr__",
           [](const cm::optimism_bias_adjustment& a) { return "<OptimismBiasAdjustment: " + a.describe() + ">"; });
  using adjustment = cm::optimism_bias_adjustment;
  def_properties(adjustment_class,
                 CMPY_PROPERTIES(adjustment, measure, uplift, starting_value, mitigation, bound, source),
                 property{"shares", [](const adjustment& a) { return named_tuples<"OptimismBiasShare">(a.shares()); }},
                 property{"own_evidence", &adjustment::from_evidence});
  def_immutable_value(adjustment_class, &adjustment_state, &adjustment_from_state);
}

}  // namespace cmpy
