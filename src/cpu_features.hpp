// SPDX-License-Identifier: MIT
// What the processor running the library can do, asked once: the run-time choice between a
// kernel's baseline build and its AVX2 build (the financial functions' powers, logarithms and
// formula passes; the simulation's array kernels). The library is built for baseline x86-64 and
// must load on any such processor.
#pragma once

namespace commissioning::detail {

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
inline bool has_avx2() {
  static const bool yes = [] {
    __builtin_cpu_init();  // in case this runs before libgcc's own constructor has
    return __builtin_cpu_supports("avx2") != 0;
  }();
  return yes;
}
inline bool has_avx2_and_fma() {
  static const bool yes = has_avx2() && __builtin_cpu_supports("fma") != 0;
  return yes;
}
#else
inline bool has_avx2() { return false; }
inline bool has_avx2_and_fma() { return false; }
#endif

}  // namespace commissioning::detail
