// SPDX-License-Identifier: MIT
// The element-wise financial functions' formulas over a block of columns (numpy-financial's
// expressions, given the block's powers or logarithms), and rate's Newton step: compiled twice,
// for the baseline instruction set (formula_passes.cpp) and for AVX2 without FMA
// (formula_passes_avx2.cpp), and chosen once at run time. Their divisions are most of their
// time, and AVX2 divides four lanes at once where SSE2 divides two. Private to the library.
//
// **Same bits on every machine.** Each element is computed by the same IEEE operations (add,
// subtract, multiply, divide, compare and select; no fused multiply-add, no library call),
// whatever the vector width, so both builds and a block of one give identical figures
// (tests/cpp/financial_functions_test.cpp checks it bit for bit).
#pragma once

#include <commissioning/fin/financial_functions.hpp>

#include <cstddef>

namespace commissioning::fin::detail {

struct formula_passes {
  const char* name;  ///< "baseline" or "avx2"
  /// result[i] = numpy-financial's fv(rate, nper, pmt, pv, when), given temp[i] = (1 + rate)^nper.
  void (*fv)(const double* rate, const double* nper, const double* pmt, const double* pv, const payment_timing* when,
             const double* temp, double* result, std::size_t n);
  /// result[i] = numpy-financial's pmt(rate, nper, pv, fv, when), given temp as fv's.
  void (*pmt)(const double* rate, const double* nper, const double* pv, const double* fv, const payment_timing* when,
              const double* temp, double* result, std::size_t n);
  /// result[i] = numpy-financial's pv(rate, nper, pmt, fv, when), given temp as fv's.
  void (*pv)(const double* rate, const double* nper, const double* pmt, const double* fv, const payment_timing* when,
             const double* temp, double* result, std::size_t n);
  /// result[i] = numpy-financial's ipmt (or, with `principal`, ppmt) of (rate, per, nper, pv,
  /// fv, when), given temp_nper[i] = (1 + rate)^nper and temp_per[i] = (1 + rate)^(per - 1).
  void (*interest_or_principal)(bool principal, const double* rate, const double* per, const double* nper,
                                const double* pv, const double* fv, const payment_timing* when, const double* temp_nper,
                                const double* temp_per, double* result, std::size_t n);
  /// nper's first pass: with z = pmt (1 + rate w) / rate, denominator = pv + z,
  /// ratio = (-fv + z) / denominator and growth = 1 + rate, whose logarithms the second takes.
  void (*nper_ratios)(const double* rate, const double* pmt, const double* pv, const double* fv,
                      const payment_timing* when, double* denominator, double* ratio, double* growth, std::size_t n);
  /// nper's second pass: numpy-financial 1.1.0's nper, given the first pass's denominator and
  /// the logarithms of its ratio and growth.
  void (*nper)(const double* rate, const double* pmt, const double* pv, const double* fv, const double* denominator,
               const double* ratio_log, const double* growth_log, double* result, std::size_t n);
  /// One of rate's Newton steps for each problem, numpy-financial's `_g_div_gp` term for term,
  /// given t1 = (r + 1)^n and t2 = (r + 1)^(n - 1): r[i] takes the step, close[i] says whether
  /// it was below tol. Returns how many were not.
  std::size_t (*rate_steps)(double* r, unsigned char* close, const double* nper, const double* pmt, const double* pv,
                            const double* fv, const double* w, const double* t1, const double* t2, double tol,
                            std::size_t n);
};

/// The baseline build (SSE2 on x86-64).
[[nodiscard]] const formula_passes& baseline_formula_passes() noexcept;
/// The AVX2 build, or null when it was not compiled or this processor lacks AVX2.
[[nodiscard]] const formula_passes* avx2_formula_passes() noexcept;
/// The passes the financial functions use: AVX2 where the processor has it. Chosen once.
[[nodiscard]] const formula_passes& active_formula_passes() noexcept;

}  // namespace commissioning::fin::detail
