// SPDX-License-Identifier: MIT
// The AVX2 build of the simulation's array kernels (array_kernels.hpp): the same bodies,
// compiled alone with -mavx2 and no FMA (CMakeLists.txt), used only where the processor has
// AVX2 (array_kernels.cpp checks).
#define COMMISSIONING_ARRAY_KERNELS avx2
#define COMMISSIONING_ARRAY_KERNELS_NAME "avx2"
#include "array_kernel_bodies.hpp"

#if defined(__FMA__)
#error "the AVX2 kernels must be built without FMA: a fused multiply-add would change their bits"
#endif

namespace commissioning::detail {

const array_kernels& avx2_array_kernels_build() noexcept { return avx2::table; }

}  // namespace commissioning::detail
