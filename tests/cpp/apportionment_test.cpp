// apportionment: spreading an amount over a period into financial years, to the penny.
#include <commissioning/calendar/apportionment.hpp>

#include <gtest/gtest.h>

#include <chrono>
#include <cstdint>
#include <limits>
#include <random>
#include <string>
#include <string_view>
#include <vector>

namespace {

using namespace commissioning;

period between(std::string_view first, std::string_view last) { return {parse_date(first), parse_date(last)}; }

std::vector<std::string> labels(const apportionment& result) {
  std::vector<std::string> names;
  for (const auto& part : result.parts) names.push_back(part.year.label());
  return names;
}

std::vector<money> amounts(const apportionment& result) {
  std::vector<money> values;
  for (const auto& part : result.parts) values.push_back(part.amount);
  return values;
}

std::vector<money> parse_all(std::initializer_list<std::string_view> texts) {
  std::vector<money> values;
  for (const auto text : texts) values.push_back(money::parse(text));
  return values;
}

// The seed contract year (seed 004: the new contract commences 1 May 2022) at the
// Young Carers contract value of seed 002.
const period contract_year = between("1 May 2022", "30 April 2023");
const money contract_value = money::parse("£325,484.88");

TEST(ApportionmentTest, SplitsContractYearAcrossFinancialYears) {
  // Monthly rule: 11 months fall in 2022-23 and 1 in 2023-24.
  // 32,548,488p / 12 = 2,712,374p a month exactly, so
  //   2022-23: 11 x 2,712,374p = 29,836,114p = £298,361.14
  //   2023-24:  1 x 2,712,374p =  2,712,374p =  £27,123.74
  const apportionment result = apportion(contract_value, contract_year);
  EXPECT_EQ(result.rule, apportion_rule::monthly);  // the default
  EXPECT_EQ(result.total, contract_value);
  EXPECT_EQ(result.over, contract_year);
  EXPECT_EQ(labels(result), (std::vector<std::string>{"2022-23", "2023-24"}));
  EXPECT_EQ(amounts(result), parse_all({"£298,361.14", "£27,123.74"}));
  EXPECT_EQ(result.parts[0].part, between("1 May 2022", "31 March 2023"));
  EXPECT_EQ(result.parts[1].part, between("1 April 2023", "30 April 2023"));
}

TEST(ApportionmentTest, SplitsContractYearByDays) {
  // 1 May 2022 to 31 March 2023 is 335 days; April 2023 is 30; the year is 365.
  //   32,548,488p x 335 / 365 = 29,873,269.81p
  //   32,548,488p x  30 / 365 =  2,675,218.19p
  // The floors sum to 32,548,487p; the leftover penny goes to the larger remainder (.81).
  const apportionment result = apportion(contract_value, contract_year, apportion_rule::daily);
  EXPECT_EQ(result.rule, apportion_rule::daily);
  EXPECT_EQ(amounts(result), parse_all({"£298,732.70", "£26,752.18"}));
}

TEST(ApportionmentTest, StatesTheResultInWordsAndComparesByEveryField) {
  const apportionment monthly = apportion(contract_value, contract_year);
  EXPECT_EQ(apportioned_by(apportion_rule::monthly),
            "apportioned by equal monthly instalments, part months pro rata by days");
  EXPECT_EQ(apportioned_by(apportion_rule::daily), "apportioned by days");
  EXPECT_EQ(to_string(monthly),
            "£325,484.88 over 1 May 2022 to 30 April 2023, apportioned by equal monthly instalments, part months "
            "pro rata by days:\n"
            "  2022-23 (1 May 2022 to 31 March 2023): £298,361.14\n"
            "  2023-24 (1 April 2023 to 30 April 2023): £27,123.74");
  EXPECT_EQ(monthly, apportion(contract_value, contract_year));
  EXPECT_NE(monthly, apportion(contract_value, contract_year, apportion_rule::daily));
  EXPECT_NE(monthly, apportion(money::parse("£325,484.89"), contract_year));
}

TEST(ApportionmentTest, PaysPartMonthsProRataByTheirDays) {
  // A contract year starting mid-month, 15 May 2022 to 14 May 2023:
  //   2022-23: 17/31 of May + June to March (10 months) = 327/31 months
  //   2023-24: April (1 month) + 14/31 of May            =  45/31 months   (372/31 = 12 months)
  //   2,712,374p a month x 327/31 = 28,611,170.90p;  x 45/31 = 3,937,317.10p
  // The leftover penny goes to the larger remainder (.90).
  const period year = between("15 May 2022", "14 May 2023");
  EXPECT_EQ(amounts(apportion(contract_value, year)), parse_all({"£286,111.71", "£39,373.17"}));
  // By days the same year is 321 and 44 days of 365:
  //   32,548,488p x 321 / 365 = 28,624,834.65p;  x 44 / 365 = 3,923,653.35p
  EXPECT_EQ(amounts(apportion(contract_value, year, apportion_rule::daily)),
            parse_all({"£286,248.35", "£39,236.53"}));
}

TEST(ApportionmentTest, WeighsEachPartMonthByItsOwnMonthLength) {
  // 16 March to 15 April 2024 at £630: 16/31 of March and 15/30 = 1/2 of April.
  // Monthly: 63,000p in 16/31 : 1/2 = 32 : 31, so £320.00 and £310.00 exactly.
  const period month = between("16 March 2024", "15 April 2024");
  EXPECT_EQ(amounts(apportion(money::parse("£630"), month)), parse_all({"£320.00", "£310.00"}));
  // Daily: 16 and 15 days of 31: 32,516.13p and 30,483.87p, which round to themselves.
  EXPECT_EQ(amounts(apportion(money::parse("£630"), month, apportion_rule::daily)),
            parse_all({"£325.16", "£304.84"}));
}

TEST(ApportionmentTest, SpreadsASixYearContractOverSevenFinancialYears) {
  // Seed 004: £1,952,904 (6 x £325,484) over 1 May 2016 to 30 April 2022, 72 months.
  //   2016-17: 11/72 = 29,836,033.33p;  2017-18 to 2021-22: 12/72 = 32,548,400p each;
  //   2022-23:  1/72 =  2,712,366.67p.  The leftover penny goes to the .67.
  const apportionment result = apportion(money::parse("£1,952,904"), period::of_years(parse_date("1 May 2016"), 6));
  EXPECT_EQ(labels(result), (std::vector<std::string>{"2016-17", "2017-18", "2018-19", "2019-20", "2020-21",
                                                      "2021-22", "2022-23"}));
  EXPECT_EQ(amounts(result), parse_all({"£298,360.33", "£325,484", "£325,484", "£325,484", "£325,484", "£325,484",
                                        "£27,123.67"}));
}

TEST(ApportionmentTest, UsesTheBodysOwnYearStart) {
  // With a July year: May and June 2022 fall in 2021-22, July 2022 to April 2023 in 2022-23.
  //   2,712,374p x 2 = 5,424,748p;  x 10 = 27,123,740p.
  const apportionment result = apportion(contract_value, contract_year, apportion_rule::monthly, std::chrono::July);
  EXPECT_EQ(labels(result), (std::vector<std::string>{"2021-22", "2022-23"}));
  EXPECT_EQ(amounts(result), parse_all({"£54,247.48", "£271,237.40"}));
}

TEST(ApportionmentTest, KeepsAnAmountWithinOneYearWhole) {
  const apportionment result = apportion(contract_value, between("1 June 2022", "30 June 2022"));
  ASSERT_EQ(result.parts.size(), 1U);
  EXPECT_EQ(result.parts[0].amount, contract_value);
  EXPECT_EQ(result.parts[0].year, financial_year(2022));
}

TEST(ApportionmentTest, SpreadsCreditsAndNothingLikeCharges) {
  EXPECT_EQ(amounts(apportion(-contract_value, contract_year)), parse_all({"-£298,361.14", "-£27,123.74"}));
  EXPECT_EQ(amounts(apportion(money(), contract_year)), parse_all({"£0", "£0"}));
}

TEST(ApportionmentTest, NamesItsRule) {
  EXPECT_EQ(to_string(apportion_rule::monthly), "equal monthly instalments, part months pro rata by days");
  EXPECT_EQ(to_string(apportion_rule::daily), "by days");
  EXPECT_EQ(to_string(apportion(contract_value, contract_year).rule),
            "equal monthly instalments, part months pro rata by days");
}

// ---------------------------------------------------------------- properties

// Each day's weight under the monthly rule is 1/(days in its month); counted here in
// units of 1/377,580 (lcm of 28..31), day by day rather than month by month.
std::int64_t monthly_units(const period& p) {
  std::int64_t units = 0;
  const auto last = std::chrono::sys_days(p.last());
  for (auto day = std::chrono::sys_days(p.first()); day <= last; day += std::chrono::days(1)) {
    const date d{day};
    units += 377'580 / days_in_month(d.year(), d.month());
  }
  return units;
}

TEST(ApportionmentPropertyTest, PartsSumExactlyAndStayWithinAPennyOfTheirShare) {
  std::mt19937_64 engine(298361);
  std::uniform_int_distribution<long> start_days(0, 9000), extra_days(0, 2200);
  std::uniform_int_distribution<unsigned> start_months(1, 12);
  for (int i = 0; i < 2000; ++i) {
    const int shift = std::uniform_int_distribution<int>(0, 63)(engine);
    std::int64_t total_pence = static_cast<std::int64_t>(engine()) >> shift;
    if (total_pence == std::numeric_limits<std::int64_t>::min()) total_pence = 0;
    const money total = money::from_pence(total_pence);
    const date first = add_days(make_date(2000, 1, 1), start_days(engine));
    const period over(first, add_days(first, extra_days(engine)));
    const std::chrono::month start{start_months(engine)};
    for (const apportion_rule rule : {apportion_rule::monthly, apportion_rule::daily}) {
      const apportionment result = apportion(total, over, rule, start);
      big_integer whole_weight = 0;
      for (const auto& part : result.parts)
        whole_weight += rule == apportion_rule::monthly ? monthly_units(part.part) : part.part.days();
      big_integer sum_of_parts = 0;
      for (const auto& part : result.parts) {
        sum_of_parts += part.amount.pence();
        const big_integer weight = rule == apportion_rule::monthly ? monthly_units(part.part) : part.part.days();
        // |amount - total x weight / whole| < 1p
        const big_integer gap = big_integer(part.amount.pence()) * whole_weight - big_integer(total.pence()) * weight;
        ASSERT_LT(abs(gap), whole_weight) << to_string(total) << " over " << over << " " << to_string(rule);
      }
      ASSERT_EQ(sum_of_parts, big_integer(total.pence())) << to_string(total) << " over " << over;
      ASSERT_EQ(result.parts.front().part.first(), over.first());
      ASSERT_EQ(result.parts.back().part.last(), over.last());
    }
  }
}

}  // namespace
