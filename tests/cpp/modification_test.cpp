// modification: the legal grounds for changing a contract during its term, and what each
// modification of a contract is worth against the contract's original (estimated) value.
#include <commissioning/contract/contract.hpp>
#include <commissioning/contract/modification.hpp>

#include <gtest/gtest.h>

#include "fails_with.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace {

using namespace commissioning;

money pounds(std::string_view text) { return money::parse(text); }
date on(std::string_view text) { return parse_date(text); }

// Seed 004: "Kent County Councils Young Carers Contract commenced on the 1 May 2016 for a term
// of three years with the provision to further extend on a one year plus one year basis";
// "The total annual value of the contract is £325,484."
contract kent_with_both_options() {
  contract kent("Kent Young Carers", "Imago", on("1 May 2016"), term::parse("3+1+1"), price::annual(pounds("£325,484")));
  kent.exercise(1);
  kent.exercise(2);
  return kent;
}

// Seed 002: the Young Carers contract value of £325,484.88 (same start and term as seed 004).
contract young_carers_with_both_options() {
  contract c("Young Carers", "Imago", on("1 May 2016"), term::parse("3+1+1"), price::annual(pounds("£325,484.88")));
  c.exercise(1);
  c.exercise(2);
  return c;
}

// ---------------------------------------------------------------- grounds

TEST(ModificationGroundTest, HasAShortCodeForEachGround) {
  EXPECT_EQ(code(modification_ground::pcr_72_1_a), "72(1)(a)");
  EXPECT_EQ(code(modification_ground::pcr_72_1_b), "72(1)(b)");
  EXPECT_EQ(code(modification_ground::pcr_72_1_c), "72(1)(c)");
  EXPECT_EQ(code(modification_ground::pcr_72_1_d), "72(1)(d)");
  EXPECT_EQ(code(modification_ground::pcr_72_1_e), "72(1)(e)");
  EXPECT_EQ(code(modification_ground::pcr_72_1_f), "72(1)(f)");
  EXPECT_EQ(code(modification_ground::pa2023_permitted), "s74(1)(a)");
  EXPECT_EQ(code(modification_ground::pa2023_not_substantial), "s74(1)(b)");
  EXPECT_EQ(code(modification_ground::pa2023_below_threshold), "s74(1)(c)");
  EXPECT_EQ(code(modification_ground::pa2023_known_risk), "sch8 para5");
  EXPECT_EQ(code(modification_ground::pa2023_unforeseeable), "sch8 para4");
  EXPECT_EQ(code(modification_ground::pa2023_additional), "sch8 additional");
  EXPECT_EQ(code(modification_ground::pa2023_restructuring), "sch8 para9");
  EXPECT_EQ(code(modification_ground::other), "other");
}

TEST(ModificationGroundTest, CitesTheRegulationsAsAReportDoes) {
  // Seed 004: "section 72 (1) c of the Public Contract Regulations 2015".
  EXPECT_EQ(citation(modification_ground::pcr_72_1_c), "Public Contracts Regulations 2015, regulation 72(1)(c)");
  EXPECT_EQ(citation(modification_ground::pcr_72_1_f), "Public Contracts Regulations 2015, regulation 72(1)(f)");
  EXPECT_EQ(citation(modification_ground::pa2023_permitted),
            "Procurement Act 2023, section 74(1)(a) and Schedule 8 (permitted modification)");
  EXPECT_EQ(citation(modification_ground::pa2023_known_risk),
            "Procurement Act 2023, Schedule 8 paragraph 5 (materialisation of a known risk)");
  EXPECT_EQ(citation(modification_ground::pa2023_not_substantial),
            "Procurement Act 2023, section 74(1)(b) (not a substantial modification)");
  EXPECT_EQ(citation(modification_ground::pa2023_below_threshold),
            "Procurement Act 2023, section 74(1)(c) (below-threshold modification)");
  EXPECT_EQ(citation(modification_ground::pa2023_unforeseeable),
            "Procurement Act 2023, Schedule 8 paragraph 4 (unforeseeable circumstances)");
  EXPECT_EQ(citation(modification_ground::pa2023_restructuring),
            "Procurement Act 2023, Schedule 8 paragraph 9 (transfer on corporate restructuring)");
  EXPECT_EQ(citation(modification_ground::other), "another ground");
}

TEST(ModificationGroundTest, ReadsAGroundHoweverItIsWritten) {
  EXPECT_EQ(parse_modification_ground("72(1)(c)"), modification_ground::pcr_72_1_c);
  EXPECT_EQ(parse_modification_ground("reg 72(1)(c)"), modification_ground::pcr_72_1_c);
  EXPECT_EQ(parse_modification_ground("PCR 72(1)(c)"), modification_ground::pcr_72_1_c);
  EXPECT_EQ(parse_modification_ground("Regulation 72(1)(c)"), modification_ground::pcr_72_1_c);
  EXPECT_EQ(parse_modification_ground("reg. 72(1)(a)"), modification_ground::pcr_72_1_a);
  EXPECT_EQ(parse_modification_ground("PCR 2015 72(1)(e)"), modification_ground::pcr_72_1_e);
  EXPECT_EQ(parse_modification_ground("s74(1)(a)"), modification_ground::pa2023_permitted);
  EXPECT_EQ(parse_modification_ground("section 74(1)(b)"), modification_ground::pa2023_not_substantial);
  EXPECT_EQ(parse_modification_ground("74(1)(c)"), modification_ground::pa2023_below_threshold);
  EXPECT_EQ(parse_modification_ground("Sch 8 para 5"), modification_ground::pa2023_known_risk);
  EXPECT_EQ(parse_modification_ground("Sch 8 para 4"), modification_ground::pa2023_unforeseeable);
  EXPECT_EQ(parse_modification_ground("Sch 8 additional"), modification_ground::pa2023_additional);
  EXPECT_EQ(parse_modification_ground("OTHER"), modification_ground::other);
}

TEST(ModificationGroundTest, ReadsBackEveryCode) {
  for (const modification_ground ground : all_modification_grounds)
    EXPECT_EQ(parse_modification_ground(code(ground)), ground) << code(ground);
}

TEST(ModificationGroundTest, RefusesAnUnknownGround) {
  EXPECT_TRUE(fails_with<std::invalid_argument>(
      [] { (void)parse_modification_ground("72(1)(z)"); }, "commissioning.contract.012",
      "unknown modification ground '72(1)(z)'; use 72(1)(a)-(f), s74(1)(a), s74(1)(b), s74(1)(c), sch8 para4, "
      "sch8 para5, sch8 para9, sch8 additional or other"));
  for (const std::string_view text : {"", "72(1)", "72(2)", "s74(1)(d)", "sch8", "covid"})
    EXPECT_TRUE(fails_with<std::invalid_argument>([&] { (void)parse_modification_ground(text); },
                                                  "commissioning.contract.012", quote(text)))
        << text;
}

TEST(ModificationTest, ChangesNothingByDefault) {
  const modification m;
  EXPECT_EQ(m.ground, modification_ground::other);
  EXPECT_EQ(m.months, 0);
  EXPECT_TRUE(m.annual_change.is_zero());
  EXPECT_FALSE(m.from_month.has_value());
  EXPECT_TRUE(m.description.empty());
}

// ---------------------------------------------------------------- kinds and values

TEST(ModificationTest, ExtendsTheTermAfterTheExercisedOptions) {
  // Seed 004: "to further extend this contract by one year to 30 April 2022" under 72(1)(c).
  contract kent = kent_with_both_options();
  EXPECT_EQ(kent.current_end(), on("30 April 2021"));
  EXPECT_EQ(kent.modify({.ground = modification_ground::pcr_72_1_c, .months = 12,
                         .description = "Covid-19: a new provider could not mobilise"}),
            1U);
  EXPECT_EQ(kent.current_end(), on("30 April 2022"));
  ASSERT_EQ(kent.modifications().size(), 1U);
  EXPECT_EQ(kent.modifications()[0].ground, modification_ground::pcr_72_1_c);
  EXPECT_EQ(kent.modifications()[0].from_month, std::optional<int>(60));  // the start of the months it adds
}

TEST(ModificationTest, CovidExtensionIsAFifthOfTheOriginalValue) {
  // Seed 004: 12 months at £325,484 is £325,484.00; the original value, the maximum as
  // awarded, is five years at £325,484 = £1,627,420.00; £325,484 / £1,627,420 = 1/5 = 20%,
  // under the 50% cap of regulation 72(1)(c).
  contract kent = kent_with_both_options();
  kent.modify({.ground = modification_ground::pcr_72_1_c, .months = 12});
  EXPECT_EQ(kent.maximum_value(), pounds("£1,627,420.00"));
  const std::vector<modification_value> values = kent.modification_values();
  ASSERT_EQ(values.size(), 1U);
  EXPECT_EQ(values[0].value, pounds("£325,484.00"));
  EXPECT_EQ(values[0].share, rate::parse("20%"));
  EXPECT_LT(values[0].share, rate::parse("50%"));
  EXPECT_EQ(values[0].cumulative, pounds("£325,484.00"));
  EXPECT_EQ(values[0].cumulative_share, rate::parse("20%"));
  EXPECT_EQ(kent.current_value(), pounds("£1,952,904.00"));
}

TEST(ModificationTest, ChangesTheValueFromAMonthlyAnniversary) {
  // Seed 002: £100,000 added to the £325,484.88 Young Carers contract. From 1 May 2020, the
  // 48th monthly anniversary of 1 May 2016 and the start of contract year 5, year 5 costs
  // £425,484.88: the modification is worth £100,000.00 of the original £1,627,424.40
  // (5 x £325,484.88), a share of 10,000,000p / 162,742,440p.
  contract c = young_carers_with_both_options();
  EXPECT_EQ(c.month_at(on("1 May 2020")), 48);
  c.modify({.ground = modification_ground::pcr_72_1_b, .annual_change = pounds("£100,000"),
            .from_month = c.month_at(on("1 May 2020")), .description = "re-provision for unmet need"});
  EXPECT_EQ(c.current_end(), on("30 April 2021"));  // the term is unchanged
  EXPECT_EQ(c.annual_value_on(on("30 April 2020")), pounds("£325,484.88"));
  EXPECT_EQ(c.annual_value_on(on("1 May 2020")), pounds("£425,484.88"));
  const modification_value value = c.modification_values().at(0);
  EXPECT_EQ(value.value, pounds("£100,000.00"));
  EXPECT_EQ(value.share, rate::ratio(10'000'000, 162'742'440));
  EXPECT_EQ(c.current_value(), pounds("£1,727,424.40"));
}

TEST(ModificationTest, ChangesTheValueMidContractYear) {
  // £100,000 more a year from 1 November 2020 (month 54), half way through contract year 5
  // (1 May 2020 to 30 April 2021):
  //   May to October 2020:      £325,484.88 x 6/12 = £162,742.44
  //   November 2020 to April 2021: £425,484.88 x 6/12 = £212,742.44
  // Year 5 is £375,484.88, £50,000.00 more than before.
  contract c = young_carers_with_both_options();
  c.modify({.annual_change = pounds("£100,000"), .from_month = c.month_at(on("1 November 2020"))});
  EXPECT_EQ(c.contract_years().at(4).value, pounds("£375,484.88"));
  EXPECT_EQ(c.modification_values().at(0).value, pounds("£50,000.00"));
  EXPECT_EQ(c.annual_value_on(on("31 October 2020")), pounds("£325,484.88"));
  EXPECT_EQ(c.annual_value_on(on("1 November 2020")), pounds("£425,484.88"));
}

TEST(ModificationTest, CanExtendTheTermAndChangeTheValueAtOnce) {
  // 12 more months at 10% more a year: the change takes effect, by default, from the start of
  // the months added (1 May 2021). Year 6 costs £325,484 + £32,548.40 = £358,032.40, which is
  // what the modification adds; £358,032.40 / £1,627,420 = 22%.
  contract kent = kent_with_both_options();
  kent.modify({.ground = modification_ground::pcr_72_1_c, .months = 12, .annual_change = pounds("£32,548.40")});
  EXPECT_EQ(kent.modifications()[0].from_month, std::optional<int>(60));
  EXPECT_EQ(kent.annual_value_on(on("30 April 2021")), pounds("£325,484"));
  EXPECT_EQ(kent.annual_value_on(on("1 May 2021")), pounds("£358,032.40"));
  EXPECT_EQ(kent.modification_values().at(0).value, pounds("£358,032.40"));
  EXPECT_EQ(kent.modification_values().at(0).share, rate::parse("22%"));
}

TEST(ModificationTest, CountsEachModificationAndTheRunningTotal) {
  // 1: seed 004's 12 months at £325,484: £325,484.00, 20%.
  // 2: 10% more for the added year, from 1 May 2021 (month 60): £32,548.40, 2%.
  // Together £358,032.40, 22% of £1,627,420. (Regulation 72(2): the 50% cap applies to each.)
  contract kent = kent_with_both_options();
  kent.modify({.ground = modification_ground::pcr_72_1_c, .months = 12});
  EXPECT_EQ(kent.modify({.ground = modification_ground::pcr_72_1_b, .annual_change = pounds("£32,548.40"),
                         .from_month = kent.month_at(on("1 May 2021"))}),
            2U);
  const std::vector<modification_value> values = kent.modification_values();
  ASSERT_EQ(values.size(), 2U);
  EXPECT_EQ(values[0].value, pounds("£325,484.00"));
  EXPECT_EQ(values[0].share, rate::parse("20%"));
  EXPECT_EQ(values[1].value, pounds("£32,548.40"));
  EXPECT_EQ(values[1].share, rate::parse("2%"));
  EXPECT_EQ(values[1].cumulative, pounds("£358,032.40"));
  EXPECT_EQ(values[1].cumulative_share, rate::parse("22%"));
  EXPECT_EQ(kent.current_value(), pounds("£1,985,452.40"));  // £1,952,904 + £32,548.40
}

TEST(ModificationTest, CanReduceTheValue) {
  // £25,484 less a year from 1 May 2019 (year 4): years 4 and 5 cost £300,000 each, so the
  // modification is worth -£50,968.00 (-5,096,800p of 162,742,000p).
  contract kent = kent_with_both_options();
  kent.modify({.ground = modification_ground::pcr_72_1_e, .annual_change = pounds("-£25,484"),
               .from_month = kent.month_at(on("1 May 2019"))});
  EXPECT_EQ(kent.annual_value_on(on("1 May 2019")), pounds("£300,000"));
  EXPECT_EQ(kent.modification_values().at(0).value, pounds("-£50,968.00"));
  EXPECT_EQ(kent.modification_values().at(0).share, rate::ratio(-5'096'800, 162'742'000));
  EXPECT_EQ(kent.current_value(), pounds("£1,576,452.00"));  // £1,627,420 - £50,968
}

TEST(ModificationTest, ExtensionAtAnIndexedPriceIsIndexedToo) {
  // At 3% a year from year 2 on £325,484.88 (see ContractTest.FixedUpliftIsRoundedEachYear),
  // year 5 costs £366,336.10; a sixth year by modification costs
  // £366,336.10 x 1.03 = £377,326.183 -> £377,326.18.
  contract c("Young Carers", "Imago", on("1 May 2016"), term::parse("3+1+1"), price::annual(pounds("£325,484.88")),
             indexation::fixed(rate::parse("3%")));
  c.exercise(1);
  c.exercise(2);
  c.modify({.ground = modification_ground::pcr_72_1_c, .months = 12});
  EXPECT_EQ(c.modification_values().at(0).value, pounds("£377,326.18"));
  EXPECT_EQ(c.annual_value_on(on("1 May 2021")), pounds("£377,326.18"));
}

TEST(ModificationTest, FollowsADeclinedOption) {
  // Option 1 taken, option 2 declined: the term ends 30 April 2020 and six months by
  // modification run to 31 October 2020.
  contract kent("Kent Young Carers", "Imago", on("1 May 2016"), term::parse("3+1+1"), price::annual(pounds("£325,484")));
  kent.exercise(1);
  kent.decline(2);
  kent.modify({.ground = modification_ground::pcr_72_1_c, .months = 6});
  EXPECT_EQ(kent.current_end(), on("31 October 2020"));
  EXPECT_EQ(kent.state_on(on("1 May 2020")), (contract_state{contract_phase::modification, 1}));
  // Six months of year 5 at £325,484: £162,742.00.
  EXPECT_EQ(kent.modification_values().at(0).value, pounds("£162,742.00"));
}

// ---------------------------------------------------------------- what a modification cannot do

TEST(ModificationTest, WaitsForPendingOptionsBeforeExtendingTheTerm) {
  contract kent("Kent Young Carers", "Imago", on("1 May 2016"), term::parse("3+1+1"), price::annual(pounds("£325,484")));
  kent.exercise(1);
  EXPECT_TRUE(fails_with<std::invalid_argument>(
      [&] { kent.modify({.ground = modification_ground::pcr_72_1_c, .months = 12}); }, "commissioning.contract.005",
      "option 2 is still pending: exercise or decline it before extending the term by modification"));
  EXPECT_TRUE(kent.modifications().empty());
  // A change in value alone does not depend on the options.
  EXPECT_NO_THROW(kent.modify({.annual_change = pounds("£1,000"), .from_month = 12}));
}

TEST(ModificationTest, TakesAChangeInValueFromAMonthlyAnniversaryInsideTheContract) {
  contract kent = kent_with_both_options();
  kent.modify({.ground = modification_ground::pcr_72_1_c, .months = 12});
  // docs/errors.md, word for word.
  EXPECT_TRUE(fails_with<std::invalid_argument>(
      [&] { (void)kent.month_at(on("15 June 2020")); }, "commissioning.contract.006",
      "15 June 2020 is not a monthly anniversary of the start (1 May 2016) inside the contract; a change in value "
      "takes effect from one"));
  EXPECT_TRUE(fails_with<std::invalid_argument>([&] { (void)kent.month_at(on("1 April 2016")); },
                                                "commissioning.contract.006", "1 April 2016"));
  EXPECT_TRUE(fails_with<std::invalid_argument>([&] { (void)kent.month_at(on("1 June 2022")); },
                                                "commissioning.contract.006", "1 June 2022"));
  EXPECT_EQ(kent.month_at(on("1 May 2016")), 0);
  EXPECT_EQ(kent.month_at(on("1 June 2016")), 1);
  EXPECT_EQ(kent.month_at(on("1 May 2022")), 72);  // the day after the end starts the months a modification adds

  // A change in value with no date, or from outside the contract.
  EXPECT_TRUE(fails_with<std::invalid_argument>([&] { kent.modify({.annual_change = pounds("£1,000")}); },
                                                "commissioning.contract.006",
                                                "modification 2 changes the annual value: say from when"));
  EXPECT_TRUE(fails_with<std::invalid_argument>(
      [&] { kent.modify({.annual_change = pounds("£1,000"), .from_month = 72}); }, "commissioning.contract.006",
      "modification 2 takes effect 72 months after the start, outside the contract"));
  EXPECT_TRUE(fails_with<std::invalid_argument>(
      [&] { kent.modify({.annual_change = pounds("£1,000"), .from_month = -1}); }, "commissioning.contract.006",
      "-1 months"));
  EXPECT_EQ(kent.modifications().size(), 1U);
}

TEST(ModificationTest, RefusesToMakeAnAnnualValueNegative) {
  // docs/errors.md: £325,484.88 - £400,000 = -£74,515.12 in contract year 5.
  contract c = young_carers_with_both_options();
  const money before = c.current_value();
  EXPECT_TRUE(fails_with<std::invalid_argument>(
      [&] { c.modify({.annual_change = pounds("-£400,000"), .from_month = c.month_at(on("1 May 2020"))}); },
      "commissioning.contract.010",
      "the modifications make the annual value of contract year 5 negative (-£74,515.12)"));
  // The refused modification is not recorded.
  EXPECT_TRUE(c.modifications().empty());
  EXPECT_EQ(c.current_value(), before);
  // Exactly to zero is allowed.
  EXPECT_NO_THROW(c.modify({.annual_change = pounds("-£325,484.88"), .from_month = 48}));
  EXPECT_EQ(c.annual_value_on(on("1 May 2020")), money());
}

TEST(ModificationTest, RefusesAModificationThatShortensAddsTooMuchOrChangesNothing) {
  contract kent = kent_with_both_options();
  EXPECT_TRUE(fails_with<std::invalid_argument>([&] { kent.modify({.months = -3}); }, "commissioning.contract.011",
                                                "modification 1 cannot shorten the term by 3 months"));
  EXPECT_TRUE(fails_with<std::invalid_argument>([&] { kent.modify({.months = 601}); }, "commissioning.contract.011",
                                                "601 months"));
  EXPECT_TRUE(fails_with<std::invalid_argument>([&] { kent.modify({}); }, "commissioning.contract.011",
                                                "modification 1 changes neither the term nor the value"));
  EXPECT_TRUE(kent.modifications().empty());
  kent.modify({.months = 12});
  EXPECT_TRUE(fails_with<std::invalid_argument>([&] { kent.modify({.ground = modification_ground::pcr_72_1_a}); },
                                                "commissioning.contract.011",
                                                "modification 2 changes neither the term nor the value"));
}

TEST(ModificationGroundTest, ReadsTheGroundAsReportsWriteIt) {
  // Seed 004: "the Local Authority utilised section 72 (1) c of the Public Contract Regulations 2015".
  EXPECT_EQ(parse_modification_ground("section 72 (1) c"), modification_ground::pcr_72_1_c);
  EXPECT_EQ(parse_modification_ground("PCR 2015 reg 72(1)(c)"), modification_ground::pcr_72_1_c);
  EXPECT_EQ(parse_modification_ground("Public Contracts Regulations 2015, regulation 72(1)(b)"),
            modification_ground::pcr_72_1_b);
  EXPECT_THROW((void)parse_modification_ground("section 72 (1) g"), invalid_input);
}

}  // namespace
