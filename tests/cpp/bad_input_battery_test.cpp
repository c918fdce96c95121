// SPDX-License-Identifier: MIT
// The bad-input battery from C++ (issue 19; tests/python/test_bad_input_battery.py runs it from
// Python): each row a bad or adversarial input, the exact id it must raise, and text the message
// must hold. Every message must also be one line of valid UTF-8; the command line's rows give
// the exit code and the location too.
#include <commissioning/appraisal/discounting.hpp>
#include <commissioning/calendar.hpp>
#include <commissioning/contract.hpp>
#include <commissioning/error.hpp>
#include <commissioning/money/allocation.hpp>
#include <commissioning/money/money.hpp>
#include <commissioning/money/rate.hpp>
#include <commissioning/procurement/thresholds.hpp>
#include <commissioning/report/report.hpp>
#include <commissioning/scenario/command_line.hpp>
#include <commissioning/scenario/scenario_file.hpp>

#include <gtest/gtest.h>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <functional>
#include <limits>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace {

using namespace commissioning;

/// Valid UTF-8 with no control character: what every message must be.
bool printable_utf8(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t length = detail::utf8_length_at(text, i);
    const auto lead = static_cast<unsigned char>(text[i]);
    if (length == 0 || lead < 0x20 || lead == 0x7F) return false;
    i += length;
  }
  return true;
}

struct bad_input {
  const char* label;
  std::function<void()> action;
  const char* id;
  const char* shown;  ///< text the message must hold (the value, quoted)
};

contract kent() {
  return contract("Young Carers Support Service", "Imago", parse_date("1 May 2016"), term::parse("3+1+1"),
                  price::annual(money::parse("£325,484")));
}

const money most = money::from_pence(std::numeric_limits<std::int64_t>::max());
const money least = money::from_pence(std::numeric_limits<std::int64_t>::min());

const bad_input cases[] = {
    // money: text
    {"money empty", [] { (void)money::parse(""); }, "commissioning.money.001", "''"},
    {"money pound only", [] { (void)money::parse("£"); }, "commissioning.money.001", "'£'"},
    {"money exponent", [] { (void)money::parse("12e3"); }, "commissioning.money.002", "unexpected character 'e'"},
    {"money fullwidth", [] { (void)money::parse("１２３"); }, "commissioning.money.002", "unexpected character '１'"},
    {"money no-break space", [] { (void)money::parse("12\u00a0345"); }, "commissioning.money.002",
     "unexpected character '\u00a0'"},
    {"money euro", [] { (void)money::parse("£1,000€"); }, "commissioning.money.002", "unexpected character '€'"},
    {"money euro in pence", [] { (void)money::parse("£1.0€"); }, "commissioning.money.002", "unexpected character '€'"},
    {"money NUL", [] { (void)money::parse(std::string_view("5\0abc", 5)); }, "commissioning.money.002",
     "cannot read '5\\u0000abc' as money"},
    {"money stray byte", [] { (void)money::parse("5\xff"); }, "commissioning.money.002", "'\\xFF'"},
    {"money cut character", [] { (void)money::parse("5\xe2\x82"); }, "commissioning.money.002", "'\\xE2'"},
    {"money overlong slash", [] { (void)money::parse("5\xc0\xaf"); }, "commissioning.money.002", "'\\xC0'"},
    {"money surrogate", [] { (void)money::parse("5\xed\xa0\x80"); }, "commissioning.money.002", "'\\xED'"},
    {"money C1 control", [] { (void)money::parse("5\xc2\x85"); }, "commissioning.money.002", "'\\u0085'"},
    {"money escape", [] { (void)money::parse("\x1b[31m5"); }, "commissioning.money.002", "'\\u001B[31m5'"},
    {"money newline", [] { (void)money::parse("5\n6"); }, "commissioning.money.002", "'5\\n6'"},
    {"money two minus", [] { (void)money::parse("(-5)"); }, "commissioning.money.002", "more than one minus sign"},
    {"money three decimals", [] { (void)money::parse("£1.234"); }, "commissioning.money.003", "'£1.234'"},
    {"money grouping", [] { (void)money::parse("1,2,3"); }, "commissioning.money.004", "'1,2,3'"},
    {"money too large", [] { (void)money::parse("£100,000,000,000,000,000"); }, "commissioning.money.005",
     "'£100,000,000,000,000,000'"},
    // money: arithmetic names both operands
    {"money sum", [] { (void)(most + money::from_pence(1)); }, "commissioning.money.006",
     "the sum of £92,233,720,368,547,758.07 and £0.01 overflows"},
    {"money difference", [] { (void)(least - money::from_pence(1)); }, "commissioning.money.006",
     "-£92,233,720,368,547,758.08 minus £0.01 overflows"},
    {"money negation", [] { (void)(-least); }, "commissioning.money.006", "negating -£92,233,720,368,547,758.08"},
    {"money times", [] { (void)(most * 2); }, "commissioning.money.006", "£92,233,720,368,547,758.07 times 2 overflows"},
    {"money multiply", [] { (void)most.multiply(rate::parse("200%")); }, "commissioning.money.005",
     "£92,233,720,368,547,758.07 times 2 does not fit in 64-bit pence"},
    {"money multiply slow path", [] { (void)most.multiply(rate(big_rational(big_integer(1) << 70, 3))); },
     "commissioning.money.005", "£92,233,720,368,547,758.07 times "},
    {"money divide", [] { (void)most.divide(rate::parse("1%")); }, "commissioning.money.005",
     "£92,233,720,368,547,758.07 divided by 0.01 does not fit"},
    {"money from_pounds", [] { (void)money::from_pounds(std::numeric_limits<std::int64_t>::max()); },
     "commissioning.money.005", "£9223372036854775807 does not fit"},
    {"money from_pounds rate", [] { (void)money::from_pounds(rate::parse("1e30")); }, "commissioning.money.005",
     "£1000000000000000000000000000000 does not fit"},
    {"money from_quotient", [] { (void)money::from_quotient(big_integer(1) << 80, 3); }, "commissioning.money.005",
     "1208925819614629174706176p / 3 does not fit"},
    {"money divide by zero", [] { (void)most.divide(0); }, "commissioning.money.007", "division of money by zero"},
    {"money ratio to zero", [] { (void)most.ratio_to(money{}); }, "commissioning.money.007", "ratio to zero money"},
    {"money format decimals", [] { (void)format(most, {.decimals = 19}); }, "commissioning.money.009",
     "cannot show 19 decimals"},
    {"money display decimals", [] { (void)display_decimals(-1); }, "commissioning.money.009", "cannot show -1 decimals"},
    // rates
    {"rate empty", [] { (void)rate::parse(""); }, "commissioning.rate.001", "''"},
    {"rate fullwidth", [] { (void)rate::parse("３%"); }, "commissioning.rate.001", "'３%'"},
    {"rate euro", [] { (void)rate::parse("3€"); }, "commissioning.rate.001", "unexpected character '€'"},
    {"rate NaN", [] { (void)rate::from_double(std::numeric_limits<double>::quiet_NaN()); }, "commissioning.rate.002",
     "finite"},
    {"rate exponent", [] { (void)rate::parse("1e1000"); }, "commissioning.rate.001", "exponent"},
    // allocation
    {"split none", [] { (void)split(most, 0); }, "commissioning.allocation.001", "no parts"},
    {"split 2^40", [] { (void)split(most, std::size_t{1} << 40); }, "commissioning.allocation.004",
     "cannot split money into 1099511627776 parts: at most 1000000"},
    {"allocate negative", [] { (void)allocate(most, std::vector<std::int64_t>{1, -1}); },
     "commissioning.allocation.002", "-1"},
    {"allocate zeros", [] { (void)allocate(most, std::vector<std::int64_t>{0, 0}); }, "commissioning.allocation.003",
     "sum to zero"},
    // calendar
    {"date words", [] { (void)parse_date("yesterday"); }, "commissioning.date.001", "'yesterday'"},
    {"date fullwidth", [] { (void)parse_date("２０２０-01-01"); }, "commissioning.date.001", "'２０２０-01-01'"},
    {"date 30 February", [] { (void)parse_date("2021-02-30"); }, "commissioning.date.002", "2021-02-30"},
    {"date beyond 9999", [] { (void)add_months(parse_date("2020-01-01"), std::numeric_limits<int>::max()); },
     "commissioning.date.003", "9999"},
    {"period backwards", [] { (void)period(parse_date("2021-01-02"), parse_date("2021-01-01")); },
     "commissioning.period.001", "2021"},
    {"period no months", [] { (void)period::of_months(parse_date("2021-01-02"), 0); }, "commissioning.period.003", "got 0"},
    {"fy label", [] { (void)financial_year::parse("2021/3"); }, "commissioning.financial_year.001", "'2021/3'"},
    {"fy label years", [] { (void)financial_year::parse("2021-23"); }, "commissioning.financial_year.003", "'2021-23'"},
    {"fy label NUL", [] { (void)financial_year::parse(std::string_view("2021-22\0", 8)); },
     "commissioning.financial_year.001", "'2021-22\\u0000'"},
    // terms and contracts
    {"term fullwidth", [] { (void)term::parse("３+1"); }, "commissioning.term.001", "unexpected character '３'"},
    {"term euro", [] { (void)term::parse("3€"); }, "commissioning.term.001", "unexpected character '€'"},
    {"term zero", [] { (void)term::parse("0"); }, "commissioning.term.002", "'0'"},
    {"term long", [] { (void)term::parse("51"); }, "commissioning.term.003", "'51'"},
    {"term int max", [] { (void)term(std::numeric_limits<int>::max()); }, "commissioning.term.003",
     "the base period of 2147483647 months is longer than 50 years"},
    {"contract empty name",
     [] { (void)contract("", "Imago", parse_date("1 May 2016"), term::parse("3"), price::annual(money::parse("£1"))); },
     "commissioning.contract.016", "a contract needs a name, got ''"},
    {"contract blank name",
     [] { (void)contract(" \t", "Imago", parse_date("1 May 2016"), term::parse("3"), price::annual(money::parse("£1"))); },
     "commissioning.contract.016", "got ' \\t'"},
    {"exercise before the start", [] { kent().exercise(1, parse_date("1 January 2010")); }, "commissioning.contract.004",
     "cannot exercise option 1 on 1 January 2010: the contract starts on 1 May 2016"},
    {"exercise after the end", [] { kent().exercise(1, parse_date("1 June 2019")); }, "commissioning.contract.004",
     "the contract ended on 30 April 2019"},
    {"exercise option 3", [] { kent().exercise(3); }, "commissioning.contract.001", "no option 3"},
    {"exercise out of order", [] { kent().exercise(2); }, "commissioning.contract.002", "option 1 must be"},
    // discounting
    {"factor of year -1", [] { (void)discount_schedule::green_book_2022().exact_factor(-1); },
     "commissioning.discounting.003", "year -1"},
    {"factor of year int max", [] { (void)discount_schedule::green_book_2022().exact_factor(std::numeric_limits<int>::max()); },
     "commissioning.discounting.004", "cannot discount 2147483647 years: expected 0 to 1000"},
    {"factors -1", [] { (void)discount_schedule::green_book_2022().exact_factors(-1); },
     "commissioning.discounting.004", "cannot discount -1 years"},
    {"factors 10^9", [] { (void)discount_schedule::green_book_2022().exact_factors(1'000'000'000); },
     "commissioning.discounting.004", "cannot discount 1000000000 years"},
    {"annuity factor -1", [] { (void)annuity_factor(discount_schedule::green_book_2022(), -1); },
     "commissioning.discounting.004", "cannot discount -1 years"},
    {"present value 1001 years",
     [] { (void)present_value(discount_schedule::green_book_2022(), std::vector<money>(1001)); },
     "commissioning.discounting.004", "cannot discount 1001 years"},
    // procurement thresholds
    {"threshold csv empty", [] { (void)threshold_table::parse_csv(""); }, "commissioning.procurement.001", "no rows"},
    {"threshold csv fields", [] { (void)threshold_table::parse_csv("h\npcr_2015,works\n"); },
     "commissioning.procurement.001", "line 2: expected 6 fields (7 with the column), found 2"},
    {"threshold csv NUL",
     [] { (void)threshold_table::parse_csv(std::string_view("h\npcr_2015\0,works,2022-01-01,£1,yes,s\n", 40)); },
     "commissioning.procurement.001", "'pcr_2015\\u0000'"},
    {"threshold csv twice",
     [] { (void)threshold_table::parse_csv("h\npcr_2015,works,2022-01-01,£1,yes,s\npcr_2015,works,2022-01-01,£2,yes,s\n"); },
     "commissioning.procurement.001", "line 3: gives works from 2022-01-01 again (first on line 2)"},
    {"threshold read missing", [] { (void)threshold_table::read_csv("/nonexistent/thresholds.csv"); },
     "commissioning.procurement.008",
     "cannot read the threshold table '/nonexistent/thresholds.csv': No such file or directory"},
    {"threshold read directory", [] { (void)threshold_table::read_csv("/"); }, "commissioning.procurement.008",
     "'/': it is not a regular file"},
    {"threshold read device", [] { (void)threshold_table::read_csv("/dev/zero"); }, "commissioning.procurement.008",
     "it is not a regular file"},
    {"threshold read NUL", [] { (void)threshold_table::read_csv(std::string("a\0b", 3)); },
     "commissioning.procurement.008", "'a\\u0000b': a file name cannot hold a NUL"},
    // reports
    {"column number decimals", [] { (void)column::number("x", std::numeric_limits<int>::max()); },
     "commissioning.money.009", "cannot show 2147483647 decimals"},
    {"column percent decimals", [] { (void)column::percent("x", -1); }, "commissioning.money.009", "cannot show -1"},
    {"column money decimals", [] { (void)column::money("x", {.decimals = -3}); }, "commissioning.money.009",
     "cannot show -3"},
    {"table with a column by hand",
     [] { (void)table("t", {column{.heading = "x", .kind = column_kind::number, .decimals = 1000}}); },
     "commissioning.money.009", "cannot show 1000 decimals"},
    // scenario text
    {"scenario dotted key of 40,000 parts",
     [] {
       std::string key = "a";
       for (int i = 0; i < 39'999; ++i) key += ".a";
       (void)parse_scenario(key + " = 1");
     },
     "commissioning.scenario.014", "64"},
    {"scenario too big", [] { (void)parse_scenario(std::string(max_scenario_bytes + 1, '#')); },
     "commissioning.scenario.015", ""},
    {"scenario negative key-decision amount",
     [] { (void)parse_scenario("[authority]\nname = \"Kent\"\n[authority.key_decision]\namount = \"-£1\"\n", "k.toml"); },
     "commissioning.key_decision.001",
     "k.toml:3:1: [commissioning.key_decision.001] authority.key_decision: Kent's rule: a key-decision amount cannot "
     "be negative, got -£1.00"},
    {"scenario directory", [] { (void)load_scenario("/"); }, "commissioning.scenario.016", "'/' is a directory"},
};

TEST(BadInputBattery, EveryCaseRaisesItsIdAndQuotesTheValueAsPrintableUtf8) {
  for (const bad_input& c : cases) {
    SCOPED_TRACE(c.label);
    try {
      c.action();
      ADD_FAILURE() << "nothing thrown; expected " << c.id;
    } catch (const error& e) {
      const std::string_view text = e.message();
      EXPECT_EQ(e.id(), c.id) << text;
      EXPECT_NE(text.find(c.shown), std::string_view::npos) << text;
      EXPECT_TRUE(printable_utf8(text)) << text;
    } catch (const std::exception& e) {
      ADD_FAILURE() << "not a commissioning::error: " << e.what();
    }
  }
}

TEST(BadInputBattery, QuoteEscapesWhatCannotBeShown) {
  EXPECT_EQ(quote("£1,000€"), "'£1,000€'");
  EXPECT_EQ(quote(std::string_view("a\0b", 3)), "'a\\u0000b'");
  EXPECT_EQ(quote("a\nb\tc\rd\x7f"), "'a\\nb\\tc\\rd\\u007F'");
  EXPECT_EQ(quote("\xe2\x82"), "'\\xE2\\x82'");  // a character cut short
  EXPECT_EQ(quote("\xf4\x90\x80\x80"), "'\\xF4\\x90\\x80\\x80'");  // beyond U+10FFFF
  // Quotes and backslashes as Python's repr shows them, so that the value ends where its quotes do.
  EXPECT_EQ(quote("bad'unit"), "\"bad'unit\"");
  EXPECT_EQ(quote("say \"no\""), "'say \"no\"'");
  EXPECT_EQ(quote("it's \"x\""), "'it\\'s \"x\"'");
  EXPECT_EQ(quote("C:\\data\\n.toml"), "'C:\\\\data\\\\n.toml'");
  EXPECT_EQ(character_at("€5", 0), "€");
  EXPECT_EQ(character_at("\xe2\x82", 0), "\xe2");
  // The whole message is made printable, whatever a caller put in it.
  const invalid_input e("money", 2, std::string_view("raw\0text\xff", 9));
  EXPECT_STREQ(e.what(), "[commissioning.money.002] raw\\u0000text\\xFF");
}

// ---------------------------------------------------------------- the command line, in process

struct cli_case {
  std::vector<std::string> args;
  int status;
  std::string err_start;  ///< the start of standard error (FILE: the case's scenario file)
};

TEST(BadInputBattery, TheCommandLineRefusesBadInputWithTheExitCodeAndLocation) {
  const std::filesystem::path folder = std::filesystem::temp_directory_path() / "commissioning-battery";
  std::filesystem::create_directories(folder);
  const auto write = [&](const std::string& name, const std::string& text) {
    const std::string path = (folder / name).string();
    std::ofstream(path, std::ios::binary) << text;
    return path;
  };
  const std::string contract_file =
      "service = \"x\"\n"
      "[[contracts]]\n"
      "name = \"Young Carers\"\n"
      "provider = \"Imago\"\n"
      "start = \"1 May 2016\"\n"
      "term = \"3+1+1\"\n"
      "annual_value = \"£325,484\"\n";
  const auto with = [&](std::string_view old, std::string_view now) {
    std::string text = contract_file;
    return text.replace(text.find(old), old.size(), now);
  };
  const std::string valid = write("valid.toml", contract_file);
  const std::string bad_money = write("bad-money.toml", with("\"£325,484\"", "\"£325,484€\""));
  const std::string empty_name = write("empty-name.toml", with("\"Young Carers\"", "\"\""));
  const std::string bad_term = write("bad-term.toml", with("\"3+1+1\"", "\"３+1\""));
  std::vector<cli_case> rows;
  for (const std::string command : {"validate", "profile", "check", "appraise", "simulate"}) {
    rows.push_back({{command, bad_money}, 1, bad_money + ":7:16: [commissioning.money.002] contracts[0].annual_value: "
                                                         "cannot read '£325,484€' as money: unexpected character '€'"});
    rows.push_back({{command, empty_name}, 1, empty_name + ":2:1: [commissioning.contract.016] contracts[0]: a contract needs a name, got ''"});
    rows.push_back({{command, bad_term}, 1, bad_term + ":6:8: [commissioning.term.001] contracts[0].term"});
    rows.push_back({{command, "/"}, 1, "/: [commissioning.scenario.016]"});
    rows.push_back({{command, "/dev/zero"}, 1, "/dev/zero: [commissioning.scenario.016]"});
    rows.push_back({{command, "/nonexistent.toml"}, 1, "/nonexistent.toml: [commissioning.scenario.010]"});
  }
  for (const std::string command : {"profile", "check"}) {
    rows.push_back({{command, valid, "--width", "39"}, 2, "[commissioning.scenario.012] --width: 39"});
    rows.push_back({{command, valid, "--out", "/nonexistent/x.txt"}, 1,
                    "[commissioning.scenario.017] cannot write '/nonexistent/x.txt': No such file or directory"});
  }
  for (const cli_case& row : rows) {
    SCOPED_TRACE(row.args[0] + " " + row.args[1]);
    std::ostringstream out, err;
    EXPECT_EQ(run_command_line(row.args, out, err), row.status) << err.str();
    EXPECT_TRUE(err.str().starts_with(row.err_start)) << err.str();
    EXPECT_TRUE(printable_utf8(err.str().substr(0, err.str().size() - 1))) << err.str();
  }
  std::filesystem::remove_all(folder);
}

}  // namespace
