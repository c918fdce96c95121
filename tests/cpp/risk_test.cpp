// The risk register: expected values (probability × impact) added to options' costs on the
// deterministic path, in lines of their own, with the reasons in words.
#include <commissioning/risk/risk.hpp>

#include <gtest/gtest.h>

#include "fails_with.hpp"

namespace {

using namespace commissioning;

money pounds(const char* text) { return money::parse(text); }
const financial_year y2022(2022);
const financial_year y2026(2026);

appraisal two_options() {
  option in_house("In-house", option_kind::in_house);
  in_house.add(appraisal_line::recurring("Running costs", line_kind::cost, cost_category::staff, pounds("£325,500"), y2022, y2026));
  option external("External", option_kind::external_commission);
  external.add(appraisal_line::recurring("Contract payments", line_kind::cost, cost_category::contract_payments,
                                         pounds("£325,500"), y2022, y2026));
  return appraisal("Kent young carers", appraisal_settings(y2022, 5), {in_house, external});
}

TEST(RiskTest, ExpectedValueIsProbabilityTimesImpactEachYearRoundedToThePenny) {
  const risk r = risk::cost("R1", "Demand rises after Covid-19", "Head of Service", {"In-house", "External"}, 0.35,
                            {{financial_year(2023), pounds("£10,000.01")}, {financial_year(2024), pounds("£20,000")}});
  ASSERT_EQ(r.expected_by_year().size(), 2u);
  EXPECT_EQ(r.expected_by_year()[0].amount, pounds("£3,500.00"));  // £3,500.0035
  EXPECT_EQ(r.expected_by_year()[1].amount, pounds("£7,000"));
  EXPECT_EQ(r.expected_value(), pounds("£10,500"));
  EXPECT_EQ(r.total_impact(), pounds("£30,000.01"));
  EXPECT_FALSE(r.is_delay());
}

TEST(RiskTest, ApplyingARegisterAddsOneCostLinePerRiskAndOption) {
  risk_register risks;
  risks.add(risk::one_off("R1", "TUPE costs higher than estimated", "HR business partner", {"In-house"}, 0.5,
                          pounds("£40,000"), y2022))
      .add(risk::cost("R2", "Demand rises", "Head of Service", {"In-house", "External"}, 0.25,
                      {{financial_year(2023), pounds("£20,000")}}))
      .add(risk::delay("R3", "Longer timescale for implementation", "Commissioner", {"In-house"}, 0.4, 6));
  EXPECT_EQ(risks.expected_value("In-house"), pounds("£25,000"));
  EXPECT_EQ(risks.expected_value("External"), pounds("£5,000"));

  const appraisal with_risks = apply_risks(two_options(), risks);
  const option& in_house = with_risks.option("In-house");
  ASSERT_EQ(in_house.lines().size(), 3u);  // a delay adds no line
  EXPECT_EQ(in_house.line("Risk: R1").in(y2022), pounds("£20,000"));
  EXPECT_EQ(in_house.line("Risk: R1").category(), cost_category::other);
  EXPECT_EQ(in_house.line("Risk: R2").in(financial_year(2023)), pounds("£5,000"));
  EXPECT_EQ(with_risks.option("External").line("Risk: R2").total(), pounds("£5,000"));

  const appraisal_result before = two_options().run();
  const appraisal_result after = with_risks.run();
  // £20,000 in year 0, £5,000 in year 1 discounted at 3.5%: £4,830.92.
  EXPECT_EQ(after.option("In-house").present_value_costs - before.option("In-house").present_value_costs,
            pounds("£24,830.92"));
  const auto& words = with_risks.assumptions();
  ASSERT_EQ(words.size(), 3u);
  EXPECT_EQ(words[0], "Risk R1 (TUPE costs higher than estimated, owner HR business partner): 50% × £40,000.00 = "
                      "£20,000.00 expected, added to the costs of In-house.");
  EXPECT_EQ(words[2], "Risk R3 (Longer timescale for implementation, owner Commissioner): a delay of 6 months with "
                      "probability 40%; a delay has no expected cost of its own, so it is not added here and is simulated.");
}

TEST(RiskTest, BadRisksAreRefusedWithIds) {
  using I = std::invalid_argument;
  const auto one_off = [](std::string id, std::vector<std::string> options, double p, const char* impact) {
    return risk::one_off(std::move(id), "words", "owner", std::move(options), p, pounds(impact), y2022);
  };
  EXPECT_TRUE(fails_with<I>([&] { (void)one_off("R1", {"In-house"}, 1.5, "£1"); }, "commissioning.risk.002", "got 1.5"));
  EXPECT_TRUE(fails_with<I>([&] { (void)one_off("R1", {"In-house"}, -0.1, "£1"); }, "commissioning.risk.002", "got -0.1"));
  EXPECT_TRUE(fails_with<I>([&] { (void)one_off("R1", {"In-house"}, std::nan(""), "£1"); }, "commissioning.risk.002", "nan"));
  EXPECT_TRUE(fails_with<I>([&] { (void)one_off("", {"In-house"}, 0.5, "£1"); }, "commissioning.risk.001", "'words'"));
  EXPECT_TRUE(fails_with<I>([&] { (void)one_off("R1", {}, 0.5, "£1"); }, "commissioning.risk.004", "'R1' affects no option"));
  EXPECT_TRUE(fails_with<I>([&] { (void)one_off("R1", {"In-house"}, 0.5, "-£1"); }, "commissioning.risk.003", "-£1.00"));
  EXPECT_TRUE(fails_with<I>([&] { (void)risk::delay("R1", "w", "o", {"In-house"}, 0.5, -3); }, "commissioning.risk.003",
                            "delay of -3 months"));
  EXPECT_TRUE(fails_with<I>([&] { (void)risk::cost("R1", "w", "o", {"In-house"}, 0.5, {}); }, "commissioning.risk.003",
                            "no impact"));
  risk_register risks;
  risks.add(one_off("R1", {"Outsource"}, 0.5, "£1"));
  EXPECT_TRUE(fails_with<I>([&] { risks.add(one_off("R1", {"In-house"}, 0.5, "£1")); }, "commissioning.risk.001", "'R1'"));
  EXPECT_TRUE(fails_with<I>([&] { (void)risks.find("R7"); }, "commissioning.risk.005", "'R7'"));
  EXPECT_TRUE(fails_with<I>([&] { (void)apply_risks(two_options(), risks); }, "commissioning.risk.004", "'Outsource'"));
}

TEST(RiskTest, ARiskFromItsPartsIsACostWhenItHasAnImpactElseADelay) {
  const risk cost = risk::from_parts("R1", "Demand rises", "Head of Service", {"In-house"}, 0.35,
                                     {{financial_year(2023), pounds("£10,000.01")}}, 0);
  EXPECT_EQ(cost, risk::cost("R1", "Demand rises", "Head of Service", {"In-house"}, 0.35,
                             {{financial_year(2023), pounds("£10,000.01")}}));
  EXPECT_EQ(cost.expected_value(), pounds("£3,500.00"));  // £3,500.0035
  const risk delay = risk::from_parts("R2", "Longer implementation", "Head of Commissioning", {"External"}, 0.5, {}, 6);
  EXPECT_TRUE(delay.is_delay());
  EXPECT_EQ(delay.delay_months(), 6);
  EXPECT_EQ(delay.expected_value(), money());
  EXPECT_TRUE(risk::from_parts("R3", "None", "Nobody", {"External"}, 0.5, {}, 0).is_delay());
  EXPECT_TRUE(fails_with<std::invalid_argument>(
      [] { (void)risk::from_parts("R4", "Too long", "Nobody", {"External"}, 0.5, {}, max_delay_months + 1); },
      "commissioning.risk.003", "R4"));
}

}  // namespace
