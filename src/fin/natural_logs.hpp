// SPDX-License-Identifier: MIT
// Natural logarithms for nper, a block at a time. With AVX2 and FMA, four lanes at a time by a
// table of 128 reciprocals: x = 2^k z, z * (1/c) = 1 + r exactly as a double-double (FMA gives
// the product's rounding error), log x = k log 2 + log c + log1p(r), the sum carried in
// double-double and rounded once, so that the result is the correctly rounded logarithm in all
// but a few cases in 10,000 and within 1 ulp of glibc's `log` (which is off by its last bit
// about as often). The entry whose z runs from 1 - 2^-9 to 1 + 2^-8 has c = 1, so that a value
// near 1 is not the difference of two nearly equal logarithms. A negative argument gets glibc's
// NaN; zero, subnormal, infinite and NaN arguments, and a machine without AVX2 and FMA, go to
// glibc's `log`. Each result depends only on its own argument, never on its neighbours or the
// block's size.
#pragma once

#include <cstddef>

namespace commissioning::fin::detail {

/// `result[i] = log(x[i])` for i < count, as above.
void natural_logs(const double* x, double* result, std::size_t count);

/// One logarithm, the same figure `natural_logs` gives.
inline double natural_log(double x) {
  double result;
  natural_logs(&x, &result, 1);
  return result;
}

/// The kernel's table (natural_logs.cpp builds it once, in 166-bit arithmetic): for each of
/// the 128 intervals of z, `inverse` is 1/c rounded to a double and `log_high + log_low` is
/// -log(inverse) to about 106 bits, side by side so that one aligned load fetches a lane's
/// entry; log 2 likewise, its high part short enough that k log 2 is exact for every exponent k.
struct log_table {
  static constexpr int entries = 128;
  struct alignas(32) row {
    double inverse;
    double log_high;
    double log_low;
    double unused;
  };
  row rows[entries];
  double ln2_high;
  double ln2_low;
  double of_negative;  // glibc's log of any negative number: its invalid-operation NaN
};

/// The bit pattern subtracted from x's to find k and the interval of z: z runs from this value
/// (about 0.6855) to twice it, and 1 sits inside interval 80, not on a boundary.
inline constexpr unsigned long long log_offset_bits = 0x3fe5f00000000000ULL;

/// The AVX2 and FMA kernel (natural_logs_avx2.cpp): glibc's figure for positive normal finite
/// and for negative arguments (half of nper's where a payment never clears the interest); true
/// where some other argument needs glibc's `log`. Call only where the processor has AVX2 and FMA.
bool natural_logs_avx2(const double* x, double* result, std::size_t count, const log_table& table);

}  // namespace commissioning::fin::detail
