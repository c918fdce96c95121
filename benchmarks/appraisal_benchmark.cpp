// SPDX-License-Identifier: MIT
// Appraisals: run the seed 000 options (three options, five years, seven lines), a ten-option
// thirty-year appraisal, a one-way sensitivity of five inputs, and a switching value.
//
// Every figure is exact (rational discount factors, money in pence), so these timings are the
// price of exactness; issue 6's simulation evaluates the same model in doubles.
#include <commissioning/appraisal/sensitivity.hpp>

#include <benchmark/benchmark.h>

#include <string>
#include <vector>

namespace {

using namespace commissioning;

money pounds(const char* text) { return money::parse(text); }

appraisal make(int option_count, int years) {
  const financial_year first(2022), last(2022 + years - 1);
  std::vector<option> options;
  option nothing("Do nothing", option_kind::do_nothing);
  nothing.duty("assess the needs of young carers", false);
  options.push_back(nothing);
  for (int i = 1; i < option_count; ++i) {
    option o("Option " + std::to_string(i), option_kind::other);
    o.add(appraisal_line::recurring("Staff", line_kind::cost, cost_category::staff,
                                    money::from_pounds(250'000 + 1'000 * i), first, last, rate::parse("2.5%")))
        .add(appraisal_line::recurring("Non-staff", line_kind::cost, cost_category::non_staff, pounds("£35,500"), first, last))
        .add(appraisal_line::one_off("Set-up", line_kind::cost, cost_category::mobilisation, pounds("£40,000"), first))
        .add(appraisal_line::recurring("Savings", line_kind::cashable_saving, cost_category::other, pounds("£10,000"), first, last))
        .duty("assess the needs of young carers", true);
    o.optimism_bias(rate::parse("10%"), "illustrative", {cost_category::staff});
    options.push_back(o);
  }
  return appraisal("Benchmark", appraisal_settings(first, years), options);
}

void BM_AppraiseThreeOptionsFiveYears(benchmark::State& state) {
  const appraisal a = make(3, 5);
  for (auto _ : state) benchmark::DoNotOptimize(a.run());
}
BENCHMARK(BM_AppraiseThreeOptionsFiveYears)->Unit(benchmark::kMicrosecond);

void BM_AppraiseTenOptionsThirtyYears(benchmark::State& state) {
  const appraisal a = make(10, 30);
  for (auto _ : state) benchmark::DoNotOptimize(a.run());
}
BENCHMARK(BM_AppraiseTenOptionsThirtyYears)->Unit(benchmark::kMicrosecond);

void BM_OneWaySensitivityFiveInputs(benchmark::State& state) {
  const appraisal a = make(3, 5);
  const std::vector<appraisal_input> inputs{appraisal_input::line("Option 1", "Staff"), appraisal_input::line("Option 1", "Set-up"),
                                            appraisal_input::line("Option 2", "Staff"), appraisal_input::costs("Option 2"),
                                            appraisal_input::discount_rate()};
  for (auto _ : state) benchmark::DoNotOptimize(one_way_sensitivity(a, inputs, rate::parse("10%")));
}
BENCHMARK(BM_OneWaySensitivityFiveInputs)->Unit(benchmark::kMicrosecond);

void BM_SwitchingValue(benchmark::State& state) {
  const appraisal a = make(3, 5);
  for (auto _ : state) benchmark::DoNotOptimize(find_switching_value(a, appraisal_input::line("Option 1", "Staff")));
}
BENCHMARK(BM_SwitchingValue)->Unit(benchmark::kMicrosecond);

}  // namespace
