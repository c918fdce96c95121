// SPDX-License-Identifier: MIT
// The simulation's array kernels: the passes over a chunk's draws that dominate a Monte Carlo
// run (the generator's uniforms, Box–Muller normals, Φ⁻¹, exp, the triangular quantile, Φ), compiled twice, for
// the baseline instruction set (array_kernels.cpp) and for AVX2 (array_kernels_avx2.cpp), and
// chosen once at run time. Private to the library.
//
// **Same bits on every machine.** Each kernel computes every element by the same sequence of
// IEEE operations (add, multiply, divide, square root, bit moves; no fused multiply-add, no
// library call, no reassociation), whatever the vector width: so the AVX2 build, the baseline
// build and any scalar remainder give identical results, and a simulation's figures depend on
// its seed only, not on the processor (tests/cpp/array_kernels_test.cpp checks it bit for bit).
#pragma once

#include <cstddef>
#include <cstdint>

namespace commissioning::detail {

struct array_kernels {
  const char* name;  ///< "baseline" or "avx2"
  /// u[j] = uniform number first + j of the SplitMix64 sequence keyed `key`, in (0, 1):
  /// 52 random bits centred in their cell (2^-53 to 1 − 2^-53).
  void (*uniforms)(std::uint64_t key, std::uint64_t first, double* u, std::size_t n);
  /// z[j] = Φ⁻¹(u[j]) by AS 241, for u in [2^-53, 1 − 2^-53] (unchecked).
  void (*normal_quantiles)(const double* u, double* z, std::size_t n);
  /// Standard normals by Box and Muller: each pair u[2k], u[2k + 1] (in (0, 1)) gives z[2k]
  /// and z[2k + 1]; n even. No Φ⁻¹: about a third of its cost per draw.
  void (*standard_normals)(const double* u, double* z, std::size_t n);
  /// values[j] = exp(a + b z[j]), within an ulp or so of the exact value.
  void (*exp_affine)(double a, double b, const double* z, double* values, std::size_t n);
  /// The triangular quantile of each u: lo + √(u below) left of `mode_fraction`, else
  /// hi − √((1 − u) above).
  void (*triangular)(const double* u, double lo, double hi, double mode_fraction, double below, double above,
                     double* values, std::size_t n);
  /// u[j] = Φ(z[j]) held within [2^-53, 1 − 2^-53], the generator's extreme uniforms.
  void (*normal_cdf)(const double* z, double* u, std::size_t n);
};

/// The baseline build (SSE2 on x86-64).
[[nodiscard]] const array_kernels& baseline_array_kernels() noexcept;
/// The AVX2 build, or null when it was not compiled or this processor lacks AVX2.
[[nodiscard]] const array_kernels* avx2_array_kernels() noexcept;
/// The kernels a simulation uses: AVX2 where the processor has it, unless the environment
/// variable COMMISSIONING_KERNELS is "baseline" (for comparing the two). Chosen once.
[[nodiscard]] const array_kernels& active_array_kernels() noexcept;

}  // namespace commissioning::detail
