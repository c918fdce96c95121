// SPDX-License-Identifier: MIT
// The AVX2 and FMA kernel of whole_powers.hpp, compiled alone with -mavx2 -mfma
// -ffp-contract=off (CMakeLists.txt): the error-free transformations below must not be fused.
#include "whole_powers.hpp"

#if defined(__x86_64__) && defined(__AVX2__) && defined(__FMA__)

#include <immintrin.h>

#include <algorithm>
#include <cstddef>

namespace commissioning::fin::detail {

namespace {

/// A double-double number per lane: hi + lo, |lo| at most half an ulp of hi.
struct double_double {
  __m256d hi;
  __m256d lo;
};

/// p + e as a double-double, for |p| >= |e| (Dekker's fast two-sum).
inline double_double normalised(__m256d p, __m256d e) {
  const __m256d hi = _mm256_add_pd(p, e);
  return {hi, _mm256_sub_pd(e, _mm256_sub_pd(hi, p))};
}

/// a * b: the exact product of the high parts (FMA gives its rounding error), plus the cross
/// terms; the lo * lo term is below the result's 104th bit.
inline double_double times(double_double a, double_double b) {
  const __m256d p = _mm256_mul_pd(a.hi, b.hi);
  __m256d e = _mm256_fmsub_pd(a.hi, b.hi, p);
  e = _mm256_fmadd_pd(a.hi, b.lo, e);
  e = _mm256_fmadd_pd(a.lo, b.hi, e);
  return normalised(p, e);
}

inline double_double squared(double_double a) {
  const __m256d p = _mm256_mul_pd(a.hi, a.hi);
  __m256d e = _mm256_fmsub_pd(a.hi, a.hi, p);
  e = _mm256_fmadd_pd(_mm256_add_pd(a.hi, a.hi), a.lo, e);
  return normalised(p, e);
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

/// `4 * Groups` powers from full arrays, right to left: the base squared at each bit, multiplied
/// into the result where the bit is set, until every exponent is used up. With `next`, also
/// the power one higher, `base^(exponent + 1)`, one more product of the double-double.
template <std::size_t Groups = groups>
inline void sixteen_powers(const double* base, const double* exponent, double* result, double* next = nullptr) {
  const __m256d one = _mm256_set1_pd(1.0);
  const __m256d zero = _mm256_setzero_pd();
  const __m256i bit_one = _mm256_set1_epi64x(1);
  double_double product[Groups];
  double_double square[Groups];
  __m256i bits[Groups];
  __m256i any = _mm256_setzero_si256();
  for (std::size_t g = 0; g < Groups; ++g) {
    product[g] = {one, zero};
    square[g] = {_mm256_loadu_pd(base + 4 * g), zero};
    bits[g] = whole_exponents(_mm256_loadu_pd(exponent + 4 * g));
    any = _mm256_or_si256(any, bits[g]);
  }
  // Work no lane needs is skipped: the product where no lane's bit is set (a run of zero bits;
  // a whole block often shares one exponent), the square after the last bit. Skipping changes
  // no lane's figure.
  while (true) {
    __m256i low_bits = _mm256_setzero_si256();
    for (std::size_t g = 0; g < Groups; ++g) low_bits = _mm256_or_si256(low_bits, _mm256_and_si256(bits[g], bit_one));
    if (!_mm256_testz_si256(low_bits, low_bits)) {
      for (std::size_t g = 0; g < Groups; ++g) {
        const __m256d set = _mm256_castsi256_pd(_mm256_cmpeq_epi64(_mm256_and_si256(bits[g], bit_one), bit_one));
        const double_double next_product = times(product[g], square[g]);
        product[g].hi = _mm256_blendv_pd(product[g].hi, next_product.hi, set);
        product[g].lo = _mm256_blendv_pd(product[g].lo, next_product.lo, set);
      }
    }
    any = _mm256_setzero_si256();
    for (std::size_t g = 0; g < Groups; ++g) {
      bits[g] = _mm256_srli_epi64(bits[g], 1);
      any = _mm256_or_si256(any, bits[g]);
    }
    if (_mm256_testz_si256(any, any)) break;
    for (std::size_t g = 0; g < Groups; ++g) square[g] = squared(square[g]);
  }
  // hi is hi + lo rounded to nearest: the normalisation's sum.
  for (std::size_t g = 0; g < Groups; ++g) {
    _mm256_storeu_pd(result + 4 * g, product[g].hi);
    if (next != nullptr)
      _mm256_storeu_pd(next + 4 * g, times(product[g], {_mm256_loadu_pd(base + 4 * g), zero}).hi);
  }
}

/// Full blocks straight from the arrays, the last few through a padded copy: each lane's
/// figure is the same wherever it sits.
void run(const double* base, const double* exponent, double* result, double* next, std::size_t count) {
  std::size_t i = 0;
  for (; i + lanes <= count; i += lanes) sixteen_powers(base + i, exponent + i, result + i, next ? next + i : nullptr);
  if (i == count) return;
  double padded_base[lanes];
  double padded_exponent[lanes];
  double padded_result[lanes];
  double padded_next[lanes];
  std::fill(padded_base, padded_base + lanes, 1.0);
  std::fill(padded_exponent, padded_exponent + lanes, 0.0);
  std::copy(base + i, base + count, padded_base);
  std::copy(exponent + i, exponent + count, padded_exponent);
  // A part block takes as few groups of four as it needs (a scalar call, one): the same
  // arithmetic lane by lane, so the same figures.
  const std::size_t rest = count - i;
  double* padded_next_or_null = next ? padded_next : nullptr;
  if (rest <= 4)
    sixteen_powers<1>(padded_base, padded_exponent, padded_result, padded_next_or_null);
  else if (rest <= 8)
    sixteen_powers<2>(padded_base, padded_exponent, padded_result, padded_next_or_null);
  else
    sixteen_powers<groups>(padded_base, padded_exponent, padded_result, padded_next_or_null);
  std::copy(padded_result, padded_result + (count - i), result + i);
  if (next != nullptr) std::copy(padded_next, padded_next + (count - i), next + i);
}

}  // namespace

void whole_powers_avx2(const double* base, const double* exponent, double* result, std::size_t count) {
  run(base, exponent, result, nullptr, count);
}

void whole_power_pairs_avx2(const double* base, const double* exponent, double* result, double* next,
                            std::size_t count) {
  run(base, exponent, result, next, count);
}

}  // namespace commissioning::fin::detail

#endif
