// The financial functions in bulk: npv of a long series, irr of many short series (Eigen's
// eigenvalues of a companion matrix each), pmt over many rates, rate's Newton iteration.
// Inputs come from std::mt19937_64 with a fixed seed; each loop checks its result.
#include <commissioning/fin/financial_functions.hpp>

#include <benchmark/benchmark.h>

#include <cmath>
#include <random>
#include <vector>

namespace {

namespace fin = commissioning::fin;

std::vector<double> flows(std::size_t count, std::mt19937_64& random) {
  std::uniform_real_distribution<double> returns(0.0, 1000.0);
  std::vector<double> values(count);
  values[0] = -1000.0 * static_cast<double>(count) / 4.0;
  for (std::size_t t = 1; t < count; ++t) values[t] = returns(random);
  return values;
}

/// One item: npv of a series of `state.range(0)` flows at one rate.
void BM_Npv(benchmark::State& state) {
  std::mt19937_64 random(42);
  const std::vector<double> values = flows(static_cast<std::size_t>(state.range(0)), random);
  double rate = 0.05;
  for (auto _ : state) {
    const double result = fin::npv(rate, values);
    if (!std::isfinite(result)) state.SkipWithError("npv is not finite");
    benchmark::DoNotOptimize(result);
    rate = rate == 0.05 ? 0.06 : 0.05;
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_Npv)->Arg(10)->Arg(1000);

/// One item: irr of a series of `state.range(0)` flows (one sign change: one root).
void BM_Irr(benchmark::State& state) {
  std::mt19937_64 random(42);
  std::vector<std::vector<double>> series;
  for (int i = 0; i < 64; ++i) series.push_back(flows(static_cast<std::size_t>(state.range(0)), random));
  std::size_t next = 0;
  for (auto _ : state) {
    const auto& values = series[next++ % series.size()];
    const double result = fin::irr(values);
    if (!(std::abs(fin::npv(result, values)) < 1e-6 * std::abs(values[0]))) state.SkipWithError("npv(irr) is not 0");
    benchmark::DoNotOptimize(result);
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_Irr)->Arg(10)->Arg(30);

/// One item: pmt of one loan.
void BM_Pmt(benchmark::State& state) {
  std::mt19937_64 random(42);
  std::uniform_real_distribution<double> rates(0.0001, 0.02);
  std::vector<double> rate(1024);
  for (double& r : rate) r = rates(random);
  std::size_t next = 0;
  for (auto _ : state) {
    const double result = fin::pmt(rate[next++ % rate.size()], 360, 200000);
    if (!(result < 0)) state.SkipWithError("pmt is not a payment");
    benchmark::DoNotOptimize(result);
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_Pmt);

/// One item: a rate problem, solved in a batch of 1,000 in lock step.
void BM_RateBatch(benchmark::State& state) {
  std::mt19937_64 random(42);
  std::uniform_real_distribution<double> payments(-2000.0, -1000.0);
  std::vector<fin::rate_problem> problems;
  for (int i = 0; i < 1000; ++i) problems.push_back({120, payments(random), 100000, 0, fin::payment_timing::end});
  for (auto _ : state) {
    const std::vector<double> result = fin::rate(problems);
    if (!std::isfinite(result.front())) state.SkipWithError("rate did not converge");
    benchmark::DoNotOptimize(result.data());
  }
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(problems.size()));
}
BENCHMARK(BM_RateBatch);

}  // namespace
