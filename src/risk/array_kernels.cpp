// SPDX-License-Identifier: MIT
// The baseline build of the simulation's array kernels (array_kernels.hpp), and the choice
// between it and the AVX2 build (array_kernels_avx2.cpp), made once.
#define COMMISSIONING_ARRAY_KERNELS baseline
#define COMMISSIONING_ARRAY_KERNELS_NAME "baseline"
#include "array_kernel_bodies.hpp"

#include "../cpu_features.hpp"

#include <cstdlib>
#include <string_view>

namespace commissioning::detail {

#if defined(COMMISSIONING_ARRAY_KERNELS_AVX2)
const array_kernels& avx2_array_kernels_build() noexcept;  // array_kernels_avx2.cpp
#endif

const array_kernels& baseline_array_kernels() noexcept { return baseline::table; }

const array_kernels* avx2_array_kernels() noexcept {
#if defined(COMMISSIONING_ARRAY_KERNELS_AVX2)
  return has_avx2() ? &avx2_array_kernels_build() : nullptr;
#else
  return nullptr;
#endif
}

const array_kernels& active_array_kernels() noexcept {
  static const array_kernels& chosen = [&]() -> const array_kernels& {
    const char* forced = std::getenv("COMMISSIONING_KERNELS");
    const array_kernels* avx2 = avx2_array_kernels();
    if (avx2 != nullptr && !(forced != nullptr && std::string_view(forced) == "baseline")) return *avx2;
    return baseline_array_kernels();
  }();
  return chosen;
}

}  // namespace commissioning::detail
