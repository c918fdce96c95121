// SPDX-License-Identifier: MIT
// Apportionment: a million contract years spread into financial years by the monthly
// and daily rules, the financial-year split on its own, and parse_date.
//
// Each contract year starts on a random day from 1 January 2016 to 31 December 2030
// and is period::of_years(start, 1); its amount is a random number of pence up to
// £10m. The data are generated once, from a fixed seed, outside every timed loop.
// One iteration apportions all of them; items/s is contract years per second.
#include <commissioning/calendar/apportionment.hpp>
#include <commissioning/calendar/date.hpp>
#include <commissioning/calendar/financial_year.hpp>
#include <commissioning/calendar/period.hpp>
#include <commissioning/money/money.hpp>

#include <benchmark/benchmark.h>

#include <chrono>
#include <cstdint>
#include <random>
#include <string>
#include <string_view>
#include <vector>

namespace {

using commissioning::apportion;
using commissioning::apportion_rule;
using commissioning::apportioned_amount;
using commissioning::apportionment;
using commissioning::date;
using commissioning::money;
using commissioning::parse_date;
using commissioning::period;
using commissioning::split_by_financial_year;

constexpr std::size_t contract_count = 1'000'000;
constexpr std::uint64_t seed = 20'160'501;

struct contract_year {
  period over;
  money amount;
};

const std::vector<contract_year>& contract_years() {
  static const std::vector<contract_year> years = [] {
    std::mt19937_64 generator(seed);
    const std::chrono::sys_days first{std::chrono::year{2016} / std::chrono::January / 1};
    const std::chrono::sys_days last{std::chrono::year{2030} / std::chrono::December / 31};
    std::uniform_int_distribution<long> day(0, (last - first).count());
    std::uniform_int_distribution<std::int64_t> pence(1, 1'000'000'000);  // up to £10m
    std::vector<contract_year> result;
    result.reserve(contract_count);
    for (std::size_t i = 0; i < contract_count; ++i) {
      const date start{first + std::chrono::days{day(generator)}};
      result.push_back({period::of_years(start, 1), money::from_pence(pence(generator))});
    }
    return result;
  }();
  return years;
}

// ---------------------------------------------------------------- apportion

void BM_Apportion(benchmark::State& state, apportion_rule rule) {
  const std::vector<contract_year>& years = contract_years();
  std::int64_t total = 0;
  std::int64_t parts = 0;
  for (auto _ : state) {
    total = 0;
    parts = 0;
    for (const contract_year& year : years) {
      const apportionment result = apportion(year.amount, year.over, rule);
      for (const apportioned_amount& part : result.parts) total += part.amount.pence();
      parts += static_cast<std::int64_t>(result.parts.size());
    }
    benchmark::DoNotOptimize(total);
  }
  std::int64_t want = 0;
  for (const contract_year& year : years) want += year.amount.pence();
  if (total != want) state.SkipWithError("the apportioned parts do not sum to the amounts");
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(years.size()));
  state.counters["parts_per_year"] = static_cast<double>(parts) / static_cast<double>(years.size());
}
BENCHMARK_CAPTURE(BM_Apportion, monthly, apportion_rule::monthly)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Apportion, daily, apportion_rule::daily)->Unit(benchmark::kMillisecond);

// The first step of apportion on its own: cutting each period at 1 April.
void BM_SplitByFinancialYear(benchmark::State& state) {
  const std::vector<contract_year>& years = contract_years();
  std::size_t parts = 0;
  for (auto _ : state) {
    parts = 0;
    for (const contract_year& year : years) parts += split_by_financial_year(year.over).size();
    benchmark::DoNotOptimize(parts);
  }
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(years.size()));
}
BENCHMARK(BM_SplitByFinancialYear)->Unit(benchmark::kMillisecond);

// Building the input: period::of_years(start, 1) (add_months, then add_days back one day).
void BM_PeriodOfYears(benchmark::State& state) {
  const std::vector<contract_year>& years = contract_years();
  long days = 0;
  for (auto _ : state) {
    days = 0;
    for (const contract_year& year : years) days += period::of_years(year.over.first(), 1).days();
    benchmark::DoNotOptimize(days);
  }
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(years.size()));
}
BENCHMARK(BM_PeriodOfYears)->Unit(benchmark::kMillisecond);

// ---------------------------------------------------------------- parse_date

void BM_ParseDate(benchmark::State& state, std::string_view text) {
  const std::string input(text);
  int sink = 0;
  for (auto _ : state) {
    std::string_view view = input;
    benchmark::DoNotOptimize(view);
    sink += static_cast<int>(static_cast<unsigned>(parse_date(view).day()));
  }
  benchmark::DoNotOptimize(sink);
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK_CAPTURE(BM_ParseDate, iso, "2016-05-01");
BENCHMARK_CAPTURE(BM_ParseDate, long_form, "1 May 2016");
BENCHMARK_CAPTURE(BM_ParseDate, uk_numeric, "01/05/2016");
// The slowest month to look up: the scan over month names ends at December.
BENCHMARK_CAPTURE(BM_ParseDate, long_form_ordinal, "31st December 2030");

}  // namespace
