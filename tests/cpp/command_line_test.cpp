// SPDX-License-Identifier: MIT
// The command line of scenario/command_line.hpp on the bundled scenarios: every subcommand in
// every format, text no wider than the terminal, the assumptions and scopes said, and each
// check block headed by its contract. (The golden files of examples/scenarios/ pin the bytes.)
#include <commissioning/report/render.hpp>
#include <commissioning/report/report_tables.hpp>
#include <commissioning/appraisal/appraisal.hpp>
#include <commissioning/scenario/command_line.hpp>
#include <commissioning/scenario/scenario.hpp>
#include <commissioning/scenario/scenario_file.hpp>

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

namespace cm = commissioning;

namespace {

const std::string examples = COMMISSIONING_SCENARIO_DIR;
const std::string tests = COMMISSIONING_TEST_SCENARIO_DIR;

struct run_result {
  int status;
  std::string out;
  std::string err;
};

run_result run(const std::vector<std::string>& args) {
  std::ostringstream out, err;
  const int status = cm::run_command_line(args, out, err);
  return {status, out.str(), err.str()};
}

std::size_t display_width(const std::string& line) {
  return static_cast<std::size_t>(std::ranges::count_if(line, [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

std::size_t widest_line(const std::string& text) {
  std::size_t widest = 0;
  std::istringstream lines(text);
  for (std::string line; std::getline(lines, line);) widest = std::max(widest, display_width(line));
  return widest;
}

std::vector<std::string> bundled_scenarios() {
  std::vector<std::string> files;
  for (const auto& entry : std::filesystem::directory_iterator(examples))
    if (entry.path().extension() == ".toml") files.push_back(entry.path().string());
  std::ranges::sort(files);
  return files;
}

/// Seed 000 with examples/simulation.cpp's risk register appended.
std::string kent_with_risks() {
  const std::string path = testing::TempDir() + "kent-with-risks.toml";
  std::ofstream file(path, std::ios::binary);
  file << std::ifstream(examples + "/kent-young-carers-2021.toml").rdbuf() << '\n'
       << std::ifstream(tests + "/kent-risks.toml").rdbuf();
  return path;
}


/// Every "£..." figure of `text` outside the assumptions table (the user's words) and not
/// shown in `unit_suffix` ("k"), one a line.
std::string figures_not_in(const std::string& text, const std::string& unit_suffix) {
  static const std::regex figure("£[0-9][0-9,]*(\\.[0-9]+)?([km]?)");
  std::string wrong;
  std::istringstream lines(text);
  for (std::string line; std::getline(lines, line);) {
    if (std::regex_search(line, std::regex("^\\| [0-9]+ \\| "))) continue;  // an assumption, numbered
    for (auto it = std::sregex_iterator(line.begin(), line.end(), figure); it != std::sregex_iterator(); ++it)
      if ((*it)[2] != unit_suffix) wrong += it->str() + " in: " + line + "\n";
  }
  return wrong;
}

TEST(CommandLine, UnitPutsEveryTableNoteAndSentenceInOneUnit) {
  // Seed 000 in thousands: external £1,642,500 (1,642.5k) £1,536,087.28 £328,710; £25,000 between
  // the options; £325,500 a year, £1,627,500 over five years.
  const run_result r = run({"appraise", examples + "/kent-young-carers-2021.toml", "--format", "md", "--unit", "thousands"});
  ASSERT_EQ(r.status, 0) << r.err;
  // The file's own words stay as written: do nothing's advantage, "Annual saving of £325,500".
  std::string ours = r.out;
  const std::string words = "Annual saving of £325,500";
  ours.erase(ours.find(words), words.size());
  EXPECT_EQ(figures_not_in(ours, "k"), "");
  EXPECT_NE(r.out.find("| 3. Externally commission a new service | VCS benefit from long-standing community relationships | "
                       "A procurement process will be required | £1,643k | £1,536k | £329k | Met | 1 (preferred) |"),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("the lowest net present cost of the viable options, £1,536k, £25k less than Create a new service "
                       "in-house over 5 years."),
            std::string::npos);
  EXPECT_NE(r.out.find("costs £1,643k in cash and £1,536k in present value"), std::string::npos);
  EXPECT_NE(r.out.find("The funding available is £326k per annum. This equates to £1,628k over the term of the proposed "
                       "contract and extensions (three years plus one plus one)."),
            std::string::npos);
  // Every profile of the bundled scenarios: contracts, profiles, envelopes, portfolios, proposals.
  for (const std::string& file : bundled_scenarios()) {
    const run_result p = run({"profile", file, "--format", "md", "--unit", "millions"});
    ASSERT_EQ(p.status, 0) << p.err;
    EXPECT_EQ(figures_not_in(p.out, "m"), "") << file;
  }
  // In whole pounds lot Central's £747,547.50 shows no pence.
  const run_result whole = run({"profile", examples + "/carers-lots-2025.toml", "--unit", "whole_pounds"});
  ASSERT_EQ(whole.status, 0) << whole.err;
  EXPECT_EQ(whole.out.find("£747,547.50"), std::string::npos);
  EXPECT_NE(whole.out.find("£747,548"), std::string::npos);
}

TEST(CommandLine, WithoutAUnitTheSeedParagraphIsVerbatim) {
  const run_result r = run({"appraise", examples + "/kent-young-carers-2021.toml", "--format", "md"});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("The funding available is £325,500 per annum. This equates to £1,627,500 over the term of the "
                       "proposed contract and extensions (three years plus one plus one)."),
            std::string::npos);
}

TEST(CommandLine, AnUnknownUnitIsAUsageErrorNamingTheOptionAndTheUnits) {
  const run_result r = run({"profile", examples + "/kent-young-carers-2021.toml", "--unit", "hundreds"});
  EXPECT_EQ(r.status, 2);
  EXPECT_EQ(r.err, "[commissioning.name.001] --unit: unknown money unit 'hundreds'; expected one of pounds_and_pence, "
                   "whole_pounds, thousands, millions\n");
}

}  // namespace

TEST(CommandLine, NoLineOfAnyBundledScenarioIsWiderThanAHundredColumns) {
  int runs = 0;
  for (const std::string& file : bundled_scenarios()) {
    const cm::scenario s = cm::load_scenario(file);
    std::vector<std::vector<std::string>> commands{{"profile", file}, {"check", file}};
    if (s.has_appraisal()) {
      commands.push_back({"appraise", file});
      commands.push_back({"simulate", file, "--iterations", "500"});
    }
    for (const auto& command : commands) {
      const run_result r = run(command);
      ASSERT_EQ(r.status, 0) << command[0] << " " << file << ": " << r.err;
      EXPECT_LE(widest_line(r.out), 100U) << command[0] << " " << file << "\n" << r.out;
      ++runs;
    }
  }
  EXPECT_EQ(runs, 16);  // five files; three with options
}

TEST(CommandLine, TheWideOptionsTableNowFits) {
  const cm::scenario s = cm::load_scenario(examples + "/kent-young-carers-2021.toml");
  const cm::appraisal a = s.build_risk_adjusted_appraisal();
  const cm::table options = cm::options_table(a, a.run());
  // Unbounded, the table is 236 characters wide (the issue measured 259 with longer text).
  EXPECT_EQ(widest_line(cm::to_text(options, {.width = 1000})), 236U);
  const std::string fitted = cm::to_text(options);
  EXPECT_LE(widest_line(fitted), 100U);
  // Set out a row per block: each option's heading and figures, none lost.
  EXPECT_NE(fitted.find("Present value of costs  £1,536,087"), std::string::npos) << fitted;
  EXPECT_NE(fitted.find("Rank                    1 (preferred)"), std::string::npos) << fitted;
  EXPECT_LE(widest_line(cm::to_text(options, {.width = 60})), 60U);
}

TEST(CommandLine, WidthNarrowsEveryLineAndIsChecked) {
  const std::string kent = examples + "/kent-young-carers-2021.toml";
  for (const std::string command : {"appraise", "profile", "check"}) {
    const run_result r = run({command, kent, "--width", "60"});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_LE(widest_line(r.out), 60U) << r.out;
  }
  const run_result narrow = run({"profile", kent, "--width", "39"});
  EXPECT_EQ(narrow.status, 2);
  EXPECT_EQ(narrow.err, "[commissioning.scenario.012] --width: 39 is out of range: expected 40 to 10000\n");
  const run_result words = run({"profile", kent, "--width", "wide"});
  EXPECT_EQ(words.status, 2);
  EXPECT_EQ(words.err, "[commissioning.scenario.003] --width: expected a whole number, got 'wide'\n");
}

TEST(CommandLine, TheRendererRefusesANarrowerWidth) {
  cm::table t("Spend", {cm::column::text("Item")});
  try {
    (void)cm::to_text(t, {.width = 39});
    FAIL() << "no error";
  } catch (const cm::invalid_input& e) {
    EXPECT_STREQ(e.what(), "[commissioning.report.005] a text width of 39 is too narrow: at least 40 characters");
  }
}

TEST(CommandLine, EverySubcommandTakesEveryFormat) {
  const std::string kent = examples + "/kent-young-carers-2021.toml";
  for (const std::string command : {"appraise", "profile", "check", "simulate"})
    for (const std::string format : {"md", "html", "csv", "json", "text"}) {
      std::vector<std::string> args{command, kent, "--format", format};
      if (command == "simulate") args.insert(args.end(), {"--iterations", "200"});
      const run_result r = run(args);
      ASSERT_EQ(r.status, 0) << command << " " << format << ": " << r.err;
      EXPECT_EQ(r.err, "");
      if (format == "json") {
        EXPECT_EQ(r.out.substr(0, 13), "{\n  \"title\": ") << command;
      }
      if (format == "html") {
        EXPECT_EQ(r.out.substr(0, 15), "<!DOCTYPE html>") << command;
      }
    }
}

TEST(CommandLine, TheAssumptionsArePrintedWithTheAppraisalInEveryFormat) {
  // The risks' expected values explain why the command line's total is not the notebook's.
  const std::string file = kent_with_risks();
  const std::string r4 = "Risk R4 (Procurement fails and is re-run, owner Procurement lead): 10% × £15,000.00 = £1,500.00 "
                         "expected, added to the costs of Externally commission a new service.";
  for (const std::string format : {"md", "html", "json", "text"}) {
    const run_result r = run({"appraise", file, "--format", format, "--width", "10000"});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_NE(r.out.find("Assumptions"), std::string::npos) << format;
    EXPECT_NE(r.out.find("Figures are in real 2022-23 prices"), std::string::npos) << format;
    if (format != "html") {  // which writes × and £ as they are, but ' as &#39;
      EXPECT_NE(r.out.find(r4), std::string::npos) << format << "\n" << r.out;
    }
  }
  const run_result csv = run({"appraise", file, "--format", "csv"});
  EXPECT_NE(csv.out.find("No.,Assumption\r\n1,Figures are in real 2022-23 prices"), std::string::npos) << csv.out;
}

TEST(CommandLine, TheAssumptionsStateEachLinesVatTreatmentInEveryFormat) {
  // tests/scenarios/vat.toml: care recoverable (counted net), fuel at 5% not recoverable.
  const std::string care =
      "VAT on 'Care' (Commission): recoverable at 20%; the amounts include VAT; the appraisal counts them net of VAT, "
      "which the council recovers (VAT Act 1994 s.33). Its VAT-inclusive value, which a procurement threshold "
      "compares, is £240,000.00.";
  const std::string fuel = "VAT on 'Fuel' (Commission): charged at 5% and not recoverable; the amounts include VAT; "
                           "the appraisal counts them with VAT, a cost the council bears.";
  const std::string staff = "VAT on 'Staff' (In-house): outside the scope of VAT: none is charged and the amounts are "
                            "counted as given.";
  for (const std::string format : {"md", "json", "text", "csv", "html"}) {
    const run_result r = run({"appraise", tests + "/vat.toml", "--format", format, "--width", "10000"});
    ASSERT_EQ(r.status, 0) << r.err;
    for (const std::string& text : {care, fuel, staff}) {
      std::string expected = text;
      if (format == "html")  // ' as &#39;
        for (std::size_t at = expected.find('\''); at != std::string::npos; at = expected.find('\'', at + 5))
          expected.replace(at, 1, "&#39;");
      EXPECT_NE(r.out.find(expected), std::string::npos) << format << "\n" << r.out;
    }
  }
  // The VAT treatment decides: counted net, the commission is preferred.
  const run_result csv = run({"appraise", tests + "/vat.toml", "--format", "csv"});
  EXPECT_NE(csv.out.find("1. In-house,202000.00,198584.54,101000.00,None named,2\r\n"), std::string::npos) << csv.out;
  EXPECT_NE(csv.out.find("2. Commission,201050.00,197668.36,100534.03,None named,1 (preferred)\r\n"), std::string::npos)
      << csv.out;
}

TEST(CommandLine, EveryTableThatProfilesOrCommitsAContractNamesItsScope) {
  const std::string kent = examples + "/kent-young-carers-2021.toml";
  const run_result profile = run({"profile", kent, "--width", "10000"});
  ASSERT_EQ(profile.status, 0) << profile.err;
  EXPECT_NE(profile.out.find("Kent Young Carers Support Service: payments by financial year, current term\n"), std::string::npos);
  EXPECT_NE(profile.out.find("Scope: the current term, to 31 March 2025 (the profile's default); the base term ends 31 March "
                             "2025, the maximum term 31 March 2027."),
            std::string::npos)
      << profile.out;
  EXPECT_NE(profile.out.find("Commitments: the payments of Kent Young Carers Support Service over the current term, to 31 "
                             "March 2025."),
            std::string::npos)
      << profile.out;
  const run_result appraise = run({"appraise", kent, "--width", "10000"});
  EXPECT_NE(appraise.out.find("the payments of Kent Young Carers Support Service over the maximum term, to 31 March 2027."),
            std::string::npos)
      << appraise.out;
}

TEST(CommandLine, CheckBlocksAreHeadedByTheirContract) {
  const run_result r = run({"check", examples + "/kent-young-carers-contract-2016.toml"});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out.find("Procurement\n"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.rfind("Young Carers Support Service: procurement\n", 0), 0U) << r.out;
  EXPECT_NE(r.out.find("\nYoung Carers Support Service: modification 1 (72(1)(c))\n"), std::string::npos) << r.out;
}
