// SPDX-License-Identifier: MIT
// natural_logs.hpp: the kernel's table, built once, and the choice between the AVX2 kernel and
// glibc's log, made once at run time (the library is built for baseline x86-64).
#include "natural_logs.hpp"

#include "../cpu_features.hpp"

#include <boost/multiprecision/cpp_bin_float.hpp>

#include <bit>
#include <cmath>
#include <cstddef>
#include <cstdint>

namespace commissioning::fin::detail {

namespace {

using wide = boost::multiprecision::cpp_bin_float_50;

/// Interval i of z starts where the bits log_offset_bits + i * 2^45 do; c is its midpoint, and
/// 1 exactly for the interval that holds 1.
log_table build_table() {
  log_table table{};
  constexpr std::uint64_t step = std::uint64_t{1} << 45;
  for (int i = 0; i < log_table::entries; ++i) {
    const double start = std::bit_cast<double>(log_offset_bits + static_cast<std::uint64_t>(i) * step);
    const double end = std::bit_cast<double>(log_offset_bits + static_cast<std::uint64_t>(i + 1) * step);
    const double inverse = start <= 1.0 && 1.0 < end ? 1.0 : 1.0 / (0.5 * (start + end));
    const wide minus_log = -boost::multiprecision::log(wide(inverse));
    const double high = minus_log.convert_to<double>();
    table.rows[i] = {inverse, high, wide(minus_log - high).convert_to<double>(), 0.0};
  }
  const wide ln2 = boost::multiprecision::log(wide(2));
  // 42 significant bits: k log 2 is exact for |k| < 2^11.
  table.ln2_high = std::bit_cast<double>(std::bit_cast<std::uint64_t>(ln2.convert_to<double>()) & ~std::uint64_t{0x7ff});
  table.ln2_low = wide(ln2 - table.ln2_high).convert_to<double>();
  table.of_negative = std::log(-1.0);
  return table;
}

/// Where the kernel's figure stands: a positive normal finite argument.
bool kernel_argument(double x) { return x >= 0x1p-1022 && x <= 0x1.fffffffffffffp1023; }

}  // namespace

void natural_logs(const double* x, double* result, std::size_t count) {
#if defined(COMMISSIONING_NATURAL_LOGS_AVX2)
  if (commissioning::detail::has_avx2_and_fma()) {
    static const log_table table = build_table();
    // The kernel gives glibc's figure for a negative argument itself; the rarer zero,
    // subnormal, infinite and NaN ones come from glibc.
    if (natural_logs_avx2(x, result, count, table)) [[unlikely]]
      for (std::size_t i = 0; i < count; ++i)
        if (!(x[i] < 0.0) && !kernel_argument(x[i])) result[i] = std::log(x[i]);
    return;
  }
#endif
  (void)build_table;
  (void)kernel_argument;
  for (std::size_t i = 0; i < count; ++i) result[i] = std::log(x[i]);
}

}  // namespace commissioning::fin::detail
