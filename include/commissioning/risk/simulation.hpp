// SPDX-License-Identifier: MIT
/// \file risk/simulation.hpp
/// \brief Monte Carlo simulation of an appraisal: uncertain inputs with distributions,
/// correlated through a Gaussian copula, and a risk register whose risks occur or not, run
/// N times on a compiled double-precision copy of the appraisal. Per option: mean, sd,
/// standard error, P10/P50/P80/P90 of present value of costs and of net present social value,
/// the probability of being the cheapest and the preferred option, the probability of
/// exceeding a budget envelope in each year, histograms and S-curves.
///
/// **Example**: seed 000 with the external contract's payments uncertain
///
///     simulation_settings settings;
///     settings.iterations = 100'000;
///     settings.seed = 2022;
///     const simulation_result r = simulate(
///         kent, {uncertain_input(appraisal_input::line("Externally commission a new service", "Contract payments"),
///                                distribution::triangular(0.95, 1.0, 1.2))},
///         risks, settings);
///     r.option("Externally commission a new service").present_value_costs.p80;   // pence
///
/// **Why a compiled copy.** The exact appraisal (appraisal.hpp) works in exact rationals and
/// takes microseconds a run; a simulation needs millions. So each option is compiled once into
/// per-line vectors of real pence per year (after optimism bias and deflation, as doubles) and
/// the discount factors as doubles, and each iteration multiplies lines by sampled factors.
/// The exact path rounds optimism bias and deflation to the penny per year; the compiled copy
/// adds that year's rounding residual back as a constant, so with every input at 1 each
/// year's figure is the exact path's figure. Each iteration's PVC and PVB are rounded to the
/// penny by the appraisal's rule, as the exact path rounds them; with every distribution
/// fixed at 1 a simulation therefore returns `appraisal::run()`'s PVC and NPSV to the penny
/// (tested). With inputs moved, residuals stay where they were: at most a penny a year.
///
/// **What an input moves.** An `appraisal_input` (sensitivity.hpp) names one line of an
/// option, an option's costs or benefits, a cost category in an option, or the discount rate;
/// its sampled value multiplies it (several inputs on one line multiply together). A delay
/// input or a delay risk moves an option's cost lines later by whole months: a delay of k
/// months moves each year's amount ⌊k/12⌋ years later, and (k mod 12)/12 of it one year
/// further; amounts pushed past the appraisal period leave it (as the exact path leaves out
/// lines outside the period), and real amounts keep their real value. A money risk adds its
/// whole impact in the iterations where it occurs (Bernoulli with its probability, one draw
/// per risk per iteration, shared by every option it affects), treated like a cost line of
/// category other (optimism bias and deflation included).
///
/// **Determinism.** Iterations are split into blocks of `simulation_block_size`; block b
/// draws from its own counter-based stream: draw j of stream s (one stream per correlated
/// normal, independent input and risk, in that order) is number s × simulation_block_size + j
/// of the SplitMix64 sequence seeded with SplitMix64(seed ^ SplitMix64(b)), computed directly.
/// A stream of normals (a correlated one, or an untruncated normal or lognormal input's)
/// turns draws 2k and 2k + 1 into normals 2k and 2k + 1 by Box–Muller; other inputs take
/// their quantile of each draw. Threads take whole blocks, and per-block means and variances are merged in block order
/// (Chan et al.), counts are integers. So a seed gives bit-identical results whatever the
/// number of threads. A failure met in some iteration (an overflow) is the earliest block's.
///
/// **Speed.** A block runs in chunks of 512 iterations, each step a pass over arrays: the
/// uniforms, the normals (Box–Muller: a logarithm, a square root and a sine and cosine for two
/// draws, about a third of Φ⁻¹'s cost), each input's values (`distribution::quantiles` or
/// `from_standard_normals`), the discount factors when an
/// input moves the rate, each line's present value (a constant when the rate is fixed; the
/// difference of two prefix sums of the factors for a flat line when it moves), then each
/// option's sum. Nothing is allocated in the loop.
///
/// **What is refused before the run**, as the exact path refuses it: a multiplier whose
/// distribution can draw below 0 (`distribution::lowest()`: commissioning.sensitivity.001, the
/// discount rate's too), and a delay input that can draw more than `max_delay_months`
/// (commissioning.risk.003). A present value or NPSV that does not fit in 64-bit pence (or is
/// infinite or NaN) in any iteration is commissioning.money.005, naming the iteration.
///
/// **Quantiles.** With samples kept, quantiles are exact order statistics, interpolated
/// linearly (Hyndman and Fan's type 7, NumPy's default). In streaming mode (keep_samples =
/// false) memory does not grow with N: quantiles come from a fixed histogram of
/// `streaming_bins` bins whose range is set from the first block (its range widened by half
/// on each side), with the exact min and max kept; the error of a quantile inside the range is
/// at most one bin width, reported as `quantile_error` (infinite if a quantile fell outside).
#pragma once

#include <commissioning/appraisal/appraisal.hpp>
#include <commissioning/appraisal/sensitivity.hpp>
#include <commissioning/budget/envelope.hpp>
#include <commissioning/calendar/financial_year.hpp>
#include <commissioning/risk/correlation.hpp>
#include <commissioning/risk/distribution.hpp>
#include <commissioning/risk/risk.hpp>

#include <cmath>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace commissioning {

/// Iterations per random-number stream: the unit of work a thread takes.
inline constexpr std::int64_t simulation_block_size = 8192;
/// Histogram bins behind streaming quantiles.
inline constexpr int streaming_bins = 8192;

/// An input of an appraisal made uncertain: a part of it multiplied by a sampled factor, or
/// an option's costs delayed by a sampled number of months.
class uncertain_input {
 public:
  /// `input` multiplied by a value drawn from `factor` each iteration (1 = the estimate).
  uncertain_input(appraisal_input input, distribution factor) : input_(std::move(input)), distribution_(std::move(factor)) {}
  /// The cost lines of `option` delayed by a value drawn from `months` (rounded to whole
  /// months; below zero counts as no delay).
  [[nodiscard]] static uncertain_input delay(std::string option, distribution months) {
    uncertain_input result(appraisal_input::discount_rate(), std::move(months));
    result.input_.reset();
    result.delayed_ = std::move(option);
    return result;
  }

  [[nodiscard]] const std::optional<appraisal_input>& input() const noexcept { return input_; }
  [[nodiscard]] const distribution& values() const noexcept { return distribution_; }
  [[nodiscard]] bool is_delay() const noexcept { return !input_.has_value(); }
  /// The option a delay input delays (empty otherwise).
  [[nodiscard]] const std::string& delayed_option() const noexcept { return delayed_; }
  /// In words: "Contract payments (Externally commission a new service)" or "Delay (In-house)".
  [[nodiscard]] std::string name() const { return input_ ? input_->name() : "Delay (" + delayed_ + ")"; }

  friend bool operator==(const uncertain_input&, const uncertain_input&) = default;

 private:
  std::optional<appraisal_input> input_;
  distribution distribution_;
  std::string delayed_;
};

/// How a simulation runs.
struct simulation_settings {
  std::int64_t iterations = 10'000;
  std::uint64_t seed = 1;
  int threads = 1;
  /// Keep every iteration's figures (exact quantiles, samples for charts); false streams:
  /// summaries only, memory independent of N.
  bool keep_samples = true;
  int histogram_bins = 50;
  /// Correlation of the uncertain inputs, in the order given (none: independent).
  std::optional<commissioning::correlation> correlation{};
  /// A budget envelope (cash) to test each option's cash costs against, year by year.
  std::optional<commissioning::envelope> envelope{};
  /// Called with (iterations done, iterations in all) after each block, from one thread at a
  /// time (under the merge lock), so a command line can draw a progress bar. It must not
  /// throw; it cannot change the results.
  std::function<void(std::int64_t, std::int64_t)> progress{};
};

/// A simulated figure (pence, a double) as money: the exact double rounded to the penny half away
/// from zero (the library's default rule); commissioning.money.005 if it does not fit in 64-bit pence.
[[nodiscard]] inline money money_of_pence(double pence) {
  const double whole = std::round(pence);
  // 2^63 is exactly representable; every double below it in magnitude fits in int64.
  if (!(std::abs(whole) < 9223372036854775808.0))
    throw overflow_error("money", 5, std::to_string(pence) + " pence does not fit in 64-bit pence");
  return money::from_pence(static_cast<std::int64_t>(whole));
}

/// Mean, spread and percentiles of one figure, in pence.
struct simulation_statistic {
  double mean = 0;
  double sd = 0;              ///< sample standard deviation (n − 1)
  double standard_error = 0;  ///< sd ÷ √n: the sampling error of the mean
  double min = 0;
  double p10 = 0;
  double p50 = 0;
  double p80 = 0;
  double p90 = 0;
  double max = 0;
  /// The largest error of a percentile: 0 with samples kept, one histogram bin when streamed.
  double quantile_error = 0;
  friend bool operator==(const simulation_statistic&, const simulation_statistic&) = default;
};

/// The statistic in words, each figure as money (`money_of_pence`): "mean £1,000.00, sd £0.00,
/// P10 ..., P50 ..., P80 ..., P90 ..., range £a to £b", then ", percentiles within £e" when the
/// percentiles are estimates (streamed), or ", percentiles unbounded" when one fell outside the
/// streaming histogram's range.
[[nodiscard]] inline std::string describe(const simulation_statistic& s) {
  const auto text = [](double pence) { return format(money_of_pence(pence)); };
  std::string out = "mean " + text(s.mean) + ", sd " + text(s.sd) + ", P10 " + text(s.p10) + ", P50 " + text(s.p50) +
                    ", P80 " + text(s.p80) + ", P90 " + text(s.p90) + ", range " + text(s.min) + " to " + text(s.max);
  if (s.quantile_error != 0)
    out += std::isfinite(s.quantile_error) ? ", percentiles within " + text(s.quantile_error) : ", percentiles unbounded";
  return out;
}

/// Counts of a figure in equal bins over [edges.front(), edges.back()].
struct simulation_histogram {
  std::vector<double> edges;          ///< bins + 1 edges, in pence
  std::vector<std::int64_t> counts;   ///< per bin
  std::int64_t below = 0;             ///< streaming: values under the first edge
  std::int64_t above = 0;             ///< streaming: values over the last edge
  /// The S-curve: (upper edge, share of iterations at or below it) for each bin.
  [[nodiscard]] std::vector<std::pair<double, double>> s_curve() const;
  friend bool operator==(const simulation_histogram&, const simulation_histogram&) = default;
};

/// The probability that an option's cash costs exceed the envelope in one year.
struct envelope_exceedance {
  financial_year year;
  double probability = 0;
  friend bool operator==(const envelope_exceedance&, const envelope_exceedance&) = default;
};

/// One option's simulated figures.
struct option_simulation {
  std::string name;
  bool viable = true;
  simulation_statistic present_value_costs;
  simulation_statistic net_present_social_value;
  double probability_cheapest = 0;   ///< lowest PVC among viable options (0 if not viable)
  double probability_preferred = 0;  ///< lowest net present cost among viable options
  std::vector<envelope_exceedance> over_envelope;  ///< each year the envelope covers
  simulation_histogram present_value_costs_histogram;
  simulation_histogram net_present_social_value_histogram;
  std::vector<double> present_value_costs_samples;       ///< per iteration, pence (empty when streamed)
  std::vector<double> net_present_social_value_samples;  ///< per iteration, pence (empty when streamed)
  friend bool operator==(const option_simulation&, const option_simulation&) = default;
};

/// A simulation's answer.
struct simulation_result {
  std::int64_t iterations = 0;
  std::uint64_t seed = 0;
  bool streamed = false;
  std::vector<std::string> inputs;  ///< the uncertain inputs, in words
  std::vector<std::string> risks;   ///< the risk ids simulated
  std::vector<option_simulation> options;
  /// The option called `name` (commissioning.simulation.002 if none).
  [[nodiscard]] const option_simulation& option(std::string_view name) const;
  friend bool operator==(const simulation_result&, const simulation_result&) = default;
};

/// Runs `settings.iterations` iterations of `base` with `inputs` drawn and `risks` occurring:
/// `summarise(simulate_blocks(base, inputs, risks, settings, 0, simulation_blocks(n)))`.
[[nodiscard]] simulation_result simulate(const appraisal& base, const std::vector<uncertain_input>& inputs,
                                         const risk_register& risks = {}, const simulation_settings& settings = {});

/// The moments of one figure over some blocks: count, mean, sum of squared deviations, range.
struct simulation_moments {
  std::int64_t n = 0;
  double mean = 0;
  double m2 = 0;
  double min = 0;
  double max = 0;
  friend bool operator==(const simulation_moments&, const simulation_moments&) = default;
};

/// A part of a simulation: blocks [first_block, last_block) run and not yet summarised. Parts
/// of one simulation that follow each other merge (`merge`) into a part, and the whole of it
/// (block 0 to `simulation_blocks(iterations)`) summarises (`summarise`) into exactly the
/// `simulation_result` that `simulate` returns, bit for bit, however it was split.
///
/// **How a split stays exact.** Counts (cheapest, preferred, over the envelope, streaming bins)
/// are integers and simply add. Means and variances are merged block by block in block order
/// (Chan et al.), and floating-point merging is not associative, so a part keeps them per block
/// unless it starts at block 0: a part from block 0 holds them already merged in order (one
/// entry per option and figure), and merging a later part into it merges that part's blocks
/// one by one. `simulate` itself is one part from block 0, so it keeps no per-block list.
/// Samples are kept for the part's own iterations and concatenated.
///
/// **Streaming range.** In streaming mode every part first runs block 0 on its own (its figures
/// discarded) and sets its histograms' range from it, as `simulate` does; so the range is the
/// same for every part whatever the split, and merge checks that it is.
struct simulation_partial {
  std::int64_t iterations = 0;  ///< of the whole simulation
  std::uint64_t seed = 0;
  bool streamed = false;
  int histogram_bins = 50;
  std::int64_t first_block = 0;
  std::int64_t last_block = 0;
  std::vector<std::string> inputs;         ///< the uncertain inputs, in words
  std::vector<std::string> risks;          ///< the risk ids simulated
  std::vector<std::string> options;        ///< option names, in the appraisal's order
  std::vector<bool> viable;                ///< per option
  std::vector<financial_year> years;       ///< the years the envelope covers (over_envelope)
  /// PVC and NPSV moments: options × 2 entries (PVC first) merged in block order when
  /// first_block is 0; otherwise the same for each block in turn.
  std::vector<simulation_moments> moments;
  std::vector<std::int64_t> cheapest;      ///< per option
  std::vector<std::int64_t> preferred;     ///< per option
  std::vector<std::int64_t> over;          ///< options × years.size()
  std::vector<double> ranges;              ///< streaming: per option PVC lo, hi, NPSV lo, hi
  std::vector<std::int64_t> bins;          ///< streaming: per option PVC then NPSV, each streaming_bins + 2
  std::vector<std::vector<double>> present_value_costs_samples;       ///< per option, this part's iterations
  std::vector<std::vector<double>> net_present_social_value_samples;  ///< per option, this part's iterations
  friend bool operator==(const simulation_partial&, const simulation_partial&) = default;
};

/// The number of blocks of a simulation of `iterations` iterations (the last may be short).
[[nodiscard]] constexpr std::int64_t simulation_blocks(std::int64_t iterations) noexcept {
  return (iterations + simulation_block_size - 1) / simulation_block_size;
}

/// Runs blocks [first_block, last_block) of the simulation `simulate(base, inputs, risks,
/// settings)` would run, on `settings.threads` threads; commissioning.simulation.005 if the
/// range is empty or outside 0 to simulation_blocks(settings.iterations). `settings.progress`
/// counts this part's iterations.
[[nodiscard]] simulation_partial simulate_blocks(const appraisal& base, const std::vector<uncertain_input>& inputs,
                                                 const risk_register& risks, const simulation_settings& settings,
                                                 std::int64_t first_block, std::int64_t last_block);

/// `earlier` followed by `later` (later.first_block == earlier.last_block) as one part;
/// commissioning.simulation.006 if they are not consecutive parts of one simulation.
[[nodiscard]] simulation_partial merge(simulation_partial earlier, const simulation_partial& later);

/// The result of a whole simulation (blocks 0 to simulation_blocks(iterations)), as `simulate`
/// returns it; commissioning.simulation.006 if blocks are missing. `threads` (1 to 256, else
/// commissioning.simulation.001) share the exact quantiles' work (the figures do not depend on it).
[[nodiscard]] simulation_result summarise(simulation_partial whole, int threads = 1);

}  // namespace commissioning
