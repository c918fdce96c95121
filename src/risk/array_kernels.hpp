// SPDX-License-Identifier: MIT
// The simulation's array kernels: the passes over a chunk's draws that dominate a Monte Carlo
// run (the generator's uniforms, Box–Muller normals, Φ⁻¹, exp, the triangular quantile, Φ, and the
// engine's rounding, NPSV, moments and winners over a chunk's figures), compiled twice, for
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

/// Money's rounding modes, as the bookkeeping kernels name them (rounding.hpp's, mapped by the engine).
enum class penny_rounding : int { half_even, half_away_from_zero, toward_zero, away_from_zero };

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

  // The engine's present values (columns of n rows, one after another).
  /// Discount factors of `years` years for each row whose rate is scaled by scale[j]:
  /// factors column 0 all 1, column t the one before × 1 / (1 + scale[j] rates[t]) (a division
  /// only where the rate changes); sums column t + 1 = column t + factors column t (column 0 all 0).
  void (*discount_factors)(const double* scale, const double* rates, std::size_t years, double* factor, double* factors,
                           double* sums, std::size_t n);
  /// into[j] += (amount × factor[j]) × (after_last[j] − first[j]): a flat line's present value.
  void (*add_flat_line)(double* into, double amount, const double* factor, const double* after_last, const double* first,
                        std::size_t n);
  /// into[j] += amount × factor[j].
  void (*add_scaled)(double* into, double amount, const double* factor, std::size_t n);

  // The engine's bookkeeping over a chunk's figures (pence, one option's column at a time).
  /// Each of v rounded to a whole number by `mode`, exactly; true when every value fits
  /// money (|v| < 2^63, not NaN). A value that does not fit is left as it was, for the report.
  bool (*round_pence)(double* v, std::size_t n, penny_rounding mode);
  /// npsv[j] = (pvb[j] − pvc[j]) − (first_pvb[j] − first_pvc[j]): the NPSV against the first
  /// option; true when every value fits money.
  bool (*net_present_social_values)(const double* pvc, const double* pvb, const double* first_pvc,
                                    const double* first_pvb, double* npsv, std::size_t n);
  /// The moments' eight running lanes (moments in simulation.cpp): Σ(x − shift), Σ(x − shift)²,
  /// min and max, x[j] into lane j mod 8, in order.
  void (*moment_lanes)(const double* x, std::size_t n, double shift, double* sum, double* sum2, double* low,
                       double* high);
  /// The running winner of each row: where figure[j] (`pvc`, or pvc − pvb with `pvb`) is
  /// strictly below best[j], best[j] takes it and winner[j] takes `index`.
  void (*running_lowest)(const double* pvc, double index, double* winner, double* best, std::size_t n);
  void (*running_lowest_net)(const double* pvc, const double* pvb, double index, double* winner, double* best,
                             std::size_t n);
  /// bins[j] = ⌊(x[j] − lo) × scale⌋ held within [0, top]: a value's bin among equal bins over
  /// a range, which never decreases as the value grows (values outside go to the end bins).
  void (*bin_indices)(const double* x, std::size_t n, double lo, double scale, double top, std::int32_t* bins);
  /// How many of v equal `value`.
  std::int64_t (*count_equal)(const double* v, double value, std::size_t n);
};

/// The baseline build (SSE2 on x86-64).
[[nodiscard]] const array_kernels& baseline_array_kernels() noexcept;
/// The AVX2 build, or null when it was not compiled or this processor lacks AVX2.
[[nodiscard]] const array_kernels* avx2_array_kernels() noexcept;
/// The kernels a simulation uses: AVX2 where the processor has it, unless the environment
/// variable COMMISSIONING_KERNELS is "baseline" (for comparing the two). Chosen once.
[[nodiscard]] const array_kernels& active_array_kernels() noexcept;

}  // namespace commissioning::detail
