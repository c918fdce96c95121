// SPDX-License-Identifier: MIT
// Contracts: build 100,000 contracts and profile each by financial year.
//
// Each contract starts on a random day from 1 January 2016 to 31 December 2030 (so
// 29 February and month ends occur), has a random term from 1+1 to 5+2+2 with every
// option exercised, a random annual value up to £10m and, for half of them, a fixed
// uplift of 2.5% from year 2. The inputs are generated once, from a fixed seed, outside
// the timed loops. items/s is contracts per second.
#include <commissioning/contract/contract.hpp>
#include <commissioning/contract/register.hpp>

#include <benchmark/benchmark.h>

#include <chrono>
#include <cstdint>
#include <random>
#include <vector>

namespace {

using namespace commissioning;

constexpr std::size_t contract_count = 100'000;

struct contract_inputs {
  date start;
  int base_years;
  int options;
  money annual;
  bool indexed;
};

const std::vector<contract_inputs>& inputs() {
  static const std::vector<contract_inputs> all = [] {
    std::mt19937_64 generator(20'220'501);
    const std::chrono::sys_days first{std::chrono::year{2016} / std::chrono::January / 1};
    std::uniform_int_distribution<long> day(0, 5478);  // to 31 December 2030
    std::uniform_int_distribution<int> base(1, 5), options(0, 2), coin(0, 1);
    std::uniform_int_distribution<std::int64_t> pence(1, 1'000'000'000);
    std::vector<contract_inputs> result;
    result.reserve(contract_count);
    for (std::size_t i = 0; i < contract_count; ++i)
      result.push_back({date{first + std::chrono::days{day(generator)}}, base(generator), options(generator),
                        money::from_pence(pence(generator)), coin(generator) == 1});
    return result;
  }();
  return all;
}

contract build(const contract_inputs& in) {
  std::vector<int> extensions(static_cast<std::size_t>(in.options), 12);
  contract c("benchmark", "provider", in.start, term(in.base_years * 12, extensions), price::annual(in.annual),
             in.indexed ? indexation::fixed(rate::parse("2.5%")) : indexation::none());
  for (std::size_t option = 1; option <= c.options().size(); ++option) c.exercise(option);
  return c;
}

void BM_BuildContracts(benchmark::State& state) {
  for (auto _ : state)
    for (const contract_inputs& in : inputs()) benchmark::DoNotOptimize(build(in));
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * contract_count));
}
BENCHMARK(BM_BuildContracts)->Unit(benchmark::kMillisecond);

void BM_ProfileContractsByFinancialYear(benchmark::State& state) {
  std::vector<contract> contracts;
  contracts.reserve(contract_count);
  for (const contract_inputs& in : inputs()) contracts.push_back(build(in));
  for (auto _ : state) {
    money total;
    for (const contract& c : contracts) total += c.profile().total;
    benchmark::DoNotOptimize(total);
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * contract_count));
}
BENCHMARK(BM_ProfileContractsByFinancialYear)->Unit(benchmark::kMillisecond);

// The same contracts as one register: `profile(register)` in one pass, every row's profile
// kept (equal to `c.profile()` to the penny; tests/cpp/register_test.cpp).
void BM_ProfileRegister(benchmark::State& state) {
  contract_register reg;
  const indexation uplift = indexation::fixed(rate::parse("2.5%"));
  for (const contract_inputs& in : inputs())
    reg.add("benchmark", "provider", in.start, term(in.base_years * 12, std::vector<int>(static_cast<std::size_t>(in.options), 12)),
            in.annual, in.indexed ? uplift : indexation::none(), in.options);
  for (auto _ : state) {
    const register_profile p = profile(reg);
    benchmark::DoNotOptimize(p.pence.data());
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * contract_count));
}
BENCHMARK(BM_ProfileRegister)->Unit(benchmark::kMillisecond);

}  // namespace
