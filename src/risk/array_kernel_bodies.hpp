// SPDX-License-Identifier: MIT
// The bodies of array_kernels.hpp's kernels, included once by each build of them
// (array_kernels.cpp, array_kernels_avx2.cpp) inside a namespace of its own, with internal
// linkage: nothing here may become an out-of-line function that the linker could share
// between the builds. So: arithmetic, comparisons and __builtin_bit_cast only, and no
// standard-library function (whose out-of-line copy, compiled for AVX2, could be picked for
// the baseline). Loops are written for the compiler to vectorise (-fno-math-errno lets
// __builtin_sqrt become a vector square root); each element's operations are the same at
// any vector width, so the builds agree bit for bit (see array_kernels.hpp).
//
// Define COMMISSIONING_ARRAY_KERNELS (the namespace) and COMMISSIONING_ARRAY_KERNELS_NAME
// (the table's name) before including.
#include "array_kernels.hpp"

#include <commissioning/risk/distribution.hpp>  // AS 241, exp and erfc: arithmetic, always inlined

#include <cstddef>
#include <cstdint>

namespace commissioning::detail::COMMISSIONING_ARRAY_KERNELS {
namespace {

using u64 = std::uint64_t;
using std::size_t;

[[gnu::always_inline]] inline u64 bits_of(double x) noexcept { return __builtin_bit_cast(u64, x); }
[[gnu::always_inline]] inline double from_bits(u64 b) noexcept { return __builtin_bit_cast(double, b); }

/// Adding 1.5 × 2^52 to a double of magnitude below 2^51 rounds it to a whole number (half to
/// even), which the sum's low bits then hold as a two's-complement integer.
constexpr double magic = 0x1.8p52;

/// A small whole number held in a 64-bit integer (two's complement), as a double.
[[gnu::always_inline]] inline double whole(u64 k) noexcept { return from_bits(k + bits_of(magic)) - magic; }

/// log(x) for a positive normal x by Cephes' method: x = m 2^e with m in [√½, √2), and
/// log(1 + f) = f − f²/2 + f³ P(f) / Q(f) for f = m − 1; e ln 2 in two parts.
[[gnu::always_inline]] inline double log_of_positive(double x) noexcept {
  const u64 b = bits_of(x);
  double m = from_bits((b & 0x000fffffffffffffULL) | 0x3fe0000000000000ULL);  // in [0.5, 1)
  double e = whole((b >> 52) - 1022);
  const bool low = m < 0.70710678118654752440;
  e = low ? e - 1.0 : e;
  m = low ? (m + m) - 1.0 : m - 1.0;
  const double z = m * m;
  const double p = ((((1.01875663804580931796e-4 * m + 4.97494994976747001425e-1) * m + 4.70579119878881725854e0) * m +
                     1.44989225341610930846e1) * m + 1.79368678507819816313e1) * m + 7.70838733755885391666e0;
  const double q = ((((m + 1.12873587189167450590e1) * m + 4.52279145837532221105e1) * m + 8.29875266912776603211e1) * m +
                    7.11544750618563894466e1) * m + 2.31251620126765340583e1;
  double y = m * (z * p / q);
  y = y - e * 2.121944400546905827679e-4;
  y = y - 0.5 * z;
  return (m + y) + e * 0.693359375;
}

void uniforms(u64 key, u64 first, double* u, size_t n) {
  // SplitMix64's state for number first + j, key + (first + j + 1) γ (mod 2^64), as a running
  // sum: an addition a draw where the product took three 32-bit multiplies a lane under AVX2.
  constexpr u64 gamma = 0x9e3779b97f4a7c15ULL;
  u64 state = key + first * gamma + gamma;
  for (size_t j = 0; j < n; ++j, state += gamma) {
    u64 x = state;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    x = x ^ (x >> 31);
    // The top 52 bits as a double (exactly: they are the mantissa of 2^52 + m), centred.
    u[j] = ((from_bits((x >> 12) | 0x4330000000000000ULL) - 0x1p52) + 0.5) * 0x1p-52;
  }
}

void normal_quantiles(const double* u, double* z, size_t n) {
  // AS 241's central region for every draw (no branch), then the tails (about 15% of draws)
  // gathered a batch at a time and done together.
  for (size_t j = 0; j < n; ++j) z[j] = normal_quantile_central(u[j] - 0.5);
  constexpr size_t batch = 256;
  double r[batch];
  size_t where[batch];
  for (size_t from = 0; from < n; from += batch) {
    const size_t to = n - from < batch ? n : from + batch;
    size_t m = 0;
    for (size_t j = from; j < to; ++j) {  // branch-free: a tail is one draw in seven, unpredictably
      const double q = u[j] - 0.5;
      where[m] = j;
      r[m] = q < 0 ? u[j] : 1 - u[j];
      m += __builtin_fabs(q) > 0.425 ? 1 : 0;
    }
    for (size_t k = 0; k < m; ++k) {
      const double root = __builtin_sqrt(-log_of_positive(r[k]));
      r[k] = root <= 5 ? normal_quantile_near_tail(root) : normal_quantile_far_tail(root);
    }
    for (size_t k = 0; k < m; ++k) z[where[k]] = u[where[k]] < 0.5 ? -r[k] : r[k];
  }
}

/// sin(a) and cos(a) for |a| ≤ π/4 by Cephes' polynomials (Moshier's sin.c), within an ulp.
[[gnu::always_inline]] inline void sine_cosine(double a, double& sine, double& cosine) noexcept {
  const double z = a * a;
  sine = a + a * (z * (((((1.58962301576546568060e-10 * z - 2.50507477628578072866e-8) * z + 2.75573136213857245213e-6) * z -
                         1.98412698295895385996e-4) * z + 8.33333333332211858878e-3) * z - 1.66666666666666307295e-1));
  cosine = (1.0 - 0.5 * z) + z * (z * (((((-1.13585365213876817300e-11 * z + 2.08757008419747316778e-9) * z -
                                          2.75573141792967388112e-7) * z + 2.48015872888517045348e-5) * z -
                                        1.38888888888730564116e-3) * z + 4.16666666666665929218e-2));
}

void standard_normals(const double* u, double* z, size_t n) {
  // Box and Muller: a pair of uniforms (u1, u2) gives the independent standard normals
  // √(−2 log u1) (cos 2πu2, sin 2πu2). The angle is reduced exactly in units of a quarter
  // turn (4 u2 = q + f, |f| ≤ ½), so only |f| π/2 ≤ π/4 reaches the polynomials.
  for (size_t k = 0; k + 1 < n; k += 2) {
    const double radius = __builtin_sqrt(-2.0 * log_of_positive(u[k]));
    const double turns = 4.0 * u[k + 1];
    const double rounded = turns + magic;
    const u64 quarter = bits_of(rounded);
    const double f = turns - (rounded - magic);
    double s, c;
    sine_cosine(f * 1.57079632679489661923, s, c);
    const bool odd = (quarter & 1) != 0;
    const double x = odd ? s : c, y = odd ? c : s;  // cos and sin of the angle, up to sign
    const double x_sign = ((quarter + 1) & 2) != 0 ? -1.0 : 1.0;  // quarter 1 or 2 (mod 4): cos < 0
    const double y_sign = (quarter & 2) != 0 ? -1.0 : 1.0;        // quarter 2 or 3: sin < 0
    z[k] = radius * (x_sign * x);
    z[k + 1] = radius * (y_sign * y);
  }
}

void exp_affine(double a, double b, const double* z, double* values, size_t n) {
  for (size_t j = 0; j < n; ++j) values[j] = exp_cephes(a + b * z[j]);
}

void triangular(const double* u, double lo, double hi, double mode_fraction, double below, double above, double* values,
                size_t n) {
  for (size_t j = 0; j < n; ++j) {
    const bool left = u[j] < mode_fraction;
    const double root = __builtin_sqrt(left ? u[j] * below : (1 - u[j]) * above);
    values[j] = left ? lo + root : hi - root;
  }
}

void normal_cdf(const double* z, double* u, size_t n) {
  for (size_t j = 0; j < n; ++j) {
    const double p = 0.5 * erfc_cephes(-z[j] / 1.4142135623730951);
    u[j] = p < distribution::smallest_uniform ? distribution::smallest_uniform
                                              : (p > distribution::largest_uniform ? distribution::largest_uniform : p);
  }
}

void discount_factors(const double* scale, const double* rates, size_t years, double* factor, double* factors,
                      double* sums, size_t n) {
  // Each year's factors and the next prefix sum in one pass, while the year's column is in cache.
  for (size_t j = 0; j < n; ++j) factors[j] = 1.0, sums[j] = 0.0;
  if (years > 0)
    for (size_t j = 0; j < n; ++j) sums[n + j] = sums[j] + factors[j];
  for (size_t t = 1; t < years; ++t) {
    if (t == 1 || rates[t] != rates[t - 1])
      for (size_t j = 0; j < n; ++j) factor[j] = 1.0 / (1.0 + scale[j] * rates[t]);
    const double* before = factors + (t - 1) * n;
    double* now = factors + t * n;
    const double* sum = sums + t * n;
    double* next = sums + (t + 1) * n;
    for (size_t j = 0; j < n; ++j) {
      now[j] = before[j] * factor[j];
      next[j] = sum[j] + now[j];
    }
  }
}

void add_flat_line(double* into, double amount, const double* factor, const double* after_last, const double* first,
                   size_t n) {
  for (size_t j = 0; j < n; ++j) into[j] = into[j] + (amount * factor[j]) * (after_last[j] - first[j]);
}

void add_scaled(double* into, double amount, const double* factor, size_t n) {
  for (size_t j = 0; j < n; ++j) into[j] = into[j] + amount * factor[j];
}

// The bookkeeping: eight lanes of doubles where a pass reduces (a form GCC vectorises, where a
// running bool or integer it does not), whole numbers in them, so their sum is exact.
constexpr size_t lanes = 8;
[[gnu::always_inline]] inline double lane_total(const double* v) noexcept {
  return ((v[0] + v[1]) + (v[2] + v[3])) + ((v[4] + v[5]) + (v[6] + v[7]));
}
[[gnu::always_inline]] inline double outside_money(double x) noexcept { return __builtin_fabs(x) < 0x1p63 ? 0.0 : 1.0; }

/// Below 2^51 in size, adding and taking away 1.5 × 2^52 rounds half to even (the hardware's
/// rounding), and the ties and the directed modes are put right from the exact remainder.
/// Larger values are whole already; NaN stays NaN.
template <penny_rounding mode>
[[gnu::always_inline]] inline double whole_pence(double x) noexcept {
  constexpr double big = 0x1p51;
  const double even = (x + magic) - magic;
  const double rest = x - even;  // exact, in [-0.5, 0.5]
  const double away = x < 0 ? -1.0 : 1.0;
  double r = even;
  if constexpr (mode == penny_rounding::half_away_from_zero) r = rest * away == 0.5 ? even + away : even;
  if constexpr (mode == penny_rounding::toward_zero) r = rest * away < 0 ? even - away : even;
  if constexpr (mode == penny_rounding::away_from_zero) r = rest * away > 0 ? even + away : even;
  return (x < big && x > -big) ? r : x;
}

template <penny_rounding mode>
bool round_pence_by(double* v, size_t n) {
  double outside[lanes] = {};
  size_t j = 0;
  for (; j + lanes <= n; j += lanes)
    for (size_t l = 0; l < lanes; ++l) {
      outside[l] += outside_money(v[j + l]);
      v[j + l] = whole_pence<mode>(v[j + l]);
    }
  for (size_t l = 0; j < n; ++j, ++l) {
    outside[l] += outside_money(v[j]);
    v[j] = whole_pence<mode>(v[j]);
  }
  return lane_total(outside) == 0;
}

bool round_pence(double* v, size_t n, penny_rounding mode) {
  switch (mode) {
    case penny_rounding::half_even: return round_pence_by<penny_rounding::half_even>(v, n);
    case penny_rounding::half_away_from_zero: return round_pence_by<penny_rounding::half_away_from_zero>(v, n);
    case penny_rounding::toward_zero: return round_pence_by<penny_rounding::toward_zero>(v, n);
    case penny_rounding::away_from_zero: return round_pence_by<penny_rounding::away_from_zero>(v, n);
  }
  return false;
}

bool net_present_social_values(const double* pvc, const double* pvb, const double* first_pvc, const double* first_pvb,
                               double* npsv, size_t n) {
  double outside[lanes] = {};
  size_t j = 0;
  for (; j + lanes <= n; j += lanes)
    for (size_t l = 0; l < lanes; ++l) {
      const double x = (pvb[j + l] - pvc[j + l]) - (first_pvb[j + l] - first_pvc[j + l]);
      outside[l] += outside_money(x);
      npsv[j + l] = x;
    }
  for (size_t l = 0; j < n; ++j, ++l) {
    const double x = (pvb[j] - pvc[j]) - (first_pvb[j] - first_pvc[j]);
    outside[l] += outside_money(x);
    npsv[j] = x;
  }
  return lane_total(outside) == 0;
}

/// Four doubles as one value (GCC's vector extension): the lanes' selects vectorise, where
/// GCC left `v < lo ? v : lo` over an array of eight lanes as scalar conditional moves. Each
/// element's operations are the same as a scalar's (two SSE2 halves in the baseline build).
typedef double four_doubles __attribute__((vector_size(32), aligned(8), may_alias));

void moment_lanes(const double* x, size_t n, double shift, double* sum, double* sum2, double* low, double* high) {
  static_assert(lanes == 8);
  // Lanes 0–3 (a) and 4–7 (b) of each running figure, read and written in place (the type
  // may alias doubles), never passed by value (which would change the baseline build's
  // calling convention).
  const auto at = [](double* p) -> four_doubles& { return *reinterpret_cast<four_doubles*>(p); };
  four_doubles s_a = at(sum), s_b = at(sum + 4), s2_a = at(sum2), s2_b = at(sum2 + 4);
  four_doubles lo_a = at(low), lo_b = at(low + 4), hi_a = at(high), hi_b = at(high + 4);
  size_t j = 0;
  for (; j + lanes <= n; j += lanes) {
    const four_doubles v_a = *reinterpret_cast<const four_doubles*>(x + j);
    const four_doubles v_b = *reinterpret_cast<const four_doubles*>(x + j + 4);
    const four_doubles d_a = v_a - shift, d_b = v_b - shift;
    s_a += d_a;
    s_b += d_b;
    s2_a += d_a * d_a;
    s2_b += d_b * d_b;
    lo_a = v_a < lo_a ? v_a : lo_a;
    lo_b = v_b < lo_b ? v_b : lo_b;
    hi_a = v_a > hi_a ? v_a : hi_a;
    hi_b = v_b > hi_b ? v_b : hi_b;
  }
  at(sum) = s_a, at(sum + 4) = s_b, at(sum2) = s2_a, at(sum2 + 4) = s2_b;
  at(low) = lo_a, at(low + 4) = lo_b, at(high) = hi_a, at(high + 4) = hi_b;
  for (size_t l = 0; j < n; ++j, ++l) {
    const double v = x[j], d = v - shift;
    sum[l] += d;
    sum2[l] += d * d;
    low[l] = v < low[l] ? v : low[l];
    high[l] = v > high[l] ? v : high[l];
  }
}

// The winner's index as winner + (index − winner) × (0 or 1): exact for small whole numbers,
// and a form GCC vectorises where it leaves `lower ? index : winner` a branch.
template <bool net>
[[gnu::always_inline]] inline void running_lowest_of(const double* pvc, const double* pvb, double index, double* winner,
                                                     double* best, size_t n) {
  for (size_t j = 0; j < n; ++j) {
    const double x = net ? pvc[j] - pvb[j] : pvc[j], b = best[j];
    const double lower = x < b ? 1.0 : 0.0;
    winner[j] = winner[j] + (index - winner[j]) * lower;
    best[j] = x < b ? x : b;
  }
}
void running_lowest(const double* pvc, double index, double* winner, double* best, size_t n) {
  running_lowest_of<false>(pvc, pvc, index, winner, best, n);
}
void running_lowest_net(const double* pvc, const double* pvb, double index, double* winner, double* best, size_t n) {
  running_lowest_of<true>(pvc, pvb, index, winner, best, n);
}

void bin_indices(const double* x, size_t n, double lo, double scale, double top, std::int32_t* bins) {
  for (size_t j = 0; j < n; ++j) {
    double v = (x[j] - lo) * scale;
    v = v > 0 ? v : 0.0;
    v = v < top ? v : top;
    bins[j] = static_cast<std::int32_t>(v);
  }
}

std::int64_t count_equal(const double* v, double value, size_t n) {
  double count[lanes] = {};
  size_t j = 0;
  for (; j + lanes <= n; j += lanes)
    for (size_t l = 0; l < lanes; ++l) count[l] += v[j + l] == value ? 1.0 : 0.0;
  for (size_t l = 0; j < n; ++j, ++l) count[l] += v[j] == value ? 1.0 : 0.0;
  return static_cast<std::int64_t>(lane_total(count));
}

constexpr array_kernels table{COMMISSIONING_ARRAY_KERNELS_NAME,
                              uniforms,
                              normal_quantiles,
                              standard_normals,
                              exp_affine,
                              triangular,
                              normal_cdf,
                              discount_factors,
                              add_flat_line,
                              add_scaled,
                              round_pence,
                              net_present_social_values,
                              moment_lanes,
                              running_lowest,
                              running_lowest_net,
                              bin_indices,
                              count_equal};

}  // namespace
}  // namespace commissioning::detail::COMMISSIONING_ARRAY_KERNELS
