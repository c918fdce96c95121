// SPDX-License-Identifier: MIT
// Scenario files from Python: cm.load_scenario(path) and cm.Scenario.from_toml(text) give the
// same model objects as the Python API (an Appraisal, Contracts), and to_toml() writes the
// scenario back. A located scenario error is raised as InvalidInputError with its id.
// run_command_line runs the C++ command line (scenario/command_line.hpp), so `commissioning`
// installed by pip and `python -m commissioning` print what the C++ program prints.
#include "contract_access.hpp"

#include <commissioning/report/report_tables.hpp>
#include <commissioning/scenario/command_line.hpp>
#include <commissioning/scenario/scenario.hpp>
#include <commissioning/scenario/scenario_file.hpp>

#include <unistd.h>

#include <cstdint>
#include <exception>
#include <iostream>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cmpy {

namespace {

/// The UncertainInput a scenario's [simulation] input describes, made through the Python API so
/// that it keeps the AppraisalInput it moves (which it needs to pickle).
struct lots_type {
  static constexpr auto name = py::detail::const_name("dict[str, list[Contract]]");
  static bool accepts(py::handle) { return true; }
};

/// A Python Contract of the file's contract: options settled and modifications made, in order.
py::object contract_object(const cm::scenario_contract& c) {
  std::vector<cm::modification> modifications;
  for (const cm::scenario_modification& change : c.modifications) modifications.push_back(change.change);
  return python_contract(c.awarded(), c.options, modifications);
}

py::object uncertain_input_object(const cm::scenario_uncertain_input& i) {
  const py::object core = python_module("commissioning._core");
  const py::object values = py::cast(i.values.build());
  const cm::scenario_sensitivity_input& in = i.input;
  if (in.target == "delay") return core.attr("UncertainInput").attr("delay")(in.option, values);
  const py::object inputs = core.attr("AppraisalInput");
  py::object input;
  if (in.target == "costs") input = inputs.attr("costs")(in.option);
  else if (in.target == "benefits") input = inputs.attr("benefits")(in.option);
  else if (in.target == "category")
    input = inputs.attr("category")(in.option, cm::to_string(in.category.value_or(cm::cost_category::other)));
  else if (in.target == "discount-rate") input = inputs.attr("discount_rate")();
  else input = inputs.attr("line")(in.option, in.line);
  return core.attr("UncertainInput")(input, values);
}

/// An int argument read through the scenario's own range: commissioning.scenario.012 naming
/// it however large (never wrapped into a uint64, nor refused with a signature dump).
std::optional<std::int64_t> in_range(const std::optional<typed_object<int_type>>& value,
                                     const cm::whole_number_range& range, std::string_view name) {
  if (!value) return std::nullopt;
  return range.parse(str_of(value->value), name);
}

}  // namespace

void bind_scenario(py::module_& m) {
  // A scenario error is an invalid input with a location: a ValueError with its id in Python.
  py::register_local_exception_translator([](std::exception_ptr p) {
    if (!p) return;
    try {
      std::rethrow_exception(p);
    } catch (const cm::scenario_error& e) {
      const py::object type = python_module("commissioning.errors").attr("InvalidInputError");
      py::set_error(type, type(py::str(e.message()), py::str(e.id())));
    }
  });

  py::class_<cm::scenario> scenario_class(m, "Scenario", py::is_final(), docstring("Scenario"));
  set_public_module(scenario_class);
  scenario_class
      .def_static(
          "from_toml",
          [](const std::string& text, const std::string& source_name) { return cm::parse_scenario(text, source_name); },
          py::arg("text"), py::arg("source_name") = "scenario", docstring("Scenario.from_toml"))
      .def("to_toml", [](const cm::scenario& s) { return cm::to_toml(s); },
           docstring("Scenario.to_toml"))
      .def_property_readonly("service", [](const cm::scenario& s) { return s.service; }, docstring("Scenario.service"))
      .def_property_readonly("authority", [](const cm::scenario& s) { return s.authority.name; },
                             docstring("Scenario.authority"))
      .def_property_readonly("has_appraisal", &cm::scenario::has_appraisal,
                             docstring("Scenario.has_appraisal"))
      .def_property_readonly(
          "appraisal", [](const cm::scenario& s) -> py::object {
            if (!s.has_appraisal()) return py::none();
            return py::cast(s.build_appraisal());
          },
          docstring("Scenario.appraisal"))
      .def_property_readonly(
          "contracts",
          [](const cm::scenario& s) {
            py::list contracts;
            for (const cm::scenario_contract& c : s.contracts) contracts.append(contract_object(c));
            return contracts;
          },
          docstring("Scenario.contracts"))
      .def_property_readonly(
          "lots",
          [](const cm::scenario& s) {
            py::dict lots;
            for (const cm::scenario_contract& c : s.contracts) {
              if (c.lot_of.empty()) continue;
              const py::str procurement(c.lot_of);
              if (!lots.contains(procurement)) lots[procurement] = py::list();
              lots[procurement].cast<py::list>().append(contract_object(c));
            }
            return typed_object<lots_type>{std::move(lots)};
          },
          docstring("Scenario.lots"))
      .def_property_readonly(
          "portfolio",
          [](const cm::scenario& s) -> std::optional<cm::portfolio> {
            if (!s.has_portfolio()) return std::nullopt;
            return s.build_portfolio();
          },
          docstring("Scenario.portfolio"))
      .def_property_readonly(
          "proposal",
          [](const cm::scenario& s) -> std::optional<cm::proposal_result> {
            if (!s.has_portfolio() || s.proposal.empty()) return std::nullopt;
            return s.build_proposal();
          },
          docstring("Scenario.proposal"))
      .def_property_readonly(
          "proposal_caption", [](const cm::scenario& s) { return s.proposal_caption; },
          docstring("Scenario.proposal_caption"))
      .def_property_readonly("risks", &cm::scenario::build_risks, docstring("Scenario.risks"))
      .def_property_readonly(
          "risk_adjusted_appraisal",
          [](const cm::scenario& s) -> py::object {
            if (!s.has_appraisal()) return py::none();
            return py::cast(s.build_risk_adjusted_appraisal());
          },
          docstring("Scenario.risk_adjusted_appraisal"))
      .def_property_readonly(
          "envelope_positions",
          [](const cm::scenario& s) {
            std::vector<cm::envelope_position> positions;
            for (const cm::scenario_envelope& e : s.envelopes)
              if (!e.contracts.empty()) positions.push_back(s.build_envelope_position(e));
            return positions;
          },
          docstring("Scenario.envelope_positions"))
      .def_property_readonly(
          "simulation_inputs",
          [](const cm::scenario& s) {
            py::list inputs;
            if (s.simulation)
              for (const cm::scenario_uncertain_input& i : s.simulation->inputs) inputs.append(uncertain_input_object(i));
            return inputs;
          },
          docstring("Scenario.simulation_inputs"))
      .def(
          "simulate",
          [](const cm::scenario& s, const std::optional<typed_object<int_type>>& iterations,
             const std::optional<typed_object<int_type>>& seed, const std::optional<typed_object<int_type>>& threads,
             bool keep_samples) {
            using ranges = cm::scenario_simulation;
            cm::simulation_settings settings = s.build_simulation_settings();
            if (const auto n = in_range(iterations, ranges::iterations_range, "iterations")) settings.iterations = *n;
            if (const auto n = in_range(seed, ranges::seed_range, "seed")) settings.seed = static_cast<std::uint64_t>(*n);
            if (const auto n = in_range(threads, ranges::threads_range, "threads")) settings.threads = static_cast<int>(*n);
            if (!s.has_appraisal()) throw cm::invalid_input("scenario", 8, "the scenario has no options to simulate");
            settings.keep_samples = keep_samples;
            const py::gil_scoped_release release;
            return s.simulate(settings);
          },
          py::kw_only(), py::arg("iterations") = py::none(), py::arg("seed") = py::none(), py::arg("threads") = py::none(),
          py::arg("keep_samples") = true, docstring("Scenario.simulate"))
      .def(
          "simulation_inputs_table",
          [](const cm::scenario& s) {
            if (!s.has_appraisal()) throw cm::invalid_input("scenario", 8, "the scenario has no options to simulate");
            return cm::simulation_inputs_table(s.build_appraisal(), s.build_simulation_inputs(), s.build_simulation_settings(),
                                               s.report.unit);
          },
          docstring("Scenario.simulation_inputs_table"))
      .def("__repr__", [](const cm::scenario& s) {
        return "Scenario(service=" + repr_of(py::str(s.service)) + ", contracts=" + std::to_string(s.contracts.size()) +
               ", options=" + std::to_string(s.options.size()) + ")";
      });
  def_equality(scenario_class);
  // A scenario pickles as its TOML, which reads back equal.
  def_pickle(
      scenario_class, [](const cm::scenario& s) { return py::make_tuple(cm::to_toml(s)); },
      [](const py::tuple& state) { return cm::parse_scenario(state[0].cast<std::string>(), "scenario"); });

  m.def(
      "load_scenario", [](const py::object& path) { return cm::load_scenario(str_of(path)); }, py::arg("path"),
      docstring("load_scenario"));

  m.def(
      "run_command_line",
      [](const std::vector<std::string>& args) {
        const bool progress = isatty(STDERR_FILENO) != 0;
        const py::gil_scoped_release release;
        const int status = cm::run_command_line(args, std::cout, std::cerr, {.progress_bar = progress});
        std::cout.flush();
        return status;
      },
      py::arg("args"), docstring("run_command_line"));
}

}  // namespace cmpy
