// mcda: weighted-sum scoring of options against criteria, ranks with ties, and how far each
// weight can move before the top option changes.
//
// The hand-worked example: three ways of delivering a service, scored 0-10 against four
// criteria weighted 40, 30, 20, 10 (normalised 0.4, 0.3, 0.2, 0.1).
//
//                  Quality  Cost  Deliverability  Social value   weighted total
//   In-house          7      5          8              6         2.8 + 1.5 + 1.6 + 0.6 = 6.5
//   External          8      7          5              4         3.2 + 2.1 + 1.0 + 0.4 = 6.7
//   Do minimum        4      9          9              3         1.6 + 2.7 + 1.8 + 0.3 = 6.4
//
// Ranks: External 1, In-house 2, Do minimum 3.
//
// Weight stability. Moving criterion j's weight to t, the others scaled by (1 - t)/(1 - w_j),
// every total is T_i(t) = R_i + t (s_ij - R_i), R_i = (T_i - w_j s_ij) / (1 - w_j).
//
//   Quality (w = 0.4): R = 3.7/0.6, 3.5/0.6, 4.8/0.6 = 37/6, 35/6, 8
//     In-house   37/6 + (5/6) t;  External 35/6 + (13/6) t;  Do minimum 8 - 4 t
//     External = In-house   at (37-35)/6 / (8/6)       = 1/4
//     External = Do minimum at (8 - 35/6) / (13/6 + 4) = 13/37 = 0.351351...
//     falling: Do minimum draws level first, at 13/37 (4.86 points down); rising: never.
//   Cost (w = 0.3): R = 5/0.7, 4.6/0.7, 3.7/0.7 = 50/7, 46/7, 37/7
//     In-house   50/7 - (15/7) t; External 46/7 + (3/7) t;  Do minimum 37/7 + (26/7) t
//     External = In-house   at (4/7) / (18/7) = 2/9   (falling: 7.78 points down)
//     External = Do minimum at (9/7) / (23/7) = 9/23  (rising: 9.13 points up)
//   Deliverability (w = 0.2): R = 4.9/0.8, 5.7/0.8, 4.6/0.8 = 6.125, 7.125, 5.75
//     In-house   6.125 + 1.875 t; External 7.125 - 2.125 t; Do minimum 5.75 + 3.25 t
//     External = In-house   at 1 / 4        = 1/4    (rising: 5 points up)
//     External = Do minimum at 1.375 / 5.375 = 11/43 (later than 1/4)
//     falling: never.
//   Social value (w = 0.1): R = 5.9/0.9, 6.3/0.9, 6.1/0.9 = 59/9, 7, 61/9
//     In-house   59/9 - (5/9) t;  External 7 - 3 t;  Do minimum 61/9 - (34/9) t
//     External = In-house   at (4/9) / (22/9) = 2/11 (rising: 8.18 points up)
//     External = Do minimum at t = -2/7: outside [0, 1], so never; falling: never.
//
// Every crossing is then checked against a brute-force scan of the weight in steps of 1e-5.
#include <commissioning/appraisal/mcda.hpp>

#include <gtest/gtest.h>

#include "fails_with.hpp"

#include <cmath>
#include <limits>
#include <optional>
#include <random>
#include <string>
#include <vector>

namespace {

using namespace commissioning;

multi_criteria service_options() {
  return multi_criteria({{"Quality", 40}, {"Cost", 30}, {"Deliverability", 20}, {"Social value", 10}},
                        {"In-house", "External", "Do minimum"}, {{7, 5, 8, 6}, {8, 7, 5, 4}, {4, 9, 9, 3}});
}

constexpr double exact = 1e-12;

// ---------------------------------------------------------------- totals and ranks

TEST(McdaTest, WeightsAreNormalisedToSumToOne) {
  const Eigen::VectorXd w = service_options().weights();
  ASSERT_EQ(w.size(), 4);
  EXPECT_NEAR(w(0), 0.4, exact);
  EXPECT_NEAR(w(1), 0.3, exact);
  EXPECT_NEAR(w(2), 0.2, exact);
  EXPECT_NEAR(w(3), 0.1, exact);
  EXPECT_NEAR(w.sum(), 1.0, exact);
}

TEST(McdaTest, TotalsAreTheWeightedSumOfScores) {
  const mcda_result r = service_options().evaluate();
  EXPECT_NEAR(r.totals(0), 6.5, exact);
  EXPECT_NEAR(r.totals(1), 6.7, exact);
  EXPECT_NEAR(r.totals(2), 6.4, exact);
  EXPECT_NEAR(r.total_of("External"), 6.7, exact);
}

TEST(McdaTest, RanksPutTheHighestTotalFirst) {
  const mcda_result r = service_options().evaluate();
  EXPECT_EQ(r.ranks, (std::vector<int>{2, 1, 3}));
  EXPECT_EQ(r.top(), "External");
  EXPECT_EQ(r.leader, 1U);
  EXPECT_TRUE(r.ties.empty());
  EXPECT_EQ(r.rank_of("Do minimum"), 3);
}

TEST(McdaTest, WeightsGivenAsFractionsOrPointsScoreTheSame) {
  const multi_criteria fractions({{"Quality", 0.4}, {"Cost", 0.3}, {"Deliverability", 0.2}, {"Social value", 0.1}},
                                 {"In-house", "External", "Do minimum"}, {{7, 5, 8, 6}, {8, 7, 5, 4}, {4, 9, 9, 3}});
  const mcda_result a = fractions.evaluate();
  const mcda_result b = service_options().evaluate();
  EXPECT_NEAR((a.totals - b.totals).cwiseAbs().maxCoeff(), 0.0, exact);
  EXPECT_EQ(a.ranks, b.ranks);
}

TEST(McdaTest, TiesShareARankAndTheNextRankIsSkipped) {
  // Equal weights: A = (6+4)/2 = 5, B = (4+6)/2 = 5, C = (9+3)/2 = 6, D = (1+1)/2 = 1.
  const multi_criteria model({{"x", 1}, {"y", 1}}, {"A", "B", "C", "D"}, {{6, 4}, {4, 6}, {9, 3}, {1, 1}});
  const mcda_result r = model.evaluate();
  EXPECT_EQ(r.ranks, (std::vector<int>{2, 2, 1, 4}));
  EXPECT_EQ(r.ties, (std::vector<std::vector<std::string>>{{"A", "B"}}));
}

TEST(McdaTest, TotalsEqualUpToRoundingAreTied) {
  // 0.1 + 0.2 and 0.3 differ in the last bit of a double; as totals they are one figure.
  const multi_criteria model({{"x", 1}, {"y", 1}}, {"P", "Q", "R"}, {{0.1 * 2, 0.2 * 2}, {0.3 * 2, 0}, {0, 0}});
  const mcda_result r = model.evaluate();
  EXPECT_EQ(r.ranks, (std::vector<int>{1, 1, 3}));
  EXPECT_EQ(r.ties, (std::vector<std::vector<std::string>>{{"P", "Q"}}));
  EXPECT_EQ(r.top(), "P");  // the first listed of those sharing the top rank
}

TEST(McdaTest, AZeroWeightCriterionDoesNotCount) {
  const multi_criteria model({{"counts", 2}, {"ignored", 0}}, {"A", "B"}, {{5, 0}, {4, 10}});
  const mcda_result r = model.evaluate();
  EXPECT_NEAR(r.totals(0), 5, exact);
  EXPECT_NEAR(r.totals(1), 4, exact);
  EXPECT_EQ(r.top(), "A");
}

TEST(McdaTest, ScoresFromAnEigenMatrix) {
  Eigen::MatrixXd scores(2, 2);
  scores << 1, 2, 3, 4;
  const mcda_result r = multi_criteria({{"x", 3}, {"y", 1}}, {"A", "B"}, scores).evaluate();
  EXPECT_NEAR(r.totals(0), 0.75 * 1 + 0.25 * 2, exact);
  EXPECT_NEAR(r.totals(1), 0.75 * 3 + 0.25 * 4, exact);
}

// ---------------------------------------------------------------- weight stability

TEST(McdaTest, StabilityOfTheHandWorkedExample) {
  const mcda_result r = service_options().evaluate();
  ASSERT_EQ(r.stability.size(), 4U);

  const weight_stability& quality = r.stability[0];
  EXPECT_EQ(quality.criterion, "Quality");
  EXPECT_NEAR(quality.weight, 0.4, exact);
  EXPECT_NEAR(quality.lowest_weight, 13.0 / 37, exact);
  EXPECT_NEAR(quality.highest_weight, 1.0, exact);
  EXPECT_NEAR(quality.points_down, (0.4 - 13.0 / 37) * 100, 1e-10);  // 4.86 points
  EXPECT_NEAR(quality.points_up, 60, 1e-10);
  EXPECT_EQ(quality.rival_down, "Do minimum");
  EXPECT_EQ(quality.rival_up, std::nullopt);

  const weight_stability& cost = r.stability[1];
  EXPECT_NEAR(cost.lowest_weight, 2.0 / 9, exact);
  EXPECT_NEAR(cost.highest_weight, 9.0 / 23, exact);
  EXPECT_NEAR(cost.points_down, (0.3 - 2.0 / 9) * 100, 1e-10);  // 7.78 points
  EXPECT_NEAR(cost.points_up, (9.0 / 23 - 0.3) * 100, 1e-10);   // 9.13 points
  EXPECT_EQ(cost.rival_down, "In-house");
  EXPECT_EQ(cost.rival_up, "Do minimum");

  const weight_stability& deliverability = r.stability[2];
  EXPECT_NEAR(deliverability.lowest_weight, 0.0, exact);
  EXPECT_NEAR(deliverability.highest_weight, 0.25, exact);
  EXPECT_NEAR(deliverability.points_up, 5, 1e-10);
  EXPECT_EQ(deliverability.rival_down, std::nullopt);
  EXPECT_EQ(deliverability.rival_up, "In-house");

  const weight_stability& social = r.stability[3];
  EXPECT_NEAR(social.lowest_weight, 0.0, exact);
  EXPECT_NEAR(social.highest_weight, 2.0 / 11, exact);
  EXPECT_NEAR(social.points_down, 10, 1e-10);
  EXPECT_EQ(social.rival_down, std::nullopt);
  EXPECT_EQ(social.rival_up, "In-house");
}

/// The top option (by index, first listed among ties) with criterion j's weight at t and the
/// others scaled in proportion, found by computing every total.
struct scan_answer {
  double lowest = 0, highest = 1;
  std::optional<std::size_t> down, up;
};

scan_answer brute_force(const multi_criteria& model, std::size_t j, double step) {
  const Eigen::VectorXd w = model.weights();
  const auto col = static_cast<Eigen::Index>(j);
  const std::size_t leader = model.evaluate().leader;
  auto winner_at = [&](double t) -> std::optional<std::size_t> {
    Eigen::VectorXd moved = w * ((1 - t) / (1 - w(col)));
    moved(col) = t;
    const Eigen::VectorXd totals = model.scores() * moved;
    // A rival strictly ahead of the leader has taken the top rank.
    std::optional<std::size_t> best;
    for (Eigen::Index i = 0; i < totals.size(); ++i)
      if (totals(i) > totals(static_cast<Eigen::Index>(leader)) + 1e-12 && (!best || totals(i) > totals(static_cast<Eigen::Index>(*best))))
        best = static_cast<std::size_t>(i);
    return best;
  };
  scan_answer answer;
  for (double t = w(col); t <= 1.0 + 1e-15; t += step)
    if (const auto rival = winner_at(std::min(t, 1.0))) {
      answer.highest = t;
      answer.up = rival;
      break;
    }
  for (double t = w(col); t >= -1e-15; t -= step)
    if (const auto rival = winner_at(std::max(t, 0.0))) {
      answer.lowest = t;
      answer.down = rival;
      break;
    }
  return answer;
}

TEST(McdaTest, StabilityAgreesWithABruteForceScan) {
  std::vector<multi_criteria> models = {
      service_options(),
      // Another shape: five options, three criteria, uneven weights, on a 1-5 scale.
      multi_criteria({{"a", 5}, {"b", 3}, {"c", 2}}, {"P", "Q", "R", "S", "T"},
                     {{3, 4, 2}, {5, 1, 3}, {2, 5, 5}, {4, 3, 4}, {1, 2, 1}}),
  };
  // And a dozen drawn at random (fixed seed): four options, three criteria, scores in [0, 10).
  std::mt19937 generator(20261123);
  std::uniform_real_distribution<double> score(0, 10);
  std::uniform_real_distribution<double> weight(0.5, 5);
  for (int k = 0; k < 12; ++k) {
    Eigen::MatrixXd scores(4, 3);
    for (Eigen::Index i = 0; i < 4; ++i)
      for (Eigen::Index j = 0; j < 3; ++j) scores(i, j) = score(generator);
    models.emplace_back(std::vector<criterion>{{"a", weight(generator)}, {"b", weight(generator)}, {"c", weight(generator)}},
                        std::vector<std::string>{"P", "Q", "R", "S"}, scores);
  }
  for (std::size_t k = 0; k < models.size(); ++k) {
    const multi_criteria& model = models[k];
    const double step = k < 2 ? 1e-5 : 1e-4;  // finer for the two worked models
    const mcda_result r = model.evaluate();
    for (std::size_t j = 0; j < model.criteria().size(); ++j) {
      SCOPED_TRACE(model.criteria()[j].name);
      const scan_answer scan = brute_force(model, j, step);
      const weight_stability& s = r.stability[j];
      // The scan finds the first step strictly past the crossing: at most one step beyond it
      // (with a little slack for the sum of the steps).
      const double slack = 1e-9;
      EXPECT_GE(scan.highest, s.highest_weight - slack);
      EXPECT_LE(scan.highest, s.highest_weight + step + slack);
      EXPECT_LE(scan.lowest, s.lowest_weight + slack);
      EXPECT_GE(scan.lowest, s.lowest_weight - step - slack);
      EXPECT_EQ(s.rival_up, scan.up ? std::optional(model.options()[*scan.up]) : std::nullopt);
      EXPECT_EQ(s.rival_down, scan.down ? std::optional(model.options()[*scan.down]) : std::nullopt);
    }
  }
}

TEST(McdaTest, AnOptionBestOnEveryCriterionCannotBeOvertaken) {
  const multi_criteria model({{"x", 1}, {"y", 2}}, {"Best", "Other"}, {{9, 9}, {1, 2}});
  for (const weight_stability& s : model.evaluate().stability) {
    EXPECT_EQ(s.lowest_weight, 0.0);
    EXPECT_EQ(s.highest_weight, 1.0);
    EXPECT_FALSE(s.rival_down.has_value());
    EXPECT_FALSE(s.rival_up.has_value());
  }
}

TEST(McdaTest, ATieAtTheTopCannotMoveTowardsTheRival) {
  // Equal weights, A = B = 5. Raising x favours A (the leader), raising y favours B.
  const multi_criteria model({{"x", 1}, {"y", 1}}, {"A", "B"}, {{6, 4}, {4, 6}});
  const mcda_result r = model.evaluate();
  EXPECT_EQ(r.top(), "A");
  EXPECT_NEAR(r.stability[0].lowest_weight, 0.5, exact);
  EXPECT_EQ(r.stability[0].rival_down, "B");
  EXPECT_EQ(r.stability[0].highest_weight, 1.0);
  EXPECT_NEAR(r.stability[1].highest_weight, 0.5, exact);
  EXPECT_EQ(r.stability[1].rival_up, "B");
}

TEST(McdaTest, ASoleCriterionsWeightCannotMove) {
  const mcda_result r = multi_criteria({{"only", 3}}, {"A", "B"}, {{1}, {2}}).evaluate();
  EXPECT_EQ(r.stability[0].weight, 1.0);
  EXPECT_EQ(r.stability[0].lowest_weight, 1.0);
  EXPECT_EQ(r.stability[0].highest_weight, 1.0);
  EXPECT_EQ(r.stability[0].points_down, 0.0);
}

TEST(McdaTest, ACriterionWithAllTheWeightSharesWhatItReleasesEqually) {
  // x holds everything: A leads 5 to 4. Falling, y and z share equally: A = 5t + (0+0)/2 (1-t),
  // B = 4t + (3+1)/2 (1-t) = 2 + 2t. Level at 5t = 2 + 2t, t = 2/3.
  const mcda_result r = multi_criteria({{"x", 1}, {"y", 0}, {"z", 0}}, {"A", "B"}, {{5, 0, 0}, {4, 3, 1}}).evaluate();
  EXPECT_NEAR(r.stability[0].lowest_weight, 2.0 / 3, exact);
  EXPECT_EQ(r.stability[0].rival_down, "B");
}

// ---------------------------------------------------------------- errors

TEST(McdaTest, NoOptionsOrNoCriteriaIsAnError) {
  EXPECT_TRUE(fails_with<std::invalid_argument>(
      [] { (void)multi_criteria({}, {"A"}, std::vector<std::vector<double>>{{}}); }, "commissioning.mcda.001",
      "at least one criterion"));
  EXPECT_TRUE(fails_with<std::invalid_argument>(
      [] { (void)multi_criteria({{"x", 1}}, {}, std::vector<std::vector<double>>{}); }, "commissioning.mcda.001",
      "at least one option"));
}

TEST(McdaTest, DuplicateOrBlankNamesAreAnError) {
  EXPECT_TRUE(fails_with<std::invalid_argument>(
      [] { (void)multi_criteria({{"Cost", 1}, {"Cost", 2}}, {"A"}, {{1, 2}}); }, "commissioning.mcda.002",
      "two criteria are named 'Cost'"));
  EXPECT_TRUE(fails_with<std::invalid_argument>(
      [] { (void)multi_criteria({{"x", 1}}, {"A", "A"}, {{1}, {2}}); }, "commissioning.mcda.002",
      "two options are named 'A'"));
  EXPECT_TRUE(fails_with<std::invalid_argument>(
      [] { (void)multi_criteria({{"x", 1}}, {" "}, {{1}}); }, "commissioning.mcda.002", "got ' '"));
}

TEST(McdaTest, ScoresOfTheWrongShapeAreAnError) {
  EXPECT_TRUE(fails_with<std::invalid_argument>(
      [] { (void)multi_criteria({{"x", 1}, {"y", 1}}, {"A", "B"}, {{1, 2}}); }, "commissioning.mcda.003",
      "the scores are 1 x 2; expected 2 options x 2 criteria"));
  EXPECT_TRUE(fails_with<std::invalid_argument>(
      [] { (void)multi_criteria({{"x", 1}, {"y", 1}}, {"A", "B"}, {{1, 2}, {3}}); }, "commissioning.mcda.003",
      "row 2 has 1"));
}

TEST(McdaTest, NonFiniteScoresAndWeightsAreAnErrorNamingWhere) {
  const double nan = std::numeric_limits<double>::quiet_NaN();
  const double inf = std::numeric_limits<double>::infinity();
  EXPECT_TRUE(fails_with<std::invalid_argument>(
      [&] { (void)multi_criteria({{"x", 1}, {"y", 1}}, {"A", "B"}, {{1, 2}, {3, nan}}); }, "commissioning.mcda.004",
      "option 'B' against criterion 'y' must be a finite number, got nan"));
  EXPECT_TRUE(fails_with<std::invalid_argument>(
      [&] { (void)multi_criteria({{"x", inf}}, {"A"}, {{1}}); }, "commissioning.mcda.004",
      "weight of criterion 'x' must be a finite number, got inf"));
  EXPECT_TRUE(fails_with<std::invalid_argument>(
      [&] { (void)multi_criteria({{"x", 1, "", score_scale{0, inf}}}, {"A"}, {{1}}); }, "commissioning.mcda.004",
      "scale of criterion 'x'"));
}

TEST(McdaTest, ANegativeWeightIsAnErrorNamingTheCriterion) {
  EXPECT_TRUE(fails_with<std::invalid_argument>(
      [] { (void)multi_criteria({{"x", 1}, {"Risk", -0.5}}, {"A"}, {{1, 2}}); }, "commissioning.mcda.005",
      "criterion 'Risk' cannot be negative, got -0.5"));
}

TEST(McdaTest, AScoreOutsideItsDeclaredScaleIsAnErrorNamingOptionCriterionAndValue) {
  const std::vector<criterion> criteria = {{"Quality", 1, "0 poor to 10 excellent", score_scale{0, 10}}, {"Cost", 1}};
  EXPECT_TRUE(fails_with<std::invalid_argument>(
      [&] { (void)multi_criteria(criteria, {"A", "B"}, {{10, 50}, {10.5, -3}}); }, "commissioning.mcda.006",
      "option 'B' against criterion 'Quality' is 10.5, outside its scale of 0 to 10"));
  // The ends of the scale are in it; a criterion with no scale takes any finite score.
  const mcda_result r = multi_criteria(criteria, {"A", "B"}, {{10, 50}, {0, -3}}).evaluate();
  EXPECT_EQ(r.criteria[0].description, "0 poor to 10 excellent");
}

TEST(McdaTest, AScaleMustRunUpwards) {
  EXPECT_TRUE(fails_with<std::invalid_argument>(
      [] { (void)multi_criteria({{"x", 1, "", score_scale{5, 5}}}, {"A"}, {{5}}); }, "commissioning.mcda.007",
      "got 5 to 5"));
}

TEST(McdaTest, AllZeroWeightsIsAnError) {
  EXPECT_TRUE(fails_with<std::domain_error>(
      [] { (void)multi_criteria({{"x", 0}, {"y", 0}}, {"A"}, {{1, 2}}); }, "commissioning.mcda.008",
      "every criterion has zero weight"));
}

TEST(McdaTest, AskingForAnOptionThatIsNotThereIsAnError) {
  const mcda_result r = service_options().evaluate();
  EXPECT_TRUE(fails_with<std::out_of_range>([&] { (void)r.rank_of("Outsource"); }, "commissioning.mcda.009",
                                            "'Outsource'"));
}

// ---------------------------------------------------------------- scores labelled by name

TEST(McdaTest, ALabelledTableOfScoresIsMatchedByNameInAnyOrder) {
  // The frame's rows are C, A, B and its columns Cost, Quality; the model's order is its own.
  const score_layout layout =
      lay_out_scores({{"Quality", 60}, {"Cost", 40}}, {"A", "B", "C"}, {"C", "A", "B"}, {"Cost", "Quality"});
  EXPECT_EQ(layout.rows, (std::vector<std::size_t>{1, 2, 0}));
  EXPECT_EQ(layout.columns, (std::vector<std::size_t>{1, 0}));
  // Scores read through the layout evaluate as if given in the model's order.
  const std::vector<std::vector<double>> frame = {{2, 9}, {5, 7}, {8, 4}};  // C, A, B by Cost, Quality
  std::vector<std::vector<double>> scores;
  for (const std::size_t row : layout.rows) scores.push_back({frame[row][layout.columns[0]], frame[row][layout.columns[1]]});
  const mcda_result r = multi_criteria({{"Quality", 60}, {"Cost", 40}}, {"A", "B", "C"}, scores).evaluate();
  EXPECT_NEAR(r.totals(0), 0.6 * 7 + 0.4 * 5, 1e-12);  // 6.2
  EXPECT_NEAR(r.totals(2), 0.6 * 9 + 0.4 * 2, 1e-12);  // 6.2: tied with A
  EXPECT_EQ(r.ranks, (std::vector<int>{1, 3, 1}));
}

TEST(McdaTest, ALabelledTableMustNameEachCriterionAndOptionOnce) {
  const std::vector<criterion> criteria = {{"Quality", 1}, {"Cost", 1}};
  EXPECT_TRUE(fails_with<std::invalid_argument>(
      [&] { (void)lay_out_scores(criteria, {"A", "A"}, {"A", "A"}, {"Quality", "Cost"}); }, "commissioning.mcda.002",
      "two options are named 'A'"));
  EXPECT_TRUE(fails_with<std::invalid_argument>(
      [&] { (void)lay_out_scores(criteria, {"A"}, {"A"}, {"Cost", "Cost"}); }, "commissioning.mcda.002",
      "two criteria are named 'Cost'"));
  EXPECT_TRUE(fails_with<std::invalid_argument>(
      [&] { (void)lay_out_scores(criteria, {"A"}, {"A"}, {"Quality"}); }, "commissioning.mcda.003",
      "the frame has no column for criterion 'Cost'"));
  EXPECT_TRUE(fails_with<std::invalid_argument>(
      [&] { (void)lay_out_scores(criteria, {"A"}, {"A"}, {"Quality", "Cost", "Risk"}); }, "commissioning.mcda.003",
      "the frame's column 'Risk' is not a criterion"));
  EXPECT_TRUE(fails_with<std::invalid_argument>(
      [&] { (void)lay_out_scores(criteria, {"A"}, {"A", "B"}, {"Quality", "Cost"}); }, "commissioning.mcda.003",
      "the frame has 2 rows; 1 options are named"));
  EXPECT_TRUE(fails_with<std::invalid_argument>(
      [&] { (void)lay_out_scores(criteria, {"A", "C"}, {"A", "B"}, {"Quality", "Cost"}); }, "commissioning.mcda.003",
      "the frame has no row for option 'C'"));
}

}  // namespace
