// Discount schedules: the Green Book's published factors, bands that compound, present values.
#include <commissioning/appraisal/discounting.hpp>

#include <gtest/gtest.h>

#include <vector>

#include "fails_with.hpp"

namespace {

using namespace commissioning;

money pounds(const char* text) { return money::parse(text); }

TEST(DiscountingTest, YearZeroIsUndiscounted) {
  EXPECT_EQ(discount_schedule::green_book_2022().exact_factor(0), 1);
  EXPECT_EQ(discount_schedule::green_book_health().factor(0), 1.0);
}

TEST(DiscountingTest, GreenBookFactorsForTheFirstTenYears) {
  const auto schedule = discount_schedule::green_book_2022();
  EXPECT_NEAR(schedule.factor(1), 0.966184, 5e-7);
  EXPECT_NEAR(schedule.factor(2), 0.933511, 5e-7);
  EXPECT_NEAR(schedule.factor(3), 0.901943, 5e-7);
  EXPECT_NEAR(schedule.factor(10), 0.708919, 5e-7);
  EXPECT_EQ(schedule.exact_factor(1), big_rational(1000, 1035));  // exact, not a rounded double
}

TEST(DiscountingTest, DecliningBandsCompoundFromTheYearBefore) {
  const auto schedule = discount_schedule::green_book_2022();
  EXPECT_EQ(schedule.exact_factor(31), schedule.exact_factor(30) / big_rational(103, 100));
  EXPECT_NEAR(schedule.factor(30), 0.356278, 5e-7);
  EXPECT_NEAR(schedule.factor(31), 0.345901, 5e-7);  // a flat 3.5% would give 0.344230
  EXPECT_NEAR(schedule.factor(50), 0.197263, 5e-7);
  EXPECT_NEAR(schedule.factor(75), 0.094214, 5e-7);
  EXPECT_NEAR(schedule.factor(76), 0.091916, 5e-7);
  EXPECT_EQ(schedule.exact_factor(76), schedule.exact_factor(75) / big_rational(1025, 1000));
  EXPECT_NEAR(schedule.factor(100), 0.050818, 5e-7);
}

TEST(DiscountingTest, RatesByBand) {
  const auto schedule = discount_schedule::green_book_2022();
  EXPECT_EQ(schedule.rate_for_year(1), rate::parse("3.5%"));
  EXPECT_EQ(schedule.rate_for_year(30), rate::parse("3.5%"));
  EXPECT_EQ(schedule.rate_for_year(31), rate::parse("3%"));
  EXPECT_EQ(schedule.rate_for_year(125), rate::parse("2.5%"));
  EXPECT_EQ(schedule.rate_for_year(126), rate::parse("2%"));
  EXPECT_EQ(schedule.rate_for_year(201), rate::parse("1.5%"));
  EXPECT_EQ(schedule.rate_for_year(301), rate::parse("1%"));
  EXPECT_EQ(schedule.rate_for_year(1000), rate::parse("1%"));
}

TEST(DiscountingTest, HealthAndLowerRateSchedulesAreBundled) {
  const auto health = discount_schedule::green_book_health();
  EXPECT_NEAR(health.factor(1), 0.985222, 5e-7);
  EXPECT_NEAR(health.factor(10), 0.861667, 5e-7);
  EXPECT_EQ(health.rate_for_year(31), rate::parse("1.29%"));
  const auto lower = discount_schedule::green_book_2026_lower_rate();
  EXPECT_EQ(lower.rate_for_year(1), rate::parse("3%"));
  EXPECT_EQ(lower.rate_for_year(76), rate::parse("2.14%"));
  EXPECT_EQ(lower.rate_for_year(400), rate::parse("0.86%"));
}

TEST(DiscountingTest, BundledSchedulesAreFoundByKey) {
  for (const std::string& key : discount_schedule::bundled_keys()) EXPECT_FALSE(discount_schedule::named(key).name().empty());
  EXPECT_EQ(discount_schedule::named("green-book-2022"), discount_schedule::green_book_2022());
  EXPECT_TRUE(fails_with<std::invalid_argument>([] { (void)discount_schedule::named("green-book-2003"); },
                                                "commissioning.discounting.002", "'green-book-2003'"));
}

TEST(DiscountingTest, WorkedCheckFiveYearsFromYearZero) {
  // £325,500 a year for five years: annuity factor 4.673079 from year 0, 4.515052 from year 1.
  const std::vector<money> from_year_zero(5, pounds("£325,500"));
  EXPECT_EQ(present_value(discount_schedule::green_book_2022(), from_year_zero), pounds("£1,521,087.28"));
  std::vector<money> from_year_one(6, pounds("£325,500"));
  from_year_one.front() = money();
  EXPECT_EQ(present_value(discount_schedule::green_book_2022(), from_year_one), pounds("£1,469,649.55"));
  EXPECT_NEAR(annuity_factor(discount_schedule::green_book_2022(), 5).convert_to<double>(), 4.673079, 5e-7);
}

TEST(DiscountingTest, PresentValueIsRoundedOnceNotYearByYear) {
  // 1p a year for 30 years: each year's discounted value rounds to 0p or 1p, the total does not.
  const std::vector<money> pennies(30, money::from_pence(1));
  EXPECT_EQ(present_value(discount_schedule::green_book_2022(), pennies), money::from_pence(19));
}

TEST(DiscountingTest, NoAmountsHaveNoPresentValue) {
  EXPECT_EQ(present_value(discount_schedule::green_book_2022(), std::vector<money>{}), money());
  EXPECT_EQ(present_value(discount_schedule::constant(rate::parse("3%")), std::vector<money>{}, rounding::half_even),
            money());
}

TEST(DiscountingTest, BandsInWords) {
  EXPECT_EQ(describe_bands(discount_schedule::constant(rate::parse("3%"))), "3% every year");
  EXPECT_EQ(describe_bands(discount_schedule("Mine", "", {{0, rate::parse("3.5%")}, {31, rate::parse("3%")}})),
            "3.5% to year 30, then 3%");
  EXPECT_EQ(describe_bands(discount_schedule::green_book_2022()),
            "3.5% to year 30, 3% to year 75, 2.5% to year 125, 2% to year 200, 1.5% to year 300, then 1%");
  EXPECT_EQ(describe_bands(discount_schedule::green_book_health()),
            "1.5% to year 30, 1.29% to year 75, 1.07% to year 125, 0.86% to year 200, 0.64% to year 300, then 0.43%");
}

TEST(DiscountingTest, ConstantAndUserDefinedSchedules) {
  const auto flat = discount_schedule::constant(rate::parse("5%"));
  EXPECT_EQ(flat.name(), "Constant 5%");
  EXPECT_EQ(flat.exact_factor(2), big_rational(400, 441));
  const discount_schedule mine("Council 4% then 2%", "Finance team, 2026", {{0, rate::parse("4%")}, {11, rate::parse("2%")}});
  EXPECT_EQ(mine.exact_factor(11), mine.exact_factor(10) / big_rational(102, 100));
  EXPECT_EQ(mine.source(), "Finance team, 2026");
  EXPECT_EQ(discount_schedule::constant(rate(0)).exact_factor(40), 1);
}

TEST(DiscountingTest, ScaledScheduleMultipliesEveryRate) {
  const auto scaled = discount_schedule::green_book_2022().scaled(rate::parse("200%"));
  EXPECT_EQ(scaled.rate_for_year(1), rate::parse("7%"));
  EXPECT_EQ(scaled.rate_for_year(31), rate::parse("6%"));
}

TEST(DiscountingTest, MalformedSchedulesAreRefused) {
  EXPECT_TRUE(fails_with<std::invalid_argument>([] { discount_schedule("x", "", {}); }, "commissioning.discounting.001", "'x'"));
  EXPECT_TRUE(fails_with<std::invalid_argument>(
      [] { discount_schedule("x", "", {{1, rate::parse("3%")}}); }, "commissioning.discounting.001", "year 0"));
  EXPECT_TRUE(fails_with<std::invalid_argument>(
      [] { discount_schedule("x", "", {{0, rate::parse("3%")}, {10, rate::parse("2%")}, {10, rate::parse("1%")}}); },
      "commissioning.discounting.001", "year 10"));
  EXPECT_TRUE(fails_with<std::invalid_argument>(
      [] { (void)discount_schedule::constant(rate::parse("-100%")); }, "commissioning.discounting.001", "-100%"));
}

TEST(DiscountingTest, YearsBeforeTheBaseYearHaveNoFactor) {
  EXPECT_TRUE(fails_with<std::out_of_range>([] { (void)discount_schedule::green_book_2022().exact_factor(-1); },
                                            "commissioning.discounting.003", "year -1"));
  EXPECT_TRUE(fails_with<std::out_of_range>([] { (void)discount_schedule::green_book_2022().rate_for_year(0); },
                                            "commissioning.discounting.003", "year 0"));
}

}  // namespace
