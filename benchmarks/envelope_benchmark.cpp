// SPDX-License-Identifier: MIT
// Envelopes: a portfolio of 10,000 contracts over ten financial years (2021-22 to 2030-31)
// set against a flat budget envelope, and a proposal applied to a 10,000-line portfolio.
//
// Each contract starts on a random day from 1 April 2021 to 31 March 2026, has a random
// term from 1 to 3+1+1 with every option exercised (so it ends by 30 March 2031, inside the
// ten years), a random annual value from 1p to £1m and, for half of them, a fixed uplift of
// 2.5% from year 2. The portfolio has 10,000 lines: services of one to four providers, each
// line a random annual cost from 1p to £1m. Inputs are generated once, from fixed seeds,
// outside the timed loops, and every loop checks its own result.
#include <commissioning/budget/envelope.hpp>
#include <commissioning/budget/portfolio.hpp>
#include <commissioning/budget/proposal.hpp>
#include <commissioning/contract/contract.hpp>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <map>
#include <numeric>
#include <random>
#include <string>
#include <vector>

namespace {

using namespace commissioning;

constexpr std::size_t contract_count = 10'000;
constexpr std::size_t line_count = 10'000;

// ---------------------------------------------------------------- contracts and the envelope

const std::vector<contract>& contracts() {
  static const std::vector<contract> all = [] {
    std::mt19937_64 generator(20'210'401);
    const std::chrono::sys_days first{std::chrono::year{2021} / std::chrono::April / 1};
    const std::chrono::sys_days last{std::chrono::year{2026} / std::chrono::March / 31};
    std::uniform_int_distribution<long> day(0, (last - first).count());
    std::uniform_int_distribution<int> base(1, 3), options(0, 2), coin(0, 1);
    std::uniform_int_distribution<std::int64_t> pence(1, 100'000'000);  // up to £1m a year
    std::vector<contract> result;
    result.reserve(contract_count);
    for (std::size_t i = 0; i < contract_count; ++i) {
      const date start{first + std::chrono::days{day(generator)}};
      const int base_years = base(generator);
      const std::vector<int> extensions(static_cast<std::size_t>(options(generator)), 12);
      const money annual = money::from_pence(pence(generator));
      const bool indexed = coin(generator) == 1;
      contract c("contract " + std::to_string(i), "provider " + std::to_string(i % 97), start,
                 term(base_years * 12, extensions), price::annual(annual),
                 indexed ? indexation::fixed(rate::parse("2.5%")) : indexation::none());
      for (std::size_t option = 1; option <= c.options().size(); ++option) c.exercise(option);
      result.push_back(std::move(c));
    }
    return result;
  }();
  return all;
}

money total_value() {
  static const money total = [] {
    money sum;
    for (const contract& c : contracts()) sum += c.current_value();
    return sum;
  }();
  return total;
}

// £1bn a year: below what the contracts commit in their busiest years, so some years breach.
envelope budget() {
  return envelope::flat("Commissioning budget", money::from_pounds(1'000'000'000), financial_year(2021),
                        financial_year(2030));
}

std::vector<commitment> commitments_of(const std::vector<contract>& all) {
  std::vector<commitment> result;
  result.reserve(all.size());
  for (const contract& c : all) result.push_back(commitment::of(c));
  return result;
}

money committed_in(const envelope_position& position) {
  money sum;
  for (const year_position& year : position.years) sum += year.committed;
  return sum;
}

// commitment::of for each of the 10,000 contracts. items/s: contracts per second.
void BM_CommitmentsOfContracts(benchmark::State& state) {
  const std::vector<contract>& all = contracts();
  const money expected = total_value();
  for (auto _ : state) {
    std::vector<commitment> lines = commitments_of(all);
    money sum;
    for (const commitment& line : lines)
      for (const auto& [year, amount] : line.by_year) sum += amount;
    if (sum != expected) state.SkipWithError("the commitments do not sum to the contracts' value");
    benchmark::DoNotOptimize(lines);
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * contract_count));
}
BENCHMARK(BM_CommitmentsOfContracts)->Unit(benchmark::kMillisecond);

// assess() of the 10,000 commitments, built beforehand, against the ten-year envelope.
// items/s: commitments (lines) per second.
void BM_AssessEnvelope(benchmark::State& state) {
  const std::vector<commitment> lines = commitments_of(contracts());
  const envelope flat = budget();
  const money expected = total_value();
  std::size_t breaches = 0;
  for (auto _ : state) {
    const envelope_position position = assess(flat, lines);
    if (committed_in(position) != expected || position.years.size() != 10)
      state.SkipWithError("the position does not hold every commitment in ten years");
    breaches = position.breaches.size();
    benchmark::DoNotOptimize(position);
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * contract_count));
  state.counters["breaches"] = static_cast<double>(breaches);
}
BENCHMARK(BM_AssessEnvelope)->Unit(benchmark::kMillisecond);

// Both: the 10,000 contracts to commitments, then assessed. items/s: contracts per second.
void BM_CommitAndAssess(benchmark::State& state) {
  const std::vector<contract>& all = contracts();
  const envelope flat = budget();
  const money expected = total_value();
  for (auto _ : state) {
    const envelope_position position = assess(flat, commitments_of(all));
    if (committed_in(position) != expected) state.SkipWithError("the position does not hold every commitment");
    benchmark::DoNotOptimize(position);
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * contract_count));
}
BENCHMARK(BM_CommitAndAssess)->Unit(benchmark::kMillisecond);

// ---------------------------------------------------------------- a proposal over 10,000 lines

struct portfolio_data {
  portfolio lines;
  std::vector<std::string> services;
  std::map<std::string, money> totals;
};

const portfolio_data& ten_thousand_lines() {
  static const portfolio_data data = [] {
    std::mt19937_64 generator(20'201'001);
    std::uniform_int_distribution<int> providers(1, 4);
    std::uniform_int_distribution<std::int64_t> pence(1, 100'000'000);  // up to £1m a line
    portfolio_data result{portfolio("Ten thousand lines"), {}, {}};
    while (result.lines.lines().size() < line_count) {
      const std::string service = "service " + std::to_string(result.services.size());
      result.services.push_back(service);
      const int count = std::min<int>(providers(generator), static_cast<int>(line_count - result.lines.lines().size()));
      for (int p = 0; p < count; ++p) {
        const money annual = money::from_pence(pence(generator));
        result.lines.add(service, "provider " + std::to_string(p), annual);
        result.totals[service] += annual;
      }
    }
    return result;
  }();
  return data;
}

// `count` changes to distinct random services, cycling through every kind of change.
std::vector<portfolio_change> random_changes(std::size_t count) {
  const portfolio_data& data = ten_thousand_lines();
  std::mt19937_64 generator(19'242'952);
  std::vector<std::size_t> order(data.services.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::shuffle(order.begin(), order.end(), generator);
  const date from = parse_date("1 October 2025");
  std::vector<portfolio_change> changes;
  for (std::size_t i = 0; i < count; ++i) {
    const std::string& service = data.services[order[i]];
    const money before = data.totals.at(service);
    switch (i % 6) {
      case 0: changes.push_back(portfolio_change::change_by(service, -before.divide(10), from)); break;
      case 1: changes.push_back(portfolio_change::move_to_sla(service, "The Education People", money{}, from)); break;
      case 2: changes.push_back(portfolio_change::bring_in_house(service, -before.divide(4), from)); break;
      case 3: changes.push_back(portfolio_change::change_by_percent(service, rate::parse("3.5%"), from)); break;
      case 4: changes.push_back(portfolio_change::end(service, from)); break;
      default:
        changes.push_back(portfolio_change::add("new service " + std::to_string(i), "provider", money::from_pounds(100'000),
                                                from));
    }
  }
  return changes;
}

// apply() of a proposal of N changes to the 10,000-line portfolio. items/s: changes per second.
void BM_ApplyProposal(benchmark::State& state) {
  const portfolio& current = ten_thousand_lines().lines;
  const std::vector<portfolio_change> changes = random_changes(static_cast<std::size_t>(state.range(0)));
  const proposal_result once = apply(current, changes);
  for (auto _ : state) {
    const proposal_result result = apply(current, changes);
    if (result.before.total() - result.after.total() != result.full_year_saving ||
        result.full_year_saving != once.full_year_saving)
      state.SkipWithError("the savings do not reconcile");
    benchmark::DoNotOptimize(result);
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()) * state.range(0));
  state.counters["lines"] = static_cast<double>(current.lines().size());
}
BENCHMARK(BM_ApplyProposal)->Arg(3)->Arg(100)->Unit(benchmark::kMillisecond);

// by_service() of the 10,000-line portfolio (what statement::of and a report table call).
// items/s: lines per second.
void BM_PortfolioByService(benchmark::State& state) {
  const portfolio_data& data = ten_thousand_lines();
  for (auto _ : state) {
    const std::vector<service_group> groups = data.lines.by_service();
    if (groups.size() != data.services.size()) state.SkipWithError("a service is missing");
    benchmark::DoNotOptimize(groups);
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * line_count));
  state.counters["services"] = static_cast<double>(data.services.size());
}
BENCHMARK(BM_PortfolioByService)->Unit(benchmark::kMillisecond);

}  // namespace
