// SPDX-License-Identifier: MIT
// Money: parsing, display formatting, and multiplying by an exact rate.
//
// Every benchmark here is one call on one value, so the table reads as the latency
// of one operation (and items/s as operations per second).
#include <commissioning/money/money.hpp>
#include <commissioning/money/rate.hpp>
#include <commissioning/money/rounding.hpp>

#include <benchmark/benchmark.h>

#include <cstdint>
#include <string>
#include <string_view>

namespace {

using commissioning::money;
using commissioning::money_format;
using commissioning::rate;
using commissioning::rounding;

// ---------------------------------------------------------------- parsing

void BM_MoneyParse(benchmark::State& state, std::string_view text) {
  const std::string input(text);  // not a literal the optimiser could fold
  std::int64_t sink = 0;
  for (auto _ : state) {
    std::string_view view = input;
    benchmark::DoNotOptimize(view);
    sink += money::parse(view).pence();
  }
  benchmark::DoNotOptimize(sink);
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK_CAPTURE(BM_MoneyParse, grouped_with_symbol, "£1,627,500.00");
BENCHMARK_CAPTURE(BM_MoneyParse, plain_decimal, "325484.88");
BENCHMARK_CAPTURE(BM_MoneyParse, negative_with_symbol, "-£12.50");
BENCHMARK_CAPTURE(BM_MoneyParse, accounts_parentheses, "(£12.50)");

// ---------------------------------------------------------------- formatting

void BM_MoneyFormat(benchmark::State& state, money amount, money_format style) {
  std::size_t sink = 0;
  for (auto _ : state) {
    benchmark::DoNotOptimize(amount);
    const std::string text = format(amount, style);
    sink += text.size();
  }
  benchmark::DoNotOptimize(sink);
  state.SetItemsProcessed(state.iterations());
}
// £1,627,500.00 and -£12.50: the exact figure, as to_string writes it.
BENCHMARK_CAPTURE(BM_MoneyFormat, to_string_1627500_00, money::from_pence(162'750'000), money_format{});
BENCHMARK_CAPTURE(BM_MoneyFormat, to_string_negative_12_50, money::from_pence(-1'250), money_format{});
// £1,627,500 / £1,628k / £1.63m: display rounding, half away from zero.
BENCHMARK_CAPTURE(BM_MoneyFormat, whole_pounds, money::from_pence(162'750'049), money_format::whole_pounds());
BENCHMARK_CAPTURE(BM_MoneyFormat, thousands, money::from_pence(162'750'049), money_format::thousands());
BENCHMARK_CAPTURE(BM_MoneyFormat, millions, money::from_pence(162'750'049), money_format::millions());

// The same figure through to_string, to confirm it is just format() with defaults.
void BM_MoneyToString(benchmark::State& state) {
  money amount = money::from_pence(32'548'488);  // £325,484.88
  std::size_t sink = 0;
  for (auto _ : state) {
    benchmark::DoNotOptimize(amount);
    sink += to_string(amount).size();
  }
  benchmark::DoNotOptimize(sink);
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_MoneyToString);

// ---------------------------------------------------------------- arithmetic

// money * rate, rounded once to the penny (Boost.Multiprecision rational arithmetic).
void BM_MoneyMultiplyRate(benchmark::State& state, money amount, const rate& factor, rounding mode) {
  std::int64_t sink = 0;
  for (auto _ : state) {
    benchmark::DoNotOptimize(amount);
    sink += amount.multiply(factor, mode).pence();
  }
  benchmark::DoNotOptimize(sink);
  state.SetItemsProcessed(state.iterations());
}
// £325,500 uplifted by 3.5% (7/200): £11,392.50 exactly, no rounding needed.
BENCHMARK_CAPTURE(BM_MoneyMultiplyRate, uplift_3_5_percent, money::from_pence(32'550'000), rate::parse("3.5%"),
                  rounding::half_away_from_zero);
// £325,484.88 x 11/12: rounds half away from zero.
BENCHMARK_CAPTURE(BM_MoneyMultiplyRate, eleven_twelfths, money::from_pence(32'548'488), rate::ratio(11, 12),
                  rounding::half_away_from_zero);
BENCHMARK_CAPTURE(BM_MoneyMultiplyRate, eleven_twelfths_half_even, money::from_pence(32'548'488), rate::ratio(11, 12),
                  rounding::half_even);
// £1bn x 1.0275: an indexation factor on a large figure.
BENCHMARK_CAPTURE(BM_MoneyMultiplyRate, indexation_1bn, money::from_pence(100'000'000'000), rate::parse("1.0275"),
                  rounding::half_away_from_zero);

// Parsing the rate as well, as a caller holding "3.5%" as text would.
void BM_RateParseAndMultiply(benchmark::State& state) {
  const std::string text = "3.5%";
  money amount = money::from_pence(32'550'000);
  std::int64_t sink = 0;
  for (auto _ : state) {
    std::string_view view = text;
    benchmark::DoNotOptimize(view);
    benchmark::DoNotOptimize(amount);
    sink += amount.multiply(rate::parse(view)).pence();
  }
  benchmark::DoNotOptimize(sink);
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_RateParseAndMultiply);

// Baseline: checked integer arithmetic on pence (money * 5, money + money).
void BM_MoneyTimesInteger(benchmark::State& state) {
  money amount = money::from_pence(32'550'000);
  std::int64_t factor = 5;
  for (auto _ : state) {
    benchmark::DoNotOptimize(amount);
    benchmark::DoNotOptimize(factor);
    const money result = amount * factor + amount;
    benchmark::DoNotOptimize(result);
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_MoneyTimesInteger);

}  // namespace
