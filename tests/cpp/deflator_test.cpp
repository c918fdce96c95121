// Deflators: cash into real base-year prices and back.
#include <commissioning/appraisal/deflator.hpp>

#include <gtest/gtest.h>

#include "fails_with.hpp"

namespace {

using namespace commissioning;

TEST(DeflatorTest, ConstantGrowthDeflatesCashToBaseYearPrices) {
  const auto gdp = deflator::constant_growth("OBR long run", rate::parse("2%"), financial_year(2021), financial_year(2030));
  EXPECT_EQ(gdp.to_real(money::parse("£102,000"), financial_year(2022), financial_year(2021)), money::parse("£100,000"));
  EXPECT_EQ(gdp.to_real(money::parse("£104,040"), financial_year(2023), financial_year(2021)), money::parse("£100,000"));
  EXPECT_EQ(gdp.to_nominal(money::parse("£100,000"), financial_year(2023), financial_year(2021)), money::parse("£104,040"));
  EXPECT_EQ(gdp.index(financial_year(2023)), rate::parse("1.0404"));
  EXPECT_EQ(gdp.years().size(), 10u);
}

TEST(DeflatorTest, AnyIndexBaseGivesTheSameRealPrices) {
  const deflator hundred("GDP deflator", {{financial_year(2022), rate(100)}, {financial_year(2023), rate::parse("103.5")}});
  EXPECT_EQ(hundred.to_real(money::parse("£10,350"), financial_year(2023), financial_year(2022)), money::parse("£10,000"));
  // Real prices of a later base year inflate earlier cash.
  EXPECT_EQ(hundred.to_real(money::parse("£10,000"), financial_year(2022), financial_year(2023)), money::parse("£10,350"));
}

TEST(DeflatorTest, RealPricesRoundToThePenny) {
  const deflator d("d", {{financial_year(2022), rate(1)}, {financial_year(2023), rate(3)}});
  EXPECT_EQ(d.to_real(money::parse("£1.00"), financial_year(2023), financial_year(2022)), money::parse("£0.33"));
  EXPECT_EQ(d.to_real(money::parse("£2.00"), financial_year(2023), financial_year(2022)), money::parse("£0.67"));
}

TEST(DeflatorTest, BadSeriesAreRefused) {
  EXPECT_TRUE(fails_with<std::invalid_argument>([] { deflator("empty", {}); }, "commissioning.deflator.001", "'empty'"));
  EXPECT_TRUE(fails_with<std::invalid_argument>(
      [] { deflator("d", {{financial_year(2022), rate(0)}}); }, "commissioning.deflator.001", "2022-23"));
  EXPECT_TRUE(fails_with<std::invalid_argument>(
      [] { deflator("d", {{financial_year(2022), rate(1)}, {financial_year(2022), rate(2)}}); },
      "commissioning.deflator.001", "2022-23 twice"));
  EXPECT_TRUE(fails_with<std::invalid_argument>(
      [] { (void)deflator::constant_growth("d", rate(0), financial_year(2025), financial_year(2022)); },
      "commissioning.deflator.001", "2022-23"));
}

TEST(DeflatorTest, YearsOutsideTheSeriesAreAnError) {
  const auto gdp = deflator::constant_growth("GDP", rate::parse("2%"), financial_year(2021), financial_year(2023));
  EXPECT_TRUE(fails_with<std::out_of_range>([&] { (void)gdp.index(financial_year(2024)); },
                                            "commissioning.deflator.002", "2024-25"));
}

}  // namespace
