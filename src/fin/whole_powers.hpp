// SPDX-License-Identifier: MIT
// Powers for the element-wise financial functions, a block at a time. Where the exponent is a
// whole number (a count of periods, the usual case) the power is taken by repeated squaring in
// double-double arithmetic (about 100 bits), four or sixteen at a time with AVX2 and FMA, so
// that the result is the correctly rounded power: the same as glibc's `pow` except where glibc's
// own last bit is off (about 1 result in 1,000, by 1 ulp). Any other exponent, a result near
// overflow or underflow, and a machine without AVX2 and FMA go to glibc's `pow`. Each result
// depends only on its own base and exponent, never on its neighbours or the block's size.
#pragma once

#include <cstddef>

namespace commissioning::fin::detail {

/// `result[i] = pow(base[i], exponent[i])` for i < count, as above.
void powers(const double* base, const double* exponent, double* result, std::size_t count);

/// `lower[i] = pow(base[i], exponent[i])` and `upper[i] = pow(base[i], exponent[i] + 1)`, each
/// the figure `powers` gives, for the price of one power where the kernel takes them (rate's
/// Newton step needs both).
void power_pairs(const double* base, const double* exponent, double* lower, double* upper, std::size_t count);

/// One power, the same figure `powers` gives.
inline double power(double base, double exponent) {
  double result;
  powers(&base, &exponent, &result, 1);
  return result;
}

/// The AVX2 and FMA kernel (whole_powers_avx2.cpp): every exponent a whole number in
/// [0, 2^31) or replaced by 0. True if any figure does not stand (another exponent, a result
/// beyond 2^±900): the caller sends those to glibc. Call only where the processor has AVX2 and
/// FMA.
bool whole_powers_avx2(const double* base, const double* exponent, double* result, std::size_t count);
/// The same with the power one higher, `base^(exponent + 1)`, into `next`.
bool whole_power_pairs_avx2(const double* base, const double* exponent, double* result, double* next,
                            std::size_t count);

}  // namespace commissioning::fin::detail
