// SPDX-License-Identifier: MIT
// Risk and simulation: Distribution, UncertainInput, Risk, RiskRegister, apply_risks, simulate
// and the results (SimulationResult, OptionSimulation, SimulationStatistic).
//
// Where the headers leave a question open, the binding answers it:
//  - an AppraisalInput (bound in appraisal.cpp) is read through its pickle state
//    (target, option, line, category), so this file needs nothing private of that one;
//  - figures stay in pence (floats), as in C++: the samples are the engine's own vectors,
//    shown to NumPy without a copy (the array's base is the OptionSimulation, which keeps its
//    SimulationResult alive), and pence everywhere keeps one unit; `to_pandas()` (pure
//    Python, commissioning._simulation) gives pounds;
//  - simulate() releases the GIL while it runs;
//  - every class pickles and compares by value: a Distribution as its family and parameters,
//    a Risk as its fields, the results field by field (`fields` below); an UncertainInput keeps
//    the parts of the AppraisalInput it moves, which the C++ value does not show.
#include "common.hpp"

#include <commissioning/appraisal/appraisal.hpp>
#include <commissioning/budget/envelope.hpp>
#include <commissioning/risk/correlation.hpp>
#include <commissioning/risk/distribution.hpp>
#include <commissioning/risk/risk.hpp>
#include <commissioning/risk/simulation.hpp>

#include <pybind11/eigen.h>
#include <pybind11/numpy.h>

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace cmpy {

template <>
struct fields<cm::simulation_statistic> {
  using T = cm::simulation_statistic;
  static constexpr auto list = std::tuple{&T::mean, &T::sd, &T::standard_error, &T::min, &T::p10, &T::p50,
                                          &T::p80,  &T::p90, &T::max, &T::quantile_error};
};
template <>
struct fields<cm::simulation_histogram> {
  using T = cm::simulation_histogram;
  static constexpr auto list = std::tuple{&T::edges, &T::counts, &T::below, &T::above};
};
template <>
struct fields<cm::envelope_exceedance> {
  using T = cm::envelope_exceedance;
  static constexpr auto list = std::tuple{&T::year, &T::probability};
};
template <>
struct fields<cm::option_simulation> {
  using T = cm::option_simulation;
  static constexpr auto list =
      std::tuple{&T::name, &T::viable, &T::present_value_costs, &T::net_present_social_value, &T::probability_cheapest,
                 &T::probability_preferred, &T::over_envelope, &T::present_value_costs_histogram,
                 &T::net_present_social_value_histogram, &T::present_value_costs_samples,
                 &T::net_present_social_value_samples};
};
template <>
struct fields<cm::simulation_result> {
  using T = cm::simulation_result;
  static constexpr auto list = std::tuple{&T::iterations, &T::seed, &T::streamed, &T::inputs, &T::risks, &T::options};
};

namespace {

/// An UncertainInput as Python holds it: the C++ value and, to pickle it, the state of the
/// AppraisalInput it moves (None for a delay); the C++ appraisal_input does not show its parts.
struct py_uncertain_input {
  cm::uncertain_input value;
  py::object input_state;
};

/// An AppraisalInput's state, (target, option, line, category or None), as the C++ value.
cm::appraisal_input appraisal_input_of(const py::tuple& state) {
  const std::string target = state[0].cast<std::string>();
  const std::string option = state[1].cast<std::string>();
  if (target == "line") return cm::appraisal_input::line(option, state[2].cast<std::string>());
  if (target == "costs") return cm::appraisal_input::costs(option);
  if (target == "benefits") return cm::appraisal_input::benefits(option);
  if (target == "category") return cm::appraisal_input::category(option, cm::parse_cost_category(state[3].cast<std::string>()));
  return cm::appraisal_input::discount_rate();
}

py_uncertain_input uncertain_input_from_state(const py::tuple& state) {
  if (state.size() != 3) throw std::runtime_error("invalid UncertainInput state");
  const auto values = state[1].cast<cm::distribution>();
  if (state[0].is_none()) return {cm::uncertain_input::delay(state[2].cast<std::string>(), values), py::none()};
  const auto input = state[0].cast<py::tuple>();
  return {cm::uncertain_input(appraisal_input_of(input), values), input};
}

cm::distribution distribution_from_state(const py::tuple& state) {
  if (state.size() != 3) throw std::runtime_error("invalid Distribution state");
  const auto family = state[0].cast<std::string>();
  const auto p = state[1].cast<std::vector<double>>();
  const auto at = [&](std::size_t i) { return i < p.size() ? p[i] : 0.0; };
  if (family == "uniform") return cm::distribution::uniform(at(0), at(1));
  if (family == "triangular") return cm::distribution::triangular(at(0), at(1), at(2));
  if (family == "pert") return cm::distribution::pert(at(0), at(1), at(2));
  // A truncated normal keeps its bounds as parameters 3 and 4.
  if (family == "normal" && p.size() == 4) return cm::distribution::normal(p[0], p[1], p[2], p[3]);
  if (family == "normal") return cm::distribution::normal(at(0), at(1));
  // A lognormal keeps mu and sigma, however it was made.
  if (family == "lognormal") return cm::distribution::lognormal_log(at(0), at(1));
  if (family == "discrete") return cm::distribution::discrete(p, state[2].cast<std::vector<double>>());
  return cm::distribution::fixed(at(0));
}

py::tuple risk_state(const cm::risk& r) {
  py::list impact;
  for (const cm::financial_year_amount& entry : r.impact()) impact.append(py::make_tuple(entry.year, entry.amount));
  return py::make_tuple(r.id(), r.description(), r.owner(), r.options(), r.probability(), impact, r.delay_months());
}

cm::financial_year year_of(py::handle year) {
  if (is_int(year)) return cm::financial_year(year.cast<int>());
  if (is_str(year)) return cm::financial_year::parse(year.cast<std::string>());
  return year.cast<cm::financial_year>();
}

std::vector<cm::financial_year_amount> impact_of(py::handle impact) {
  std::vector<cm::financial_year_amount> result;
  if (py::isinstance<py::dict>(impact)) {
    for (const auto& [year, amount] : impact.cast<py::dict>())
      result.push_back({year_of(year), amount.cast<money_like>().value});
  } else {
    for (py::handle pair : py::iter(impact)) {
      const py::tuple t = py::reinterpret_borrow<py::object>(pair).cast<py::tuple>();
      result.push_back({year_of(t[0]), t[1].cast<money_like>().value});
    }
  }
  return result;
}

cm::risk risk_from_state(const py::tuple& state) {
  if (state.size() != 7) throw std::runtime_error("invalid Risk state");
  auto id = state[0].cast<std::string>();
  auto description = state[1].cast<std::string>();
  auto owner = state[2].cast<std::string>();
  auto options = state[3].cast<std::vector<std::string>>();
  const auto probability = state[4].cast<double>();
  auto impact = impact_of(state[5]);
  // A risk with no money impact is a delay (of 0 months at least), as risk::is_delay says.
  if (impact.empty())
    return cm::risk::delay(std::move(id), std::move(description), std::move(owner), std::move(options), probability,
                           state[6].cast<int>());
  return cm::risk::cost(std::move(id), std::move(description), std::move(owner), std::move(options), probability,
                        std::move(impact));
}

const char* family_name(cm::distribution::family f) {
  switch (f) {
    case cm::distribution::family::fixed: return "fixed";
    case cm::distribution::family::uniform: return "uniform";
    case cm::distribution::family::triangular: return "triangular";
    case cm::distribution::family::pert: return "pert";
    case cm::distribution::family::normal: return "normal";
    case cm::distribution::family::lognormal: return "lognormal";
    case cm::distribution::family::discrete: return "discrete";
  }
  return "fixed";
}

/// A vector of the result as a NumPy array without a copy; `owner` keeps it alive.
py::array_t<double> view(const std::vector<double>& values, py::handle owner) {
  py::array_t<double> array(static_cast<py::ssize_t>(values.size()), values.data(), owner);
  py::detail::array_proxy(array.ptr())->flags &= ~py::detail::npy_api::NPY_ARRAY_WRITEABLE_;
  return array;
}

py::tuple histogram_of(const cm::simulation_histogram& h) {
  py::array_t<double> edges(static_cast<py::ssize_t>(h.edges.size()), h.edges.data());
  py::array_t<std::int64_t> counts(static_cast<py::ssize_t>(h.counts.size()), h.counts.data());
  return py::make_tuple(counts, edges);
}

}  // namespace

void bind_simulation(py::module_& m) {
  // ---------------------------------------------------------------- Distribution
  py::class_<cm::distribution> dist(m, "Distribution", py::is_final(), R"doc(
The probability distribution of an uncertain input. Make one with a static method
(``Distribution.triangular(0.9, 1.0, 1.3)``); every one samples by its inverse distribution
function, so correlated inputs keep their own shapes.
)doc");
  dist.def_static("fixed", &cm::distribution::fixed, py::arg("value"), "Always `value`.")
      .def_static("uniform", &cm::distribution::uniform, py::arg("min"), py::arg("max"), "Every value in [min, max] equally likely.")
      .def_static("triangular", &cm::distribution::triangular, py::arg("min"), py::arg("mode"), py::arg("max"),
                  "The three-point estimate with straight-line density.")
      .def_static("pert", &cm::distribution::pert, py::arg("min"), py::arg("mode"), py::arg("max"),
                  "The three-point estimate as a PERT (scaled beta, mean (min + 4 mode + max) / 6).")
      .def_static("normal", &cm::distribution::normal, py::arg("mean"), py::arg("sd"), py::arg("lower") = py::none(),
                  py::arg("upper") = py::none(), "Normal, truncated to [lower, upper] when either is given.")
      .def_static("lognormal", &cm::distribution::lognormal, py::arg("mean"), py::arg("sd"),
                  "Lognormal by the mean and sd of the value itself.")
      .def_static("lognormal_log", &cm::distribution::lognormal_log, py::arg("mu"), py::arg("sigma"),
                  "Lognormal by mu and sigma of the value's logarithm.")
      .def_static("discrete", &cm::distribution::discrete, py::arg("values"), py::arg("probabilities"),
                  "One of `values` with `probabilities` (summing to 1).")
      .def_property_readonly("family", [](const cm::distribution& d) { return family_name(d.kind()); },
                             "The family: 'fixed', 'uniform', 'triangular', 'pert', 'normal', 'lognormal' or 'discrete'.")
      .def_property_readonly("parameters", &cm::distribution::parameters, "The parameters (mu and sigma for a lognormal).")
      .def("mean", &cm::distribution::mean, "The mean, by formula.")
      .def("variance", &cm::distribution::variance, "The variance, by formula.")
      .def("sd", &cm::distribution::sd, "The standard deviation, by formula.")
      .def("quantile", &cm::distribution::quantile, py::arg("u"), "The value with cumulative probability `u` in (0, 1).")
      .def("__repr__", [](const cm::distribution& d) { return "Distribution." + d.describe(); });
  def_equality(dist);
  def_pickle(
      dist,
      [](const cm::distribution& d) { return py::make_tuple(family_name(d.kind()), d.parameters(), d.probabilities()); },
      &distribution_from_state);

  // ---------------------------------------------------------------- UncertainInput
  py::class_<py_uncertain_input> input(m, "UncertainInput", py::is_final(), R"doc(
An AppraisalInput multiplied by a value drawn from a Distribution each iteration, or
(``UncertainInput.delay``) an option's costs delayed by a drawn number of months.
)doc");
  input
      .def(py::init([](py::handle appraisal_input, const cm::distribution& distribution) {
             py::tuple state = appraisal_input.attr("__getstate__")();
             return py_uncertain_input{cm::uncertain_input(appraisal_input_of(state), distribution), std::move(state)};
           }),
           py::arg("input"), py::arg("distribution"))
      .def_static(
          "delay",
          [](std::string option, const cm::distribution& months) {
            return py_uncertain_input{cm::uncertain_input::delay(std::move(option), months), py::none()};
          },
          py::arg("option"), py::arg("months"), "The cost lines of `option` delayed by a drawn number of whole months.")
      .def_property_readonly("name", [](const py_uncertain_input& u) { return u.value.name(); }, "The input in words.")
      .def_property_readonly(
          "distribution", [](const py_uncertain_input& u) { return u.value.values(); }, "Its distribution.")
      .def("__eq__", [](const py_uncertain_input& a, const py_uncertain_input& b) { return a.value == b.value; },
           py::is_operator())
      .def("__ne__", [](const py_uncertain_input& a, const py_uncertain_input& b) { return !(a.value == b.value); },
           py::is_operator())
      .def("__repr__", [](const py_uncertain_input& u) {
        return "<UncertainInput " + u.value.name() + ": " + u.value.values().describe() + ">";
      });
  def_pickle(
      input,
      [](const py_uncertain_input& u) { return py::make_tuple(u.input_state, u.value.values(), u.value.delayed_option()); },
      &uncertain_input_from_state);

  // ---------------------------------------------------------------- Risk, RiskRegister
  py::class_<cm::risk> risk(m, "Risk", py::is_final(), R"doc(
An entry of a risk register: an id, words, an owner, the options it affects, a probability and
an impact (money by financial year, money once, or a delay in months).
)doc");
  risk.def_static(
          "cost",
          [](std::string id, std::string description, std::string owner, std::vector<std::string> options,
             double probability, py::handle impact) {
            return cm::risk::cost(std::move(id), std::move(description), std::move(owner), std::move(options), probability,
                                  impact_of(impact));
          },
          py::arg("id"), py::arg("description"), py::arg("owner"), py::arg("options"), py::arg("probability"),
          py::arg("impact"), "A cost in each year given ({year: amount} or [(year, amount)]) if it occurs.")
      .def_static(
          "one_off",
          [](std::string id, std::string description, std::string owner, std::vector<std::string> options,
             double probability, money_like impact, py::handle year) {
            return cm::risk::one_off(std::move(id), std::move(description), std::move(owner), std::move(options),
                                     probability, impact.value, year_of(year));
          },
          py::arg("id"), py::arg("description"), py::arg("owner"), py::arg("options"), py::arg("probability"),
          py::arg("impact"), py::arg("year"), "A cost once, in `year`, if it occurs.")
      .def_static("delay", &cm::risk::delay, py::arg("id"), py::arg("description"), py::arg("owner"), py::arg("options"),
                  py::arg("probability"), py::arg("months"), "A delay of `months` to the options' costs if it occurs.")
      .def_property_readonly("id", &cm::risk::id, "The risk's id.")
      .def_property_readonly("description", &cm::risk::description, "The risk in words.")
      .def_property_readonly("owner", &cm::risk::owner, "Who manages it.")
      .def_property_readonly("options", &cm::risk::options, "The options it affects.")
      .def_property_readonly("probability", &cm::risk::probability, "The probability it occurs.")
      .def_property_readonly("delay_months", &cm::risk::delay_months, "The delay, in months (0 for a money risk).")
      .def_property_readonly("expected_value", [](const cm::risk& r) { return r.expected_value(); },
                             "probability × impact, each year rounded to the penny.")
      .def("__repr__", [](const cm::risk& r) { return "<Risk " + r.id() + ": " + r.description() + ">"; });
  def_equality(risk);
  def_pickle(risk, &risk_state, &risk_from_state);

  py::class_<cm::risk_register> registry(m, "RiskRegister", py::is_final(), "The risks of a decision, each id once.");
  registry.def(py::init([](const std::vector<cm::risk>& risks) { return cm::risk_register(risks); }),
               py::arg("risks") = std::vector<cm::risk>{})
      .def(
          "add", [](cm::risk_register& self, const cm::risk& r) -> cm::risk_register& { return self.add(r); }, py::arg("risk"),
          py::return_value_policy::reference_internal, "Adds a risk; ids must differ.")
      .def_property_readonly("risks", &cm::risk_register::risks, "The risks, in order.")
      .def(
          "expected_value", [](const cm::risk_register& self, const std::string& option) { return self.expected_value(option); },
          py::arg("option"), "The expected value of the money risks affecting `option`.")
      .def("__len__", &cm::risk_register::size);
  def_equality(registry);
  def_pickle(
      registry, [](const cm::risk_register& r) { return py::make_tuple(r.risks()); },
      [](const py::tuple& state) { return cm::risk_register(state[0].cast<std::vector<cm::risk>>()); });

  m.def("apply_risks", &cm::apply_risks, py::arg("appraisal"), py::arg("risks"),
        "The appraisal with each money risk's expected value added as a cost line 'Risk: <id>'.");

  // ---------------------------------------------------------------- results
  py::class_<cm::simulation_statistic> stat(m, "SimulationStatistic", py::is_final(),
                                            "Mean, spread and percentiles of one simulated figure, in pence.");
  stat.def_readonly("mean", &cm::simulation_statistic::mean, "The mean.")
      .def_readonly("sd", &cm::simulation_statistic::sd, "The sample standard deviation.")
      .def_readonly("standard_error", &cm::simulation_statistic::standard_error, "sd ÷ √n: the sampling error of the mean.")
      .def_readonly("min", &cm::simulation_statistic::min, "The smallest value.")
      .def_readonly("p10", &cm::simulation_statistic::p10, "The 10th percentile.")
      .def_readonly("p50", &cm::simulation_statistic::p50, "The median.")
      .def_readonly("p80", &cm::simulation_statistic::p80, "The 80th percentile.")
      .def_readonly("p90", &cm::simulation_statistic::p90, "The 90th percentile.")
      .def_readonly("max", &cm::simulation_statistic::max, "The largest value.")
      .def_readonly("quantile_error", &cm::simulation_statistic::quantile_error,
                    "The largest error of a percentile: 0 with samples kept, a histogram bin when streamed.");
  def_field_semantics(stat);

  py::class_<cm::option_simulation> option(m, "OptionSimulation", py::is_final(), "One option's simulated figures.");
  option.def_readonly("name", &cm::option_simulation::name, "The option's name.")
      .def_readonly("viable", &cm::option_simulation::viable, "Whether it meets every statutory duty.")
      .def_readonly("present_value_costs", &cm::option_simulation::present_value_costs, "PVC, pence.")
      .def_readonly("net_present_social_value", &cm::option_simulation::net_present_social_value, "NPSV, pence.")
      .def_readonly("probability_cheapest", &cm::option_simulation::probability_cheapest,
                    "Share of iterations with the lowest PVC of the viable options.")
      .def_readonly("probability_preferred", &cm::option_simulation::probability_preferred,
                    "Share of iterations with the lowest net present cost of the viable options.")
      .def_property_readonly(
          "over_envelope",
          [](const cm::option_simulation& s) {
            py::list list;
            for (const auto& e : s.over_envelope) list.append(py::make_tuple(e.year, e.probability));
            return list;
          },
          "(year, probability that cash costs exceed the envelope) for each year the envelope covers.")
      .def_property_readonly(
          "present_value_costs_histogram", [](const cm::option_simulation& s) { return histogram_of(s.present_value_costs_histogram); },
          "(counts, edges) of PVC, as numpy.histogram returns them.")
      .def_property_readonly(
          "net_present_social_value_histogram",
          [](const cm::option_simulation& s) { return histogram_of(s.net_present_social_value_histogram); },
          "(counts, edges) of NPSV, as numpy.histogram returns them.")
      .def_property_readonly(
          "present_value_costs_samples",
          [](py::object self) { return view(self.cast<const cm::option_simulation&>().present_value_costs_samples, self); },
          "PVC per iteration, pence: a read-only NumPy view, no copy (empty when streamed).")
      .def_property_readonly(
          "net_present_social_value_samples",
          [](py::object self) { return view(self.cast<const cm::option_simulation&>().net_present_social_value_samples, self); },
          "NPSV per iteration, pence: a read-only NumPy view, no copy (empty when streamed).")
      .def("__repr__", [](const cm::option_simulation& s) {
        return "<OptionSimulation " + s.name + ": mean PVC " + std::to_string(s.present_value_costs.mean / 100) + " pounds>";
      });
  def_field_semantics(option);

  py::class_<cm::simulation_result> result(m, "SimulationResult", py::is_final(), "A simulation's answer.");
  result.def_readonly("iterations", &cm::simulation_result::iterations, "Iterations run.")
      .def_readonly("seed", &cm::simulation_result::seed, "The seed.")
      .def_readonly("streamed", &cm::simulation_result::streamed, "True when only summaries were kept.")
      .def_readonly("inputs", &cm::simulation_result::inputs, "The uncertain inputs, in words.")
      .def_readonly("risks", &cm::simulation_result::risks, "The risk ids simulated.")
      .def_property_readonly(
          "options",
          [](py::object self) {
            py::list list;
            auto& r = self.cast<cm::simulation_result&>();
            for (cm::option_simulation& o : r.options)
              list.append(py::cast(&o, py::return_value_policy::reference_internal, self));
            return list;
          },
          "Each option's figures, in the appraisal's order.")
      .def(
          "option",
          [](py::object self, const std::string& name) {
            return py::cast(&self.cast<cm::simulation_result&>().option(name), py::return_value_policy::reference_internal, self);
          },
          py::arg("name"), "The option called `name`.")
      .def(
          "to_pandas", [](py::object self) { return python_module("commissioning._simulation").attr("result_frame")(self); },
          "One row per option: mean, sd, standard error and percentiles of PVC and NPSV in pounds, and the probabilities.")
      .def("__repr__", [](const cm::simulation_result& r) {
        return "<SimulationResult " + std::to_string(r.iterations) + " iterations, seed " + std::to_string(r.seed) + ">";
      });
  def_field_semantics(result);

  const auto run = 
      [](const cm::appraisal& appraisal, const std::vector<py_uncertain_input>& uncertain, std::optional<cm::risk_register> risks,
         std::int64_t iterations, std::uint64_t seed, int threads, std::optional<Eigen::MatrixXd> correlation,
         bool keep_samples, int histogram_bins, std::optional<cm::envelope> envelope) {
        cm::simulation_settings settings;
        settings.iterations = iterations;
        settings.seed = seed;
        settings.threads = threads;
        settings.keep_samples = keep_samples;
        settings.histogram_bins = histogram_bins;
        if (correlation) settings.correlation = cm::correlation(std::move(*correlation));
        settings.envelope = std::move(envelope);
        const cm::risk_register register_of_risks = risks ? std::move(*risks) : cm::risk_register();
        std::vector<cm::uncertain_input> inputs;
        for (const py_uncertain_input& u : uncertain) inputs.push_back(u.value);
        const py::gil_scoped_release release;
        return cm::simulate(appraisal, inputs, register_of_risks, settings);
      };
  const char* doc = R"doc(Monte Carlo simulation of an appraisal (also ``Appraisal.simulate``).

The same seed gives the same numbers whatever the number of threads. With every input fixed
at 1 the mean PVC and NPSV are the exact appraisal's, to the penny. Figures are in pence.
)doc";
  m.def("simulate", run, py::arg("appraisal"), py::kw_only(), py::arg("inputs") = std::vector<py_uncertain_input>{},
      py::arg("risks") = py::none(), py::arg("iterations") = 10'000, py::arg("seed") = 1, py::arg("threads") = 1,
      py::arg("correlation") = py::none(), py::arg("keep_samples") = true, py::arg("histogram_bins") = 50,
      py::arg("envelope") = py::none(), doc);
  // The same as a method of Appraisal (bound in appraisal.cpp), added here.
  py::reinterpret_borrow<py::class_<cm::appraisal>>(m.attr("Appraisal"))
      .def("simulate", run, py::kw_only(), py::arg("inputs") = std::vector<py_uncertain_input>{},
           py::arg("risks") = py::none(), py::arg("iterations") = 10'000, py::arg("seed") = 1, py::arg("threads") = 1,
           py::arg("correlation") = py::none(), py::arg("keep_samples") = true, py::arg("histogram_bins") = 50,
           py::arg("envelope") = py::none(), doc);
}

}  // namespace cmpy
