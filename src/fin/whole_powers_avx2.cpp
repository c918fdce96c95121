// SPDX-License-Identifier: MIT
// The AVX2 and FMA kernel of whole_powers.hpp, compiled alone with -mavx2 -mfma
// -ffp-contract=off (CMakeLists.txt): the error-free transformations below must not be fused.
#include "whole_powers.hpp"

#if defined(__x86_64__) && defined(__AVX2__) && defined(__FMA__)

#include <immintrin.h>

#include <algorithm>
#include <bit>
#include <cstddef>
#include <cstdint>

namespace commissioning::fin::detail {

namespace {

/// A double-double number per lane, hi + lo. Between normalisations |lo| may grow to a few
/// dozen ulps of hi (each squaring doubles lo's share): the value is still hi + lo, to about
/// 100 bits, and skipping the normalisation shortens each step's chain of dependent operations
/// from six to two.
struct double_double {
  __m256d hi;
  __m256d lo;
};

/// a squared: the exact square of hi (FMA gives its rounding error) plus the cross term 2 hi lo;
/// lo * lo is below the result's 96th bit while lo stays within 2^5 ulps of hi.
inline double_double squared(double_double a) {
  const __m256d p = _mm256_mul_pd(a.hi, a.hi);
  const __m256d e = _mm256_fmsub_pd(a.hi, a.hi, p);
  return {p, _mm256_fmadd_pd(_mm256_add_pd(a.hi, a.hi), a.lo, e)};
}

/// a * b for a double b (the base): the exact product of hi and b plus lo * b.
inline double_double times(double_double a, __m256d b) {
  const __m256d p = _mm256_mul_pd(a.hi, b);
  const __m256d e = _mm256_fmsub_pd(a.hi, b, p);
  return {p, _mm256_fmadd_pd(a.lo, b, e)};
}

/// hi + lo rounded to nearest as hi, the rest as lo (Dekker's fast two-sum; |hi| >= |lo|).
inline double_double normalised(double_double a) {
  const __m256d hi = _mm256_add_pd(a.hi, a.lo);
  return {hi, _mm256_sub_pd(a.lo, _mm256_sub_pd(hi, a.hi))};
}

/// The value is normalised after the steps of the bits whose index is a multiple of this (bit 0
/// among them, so that hi is the rounded result at the end), which bounds lo to 2^5 ulps of hi.
constexpr int normalise_every = 4;

/// Where the kernel's figure stands: a whole exponent in [0, limit) and a result whose
/// double-double error terms were all normal numbers (no overflow, underflow or zero base);
/// other lanes are left for glibc. All bits set in a lane that stands.
inline __m256d stands(__m256d exponent, __m256d result, double limit) {
  const __m256d size = _mm256_andnot_pd(_mm256_set1_pd(-0.0), result);
  const __m256d whole = _mm256_and_pd(
      _mm256_cmp_pd(exponent, _mm256_round_pd(exponent, _MM_FROUND_TO_ZERO | _MM_FROUND_NO_EXC), _CMP_EQ_OQ),
      _mm256_and_pd(_mm256_cmp_pd(exponent, _mm256_setzero_pd(), _CMP_GE_OQ),
                    _mm256_cmp_pd(exponent, _mm256_set1_pd(limit), _CMP_LT_OQ)));
  return _mm256_and_pd(whole, _mm256_and_pd(_mm256_cmp_pd(size, _mm256_set1_pd(0x1p-900), _CMP_GT_OQ),
                                            _mm256_cmp_pd(size, _mm256_set1_pd(0x1p900), _CMP_LT_OQ)));
}

/// Four exponents as 64-bit integers: a whole number in [0, 2^31) as it is, anything else 0.
inline __m256i whole_exponents(__m256d n) {
  const __m256d whole = _mm256_and_pd(_mm256_cmp_pd(n, _mm256_round_pd(n, _MM_FROUND_TO_ZERO | _MM_FROUND_NO_EXC), _CMP_EQ_OQ),
                                      _mm256_and_pd(_mm256_cmp_pd(n, _mm256_setzero_pd(), _CMP_GE_OQ),
                                                    _mm256_cmp_pd(n, _mm256_set1_pd(2147483648.0), _CMP_LT_OQ)));
  return _mm256_cvtepi32_epi64(_mm256_cvttpd_epi32(_mm256_and_pd(n, whole)));
}

/// Groups of four lanes carried together so that their chains of dependent operations overlap.
constexpr std::size_t groups = 4;
constexpr std::size_t lanes = 4 * groups;

/// `4 * Groups` powers from full arrays, left to right: from 1, at each bit of the exponents
/// from the highest, the value squared, then multiplied by the base where the bit is set. A
/// lane whose exponent has fewer bits than its neighbours' squares 1 and multiplies nothing
/// until its own highest bit, exactly (1 squared is 1 with no error term, 1 times the base is
/// the base), so that each lane's figure is the same whatever its neighbours. Where every lane
/// has the same exponent (a column of periods, usually), the bits are the same for all and the
/// products of unset bits are skipped: the same figures. With `next`, also the power one
/// higher, `base^(exponent + 1)`, one more product. True if any lane's figure does not stand.
template <std::size_t Groups = groups>
inline bool sixteen_powers(const double* base, const double* exponent, double* result, double* next = nullptr) {
  const __m256d one = _mm256_set1_pd(1.0);
  const __m256d zero = _mm256_setzero_pd();
  __m256d b[Groups];
  __m256i bits[Groups];
  double_double value[Groups];
  for (std::size_t g = 0; g < Groups; ++g) {
    b[g] = _mm256_loadu_pd(base + 4 * g);
    bits[g] = whole_exponents(_mm256_loadu_pd(exponent + 4 * g));
    value[g] = {one, zero};
  }
  const __m256i first = _mm256_permute4x64_epi64(bits[0], 0);
  __m256i any = bits[0];
  __m256i differ = _mm256_setzero_si256();
  for (std::size_t g = 0; g < Groups; ++g) {
    any = _mm256_or_si256(any, bits[g]);
    differ = _mm256_or_si256(differ, _mm256_xor_si256(bits[g], first));
  }
  const auto all = static_cast<std::uint64_t>(_mm256_extract_epi64(any, 0) | _mm256_extract_epi64(any, 1) |
                                              _mm256_extract_epi64(any, 2) | _mm256_extract_epi64(any, 3));
  const int top = static_cast<int>(std::bit_width(all));
  if (_mm256_testz_si256(differ, differ)) {
    // The highest bit's step turns 1 into the base, exactly.
    if (top > 0)
      for (std::size_t g = 0; g < Groups; ++g) value[g] = {b[g], zero};
    for (int bit = top - 2; bit >= 0; --bit) {
      for (std::size_t g = 0; g < Groups; ++g) value[g] = squared(value[g]);
      if ((all >> bit) & 1)
        for (std::size_t g = 0; g < Groups; ++g) value[g] = times(value[g], b[g]);
      if (bit % normalise_every == 0)
        for (std::size_t g = 0; g < Groups; ++g) value[g] = normalised(value[g]);
    }
  } else {
    const __m256i bit_one = _mm256_set1_epi64x(1);
    for (int bit = top - 1; bit >= 0; --bit) {
      const __m128i shift = _mm_cvtsi32_si128(bit);
      for (std::size_t g = 0; g < Groups; ++g) {
        value[g] = squared(value[g]);
        const __m256d set = _mm256_castsi256_pd(
            _mm256_cmpeq_epi64(_mm256_and_si256(_mm256_srl_epi64(bits[g], shift), bit_one), bit_one));
        const double_double product = times(value[g], b[g]);
        value[g].hi = _mm256_blendv_pd(value[g].hi, product.hi, set);
        value[g].lo = _mm256_blendv_pd(value[g].lo, product.lo, set);
      }
      if (bit % normalise_every == 0)
        for (std::size_t g = 0; g < Groups; ++g) value[g] = normalised(value[g]);
    }
  }
  // After bit 0's normalisation hi is hi + lo rounded to nearest: the result.
  __m256d fine = _mm256_castsi256_pd(_mm256_set1_epi64x(-1));
  for (std::size_t g = 0; g < Groups; ++g) {
    const __m256d n = _mm256_loadu_pd(exponent + 4 * g);
    _mm256_storeu_pd(result + 4 * g, value[g].hi);
    if (next == nullptr) {
      fine = _mm256_and_pd(fine, stands(n, value[g].hi, 2147483648.0));
    } else {
      const double_double higher = normalised(times(value[g], b[g]));
      _mm256_storeu_pd(next + 4 * g, higher.hi);
      // Both powers stand, or both come from glibc: exponent + 1 below 2^31 too.
      fine = _mm256_and_pd(fine, _mm256_and_pd(stands(n, value[g].hi, 2147483647.0),
                                               stands(_mm256_add_pd(n, one), higher.hi, 2147483648.0)));
    }
  }
  return _mm256_movemask_pd(fine) != 0xf;
}

/// Full blocks straight from the arrays, the last few through a padded copy: each lane's
/// figure is the same wherever it sits. True if any figure is left for glibc.
bool run(const double* base, const double* exponent, double* result, double* next, std::size_t count) {
  bool others = false;
  std::size_t i = 0;
  for (; i + lanes <= count; i += lanes)
    others |= sixteen_powers(base + i, exponent + i, result + i, next ? next + i : nullptr);
  if (i == count) return others;
  // Padding lanes raise 1 to the first lane's power, so that a part block of one exponent keeps
  // the fast path; their figures are dropped.
  double padded_base[lanes];
  double padded_exponent[lanes];
  double padded_result[lanes];
  double padded_next[lanes];
  std::fill(padded_base, padded_base + lanes, 1.0);
  std::copy(base + i, base + count, padded_base);
  std::copy(exponent + i, exponent + count, padded_exponent);
  const std::size_t rest = count - i;
  std::fill(padded_exponent + rest, padded_exponent + lanes, exponent[i]);
  // A part block takes as few groups of four as it needs (a scalar call, one): the same
  // arithmetic lane by lane, so the same figures.
  double* padded_next_or_null = next ? padded_next : nullptr;
  if (rest <= 4)
    others |= sixteen_powers<1>(padded_base, padded_exponent, padded_result, padded_next_or_null);
  else if (rest <= 8)
    others |= sixteen_powers<2>(padded_base, padded_exponent, padded_result, padded_next_or_null);
  else
    others |= sixteen_powers<groups>(padded_base, padded_exponent, padded_result, padded_next_or_null);
  std::copy(padded_result, padded_result + rest, result + i);
  if (next != nullptr) std::copy(padded_next, padded_next + rest, next + i);
  return others;
}

}  // namespace

bool whole_powers_avx2(const double* base, const double* exponent, double* result, std::size_t count) {
  return run(base, exponent, result, nullptr, count);
}

bool whole_power_pairs_avx2(const double* base, const double* exponent, double* result, double* next,
                            std::size_t count) {
  return run(base, exponent, result, next, count);
}

}  // namespace commissioning::fin::detail

#endif
