// Sensitivity and switching values: how far an input must move before the answer changes.
#include <commissioning/appraisal/sensitivity.hpp>

#include <gtest/gtest.h>

#include "fails_with.hpp"

namespace {

using namespace commissioning;

money pounds(const char* text) { return money::parse(text); }
const financial_year y2022(2022);

// Green Book 2022 Box 12: remediation with PVB £8m against PVC £10m.
appraisal box_12() {
  option scheme("Remediate the site", option_kind::other);
  scheme.add(appraisal_line::one_off("Remediation", line_kind::cost, cost_category::other, pounds("£10,000,000"), y2022))
      .add(appraisal_line::one_off("Land value uplift", line_kind::benefit, cost_category::other, pounds("£8,000,000"), y2022));
  return appraisal("Box 12", appraisal_settings(y2022, 1), {option("Do nothing", option_kind::do_nothing), scheme});
}

// Two services over five years: in-house dearer to run, external dearer to start.
appraisal two_services() {
  option in_house("In-house", option_kind::in_house);
  in_house.add(appraisal_line::recurring("Staff", line_kind::cost, cost_category::staff, pounds("£110,000"), y2022,
                                         financial_year(2026)));
  option external("External", option_kind::external_commission);
  external
      .add(appraisal_line::recurring("Contract payments", line_kind::cost, cost_category::contract_payments,
                                     pounds("£100,000"), y2022, financial_year(2026)))
      .add(appraisal_line::one_off("Procurement", line_kind::cost, cost_category::procurement, pounds("£30,000"), y2022));
  option nothing("Do nothing", option_kind::do_nothing);
  nothing.duty("assess the needs of young carers", false);
  return appraisal("Two services", appraisal_settings(y2022, 5), {nothing, in_house, external});
}

TEST(SensitivityTest, Box12BenefitsMustRiseByAQuarter) {
  const switching_value sv = find_switching_value(box_12(), appraisal_input::benefits("Remediate the site"),
                                                  "Remediate the site", "Do nothing");
  ASSERT_TRUE(sv.multiplier.has_value());
  EXPECT_NEAR(*sv.multiplier, 1.25, 1e-9);
  EXPECT_NEAR(*sv.change(), 0.25, 1e-9);
  EXPECT_EQ(sv.sentence,
            "Benefits (Remediate the site) would have to rise by 25.0% for Remediate the site and Do nothing to have "
            "equal net present social value.");
}

TEST(SensitivityTest, Box12CostsMustFallByAFifth) {
  const switching_value sv = find_switching_value(box_12(), appraisal_input::costs("Remediate the site"),
                                                  "Remediate the site", "Do nothing");
  EXPECT_NEAR(*sv.multiplier, 0.8, 1e-9);
  EXPECT_EQ(sv.sentence.substr(0, 50), "Costs (Remediate the site) would have to fall by 2");
}

TEST(SensitivityTest, SwitchingValueOfThePreferredOptionAgainstItsNearestRival) {
  // External: £30,000 + £100,000 × 4.673079 = £497,307.92; in-house £110,000 × 4.673079 = £514,038.71.
  // Contract payments switch when £100,000 × 4.673079 × m + £30,000 = £514,038.71: m = 1.035802...
  const appraisal a = two_services();
  EXPECT_EQ(a.run().preferred()->name, "External");
  const switching_value sv = find_switching_value(a, appraisal_input::line("External", "Contract payments"));
  EXPECT_EQ(sv.option, "External");
  EXPECT_EQ(sv.rival, "In-house");
  const double af = annuity_factor(discount_schedule::green_book_2022(), 5).convert_to<double>();
  EXPECT_NEAR(*sv.multiplier, (110'000 * af - 30'000) / (100'000 * af), 1e-7);
}

TEST(SensitivityTest, ADiscountRateSwitchIsFoundThoughItIsNotLinear) {
  // External pays £30,000 up front to save £10,000 a year: the two are equal when the
  // five-year annuity factor is 3, at a discount rate near 35% (3.5% × 9.97).
  const appraisal a = two_services();
  const switching_value sv = find_switching_value(a, appraisal_input::discount_rate(), "External", "In-house");
  ASSERT_TRUE(sv.multiplier.has_value());
  const auto scaled = discount_schedule::green_book_2022().scaled(rate::from_double(*sv.multiplier));
  EXPECT_NEAR(annuity_factor(scaled, 5).convert_to<double>(), 3.0, 1e-6);
  EXPECT_NEAR(*sv.multiplier, 9.97, 0.01);
  // Procurement alone: £30,000 × m = £10,000 × 4.673079.
  const switching_value procurement =
      find_switching_value(a, appraisal_input::line("External", "Procurement"), "External", "In-house");
  const double af = annuity_factor(discount_schedule::green_book_2022(), 5).convert_to<double>();
  EXPECT_NEAR(*procurement.multiplier, 10'000 * af / 30'000, 1e-7);
}

TEST(SensitivityTest, OneWaySensitivityInTornadoOrder) {
  const appraisal a = two_services();
  const sensitivity_analysis s = one_way_sensitivity(
      a, {appraisal_input::line("External", "Procurement"), appraisal_input::line("External", "Contract payments"),
          appraisal_input::discount_rate()},
      rate::parse("10%"), "External");
  EXPECT_EQ(s.option, "External");
  EXPECT_EQ(s.base, pounds("£497,307.92"));
  ASSERT_EQ(s.rows.size(), 3u);
  EXPECT_EQ(s.rows[0].input, "Contract payments (External)");
  EXPECT_EQ(s.rows[0].at_low, pounds("£450,577.13"));   // £30,000 + £90,000 × 4.673079
  EXPECT_EQ(s.rows[0].at_high, pounds("£544,038.71"));  // £30,000 + £110,000 × 4.673079
  EXPECT_EQ(s.rows[0].swing, pounds("£93,461.58"));
  EXPECT_EQ(s.rows[0].preferred_at_high, "In-house");  // a 10% rise switches the decision
  EXPECT_EQ(s.rows[1].input, "Discount rate");
  EXPECT_LT(s.rows[1].at_high, s.rows[1].at_low);  // a higher rate shrinks later costs
  EXPECT_EQ(s.rows[1].swing, pounds("£6,103.97"));  // 3.15% against 3.85%, years 1-4 of £100,000
  EXPECT_EQ(s.rows[2].input, "Procurement (External)");
  EXPECT_EQ(s.rows[2].swing, pounds("£6,000"));     // year 0: undiscounted
}

TEST(SensitivityTest, TheMetricCanBeSocialValue) {
  const sensitivity_analysis s = one_way_sensitivity(box_12(), {appraisal_input::benefits("Remediate the site")},
                                                     rate::parse("25%"), "Remediate the site",
                                                     sensitivity_metric::net_present_social_value);
  EXPECT_EQ(s.base, pounds("-£2,000,000"));
  EXPECT_EQ(s.rows[0].at_high, money());
  EXPECT_EQ(s.rows[0].at_low, pounds("-£4,000,000"));
  EXPECT_EQ(s.preferred, "Do nothing");
}

// Two options over one year (year 0, undiscounted): in-house £105,000, external £100,000.
appraisal one_year() {
  option in_house("In-house", option_kind::in_house);
  in_house.add(appraisal_line::one_off("Staff", line_kind::cost, cost_category::staff, pounds("£105,000"), y2022));
  option external("External", option_kind::external_commission);
  external.add(appraisal_line::one_off("Contract payments", line_kind::cost, cost_category::contract_payments,
                                       pounds("£100,000"), y2022));
  return appraisal("One year", appraisal_settings(y2022, 1), {in_house, external});
}

TEST(SensitivityTest, TheGapMovesWithTheRivalsInputsToo) {
  // External's lead over In-house: £105,000 − £100,000 = £5,000.
  // The rival's staff × 1.1 = £115,500: the lead grows by £10,500 to £15,500; × 0.9 = £94,500:
  // the lead is −£5,500 and In-house is preferred. External's contract × 0.9 = £90,000: a lead
  // of £15,000; × 1.1 = £110,000: −£5,000. Swings £21,000 and £20,000.
  const appraisal a = one_year();
  const std::vector<appraisal_input> inputs{appraisal_input::line("External", "Contract payments"),
                                            appraisal_input::line("In-house", "Staff")};
  const sensitivity_analysis s =
      one_way_sensitivity(a, inputs, rate::parse("10%"), {}, sensitivity_metric::net_present_social_value_gap);
  EXPECT_EQ(s.option, "External");
  EXPECT_EQ(s.rival, "In-house");  // the only other viable option
  EXPECT_EQ(s.base, pounds("£5,000"));
  EXPECT_EQ(s.figure(), "the lead of External over In-house in net present social value");
  ASSERT_EQ(s.rows.size(), 2u);
  EXPECT_EQ(s.rows[0].input, "Staff (In-house)");
  EXPECT_EQ(s.rows[0].at_low, pounds("-£5,500"));
  EXPECT_EQ(s.rows[0].at_high, pounds("£15,500"));
  EXPECT_EQ(s.rows[0].swing, pounds("£21,000"));
  EXPECT_EQ(s.rows[0].preferred_at_low, "In-house");
  EXPECT_EQ(s.rows[0].preferred_at_high, "External");
  EXPECT_EQ(s.rows[1].input, "Contract payments (External)");
  EXPECT_EQ(s.rows[1].at_low, pounds("£15,000"));
  EXPECT_EQ(s.rows[1].at_high, pounds("-£5,000"));
  EXPECT_EQ(s.rows[1].swing, pounds("£20,000"));
  EXPECT_EQ(s.rows[1].preferred_at_high, "In-house");
  // Watching External's net present cost instead, the rival's staff show no swing at all.
  const sensitivity_analysis cost = one_way_sensitivity(a, inputs, rate::parse("10%"));
  EXPECT_EQ(cost.rows[1].input, "Staff (In-house)");
  EXPECT_EQ(cost.rows[1].swing, money());
  EXPECT_EQ(cost.figure(), "External's net present cost");
}

TEST(SensitivityTest, OneGapAnalysisForEachViableRival) {
  // Do nothing fails its duty, so In-house is External's only rival; the lead is
  // £514,038.71 − £497,307.92 (SwitchingValueOfThePreferredOptionAgainstItsNearestRival).
  const std::vector<sensitivity_analysis> each =
      sensitivity_to_rivals(two_services(), {appraisal_input::costs("In-house")}, rate::parse("10%"));
  ASSERT_EQ(each.size(), 1u);
  EXPECT_EQ(each[0].rival, "In-house");
  EXPECT_EQ(each[0].base, pounds("£16,730.79"));
  EXPECT_EQ(each[0].rows[0].swing, pounds("£102,807.74"));  // 20% of In-house's £514,038.71
  // Named, a rival need not be viable: External's lead over Do nothing is its social value.
  const sensitivity_analysis over_nothing = one_way_sensitivity(
      two_services(), {}, rate::parse("10%"), "External", sensitivity_metric::net_present_social_value_gap, "Do nothing");
  EXPECT_EQ(over_nothing.base, pounds("-£497,307.92"));
}

TEST(SensitivityTest, AGapNeedsARival) {
  const appraisal a = one_year();
  EXPECT_TRUE(fails_with<std::invalid_argument>(
      [&] { (void)one_way_sensitivity(a, {}, rate::parse("10%"), {}, sensitivity_metric::net_present_cost, "In-house"); },
      "commissioning.sensitivity.006", "'In-house'"));
  EXPECT_TRUE(fails_with<std::invalid_argument>(
      [&] {
        (void)one_way_sensitivity(a, {}, rate::parse("10%"), "External", sensitivity_metric::net_present_social_value_gap,
                                  "External");
      },
      "commissioning.sensitivity.007", "'External'"));
  EXPECT_TRUE(fails_with<std::invalid_argument>(
      [&] { (void)one_way_sensitivity(a, {}, rate::parse("10%"), {}, sensitivity_metric::net_present_social_value_gap, "Outsource"); },
      "commissioning.appraisal.004", "'Outsource'"));
  option only("Only", option_kind::in_house);
  EXPECT_TRUE(fails_with<std::domain_error>(
      [&] {
        (void)sensitivity_to_rivals(appraisal("Alone", appraisal_settings(y2022, 1), {only}), {}, rate::parse("10%"));
      },
      "commissioning.sensitivity.005", "'Alone'"));
  EXPECT_EQ(read_name<sensitivity_metric>("gap"), sensitivity_metric::net_present_social_value_gap);
}

TEST(SensitivityTest, InputsNameWhatTheyMove) {
  EXPECT_EQ(appraisal_input::category("In-house", cost_category::tupe_and_transition).name(), "TUPE and transition (In-house)");
  EXPECT_EQ(appraisal_input::category("In-house", cost_category::staff).name(), "Staff (In-house)");
  EXPECT_EQ(appraisal_input::discount_rate().name(), "Discount rate");
  const appraisal moved = appraisal_input::category("External", cost_category::procurement).apply(two_services(), rate(2));
  EXPECT_EQ(moved.option("External").line("Procurement").total(), pounds("£60,000"));
  EXPECT_EQ(moved.option("External").line("Contract payments").total(), pounds("£500,000"));
}

TEST(SensitivityTest, BadRequestsAreRefused) {
  const appraisal a = two_services();
  EXPECT_TRUE(fails_with<std::invalid_argument>(
      [&] { (void)appraisal_input::costs("External").apply(a, rate::parse("-1")); }, "commissioning.sensitivity.001", "-1"));
  EXPECT_TRUE(fails_with<std::invalid_argument>(
      [&] { (void)one_way_sensitivity(a, {}, rate::parse("0%")); }, "commissioning.sensitivity.002", "0%"));
  EXPECT_TRUE(fails_with<std::invalid_argument>(
      [&] { (void)one_way_sensitivity(a, {}, rate::parse("150%")); }, "commissioning.sensitivity.002", "150%"));
  EXPECT_TRUE(fails_with<std::invalid_argument>(
      [&] { (void)find_switching_value(a, appraisal_input::costs("External"), "External", "External"); },
      "commissioning.sensitivity.003", "'External'"));
  EXPECT_TRUE(fails_with<std::invalid_argument>(
      [&] { (void)find_switching_value(a, appraisal_input::costs("Outsource"), "External", "In-house"); },
      "commissioning.appraisal.004", "'Outsource'"));
  EXPECT_TRUE(fails_with<std::invalid_argument>(
      [&] { (void)appraisal_input::line("External", "Staff").apply(a, rate(1)); }, "commissioning.option.006", "'Staff'"));
  option failing("Only");
  failing.duty("assess young carers", false);
  EXPECT_TRUE(fails_with<std::domain_error>(
      [&] { (void)find_switching_value(appraisal("None", appraisal_settings(y2022, 1), {failing}), appraisal_input::discount_rate()); },
      "commissioning.sensitivity.004", "'None'"));
}

TEST(SensitivityTest, AnInputSaysWhatItMovesAndIsReadBackFromThat) {
  const appraisal_input line = appraisal_input::line("External", "Contract payments");
  EXPECT_EQ(line.target(), input_target::line);
  EXPECT_EQ(line.option_name(), "External");
  EXPECT_EQ(line.line_name(), "Contract payments");
  EXPECT_FALSE(line.category_moved().has_value());
  const appraisal_input procurement = appraisal_input::category("External", cost_category::procurement);
  EXPECT_EQ(procurement.category_moved(), cost_category::procurement);
  EXPECT_EQ(procurement.line_name(), "");
  EXPECT_EQ(appraisal_input::discount_rate().option_name(), "");
  EXPECT_EQ(name_of(input_target::discount_rate), "discount_rate");

  for (const appraisal_input& input : {line, procurement, appraisal_input::costs("External"),
                                       appraisal_input::benefits("In-house"), appraisal_input::discount_rate()})
    EXPECT_EQ(appraisal_input::restore(input.target(), input.option_name(), input.line_name(),
                                       input.category_moved().value_or(cost_category::other)),
              input);
  // The parts a target does not take are ignored.
  EXPECT_EQ(appraisal_input::restore(input_target::discount_rate, "External", "Staff", cost_category::staff),
            appraisal_input::discount_rate());
  EXPECT_EQ(appraisal_input::restore(input_target::costs, "External", "Staff", cost_category::staff),
            appraisal_input::costs("External"));

  // Read back, it moves what it moved: the £30,000 procurement doubled, undiscounted in 2022-23.
  const appraisal_input restored =
      appraisal_input::restore(input_target::category, "External", {}, cost_category::procurement);
  EXPECT_EQ(restored.amount(two_services()), pounds("£30,000"));
  EXPECT_EQ(restored.apply(two_services(), rate(2)).run().option("External").present_value_costs,
            pounds("£527,307.92"));  // £497,307.92 + £30,000
}

}  // namespace
