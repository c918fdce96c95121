// SPDX-License-Identifier: MIT
// Allocation by largest remainder: £1bn over a million integer weights, split into a
// million equal parts, and over exact rate weights. Weights are generated once, from a
// fixed seed, outside the timed loop; items/s counts weights (parts) per second.
#include <commissioning/money/allocation.hpp>
#include <commissioning/money/money.hpp>
#include <commissioning/money/rate.hpp>

#include <benchmark/benchmark.h>

#include <cstdint>
#include <random>
#include <span>
#include <vector>

namespace {

using commissioning::money;
using commissioning::rate;

constexpr std::uint64_t seed = 20'160'501;  // fixed: every run allocates the same weights
const money one_billion = money::from_pence(100'000'000'000);

/// `n` integer weights drawn uniformly from 1..1000.
std::vector<std::int64_t> integer_weights(std::size_t n) {
  std::mt19937_64 generator(seed);
  std::uniform_int_distribution<std::int64_t> weight(1, 1000);
  std::vector<std::int64_t> weights(n);
  for (auto& w : weights) w = weight(generator);
  return weights;
}

/// Sum of the parts, so the work cannot be discarded (and a cheap correctness check).
std::int64_t total_pence(const std::vector<money>& parts) {
  std::int64_t total = 0;
  for (const money part : parts) total += part.pence();
  return total;
}

void check_sum(benchmark::State& state, std::int64_t got, money want) {
  if (got != want.pence()) state.SkipWithError("the parts do not sum to the total");
}

// ---------------------------------------------------------------- integer weights

// allocate(£1bn, n weights in 1..1000). Arg: n.
void BM_AllocateIntegerWeights(benchmark::State& state) {
  const std::vector<std::int64_t> weights = integer_weights(static_cast<std::size_t>(state.range(0)));
  std::int64_t sum = 0;
  for (auto _ : state) {
    const std::vector<money> parts = commissioning::allocate(one_billion, std::span<const std::int64_t>(weights));
    sum = total_pence(parts);
    benchmark::DoNotOptimize(sum);
  }
  check_sum(state, sum, one_billion);
  state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(BM_AllocateIntegerWeights)->Arg(2)->Arg(1'000)->Arg(1'000'000)->Unit(benchmark::kMicrosecond);

// split(£1bn, n): equal weights, every part gets its share and the first parts the odd pence.
void BM_Split(benchmark::State& state) {
  const auto parts_wanted = static_cast<std::size_t>(state.range(0));
  std::int64_t sum = 0;
  for (auto _ : state) {
    const std::vector<money> parts = commissioning::split(one_billion, parts_wanted);
    sum = total_pence(parts);
    benchmark::DoNotOptimize(sum);
  }
  check_sum(state, sum, one_billion);
  state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(BM_Split)->Arg(3)->Arg(1'000'000)->Unit(benchmark::kMicrosecond);

// ---------------------------------------------------------------- rate weights

/// `n` exact rate weights. `twelfths`: k/12 for k in 1..12 (mixed denominators 1, 2, 3,
/// 4, 6, 12 after reduction); otherwise percentages to two decimals, k/10000 for k in 1..10000.
std::vector<rate> rate_weights(std::size_t n, bool twelfths) {
  std::mt19937_64 generator(seed);
  std::uniform_int_distribution<std::int64_t> numerator(1, twelfths ? 12 : 10'000);
  std::vector<rate> weights;
  weights.reserve(n);
  for (std::size_t i = 0; i < n; ++i) weights.push_back(rate::ratio(numerator(generator), twelfths ? 12 : 10'000));
  return weights;
}

// allocate(£1bn, n rates): common denominator, scale to big integers, largest remainder.
void BM_AllocateRateWeights(benchmark::State& state, bool twelfths) {
  const std::vector<rate> weights = rate_weights(static_cast<std::size_t>(state.range(0)), twelfths);
  std::int64_t sum = 0;
  for (auto _ : state) {
    const std::vector<money> parts = commissioning::allocate(one_billion, std::span<const rate>(weights));
    sum = total_pence(parts);
    benchmark::DoNotOptimize(sum);
  }
  check_sum(state, sum, one_billion);
  state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK_CAPTURE(BM_AllocateRateWeights, percentages, false)
    ->Arg(2)
    ->Arg(10'000)
    ->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(BM_AllocateRateWeights, twelfths, true)->Arg(10'000)->Unit(benchmark::kMicrosecond);

}  // namespace
