// Distributions of uncertain inputs: moments as their formulas say, quantiles by inverse CDF,
// bad parameters refused with ids.
#include <commissioning/risk/distribution.hpp>

#include <boost/math/special_functions/beta.hpp>
#include <gtest/gtest.h>

#include <cmath>
#include <random>
#include <vector>

#include "fails_with.hpp"

namespace {

using namespace commissioning;

/// Draws `n` values by inverse CDF from a fixed seed.
std::vector<double> draw(const distribution& d, int n, std::uint64_t seed = 42) {
  std::mt19937_64 rng(seed);
  std::vector<double> values;
  values.reserve(static_cast<std::size_t>(n));
  for (int i = 0; i < n; ++i) values.push_back(d.quantile((static_cast<double>(rng() >> 11) + 0.5) * 0x1p-53));
  return values;
}

struct sample_moments {
  double mean = 0, variance = 0;
};
sample_moments moments_of(const std::vector<double>& x) {
  sample_moments m;
  for (double v : x) m.mean += v;
  m.mean /= static_cast<double>(x.size());
  for (double v : x) m.variance += (v - m.mean) * (v - m.mean);
  m.variance /= static_cast<double>(x.size() - 1);
  return m;
}

/// The sample mean lies within 4 standard errors of the formula's mean, and the sample
/// variance within 4 of its own standard errors (taken from the sample's fourth moment).
void expect_moments(const distribution& d, int n) {
  const std::vector<double> x = draw(d, n);
  const sample_moments m = moments_of(x);
  const double se_mean = std::sqrt(d.variance() / n);
  EXPECT_NEAR(m.mean, d.mean(), 4 * se_mean + 1e-12) << d.describe();
  double m4 = 0;
  for (double v : x) m4 += std::pow(v - m.mean, 4);
  m4 /= n;
  const double se_variance = std::sqrt(std::max(0.0, m4 - m.variance * m.variance) / n);
  EXPECT_NEAR(m.variance, d.variance(), 4 * se_variance + 1e-12) << d.describe();
}

TEST(DistributionTest, MomentsMatchTheirFormulasWithinSamplingError) {
  expect_moments(distribution::uniform(0.9, 1.3), 200'000);
  expect_moments(distribution::triangular(0.9, 1.0, 1.3), 200'000);
  expect_moments(distribution::triangular(2, 2, 5), 200'000);  // mode at the minimum
  expect_moments(distribution::normal(100, 15), 200'000);
  expect_moments(distribution::normal(1, 0.2, 0.8, std::nullopt), 200'000);  // truncated below
  expect_moments(distribution::normal(0, 1, -1, 2), 200'000);
  expect_moments(distribution::lognormal(1, 0.25), 200'000);
  expect_moments(distribution::lognormal_log(0, 0.5), 200'000);
  expect_moments(distribution::discrete({0, 10, 25}, {0.5, 0.3, 0.2}), 200'000);
  expect_moments(distribution::pert(0.9, 1.0, 1.5), 200'000);
}

TEST(DistributionTest, FormulasForTheThreePointEstimates) {
  EXPECT_DOUBLE_EQ(distribution::triangular(0, 1, 5).mean(), 2.0);
  EXPECT_DOUBLE_EQ(distribution::pert(0, 1, 5).mean(), 1.5);          // (0 + 4 + 5) / 6
  EXPECT_NEAR(distribution::pert(0, 1, 5).variance(), 0.75, 1e-12);    // α = 1.8, β = 4.2
  EXPECT_NEAR(distribution::lognormal(100, 20).mean(), 100, 1e-9);     // given by its own mean
  EXPECT_NEAR(distribution::lognormal(100, 20).sd(), 20, 1e-9);
  EXPECT_DOUBLE_EQ(distribution::fixed(1).quantile(0.3), 1.0);
  EXPECT_DOUBLE_EQ(distribution::fixed(1).variance(), 0.0);
}

TEST(DistributionTest, PertQuantilesAreWithinOneGridStepOfTheBetaQuantile) {
  const distribution d = distribution::pert(0.9, 1.0, 1.5);  // α = 1 + 4 × 0.1 / 0.6, β = 1 + 4 × 0.5 / 0.6
  const double alpha = 1 + 4 * 0.1 / 0.6, beta = 1 + 4 * 0.5 / 0.6;
  for (double u : {1e-9, 0.001, 0.1, 0.5, 0.8, 0.9, 0.999999})
    EXPECT_NEAR(d.quantile(u), 0.9 + 0.6 * boost::math::ibeta_inv(alpha, beta, u), 0.6 / distribution::pert_grid) << u;
}

TEST(DistributionTest, QuantilesInvertTheDistributionFunction) {
  EXPECT_NEAR(standard_normal_quantile(0.975), 1.959963984540054, 1e-14);
  EXPECT_NEAR(standard_normal_quantile(1e-10), -6.361340902404056, 1e-12);
  for (double p : {1e-300, 1e-12, 0.01, 0.3, 0.5, 0.8, 0.999999})
    EXPECT_NEAR(standard_normal_cdf(standard_normal_quantile(p)), p, 1e-14 + p * 1e-12) << p;
  const distribution t = distribution::triangular(0, 3, 4);
  EXPECT_DOUBLE_EQ(t.quantile(0.75), 3.0);  // F(mode) = (mode − min) / (max − min)
  EXPECT_DOUBLE_EQ(distribution::uniform(10, 20).quantile(0.25), 12.5);
  const distribution d = distribution::discrete({1, 2, 3}, {0.2, 0.5, 0.3});
  EXPECT_EQ(d.quantile(0.1), 1);
  EXPECT_EQ(d.quantile(0.5), 2);
  EXPECT_EQ(d.quantile(0.9), 3);
  EXPECT_NEAR(distribution::lognormal_log(0, 1).from_standard_normal(1), std::exp(1.0), 1e-15);
  // A truncated normal never leaves its bounds, even in the far tails.
  const distribution cut = distribution::normal(1, 0.5, 0.9, 1.1);
  EXPECT_GE(cut.quantile(1e-16), 0.9);
  EXPECT_LE(cut.quantile(1 - 1e-16), 1.1);
}

TEST(DistributionTest, BadParametersAreRefusedWithIds) {
  using I = std::invalid_argument;
  EXPECT_TRUE(fails_with<I>([] { (void)distribution::uniform(2, 1); }, "commissioning.distribution.002", "above its max 1"));
  // Issue 19: a width that overflows a double would make quantiles infinite.
  EXPECT_TRUE(fails_with<I>([] { (void)distribution::uniform(-1.7e308, 1.7e308); }, "commissioning.distribution.001",
                            "width from -1.7e+308 to 1.7e+308 does not fit in a double"));
  EXPECT_TRUE(fails_with<I>([] { (void)distribution::triangular(-1e308, 0, 1e308); }, "commissioning.distribution.001", "width"));
  EXPECT_TRUE(fails_with<I>([] { (void)distribution::pert(-1e308, 0, 1e308); }, "commissioning.distribution.001", "width"));
  EXPECT_TRUE(fails_with<I>([] { (void)distribution::triangular(0, 1e154, 1e308); }, "commissioning.distribution.001",
                            "too wide"));
  // Issue 19: a quantile outside [0, 1] is not a probability.
  const distribution u = distribution::uniform(0, 10);
  EXPECT_TRUE(fails_with<I>([&] { (void)u.quantile(1.5); }, "commissioning.distribution.008", "in [0, 1], got 1.5"));
  EXPECT_TRUE(fails_with<I>([&] { (void)u.quantile(-0.1); }, "commissioning.distribution.008", "got -0.1"));
  EXPECT_TRUE(fails_with<I>([&] { (void)u.quantile(std::nan("")); }, "commissioning.distribution.008", "got nan"));
  EXPECT_EQ(u.quantile(0), 0);
  EXPECT_EQ(u.quantile(1), 10);
  EXPECT_EQ(distribution::normal(0, 1).quantile(0), -INFINITY);
  EXPECT_EQ(distribution::normal(0, 1).quantile(1), INFINITY);
  EXPECT_TRUE(fails_with<I>([] { (void)distribution::triangular(1.2, 1, 0.9); }, "commissioning.distribution.002", "1.2"));
  EXPECT_TRUE(fails_with<I>([] { (void)distribution::triangular(0.9, 1.5, 1.3); }, "commissioning.distribution.003", "mode 1.5"));
  EXPECT_TRUE(fails_with<I>([] { (void)distribution::pert(0.9, 0.5, 1.3); }, "commissioning.distribution.003", "mode 0.5"));
  EXPECT_TRUE(fails_with<I>([] { (void)distribution::normal(1, -0.1); }, "commissioning.distribution.004", "sd -0.1"));
  EXPECT_TRUE(fails_with<I>([] { (void)distribution::lognormal(1, -2); }, "commissioning.distribution.004", "-2"));
  EXPECT_TRUE(fails_with<I>([] { (void)distribution::lognormal(0, 1); }, "commissioning.distribution.007", "got 0"));
  EXPECT_TRUE(fails_with<I>([] { (void)distribution::normal(std::nan(""), 1); }, "commissioning.distribution.001", "nan"));
  EXPECT_TRUE(fails_with<I>([] { (void)distribution::triangular(0, 1, INFINITY); }, "commissioning.distribution.001", "inf"));
  EXPECT_TRUE(fails_with<I>([] { (void)distribution::normal(0, 1, 2, 1); }, "commissioning.distribution.002", "lower bound 2"));
  EXPECT_TRUE(fails_with<std::domain_error>([] { (void)distribution::normal(0, 1, 40, 50); },
                                            "commissioning.distribution.006", "between 40 and 50"));
  EXPECT_TRUE(fails_with<I>([] { (void)distribution::discrete({1, 2}, {0.5, 0.6}); }, "commissioning.distribution.005",
                            "sum to 1.1"));
  EXPECT_TRUE(fails_with<I>([] { (void)distribution::discrete({1, 2}, {1.5, -0.5}); }, "commissioning.distribution.005",
                            "probability 1.5"));
  EXPECT_TRUE(fails_with<I>([] { (void)distribution::discrete({1, 2}, {1}); }, "commissioning.distribution.005",
                            "2 values and 1 probabilities"));
  EXPECT_TRUE(fails_with<I>([] { (void)distribution::discrete({1}, {std::nan("")}); }, "commissioning.distribution.001",
                            "nan"));
}


TEST(DistributionTest, ADistributionIsMadeAgainFromItsFamilyAndParameters) {
  for (const distribution& d :
       {distribution::fixed(3), distribution::uniform(-2, 5), distribution::triangular(0.9, 1, 1.6), distribution::pert(0.9, 1, 1.3),
        distribution::normal(1, 0.1), distribution::normal(1, 0.2, 0.9, 1.3), distribution::lognormal(1.05, 0.1),
        distribution::discrete({1, 2, 3}, {0.2, 0.5, 0.3})}) {
    const distribution again = distribution::from_parameters(d.kind(), d.parameters(), d.probabilities());
    EXPECT_EQ(again, d) << d.describe();
    EXPECT_EQ(again.quantile(0.8), d.quantile(0.8)) << d.describe();
    EXPECT_EQ(read_name<distribution::family>(name_of(d.kind())), d.kind());
  }
  // A lognormal made by its mean and sd keeps mu and sigma: its mean is still 1.05.
  const distribution lognormal = distribution::from_parameters(distribution::family::lognormal, distribution::lognormal(1.05, 0.1).parameters());
  EXPECT_NEAR(lognormal.mean(), 1.05, 1e-12);
  // Three parameters of a normal are not a truncated one; missing parameters are 0.
  EXPECT_EQ(distribution::from_parameters(distribution::family::normal, {1, 0.1, 0.9}), distribution::normal(1, 0.1));
  EXPECT_EQ(distribution::from_parameters(distribution::family::fixed, {}).mean(), 0);
  EXPECT_EQ(name_of(distribution::family::pert), "pert");
  EXPECT_TRUE(fails_with<std::invalid_argument>([] { (void)read_name<distribution::family>("beta"); }, "commissioning.name.001",
                                                "unknown distribution family 'beta'"));
}

}  // namespace

TEST(DistributionTest, QuantilesOfAnArrayAreTheQuantilesOfEachDrawToTheLastBits) {
  std::vector<double> u;
  for (int i = 0; i < 1024; ++i) u.push_back((i + 0.5) / 1024);
  u.push_back(distribution::smallest_uniform);
  u.push_back(distribution::largest_uniform);
  u.push_back(1e-12);
  u.push_back(0.075);  // AS 241's tail starts at |u − 0.5| > 0.425
  for (const distribution& d :
       {distribution::fixed(3), distribution::uniform(-2, 5), distribution::triangular(0.9, 1, 1.6), distribution::pert(0.9, 1, 1.3),
        distribution::normal(1, 0.1), distribution::normal(1, 0.2, 0.9, 1.3), distribution::lognormal(1.05, 0.1),
        distribution::discrete({1, 2, 3}, {0.2, 0.5, 0.3})}) {
    std::vector<double> values(u.size()), from_normals(u.size()), z(u.size());
    d.quantiles(u.data(), values.data(), u.size());
    for (std::size_t j = 0; j < u.size(); ++j) {
      EXPECT_NEAR(values[j], d.quantile(u[j]), 1e-15 * std::abs(d.quantile(u[j]))) << d.describe() << " at " << u[j];
      z[j] = standard_normal_quantile(u[j]);
    }
    d.from_standard_normals(z.data(), from_normals.data(), u.size());
    for (std::size_t j = 0; j < u.size(); ++j)
      EXPECT_NEAR(from_normals[j], d.from_standard_normal(z[j]), 1e-15 * std::abs(d.from_standard_normal(z[j]))) << d.describe();
    // No draw leaves [lowest, highest], the quantiles of the generator's extreme uniforms.
    EXPECT_EQ(d.lowest(), d.quantile(distribution::smallest_uniform)) << d.describe();
    EXPECT_EQ(d.from_standard_normal(-40), d.lowest()) << d.describe();
    EXPECT_EQ(d.from_standard_normal(40), d.highest()) << d.describe();
  }
  EXPECT_NEAR(distribution::normal(1, 0.1).lowest(), 1 - 0.1 * 8.2095, 0.001);  // Φ⁻¹(2^-53)
}
