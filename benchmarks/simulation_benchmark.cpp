// SPDX-License-Identifier: MIT
// Monte Carlo simulation (issue 6): 1,000,000 iterations × 3 options × 10 years × 10 uncertain
// inputs (triangular and lognormal, two of them correlated, one the discount rate), on one and
// two threads, with samples kept (exact quantiles) and streamed (summaries only).
//
// benchmarks/simulation_numpy.py is the same model in vectorised NumPy, and
// benchmarks/compare_simulation.py runs both and prints the ratio. Keep the two in step: the
// comparison checks that their mean PVCs agree within sampling error.
#include <commissioning/risk/simulation.hpp>

#include <benchmark/benchmark.h>

#include <vector>

namespace {

using namespace commissioning;

money pounds(const char* text) { return money::parse(text); }

// The model, in the same words as simulation_numpy.py. Real prices (no deflator), no optimism
// bias, the Green Book's 3.5% for years 1-9, 2024-25 to 2033-34.
appraisal model() {
  const financial_year first(2024), second(2025), last(2033);
  option nothing("Do nothing", option_kind::do_nothing);
  nothing.add(appraisal_line::recurring("Spot purchase", line_kind::cost, cost_category::non_staff, pounds("£400,000"), first, last));
  option in_house("In-house", option_kind::in_house);
  in_house.add(appraisal_line::recurring("Staff", line_kind::cost, cost_category::staff, pounds("£250,000"), first, last))
      .add(appraisal_line::recurring("Non-staff", line_kind::cost, cost_category::non_staff, pounds("£80,000"), first, last))
      .add(appraisal_line::one_off("Mobilisation", line_kind::cost, cost_category::mobilisation, pounds("£120,000"), first))
      .add(appraisal_line::recurring("Avoided placements", line_kind::benefit, cost_category::other, pounds("£60,000"), second, last));
  option external("External", option_kind::external_commission);
  external.add(appraisal_line::recurring("Contract payments", line_kind::cost, cost_category::contract_payments, pounds("£310,000"), first, last))
      .add(appraisal_line::one_off("Procurement", line_kind::cost, cost_category::procurement, pounds("£25,000"), first))
      .add(appraisal_line::recurring("Avoided placements", line_kind::benefit, cost_category::other, pounds("£40,000"), second, last));
  return appraisal("Simulation benchmark", appraisal_settings(first, 10), {nothing, in_house, external});
}

std::vector<uncertain_input> inputs() {
  return {
      uncertain_input(appraisal_input::line("Do nothing", "Spot purchase"), distribution::lognormal(1.05, 0.10)),
      uncertain_input(appraisal_input::line("In-house", "Staff"), distribution::triangular(0.95, 1.0, 1.25)),              // ρ = 0.6
      uncertain_input(appraisal_input::line("External", "Contract payments"), distribution::triangular(0.97, 1.0, 1.15)),  // with Staff
      uncertain_input(appraisal_input::line("In-house", "Non-staff"), distribution::lognormal(1.0, 0.08)),
      uncertain_input(appraisal_input::line("In-house", "Mobilisation"), distribution::triangular(0.9, 1.0, 1.6)),
      uncertain_input(appraisal_input::line("External", "Procurement"), distribution::triangular(0.8, 1.0, 1.5)),
      uncertain_input(appraisal_input::benefits("In-house"), distribution::lognormal(0.9, 0.2)),
      uncertain_input(appraisal_input::benefits("External"), distribution::lognormal(0.95, 0.15)),
      uncertain_input(appraisal_input::discount_rate(), distribution::triangular(0.8, 1.0, 1.2)),
      uncertain_input(appraisal_input::costs("External"), distribution::lognormal(1.0, 0.05)),
  };
}

simulation_settings settings(int threads, bool keep) {
  simulation_settings s;
  s.iterations = 1'000'000;
  s.seed = 2024;
  s.threads = threads;
  s.keep_samples = keep;
  Eigen::MatrixXd c = Eigen::MatrixXd::Identity(10, 10);
  c(1, 2) = c(2, 1) = 0.6;
  s.correlation = correlation(c);
  return s;
}

void BM_Simulate(benchmark::State& state) {
  const appraisal a = model();
  const std::vector<uncertain_input> in = inputs();
  const simulation_settings s = settings(static_cast<int>(state.range(0)), state.range(1) != 0);
  simulation_result r;
  for (auto _ : state) {
    r = simulate(a, in, {}, s);
    benchmark::DoNotOptimize(r);
  }
  // For the NumPy comparison: the model's answers, in pounds.
  for (std::size_t o = 0; o < r.options.size(); ++o) {
    state.counters["mean_pvc_" + std::to_string(o)] = r.options[o].present_value_costs.mean / 100;
    state.counters["se_pvc_" + std::to_string(o)] = r.options[o].present_value_costs.standard_error / 100;
    state.counters["p_preferred_" + std::to_string(o)] = r.options[o].probability_preferred;
  }
}
BENCHMARK(BM_Simulate)
    ->ArgNames({"threads", "keep_samples"})
    ->Args({1, 1})
    ->Args({2, 1})
    ->Args({1, 0})
    ->Args({2, 0})
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->Iterations(3);

}  // namespace
