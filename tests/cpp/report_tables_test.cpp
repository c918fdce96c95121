// The standard report tables that the golden files do not cover: the simulation summary.
#include <commissioning/report/report_tables.hpp>
#include <commissioning/appraisal/appraisal.hpp>
#include <commissioning/risk/simulation.hpp>

#include <gtest/gtest.h>

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

}  // namespace
