// SPDX-License-Identifier: MIT
// The AVX2 build of the financial functions' formula passes (formula_passes.hpp): the same
// bodies, compiled alone with -mavx2 and no FMA (CMakeLists.txt), used only where the processor
// has AVX2 (formula_passes.cpp checks).
#define COMMISSIONING_FORMULA_PASSES avx2
#define COMMISSIONING_FORMULA_PASSES_NAME "avx2"
#include "formula_pass_bodies.hpp"

#if defined(__FMA__)
#error "the AVX2 formula passes must be built without FMA: a fused multiply-add would change their bits"
#endif

namespace commissioning::fin::detail {

const formula_passes& avx2_formula_passes_build() noexcept { return avx2::table; }

}  // namespace commissioning::fin::detail
