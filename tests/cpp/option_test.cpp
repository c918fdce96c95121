// Options and their lines: money by financial year from every source the library knows.
#include <commissioning/appraisal/option.hpp>

#include <gtest/gtest.h>

#include "fails_with.hpp"

namespace {

using namespace commissioning;

money pounds(const char* text) { return money::parse(text); }

TEST(OptionTest, RecurringLinesAreIndexedYearOnYear) {
  const auto staff = appraisal_line::recurring("Staff", line_kind::cost, cost_category::staff, pounds("£100,000"),
                                               financial_year(2022), financial_year(2024), rate::parse("2.5%"));
  EXPECT_EQ(staff.in(financial_year(2022)), pounds("£100,000"));
  EXPECT_EQ(staff.in(financial_year(2023)), pounds("£102,500"));
  EXPECT_EQ(staff.in(financial_year(2024)), pounds("£105,062.50"));
  EXPECT_EQ(staff.in(financial_year(2025)), money());
  EXPECT_EQ(staff.total(), pounds("£307,562.50"));
  EXPECT_EQ(staff.basis(), "£100,000.00 a year, 2022-23 to 2024-25, uplifted 2.5% a year");
  EXPECT_FALSE(staff.one_off());
}

TEST(OptionTest, OneOffLinesFallInOneYear) {
  const auto tupe = appraisal_line::one_off("TUPE", line_kind::cost, cost_category::tupe_and_transition,
                                            pounds("£40,000"), financial_year(2022));
  EXPECT_TRUE(tupe.one_off());
  ASSERT_EQ(tupe.amounts().size(), 1u);
  EXPECT_EQ(tupe.amounts().front().year, financial_year(2022));
  EXPECT_EQ(tupe.total(), pounds("£40,000"));
}

TEST(OptionTest, ContractLinesReconcileToTheContractProfile) {
  // Seed 004 as awarded: 1 May 2016, 3+1+1 at £325,500, to 30 April 2021 with both options.
  const contract kent("Young carers", "Provider", parse_date("1 May 2016"), term::parse("3+1+1"),
                      price::annual(pounds("£325,500")));
  const auto payments = appraisal_line::from_contract("Contract payments", kent, contract_scope::maximum);
  EXPECT_EQ(payments.category(), cost_category::contract_payments);
  EXPECT_EQ(payments.total(), pounds("£1,627,500"));
  EXPECT_EQ(payments.amounts().size(), 6u);  // 2016-17 to 2021-22: eleven months, four years, one month
  EXPECT_EQ(payments.in(financial_year(2016)), pounds("£298,375"));
  EXPECT_EQ(payments.in(financial_year(2021)), pounds("£27,125"));
}

TEST(OptionTest, EnvelopeLinesTakeTheAvailableMoney) {
  const auto budget = envelope::flat("Young carers", pounds("£70,000"), financial_year(2018), financial_year(2020))
                          .capped_at(pounds("£65,000"));
  const auto line = appraisal_line::from_envelope("In-house team", line_kind::cost, cost_category::staff, budget);
  EXPECT_EQ(line.total(), pounds("£195,000"));
}

TEST(OptionTest, ScalingRoundsEachYearToThePenny) {
  const auto line = appraisal_line::per_year("Running", line_kind::cost, cost_category::non_staff,
                                             {{financial_year(2022), pounds("£0.05")}, {financial_year(2023), pounds("£0.05")}});
  EXPECT_EQ(line.scaled(rate::parse("50%")).total(), pounds("£0.06"));  // 2.5p rounds half away from zero each year
}

TEST(OptionTest, OptionsCollectLinesWordsAndDuties) {
  option in_house("Create a new service in-house", option_kind::in_house);
  in_house
      .add(appraisal_line::recurring("Staff", line_kind::cost, cost_category::staff, pounds("£265,000"),
                                     financial_year(2022), financial_year(2026)))
      .advantage("A procurement process will not be required")
      .risk("TUPE of staff from the existing provider into KCC headcount")
      .duty("assess the needs of young carers (Children and Families Act 2014)", true)
      .output("young carers assessed", 1000, financial_year(2022), financial_year(2026));
  EXPECT_EQ(in_house.lines().size(), 1u);
  EXPECT_EQ(in_house.line("Staff").category(), cost_category::staff);
  EXPECT_EQ(in_house.advantages().size(), 1u);
  EXPECT_EQ(in_house.risks().front(), "TUPE of staff from the existing provider into KCC headcount");
  EXPECT_TRUE(in_house.meets_statutory_duties());
  EXPECT_EQ(in_house.output()->total(), 5000);

  option nothing("Do nothing", option_kind::do_nothing);
  nothing.duty("assess the needs of young carers (Children and Families Act 2014)", false);
  EXPECT_FALSE(nothing.meets_statutory_duties());
}

TEST(OptionTest, OptimismBiasAppliesToTheCategoriesNamed) {
  option external("External", option_kind::external_commission);
  external.optimism_bias(rate::parse("10%"), "illustrative", {cost_category::contract_payments});
  EXPECT_TRUE(external.optimism_bias()->applies(cost_category::contract_payments));
  EXPECT_FALSE(external.optimism_bias()->applies(cost_category::procurement));
  external.optimism_bias(rate::parse("5%"), "every cost");
  EXPECT_TRUE(external.optimism_bias()->applies(cost_category::procurement));
}

TEST(OptionTest, OptimismBiasFromTheGreenBookTable) {
  option external("External", option_kind::external_commission);
  const optimism_bias_adjustment outsourcing(project_type::outsourcing, optimism_bias_measure::operating_cost,
                                             optimism_bias_bound::upper, rate::parse("50%"));
  external.optimism_bias(outsourcing, {cost_category::contract_payments});
  EXPECT_EQ(external.optimism_bias()->uplift, rate::parse("20.5%"));
  EXPECT_EQ(external.optimism_bias()->description, outsourcing.describe());
  EXPECT_TRUE(fails_with<std::invalid_argument>(
      [&] {
        external.optimism_bias(optimism_bias_adjustment(project_type::standard_buildings, optimism_bias_measure::works_duration));
      },
      "commissioning.option.009", "works-duration"));
}

TEST(OptionTest, KindsAndCategoriesReadAsWords) {
  EXPECT_EQ(parse_option_kind("in-house"), option_kind::in_house);
  EXPECT_EQ(parse_option_kind("External_Commission"), option_kind::external_commission);
  EXPECT_EQ(parse_cost_category("TUPE and transition"), cost_category::tupe_and_transition);
  EXPECT_EQ(parse_line_kind("cashable_saving"), line_kind::cashable_saving);
  EXPECT_EQ(to_string(cost_category::tupe_and_transition), "TUPE and transition");
  EXPECT_EQ(to_string(option_kind::in_house), "in-house");
  EXPECT_TRUE(fails_with<std::invalid_argument>([] { (void)parse_option_kind("outsource"); }, "commissioning.option.001",
                                                "'outsource'"));
}

TEST(OptionTest, BadLinesAndOptionsAreRefused) {
  option o("External", option_kind::external_commission);
  o.add(appraisal_line::one_off("Procurement", line_kind::cost, cost_category::procurement, pounds("£15,000"),
                                financial_year(2022)));
  EXPECT_TRUE(fails_with<std::invalid_argument>(
      [&] {
        o.add(appraisal_line::one_off("Procurement", line_kind::cost, cost_category::procurement, pounds("£1"),
                                      financial_year(2023)));
      },
      "commissioning.option.002", "'Procurement'"));
  EXPECT_TRUE(fails_with<std::invalid_argument>(
      [] {
        (void)appraisal_line::one_off("Refund", line_kind::cost, cost_category::other, pounds("-£5"), financial_year(2022));
      },
      "commissioning.option.003", "-£5.00"));
  EXPECT_TRUE(fails_with<std::invalid_argument>(
      [] {
        (void)appraisal_line::per_year("Twice", line_kind::cost, cost_category::other,
                                       {{financial_year(2022), pounds("£1")}, {financial_year(2022), pounds("£2")}});
      },
      "commissioning.option.003", "2022-23 twice"));
  EXPECT_TRUE(fails_with<std::invalid_argument>([&] { (void)o.line("Staff"); }, "commissioning.option.006", "'Staff'"));
  EXPECT_TRUE(fails_with<std::invalid_argument>([] { option(""); }, "commissioning.option.005", "name"));
  EXPECT_TRUE(fails_with<std::invalid_argument>([&] { o.optimism_bias(rate::parse("-1%"), "x"); }, "commissioning.option.007",
                                                "-1%"));
  EXPECT_TRUE(fails_with<std::invalid_argument>(
      [&] { o.output("assessments", -3, financial_year(2022), financial_year(2023)); }, "commissioning.option.008", "-3"));
  EXPECT_TRUE(fails_with<std::invalid_argument>(
      [&] { (void)o.line("Procurement").scaled(rate::parse("-10%")); }, "commissioning.option.004", "-0.1"));
}

TEST(OptionTest, ALineListsItsYearsAndAnOptionItsDutiesInWords) {
  const auto staff = appraisal_line::recurring("Staff", line_kind::cost, cost_category::staff, pounds("£100,000"),
                                               financial_year(2022, std::chrono::July), financial_year(2024, std::chrono::July));
  const std::vector<financial_year> years = staff.years();
  ASSERT_EQ(years.size(), 3u);
  EXPECT_EQ(years.front(), financial_year(2022, std::chrono::July));
  EXPECT_EQ(years.back().label(), "2024-25");
  for (const financial_year& year : years) EXPECT_EQ(staff.in(year), pounds("£100,000"));

  option o("In-house", option_kind::in_house);
  EXPECT_EQ(o.duties_in_words(), "no statutory duties named");
  o.duty("Assess young carers' needs", true);
  EXPECT_EQ(o.duties_in_words(), "meets every statutory duty named");
  o.duty("Publish a local offer", false);
  EXPECT_EQ(o.duties_in_words(), "fails 1 statutory duty");
  o.duty("Keep a register", false);
  EXPECT_EQ(o.duties_in_words(), "fails 2 statutory duties");
}

}  // namespace
