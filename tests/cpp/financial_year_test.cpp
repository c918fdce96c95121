// financial_year: 1 April to 31 March by default, labelled "2022-23"; other start months.
#include <commissioning/calendar/financial_year.hpp>

#include <gtest/gtest.h>

#include "fails_with.hpp"

#include <chrono>
#include <random>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace {

using namespace commissioning;
using std::chrono::January;
using std::chrono::July;

std::string fy_of(std::string_view d) { return financial_year::of(parse_date(d)).label(); }
period between(std::string_view first, std::string_view last) { return {parse_date(first), parse_date(last)}; }

TEST(FinancialYearTest, FindsTheYearOfADateAtTheBoundaries) {
  EXPECT_EQ(fy_of("31 March 2023"), "2022-23");
  EXPECT_EQ(fy_of("1 April 2023"), "2023-24");
  EXPECT_EQ(fy_of("1 May 2022"), "2022-23");  // the seed contract year starts in 2022-23
  EXPECT_EQ(fy_of("1 January 2023"), "2022-23");
  EXPECT_EQ(fy_of("29 February 2024"), "2023-24");
  EXPECT_EQ(financial_year::of(parse_date("1 April 2023")).start_year(), 2023);
}

TEST(FinancialYearTest, RunsFromTheFirstOfAprilToTheThirtyFirstOfMarch) {
  const financial_year fy(2022);
  EXPECT_EQ(to_iso(fy.first_day()), "2022-04-01");
  EXPECT_EQ(to_iso(fy.last_day()), "2023-03-31");
  EXPECT_EQ(fy.as_period().days(), 365);
  EXPECT_EQ(financial_year(2023).as_period().days(), 366);  // includes 29 February 2024
  EXPECT_EQ(fy.start_month(), april);
  EXPECT_TRUE(fy.contains(parse_date("31 March 2023")));
  EXPECT_FALSE(fy.contains(parse_date("1 April 2023")));
  EXPECT_FALSE(fy.contains(parse_date("31 March 2022")));
}

TEST(FinancialYearTest, IsLabelledWithBothYears) {
  EXPECT_EQ(financial_year(2022).label(), "2022-23");
  EXPECT_EQ(financial_year(1999).label(), "1999-00");
  EXPECT_EQ(financial_year(2009).label(), "2009-10");
  EXPECT_EQ(financial_year(2000).label(), "2000-01");
  std::ostringstream out;
  out << financial_year(2016);
  EXPECT_EQ(out.str(), "2016-17");
}

TEST(FinancialYearTest, ParsesTheUsualLabels) {
  for (const std::string_view text : {"2022-23", "2022/23", "FY2022-23", "fy 2022-23", "2022-2023", " 2022/2023 "})
    EXPECT_EQ(financial_year::parse(text), financial_year(2022)) << text;
  EXPECT_EQ(financial_year::parse("1999-00"), financial_year(1999));
  EXPECT_EQ(financial_year::parse("1999-2000"), financial_year(1999));
}

TEST(FinancialYearTest, RejectsLabelsThatAreNotAFinancialYear) {
  const auto parse = [](std::string_view text) { return [text] { return financial_year::parse(text); }; };
  EXPECT_TRUE(fails_with<std::invalid_argument>(parse("2022-24"), "commissioning.financial_year.003",
                                                "'2022-24' does not name consecutive years (expected 2022-23)"));
  EXPECT_TRUE(fails_with<std::invalid_argument>(parse("2022-2024"), "commissioning.financial_year.003", "'2022-2024'"));
  EXPECT_TRUE(fails_with<std::invalid_argument>(parse("22-23"), "commissioning.financial_year.001", "'22-23'"));
  EXPECT_TRUE(fails_with<std::invalid_argument>(parse("abcd"), "commissioning.financial_year.001", "'abcd'"));
  EXPECT_TRUE(fails_with<std::invalid_argument>(parse(""), "commissioning.financial_year.001", "''"));
  EXPECT_TRUE(fails_with<std::invalid_argument>(parse("2022_23"), "commissioning.financial_year.001", "'2022_23'"));
  EXPECT_TRUE(fails_with<std::invalid_argument>(parse("2022-3"), "commissioning.financial_year.001", "'2022-3'"));
  // An April year needs both years.
  EXPECT_TRUE(fails_with<std::invalid_argument>(parse("2022"), "commissioning.financial_year.001", "'2022'"));
}

TEST(FinancialYearTest, StartsInAnotherMonthForOtherBodies) {
  // A July year: 1 July 2022 to 30 June 2023 is 2022-23.
  EXPECT_EQ(financial_year::of(parse_date("30 June 2022"), July).label(), "2021-22");
  const financial_year fy = financial_year::of(parse_date("1 July 2022"), July);
  EXPECT_EQ(fy.label(), "2022-23");
  EXPECT_EQ(to_iso(fy.first_day()), "2022-07-01");
  EXPECT_EQ(to_iso(fy.last_day()), "2023-06-30");
  EXPECT_EQ(financial_year::parse("2022-23", July), fy);
  EXPECT_NE(fy, financial_year(2022));  // same label, different year
}

TEST(FinancialYearTest, AYearStartingInJanuaryIsACalendarYear) {
  const financial_year year(2022, January);
  EXPECT_EQ(year.label(), "2022");
  EXPECT_EQ(to_iso(year.first_day()), "2022-01-01");
  EXPECT_EQ(to_iso(year.last_day()), "2022-12-31");
  EXPECT_EQ(financial_year::of(parse_date("31 December 2022"), January), year);
  EXPECT_EQ(financial_year::parse("2022", January), year);
  EXPECT_TRUE(fails_with<std::invalid_argument>([] { return financial_year::parse("2022-23", January); },
                                                "commissioning.financial_year.001", "'2022-23'"));
}

TEST(FinancialYearTest, RejectsImpossibleYears) {
  EXPECT_TRUE(fails_with<std::invalid_argument>([] { return financial_year(2022, std::chrono::month{13}); },
                                                "commissioning.financial_year.002", "month 13"));
  // 9999-00 would end in the year 10000.
  EXPECT_TRUE(fails_with<std::out_of_range>([] { return financial_year(9999); }, "commissioning.date.003",
                                            "year 10000"));
  EXPECT_TRUE(fails_with<std::out_of_range>([] { return financial_year(999); }, "commissioning.date.003", "year 999"));
}

TEST(FinancialYearTest, StepsToTheNextAndPreviousYears) {
  EXPECT_EQ(financial_year(2022).next().label(), "2023-24");
  EXPECT_EQ(financial_year(2022).previous().label(), "2021-22");
  EXPECT_EQ(financial_year(1999).next().label(), "2000-01");
  EXPECT_EQ(financial_year(2022, July).next(), financial_year(2023, July));
}

TEST(FinancialYearTest, OrdersYearsWithTheSameStart) {
  EXPECT_LT(financial_year(2022), financial_year(2023));
  EXPECT_GT(financial_year(2022), financial_year(2016));
  EXPECT_TRUE(fails_with<std::invalid_argument>([] { return financial_year(2022) < financial_year(2023, July); },
                                                "commissioning.financial_year.004", "different months"));
}

TEST(FinancialYearTest, ListsEveryYearInARange) {
  // Seed 004: the young carers contract ran in 2016-17 to 2021-22 (and one month of 2022-23).
  std::vector<std::string> labels;
  for (const auto& fy : financial_years(financial_year(2016), financial_year(2021))) labels.push_back(fy.label());
  EXPECT_EQ(labels, (std::vector<std::string>{"2016-17", "2017-18", "2018-19", "2019-20", "2020-21", "2021-22"}));
  EXPECT_EQ(financial_years(financial_year(2022), financial_year(2022)).size(), 1U);
  EXPECT_TRUE(fails_with<std::invalid_argument>(
      [] { return financial_years(financial_year(2023), financial_year(2022)); }, "commissioning.financial_year.005",
      "2023-24 to 2022-23"));
}

TEST(FinancialYearTest, SplitsAContractYearAtTheFirstOfApril) {
  // The seed contract year, 1 May 2022 to 30 April 2023: eleven months in 2022-23, one in 2023-24.
  const auto parts = split_by_financial_year(between("1 May 2022", "30 April 2023"));
  ASSERT_EQ(parts.size(), 2U);
  EXPECT_EQ(parts[0], (financial_year_part{financial_year(2022), between("1 May 2022", "31 March 2023")}));
  EXPECT_EQ(parts[1], (financial_year_part{financial_year(2023), between("1 April 2023", "30 April 2023")}));
}

TEST(FinancialYearTest, SplitsASixYearContractIntoSevenFinancialYears) {
  // Seed 004: 1 May 2016 to 30 April 2022 touches 2016-17 to 2022-23.
  const auto parts = split_by_financial_year(between("1 May 2016", "30 April 2022"));
  ASSERT_EQ(parts.size(), 7U);
  EXPECT_EQ(parts.front().part, between("1 May 2016", "31 March 2017"));
  for (int k = 1; k <= 5; ++k) EXPECT_EQ(parts[k].part, financial_year(2016 + k).as_period());
  EXPECT_EQ(parts.back(), (financial_year_part{financial_year(2022), between("1 April 2022", "30 April 2022")}));
}

TEST(FinancialYearTest, SplitsWithinOneYearOrByAnotherStartMonth) {
  const period june = between("1 June 2022", "30 June 2022");
  EXPECT_EQ(split_by_financial_year(june), (std::vector<financial_year_part>{{financial_year(2022), june}}));
  // With a July year the seed contract year is two months of 2021-22 and ten of 2022-23.
  const auto parts = split_by_financial_year(between("1 May 2022", "30 April 2023"), July);
  ASSERT_EQ(parts.size(), 2U);
  EXPECT_EQ(parts[0], (financial_year_part{financial_year(2021, July), between("1 May 2022", "30 June 2022")}));
  EXPECT_EQ(parts[1], (financial_year_part{financial_year(2022, July), between("1 July 2022", "30 April 2023")}));
}

TEST(FinancialYearTest, WorksUpToTheLastSupportedYear) {
  // 9998-99 is the last April year (9999-00 would end in the year 10000).
  const period last_year = financial_year(9998).as_period();
  EXPECT_EQ(split_by_financial_year(last_year), (std::vector<financial_year_part>{{financial_year(9998), last_year}}));
  // The first supported day, 1 January 1000, lies in no representable April year...
  EXPECT_THROW(static_cast<void>(financial_year::of(make_date(1000, 1, 1))), out_of_range_error);
  // ...but a year that does not contain it can say so.
  EXPECT_FALSE(financial_year(1000).contains(make_date(1000, 1, 1)));
  EXPECT_TRUE(financial_year(1000, January).contains(make_date(1000, 1, 1)));
}

TEST(FinancialYearPropertyTest, SplitPartsAreContiguousAndCoverThePeriod) {
  std::mt19937_64 engine(2223);
  std::uniform_int_distribution<long> start_days(0, 12000), extra_days(0, 3000);
  std::uniform_int_distribution<unsigned> start_months(1, 12);
  for (int i = 0; i < 3000; ++i) {
    const date first = add_days(make_date(1999, 1, 1), start_days(engine));
    const period whole(first, add_days(first, extra_days(engine)));
    const std::chrono::month start{start_months(engine)};
    const auto parts = split_by_financial_year(whole, start);
    ASSERT_FALSE(parts.empty());
    ASSERT_EQ(parts.front().part.first(), whole.first());
    ASSERT_EQ(parts.back().part.last(), whole.last());
    long days = 0;
    for (std::size_t k = 0; k < parts.size(); ++k) {
      days += parts[k].part.days();
      ASSERT_EQ(parts[k].year.start_month(), start);
      ASSERT_TRUE(parts[k].year.contains(parts[k].part.first()) && parts[k].year.contains(parts[k].part.last()));
      if (k > 0) {
        ASSERT_EQ(add_days(parts[k - 1].part.last(), 1), parts[k].part.first());
        ASSERT_EQ(parts[k - 1].year.next(), parts[k].year);
      }
    }
    ASSERT_EQ(days, whole.days());
  }
}

}  // namespace
