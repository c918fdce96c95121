// register: a contract register as columns, profiled by financial year in one pass, equal
// to each row's own contract::profile to the penny.
#include <commissioning/contract/register.hpp>

#include <gtest/gtest.h>

#include "fails_with.hpp"

#include <chrono>
#include <cmath>
#include <cstdint>
#include <span>
#include <random>
#include <string>
#include <vector>

namespace {

using namespace commissioning;

money pounds(std::string_view text) { return money::parse(text); }
date on(std::string_view text) { return parse_date(text); }

void expect_same(const financial_year_profile& batch, const financial_year_profile& own, std::size_t row) {
  ASSERT_EQ(batch.years.size(), own.years.size()) << "row " << row;
  for (std::size_t k = 0; k < own.years.size(); ++k) {
    EXPECT_EQ(batch.years[k].year, own.years[k].year) << "row " << row;
    EXPECT_EQ(batch.years[k].amount, own.years[k].amount) << "row " << row << ", " << own.years[k].year.label();
  }
  EXPECT_EQ(batch.total, own.total) << "row " << row;
  EXPECT_EQ(batch.rule, own.rule);
}

TEST(Register, SeedFourRowMatchesTheContract) {
  // Seed 004: Kent young carers, 1 May 2016, 3+1+1 at £325,484, both options exercised.
  contract_register reg;
  EXPECT_EQ(reg.add("Young Carers", "Imago", on("1 May 2016"), term::parse("3+1+1"), pounds("£325,484"),
                    indexation::none(), 2),
            0u);
  const register_profile p = profile(reg);
  ASSERT_EQ(p.rows(), 1u);
  const financial_year_profile row = p.of(0);
  EXPECT_EQ(row.total, pounds("£1,627,420.00"));
  ASSERT_EQ(row.years.size(), 6u);
  EXPECT_EQ(row.years.front().year.label(), "2016-17");
  EXPECT_EQ(row.years.front().amount, pounds("£298,360.33"));  // 11 of 12 instalments
  EXPECT_EQ(row.years.back().year.label(), "2021-22");
  EXPECT_EQ(row.years.back().amount, pounds("£27,123.67"));
  expect_same(row, reg.contract_at(0).profile(), 0);
}

TEST(Register, TotalsAddEveryRowByFinancialYear) {
  contract_register reg;
  reg.add("A", "P", on("1 April 2020"), term::parse("2"), pounds("£120,000"));
  reg.add("B", "Q", on("1 October 2020"), term::parse("1"), pounds("£12,000"));
  const auto totals = profile(reg).totals();
  ASSERT_EQ(totals.size(), 2u);
  EXPECT_EQ(totals[0].year.label(), "2020-21");
  EXPECT_EQ(totals[0].amount, pounds("£126,000"));  // £120,000 and six months of £12,000
  EXPECT_EQ(totals[1].year.label(), "2021-22");
  EXPECT_EQ(totals[1].amount, pounds("£126,000"));
}

TEST(Register, UpliftRoundsEachYearAsTheContractDoes) {
  // £325,484.88 uplifted 3% a year: year 2 £335,249.43 (contract/price.hpp's example).
  contract_register reg;
  reg.add("U", "", on("1 April 2016"), term::parse("3"), pounds("£325,484.88"), indexation::fixed(rate::parse("3%")));
  const auto row = profile(reg).of(0);
  ASSERT_EQ(row.years.size(), 3u);
  EXPECT_EQ(row.years[1].amount, pounds("£335,249.43"));
}

TEST(Register, RandomRegistersEqualEachContractsOwnProfile) {
  std::mt19937_64 generator(15'004);
  const std::chrono::sys_days first{std::chrono::year{2016} / std::chrono::January / 1};
  std::uniform_int_distribution<long> day(0, 5478);
  std::uniform_int_distribution<int> base_months(1, 72), options(0, 3), option_months(1, 24), scope(0, 2);
  std::uniform_int_distribution<std::int64_t> pence(0, 1'000'000'000), big(0, 400'000'000'000'000);
  std::uniform_int_distribution<int> uplift_kind(0, 4), per_mille(-50, 150), from_year(2, 4);
  for (const apportion_rule rule : {apportion_rule::monthly, apportion_rule::daily}) {
    for (const std::chrono::month start_month : {april, std::chrono::January, std::chrono::July}) {
      contract_register reg;
      for (int i = 0; i < 4'000; ++i) {
        std::vector<int> extensions;
        for (int k = options(generator); k > 0; --k) extensions.push_back(option_months(generator));
        const term t(base_months(generator), extensions);
        indexation x = indexation::none();
        switch (uplift_kind(generator)) {
          case 0: break;
          case 1: x = indexation::fixed(rate::parse("2.5%")); break;
          case 2: x = indexation::fixed(rate::ratio(per_mille(generator), 1000), from_year(generator)); break;
          case 3: x = indexation::fixed(rate::ratio(1, 3), 2, rounding::half_even); break;
          default:  // an index series: the path through contract::profile
            x = indexation::index_series({{2015, rate(100)}, {2016, rate(103)}, {2017, rate(105)}}, 0, std::nullopt,
                                         std::nullopt, 2);
        }
        if (x.kind() == indexation::method::index_series) {
          reg.add("s" + std::to_string(i), "", on("1 June 2016"), term(12, {12}), money::from_pence(pence(generator)), x,
                  1);
          continue;
        }
        const money annual = money::from_pence(i % 50 == 0 ? big(generator) : pence(generator));
        std::uniform_int_distribution<int> taken(0, static_cast<int>(extensions.size()));
        reg.add("c" + std::to_string(i), "p", date{first + std::chrono::days{day(generator)}}, t, annual, x,
                taken(generator), static_cast<contract_scope>(scope(generator)));
      }
      const register_profile p = profile(reg, rule, start_month);
      ASSERT_EQ(p.rows(), reg.size());
      for (std::size_t row = 0; row < reg.size(); ++row)
        expect_same(p.of(row), reg.contract_at(row).profile(reg.scope(row), rule, start_month), row);
    }
  }
}

TEST(Register, MonthEndsAndLeapDaysClampAsTheContractDoes) {
  contract_register reg;
  for (const char* start : {"29 February 2016", "31 January 2017", "31 August 2019", "1 April 2020", "31 March 2021",
                            "30 April 2022"})
    for (int months : {1, 11, 12, 13, 25, 37})
      reg.add(start, "", on(start), term(months, {}), pounds("£100,000.01"), indexation::fixed(rate::parse("3.5%")));
  for (const apportion_rule rule : {apportion_rule::monthly, apportion_rule::daily}) {
    const register_profile p = profile(reg, rule);
    for (std::size_t row = 0; row < reg.size(); ++row) expect_same(p.of(row), reg.contract_at(row).profile({}, rule), row);
  }
}

TEST(Register, FromColumnsEqualsRowByRow) {
  const std::vector<term> terms{term::parse("3+1+1"), term::parse("2")};
  const std::vector<indexation> indexations{indexation::none(), indexation::fixed(rate::parse("2.5%"))};
  const contract_register reg = contract_register::from_columns(
      {"A", "B", "C"}, {}, {on("1 May 2016"), on("1 April 2020"), on("15 June 2021")}, terms, {0, 1, 0},
      {pounds("£325,484"), pounds("£120,000"), pounds("£1")}, indexations, {0, 1, 1}, {2, 0, 1},
      {contract_scope::current, contract_scope::current, contract_scope::maximum});
  ASSERT_EQ(reg.size(), 3u);
  EXPECT_EQ(reg.provider(1), "");
  const register_profile p = profile(reg);
  for (std::size_t row = 0; row < reg.size(); ++row)
    expect_same(p.of(row), reg.contract_at(row).profile(reg.scope(row)), row);
  // Five years from £1, each uplifted 2.5% and rounded before the next: £1.00, £1.03, £1.06, £1.09, £1.12.
  EXPECT_EQ(p.of(2).total, pounds("£5.30"));
}

TEST(Register, BadRowsNameTheRowAndTheValue) {
  contract_register reg;
  reg.add("ok", "", on("1 May 2016"), term::parse("3+1"), pounds("£1"));
  EXPECT_TRUE(fails_with<std::invalid_argument>(
      [&] { reg.add("Meals", "", on("1 May 2016"), term::parse("3"), pounds("-£1.00")); }, "commissioning.contract.014",
      "register row 1 ('Meals'): [commissioning.contract.007] the annual value cannot be negative, got -£1.00"));
  EXPECT_TRUE(fails_with<std::out_of_range>(
      [&] { reg.add("Taxis", "", on("1 May 2016"), term::parse("3+1"), pounds("£1"), indexation::none(), 2); },
      "commissioning.contract.014", "register row 1 ('Taxis'): [commissioning.contract.001] the term 3+1 has no option 2"));
  EXPECT_TRUE(fails_with<std::out_of_range>(
      [&] { reg.add("Late", "", on("1 May 9998"), term::parse("3"), pounds("£1")); }, "commissioning.contract.014",
      "register row 1 ('Late'): [commissioning.date.003] year 10001"));
  EXPECT_EQ(reg.size(), 1u);  // a refused row leaves the register as it was
  // A value uplifted past 64-bit pence is a valid contract until it is profiled, as a contract is.
  reg.add("Huge", "", on("1 May 2016"), term::parse("5"), money::from_pence(9'000'000'000'000'000'000),
          indexation::fixed(rate::parse("50%")));
  EXPECT_TRUE(fails_with<std::overflow_error>([&] { (void)profile(reg); }, "commissioning.contract.014",
                                              "register row 1 ('Huge'): [commissioning.money.005]"));
  EXPECT_TRUE(fails_with<std::invalid_argument>(
      [&] {
        (void)contract_register::from_columns({}, {}, {on("1 May 2016")}, {term::parse("3")}, {0}, {}, {indexation::none()},
                                              {0});
      },
      "commissioning.contract.015", "column 'annual' has 0 rows, but 'start' has 1"));
  EXPECT_TRUE(fails_with<std::invalid_argument>(
      [&] {
        (void)contract_register::from_columns({}, {}, {on("1 May 2016")}, {term::parse("3")}, {1}, {pounds("£1")},
                                              {indexation::none()}, {0});
      },
      "commissioning.contract.015", "register row 0 refers to term 1"));
  EXPECT_TRUE(fails_with<std::out_of_range>([&] { (void)profile(contract_register{}).of(0); }, "commissioning.contract.015", "no row 0"));
}

TEST(Register, AColumnOfPoundsIsReadAsMoneyReadsThem) {
  // Floats by their shortest decimal, as Python shows them: 0.125 is 12.5p, rounded half away
  // from zero to 13p; 1.005 is the double just below 1.005, but Money(1.005) is £1.01.
  const std::vector<double> floats{325484.88, 0.125, -0.125, 1.005, 2.675, 1e-5, 1e16, -0.0};
  EXPECT_EQ(money_column_from_pounds(floats),
            (std::vector<money>{pounds("£325,484.88"), money::from_pence(13), money::from_pence(-13), pounds("£1.01"),
                                pounds("£2.68"), money(), money::from_pence(1'000'000'000'000'000'000), money()}));
  const std::vector<std::int64_t> whole{325'500, -1, 0};
  EXPECT_EQ(money_column_from_pounds(whole), (std::vector<money>{pounds("£325,500"), pounds("-£1"), money()}));
  // An amount just past 64-bit pence is refused as Money refuses it, led by its row.
  const std::vector<double> bad{1, std::nan(""), 1e17, 1e21};
  EXPECT_TRUE(fails_with<std::invalid_argument>([&] { (void)money_column_from_pounds(std::span(bad).first(2)); },
                                                "commissioning.contract.014",
                                                "register row 1: [commissioning.money.002] cannot read nan as money"));
  EXPECT_TRUE(fails_with<std::overflow_error>([&] { (void)money_column_from_pounds(std::span(bad).subspan(2, 1)); },
                                              "commissioning.contract.014",
                                              "register row 0: [commissioning.money.005] £100000000000000000"));
  EXPECT_TRUE(fails_with<std::overflow_error>([&] { (void)money_column_from_pounds(std::span(bad).subspan(3)); },
                                              "commissioning.contract.014",
                                              "register row 0: [commissioning.money.005] 1e+21 does not fit in 64-bit pence"));
  const std::vector<std::int64_t> huge{INT64_MAX};
  EXPECT_TRUE(fails_with<std::overflow_error>([&] { (void)money_column_from_pounds(huge); }, "commissioning.contract.014",
                                              "register row 0: [commissioning.money.005] £9223372036854775807 does not fit"));
}

}  // namespace
