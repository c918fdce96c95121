// price: what a contract costs each contract year as it states it, and how the price moves
// from one contract year to the next (indexation). How uplifted years are rounded year by
// year is shown on whole contracts in contract_test.cpp.
#include <commissioning/contract/price.hpp>

#include <gtest/gtest.h>

#include "fails_with.hpp"

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace {

using namespace commissioning;

money pounds(std::string_view text) { return money::parse(text); }
rate percent(std::string_view text) { return rate::parse(text); }

// ---------------------------------------------------------------- the stated price

TEST(PriceTest, AnnualPriceIsTheSameEveryYear) {
  // Seed 004: "The total annual value of the contract is £325,484."
  const price p = price::annual(pounds("£325,484"));
  EXPECT_EQ(p.kind(), price::basis::annual);
  for (int year = 1; year <= 6; ++year) EXPECT_EQ(p.annual_rate(year), pounds("£325,484")) << year;
  EXPECT_EQ(p.stated_values(), std::vector<money>{pounds("£325,484")});
  EXPECT_FALSE(p.stated_total().has_value());
}

TEST(PriceTest, PricePerContractYearRepeatsTheLastYear) {
  const price p = price::per_contract_year({pounds("£100,000"), pounds("£110,000"), pounds("£120,000")});
  EXPECT_EQ(p.kind(), price::basis::per_contract_year);
  EXPECT_EQ(p.annual_rate(1), pounds("£100,000"));
  EXPECT_EQ(p.annual_rate(2), pounds("£110,000"));
  EXPECT_EQ(p.annual_rate(3), pounds("£120,000"));
  EXPECT_EQ(p.annual_rate(4), pounds("£120,000"));  // an extension year costs what the last year did
  EXPECT_EQ(p.annual_rate(5), pounds("£120,000"));
}

TEST(PriceTest, TotalOverBaseSplitsIntoEqualYears) {
  // Seed 000: £325,500 a year is £976,500 over the three-year base term.
  const price p = price::total_over_base(pounds("£976,500"), 36);
  EXPECT_EQ(p.kind(), price::basis::total_over_base);
  EXPECT_EQ(p.stated_total(), std::optional<money>(pounds("£976,500")));
  EXPECT_EQ(p.stated_values(),
            (std::vector<money>{pounds("£325,500"), pounds("£325,500"), pounds("£325,500")}));
  EXPECT_EQ(p.annual_rate(4), pounds("£325,500"));  // the extension years cost the last base year's share
}

TEST(PriceTest, TotalOverBaseGivesOddPenceToTheFirstYears) {
  // 100,000,001p / 3 = 33,333,333p remainder 2: the first two years take a penny each.
  const price p = price::total_over_base(pounds("£1,000,000.01"), 36);
  EXPECT_EQ(p.stated_values(),
            (std::vector<money>{pounds("£333,333.34"), pounds("£333,333.34"), pounds("£333,333.33")}));
  EXPECT_EQ(p.annual_rate(4), pounds("£333,333.33"));
  EXPECT_EQ(p.annual_rate(5), pounds("£333,333.33"));
}

TEST(PriceTest, ComparesByValue) {
  EXPECT_EQ(price::annual(pounds("£325,484")), price::annual(pounds("£325,484")));
  EXPECT_NE(price::annual(pounds("£325,484")), price::per_contract_year({pounds("£325,484")}));
}

TEST(PriceTest, RefusesAPriceThatCannotBe) {
  // docs/errors.md: "the annual value cannot be negative, got -£1.00"
  EXPECT_TRUE(fails_with<std::invalid_argument>([] { (void)price::annual(pounds("-£1.00")); },
                                                "commissioning.contract.007",
                                                "the annual value cannot be negative, got -£1.00"));
  EXPECT_TRUE(fails_with<std::invalid_argument>([] { (void)price::per_contract_year({}); },
                                                "commissioning.contract.007", "at least one value"));
  EXPECT_TRUE(fails_with<std::invalid_argument>(
      [] { (void)price::per_contract_year({pounds("£10"), pounds("-£0.01")}); }, "commissioning.contract.007",
      "-£0.01"));
  EXPECT_TRUE(fails_with<std::invalid_argument>([] { (void)price::total_over_base(pounds("-£5"), 36); },
                                                "commissioning.contract.007", "-£5.00"));
  EXPECT_TRUE(fails_with<std::invalid_argument>([] { (void)price::total_over_base(pounds("£5"), 18); },
                                                "commissioning.contract.007", "18 months"));
  EXPECT_TRUE(fails_with<std::invalid_argument>([] { (void)price::total_over_base(pounds("£5"), 0); },
                                                "commissioning.contract.007", "0 months"));
}

TEST(PriceTest, CountsContractYearsFromOne) {
  const price p = price::annual(pounds("£325,484"));
  EXPECT_TRUE(fails_with<std::out_of_range>([&] { (void)p.annual_rate(0); }, "commissioning.contract.001", "got 0"));
  EXPECT_TRUE(fails_with<std::out_of_range>([&] { (void)p.annual_rate(-2); }, "commissioning.contract.001", "got -2"));
}

// ---------------------------------------------------------------- indexation

TEST(PriceTest, NamesHowItIsStated) {
  // The names a saved price or indexation gives its kind, read back on every face.
  EXPECT_EQ(name_of(price::total_over_base(money::parse("£1,000,000.01"), 36).kind()), "total_over_base");
  EXPECT_EQ(name_of(price::per_contract_year({money::parse("£100,000")}).kind()), "per_contract_year");
  EXPECT_EQ(read_name<price::basis>("Per contract year"), price::basis::per_contract_year);
  EXPECT_EQ(name_of(indexation::index_series({{2019, rate::parse("105.2")}, {2020, rate::parse("107.1")}}).kind()),
            "index_series");
  EXPECT_EQ(read_name<indexation::method>("fixed"), indexation::method::fixed);
  EXPECT_TRUE(fails_with<std::invalid_argument>([] { (void)read_name<indexation::method>("cpi"); },
                                                "commissioning.name.001",
                                                "unknown indexation method 'cpi'; expected one of none, fixed, index_series"));
}

TEST(IndexationTest, NoneNeverUplifts) {
  const indexation none = indexation::none();
  EXPECT_EQ(none.kind(), indexation::method::none);
  for (int year = 1; year <= 5; ++year) EXPECT_EQ(none.uplift_for(year, 2015 + year), rate()) << year;
}

TEST(IndexationTest, FixedUpliftAppliesFromTheGivenYear) {
  const indexation from_two = indexation::fixed(percent("3%"));
  EXPECT_EQ(from_two.kind(), indexation::method::fixed);
  EXPECT_EQ(from_two.from_year(), 2);  // the default: every anniversary
  EXPECT_EQ(from_two.rounding_rule(), rounding::half_away_from_zero);
  EXPECT_EQ(from_two.uplift_for(1, 2016), rate());
  EXPECT_EQ(from_two.uplift_for(2, 2017), percent("3%"));
  EXPECT_EQ(from_two.uplift_for(5, 2020), percent("3%"));

  const indexation from_four = indexation::fixed(percent("2.5%"), 4, rounding::half_even);
  EXPECT_EQ(from_four.fixed_uplift(), percent("2.5%"));
  EXPECT_EQ(from_four.rounding_rule(), rounding::half_even);
  EXPECT_EQ(from_four.uplift_for(3, 2018), rate());
  EXPECT_EQ(from_four.uplift_for(4, 2019), percent("2.5%"));
}

TEST(IndexationTest, FixedUpliftMayBeACut) {
  EXPECT_EQ(indexation::fixed(percent("-5%")).uplift_for(2, 2017), percent("-5%"));
}

TEST(IndexationTest, RefusesImpossibleFixedUplifts) {
  EXPECT_TRUE(fails_with<std::invalid_argument>([] { (void)indexation::fixed(percent("-100%")); },
                                                "commissioning.contract.008", "-100%"));
  EXPECT_TRUE(fails_with<std::invalid_argument>([] { (void)indexation::fixed(percent("-150%")); },
                                                "commissioning.contract.008", "-150%"));
  EXPECT_TRUE(fails_with<std::invalid_argument>([] { (void)indexation::fixed(percent("3%"), 1); },
                                                "commissioning.contract.008", "got 1"));
}

// A published index by calendar year (illustrative levels, chosen so that the uplifts are
// easy to check by hand).
const std::map<int, rate> levels = {
    {2019, rate(100)}, {2020, rate(102)}, {2021, rate(106)}, {2022, rate(117)}, {2023, rate(118)}};

TEST(IndexationTest, IndexSeriesUsesTheLaggedChangeWithinCapAndFloor) {
  // One year's lag, capped at 5%, floored at 1%. The uplift at an anniversary in calendar
  // year Y is level[Y - 1] / level[Y - 2] - 1:
  //   year 2, anniversary in 2021: 102 / 100 - 1 = 2%                 (inside the band)
  //   year 3, anniversary in 2022: 106 / 102 - 1 = 4/102 = 3.92...%   (inside the band)
  //   year 4, anniversary in 2023: 117 / 106 - 1 = 11/106 = 10.38...% -> the 5% cap
  //   year 5, anniversary in 2024: 118 / 117 - 1 = 1/117 = 0.85...%   -> the 1% floor
  const indexation series = indexation::index_series(levels, 1, percent("5%"), percent("1%"));
  EXPECT_EQ(series.kind(), indexation::method::index_series);
  EXPECT_EQ(series.lag_years(), 1);
  EXPECT_EQ(series.cap(), std::optional<rate>(percent("5%")));
  EXPECT_EQ(series.floor(), std::optional<rate>(percent("1%")));
  EXPECT_EQ(series.uplift_for(1, 2020), rate());
  EXPECT_EQ(series.uplift_for(2, 2021), percent("2%"));
  EXPECT_EQ(series.uplift_for(3, 2022), rate::ratio(4, 102));
  EXPECT_EQ(series.uplift_for(4, 2023), percent("5%"));
  EXPECT_EQ(series.uplift_for(5, 2024), percent("1%"));
}

TEST(IndexationTest, IndexSeriesWithoutLagCapOrFloorUsesTheRawChange) {
  // No lag: the anniversary in 2022 takes 117 / 106 - 1 = 11/106; in 2023, 118 / 117 - 1.
  const indexation series = indexation::index_series(levels);
  EXPECT_EQ(series.uplift_for(2, 2022), rate::ratio(11, 106));
  EXPECT_EQ(series.uplift_for(3, 2023), rate::ratio(1, 117));
}

TEST(IndexationTest, IndexSeriesNamesTheMissingLevel) {
  // An anniversary in 2024 without lag needs the 2024 level, which the series lacks.
  const indexation series = indexation::index_series(levels);
  EXPECT_TRUE(fails_with<std::out_of_range>([&] { (void)series.uplift_for(6, 2024); }, "commissioning.contract.009",
                                            "no level for 2024, needed for the uplift of contract year 6"));
  // In 2019 the 2018 level is missing.
  EXPECT_TRUE(fails_with<std::out_of_range>([&] { (void)series.uplift_for(2, 2019); }, "commissioning.contract.009",
                                            "no level for 2018"));
}

TEST(IndexationTest, RefusesImpossibleIndexSeries) {
  EXPECT_TRUE(fails_with<std::invalid_argument>(
      [] { (void)indexation::index_series(levels, 0, percent("2%"), percent("3%")); }, "commissioning.contract.008",
      "the cap 2% is below the floor 3%"));
  EXPECT_TRUE(fails_with<std::invalid_argument>([] { (void)indexation::index_series(levels, -1); },
                                                "commissioning.contract.008", "got -1"));
  EXPECT_TRUE(fails_with<std::invalid_argument>(
      [] { (void)indexation::index_series({{2019, rate(100)}, {2020, rate(0)}}); }, "commissioning.contract.008",
      "the index level for 2020 must be positive, got 0"));
  EXPECT_TRUE(fails_with<std::invalid_argument>([] { (void)indexation::index_series({}); },
                                                "commissioning.contract.008", "at least two levels"));
  EXPECT_TRUE(fails_with<std::invalid_argument>([] { (void)indexation::index_series({{2019, rate(100)}}); },
                                                "commissioning.contract.008", "got 1"));
  EXPECT_TRUE(fails_with<std::invalid_argument>([] { (void)indexation::index_series(levels, 0, {}, {}, 1); },
                                                "commissioning.contract.008", "got 1"));
}

}  // namespace
