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

namespace {


struct shares_arg_type {
  static constexpr auto name = py::detail::const_name(
      "collections.abc.Mapping[ProjectType | str, Rate | str | int | float | decimal.Decimal | fractions.Fraction] | "
      "collections.abc.Iterable[tuple[ProjectType | str, Rate | str | int | float | decimal.Decimal | "
      "fractions.Fraction]]");
  static bool accepts(py::handle h) { return !is_str(h) && py::isinstance<py::iterable>(h); }
};
struct shares_type {
  static constexpr auto name = py::detail::const_name("list[OptimismBiasShare]");
  static bool accepts(py::handle) { return true; }
};
struct measure_type {
  static constexpr auto name = py::detail::const_name("OptimismBiasMeasure");
  static bool accepts(py::handle) { return true; }
};
struct bound_or_none_type {
  static constexpr auto name = py::detail::const_name("OptimismBiasBound | None");
  static bool accepts(py::handle) { return true; }
};

/// A project type from a str (or text enum member); TypeError for anything else.
cm::project_type type_from(py::handle value, const std::string& where) {
  if (!is_str(value))
    throw py::type_error(where + ": a project type must be a ProjectType or its name, got " + repr_of(value));
  return cm::read_name<cm::project_type>(value.cast<std::string>());
}

cm::rate share_from(py::handle value, const std::string& where) {
  const auto r = try_rate(value);
  if (!r) throw py::type_error(where + ": a share must be a Rate, a number or text such as '30%', got " + repr_of(value));
  return *r;
}

/// {type: share} or [(type, share), ...].
std::vector<cm::optimism_bias_share> shares_from(py::handle shares) {
  std::vector<cm::optimism_bias_share> result;
  if (py::hasattr(shares, "items") && !py::isinstance<py::sequence>(shares)) {
    for (py::handle item : py::iter(shares.attr("items")())) {
      const auto pair = py::reinterpret_borrow<py::tuple>(item);
      result.push_back({type_from(pair[0], "shares"), share_from(pair[1], "shares")});
    }
    return result;
  }
  for (py::handle item : py::iter(shares)) {
    const std::string where = std::string("share ").append(std::to_string(result.size()));
    if (is_str(item) || !py::isinstance<py::sequence>(item) || py::len(item) != 2)
      throw py::type_error(where + " must be a pair (project type, share), got " + repr_of(item));
    const auto pair = py::reinterpret_borrow<py::sequence>(item);
    result.push_back({type_from(pair[0], where), share_from(pair[1], where)});
  }
  return result;
}

py::list shares_list(const std::vector<cm::optimism_bias_share>& shares) {
  py::list result;
  for (const cm::optimism_bias_share& part : shares)
    result.append(types_attr("OptimismBiasShare")(py::cast(part.type), part.share));
  return result;
}

// ---------------------------------------------------------------- OptimismBiasAdjustment state

py::tuple adjustment_state(const cm::optimism_bias_adjustment& a) {
  py::list shares;
  for (const cm::optimism_bias_share& part : a.shares())
    shares.append(py::make_tuple(std::string(cm::to_string(part.type)), part.share));
  py::object bound = a.bound() ? py::object(py::str(std::string(cm::to_string(*a.bound())))) : py::object(py::none());
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
  def_text_enum<cm::project_type>(m, docstring("ProjectType"));
  def_text_enum<cm::optimism_bias_measure>(m, docstring("OptimismBiasMeasure"));
  def_text_enum<cm::optimism_bias_bound>(m, docstring("OptimismBiasBound"));

  const cm::rounding default_rounding = cm::default_rounding;

  m.def(
      "optimism_bias",
      [](cm::project_type type, cm::optimism_bias_measure measure, cm::optimism_bias_bound bound) {
        return cm::optimism_bias(type, measure, bound);
      },
      py::arg("type"), py::arg("measure"), py::arg("bound") = "upper", docstring("optimism_bias"));

  m.def(
      "blend_optimism_bias",
      [](const typed_object<shares_arg_type>& shares, cm::optimism_bias_measure measure, cm::optimism_bias_bound bound) {
        return cm::blend_optimism_bias(shares_from(shares.value), measure, bound);
      },
      py::arg("shares"), py::arg("measure"), py::arg("bound") = "upper", docstring("blend_optimism_bias"));

  m.def(
      "mitigate_optimism_bias",
      [](rate_like upper_bound, rate_like reduction) {
        return cm::mitigate_optimism_bias(upper_bound.value, reduction.value);
      },
      py::arg("upper_bound"), py::arg("reduction"), docstring("mitigate_optimism_bias"));

  m.def(
      "apply_optimism_bias",
      [](money_like amount, rate_like uplift, cm::rounding mode) {
        return cm::apply_optimism_bias(amount.value, uplift.value, mode);
      },
      py::arg("amount"), py::arg("uplift"), py::arg_v("rounding", default_rounding, "Rounding.HALF_AWAY_FROM_ZERO"),
      docstring("apply_optimism_bias"));

  // ---------------------------------------------------------------- OptimismBiasAdjustment
  py::class_<cm::optimism_bias_adjustment> adjustment_class(m, "OptimismBiasAdjustment", py::is_final(), docstring("OptimismBiasAdjustment"));
  set_public_module(adjustment_class);
  adjustment_class
      .def(py::init([](cm::project_type type, cm::optimism_bias_measure measure, cm::optimism_bias_bound bound, rate_like mitigation) {
             return cm::optimism_bias_adjustment(type, measure, bound, mitigation.value);
           }),
           py::arg("type"), py::arg("measure"), py::arg("bound") = "upper", py::kw_only(),
           py::arg_v("mitigation", rate_like{cm::rate()}, "0"), docstring("OptimismBiasAdjustment.__init__"))
      .def_static(
          "blend",
          [](const typed_object<shares_arg_type>& shares, cm::optimism_bias_measure measure, cm::optimism_bias_bound bound, rate_like mitigation) {
            return cm::optimism_bias_adjustment(shares_from(shares.value), measure, bound,
                                                mitigation.value);
          },
          py::arg("shares"), py::arg("measure"), py::arg("bound") = "upper", py::kw_only(),
          py::arg_v("mitigation", rate_like{cm::rate()}, "0"), docstring("OptimismBiasAdjustment.blend"))
      .def_static(
          "from_evidence",
          [](cm::optimism_bias_measure measure, rate_like uplift, std::string source) {
            return cm::optimism_bias_adjustment(measure, uplift.value, std::move(source));
          },
          py::arg("measure"), py::arg("uplift"), py::arg("source"), docstring("OptimismBiasAdjustment.from_evidence"))
      .def_property_readonly(
          "measure",
          [](const cm::optimism_bias_adjustment& a) { return typed_object<measure_type>{py::cast(a.measure())}; },
          docstring("OptimismBiasAdjustment.measure"))
      .def_property_readonly(
          "uplift", [](const cm::optimism_bias_adjustment& a) { return a.uplift(); },
          docstring("OptimismBiasAdjustment.uplift"))
      .def_property_readonly(
          "starting_value", [](const cm::optimism_bias_adjustment& a) { return a.starting_value(); },
          docstring("OptimismBiasAdjustment.starting_value"))
      .def_property_readonly(
          "mitigation", [](const cm::optimism_bias_adjustment& a) { return a.mitigation(); },
          docstring("OptimismBiasAdjustment.mitigation"))
      .def_property_readonly(
          "bound",
          [](const cm::optimism_bias_adjustment& a) {
            return typed_object<bound_or_none_type>{a.bound() ? py::cast(*a.bound()) : py::object(py::none())};
          },
          docstring("OptimismBiasAdjustment.bound"))
      .def_property_readonly(
          "shares", [](const cm::optimism_bias_adjustment& a) { return typed_object<shares_type>{shares_list(a.shares())}; },
          docstring("OptimismBiasAdjustment.shares"))
      .def_property_readonly(
          "own_evidence", [](const cm::optimism_bias_adjustment& a) { return a.from_evidence(); },
          docstring("OptimismBiasAdjustment.own_evidence"))
      .def_property_readonly(
          "source", [](const cm::optimism_bias_adjustment& a) { return a.source(); },
          docstring("OptimismBiasAdjustment.source"))
      .def(
          "apply",
          [](const cm::optimism_bias_adjustment& a, money_like amount, cm::rounding mode) {
            return a.apply(amount.value, mode);
          },
          py::arg("amount"), py::arg_v("rounding", default_rounding, "Rounding.HALF_AWAY_FROM_ZERO"), docstring("OptimismBiasAdjustment.apply"))
      .def(
          "describe", [](const cm::optimism_bias_adjustment& a) { return a.describe(); }, docstring("OptimismBiasAdjustment.describe"))
      .def("__str__", [](const cm::optimism_bias_adjustment& a) { return a.describe(); })
      .def("__repr__",
           [](const cm::optimism_bias_adjustment& a) { return std::string("<OptimismBiasAdjustment: ").append(a.describe()).append(">"); })
      .def("__hash__", [](const cm::optimism_bias_adjustment& a) { return py::hash(adjustment_state(a)); });
  def_value_semantics(adjustment_class, &adjustment_state, &adjustment_from_state);
}

}  // namespace cmpy
