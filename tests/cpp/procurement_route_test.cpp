// procurement_route: which regime applies to a procurement, the contract's estimated value
// (every option included, VAT added to a net price), the threshold it meets, and what follows.
//
// Thresholds are from /work/shared/reference/domain-facts.md 3.1 and 3.6; the regime dates
// (PCR 2015 from 26 February 2015, the Procurement Act 2023 from 24 February 2025) from 3.3
// and 3.6; seed 004 is the Kent young carers contract.
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
  EXPECT_EQ(answer.consequence,
            "light-touch regime applies: publish a contract notice or prior information notice, and a contract "
            "award notice");
  EXPECT_EQ(answer.citation, "Public Contracts Regulations 2015, regulations 5, 6 and 74 to 77");
}

TEST(ProcurementRouteTest, Seed004SentenceReadsAsTheReportWouldPrintIt) {
  // As examples/procurement.expected prints it.
  EXPECT_EQ(assess_procurement(kent_young_carers(), social_care("1 January 2016")).sentence,
            "Under the Public Contracts Regulations 2015 the estimated value of £1,627,420 (net of VAT, every option "
            "and extension included) is above the light touch threshold of £589,148 in force from 1 January 2016: "
            "light-touch regime applies: publish a contract notice or prior information notice, and a contract award "
            "notice.");
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
      {"31 December 2021", procurement_regime::pcr_2015, "1 January 2016"},
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
    // £589,148 net until 2022; £663,540 including VAT after (domain-facts 3.1, 3.6).
    EXPECT_EQ(answer.threshold.amount,
              expected.row_from == "1 January 2016" ? pounds("£589,148") : pounds("£663,540"));
    EXPECT_EQ(answer.estimated_value, pounds("£1,627,420"));
    EXPECT_TRUE(answer.above_threshold);
    if (expected.regime == procurement_regime::procurement_act_2023) {
      EXPECT_EQ(answer.consequence, "light touch contract above threshold: tender notice required");
      EXPECT_EQ(answer.citation, "Procurement Act 2023, sections 3, 4 and 9, Schedules 1 and 3");
    } else {
      EXPECT_EQ(answer.citation, "Public Contracts Regulations 2015, regulations 5, 6 and 74 to 77");
    }
  }
}

TEST(ProcurementRouteTest, ALightTouchContractBelowThresholdNeedsNoFindATenderNotice) {
  // One year at £325,484 is below £663,540 (PCR 2015 from 2024).
  const contract one_year("c", "p", on("1 May 2024"), term::parse("1"), price::annual(pounds("£325,484")));
  const procurement_assessment answer = assess_procurement(one_year, social_care("1 January 2024"));
  EXPECT_FALSE(answer.above_threshold);
  EXPECT_EQ(answer.consequence,
            "below the light-touch threshold: no Find a Tender notice is required unless the contract is of "
            "cross-border interest; the council's contract procedure rules apply");
  const procurement_assessment under_act = assess_procurement(one_year, social_care("1 January 2026"));
  EXPECT_FALSE(under_act.above_threshold);
  EXPECT_EQ(under_act.consequence,
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
  EXPECT_EQ(below.consequence, "below threshold: the council's contract procedure rules apply");
  EXPECT_EQ(below.citation, "Public Contracts Regulations 2015, regulations 5 and 6");
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
  EXPECT_NE(answer.sentence.find("£500,000 (net of VAT"), std::string::npos) << answer.sentence;
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
  EXPECT_EQ(assess_procurement(pounds("£207,720"), act_facts).consequence,
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
  EXPECT_EQ(at.consequence, "above threshold: a full procedure under the Regulations with a Find a Tender notice");
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
  EXPECT_EQ(answer.consequence, "light touch contract above threshold: tender notice required");
}

TEST(ProcurementRouteTest, GoodsUnderThePcrBefore2022NeedALoadedTable) {
  const procurement_facts facts = council_services("1 June 2019", vat_treatment::exclusive);
  EXPECT_TRUE(fails_with<std::out_of_range>([&] { (void)assess_procurement(pounds("£200,000"), facts); },
                                            "commissioning.procurement.003", "1 June 2019"));
  // A user's table (the 2018 value, net of VAT) answers it: £200,000 net >= £181,302.
  const threshold_table table = threshold_table::parse_csv(
      "regime,contract_type,effective_from,amount,vat_inclusive,source\n"
      "pcr_2015,sub_central_goods_services,2018-01-01,181302,no,2018 values\n");
  const procurement_assessment answer = assess_procurement(pounds("£200,000"), facts, table);
  EXPECT_EQ(answer.threshold.amount, pounds("£181,302"));
  EXPECT_EQ(answer.estimated_value, pounds("£200,000"));
  EXPECT_TRUE(answer.above_threshold);
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
