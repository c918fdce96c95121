// Monte Carlo simulation of appraisals: the same figures as the exact appraisal when nothing
// is uncertain, the same numbers for a seed whatever the threads, and the statistics of
// uncertain inputs and risks as their formulas say.
#include <commissioning/risk/simulation.hpp>

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>
#include <string>

#include "fails_with.hpp"

namespace {

using namespace commissioning;

money pounds(const char* text) { return money::parse(text); }
const financial_year y2022(2022);
const financial_year y2026(2026);
const char* duty = "assess the needs of young carers (Children and Families Act 2014)";
const char* in_house_name = "Create a new service in-house";
const char* external_name = "Externally commission a new service";

// Seed 000's options with illustrative costs (as in appraisal_test.cpp).
appraisal kent() {
  option nothing("Do nothing", option_kind::do_nothing);
  nothing.duty(duty, false);
  option in_house(in_house_name, option_kind::in_house);
  in_house
      .add(appraisal_line::recurring("Running costs", line_kind::cost, cost_category::staff, pounds("£325,500"), y2022, y2026))
      .add(appraisal_line::one_off("TUPE and transition", line_kind::cost, cost_category::tupe_and_transition,
                                   pounds("£40,000"), y2022))
      .duty(duty, true);
  option external(external_name, option_kind::external_commission);
  external
      .add(appraisal_line::recurring("Contract payments", line_kind::cost, cost_category::contract_payments,
                                     pounds("£325,500"), y2022, y2026))
      .add(appraisal_line::one_off("Procurement", line_kind::cost, cost_category::procurement, pounds("£15,000"), y2022))
      .duty(duty, true);
  return appraisal("Kent young carers", appraisal_settings(y2022, 5), {nothing, in_house, external});
}

// Awkward figures that make the exact path round every year: optimism bias on some
// categories, indexation, benefits, a deflator of 2.3% a year, 10 years.
appraisal awkward() {
  option base("Business as usual", option_kind::do_nothing);
  base.add(appraisal_line::recurring("Spot purchase", line_kind::cost, cost_category::non_staff, pounds("£101,234.57"),
                                     y2022, financial_year(2031), rate::parse("3.1%")));
  option build("Build", option_kind::in_house);
  build.add(appraisal_line::recurring("Staff", line_kind::cost, cost_category::staff, pounds("£77,777.77"), y2022,
                                      financial_year(2031), rate::parse("2.7%")))
      .add(appraisal_line::one_off("Fit-out", line_kind::cost, cost_category::mobilisation, pounds("£123,456.78"), y2022))
      .add(appraisal_line::recurring("Avoided placements", line_kind::benefit, cost_category::other, pounds("£33,333.33"),
                                     financial_year(2023), financial_year(2031)))
      .optimism_bias(rate::parse("23.7%"), "illustrative", {cost_category::mobilisation, cost_category::staff});
  option buy("Buy", option_kind::external_commission);
  buy.add(appraisal_line::recurring("Fees", line_kind::cost, cost_category::contract_payments, pounds("£98,765.43"),
                                    y2022, financial_year(2031), rate::parse("1.9%")))
      .add(appraisal_line::recurring("Income", line_kind::income, cost_category::other, pounds("£1,234.56"), y2022,
                                     financial_year(2031)))
      .optimism_bias(rate::parse("7.3%"), "illustrative");
  appraisal_settings settings(y2022, 10);
  settings.deflator = deflator::constant_growth("GDP deflator", rate::parse("2.3%"), y2022, financial_year(2031));
  return appraisal("Awkward", settings, {base, build, buy});
}

simulation_settings with(std::int64_t iterations, std::uint64_t seed = 7, int threads = 1, bool keep = true) {
  simulation_settings s;
  s.iterations = iterations;
  s.seed = seed;
  s.threads = threads;
  s.keep_samples = keep;
  return s;
}

/// Every option's mean PVC and NPSV, rounded to the penny, against the exact appraisal.
void expect_equivalent(const appraisal& a, const std::vector<uncertain_input>& inputs) {
  const appraisal_result exact = a.run();
  for (bool keep : {true, false}) {
    const simulation_result simulated = simulate(a, inputs, {}, with(1000, 1, 1, keep));
    for (const option_appraisal& o : exact.options) {
      const option_simulation& s = simulated.option(o.name);
      EXPECT_EQ(money::from_pence(std::llround(s.present_value_costs.mean)), o.present_value_costs) << o.name;
      EXPECT_EQ(money::from_pence(std::llround(s.net_present_social_value.mean)), o.net_present_social_value) << o.name;
      EXPECT_EQ(s.present_value_costs.sd, 0) << o.name;
      EXPECT_EQ(s.present_value_costs.p80, s.present_value_costs.mean) << o.name;
      EXPECT_EQ(s.probability_preferred, o.preferred ? 1.0 : 0.0) << o.name;
    }
  }
}

TEST(SimulationTest, WithEveryInputFixedItReturnsTheExactAppraisalToThePenny) {
  expect_equivalent(kent(), {});
  expect_equivalent(awkward(), {});
  // Inputs held at 1, and the discount rate too, change nothing.
  expect_equivalent(awkward(), {uncertain_input(appraisal_input::line("Build", "Staff"), distribution::fixed(1)),
                                uncertain_input(appraisal_input::costs("Buy"), distribution::triangular(1, 1, 1)),
                                uncertain_input(appraisal_input::benefits("Build"), distribution::fixed(1)),
                                uncertain_input(appraisal_input::discount_rate(), distribution::fixed(1)),
                                uncertain_input::delay("Buy", distribution::fixed(0))});
}

TEST(SimulationTest, LinesWithVatTermsAreSimulatedAsTheExactAppraisalCountsThem) {
  // Fees given VAT-inclusive and recoverable count net; staff with irrecoverable VAT count gross.
  appraisal a = awkward();
  option buy = a.option("Buy");
  for (appraisal_line& line : buy.mutable_lines())
    if (line.name() == "Fees") line = line.with_vat({.treatment = vat_recovery::recoverable, .amounts_include_vat = true});
  option build = a.option("Build");
  for (appraisal_line& line : build.mutable_lines())
    if (line.name() == "Staff") line = line.with_vat({.treatment = vat_recovery::irrecoverable});
  a = a.with_option(buy).with_option(build);
  ASSERT_NE(a.run().option("Buy").present_value_costs, awkward().run().option("Buy").present_value_costs);
  expect_equivalent(a, {});
}

TEST(SimulationTest, AFixedMultiplierMatchesTheExactAppraisalMovedTheSameWay) {
  // The exact path rounds each scaled line per year; the compiled one does not: within a
  // penny a year, so within 10p over ten years.
  const appraisal a = awkward();
  for (const appraisal_input& input : {appraisal_input::line("Build", "Staff"), appraisal_input::costs("Buy"),
                                       appraisal_input::discount_rate(), appraisal_input::category("Build", cost_category::mobilisation)}) {
    const appraisal_result exact = input.apply(a, rate::parse("1.17")).run();
    const simulation_result simulated = simulate(a, {uncertain_input(input, distribution::fixed(1.17))}, {}, with(10));
    for (const option_appraisal& o : exact.options)
      EXPECT_NEAR(simulated.option(o.name).present_value_costs.mean, static_cast<double>(o.present_value_costs.pence()), 10)
          << input.name() << " " << o.name;
  }
}

std::vector<uncertain_input> kent_inputs() {
  return {uncertain_input(appraisal_input::line(in_house_name, "Running costs"), distribution::triangular(0.9, 1.0, 1.3)),
          uncertain_input(appraisal_input::line(external_name, "Contract payments"), distribution::lognormal(1.02, 0.05)),
          uncertain_input(appraisal_input::category(external_name, cost_category::procurement), distribution::pert(0.8, 1, 2)),
          uncertain_input(appraisal_input::discount_rate(), distribution::uniform(0.8, 1.2)),
          uncertain_input::delay(in_house_name, distribution::discrete({0, 3, 6}, {0.6, 0.3, 0.1}))};
}

TEST(SimulationTest, ASeedGivesBitIdenticalResultsWhateverTheNumberOfThreads) {
  const appraisal a = kent();
  Eigen::MatrixXd c = Eigen::MatrixXd::Identity(5, 5);
  c(0, 1) = c(1, 0) = 0.7;
  risk_register risks;
  risks.add(risk::one_off("R1", "Demand exceeds the contract's volumes", "Commissioner", {external_name}, 0.25,
                          pounds("£30,000"), financial_year(2024)));
  for (bool keep : {true, false}) {
    simulation_settings s = with(3 * simulation_block_size + 17, 2022, 1, keep);
    s.correlation = correlation(c);
    const simulation_result one = simulate(a, kent_inputs(), risks, s);
    s.threads = 2;
    const simulation_result two = simulate(a, kent_inputs(), risks, s);
    s.threads = 4;
    const simulation_result four = simulate(a, kent_inputs(), risks, s);
    EXPECT_EQ(one, two);
    EXPECT_EQ(one, four);
    s.seed = 2023;
    EXPECT_NE(simulate(a, kent_inputs(), risks, s).options[1].present_value_costs.mean, one.options[1].present_value_costs.mean);
  }
}

TEST(SimulationTest, TheMeanFollowsTheInputsMeansWhenTheModelIsLinear) {
  // PVC of in-house = running costs × factor + TUPE: its mean uses the triangle's mean,
  // 1.0666..., its sd the triangle's sd, both within sampling error.
  const appraisal a = kent();
  const distribution factor = distribution::triangular(0.9, 1.0, 1.3);
  const simulation_result r = simulate(
      a, {uncertain_input(appraisal_input::line(in_house_name, "Running costs"), factor)}, {}, with(40'000, 11));
  const double running = static_cast<double>(pounds("£1,521,087.28").pence());  // PV of £325,500 a year, 5 years
  const double tupe = 4'000'000;
  const option_simulation& s = r.option(in_house_name);
  EXPECT_NEAR(s.present_value_costs.mean, tupe + running * factor.mean(), 4 * s.present_value_costs.standard_error);
  EXPECT_NEAR(s.present_value_costs.sd, running * factor.sd(), 0.02 * running * factor.sd());
  EXPECT_NEAR(s.present_value_costs.standard_error, s.present_value_costs.sd / 200, 1e-9);
  // The P80 of the PVC is the P80 of the factor, carried through (within a penny of rounding
  // and the sampling error of a quantile).
  EXPECT_NEAR(s.present_value_costs.p80, tupe + running * factor.quantile(0.8), 0.005 * running);
  EXPECT_LE(s.present_value_costs.p10, s.present_value_costs.p50);
  EXPECT_LE(s.present_value_costs.p80, s.present_value_costs.p90);
  ASSERT_EQ(s.present_value_costs_samples.size(), 40'000u);
}

TEST(SimulationTest, ProbabilitiesOfBeingCheapestAndPreferredCountViableOptionsOnly) {
  // In-house costs £25,000 more in PV; a running-cost factor below ≈ 0.984 makes it cheaper.
  const appraisal a = kent();
  const simulation_result r = simulate(
      a, {uncertain_input(appraisal_input::line(in_house_name, "Running costs"), distribution::uniform(0.9, 1.1))}, {},
      with(20'000, 5));
  const double threshold = 1 - 2'500'000.0 / static_cast<double>(pounds("£1,521,087.28").pence());
  const double expected = (threshold - 0.9) / 0.2;
  EXPECT_NEAR(r.option(in_house_name).probability_preferred, expected, 4 * std::sqrt(expected * (1 - expected) / 20'000));
  EXPECT_DOUBLE_EQ(r.option(in_house_name).probability_preferred + r.option(external_name).probability_preferred, 1.0);
  EXPECT_EQ(r.option("Do nothing").probability_cheapest, 0);  // the cheapest, but not viable
  EXPECT_EQ(r.option(in_house_name).probability_cheapest, r.option(in_house_name).probability_preferred);
}

TEST(SimulationTest, CorrelatedInputsMoveTogether) {
  const appraisal a = kent();
  Eigen::MatrixXd c(2, 2);
  c << 1, 0.8, 0.8, 1;
  simulation_settings s = with(50'000, 3);
  s.correlation = correlation(c);
  const simulation_result r =
      simulate(a, {uncertain_input(appraisal_input::line(in_house_name, "Running costs"), distribution::normal(1, 0.1)),
                   uncertain_input(appraisal_input::line(external_name, "Contract payments"), distribution::normal(1, 0.1))},
               {}, s);
  const std::vector<double>& x = r.option(in_house_name).present_value_costs_samples;
  const std::vector<double>& y = r.option(external_name).present_value_costs_samples;
  double mx = 0, my = 0;
  for (std::size_t i = 0; i < x.size(); ++i) mx += x[i], my += y[i];
  mx /= static_cast<double>(x.size());
  my /= static_cast<double>(y.size());
  double sxy = 0, sxx = 0, syy = 0;
  for (std::size_t i = 0; i < x.size(); ++i) {
    sxy += (x[i] - mx) * (y[i] - my);
    sxx += (x[i] - mx) * (x[i] - mx);
    syy += (y[i] - my) * (y[i] - my);
  }
  EXPECT_NEAR(sxy / std::sqrt(sxx * syy), 0.8, 0.01);  // normals: Pearson = the matrix's entry
}

TEST(SimulationTest, RisksOccurWithTheirProbability) {
  const appraisal a = kent();
  risk_register risks;
  risks.add(risk::one_off("R1", "Procurement fails and is re-run", "Procurement lead", {external_name}, 0.2,
                          pounds("£15,000"), y2022));
  const simulation_result r = simulate(a, {}, risks, with(50'000, 9));
  const option_simulation& s = r.option(external_name);
  const double base = static_cast<double>(pounds("£1,536,087.28").pence());
  // Mean = PVC + 0.2 × £15,000 (year 0, undiscounted), sd = £15,000 × √(0.2 × 0.8).
  EXPECT_NEAR(s.present_value_costs.mean, base + 300'000, 4 * s.present_value_costs.standard_error);
  EXPECT_NEAR(s.present_value_costs.sd, 1'500'000 * 0.4, 0.02 * 600'000);
  EXPECT_EQ(s.present_value_costs.p50, base);
  EXPECT_EQ(s.present_value_costs.p90, base + 1'500'000);
  // On the expected-value path the same risk adds exactly £3,000 to the PVC.
  EXPECT_EQ(apply_risks(a, risks).run().option(external_name).present_value_costs, pounds("£1,539,087.28"));
}

TEST(SimulationTest, ADelayMovesCostsLaterByWholeMonths) {
  // A year's delay moves every year one later; the last year leaves the period.
  const appraisal a = kent();
  const simulation_result r = simulate(a, {uncertain_input::delay(external_name, distribution::fixed(12))}, {}, with(10));
  // £15,000 + £325,500 in year 1, £325,500 in years 2–4: PV £340,500/1.035 + ...
  const std::vector<double> factors = {1, 1 / 1.035, 1 / (1.035 * 1.035), 1 / std::pow(1.035, 3), 1 / std::pow(1.035, 4)};
  const double expected = 34'050'000 * factors[1] + 32'550'000 * (factors[2] + factors[3] + factors[4]);
  EXPECT_NEAR(r.option(external_name).present_value_costs.mean, std::round(expected), 0.5);
  // Six months: half of each year's amount moves one year on.
  const simulation_result half = simulate(a, {uncertain_input::delay(external_name, distribution::fixed(6))}, {}, with(10));
  double stays = 0, moves = 0;
  const std::vector<double> cash = {34'050'000, 32'550'000, 32'550'000, 32'550'000, 32'550'000};
  for (std::size_t t = 0; t < 5; ++t) {
    stays += 0.5 * cash[t] * factors[t];
    if (t + 1 < 5) moves += 0.5 * cash[t] * factors[t + 1];
  }
  EXPECT_NEAR(half.option(external_name).present_value_costs.mean, std::round(stays + moves), 0.5);
}

TEST(SimulationTest, AnEnvelopeIsExceededWhenCashCostsRiseAboveIt) {
  const appraisal a = kent();
  simulation_settings s = with(20'000, 4);
  s.envelope = envelope::flat("Young carers budget", pounds("£340,000"), y2022, y2026);
  const simulation_result r = simulate(
      a, {uncertain_input(appraisal_input::line(external_name, "Contract payments"), distribution::uniform(1.0, 1.1))}, {}, s);
  const option_simulation& e = r.option(external_name);
  ASSERT_EQ(e.over_envelope.size(), 5u);
  EXPECT_EQ(e.over_envelope[0].probability, 1.0);  // £15,000 procurement on top: always over
  // Later years: £325,500 × u > £340,000 when u > 1.04455...
  const double p = (1.1 - 340'000.0 / 325'500) / 0.1;
  EXPECT_NEAR(e.over_envelope[3].probability, p, 4 * std::sqrt(p * (1 - p) / 20'000));
  EXPECT_EQ(e.over_envelope[3].year, financial_year(2025));
}

TEST(SimulationTest, StreamingKeepsSummariesWithinOneBinOfTheExactQuantiles) {
  const appraisal a = kent();
  const simulation_result kept = simulate(a, kent_inputs(), {}, with(40'000, 8, 2, true));
  const simulation_result streamed = simulate(a, kent_inputs(), {}, with(40'000, 8, 2, false));
  for (std::size_t o = 1; o < 3; ++o) {
    const simulation_statistic& k = kept.options[o].present_value_costs;
    const simulation_statistic& s = streamed.options[o].present_value_costs;
    EXPECT_EQ(k.mean, s.mean);  // the same draws, the same merge order
    EXPECT_EQ(k.sd, s.sd);
    EXPECT_GT(s.quantile_error, 0);
    EXPECT_LT(s.quantile_error, 0.001 * k.mean);
    for (auto [exact, approx] : {std::pair{k.p10, s.p10}, {k.p50, s.p50}, {k.p80, s.p80}, {k.p90, s.p90}})
      EXPECT_NEAR(approx, exact, s.quantile_error);
    EXPECT_TRUE(streamed.options[o].present_value_costs_samples.empty());
  }
  std::int64_t total = 0;
  const simulation_histogram& h = streamed.options[1].present_value_costs_histogram;
  for (std::int64_t c : h.counts) total += c;
  EXPECT_EQ(total + h.below + h.above, 40'000);
  EXPECT_EQ(h.s_curve().back().second, 1.0);
}

TEST(SimulationTest, KeptQuantilesAndHistogramsAreThoseOfTheSortedSamples) {
  // The engine finds order statistics through a histogram and selection; here they are read
  // off the sorted samples, type 7, and the chart's counts by its formula: the same, exactly.
  // A longer run counts its fine bins during the run, over the first chunk's range (a skewed
  // input puts values beyond it); a part summarised alone counts them afterwards: the same.
  const std::vector<uncertain_input> inputs{
      uncertain_input(appraisal_input::line("Build", "Staff"), distribution::lognormal(1.0, 0.3)),
      uncertain_input(appraisal_input::discount_rate(), distribution::triangular(0.5, 1.0, 2.0))};
  for (const std::int64_t iterations : {std::int64_t{30'001}, 8 * simulation_block_size + 77}) {
    const simulation_settings settings = with(iterations, 11, 2, true);
    const simulation_result r = simulate(awkward(), inputs, {}, settings);
    EXPECT_EQ(summarise(simulate_blocks(awkward(), inputs, {}, settings, 0, simulation_blocks(iterations)), 2), r);
    for (const option_simulation& o : r.options)
      for (bool costs : {true, false}) {
        const simulation_statistic& stat = costs ? o.present_value_costs : o.net_present_social_value;
        const simulation_histogram& h = costs ? o.present_value_costs_histogram : o.net_present_social_value_histogram;
        std::vector<double> sorted = costs ? o.present_value_costs_samples : o.net_present_social_value_samples;
        std::sort(sorted.begin(), sorted.end());
        const auto type7 = [&](double p) {
          const double rank = (static_cast<double>(sorted.size()) - 1) * p;
          const auto below = static_cast<std::size_t>(std::floor(rank));
          const double x = sorted[below], next = sorted[std::min(sorted.size() - 1, below + 1)];
          return x + (rank - std::floor(rank)) * (next - x);
        };
        EXPECT_EQ(stat.p10, type7(0.10)) << o.name;
        EXPECT_EQ(stat.p50, type7(0.50)) << o.name;
        EXPECT_EQ(stat.p80, type7(0.80)) << o.name;
        EXPECT_EQ(stat.p90, type7(0.90)) << o.name;
        const double lo = sorted.front(), hi = sorted.back() > lo ? sorted.back() : lo + 1;
        std::vector<std::int64_t> counts(h.counts.size(), 0);
        const double scale = static_cast<double>(counts.size()) / (hi - lo), top = static_cast<double>(counts.size() - 1);
        for (double x : sorted) ++counts[static_cast<std::size_t>(std::clamp((x - lo) * scale, 0.0, top))];
        EXPECT_EQ(h.counts, counts) << o.name;
      }
  }
}

TEST(SimulationTest, PartsOfASimulationMergedInBlockOrderAreTheWholeBitForBit) {
  const appraisal a = kent();
  Eigen::MatrixXd c = Eigen::MatrixXd::Identity(5, 5);
  c(0, 1) = c(1, 0) = 0.7;
  risk_register risks;
  risks.add(risk::one_off("R1", "Demand exceeds the contract's volumes", "Commissioner", {external_name}, 0.25,
                          pounds("£30,000"), financial_year(2024)));
  for (bool keep : {true, false}) {
    simulation_settings s = with(5 * simulation_block_size + 123, 2022, 1, keep);
    s.correlation = correlation(c);
    s.envelope = envelope::flat("Young carers budget", pounds("£340,000"), y2022, y2026);
    const simulation_result whole = simulate(a, kent_inputs(), risks, s);
    const std::int64_t blocks = simulation_blocks(s.iterations);
    ASSERT_EQ(blocks, 6);
    // Splits into 2, 3 and 6 parts, each part run on 1 or 3 threads.
    const std::vector<std::vector<std::int64_t>> splits{{0, 1, 6}, {0, 5, 6}, {0, 2, 3, 6}, {0, 1, 2, 3, 4, 5, 6}};
    for (const std::vector<std::int64_t>& split : splits)
      for (int threads : {1, 3}) {
        s.threads = threads;
        simulation_partial merged = simulate_blocks(a, kent_inputs(), risks, s, split[0], split[1]);
        for (std::size_t i = 2; i < split.size(); ++i)
          merged = merge(std::move(merged), simulate_blocks(a, kent_inputs(), risks, s, split[i - 1], split[i]));
        EXPECT_EQ(summarise(merged), whole) << "split into " << split.size() - 1 << " on " << threads << " threads";
      }
    // Parts merged right to left first (the later ones together), then onto block 0's part.
    simulation_partial tail = merge(simulate_blocks(a, kent_inputs(), risks, s, 3, 5), simulate_blocks(a, kent_inputs(), risks, s, 5, 6));
    EXPECT_EQ(tail.moments.size(), 3 * 2 * 3u);  // 3 options × (PVC, NPSV) × 3 blocks
    const simulation_result right_first = summarise(merge(simulate_blocks(a, kent_inputs(), risks, s, 0, 3), tail), 2);
    EXPECT_EQ(right_first, whole);
    EXPECT_EQ(right_first.options[2].over_envelope.size(), 5u);
    if (!keep) {
      EXPECT_TRUE(whole.streamed);
      EXPECT_GT(whole.options[1].present_value_costs.quantile_error, 0);
    }
  }
}

TEST(SimulationTest, PartsThatDoNotJoinAreRefusedWithIds) {
  using I = std::invalid_argument;
  const appraisal a = kent();
  const simulation_settings s = with(3 * simulation_block_size, 5);
  EXPECT_TRUE(fails_with<I>([&] { (void)simulate_blocks(a, kent_inputs(), {}, s, 2, 4); }, "commissioning.simulation.005",
                            "blocks 0 to 3; blocks 2 to 4 cannot run"));
  EXPECT_TRUE(fails_with<I>([&] { (void)simulate_blocks(a, kent_inputs(), {}, s, 1, 1); }, "commissioning.simulation.005",
                            "blocks 1 to 1"));
  const simulation_partial first = simulate_blocks(a, kent_inputs(), {}, s, 0, 1);
  const simulation_partial last = simulate_blocks(a, kent_inputs(), {}, s, 2, 3);
  EXPECT_TRUE(fails_with<I>([&] { (void)merge(first, last); }, "commissioning.simulation.006",
                            "the first ends at block 1 but the second starts at block 2"));
  EXPECT_TRUE(fails_with<I>([&] { (void)merge(first, simulate_blocks(a, kent_inputs(), {}, with(3 * simulation_block_size, 6), 1, 2)); },
                            "commissioning.simulation.006", "different simulations"));
  EXPECT_TRUE(fails_with<I>([&] { (void)summarise(first); }, "commissioning.simulation.006", "needs blocks 0 to 3, not 0 to 1"));
}

TEST(SimulationTest, BadSettingsAndInputsAreRefusedWithIds) {
  using I = std::invalid_argument;
  const appraisal a = kent();
  EXPECT_TRUE(fails_with<I>([&] { (void)simulate(a, {}, {}, with(0)); }, "commissioning.simulation.001", "got 0"));
  EXPECT_TRUE(fails_with<I>([&] { (void)simulate(a, {}, {}, with(10, 1, 0)); }, "commissioning.simulation.001", "threads, got 0"));
  EXPECT_TRUE(fails_with<I>(
      [&] { (void)simulate(a, {uncertain_input(appraisal_input::line("Outsource", "Fees"), distribution::fixed(1))}, {}, with(10)); },
      "commissioning.simulation.002", "Fees (Outsource)"));
  EXPECT_TRUE(fails_with<I>(
      [&] { (void)simulate(a, {uncertain_input::delay("Outsource", distribution::fixed(1))}, {}, with(10)); },
      "commissioning.simulation.002", "'Outsource'"));
  simulation_settings s = with(10);
  s.correlation = correlation(3);
  EXPECT_TRUE(fails_with<I>([&] { (void)simulate(a, kent_inputs(), {}, s); }, "commissioning.simulation.003",
                            "3 × 3 but there are 5 uncertain inputs"));
  risk_register risks;
  risks.add(risk::one_off("R9", "Unknown", "Nobody", {"Outsource"}, 0.5, pounds("£1"), y2022));
  EXPECT_TRUE(fails_with<I>([&] { (void)simulate(a, {}, risks, with(10)); }, "commissioning.simulation.002", "risk 'R9'"));
  EXPECT_TRUE(fails_with<I>([&] { (void)simulate(a, {}, {}, with(10)).option("Outsource"); }, "commissioning.simulation.002",
                            "'Outsource'"));
}

// Issue 19: what the exact path refuses, the simulation refuses too, before it runs.
TEST(SimulationTest, InputsTheExactPathRefusesAreRefusedBeforeTheRun) {
  using I = std::invalid_argument;
  const appraisal a = kent();
  const auto run = [&](distribution d, bool delay = false) {
    const uncertain_input input = delay ? uncertain_input::delay(external_name, std::move(d))
                                        : uncertain_input(appraisal_input::line(external_name, "Contract payments"), std::move(d));
    (void)simulate(a, {input}, {}, with(10));
  };
  // A multiplier drawn negative: the exact path refuses negative factors (sensitivity.001).
  EXPECT_TRUE(fails_with<I>([&] { run(distribution::uniform(-5, -4)); }, "commissioning.sensitivity.001",
                            "uniform(-5, -4) can draw -5 for Contract payments (Externally commission a new service)"));
  // A normal that can reach below zero within the generator's range (mean − 8.21 sd) too;
  // one that cannot, or one truncated at 0, runs.
  EXPECT_TRUE(fails_with<I>([&] { run(distribution::normal(1, 0.2)); }, "commissioning.sensitivity.001", "normal(1, 0.2)"));
  EXPECT_NO_THROW(run(distribution::normal(1, 0.1)));
  EXPECT_NO_THROW(run(distribution::normal(1, 0.2, 0.0)));
  // A discount-rate multiplier of -100 (a rate of -350%).
  EXPECT_TRUE(fails_with<I>(
      [&] { (void)simulate(a, {uncertain_input(appraisal_input::discount_rate(), distribution::fixed(-100))}, {}, with(10)); },
      "commissioning.sensitivity.001", "fixed(-100) can draw -100 for Discount rate"));
  // A delay beyond the risk register's cap of 1,200 months (risk.003).
  EXPECT_TRUE(fails_with<I>([&] { run(distribution::fixed(1e9), true); }, "commissioning.risk.003",
                            "can draw 1000000000 months; a delay is at most 1,200 months"));
  EXPECT_TRUE(fails_with<I>([&] { run(distribution::uniform(0, 1201), true); }, "commissioning.risk.003", "can draw 1201"));
  EXPECT_NO_THROW(run(distribution::uniform(0, 1200), true));
}

TEST(SimulationTest, FiguresThatMoneyCannotHoldAreOverflowsNotInfinitiesOrNaN) {
  using O = std::overflow_error;
  const appraisal a = kent();
  // £325,500 × 1e300 a year: the exact path raises money.005.
  EXPECT_TRUE(fails_with<O>(
      [&] {
        (void)simulate(a, {uncertain_input(appraisal_input::line(external_name, "Contract payments"), distribution::fixed(1e300))},
                       {}, with(10));
      },
      "commissioning.money.005",
      "the simulated present value of costs of 'Externally commission a new service' in iteration 0 is"));
  // Two lines at 1.7e308 add to infinity, and NPSV would be NaN: an overflow, not a NaN mean.
  EXPECT_TRUE(fails_with<O>(
      [&] {
        (void)simulate(a, {uncertain_input(appraisal_input::line(in_house_name, "Running costs"), distribution::fixed(1.7e308)),
                           uncertain_input(appraisal_input::line(in_house_name, "TUPE and transition"), distribution::fixed(1.7e308))},
                       {}, with(10));
      },
      "commissioning.money.005", "present value of costs of 'Create a new service in-house' in iteration 0 is inf"));
  // An overflow met in some iterations only is reported from the earliest, whatever the threads.
  std::string first_message;
  for (int threads : {1, 2, 3}) {
    simulation_settings s = with(3 * simulation_block_size, 5, threads);
    try {
      (void)simulate(a, {uncertain_input(appraisal_input::costs(external_name), distribution::lognormal_log(0, 30))}, {}, s);
      ADD_FAILURE() << "no overflow";
    } catch (const std::overflow_error& e) {
      if (first_message.empty()) first_message = e.what();
      EXPECT_EQ(e.what(), first_message) << threads << " threads";
    }
  }
  EXPECT_NE(first_message.find("commissioning.money.005"), std::string::npos);
}

TEST(SimulationTest, AWholeIsSummarisedOnOneTo256Threads) {
  const simulation_partial whole = simulate_blocks(kent(), kent_inputs(), {}, with(simulation_block_size, 5), 0, 1);
  EXPECT_EQ(summarise(whole, 256), summarise(whole, 1));
  EXPECT_TRUE(fails_with<std::invalid_argument>([&] { (void)summarise(whole, 0); }, "commissioning.simulation.001",
                                                "1 to 256 threads, got 0"));
  EXPECT_TRUE(fails_with<std::invalid_argument>([&] { (void)summarise(whole, 257); }, "commissioning.simulation.001", "got 257"));
}

TEST(SimulationTest, AStatisticInWordsGivesItsFiguresAsMoney) {
  simulation_statistic s;
  s.mean = 100'000.5;  // £1,000.005: half a penny, away from zero
  s.sd = 2'500;
  s.standard_error = 25;
  s.min = 50'000;
  s.p10 = 90'000;
  s.p50 = 100'000;
  s.p80 = 110'000;
  s.p90 = 120'000;
  s.max = 150'000;
  EXPECT_EQ(describe(s), "mean £1,000.01, sd £25.00, P10 £900.00, P50 £1,000.00, P80 £1,100.00, P90 £1,200.00, "
                         "range £500.00 to £1,500.00");
  s.quantile_error = 1'234;
  EXPECT_TRUE(describe(s).ends_with("to £1,500.00, percentiles within £12.34"));
  s.quantile_error = std::numeric_limits<double>::infinity();
  EXPECT_TRUE(describe(s).ends_with(", percentiles unbounded"));
}

TEST(SimulationTest, AFigureInPenceIsMoneyRoundedHalfAwayFromZero) {
  EXPECT_EQ(money_of_pence(32'548'488.5), money::from_pence(32'548'489));
  EXPECT_EQ(money_of_pence(-32'548'488.5), money::from_pence(-32'548'489));
  EXPECT_EQ(money_of_pence(32'548'488.49), money::from_pence(32'548'488));
  EXPECT_EQ(money_of_pence(-9223372036854774784.0), money::from_pence(-9223372036854774784));  // the last double below 2^63
  EXPECT_TRUE(fails_with<std::overflow_error>([] { (void)money_of_pence(9223372036854775808.0); }, "commissioning.money.005",
                                              "does not fit in 64-bit pence"));
  EXPECT_TRUE(fails_with<std::overflow_error>([] { (void)money_of_pence(std::nan("")); }, "commissioning.money.005", "nan"));
}

}  // namespace

TEST(SimulationTest, ProgressIsReportedBlockByBlockUpToTheTotal) {
  simulation_settings settings;
  settings.iterations = 3 * simulation_block_size + 5;
  settings.threads = 2;
  std::vector<std::pair<std::int64_t, std::int64_t>> calls;
  settings.progress = [&](std::int64_t done, std::int64_t total) { calls.emplace_back(done, total); };
  const simulation_result with_progress = simulate(kent(), {}, {}, settings);
  ASSERT_EQ(calls.size(), 4U);  // one call a block, from one thread at a time
  for (std::size_t i = 1; i < calls.size(); ++i) EXPECT_GT(calls[i].first, calls[i - 1].first);
  EXPECT_EQ(calls.back(), std::make_pair(settings.iterations, settings.iterations));
  settings.progress = nullptr;
  EXPECT_EQ(simulate(kent(), {}, {}, settings), with_progress);  // it changes nothing
}
