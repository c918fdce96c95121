// Report tables: typed columns, groups and totals, and display figures that add up.
#include <commissioning/report/report.hpp>

#include <gtest/gtest.h>

#include "fails_with.hpp"

namespace {

using namespace commissioning;

money pounds(const char* text) { return money::parse(text); }

table seed_002() {
  table t("Current spend per annum", {column::text("Contract name", true), column::text("Provider"),
                                      column::money("Costings", money_format{})});
  t.add_row({std::string("Young Carers"), std::string("Imago"), pounds("£325,484.88")});
  t.add_row({std::string("NEET"), std::string("CXK Ltd"), pounds("£498,410.40")});
  t.begin_group();
  t.add_row({std::string("Family Support"), std::string("Porchlight"), pounds("£1,240,000")});
  t.add_row({cell(), std::string("Project Salus"), pounds("£860,400")});
  t.add_subtotal("Family Support Total", 1);
  t.add_total("Total current spend");
  return t;
}

std::string shown(const table_layout& l, std::size_t row, std::size_t column) { return l.rows[row][column].text; }

TEST(ReportTest, SubtotalsAndTotalsAreExactSums) {
  const table t = seed_002();
  ASSERT_EQ(t.rows().size(), 6u);
  EXPECT_EQ(t.rows()[4].kind, row_kind::subtotal);
  EXPECT_EQ(std::get<money>(t.rows()[4].cells[2]), pounds("£2,100,400"));
  EXPECT_EQ(std::get<std::string>(t.rows()[4].cells[1]), "Family Support Total");
  EXPECT_EQ(std::get<money>(t.rows()[5].cells[2]), pounds("£2,924,295.28"));
  EXPECT_EQ(std::get<std::string>(t.rows()[5].cells[0]), "Total current spend");
  const table_layout l = layout(t);
  EXPECT_EQ(shown(l, 0, 2), "£325,484.88");
  EXPECT_EQ(shown(l, 5, 2), "£2,924,295.28");
  EXPECT_TRUE(l.notes.empty());
}

TEST(ReportTest, RoundedFiguresAddUpToTheRoundedTotal) {
  // Three thirds of £1,000 in whole pounds: £333.33 each shows as £333, the total as £1,000;
  // one figure is shown as £334 (the earliest of equal remainders), and a note says so.
  table t("Thirds", {column::text("Part"), column::money("Amount")});
  for (const char* part : {"A", "B", "C"}) t.add_row({std::string(part), pounds("£333.33")});
  t.add_row({std::string("D"), pounds("£0.01")});
  t.add_total();
  const table_layout l = layout(t);
  EXPECT_EQ(shown(l, 0, 1), "£334");
  EXPECT_EQ(shown(l, 1, 1), "£333");
  EXPECT_EQ(shown(l, 2, 1), "£333");
  EXPECT_EQ(shown(l, 3, 1), "£0");
  EXPECT_EQ(shown(l, 4, 1), "£1,000");
  ASSERT_EQ(l.notes.size(), 1u);
  EXPECT_EQ(l.notes[0], "Figures are rounded to the nearest £1; 1 figure was adjusted by one unit so that the figures "
                        "shown add up to the totals shown.");
  // The figures themselves are unchanged.
  EXPECT_EQ(std::get<money>(t.rows()[0].cells[1]), pounds("£333.33"));
}

TEST(ReportTest, GroupsAddUpToTheirSubtotalsAndSubtotalsToTheTotal) {
  table t("Groups", {column::text("Line"), column::money("Amount", money_format::thousands())});
  t.begin_group();
  t.add_row({std::string("a"), pounds("£1,400")});
  t.add_row({std::string("b"), pounds("£1,400")});
  t.add_subtotal("First");  // £2,800: £3k
  t.begin_group();
  t.add_row({std::string("c"), pounds("£1,400")});
  t.add_row({std::string("d"), pounds("£1,400")});
  t.add_subtotal("Second");  // £2,800: £3k
  t.add_total();             // £5,600: £6k
  const table_layout l = layout(t);
  EXPECT_EQ(shown(l, 2, 1), "£3k");
  EXPECT_EQ(shown(l, 5, 1), "£3k");
  EXPECT_EQ(shown(l, 6, 1), "£6k");
  EXPECT_EQ(shown(l, 0, 1), "£2k");  // £1k + £2k = £3k
  EXPECT_EQ(shown(l, 1, 1), "£1k");
  EXPECT_EQ(shown(l, 3, 1), "£2k");
  EXPECT_EQ(shown(l, 4, 1), "£1k");
}

TEST(ReportTest, IndependentRoundingSaysWhenFiguresDoNotAddUp) {
  table t("Thirds", {column::text("Part"), column::money("Amount")});
  t.rounding(total_rounding::independent);
  for (const char* part : {"A", "B", "C"}) t.add_row({std::string(part), pounds("£333.50")});
  t.add_total();
  const table_layout l = layout(t);
  EXPECT_EQ(shown(l, 0, 1), "£334");
  EXPECT_EQ(shown(l, 3, 1), "£1,001");  // £1,000.50 rounds half away from zero
  ASSERT_EQ(l.notes.size(), 1u);
  EXPECT_EQ(l.notes[0], "Figures are rounded to the nearest £1 independently, so they may not add up to the totals shown.");
}

TEST(ReportTest, NegativeFiguresRoundConsistentlyToo) {
  table t("Savings", {column::text("Line"), column::money("Amount")});
  t.add_row({std::string("a"), pounds("-£0.60")});
  t.add_row({std::string("b"), pounds("-£0.60")});
  t.add_total();  // -£1.20: -£1
  const table_layout l = layout(t);
  EXPECT_EQ(shown(l, 2, 1), "-£1");
  EXPECT_EQ(shown(l, 0, 1), "£0");
  EXPECT_EQ(shown(l, 1, 1), "-£1");
}

TEST(ReportTest, PercentCountAndNumberColumns) {
  table t("Kinds", {column::percent("Share"), column::count("Young carers"), column::number("Factor", 6)});
  t.add_row({rate::parse("20%"), std::int64_t{1000}, 0.9661835748792271});
  t.add_row({rate::ratio(1, 3), std::int64_t{-1234567}, 1.0});
  const table_layout l = layout(t);
  EXPECT_EQ(shown(l, 0, 0), "20.0%");
  EXPECT_EQ(shown(l, 0, 1), "1,000");
  EXPECT_EQ(shown(l, 0, 2), "0.966184");
  EXPECT_EQ(shown(l, 1, 0), "33.3%");
  EXPECT_EQ(shown(l, 1, 1), "-1,234,567");
}

TEST(ReportTest, SummaryRowsAreGivenNotSummed) {
  table t = seed_002();
  t.add_summary({std::string("Total revised projected spend"), cell(), pounds("£1,924,295.28")});
  EXPECT_EQ(t.rows().back().kind, row_kind::summary);
  EXPECT_EQ(shown(layout(t), 6, 2), "£1,924,295.28");
}

TEST(ReportTest, BadRowsAreRefused) {
  table t("Spend", {column::text("Name"), column::money("Amount")});
  EXPECT_TRUE(fails_with<std::invalid_argument>([&] { t.add_row({std::string("only one cell")}); },
                                                "commissioning.report.001", "1 cells; the table has 2 columns"));
  EXPECT_TRUE(fails_with<std::invalid_argument>([&] { t.add_row({std::string("a"), std::string("£5")}); },
                                                "commissioning.report.002", "'Amount' holds money"));
  table n("Numbers", {column::number("x")});
  EXPECT_TRUE(fails_with<std::invalid_argument>([&] { n.add_row({std::nan("")}); }, "commissioning.report.002", "nan"));
  EXPECT_TRUE(fails_with<std::invalid_argument>([&] { t.add_subtotal("x"); }, "commissioning.report.003", "closes no group"));
  t.begin_group();
  EXPECT_TRUE(fails_with<std::invalid_argument>([&] { t.begin_group(); }, "commissioning.report.003", "already open"));
  EXPECT_TRUE(fails_with<std::invalid_argument>([&] { t.add_total(); }, "commissioning.report.003", "closed"));
  EXPECT_TRUE(fails_with<std::invalid_argument>([&] { t.add_subtotal("x", 1); }, "commissioning.report.003", "column 1"));
  EXPECT_TRUE(fails_with<std::invalid_argument>([] { table("Empty", {}); }, "commissioning.report.001", "'Empty'"));
}

TEST(ReportTest, ATableRebuiltFromItsRowsSumsItsTotalsAgain) {
  table t = seed_002();
  t.add_summary({std::string("Total revised projected spend"), cell(), pounds("£1,924,295.28")});
  const table rebuilt = table::from_rows(t.caption(), t.columns(), t.rows());
  EXPECT_EQ(rebuilt.caption(), t.caption());
  EXPECT_EQ(rebuilt.rows(), t.rows());  // its groups, subtotals and totals too
  // Only the body rows and summaries are taken as given: a subtotal's figures are summed again.
  std::vector<table_row> rows = t.rows();
  std::get<money>(rows[2].cells[2]) = pounds("£1,000,000");  // Family Support: was £1,240,000
  std::get<money>(rows[4].cells[2]) = pounds("£1");
  const table changed = table::from_rows(t.caption(), t.columns(), rows);
  EXPECT_EQ(changed.rows()[4].group, 0);
  EXPECT_EQ(std::get<std::string>(changed.rows()[4].cells[1]), "Family Support Total");
  EXPECT_EQ(std::get<money>(changed.rows()[4].cells[2]), pounds("£1,860,400"));
  EXPECT_EQ(std::get<money>(changed.rows()[5].cells[2]), pounds("£2,684,295.28"));
  EXPECT_EQ(std::get<money>(changed.rows()[6].cells[2]), pounds("£1,924,295.28"));
}

TEST(ReportTest, AMoneyColumnInAUnitWithItsUsualOrGivenDecimals) {
  EXPECT_EQ(column::money("Cost", money_unit::thousands).money_style.decimals, -1);
  EXPECT_EQ(column::money("Cost", money_unit::thousands, 1).money_style.decimals, 1);
  EXPECT_EQ(column::money("Cost", money_unit::thousands, 1).money_style.unit, money_unit::thousands);
  EXPECT_TRUE(fails_with<std::invalid_argument>([] { (void)column::money("Cost", money_unit::whole_pounds, -1); },
                                                "commissioning.money.009", "cannot show -1 decimals"));
}

TEST(ReportTest, CountTotalsThatOverflowAreAnError) {
  table t("Counts", {column::text("x"), column::count("n")});
  t.add_row({std::string("a"), std::int64_t{INT64_MAX}});
  t.add_row({std::string("b"), std::int64_t{1}});
  EXPECT_TRUE(fails_with<std::overflow_error>([&] { t.add_total(); }, "commissioning.report.004", "'n'"));
}

}  // namespace
