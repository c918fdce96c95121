// Correlation matrices: checked, factorised by Cholesky, and refused when impossible.
#include <commissioning/risk/correlation.hpp>

#include <gtest/gtest.h>

#include "fails_with.hpp"

namespace {

using namespace commissioning;

Eigen::MatrixXd matrix(std::initializer_list<std::initializer_list<double>> rows) {
  Eigen::MatrixXd m(static_cast<Eigen::Index>(rows.size()), static_cast<Eigen::Index>(rows.begin()->size()));
  Eigen::Index i = 0;
  for (const auto& row : rows) {
    Eigen::Index j = 0;
    for (double v : row) m(i, j++) = v;
    ++i;
  }
  return m;
}

TEST(CorrelationTest, TheFactorReproducesTheMatrix) {
  const correlation c(matrix({{1, 0.6, 0}, {0.6, 1, 0.3}, {0, 0.3, 1}}));
  EXPECT_TRUE((c.factor() * c.factor().transpose()).isApprox(c.matrix(), 1e-14));
  EXPECT_TRUE(c.correlated(0));
  EXPECT_FALSE(correlation(matrix({{1, 0}, {0, 1}})).correlated(1));
  EXPECT_TRUE(correlation(3).independent());
}

TEST(CorrelationTest, PerfectCorrelationIsSemiDefiniteAndFactorisedWithAJitter) {
  const correlation c(matrix({{1, 1}, {1, 1}}));
  EXPECT_TRUE((c.factor() * c.factor().transpose()).isApprox(c.matrix(), 1e-9));
}

TEST(CorrelationTest, ImpossibleMatricesAreRefusedNamingTheProblem) {
  using I = std::invalid_argument;
  EXPECT_TRUE(fails_with<I>([] { correlation c(matrix({{1, 0.5}, {0.4, 1}})); }, "commissioning.correlation.001",
                            "symmetric: entry (0, 1) = 0.5"));
  EXPECT_TRUE(fails_with<I>([] { correlation c(matrix({{1, 0.5, 0}})); }, "commissioning.correlation.001", "1 × 3"));
  EXPECT_TRUE(fails_with<I>([] { correlation c(matrix({{1, 0.5}, {0.5, 0.9}})); }, "commissioning.correlation.002",
                            "entry (1, 1) = 0.9"));
  EXPECT_TRUE(fails_with<I>([] { correlation c(matrix({{1, 1.5}, {1.5, 1}})); }, "commissioning.correlation.003",
                            "entry (0, 1) = 1.5"));
  // Each pair is possible, the three together are not: A and B move together, B and C
  // together, yet A and C oppositely.
  EXPECT_TRUE(fails_with<I>([] { correlation c(matrix({{1, 0.9, -0.9}, {0.9, 1, 0.9}, {-0.9, 0.9, 1}})); },
                            "commissioning.correlation.004", "smallest eigenvalue is -0.8"));
}

}  // namespace
