// modification_rules: is a contract modification permitted? The value and term tests of PCR
// 2015 regulation 72 and Procurement Act 2023 section 74 and Schedule 8, with the figures,
// the citation and the reasons.
//
// The rules are from /work/shared/reference/domain-facts.md 3.3 (regulation 72: 50% for each
// (b)/(c) modification, 72(5) de minimis below the threshold and 10%/15% cumulatively) and 3.6
// (the Act: below-threshold 10%/15% aggregated, a term change over 10% is substantial, the
// known-risk 50% cap that does not apply to utilities contracts, light touch contracts
// modified freely). Thresholds are from 3.1. Section 75 (contract change notices) and Schedule
// 8 paragraph 4 are quoted from legislation.gov.uk (ukpga/2023/54/section/75 and schedule/8).
// Every other figure is worked by hand below.
#include <commissioning/procurement/modification_rules.hpp>

#include <gtest/gtest.h>

#include "fails_with.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace {

using namespace commissioning;

money pounds(std::string_view text) { return money::parse(text); }
date on(std::string_view text) { return parse_date(text); }
rate percent(std::int64_t numerator, std::int64_t denominator = 1) { return rate::ratio(numerator, 100 * denominator); }

constexpr procurement_regime pcr = procurement_regime::pcr_2015;
constexpr procurement_regime act = procurement_regime::procurement_act_2023;

// Seed 004: the Kent young carers contract, 1 May 2016, 3+1+1 at £325,484 a year; both
// options taken, then "section 72 (1) c of the Public Contract Regulations 2015 ... to
// further extend this contract by one year to 30 April 2022".
contract kent_as_extended() {
  contract kent("Kent Young Carers", "Imago", on("1 May 2016"), term::parse("3+1+1"), price::annual(pounds("£325,484")));
  kent.exercise(1);
  kent.exercise(2);
  kent.modify({.ground = parse_modification_ground("section 72 (1) c"), .months = 12});
  return kent;
}

// A contract without options (so the term may be extended by modification at once).
contract plain(std::string_view term_text, std::string_view annual, std::string_view start = "1 April 2024") {
  return contract("c", "p", on(start), term::parse(term_text), price::annual(pounds(annual)));
}

// A change in the annual value from the contract start.
modification value_change(modification_ground ground, std::string_view annual_change) {
  return {.ground = ground, .annual_change = pounds(annual_change), .from_month = 0};
}

// A longer term at the same annual value.
modification extension(modification_ground ground, int months) { return {.ground = ground, .months = months}; }

// ---------------------------------------------------------------- seed 004

TEST(ModificationRulesTest, Seed004ExtensionIsAFifthOfTheOriginalValueAndPermitted) {
  const contract kent = kent_as_extended();
  ASSERT_EQ(kent.modifications().front().ground, modification_ground::pcr_72_1_c);
  const modification_assessment check =
      assess_modification(kent, 1, pcr, contract_type::light_touch, on("1 April 2021"));
  EXPECT_EQ(check.number, 1U);
  EXPECT_EQ(check.ground, modification_ground::pcr_72_1_c);
  EXPECT_EQ(check.regime, pcr);
  EXPECT_EQ(check.result, verdict::permitted);
  EXPECT_EQ(check.value, pounds("£325,484"));
  EXPECT_EQ(check.original_value, pounds("£1,627,420.00"));  // 5 x £325,484, every option
  EXPECT_EQ(check.share, rate::ratio(1, 5));                  // exactly 20%
  EXPECT_EQ(check.cumulative_value, pounds("£325,484"));
  EXPECT_EQ(check.cumulative_share, rate::ratio(1, 5));
  EXPECT_EQ(check.months_added, 12);
  EXPECT_EQ(check.term_share, rate::ratio(12, 60));
  EXPECT_EQ(check.citation, "Public Contracts Regulations 2015, regulation 72(1)(c)");
  EXPECT_EQ(check.reasons(),
            (std::vector<std::string>{
                "the modification is worth £325,484, 20% of the original value of £1,627,420, within the 50% limit for "
                "each modification (regulation 72(1)(c) and 72(2))",
                "it must arise from circumstances a diligent authority could not have foreseen and not alter the "
                "overall nature of the contract",
                "a modification notice is to be published in Find a Tender"}));
  EXPECT_EQ(check.sentence(),
            "Modification 1 (Public Contracts Regulations 2015, regulation 72(1)(c)), worth £325,484 or 20% of the "
            "original value of £1,627,420: permitted.");
}

TEST(ModificationRulesTest, APcrModificationNoticeBefore2021WentToTheOjeu) {
  // PPN 08/20: Find a Tender replaced the OJEU/TED at 23:00 on 31 December 2020.
  const contract kent = kent_as_extended();
  EXPECT_EQ(assess_modification(kent, 1, pcr, contract_type::light_touch, on("31 December 2020")).reasons().back(),
            "a modification notice is to be published in the Official Journal of the European Union (OJEU/TED)");
  EXPECT_EQ(assess_modification(kent, 1, pcr, contract_type::light_touch, on("1 January 2021")).reasons().back(),
            "a modification notice is to be published in Find a Tender");
}

TEST(ModificationRulesTest, VerdictsReadAsAReportWritesThem) {
  EXPECT_EQ(to_string(verdict::permitted), "permitted");
  EXPECT_EQ(to_string(verdict::not_permitted), "not permitted");
  EXPECT_EQ(to_string(verdict::depends), "depends");
}

// ---------------------------------------------------------------- PCR 72(1)(b) and (c): 50% each

TEST(ModificationRulesTest, PcrAdditionalOrUnforeseenWorkUpToHalfTheOriginalValueIsPermitted) {
  // "3" at £100,000 a year: original value £300,000. 18 more months at £100,000 a year is
  // £150,000, exactly 50%: "does not exceed 50%" holds.
  for (modification_ground ground : {modification_ground::pcr_72_1_b, modification_ground::pcr_72_1_c}) {
    SCOPED_TRACE(code(ground));
    contract c = plain("3", "£100,000");
    c.modify(extension(ground, 18));
    const modification_assessment check = assess_modification(c, 1, pcr, contract_type::sub_central_goods_services,
                                                              on("1 April 2026"));
    EXPECT_EQ(check.value, pounds("£150,000"));
    EXPECT_EQ(check.share, rate::ratio(1, 2));
    EXPECT_EQ(check.result, verdict::permitted);
    EXPECT_EQ(check.reasons().front(), "the modification is worth £150,000, 50% of the original value of £300,000, "
                                     "within the 50% limit for each modification (regulation 72(1)" +
                                         std::string(ground == modification_ground::pcr_72_1_b ? "(b)" : "(c)") +
                                         " and 72(2))");
  }
}

TEST(ModificationRulesTest, PcrAdditionalOrUnforeseenWorkOverHalfTheOriginalValueIsNotPermitted) {
  // +£50,000.01 a year for 3 years is £150,000.03, over half of £300,000.
  for (modification_ground ground : {modification_ground::pcr_72_1_b, modification_ground::pcr_72_1_c}) {
    SCOPED_TRACE(code(ground));
    contract c = plain("3", "£100,000");
    c.modify(value_change(ground, "£50,000.01"));
    const modification_assessment check = assess_modification(c, 1, pcr, contract_type::sub_central_goods_services,
                                                              on("1 April 2025"));
    EXPECT_EQ(check.value, pounds("£150,000.03"));
    EXPECT_GT(check.share, rate::ratio(1, 2));
    EXPECT_EQ(check.result, verdict::not_permitted);
    // The share rounds to 50.00% at two places; the figure shows the penny over.
    EXPECT_NE(check.reasons().front().find("worth £150,000.03, 50.00% of the original value of £300,000, over the 50% limit"),
              std::string::npos)
        << check.reasons().front();
  }
  // 19 more months is £158,333.33 (19/12 x £100,000), 52.78%.
  contract c = plain("3", "£100,000");
  c.modify(extension(modification_ground::pcr_72_1_c, 19));
  const modification_assessment check =
      assess_modification(c, 1, pcr, contract_type::sub_central_goods_services, on("1 April 2026"));
  EXPECT_EQ(check.value, pounds("£158,333.33"));
  EXPECT_EQ(check.result, verdict::not_permitted);
  EXPECT_EQ(check.sentence(),
            "Modification 1 (Public Contracts Regulations 2015, regulation 72(1)(c)), worth £158,333.33 or 52.78% of "
            "the original value of £300,000: not permitted.");
}

TEST(ModificationRulesTest, PcrAppliesTheHalfLimitToEachModificationNotTheirSum) {
  // Regulation 72(2). Two (c) changes of +£40,000 a year on "3" at £100,000: £120,000 each,
  // 40% each, 80% together: both permitted.
  contract c = plain("3", "£100,000");
  c.modify(value_change(modification_ground::pcr_72_1_c, "£40,000"));
  c.modify(value_change(modification_ground::pcr_72_1_c, "£40,000"));
  const modification_assessment second =
      assess_modification(c, 2, pcr, contract_type::sub_central_goods_services, on("1 April 2025"));
  EXPECT_EQ(second.share, percent(40));
  EXPECT_EQ(second.cumulative_value, pounds("£240,000"));
  EXPECT_EQ(second.cumulative_share, percent(80));
  EXPECT_EQ(second.result, verdict::permitted);
}

TEST(ModificationRulesTest, PcrAdditionalWorkListsItsConditions) {
  contract c = plain("3", "£100,000");
  c.modify(value_change(modification_ground::pcr_72_1_b, "£10,000"));
  const modification_assessment check =
      assess_modification(c, 1, pcr, contract_type::sub_central_goods_services, on("1 April 2025"));
  EXPECT_EQ(check.citation, "Public Contracts Regulations 2015, regulation 72(1)(b)");
  ASSERT_EQ(check.reasons().size(), 3U);
  EXPECT_EQ(check.reasons()[0],
            "the modification is worth £30,000, 10% of the original value of £300,000, within the 50% limit for each "
            "modification (regulation 72(1)(b) and 72(2))");
  EXPECT_EQ(check.reasons()[1],
            "a change of contractor must be impossible for economic or technical reasons or cause significant "
            "inconvenience or duplication of costs");
}

// ---------------------------------------------------------------- PCR 72(1)(f), 72(5): de minimis

TEST(ModificationRulesTest, PcrDeMinimisBelowTheThresholdAndTenPercentIsPermitted) {
  // Services, "3" at £300,000 a year: original £900,000. +£25,000 a year is £75,000, 8.33%,
  // below 10% and below the sub-central threshold of £214,904 (PCR 2015 from 2024).
  contract c = plain("3", "£300,000");
  c.modify(value_change(modification_ground::pcr_72_1_f, "£25,000"));
  const modification_assessment check =
      assess_modification(c, 1, pcr, contract_type::sub_central_goods_services, on("1 June 2024"));
  EXPECT_EQ(check.value, pounds("£75,000"));
  EXPECT_EQ(check.result, verdict::permitted);
  EXPECT_EQ(check.citation, "Public Contracts Regulations 2015, regulation 72(1)(f)");
  EXPECT_EQ(check.reasons(),
            (std::vector<std::string>{
                "de minimis (regulation 72(5)): the de minimis modifications come to £75,000, below the threshold of "
                "£214,904, and 8.33% of the original value, below the 10% limit",
                "the modification must not alter the overall nature of the contract"}));
}

TEST(ModificationRulesTest, PcrDeMinimisModificationsAreCumulative) {
  // Then a (c) change (+£100,000 a year, £300,000: not de minimis, not counted), then a second
  // (f) change of +£5,000 a year, £15,000: the de minimis total is £75,000 + £15,000 = £90,000,
  // exactly 10% of £900,000, which is not below 10%.
  contract c = plain("3", "£300,000");
  c.modify(value_change(modification_ground::pcr_72_1_f, "£25,000"));
  c.modify(value_change(modification_ground::pcr_72_1_c, "£100,000"));
  c.modify(value_change(modification_ground::pcr_72_1_f, "£5,000"));
  const modification_assessment third =
      assess_modification(c, 3, pcr, contract_type::sub_central_goods_services, on("1 June 2024"));
  EXPECT_EQ(third.value, pounds("£15,000"));
  EXPECT_EQ(third.share, rate::ratio(15'000, 900'000));
  EXPECT_EQ(third.cumulative_value, pounds("£90,000"));
  EXPECT_EQ(third.cumulative_share, percent(10));
  EXPECT_EQ(third.result, verdict::not_permitted);
  EXPECT_NE(third.reasons().front().find("£90,000, below the threshold of £214,904, and 10% of the original value, not "
                                       "below the 10% limit"),
            std::string::npos)
      << third.reasons().front();
  // The first, on its own, still passes: a later change does not count against an earlier one.
  EXPECT_EQ(assess_modification(c, 1, pcr, contract_type::sub_central_goods_services, on("1 June 2024")).result,
            verdict::permitted);
}

TEST(ModificationRulesTest, PcrDeMinimisMustBeBelowTheThreshold) {
  // One year at £3,000,000. +£214,904 is 7.16% of it but not below the £214,904 threshold;
  // £214,903.99 is below it.
  contract at("c", "p", on("1 April 2024"), term::parse("1"), price::annual(pounds("£3,000,000")));
  at.modify(value_change(modification_ground::pcr_72_1_f, "£214,904"));
  const modification_assessment check =
      assess_modification(at, 1, pcr, contract_type::sub_central_goods_services, on("1 June 2024"));
  EXPECT_EQ(check.result, verdict::not_permitted);
  EXPECT_NE(check.reasons().front().find("£214,904, not below the threshold of £214,904"), std::string::npos)
      << check.reasons().front();
  contract below("c", "p", on("1 April 2024"), term::parse("1"), price::annual(pounds("£3,000,000")));
  below.modify(value_change(modification_ground::pcr_72_1_f, "£214,903.99"));
  EXPECT_EQ(assess_modification(below, 1, pcr, contract_type::sub_central_goods_services, on("1 June 2024")).result,
            verdict::permitted);
}

TEST(ModificationRulesTest, PcrDeMinimisAllowsFifteenPercentForWorks) {
  // Works, "3" at £1,000,000 a year: original £3,000,000, works threshold £5,372,609 (2024).
  // +£140,000 a year is £420,000, 14%: below 15% for works. As services it would be over 10%
  // (and over the £214,904 threshold).
  contract c = plain("3", "£1,000,000");
  c.modify(value_change(modification_ground::pcr_72_1_f, "£140,000"));
  const modification_assessment works = assess_modification(c, 1, pcr, contract_type::works, on("1 June 2024"));
  EXPECT_EQ(works.share, percent(14));
  EXPECT_EQ(works.result, verdict::permitted);
  EXPECT_NE(works.reasons().front().find("below the 15% limit"), std::string::npos) << works.reasons().front();
  EXPECT_EQ(assess_modification(c, 1, pcr, contract_type::sub_central_goods_services, on("1 June 2024")).result,
            verdict::not_permitted);
  // +£150,000 a year is £450,000, exactly 15%: not below 15%.
  contract at_limit = plain("3", "£1,000,000");
  at_limit.modify(value_change(modification_ground::pcr_72_1_f, "£150,000"));
  EXPECT_EQ(assess_modification(at_limit, 1, pcr, contract_type::works, on("1 June 2024")).result,
            verdict::not_permitted);
}

TEST(ModificationRulesTest, PcrDeMinimisUsesTheThresholdOfItsDate) {
  // "3" at £1,000,000 a year: £3,000,000. +£62,000 a year is £186,000, 6.2%, within 10%; but
  // on 1 June 2019 the sub-central threshold was £181,302 (PPN 04/17) and £186,000 is not
  // below it. On 1 June 2024 it is below £214,904.
  contract c = plain("3", "£1,000,000", "1 April 2018");
  c.modify(value_change(modification_ground::pcr_72_1_f, "£62,000"));
  const modification_assessment in_2019 =
      assess_modification(c, 1, pcr, contract_type::sub_central_goods_services, on("1 June 2019"));
  EXPECT_EQ(in_2019.value, pounds("£186,000"));
  EXPECT_EQ(in_2019.result, verdict::not_permitted);
  EXPECT_NE(in_2019.reasons().front().find("not below the threshold of £181,302"), std::string::npos)
      << in_2019.reasons().front();
  EXPECT_EQ(assess_modification(c, 1, pcr, contract_type::sub_central_goods_services, on("1 June 2024")).result,
            verdict::permitted);
  // Before the Regulations came into force the bundled table has no row.
  EXPECT_TRUE(fails_with<std::out_of_range>(
      [&] { (void)assess_modification(c, 1, pcr, contract_type::sub_central_goods_services, on("1 June 2014")); },
      "commissioning.procurement.003", "1 June 2014"));
}

// ---------------------------------------------------------------- PCR 72(1)(a), (d), (e): judgement

TEST(ModificationRulesTest, PcrReviewClauseNewContractorAndNotSubstantialDependOnTheFacts) {
  // Whatever the size: here +£60,000 a year on £100,000, 60%.
  struct expected_reason {
    modification_ground ground;
    std::string_view reason;
  };
  const expected_reason cases[] = {
      {modification_ground::pcr_72_1_a,
       "permitted only if the original procurement documents contain a clear, precise and unequivocal review clause "
       "providing for it"},
      {modification_ground::pcr_72_1_d,
       "permitted only for a new contractor under a review clause or by succession after a corporate restructuring"},
      {modification_ground::pcr_72_1_e,
       "permitted only if the modification is not substantial under the tests of regulation 72(8)"},
      {modification_ground::other, "no ground was named: the modification must fit one of regulation 72(1)(a) to (f)"},
  };
  for (const expected_reason& expected : cases) {
    SCOPED_TRACE(code(expected.ground));
    contract c = plain("3", "£100,000");
    c.modify(value_change(expected.ground, "£60,000"));
    const modification_assessment check =
        assess_modification(c, 1, pcr, contract_type::sub_central_goods_services, on("1 April 2025"));
    EXPECT_EQ(check.result, verdict::depends);
    EXPECT_EQ(check.share, percent(60));
    EXPECT_EQ(check.reasons(), std::vector<std::string>{std::string(expected.reason)});
    EXPECT_EQ(check.citation, citation(expected.ground));
  }
}

// ---------------------------------------------------------------- the Act: s74(1)(c) below threshold

TEST(ModificationRulesTest, ActBelowThresholdModificationsAreAggregated) {
  // Services, "5" at £100,000 a year: 60 months, estimated value £500,000.
  // Modification 1: 6 more months, £50,000: 10% of the value, 10% of the term: permitted.
  // Modification 2: +£1,200 a year over those 6 months, £600: the aggregate £50,600 is 10.12%.
  contract c = plain("5", "£100,000", "1 April 2025");
  c.modify(extension(modification_ground::pa2023_below_threshold, 6));
  c.modify({.ground = modification_ground::pa2023_below_threshold, .annual_change = pounds("£1,200"), .from_month = 60});
  const modification_assessment first =
      assess_modification(c, 1, act, contract_type::sub_central_goods_services, on("1 April 2029"));
  EXPECT_EQ(first.value, pounds("£50,000"));
  EXPECT_EQ(first.cumulative_share, percent(10));
  EXPECT_EQ(first.term_share, percent(10));
  EXPECT_EQ(first.result, verdict::permitted);
  EXPECT_EQ(first.citation, "Procurement Act 2023, section 74(1)(c) (below-threshold modification)");
  EXPECT_EQ(first.reasons(),
            (std::vector<std::string>{
                "below-threshold modifications come to 10% of the estimated value, within the 10% limit (section "
                "74(4), aggregated)",
                "the term changes by 6 months, 10% of the maximum term, within 10%",
                "no contract change notice is required: the value changes by 10%, within 10%, and the term by 10% of "
                "the maximum term, within 10% (section 75(2))"}));
  const modification_assessment second =
      assess_modification(c, 2, act, contract_type::sub_central_goods_services, on("1 April 2030"));
  EXPECT_EQ(second.value, pounds("£600"));
  EXPECT_EQ(second.cumulative_value, pounds("£50,600"));
  EXPECT_EQ(second.result, verdict::not_permitted);
  EXPECT_EQ(second.reasons().front(),
            "below-threshold modifications come to 10.12% of the estimated value, over the 10% limit (section 74(4), "
            "aggregated)");
}

TEST(ModificationRulesTest, ActBelowThresholdAllowsFifteenPercentOfTheValueForWorks) {
  // "5" at £100,000 a year, £500,000: +£15,000 a year is £75,000, 15%: within for works, over for services.
  contract c = plain("5", "£100,000", "1 April 2025");
  c.modify(value_change(modification_ground::pa2023_below_threshold, "£15,000"));
  EXPECT_EQ(assess_modification(c, 1, act, contract_type::works, on("1 April 2026")).result, verdict::permitted);
  EXPECT_EQ(assess_modification(c, 1, act, contract_type::sub_central_goods_services, on("1 April 2026")).result,
            verdict::not_permitted);
}

TEST(ModificationRulesTest, ActBelowThresholdTermTestIsTenPercentEvenForWorks) {
  // Works, "5" at £100,000 a year: 7 more months is £58,333.33, 11.67% of the value (within
  // 15%), but 7 / 60 = 11.67% of the term, over 10%: not permitted, and a change notice is due.
  contract c = plain("5", "£100,000", "1 April 2025");
  c.modify(extension(modification_ground::pa2023_below_threshold, 7));
  const modification_assessment check = assess_modification(c, 1, act, contract_type::works, on("1 April 2029"));
  EXPECT_EQ(check.value, pounds("£58,333.33"));
  EXPECT_EQ(check.term_share, rate::ratio(7, 60));
  EXPECT_EQ(check.result, verdict::not_permitted);
  EXPECT_EQ(check.reasons(),
            (std::vector<std::string>{
                "below-threshold modifications come to 11.67% of the estimated value, within the 15% limit (section "
                "74(4), aggregated)",
                "the term changes by 7 months, 11.67% of the maximum term, over 10%",
                "a contract change notice is required before the modification (section 75(1)): the term changes by "
                "11.67% of the maximum term, over the 10% of section 75(2)(b)"}));
}

// ---------------------------------------------------------------- the Act: s74(1)(b) not substantial

TEST(ModificationRulesTest, ActTermChangeOverTenPercentIsSubstantial) {
  // "5": 60 months. 6 more is 10%: not substantial on the term test, the rest is a judgement.
  // 7 more is 11.67%: substantial, for services and works alike.
  contract six = plain("5", "£100,000", "1 April 2025");
  six.modify(extension(modification_ground::pa2023_not_substantial, 6));
  const modification_assessment ten_percent =
      assess_modification(six, 1, act, contract_type::sub_central_goods_services, on("1 April 2029"));
  EXPECT_EQ(ten_percent.result, verdict::depends);
  EXPECT_EQ(ten_percent.citation, "Procurement Act 2023, section 74(1)(b) (not a substantial modification)");
  EXPECT_EQ(ten_percent.reasons(),
            (std::vector<std::string>{
                "the term changes by 10% of the maximum term: not over 10%, so not substantial on that test",
                "it must also not materially change the scope or the economic balance of the contract",
                "no contract change notice is required: the value changes by 10%, within 10%, and the term by 10% of "
                "the maximum term, within 10% (section 75(2))"}));

  contract seven = plain("5", "£100,000", "1 April 2025");
  seven.modify(extension(modification_ground::pa2023_not_substantial, 7));
  for (contract_type type : {contract_type::sub_central_goods_services, contract_type::works}) {
    SCOPED_TRACE(to_string(type));
    const modification_assessment over = assess_modification(seven, 1, act, type, on("1 April 2029"));
    EXPECT_EQ(over.result, verdict::not_permitted);
    EXPECT_EQ(over.reasons().front(), "the term changes by 11.67% of the maximum term: over 10%, a substantial modification");
    // 7 months at £100,000 a year is 11.67% of the value: over 10% for services, within 15% for works.
    EXPECT_EQ(over.reasons().back(),
              type == contract_type::works
                  ? "a contract change notice is required before the modification (section 75(1)): the term changes "
                    "by 11.67% of the maximum term, over the 10% of section 75(2)(b)"
                  : "a contract change notice is required before the modification (section 75(1)): the value changes "
                    "by 11.67%, over the 10% of section 75(2)(a)");
  }
}

TEST(ModificationRulesTest, ActValueChangeWithoutTermChangeIsAJudgementUnderNotSubstantial) {
  contract c = plain("5", "£100,000", "1 April 2025");
  c.modify(value_change(modification_ground::pa2023_not_substantial, "£40,000"));
  const modification_assessment check =
      assess_modification(c, 1, act, contract_type::sub_central_goods_services, on("1 April 2026"));
  EXPECT_EQ(check.term_share, rate());
  EXPECT_EQ(check.result, verdict::depends);
}

// ---------------------------------------------------------------- the Act: Schedule 8 para 5 known risk

TEST(ModificationRulesTest, ActKnownRiskUpToHalfTheEstimatedValueIsPermitted) {
  // "5" at £100,000 a year, £500,000: +£50,000 a year is £250,000, exactly 50%.
  contract half = plain("5", "£100,000", "1 April 2025");
  half.modify(value_change(modification_ground::pa2023_known_risk, "£50,000"));
  const modification_assessment check =
      assess_modification(half, 1, act, contract_type::sub_central_goods_services, on("1 April 2026"));
  EXPECT_EQ(check.share, rate::ratio(1, 2));
  EXPECT_EQ(check.result, verdict::permitted);
  EXPECT_EQ(check.citation, "Procurement Act 2023, Schedule 8 paragraph 5 (materialisation of a known risk)");
  EXPECT_EQ(check.reasons(),
            (std::vector<std::string>{
                "the modification is worth 50% of the estimated value, within the 50% limit for a known risk (Schedule "
                "8 paragraph 5)",
                "the risk must have been described in the tender or transparency notice",
                "a contract change notice is required before the modification (section 75(1)): the value changes by "
                "50%, over the 10% of section 75(2)(a)"}));
  // +£50,000.01 a year is £250,000.05: over half.
  contract over = plain("5", "£100,000", "1 April 2025");
  over.modify(value_change(modification_ground::pa2023_known_risk, "£50,000.01"));
  EXPECT_EQ(assess_modification(over, 1, act, contract_type::sub_central_goods_services, on("1 April 2026")).result,
            verdict::not_permitted);
}

TEST(ModificationRulesTest, ActKnownRiskCapDoesNotApplyToUtilitiesContracts) {
  // domain-facts 3.6: "the known-risk ground must not increase estimated value by more than
  // 50% (cap does not apply to utilities contracts)". +£60,000 a year on £100,000 is 60%.
  contract c = plain("5", "£100,000", "1 April 2025");
  c.modify(value_change(modification_ground::pa2023_known_risk, "£60,000"));
  for (contract_type type : {contract_type::utilities_goods_services, contract_type::utilities_works}) {
    SCOPED_TRACE(to_string(type));
    const modification_assessment check = assess_modification(c, 1, act, type, on("1 April 2026"));
    EXPECT_EQ(check.share, percent(60));
    EXPECT_EQ(check.result, verdict::permitted);
    EXPECT_NE(check.reasons().front().find("does not apply to a utilities contract"), std::string::npos)
        << check.reasons().front();
  }
  EXPECT_EQ(assess_modification(c, 1, act, contract_type::works, on("1 April 2026")).result, verdict::not_permitted);
}

TEST(ModificationRulesTest, ActScheduleEightGroundOrAnotherGroundDependsOnTheFacts) {
  for (modification_ground ground : {modification_ground::pa2023_permitted, modification_ground::other}) {
    SCOPED_TRACE(code(ground));
    contract c = plain("5", "£100,000", "1 April 2025");
    c.modify(value_change(ground, "£10,000"));
    const modification_assessment check =
        assess_modification(c, 1, act, contract_type::sub_central_goods_services, on("1 April 2026"));
    EXPECT_EQ(check.result, verdict::depends);
    EXPECT_EQ(check.reasons(),
              (std::vector<std::string>{"permitted only if it fits a Schedule 8 ground, is not substantial, or is a "
                                        "below-threshold modification (section 74(1))",
                                        "no contract change notice is required: the value changes by 10%, within 10%, "
                                        "and the term by 0% of the maximum term, within 10% (section 75(2))"}));
  }
}

// ---------------------------------------------------------------- the Act: Schedule 8 para 4 and additional goods

TEST(ModificationRulesTest, ActUnforeseeableOrAdditionalWorkAt40PercentIsWithinTheCapAndAt60PercentOver) {
  // "5" at £100,000 a year, £500,000. +£40,000 a year is £200,000, 40%; +£60,000 is £300,000, 60%.
  // Schedule 8 paragraph 4(1)(c): "would not increase the estimated value of the contract by more
  // than 50 per cent". Within the cap the ground still turns on a judgement: depends.
  for (modification_ground ground : {modification_ground::pa2023_unforeseeable, modification_ground::pa2023_additional}) {
    SCOPED_TRACE(code(ground));
    const std::string rule = ground == modification_ground::pa2023_unforeseeable ? "Schedule 8 paragraph 4(1)(c)"
                                                                                 : "the additional-goods ground";
    contract forty = plain("5", "£100,000", "1 April 2025");
    forty.modify(value_change(ground, "£40,000"));
    const modification_assessment within =
        assess_modification(forty, 1, act, contract_type::sub_central_goods_services, on("1 April 2026"));
    EXPECT_EQ(within.value, pounds("£200,000"));
    EXPECT_EQ(within.share, percent(40));
    EXPECT_EQ(within.result, verdict::depends);
    EXPECT_EQ(within.citation, citation(ground));
    EXPECT_EQ(within.reasons().front(), "the modification is worth 40% of the estimated value, within the 50% limit of " + rule);

    contract sixty = plain("5", "£100,000", "1 April 2025");
    sixty.modify(value_change(ground, "£60,000"));
    const modification_assessment over =
        assess_modification(sixty, 1, act, contract_type::sub_central_goods_services, on("1 April 2026"));
    EXPECT_EQ(over.share, percent(60));
    EXPECT_EQ(over.result, verdict::not_permitted);
    EXPECT_EQ(over.reasons().front(), "the modification is worth 60% of the estimated value, over the 50% limit of " + rule);
    // Paragraph 4(2): the cap does not apply to a utilities contract.
    const modification_assessment utilities =
        assess_modification(sixty, 1, act, contract_type::utilities_works, on("1 April 2026"));
    EXPECT_EQ(utilities.result, verdict::depends);
    EXPECT_EQ(utilities.reasons().front(), "the modification is worth 60% of the estimated value; the 50% limit of " +
                                             rule + " does not apply to a utilities contract");
  }
  // The unforeseeable ground states its condition; the additional-goods ground says what is unconfirmed.
  contract c = plain("5", "£100,000", "1 April 2025");
  c.modify(value_change(modification_ground::pa2023_additional, "£40,000"));
  const modification_assessment additional =
      assess_modification(c, 1, act, contract_type::sub_central_goods_services, on("1 April 2026"));
  EXPECT_NE(additional.reasons()[2].find("this library has not confirmed the Schedule's paragraph"), std::string::npos)
      << additional.reasons()[2];
}

// ---------------------------------------------------------------- the Act: section 75 contract change notices

TEST(ModificationRulesTest, ActChangeNoticeFollowsTheValueLimbOfSection75) {
  // Section 75(2)(a): a change of value of 10% or less (goods and services) or 15% or less
  // (works) needs no notice. "5" at £100,000 a year, £500,000.
  struct notice_case {
    contract_type type;
    std::string_view annual_change;
    bool required;
  };
  const notice_case cases[] = {
      {contract_type::sub_central_goods_services, "£10,000", false},     // £50,000, exactly 10%
      {contract_type::sub_central_goods_services, "£10,000.01", true},   // £50,000.05, over 10%
      {contract_type::works, "£15,000", false},                          // £75,000, exactly 15%
      {contract_type::works, "£15,000.01", true},                        // over 15%
      {contract_type::sub_central_goods_services, "-£10,000", false},    // a decrease counts the same way
      {contract_type::sub_central_goods_services, "-£12,000", true},
  };
  for (const notice_case& expected : cases) {
    SCOPED_TRACE(std::string(to_string(expected.type)) + " " + std::string(expected.annual_change));
    contract c = plain("5", "£100,000", "1 April 2025");
    c.modify(value_change(modification_ground::pa2023_permitted, expected.annual_change));
    const std::string notice = assess_modification(c, 1, act, expected.type, on("1 April 2026")).reasons().back();
    EXPECT_EQ(notice.starts_with("a contract change notice is required"), expected.required) << notice;
    EXPECT_EQ(notice.starts_with("no contract change notice is required"), !expected.required) << notice;
  }
}

TEST(ModificationRulesTest, ActValueOnlyChangeOf90PercentNeedsAChangeNotice) {
  // +£90,000 a year on "5" at £100,000 is £450,000, 90% of £500,000, with no change of term.
  contract c = plain("5", "£100,000", "1 April 2025");
  c.modify(value_change(modification_ground::pa2023_permitted, "£90,000"));
  const modification_assessment check =
      assess_modification(c, 1, act, contract_type::sub_central_goods_services, on("1 April 2026"));
  EXPECT_EQ(check.share, percent(90));
  EXPECT_EQ(check.months_added, 0);
  EXPECT_EQ(check.reasons().back(),
            "a contract change notice is required before the modification (section 75(1)): the value changes by 90%, "
            "over the 10% of section 75(2)(a)");
  // A utilities contract: unless a private utility awarded it (section 75(6)(c)).
  EXPECT_EQ(assess_modification(c, 1, act, contract_type::utilities_goods_services, on("1 April 2026")).reasons().back(),
            "a contract change notice is required before the modification (section 75(1)): the value changes by 90%, "
            "over the 10% of section 75(2)(a); none is required if a private utility awarded the contract (section "
            "75(6)(c))");
}

TEST(ModificationRulesTest, ActDefenceAndSecurityContractsNeedNoChangeNotice) {
  // Section 75(6)(a): the section does not apply to a defence and security contract, even for
  // the 90% change that needs one elsewhere.
  contract c = plain("5", "£100,000", "1 April 2025");
  c.modify({.ground = modification_ground::pa2023_permitted, .months = 24, .annual_change = pounds("£90,000"),
            .from_month = 0});
  for (contract_type type : {contract_type::defence_security_goods_services, contract_type::defence_security_works}) {
    SCOPED_TRACE(to_string(type));
    EXPECT_EQ(assess_modification(c, 1, act, type, on("1 April 2026")).reasons().back(),
              "no contract change notice is required: section 75 does not apply to a defence and security contract "
              "(section 75(6)(a))");
  }
  EXPECT_TRUE(assess_modification(c, 1, act, contract_type::works, on("1 April 2026"))
                  .reasons().back()
                  .starts_with("a contract change notice is required"));
}

TEST(ModificationRulesTest, ActNovationOnCorporateRestructuringAlwaysNeedsAChangeNotice) {
  // Section 75(2): the 10% exceptions do not apply to a Schedule 8 paragraph 9 modification,
  // even one that changes the value by 1% (+£1,000 a year on £100,000) and not the term.
  contract c = plain("5", "£100,000", "1 April 2025");
  c.modify({.ground = modification_ground::pa2023_restructuring, .annual_change = pounds("£1,000"), .from_month = 0,
            .description = "novation to the buyer of the supplier"});
  const modification_assessment check =
      assess_modification(c, 1, act, contract_type::sub_central_goods_services, on("1 April 2026"));
  EXPECT_EQ(check.share, percent(1));
  EXPECT_EQ(check.result, verdict::depends);
  EXPECT_EQ(check.citation, "Procurement Act 2023, Schedule 8 paragraph 9 (transfer on corporate restructuring)");
  EXPECT_EQ(check.reasons(),
            (std::vector<std::string>{
                "permitted only where a successor takes the contract over on a corporate restructuring (Schedule 8 "
                "paragraph 9)",
                "a contract change notice is required before the modification (section 75(1)): a novation or "
                "assignment on corporate restructuring needs one whatever its size (section 75(2))"}));
}

// ---------------------------------------------------------------- the Act: light touch contracts

TEST(ModificationRulesTest, ActLightTouchContractMayBeModifiedWhateverTheGround) {
  // Doubling the value and adding two years (40% of the term) would fail every other test.
  for (modification_ground ground :
       {modification_ground::pa2023_permitted, modification_ground::pa2023_known_risk,
        modification_ground::pa2023_not_substantial, modification_ground::pa2023_below_threshold,
        modification_ground::pa2023_unforeseeable, modification_ground::pa2023_additional,
        modification_ground::pa2023_restructuring, modification_ground::other}) {
    SCOPED_TRACE(code(ground));
    contract c = plain("5", "£100,000", "1 April 2025");
    c.modify({.ground = ground, .months = 24, .annual_change = pounds("£100,000"), .from_month = 0});
    const modification_assessment check = assess_modification(c, 1, act, contract_type::light_touch, on("1 April 2026"));
    EXPECT_EQ(check.result, verdict::permitted);
    EXPECT_EQ(check.term_share, percent(40));
    EXPECT_EQ(check.citation, "Procurement Act 2023, section 74 (light touch contracts) and section 75(6)(b)");
    EXPECT_EQ(check.reasons(),
              std::vector<std::string>{"a light touch contract may be modified without a section 74 ground, and no "
                                       "contract change notice is required"});
  }
}

// ---------------------------------------------------------------- grounds of the other regime

TEST(ModificationRulesTest, APcrGroundOnAnActContractIsNotPermitted) {
  contract c = plain("5", "£100,000", "1 April 2025");
  c.modify(value_change(modification_ground::pcr_72_1_c, "£1,000"));  // 1%: the figures would pass
  const modification_assessment check =
      assess_modification(c, 1, act, contract_type::sub_central_goods_services, on("1 April 2026"));
  EXPECT_EQ(check.result, verdict::not_permitted);
  EXPECT_EQ(check.citation, "Procurement Act 2023");
  EXPECT_EQ(check.reasons(),
            std::vector<std::string>{"the ground Public Contracts Regulations 2015, regulation 72(1)(c) belongs to the "
                                     "other regime; a contract under the Procurement Act 2023 must be modified under "
                                     "its own rules"});
}

TEST(ModificationRulesTest, AnActGroundOnAPcrContractIsNotPermitted) {
  for (modification_ground ground :
       {modification_ground::pa2023_permitted, modification_ground::pa2023_known_risk,
        modification_ground::pa2023_not_substantial, modification_ground::pa2023_below_threshold,
        modification_ground::pa2023_unforeseeable, modification_ground::pa2023_additional,
        modification_ground::pa2023_restructuring}) {
    SCOPED_TRACE(code(ground));
    contract c = plain("3", "£100,000");
    c.modify(value_change(ground, "£1,000"));
    const modification_assessment check =
        assess_modification(c, 1, pcr, contract_type::sub_central_goods_services, on("1 April 2025"));
    EXPECT_EQ(check.result, verdict::not_permitted);
    EXPECT_EQ(check.citation, "Public Contracts Regulations 2015");
    ASSERT_EQ(check.reasons().size(), 1U);
    EXPECT_NE(check.reasons().front().find("belongs to the other regime; a contract under the Public Contracts "
                                         "Regulations 2015 must be modified under its own rules"),
              std::string::npos)
        << check.reasons().front();
  }
}

// ---------------------------------------------------------------- which modification

TEST(ModificationRulesTest, RefusesAModificationTheContractDoesNotHave) {
  const contract kent = kent_as_extended();
  EXPECT_TRUE(fails_with<std::out_of_range>(
      [&] { (void)assess_modification(kent, 2, pcr, contract_type::light_touch, on("1 April 2021")); },
      "commissioning.contract.001", "the contract has no modification 2 (it has 1)"));
  EXPECT_TRUE(fails_with<std::out_of_range>(
      [&] { (void)assess_modification(kent, 0, pcr, contract_type::light_touch, on("1 April 2021")); },
      "commissioning.contract.001", "no modification 0"));
  const contract unmodified = plain("3", "£100,000");
  EXPECT_TRUE(fails_with<std::out_of_range>(
      [&] { (void)assess_modification(unmodified, 1, pcr, contract_type::works, on("1 April 2025")); },
      "commissioning.contract.001", "(it has 0)"));
}

}  // namespace
