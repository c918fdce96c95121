// SPDX-License-Identifier: MIT
// The `commissioning` command line of scenario/command_line.hpp (CLI11, private to the library):
// a report writer's whole decision in one scenario file, and every table and paragraph of the
// report from one command, in any of the report formats.
#include <commissioning/scenario/command_line.hpp>

#include <commissioning/appraisal/appraisal.hpp>
#include <commissioning/appraisal/sensitivity.hpp>
#include <commissioning/report/financial_implications.hpp>
#include <commissioning/report/render.hpp>
#include <commissioning/report/report_tables.hpp>
#include <commissioning/risk/simulation.hpp>
#include <commissioning/scenario/scenario.hpp>
#include <commissioning/scenario/scenario_file.hpp>
#include <commissioning/version.hpp>

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <system_error>
#include <vector>

namespace commissioning {

namespace {

constexpr int invalid_input_status = 1;
constexpr int usage_status = 2;

/// The widths `--width` takes: from the text renderer's narrowest.
constexpr whole_number_range width_range{static_cast<std::int64_t>(text_options::min_width), 10'000};

std::string version_text() {
  return "commissioning " + std::to_string(COMMISSIONING_VERSION_MAJOR) + "." +
         std::to_string(COMMISSIONING_VERSION_MINOR) + "." + std::to_string(COMMISSIONING_VERSION_PATCH);
}

/// What a subcommand prints: a title, tables, then paragraphs.
struct document {
  std::string title;
  std::vector<table> tables{};
  std::vector<std::string> paragraphs{};
};

/// The document in one of the report formats; text no wider than `width`.
std::string render(const std::string& format, const document& d, std::size_t width) {
  std::ostringstream out;
  if (format == "json") {
    nlohmann::ordered_json json;
    json["title"] = d.title;
    json["tables"] = nlohmann::ordered_json::array();
    for (const table& t : d.tables) json["tables"].push_back(to_json_value<nlohmann::ordered_json>(t));
    json["paragraphs"] = d.paragraphs;
    out << json.dump(2) << '\n';
  } else if (format == "csv") {
    for (const table& t : d.tables) out << to_csv(t) << "\r\n";
  } else if (format == "html") {
    out << to_html_document(d.title, d.tables, d.paragraphs);
  } else if (format == "md") {
    for (const table& t : d.tables) out << to_markdown(t) << '\n';
    for (const std::string& p : d.paragraphs) out << p << "\n\n";
  } else {
    text_options options;  // text columns as wide as the line allows
    options.width = width;
    options.max_column_width = width;
    for (const table& t : d.tables) out << to_text(t, options) << '\n';
    for (const std::string& p : d.paragraphs) out << wrap_text(p, width) << '\n';
  }
  return out.str();
}

bool wanted(const scenario& s, std::string_view name) {
  return s.report.tables.empty() || std::find(s.report.tables.begin(), s.report.tables.end(), name) != s.report.tables.end();
}

std::string title_of(const scenario& s, const std::string& fallback) {
  if (!s.report.title.empty()) return s.report.title;
  if (!fallback.empty()) return fallback;
  return s.service;
}


/// The assumptions of an appraisal, with the term each contract line of the scenario uses.
table assumptions_of(const scenario& s, const appraisal_result& result) {
  table t = assumptions_table(result);
  auto number = static_cast<std::int64_t>(result.assumptions.size());
  for (const scenario_option& o : s.options)
    for (const scenario_line& l : o.lines)
      if (l.source == line_source::contract)
        t.add_row({++number, o.name + ", " + quote(l.name) + ": the payments of " + l.reference + " over " +
                                 s.contract_named(l.reference).build().term_in_words(l.scope) +
                                 // Said when the file did not choose; a chosen scope needs no aside.
                                 (l.scope == contract_scope::current ? " (by default)." : ".")});
  return t;
}

document appraise(const scenario& s) {
  const appraisal a = s.build_risk_adjusted_appraisal();
  const appraisal_result result = a.run();
  document d{title_of(s, result.title)};
  if (wanted(s, "options")) d.tables.push_back(options_table(a, result, s.report.unit));
  if (s.sensitivity && !s.sensitivity->inputs.empty()) {
    const std::vector<appraisal_input> inputs = s.sensitivity_inputs();
    if (wanted(s, "sensitivity"))
      for (const sensitivity_analysis& analysis : s.sensitivity->run(a, inputs))
        d.tables.push_back(sensitivity_table(analysis, s.report.unit));
    if (s.sensitivity->switching_values && wanted(s, "switching-values")) {
      std::vector<switching_value> values;
      for (const appraisal_input& input : inputs) values.push_back(find_switching_value(a, input));
      d.tables.push_back(switching_values_table(values));
    }
  }
  d.tables.push_back(assumptions_of(s, result));  // always: the figures mean nothing without them
  if (wanted(s, "appraisal-sentence")) d.paragraphs.push_back(appraisal_sentence(result, s.report.unit));
  if (!s.report.contract.empty() && !s.report.funded_from.empty() && wanted(s, "financial-implications")) {
    const scenario::reported_contracts reported = s.reported(s.report.contract);
    d.paragraphs.push_back(financial_implications_paragraph(reported.contracts, s.report.funded_from, reported.lots, s.report.unit));
  }
  return d;
}

document profile(const scenario& s) {
  document d{title_of(s, s.service.empty() ? std::string() : s.service + ": profile")};
  for (const scenario_contract& sc : s.contracts) {
    const contract c = sc.build();
    d.tables.push_back(contract_summary_table(c, s.report.unit));
    d.tables.push_back(financial_year_table(
        c.profile(contract_scope::current, apportion_rule::monthly, s.authority.start_month()),
        c.name() + ": payments by financial year, current term", s.report.unit,
        " (the profile's default); the base term ends " + to_long_string(c.base_end()) + ", the maximum term " +
            to_long_string(c.maximum_end())));
  }
  for (const scenario_envelope& se : s.envelopes) {
    if (!se.contracts.empty()) {
      d.tables.push_back(envelope_position_table(s.build_envelope_position(se), s.report.unit));  // its note names the scope
      continue;
    }
    const envelope e = se.build();
    financial_year_profile budget{apportion_rule::monthly, {}, e.total()};
    for (const financial_year& year : e.years()) budget.years.push_back({year, e.available(year)});
    d.tables.push_back(financial_year_table(budget, e.name() + ": budget by financial year", s.report.unit));
  }
  if (s.has_portfolio()) {
    if (s.proposal.empty())
      d.tables.push_back(portfolio_table(s.build_portfolio(), s.portfolio_name, s.report.unit));
    else
      d.tables.push_back(
          proposal_table(s.build_proposal(), s.proposal_caption.empty() ? s.portfolio_name : s.proposal_caption,
                         s.report.unit));
  }
  return d;
}

document check(const scenario& s, const std::string& file) {
  document d{title_of(s, s.service.empty() ? std::string() : s.service + ": procurement check")};
  std::set<std::string> procurements_shown;
  for (std::size_t i = 0; i < s.contracts.size(); ++i) {
    // The loader has checked contracts with procurement facts; one without is judged on assumed
    // facts here, and an error names the contract it concerns.
    const contract_check found = [&] {
      try {
        return s.check(s.contracts[i]);
      } catch (const scenario_error&) {
        throw;
      } catch (const error& e) {
        const std::string prefix = "[" + e.id() + "] ";
        throw scenario_error(e.id(), file, 0, 0, "contracts[" + std::to_string(i) + "]",
                             std::string(e.message()).substr(prefix.size()));
      }
    }();
    const std::string& name = s.contracts[i].name;
    // Lots share one assessment, the procurement's: it is shown once, under the procurement's name.
    const std::string& procured_as = s.contracts[i].lot_of.empty() ? name : s.contracts[i].lot_of;
    if (procurements_shown.insert(procured_as).second) {
      table procurement = procurement_table(found.procurement, procured_as, s.report.unit);  // its note: the finding in words
      if (found.key_decision) procurement.note(found.key_decision->sentence);
      if (found.decision_timing) procurement.note(found.decision_timing->sentence);
      d.tables.push_back(std::move(procurement));
    }
    for (const modification_assessment& m : found.modifications) d.tables.push_back(modification_table(m, name, s.report.unit));
  }
  return d;
}

/// A progress bar on `err`, redrawn when the percentage changes; silent unless enabled (the
/// caller enables it when standard error is a terminal, so a piped run prints nothing extra).
class progress_bar {
 public:
  progress_bar(bool enabled, std::ostream& err) : enabled_(enabled), err_(&err) {}
  void operator()(std::int64_t done, std::int64_t total) {
    if (!enabled_ || total <= 0) return;
    const auto percent = static_cast<int>(done * 100 / total);
    if (percent == shown_) return;
    shown_ = percent;
    constexpr int width = 40;
    const int filled = percent * width / 100;
    char counts[96];
    std::snprintf(counts, sizeof counts, "] %3d%% %lld / %lld iterations", percent, static_cast<long long>(done),
                  static_cast<long long>(total));
    *err_ << '\r' << '[' << std::string(static_cast<std::size_t>(filled), '#')
          << std::string(static_cast<std::size_t>(width - filled), ' ') << counts;
    if (done >= total) *err_ << '\n';
    err_->flush();
  }

 private:
  bool enabled_;
  std::ostream* err_;
  int shown_ = -1;
};

/// The options as typed, read through the scenario's own ranges (so that "-1" is refused,
/// never wrapped, and a seed of 23 digits is refused, never saturated).
struct typed_options {
  std::optional<std::string> iterations_text;
  std::optional<std::string> seed_text;
  std::optional<std::string> threads_text;
  std::optional<std::string> width_text;
  std::optional<std::string> unit_text;
  std::optional<std::int64_t> iterations;
  std::optional<std::uint64_t> seed;
  std::optional<int> threads;
  std::size_t width = text_options{}.width;
  report_unit unit;  ///< --unit: the report's money unit, over the file's
  /// Reads the texts (commissioning.scenario.012, .003 or name.001 naming the option and its value).
  void read() {
    using ranges = scenario_simulation;
    if (iterations_text) iterations = ranges::iterations_range.parse(*iterations_text, "--iterations");
    if (seed_text) seed = static_cast<std::uint64_t>(ranges::seed_range.parse(*seed_text, "--seed"));
    if (threads_text) threads = static_cast<int>(ranges::threads_range.parse(*threads_text, "--threads"));
    if (width_text) width = static_cast<std::size_t>(width_range.parse(*width_text, "--width"));
    if (unit_text) unit = parse_name<money_unit>(*unit_text, "--unit");  // commissioning.name.001
  }
};

document simulate(const scenario& s, const typed_options& options, bool progress, std::ostream& err) {
  simulation_settings settings = s.build_simulation_settings();
  if (options.iterations) settings.iterations = *options.iterations;
  if (options.seed) settings.seed = *options.seed;
  if (options.threads) settings.threads = *options.threads;
  settings.keep_samples = settings.iterations <= 1'000'000;  // exact percentiles; beyond, stream (memory stays flat)
  settings.progress = progress_bar(progress, err);
  const simulation_result result = s.simulate(settings);
  const std::vector<uncertain_input> inputs = s.build_simulation_inputs();
  document d{title_of(s, s.appraisal_settings.title), {simulation_table(result, inputs, settings, s.report.unit)}};
  if (!inputs.empty()) d.tables.push_back(simulation_inputs_table(s.build_appraisal(), inputs, settings, s.report.unit));
  if (s.simulation && !s.simulation->envelope.empty())
    d.tables.push_back(envelope_exceedance_table(result, "Probability of exceeding " + s.simulation->envelope + ", by year"));
  d.tables.push_back(assumptions_of(s, s.build_appraisal().run()));  // the risks are simulated, not added
  return d;
}

/// Writes to `out`, or to the file `--out` names; commissioning.scenario.017 with the reason
/// when it cannot ("No such file or directory", "No space left on device").
int write_output(const std::string& text, const std::string& out_path, std::ostream& out, std::ostream& err) {
  try {
    if (!out_path.empty()) {
      write_text_file(out_path, text);
    } else {
      errno = 0;
      if (!(out << text << std::flush))
        throw invalid_input("scenario", 17,
                            "cannot write standard output: " + std::generic_category().message(errno ? errno : EIO));
    }
  } catch (const error& e) {
    err << printable(e.message()) << '\n';
    return invalid_input_status;
  }
  return 0;
}

}  // namespace

int run_command_line(std::span<const std::string> args, std::ostream& out, std::ostream& err,
                     const command_line_settings& settings) {
  CLI::App app{"The money behind UK public-sector commissioning decisions, from a scenario file.", "commissioning"};
  app.require_subcommand(0, 1);
  app.set_version_flag("--version", version_text());

  std::string file;
  std::string format = "text";
  std::string out_path;
  typed_options typed;
  const auto range = [](const whole_number_range& r) { return std::to_string(r.low) + " to " + std::to_string(r.high); };
  // --format, --width and --out, the same on every command that reports.
  const auto report_options = [&](CLI::App* command) {
    command->add_option("FILE", file, "The scenario file (TOML)")->required();
    command->add_option("--format", format, "md, html, csv, json or text (default: text)")
        ->check(CLI::IsMember({"md", "html", "csv", "json", "text"}));
    command->add_option("--width", typed.width_text,
                        "The widest line of text, " + range(width_range) + " characters (default: " +
                            std::to_string(text_options{}.width) + ")")
        ->type_name("INT");
    command->add_option("--out", out_path, "Write to this file instead of standard output");
    command->add_option("--unit", typed.unit_text,
                        "The money unit of every table and sentence: " + canonical_names<money_unit>() +
                            " (default: the file's [report] unit, else each table's usual)")
        ->type_name("UNIT");
  };

  CLI::App* appraise_cmd = app.add_subcommand("appraise", "Appraise the options and print the cabinet tables");
  report_options(appraise_cmd);
  CLI::App* profile_cmd = app.add_subcommand("profile", "Each contract and budget by financial year");
  report_options(profile_cmd);
  CLI::App* check_cmd = app.add_subcommand("check", "Procurement findings for each contract, and the key-decision test");
  report_options(check_cmd);

  CLI::App* simulate_cmd =
      app.add_subcommand("simulate", "Monte Carlo: the options with the scenario's uncertain inputs and risks");
  report_options(simulate_cmd);
  simulate_cmd->add_option("--iterations", typed.iterations_text,
                           "Iterations, " + range(scenario_simulation::iterations_range) + " (default: the file's, or 10,000)")
      ->type_name("INT");
  simulate_cmd->add_option("--seed", typed.seed_text,
                           "Random seed, " + range(scenario_simulation::seed_range) + " (default: the file's, or 1)")
      ->type_name("INT");
  simulate_cmd->add_option("--threads", typed.threads_text,
                           "Threads, " + range(scenario_simulation::threads_range) + " (the results do not depend on them)")
      ->type_name("INT");

  CLI::App* validate_cmd = app.add_subcommand("validate", "Read the scenario and report the first error, if any");
  validate_cmd->add_option("FILE", file, "The scenario file (TOML)")->required();

  try {
    std::vector<std::string> reversed(args.rbegin(), args.rend());  // CLI11 takes them last first
    app.parse(reversed);
  } catch (const CLI::ParseError& e) {
    const int status = app.exit(e, out, err);  // prints help, the version, or the usage error
    return status == 0 ? 0 : usage_status;
  }
  if (app.get_subcommands().empty()) {
    err << app.help();
    return usage_status;
  }
  try {
    typed.read();
  } catch (const error& e) {
    err << printable(e.message()) << '\n';
    return usage_status;
  }

  try {
    scenario s = load_scenario(file);
    if (typed.unit) s.report.unit = typed.unit;
    if (validate_cmd->parsed()) {
      out << printable(file) << ": valid\n" << std::flush;
      return 0;
    }
    const auto write = [&](const document& d) { return write_output(render(format, d, typed.width), out_path, out, err); };
    if (appraise_cmd->parsed()) {
      if (!s.has_appraisal()) throw invalid_input("scenario", 8, "the scenario has no options to appraise");
      return write(appraise(s));
    }
    if (profile_cmd->parsed()) return write(profile(s));
    if (check_cmd->parsed()) return write(check(s, file));
    if (simulate_cmd->parsed()) {
      if (!s.has_appraisal()) throw invalid_input("scenario", 8, "the scenario has no options to simulate");
      return write(simulate(s, typed, settings.progress_bar, err));
    }
  } catch (const scenario_error& e) {
    err << e.what() << '\n';  // located, and already printable
    return invalid_input_status;
  } catch (const error& e) {
    err << printable(file) << ": " << printable(e.message()) << '\n';
    return invalid_input_status;
  }
  return 0;
}

}  // namespace commissioning
