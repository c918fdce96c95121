// SPDX-License-Identifier: MIT
// The AVX2 and FMA kernel of natural_logs.hpp, compiled alone with -mavx2 -mfma
// -ffp-contract=off (CMakeLists.txt): the error-free transformations below must not be fused.
// No standard library templates here, so that no AVX2 copy of one can be chosen by the linker
// for code that runs on other processors.
#include "natural_logs.hpp"

#if defined(__x86_64__) && defined(__AVX2__) && defined(__FMA__)

#include <immintrin.h>

#include <cstddef>
#include <cstdint>

namespace commissioning::fin::detail {

namespace {

/// a + b = sum + error exactly (Knuth's two-sum: no assumption on which is larger).
inline __m256d two_sum(__m256d a, __m256d b, __m256d& error) {
  const __m256d sum = _mm256_add_pd(a, b);
  const __m256d b_part = _mm256_sub_pd(sum, a);
  const __m256d a_part = _mm256_sub_pd(sum, b_part);
  error = _mm256_add_pd(_mm256_sub_pd(a, a_part), _mm256_sub_pd(b, b_part));
  return sum;
}

/// a + b and its rounding error where |a| >= |b| or a is 0 (Dekker's fast two-sum): the same
/// figures as two_sum, for half its operations.
inline __m256d fast_two_sum(__m256d a, __m256d b, __m256d& error) {
  const __m256d sum = _mm256_add_pd(a, b);
  error = _mm256_sub_pd(b, _mm256_sub_pd(sum, a));
  return sum;
}

inline __m256d constant(double value) { return _mm256_set1_pd(value); }

/// Four logarithms of positive normal finite or negative numbers; the lanes of any other
/// argument are marked in `others` for the caller to replace.
inline __m256d four_logs(__m256d x, const log_table& table, __m256d& others) {
  const __m256d negative = _mm256_cmp_pd(x, _mm256_setzero_pd(), _CMP_LT_OQ);
  const __m256d normal = _mm256_and_pd(_mm256_cmp_pd(x, constant(0x1p-1022), _CMP_GE_OQ),
                                       _mm256_cmp_pd(x, constant(0x1.fffffffffffffp1023), _CMP_LE_OQ));
  others = _mm256_or_pd(others, _mm256_xor_pd(_mm256_or_pd(negative, normal), _mm256_castsi256_pd(_mm256_set1_epi64x(-1))));
  const __m256i bits = _mm256_castpd_si256(x);
  const __m256i shifted = _mm256_sub_epi64(bits, _mm256_set1_epi64x(static_cast<long long>(log_offset_bits)));
  // k = shifted >> 52 (arithmetic); AVX2 has no 64-bit arithmetic shift, so k + 1024 is taken
  // from shifted + 2^62 (positive for every normal x) and made a double by the 2^52 trick.
  const __m256i biased_k = _mm256_srli_epi64(_mm256_add_epi64(shifted, _mm256_set1_epi64x(1LL << 62)), 52);
  const __m256d k = _mm256_sub_pd(_mm256_castsi256_pd(_mm256_or_si256(biased_k, _mm256_castpd_si256(constant(0x1p52)))),
                                  constant(0x1p52 + 1024.0));
  const __m256i index = _mm256_and_si256(_mm256_srli_epi64(shifted, 45), _mm256_set1_epi64x(log_table::entries - 1));
  const __m256d z = _mm256_castsi256_pd(
      _mm256_sub_epi64(bits, _mm256_and_si256(shifted, _mm256_set1_epi64x(static_cast<long long>(0xfff0000000000000ULL)))));
  // Each lane's entry by one load, then a 4 x 4 transpose (cheaper than three gathers here).
  alignas(32) long long lane_index[4];
  _mm256_store_si256(reinterpret_cast<__m256i*>(lane_index), index);
  const __m256d e0 = _mm256_load_pd(&table.rows[lane_index[0]].inverse);
  const __m256d e1 = _mm256_load_pd(&table.rows[lane_index[1]].inverse);
  const __m256d e2 = _mm256_load_pd(&table.rows[lane_index[2]].inverse);
  const __m256d e3 = _mm256_load_pd(&table.rows[lane_index[3]].inverse);
  const __m256d even01 = _mm256_unpacklo_pd(e0, e1);  // inverse 0, inverse 1, low 0, low 1
  const __m256d even23 = _mm256_unpacklo_pd(e2, e3);
  const __m256d odd01 = _mm256_unpackhi_pd(e0, e1);   // high 0, high 1, unused
  const __m256d odd23 = _mm256_unpackhi_pd(e2, e3);
  const __m256d inverse = _mm256_permute2f128_pd(even01, even23, 0x20);
  const __m256d log_low = _mm256_permute2f128_pd(even01, even23, 0x31);
  const __m256d log_high = _mm256_permute2f128_pd(odd01, odd23, 0x20);

  // z / c = 1 + r_high + r_low exactly: the product's rounding error from the FMA, and
  // product - 1 exact (Sterbenz: the product is within 1% of 1).
  const __m256d product = _mm256_mul_pd(z, inverse);
  const __m256d r_low = _mm256_fmsub_pd(z, inverse, product);
  const __m256d r = _mm256_sub_pd(product, constant(1.0));

  // The large terms, k log 2 + log c + r - r^2 / 2, each sum's error kept.
  __m256d error1, error2, error3;
  // |k log 2| >= 0.69 > |log c| (c within 0.69 and 1.38), or k = 0.
  const __m256d s1 = fast_two_sum(_mm256_mul_pd(k, constant(table.ln2_high)), log_high, error1);
  const __m256d s2 = two_sum(s1, r, error2);
  const __m256d minus_half_r = _mm256_mul_pd(r, constant(-0.5));
  const __m256d square_high = _mm256_mul_pd(minus_half_r, r);
  const __m256d square_low = _mm256_fmsub_pd(minus_half_r, r, square_high);
  const __m256d s3 = two_sum(s2, square_high, error3);

  // The small ones: log1p(r) - r + r^2 / 2 by its Taylor series to r^8 (|r| <= 2^-8, so the
  // rest is below 2^-66 of the result), r_low / (1 + r) to its second order, the tables' low
  // parts and the sums' errors.
  const __m256d r2 = _mm256_mul_pd(r, r);
  __m256d series = constant(-1.0 / 8);
  series = _mm256_fmadd_pd(series, r, constant(1.0 / 7));
  series = _mm256_fmadd_pd(series, r, constant(-1.0 / 6));
  series = _mm256_fmadd_pd(series, r, constant(1.0 / 5));
  series = _mm256_fmadd_pd(series, r, constant(-1.0 / 4));
  series = _mm256_fmadd_pd(series, r, constant(1.0 / 3));
  __m256d tail = _mm256_mul_pd(_mm256_mul_pd(r2, r), series);
  tail = _mm256_fmadd_pd(r_low, _mm256_add_pd(_mm256_sub_pd(constant(1.0), r), r2), tail);
  tail = _mm256_fmadd_pd(k, constant(table.ln2_low), _mm256_add_pd(tail, log_low));
  tail = _mm256_add_pd(tail, _mm256_add_pd(_mm256_add_pd(error1, error2), _mm256_add_pd(error3, square_low)));
  return _mm256_blendv_pd(_mm256_add_pd(s3, tail), constant(table.of_negative), negative);
}

}  // namespace

bool natural_logs_avx2(const double* x, double* result, std::size_t count, const log_table& table) {
  __m256d others = _mm256_setzero_pd();
  std::size_t i = 0;
  for (; i + 4 <= count; i += 4) _mm256_storeu_pd(result + i, four_logs(_mm256_loadu_pd(x + i), table, others));
  if (i < count) {
    // The last one to three through a padded copy: the same arithmetic lane by lane.
    double padded[4] = {1.0, 1.0, 1.0, 1.0};
    for (std::size_t j = i; j < count; ++j) padded[j - i] = x[j];
    _mm256_storeu_pd(padded, four_logs(_mm256_loadu_pd(padded), table, others));
    for (std::size_t j = i; j < count; ++j) result[j] = padded[j - i];
  }
  return _mm256_movemask_pd(others) != 0;
}

}  // namespace commissioning::fin::detail

#endif
