// SPDX-License-Identifier: MIT
// Risk and simulation: Distribution, UncertainInput, Risk, RiskRegister, apply_risks, simulate
// and the results (SimulationResult, OptionSimulation, SimulationStatistic).
//
// Where the headers leave a question open, the binding answers it:
//  - an UncertainInput pickles the AppraisalInput it moves as that one's pickle state
//    (`appraisal_input_state`, appraisal.cpp): (target, option, line, category);
//  - every statistic is a Money (`money_of_pence`); samples, histogram edges and S-curves are
//    NumPy float64 arrays in pounds (pence ÷ 100, so a copy); `over_envelope` is a tuple of
//    EnvelopeExceedance records; `to_pandas()` is pure Python (commissioning._simulation);
//  - every class pickles and compares by value, the results field by field (`fields` below), so
//    parts of a simulation run elsewhere merge into exactly the local result;
//  - simulate() releases the GIL while it runs.
#include "common.hpp"

#include <commissioning/appraisal/appraisal.hpp>
#include <commissioning/budget/envelope.hpp>
#include <commissioning/report/report_tables.hpp>
#include <commissioning/risk/correlation.hpp>
#include <commissioning/risk/distribution.hpp>
#include <commissioning/risk/risk.hpp>
#include <commissioning/risk/simulation.hpp>

#include <pybind11/eigen.h>
#include <pybind11/numpy.h>

#include <cmath>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace cmpy {

CMPY_FIELDS(cm::simulation_statistic, mean, sd, standard_error, min, p10, p50, p80, p90, max, quantile_error);
CMPY_FIELDS(cm::simulation_histogram, edges, counts, below, above);
CMPY_FIELDS(cm::envelope_exceedance, year, probability);
CMPY_FIELDS(cm::option_simulation, name, viable, present_value_costs, net_present_social_value, probability_cheapest,
            probability_preferred, over_envelope, present_value_costs_histogram, net_present_social_value_histogram,
            present_value_costs_samples, net_present_social_value_samples);
CMPY_FIELDS(cm::simulation_moments, n, mean, m2, min, max);
CMPY_FIELDS(cm::simulation_partial, iterations, seed, streamed, histogram_bins, first_block, last_block, inputs, risks,
            options, viable, years, moments, cheapest, preferred, over, ranges, bins, present_value_costs_samples,
            net_present_social_value_samples);
CMPY_FIELDS(cm::simulation_result, iterations, seed, streamed, inputs, risks, options);

namespace {

cm::uncertain_input uncertain_input_from_state(const py::tuple& state) {
  if (state.size() != 3) throw std::runtime_error("invalid UncertainInput state");
  const auto values = state[1].cast<cm::distribution>();
  if (state[0].is_none()) return cm::uncertain_input::delay(state[2].cast<std::string>(), values);
  return {appraisal_input_from_state(state[0].cast<py::tuple>()), values};
}

cm::distribution distribution_from_state(const py::tuple& state) {
  if (state.size() != 3) throw std::runtime_error("invalid Distribution state");
  const auto family = cm::find_name<cm::distribution::family>(state[0].cast<std::string>());
  return cm::distribution::from_parameters(family.value_or(cm::distribution::family::fixed),
                                           state[1].cast<std::vector<double>>(), state[2].cast<std::vector<double>>());
}

py::tuple risk_state(const cm::risk& r) {
  py::list impact;
  for (const cm::financial_year_amount& entry : r.impact()) impact.append(py::make_tuple(entry.year, entry.amount));
  return py::make_tuple(r.id(), r.description(), r.owner(), r.options(), r.probability(), impact, r.delay_months());
}

/// {year: amount} or [(year, amount)] as amounts by year, the years read by common.hpp's rule.
std::vector<cm::financial_year_amount> impact_of(py::handle impact) {
  std::vector<cm::financial_year_amount> result;
  for (const auto& [year, amount] : year_values(impact, std::nullopt, "impact", money_arg))
    result.push_back({year, amount});
  return result;
}

cm::risk risk_from_state(const py::tuple& state) {
  if (state.size() != 7) throw std::runtime_error("invalid Risk state");
  return cm::risk::from_parts(state[0].cast<std::string>(), state[1].cast<std::string>(), state[2].cast<std::string>(),
                              state[3].cast<std::vector<std::string>>(), state[4].cast<double>(), impact_of(state[5]),
                              state[6].cast<int>());
}

/// Pence (a double) to pounds: a new read-only NumPy float64 array of value ÷ 100.
py::array_t<double> pounds_array(const std::vector<double>& pence) {
  py::array_t<double> array(static_cast<py::ssize_t>(pence.size()));
  double* out = array.mutable_data();
  for (std::size_t i = 0; i < pence.size(); ++i) out[i] = pence[i] / 100;
  py::detail::array_proxy(array.ptr())->flags &= ~py::detail::npy_api::NPY_ARRAY_WRITEABLE_;
  return array;
}

py::tuple histogram_of(const cm::simulation_histogram& h) {
  py::array_t<std::int64_t> counts(static_cast<py::ssize_t>(h.counts.size()), h.counts.data());
  return py::make_tuple(counts, pounds_array(h.edges));
}

py::tuple s_curve_of(const cm::simulation_histogram& h) {
  std::vector<double> edges, shares;
  for (const auto& [edge, share] : h.s_curve()) {
    edges.push_back(edge);
    shares.push_back(share);
  }
  return py::make_tuple(pounds_array(edges), py::array_t<double>(static_cast<py::ssize_t>(shares.size()), shares.data()));
}

std::optional<cm::correlation> correlation_of(std::optional<Eigen::MatrixXd> matrix) {
  if (!matrix) return std::nullopt;
  return cm::correlation(std::move(*matrix));
}

/// A function of the appraisal, `Leading` arguments and simulate's keyword arguments that calls
/// `run(appraisal, inputs, risks, settings, leading...)` without the GIL.
template <class... Leading, class Run>
auto simulation_function(Run run) {
  return [run](const cm::appraisal& appraisal, Leading... leading, const std::vector<cm::uncertain_input>& inputs,
               std::optional<cm::risk_register> risks, std::int64_t iterations, std::uint64_t seed, int threads,
               std::optional<Eigen::MatrixXd> correlation, bool keep_samples, int histogram_bins,
               std::optional<cm::envelope> envelope) {
    const cm::simulation_settings settings{.iterations = iterations, .seed = seed, .threads = threads,
                                           .keep_samples = keep_samples, .histogram_bins = histogram_bins,
                                           .correlation = correlation_of(std::move(correlation)), .envelope = std::move(envelope)};
    const cm::risk_register register_of_risks = risks ? std::move(*risks) : cm::risk_register();
    const py::gil_scoped_release release;
    return run(appraisal, inputs, register_of_risks, settings, leading...);
  };
}

/// Defines `name` on `scope`: `leading` arguments, then simulate's keyword arguments.
template <class Scope, class Function, class... Leading>
void def_simulation(Scope& scope, const char* name, Function function, const char* doc, Leading... leading) {
  scope.def(name, function, leading..., py::kw_only(), "inputs"_a = std::vector<cm::uncertain_input>{},
            "risks"_a = py::none(), "iterations"_a = 10'000, "seed"_a = 1, "threads"_a = 1,
            "correlation"_a = py::none(), "keep_samples"_a = true, "histogram_bins"_a = 50, "envelope"_a = py::none(),
            doc);
}

}  // namespace

void bind_simulation(public_module& m) {
  // ---------------------------------------------------------------- Distribution
  public_class<cm::distribution> dist(m, "Distribution");
  dist.def_static("fixed", &cm::distribution::fixed, "value"_a)
      .def_static("uniform", &cm::distribution::uniform, "min"_a, "max"_a)
      .def_static("triangular", &cm::distribution::triangular, "min"_a, "mode"_a, "max"_a)
      .def_static("pert", &cm::distribution::pert, "min"_a, "mode"_a, "max"_a)
      .def_static("normal", &cm::distribution::normal, "mean"_a, "sd"_a, "lower"_a = py::none(), "upper"_a = py::none())
      .def_static("lognormal", &cm::distribution::lognormal, "mean"_a, "sd"_a)
      .def_static("lognormal_log", &cm::distribution::lognormal_log, "mu"_a, "sigma"_a)
      .def_static("discrete", &cm::distribution::discrete, "values"_a, "probabilities"_a)
      .def_property_readonly("family", [](const cm::distribution& d) { return std::string(cm::name_of(d.kind())); })
      .def_property_readonly("parameters", &cm::distribution::parameters)
      .def("mean", &cm::distribution::mean)
      .def("variance", &cm::distribution::variance)
      .def("sd", &cm::distribution::sd)
      .def("quantile", &cm::distribution::quantile, "u"_a)
      .def("__repr__", [](const cm::distribution& d) { return "Distribution." + d.describe(); });
  def_equality(dist);
  def_pickle(
      dist, [](const cm::distribution& d) { return py::make_tuple(cm::name_of(d.kind()), d.parameters(), d.probabilities()); },
      &distribution_from_state);

  // ---------------------------------------------------------------- UncertainInput
  public_class<cm::uncertain_input> input(m, "UncertainInput");
  input.def(py::init<cm::appraisal_input, cm::distribution>(), "input"_a, "distribution"_a)
      .def_static("delay", &cm::uncertain_input::delay, "option"_a, "months"_a)
      .def("__repr__", [](const cm::uncertain_input& u) {
        return "<UncertainInput " + u.name() + ": " + u.values().describe() + ">";
      });
  def_properties(input, CMPY_PROPERTIES(cm::uncertain_input, name),
                 property{"distribution", &cm::uncertain_input::values});
  def_equality(input);
  def_pickle(
      input,
      [](const cm::uncertain_input& u) {
        return py::make_tuple(u.input() ? py::object(appraisal_input_state(*u.input())) : py::none(), u.values(),
                              u.delayed_option());
      },
      &uncertain_input_from_state);

  // ---------------------------------------------------------------- Risk, RiskRegister
  public_class<cm::risk> risk(m, "Risk");
  risk.def_static(
          "cost",
          [](std::string id, std::string description, std::string owner, std::vector<std::string> options,
             double probability, py::handle impact) {
            return cm::risk::cost(id, description, owner, options, probability, impact_of(impact));
          },
          "id"_a, "description"_a, "owner"_a, "options"_a, "probability"_a, "impact"_a)
      .def_static(
          "one_off",
          [](std::string id, std::string description, std::string owner, std::vector<std::string> options,
             double probability, money_like impact, financial_year_arg year) {
            return cm::risk::one_off(id, description, owner, options, probability, impact.value,
                                     year_in(year.value, month_for({year.value})));
          },
          "id"_a, "description"_a, "owner"_a, "options"_a, "probability"_a, "impact"_a, "year"_a)
      .def_static("delay", &cm::risk::delay, "id"_a, "description"_a, "owner"_a, "options"_a, "probability"_a,
                  "months"_a)
      .def("__repr__", [](const cm::risk& r) { return "<Risk " + r.id() + ": " + r.description() + ">"; });
  def_properties(risk, CMPY_PROPERTIES(cm::risk, id, description, owner, options, probability, delay_months),
                 property{"expected_value", [](const cm::risk& r) { return r.expected_value(); }});
  def_equality(risk);
  def_pickle(risk, &risk_state, &risk_from_state);

  public_class<cm::risk_register> registry(m, "RiskRegister");
  registry.def(py::init<std::vector<cm::risk>>(), "risks"_a = std::vector<cm::risk>{})
      .def("add", &cm::risk_register::add, "risk"_a, py::return_value_policy::reference_internal)
      .def_property_readonly("risks", &cm::risk_register::risks)
      .def(
          "expected_value",
          [](const cm::risk_register& self, const std::string& option) { return self.expected_value(option); },
          "option"_a)
      .def("__len__", &cm::risk_register::size);
  def_equality(registry);
  def_pickle(
      registry, [](const cm::risk_register& r) { return py::make_tuple(r.risks()); },
      [](const py::tuple& state) { return cm::risk_register(state[0].cast<std::vector<cm::risk>>()); });

  m.def("apply_risks", &cm::apply_risks, "appraisal"_a, "risks"_a);

  // ---------------------------------------------------------------- results
  public_class<cm::simulation_statistic> stat(m, "SimulationStatistic");
  // Money, rounded to the penny by `money_of_pence`.
  using S = cm::simulation_statistic;
  for (const auto& [name, field] : std::initializer_list<std::pair<const char*, double S::*>>{
           {"mean", &S::mean}, {"sd", &S::sd}, {"standard_error", &S::standard_error}, {"min", &S::min},
           {"p10", &S::p10}, {"p50", &S::p50}, {"p80", &S::p80}, {"p90", &S::p90}, {"max", &S::max}})
    stat.def_property_readonly(name, [field = field](const S& s) { return cm::money_of_pence(s.*field); });
  stat.def_property_readonly(
          "quantile_error",
          [](const cm::simulation_statistic& s) -> std::optional<cm::money> {
            return std::isfinite(s.quantile_error) ? std::optional(cm::money_of_pence(s.quantile_error)) : std::nullopt;
          })
      .def("__repr__",
           [](const cm::simulation_statistic& s) { return "<SimulationStatistic " + cm::describe(s) + ">"; });
  def_field_semantics(stat);

  public_class<cm::option_simulation> option(m, "OptionSimulation");
  using O = cm::option_simulation;
  def_fields(
      option,
      property{"over_envelope",
               [](const O& s) {
                 const py::object module = python_module("commissioning._simulation");
                 py::list list;
                 for (const auto& e : s.over_envelope)
                   list.append(module.attr("EnvelopeExceedance")(e.year, e.probability));
                 return named_object<"commissioning._simulation.OverEnvelope">{module.attr("OverEnvelope")(list)};
               }},
      property{"present_value_costs_histogram",
               [](const O& s) { return histogram_of(s.present_value_costs_histogram); }},
      property{"net_present_social_value_histogram",
               [](const O& s) { return histogram_of(s.net_present_social_value_histogram); }},
      property{"present_value_costs_s_curve", [](const O& s) { return s_curve_of(s.present_value_costs_histogram); }},
      property{"net_present_social_value_s_curve",
               [](const O& s) { return s_curve_of(s.net_present_social_value_histogram); }},
      property{"present_value_costs_samples", [](const O& s) { return pounds_array(s.present_value_costs_samples); }},
      property{"net_present_social_value_samples",
               [](const O& s) { return pounds_array(s.net_present_social_value_samples); }});
  option.def("__repr__", [](const O& s) {
    return "<OptionSimulation " + s.name + ": mean PVC " + cm::format(cm::money_of_pence(s.present_value_costs.mean)) + ">";
  });
  def_field_semantics(option);

  public_class<cm::simulation_result> result(m, "SimulationResult");
  def_properties(result, CMPY_PROPERTIES(cm::simulation_result, iterations, seed, streamed, inputs, risks));
  result
      .def_property_readonly("options",
                             [](py::object self) {
                               py::list list;
                               for (cm::option_simulation& o : self.cast<cm::simulation_result&>().options)
                                 list.append(py::cast(&o, py::return_value_policy::reference_internal, self));
                               return list;
                             })
      .def(
          "option",
          [](py::object self, const std::string& name) {
            return py::cast(&self.cast<cm::simulation_result&>().option(name), py::return_value_policy::reference_internal, self);
          },
          "name"_a)
      .def("to_pandas",
           [](py::object self) { return python_module("commissioning._simulation").attr("result_frame")(self); })
      .def("__repr__", [](const cm::simulation_result& r) {
        return "<SimulationResult " + std::to_string(r.iterations) + " iterations, seed " + std::to_string(r.seed) + ">";
      });
  def_field_semantics(result);

  const auto run = simulation_function([](const auto&... arguments) { return cm::simulate(arguments...); });
  const char* doc = docstring("simulate");
  def_simulation(m, "simulate", run, doc, "appraisal"_a);
  // The same as a method of Appraisal (bound in appraisal.cpp), added here.
  auto appraisal_class = py::reinterpret_borrow<py::class_<cm::appraisal>>(m.attr("Appraisal"));
  def_simulation(appraisal_class, "simulate", run, doc);

  // ---------------------------------------------------------------- parts of a simulation
  m.attr("SIMULATION_BLOCK_SIZE") = cm::simulation_block_size;
  m.def("simulation_blocks", &cm::simulation_blocks, "iterations"_a);

  public_class<cm::simulation_partial> partial(m, "SimulationPartial");
  def_properties(partial, CMPY_PROPERTIES(cm::simulation_partial, iterations, seed, streamed, first_block, last_block));
  partial.def("merge", &cm::merge, "later"_a, py::call_guard<py::gil_scoped_release>())
      .def("result", &cm::summarise, py::kw_only(), "threads"_a = 1, py::call_guard<py::gil_scoped_release>())
      .def("__repr__", [](const cm::simulation_partial& p) {
        return "<SimulationPartial blocks " + std::to_string(p.first_block) + " to " + std::to_string(p.last_block) + " of " +
               std::to_string(cm::simulation_blocks(p.iterations)) + ", seed " + std::to_string(p.seed) + ">";
      });
  def_field_semantics(partial);

  def_simulation(m, "simulate_blocks", simulation_function<std::int64_t, std::int64_t>([](const auto&... arguments) {
                   return cm::simulate_blocks(arguments...);
                 }),
                 docstring("simulate_blocks"), "appraisal"_a, "first_block"_a, "last_block"_a);
}

void bind_simulation_tables(public_module& m) {
  m.def(
      "simulation_table",
      [](const cm::simulation_result& simulated, std::optional<std::vector<cm::uncertain_input>> inputs,
         std::optional<Eigen::MatrixXd> correlation, const cm::report_unit& unit) {
        if (!inputs) return cm::simulation_table(simulated, unit);
        return cm::simulation_table(simulated, *inputs, {.correlation = correlation_of(std::move(correlation))}, unit);
      },
      "result"_a, "inputs"_a = py::none(), "correlation"_a = py::none(), py::kw_only(), "unit"_a = py::none());
  m.def(
      "simulation_inputs_table",
      [](const cm::appraisal& appraisal, const std::vector<cm::uncertain_input>& inputs,
         std::optional<Eigen::MatrixXd> correlation, const cm::report_unit& unit) {
        return cm::simulation_inputs_table(appraisal, inputs, {.correlation = correlation_of(std::move(correlation))},
                                           unit);
      },
      "appraisal"_a, "inputs"_a, "correlation"_a = py::none(), py::kw_only(), "unit"_a = py::none());
}

}  // namespace cmpy
