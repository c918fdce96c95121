// Appraisals: the Green Book's figures for options against a baseline, duties as constraints.
#include <commissioning/appraisal/appraisal.hpp>

#include <gtest/gtest.h>

#include "fails_with.hpp"

namespace {

using namespace commissioning;

money pounds(const char* text) { return money::parse(text); }
const financial_year y2022(2022);
const financial_year y2026(2026);
const char* duty = "assess the needs of young carers (Children and Families Act 2014)";

// Seed 000's options with illustrative costs: £325,500 a year either way; in-house adds a
// £40,000 TUPE and transition cost, external a £15,000 procurement.
appraisal kent() {
  option nothing("Do nothing", option_kind::do_nothing);
  nothing.duty(duty, false);
  option in_house("Create a new service in-house", option_kind::in_house);
  in_house
      .add(appraisal_line::recurring("Running costs", line_kind::cost, cost_category::staff, pounds("£325,500"), y2022, y2026))
      .add(appraisal_line::one_off("TUPE and transition", line_kind::cost, cost_category::tupe_and_transition,
                                   pounds("£40,000"), y2022))
      .duty(duty, true)
      .output("young carers assessed", 1000, y2022, y2026);
  option external("Externally commission a new service", option_kind::external_commission);
  external
      .add(appraisal_line::recurring("Contract payments", line_kind::cost, cost_category::contract_payments,
                                     pounds("£325,500"), y2022, y2026))
      .add(appraisal_line::one_off("Procurement", line_kind::cost, cost_category::procurement, pounds("£15,000"), y2022))
      .duty(duty, true)
      .output("young carers assessed", 1000, y2022, y2026);
  return appraisal("Kent young carers", appraisal_settings(y2022, 5), {nothing, in_house, external});
}

TEST(AppraisalTest, PresentValuesOfCostsFollowTheGreenBook) {
  const appraisal_result result = kent().run();
  const option_appraisal& external = result.option("Externally commission a new service");
  EXPECT_EQ(external.cash_costs, pounds("£1,642,500"));
  EXPECT_EQ(external.present_value_costs, pounds("£1,536,087.28"));  // £1,521,087.28 + £15,000 in year 0
  EXPECT_EQ(result.option("Create a new service in-house").present_value_costs, pounds("£1,561,087.28"));
  EXPECT_EQ(external.years.size(), 5u);
  EXPECT_EQ(external.years[0].net_cost, pounds("£340,500"));
  EXPECT_EQ(external.years[0].present_value, pounds("£340,500"));
  EXPECT_EQ(external.years[1].present_value, pounds("£314,492.75"));  // £325,500 / 1.035
  EXPECT_NEAR(external.years[4].discount_factor, 0.871442, 5e-7);
}

TEST(AppraisalTest, EquivalentAnnualCostAndCostPerUnit) {
  const appraisal_result result = kent().run();
  const option_appraisal& external = result.option("Externally commission a new service");
  EXPECT_EQ(external.equivalent_annual_cost, pounds("£328,709.87"));  // £1,536,087.28 / 4.673079
  EXPECT_EQ(external.output_units, 5000);
  EXPECT_EQ(external.output_unit, "young carers assessed");
  EXPECT_EQ(external.cost_per_unit, pounds("£307.22"));
  EXPECT_EQ(result.option("Create a new service in-house").equivalent_annual_cost, pounds("£334,059.67"));
  EXPECT_FALSE(result.option("Do nothing").cost_per_unit.has_value());
}

TEST(AppraisalTest, FailingAStatutoryDutyIsNeverPreferred) {
  const appraisal_result result = kent().run();
  const option_appraisal& nothing = result.option("Do nothing");
  EXPECT_EQ(nothing.present_value_costs, money());  // the cheapest, but
  EXPECT_FALSE(nothing.viable);
  EXPECT_EQ(nothing.rank, 3);
  EXPECT_EQ(nothing.failed_duties, std::vector<std::string>{duty});
  ASSERT_NE(result.preferred(), nullptr);
  EXPECT_EQ(result.preferred()->name, "Externally commission a new service");
  EXPECT_EQ(result.option("Create a new service in-house").rank, 2);
  ASSERT_EQ(result.reasons.size(), 2u);
  EXPECT_EQ(result.reasons[0],
            "Externally commission a new service is preferred: it meets every statutory duty named and has the lowest "
            "net present cost of the viable options, £1,536,087.28, £25,000.00 less than Create a new service in-house "
            "over 5 years.");
  EXPECT_EQ(result.reasons[1],
            "Do nothing is not viable: it fails the statutory duty to assess the needs of young carers (Children and "
            "Families Act 2014). It is costed and shown, never preferred.");
}

TEST(AppraisalTest, SocialValueIsMeasuredAgainstTheBaseline) {
  const appraisal_result result = kent().run();
  EXPECT_EQ(result.baseline().net_present_social_value, money());
  EXPECT_EQ(result.option("Externally commission a new service").net_present_social_value, pounds("-£1,536,087.28"));
  EXPECT_EQ(result.option("Externally commission a new service").benefit_cost_ratio, rate(0));  // no benefits
  EXPECT_FALSE(result.baseline().benefit_cost_ratio.has_value());  // no extra cost to divide by
}

TEST(AppraisalTest, BenefitCostRatioOfBox12) {
  // Green Book Box 12: present value of benefits £8m against costs of £10m.
  option scheme("Remediate the site", option_kind::other);
  scheme.add(appraisal_line::one_off("Remediation", line_kind::cost, cost_category::other, pounds("£10,000,000"), y2022))
      .add(appraisal_line::one_off("Land value uplift", line_kind::benefit, cost_category::other, pounds("£6,600,000"), y2022))
      .add(appraisal_line::one_off("Wider social benefits", line_kind::benefit, cost_category::other, pounds("£1,400,000"), y2022));
  const appraisal_result result =
      appraisal("Box 12", appraisal_settings(y2022, 1), {option("Do nothing", option_kind::do_nothing), scheme}).run();
  const option_appraisal& o = result.option("Remediate the site");
  EXPECT_EQ(o.present_value_benefits, pounds("£8,000,000"));
  EXPECT_EQ(o.net_present_social_value, pounds("-£2,000,000"));
  EXPECT_EQ(o.benefit_cost_ratio, rate::parse("0.8"));
  EXPECT_EQ(result.preferred()->name, "Do nothing");
}

TEST(AppraisalTest, OptimismBiasUpliftsTheCostsItAppliesTo) {
  appraisal base = kent();
  option external = base.option("Externally commission a new service");
  external.optimism_bias(rate::parse("10%"), "illustrative", {cost_category::contract_payments});
  const appraisal_result result = base.with_option(external).run();
  const option_appraisal& o = result.option("Externally commission a new service");
  EXPECT_EQ(o.optimism_bias, pounds("£162,750"));  // 10% of £1,627,500, not of the procurement
  EXPECT_EQ(o.years[0].optimism_bias, pounds("£32,550"));
  EXPECT_EQ(o.present_value_costs, pounds("£1,688,196.01"));  // £1,536,087.28 + 10% × £1,521,087.28
  EXPECT_EQ(result.preferred()->name, "Create a new service in-house");
  EXPECT_EQ(result.assumptions[3], "Optimism bias on Externally commission a new service: 10% (illustrative).");
}

TEST(AppraisalTest, RealPricesDeflateCashBeforeDiscounting) {
  appraisal_settings settings(y2022, 2);
  settings.deflator = deflator::constant_growth("GDP deflator", rate::parse("2%"), y2022, financial_year(2023));
  option o("Indexed", option_kind::external_commission);
  o.add(appraisal_line::recurring("Payments", line_kind::cost, cost_category::contract_payments, pounds("£100,000"), y2022,
                                  financial_year(2023), rate::parse("2%")));
  const appraisal_result result = appraisal("Real", settings, {option("Do nothing"), o}).run();
  const option_appraisal& r = result.option("Indexed");
  EXPECT_EQ(r.cash_costs, pounds("£202,000"));
  EXPECT_EQ(r.years[1].net_cost, pounds("£100,000"));  // £102,000 of 2023-24 cash in 2022-23 prices
  EXPECT_EQ(r.present_value_costs, pounds("£196,618.36"));  // £100,000 + £100,000 / 1.035
  EXPECT_EQ(result.assumptions[0], "Figures are in real 2022-23 prices, cash deflated by 'GDP deflator'.");

  settings.basis = price_basis::nominal;
  const appraisal_result nominal = appraisal("Nominal", settings, {option("Do nothing"), o}).run();
  EXPECT_EQ(nominal.option("Indexed").present_value_costs, pounds("£198,550.72"));  // £100,000 + £102,000 / 1.035
}

TEST(AppraisalTest, MoneyOutsideThePeriodIsLeftOutAndSaidToBe) {
  option o("Long", option_kind::external_commission);
  o.add(appraisal_line::recurring("Payments", line_kind::cost, cost_category::contract_payments, pounds("£1,000"), y2022,
                                  financial_year(2030)));
  const appraisal_result result = appraisal("Short", appraisal_settings(y2022, 3), {option("Do nothing"), o}).run();
  EXPECT_EQ(result.option("Long").cash_costs, pounds("£3,000"));
  EXPECT_EQ(result.assumptions.back(), "£6,000.00 of 'Payments' (Long) falls outside the appraisal period and is left out.");
}

TEST(AppraisalTest, SavingsAndIncomeCountAsBenefits) {
  option o("Shared service", option_kind::shared_service);
  o.add(appraisal_line::one_off("Set-up", line_kind::cost, cost_category::mobilisation, pounds("£50,000"), y2022))
      .add(appraisal_line::recurring("Shared management", line_kind::cashable_saving, cost_category::staff,
                                     pounds("£20,000"), y2022, financial_year(2024)))
      .add(appraisal_line::one_off("Sale of equipment", line_kind::income, cost_category::other, pounds("£5,000"), y2022));
  const appraisal_result result = appraisal("Share", appraisal_settings(y2022, 3), {option("Do nothing"), o}).run();
  const option_appraisal& r = result.option("Shared service");
  EXPECT_EQ(r.cash_benefits, pounds("£65,000"));
  EXPECT_EQ(r.present_value_benefits, pounds("£62,993.89"));  // £25,000 + £20,000 / 1.035 + £20,000 / 1.035²
  EXPECT_EQ(r.net_present_cost, pounds("-£12,993.89"));
  EXPECT_EQ(r.net_present_social_value, pounds("£12,993.89"));
  EXPECT_EQ(r.benefit_cost_ratio, rate(big_rational(6299389, 5000000)));
}

TEST(AppraisalTest, NoViableOptionMeansNoPreferredOption) {
  option a("A");
  a.duty("keep children safe", false);
  option b("B");
  b.duty("keep children safe", false).duty("assess young carers", false);
  const appraisal_result result = appraisal("None", appraisal_settings(y2022, 1), {a, b}).run();
  EXPECT_EQ(result.preferred(), nullptr);
  EXPECT_EQ(result.reasons[0], "No option is viable: every option fails a statutory duty, so none is preferred.");
  EXPECT_EQ(result.reasons[2], "B is not viable: it fails the statutory duties to keep children safe and assess young carers. "
                               "It is costed and shown, never preferred.");
}

TEST(AppraisalTest, AssumptionsAreStated) {
  appraisal a = kent();
  a.assume("Procurement costs £15,000 of officer and legal time (illustrative).");
  const appraisal_result result = a.run();
  EXPECT_EQ(result.assumptions[1],
            "The appraisal period is 5 years, 2022-23 to 2026-27; 2022-23 is year 0 and is not discounted.");
  EXPECT_EQ(result.assumptions[2], "Discounting: Green Book 2022 standard (3.5% a year from year 1), whole years, end of year.");
  EXPECT_EQ(result.assumptions.back(), "Procurement costs £15,000 of officer and legal time (illustrative).");
}

TEST(AppraisalTest, BadAppraisalsAreRefused) {
  EXPECT_TRUE(fails_with<std::invalid_argument>(
      [] { appraisal("x", appraisal_settings(y2022, 0), {option("A")}); }, "commissioning.appraisal.001", "got 0"));
  EXPECT_TRUE(fails_with<std::invalid_argument>([] { appraisal("x", appraisal_settings(y2022, 1), {}); },
                                                "commissioning.appraisal.002", "baseline"));
  EXPECT_TRUE(fails_with<std::invalid_argument>(
      [] { appraisal("x", appraisal_settings(y2022, 1), {option("A"), option("A")}); }, "commissioning.appraisal.003", "'A'"));
  EXPECT_TRUE(fails_with<std::invalid_argument>([] { (void)kent().run().option("Outsource"); },
                                                "commissioning.appraisal.004", "'Outsource'"));
  option january("January years");
  january.add(appraisal_line::one_off("Cost", line_kind::cost, cost_category::other, pounds("£1"),
                                      financial_year(2022, std::chrono::January)));
  EXPECT_TRUE(fails_with<std::invalid_argument>([&] { appraisal("x", appraisal_settings(y2022, 1), {january}); },
                                                "commissioning.appraisal.005", "'Cost'"));
  EXPECT_TRUE(fails_with<std::invalid_argument>([] { kent().assume(""); }, "commissioning.appraisal.006", "assumption"));
}

TEST(AppraisalTest, SettingsTakeTheirDeflatorAndRoundingWhenMade) {
  const deflator gdp = deflator::constant_growth("GDP deflator", rate::parse("2%"), y2022, financial_year(2023));
  const appraisal_settings made(y2022, 2, price_basis::real, discount_schedule::green_book_2022(), gdp,
                                rounding::half_even);
  appraisal_settings assigned(y2022, 2);
  EXPECT_FALSE(assigned.deflator.has_value());
  EXPECT_EQ(assigned.mode, default_rounding);
  assigned.deflator = gdp;
  assigned.mode = rounding::half_even;
  EXPECT_EQ(made, assigned);

  option o("Indexed", option_kind::external_commission);
  o.add(appraisal_line::recurring("Payments", line_kind::cost, cost_category::contract_payments, pounds("£100,000"), y2022,
                                  financial_year(2023), rate::parse("2%")));
  const appraisal_result result = appraisal("Real", made, {option("Do nothing"), o}).run();
  EXPECT_EQ(result.option("Indexed").years[1].net_cost, pounds("£100,000"));  // £102,000 of 2023-24 cash, deflated
  EXPECT_EQ(result.option("Indexed").present_value_costs, pounds("£196,618.36"));  // £100,000 + £100,000 / 1.035
}

TEST(AppraisalTest, SettingsInWords) {
  EXPECT_EQ(describe(appraisal_settings(y2022, 5)), "5 years from 2022-23, real prices, Green Book 2022 standard");
  EXPECT_EQ(describe(appraisal_settings(financial_year(2024), 1, price_basis::nominal)),
            "1 year from 2024-25, cash (nominal) prices, Green Book 2022 standard");
}

}  // namespace
