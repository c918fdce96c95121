// date: read and written as councils write them; month and year arithmetic clamps.
#include <commissioning/calendar/date.hpp>

#include <gtest/gtest.h>

#include "fails_with.hpp"

#include <chrono>
#include <cstdio>
#include <sstream>
#include <string>
#include <string_view>

namespace {

using namespace commissioning;

// Dates are compared as ISO text, which reads well when a test fails.
std::string iso(std::string_view text) { return to_iso(parse_date(text)); }

// ---------------------------------------------------------------- reading

TEST(DateTest, ParsesIsoDates) {
  EXPECT_EQ(parse_date("2016-05-01"), make_date(2016, 5, 1));  // seed 004: the contract commenced
  EXPECT_EQ(iso(" 2022-04-30 "), "2022-04-30");
}

TEST(DateTest, ParsesDatesWrittenInWords) {
  EXPECT_EQ(iso("1 May 2016"), "2016-05-01");
  EXPECT_EQ(iso("1st May 2016"), "2016-05-01");
  EXPECT_EQ(iso("30 April 2022"), "2022-04-30");  // seed 004: the Covid extension ended
  EXPECT_EQ(iso("30th Nov 2021"), "2021-11-30");  // seed 000: "Not before 30th Nov 2021"
  EXPECT_EQ(iso("22nd March 2023"), "2023-03-22");
  EXPECT_EQ(iso("3rd Jan 2023"), "2023-01-03");
  EXPECT_EQ(iso("1 Sept 2016"), "2016-09-01");
  EXPECT_EQ(iso("1 Sep 2016"), "2016-09-01");
  EXPECT_EQ(iso("1 september 2016"), "2016-09-01");
  EXPECT_EQ(iso("1 MAY 2016"), "2016-05-01");
}

TEST(DateTest, ParsesUkNumericDatesDayFirst) {
  EXPECT_EQ(iso("01/05/2016"), "2016-05-01");  // 1 May, not 5 January
  EXPECT_EQ(iso("01/11/2021"), "2021-11-01");  // seed 000: first published 01/11/2021
  EXPECT_EQ(iso("1/5/2016"), "2016-05-01");
}

TEST(DateTest, RejectsDatesThatDoNotExist) {
  const auto parse = [](std::string_view text) { return [text] { return parse_date(text); }; };
  EXPECT_TRUE(fails_with<std::invalid_argument>(parse("2021-02-29"), "commissioning.date.002", "'2021-02-29'"));
  EXPECT_TRUE(fails_with<std::invalid_argument>(parse("31/04/2020"), "commissioning.date.002", "'31/04/2020'"));
  EXPECT_TRUE(fails_with<std::invalid_argument>(parse("31 February 2021"), "commissioning.date.002",
                                                "'31 February 2021'"));
  EXPECT_TRUE(fails_with<std::invalid_argument>(parse("0 May 2016"), "commissioning.date.002", "'0 May 2016'"));
  // A day beyond 255 must not wrap around in std::chrono::day's single byte (257 -> 1).
  EXPECT_TRUE(fails_with<std::invalid_argument>(parse("257/05/2016"), "commissioning.date.002", "'257/05/2016'"));
  EXPECT_TRUE(fails_with<std::invalid_argument>(parse("257 May 2016"), "commissioning.date.002", "'257 May 2016'"));
}

TEST(DateTest, RejectsTextThatIsNotADate) {
  const auto parse = [](std::string_view text) { return [text] { return parse_date(text); }; };
  EXPECT_TRUE(fails_with<std::invalid_argument>(parse("2016-13-01"), "commissioning.date.001", "month 13"));
  EXPECT_TRUE(fails_with<std::invalid_argument>(parse(""), "commissioning.date.001", "''"));
  EXPECT_TRUE(fails_with<std::invalid_argument>(parse("yesterday"), "commissioning.date.001", "'yesterday'"));
  EXPECT_TRUE(fails_with<std::invalid_argument>(parse("1 Mayo 2016"), "commissioning.date.001", "'Mayo'"));
  EXPECT_TRUE(fails_with<std::invalid_argument>(parse("01/05/16"), "commissioning.date.001", "'01/05/16'"));
  EXPECT_TRUE(fails_with<std::invalid_argument>(parse("2016-5-1x"), "commissioning.date.001", "'2016-5-1x'"));
  EXPECT_TRUE(fails_with<std::invalid_argument>(parse("May 2016"), "commissioning.date.001", "'May 2016'"));
}

TEST(DateTest, RejectsYearsOutsideTheSupportedRange) {
  EXPECT_TRUE(fails_with<std::out_of_range>([] { return parse_date("0999-12-31"); }, "commissioning.date.003",
                                            "year 999"));
  EXPECT_TRUE(fails_with<std::out_of_range>([] { return make_date(10000, 1, 1); }, "commissioning.date.003",
                                            "year 10000"));
}

// ---------------------------------------------------------------- the calendar

TEST(DateTest, KnowsTheLeapYears) {
  // Every fourth year is leap, except centuries, except every fourth century.
  EXPECT_EQ(iso("29/02/2016"), "2016-02-29");
  EXPECT_EQ(iso("29 February 2020"), "2020-02-29");
  EXPECT_EQ(iso("2024-02-29"), "2024-02-29");
  EXPECT_EQ(iso("29/02/2000"), "2000-02-29");
  for (const std::string_view text : {"29/02/1900", "29/02/2100", "29/02/2021", "29/02/2023"})
    EXPECT_TRUE(fails_with<std::invalid_argument>([text] { return parse_date(text); }, "commissioning.date.002",
                                                  text));
  EXPECT_EQ(days_in_month(std::chrono::year{2016}, std::chrono::February), 29U);
  EXPECT_EQ(days_in_month(std::chrono::year{1900}, std::chrono::February), 28U);
  EXPECT_EQ(days_in_month(std::chrono::year{2000}, std::chrono::February), 29U);
  EXPECT_EQ(days_in_month(std::chrono::year{2023}, std::chrono::April), 30U);
}

TEST(DateTest, MakesCheckedDates) {
  EXPECT_EQ(to_iso(make_date(2016, 2, 29)), "2016-02-29");
  EXPECT_TRUE(fails_with<std::invalid_argument>([] { return make_date(2021, 2, 29); }, "commissioning.date.002",
                                                "2021-02-29"));
  EXPECT_TRUE(fails_with<std::invalid_argument>([] { return make_date(2016, 13, 1); }, "commissioning.date.002",
                                                "2016-13-01"));
  // Month and day beyond 255 must be rejected, not wrapped to January or the 1st.
  EXPECT_TRUE(fails_with<std::invalid_argument>([] { return make_date(2016, 257, 1); }, "commissioning.date.002",
                                                "2016-257-01"));
  EXPECT_TRUE(fails_with<std::invalid_argument>([] { return make_date(2016, 5, 257); }, "commissioning.date.002",
                                                "2016-05-257"));
}

TEST(DateTest, CrossesTheFinancialYearBoundary) {
  // 31 March is the last day of a financial year, 1 April the first of the next.
  EXPECT_EQ(add_days(make_date(2023, 3, 31), 1), make_date(2023, 4, 1));
  EXPECT_EQ(add_days(make_date(2023, 4, 1), -1), make_date(2023, 3, 31));
  EXPECT_EQ(days_between(make_date(2023, 3, 31), make_date(2023, 4, 1)), 1);
}

TEST(DateTest, CountsDaysBetweenDates) {
  // 1 May 2022 to 30 April 2023: 365 days inclusive, so 364 between.
  EXPECT_EQ(days_between(make_date(2022, 5, 1), make_date(2023, 4, 30)), 364);
  EXPECT_EQ(days_between(make_date(2023, 4, 30), make_date(2022, 5, 1)), -364);
  // 1 May 2023 to 1 May 2024 includes 29 February 2024.
  EXPECT_EQ(days_between(make_date(2023, 5, 1), make_date(2024, 5, 1)), 366);
}

// ---------------------------------------------------------------- arithmetic

TEST(DateTest, AddsYearsClampingTheTwentyNinthOfFebruary) {
  EXPECT_EQ(to_iso(add_years(make_date(2016, 2, 29), 1)), "2017-02-28");
  EXPECT_EQ(to_iso(add_years(make_date(2016, 2, 29), 4)), "2020-02-29");
  EXPECT_EQ(to_iso(add_years(make_date(2016, 2, 29), -1)), "2015-02-28");
  // Seed 004: a three-year term from 1 May 2016 ends on 30 April 2019.
  EXPECT_EQ(to_iso(add_days(add_years(make_date(2016, 5, 1), 3), -1)), "2019-04-30");
}

TEST(DateTest, AddsMonthsClampingToTheEndOfTheMonth) {
  EXPECT_EQ(to_iso(add_months(make_date(2021, 1, 31), 1)), "2021-02-28");
  EXPECT_EQ(to_iso(add_months(make_date(2020, 1, 31), 1)), "2020-02-29");
  EXPECT_EQ(to_iso(add_months(make_date(2021, 3, 31), -1)), "2021-02-28");
  EXPECT_EQ(to_iso(add_months(make_date(2021, 1, 15), -1)), "2020-12-15");
  EXPECT_EQ(to_iso(add_months(make_date(2021, 12, 15), 1)), "2022-01-15");
  EXPECT_EQ(to_iso(add_months(make_date(2016, 5, 1), 36)), "2019-05-01");
  EXPECT_EQ(to_iso(add_months(make_date(2016, 5, 1), -37)), "2013-04-01");
}

TEST(DateTest, RejectsArithmeticOutsideTheSupportedYears) {
  EXPECT_TRUE(fails_with<std::out_of_range>([] { return add_months(make_date(9999, 12, 1), 1); },
                                            "commissioning.date.003", "year 10000"));
  EXPECT_TRUE(fails_with<std::out_of_range>([] { return add_years(make_date(2016, 5, 1), 200'000); },
                                            "commissioning.date.003", "200000"));
  EXPECT_TRUE(fails_with<std::out_of_range>([] { return add_days(make_date(2016, 5, 1), 20'000'000); },
                                            "commissioning.date.003", "20000000"));
  EXPECT_TRUE(fails_with<std::out_of_range>([] { return add_days(make_date(1000, 1, 1), -1); },
                                            "commissioning.date.003", "year 999"));
}

// ---------------------------------------------------------------- writing

TEST(DateTest, WritesIsoAndLongForms) {
  EXPECT_EQ(to_iso(make_date(2016, 5, 1)), "2016-05-01");
  EXPECT_EQ(to_long_string(make_date(2016, 5, 1)), "1 May 2016");
  EXPECT_EQ(to_long_string(make_date(2019, 4, 30)), "30 April 2019");
  EXPECT_EQ(to_long_string(make_date(2016, 9, 1)), "1 September 2016");
  std::ostringstream out;
  out << make_date(2023, 3, 31);
  EXPECT_EQ(out.str(), "2023-03-31");
}

TEST(DatePropertyTest, EveryWrittenFormReadsBack) {
  // Every day from 1 January 1999 to 31 December 2101: leap days, centuries, both FY ends.
  int days = 0;
  for (date d = make_date(1999, 1, 1); d != make_date(2102, 1, 1); d = add_days(d, 1), ++days) {
    ASSERT_EQ(parse_date(to_iso(d)), d) << to_iso(d);
    ASSERT_EQ(parse_date(to_long_string(d)), d) << to_long_string(d);
    char uk[48];
    std::snprintf(uk, sizeof uk, "%02u/%02u/%04d", static_cast<unsigned>(d.day()), static_cast<unsigned>(d.month()),
                  static_cast<int>(d.year()));
    ASSERT_EQ(parse_date(uk), d) << uk;
  }
  EXPECT_EQ(days, 37620);  // 103 years x 365 + 25 leap days (1900 is outside, 2000 in, 2100 not leap)
}

}  // namespace
