// SPDX-License-Identifier: MIT
// Risk and simulation: Distribution, UncertainInput, Risk, RiskRegister, apply_risks, simulate
// and the results (SimulationResult, OptionSimulation, SimulationStatistic).
//
// Where the headers leave a question open, the binding answers it:
//  - an AppraisalInput (bound in appraisal.cpp) is read through its pickle state
//    (target, option, line, category), so this file needs nothing private of that one;
//  - the C++ keeps doubles in pence; Python shows money as money: every statistic is a Money,
//    the exact double value in pence rounded to the penny half away from zero (the library's
//    default rule), and samples, histogram edges and S-curves are NumPy float64 arrays in
//    pounds (pence ÷ 100, so a copy); `over_envelope` is a tuple of EnvelopeExceedance
//    records and `to_pandas()` (pure Python, commissioning._simulation) gives exact Decimal
//    pounds of the same Money figures;
//  - a part of a simulation (SimulationPartial) pickles field by field, so parts run on other
//    processes or machines merge into exactly the local result (commissioning.distributed);
//  - simulate() releases the GIL while it runs;
//  - every class pickles and compares by value: a Distribution as its family and parameters,
//    a Risk as its fields, the results field by field (`fields` below); an UncertainInput keeps
//    the parts of the AppraisalInput it moves, which the C++ value does not show.
#include "common.hpp"

#include <commissioning/appraisal/appraisal.hpp>
#include <commissioning/budget/envelope.hpp>
#include <commissioning/error.hpp>
#include <commissioning/money/money.hpp>
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

CMPY_FIELDS(cm::simulation_statistic,
            &T::mean, &T::sd, &T::standard_error, &T::min, &T::p10, &T::p50, &T::p80, &T::p90, &T::max,
            &T::quantile_error);
CMPY_FIELDS(cm::simulation_histogram, &T::edges, &T::counts, &T::below, &T::above);
CMPY_FIELDS(cm::envelope_exceedance, &T::year, &T::probability);
CMPY_FIELDS(cm::option_simulation,
            &T::name, &T::viable, &T::present_value_costs, &T::net_present_social_value, &T::probability_cheapest,
            &T::probability_preferred, &T::over_envelope, &T::present_value_costs_histogram,
            &T::net_present_social_value_histogram, &T::present_value_costs_samples,
            &T::net_present_social_value_samples);
CMPY_FIELDS(cm::simulation_moments, &T::n, &T::mean, &T::m2, &T::min, &T::max);
CMPY_FIELDS(cm::simulation_partial,
            &T::iterations, &T::seed, &T::streamed, &T::histogram_bins, &T::first_block, &T::last_block, &T::inputs,
            &T::risks, &T::options, &T::viable, &T::years, &T::moments, &T::cheapest, &T::preferred, &T::over,
            &T::ranges, &T::bins, &T::present_value_costs_samples, &T::net_present_social_value_samples);
CMPY_FIELDS(cm::simulation_result, &T::iterations, &T::seed, &T::streamed, &T::inputs, &T::risks, &T::options);

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

struct over_envelope_type {
  static constexpr auto name = py::detail::const_name("commissioning._simulation.OverEnvelope");
  static bool accepts(py::handle) { return true; }
};

/// Pence (a double) to pounds: a new read-only NumPy float64 array of value ÷ 100.
py::array_t<double> pounds_array(const std::vector<double>& pence) {
  py::array_t<double> array(static_cast<py::ssize_t>(pence.size()));
  double* out = array.mutable_data();
  for (std::size_t i = 0; i < pence.size(); ++i) out[i] = pence[i] / 100;
  py::detail::array_proxy(array.ptr())->flags &= ~py::detail::npy_api::NPY_ARRAY_WRITEABLE_;
  return array;
}

/// A statistic in pence as Money: the exact double rounded to the penny half away from zero
/// (std::round, the library's default rule); money.005 if it does not fit in 64-bit pence.
cm::money money_of(double pence) {
  const double whole = std::round(pence);
  // 2^63 is exactly representable; every double below it in magnitude fits in int64.
  if (!(std::abs(whole) < 9223372036854775808.0))
    throw cm::overflow_error("money", 5, std::to_string(pence) + " pence does not fit in 64-bit pence");
  return cm::money::from_pence(static_cast<std::int64_t>(whole));
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

std::string statistic_repr(const cm::simulation_statistic& s) {
  const auto text = [](double pence) { return cm::format(money_of(pence)); };
  std::string out = "<SimulationStatistic mean " + text(s.mean) + ", sd " + text(s.sd) + ", P10 " + text(s.p10) + ", P50 " +
                    text(s.p50) + ", P80 " + text(s.p80) + ", P90 " + text(s.p90) + ", range " + text(s.min) + " to " +
                    text(s.max);
  if (s.quantile_error != 0)
    out += std::isfinite(s.quantile_error) ? ", percentiles within " + text(s.quantile_error) : ", percentiles unbounded";
  return out + ">";
}

cm::simulation_settings settings_of(std::int64_t iterations, std::uint64_t seed, int threads,
                                    std::optional<Eigen::MatrixXd> correlation, bool keep_samples, int histogram_bins,
                                    std::optional<cm::envelope> envelope) {
  cm::simulation_settings settings;
  settings.iterations = iterations;
  settings.seed = seed;
  settings.threads = threads;
  settings.keep_samples = keep_samples;
  settings.histogram_bins = histogram_bins;
  if (correlation) settings.correlation = cm::correlation(std::move(*correlation));
  settings.envelope = std::move(envelope);
  return settings;
}

std::vector<cm::uncertain_input> inputs_of(const std::vector<py_uncertain_input>& uncertain) {
  std::vector<cm::uncertain_input> inputs;
  for (const py_uncertain_input& u : uncertain) inputs.push_back(u.value);
  return inputs;
}

}  // namespace

void bind_simulation(py::module_& m) {
  // ---------------------------------------------------------------- Distribution
  py::class_<cm::distribution> dist(m, "Distribution", py::is_final(), docstring("Distribution"));
  dist.def_static("fixed", &cm::distribution::fixed, py::arg("value"), docstring("Distribution.fixed"))
      .def_static("uniform", &cm::distribution::uniform, py::arg("min"), py::arg("max"), docstring("Distribution.uniform"))
      .def_static("triangular", &cm::distribution::triangular, py::arg("min"), py::arg("mode"), py::arg("max"),
                  docstring("Distribution.triangular"))
      .def_static("pert", &cm::distribution::pert, py::arg("min"), py::arg("mode"), py::arg("max"),
                  docstring("Distribution.pert"))
      .def_static("normal", &cm::distribution::normal, py::arg("mean"), py::arg("sd"), py::arg("lower") = py::none(),
                  py::arg("upper") = py::none(), docstring("Distribution.normal"))
      .def_static("lognormal", &cm::distribution::lognormal, py::arg("mean"), py::arg("sd"),
                  docstring("Distribution.lognormal"))
      .def_static("lognormal_log", &cm::distribution::lognormal_log, py::arg("mu"), py::arg("sigma"),
                  docstring("Distribution.lognormal_log"))
      .def_static("discrete", &cm::distribution::discrete, py::arg("values"), py::arg("probabilities"),
                  docstring("Distribution.discrete"))
      .def_property_readonly("family", [](const cm::distribution& d) { return family_name(d.kind()); },
                             docstring("Distribution.family"))
      .def_property_readonly("parameters", &cm::distribution::parameters, docstring("Distribution.parameters"))
      .def("mean", &cm::distribution::mean, docstring("Distribution.mean"))
      .def("variance", &cm::distribution::variance, docstring("Distribution.variance"))
      .def("sd", &cm::distribution::sd, docstring("Distribution.sd"))
      .def("quantile", &cm::distribution::quantile, py::arg("u"),
           docstring("Distribution.quantile"))
      .def("__repr__", [](const cm::distribution& d) { return "Distribution." + d.describe(); });
  def_equality(dist);
  def_pickle(
      dist,
      [](const cm::distribution& d) { return py::make_tuple(family_name(d.kind()), d.parameters(), d.probabilities()); },
      &distribution_from_state);

  // ---------------------------------------------------------------- UncertainInput
  py::class_<py_uncertain_input> input(m, "UncertainInput", py::is_final(), docstring("UncertainInput"));
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
          py::arg("option"), py::arg("months"), docstring("UncertainInput.delay"))
      .def_property_readonly("name", [](const py_uncertain_input& u) { return u.value.name(); }, docstring("UncertainInput.name"))
      .def_property_readonly(
          "distribution", [](const py_uncertain_input& u) { return u.value.values(); }, docstring("UncertainInput.distribution"))
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
  py::class_<cm::risk> risk(m, "Risk", py::is_final(), docstring("Risk"));
  risk.def_static(
          "cost",
          [](std::string id, std::string description, std::string owner, std::vector<std::string> options,
             double probability, py::handle impact) {
            return cm::risk::cost(std::move(id), std::move(description), std::move(owner), std::move(options), probability,
                                  impact_of(impact));
          },
          py::arg("id"), py::arg("description"), py::arg("owner"), py::arg("options"), py::arg("probability"),
          py::arg("impact"), docstring("Risk.cost"))
      .def_static(
          "one_off",
          [](std::string id, std::string description, std::string owner, std::vector<std::string> options,
             double probability, money_like impact, py::handle year) {
            return cm::risk::one_off(std::move(id), std::move(description), std::move(owner), std::move(options),
                                     probability, impact.value, year_of(year));
          },
          py::arg("id"), py::arg("description"), py::arg("owner"), py::arg("options"), py::arg("probability"),
          py::arg("impact"), py::arg("year"), docstring("Risk.one_off"))
      .def_static("delay", &cm::risk::delay, py::arg("id"), py::arg("description"), py::arg("owner"), py::arg("options"),
                  py::arg("probability"), py::arg("months"), docstring("Risk.delay"))
      .def_property_readonly("id", &cm::risk::id, docstring("Risk.id"))
      .def_property_readonly("description", &cm::risk::description, docstring("Risk.description"))
      .def_property_readonly("owner", &cm::risk::owner, docstring("Risk.owner"))
      .def_property_readonly("options", &cm::risk::options, docstring("Risk.options"))
      .def_property_readonly("probability", &cm::risk::probability, docstring("Risk.probability"))
      .def_property_readonly("delay_months", &cm::risk::delay_months, docstring("Risk.delay_months"))
      .def_property_readonly("expected_value", [](const cm::risk& r) { return r.expected_value(); },
                             docstring("Risk.expected_value"))
      .def("__repr__", [](const cm::risk& r) { return "<Risk " + r.id() + ": " + r.description() + ">"; });
  def_equality(risk);
  def_pickle(risk, &risk_state, &risk_from_state);

  py::class_<cm::risk_register> registry(m, "RiskRegister", py::is_final(), docstring("RiskRegister"));
  registry.def(py::init([](const std::vector<cm::risk>& risks) { return cm::risk_register(risks); }),
               py::arg("risks") = std::vector<cm::risk>{})
      .def(
          "add", [](cm::risk_register& self, const cm::risk& r) -> cm::risk_register& { return self.add(r); }, py::arg("risk"),
          py::return_value_policy::reference_internal, docstring("RiskRegister.add"))
      .def_property_readonly("risks", &cm::risk_register::risks, docstring("RiskRegister.risks"))
      .def(
          "expected_value", [](const cm::risk_register& self, const std::string& option) { return self.expected_value(option); },
          py::arg("option"), docstring("RiskRegister.expected_value"))
      .def("__len__", &cm::risk_register::size);
  def_equality(registry);
  def_pickle(
      registry, [](const cm::risk_register& r) { return py::make_tuple(r.risks()); },
      [](const py::tuple& state) { return cm::risk_register(state[0].cast<std::vector<cm::risk>>()); });

  m.def("apply_risks", &cm::apply_risks, py::arg("appraisal"), py::arg("risks"),
        docstring("apply_risks"));

  // ---------------------------------------------------------------- results
  py::class_<cm::simulation_statistic> stat(m, "SimulationStatistic", py::is_final(), docstring("SimulationStatistic"));
  const auto money_field = [&stat](const char* name, double cm::simulation_statistic::*field, const char* doc) {
    stat.def_property_readonly(name, [field](const cm::simulation_statistic& s) { return money_of(s.*field); }, doc);
  };
  money_field("mean", &cm::simulation_statistic::mean, docstring("SimulationStatistic.mean"));
  money_field("sd", &cm::simulation_statistic::sd, docstring("SimulationStatistic.sd"));
  money_field("standard_error", &cm::simulation_statistic::standard_error, docstring("SimulationStatistic.standard_error"));
  money_field("min", &cm::simulation_statistic::min, docstring("SimulationStatistic.min"));
  money_field("p10", &cm::simulation_statistic::p10, docstring("SimulationStatistic.p10"));
  money_field("p50", &cm::simulation_statistic::p50, docstring("SimulationStatistic.p50"));
  money_field("p80", &cm::simulation_statistic::p80, docstring("SimulationStatistic.p80"));
  money_field("p90", &cm::simulation_statistic::p90, docstring("SimulationStatistic.p90"));
  money_field("max", &cm::simulation_statistic::max, docstring("SimulationStatistic.max"));
  stat.def_property_readonly(
          "quantile_error",
          [](const cm::simulation_statistic& s) -> std::optional<cm::money> {
            if (!std::isfinite(s.quantile_error)) return std::nullopt;
            return money_of(s.quantile_error);
          },
          docstring("SimulationStatistic.quantile_error"))
      .def("__repr__", &statistic_repr);
  def_field_semantics(stat);

  py::class_<cm::option_simulation> option(m, "OptionSimulation", py::is_final(), docstring("OptionSimulation"));
  option.def_readonly("name", &cm::option_simulation::name, docstring("OptionSimulation.name"))
      .def_readonly("viable", &cm::option_simulation::viable, docstring("OptionSimulation.viable"))
      .def_readonly("present_value_costs", &cm::option_simulation::present_value_costs, docstring("OptionSimulation.present_value_costs"))
      .def_readonly("net_present_social_value", &cm::option_simulation::net_present_social_value, docstring("OptionSimulation.net_present_social_value"))
      .def_readonly("probability_cheapest", &cm::option_simulation::probability_cheapest,
                    docstring("OptionSimulation.probability_cheapest"))
      .def_readonly("probability_preferred", &cm::option_simulation::probability_preferred,
                    docstring("OptionSimulation.probability_preferred"))
      .def_property_readonly(
          "over_envelope",
          [](const cm::option_simulation& s) {
            const py::object record = python_module("commissioning._simulation").attr("EnvelopeExceedance");
            py::list list;
            for (const auto& e : s.over_envelope) list.append(record(e.year, e.probability));
            return typed_object<over_envelope_type>{python_module("commissioning._simulation").attr("OverEnvelope")(list)};
          },
          docstring("OptionSimulation.over_envelope"))
      .def_property_readonly(
          "present_value_costs_histogram", [](const cm::option_simulation& s) { return histogram_of(s.present_value_costs_histogram); },
          docstring("OptionSimulation.present_value_costs_histogram"))
      .def_property_readonly(
          "net_present_social_value_histogram",
          [](const cm::option_simulation& s) { return histogram_of(s.net_present_social_value_histogram); },
          docstring("OptionSimulation.net_present_social_value_histogram"))
      .def_property_readonly(
          "present_value_costs_s_curve", [](const cm::option_simulation& s) { return s_curve_of(s.present_value_costs_histogram); },
          docstring("OptionSimulation.present_value_costs_s_curve"))
      .def_property_readonly(
          "net_present_social_value_s_curve",
          [](const cm::option_simulation& s) { return s_curve_of(s.net_present_social_value_histogram); },
          docstring("OptionSimulation.net_present_social_value_s_curve"))
      .def_property_readonly(
          "present_value_costs_samples",
          [](const cm::option_simulation& s) { return pounds_array(s.present_value_costs_samples); },
          docstring("OptionSimulation.present_value_costs_samples"))
      .def_property_readonly(
          "net_present_social_value_samples",
          [](const cm::option_simulation& s) { return pounds_array(s.net_present_social_value_samples); },
          docstring("OptionSimulation.net_present_social_value_samples"))
      .def("__repr__", [](const cm::option_simulation& s) {
        return "<OptionSimulation " + s.name + ": mean PVC " + cm::format(money_of(s.present_value_costs.mean)) + ">";
      });
  def_field_semantics(option);

  py::class_<cm::simulation_result> result(m, "SimulationResult", py::is_final(), docstring("SimulationResult"));
  result.def_readonly("iterations", &cm::simulation_result::iterations, docstring("SimulationResult.iterations"))
      .def_readonly("seed", &cm::simulation_result::seed, docstring("SimulationResult.seed"))
      .def_readonly("streamed", &cm::simulation_result::streamed, docstring("SimulationResult.streamed"))
      .def_readonly("inputs", &cm::simulation_result::inputs, docstring("SimulationResult.inputs"))
      .def_readonly("risks", &cm::simulation_result::risks, docstring("SimulationResult.risks"))
      .def_property_readonly(
          "options",
          [](py::object self) {
            py::list list;
            auto& r = self.cast<cm::simulation_result&>();
            for (cm::option_simulation& o : r.options)
              list.append(py::cast(&o, py::return_value_policy::reference_internal, self));
            return list;
          },
          docstring("SimulationResult.options"))
      .def(
          "option",
          [](py::object self, const std::string& name) {
            return py::cast(&self.cast<cm::simulation_result&>().option(name), py::return_value_policy::reference_internal, self);
          },
          py::arg("name"), docstring("SimulationResult.option"))
      .def(
          "to_pandas", [](py::object self) { return python_module("commissioning._simulation").attr("result_frame")(self); },
          docstring("SimulationResult.to_pandas"))
      .def("__repr__", [](const cm::simulation_result& r) {
        return "<SimulationResult " + std::to_string(r.iterations) + " iterations, seed " + std::to_string(r.seed) + ">";
      });
  def_field_semantics(result);

  const auto run =
      [](const cm::appraisal& appraisal, const std::vector<py_uncertain_input>& uncertain, std::optional<cm::risk_register> risks,
         std::int64_t iterations, std::uint64_t seed, int threads, std::optional<Eigen::MatrixXd> correlation,
         bool keep_samples, int histogram_bins, std::optional<cm::envelope> envelope) {
        const cm::simulation_settings settings =
            settings_of(iterations, seed, threads, std::move(correlation), keep_samples, histogram_bins, std::move(envelope));
        const cm::risk_register register_of_risks = risks ? std::move(*risks) : cm::risk_register();
        const std::vector<cm::uncertain_input> inputs = inputs_of(uncertain);
        const py::gil_scoped_release release;
        return cm::simulate(appraisal, inputs, register_of_risks, settings);
      };
  const char* doc = docstring("simulate");
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

  // ---------------------------------------------------------------- parts of a simulation
  m.attr("SIMULATION_BLOCK_SIZE") = cm::simulation_block_size;
  m.def("simulation_blocks", &cm::simulation_blocks, py::arg("iterations"),
        docstring("simulation_blocks"));

  py::class_<cm::simulation_partial> partial(m, "SimulationPartial", py::is_final(), docstring("SimulationPartial"));
  partial.def_readonly("iterations", &cm::simulation_partial::iterations, docstring("SimulationPartial.iterations"))
      .def_readonly("seed", &cm::simulation_partial::seed, docstring("SimulationPartial.seed"))
      .def_readonly("streamed", &cm::simulation_partial::streamed, docstring("SimulationPartial.streamed"))
      .def_readonly("first_block", &cm::simulation_partial::first_block, docstring("SimulationPartial.first_block"))
      .def_readonly("last_block", &cm::simulation_partial::last_block, docstring("SimulationPartial.last_block"))
      .def(
          "merge",
          [](const cm::simulation_partial& self, const cm::simulation_partial& later) {
            const py::gil_scoped_release release;
            return cm::merge(self, later);
          },
          py::arg("later"),
          docstring("SimulationPartial.merge"))
      .def(
          "result",
          [](cm::simulation_partial self, int threads) {
            if (threads < 1 || threads > 256)
              throw cm::invalid_input("simulation", 1, "a simulation runs on 1 to 256 threads, got " + std::to_string(threads));
            const py::gil_scoped_release release;
            return cm::summarise(std::move(self), threads);
          },
          py::kw_only(), py::arg("threads") = 1,
          docstring("SimulationPartial.result"))
      .def("__repr__", [](const cm::simulation_partial& p) {
        return "<SimulationPartial blocks " + std::to_string(p.first_block) + " to " + std::to_string(p.last_block) + " of " +
               std::to_string(cm::simulation_blocks(p.iterations)) + ", seed " + std::to_string(p.seed) + ">";
      });
  def_field_semantics(partial);

  m.def(
      "simulate_blocks",
      [](const cm::appraisal& appraisal, std::int64_t first_block, std::int64_t last_block,
         const std::vector<py_uncertain_input>& uncertain, std::optional<cm::risk_register> risks, std::int64_t iterations,
         std::uint64_t seed, int threads, std::optional<Eigen::MatrixXd> correlation, bool keep_samples, int histogram_bins,
         std::optional<cm::envelope> envelope) {
        const cm::simulation_settings settings =
            settings_of(iterations, seed, threads, std::move(correlation), keep_samples, histogram_bins, std::move(envelope));
        const cm::risk_register register_of_risks = risks ? std::move(*risks) : cm::risk_register();
        const std::vector<cm::uncertain_input> inputs = inputs_of(uncertain);
        const py::gil_scoped_release release;
        return cm::simulate_blocks(appraisal, inputs, register_of_risks, settings, first_block, last_block);
      },
      py::arg("appraisal"), py::arg("first_block"), py::arg("last_block"), py::kw_only(),
      py::arg("inputs") = std::vector<py_uncertain_input>{}, py::arg("risks") = py::none(), py::arg("iterations") = 10'000,
      py::arg("seed") = 1, py::arg("threads") = 1, py::arg("correlation") = py::none(), py::arg("keep_samples") = true,
      py::arg("histogram_bins") = 50, py::arg("envelope") = py::none(), docstring("simulate_blocks"));
}

void bind_simulation_tables(py::module_& m) {
  m.def(
      "simulation_table",
      [](const cm::simulation_result& simulated, std::optional<std::vector<py_uncertain_input>> uncertain,
         std::optional<Eigen::MatrixXd> correlation, const cm::report_unit& unit) {
        if (!uncertain) return cm::simulation_table(simulated, unit);
        return cm::simulation_table(simulated, inputs_of(*uncertain),
                                    settings_of(1, 1, 1, std::move(correlation), true, 50, std::nullopt), unit);
      },
      py::arg("result"), py::arg("inputs") = py::none(), py::arg("correlation") = py::none(), py::kw_only(),
      py::arg("unit") = py::none(), docstring("simulation_table"));
  m.def(
      "simulation_inputs_table",
      [](const cm::appraisal& appraisal, const std::vector<py_uncertain_input>& uncertain,
         std::optional<Eigen::MatrixXd> correlation, const cm::report_unit& unit) {
        return cm::simulation_inputs_table(appraisal, inputs_of(uncertain),
                                           settings_of(1, 1, 1, std::move(correlation), true, 50, std::nullopt), unit);
      },
      py::arg("appraisal"), py::arg("inputs"), py::arg("correlation") = py::none(), py::kw_only(),
      py::arg("unit") = py::none(), docstring("simulation_inputs_table"));
}

}  // namespace cmpy
