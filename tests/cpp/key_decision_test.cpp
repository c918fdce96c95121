// key_decision: an authority's key-decision rule as data, tested against a decision's value
// and the wards it affects (SI 2012/2089 regulation 8).
//
// The councils' rules are from /work/shared/reference/domain-facts.md 3.7: Kent "Expenditure or
// savings of more than £1m" (seed 000's decision notice), Peterborough "greater than
// £500,000", Wirral ">10% of relevant budget head or £500,000, whichever is smaller",
// Hyndburn "revenue £150,000; capital £200,000". Seed 000's £1,627,500 is £325,500 a year
// over three years plus one plus one.
#include <commissioning/procurement/key_decision.hpp>

#include <gtest/gtest.h>

#include "fails_with.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace {

using namespace commissioning;

money pounds(std::string_view text) { return money::parse(text); }

key_decision_rule kent() { return key_decision_rule::fixed("Kent County Council", pounds("£1,000,000")); }
key_decision_rule peterborough() { return key_decision_rule::fixed("Peterborough City Council", pounds("£500,000")); }
key_decision_rule wirral() {
  return key_decision_rule::share_or_amount("Wirral Council", rate::parse("10%"), pounds("£500,000"));
}
key_decision_rule hyndburn() {
  return key_decision_rule::revenue_and_capital("Hyndburn Borough Council", pounds("£150,000"), pounds("£200,000"));
}

// ---------------------------------------------------------------- Kent: more than £1m

TEST(KeyDecisionTest, Seed000IsKeyAsExpenditureOfMoreThanOneMillion) {
  const key_decision_result result = is_key_decision(kent(), {.value = pounds("£1,627,500")});
  EXPECT_TRUE(result.key);
  EXPECT_EQ(result.threshold, pounds("£1,000,000"));
  // Seed 000: "Reason Key: Expenditure or savings of more than £1m;"
  EXPECT_EQ(result.reasons, std::vector<std::string>{"Expenditure or savings of more than £1m"});
  EXPECT_EQ(result.sentence,
            "This is a key decision under Kent County Council's rule: Expenditure or savings of more than £1m.");
}

TEST(KeyDecisionTest, ExactlyTheAmountIsNotMoreThanIt) {
  const key_decision_result at = is_key_decision(kent(), {.value = pounds("£1,000,000")});
  EXPECT_FALSE(at.key);
  EXPECT_EQ(at.threshold, pounds("£1,000,000"));
  EXPECT_TRUE(at.reasons.empty());
  EXPECT_EQ(at.sentence, "This is not a key decision under Kent County Council's rule.");
  EXPECT_TRUE(is_key_decision(kent(), {.value = pounds("£1,000,000.01")}).key);
}

TEST(KeyDecisionTest, ASavingIsStatedAsAPositiveAmount) {
  // "Expenditure or savings": a saving of £1.2m is key just as spending it is.
  EXPECT_TRUE(is_key_decision(kent(), {.value = pounds("£1,200,000")}).key);
  EXPECT_TRUE(fails_with<std::invalid_argument>([] { (void)is_key_decision(kent(), {.value = pounds("-£5")}); },
                                                "commissioning.key_decision.001",
                                                "state the expenditure or saving as a positive amount, got -£5.00"));
}

// ---------------------------------------------------------------- Peterborough: more than £500,000

TEST(KeyDecisionTest, PeterboroughKeyAboveFiveHundredThousand) {
  const key_decision_result over = is_key_decision(peterborough(), {.value = pounds("£500,000.01")});
  EXPECT_TRUE(over.key);
  EXPECT_EQ(over.reasons, std::vector<std::string>{"Expenditure or savings of more than £500,000"});
  EXPECT_FALSE(is_key_decision(peterborough(), {.value = pounds("£500,000")}).key);
  // Seed 000's value is key for Peterborough too.
  EXPECT_TRUE(is_key_decision(peterborough(), {.value = pounds("£1,627,500")}).key);
}

// ---------------------------------------------------------------- Wirral: the lower of 10% and £500,000

TEST(KeyDecisionTest, WirralUsesTenPercentOfASmallBudgetHead) {
  // Budget head £3,000,000: 10% is £300,000, lower than £500,000, so the threshold is £300,000.
  const decision_facts over{.value = pounds("£300,000.01"), .budget_head = pounds("£3,000,000")};
  const key_decision_result key = is_key_decision(wirral(), over);
  EXPECT_EQ(key.threshold, pounds("£300,000"));
  EXPECT_TRUE(key.key);
  EXPECT_EQ(key.reasons, std::vector<std::string>{"Expenditure or savings of more than £300,000"});
  const key_decision_result at =
      is_key_decision(wirral(), {.value = pounds("£300,000"), .budget_head = pounds("£3,000,000")});
  EXPECT_EQ(at.threshold, pounds("£300,000"));
  EXPECT_FALSE(at.key);
}

TEST(KeyDecisionTest, WirralUsesFiveHundredThousandForALargeBudgetHead) {
  // Budget head £8,000,000: 10% is £800,000, higher than £500,000, so the threshold is £500,000:
  // £600,000 is key though it is under 10% of the budget head.
  const key_decision_result key =
      is_key_decision(wirral(), {.value = pounds("£600,000"), .budget_head = pounds("£8,000,000")});
  EXPECT_EQ(key.threshold, pounds("£500,000"));
  EXPECT_TRUE(key.key);
  EXPECT_FALSE(is_key_decision(wirral(), {.value = pounds("£500,000"), .budget_head = pounds("£8,000,000")}).key);
}

TEST(KeyDecisionTest, WirralAtTheCrossoverBothLimitsAgree) {
  // Budget head £5,000,000: 10% is £500,000, the same as the amount.
  const key_decision_result at =
      is_key_decision(wirral(), {.value = pounds("£500,000"), .budget_head = pounds("£5,000,000")});
  EXPECT_EQ(at.threshold, pounds("£500,000"));
  EXPECT_FALSE(at.key);
}

TEST(KeyDecisionTest, AShareRuleNeedsTheBudgetHead) {
  EXPECT_TRUE(fails_with<std::invalid_argument>([] { (void)is_key_decision(wirral(), {.value = pounds("£1")}); },
                                                "commissioning.key_decision.002",
                                                "Wirral Council's rule is a share of the budget head: give the budget "
                                                "head"));
}

// ---------------------------------------------------------------- Hyndburn: revenue and capital

TEST(KeyDecisionTest, HyndburnHasSeparateRevenueAndCapitalAmounts) {
  // £180,000 is over the revenue £150,000 but under the capital £200,000.
  const key_decision_result revenue = is_key_decision(hyndburn(), {.value = pounds("£180,000")});
  EXPECT_EQ(revenue.threshold, pounds("£150,000"));
  EXPECT_TRUE(revenue.key);
  const key_decision_result capital = is_key_decision(hyndburn(), {.value = pounds("£180,000"), .capital = true});
  EXPECT_EQ(capital.threshold, pounds("£200,000"));
  EXPECT_FALSE(capital.key);
  EXPECT_FALSE(is_key_decision(hyndburn(), {.value = pounds("£150,000")}).key);
  EXPECT_FALSE(is_key_decision(hyndburn(), {.value = pounds("£200,000"), .capital = true}).key);
  const key_decision_result capital_over =
      is_key_decision(hyndburn(), {.value = pounds("£200,000.01"), .capital = true});
  EXPECT_TRUE(capital_over.key);
  EXPECT_EQ(capital_over.reasons, std::vector<std::string>{"Expenditure or savings of more than £200,000"});
}

TEST(KeyDecisionTest, ACapitalDecisionUnderARuleWithoutACapitalAmountUsesTheAmount) {
  EXPECT_EQ(is_key_decision(kent(), {.value = pounds("£1,500,000"), .capital = true}).threshold,
            pounds("£1,000,000"));
  EXPECT_TRUE(is_key_decision(kent(), {.value = pounds("£1,500,000"), .capital = true}).key);
}

// ---------------------------------------------------------------- wards

TEST(KeyDecisionTest, SignificantEffectsInTwoOrMoreWardsMakeAKeyDecision) {
  // Regulation 8(1)(b), whatever the money.
  const key_decision_result two = is_key_decision(kent(), {.value = pounds("£10,000"), .wards_affected = 2});
  EXPECT_TRUE(two.key);
  EXPECT_EQ(two.reasons,
            std::vector<std::string>{
                "Significant in its effects on communities in two or more wards or electoral divisions"});
  EXPECT_FALSE(is_key_decision(kent(), {.value = pounds("£10,000"), .wards_affected = 1}).key);
  EXPECT_TRUE(is_key_decision(kent(), {.value = pounds("£0"), .wards_affected = 17}).key);
}

TEST(KeyDecisionTest, BothReasonsAreGivenWhenBothApply) {
  const key_decision_result both = is_key_decision(kent(), {.value = pounds("£1,627,500"), .wards_affected = 3});
  EXPECT_TRUE(both.key);
  EXPECT_EQ(both.reasons, (std::vector<std::string>{
                              "Expenditure or savings of more than £1m",
                              "Significant in its effects on communities in two or more wards or electoral divisions"}));
  // The sentence gives the first.
  EXPECT_EQ(both.sentence,
            "This is a key decision under Kent County Council's rule: Expenditure or savings of more than £1m.");
}

TEST(KeyDecisionTest, ARuleMayLeaveOutTheWardsTest) {
  key_decision_rule money_only = peterborough();
  money_only.wards_test = false;
  EXPECT_FALSE(is_key_decision(money_only, {.value = pounds("£10,000"), .wards_affected = 5}).key);
}

TEST(KeyDecisionTest, ARuleOfWardsAloneHasNoMoneyThreshold) {
  const key_decision_rule wards_only{.authority = "A council"};
  const key_decision_result result = is_key_decision(wards_only, {.value = pounds("£50,000,000")});
  EXPECT_EQ(result.threshold, std::nullopt);
  EXPECT_FALSE(result.key);
}

TEST(KeyDecisionTest, RefusesANegativeNumberOfWards) {
  EXPECT_TRUE(fails_with<std::invalid_argument>(
      [] { (void)is_key_decision(kent(), {.value = pounds("£1"), .wards_affected = -1}); },
      "commissioning.key_decision.001", "the number of wards cannot be negative, got -1"));
}

TEST(KeyDecisionTest, AThresholdOfSeveralMillionIsWrittenShort) {
  // Notices write round millions short ("£1m"), other figures in full.
  const key_decision_result two_million =
      is_key_decision(key_decision_rule::fixed("A", pounds("£2,000,000")), {.value = pounds("£3,000,000")});
  EXPECT_EQ(two_million.reasons.front(), "Expenditure or savings of more than £2m");
  const key_decision_result part_million =
      is_key_decision(key_decision_rule::fixed("A", pounds("£2,500,000")), {.value = pounds("£3,000,000")});
  EXPECT_EQ(part_million.reasons.front(), "Expenditure or savings of more than £2,500,000");
}

TEST(KeyDecisionTest, RefusesARuleWithANegativeFigure) {
  // A negative threshold would make every decision key: refused, not answered; a rule built
  // field by field is refused when it is used.
  const key_decision_rule broken{.authority = "Nowhere Council", .amount = money::parse("-£1")};
  EXPECT_TRUE(fails_with<std::invalid_argument>([&] { (void)is_key_decision(broken, {.value = money::parse("£5")}); },
                                                "commissioning.key_decision.001", "Nowhere Council"));
}

TEST(KeyDecisionTest, TheFactoriesRefuseANegativeAmountShareOrCapitalAmount) {
  EXPECT_TRUE(fails_with<std::invalid_argument>(
      [] { (void)key_decision_rule::fixed("Nowhere Council", pounds("-£1")); }, "commissioning.key_decision.001",
      "Nowhere Council's rule: a key-decision amount cannot be negative, got -£1.00"));
  EXPECT_TRUE(fails_with<std::invalid_argument>(
      [] { (void)key_decision_rule::share_or_amount("Nowhere Council", rate::parse("-10%"), pounds("£1")); },
      "commissioning.key_decision.001", "a share of the budget head cannot be negative, got -10%"));
  EXPECT_TRUE(fails_with<std::invalid_argument>(
      [] { (void)key_decision_rule::revenue_and_capital("Nowhere Council", pounds("£1"), pounds("-£2")); },
      "commissioning.key_decision.001", "a key-decision capital amount cannot be negative, got -£2.00"));
  EXPECT_TRUE(fails_with<std::invalid_argument>(
      [] { (void)key_decision_rule::of("Nowhere Council", std::nullopt, std::nullopt, pounds("-£3"), false); },
      "commissioning.key_decision.001", "got -£3.00"));
  const key_decision_rule wards_only = key_decision_rule::of("A council", std::nullopt, std::nullopt, std::nullopt);
  EXPECT_TRUE(wards_only.wards_test);
  EXPECT_FALSE(wards_only.amount || wards_only.budget_share || wards_only.capital_amount);
}

TEST(KeyDecisionTest, RefusesANegativeBudgetHead) {
  EXPECT_TRUE(fails_with<std::invalid_argument>(
      [] { (void)is_key_decision(wirral(), {.value = pounds("£1"), .budget_head = pounds("-£100")}); },
      "commissioning.key_decision.001", "a budget head cannot be negative, got -£100.00"));
}

// ---------------------------------------------------------------- when: SI 2012/2089 regulations 9, 10 and 11
//
// Regulation 9: the notice "at least 28 clear days" before; regulation 10(1)(c): "after five clear
// days have elapsed following the day on which the proper officer made available the notice";
// regulation 11: no period, the chair's agreement. Clear days leave out the day of the notice and
// the day of the decision (R v Herefordshire Justices (1820); R v Swansea CC ex p Elitestone
// (1993)). 1 March 2027 is a Monday; Good Friday and Easter Monday 2027 are 26 and 29 March.

date day(std::string_view text) { return parse_date(text); }

TEST(KeyDecisionTimingTest, Regulation9TwentyEightClearDaysFromAMondayNoticeEndOnThe29thSoTheDecisionIsOnThe30th) {
  const key_decision_timing timing = earliest_key_decision(key_decision_route::notice, day("1 March 2027"));
  EXPECT_EQ(timing.clear_days, 28);
  EXPECT_EQ(timing.earliest, day("30 March 2027"));  // 2 to 29 March: 28 whole days
  EXPECT_FALSE(timing.allows(day("29 March 2027")));  // only 27 clear days before it
  EXPECT_TRUE(timing.allows(day("30 March 2027")));
  EXPECT_EQ(timing.citation, "SI 2012/2089, regulation 9");
  EXPECT_EQ(timing.sentence,
            "With its notice published on 1 March 2027, the key decision can be taken on or after 30 March 2027: 28 "
            "clear days (neither the day of publication nor the day of the decision counts; counting every calendar "
            "day: the Regulations do not say whether weekends count) under regulation 9 of the Local Authorities "
            "(Executive Arrangements) (Meetings and Access to Information) (England) Regulations 2012.");
  ASSERT_EQ(timing.requirements.size(), 2U);
  EXPECT_NE(timing.requirements[0].find("regulation 9(1)(a) to (h)"), std::string::npos);
}

TEST(KeyDecisionTimingTest, TwentyEightClearDaysAreNotFourWeeks) {
  // A notice four weeks (28 days) before the decision gives only 27 clear days.
  const key_decision_timing timing = earliest_key_decision(key_decision_route::notice, day("1 March 2027"));
  EXPECT_EQ(days_between(timing.published, timing.earliest), 29);
  EXPECT_FALSE(timing.allows(add_days(day("1 March 2027"), 28)));
}

TEST(KeyDecisionTimingTest, CountingWeekdaysOnlyTheTwentyEighthClearDayIsThursday8April) {
  const key_decision_timing timing =
      earliest_key_decision(key_decision_route::notice, day("1 March 2027"), clear_day_count::weekdays);
  EXPECT_EQ(timing.earliest, day("9 April 2027"));
  EXPECT_EQ(timing.counted, clear_day_count::weekdays);
  EXPECT_NE(timing.sentence.find("counting only weekdays that are not listed closed days"), std::string::npos);
}

TEST(KeyDecisionTimingTest, ListedBankHolidaysAreNotClearDaysWhenCountingWeekdays) {
  const key_decision_timing timing = earliest_key_decision(key_decision_route::notice, day("1 March 2027"),
                                                           clear_day_count::weekdays,
                                                           {day("26 March 2027"), day("29 March 2027")});
  EXPECT_EQ(timing.earliest, day("13 April 2027"));
  // Calendar days ignore the list.
  EXPECT_EQ(earliest_key_decision(key_decision_route::notice, day("1 March 2027"), clear_day_count::calendar_days,
                                  {day("26 March 2027")})
                .earliest,
            day("30 March 2027"));
}

TEST(KeyDecisionTimingTest, Regulation10GeneralExceptionFiveClearDaysAfterTheNoticeToTheScrutinyChair) {
  const key_decision_timing timing =
      earliest_key_decision(key_decision_route::general_exception, day("1 March 2027"));
  EXPECT_EQ(timing.clear_days, 5);
  EXPECT_EQ(timing.earliest, day("7 March 2027"));  // 2 to 6 March
  EXPECT_EQ(earliest_key_decision(key_decision_route::general_exception, day("1 March 2027"), clear_day_count::weekdays)
                .earliest,
            day("9 March 2027"));  // 2, 3, 4, 5 and 8 March
  EXPECT_EQ(timing.citation, "SI 2012/2089, regulation 10");
  ASSERT_EQ(timing.requirements.size(), 5U);
  EXPECT_NE(timing.requirements[1].find("chair of the relevant overview and scrutiny committee"), std::string::npos);
  EXPECT_NE(timing.requirements[4].find("regulation 10(3)"), std::string::npos);
}

TEST(KeyDecisionTimingTest, Regulation11SpecialUrgencySetsNoPeriod) {
  const key_decision_timing timing = earliest_key_decision(key_decision_route::special_urgency, day("1 March 2027"));
  EXPECT_EQ(timing.clear_days, 0);
  EXPECT_EQ(timing.earliest, day("1 March 2027"));
  EXPECT_EQ(timing.citation, "SI 2012/2089, regulation 11");
  ASSERT_EQ(timing.requirements.size(), 3U);
  EXPECT_NE(timing.requirements[1].find("urgent and cannot reasonably be deferred"), std::string::npos);
  EXPECT_NE(timing.requirements[1].find("vice-chair of the council"), std::string::npos);
}

TEST(KeyDecisionTimingTest, TheRoutesAreNamedOnEveryFace) {
  EXPECT_EQ(read_name<key_decision_route>("general exception"), key_decision_route::general_exception);
  EXPECT_EQ(read_name<clear_day_count>("weekdays"), clear_day_count::weekdays);
  EXPECT_THROW((void)read_name<key_decision_route>("urgent"), invalid_input);
}

}  // namespace
