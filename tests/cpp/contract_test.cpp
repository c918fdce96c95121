// contract: a start, a term with extension options, a price and its indexation; options
// exercised or declined; modifications; and the money it commits, by contract year and by
// financial year, exact to the penny.
#include <commissioning/contract/contract.hpp>

#include <gtest/gtest.h>

#include "fails_with.hpp"

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdint>
#include <map>
#include <optional>
#include <random>
#include <string>
#include <string_view>
#include <vector>

namespace {

using namespace commissioning;

money pounds(std::string_view text) { return money::parse(text); }
date on(std::string_view text) { return parse_date(text); }
period between(std::string_view first, std::string_view last) { return {on(first), on(last)}; }

std::vector<money> parse_all(std::initializer_list<std::string_view> texts) {
  std::vector<money> values;
  for (const auto text : texts) values.push_back(pounds(text));
  return values;
}

std::vector<money> year_values(const std::vector<contract_year>& years) {
  std::vector<money> values;
  for (const contract_year& y : years) values.push_back(y.value);
  return values;
}

std::vector<period> year_spans(const std::vector<contract_year>& years) {
  std::vector<period> spans;
  for (const contract_year& y : years) spans.push_back(y.span);
  return spans;
}

std::vector<std::string> labels(const financial_year_profile& profile) {
  std::vector<std::string> names;
  for (const auto& year : profile.years) names.push_back(year.year.label());
  return names;
}

std::vector<money> amounts(const financial_year_profile& profile) {
  std::vector<money> values;
  for (const auto& year : profile.years) values.push_back(year.amount);
  return values;
}

// Seed 004: "Kent County Councils Young Carers Contract commenced on the 1 May 2016 for a term
// of three years with the provision to further extend on a one year plus one year basis";
// "The total annual value of the contract is £325,484."
contract kent_as_awarded() {
  return contract("Kent Young Carers", "Imago", on("1 May 2016"), term::parse("3+1+1"),
                  price::annual(pounds("£325,484")));
}

// Seed 004: both options taken, then "section 72 (1) c of the Public Contract Regulations
// 2015 ... to further extend this contract by one year to 30 April 2022".
contract kent_as_extended() {
  contract kent = kent_as_awarded();
  kent.exercise(1);
  kent.exercise(2);
  kent.modify({.ground = modification_ground::pcr_72_1_c, .months = 12,
               .description = "Covid-19: a new provider could not mobilise"});
  return kent;
}

// Seed 002: the Young Carers contract value of £325,484.88.
contract young_carers(commissioning::indexation uplift = indexation::none()) {
  return contract("Young Carers", "Imago", on("1 May 2016"), term::parse("3+1+1"), price::annual(pounds("£325,484.88")),
                  std::move(uplift));
}

// ---------------------------------------------------------------- what it is

TEST(ContractTest, RemembersWhatWasAwarded) {
  const contract kent = kent_as_awarded();
  EXPECT_EQ(kent.name(), "Kent Young Carers");
  EXPECT_EQ(kent.provider(), "Imago");
  EXPECT_EQ(kent.start(), on("1 May 2016"));
  EXPECT_EQ(kent.term(), term(36, {12, 12}));
  EXPECT_EQ(kent.price(), price::annual(pounds("£325,484")));
  EXPECT_EQ(kent.indexation(), indexation::none());
  EXPECT_EQ(kent.options(), (std::vector<extension_option>{{12, option_status::pending}, {12, option_status::pending}}));
  EXPECT_TRUE(kent.modifications().empty());
  EXPECT_EQ(kent.annual_value(), pounds("£325,484"));
}

TEST(ContractTest, RefusesIndexationOfAPriceStatedYearByYear) {
  EXPECT_TRUE(fails_with<std::invalid_argument>(
      [] {
        (void)contract("c", "p", on("1 May 2016"), term::parse("3+1+1"),
                       price::per_contract_year({pounds("£100,000"), pounds("£110,000")}),
                       indexation::fixed(rate::parse("3%")));
      },
      "commissioning.contract.008", "indexation applies to an annual price"));
}

TEST(ContractTest, RefusesATotalSpreadOverAnotherBaseTerm) {
  // A total over a 2-year base, for a 3-year base; and a total over one year for a term whose
  // base is 18 months (not whole years).
  EXPECT_TRUE(fails_with<std::invalid_argument>(
      [] {
        (void)contract("c", "p", on("1 May 2016"), term::parse("3+1+1"), price::total_over_base(pounds("£200"), 24));
      },
      "commissioning.contract.007", "a base term of 24 months, but this contract's is 36 months (3+1+1)"));
  EXPECT_TRUE(fails_with<std::invalid_argument>(
      [] {
        (void)contract("c", "p", on("1 May 2016"), term::parse("18m+6m"), price::total_over_base(pounds("£100"), 12));
      },
      "commissioning.contract.007", "18 months"));
}

TEST(ContractTest, RefusesATermBeyondTheSupportedYears) {
  EXPECT_TRUE(fails_with<std::out_of_range>(
      [] { (void)contract("c", "p", on("1 January 9990"), term::parse("5+5+5"), price::annual(pounds("£1"))); },
      "commissioning.date.003", "10005"));
}

// ---------------------------------------------------------------- dates

TEST(ContractTest, BaseTermEndsTheDayBeforeTheAnniversary) {
  // 1 May 2016 + 3 years - 1 day = 30 April 2019.
  const contract kent = kent_as_awarded();
  EXPECT_EQ(kent.base_end(), on("30 April 2019"));
  EXPECT_EQ(kent.current_end(), on("30 April 2019"));
  EXPECT_EQ(kent.end(contract_scope::base), on("30 April 2019"));
  EXPECT_EQ(kent.end(contract_scope::current), on("30 April 2019"));
  EXPECT_EQ(kent.end(contract_scope::maximum), on("30 April 2021"));
  EXPECT_EQ(kent.maximum_end(), on("30 April 2021"));
}

TEST(ContractTest, ExtensionsEndOnAnniversary) {
  contract kent = kent_as_awarded();
  kent.exercise(1);
  EXPECT_EQ(kent.options()[0].status, option_status::exercised);
  EXPECT_EQ(kent.current_end(), on("30 April 2020"));
  kent.exercise(2);
  EXPECT_EQ(kent.current_end(), on("30 April 2021"));
  EXPECT_EQ(kent.base_end(), on("30 April 2019"));
}

TEST(ContractTest, SeedFourExtendedByModificationEndsOn30April2022) {
  const contract kent = kent_as_extended();
  EXPECT_EQ(kent.base_end(), on("30 April 2019"));
  EXPECT_EQ(kent.end(contract_scope::maximum), on("30 April 2021"));  // as awarded: both options
  EXPECT_EQ(kent.current_end(), on("30 April 2022"));
  EXPECT_EQ(kent.end(contract_scope::current), on("30 April 2022"));
  EXPECT_EQ(kent.maximum_end(), on("30 April 2022"));  // nothing pending; the modification counts
}

TEST(ContractTest, SeedFourNewContractRunsToApril2025AndAtMost2027) {
  // Seed 004: the new contract from 1 May 2022, 3+1+1.
  const contract renewed("Kent Young Carers", "to be procured", on("1 May 2022"), term::parse("3+1+1"),
                         price::annual(pounds("£325,484")));
  EXPECT_EQ(renewed.base_end(), on("30 April 2025"));
  EXPECT_EQ(renewed.current_end(), on("30 April 2025"));
  EXPECT_EQ(renewed.maximum_end(), on("30 April 2027"));
  EXPECT_EQ(renewed.end(contract_scope::maximum), on("30 April 2027"));
}

TEST(ContractTest, MaximumEndLeavesOutDeclinedOptions) {
  contract kent = kent_as_awarded();
  kent.exercise(1);
  kent.decline(2);
  EXPECT_EQ(kent.current_end(), on("30 April 2020"));
  EXPECT_EQ(kent.maximum_end(), on("30 April 2020"));             // no option left
  EXPECT_EQ(kent.end(contract_scope::maximum), on("30 April 2021"));  // as awarded
}

TEST(ContractTest, YearsFromTwentyNinthFebruaryEndOnTheDayBeforeEachClampedAnniversary) {
  // Year n ends on start + n years - 1 day, counted from the start; 29 February clamps to
  // 28 February in a year without one:
  //   start + 1 year = 28 Feb 2017 -> year 1 is 29 Feb 2016 to 27 Feb 2017
  //   start + 2 years = 28 Feb 2018 -> year 2 is 28 Feb 2017 to 27 Feb 2018
  //   start + 3 years = 28 Feb 2019 -> year 3 is 28 Feb 2018 to 27 Feb 2019
  //   start + 4 years = 29 Feb 2020 -> year 4 is 28 Feb 2019 to 28 Feb 2020
  //   start + 5 years = 28 Feb 2021 -> year 5 is 29 Feb 2020 to 27 Feb 2021
  contract leap("Leap", "p", on("29 February 2016"), term::parse("3+1+1"), price::annual(pounds("£12,000")));
  leap.exercise(1);
  leap.exercise(2);
  EXPECT_EQ(leap.base_end(), on("27 February 2019"));
  EXPECT_EQ(year_spans(leap.contract_years()),
            (std::vector<period>{between("29 February 2016", "27 February 2017"),
                                 between("28 February 2017", "27 February 2018"),
                                 between("28 February 2018", "27 February 2019"),
                                 between("28 February 2019", "28 February 2020"),
                                 between("29 February 2020", "27 February 2021")}));
  // Every year, whatever its days, is a whole year at the annual value.
  EXPECT_EQ(year_values(leap.contract_years()), std::vector<money>(5, pounds("£12,000")));
  EXPECT_EQ(leap.state_on(on("28 February 2019")), (contract_state{contract_phase::extension, 1}));
  EXPECT_EQ(leap.state_on(on("27 February 2021")), (contract_state{contract_phase::extension, 2}));
  EXPECT_EQ(leap.state_on(on("28 February 2021")), (contract_state{contract_phase::ended}));
}

TEST(ContractTest, MonthEndStartsCountEveryMonthFromTheStart) {
  // From 31 January 2019: month 1 starts 28 February 2019 (clamped), month 13 on 29 February
  // 2020, month 18 on 31 July 2020, so an 18-month base ends 30 July 2020 and year 1 ends
  // 30 January 2020. Every anniversary is counted from the start, not from the last one.
  const contract c("Month end", "p", on("31 January 2019"), term::parse("18m+6m"), price::annual(pounds("£12,000")));
  EXPECT_EQ(c.base_end(), on("30 July 2020"));
  EXPECT_EQ(c.month_at(on("28 February 2019")), 1);
  EXPECT_EQ(c.month_at(on("31 March 2019")), 2);
  EXPECT_EQ(c.month_at(on("29 February 2020")), 13);
  EXPECT_EQ(year_spans(c.contract_years()),
            (std::vector<period>{between("31 January 2019", "30 January 2020"), between("31 January 2020", "30 July 2020")}));
  // 6 months of year 2 at £12,000 a year: £6,000.
  EXPECT_EQ(year_values(c.contract_years()), parse_all({"£12,000", "£6,000"}));
  EXPECT_EQ(c.maximum_end(), on("30 January 2021"));
}

TEST(ContractTest, StatesThePhaseOnEachDay) {
  const contract kent = kent_as_extended();
  EXPECT_EQ(kent.state_on(on("30 April 2016")), (contract_state{contract_phase::not_started}));
  EXPECT_EQ(kent.state_on(on("1 May 2016")), (contract_state{contract_phase::base_term}));
  EXPECT_EQ(kent.state_on(on("30 April 2019")), (contract_state{contract_phase::base_term}));
  EXPECT_EQ(kent.state_on(on("1 May 2019")), (contract_state{contract_phase::extension, 1}));
  EXPECT_EQ(kent.state_on(on("30 April 2020")), (contract_state{contract_phase::extension, 1}));
  EXPECT_EQ(kent.state_on(on("1 May 2020")), (contract_state{contract_phase::extension, 2}));
  EXPECT_EQ(kent.state_on(on("30 April 2021")), (contract_state{contract_phase::extension, 2}));
  EXPECT_EQ(kent.state_on(on("1 May 2021")), (contract_state{contract_phase::modification, 1}));
  EXPECT_EQ(kent.state_on(on("30 April 2022")), (contract_state{contract_phase::modification, 1}));
  EXPECT_EQ(kent.state_on(on("1 May 2022")), (contract_state{contract_phase::ended}));
  EXPECT_EQ(kent.state_on(on("1 May 2019")).to_string(), "extension 1");
  EXPECT_EQ(kent.state_on(on("1 May 2021")).to_string(), "modification 1");
  EXPECT_EQ(kent.state_on(on("1 May 2016")).to_string(), "base term");
  EXPECT_EQ(kent.state_on(on("30 April 2016")).to_string(), "not started");
  EXPECT_EQ(kent.state_on(on("1 May 2022")).to_string(), "ended");
}

TEST(ContractTest, EndsWhenItsOptionsAreDeclined) {
  contract kent = kent_as_awarded();
  kent.decline(1);
  EXPECT_EQ(kent.state_on(on("30 April 2019")), (contract_state{contract_phase::base_term}));
  EXPECT_EQ(kent.state_on(on("1 May 2019")), (contract_state{contract_phase::ended}));
}

TEST(ContractTest, PartYearTermsEndMidYear) {
  // 18m+6m from 1 April 2023 at £120,000 a year: the base runs 18 months to
  // 30 September 2024; the option takes it to 31 March 2025.
  contract c("Part year", "p", on("1 April 2023"), term::parse("18m+6m"), price::annual(pounds("£120,000")));
  EXPECT_EQ(c.base_end(), on("30 September 2024"));
  EXPECT_EQ(c.maximum_end(), on("31 March 2025"));
  // Base: year 1 whole, year 2 six months: £120,000 x 6/12 = £60,000.
  EXPECT_EQ(year_values(c.contract_years(contract_scope::base)), parse_all({"£120,000", "£60,000"}));
  EXPECT_EQ(year_spans(c.contract_years(contract_scope::base)),
            (std::vector<period>{between("1 April 2023", "31 March 2024"), between("1 April 2024", "30 September 2024")}));
  EXPECT_EQ(c.base_value(), pounds("£180,000"));
  EXPECT_EQ(c.maximum_value(), pounds("£240,000"));
  EXPECT_EQ(c.profile(contract_scope::base).years.back().amount, pounds("£60,000"));
  c.exercise(1);
  EXPECT_EQ(c.current_end(), on("31 March 2025"));
  EXPECT_EQ(c.state_on(on("30 September 2024")), (contract_state{contract_phase::base_term}));
  EXPECT_EQ(c.state_on(on("1 October 2024")), (contract_state{contract_phase::extension, 1}));
  // The option completes year 2, which still starts in the base term.
  EXPECT_EQ(year_spans(c.contract_years()),
            (std::vector<period>{between("1 April 2023", "31 March 2024"), between("1 April 2024", "31 March 2025")}));
  EXPECT_EQ(c.contract_years()[1].phase, (contract_state{contract_phase::base_term}));
  EXPECT_EQ(c.current_value(), pounds("£240,000"));
}

TEST(ContractTest, MixedLengthTermPaysItsPartYearProRata) {
  // 2y7m from 1 May 2016 at £325,484: ends 1 December 2018 - 1 day = 30 November 2018.
  // Year 3 is 7 months: 32,548,400p x 7/12 = 18,986,566.67p -> £189,865.67.
  // Base value: 2 x £325,484 + £189,865.67 = £840,833.67.
  const contract c("c", "p", on("1 May 2016"), term::parse("2y7m"), price::annual(pounds("£325,484")));
  EXPECT_EQ(c.base_end(), on("30 November 2018"));
  EXPECT_EQ(year_values(c.contract_years()), parse_all({"£325,484", "£325,484", "£189,865.67"}));
  EXPECT_EQ(c.base_value(), pounds("£840,833.67"));
  EXPECT_EQ(c.maximum_value(), pounds("£840,833.67"));
}

// ---------------------------------------------------------------- options

TEST(ContractTest, TakesOptionsInOrder) {
  contract renewed("Kent Young Carers", "to be procured", on("1 May 2022"), term::parse("3+1+1"),
                   price::annual(pounds("£325,484")));
  EXPECT_TRUE(fails_with<std::invalid_argument>([&] { renewed.exercise(2); }, "commissioning.contract.002",
                                                "option 1 must be exercised or declined before option 2"));
  EXPECT_EQ(renewed.options()[1].status, option_status::pending);
  renewed.exercise(1);
  renewed.exercise(2);
  EXPECT_EQ(renewed.current_end(), on("30 April 2027"));
}

TEST(ContractTest, TakesEachOptionOnce) {
  contract kent = kent_as_awarded();
  kent.exercise(1);
  EXPECT_TRUE(fails_with<std::invalid_argument>([&] { kent.exercise(1); }, "commissioning.contract.003",
                                                "option 1 has already been exercised"));
  EXPECT_TRUE(fails_with<std::invalid_argument>([&] { kent.decline(1); }, "commissioning.contract.003",
                                                "option 1 has already been exercised"));
  EXPECT_EQ(kent.current_end(), on("30 April 2020"));
}

TEST(ContractTest, RefusesAnOptionAfterTheContractHasEnded) {
  // docs/errors.md: the base term ended on 30 April 2019.
  contract kent = kent_as_awarded();
  EXPECT_TRUE(fails_with<std::invalid_argument>(
      [&] { kent.exercise(1, on("1 June 2019")); }, "commissioning.contract.004",
      "cannot exercise option 1 on 1 June 2019: the contract ended on 30 April 2019"));
  EXPECT_EQ(kent.options()[0].status, option_status::pending);
  // Decided on the last day is in time.
  kent.exercise(1, on("30 April 2019"));
  EXPECT_TRUE(fails_with<std::invalid_argument>([&] { kent.exercise(2, on("1 May 2020")); },
                                                "commissioning.contract.004", "the contract ended on 30 April 2020"));
  kent.exercise(2, on("1 March 2020"));
  EXPECT_EQ(kent.current_end(), on("30 April 2021"));
}

TEST(ContractTest, DecliningAnOptionLapsesTheLaterOnes) {
  contract kent = kent_as_awarded();
  kent.decline(1);
  EXPECT_EQ(kent.options(),
            (std::vector<extension_option>{{12, option_status::declined}, {12, option_status::declined}}));
  EXPECT_TRUE(fails_with<std::invalid_argument>([&] { kent.exercise(2); }, "commissioning.contract.003",
                                                "option 2 has already been declined"));
  EXPECT_TRUE(fails_with<std::invalid_argument>([&] { kent.exercise(1); }, "commissioning.contract.003",
                                                "option 1 has already been declined"));
  EXPECT_EQ(kent.current_end(), on("30 April 2019"));
  EXPECT_EQ(kent.current_value(), pounds("£976,452"));  // 3 x £325,484

  // 3+2+1+1: taking the first and declining the second lapses the third.
  contract longer("c", "p", on("1 May 2016"), term::parse("3+2+1+1"), price::annual(pounds("£1,000")));
  longer.exercise(1);
  longer.decline(2);
  EXPECT_EQ(longer.options()[2].status, option_status::declined);
  EXPECT_EQ(longer.current_end(), on("30 April 2021"));
  EXPECT_EQ(to_string(option_status::declined), "declined");
}

TEST(ContractTest, RefusesAnOptionTheTermDoesNotHave) {
  contract kent = kent_as_awarded();
  EXPECT_TRUE(fails_with<std::out_of_range>([&] { kent.exercise(3); }, "commissioning.contract.001",
                                            "the term 3+1+1 has no option 3 (it has 2)"));
  EXPECT_TRUE(fails_with<std::out_of_range>([&] { kent.exercise(0); }, "commissioning.contract.001",
                                            "has no option 0"));
  EXPECT_TRUE(fails_with<std::out_of_range>([&] { kent.decline(3); }, "commissioning.contract.001",
                                            "has no option 3"));
  contract fixed("c", "p", on("1 May 2016"), term::parse("5"), price::annual(pounds("£1,000")));
  EXPECT_TRUE(fails_with<std::out_of_range>([&] { fixed.exercise(1); }, "commissioning.contract.001",
                                            "the term 5 has no option 1 (it has 0)"));
}

// ---------------------------------------------------------------- prices and indexation

TEST(ContractTest, FixedUpliftIsRoundedEachYear) {
  // 3% a year from contract year 2 on £325,484.88, each year rounded half away from zero to
  // the penny before the next uplift:
  //   year 2: £325,484.88 x 1.03 = £335,249.4264 -> £335,249.43
  //   year 3: £335,249.43 x 1.03 = £345,306.9129 -> £345,306.91
  //   year 4: £345,306.91 x 1.03 = £355,666.1173 -> £355,666.12
  //   year 5: £355,666.12 x 1.03 = £366,336.1036 -> £366,336.10
  // Five years: £1,728,043.44.
  contract c = young_carers(indexation::fixed(rate::parse("3%"), 2));
  EXPECT_EQ(year_values(c.contract_years(contract_scope::maximum)),
            parse_all({"£325,484.88", "£335,249.43", "£345,306.91", "£355,666.12", "£366,336.10"}));
  EXPECT_EQ(c.maximum_value(), pounds("£1,728,043.44"));
  EXPECT_EQ(c.base_value(), pounds("£1,006,041.22"));  // the first three
  c.exercise(1);
  EXPECT_EQ(c.annual_value_on(on("30 April 2017")), pounds("£325,484.88"));
  EXPECT_EQ(c.annual_value_on(on("1 May 2017")), pounds("£335,249.43"));
  EXPECT_EQ(c.annual_value_on(on("1 May 2019")), pounds("£355,666.12"));
}

TEST(ContractTest, UpliftsTheRoundedYearNotTheCompoundedRate) {
  // 5% on £100.05: year 2 is £105.0525 -> £105.05; year 3 £105.05 x 1.05 = £110.3025 ->
  // £110.30. Compounding first (£100.05 x 1.1025 = £110.305125) would give £110.31.
  const contract c("c", "p", on("1 April 2020"), term::parse("3"), price::annual(pounds("£100.05")),
                   indexation::fixed(rate::parse("5%")));
  EXPECT_EQ(year_values(c.contract_years()), parse_all({"£100.05", "£105.05", "£110.30"}));
}

TEST(ContractTest, FixedUpliftFromALaterYearAndAnotherRoundingRule) {
  // 10% from year 3 on £1,000: £1,000, £1,000, £1,100, £1,210, £1,331.
  const contract later("c", "p", on("1 April 2020"), term::parse("5"), price::annual(pounds("£1,000")),
                       indexation::fixed(rate::parse("10%"), 3));
  EXPECT_EQ(year_values(later.contract_years()), parse_all({"£1,000", "£1,000", "£1,100", "£1,210", "£1,331"}));
  // 5% on £100.50 is 10,552.5p: half away from zero £105.53, half even £105.52.
  const contract away("c", "p", on("1 April 2020"), term::parse("2"), price::annual(pounds("£100.50")),
                      indexation::fixed(rate::parse("5%")));
  const contract even("c", "p", on("1 April 2020"), term::parse("2"), price::annual(pounds("£100.50")),
                      indexation::fixed(rate::parse("5%"), 2, rounding::half_even));
  EXPECT_EQ(away.contract_years()[1].value, pounds("£105.53"));
  EXPECT_EQ(even.contract_years()[1].value, pounds("£105.52"));
}

TEST(ContractTest, IndexSeriesUpliftWithCapFloorAndLag) {
  // From 1 April 2020 at £100,000, indexed on an illustrative series with one year's lag,
  // capped at 5% and floored at 1% (the uplifts are worked in price_test.cpp):
  //   year 2 (1 April 2021): 102/100 - 1 = 2%      -> £100,000 x 1.02   = £102,000.00
  //   year 3 (1 April 2022): 106/102 - 1 = 3.92..% -> £102,000 x 106/102 = £106,000.00
  //   year 4 (1 April 2023): 117/106 - 1, capped 5% -> £106,000 x 1.05  = £111,300.00
  //   year 5 (1 April 2024): 118/117 - 1, floored 1% -> £111,300 x 1.01 = £112,413.00
  // Five years: £531,713.00.
  const std::map<int, rate> levels = {
      {2019, rate(100)}, {2020, rate(102)}, {2021, rate(106)}, {2022, rate(117)}, {2023, rate(118)}};
  contract c("c", "p", on("1 April 2020"), term::parse("3+1+1"), price::annual(pounds("£100,000")),
             indexation::index_series(levels, 1, rate::parse("5%"), rate::parse("1%")));
  EXPECT_EQ(year_values(c.contract_years(contract_scope::maximum)),
            parse_all({"£100,000", "£102,000", "£106,000", "£111,300", "£112,413"}));
  EXPECT_EQ(c.maximum_value(), pounds("£531,713.00"));
  c.exercise(1);
  EXPECT_EQ(c.annual_value_on(on("15 June 2023")), pounds("£111,300"));
}

TEST(ContractTest, IndexSeriesWithoutTheLevelAYearNeeds) {
  // docs/errors.md: from 1 May 2016 with levels to 2018 and no lag, year 4's anniversary
  // (1 May 2019) needs the 2019 level. The base term (three years) does not.
  const contract c("c", "p", on("1 May 2016"), term::parse("3+1+1"), price::annual(pounds("£1,000")),
                   indexation::index_series({{2015, rate(100)}, {2016, rate(101)}, {2017, rate(102)}, {2018, rate(103)}}));
  EXPECT_NO_THROW((void)c.base_value());
  EXPECT_TRUE(fails_with<std::out_of_range>([&] { (void)c.maximum_value(); }, "commissioning.contract.009",
                                            "the index series has no level for 2019, needed for the uplift of contract year 4"));
}

TEST(ContractTest, PricePerContractYearRepeatsTheLastYearInExtensions) {
  // £100,000, £110,000, £120,000 over the base; the options cost £120,000 each.
  const contract c("c", "p", on("1 May 2016"), term::parse("3+1+1"),
                   price::per_contract_year({pounds("£100,000"), pounds("£110,000"), pounds("£120,000")}));
  EXPECT_EQ(c.base_value(), pounds("£330,000"));
  EXPECT_EQ(c.maximum_value(), pounds("£570,000"));
  EXPECT_EQ(c.annual_value(), pounds("£100,000"));
}

TEST(ContractTest, TotalOverBaseIsTheBaseValue) {
  // £1,000,000.01 over three years: £333,333.34, £333,333.34, £333,333.33; each option year
  // costs the last base year's £333,333.33. Maximum: £1,000,000.01 + 2 x £333,333.33.
  const contract c("c", "p", on("1 May 2016"), term::parse("3+1+1"), price::total_over_base(pounds("£1,000,000.01"), 36));
  EXPECT_EQ(c.base_value(), pounds("£1,000,000.01"));
  EXPECT_EQ(c.maximum_value(), pounds("£1,666,666.67"));
  EXPECT_EQ(c.annual_value(), pounds("£333,333.34"));
}

// ---------------------------------------------------------------- values

TEST(ContractTest, SeedFourValues) {
  // Seed 004: "The total annual value of the contract is £325,484. Over the six years,
  // payments to the value of £1,952,904 were made": 6 x £325,484 = £1,952,904.
  const contract kent = kent_as_extended();
  EXPECT_EQ(kent.annual_value(), pounds("£325,484"));
  EXPECT_EQ(kent.base_value(), pounds("£976,452.00"));        // 3 years
  EXPECT_EQ(kent.maximum_value(), pounds("£1,627,420.00"));   // 5 years, as awarded
  EXPECT_EQ(kent.current_value(), pounds("£1,952,904.00"));   // 6 years
  EXPECT_EQ(kent.value(contract_scope::current), pounds("£1,952,904.00"));
  EXPECT_EQ(kent.spend_to(kent.current_end()), pounds("£1,952,904.00"));
}

TEST(ContractTest, SeedFourContractYears) {
  // As examples/contracts.expected lists them.
  const std::vector<contract_year> years = kent_as_extended().contract_years();
  ASSERT_EQ(years.size(), 6U);
  const std::vector<contract_state> phases = {
      {contract_phase::base_term},    {contract_phase::base_term},    {contract_phase::base_term},
      {contract_phase::extension, 1}, {contract_phase::extension, 2}, {contract_phase::modification, 1}};
  for (std::size_t i = 0; i < years.size(); ++i) {
    const int n = static_cast<int>(i) + 1;
    EXPECT_EQ(years[i].number, n);
    EXPECT_EQ(years[i].span, period(add_years(on("1 May 2016"), n - 1), add_days(add_years(on("1 May 2016"), n), -1)));
    EXPECT_EQ(years[i].phase, phases[i]);
    EXPECT_EQ(years[i].value, pounds("£325,484"));
  }
  EXPECT_EQ(years[5].span, between("1 May 2021", "30 April 2022"));
  // As awarded: five years, the last two the options.
  const std::vector<contract_year> maximum = kent_as_extended().contract_years(contract_scope::maximum);
  ASSERT_EQ(maximum.size(), 5U);
  EXPECT_EQ(maximum[4].phase, (contract_state{contract_phase::extension, 2}));
  EXPECT_EQ(kent_as_extended().contract_years(contract_scope::base).size(), 3U);
}

TEST(ContractTest, SeedTwoRaisesTheAnnualValueByOneHundredThousand) {
  // Seed 002: £325,484.88 a year, raised by £100,000 from 1 May 2020: £425,484.88.
  contract c = young_carers();
  c.exercise(1);
  c.exercise(2);
  c.modify({.annual_change = pounds("£100,000"), .from_month = c.month_at(on("1 May 2020")),
            .description = "re-provision for unmet need"});
  EXPECT_EQ(c.annual_value_on(on("1 April 2020")), pounds("£325,484.88"));
  EXPECT_EQ(c.annual_value_on(on("1 May 2020")), pounds("£425,484.88"));
  EXPECT_EQ(c.annual_value_on(on("30 April 2021")), pounds("£425,484.88"));
  EXPECT_EQ(c.annual_value(), pounds("£325,484.88"));  // as stated for year 1
}

TEST(ContractTest, AnnualValueOnlyInsideTheContract) {
  // docs/errors.md: seed 004's contract ran from 1 May 2016 to 30 April 2022.
  const contract kent = kent_as_extended();
  EXPECT_TRUE(fails_with<std::out_of_range>([&] { (void)kent.annual_value_on(on("1 April 2016")); },
                                            "commissioning.contract.013",
                                            "1 April 2016 is outside the contract (1 May 2016 to 30 April 2022)"));
  EXPECT_TRUE(fails_with<std::out_of_range>([&] { (void)kent.annual_value_on(on("1 May 2022")); },
                                            "commissioning.contract.013", "1 May 2022"));
  EXPECT_EQ(kent.annual_value_on(on("1 May 2016")), pounds("£325,484"));
  EXPECT_EQ(kent.annual_value_on(on("30 April 2022")), pounds("£325,484"));
}

TEST(ContractTest, SpendsByEqualMonthlyInstalments) {
  // Seed 004 at £325,484 a year, 32,548,400p: 1/12 is 2,712,366.67p.
  const contract kent = kent_as_extended();
  // To 31 March 2017: 11 of year 1's 12 months, 29,836,033.33p; the other month is
  // 2,712,366.67p; the leftover penny goes to the larger remainder (.67), so 29,836,033p.
  EXPECT_EQ(kent.spend_to(on("31 March 2017")), pounds("£298,360.33"));
  // 2017-18: April 2017 from year 1 (2,712,367p, as above) and 11 months of year 2
  // (29,836,033p): 32,548,400p.
  EXPECT_EQ(kent.spend_between(on("1 April 2017"), on("31 March 2018")), pounds("£325,484.00"));
  // A part month by its days: 1 to 15 May 2016 is 15/31 of a month, 1/12 x 15/31 = 15/372
  // of the year: 32,548,400p x 15/372 = 1,312,435.48p, and the rest 31,235,964.52p takes the
  // leftover penny (.52 > .48): £13,124.35.
  EXPECT_EQ(kent.spend_to(on("15 May 2016")), pounds("£13,124.35"));
  EXPECT_EQ(kent.spend_between(on("1 May 2016"), on("15 May 2016")), pounds("£13,124.35"));
  // Nothing before the start; everything by the end, and after it.
  EXPECT_EQ(kent.spend_to(on("30 April 2016")), money());
  EXPECT_EQ(kent.spend_to(on("30 April 2022")), pounds("£1,952,904.00"));
  EXPECT_EQ(kent.spend_to(on("31 December 2030")), pounds("£1,952,904.00"));
  EXPECT_EQ(kent.spend_between(on("1 January 2010"), on("30 April 2016")), money());
  // Whole contract years are spent whole: 1 May 2018 to 30 April 2020 is years 3 and 4.
  EXPECT_EQ(kent.spend_between(on("1 May 2018"), on("30 April 2020")), pounds("£650,968.00"));
}

TEST(ContractTest, SpendsByDays) {
  // Year 1 (1 May 2016 to 30 April 2017) has 365 days; 1 to 15 May is 15 of them:
  // 32,548,400p x 15/365 = 1,337,605.48p; the rest, 31,210,794.52p, takes the penny: £13,376.05.
  const contract kent = kent_as_extended();
  EXPECT_EQ(kent.spend_to(on("15 May 2016"), apportion_rule::daily), pounds("£13,376.05"));
  EXPECT_EQ(kent.spend_to(on("30 April 2022"), apportion_rule::daily), pounds("£1,952,904.00"));
}

TEST(ContractTest, SpendAcrossAMidYearValueChange) {
  // Seed 002's £100,000 from 1 November 2020 (see ModificationTest.ChangesTheValueMidContractYear):
  // year 5 is two runs of six months, £162,742.44 then £212,742.44. 1 May 2020 to
  // 31 March 2021 takes the first whole and 5 of 6 months of the second:
  // 21,274,244p x 5/6 = 17,728,536.67p -> 17,728,537p (the larger remainder), so
  // £162,742.44 + £177,285.37 = £340,027.81.
  contract c = young_carers();
  c.exercise(1);
  c.exercise(2);
  c.modify({.annual_change = pounds("£100,000"), .from_month = c.month_at(on("1 November 2020"))});
  EXPECT_EQ(c.spend_between(on("1 May 2020"), on("31 March 2021")), pounds("£340,027.81"));
  EXPECT_EQ(c.spend_to(c.current_end()), pounds("£1,677,424.40"));
}

// ---------------------------------------------------------------- profiles

TEST(ContractTest, SeedFourProfileByFinancialYear) {
  // Seed 004: each contract year is 11 months in one financial year and 1 in the next.
  //   2016-17: 11/12 of £325,484 = 29,836,033.33p -> £298,360.33 (the month takes the penny)
  //   2017-18 to 2021-22: 2,712,367p + 29,836,033p = £325,484.00
  //   2022-23: 1/12 of year 6 = £27,123.67
  // Sum: £298,360.33 + 5 x £325,484 + £27,123.67 = £1,952,904.00.
  const financial_year_profile profile = kent_as_extended().profile();
  EXPECT_EQ(profile.rule, apportion_rule::monthly);
  EXPECT_EQ(to_string(profile.rule), "equal monthly instalments, part months pro rata by days");
  EXPECT_EQ(labels(profile),
            (std::vector<std::string>{"2016-17", "2017-18", "2018-19", "2019-20", "2020-21", "2021-22", "2022-23"}));
  EXPECT_EQ(amounts(profile), parse_all({"£298,360.33", "£325,484.00", "£325,484.00", "£325,484.00", "£325,484.00",
                                         "£325,484.00", "£27,123.67"}));
  EXPECT_EQ(profile.total, pounds("£1,952,904.00"));
  EXPECT_EQ(sum(amounts(profile)), pounds("£1,952,904.00"));
}

TEST(ContractTest, ProfileOfTheAwardedTerms) {
  // As awarded, five years end 30 April 2021: 2016-17 £298,360.33, four full years and
  // £27,123.67 in 2021-22 (£1,627,420.00); the base ends in 2019-20.
  const contract kent = kent_as_extended();
  const financial_year_profile maximum = kent.profile(contract_scope::maximum);
  EXPECT_EQ(labels(maximum).back(), "2021-22");
  EXPECT_EQ(maximum.years.back().amount, pounds("£27,123.67"));
  EXPECT_EQ(maximum.total, pounds("£1,627,420.00"));
  const financial_year_profile base = kent.profile(contract_scope::base);
  EXPECT_EQ(labels(base).back(), "2019-20");
  EXPECT_EQ(base.total, pounds("£976,452.00"));
  // Each profile carries the term it covers, in the words every table uses.
  EXPECT_EQ(base.basis, "the base term, to 30 April 2019");
  EXPECT_EQ(maximum.basis, "the maximum term, to 30 April 2021");
  EXPECT_EQ(kent.profile().basis, kent.term_in_words(contract_scope::current));
}

TEST(ContractTest, ProfileByDaysNamesItsRule) {
  // Year 1 by days: 1 May 2016 to 31 March 2017 is 335 of its 365 days,
  // 32,548,400p x 335/365 = 29,873,189.04p; April 2017 is 30 days, 2,675,210.96p, which
  // takes the leftover penny: 2016-17 is £298,731.89.
  const financial_year_profile profile = kent_as_extended().profile(contract_scope::current, apportion_rule::daily);
  EXPECT_EQ(profile.rule, apportion_rule::daily);
  EXPECT_EQ(to_string(profile.rule), "by days");
  EXPECT_EQ(profile.years.front().amount, pounds("£298,731.89"));
  EXPECT_EQ(profile.total, pounds("£1,952,904.00"));
  EXPECT_EQ(sum(amounts(profile)), pounds("£1,952,904.00"));
}

TEST(ContractTest, ProfileForABodyWhoseYearStartsInJanuary) {
  // Calendar years: year 1 has 8 months in 2016 (21,698,933.33p) and 4 in 2017
  // (10,849,466.67p, which takes the penny): 2016 is £216,989.33; 2017 to 2021 are
  // £108,494.67 + £216,989.33 = £325,484.00; 2022 is £108,494.67.
  const financial_year_profile profile =
      kent_as_extended().profile(contract_scope::current, apportion_rule::monthly, std::chrono::January);
  EXPECT_EQ(labels(profile), (std::vector<std::string>{"2016", "2017", "2018", "2019", "2020", "2021", "2022"}));
  EXPECT_EQ(amounts(profile), parse_all({"£216,989.33", "£325,484.00", "£325,484.00", "£325,484.00", "£325,484.00",
                                         "£325,484.00", "£108,494.67"}));
  EXPECT_EQ(profile.years.front().year.start_month(), std::chrono::January);
}

TEST(ContractTest, ProfileAcrossAMidYearValueChange) {
  // £100,000 more from 1 November 2020 (see SpendAcrossAMidYearValueChange):
  //   2020-21: April 2020 from year 4 (32,548,488p / 12 = 2,712,374p exactly), May to
  //            October 2020 (16,274,244p) and November to March (17,728,537p): £367,151.55
  //   2021-22: April 2021, 21,274,244p - 17,728,537p = 3,545,707p: £35,457.07
  // The whole: 4 x £325,484.88 + £375,484.88 = £1,677,424.40.
  contract c = young_carers();
  c.exercise(1);
  c.exercise(2);
  c.modify({.annual_change = pounds("£100,000"), .from_month = c.month_at(on("1 November 2020"))});
  const financial_year_profile profile = c.profile();
  EXPECT_EQ(labels(profile).back(), "2021-22");
  EXPECT_EQ(profile.years[4].amount, pounds("£367,151.55"));
  EXPECT_EQ(profile.years[5].amount, pounds("£35,457.07"));
  EXPECT_EQ(profile.total, pounds("£1,677,424.40"));
  EXPECT_EQ(sum(amounts(profile)), pounds("£1,677,424.40"));
}

// ---------------------------------------------------------------- properties

// A random contract: starts on any day, on 29 February or on a month end; terms of whole
// years or odd months; any price basis and indexation; options exercised, declined or left
// pending; modifications of the term, the value, or both.
struct random_contract {
  std::optional<contract> awarded;  // options settled, no modifications
  std::optional<contract> modified;
};

random_contract make_random_contract(std::mt19937_64& engine) {
  auto uniform = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(engine); };
  date start{};
  switch (uniform(0, 2)) {
    case 0: start = add_days(make_date(2000, 1, 1), uniform(0, 15'000)); break;
    case 1: start = make_date(2000 + 4 * uniform(0, 10), 2, 29); break;
    default: {
      const auto y = std::chrono::year{uniform(2000, 2040)};
      const auto m = std::chrono::month{static_cast<unsigned>(uniform(1, 12))};
      start = date{y, m, std::chrono::day{days_in_month(y, m)}};
    }
  }
  auto part = [&] { return uniform(0, 1) == 0 ? 12 * uniform(1, 5) : uniform(1, 40); };
  std::vector<int> options;
  for (int k = uniform(0, 3); k > 0; --k) options.push_back(part());
  const term t(part(), options);

  auto some_money = [&] { return money::from_pence(std::uniform_int_distribution<std::int64_t>(0, 10'000'000'000)(engine)); };
  const int price_kind = uniform(0, 2);
  std::optional<price> p;
  if (price_kind == 1) {
    std::vector<money> values;
    for (int k = uniform(1, 4); k > 0; --k) values.push_back(some_money());
    p = price::per_contract_year(values);
  } else if (price_kind == 2 && t.base_months() % 12 == 0) {
    p = price::total_over_base(some_money(), t.base_months());
  } else {
    p = price::annual(some_money());
  }
  indexation uplift = indexation::none();
  if (p->kind() == price::basis::annual) {
    const rounding mode = uniform(0, 1) == 0 ? rounding::half_away_from_zero : rounding::half_even;
    switch (uniform(0, 2)) {
      case 1: uplift = indexation::fixed(rate::ratio(uniform(-500, 1000), 10'000), uniform(2, 4), mode); break;
      case 2: {
        std::map<int, rate> levels;
        for (int y = 1990; y <= 2100; ++y) levels.emplace(y, rate(uniform(50, 200)));
        const std::optional<rate> cap = uniform(0, 1) == 0 ? std::nullopt : std::optional<rate>(rate::parse("5%"));
        const std::optional<rate> floor = uniform(0, 1) == 0 ? std::nullopt : std::optional<rate>(rate::parse("-2%"));
        uplift = indexation::index_series(levels, uniform(0, 2), cap, floor, uniform(2, 3), mode);
        break;
      }
      default: break;
    }
  }
  random_contract result;
  result.awarded.emplace("random", "p", start, t, *p, uplift);
  contract& c = *result.awarded;
  for (std::size_t n = 1; n <= c.options().size(); ++n) {
    if (c.options()[n - 1].status != option_status::pending) continue;
    const int choice = uniform(0, 9);
    if (choice < 7)
      c.exercise(n, uniform(0, 1) == 0 ? std::nullopt : std::optional<date>(c.current_end()));
    else if (choice < 9)
      c.decline(n);
    else
      break;  // left pending, and the later ones too
  }
  result.modified = c;
  contract& m = *result.modified;
  const money scale = c.annual_value();
  for (int k = uniform(0, 3); k > 0; --k) {
    bool pending = false;
    for (const extension_option& o : m.options()) pending = pending || o.status == option_status::pending;
    const int total_months = m.month_at(add_days(m.current_end(), 1));
    modification change{.ground = all_modification_grounds[static_cast<std::size_t>(uniform(0, 10))]};
    const int kind = pending ? 1 : uniform(0, 2);
    if (kind != 1) change.months = uniform(1, 24);
    if (kind != 0) {
      // Up to half the year-1 value less, or as much again more; from any monthly anniversary.
      change.annual_change = scale.multiply(rate::ratio(uniform(-50, 100), 100));
      if (change.annual_change.is_zero()) change.annual_change = money::from_pence(1);
      const int from = uniform(0, total_months + change.months - 1);
      change.from_month = m.month_at(add_months(m.start(), std::min(from, total_months)));
      if (from > total_months) change.from_month = from;  // inside the months this modification adds
    }
    const money before = m.current_value();
    const std::size_t count = m.modifications().size();
    try {
      m.modify(change);
    } catch (const invalid_input& e) {
      // Only a cut below zero may be refused, and then nothing changes.
      EXPECT_EQ(e.id(), "commissioning.contract.010") << e.what();
      EXPECT_EQ(m.modifications().size(), count);
      EXPECT_EQ(m.current_value(), before);
    }
  }
  return result;
}

TEST(ContractPropertyTest, EveryFigureSumsExactlyToTheValueItSplits) {
  std::mt19937_64 engine(1'952'904);
  const std::array<contract_scope, 3> scopes = {contract_scope::current, contract_scope::base, contract_scope::maximum};
  for (int i = 0; i < 3000; ++i) {
    const random_contract r = make_random_contract(engine);
    const contract& c = *r.modified;
    const std::string about = to_long_string(c.start()) + " " + c.term().to_string() + " case " + std::to_string(i);
    const std::chrono::month other_month{static_cast<unsigned>(std::uniform_int_distribution<int>(1, 12)(engine))};
    for (const contract_scope scope : scopes) {
      const money whole = c.value(scope);
      // Contract years: consecutive, from the start to the end of the scope, summing to the value.
      const std::vector<contract_year> years = c.contract_years(scope);
      ASSERT_FALSE(years.empty()) << about;
      ASSERT_EQ(years.front().span.first(), c.start()) << about;
      ASSERT_EQ(years.back().span.last(), c.end(scope)) << about;
      money years_total;
      for (std::size_t k = 0; k < years.size(); ++k) {
        ASSERT_EQ(years[k].number, static_cast<int>(k) + 1) << about;
        if (k > 0) {
          ASSERT_EQ(years[k].span.first(), add_days(years[k - 1].span.last(), 1)) << about;
        }
        years_total += years[k].value;
      }
      ASSERT_EQ(years_total, whole) << about;
      // Profiles by every rule and year start sum exactly to the value.
      for (const apportion_rule rule : {apportion_rule::monthly, apportion_rule::daily})
        for (const std::chrono::month year_start : {april, other_month}) {
          const financial_year_profile profile = c.profile(scope, rule, year_start);
          ASSERT_EQ(profile.rule, rule);
          ASSERT_EQ(profile.total, whole) << about;
          money profile_total;
          for (std::size_t k = 0; k < profile.years.size(); ++k) {
            if (k > 0) {
              ASSERT_EQ(profile.years[k].year, profile.years[k - 1].year.next()) << about;
            }
            profile_total += profile.years[k].amount;
          }
          ASSERT_EQ(profile_total, whole) << about;
          ASSERT_TRUE(profile.years.front().year.contains(c.start())) << about;
          ASSERT_TRUE(profile.years.back().year.contains(c.end(scope))) << about;
        }
    }
    // Spend over the whole contract is its current value, by either rule.
    const money current = c.current_value();
    for (const apportion_rule rule : {apportion_rule::monthly, apportion_rule::daily}) {
      ASSERT_EQ(c.spend_to(c.current_end(), rule), current) << about;
      ASSERT_EQ(c.spend_between(c.start(), c.current_end(), rule), current) << about;
      ASSERT_EQ(c.spend_between(add_days(c.start(), -40), add_days(c.current_end(), 40), rule), current) << about;
      // A day inside the contract splits its value exactly: what is due to it, and after it.
      const long length = days_between(c.start(), c.current_end());
      const date d = add_days(c.start(), std::uniform_int_distribution<long>(0, length)(engine));
      ASSERT_EQ(c.spend_to(d, rule) + c.spend_between(add_days(d, 1), add_days(c.current_end(), 1), rule), current)
          << about << " split on " << to_iso(d);
    }
    // The modifications are worth what they add to the contract without them.
    const std::vector<modification_value> values = c.modification_values();
    ASSERT_EQ(values.size(), c.modifications().size());
    const money without = r.awarded->current_value();
    ASSERT_EQ(current - without, values.empty() ? money() : values.back().cumulative) << about;
    money running;
    for (const modification_value& v : values) {
      running += v.value;
      ASSERT_EQ(v.cumulative, running) << about;
      if (!c.maximum_value().is_zero()) {
        ASSERT_EQ(v.share, v.value.ratio_to(c.maximum_value())) << about;
      }
    }
    // The phases begin on the start and stop after the current end.
    ASSERT_EQ(c.state_on(add_days(c.start(), -1)).phase, contract_phase::not_started) << about;
    ASSERT_EQ(c.state_on(c.start()).phase, contract_phase::base_term) << about;
    ASSERT_NE(c.state_on(c.current_end()).phase, contract_phase::ended) << about;
    ASSERT_EQ(c.state_on(add_days(c.current_end(), 1)).phase, contract_phase::ended) << about;
  }
}

// ---------------------------------------------------------------- history and equality

TEST(ContractTest, KeepsWhatWasDoneInOrderAndReplaysIt) {
  // A cut of £40 from the start while the option is pending, the option taken, then £50 more
  // from year 2: replayed in that order the contract is the same, (100 - 40) + (50 - 40 + 50).
  contract c("c", "p", on("1 May 2016"), term::parse("1+1"), price::per_contract_year(parse_all({"£100", "£50"})));
  c.modify({.annual_change = pounds("-£40")}, on("1 May 2016"));
  c.exercise(1, on("1 March 2017"));
  c.modify({.annual_change = pounds("£50")}, on("1 May 2017"));
  ASSERT_EQ(c.history().size(), 3U);
  EXPECT_EQ(c.history()[0].what, contract_event::kind::modify);
  EXPECT_EQ(c.history()[0].change->from_month, 0);  // as stored: its month filled in
  EXPECT_EQ(c.history()[1], (contract_event{contract_event::kind::exercise, 1, on("1 March 2017"), std::nullopt}));
  EXPECT_EQ(c.history()[2].change->from_month, 12);
  EXPECT_EQ(name_of(c.history()[1].what), "exercise");

  contract replayed("c", "p", on("1 May 2016"), term::parse("1+1"), price::per_contract_year(parse_all({"£100", "£50"})));
  for (const contract_event& event : c.history()) replayed.apply(event);
  EXPECT_EQ(replayed, c);
  EXPECT_EQ(replayed.history(), c.history());
  EXPECT_EQ(replayed.current_value(), pounds("£120"));
}

TEST(ContractTest, RecordsOnlyWhatSucceeded) {
  contract kent = kent_as_awarded();
  EXPECT_THROW(kent.exercise(2), invalid_input);  // option 1 still pending
  kent.decline(1);
  EXPECT_THROW((void)kent.modify({.ground = modification_ground::pcr_72_1_c}), invalid_input);  // changes nothing
  ASSERT_EQ(kent.history().size(), 1U);
  EXPECT_EQ(kent.history()[0], (contract_event{contract_event::kind::decline, 1, std::nullopt, std::nullopt}));
}

TEST(ContractTest, EqualWhenAwardedAndChangedAlikeWhateverTheOrder) {
  // Seed 004 as extended, and the same contract whose value change came before its options.
  EXPECT_EQ(kent_as_extended(), kent_as_extended());
  EXPECT_NE(kent_as_awarded(), kent_as_extended());
  contract first = young_carers();
  first.exercise(1);
  first.modify({.annual_change = pounds("£100"), .from_month = 0});
  contract second = young_carers();
  second.modify({.annual_change = pounds("£100"), .from_month = 0});
  second.exercise(1);
  EXPECT_NE(first.history(), second.history());
  EXPECT_EQ(first, second);
  EXPECT_EQ(first.current_value(), pounds("£1,302,339.52"));  // 4 years at £325,484.88 + £100
}

TEST(ContractTest, AChangeOfValueFromInsideTheMonthsItAdds) {
  // After both options, a year more from 1 May 2021 whose price rises by £10,000 from
  // 1 November 2021: year 6 is 6 months at £325,484 and 6 at £335,484, £330,484.
  contract kent = kent_as_awarded();
  kent.exercise(1);
  kent.exercise(2);
  EXPECT_EQ(kent.modify({.ground = modification_ground::pcr_72_1_c, .months = 12, .annual_change = pounds("£10,000")},
                        on("1 November 2021")),
            1U);
  EXPECT_EQ(kent.modifications()[0].from_month, 66);
  EXPECT_EQ(kent.contract_years()[5].value, pounds("£330,484"));
  EXPECT_EQ(kent.current_value(), pounds("£1,957,904"));
  // Seed 002: £100,000 more from 1 May 2020, an anniversary inside the contract (month 48).
  contract c = young_carers();
  c.exercise(1);
  c.exercise(2);
  c.modify({.annual_change = pounds("£100,000")}, on("1 May 2020"));
  EXPECT_EQ(c.modifications()[0].from_month, 48);
  EXPECT_EQ(c.annual_value_on(on("1 May 2020")), pounds("£425,484.88"));
  // Not an anniversary, or outside the contract and the months added.
  EXPECT_TRUE(fails_with<std::invalid_argument>([&] { (void)c.modify({.annual_change = pounds("£1")}, on("2 May 2020")); },
                                                "commissioning.contract.006", "2 May 2020 is not a monthly anniversary"));
  EXPECT_TRUE(fails_with<std::invalid_argument>(
      [&] { (void)c.modify({.months = 12, .annual_change = pounds("£1")}, on("1 May 2022")); },
      "commissioning.contract.006", "1 May 2022"));
  EXPECT_EQ(c.history().size(), 3U);
}

TEST(ContractTest, AProfilePrintsItsYearsAndTotal) {
  const financial_year_profile profile = kent_as_extended().profile(contract_scope::base);
  EXPECT_EQ(to_string(profile),
            "By financial year (equal monthly instalments, part months pro rata by days), over the base term, to "
            "30 April 2019:\n  2016-17: £298,360.33\n  2017-18: £325,484.00\n  2018-19: £325,484.00\n"
            "  2019-20: £27,123.67\n  Total: £976,452.00");
  EXPECT_EQ(profile, kent_as_awarded().profile(contract_scope::base));
  EXPECT_NE(profile, kent_as_awarded().profile(contract_scope::base, apportion_rule::daily));
  EXPECT_EQ(to_string(financial_year_profile{apportion_rule::daily, {}, money{}}),
            "By financial year (by days):\n  Total: £0.00");
}

TEST(ContractTest, ExercisingAnOptionThatAValueChangeMakesNegativeIsRefused) {
  // Year 1 costs £100, the option year £50. A cut of £80 a year from the start is valid while
  // the option is pending (£20 in year 1), but would make the option year cost -£30.
  contract c("c", "p", parse_date("1 May 2016"), term::parse("1+1"),
             price::per_contract_year({money::parse("£100"), money::parse("£50")}));
  c.modify({.annual_change = money::parse("-£80"), .from_month = 0});
  EXPECT_THROW(c.exercise(1), invalid_input);
  EXPECT_EQ(c.options().front().status, option_status::pending);
  EXPECT_EQ(c.current_value(), money::parse("£20"));
}

}  // namespace
