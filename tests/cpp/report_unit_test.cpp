// report_unit: one money unit for a whole report. Tables, their notes and the financial
// implications sentences built with a unit all show it; without one, each keeps its usual
// format and the seeds' words stay verbatim. Figures are worked by hand below.
#include <commissioning/money/money.hpp>
#include <commissioning/budget/envelope.hpp>
#include <commissioning/contract/contract.hpp>
#include <commissioning/procurement/lots.hpp>
#include <commissioning/procurement/modification_rules.hpp>
#include <commissioning/procurement/route.hpp>
#include <commissioning/report/financial_implications.hpp>
#include <commissioning/report/render.hpp>
#include <commissioning/report/report_tables.hpp>

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

namespace {

using namespace commissioning;

money pounds(std::string_view text) { return money::parse(text); }

const std::string kent_funded_from =
    "the existing revenue KCC base budget reported against the Early Help and Preventative Services Key Service in "
    "the Budget Book";

contract kent() {  // seed 000: £325,500 a year for three years plus one plus one
  return {"Kent Young Carers Support Service", "to be procured", parse_date("1 May 2022"),
          term::parse("three years plus one plus one"), price::annual(pounds("£325,500"))};
}

TEST(ReportUnitTest, FiguresInTheUnitOrAsAReportPrintsThem) {
  EXPECT_EQ(report_figure(pounds("£325,484.88"), std::nullopt), "£325,484.88");
  EXPECT_EQ(report_figure(pounds("£325,500"), std::nullopt), "£325,500");
  EXPECT_EQ(report_figure(pounds("£325,484.88"), money_unit::whole_pounds), "£325,485");
  EXPECT_EQ(report_figure(pounds("£325,500"), money_unit::pounds_and_pence), "£325,500.00");
  EXPECT_EQ(report_figure(pounds("£325,500"), money_unit::thousands), "£326k");  // 325.5, half away from zero
  EXPECT_EQ(report_figure(pounds("£1,627,500"), money_unit::millions), "£1.63m");
  // A column: the report's unit with its usual decimals, else the table's own format.
  EXPECT_EQ(in_unit(std::nullopt, money_format::whole_pounds()).unit, money_unit::whole_pounds);
  EXPECT_EQ(in_unit(money_unit::millions, money_format::whole_pounds()).unit, money_unit::millions);
  EXPECT_EQ(in_unit(money_unit::millions, money_format::thousands(1)).decimals, -1);
}

TEST(ReportUnitTest, SeedZeroParagraphVerbatimByDefaultAndInThousands) {
  EXPECT_EQ(financial_implications_paragraph(kent(), kent_funded_from),
            "This service will be funded from within " + kent_funded_from +
                ". The funding available is £325,500 per annum. This equates to £1,627,500 over the term of the "
                "proposed contract and extensions (three years plus one plus one).");
  // £325,500 is 325.5 thousand, shown £326k; 5 x £325,500 = £1,627,500, 1,627.5 thousand, £1,628k.
  EXPECT_EQ(financial_implications_paragraph(kent(), kent_funded_from, money_unit::thousands),
            "This service will be funded from within " + kent_funded_from +
                ". The funding available is £326k per annum. This equates to £1,628k over the term of the proposed "
                "contract and extensions (three years plus one plus one).");
  EXPECT_EQ(funding_sentence(kent(), money_unit::millions),
            "The funding available is £0.33m per annum. This equates to £1.63m over the term of the proposed "
            "contract and extensions (three years plus one plus one).");
}

// North £196,400 (196.4k: £196k), Central £736,500 (736.5k: £737k), South £49,100 (£49k);
// £982,000 a year, 4 x £982,000 = £3,928,000 over two years plus one plus one.
std::vector<contract> carers_lots() {
  std::vector<contract> lots;
  for (const auto& [name, annual] : {std::pair{"North", "£196,400"}, {"Central", "£736,500"}, {"South", "£49,100"}})
    lots.emplace_back(name, "to be procured", parse_date("1 October 2025"), term::parse("2+1+1"), price::annual(pounds(annual)));
  return lots;
}

TEST(ReportUnitTest, LotsInThousands) {
  const std::vector<contract> lots = carers_lots();
  EXPECT_EQ(funding_sentence(lots, true, money_unit::thousands),
            "The funding available is £982k per annum across three lots (North £196k, Central £737k and South £49k). "
            "This equates to £3,928k over the term of the proposed contracts and extensions (two years plus one plus "
            "one).");
}

TEST(ReportUnitTest, ProcurementFindingQuotesItsTablesUnit) {
  // £3,928,000 against the Act's light touch threshold of £663,540 (663.54 thousand: £664k):
  // the rows and the sentence beneath them in one unit.
  const procurement_assessment found =
      assess_procurement(carers_lots(), {.category = service_category::light_touch_services, .vat = vat_treatment::exempt,
                                         .procurement_start = parse_date("1 October 2025")});
  const table_layout shown = layout(procurement_table(found, "Carers' support", money_unit::thousands));
  EXPECT_EQ(shown.rows[2][1].text, "£3,928k");  // Estimated value
  EXPECT_EQ(shown.rows[3][1].text, "£664k");    // Threshold
  ASSERT_EQ(shown.notes.size(), 1u);
  EXPECT_NE(shown.notes[0].find("the estimated value of £3,928k (including VAT, every option and extension included) "
                                "is above the light touch threshold of £664k in force from 24 February 2025"),
            std::string::npos)
      << shown.notes[0];
  // Without a unit, the words the assessment gives on its own.
  EXPECT_NE(found.sentence().find("threshold of £663,540 in force"), std::string::npos) << found.sentence();
  EXPECT_EQ(layout(procurement_table(found, "Carers' support")).notes[0], found.sentence());
}

TEST(ReportUnitTest, ContractsFinderFiguresInTheConsequenceFollowTheUnit) {
  // Services of £100,000 net in June 2018, below the PCR 2015 threshold: the Contracts Finder
  // test compares £100,000 net of VAT with £25,000 (regulation 109(2)).
  const procurement_assessment found = assess_procurement(pounds("£100,000"), {.procurement_start = parse_date("1 June 2018")});
  EXPECT_EQ(found.consequence(money_unit::thousands),
            "below threshold: the council's contract procedure rules apply; if the opportunity is advertised it must "
            "also be published on Contracts Finder, the estimated value of £100k net of VAT being at least £25k "
            "(regulations 109(2) and 110)");
  EXPECT_EQ(found.consequence(), "below threshold: the council's contract procedure rules apply; if the opportunity is "
                                 "advertised it must also be published on Contracts Finder, the estimated value of "
                                 "£100,000 net of VAT being at least £25,000 (regulations 109(2) and 110)");
}

TEST(ReportUnitTest, ModificationFindingQuotesItsTablesUnit) {
  // Seed 004's Covid extension: a year at £325,484 (£325k), 20% of £1,627,420 (£1,627k).
  contract kent("Kent Young Carers", "Imago", parse_date("1 May 2016"), term::parse("3+1+1"),
                price::annual(pounds("£325,484")));
  kent.exercise(1);
  kent.exercise(2);
  kent.modify({.ground = modification_ground::pcr_72_1_c, .months = 12});
  const modification_assessment check = assess_modification(kent, 1, procurement_regime::pcr_2015,
                                                            contract_type::light_touch, parse_date("1 April 2021"));
  const table_layout shown = layout(modification_table(check, "Kent", money_unit::thousands));
  EXPECT_EQ(shown.notes.front(), "The modification is worth £325k, 20% of the original value of £1,627k, within the "
                                 "50% limit for each modification (regulation 72(1)(c) and 72(2)).");
  EXPECT_EQ(shown.notes.back(), "Modification 1 (Public Contracts Regulations 2015, regulation 72(1)(c)), worth £325k "
                                "or 20% of the original value of £1,627k: permitted.");
  EXPECT_EQ(check.sentence(), "Modification 1 (Public Contracts Regulations 2015, regulation 72(1)(c)), worth "
                              "£325,484 or 20% of the original value of £1,627,420: permitted.");
}

envelope_position breached() {
  // 2022-23: £1,000,000 available; A £747,547.50 and B £300,000 committed, £1,047,547.50 in all,
  // £47,547.50 over.
  const financial_year y2022(2022);
  envelope_position position;
  position.envelope_name = "Carers' support";
  const money available = pounds("£1,000,000"), committed = pounds("£1,047,547.50");
  position.years.push_back({y2022, available, committed, available - committed, available - committed});
  position.breaches.push_back(
      {y2022, pounds("£47,547.50"), {{"A", "Provider", pounds("£747,547.50")}, {"B", "Provider", pounds("£300,000")}}});
  return position;
}

TEST(ReportUnitTest, EnvelopeTableAndItsNotesInThousands) {
  const table t = envelope_position_table(breached(), money_unit::thousands);
  for (const column& c : t.columns()) {
    if (c.kind == column_kind::money) {
      EXPECT_EQ(c.money_style.unit, money_unit::thousands);
    }
  }
  const table_layout shown = layout(t);
  // 1,047.5475k is £1,048k; -47.5475k is -£48k; 747.5475k is £748k.
  EXPECT_EQ(shown.rows[0][1].text, "£1,000k");
  EXPECT_EQ(shown.rows[0][2].text, "£1,048k");
  EXPECT_EQ(shown.rows[0][3].text, "-£48k");
  EXPECT_EQ(shown.rows[0][4].text, "-£48k");
  EXPECT_EQ(shown.rows[1][2].text, "£1,048k");  // the Total row
  ASSERT_EQ(t.notes().size(), 1u);
  EXPECT_EQ(t.notes()[0], "2022-23: commitments exceed the envelope by £48k (A £748k; B £300k).");
  // Unset: pounds and pence, as before.
  EXPECT_EQ(envelope_position_table(breached()).notes()[0],
            "2022-23: commitments exceed the envelope by £47,547.50 (A £747,547.50; B £300,000.00).");
}

TEST(ReportUnitTest, ProfileTableInThousandsAddsUp) {
  // Seed lot Central's current term: £368,250 + £747,547.50 + £379,297.50 = £1,495,095.
  // Own rounding gives £368k + £748k + £379k = £1,495k, which adds up: nothing adjusted.
  financial_year_profile profile{apportion_rule::monthly, {}, pounds("£1,495,095")};
  profile.years = {{financial_year(2025), pounds("£368,250")},
                   {financial_year(2026), pounds("£747,547.50")},
                   {financial_year(2027), pounds("£379,297.50")}};
  const table_layout shown = layout(financial_year_table(profile, "Central", money_unit::thousands));
  EXPECT_EQ(shown.rows[0][1].text, "£368k");
  EXPECT_EQ(shown.rows[1][1].text, "£748k");
  EXPECT_EQ(shown.rows[2][1].text, "£379k");
  EXPECT_EQ(shown.rows[3][1].text, "£1,495k");
  EXPECT_TRUE(shown.notes.empty());
  // In whole pounds each half rounded up gives 368,250 + 747,548 + 379,298 = 1,495,096: only one
  // of the two halves can go up (the earlier, of equal remainders) for the figures to add up to
  // £1,495,095, and a note says one was adjusted.
  const table_layout whole = layout(financial_year_table(profile, "Central", money_unit::whole_pounds));
  EXPECT_EQ(whole.rows[1][1].text, "£747,548");
  EXPECT_EQ(whole.rows[2][1].text, "£379,297");
  EXPECT_EQ(whole.rows[3][1].text, "£1,495,095");
  ASSERT_EQ(whole.notes.size(), 1u);
  EXPECT_EQ(whole.notes[0], "Figures are rounded to the nearest £1; 1 figure was adjusted by one unit so that the "
                            "figures shown add up to the totals shown.");
}

}  // namespace
