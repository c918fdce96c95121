// The standard report tables that the golden files do not cover: the simulation summary, the
// options table with disadvantages, and breach notes at register scale.
#include <commissioning/report/report_tables.hpp>
#include <commissioning/appraisal/appraisal.hpp>
#include <commissioning/appraisal/sensitivity.hpp>
#include <commissioning/budget/envelope.hpp>
#include <commissioning/contract/contract.hpp>
#include <commissioning/report/render.hpp>
#include <commissioning/risk/simulation.hpp>

#include <gtest/gtest.h>

#include <limits>

namespace {

using namespace commissioning;

money pounds(const char* text) { return money::parse(text); }
const financial_year y2022(2022), y2026(2026);

// Two options over five years: with nothing uncertain, every percentile is the exact PVC.
appraisal two_services() {
  option nothing("Do nothing", option_kind::do_nothing);
  nothing.duty("assess the needs of young carers", false);
  option external("External", option_kind::external_commission);
  external.add(appraisal_line::recurring("Contract payments", line_kind::cost, cost_category::contract_payments,
                                         pounds("£325,500"), y2022, y2026));
  return appraisal("Two", appraisal_settings(y2022, 5), {nothing, external});
}

TEST(ReportTablesTest, SimulationSummaryShowsPercentilesAndProbabilities) {
  simulation_settings settings;
  settings.iterations = 1000;
  settings.seed = 7;
  const table t = simulation_table(simulate(two_services(), {}, {}, settings));
  EXPECT_EQ(t.caption(), "Simulation of the present value of costs (1,000 iterations, seed 7)");
  ASSERT_EQ(t.rows().size(), 2u);
  EXPECT_EQ(std::get<std::string>(t.rows()[0].cells[0]), "Do nothing (not viable)");
  // £325,500 a year for five years from year 0: £1,521,087.28, every iteration.
  for (std::size_t c = 1; c <= 4; ++c) EXPECT_EQ(std::get<money>(t.rows()[1].cells[c]), pounds("£1,521,087.28"));
  EXPECT_EQ(std::get<rate>(t.rows()[1].cells[5]), rate(1));
  EXPECT_EQ(std::get<rate>(t.rows()[1].cells[6]), rate(1));
  EXPECT_EQ(std::get<rate>(t.rows()[0].cells[6]), rate(0));
  const table_layout shown = layout(t);
  EXPECT_EQ(shown.rows[1][3].text, "£1,521,087");
  EXPECT_EQ(shown.rows[1][6].text, "100.0%");
}

TEST(ReportTablesTest, SimulatedFiguresBeyondMoneyAreAnErrorNotAWrappedAmount) {
  // A simulated figure is pence as a double: one beyond 64-bit pence, or not a number, is
  // commissioning.money.005, as any other money that does not fit.
  simulation_settings settings;
  settings.iterations = 10;
  for (const double figure : {1e30, -1e30, std::numeric_limits<double>::quiet_NaN()}) {
    simulation_result result = simulate(two_services(), {}, {}, settings);
    result.options[1].present_value_costs.p90 = figure;
    try {
      (void)simulation_table(result);
      ADD_FAILURE() << figure << " pence made a table";
    } catch (const overflow_error& e) {
      EXPECT_EQ(e.id(), "commissioning.money.005");
    }
  }
}

TEST(ReportTablesTest, AppraisalYearsTableTotalsTheMoneyAndNotTheYearIndices) {
  const appraisal a = two_services();
  const table t = appraisal_years_table(a.run().options[1]);
  ASSERT_EQ(t.rows().size(), 6u);  // five years and the total
  EXPECT_EQ(std::get<double>(t.rows()[4].cells[1]), 4.0);
  const table_row& total = t.rows()[5];
  EXPECT_EQ(std::get<std::string>(total.cells[0]), "Total");
  EXPECT_TRUE(std::holds_alternative<std::monostate>(total.cells[1]));  // not 0 + 1 + 2 + 3 + 4
  EXPECT_EQ(std::get<money>(total.cells[2]), pounds("£1,627,500"));   // £325,500 x 5
}

// The contract (£325,500 a year for five years: £1,627,500 cash) × triangular(0.9, 1, 1.3),
// correlated 0.5 with a delay of uniform(0, 6) months; the discount rate × normal(1, 0.1).
std::vector<uncertain_input> three_inputs() {
  return {uncertain_input(appraisal_input::line("External", "Contract payments"), distribution::triangular(0.9, 1, 1.3)),
          uncertain_input::delay("External", distribution::uniform(0, 6)),
          uncertain_input(appraisal_input::discount_rate(), distribution::normal(1, 0.1))};
}

simulation_settings correlated() {
  Eigen::MatrixXd m = Eigen::MatrixXd::Identity(3, 3);
  m(0, 1) = m(1, 0) = 0.5;
  simulation_settings settings;
  settings.iterations = 100;
  settings.correlation = correlation(m);
  return settings;
}

TEST(ReportTablesTest, SimulationInputsInWhatTheyStandFor) {
  const table t = simulation_inputs_table(two_services(), three_inputs(), correlated());
  EXPECT_EQ(t.caption(), "Simulation inputs");
  ASSERT_EQ(t.rows().size(), 3u);
  const auto text = [&](std::size_t r, std::size_t c) { return std::get<std::string>(t.rows()[r].cells[c]); };
  EXPECT_EQ(text(0, 0), "Contract payments (External)");
  // £1,627,500 × 0.9, × 1 and × 1.3.
  EXPECT_EQ(text(0, 1), "triangular: £1,464,750 / £1,627,500 / £2,115,750");
  EXPECT_EQ(text(0, 2), "Delay (External): 0.5");
  EXPECT_EQ(text(1, 1), "uniform: 0 months to 6 months");
  EXPECT_EQ(text(1, 2), "Contract payments (External): 0.5");
  EXPECT_EQ(text(2, 1), "normal: mean 3.5%, sd 0.35%");  // 3.5% × 1 and × 0.1
  EXPECT_EQ(text(2, 2), "None");
  ASSERT_EQ(t.notes().size(), 3u);
  EXPECT_EQ(t.notes()[2], "Correlated inputs are drawn together (a Gaussian copula) with the correlation shown.");
}

TEST(ReportTablesTest, SimulationNotesNameEachDistributionAndCorrelation) {
  const simulation_settings settings = correlated();
  const table t = simulation_table(simulate(two_services(), three_inputs(), {}, settings), three_inputs(), settings);
  ASSERT_GE(t.notes().size(), 4u);
  EXPECT_EQ(t.notes()[1],
            "Uncertain input: Contract payments (External), triangular(0.9, 1, 1.3) times its estimate, correlated 0.5 "
            "with Delay (External).");
  EXPECT_EQ(t.notes()[2], "Uncertain input: Delay (External), uniform(0, 6) months, correlated 0.5 with Contract payments (External).");
  EXPECT_EQ(t.notes()[3], "Uncertain input: Discount rate, normal(1, 0.1) times its estimate.");
}

TEST(ReportTablesTest, GapSensitivityExplainsItsSign) {
  // External against In-house over one year: £100,000 against £105,000, a lead of £5,000.
  option in_house("In-house", option_kind::in_house);
  in_house.add(appraisal_line::one_off("Staff", line_kind::cost, cost_category::staff, pounds("£105,000"), y2022));
  option external("External", option_kind::external_commission);
  external.add(appraisal_line::one_off("Contract payments", line_kind::cost, cost_category::contract_payments,
                                       pounds("£100,000"), y2022));
  const appraisal a("One year", appraisal_settings(y2022, 1), {in_house, external});
  const table t = sensitivity_table(one_way_sensitivity(a, {appraisal_input::line("In-house", "Staff")}, rate::parse("10%"),
                                                        {}, sensitivity_metric::net_present_social_value_gap));
  EXPECT_EQ(t.caption(), "Sensitivity of the lead of External over In-house in net present social value (£5,000) to ±10%");
  EXPECT_EQ(std::get<std::string>(t.rows()[0].cells[4]), "Changes: In-house at -10%");
  EXPECT_EQ(t.notes().back(), "The lead is External's net present social value less In-house's; below zero In-house is ahead.");
}

TEST(ReportTablesTest, OptionsTableGivesDisadvantagesAColumnOfTheirOwn) {
  option nothing("Do nothing", option_kind::do_nothing);
  nothing.advantage("Annual saving of £325,500").disadvantage("Young carers lose their support").risk(
      "Fragmented approach to delivery continues");
  option external("External", option_kind::external_commission);
  external.add(appraisal_line::recurring("Contract payments", line_kind::cost, cost_category::contract_payments,
                                         pounds("£325,500"), y2022, y2026));
  external.risk("A procurement process will be required");
  const appraisal a("Two", appraisal_settings(y2022, 5), {nothing, external});
  const table t = options_table(a, a.run());
  ASSERT_EQ(t.columns().size(), 9u);
  EXPECT_EQ(t.columns()[2].heading, "Disadvantages");
  EXPECT_EQ(t.columns()[3].heading, "Risks");
  EXPECT_EQ(std::get<std::vector<std::string>>(t.rows()[0].cells[2]),
            std::vector<std::string>{"Young carers lose their support"});
  EXPECT_EQ(std::get<std::vector<std::string>>(t.rows()[0].cells[3]),
            std::vector<std::string>{"Fragmented approach to delivery continues"});
  EXPECT_TRUE(std::get<std::vector<std::string>>(t.rows()[1].cells[2]).empty());
  // The figures are where they were, one column on: £325,500 a year for five years.
  EXPECT_EQ(std::get<money>(t.rows()[1].cells[4]), pounds("£1,627,500"));
  EXPECT_EQ(std::get<money>(t.rows()[1].cells[5]), pounds("£1,521,087.28"));
  // With no advantage, disadvantage or risk named anywhere, no empty column for them.
  const table plain = options_table(two_services(), two_services().run());
  ASSERT_EQ(plain.columns().size(), 6u);
  EXPECT_EQ(plain.columns()[1].heading, "Whole-life cost");
}

envelope_position breached(std::size_t lines) {
  envelope_position position;
  position.envelope_name = "Carers' support";
  money committed;
  breach over{y2022, money(), {}};
  for (std::size_t i = 0; i < lines; ++i) {  // largest first: £1,000 + £1 a line below
    const money amount = pounds("£1,000") + money::from_pence(static_cast<std::int64_t>(100 * (lines - i)));
    over.lines.push_back({"Line " + std::to_string(i + 1), "Provider", amount});
    committed += amount;
  }
  const money available = committed - pounds("£500");
  over.shortfall = pounds("£500");
  position.years.push_back({y2022, available, committed, available - committed, available - committed});
  position.breaches.push_back(over);
  return position;
}

TEST(ReportTablesTest, BreachNoteNamesEveryLineWhenThereAreFew) {
  const table t = envelope_position_table(breached(3));
  ASSERT_EQ(t.notes().size(), 1u);
  EXPECT_EQ(t.notes()[0],
            "2022-23: commitments exceed the envelope by £500.00 (Line 1 £1,003.00; Line 2 £1,002.00; Line 3 £1,001.00).");
}

TEST(ReportTablesTest, BreachNoteAtRegisterScaleGivesCountTotalAndTheLargest) {
  // 20,000 lines of £1,001 to £21,000: a note naming each would run to over half a megabyte.
  const table t = envelope_position_table(breached(20000));
  ASSERT_EQ(t.notes().size(), 1u);
  // Total: 20,000 x £1,000 + (1 + ... + 20,000) x £1 = £20,000,000 + £200,010,000.
  // The 5 largest: £21,000 + £20,999 + ... + £20,996 = £104,990; the rest £220,010,000 - £104,990.
  EXPECT_EQ(t.notes()[0],
            "2022-23: commitments exceed the envelope by £500.00 (20,000 lines commit £220,010,000.00 in the year; "
            "the 5 largest: Line 1 £21,000.00; Line 2 £20,999.00; Line 3 £20,998.00; Line 4 £20,997.00; Line 5 "
            "£20,996.00; the other 19,995 £219,905,010.00).");
  EXPECT_LT(to_text(t).size(), 1000u);
}

}  // namespace

TEST(ReportTablesTest, AContractProfileTableSaysTheTermItCovers) {
  // Issue 16: a stand-alone profile table is never silent about its scope.
  const contract kent("Young Carers", "Imago", parse_date("1 May 2016"), term::parse("3+1+1"),
                      price::annual(money::parse("£325,484")));
  const table base = financial_year_table(kent.profile(contract_scope::base), "Young Carers: base term");
  ASSERT_EQ(base.notes().size(), 1u);
  EXPECT_EQ(base.notes()[0], "Scope: the base term, to 30 April 2019.");
  const table maximum = financial_year_table(kent.profile(contract_scope::maximum), "Young Carers", {}, " (as awarded)");
  EXPECT_EQ(maximum.notes().at(0), "Scope: the maximum term, to 30 April 2021 (as awarded).");
  // A profile of something other than a contract has no term to name.
  const financial_year_profile budget{apportion_rule::monthly, {{financial_year(2022), money::parse("£1")}}, money::parse("£1")};
  EXPECT_TRUE(financial_year_table(budget, "Budget").notes().empty());
}
