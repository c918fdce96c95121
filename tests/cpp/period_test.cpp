// period: an inclusive run of days, as contracts state them.
#include <commissioning/calendar/period.hpp>

#include <gtest/gtest.h>

#include "fails_with.hpp"

#include <chrono>
#include <climits>
#include <random>
#include <sstream>
#include <string>
#include <string_view>

namespace {

using namespace commissioning;

period between(std::string_view first, std::string_view last) { return {parse_date(first), parse_date(last)}; }

const period contract_year = between("1 May 2022", "30 April 2023");  // seed 004: the new contract's first year

TEST(PeriodTest, CountsDaysWithBothEndsIncluded) {
  EXPECT_EQ(contract_year.days(), 365);
  EXPECT_EQ(between("1 May 2023", "30 April 2024").days(), 366);  // includes 29 February 2024
  EXPECT_EQ(between("1 April 2019", "31 March 2020").days(), 366);  // FY 2019-20
  EXPECT_EQ(between("1 May 2016", "30 April 2022").days(), 2191);   // seed 004: 6 x 365 + 1 (2020)
  EXPECT_EQ(between("31 March 2023", "31 March 2023").days(), 1);
}

TEST(PeriodTest, MeasuresLengthInWholeMonthsAndDays) {
  // Seed 004: three years from 1 May 2016 ends on 30 April 2019: 36 months exactly.
  EXPECT_EQ(between("1 May 2016", "30 April 2019").length(), (months_and_days{36, 0}));
  EXPECT_EQ(contract_year.length(), (months_and_days{12, 0}));
  EXPECT_EQ(between("15 May 2022", "14 May 2023").length(), (months_and_days{12, 0}));
  // 1 May to 14 June: May is whole, then 1-14 June.
  EXPECT_EQ(between("1 May 2022", "14 June 2022").length(), (months_and_days{1, 14}));
  EXPECT_EQ(between("1 January 2021", "30 January 2021").length(), (months_and_days{0, 30}));
  EXPECT_EQ(between("1 February 2021", "28 February 2021").length(), (months_and_days{1, 0}));
  EXPECT_EQ(between("5 March 2021", "5 March 2021").length(), (months_and_days{0, 1}));
  // 31 January + 1 month clamps to 28 February, so the month ends on 27 February.
  EXPECT_EQ(between("31 January 2021", "27 February 2021").length(), (months_and_days{1, 0}));
  EXPECT_EQ(between("31 January 2021", "28 February 2021").length(), (months_and_days{1, 1}));
}

TEST(PeriodTest, BuildsTermsFromWholeYearsAndMonths) {
  // Year n ends on start + n years - 1 day.
  EXPECT_EQ(period::of_years(parse_date("1 May 2016"), 3), between("1 May 2016", "30 April 2019"));
  EXPECT_EQ(period::of_years(parse_date("1 May 2016"), 6), between("1 May 2016", "30 April 2022"));  // seed 004
  EXPECT_EQ(period::of_months(parse_date("1 May 2022"), 12), contract_year);
  EXPECT_EQ(period::of_months(parse_date("1 May 2022"), 1), between("1 May 2022", "31 May 2022"));
  // Anchored on the start date: 29 February 2016 + 1 year is 28 February 2017 (clamped),
  // so the first year ends the day before, on 27 February 2017.
  EXPECT_EQ(period::of_years(parse_date("29 February 2016"), 1), between("29 February 2016", "27 February 2017"));
}

TEST(PeriodTest, RejectsTermsOfNoLength) {
  const date start = parse_date("1 May 2016");
  EXPECT_TRUE(fails_with<std::invalid_argument>([&] { return period::of_months(start, 0); },
                                                "commissioning.period.003", "got 0"));
  EXPECT_TRUE(fails_with<std::invalid_argument>([&] { return period::of_years(start, -1); },
                                                "commissioning.period.003", "got -1"));
}

TEST(PeriodTest, RejectsTermsBeyondTheSupportedYears) {
  // INT_MAX years is INT_MAX x 12 months: an error, not signed overflow.
  const date start = parse_date("1 May 2016");
  EXPECT_THROW(static_cast<void>(period::of_years(start, INT_MAX)), out_of_range_error);
  EXPECT_THROW(static_cast<void>(period::of_months(start, INT_MAX)), out_of_range_error);
  EXPECT_TRUE(fails_with<std::out_of_range>([&] { return period::of_years(start, 8000); }, "commissioning.date.003",
                                            "year 10016"));
}

TEST(PeriodTest, RejectsALastDayBeforeTheFirst) {
  EXPECT_TRUE(fails_with<std::invalid_argument>([] { return between("1 May 2023", "30 April 2023"); },
                                                "commissioning.period.001",
                                                "(2023-04-30) before it starts (2023-05-01)"));
  const date not_a_date{std::chrono::year{2021}, std::chrono::February, std::chrono::day{30}};
  EXPECT_TRUE(fails_with<std::invalid_argument>([&] { return period(not_a_date, parse_date("1 May 2023")); },
                                                "commissioning.period.002", "real dates"));
}

TEST(PeriodTest, ContainsItsFirstAndLastDays) {
  EXPECT_TRUE(contract_year.contains(parse_date("1 May 2022")));
  EXPECT_TRUE(contract_year.contains(parse_date("30 April 2023")));
  EXPECT_FALSE(contract_year.contains(parse_date("30 April 2022")));
  EXPECT_FALSE(contract_year.contains(parse_date("1 May 2023")));
}

TEST(PeriodTest, IntersectsOverlappingPeriods) {
  // The contract year and financial year 2022-23 share 1 May 2022 to 31 March 2023.
  const period fy = between("1 April 2022", "31 March 2023");
  EXPECT_EQ(contract_year.intersection(fy), between("1 May 2022", "31 March 2023"));
  EXPECT_EQ(fy.intersection(contract_year), between("1 May 2022", "31 March 2023"));
  // A period inside another intersects as itself.
  EXPECT_EQ(contract_year.intersection(between("1 June 2022", "30 June 2022")), between("1 June 2022", "30 June 2022"));
  // Sharing one day.
  EXPECT_EQ(contract_year.intersection(between("30 April 2023", "31 March 2024")),
            between("30 April 2023", "30 April 2023"));
}

TEST(PeriodTest, TouchingOrDisjointPeriodsDoNotIntersect) {
  // 31 March and 1 April touch but share no day.
  EXPECT_EQ(between("1 April 2022", "31 March 2023").intersection(between("1 April 2023", "31 March 2024")),
            std::nullopt);
  EXPECT_EQ(contract_year.intersection(between("1 January 2025", "31 December 2025")), std::nullopt);
}

TEST(PeriodTest, WritesItselfAsReportsDo) {
  EXPECT_EQ(contract_year.to_string(), "1 May 2022 to 30 April 2023");
  std::ostringstream out;
  out << contract_year;
  EXPECT_EQ(out.str(), "1 May 2022 to 30 April 2023");
}

TEST(PeriodPropertyTest, LengthIsWholeMonthsFromTheStartThenDays) {
  std::mt19937_64 engine(365);
  std::uniform_int_distribution<long> start_days(0, 15000), extra_days(0, 4000);
  std::uniform_int_distribution<int> months(1, 130);
  const date origin = make_date(1996, 1, 1);
  for (int i = 0; i < 5000; ++i) {
    const date first = add_days(origin, start_days(engine));
    const period p(first, add_days(first, extra_days(engine)));
    const months_and_days length = p.length();
    // first + m months, then d days, ends on the last day; one more month would overshoot.
    ASSERT_EQ(add_days(add_months(first, length.months), length.days - 1), p.last()) << p;
    ASSERT_GT(std::chrono::sys_days(add_months(first, length.months + 1)),
              std::chrono::sys_days(add_days(p.last(), 1))) << p;
    // A term of n whole months measures exactly n months.
    const int n = months(engine);
    ASSERT_EQ(period::of_months(first, n).length(), (months_and_days{n, 0})) << to_iso(first) << " + " << n;
  }
}

}  // namespace
