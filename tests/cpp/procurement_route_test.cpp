// procurement_route: which regime applies to a procurement, the contract's estimated value
// (every option included, VAT added to a net price), the threshold it meets, and what follows.
//
// Thresholds are from /work/shared/reference/domain-facts.md 3.1 and 3.6; the regime dates
// (PCR 2015 from 26 February 2015, the Procurement Act 2023 from 24 February 2025) from 3.3
// and 3.6; seed 004 is the Kent young carers contract. Where notices go: PPN 08/20; the
// Contracts Finder values: PCR 2015 regulation 109(2) as made and as amended by SI 2021/1221 and
// SI 2022/1390; the transitional rule: SI 2024/716 regulation 5.
#include <commissioning/procurement/notices.hpp>
#include <commissioning/procurement/route.hpp>

#include <gtest/gtest.h>

#include "fails_with.hpp"

#include <string>
#include <string_view>

namespace {

using namespace commissioning;

money pounds(std::string_view text) { return money::parse(text); }
date on(std::string_view text) { return parse_date(text); }

// Seed 004: "Kent County Councils Young Carers Contract commenced on the 1 May 2016 for a term
// of three years with the provision to further extend on a one year plus one year basis";
// "The total annual value of the contract is £325,484."
contract kent_young_carers() {
  return contract("Kent Young Carers", "Imago", on("1 May 2016"), term::parse("3+1+1"),
                  price::annual(pounds("£325,484")));
}

// Seed 004 8.3: "the new contract will commence 1 May 2022 for a period of three years, with
// the option to extend on a one year plus one year basis" (at the same annual value, as in
// examples/procurement.cpp).
contract kent_renewed() {
  return contract("Kent Young Carers", "to be procured", on("1 May 2022"), term::parse("3+1+1"),
                  price::annual(pounds("£325,484")));
}

// Social care: light-touch services (Schedule 3), exempt from VAT.
procurement_facts social_care(std::string_view start) {
  return {.category = service_category::light_touch_services, .vat = vat_treatment::exempt,
          .procurement_start = on(start)};
}

procurement_facts council_services(std::string_view start, vat_treatment vat) {
  return {.authority = authority_type::sub_central, .category = service_category::services, .vat = vat,
          .procurement_start = on(start)};
}

// ---------------------------------------------------------------- regime

TEST(ProcurementRouteTest, PcrAppliesFromTheDayItCameIntoForce) {
  EXPECT_EQ(regime_on(on("26 February 2015")), procurement_regime::pcr_2015);
  EXPECT_TRUE(fails_with<std::out_of_range>([] { (void)regime_on(on("25 February 2015")); },
                                            "commissioning.procurement.004",
                                            "25 February 2015 is before the Public Contracts Regulations 2015 came "
                                            "into force (26 February 2015)"));
}

TEST(ProcurementRouteTest, TheActAppliesToProcurementsStartingFrom24February2025) {
  EXPECT_EQ(regime_on(on("23 February 2025")), procurement_regime::pcr_2015);
  EXPECT_EQ(regime_on(on("24 February 2025")), procurement_regime::procurement_act_2023);
  EXPECT_EQ(regime_on(on("1 January 2026")), procurement_regime::procurement_act_2023);
}

TEST(ProcurementRouteTest, AProcurementBeforeThe2015RegulationsIsAnError) {
  EXPECT_TRUE(fails_with<std::out_of_range>(
      [] { (void)assess_procurement(kent_young_carers(), social_care("1 January 2014")); },
      "commissioning.procurement.004", "1 January 2014"));
}

// ---------------------------------------------------------------- the threshold row

TEST(ProcurementRouteTest, PicksTheRowForTheAuthorityAndCategory) {
  using enum service_category;
  EXPECT_EQ(contract_type_for(authority_type::sub_central, goods), contract_type::sub_central_goods_services);
  EXPECT_EQ(contract_type_for(authority_type::sub_central, services), contract_type::sub_central_goods_services);
  EXPECT_EQ(contract_type_for(authority_type::central_government, goods), contract_type::central_goods_services);
  EXPECT_EQ(contract_type_for(authority_type::central_government, services), contract_type::central_goods_services);
  EXPECT_EQ(contract_type_for(authority_type::sub_central, works), contract_type::works);
  EXPECT_EQ(contract_type_for(authority_type::central_government, works), contract_type::works);
  EXPECT_EQ(contract_type_for(authority_type::sub_central, light_touch_services), contract_type::light_touch);
  EXPECT_EQ(contract_type_for(authority_type::central_government, light_touch_services), contract_type::light_touch);
}

// ---------------------------------------------------------------- seed 004

TEST(ProcurementRouteTest, Seed004IsALightTouchContractAboveThe2016Threshold) {
  const procurement_assessment answer = assess_procurement(kent_young_carers(), social_care("1 January 2016"));
  EXPECT_EQ(answer.regime, procurement_regime::pcr_2015);
  EXPECT_EQ(answer.type, contract_type::light_touch);
  // £325,484 a year for 3 + 1 + 1 = 5 years: £1,627,420, every option included.
  EXPECT_EQ(answer.estimated_value, pounds("£1,627,420.00"));
  EXPECT_EQ(answer.estimated_value, kent_young_carers().maximum_value());
  EXPECT_EQ(answer.value_net_of_vat, pounds("£1,627,420"));  // exempt: the same either way
  EXPECT_EQ(answer.value_with_vat, pounds("£1,627,420"));
  EXPECT_EQ(answer.threshold.amount, pounds("£589,148"));
  EXPECT_FALSE(answer.threshold.vat_inclusive);
  EXPECT_EQ(answer.threshold.effective_from, on("1 January 2016"));
  EXPECT_TRUE(answer.above_threshold);
  // Procured in 2016, before Find a Tender: its notices went to the OJEU (PPN 08/20).
  EXPECT_EQ(answer.consequence(),
            "light-touch regime applies: publish a contract notice or prior information notice, and a contract "
            "award notice, in the Official Journal of the European Union (OJEU/TED)");
  EXPECT_EQ(answer.citation, "Public Contracts Regulations 2015, regulations 5, 6 and 74 to 77");
}

TEST(ProcurementRouteTest, Seed004SentenceReadsAsTheReportWouldPrintIt) {
  // As examples/procurement.expected prints it.
  EXPECT_EQ(assess_procurement(kent_young_carers(), social_care("1 January 2016")).sentence(),
            "Under the Public Contracts Regulations 2015 the estimated value of £1,627,420 (net of VAT, every option "
            "and extension included) is above the light touch threshold of £589,148 in force from 1 January 2016: "
            "light-touch regime applies: publish a contract notice or prior information notice, and a contract award "
            "notice, in the Official Journal of the European Union (OJEU/TED).");
}

TEST(ProcurementRouteTest, TheEstimateCountsEveryOptionEvenOnceDeclined) {
  // Regulation 6: options and renewals count. The base term alone is 3 x £325,484 = £976,452.
  contract kent = kent_young_carers();
  kent.decline(1);
  const procurement_assessment answer = assess_procurement(kent, social_care("1 January 2016"));
  EXPECT_EQ(answer.estimated_value, pounds("£1,627,420"));
  EXPECT_NE(answer.estimated_value, kent.base_value());
  EXPECT_EQ(kent.base_value(), pounds("£976,452"));
}

TEST(ProcurementRouteTest, TheRenewedContractMeetsTheThresholdInForceWhenItsProcurementStarts) {
  struct expected_answer {
    std::string_view start;
    procurement_regime regime;
    std::string_view row_from;
  };
  const expected_answer cases[] = {
      {"31 December 2021", procurement_regime::pcr_2015, "1 January 2020"},
      {"1 January 2022", procurement_regime::pcr_2015, "1 January 2022"},
      {"31 December 2023", procurement_regime::pcr_2015, "1 January 2022"},
      {"1 January 2024", procurement_regime::pcr_2015, "1 January 2024"},
      {"23 February 2025", procurement_regime::pcr_2015, "1 January 2024"},
      {"24 February 2025", procurement_regime::procurement_act_2023, "24 February 2025"},
      {"31 December 2025", procurement_regime::procurement_act_2023, "24 February 2025"},
      {"1 January 2026", procurement_regime::procurement_act_2023, "1 January 2026"},
  };
  for (const expected_answer& expected : cases) {
    SCOPED_TRACE(expected.start);
    const procurement_assessment answer = assess_procurement(kent_renewed(), social_care(expected.start));
    EXPECT_EQ(answer.regime, expected.regime);
    EXPECT_EQ(answer.threshold.effective_from, on(expected.row_from));
    // £663,540 net in 2020 and 2021; the same figure including VAT after (domain-facts 3.1, 3.6).
    EXPECT_EQ(answer.threshold.amount, pounds("£663,540"));
    EXPECT_EQ(answer.threshold.vat_inclusive, expected.row_from != "1 January 2020");
    EXPECT_EQ(answer.estimated_value, pounds("£1,627,420"));
    EXPECT_TRUE(answer.above_threshold);
    if (expected.regime == procurement_regime::procurement_act_2023) {
      EXPECT_EQ(answer.consequence(), "light touch contract above threshold: tender notice required");
      EXPECT_EQ(answer.citation, "Procurement Act 2023, sections 3, 4 and 9, Schedules 1 and 3");
    } else {
      EXPECT_EQ(answer.citation, "Public Contracts Regulations 2015, regulations 5, 6 and 74 to 77");
      EXPECT_NE(answer.consequence().find("contract award notice, in Find a Tender"), std::string::npos)
          << answer.consequence();
    }
  }
}

TEST(ProcurementRouteTest, ALightTouchContractBelowThresholdNeedsNoFindATenderNotice) {
  // One year at £325,484 is below £663,540 (PCR 2015 from 2024); above the £30,000 from which
  // an advertised opportunity also goes on Contracts Finder.
  const contract one_year("c", "p", on("1 May 2024"), term::parse("1"), price::annual(pounds("£325,484")));
  const procurement_assessment answer = assess_procurement(one_year, social_care("1 January 2024"));
  EXPECT_FALSE(answer.above_threshold);
  EXPECT_EQ(answer.consequence(),
            "below the light-touch threshold: no notice in Find a Tender is required unless the contract is of "
            "cross-border interest; the council's contract procedure rules apply; if the opportunity is advertised "
            "it must also be published on Contracts Finder, the estimated value of £325,484 including VAT being at "
            "least £30,000 (regulations 109(2) and 110)");
  const procurement_assessment under_act = assess_procurement(one_year, social_care("1 January 2026"));
  EXPECT_FALSE(under_act.above_threshold);
  EXPECT_EQ(under_act.consequence(),
            "below threshold: not a public contract under the Act; the below-threshold rules and the council's "
            "contract procedure rules apply");
}

// ---------------------------------------------------------------- VAT

TEST(ProcurementRouteTest, ANetPriceHasVatAddedBeforeTheComparison) {
  // Sub-central services, PCR 2015 from 1 January 2024: £214,904 including VAT.
  // £200,000 net x 1.2 = £240,000 gross >= £214,904: above.
  const procurement_assessment above = assess_procurement(pounds("£200,000"), council_services("1 March 2024", vat_treatment::exclusive));
  EXPECT_EQ(above.type, contract_type::sub_central_goods_services);
  EXPECT_EQ(above.threshold.amount, pounds("£214,904"));
  EXPECT_EQ(above.value_net_of_vat, pounds("£200,000"));
  EXPECT_EQ(above.value_with_vat, pounds("£240,000"));
  EXPECT_EQ(above.estimated_value, pounds("£240,000"));
  EXPECT_TRUE(above.above_threshold);
  // £179,000 net x 1.2 = £214,800 gross < £214,904: below (though £179,000 alone is too).
  const procurement_assessment below = assess_procurement(pounds("£179,000"), council_services("1 March 2024", vat_treatment::exclusive));
  EXPECT_EQ(below.estimated_value, pounds("£214,800"));
  EXPECT_FALSE(below.above_threshold);
  EXPECT_EQ(below.consequence(),
            "below threshold: the council's contract procedure rules apply; if the opportunity is advertised it must "
            "also be published on Contracts Finder, the estimated value of £214,800 including VAT being at least "
            "£30,000 (regulations 109(2) and 110)");
  EXPECT_EQ(below.citation,
            "Public Contracts Regulations 2015, regulations 5 and 6, and Part 4 Chapter 8 (regulations 109 and 110)");
}

TEST(ProcurementRouteTest, VatMakesTheDifferenceJustBelowTheThreshold) {
  // £179,100 net is below £214,904, but £179,100 x 1.2 = £214,920 gross is above it.
  EXPECT_TRUE(assess_procurement(pounds("£179,100"), council_services("1 March 2024", vat_treatment::exclusive))
                  .above_threshold);
  EXPECT_FALSE(assess_procurement(pounds("£179,100"), council_services("1 March 2024", vat_treatment::exempt))
                   .above_threshold);
}

TEST(ProcurementRouteTest, AnInclusiveOrExemptPriceIsComparedUnchanged) {
  const procurement_assessment inclusive =
      assess_procurement(pounds("£214,904"), council_services("1 March 2024", vat_treatment::inclusive));
  EXPECT_EQ(inclusive.estimated_value, pounds("£214,904"));
  EXPECT_EQ(inclusive.value_with_vat, pounds("£214,904"));
  // £214,904 / 1.2 = £179,086.666..., to the penny £179,086.67.
  EXPECT_EQ(inclusive.value_net_of_vat, pounds("£179,086.67"));
  const procurement_assessment exempt =
      assess_procurement(pounds("£214,904"), council_services("1 March 2024", vat_treatment::exempt));
  EXPECT_EQ(exempt.estimated_value, pounds("£214,904"));
  EXPECT_EQ(exempt.value_net_of_vat, pounds("£214,904"));
  EXPECT_EQ(exempt.value_with_vat, pounds("£214,904"));
}

TEST(ProcurementRouteTest, ANetThresholdIsComparedWithTheNetValue) {
  // The 2016 light-touch threshold, £589,148, is net of VAT. £500,000 net is £600,000 gross,
  // which would be above it; the comparison is net with net: below.
  procurement_facts facts = social_care("1 June 2016");
  facts.vat = vat_treatment::exclusive;
  const procurement_assessment answer = assess_procurement(pounds("£500,000"), facts);
  EXPECT_FALSE(answer.threshold.vat_inclusive);
  EXPECT_EQ(answer.value_with_vat, pounds("£600,000"));
  EXPECT_EQ(answer.estimated_value, pounds("£500,000"));
  EXPECT_FALSE(answer.above_threshold);
  EXPECT_NE(answer.sentence().find("£500,000 (net of VAT"), std::string::npos) << answer.sentence();
}

TEST(ProcurementRouteTest, AnotherVatRateCanBeGiven) {
  // At 0% a net £214,903.99 stays below £214,904.
  procurement_facts facts = council_services("1 March 2024", vat_treatment::exclusive);
  facts.vat_rate = rate();
  EXPECT_FALSE(assess_procurement(pounds("£214,903.99"), facts).above_threshold);
}

// ---------------------------------------------------------------- boundaries and types

TEST(ProcurementRouteTest, AValueEqualToTheThresholdIsAtOrAboveIt) {
  const procurement_facts facts = council_services("1 March 2024", vat_treatment::inclusive);
  EXPECT_TRUE(assess_procurement(pounds("£214,904.00"), facts).above_threshold);
  EXPECT_FALSE(assess_procurement(pounds("£214,903.99"), facts).above_threshold);
  // Under the Act from 1 January 2026 (SI 2025/1200): £207,720.
  const procurement_facts act_facts = council_services("1 January 2026", vat_treatment::inclusive);
  EXPECT_TRUE(assess_procurement(pounds("£207,720"), act_facts).above_threshold);
  EXPECT_FALSE(assess_procurement(pounds("£207,719.99"), act_facts).above_threshold);
  EXPECT_EQ(assess_procurement(pounds("£207,720"), act_facts).consequence(),
            "public contract: a competitive tendering procedure with a tender notice");
}

TEST(ProcurementRouteTest, CentralGovernmentHasTheLowerThreshold) {
  // £200,000 including VAT in 2024: above the central £139,688, below the sub-central £214,904.
  procurement_facts facts = council_services("1 March 2024", vat_treatment::inclusive);
  facts.authority = authority_type::central_government;
  const procurement_assessment central = assess_procurement(pounds("£200,000"), facts);
  EXPECT_EQ(central.type, contract_type::central_goods_services);
  EXPECT_EQ(central.threshold.amount, pounds("£139,688"));
  EXPECT_TRUE(central.above_threshold);
  facts.authority = authority_type::sub_central;
  const procurement_assessment council = assess_procurement(pounds("£200,000"), facts);
  EXPECT_EQ(council.threshold.amount, pounds("£214,904"));
  EXPECT_FALSE(council.above_threshold);
}

TEST(ProcurementRouteTest, WorksHaveTheWorksThreshold) {
  procurement_facts facts = council_services("1 March 2024", vat_treatment::inclusive);
  facts.category = service_category::works;
  const procurement_assessment at = assess_procurement(pounds("£5,372,609"), facts);
  EXPECT_EQ(at.type, contract_type::works);
  EXPECT_EQ(at.threshold.amount, pounds("£5,372,609"));
  EXPECT_TRUE(at.above_threshold);
  EXPECT_EQ(at.consequence(), "above threshold: a full procedure under the Regulations with a contract notice in Find a Tender");
  EXPECT_FALSE(assess_procurement(pounds("£5,372,608.99"), facts).above_threshold);
  // From 1 January 2026 the Act's works threshold falls to £5,193,000: £5,200,000 is above it.
  facts.procurement_start = on("1 January 2026");
  const procurement_assessment act_works = assess_procurement(pounds("£5,200,000"), facts);
  EXPECT_EQ(act_works.threshold.amount, pounds("£5,193,000"));
  EXPECT_TRUE(act_works.above_threshold);
  EXPECT_EQ(act_works.citation, "Procurement Act 2023, sections 3 and 4, Schedules 1 and 3");
}

TEST(ProcurementRouteTest, ATypeGivenDirectlyOverridesTheCategory) {
  // Utilities goods and services under the Act from 1 January 2026: £415,440 (SI 2025/1200);
  // £420,000 is above it, though it would be above the sub-central £207,720 anyway, and
  // £410,000 is below it while above £207,720.
  procurement_facts facts = council_services("1 January 2026", vat_treatment::inclusive);
  facts.type = contract_type::utilities_goods_services;
  const procurement_assessment above = assess_procurement(pounds("£420,000"), facts);
  EXPECT_EQ(above.type, contract_type::utilities_goods_services);
  EXPECT_EQ(above.threshold.amount, pounds("£415,440"));
  EXPECT_TRUE(above.above_threshold);
  EXPECT_FALSE(assess_procurement(pounds("£410,000"), facts).above_threshold);
  // The bundled table has no utilities rows under the PCR 2015.
  facts.procurement_start = on("1 March 2024");
  EXPECT_TRUE(fails_with<std::out_of_range>([&] { (void)assess_procurement(pounds("£420,000"), facts); },
                                            "commissioning.procurement.003", "utilities_goods_services"));
}

TEST(ProcurementRouteTest, ALightTouchTypeGivenDirectlyHasTheLightTouchConsequence) {
  procurement_facts facts = council_services("1 January 2026", vat_treatment::inclusive);
  facts.type = contract_type::utilities_light_touch;  // £884,720
  const procurement_assessment answer = assess_procurement(pounds("£884,720"), facts);
  EXPECT_TRUE(answer.above_threshold);
  EXPECT_EQ(answer.consequence(), "light touch contract above threshold: tender notice required");
}

TEST(ProcurementRouteTest, GoodsUnderThePcrIn2019MeetThe2018ThresholdNetOfVat) {
  // 1 June 2019: sub-central services £181,302 net of VAT (PPN 04/17). £200,000 net is above it.
  const procurement_facts facts = council_services("1 June 2019", vat_treatment::exclusive);
  const procurement_assessment answer = assess_procurement(pounds("£200,000"), facts);
  EXPECT_EQ(answer.threshold.amount, pounds("£181,302"));
  EXPECT_FALSE(answer.threshold.vat_inclusive);
  EXPECT_EQ(answer.estimated_value, pounds("£200,000"));
  EXPECT_TRUE(answer.above_threshold);
  EXPECT_EQ(answer.consequence(),
            "above threshold: a full procedure under the Regulations with a contract notice in the Official Journal "
            "of the European Union (OJEU/TED)");
  // A user's table still replaces the bundled one.
  const threshold_table table = threshold_table::parse_csv(
      "regime,contract_type,effective_from,amount,vat_inclusive,source\n"
      "pcr_2015,sub_central_goods_services,2018-01-01,250000,no,a user's figure\n");
  EXPECT_FALSE(assess_procurement(pounds("£200,000"), facts, table).above_threshold);
}

// ---------------------------------------------------------------- issue 18: the dated light-touch cases

TEST(ProcurementRouteTest, LightTouchIn2018And2020IsMeasuredAgainstThatYearsThreshold) {
  struct dated_case {
    std::string_view start;
    std::string_view value;
    std::string_view threshold;
    bool above;
  };
  // Net of VAT until 2022 (exempt social care: the same figure either way).
  const dated_case cases[] = {
      {"1 June 2018", "£600,000", "£615,278", false},  // below since 1 January 2018, though above the 2016 £589,148
      {"1 June 2020", "£650,000", "£663,540", false},  // below since 1 January 2020
      {"1 June 2018", "£615,278", "£615,278", true},   // at the threshold is at or above it
      {"1 June 2017", "£600,000", "£589,148", true},   // the 2016 figure still held in 2017
      {"1 March 2015", "£600,000", "£625,050", false},  // the Regulations as made
      {"1 June 2021", "£650,000", "£663,540", false},  // PPN 10/20 kept the 2020 figure through 2021
  };
  for (const dated_case& expected : cases) {
    SCOPED_TRACE(std::string(expected.start) + ", " + std::string(expected.value));
    const procurement_assessment answer = assess_procurement(pounds(expected.value), social_care(expected.start));
    EXPECT_EQ(answer.threshold.amount, pounds(expected.threshold));
    EXPECT_FALSE(answer.threshold.vat_inclusive);
    EXPECT_EQ(answer.above_threshold, expected.above);
  }
  EXPECT_EQ(assess_procurement(pounds("£600,000"), social_care("1 June 2018")).sentence(),
            "Under the Public Contracts Regulations 2015 the estimated value of £600,000 (net of VAT, every option "
            "and extension included) is below the light touch threshold of £615,278 in force from 1 January 2018: "
            "below the light-touch threshold: no notice in the Official Journal of the European Union (OJEU/TED) is "
            "required unless the contract is of cross-border interest; the council's contract procedure rules apply; "
            "if the opportunity is advertised it must also be published on Contracts Finder, the estimated value of "
            "£600,000 net of VAT being at least £25,000 (regulations 109(2) and 110).");
}

// ---------------------------------------------------------------- issue 18: where notices go

TEST(ProcurementRouteTest, PcrNoticesWentToTheOjeuUntilTheEndOf2020AndToFindATenderAfter) {
  // PPN 08/20: Find a Tender replaced the OJEU/TED at 23:00 on 31 December 2020.
  procurement_facts facts = council_services("31 December 2020", vat_treatment::exempt);
  facts.category = service_category::works;
  EXPECT_EQ(assess_procurement(pounds("£5,000,000"), facts).consequence(),
            "above threshold: a full procedure under the Regulations with a contract notice in the Official Journal "
            "of the European Union (OJEU/TED)");
  facts.procurement_start = on("1 January 2021");
  EXPECT_EQ(assess_procurement(pounds("£5,000,000"), facts).consequence(),
            "above threshold: a full procedure under the Regulations with a contract notice in Find a Tender");
  EXPECT_EQ(notice_service(on("31 December 2020")), "the Official Journal of the European Union (OJEU/TED)");
  EXPECT_EQ(notice_service(on("1 January 2021")), "Find a Tender");
}

TEST(ProcurementRouteTest, BelowThresholdTheContractsFinderDutyFollowsRegulation109) {
  struct finder_case {
    std::string_view start;
    std::string_view value;  // exempt from VAT unless `net` is set
    bool net;                // a net price: VAT at 20% is added
    std::string_view expected_tail;
  };
  const finder_case cases[] = {
      // Before 2022: £25,000 net of VAT. A net £24,000 (£28,800 gross) is under it.
      {"1 June 2019", "£24,000", true,
       "at £24,000 net of VAT it is under the £25,000 from which an advertised opportunity must also go on "
       "Contracts Finder (regulation 109(2))"},
      {"1 June 2019", "£25,000", true,
       "if the opportunity is advertised it must also be published on Contracts Finder, the estimated value of "
       "£25,000 net of VAT being at least £25,000 (regulations 109(2) and 110)"},
      // 1 January to 20 December 2022: the same £25,000, now including VAT (SI 2021/1221), so
      // a net £24,000 (£28,800 with VAT) is caught.
      {"1 June 2022", "£24,000", true,
       "if the opportunity is advertised it must also be published on Contracts Finder, the estimated value of "
       "£28,800 including VAT being at least £25,000 (regulations 109(2) and 110)"},
      // From 21 December 2022: £30,000 including VAT (SI 2022/1390).
      {"21 December 2022", "£28,800", false,
       "at £28,800 including VAT it is under the £30,000 from which an advertised opportunity must also go on "
       "Contracts Finder (regulation 109(2))"},
      {"21 December 2022", "£30,000", false,
       "if the opportunity is advertised it must also be published on Contracts Finder, the estimated value of "
       "£30,000 including VAT being at least £30,000 (regulations 109(2) and 110)"},
  };
  for (const finder_case& expected : cases) {
    SCOPED_TRACE(std::string(expected.start) + ", " + std::string(expected.value));
    const procurement_assessment answer = assess_procurement(
        pounds(expected.value),
        council_services(expected.start, expected.net ? vat_treatment::exclusive : vat_treatment::exempt));
    EXPECT_FALSE(answer.above_threshold);
    EXPECT_EQ(answer.consequence(),
              "below threshold: the council's contract procedure rules apply; " + std::string(expected.expected_tail));
  }
  // Central government: £10,000 before 21 December 2022, £12,000 from it.
  procurement_facts central = council_services("20 December 2022", vat_treatment::inclusive);
  central.authority = authority_type::central_government;
  EXPECT_NE(assess_procurement(pounds("£11,000"), central).consequence().find("being at least £10,000"),
            std::string::npos);
  central.procurement_start = on("21 December 2022");
  EXPECT_NE(assess_procurement(pounds("£11,000"), central).consequence().find("under the £12,000"), std::string::npos);
}

// ---------------------------------------------------------------- issue 18: the transitional rule

TEST(ProcurementRouteTest, A2026ContractFromA2024ProcurementStaysUnderThePcrWhenTheDateIsGiven) {
  // SI 2024/716 regulation 5: a procurement begun before 24 February 2025 stays under the PCR 2015.
  const contract from_2026("Young carers", "p", on("1 May 2026"), term::parse("3+1+1"), price::annual(pounds("£325,484")));
  const procurement_assessment given = assess_procurement(from_2026, social_care("1 June 2024"));
  EXPECT_EQ(given.regime, procurement_regime::pcr_2015);
  EXPECT_EQ(given.threshold.effective_from, on("1 January 2024"));
  EXPECT_EQ(given.sentence().find("was not given"), std::string::npos) << given.sentence();
  // Unknown, the contract's start is assumed, which puts it under the Act, and the result says so.
  procurement_facts unknown = social_care("1 June 2024");
  unknown.procurement_start.reset();
  const procurement_assessment assumed = assess_procurement(from_2026, unknown);
  EXPECT_EQ(assumed.regime, procurement_regime::procurement_act_2023);
  EXPECT_EQ(assumed.threshold.effective_from, on("1 January 2026"));
  EXPECT_TRUE(assumed.sentence().ends_with(
      "light touch contract above threshold: tender notice required. The day the procurement started was not given: "
      "this assumes the contract's start, 1 May 2026. A contract procured or awarded before 24 February 2025, and a "
      "call-off under a framework procured before then, stays under the Public Contracts Regulations 2015, "
      "modifications included (SI 2024/716 regulation 5)."))
      << assumed.sentence();
}

TEST(ProcurementRouteTest, ADevolvedWelshAuthoritysContractIsTestedAgainstTheWelshMinistersColumn) {
  // From 1 January 2026 (SI 2025/1200), Schedule 1's column for contracts regulated by the Welsh
  // Ministers: sub-central goods and services £207,720, as in the other column.
  procurement_facts facts{.category = service_category::services, .vat = vat_treatment::inclusive,
                          .procurement_start = on("1 March 2026"), .regulated_by_welsh_ministers = true};
  const procurement_assessment welsh = assess_procurement(pounds("£210,000"), facts);
  EXPECT_EQ(welsh.threshold.column, threshold_column::welsh_ministers);
  EXPECT_EQ(welsh.threshold.amount, pounds("£207,720"));
  EXPECT_TRUE(welsh.above_threshold);
  EXPECT_NE(welsh.sentence().find("the sub central goods services threshold for contracts regulated by the Welsh "
                                "Ministers of £207,720 in force from 1 January 2026"),
            std::string::npos)
      << welsh.sentence();
  facts.regulated_by_welsh_ministers = false;
  const procurement_assessment other = assess_procurement(pounds("£210,000"), facts);
  EXPECT_EQ(other.threshold.column, threshold_column::any_other);
  EXPECT_EQ(other.sentence().find("Welsh"), std::string::npos);
  // Before 2026 the one column serves both.
  facts.regulated_by_welsh_ministers = true;
  facts.procurement_start = on("1 March 2025");
  EXPECT_EQ(assess_procurement(pounds("£210,000"), facts).threshold.amount, pounds("£214,904"));
}

TEST(ProcurementRouteTest, AnEstimatedValueAloneNeedsTheDayTheProcurementStarted) {
  procurement_facts facts = council_services("1 March 2024", vat_treatment::exempt);
  facts.procurement_start.reset();
  EXPECT_TRUE(fails_with<std::invalid_argument>(
      [&] { (void)assess_procurement(pounds("£250,000"), facts); }, "commissioning.procurement.007",
      "the day the procurement started is needed to assess an estimated value of £250,000.00"));
}

TEST(ProcurementRouteTest, RefusesANegativeValueOrVatRate) {
  EXPECT_TRUE(fails_with<std::invalid_argument>(
      [] { (void)assess_procurement(pounds("-£1"), council_services("1 March 2024", vat_treatment::exempt)); },
      "commissioning.procurement.005", "an estimated value cannot be negative, got -£1.00"));
  procurement_facts facts = council_services("1 March 2024", vat_treatment::exclusive);
  facts.vat_rate = rate::parse("-20%");
  EXPECT_TRUE(fails_with<std::invalid_argument>([&] { (void)assess_procurement(pounds("£1"), facts); },
                                                "commissioning.procurement.005", "-20%"));
}

}  // namespace
