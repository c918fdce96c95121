// SPDX-License-Identifier: MIT
// Whether the processor running the library has AVX2 and FMA: the run-time choice of the
// financial functions' kernels (whole_powers.hpp, natural_logs.hpp), asked once. The library is
// built for baseline x86-64 and must load on any such processor.
#pragma once

namespace commissioning::fin::detail {

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
inline bool has_avx2_and_fma() {
  static const bool yes = __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
  return yes;
}
#else
inline bool has_avx2_and_fma() { return false; }
#endif

}  // namespace commissioning::fin::detail
