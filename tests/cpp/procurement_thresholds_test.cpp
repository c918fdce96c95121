// procurement_thresholds: the bundled table of PCR 2015 and Procurement Act 2023 thresholds,
// looked up by regime, contract type and date, and a user's table read from CSV.
//
// Every figure below is from /work/shared/reference/domain-facts.md: section 3.1 (PCR 2015
// regulation 5, the 2016 light-touch figure from Kent decision 16/00151, the 2022 and 2024
// values from Blake Morgan and PPN 11/23) and section 3.6 (Procurement Act 2023 Schedule 1 as
// enacted, from 24 February 2025, and from 1 January 2026 under SI 2025/1200).
#include <commissioning/procurement/thresholds.hpp>

#include <gtest/gtest.h>

#include "fails_with.hpp"

#include <array>
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

TEST(ProcurementThresholdsTest, PcrLightTouchIs589148NetOfVatFrom2016) {
  // Kent decision 16/00151: "£589,148 (€750,000)", the light-touch threshold for 2016-17,
  // net of VAT (thresholds became VAT-inclusive on 1 January 2022).
  const threshold_row& row = bundled(pcr, contract_type::light_touch, "1 January 2016");
  EXPECT_EQ(row.amount, pounds("£589,148"));
  EXPECT_FALSE(row.vat_inclusive);
  EXPECT_EQ(row.effective_from, on("1 January 2016"));
  EXPECT_EQ(row.regime, pcr);
  EXPECT_EQ(row.type, contract_type::light_touch);
  EXPECT_EQ(bundled(pcr, contract_type::light_touch, "31 December 2021").amount, pounds("£589,148"));
}

TEST(ProcurementThresholdsTest, PcrLightTouchIs663540IncludingVatFrom2022And2024) {
  const threshold_row& from_2022 = bundled(pcr, contract_type::light_touch, "1 January 2022");
  EXPECT_EQ(from_2022.amount, pounds("£663,540"));
  EXPECT_TRUE(from_2022.vat_inclusive);
  EXPECT_EQ(from_2022.effective_from, on("1 January 2022"));
  EXPECT_EQ(bundled(pcr, contract_type::light_touch, "31 December 2023").effective_from, on("1 January 2022"));
  // From 1 January 2024 the figure is unchanged, but it is a new row with its own source.
  const threshold_row& from_2024 = bundled(pcr, contract_type::light_touch, "1 January 2024");
  EXPECT_EQ(from_2024.amount, pounds("£663,540"));
  EXPECT_TRUE(from_2024.vat_inclusive);
  EXPECT_EQ(from_2024.effective_from, on("1 January 2024"));
  EXPECT_NE(from_2024.source, from_2022.source);
}

TEST(ProcurementThresholdsTest, PcrGoodsServicesAndWorksChangeOnTheFirstOf2024) {
  // domain-facts 3.1: 1 Jan 2022 - 31 Dec 2023, then from 1 Jan 2024, VAT-inclusive.
  const std::array<dated_row, 3> rows = {{
      {contract_type::sub_central_goods_services, pounds("£213,477"), pounds("£214,904")},
      {contract_type::central_goods_services, pounds("£138,760"), pounds("£139,688")},
      {contract_type::works, pounds("£5,336,937"), pounds("£5,372,609")},
  }};
  for (const dated_row& expected : rows) {
    SCOPED_TRACE(to_string(expected.type));
    EXPECT_EQ(bundled(pcr, expected.type, "1 January 2022").amount, expected.before);
    EXPECT_EQ(bundled(pcr, expected.type, "31 December 2023").amount, expected.before);
    EXPECT_EQ(bundled(pcr, expected.type, "31 December 2023").effective_from, on("1 January 2022"));
    EXPECT_EQ(bundled(pcr, expected.type, "1 January 2024").amount, expected.from);
    EXPECT_EQ(bundled(pcr, expected.type, "1 January 2024").effective_from, on("1 January 2024"));
    EXPECT_TRUE(bundled(pcr, expected.type, "1 January 2024").vat_inclusive);
    // The last row holds until a newer table replaces it.
    EXPECT_EQ(bundled(pcr, expected.type, "23 February 2025").amount, expected.from);
  }
}

TEST(ProcurementThresholdsTest, PcrGoodsServicesAndWorksBefore2022AreNotInTheBundledTable) {
  for (contract_type type :
       {contract_type::sub_central_goods_services, contract_type::central_goods_services, contract_type::works}) {
    SCOPED_TRACE(to_string(type));
    EXPECT_TRUE(fails_with<std::out_of_range>([&] { (void)bundled(pcr, type, "31 December 2021"); },
                                              "commissioning.procurement.003", "31 December 2021"));
  }
  EXPECT_TRUE(fails_with<std::out_of_range>(
      [] { (void)bundled(pcr, contract_type::sub_central_goods_services, "1 January 2019"); },
      "commissioning.procurement.003",
      "the threshold table has no sub_central_goods_services threshold under the Public Contracts Regulations 2015 "
      "in force on 1 January 2019; load a table that covers it"));
}

TEST(ProcurementThresholdsTest, PcrLightTouchBeforeItsFirstRowIsNotInTheBundledTable) {
  EXPECT_TRUE(fails_with<std::out_of_range>([] { (void)bundled(pcr, contract_type::light_touch, "31 December 2015"); },
                                            "commissioning.procurement.003", "light_touch threshold"));
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

TEST(ProcurementThresholdsTest, TheHeaderExampleReadsTheLightTouchRowOf2026) {
  const threshold_row& row = bundled(act, contract_type::light_touch, "1 March 2026");
  EXPECT_EQ(row.amount, pounds("£663,540"));
  EXPECT_EQ(row.effective_from, on("1 January 2026"));
  EXPECT_NE(row.source.find("SI 2025/1200"), std::string::npos) << row.source;
}

// ---------------------------------------------------------------- the bundled table as data

TEST(ProcurementThresholdsTest, EveryBundledRowCarriesASource) {
  const std::vector<threshold_row>& rows = threshold_table::bundled().rows();
  // PCR 2015: 1 row of 2016 and 4 rows each in 2022 and 2024; the Act: 11 rows on 3 dates.
  ASSERT_EQ(rows.size(), 1U + 4U + 4U + 3U * 11U);
  std::size_t pcr_rows = 0;
  for (const threshold_row& row : rows) {
    EXPECT_FALSE(row.source.empty()) << to_string(row.type) << " from " << to_iso(row.effective_from);
    EXPECT_FALSE(row.amount.is_negative());
    if (row.regime == pcr) ++pcr_rows;
    // Only the 2016 light-touch figure is net of VAT.
    EXPECT_EQ(row.vat_inclusive, row.effective_from != on("1 January 2016")) << row.source;
  }
  EXPECT_EQ(pcr_rows, 9U);
}

TEST(ProcurementThresholdsTest, RowSourcesNameWhereTheFigureWasSeen) {
  EXPECT_NE(bundled(pcr, contract_type::light_touch, "1 June 2016").source.find("Kent County Council decision 16/00151"),
            std::string::npos);
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
  // The user's table answers what the bundled one cannot (a PCR goods threshold before 2022)...
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
  EXPECT_EQ(threshold_table::bundled().rows().size(), 42U);
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
                                                "threshold table line 3: expected 6 fields, found 5"));
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
