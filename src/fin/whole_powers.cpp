// SPDX-License-Identifier: MIT
// whole_powers.hpp: the choice between the AVX2 kernel and glibc's pow, made once at run time
// (the library is built for baseline x86-64 and must load on any such processor).
#include "whole_powers.hpp"

#include "../cpu_features.hpp"

#include <cmath>
#include <cstddef>

namespace commissioning::fin::detail {

namespace {

/// Where the kernel's figure stands: a whole exponent below 2^31, and a result whose
/// double-double error terms were all normal numbers (no overflow, underflow or zero base).
bool kernel_result(double exponent, double result) {
  const double size = std::abs(result);
  return exponent >= 0.0 && exponent < 2147483648.0 && exponent == std::trunc(exponent) && size > 0x1p-900 &&
         size < 0x1p900;
}

}  // namespace

void powers(const double* base, const double* exponent, double* result, std::size_t count) {
#if defined(COMMISSIONING_WHOLE_POWERS_AVX2)
  if (commissioning::detail::has_avx2_and_fma()) {
    if (!whole_powers_avx2(base, exponent, result, count)) [[likely]]
      return;
    for (std::size_t i = 0; i < count; ++i)
      if (!kernel_result(exponent[i], result[i])) [[unlikely]]
        result[i] = std::pow(base[i], exponent[i]);
    return;
  }
#endif
  for (std::size_t i = 0; i < count; ++i) result[i] = std::pow(base[i], exponent[i]);
}

void power_pairs(const double* base, const double* exponent, double* lower, double* upper, std::size_t count) {
#if defined(COMMISSIONING_WHOLE_POWERS_AVX2)
  if (commissioning::detail::has_avx2_and_fma()) {
    if (!whole_power_pairs_avx2(base, exponent, lower, upper, count)) [[likely]]
      return;
    for (std::size_t i = 0; i < count; ++i) {
      if (!kernel_result(exponent[i], lower[i]) || !kernel_result(exponent[i] + 1, upper[i])) [[unlikely]] {
        lower[i] = std::pow(base[i], exponent[i]);
        upper[i] = std::pow(base[i], exponent[i] + 1);
      }
    }
    return;
  }
#endif
  for (std::size_t i = 0; i < count; ++i) {
    lower[i] = std::pow(base[i], exponent[i]);
    upper[i] = std::pow(base[i], exponent[i] + 1);
  }
}

}  // namespace commissioning::fin::detail
