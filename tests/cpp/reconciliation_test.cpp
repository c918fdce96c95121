// reconciliation: two statements of the same scope compared in total and, where both give
// lines, line by line; whatever the lines do not explain is reported, never hidden.
#include <commissioning/budget/proposal.hpp>
#include <commissioning/budget/reconciliation.hpp>

#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace {

using namespace commissioning;

money pounds(std::string_view text) { return money::parse(text); }

// Seed 002, "Current spend per annum on these contracts is:" (see portfolio_test.cpp).
portfolio seed_two() {
  portfolio early_help("Early help and preventative services");
  early_help.add("Young Carers", "Imago", pounds("£325,484.88"))
      .add("NEET", "CXK Ltd", pounds("£498,410.40"))
      .add("Family Support", "Porchlight", pounds("£1,240,000.00"))
      .add("Family Support", "Project Salus", pounds("£860,400.00"));
  return early_help;
}

// Seed 003, the forward-plan entry for the same decision: "Financial implications: Total for
// services in scope: £2,910,878". A total and nothing else.
statement seed_three() { return statement{"seed 003", {}, pounds("£2,910,878")}; }

std::vector<std::string> labels(const reconciliation& r) {
  std::vector<std::string> names;
  for (const reconciliation_line& line : r.lines) names.push_back(line.label);
  return names;
}

std::vector<money> differences(const reconciliation& r) {
  std::vector<money> values;
  for (const reconciliation_line& line : r.lines) values.push_back(line.difference);
  return values;
}

money sum_of_differences(const reconciliation& r) {
  money sum;
  for (const reconciliation_line& line : r.lines) sum += line.difference;
  return sum;
}

TEST(StatementTest, APortfolioGivesOneLinePerService) {
  const statement decision = statement::of(seed_two(), "seed 002");
  EXPECT_EQ(decision.source, "seed 002");
  ASSERT_EQ(decision.lines.size(), 3U);
  EXPECT_EQ(decision.lines[0], (std::pair<std::string, money>{"Young Carers", pounds("£325,484.88")}));
  EXPECT_EQ(decision.lines[1], (std::pair<std::string, money>{"NEET", pounds("£498,410.40")}));
  // "Family Support Total £2,100,400.00": Porchlight and Project Salus together.
  EXPECT_EQ(decision.lines[2], (std::pair<std::string, money>{"Family Support", pounds("£2,100,400.00")}));
  EXPECT_FALSE(decision.stated_total.has_value());
  EXPECT_EQ(decision.total(), pounds("£2,924,295.28"));
}

TEST(StatementTest, AStatedTotalTakesPrecedenceOverTheLines) {
  EXPECT_EQ(seed_three().total(), pounds("£2,910,878"));
  statement rounded = statement::of(seed_two(), "report");
  rounded.stated_total = pounds("£2,924,295");
  EXPECT_EQ(rounded.total(), pounds("£2,924,295"));
  EXPECT_EQ(statement{}.total(), money{});
}

TEST(ReconciliationTest, SeedsThreeAndTwoDifferByThirteenThousandFourHundredAndSeventeenPoundsTwentyEight) {
  // Seed 002's table totals £2,924,295.28; seed 003 states £2,910,878 for the same scope:
  //   £2,924,295.28 - £2,910,878.00 = £13,417.28.
  // Seed 003 gives no lines, so none of the difference can be explained line by line.
  const reconciliation r = reconcile(seed_three(), statement::of(seed_two(), "seed 002"));
  EXPECT_EQ(r.first_source, "seed 003");
  EXPECT_EQ(r.second_source, "seed 002");
  EXPECT_EQ(r.first_total, pounds("£2,910,878"));
  EXPECT_EQ(r.second_total, pounds("£2,924,295.28"));
  EXPECT_EQ(r.difference, pounds("£13,417.28"));
  EXPECT_TRUE(r.lines.empty());
  EXPECT_EQ(r.unexplained, pounds("£13,417.28"));
  // The other way round, the difference changes sign.
  const reconciliation back = reconcile(statement::of(seed_two(), "seed 002"), seed_three());
  EXPECT_EQ(back.difference, pounds("-£13,417.28"));
  EXPECT_EQ(back.unexplained, pounds("-£13,417.28"));
}

TEST(ReconciliationTest, MatchesLinesByLabel) {
  // Seed 002 before and after the decision: Young Carers +£100,000, NEET unchanged, Family
  // Support -£1,100,000: -£1,000,000 in all, every penny explained.
  const date from = parse_date("1 October 2020");
  const proposal_result decision =
      apply(seed_two(), {portfolio_change::change_by("Young Carers", pounds("£100,000"), from),
                         portfolio_change::move_to_sla("NEET", "The Education People", money{}, from),
                         portfolio_change::bring_in_house("Family Support", pounds("-£1,100,000"), from)});
  const reconciliation r =
      reconcile(statement::of(decision.before, "current spend"), statement::of(decision.after, "revised spend"));
  EXPECT_EQ(r.first_total, pounds("£2,924,295.28"));
  EXPECT_EQ(r.second_total, pounds("£1,924,295.28"));
  EXPECT_EQ(r.difference, pounds("-£1,000,000"));
  EXPECT_EQ(labels(r), (std::vector<std::string>{"Young Carers", "NEET", "Family Support"}));
  EXPECT_EQ(differences(r), (std::vector<money>{pounds("£100,000"), money{}, pounds("-£1,100,000")}));
  EXPECT_EQ(r.lines[0].first, pounds("£325,484.88"));
  EXPECT_EQ(r.lines[0].second, pounds("£425,484.88"));
  EXPECT_EQ(r.unexplained, money{});
  EXPECT_EQ(r.unexplained, r.difference - sum_of_differences(r));
}

TEST(ReconciliationTest, ALineInOnlyOneStatementCountsAgainstNothing) {
  // The second statement drops NEET and adds Youth Justice at £120,000:
  //   Young Carers   £325,484.88 -> £425,484.88     +£100,000.00
  //   NEET           £498,410.40 -> (none)          -£498,410.40
  //   Family Support £2,100,400  -> £1,000,400    -£1,100,000.00
  //   Youth Justice  (none)      -> £120,000        +£120,000.00
  //   total £2,924,295.28 -> £1,545,884.88          -£1,378,410.40, all explained.
  const statement second{"revised",
                         {{"Young Carers", pounds("£425,484.88")},
                          {"Family Support", pounds("£1,000,400")},
                          {"Youth Justice", pounds("£120,000")}}};
  const reconciliation r = reconcile(statement::of(seed_two(), "current"), second);
  EXPECT_EQ(labels(r), (std::vector<std::string>{"Young Carers", "NEET", "Family Support", "Youth Justice"}));
  EXPECT_EQ(r.lines[1].first, pounds("£498,410.40"));
  EXPECT_EQ(r.lines[1].second, std::nullopt);
  EXPECT_EQ(r.lines[3].first, std::nullopt);
  EXPECT_EQ(r.lines[3].second, pounds("£120,000"));
  EXPECT_EQ(differences(r),
            (std::vector<money>{pounds("£100,000"), pounds("-£498,410.40"), pounds("-£1,100,000"), pounds("£120,000")}));
  EXPECT_EQ(r.second_total, pounds("£1,545,884.88"));
  EXPECT_EQ(r.difference, pounds("-£1,378,410.40"));
  EXPECT_EQ(sum_of_differences(r), r.difference);
  EXPECT_EQ(r.unexplained, money{});
}

TEST(ReconciliationTest, AStatedTotalThatDisagreesWithItsLinesLeavesTheGapUnexplained) {
  // A report that gives seed 002's lines but a total rounded to the pound, £2,924,295: the lines
  // agree to the penny, so the 28p between the totals is unexplained.
  statement report = statement::of(seed_two(), "report");
  report.stated_total = pounds("£2,924,295");
  const reconciliation r = reconcile(report, statement::of(seed_two(), "seed 002"));
  EXPECT_EQ(r.difference, pounds("£0.28"));
  EXPECT_EQ(differences(r), (std::vector<money>(3, money{})));
  EXPECT_EQ(r.unexplained, pounds("£0.28"));
  EXPECT_EQ(r.unexplained, r.difference - sum_of_differences(r));
}

TEST(ReconciliationTest, AddsLinesWithTheSameLabel) {
  // The decision's table lists Family Support by provider; the portfolio statement by service.
  const statement by_provider{"by provider",
                              {{"Young Carers", pounds("£325,484.88")},
                               {"NEET", pounds("£498,410.40")},
                               {"Family Support", pounds("£1,240,000.00")},
                               {"Family Support", pounds("£860,400.00")}}};
  const reconciliation r = reconcile(by_provider, statement::of(seed_two(), "by service"));
  EXPECT_EQ(labels(r), (std::vector<std::string>{"Young Carers", "NEET", "Family Support"}));
  EXPECT_EQ(r.lines[2].first, pounds("£2,100,400.00"));
  EXPECT_EQ(r.difference, money{});
  EXPECT_EQ(differences(r), (std::vector<money>(3, money{})));
  EXPECT_EQ(r.unexplained, money{});
}

TEST(ReconciliationTest, ComparesOnlyTotalsWhenEitherStatementHasNoLines) {
  // Seed 003's total against a statement with lines that happen to sum to the same figure.
  const statement lines{"lines", {{"A", pounds("£2,000,000")}, {"B", pounds("£910,878")}}};
  const reconciliation r = reconcile(lines, seed_three());
  EXPECT_TRUE(r.lines.empty());
  EXPECT_EQ(r.difference, money{});
  EXPECT_EQ(r.unexplained, money{});
}

}  // namespace
