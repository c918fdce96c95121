// SPDX-License-Identifier: MIT
// The baseline build of the financial functions' formula passes (formula_passes.hpp), and the
// choice between it and the AVX2 build (formula_passes_avx2.cpp), made once.
#define COMMISSIONING_FORMULA_PASSES baseline
#define COMMISSIONING_FORMULA_PASSES_NAME "baseline"
#include "formula_pass_bodies.hpp"

#include "../cpu_features.hpp"

namespace commissioning::fin::detail {

#if defined(COMMISSIONING_FORMULA_PASSES_AVX2)
const formula_passes& avx2_formula_passes_build() noexcept;  // formula_passes_avx2.cpp
#endif

const formula_passes& baseline_formula_passes() noexcept { return baseline::table; }

const formula_passes* avx2_formula_passes() noexcept {
#if defined(COMMISSIONING_FORMULA_PASSES_AVX2)
  return commissioning::detail::has_avx2() ? &avx2_formula_passes_build() : nullptr;
#else
  return nullptr;
#endif
}

const formula_passes& active_formula_passes() noexcept {
  static const formula_passes& chosen = avx2_formula_passes() != nullptr ? *avx2_formula_passes() : baseline_formula_passes();
  return chosen;
}

}  // namespace commissioning::fin::detail
