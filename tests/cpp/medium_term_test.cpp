// medium_term: an envelope over several years against a cost that rises with inflation and
// the savings planned, and the gap left to close (or the headroom) each year.
#include <commissioning/budget/medium_term.hpp>

#include <gtest/gtest.h>

#include "fails_with.hpp"

#include <cstdint>
#include <limits>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace {

using namespace commissioning;

money pounds(std::string_view text) { return money::parse(text); }
financial_year fy(std::string_view label) { return financial_year::parse(label); }

std::vector<money> parse_all(std::initializer_list<std::string_view> texts) {
  std::vector<money> values;
  for (const auto text : texts) values.push_back(pounds(text));
  return values;
}

template <class Field>
std::vector<money> column(const std::vector<medium_term_year>& view, Field field) {
  std::vector<money> values;
  for (const medium_term_year& year : view) values.push_back(year.*field);
  return values;
}

// Seed 002's "Total revised projected spend" of £1,924,295.28, held flat for four years from
// 2021-22, the first full year of the new arrangements.
envelope revised_budget() {
  return envelope::flat("Early help", pounds("£1,924,295.28"), fy("2021-22"), fy("2024-25"));
}

TEST(MediumTermTest, CostRisesByInflationRoundedEachYear) {
  // 3% a year, each year rounded to the penny before the next rise:
  //   2021-22  £1,924,295.28
  //   2022-23  £1,924,295.28 x 1.03 = £1,982,024.1384 -> £1,982,024.14
  //   2023-24  £1,982,024.14 x 1.03 = £2,041,484.8642 -> £2,041,484.86
  //   2024-25  £2,041,484.86 x 1.03 = £2,102,729.4058 -> £2,102,729.41
  const std::vector<medium_term_year> view =
      medium_term_view(revised_budget(), pounds("£1,924,295.28"), rate::parse("3%"));
  ASSERT_EQ(view.size(), 4U);
  EXPECT_EQ(view.front().year, fy("2021-22"));
  EXPECT_EQ(view.back().year, fy("2024-25"));
  EXPECT_EQ(column(view, &medium_term_year::cost),
            parse_all({"£1,924,295.28", "£1,982,024.14", "£2,041,484.86", "£2,102,729.41"}));
  EXPECT_EQ(column(view, &medium_term_year::budget), std::vector<money>(4, pounds("£1,924,295.28")));
  // With no savings the gap is the growth in cost: £0, £57,728.86, £117,189.58, £178,434.13.
  EXPECT_EQ(column(view, &medium_term_year::savings), std::vector<money>(4, money{}));
  EXPECT_EQ(column(view, &medium_term_year::gap), parse_all({"£0", "£57,728.86", "£117,189.58", "£178,434.13"}));
}

TEST(MediumTermTest, GapIsCostLessSavingsLessBudget) {
  // Savings of £50,000 planned in 2023-24 and £100,000 in 2024-25 (keyed by the start year):
  //   2021-22  £1,924,295.28 -        £0 - £1,924,295.28 =       £0.00
  //   2022-23  £1,982,024.14 -        £0 - £1,924,295.28 =  £57,728.86
  //   2023-24  £2,041,484.86 -  £50,000 - £1,924,295.28 =  £67,189.58
  //   2024-25  £2,102,729.41 - £100,000 - £1,924,295.28 =  £78,434.13
  const std::vector<medium_term_year> view =
      medium_term_view(revised_budget(), pounds("£1,924,295.28"), rate::parse("3%"),
                       {{fy("2023-24"), pounds("£50,000")}, {fy("2024-25"), pounds("£100,000")}});
  EXPECT_EQ(column(view, &medium_term_year::savings), parse_all({"£0", "£0", "£50,000", "£100,000"}));
  EXPECT_EQ(column(view, &medium_term_year::gap), parse_all({"£0", "£57,728.86", "£67,189.58", "£78,434.13"}));
  for (const medium_term_year& year : view) EXPECT_EQ(year.gap, year.cost - year.savings - year.budget) << year.year;
}

TEST(MediumTermTest, ANegativeGapIsHeadroom) {
  // The budget uplifted by 2% a year: £1,924,295.28; x 1.02 = £1,962,781.1856 -> £1,962,781.19;
  //   x 1.02 = £2,002,036.8138 -> £2,002,036.81;  x 1.02 = £2,042,077.5462 -> £2,042,077.55.
  // Savings of £40,000, £40,000 and £80,000 from 2022-23:
  //   2022-23  £1,982,024.14 - £40,000 - £1,962,781.19 = -£20,757.05
  //   2023-24  £2,041,484.86 - £40,000 - £2,002,036.81 =    -£551.95
  //   2024-25  £2,102,729.41 - £80,000 - £2,042,077.55 = -£19,348.14
  const envelope budget = envelope::uplifted("Early help", pounds("£1,924,295.28"), rate::parse("2%"), fy("2021-22"),
                                             fy("2024-25"));
  const std::vector<medium_term_year> view =
      medium_term_view(budget, pounds("£1,924,295.28"), rate::parse("3%"),
                       {{fy("2022-23"), pounds("£40,000")}, {fy("2023-24"), pounds("£40,000")}, {fy("2024-25"), pounds("£80,000")}});
  EXPECT_EQ(column(view, &medium_term_year::budget),
            parse_all({"£1,924,295.28", "£1,962,781.19", "£2,002,036.81", "£2,042,077.55"}));
  EXPECT_EQ(column(view, &medium_term_year::gap), parse_all({"£0", "-£20,757.05", "-£551.95", "-£19,348.14"}));
}

TEST(MediumTermTest, TheViewKeepsWhatMadeItAndTotalsItsGaps) {
  // The years of GapIsCostLessSavingsLessBudget: £0 + £57,728.86 + £67,189.58 + £78,434.13.
  const medium_term view = medium_term::of(revised_budget(), pounds("£1,924,295.28"), rate::parse("3%"),
                                           {{fy("2023-24"), pounds("£50,000")}, {fy("2024-25"), pounds("£100,000")}});
  EXPECT_EQ(view.envelope_name, "Early help");
  EXPECT_EQ(view.base_cost, pounds("£1,924,295.28"));
  EXPECT_EQ(view.inflation, rate::parse("3%"));
  ASSERT_EQ(view.years.size(), 4U);
  EXPECT_EQ(view.years[3].gap, pounds("£78,434.13"));
  EXPECT_EQ(view.total_gap(), pounds("£203,352.57"));
  // Headroom is a negative total: £0 - £20,757.05 - £551.95 - £19,348.14.
  const envelope budget = envelope::uplifted("Early help", pounds("£1,924,295.28"), rate::parse("2%"), fy("2021-22"),
                                             fy("2024-25"));
  const medium_term headroom =
      medium_term::of(budget, pounds("£1,924,295.28"), rate::parse("3%"),
                      {{fy("2022-23"), pounds("£40,000")}, {fy("2023-24"), pounds("£40,000")}, {fy("2024-25"), pounds("£80,000")}});
  EXPECT_EQ(headroom.total_gap(), pounds("-£40,657.14"));
  // Half even rounds each year's cost as medium_term_view does.
  const envelope two = envelope::flat("e", pounds("£100"), fy("2020-21"), fy("2021-22"));
  EXPECT_EQ(medium_term::of(two, pounds("£100.20"), rate::parse("2.5%"), {}, rounding::half_even).years[1].cost,
            pounds("£102.70"));
}

TEST(MediumTermTest, AYearTheEnvelopeLeavesOutHasNoBudget) {
  // An envelope for 2021-22 and 2023-24 only: 2022-23 is in the view, with £0 available, so
  // its whole cost is a gap.
  const envelope budget = envelope::per_year("Early help", {{fy("2021-22"), pounds("£1,924,295.28")},
                                                            {fy("2023-24"), pounds("£2,041,484.86")}});
  const std::vector<medium_term_year> view = medium_term_view(budget, pounds("£1,924,295.28"), rate::parse("3%"));
  ASSERT_EQ(view.size(), 3U);
  EXPECT_EQ(column(view, &medium_term_year::budget), parse_all({"£1,924,295.28", "£0", "£2,041,484.86"}));
  EXPECT_EQ(column(view, &medium_term_year::gap), parse_all({"£0", "£1,982,024.14", "£0"}));
}

TEST(MediumTermTest, NamesItsRounding) {
  // £100.20 x 1.025 = £102.705: half away from zero (the default) £102.71, half even £102.70.
  const envelope budget = envelope::flat("e", pounds("£100"), fy("2020-21"), fy("2021-22"));
  EXPECT_EQ(medium_term_view(budget, pounds("£100.20"), rate::parse("2.5%"))[1].cost, pounds("£102.71"));
  EXPECT_EQ(medium_term_view(budget, pounds("£100.20"), rate::parse("2.5%"), {}, rounding::half_even)[1].cost,
            pounds("£102.70"));
}

TEST(MediumTermTest, ZeroInflationHoldsTheCost) {
  const std::vector<medium_term_year> view = medium_term_view(revised_budget(), pounds("£1,924,295.28"), rate());
  EXPECT_EQ(column(view, &medium_term_year::cost), std::vector<money>(4, pounds("£1,924,295.28")));
  EXPECT_EQ(column(view, &medium_term_year::gap), std::vector<money>(4, money{}));
}

TEST(MediumTermTest, InflationIsNeverComputedBeyondTheLastYear) {
  // One year of a cost that could not be doubled in 64-bit pence: nothing is doubled.
  const money large = money::from_pence(std::numeric_limits<std::int64_t>::max() / 2 + 1);
  const envelope one_year = envelope::flat("e", large, fy("2021-22"), fy("2021-22"));
  const std::vector<medium_term_year> view = medium_term_view(one_year, large, rate::parse("100%"));
  ASSERT_EQ(view.size(), 1U);
  EXPECT_EQ(view[0].cost, large);
  EXPECT_EQ(view[0].gap, money{});
}

TEST(MediumTermTest, RefusesSavingsOutsideTheEnvelopeTwiceOrInAnotherMonthsYears) {
  // Savings that cannot be set against a year of the view are refused, never dropped.
  EXPECT_TRUE(fails_with<std::invalid_argument>(
      [] { (void)medium_term_view(revised_budget(), pounds("£1"), rate(), {{fy("2025-26"), pounds("£10")}}); },
      "commissioning.envelope.004", "savings_by_year gives 2025-26, outside the envelope 'Early help' (2021-22 to 2024-25)"));
  EXPECT_TRUE(fails_with<std::invalid_argument>(
      [] {
        (void)medium_term_view(revised_budget(), pounds("£1"), rate(),
                               {{fy("2021-22"), pounds("£10")}, {fy("2021-22"), pounds("£10")}});
      },
      "commissioning.envelope.004", "savings_by_year gives 2021-22 twice"));
  EXPECT_TRUE(fails_with<std::invalid_argument>(
      [] {
        (void)medium_term_view(revised_budget(), pounds("£1"), rate(),
                               {{financial_year(2021, std::chrono::January), pounds("£10")}});
      },
      "commissioning.financial_year.004", "(2021 starting in month 1, the envelope 'Early help' in month 4)"));
}

}  // namespace
