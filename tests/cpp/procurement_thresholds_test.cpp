// procurement_thresholds: the bundled table of PCR 2015 and Procurement Act 2023 thresholds,
// looked up by regime, contract type and date, and a user's table read from CSV.
//
// Every figure below is from /work/shared/reference/domain-facts.md: section 3.1 (PCR 2015
// regulation 5 from 26 February 2015 to 2024, each row's source on its line of
// data/procurement-thresholds.csv) and section 3.6 (Procurement Act 2023 Schedule 1 as
// enacted, from 24 February 2025, and from 1 January 2026 under SI 2025/1200).
#include <commissioning/procurement/thresholds.hpp>

#include <gtest/gtest.h>

#include "fails_with.hpp"

#include <array>
#include <chrono>
#include <cstddef>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

// GoogleTest prints money in a failure through this rather than operator<<: GCC 12 at -O3
// reports a false -Wrestrict in format()'s thousands grouping when a test's only use of
// format() is operator<< (as here). The figure is printed exactly, without grouping.
namespace commissioning {
void PrintTo(money amount, std::ostream* out) { *out << "£" << amount.pounds().to_string(2); }
}  // namespace commissioning

namespace {

using namespace commissioning;

money pounds(std::string_view text) { return money::parse(text); }
date on(std::string_view text) { return parse_date(text); }

constexpr procurement_regime pcr = procurement_regime::pcr_2015;
constexpr procurement_regime act = procurement_regime::procurement_act_2023;

const threshold_row& bundled(procurement_regime regime, contract_type type, std::string_view day) {
  return threshold_table::bundled().lookup(regime, type, on(day));
}

// A type whose threshold changes on a date: the amount in force the day before, and from the day.
struct dated_row {
  contract_type type;
  money before;  // the amount in force the day before `from`
  money from;    // the amount in force from `from`
};

// ---------------------------------------------------------------- PCR 2015 (domain-facts 3.1)

// Every PCR 2015 row: regulation 5's four figures on each date they changed, net of VAT until
// SI 2021/1221 made them VAT-inclusive on 1 January 2022. The source of each is on its CSV row.
struct pcr_row {
  std::string_view from;  // the day it came into force
  contract_type type;
  std::string_view amount;
  bool vat_inclusive;
};
constexpr std::array<pcr_row, 24> pcr_rows = {{
    // as made, in force 26 February 2015 (the 2014-15 sterling values)
    {"26 February 2015", contract_type::central_goods_services, "£111,676", false},
    {"26 February 2015", contract_type::sub_central_goods_services, "£172,514", false},
    {"26 February 2015", contract_type::works, "£4,322,012", false},
    {"26 February 2015", contract_type::light_touch, "£625,050", false},
    // PPN 18/15
    {"1 January 2016", contract_type::central_goods_services, "£106,047", false},
    {"1 January 2016", contract_type::sub_central_goods_services, "£164,176", false},
    {"1 January 2016", contract_type::works, "£4,104,394", false},
    {"1 January 2016", contract_type::light_touch, "£589,148", false},
    // PPN 04/17
    {"1 January 2018", contract_type::central_goods_services, "£118,133", false},
    {"1 January 2018", contract_type::sub_central_goods_services, "£181,302", false},
    {"1 January 2018", contract_type::works, "£4,551,413", false},
    {"1 January 2018", contract_type::light_touch, "£615,278", false},
    // from 1 January 2020, held through 2021 by PPN 10/20; SI 2021/1221 reg 3(2) replaces these figures
    {"1 January 2020", contract_type::central_goods_services, "£122,976", false},
    {"1 January 2020", contract_type::sub_central_goods_services, "£189,330", false},
    {"1 January 2020", contract_type::works, "£4,733,252", false},
    {"1 January 2020", contract_type::light_touch, "£663,540", false},
    // SI 2021/1221: new figures, and "net" becomes "inclusive" of VAT
    {"1 January 2022", contract_type::central_goods_services, "£138,760", true},
    {"1 January 2022", contract_type::sub_central_goods_services, "£213,477", true},
    {"1 January 2022", contract_type::works, "£5,336,937", true},
    {"1 January 2022", contract_type::light_touch, "£663,540", true},
    // PPN 11/23
    {"1 January 2024", contract_type::central_goods_services, "£139,688", true},
    {"1 January 2024", contract_type::sub_central_goods_services, "£214,904", true},
    {"1 January 2024", contract_type::works, "£5,372,609", true},
    {"1 January 2024", contract_type::light_touch, "£663,540", true},
}};

TEST(ProcurementThresholdsTest, EveryPcrRowHoldsFromItsDateUntilTheNext) {
  for (const pcr_row& expected : pcr_rows) {
    SCOPED_TRACE(std::string(to_string(expected.type)) + " from " + std::string(expected.from));
    const threshold_row& row = bundled(pcr, expected.type, expected.from);
    EXPECT_EQ(row.effective_from, on(expected.from));
    EXPECT_EQ(row.amount, pounds(expected.amount));
    EXPECT_EQ(row.vat_inclusive, expected.vat_inclusive);
    EXPECT_FALSE(row.source.empty());
  }
  // The day before each change, the earlier row is still in force.
  EXPECT_EQ(bundled(pcr, contract_type::light_touch, "31 December 2017").amount, pounds("£589,148"));
  EXPECT_EQ(bundled(pcr, contract_type::light_touch, "31 December 2019").amount, pounds("£615,278"));
  EXPECT_EQ(bundled(pcr, contract_type::works, "31 December 2021").amount, pounds("£4,733,252"));
  EXPECT_FALSE(bundled(pcr, contract_type::works, "31 December 2021").vat_inclusive);
  // The last row holds until a newer table replaces it.
  EXPECT_EQ(bundled(pcr, contract_type::works, "23 February 2025").amount, pounds("£5,372,609"));
}

TEST(ProcurementThresholdsTest, PcrLightTouchOnTheFourDatesOfIssue18) {
  // The light-touch threshold in force on the day a procurement started (issue 18).
  EXPECT_EQ(bundled(pcr, contract_type::light_touch, "1 March 2015").amount, pounds("£625,050"));
  EXPECT_EQ(bundled(pcr, contract_type::light_touch, "1 June 2016").amount, pounds("£589,148"));
  EXPECT_EQ(bundled(pcr, contract_type::light_touch, "1 June 2018").amount, pounds("£615,278"));
  EXPECT_EQ(bundled(pcr, contract_type::light_touch, "1 June 2020").amount, pounds("£663,540"));
  // PPN 10/20 kept the 2020 figures through 2021; from 2022 the same figure includes VAT.
  EXPECT_FALSE(bundled(pcr, contract_type::light_touch, "31 December 2021").vat_inclusive);
  EXPECT_TRUE(bundled(pcr, contract_type::light_touch, "1 January 2022").vat_inclusive);
}

TEST(ProcurementThresholdsTest, PcrBeforeTheRegulationsCameIntoForceIsNotInTheBundledTable) {
  for (contract_type type : {contract_type::sub_central_goods_services, contract_type::central_goods_services,
                             contract_type::works, contract_type::light_touch}) {
    SCOPED_TRACE(to_string(type));
    EXPECT_TRUE(fails_with<std::out_of_range>([&] { (void)bundled(pcr, type, "25 February 2015"); },
                                              "commissioning.procurement.003", "25 February 2015"));
  }
  EXPECT_TRUE(fails_with<std::out_of_range>(
      [] { (void)bundled(pcr, contract_type::sub_central_goods_services, "1 January 2015"); },
      "commissioning.procurement.003",
      "the threshold table has no sub_central_goods_services threshold under the Public Contracts Regulations 2015 "
      "in force on 1 January 2015; load a table that covers it"));
}

TEST(ProcurementThresholdsTest, PcrHasNoUtilitiesDefenceOrConcessionRows) {
  for (contract_type type : {contract_type::utilities_goods_services, contract_type::utilities_works,
                             contract_type::utilities_light_touch, contract_type::defence_security_goods_services,
                             contract_type::defence_security_works, contract_type::concession,
                             contract_type::light_touch_concession}) {
    SCOPED_TRACE(to_string(type));
    EXPECT_TRUE(fails_with<std::out_of_range>([&] { (void)bundled(pcr, type, "1 June 2024"); },
                                              "commissioning.procurement.003", to_string(type)));
  }
}

// ---------------------------------------------------------------- Procurement Act 2023 (domain-facts 3.6)

// Schedule 1: as enacted (26 Oct 2023), from 24 Feb 2025, from 1 Jan 2026 (SI 2025/1200).
struct act_row {
  contract_type type;
  money enacted;
  money from_2025;
  money from_2026;
};

std::vector<act_row> schedule_1() {
  return {
      {contract_type::works, pounds("£5,336,937"), pounds("£5,372,609"), pounds("£5,193,000")},
      {contract_type::defence_security_works, pounds("£5,336,937"), pounds("£5,372,609"), pounds("£5,193,000")},
      {contract_type::defence_security_goods_services, pounds("£426,955"), pounds("£429,809"), pounds("£415,440")},
      {contract_type::utilities_works, pounds("£5,336,937"), pounds("£5,372,609"), pounds("£5,193,000")},
      {contract_type::utilities_light_touch, pounds("£884,720"), pounds("£884,720"), pounds("£884,720")},
      {contract_type::utilities_goods_services, pounds("£426,955"), pounds("£429,809"), pounds("£415,440")},
      {contract_type::light_touch_concession, pounds("£5,336,937"), pounds("£5,372,609"), pounds("£5,372,609")},
      {contract_type::light_touch, pounds("£663,540"), pounds("£663,540"), pounds("£663,540")},
      {contract_type::concession, pounds("£5,336,937"), pounds("£5,372,609"), pounds("£5,193,000")},
      {contract_type::central_goods_services, pounds("£138,760"), pounds("£139,688"), pounds("£135,018")},
      {contract_type::sub_central_goods_services, pounds("£213,477"), pounds("£214,904"), pounds("£207,720")},
  };
}

TEST(ProcurementThresholdsTest, ActHasEveryScheduleOneRowOnEachEffectiveDate) {
  const std::vector<act_row> rows = schedule_1();
  ASSERT_EQ(rows.size(), all_contract_types.size());  // every type of the enum has a row under the Act
  for (const act_row& expected : rows) {
    SCOPED_TRACE(to_string(expected.type));
    EXPECT_TRUE(fails_with<std::out_of_range>([&] { (void)bundled(act, expected.type, "25 October 2023"); },
                                              "commissioning.procurement.003", "25 October 2023"));
    EXPECT_EQ(bundled(act, expected.type, "26 October 2023").amount, expected.enacted);
    EXPECT_EQ(bundled(act, expected.type, "26 October 2023").effective_from, on("26 October 2023"));
    EXPECT_EQ(bundled(act, expected.type, "23 February 2025").amount, expected.enacted);
    EXPECT_EQ(bundled(act, expected.type, "24 February 2025").amount, expected.from_2025);
    EXPECT_EQ(bundled(act, expected.type, "24 February 2025").effective_from, on("24 February 2025"));
    EXPECT_EQ(bundled(act, expected.type, "31 December 2025").amount, expected.from_2025);
    EXPECT_EQ(bundled(act, expected.type, "1 January 2026").amount, expected.from_2026);
    EXPECT_EQ(bundled(act, expected.type, "1 January 2026").effective_from, on("1 January 2026"));
    EXPECT_TRUE(bundled(act, expected.type, "1 January 2026").vat_inclusive);
  }
}

TEST(ProcurementThresholdsTest, ActFrom2025EqualsThePcr2024Values) {
  // domain-facts 3.6: "In force from 24 Feb 2025 (= 2024 values)".
  for (contract_type type : {contract_type::sub_central_goods_services, contract_type::central_goods_services,
                             contract_type::works, contract_type::light_touch})
    EXPECT_EQ(bundled(act, type, "24 February 2025").amount, bundled(pcr, type, "1 January 2024").amount)
        << to_string(type);
}

// ---------------------------------------------------------------- Wales: Schedule 1's column for the Welsh Ministers
//
// SI 2025/1200 gives Schedule 1 from 1 January 2026 a column for contracts regulated by the Welsh
// Ministers; the Welsh Ministers' own instrument (in force 12.05 a.m. on 1 January 2026) set its
// figures, which the Welsh Government published as the same as the other column's: works
// £5,193,000, light touch £663,540, sub-central £207,720 (Commercial and Procurement
// Directorate news, December 2025 issue 091).

TEST(ProcurementThresholdsTest, From2026ContractsRegulatedByTheWelshMinistersHaveTheirOwnColumn) {
  const threshold_table& table = threshold_table::bundled();
  for (const act_row& expected : schedule_1()) {
    SCOPED_TRACE(to_string(expected.type));
    const threshold_row& welsh = table.lookup(act, expected.type, on("1 January 2026"), true);
    EXPECT_EQ(welsh.column, threshold_column::welsh_ministers);
    EXPECT_EQ(welsh.amount, expected.from_2026);
    EXPECT_NE(welsh.source.find("(Wales) Regulations 2025"), std::string::npos);
    EXPECT_NE(welsh.source.find("the instrument's own table was not seen"), std::string::npos);
    const threshold_row& other = table.lookup(act, expected.type, on("1 January 2026"));
    EXPECT_EQ(other.column, threshold_column::any_other);
    EXPECT_EQ(table.lookup(act, expected.type, on("1 January 2026"), false), other);
    // Before 2026 the one column serves Welsh contracts too.
    const threshold_row& before = table.lookup(act, expected.type, on("31 December 2025"), true);
    EXPECT_EQ(before.column, threshold_column::all);
    EXPECT_EQ(before.amount, expected.from_2025);
  }
  EXPECT_EQ(table.lookup(act, contract_type::sub_central_goods_services, on("1 March 2026"), true).amount,
            pounds("£207,720"));
  EXPECT_EQ(table.lookup(pcr, contract_type::light_touch, on("1 March 2024"), true).column, threshold_column::all);
}

TEST(ProcurementThresholdsTest, AUsersTableCanGiveTheWelshColumnItsOwnFigures) {
  const threshold_table table = threshold_table::parse_csv(
      "regime,contract_type,effective_from,amount,vat_inclusive,source,column\n"
      "procurement_act_2023,works,2025-02-24,5372609,yes,one column\n"
      "procurement_act_2023,works,2028-01-01,6000000,yes,other,any_other\n"
      "procurement_act_2023,works,2028-01-01,5900000,yes,wales,welsh_ministers\n");
  EXPECT_EQ(table.lookup(act, contract_type::works, on("1 June 2028")).amount, pounds("£6,000,000"));
  EXPECT_EQ(table.lookup(act, contract_type::works, on("1 June 2028"), true).amount, pounds("£5,900,000"));
  EXPECT_EQ(table.lookup(act, contract_type::works, on("1 June 2027"), true).source, "one column");
  EXPECT_TRUE(fails_with<std::invalid_argument>(
      [] {
        (void)threshold_table::parse_csv("h\nprocurement_act_2023,works,2028-01-01,1,yes,s,scotland\n");
      },
      "commissioning.procurement.001", "line 2: column must be all, welsh_ministers or any_other, got 'scotland'"));
  const threshold_table welsh_only = threshold_table::parse_csv(
      "h\nprocurement_act_2023,works,2028-01-01,5900000,yes,wales,welsh_ministers\n");
  EXPECT_TRUE(fails_with<std::out_of_range>(
      [&] { (void)welsh_only.lookup(act, contract_type::works, on("1 June 2028")); }, "commissioning.procurement.003",
      "no works threshold under the Procurement Act 2023"));
  EXPECT_TRUE(fails_with<std::out_of_range>(
      [&] { (void)welsh_only.lookup(act, contract_type::light_touch, on("1 June 2028"), true); },
      "commissioning.procurement.003", "no light_touch threshold for a contract regulated by the Welsh Ministers"));
}

TEST(ProcurementThresholdsTest, TheHeaderExampleReadsTheLightTouchRowOf2026) {
  const threshold_row& row = bundled(act, contract_type::light_touch, "1 March 2026");
  EXPECT_EQ(row.amount, pounds("£663,540"));
  EXPECT_EQ(row.effective_from, on("1 January 2026"));
  EXPECT_NE(row.source.find("SI 2025/1200"), std::string::npos) << row.source;
}

// ---------------------------------------------------------------- the bundled table as data

TEST(ProcurementThresholdsTest, EveryBundledRowCarriesASource) {
  const std::vector<threshold_row>& rows = threshold_table::bundled().rows();
  // PCR 2015: 4 rows on each of 6 dates; the Act: 11 rows on 3 dates, and from 2026 the 11
  // rows of the Welsh Ministers' column.
  ASSERT_EQ(rows.size(), 6U * 4U + 4U * 11U);
  std::size_t pcr_count = 0;
  for (const threshold_row& row : rows) {
    EXPECT_FALSE(row.source.empty()) << to_string(row.type) << " from " << to_iso(row.effective_from);
    EXPECT_FALSE(row.amount.is_negative());
    if (row.regime == pcr) ++pcr_count;
    // SI 2021/1221: thresholds are VAT-inclusive from 1 January 2022, net of VAT before.
    EXPECT_EQ(row.vat_inclusive, std::chrono::sys_days(row.effective_from) >= std::chrono::sys_days(on("1 January 2022")))
        << row.source;
  }
  EXPECT_EQ(pcr_count, pcr_rows.size());
}

TEST(ProcurementThresholdsTest, RowSourcesNameWhereTheFigureWasSeen) {
  EXPECT_NE(bundled(pcr, contract_type::light_touch, "1 June 2016").source.find("Kent County Council decision 16/00151"),
            std::string::npos);
  EXPECT_NE(bundled(pcr, contract_type::light_touch, "1 June 2018").source.find("PPN 04/17"), std::string::npos);
  EXPECT_NE(bundled(pcr, contract_type::works, "1 June 2020").source.find("SI 2021/1221"), std::string::npos);
  EXPECT_NE(bundled(pcr, contract_type::works, "1 June 2022").source.find("SI 2021/1221"), std::string::npos);
  EXPECT_NE(bundled(pcr, contract_type::works, "1 June 2024").source.find("PPN 11/23"), std::string::npos);
  EXPECT_NE(bundled(act, contract_type::works, "1 June 2024").source.find("as enacted"), std::string::npos);
}

// ---------------------------------------------------------------- names

TEST(ProcurementThresholdsTest, ReadsEveryContractTypeAndRegimeByName) {
  for (contract_type type : all_contract_types) EXPECT_EQ(parse_contract_type(to_string(type)), type);
  EXPECT_EQ(parse_procurement_regime("pcr_2015"), pcr);
  EXPECT_EQ(parse_procurement_regime("procurement_act_2023"), act);
  EXPECT_EQ(title(pcr), "Public Contracts Regulations 2015");
  EXPECT_EQ(title(act), "Procurement Act 2023");
}

TEST(ProcurementThresholdsTest, RefusesAnUnknownTypeOrRegimeName) {
  EXPECT_TRUE(fails_with<std::invalid_argument>([] { (void)parse_contract_type("social_care"); },
                                                "commissioning.procurement.002", "unknown contract type 'social_care'"));
  EXPECT_TRUE(fails_with<std::invalid_argument>([] { (void)parse_procurement_regime("pcr_2006"); },
                                                "commissioning.procurement.002", "'pcr_2006'"));
}

// ---------------------------------------------------------------- a user's table

// A user's table: CRLF line ends, a quoted source holding commas and "" quotes, a blank line.
constexpr std::string_view user_csv =
    "regime,contract_type,effective_from,amount,vat_inclusive,source\r\n"
    "pcr_2015,sub_central_goods_services,2019-01-01,181302,no,\"PCR 2015, 2018 values (\"\"background\"\", unconfirmed)\"\r\n"
    "\r\n"
    "pcr_2015,sub_central_goods_services,2020-01-01,189330,no,Mills & Reeve 2020-21\r\n";

TEST(ProcurementThresholdsTest, ReadsAUsersTableWithQuotedSourcesAndCrlfLines) {
  const threshold_table table = threshold_table::parse_csv(user_csv);
  ASSERT_EQ(table.rows().size(), 2U);
  const threshold_row& first = table.rows().front();
  EXPECT_EQ(first, (threshold_row{pcr, contract_type::sub_central_goods_services, on("1 January 2019"),
                                  pounds("£181,302"), false, "PCR 2015, 2018 values (\"background\", unconfirmed)"}));
  EXPECT_EQ(table.rows().back().source, "Mills & Reeve 2020-21");  // no stray carriage return
}

TEST(ProcurementThresholdsTest, AUsersTableReplacesTheBundledOne) {
  const threshold_table table = threshold_table::parse_csv(user_csv);
  // The user's table answers from its own rows (a made-up 2019 date, to tell them apart)...
  EXPECT_EQ(table.lookup(pcr, contract_type::sub_central_goods_services, on("1 January 2019")).amount,
            pounds("£181,302"));
  EXPECT_EQ(table.lookup(pcr, contract_type::sub_central_goods_services, on("31 December 2019")).amount,
            pounds("£181,302"));
  EXPECT_EQ(table.lookup(pcr, contract_type::sub_central_goods_services, on("1 January 2020")).amount,
            pounds("£189,330"));
  // ...holds its last row on, with nothing of the bundled table behind it...
  EXPECT_EQ(table.lookup(pcr, contract_type::sub_central_goods_services, on("1 June 2024")).amount, pounds("£189,330"));
  EXPECT_TRUE(fails_with<std::out_of_range>(
      [&] { (void)table.lookup(pcr, contract_type::light_touch, on("1 June 2016")); }, "commissioning.procurement.003",
      "light_touch"));
  EXPECT_TRUE(fails_with<std::out_of_range>(
      [&] { (void)table.lookup(pcr, contract_type::sub_central_goods_services, on("31 December 2018")); },
      "commissioning.procurement.003", "31 December 2018"));
  // ...and the bundled table is untouched.
  EXPECT_EQ(threshold_table::bundled().rows().size(), 68U);
}

TEST(ProcurementThresholdsTest, RowsMayComeInAnyOrder) {
  const threshold_table table = threshold_table::parse_csv(
      "regime,contract_type,effective_from,amount,vat_inclusive,source\n"
      "pcr_2015,works,2024-01-01,5372609,yes,b\n"
      "pcr_2015,works,2022-01-01,5336937,yes,a\n");
  EXPECT_EQ(table.lookup(pcr, contract_type::works, on("31 December 2023")).source, "a");
  EXPECT_EQ(table.lookup(pcr, contract_type::works, on("1 January 2024")).source, "b");
}

TEST(ProcurementThresholdsTest, RefusesABadTableNamingTheLine) {
  const std::string header = "regime,contract_type,effective_from,amount,vat_inclusive,source\n";
  const std::string good = "pcr_2015,works,2024-01-01,5372609,yes,PPN 11/23\n";
  auto parse = [&](const std::string& rows) { return [text = header + rows] { (void)threshold_table::parse_csv(text); }; };
  EXPECT_TRUE(fails_with<std::invalid_argument>(parse(good + "pcr_2015,works,2022-01-01,5336937,yes\n"),
                                                "commissioning.procurement.001",
                                                "threshold table line 3: expected 6 fields (7 with the column), found 5"));
  EXPECT_TRUE(fails_with<std::invalid_argument>(parse("pcr_2015,works,2024-02-30,5372609,yes,s\n"),
                                                "commissioning.procurement.001", "threshold table line 2: '2024-02-30'"));
  EXPECT_TRUE(fails_with<std::invalid_argument>(parse("pcr_2015,works,2024-01-01,5.372.609,yes,s\n"),
                                                "commissioning.procurement.001", "threshold table line 2: cannot read '5.372.609'"));
  EXPECT_TRUE(fails_with<std::invalid_argument>(parse("pcr_2015,social_care,2024-01-01,663540,yes,s\n"),
                                                "commissioning.procurement.001",
                                                "threshold table line 2: unknown contract type 'social_care'"));
  EXPECT_TRUE(fails_with<std::invalid_argument>(parse("pcr_2006,works,2024-01-01,5372609,yes,s\n"),
                                                "commissioning.procurement.001",
                                                "threshold table line 2: unknown procurement regime 'pcr_2006'"));
  EXPECT_TRUE(fails_with<std::invalid_argument>(parse("pcr_2015,works,2024-01-01,5372609,maybe,s\n"),
                                                "commissioning.procurement.001",
                                                "threshold table line 2: vat_inclusive must be yes or no, got 'maybe'"));
  EXPECT_TRUE(fails_with<std::invalid_argument>(parse("pcr_2015,works,2024-01-01,-5372609,yes,s\n"),
                                                "commissioning.procurement.001", "line 2: a threshold cannot be negative"));
  // A duplicate names both lines (a blank line still counts).
  EXPECT_TRUE(fails_with<std::invalid_argument>(parse(good + "\n" + good), "commissioning.procurement.001",
                                                "threshold table line 4: gives works from 2024-01-01 again (first on line 2)"));
}

TEST(ProcurementThresholdsTest, RowsACallerGivesAreCheckedAsAFilesLinesAre) {
  const threshold_row works{procurement_regime::pcr_2015, contract_type::works, parse_date("1 January 2024"),
                            money::parse("£5,372,609"), true, "PPN 11/23"};
  threshold_row light_touch = works;
  light_touch.type = contract_type::light_touch;
  light_touch.amount = money::parse("£663,540");
  const threshold_table table = threshold_table::of({works, light_touch});
  EXPECT_EQ(table.rows(), (std::vector<threshold_row>{works, light_touch}));
  EXPECT_EQ(table.lookup(procurement_regime::pcr_2015, contract_type::light_touch, parse_date("1 March 2024")).amount,
            money::parse("£663,540"));
  light_touch.amount = money::parse("-£1");
  EXPECT_TRUE(fails_with<std::invalid_argument>([&] { (void)threshold_table::of({works, light_touch}); },
                                                "commissioning.procurement.001",
                                                "row 1: a threshold cannot be negative, got -£1.00"));
  EXPECT_TRUE(fails_with<std::invalid_argument>([] { (void)threshold_table::of({}); },
                                                "commissioning.procurement.001", "the threshold table has no rows"));
  EXPECT_TRUE(fails_with<std::invalid_argument>([&] { (void)threshold_table::of({works, works}); },
                                                "commissioning.procurement.001", "gives works from 2024-01-01 twice"));
}

TEST(ProcurementThresholdsTest, AFieldErrorCarriesOnePrefix) {
  try {
    (void)threshold_table::parse_csv("h\npcr_2015,social_care,2024-01-01,1,yes,s\n");
    FAIL() << "nothing thrown";
  } catch (const error& e) {
    EXPECT_EQ(std::string(e.message()),
              "[commissioning.procurement.001] threshold table line 2: unknown contract type 'social_care'");
  }
}

TEST(ProcurementThresholdsTest, AnAmountTooLargeForPenceIsAnUnreadableField) {
  EXPECT_TRUE(fails_with<std::invalid_argument>(
      [] { (void)threshold_table::parse_csv("h\npcr_2015,works,2024-01-01,100000000000000000000,yes,s\n"); },
      "commissioning.procurement.001", "threshold table line 2"));
}

TEST(ProcurementThresholdsTest, RefusesATableWithoutRows) {
  EXPECT_TRUE(fails_with<std::invalid_argument>([] { (void)threshold_table::parse_csv(""); },
                                                "commissioning.procurement.001", "the threshold table has no rows"));
  EXPECT_TRUE(fails_with<std::invalid_argument>(
      [] { (void)threshold_table::parse_csv("regime,contract_type,effective_from,amount,vat_inclusive,source\r\n\r\n"); },
      "commissioning.procurement.001", "no rows"));
}

TEST(ProcurementThresholdsTest, RefusesDuplicateRowsBuiltInCode) {
  const threshold_row row{pcr, contract_type::works, on("1 January 2024"), pounds("£5,372,609"), true, "PPN 11/23"};
  EXPECT_TRUE(fails_with<std::invalid_argument>([&] { (void)threshold_table({row, row}); },
                                                "commissioning.procurement.001",
                                                "the threshold table gives works from 2024-01-01 twice"));
  // The same date for another type or regime is not a duplicate.
  threshold_row other_type = row;
  other_type.type = contract_type::light_touch;
  threshold_row other_regime = row;
  other_regime.regime = act;
  EXPECT_EQ(threshold_table({row, other_type, other_regime}).rows().size(), 3U);
}

}  // namespace
