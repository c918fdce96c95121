// envelope: the money available to a service year by year, the commitments set against it,
// and the headroom or shortfall that results. A breach is a result the budget holder reads,
// never an exception.
#include <commissioning/budget/envelope.hpp>

#include <gtest/gtest.h>

#include "fails_with.hpp"

#include <chrono>
#include <cstdint>
#include <limits>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace {

using namespace commissioning;

money pounds(std::string_view text) { return money::parse(text); }
date on(std::string_view text) { return parse_date(text); }
period between(std::string_view first, std::string_view last) { return {on(first), on(last)}; }
financial_year fy(std::string_view label) { return financial_year::parse(label); }

std::vector<money> parse_all(std::initializer_list<std::string_view> texts) {
  std::vector<money> values;
  for (const auto text : texts) values.push_back(pounds(text));
  return values;
}

std::vector<money> available_each_year(const envelope& e) {
  std::vector<money> values;
  for (const financial_year& year : e.years()) values.push_back(e.available(year));
  return values;
}

std::vector<std::string> labels(const std::vector<financial_year>& years) {
  std::vector<std::string> names;
  for (const financial_year& year : years) names.push_back(year.label());
  return names;
}

std::map<int, money> by_start_year(std::initializer_list<std::pair<int, std::string_view>> amounts) {
  std::map<int, money> result;
  for (const auto& [year, text] : amounts) result[year] = pounds(text);
  return result;
}

std::vector<std::string> line_names(const breach& over) {
  std::vector<std::string> names;
  for (const breach_line& line : over.lines) names.push_back(line.name);
  return names;
}

std::vector<money> line_amounts(const breach& over) {
  std::vector<money> values;
  for (const breach_line& line : over.lines) values.push_back(line.amount);
  return values;
}

// Seed 001: "implementation from 1 April 2018, with a maximum service value of £65k per annum".
// The decision gives no end; three financial years are enough to see the pattern.
envelope seed_one_cap() {
  return envelope::flat("Young carers (in-house)", pounds("£65,000"), fy("2018-19"), fy("2020-21"));
}

commitment in_house_team(std::string_view per_year) {
  return commitment::annual("In-house team", "Herefordshire Council", pounds(per_year),
                            between("1 April 2018", "31 March 2021"));
}

// Seed 004: "Kent County Councils Young Carers Contract commenced on the 1 May 2016 for a term
// of three years with the provision to further extend on a one year plus one year basis";
// "The total annual value of the contract is £325,484."
contract kent_as_awarded() {
  return contract("Kent Young Carers", "Imago", on("1 May 2016"), term::parse("3+1+1"),
                  price::annual(pounds("£325,484")));
}

// ---------------------------------------------------------------- envelopes

TEST(EnvelopeTest, FlatGivesTheSameAmountEveryYear) {
  const envelope cap = seed_one_cap();
  EXPECT_EQ(cap.name(), "Young carers (in-house)");
  EXPECT_EQ(cap.start_month(), april);
  EXPECT_EQ(cap.first_year(), fy("2018-19"));
  EXPECT_EQ(cap.last_year(), fy("2020-21"));
  EXPECT_EQ(labels(cap.years()), (std::vector<std::string>{"2018-19", "2019-20", "2020-21"}));
  EXPECT_EQ(available_each_year(cap), parse_all({"£65,000", "£65,000", "£65,000"}));
  EXPECT_EQ(cap.total(), pounds("£195,000"));  // 3 x £65,000
  EXPECT_FALSE(cap.cap().has_value());         // flat is not the same as capped
}

TEST(EnvelopeTest, HasNothingAvailableOutsideItsYears) {
  const envelope cap = seed_one_cap();
  EXPECT_EQ(cap.available(fy("2017-18")), money{});
  EXPECT_EQ(cap.available(fy("2021-22")), money{});
  EXPECT_EQ(cap.available(fy("2030-31")), money{});
}

TEST(EnvelopeTest, PerYearTakesTheYearsInAnyOrderAndFillsAGapWithNothing) {
  // 2021-22 and 2023-24 given, 2022-23 not: the envelope runs 2021-22 to 2023-24 and has £0
  // in the year between.
  const envelope e = envelope::per_year("Early help", {{fy("2023-24"), pounds("£1,900,000")},
                                                       {fy("2021-22"), pounds("£1,924,295.28")}});
  EXPECT_EQ(labels(e.years()), (std::vector<std::string>{"2021-22", "2022-23", "2023-24"}));
  EXPECT_EQ(available_each_year(e), parse_all({"£1,924,295.28", "£0", "£1,900,000"}));
  EXPECT_EQ(e.total(), pounds("£3,824,295.28"));
}

TEST(EnvelopeTest, ByYearGivesEveryYearFromTheFirstToTheLastGapsAsNothing) {
  const envelope e = envelope::per_year("Early help", {{fy("2023-24"), pounds("£1,900,000")},
                                                       {fy("2021-22"), pounds("£1,924,295.28")}});
  EXPECT_EQ(e.by_year(), (std::vector<financial_year_amount>{{fy("2021-22"), pounds("£1,924,295.28")},
                                                            {fy("2022-23"), money{}},
                                                            {fy("2023-24"), pounds("£1,900,000")}}));
  const envelope july = envelope::flat("Academic", pounds("£10"), financial_year(2022, std::chrono::July),
                                       financial_year(2023, std::chrono::July));
  EXPECT_EQ(july.by_year().back().year, financial_year(2023, std::chrono::July));
}

TEST(EnvelopeTest, UpliftRoundsEachYearBeforeTheNext) {
  // £100,000 uplifted by 2.5% a year, each year rounded to the penny half away from zero:
  //   2020-21 £100,000.00
  //   2021-22 £100,000.00 x 1.025 = £102,500.00
  //   2022-23 £102,500.00 x 1.025 = £105,062.50
  //   2023-24 £105,062.50 x 1.025 = £107,689.0625   -> £107,689.06
  //   2024-25 £107,689.06 x 1.025 = £110,381.2865   -> £110,381.29
  //   2025-26 £110,381.29 x 1.025 = £113,140.82225  -> £113,140.82
  //   2026-27 £113,140.82 x 1.025 = £115,969.3405   -> £115,969.34
  //   2027-28 £115,969.34 x 1.025 = £118,868.5735   -> £118,868.57
  // Compounding without the yearly rounding would give £100,000 x 1.025^7 = £118,868.5783 ->
  // £118,868.58 in the last year: the envelope follows the budget book, a penny lower.
  const envelope e = envelope::uplifted("Uplifted", pounds("£100,000"), rate::parse("2.5%"), fy("2020-21"),
                                        fy("2027-28"));
  EXPECT_EQ(available_each_year(e), parse_all({"£100,000.00", "£102,500.00", "£105,062.50", "£107,689.06",
                                               "£110,381.29", "£113,140.82", "£115,969.34", "£118,868.57"}));
  rate compounded(1);
  for (int year = 0; year < 7; ++year) compounded = compounded * rate::parse("1.025");
  EXPECT_EQ(pounds("£100,000").multiply(compounded), pounds("£118,868.58"));
}

TEST(EnvelopeTest, UpliftOfSeedOnesCapDiffersFromCompoundingInTheFourthYear) {
  // £65,000 at 2.5%: £66,625.00; £66,625 x 1.025 = £68,290.625 -> £68,290.63;
  // £68,290.63 x 1.025 = £69,997.89575 -> £69,997.90 (compounded exactly: £69,997.890625 -> .89).
  const envelope e = envelope::uplifted("Young carers", pounds("£65,000"), rate::parse("2.5%"), fy("2018-19"),
                                        fy("2021-22"));
  EXPECT_EQ(available_each_year(e), parse_all({"£65,000", "£66,625", "£68,290.63", "£69,997.90"}));
}

TEST(EnvelopeTest, UpliftNamesItsRounding) {
  // £100.20 x 1.025 = £102.705: half away from zero gives £102.71, half even £102.70.
  const envelope away = envelope::uplifted("e", pounds("£100.20"), rate::parse("2.5%"), fy("2020-21"), fy("2021-22"));
  const envelope even = envelope::uplifted("e", pounds("£100.20"), rate::parse("2.5%"), fy("2020-21"), fy("2021-22"),
                                           rounding::half_even);
  EXPECT_EQ(away.available(fy("2021-22")), pounds("£102.71"));
  EXPECT_EQ(even.available(fy("2021-22")), pounds("£102.70"));
}

TEST(EnvelopeTest, UpliftIsNeverComputedBeyondTheLastYear) {
  // One year of an amount that could not be doubled in 64-bit pence: nothing is doubled, so
  // nothing overflows.
  const money large = money::from_pence(std::numeric_limits<std::int64_t>::max() / 2 + 1);
  const envelope e = envelope::uplifted("e", large, rate::parse("100%"), fy("2020-21"), fy("2020-21"));
  EXPECT_EQ(e.available(fy("2020-21")), large);
  // Asked for a second year, the overflow is reported, never wrapped.
  EXPECT_TRUE(fails_with<std::overflow_error>(
      [&] { (void)envelope::uplifted("e", large, rate::parse("100%"), fy("2020-21"), fy("2021-22")); },
      "commissioning.money.005", "does not fit in 64-bit pence"));
}

TEST(EnvelopeTest, CapHoldsEveryYearToTheMaximum) {
  // £63,000 uplifted by 3%: £63,000; £64,890; £66,836.70. Seed 001's "maximum service value
  // of £65k per annum" holds the third year at £65,000.
  const envelope uplifted =
      envelope::uplifted("Young carers", pounds("£63,000"), rate::parse("3%"), fy("2018-19"), fy("2020-21"));
  EXPECT_EQ(available_each_year(uplifted), parse_all({"£63,000", "£64,890", "£66,836.70"}));
  const envelope capped = uplifted.capped_at(pounds("£65,000"));  // "£65k"
  EXPECT_EQ(available_each_year(capped), parse_all({"£63,000", "£64,890", "£65,000"}));
  EXPECT_EQ(capped.cap(), pounds("£65,000"));
  EXPECT_EQ(capped.total(), pounds("£192,890"));
  EXPECT_EQ(capped.name(), uplifted.name());
  // The original is unchanged.
  EXPECT_EQ(uplifted.available(fy("2020-21")), pounds("£66,836.70"));
  EXPECT_FALSE(uplifted.cap().has_value());
}

TEST(EnvelopeTest, ALaterHigherCapDoesNotLiftTheEarlierOne) {
  // Capped at £60,000 and then at £65,000: no year exceeds £60,000, so the cap in force is £60,000.
  const envelope twice = seed_one_cap().capped_at(pounds("£60,000")).capped_at(pounds("£65,000"));
  EXPECT_EQ(available_each_year(twice), parse_all({"£60,000", "£60,000", "£60,000"}));
  EXPECT_EQ(twice.cap(), pounds("£60,000"));
  const envelope lowered = seed_one_cap().capped_at(pounds("£65,000")).capped_at(pounds("£60,000"));
  EXPECT_EQ(lowered.cap(), pounds("£60,000"));
}

TEST(EnvelopeTest, CapAtZeroLeavesNothing) {
  const envelope none = seed_one_cap().capped_at(money{});
  EXPECT_EQ(available_each_year(none), parse_all({"£0", "£0", "£0"}));
  EXPECT_EQ(none.total(), money{});
}

TEST(EnvelopeTest, FollowsTheBodysOwnYearStart) {
  const envelope july = envelope::flat("July body", pounds("£1,000"), financial_year(2021, std::chrono::July),
                                       financial_year(2022, std::chrono::July));
  EXPECT_EQ(july.start_month(), std::chrono::July);
  EXPECT_EQ(july.available(financial_year(2022, std::chrono::July)), pounds("£1,000"));
  EXPECT_EQ(july.years().front(), financial_year(2021, std::chrono::July));
}

TEST(EnvelopeTest, RefusesAYearThatStartsInAnotherMonth) {
  // The year from 1 July 2018 overlaps nine months of 2018-19 and three of 2019-20: neither
  // 2018-19's budget nor £0 would be the money available in it.
  EXPECT_TRUE(fails_with<std::invalid_argument>(
      [] { (void)seed_one_cap().available(financial_year(2018, std::chrono::July)); },
      "commissioning.financial_year.004", "cannot compare financial years that start in different months (2018-19 "
                                          "starting in month 7, the envelope 'Young carers (in-house)' in month 4)"));
}

TEST(EnvelopeTest, PerYearRefusesAYearOutsideTheStartMonthGiven) {
  EXPECT_EQ(envelope::per_year("e", {{fy("2021-22"), pounds("£1")}}, std::chrono::April).start_month(), std::chrono::April);
  EXPECT_TRUE(fails_with<std::invalid_argument>(
      [] { (void)envelope::per_year("e", {{fy("2021-22"), pounds("£1")}}, std::chrono::July); },
      "commissioning.financial_year.004", "(2021-22 starting in month 4, start_month in month 7)"));
}

TEST(EnvelopeTest, RefusesAnEnvelopeWithoutYearsOrWithAYearTwice) {
  EXPECT_TRUE(fails_with<std::invalid_argument>([] { (void)envelope::per_year("e", {}); },
                                                "commissioning.envelope.001", "at least one year"));
  // docs/errors.md: "the envelope gives 2021-22 twice".
  EXPECT_TRUE(fails_with<std::invalid_argument>(
      [] {
        (void)envelope::per_year("e", {{fy("2021-22"), pounds("£1")}, {fy("2021-22"), pounds("£2")}});
      },
      "commissioning.envelope.001", "the envelope gives 2021-22 twice"));
  EXPECT_TRUE(fails_with<std::invalid_argument>(
      [] {
        (void)envelope::per_year("e", {{fy("2021-22"), pounds("£1")},
                                       {financial_year(2022, std::chrono::January), pounds("£2")}});
      },
      "commissioning.envelope.001", "start in the same month"));
}

TEST(EnvelopeTest, RefusesANegativeBudgetOrCap) {
  // docs/errors.md: "a cap cannot be negative, got -£1.00".
  EXPECT_TRUE(fails_with<std::invalid_argument>([] { (void)seed_one_cap().capped_at(pounds("-£1")); },
                                                "commissioning.envelope.002", "a cap cannot be negative, got -£1.00"));
  EXPECT_TRUE(fails_with<std::invalid_argument>(
      [] { (void)envelope::flat("e", pounds("-£65,000"), fy("2018-19"), fy("2020-21")); },
      "commissioning.envelope.002", "the budget for 2018-19 cannot be negative, got -£65,000.00"));
  EXPECT_TRUE(fails_with<std::invalid_argument>(
      [] {
        (void)envelope::per_year("e", {{fy("2021-22"), pounds("£1")}, {fy("2022-23"), pounds("-£0.01")}});
      },
      "commissioning.envelope.002", "2022-23 cannot be negative, got -£0.01"));
  // An uplift below -100% would turn the second year negative.
  EXPECT_TRUE(fails_with<std::invalid_argument>(
      [] { (void)envelope::uplifted("e", pounds("£100"), rate::parse("-150%"), fy("2020-21"), fy("2021-22")); },
      "commissioning.envelope.002", "the budget for 2021-22 cannot be negative, got -£50.00"));
}

TEST(EnvelopeTest, RefusesYearsThatRunBackwards) {
  EXPECT_TRUE(fails_with<std::invalid_argument>(
      [] { (void)envelope::flat("e", pounds("£1"), fy("2021-22"), fy("2020-21")); },
      "commissioning.financial_year.005", "the range 2021-22 to 2020-21 runs backwards"));
}

// ---------------------------------------------------------------- commitments

TEST(CommitmentTest, OfAContractIsItsFinancialYearProfile) {
  // Seed 004's base term, 1 May 2016 to 30 April 2019 at £325,484 a year. Each contract year
  // falls 11 months in one financial year and 1 month in the next:
  //   32,548,400p x 11/12 = 29,836,033.33p -> £298,360.33;  x 1/12 = 2,712,366.67p -> £27,123.67
  //   2016-17 £298,360.33;  2017-18 and 2018-19 £27,123.67 + £298,360.33 = £325,484.00;
  //   2019-20 £27,123.67.  Total £976,452 = 3 x £325,484.
  const contract kent = kent_as_awarded();
  const commitment line = commitment::of(kent);
  EXPECT_EQ(line.name, "Kent Young Carers");
  EXPECT_EQ(line.provider, "Imago");
  EXPECT_EQ(line.by_year, by_start_year({{2016, "£298,360.33"}, {2017, "£325,484"}, {2018, "£325,484"},
                                         {2019, "£27,123.67"}}));
  std::map<int, money> profile;
  for (const financial_year_amount& year : kent.profile().years) profile[year.year.start_year()] = year.amount;
  EXPECT_EQ(line.by_year, profile);
  EXPECT_EQ(line.in(fy("2017-18")), pounds("£325,484"));
  EXPECT_EQ(line.in(fy("2015-16")), money{});
  EXPECT_EQ(line.in(fy("2020-21")), money{});
}

TEST(CommitmentTest, OfAContractFollowsItsScopeAndItsOptions) {
  // As awarded with both options (the maximum): five contract years, 2016-17 to 2021-22.
  contract kent = kent_as_awarded();
  EXPECT_EQ(commitment::of(kent, contract_scope::maximum).by_year,
            by_start_year({{2016, "£298,360.33"}, {2017, "£325,484"}, {2018, "£325,484"}, {2019, "£325,484"},
                           {2020, "£325,484"}, {2021, "£27,123.67"}}));
  // Seed 004: both options taken and a further year by modification, to 30 April 2022.
  kent.exercise(1);
  kent.exercise(2);
  kent.modify({.ground = modification_ground::pcr_72_1_c, .months = 12});
  std::map<int, money> profile;
  for (const financial_year_amount& year : kent.profile().years) profile[year.year.start_year()] = year.amount;
  EXPECT_EQ(commitment::of(kent).by_year, profile);
  EXPECT_EQ(commitment::of(kent).by_year.rbegin()->first, 2022);  // April 2022 falls in 2022-23
  money total;
  for (const auto& [year, amount] : commitment::of(kent).by_year) total += amount;
  EXPECT_EQ(total, pounds("£1,952,904"));  // 6 x £325,484
}

TEST(CommitmentTest, OfAContractUsesTheBodysYearStart) {
  // With years starting in January, the base term's three contract years fall in 2016 (8 months,
  // May to December), 2017, 2018 (12 each) and 2019 (4 months, January to April):
  //   32,548,400p x 8/12 = 21,698,933.33p -> £216,989.33;  x 4/12 = 10,849,466.67p -> £108,494.67
  const commitment line = commitment::of(kent_as_awarded(), contract_scope::current, std::chrono::January);
  EXPECT_EQ(line.by_year, by_start_year({{2016, "£216,989.33"}, {2017, "£325,484"}, {2018, "£325,484"},
                                         {2019, "£108,494.67"}}));
}

TEST(CommitmentTest, PerYearHoldsTheAmountsGivenInTheirYears) {
  const commitment grant = commitment::per_year("Grant", "Carers Trust",
                                                {{fy("2021-22"), pounds("£1,000")}, {fy("2022-23"), pounds("£1,200")}});
  EXPECT_EQ(grant.start_month, std::chrono::April);
  EXPECT_EQ(grant.by_year, by_start_year({{2021, "£1,000"}, {2022, "£1,200"}}));
  EXPECT_EQ(grant.total(), pounds("£2,200"));
  EXPECT_EQ(labels(grant.years()), (std::vector<std::string>{"2021-22", "2022-23"}));
  // The years' own start month, or the one given; April for a commitment of no years.
  const commitment calendar = commitment::per_year("Grant", "p", {{financial_year(2021, std::chrono::January), pounds("£5")}});
  EXPECT_EQ(calendar.start_month, std::chrono::January);
  EXPECT_EQ(calendar.in(financial_year(2021, std::chrono::January)), pounds("£5"));
  EXPECT_EQ(commitment::per_year("None", "p", {}).start_month, std::chrono::April);
  EXPECT_EQ(commitment::per_year("None", "p", {}, std::chrono::July).start_month, std::chrono::July);
}

TEST(CommitmentTest, AmountsAreItsYearsInOrderInItsStartMonth) {
  const commitment grant = commitment::per_year("Grant", "Carers Trust",
                                                {{fy("2022-23"), pounds("£1,200")}, {fy("2021-22"), pounds("£1,000")}});
  EXPECT_EQ(grant.amounts(), (std::vector<financial_year_amount>{{fy("2021-22"), pounds("£1,000")},
                                                                {fy("2022-23"), pounds("£1,200")}}));
  const commitment calendar =
      commitment::per_year("Grant", "p", {{financial_year(2021, std::chrono::January), pounds("£5")}});
  EXPECT_EQ(calendar.amounts(),
            (std::vector<financial_year_amount>{{financial_year(2021, std::chrono::January), pounds("£5")}}));
  EXPECT_TRUE(commitment::per_year("None", "p", {}).amounts().empty());
}

TEST(CommitmentTest, PerYearRefusesAYearTwiceMixedMonthsAndNegativeAmounts) {
  EXPECT_TRUE(fails_with<std::invalid_argument>(
      [] { (void)commitment::per_year("Twice", "p", {{fy("2021-22"), pounds("£1")}, {fy("2021-22"), pounds("£1")}}); },
      "commissioning.envelope.001", "the commitment 'Twice' gives 2021-22 twice"));
  EXPECT_TRUE(fails_with<std::invalid_argument>(
      [] {
        (void)commitment::per_year("Months", "p",
                                   {{fy("2021-22"), pounds("£1")}, {financial_year(2022, std::chrono::July), pounds("£1")}});
      },
      "commissioning.envelope.001", "the years of a commitment must start in the same month"));
  EXPECT_TRUE(fails_with<std::invalid_argument>(
      [] { (void)commitment::per_year("Negative", "p", {{fy("2021-22"), pounds("-£1")}}); },
      "commissioning.envelope.002", "the commitment 'Negative' in 2021-22 cannot be negative, got -£1.00"));
  EXPECT_TRUE(fails_with<std::invalid_argument>(
      [] { (void)commitment::per_year("Given", "p", {{fy("2021-22"), pounds("£1")}}, std::chrono::January); },
      "commissioning.financial_year.004",
      "cannot compare financial years that start in different months (2021-22 starting in month 4, start_month in "
      "month 1)"));
}

TEST(CommitmentTest, RefusesAYearThatStartsInAnotherMonth) {
  // A year from 1 January overlaps two April years: it is refused, never matched by start year.
  EXPECT_TRUE(fails_with<std::invalid_argument>(
      [] { (void)in_house_team("£65,000").in(financial_year(2019, std::chrono::January)); },
      "commissioning.financial_year.004",
      "(2019 starting in month 1, the commitment 'In-house team' in month 4)"));
}

TEST(CommitmentTest, AnnualCostOverWholeYears) {
  // Seed 001: £65,000 a year from 1 April 2018, three whole financial years.
  const commitment team = in_house_team("£65,000");
  EXPECT_EQ(team.name, "In-house team");
  EXPECT_EQ(team.provider, "Herefordshire Council");
  EXPECT_EQ(team.by_year, by_start_year({{2018, "£65,000"}, {2019, "£65,000"}, {2020, "£65,000"}}));
}

TEST(CommitmentTest, AnnualCostFromFirstOctoberIsHalfAYear) {
  // 1 October 2018 to 31 March 2019 is six whole months of twelve: £65,000 / 2 = £32,500.
  const commitment team = commitment::annual("In-house team", "Herefordshire Council", pounds("£65,000"),
                                             between("1 October 2018", "31 March 2020"));
  EXPECT_EQ(team.by_year, by_start_year({{2018, "£32,500"}, {2019, "£65,000"}}));
}

TEST(CommitmentTest, AnnualCostFromMidMonthCountsThePartMonthByItsDays) {
  // From 15 May 2018: 17 of May's 31 days, then June to March (10 months):
  //   (10 + 17/31) / 12 = 327/372 of a year;  6,500,000p x 327/372 = 5,713,709.68p -> £57,137.10.
  // To 14 May 2019: April (1 month) and 14 of May's 31 days: (1 + 14/31) / 12 = 45/372;
  //   6,500,000p x 45/372 = 786,290.32p -> £7,862.90.  (327 + 45 = 372: a whole year, £65,000.)
  const commitment team = commitment::annual("In-house team", "Herefordshire Council", pounds("£65,000"),
                                             between("15 May 2018", "14 May 2019"));
  EXPECT_EQ(team.by_year, by_start_year({{2018, "£57,137.10"}, {2019, "£7,862.90"}}));
}

TEST(CommitmentTest, AnnualCostWithinOneMonth) {
  // 1 to 15 February 2019 (a 28-day month): 15/28 of a month, 15/336 of a year;
  //   6,500,000p x 15/336 = 290,178.57p -> £2,901.79.
  const commitment team = commitment::annual("Locum", "Agency", pounds("£65,000"),
                                             between("1 February 2019", "15 February 2019"));
  EXPECT_EQ(team.by_year, by_start_year({{2018, "£2,901.79"}}));
}

TEST(CommitmentTest, RefusesANegativeAnnualCost) {
  EXPECT_TRUE(fails_with<std::invalid_argument>([] { (void)in_house_team("-£65,000"); },
                                                "commissioning.envelope.002",
                                                "the annual cost of 'In-house team' cannot be negative, got -£65,000.00"));
}

// ---------------------------------------------------------------- assessing

TEST(AssessTest, SeedOneWithinTheCapHasNoHeadroomAndNoBreach) {
  // £65,000 a year against "a maximum service value of £65k per annum": exactly at the cap.
  const envelope_position position = assess(seed_one_cap(), {in_house_team("£65,000")});
  EXPECT_EQ(position.envelope_name, "Young carers (in-house)");
  ASSERT_EQ(position.years.size(), 3U);
  for (const year_position& year : position.years) {
    EXPECT_EQ(year.available, pounds("£65,000")) << year.year;
    EXPECT_EQ(year.committed, pounds("£65,000")) << year.year;
    EXPECT_EQ(year.headroom, money{}) << year.year;
    EXPECT_EQ(year.cumulative_headroom, money{}) << year.year;
  }
  EXPECT_EQ(position.years[0].year, fy("2018-19"));
  EXPECT_EQ(position.years[2].year, fy("2020-21"));
  EXPECT_TRUE(position.breaches.empty());
}

TEST(AssessTest, SeedOneOverTheCapBreachesByThreeThousandEachYear) {
  // £68,000 - £65,000 = £3,000 over in each year; cumulatively -£3,000, -£6,000, -£9,000.
  const envelope_position position = assess(seed_one_cap(), {in_house_team("£68,000")});
  ASSERT_EQ(position.years.size(), 3U);
  const std::vector<money> cumulative = parse_all({"-£3,000", "-£6,000", "-£9,000"});
  for (std::size_t i = 0; i < 3; ++i) {
    EXPECT_EQ(position.years[i].committed, pounds("£68,000"));
    EXPECT_EQ(position.years[i].headroom, pounds("-£3,000"));
    EXPECT_EQ(position.years[i].cumulative_headroom, cumulative[i]);
  }
  ASSERT_EQ(position.breaches.size(), 3U);
  const std::vector<std::string> years = {"2018-19", "2019-20", "2020-21"};
  for (std::size_t i = 0; i < 3; ++i) {
    const breach& over = position.breaches[i];
    EXPECT_EQ(over.year.label(), years[i]);
    EXPECT_EQ(over.shortfall, pounds("£3,000.00"));
    ASSERT_EQ(over.lines.size(), 1U);
    EXPECT_EQ(over.lines[0].name, "In-house team");
    EXPECT_EQ(over.lines[0].provider, "Herefordshire Council");
    EXPECT_EQ(over.lines[0].amount, pounds("£68,000"));
  }
}

TEST(AssessTest, TotalsAddUpTheYearsAndTheBreaches) {
  // Seed 001 over the cap: £195,000 available, £204,000 committed, £9,000 short in all.
  const envelope_position over = assess(seed_one_cap(), {in_house_team("£68,000")});
  EXPECT_FALSE(over.ok());
  EXPECT_EQ(over.total_available(), pounds("£195,000"));
  EXPECT_EQ(over.total_committed(), pounds("£204,000"));
  EXPECT_EQ(over.total_headroom(), pounds("-£9,000"));
  EXPECT_EQ(over.total_headroom(), over.years.back().cumulative_headroom);
  EXPECT_EQ(over.total_shortfall(), pounds("£9,000"));
  // Within it: £15,000 of headroom, no shortfall.
  const envelope_position within = assess(seed_one_cap(), {in_house_team("£60,000")});
  EXPECT_TRUE(within.ok());
  EXPECT_EQ(within.total_committed(), pounds("£180,000"));
  EXPECT_EQ(within.total_headroom(), pounds("£15,000"));
  EXPECT_EQ(within.total_shortfall(), money{});
}

TEST(AssessTest, ListsTheLinesOfEachBreachLargestFirst) {
  // Against £65,000 a year: an in-house team at £60,000 a year, and a 1+1 sessional contract
  // at £12,000 a year from 1 October 2018 (to 30 September 2020), given first.
  //   contract: 2018-19 six months £6,000; 2019-20 £6,000 + £6,000 = £12,000; 2020-21 £6,000.
  //   committed:  £66,000,  £72,000,  £66,000
  //   headroom:   -£1,000,  -£7,000,  -£1,000;  cumulative -£1,000, -£8,000, -£9,000.
  contract sessional("Sessional support", "Carers Trust", on("1 October 2018"), term::parse("1+1"),
                     price::annual(pounds("£12,000")));
  sessional.exercise(1);
  const commitment team = commitment::annual("In-house team", "Herefordshire Council", pounds("£60,000"),
                                             between("1 April 2018", "31 March 2021"));
  const envelope_position position = assess(seed_one_cap(), {commitment::of(sessional), team});
  ASSERT_EQ(position.years.size(), 3U);
  EXPECT_EQ(position.years[0].committed, pounds("£66,000"));
  EXPECT_EQ(position.years[1].committed, pounds("£72,000"));
  EXPECT_EQ(position.years[2].committed, pounds("£66,000"));
  EXPECT_EQ(position.years[1].headroom, pounds("-£7,000"));
  EXPECT_EQ(position.years[2].cumulative_headroom, pounds("-£9,000"));
  ASSERT_EQ(position.breaches.size(), 3U);
  EXPECT_EQ(position.breaches[1].year, fy("2019-20"));
  EXPECT_EQ(position.breaches[1].shortfall, pounds("£7,000"));
  for (const breach& over : position.breaches)
    EXPECT_EQ(line_names(over), (std::vector<std::string>{"In-house team", "Sessional support"})) << over.year;
  EXPECT_EQ(line_amounts(position.breaches[1]), parse_all({"£60,000", "£12,000"}));
  EXPECT_EQ(position.breaches[1].lines[1].provider, "Carers Trust");
}

TEST(AssessTest, KeepsTheGivenOrderOfLinesOfEqualAmount) {
  const envelope budget = envelope::flat("e", pounds("£100"), fy("2020-21"), fy("2020-21"));
  const period year = fy("2020-21").as_period();
  const envelope_position position =
      assess(budget, {commitment::annual("b", "p", pounds("£60"), year), commitment::annual("a", "p", pounds("£60"), year),
                      commitment::annual("c", "p", pounds("£70"), year)});
  ASSERT_EQ(position.breaches.size(), 1U);
  EXPECT_EQ(position.breaches[0].shortfall, pounds("£90"));  // £190 - £100
  EXPECT_EQ(line_names(position.breaches[0]), (std::vector<std::string>{"c", "b", "a"}));
}

TEST(AssessTest, LeavesOutLinesThatCommitNothingThatYear) {
  // A line ending on 31 March 2019 commits nothing in 2019-20 and is not named in its breach.
  const commitment ending = commitment::annual("Ending", "p", pounds("£10,000"), between("1 April 2018", "31 March 2019"));
  const envelope_position position = assess(seed_one_cap(), {ending, in_house_team("£68,000")});
  ASSERT_EQ(position.breaches.size(), 3U);
  EXPECT_EQ(position.breaches[0].shortfall, pounds("£13,000"));  // £78,000 - £65,000
  EXPECT_EQ(line_names(position.breaches[0]), (std::vector<std::string>{"In-house team", "Ending"}));
  EXPECT_EQ(line_names(position.breaches[1]), (std::vector<std::string>{"In-house team"}));
}

TEST(AssessTest, CoversYearsTheCommitmentsReachBeyondTheEnvelope) {
  // A line from 1 October 2017 to 30 September 2021 at £60,000 a year: 2017-18 and 2021-22
  // (six months each, £30,000) lie outside the envelope, where nothing is available.
  //   2017-18: 0 - 30,000 = -30,000;  2018-19 to 2020-21: +5,000 each;  2021-22: -30,000.
  //   cumulative: -30,000, -25,000, -20,000, -15,000, -45,000.
  const commitment line = commitment::annual("Team", "p", pounds("£60,000"),
                                             between("1 October 2017", "30 September 2021"));
  const envelope_position position = assess(seed_one_cap(), {line});
  ASSERT_EQ(position.years.size(), 5U);
  EXPECT_EQ(position.years.front().year, fy("2017-18"));
  EXPECT_EQ(position.years.back().year, fy("2021-22"));
  std::vector<money> available, headroom, cumulative;
  for (const year_position& year : position.years) {
    available.push_back(year.available);
    headroom.push_back(year.headroom);
    cumulative.push_back(year.cumulative_headroom);
  }
  EXPECT_EQ(available, parse_all({"£0", "£65,000", "£65,000", "£65,000", "£0"}));
  EXPECT_EQ(headroom, parse_all({"-£30,000", "£5,000", "£5,000", "£5,000", "-£30,000"}));
  EXPECT_EQ(cumulative, parse_all({"-£30,000", "-£25,000", "-£20,000", "-£15,000", "-£45,000"}));
  ASSERT_EQ(position.breaches.size(), 2U);
  EXPECT_EQ(position.breaches[0].year, fy("2017-18"));
  EXPECT_EQ(position.breaches[0].shortfall, pounds("£30,000"));
  EXPECT_EQ(position.breaches[1].year, fy("2021-22"));
}

TEST(AssessTest, WithoutCommitmentsTheWholeEnvelopeIsHeadroom) {
  const envelope_position position = assess(seed_one_cap(), {});
  ASSERT_EQ(position.years.size(), 3U);
  EXPECT_EQ(position.years[0].committed, money{});
  EXPECT_EQ(position.years[0].headroom, pounds("£65,000"));
  EXPECT_EQ(position.years[2].cumulative_headroom, pounds("£195,000"));
  EXPECT_TRUE(position.breaches.empty());
}

TEST(AssessTest, ACappedEnvelopeBreachesWhereTheUncappedOneDidNot) {
  // £63,000 uplifted by 3% (£63,000, £64,890, £66,836.70) against a team costing £66,000 a
  // year: uncapped, 2018-19 and 2019-20 are over (by £3,000 and £1,110) and 2020-21 has £836.70
  // of headroom; capped at £65,000 the third year is over by £1,000 too.
  const envelope uplifted =
      envelope::uplifted("Young carers", pounds("£63,000"), rate::parse("3%"), fy("2018-19"), fy("2020-21"));
  const commitment team = in_house_team("£66,000");
  const envelope_position free = assess(uplifted, {team});
  ASSERT_EQ(free.breaches.size(), 2U);
  EXPECT_EQ(free.breaches[0].shortfall, pounds("£3,000"));
  EXPECT_EQ(free.breaches[1].shortfall, pounds("£1,110"));
  EXPECT_EQ(free.years[2].headroom, pounds("£836.70"));
  const envelope_position capped = assess(uplifted.capped_at(pounds("£65,000")), {team});
  ASSERT_EQ(capped.breaches.size(), 3U);
  EXPECT_EQ(capped.breaches[2].shortfall, pounds("£1,000"));
  EXPECT_EQ(capped.years[2].cumulative_headroom, pounds("-£5,110"));  // -3,000 - 1,110 - 1,000
}

// ---------------------------------------------------------------- years that do not start in April

// A body whose financial years are calendar years: £300,000 a year, 2016 to 2019.
envelope calendar_years(money per_year) {
  return envelope::flat("Calendar-year body", per_year, financial_year(2016, std::chrono::January),
                        financial_year(2019, std::chrono::January));
}

std::vector<money> committed_each_year(const envelope_position& position) {
  std::vector<money> values;
  for (const year_position& year : position.years) values.push_back(year.committed);
  return values;
}

std::vector<money> headroom_each_year(const envelope_position& position) {
  std::vector<money> values;
  for (const year_position& year : position.years) values.push_back(year.headroom);
  return values;
}

TEST(AssessTest, AContractAgainstAnEnvelopeOfCalendarYears) {
  // Seed 004's base term in calendar years (see OfAContractUsesTheBodysYearStart):
  //   2016 £216,989.33;  2017 and 2018 £325,484;  2019 £108,494.67.
  // Against £300,000 a year: headroom £83,010.67, -£25,484, -£25,484, £191,505.33.
  const envelope_position position = assess(
      calendar_years(pounds("£300,000")), {commitment::of(kent_as_awarded(), contract_scope::current, std::chrono::January)});
  EXPECT_EQ(labels(std::vector<financial_year>{position.years.front().year, position.years.back().year}),
            (std::vector<std::string>{"2016", "2019"}));
  EXPECT_EQ(committed_each_year(position), parse_all({"£216,989.33", "£325,484", "£325,484", "£108,494.67"}));
  EXPECT_EQ(headroom_each_year(position), parse_all({"£83,010.67", "-£25,484", "-£25,484", "£191,505.33"}));
  EXPECT_EQ(position.years.back().cumulative_headroom, pounds("£223,548"));  // £1,200,000 - £976,452
  ASSERT_EQ(position.breaches.size(), 2U);
  EXPECT_EQ(position.breaches[0].year, financial_year(2017, std::chrono::January));
  EXPECT_EQ(position.breaches[0].shortfall, pounds("£25,484"));
}

TEST(AssessTest, AnAnnualCostAgainstAnEnvelopeOfCalendarYears) {
  // £12,000 a year from 1 April 2018 to 31 March 2021 in calendar years: 2018 April to
  // December, 9/12 = £9,000; 2019 and 2020 £12,000; 2021 January to March, 3/12 = £3,000.
  // Against £10,000 a year, 2018 to 2021: headroom £1,000, -£2,000, -£2,000, £7,000.
  const envelope budget = envelope::flat("Calendar-year body", pounds("£10,000"),
                                         financial_year(2018, std::chrono::January),
                                         financial_year(2021, std::chrono::January));
  const commitment team = commitment::annual("Team", "p", pounds("£12,000"), between("1 April 2018", "31 March 2021"),
                                             std::chrono::January);
  const envelope_position position = assess(budget, {team});
  EXPECT_EQ(committed_each_year(position), parse_all({"£9,000", "£12,000", "£12,000", "£3,000"}));
  EXPECT_EQ(headroom_each_year(position), parse_all({"£1,000", "-£2,000", "-£2,000", "£7,000"}));
  ASSERT_EQ(position.breaches.size(), 2U);
  EXPECT_EQ(position.breaches[1].year.label(), "2020");
}

TEST(AssessTest, AmountsPerYearAgainstAnEnvelopeOfCalendarYears) {
  // £250,000 in 2017 and £350,000 in 2018 against £300,000 a year: headroom £300,000, £50,000,
  // -£50,000, £300,000; one breach, 2018, by £50,000.
  const commitment grant = commitment::per_year(
      "Grant", "p", {{financial_year(2017, std::chrono::January), pounds("£250,000")},
                     {financial_year(2018, std::chrono::January), pounds("£350,000")}});
  const envelope_position position = assess(calendar_years(pounds("£300,000")), {grant});
  EXPECT_EQ(headroom_each_year(position), parse_all({"£300,000", "£50,000", "-£50,000", "£300,000"}));
  ASSERT_EQ(position.breaches.size(), 1U);
  EXPECT_EQ(position.breaches[0].year.label(), "2018");
  EXPECT_EQ(position.breaches[0].shortfall, pounds("£50,000"));
}

TEST(AssessTest, AContractAgainstAnEnvelopeOfJulyYears) {
  // Seed 004's base term (1 May 2016 to 30 April 2019, £325,484 a year) in years from 1 July:
  // each contract year falls 2 months (May, June) in one year and 10 in the next:
  //   32,548,400p x 2/12 = 5,424,733.33p -> £54,247.33;  x 10/12 = 27,123,666.67p -> £271,236.67
  //   2015-16 £54,247.33;  2016-17 and 2017-18 £54,247.33 + £271,236.67 = £325,484;  2018-19 £271,236.67.
  // Against £300,000 a year: headroom £245,752.67, -£25,484, -£25,484, £28,763.33.
  const envelope july = envelope::flat("July body", pounds("£300,000"), financial_year(2015, std::chrono::July),
                                       financial_year(2018, std::chrono::July));
  const envelope_position position =
      assess(july, {commitment::of(kent_as_awarded(), contract_scope::current, std::chrono::July)});
  EXPECT_EQ(committed_each_year(position), parse_all({"£54,247.33", "£325,484", "£325,484", "£271,236.67"}));
  EXPECT_EQ(headroom_each_year(position), parse_all({"£245,752.67", "-£25,484", "-£25,484", "£28,763.33"}));
  ASSERT_EQ(position.breaches.size(), 2U);
}

TEST(AssessTest, RefusesACommitmentWhoseYearsStartInAnotherMonth) {
  // The same check, and the same id, as Python's (financial_year.004).
  const commitment calendar = commitment::annual("Team", "p", pounds("£12,000"), between("1 April 2018", "31 March 2021"),
                                                 std::chrono::January);
  EXPECT_TRUE(fails_with<std::invalid_argument>(
      [&] { (void)assess(seed_one_cap(), {calendar}); }, "commissioning.financial_year.004",
      "cannot compare financial years that start in different months (the commitment 'Team' in month 1, the "
      "envelope 'Young carers (in-house)' in month 4)"));
}

}  // namespace
