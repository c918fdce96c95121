// SPDX-License-Identifier: MIT
// Scenario files from Python: cm.load_scenario(path) and cm.Scenario.from_toml(text) give the
// same model objects as the Python API (an Appraisal, Contracts), and to_toml() writes the
// scenario back. A located scenario error is raised as InvalidInputError with its id.
// run_command_line runs the C++ command line (scenario/command_line.hpp), so `commissioning`
// installed by pip and `python -m commissioning` print what the C++ program prints.
#include "common.hpp"

#include <commissioning/report/report_tables.hpp>
#include <commissioning/scenario/command_line.hpp>
#include <commissioning/scenario/scenario.hpp>
#include <commissioning/scenario/scenario_file.hpp>

#include <unistd.h>

#include <exception>
#include <iostream>
#include <optional>
#include <string>
#include <vector>

namespace cmpy {

namespace {

/// Each of the file's contracts, as the command line builds it: options settled and
/// modifications made, in order (its history, which it pickles with).
std::vector<cm::contract> built(const std::vector<cm::scenario_contract>& contracts) {
  std::vector<cm::contract> result;
  for (const cm::scenario_contract& c : contracts) result.push_back(c.build());
  return result;
}

/// An int argument as its digits, for the scenario to read through its own range
/// (commissioning.scenario.012 naming it however large, never wrapped into a uint64).
using scenario_int_arg = std::optional<typed_object<int_type>>;
std::optional<std::string> digits_of(const scenario_int_arg& value) {
  return value ? std::optional(str_of(value->value)) : std::nullopt;
}

}  // namespace

void bind_scenario(public_module& m) {
  // A scenario error is an invalid input with a location: a ValueError with its id in Python.
  py::register_local_exception_translator([](std::exception_ptr p) {
    try {
      if (p) std::rethrow_exception(p);
    } catch (const cm::scenario_error& e) {
      const py::object type = python_module("commissioning.errors").attr("InvalidInputError");
      py::set_error(type, type(py::str(e.message()), py::str(e.id())));
    }
  });

  public_class<cm::scenario> scenario_class(m, "Scenario");
  scenario_class.def_static("from_toml", &cm::parse_scenario, "text"_a, "source_name"_a = "scenario")
      .def("to_toml", &cm::to_toml)
      .def_property_readonly("service", [](const cm::scenario& s) { return s.service; })
      .def_property_readonly("authority", [](const cm::scenario& s) { return s.authority.name; })
      .def_property_readonly("has_appraisal", &cm::scenario::has_appraisal)
      .def_property_readonly("appraisal",
                             [](const cm::scenario& s) {
                               return s.has_appraisal() ? py::cast(s.build_appraisal()) : py::object(py::none());
                             })
      .def_property_readonly("contracts", [](const cm::scenario& s) { return built(s.contracts); })
      .def_property_readonly("lots",
                             [](const cm::scenario& s) {
                               py::dict lots;
                               for (const cm::scenario_contract& c : s.contracts)
                                 if (!c.lot_of.empty())
                                   lots.attr("setdefault")(c.lot_of, py::list()).attr("append")(c.build());
                               return named_object<"dict[str, list[Contract]]">{std::move(lots)};
                             })
      .def_property_readonly(
          "portfolio",
          [](const cm::scenario& s) { return s.has_portfolio() ? std::optional(s.build_portfolio()) : std::nullopt; })
      .def_property_readonly("proposal",
                             [](const cm::scenario& s) {
                               return s.has_portfolio() && !s.proposal.empty() ? std::optional(s.build_proposal())
                                                                               : std::nullopt;
                             })
      .def_property_readonly("proposal_caption", [](const cm::scenario& s) { return s.proposal_caption; })
      .def_property_readonly("risks", &cm::scenario::build_risks)
      .def_property_readonly("risk_adjusted_appraisal",
                             [](const cm::scenario& s) {
                               return s.has_appraisal() ? py::cast(s.build_risk_adjusted_appraisal())
                                                        : py::object(py::none());
                             })
      .def_property_readonly("envelope_positions", &cm::scenario::build_envelope_positions)
      .def_property_readonly("simulation_inputs", &cm::scenario::build_simulation_inputs)
      .def(
          "simulate",
          [](const cm::scenario& s, const scenario_int_arg& iterations, const scenario_int_arg& seed,
             const scenario_int_arg& threads, bool keep_samples) {
            auto settings = s.build_simulation_settings(digits_of(iterations), digits_of(seed), digits_of(threads));
            if (!s.has_appraisal()) throw cm::invalid_input("scenario", 8, "the scenario has no options to simulate");
            settings.keep_samples = keep_samples;
            const py::gil_scoped_release release;
            return s.simulate(settings);
          },
          py::kw_only(), "iterations"_a = py::none(), "seed"_a = py::none(), "threads"_a = py::none(),
          "keep_samples"_a = true)
      .def("simulation_inputs_table",
           [](const cm::scenario& s) {
             if (!s.has_appraisal()) throw cm::invalid_input("scenario", 8, "the scenario has no options to simulate");
             return cm::simulation_inputs_table(s.build_appraisal(), s.build_simulation_inputs(),
                                                s.build_simulation_settings(), s.report.unit);
           })
      .def("__repr__", [](const cm::scenario& s) {
        return "Scenario(service=" + quoted(s.service) + ", contracts=" + std::to_string(s.contracts.size()) + ", options=" +
               std::to_string(s.options.size()) + ")";
      });
  def_equality(scenario_class);
  // A scenario pickles as its TOML, which reads back equal.
  def_pickle(
      scenario_class, [](const cm::scenario& s) { return py::make_tuple(cm::to_toml(s)); },
      [](const py::tuple& state) { return cm::parse_scenario(state[0].cast<std::string>(), "scenario"); });

  m.def("load_scenario", [](const py::object& path) { return cm::load_scenario(str_of(path)); }, "path"_a);

  m.def(
      "run_command_line",
      [](const std::vector<std::string>& args) {
        const bool progress = isatty(STDERR_FILENO) != 0;
        const py::gil_scoped_release release;
        const int status = cm::run_command_line(args, std::cout, std::cerr, {.progress_bar = progress});
        std::cout.flush();
        return status;
      },
      "args"_a);
}

}  // namespace cmpy
