// SPDX-License-Identifier: MIT
// The simulation's array kernels (src/risk/array_kernels.hpp, private): the AVX2 build gives
// the baseline build's bits, element for element, so a seed's figures do not depend on the
// processor; and the kernels agree with the scalar functions they vectorise.
#include "risk/array_kernels.hpp"

#include <commissioning/risk/distribution.hpp>

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstddef>
#include <cstring>
#include <vector>

namespace {

using namespace commissioning;

std::vector<double> uniforms_of(const detail::array_kernels& k, std::size_t n) {
  std::vector<double> u(n);
  k.uniforms(2024, 8192 * 3 + 5, u.data(), n);
  u.push_back(distribution::smallest_uniform);
  u.push_back(distribution::largest_uniform);
  u.push_back(1e-12);
  u.push_back(0.075);
  return u;
}

bool same_bits(const std::vector<double>& a, const std::vector<double>& b) {
  return a.size() == b.size() && std::memcmp(a.data(), b.data(), a.size() * sizeof(double)) == 0;
}

}  // namespace

TEST(ArrayKernelsTest, TheAvx2BuildGivesTheBaselineBitsForEveryKernel) {
  const detail::array_kernels& base = detail::baseline_array_kernels();
  const detail::array_kernels* avx2 = detail::avx2_array_kernels();
  if (avx2 == nullptr) GTEST_SKIP() << "no AVX2 build or no AVX2 on this processor";
  const std::size_t n = 100'003;  // not a whole number of vectors: the remainders too
  const std::vector<double> u = uniforms_of(base, n);
  EXPECT_TRUE(same_bits(u, uniforms_of(*avx2, n)));
  std::vector<double> z1(u.size()), z2(u.size()), v1(u.size()), v2(u.size());
  base.normal_quantiles(u.data(), z1.data(), u.size());
  avx2->normal_quantiles(u.data(), z2.data(), u.size());
  EXPECT_TRUE(same_bits(z1, z2));
  std::vector<double> n1(u.size()), n2(u.size());
  base.standard_normals(u.data(), n1.data(), u.size() - 1);  // pairs: an even count
  avx2->standard_normals(u.data(), n2.data(), u.size() - 1);
  EXPECT_TRUE(same_bits(n1, n2));
  base.exp_affine(-0.05, 0.3, z1.data(), v1.data(), u.size());
  avx2->exp_affine(-0.05, 0.3, z1.data(), v2.data(), u.size());
  EXPECT_TRUE(same_bits(v1, v2));
  base.triangular(u.data(), 0.9, 1.6, 1.0 / 7, 0.07, 0.42, v1.data(), u.size());
  avx2->triangular(u.data(), 0.9, 1.6, 1.0 / 7, 0.07, 0.42, v2.data(), u.size());
  EXPECT_TRUE(same_bits(v1, v2));
  for (double& x : z1) x *= 1.7;  // beyond the quantiles' range too
  base.normal_cdf(z1.data(), v1.data(), u.size());
  avx2->normal_cdf(z1.data(), v2.data(), u.size());
  EXPECT_TRUE(same_bits(v1, v2));
}

TEST(ArrayKernelsTest, TheBookkeepingGivesTheSameFiguresInBothBuilds) {
  const detail::array_kernels& base = detail::baseline_array_kernels();
  const detail::array_kernels* avx2 = detail::avx2_array_kernels();
  if (avx2 == nullptr) GTEST_SKIP() << "no AVX2 build or no AVX2 on this processor";
  const std::size_t n = 100'003;
  const std::vector<double> u = uniforms_of(base, n);
  // Pence with halves, ties either side of zero, and figures past 2^51 and 2^63.
  std::vector<double> pvc(u.size()), pvb(u.size());
  for (std::size_t j = 0; j < u.size(); ++j) {
    pvc[j] = (u[j] - 0.3) * 1e7;
    pvb[j] = j % 5 == 0 ? std::floor(pvc[j]) + 0.5 : (u[(j * 7) % u.size()] - 0.5) * 1e6;
  }
  pvc[11] = -2.5, pvc[12] = 0x1p52 + 1, pvb[13] = -0.5;
  for (auto mode : {detail::penny_rounding::half_even, detail::penny_rounding::half_away_from_zero,
                    detail::penny_rounding::toward_zero, detail::penny_rounding::away_from_zero}) {
    std::vector<double> a = pvb, b = pvb;
    EXPECT_TRUE(base.round_pence(a.data(), a.size(), mode));
    EXPECT_TRUE(avx2->round_pence(b.data(), b.size(), mode));
    EXPECT_TRUE(same_bits(a, b));
  }
  std::vector<double> ties{2.5, -2.5, 0.5, -0.5, 1.4999999999999998, -7.25};
  EXPECT_TRUE(avx2->round_pence(ties.data(), ties.size(), detail::penny_rounding::half_away_from_zero));
  EXPECT_EQ(ties, (std::vector<double>{3, -3, 1, -1, 1, -7}));
  std::vector<double> unfit = pvc;
  unfit[n - 1] = 0x1p63;
  EXPECT_FALSE(avx2->round_pence(unfit.data(), unfit.size(), detail::penny_rounding::half_even));
  EXPECT_EQ(unfit[n - 1], 0x1p63);  // left for the report
  std::vector<double> net1(u.size()), net2(u.size());
  EXPECT_TRUE(base.net_present_social_values(pvc.data(), pvb.data(), pvb.data(), pvc.data(), net1.data(), n));
  EXPECT_TRUE(avx2->net_present_social_values(pvc.data(), pvb.data(), pvb.data(), pvc.data(), net2.data(), n));
  EXPECT_TRUE(same_bits(net1, net2));
  double lanes1[4][8], lanes2[4][8];
  for (auto* l : {&lanes1, &lanes2})
    for (std::size_t k = 0; k < 8; ++k) (*l)[0][k] = (*l)[1][k] = 0, (*l)[2][k] = (*l)[3][k] = pvc[0];
  base.moment_lanes(pvc.data(), n, pvc[0], lanes1[0], lanes1[1], lanes1[2], lanes1[3]);
  avx2->moment_lanes(pvc.data(), n, pvc[0], lanes2[0], lanes2[1], lanes2[2], lanes2[3]);
  EXPECT_EQ(std::memcmp(lanes1, lanes2, sizeof lanes1), 0);
  std::vector<double> w1(n, -1.0), w2(n, -1.0), b1(n, HUGE_VAL), b2(n, HUGE_VAL);
  for (double index : {0.0, 1.0, 2.0}) {
    const double* figure = index == 1.0 ? pvb.data() : pvc.data();
    base.running_lowest_net(figure, net1.data(), index, w1.data(), b1.data(), n);
    avx2->running_lowest_net(figure, net1.data(), index, w2.data(), b2.data(), n);
    base.running_lowest(figure, index + 3, w1.data(), b1.data(), n);
    avx2->running_lowest(figure, index + 3, w2.data(), b2.data(), n);
  }
  EXPECT_TRUE(same_bits(w1, w2));
  EXPECT_TRUE(same_bits(b1, b2));
  std::int64_t total = 0;
  for (double index = 0; index < 6; ++index) {
    const std::int64_t count = base.count_equal(w1.data(), index, n);
    EXPECT_EQ(count, avx2->count_equal(w1.data(), index, n));
    EXPECT_EQ(count, static_cast<std::int64_t>(std::count(w1.begin(), w1.end(), index)));
    total += count;
  }
  EXPECT_EQ(total, static_cast<std::int64_t>(n));
}

TEST(ArrayKernelsTest, KernelsAgreeWithTheScalarFunctions) {
  const detail::array_kernels& k = detail::active_array_kernels();
  const std::vector<double> u = uniforms_of(k, 20'000);
  std::vector<double> z(u.size()), v(u.size());
  k.normal_quantiles(u.data(), z.data(), u.size());
  for (std::size_t j = 0; j < u.size(); ++j)
    EXPECT_NEAR(z[j], standard_normal_quantile(u[j]), 1e-15 * std::abs(z[j]) + 1e-300) << u[j];
  // Box–Muller against its formula in long double: within four ulps of the radius.
  std::vector<double> pairs(u.size());
  k.standard_normals(u.data(), pairs.data(), u.size());
  for (std::size_t j = 0; j + 1 < u.size(); j += 2) {
    const long double radius = std::sqrt(-2.0L * std::log(static_cast<long double>(u[j])));
    const long double angle = 2 * 3.141592653589793238462643383279502884L * static_cast<long double>(u[j + 1]);
    EXPECT_NEAR(pairs[j], static_cast<double>(radius * std::cos(angle)), 8e-16 * static_cast<double>(radius) + 1e-300) << u[j];
    EXPECT_NEAR(pairs[j + 1], static_cast<double>(radius * std::sin(angle)), 8e-16 * static_cast<double>(radius) + 1e-300) << u[j];
  }
  k.exp_affine(0.3, 1.7, z.data(), v.data(), u.size());
  for (std::size_t j = 0; j < u.size(); ++j) EXPECT_NEAR(v[j], std::exp(0.3 + 1.7 * z[j]), 4e-16 * v[j]) << z[j];
  EXPECT_EQ(detail::exp_cephes(1000), HUGE_VAL);
  EXPECT_EQ(detail::exp_cephes(-1000), 0.0);
  EXPECT_NEAR(detail::exp_cephes(-740), std::exp(-740), 1e-322);  // subnormal
  // Φ against glibc's erfc: within a few ulps, and the generator's extremes where it rounds past them.
  for (double x = -9; x <= 9; x += 1.0 / 64) {
    const double ours = standard_normal_cdf(x), glibc = 0.5 * std::erfc(-x / std::sqrt(2.0));
    EXPECT_NEAR(ours, glibc, 2e-15 * glibc) << x;
  }
  EXPECT_NEAR(standard_normal_cdf(-20), 2.7536241186062337e-89, 1e-13 * 2.75e-89);  // Cephes: 5.7e-14 at worst
  std::vector<double> far{-40, -8.3, 8.3, 40}, held(4);
  k.normal_cdf(far.data(), held.data(), far.size());
  EXPECT_EQ(held[0], distribution::smallest_uniform);
  EXPECT_EQ(held[3], distribution::largest_uniform);
}
