// SPDX-License-Identifier: MIT
// The `commissioning` command line: a report writer's whole decision in one scenario file,
// and every table and paragraph of the report from one command.
//
//   commissioning appraise FILE [--format md|html|csv|json|text] [--out PATH]
//   commissioning profile FILE      contracts and budgets by financial year
//   commissioning check FILE        procurement and modification findings, the key-decision test
//   commissioning simulate FILE [--iterations N] [--seed S] [--threads T] [--format ...] [--out PATH]
//   commissioning validate FILE     "FILE: valid", or the located error
//   commissioning --version
//
// Exit codes: 0 success; 1 invalid input (any commissioning error, or a file that cannot be
// read); 2 a usage error. Errors go to standard error, one line each.
#include <commissioning/commissioning.hpp>
#include <commissioning/scenario/scenario.hpp>
#include <commissioning/scenario/scenario_file.hpp>
#include <commissioning/version.hpp>

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

using namespace commissioning;

namespace {

constexpr int invalid_input_status = 1;
constexpr int usage_status = 2;

std::string version_text() {
  return "commissioning " + std::to_string(COMMISSIONING_VERSION_MAJOR) + "." +
         std::to_string(COMMISSIONING_VERSION_MINOR) + "." + std::to_string(COMMISSIONING_VERSION_PATCH);
}

/// Tables and paragraphs in one of the report formats.
std::string render(const std::string& format, const std::string& title, const std::vector<table>& tables,
                   const std::vector<std::string>& paragraphs) {
  std::ostringstream out;
  if (format == "json") {
    nlohmann::ordered_json json;
    json["title"] = title;
    json["tables"] = nlohmann::ordered_json::array();
    for (const table& t : tables) json["tables"].push_back(to_json_value<nlohmann::ordered_json>(t));
    json["paragraphs"] = paragraphs;
    out << json.dump(2) << '\n';
  } else if (format == "csv") {
    for (const table& t : tables) out << to_csv(t) << "\r\n";
  } else if (format == "html") {
    out << to_html_document(title, tables, paragraphs);
  } else if (format == "md") {
    for (const table& t : tables) out << to_markdown(t) << '\n';
    for (const std::string& p : paragraphs) out << p << "\n\n";
  } else {
    for (const table& t : tables) out << to_text(t) << '\n';
    for (const std::string& p : paragraphs) out << p << "\n\n";
  }
  return out.str();
}

bool wanted(const scenario& s, std::string_view name) {
  return s.report.tables.empty() || std::find(s.report.tables.begin(), s.report.tables.end(), name) != s.report.tables.end();
}

std::string appraise(const scenario& s, const std::string& format) {
  const appraisal a = s.build_risk_adjusted_appraisal();
  const appraisal_result result = a.run();
  std::vector<table> tables;
  std::vector<std::string> paragraphs;
  if (wanted(s, "options")) tables.push_back(options_table(a, result));
  if (s.sensitivity && !s.sensitivity->inputs.empty()) {
    const std::vector<appraisal_input> inputs = s.sensitivity_inputs();
    if (wanted(s, "sensitivity")) tables.push_back(sensitivity_table(one_way_sensitivity(a, inputs, s.sensitivity->change)));
    if (s.sensitivity->switching_values && wanted(s, "switching-values")) {
      std::vector<switching_value> values;
      for (const appraisal_input& input : inputs) values.push_back(find_switching_value(a, input));
      tables.push_back(switching_values_table(values));
    }
  }
  if (wanted(s, "appraisal-sentence")) paragraphs.push_back(appraisal_sentence(result));
  if (!s.report.contract.empty() && !s.report.funded_from.empty() && wanted(s, "financial-implications"))
    paragraphs.push_back(financial_implications_paragraph(s.contract_named(s.report.contract).build(), s.report.funded_from));
  const std::string title = s.report.title.empty() ? result.title : s.report.title;
  return render(format, title, tables, paragraphs);
}

std::string profile(const scenario& s) {
  std::ostringstream out;
  for (const scenario_contract& sc : s.contracts) {
    const contract c = sc.build();
    out << to_text(contract_summary_table(c)) << '\n';
    out << to_text(financial_year_table(c.profile(contract_scope::current, apportion_rule::monthly, s.authority.start_month()),
                                        c.name() + ": payments by financial year"))
        << '\n';
  }
  for (const scenario_envelope& se : s.envelopes) {
    if (!se.contracts.empty()) {
      out << to_text(envelope_position_table(s.build_envelope_position(se))) << '\n';
      continue;
    }
    const envelope e = se.build();
    financial_year_profile budget{apportion_rule::monthly, {}, e.total()};
    for (const financial_year& year : e.years()) budget.years.push_back({year, e.available(year)});
    out << to_text(financial_year_table(budget, e.name() + ": budget by financial year")) << '\n';
  }
  if (s.has_portfolio()) {
    if (s.proposal.empty())
      out << to_text(portfolio_table(s.build_portfolio(), s.portfolio_name)) << '\n';
    else
      out << to_text(proposal_table(s.build_proposal(), s.proposal_caption.empty() ? s.portfolio_name : s.proposal_caption))
          << '\n';
  }
  return out.str();
}

std::string check(const scenario& s) {
  std::ostringstream out;
  for (const scenario_contract& sc : s.contracts) {
    const contract c = sc.build();
    const scenario_procurement facts_in = sc.procurement.value_or(scenario_procurement{});
    procurement_facts facts;
    facts.authority = facts_in.authority;
    facts.category = facts_in.category;
    facts.vat = facts_in.vat;
    facts.procurement_start = facts_in.procurement_start;  // unset: assumed to be the contract start, as the result says
    const procurement_assessment assessment = assess_procurement(c, facts);
    out << to_text(procurement_table(assessment)) << '\n';  // the table's note is the finding in words
    // A contract stays under the rules it was procured under, modifications included.
    for (std::size_t k = 1; k <= sc.modifications.size(); ++k)
      out << to_text(modification_table(
                 assess_modification(c, k, assessment.regime, assessment.type, sc.decision_date(k))))
          << '\n';
    if (s.authority.key_decision) {
      const scenario_key_decision& k = *s.authority.key_decision;
      const key_decision_rule rule{s.authority.name.empty() ? std::string("the authority") : s.authority.name, k.amount,
                                   k.budget_share, k.capital_amount, k.wards_test};
      decision_facts decision{facts_in.decision_value.value_or(c.maximum_value()), false, std::nullopt,
                              facts_in.wards_affected};
      out << is_key_decision(rule, decision).sentence << "\n\n";
    }
  }
  return out.str();
}

/// A progress bar on standard error, redrawn when the percentage changes; silent unless
/// standard error is a terminal, so a piped or redirected run prints nothing extra.
class progress_bar {
 public:
  explicit progress_bar(bool enabled) : enabled_(enabled) {}
  void operator()(std::int64_t done, std::int64_t total) {
    if (!enabled_ || total <= 0) return;
    const auto percent = static_cast<int>(done * 100 / total);
    if (percent == shown_) return;
    shown_ = percent;
    constexpr int width = 40;
    const int filled = percent * width / 100;
    std::fprintf(stderr, "\r[%s%s] %3d%% %lld / %lld iterations", std::string(static_cast<std::size_t>(filled), '#').c_str(),
                 std::string(static_cast<std::size_t>(width - filled), ' ').c_str(), percent, static_cast<long long>(done),
                 static_cast<long long>(total));
    if (done >= total) std::fputs("\n", stderr);
    std::fflush(stderr);
  }

 private:
  bool enabled_;
  int shown_ = -1;
};

struct simulate_options {
  std::optional<std::int64_t> iterations;
  std::optional<std::uint64_t> seed;
  std::optional<int> threads;
};

std::string simulate(const scenario& s, const simulate_options& options, const std::string& format) {
  simulation_settings settings = s.build_simulation_settings();
  if (options.iterations) settings.iterations = *options.iterations;
  if (options.seed) settings.seed = *options.seed;
  if (options.threads) settings.threads = *options.threads;
  settings.keep_samples = settings.iterations <= 1'000'000;  // exact percentiles; beyond, stream (memory stays flat)
  settings.progress = progress_bar(isatty(STDERR_FILENO) != 0);
  const simulation_result result = s.simulate(settings);
  std::vector<table> tables{simulation_table(result)};
  if (s.simulation && !s.simulation->envelope.empty())
    tables.push_back(envelope_exceedance_table(result, "Probability of exceeding " + s.simulation->envelope + ", by year"));
  const std::string title = s.report.title.empty() ? s.appraisal_settings.title : s.report.title;
  return render(format, title, tables, {});
}

int write_output(const std::string& text, const std::string& out_path) {
  if (out_path.empty()) {
    std::cout << text;
    return 0;
  }
  std::ofstream out(out_path, std::ios::binary);
  if (!out || !(out << text)) {
    std::cerr << out_path << ": cannot write the output file\n";
    return invalid_input_status;
  }
  return 0;
}

std::string one_line(std::string text) {
  for (char& c : text)
    if (c == '\n' || c == '\r') c = ' ';
  return text;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"The money behind UK public-sector commissioning decisions, from a scenario file.", "commissioning"};
  app.require_subcommand(0, 1);
  app.set_version_flag("--version", version_text());

  std::string file;
  std::string format = "text";
  std::string out_path;

  CLI::App* appraise_cmd = app.add_subcommand("appraise", "Appraise the options and print the cabinet tables");
  appraise_cmd->add_option("FILE", file, "The scenario file (TOML)")->required();
  appraise_cmd->add_option("--format", format, "md, html, csv, json or text")
      ->check(CLI::IsMember({"md", "html", "csv", "json", "text"}));
  appraise_cmd->add_option("--out", out_path, "Write to this file instead of standard output");

  CLI::App* profile_cmd = app.add_subcommand("profile", "Each contract and budget by financial year");
  profile_cmd->add_option("FILE", file, "The scenario file (TOML)")->required();
  profile_cmd->add_option("--out", out_path, "Write to this file instead of standard output");

  CLI::App* check_cmd = app.add_subcommand("check", "Procurement findings for each contract, and the key-decision test");
  check_cmd->add_option("FILE", file, "The scenario file (TOML)")->required();
  check_cmd->add_option("--out", out_path, "Write to this file instead of standard output");

  simulate_options simulation;
  CLI::App* simulate_cmd =
      app.add_subcommand("simulate", "Monte Carlo: the options with the scenario's uncertain inputs and risks");
  simulate_cmd->add_option("FILE", file, "The scenario file (TOML)")->required();
  simulate_cmd->add_option("--iterations", simulation.iterations, "Iterations (default: the file's, or 10,000)")
      ->check(CLI::Range(std::int64_t{1}, std::int64_t{1'000'000'000}));
  simulate_cmd->add_option("--seed", simulation.seed, "Random seed (default: the file's, or 1)");
  simulate_cmd->add_option("--threads", simulation.threads, "Threads (the results do not depend on them)")
      ->check(CLI::Range(1, 256));
  simulate_cmd->add_option("--format", format, "md, html, csv, json or text")
      ->check(CLI::IsMember({"md", "html", "csv", "json", "text"}));
  simulate_cmd->add_option("--out", out_path, "Write to this file instead of standard output");

  CLI::App* validate_cmd = app.add_subcommand("validate", "Read the scenario and report the first error, if any");
  validate_cmd->add_option("FILE", file, "The scenario file (TOML)")->required();

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int status = app.exit(e);  // prints help, the version, or the usage error
    return status == 0 ? 0 : usage_status;
  }
  if (app.get_subcommands().empty()) {
    std::cerr << app.help();
    return usage_status;
  }

  try {
    const scenario s = load_scenario(file);
    if (validate_cmd->parsed()) {
      std::cout << file << ": valid\n";
      return 0;
    }
    if (appraise_cmd->parsed()) {
      if (!s.has_appraisal()) {
        std::cerr << file << ": the scenario has no options to appraise\n";
        return invalid_input_status;
      }
      return write_output(appraise(s, format), out_path);
    }
    if (profile_cmd->parsed()) return write_output(profile(s), out_path);
    if (check_cmd->parsed()) return write_output(check(s), out_path);
    if (simulate_cmd->parsed()) {
      if (!s.has_appraisal()) {
        std::cerr << file << ": the scenario has no options to simulate\n";
        return invalid_input_status;
      }
      return write_output(simulate(s, simulation, format), out_path);
    }
  } catch (const scenario_error& e) {
    std::cerr << one_line(e.what()) << '\n';
    return invalid_input_status;
  } catch (const error& e) {
    std::cerr << file << ": " << one_line(e.message()) << '\n';
    return invalid_input_status;
  }
  return 0;
}
