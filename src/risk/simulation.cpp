// SPDX-License-Identifier: MIT
// The Monte Carlo engine of risk/simulation.hpp, compiled once: the appraisal compiled to
// doubles, the per-iteration engine and its draws, the block-ordered merge across worker
// threads, and the summaries. The hot loop (simulation_engine::iterate and the distributions'
// quantile functions it calls) lives in this one translation unit, so it inlines as before.
#include <commissioning/risk/simulation.hpp>

#include <commissioning/appraisal/appraisal.hpp>
#include <commissioning/appraisal/discounting.hpp>
#include <commissioning/appraisal/option.hpp>
#include <commissioning/appraisal/sensitivity.hpp>
#include <commissioning/budget/envelope.hpp>
#include <commissioning/error.hpp>
#include <commissioning/risk/correlation.hpp>
#include <commissioning/risk/distribution.hpp>
#include <commissioning/risk/risk.hpp>

#include <Eigen/Core>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <exception>
#include <initializer_list>
#include <limits>
#include <map>
#include <mutex>
#include <optional>
#include <random>
#include <string>
#include <string_view>
#include <thread>
#include <utility>
#include <vector>

namespace commissioning {

std::vector<std::pair<double, double>> simulation_histogram::s_curve() const {
  std::int64_t total = below + above;
  for (std::int64_t c : counts) total += c;
  std::vector<std::pair<double, double>> curve;
  std::int64_t running = below;
  for (std::size_t i = 0; i < counts.size(); ++i) {
    running += counts[i];
    curve.emplace_back(edges[i + 1], total > 0 ? static_cast<double>(running) / static_cast<double>(total) : 0.0);
  }
  return curve;
}

const option_simulation& simulation_result::option(std::string_view name) const {
  for (const option_simulation& o : options)
    if (o.name == name) return o;
  throw invalid_input("simulation", 2, "the simulation has no option called " + quote(name));
}

namespace detail {
namespace {

std::uint64_t splitmix64(std::uint64_t x) noexcept {
  x += 0x9e3779b97f4a7c15ULL;
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}

/// A uniform double in the open interval (0, 1): 53 random bits, centred in their cell.
double open_uniform(std::mt19937_64& engine) noexcept {
  return (static_cast<double>(engine() >> 11) + 0.5) * 0x1p-53;
}

double round_pence(double value, rounding mode) noexcept {
  switch (mode) {
    case rounding::half_away_from_zero: return std::round(value);
    case rounding::half_even: {
      const double r = std::round(value);
      return std::abs(value - std::trunc(value)) == 0.5 ? 2 * std::round(value / 2) : r;
    }
    case rounding::toward_zero: return std::trunc(value);
    case rounding::away_from_zero: return value < 0 ? std::floor(value) : std::ceil(value);
  }
  return std::round(value);
}

/// One line of the compiled model: real pence per year (after optimism bias and deflation)
/// and cash pence per year, with the inputs that multiply it.
struct simulation_line {
  std::size_t option = 0;
  bool cost = true;
  std::vector<double> real;
  std::vector<double> cash;
  std::vector<std::size_t> inputs;
  std::ptrdiff_t risk = -1;  ///< the risk whose occurrence switches it on, or −1
};

/// The appraisal compiled to doubles.
struct simulation_model {
  std::size_t options = 0;
  std::size_t years = 0;
  rounding mode = default_rounding;
  std::vector<bool> viable;
  std::vector<simulation_line> lines;
  std::vector<double> cost_residual;     ///< options × years: exact real costs − Σ lines
  std::vector<double> benefit_residual;  ///< options × years
  std::vector<double> factors;           ///< discount factors, year 0 = 1
  std::vector<double> rates;             ///< rates[t] for year t ≥ 1 (rates[0] unused)
  std::vector<std::size_t> discount_inputs;
  std::vector<std::vector<std::size_t>> delay_inputs;  ///< per option
  std::vector<std::vector<std::size_t>> delay_risks;   ///< per option: risk indices
  std::vector<int> delay_months_of_risk;
  std::vector<double> risk_probability;
  std::vector<double> envelope;  ///< per year, NaN where the envelope is silent (empty: none)
  std::vector<distribution> distributions;
  std::vector<std::size_t> correlated, independent;  ///< input indices
  Eigen::MatrixXd factor;                            ///< Cholesky factor over `correlated`
};

simulation_model compile_simulation(const appraisal& base, const std::vector<uncertain_input>& inputs,
                                           const risk_register& risks, const simulation_settings& settings) {
  const appraisal_settings& s = base.settings();
  const std::vector<financial_year> period = base.years();
  const std::vector<commissioning::option>& options = base.options();
  simulation_model m;
  m.options = options.size();
  m.years = period.size();
  m.mode = s.mode;
  const auto option_index = [&](std::string_view name, std::string_view what) {
    for (std::size_t i = 0; i < options.size(); ++i)
      if (options[i].name() == name) return i;
    throw invalid_input("simulation", 2, std::string(what) + " names " + quote(name) + ", which is not an option of " +
                                             quote(base.title()));
  };

  // Deflation as a double per year: index(base) / index(year).
  std::vector<double> real_factor(m.years, 1.0);
  if (s.basis == price_basis::real && s.deflator)
    for (std::size_t t = 0; t < m.years; ++t)
      real_factor[t] = (s.deflator->index(s.base_year).value() / s.deflator->index(period[t]).value()).convert_to<double>();
  const discount_schedule::common_factors exact = s.schedule.factors_over_common_denominator(s.years);
  m.factors.resize(m.years);
  m.rates.assign(m.years, 0.0);
  for (std::size_t t = 0; t < m.years; ++t) {
    m.factors[t] = big_rational(exact.numerators[t], exact.denominator).convert_to<double>();
    if (t > 0) m.rates[t] = s.schedule.rate_for_year(static_cast<int>(t)).to_double();
  }

  // Lines, and each year's rounding residual against the exact path's arithmetic.
  m.cost_residual.assign(m.options * m.years, 0.0);
  m.benefit_residual.assign(m.options * m.years, 0.0);
  for (std::size_t o = 0; o < m.options; ++o) {
    const commissioning::option& opt = options[o];
    m.viable.push_back(opt.meets_statutory_duties());
    const auto& bias = opt.optimism_bias();
    const double uplift = bias ? bias->uplift.to_double() : 0.0;
    for (const appraisal_line& line : opt.lines()) {
      simulation_line compiled;
      compiled.option = o;
      compiled.cost = line.kind() == line_kind::cost;
      const double weight = compiled.cost && bias && bias->applies(line.category()) ? 1 + uplift : 1.0;
      for (std::size_t t = 0; t < m.years; ++t) {
        const double cash = static_cast<double>(line.in(period[t]).pence());
        compiled.cash.push_back(cash);
        compiled.real.push_back(cash * weight * real_factor[t]);
      }
      m.lines.push_back(std::move(compiled));
    }
    for (std::size_t t = 0; t < m.years; ++t) {
      money costs, biased, benefits;
      double cost_sum = 0, benefit_sum = 0;
      for (const simulation_line& l : m.lines)
        if (l.option == o) (l.cost ? cost_sum : benefit_sum) += l.real[t];
      for (const appraisal_line& line : opt.lines()) {
        const money amount = line.in(period[t]);
        if (line.kind() != line_kind::cost) {
          benefits += amount;
        } else {
          costs += amount;
          if (bias && bias->applies(line.category())) biased += amount;
        }
      }
      const money ob = bias ? biased.multiply(bias->uplift, s.mode) : money();
      const auto in_prices = [&](money cash) {
        return s.basis == price_basis::nominal || !s.deflator ? cash : s.deflator->to_real(cash, period[t], s.base_year, s.mode);
      };
      m.cost_residual[o * m.years + t] = static_cast<double>(in_prices(costs + ob).pence()) - cost_sum;
      m.benefit_residual[o * m.years + t] = static_cast<double>(in_prices(benefits).pence()) - benefit_sum;
    }
  }

  // Uncertain inputs: find what each one targets by comparing it with every candidate.
  m.delay_inputs.resize(m.options);
  for (std::size_t i = 0; i < inputs.size(); ++i) {
    const uncertain_input& u = inputs[i];
    m.distributions.push_back(u.values());
    if (u.is_delay()) {
      m.delay_inputs[option_index(u.delayed_option(), "a delay input")].push_back(i);
      continue;
    }
    const appraisal_input& input = *u.input();
    if (input == appraisal_input::discount_rate()) {
      m.discount_inputs.push_back(i);
      continue;
    }
    bool found = false;
    std::size_t index = 0;  // lines are compiled option by option, in order
    for (std::size_t o = 0; o < m.options; ++o) {
      const commissioning::option& opt = options[o];
      found = found || input == appraisal_input::costs(opt.name()) || input == appraisal_input::benefits(opt.name());
      for (const auto& entry : enum_names<cost_category>::names)
        found = found || input == appraisal_input::category(opt.name(), entry.value);
      for (const appraisal_line& line : opt.lines()) {
        const bool moves = input == appraisal_input::line(opt.name(), line.name()) ||
                           (line.kind() == line_kind::cost && input == appraisal_input::costs(opt.name())) ||
                           (line.kind() != line_kind::cost && input == appraisal_input::benefits(opt.name())) ||
                           input == appraisal_input::category(opt.name(), line.category());
        if (moves) m.lines[index].inputs.push_back(i);
        found = found || moves;
        ++index;
      }
    }
    if (!found)
      throw invalid_input("simulation", 2, "the uncertain input " + quote(input.name()) +
                                               " names no option, line or category of " + quote(base.title()));
  }

  // Risks: a money risk is a cost line switched on by its occurrence; a delay adds months.
  m.delay_risks.resize(m.options);
  for (std::size_t r = 0; r < risks.risks().size(); ++r) {
    const risk& entry = risks.risks()[r];
    m.risk_probability.push_back(entry.probability());
    m.delay_months_of_risk.push_back(entry.delay_months());
    for (const std::string& name : entry.options()) {
      const std::size_t o = option_index(name, "risk " + quote(entry.id()));
      if (entry.is_delay()) {
        m.delay_risks[o].push_back(r);
        continue;
      }
      const auto& bias = options[o].optimism_bias();
      const double weight = bias && bias->applies(cost_category::other) ? 1 + bias->uplift.to_double() : 1.0;
      simulation_line compiled;
      compiled.option = o;
      compiled.risk = static_cast<std::ptrdiff_t>(r);
      compiled.cash.assign(m.years, 0.0);
      compiled.real.assign(m.years, 0.0);
      for (const financial_year_amount& amount : entry.impact())
        for (std::size_t t = 0; t < m.years; ++t)
          if (period[t] == amount.year) {
            compiled.cash[t] += static_cast<double>(amount.amount.pence());
            compiled.real[t] += static_cast<double>(amount.amount.pence()) * weight * real_factor[t];
          }
      m.lines.push_back(std::move(compiled));
    }
  }

  // Correlation: only inputs correlated with another need normals.
  if (settings.correlation) {
    const commissioning::correlation& c = *settings.correlation;
    if (static_cast<std::size_t>(c.size()) != inputs.size())
      throw invalid_input("simulation", 3, "the correlation matrix is " + std::to_string(c.size()) + " × " +
                                               std::to_string(c.size()) + " but there are " +
                                               std::to_string(inputs.size()) + " uncertain inputs");
    for (std::size_t i = 0; i < inputs.size(); ++i)
      (c.correlated(static_cast<Eigen::Index>(i)) ? m.correlated : m.independent).push_back(i);
    const auto k = static_cast<Eigen::Index>(m.correlated.size());
    Eigen::MatrixXd sub(k, k);
    for (Eigen::Index a = 0; a < k; ++a)
      for (Eigen::Index b = 0; b < k; ++b)
        sub(a, b) = c.matrix()(static_cast<Eigen::Index>(m.correlated[static_cast<std::size_t>(a)]),
                               static_cast<Eigen::Index>(m.correlated[static_cast<std::size_t>(b)]));
    m.factor = commissioning::correlation(sub).factor();
  } else {
    for (std::size_t i = 0; i < inputs.size(); ++i) m.independent.push_back(i);
  }

  if (settings.envelope) {
    if (settings.envelope->start_month() != s.base_year.start_month())
      throw invalid_input("simulation", 4, "the envelope '" + settings.envelope->name() +
                                               "' uses financial years starting in another month than the appraisal");
    m.envelope.assign(m.years, std::numeric_limits<double>::quiet_NaN());
    for (std::size_t t = 0; t < m.years; ++t)
      if (!(period[t] < settings.envelope->first_year()) && !(settings.envelope->last_year() < period[t]))
        m.envelope[t] = static_cast<double>(settings.envelope->available(period[t]).pence());
  }
  return m;
}

/// Mean and sum of squared deviations, merged in a fixed order (Chan et al. 1979). Within a
/// block values are summed as deviations from the block's first value (no division per value;
/// the shift keeps the sums of squares well conditioned); `close` turns them into a mean.
struct moments {
  std::int64_t n = 0;
  double mean = 0;
  double m2 = 0;
  double min = std::numeric_limits<double>::infinity();
  double max = -std::numeric_limits<double>::infinity();
  double shift = 0, sum = 0, sum2 = 0;  // open block: Σ(x − shift), Σ(x − shift)²
  void add(double x) noexcept {
    if (n == 0) shift = x;
    ++n;
    const double d = x - shift;
    sum += d;
    sum2 += d * d;
    min = std::min(min, x);
    max = std::max(max, x);
  }
  void close() noexcept {
    if (n == 0) return;
    const double mean_shift = sum / static_cast<double>(n);
    mean = shift + mean_shift;
    m2 = std::max(0.0, sum2 - sum * mean_shift);
    sum = sum2 = 0;
  }
  void merge(const moments& other) noexcept {
    if (other.n == 0) return;
    if (n == 0) {
      *this = other;
      return;
    }
    const auto total = static_cast<double>(n + other.n);
    const double delta = other.mean - mean;
    mean += delta * static_cast<double>(other.n) / total;
    m2 += other.m2 + delta * delta * static_cast<double>(n) * static_cast<double>(other.n) / total;
    n += other.n;
    min = std::min(min, other.min);
    max = std::max(max, other.max);
  }
};

/// What one block (or one thread) accumulates.
struct simulation_tally {
  std::vector<moments> pvc, npsv;                      // per option
  std::vector<std::int64_t> cheapest, preferred;       // per option
  std::vector<std::int64_t> over;                      // options × years
  std::vector<std::int64_t> pvc_bins, npsv_bins;       // streaming: options × (bins + 2)
  void reset(std::size_t options, std::size_t years, std::size_t bins) {
    pvc.assign(options, {});
    npsv.assign(options, {});
    cheapest.assign(options, 0);
    preferred.assign(options, 0);
    over.assign(options * years, 0);
    pvc_bins.assign(bins == 0 ? 0 : options * (bins + 2), 0);
    npsv_bins.assign(bins == 0 ? 0 : options * (bins + 2), 0);
  }
};

/// The engine: one iteration at a time, into caller-owned workspace.
class simulation_engine {
 public:
  explicit simulation_engine(const simulation_model& model) : m_(model) {}

  struct workspace {
    std::vector<double> x, z, zc, factors, cost, benefit, cash, pvc, pvb;
    std::vector<bool> occurs;
    std::vector<int> delay;
  };
  [[nodiscard]] workspace make_workspace() const {
    workspace w;
    w.x.resize(m_.distributions.size());
    w.z.resize(m_.correlated.size());
    w.zc.resize(m_.correlated.size());
    w.factors = m_.factors;
    w.cost.resize(m_.options * m_.years);
    w.benefit.resize(m_.options * m_.years);
    w.cash.resize(m_.options * m_.years);
    w.pvc.resize(m_.options);
    w.pvb.resize(m_.options);
    w.occurs.resize(m_.risk_probability.size());
    w.delay.resize(m_.options);
    return w;
  }

  /// One iteration: fills w.pvc and w.pvb (rounded pence) and w.cash.
  void iterate(std::mt19937_64& engine, workspace& w) const {
    // Draws, in a fixed order: correlated normals, independent uniforms, risk uniforms.
    const std::size_t k = m_.correlated.size();
    for (std::size_t a = 0; a < k; ++a) w.z[a] = standard_normal_quantile(open_uniform(engine));
    for (std::size_t a = 0; a < k; ++a) {
      double sum = 0;
      for (std::size_t b = 0; b <= a; ++b)
        sum += m_.factor(static_cast<Eigen::Index>(a), static_cast<Eigen::Index>(b)) * w.z[b];
      w.x[m_.correlated[a]] = m_.distributions[m_.correlated[a]].from_standard_normal(sum);
    }
    for (std::size_t i : m_.independent) w.x[i] = m_.distributions[i].quantile(open_uniform(engine));
    for (std::size_t r = 0; r < w.occurs.size(); ++r) w.occurs[r] = open_uniform(engine) < m_.risk_probability[r];

    if (!m_.discount_inputs.empty()) {
      double scale = 1;
      for (std::size_t i : m_.discount_inputs) scale *= w.x[i];
      // One division per band of the schedule, not per year.
      w.factors[0] = 1;
      double step = 1;
      for (std::size_t t = 1; t < m_.years; ++t) {
        if (t == 1 || m_.rates[t] != m_.rates[t - 1]) step = 1 / (1 + scale * m_.rates[t]);
        w.factors[t] = w.factors[t - 1] * step;
      }
    }
    for (std::size_t o = 0; o < m_.options; ++o) {
      double months = 0;
      for (std::size_t i : m_.delay_inputs[o]) months += std::max(0.0, std::round(w.x[i]));
      for (std::size_t r : m_.delay_risks[o])
        if (w.occurs[r]) months += m_.delay_months_of_risk[r];
      w.delay[o] = static_cast<int>(std::min(months, 12.0 * static_cast<double>(m_.years + 1)));
    }
    std::copy(m_.cost_residual.begin(), m_.cost_residual.end(), w.cost.begin());
    std::copy(m_.benefit_residual.begin(), m_.benefit_residual.end(), w.benefit.begin());
    const bool cash = !m_.envelope.empty();
    if (cash) std::fill(w.cash.begin(), w.cash.end(), 0.0);

    for (const simulation_line& line : m_.lines) {
      if (line.risk >= 0 && !w.occurs[static_cast<std::size_t>(line.risk)]) continue;
      double factor = 1;
      for (std::size_t i : line.inputs) factor *= w.x[i];
      double* out = (line.cost ? w.cost.data() : w.benefit.data()) + line.option * m_.years;
      double* cash_out = w.cash.data() + line.option * m_.years;
      const int delay = line.cost ? w.delay[line.option] : 0;
      if (delay == 0) {
        for (std::size_t t = 0; t < m_.years; ++t) out[t] += factor * line.real[t];
        if (cash && line.cost)
          for (std::size_t t = 0; t < m_.years; ++t) cash_out[t] += factor * line.cash[t];
        continue;
      }
      const auto whole = static_cast<std::size_t>(delay / 12);
      const double part = static_cast<double>(delay % 12) / 12.0;
      for (std::size_t t = 0; t < m_.years; ++t) {
        if (t + whole < m_.years) {
          out[t + whole] += (1 - part) * factor * line.real[t];
          if (cash) cash_out[t + whole] += (1 - part) * factor * line.cash[t];
        }
        if (part > 0 && t + whole + 1 < m_.years) {
          out[t + whole + 1] += part * factor * line.real[t];
          if (cash) cash_out[t + whole + 1] += part * factor * line.cash[t];
        }
      }
    }
    for (std::size_t o = 0; o < m_.options; ++o) {
      double c = 0, b = 0;
      for (std::size_t t = 0; t < m_.years; ++t) {
        c += w.factors[t] * w.cost[o * m_.years + t];
        b += w.factors[t] * w.benefit[o * m_.years + t];
      }
      w.pvc[o] = round_pence(c, m_.mode);
      w.pvb[o] = round_pence(b, m_.mode);
    }
  }

 private:
  const simulation_model& m_;
};

/// The type 7 quantiles at ascending `ps` by selection, each search starting where the last
/// one ended: about 2N comparisons for all of them rather than a sort's N log N.
std::vector<double> quantiles_type7(std::vector<double>& values, std::initializer_list<double> ps) {
  std::vector<double> result;
  auto from = values.begin();
  for (double p : ps) {
    const double h = (static_cast<double>(values.size()) - 1) * p;
    const auto lo = static_cast<std::ptrdiff_t>(std::floor(h));
    const auto at = values.begin() + lo;
    std::nth_element(from, at, values.end());
    const double x_lo = *at;
    const double x_hi = at + 1 == values.end() ? x_lo : *std::min_element(at + 1, values.end());
    result.push_back(x_lo + (h - static_cast<double>(lo)) * (x_hi - x_lo));
    from = at;
  }
  return result;
}

simulation_statistic statistic_from(const moments& mo) {
  simulation_statistic s;
  s.mean = mo.mean;
  s.sd = mo.n > 1 ? std::sqrt(std::max(0.0, mo.m2) / static_cast<double>(mo.n - 1)) : 0.0;
  s.standard_error = mo.n > 0 ? s.sd / std::sqrt(static_cast<double>(mo.n)) : 0.0;
  s.min = mo.min;
  s.max = mo.max;
  return s;
}

void exact_quantiles(simulation_statistic& s, const std::vector<double>& samples) {
  std::vector<double> copy = samples;
  const std::vector<double> q = quantiles_type7(copy, {0.10, 0.50, 0.80, 0.90});
  s.p10 = q[0];
  s.p50 = q[1];
  s.p80 = q[2];
  s.p90 = q[3];
}

simulation_histogram histogram_of(const std::vector<double>& samples, double lo, double hi, int bins) {
  simulation_histogram h;
  if (hi <= lo) hi = lo + 1;  // every value equal: one-penny-wide bins
  const auto n = static_cast<std::size_t>(bins);
  for (std::size_t i = 0; i <= n; ++i) h.edges.push_back(lo + (hi - lo) * static_cast<double>(i) / static_cast<double>(n));
  h.counts.assign(n, 0);
  const double scale = static_cast<double>(n) / (hi - lo), top = static_cast<double>(n - 1);
  for (double x : samples) ++h.counts[static_cast<std::size_t>(std::clamp((x - lo) * scale, 0.0, top))];
  return h;
}

/// The range a streaming histogram covers: the first block's range, widened by half each side.
struct stream_range {
  double lo = 0, hi = 1;
  [[nodiscard]] std::size_t bin(double x, std::size_t bins) const noexcept {
    if (x < lo) return 0;
    if (x >= hi) return bins + 1;
    return 1 + std::min(bins - 1, static_cast<std::size_t>((x - lo) / (hi - lo) * static_cast<double>(bins)));
  }
};

stream_range widen(double lo, double hi) {
  const double width = hi - lo;
  const double pad = width > 0 ? width / 2 : std::max(1.0, std::abs(lo) * 1e-6);
  return {lo - pad, hi + pad};
}

double stream_quantile(const std::int64_t* counts, std::size_t bins, const stream_range& r, std::int64_t n, double p,
                              double min, double max, double& error) {
  const double target = p * static_cast<double>(n - 1);  // type 7 rank, 0-based
  const double width = (r.hi - r.lo) / static_cast<double>(bins);
  double seen = 0;
  for (std::size_t b = 0; b < bins + 2; ++b) {
    const auto c = static_cast<double>(counts[b]);
    if (c > 0 && seen + c > target) {
      if (b == 0 || b == bins + 1) {
        error = std::numeric_limits<double>::infinity();
        return b == 0 ? min : max;
      }
      const double lo = r.lo + width * static_cast<double>(b - 1);
      error = std::max(error, width);
      return std::clamp(lo + width * (target - seen + 0.5) / c, min, max);
    }
    seen += c;
  }
  return max;
}

}  // namespace
}  // namespace detail

namespace {

void check_settings(const simulation_settings& settings) {
  if (settings.iterations < 1 || settings.iterations > 1'000'000'000)
    throw invalid_input("simulation", 1, "a simulation needs 1 to 1,000,000,000 iterations, got " +
                                             std::to_string(settings.iterations));
  if (settings.threads < 1 || settings.threads > 256)
    throw invalid_input("simulation", 1, "a simulation runs on 1 to 256 threads, got " + std::to_string(settings.threads));
  if (settings.histogram_bins < 1 || settings.histogram_bins > 100'000)
    throw invalid_input("simulation", 1, "a histogram needs 1 to 100,000 bins, got " + std::to_string(settings.histogram_bins));
  if (settings.keep_samples && settings.iterations > 100'000'000)
    throw invalid_input("simulation", 1, "keeping samples of " + std::to_string(settings.iterations) +
                                             " iterations would take too much memory; stream instead (keep_samples = false)");
}

simulation_moments public_moments(const detail::moments& m) { return {m.n, m.mean, m.m2, m.min, m.max}; }

detail::moments engine_moments(const simulation_moments& m) {
  detail::moments result;
  result.n = m.n;
  result.mean = m.mean;
  result.m2 = m.m2;
  result.min = m.min;
  result.max = m.max;
  return result;
}

/// `from` merged into `into` as the engine merges one block into the running total.
void merge_moments(simulation_moments& into, const simulation_moments& from) {
  detail::moments total = engine_moments(into);
  if (into.n == 0) total = detail::moments{};
  total.merge(engine_moments(from));
  into = public_moments(total);
}

[[noreturn]] void not_joined(const std::string& why) {
  throw invalid_input("simulation", 6, "the partial simulations do not join: " + why);
}

}  // namespace

simulation_partial simulate_blocks(const appraisal& base, const std::vector<uncertain_input>& inputs,
                                   const risk_register& risks, const simulation_settings& settings,
                                   std::int64_t first_block, std::int64_t last_block) {
  check_settings(settings);
  const std::int64_t n = settings.iterations;
  const std::int64_t blocks = simulation_blocks(n);
  if (first_block < 0 || last_block > blocks || first_block >= last_block)
    throw invalid_input("simulation", 5, "a simulation of " + std::to_string(n) + " iterations has blocks 0 to " +
                                             std::to_string(blocks) + "; blocks " + std::to_string(first_block) + " to " +
                                             std::to_string(last_block) + " cannot run");

  const detail::simulation_model model = detail::compile_simulation(base, inputs, risks, settings);
  const detail::simulation_engine engine(model);
  const std::size_t options = model.options, years = model.years;
  const bool stream = !settings.keep_samples;
  const std::size_t bins = stream ? static_cast<std::size_t>(streaming_bins) : 0;
  const bool folded = first_block == 0;
  const std::int64_t first_iteration = first_block * simulation_block_size;
  const std::int64_t part_iterations = std::min(n, last_block * simulation_block_size) - first_iteration;

  simulation_partial part;
  part.iterations = n;
  part.seed = settings.seed;
  part.streamed = stream;
  part.histogram_bins = settings.histogram_bins;
  part.first_block = first_block;
  part.last_block = last_block;
  for (const uncertain_input& u : inputs) part.inputs.push_back(u.name());
  for (const risk& r : risks.risks()) part.risks.push_back(r.id());
  for (std::size_t o = 0; o < options; ++o) {
    part.options.push_back(base.options()[o].name());
    part.viable.push_back(model.viable[o]);
  }

  std::vector<std::vector<double>> pvc_samples(options), npsv_samples(options);
  if (!stream)
    for (std::size_t o = 0; o < options; ++o) {
      pvc_samples[o].resize(static_cast<std::size_t>(part_iterations));
      npsv_samples[o].resize(static_cast<std::size_t>(part_iterations));
    }
  std::vector<detail::stream_range> pvc_range(options), npsv_range(options);

  // One block, into `block` (moments, counts) and `bins_tally` (streaming bins).
  const auto run_block = [&](std::int64_t b, detail::simulation_engine::workspace& w, detail::simulation_tally& block,
                             detail::simulation_tally& bins_tally, bool keep) {
    std::mt19937_64 rng(detail::splitmix64(settings.seed ^ detail::splitmix64(static_cast<std::uint64_t>(b))));
    const std::int64_t first = b * simulation_block_size, last = std::min(n, first + simulation_block_size);
    for (std::int64_t it = first; it < last; ++it) {
      engine.iterate(rng, w);
      const double base_net = w.pvb[0] - w.pvc[0];
      std::ptrdiff_t cheapest = -1, preferred = -1;
      for (std::size_t o = 0; o < options; ++o) {
        const double npsv = (w.pvb[o] - w.pvc[o]) - base_net;
        block.pvc[o].add(w.pvc[o]);
        block.npsv[o].add(npsv);
        if (stream) {
          ++bins_tally.pvc_bins[o * (bins + 2) + pvc_range[o].bin(w.pvc[o], bins)];
          ++bins_tally.npsv_bins[o * (bins + 2) + npsv_range[o].bin(npsv, bins)];
        } else if (keep) {
          pvc_samples[o][static_cast<std::size_t>(it - first_iteration)] = w.pvc[o];
          npsv_samples[o][static_cast<std::size_t>(it - first_iteration)] = npsv;
        }
        if (model.viable[o]) {
          if (cheapest < 0 || w.pvc[o] < w.pvc[static_cast<std::size_t>(cheapest)]) cheapest = static_cast<std::ptrdiff_t>(o);
          const double net = w.pvc[o] - w.pvb[o];
          if (preferred < 0 || net < w.pvc[static_cast<std::size_t>(preferred)] - w.pvb[static_cast<std::size_t>(preferred)])
            preferred = static_cast<std::ptrdiff_t>(o);
        }
        if (!model.envelope.empty())
          for (std::size_t t = 0; t < years; ++t)
            if (w.cash[o * years + t] > model.envelope[t]) ++block.over[o * years + t];  // NaN: never
      }
      if (cheapest >= 0) ++block.cheapest[static_cast<std::size_t>(cheapest)];
      if (preferred >= 0) ++block.preferred[static_cast<std::size_t>(preferred)];
    }
  };

  detail::simulation_tally total, total_bins;
  total.reset(options, years, 0);
  total_bins.reset(options, years, bins);
  const auto merge_counts = [&](const detail::simulation_tally& from, detail::simulation_tally& into) {
    for (std::size_t i = 0; i < into.cheapest.size(); ++i) into.cheapest[i] += from.cheapest[i];
    for (std::size_t i = 0; i < into.preferred.size(); ++i) into.preferred[i] += from.preferred[i];
    for (std::size_t i = 0; i < into.over.size(); ++i) into.over[i] += from.over[i];
    for (std::size_t i = 0; i < into.pvc_bins.size(); ++i) into.pvc_bins[i] += from.pvc_bins[i];
    for (std::size_t i = 0; i < into.npsv_bins.size(); ++i) into.npsv_bins[i] += from.npsv_bins[i];
  };
  // A finished block's moments, in block order: merged into the running total when the part
  // starts at block 0 (as a whole simulation merges them), else kept block by block.
  std::vector<simulation_moments> block_moments;
  const auto merge_moments_in_order = [&](detail::simulation_tally& from) {
    for (std::size_t o = 0; o < options; ++o) {
      from.pvc[o].close();
      from.npsv[o].close();
      if (folded) {
        total.pvc[o].merge(from.pvc[o]);
        total.npsv[o].merge(from.npsv[o]);
      } else {
        block_moments.push_back(public_moments(from.pvc[o]));
        block_moments.push_back(public_moments(from.npsv[o]));
      }
    }
  };

  if (stream) {
    // Block 0, on its own, sets the streaming histograms' range, whichever blocks this part
    // runs: so every part of a simulation bins alike. Its figures are discarded.
    detail::simulation_engine::workspace w = engine.make_workspace();
    detail::simulation_tally block, unused;
    block.reset(options, years, 0);
    unused.reset(options, years, bins);
    run_block(0, w, block, unused, false);
    for (std::size_t o = 0; o < options; ++o) {
      pvc_range[o] = detail::widen(block.pvc[o].min, block.pvc[o].max);
      npsv_range[o] = detail::widen(block.npsv[o].min, block.npsv[o].max);
    }
  }

  // Blocks are taken in order by the threads; finished blocks wait in `pending` until every
  // earlier one is merged, so at most about `threads` blocks wait at a time.
  std::mutex lock;
  std::map<std::int64_t, detail::simulation_tally> pending;
  std::int64_t merged = first_block;
  std::int64_t finished = 0;  // blocks done, in any order: the progress reported
  std::atomic<std::int64_t> counter{first_block};
  std::exception_ptr failure;
  const auto worker = [&] {
    try {
      detail::simulation_engine::workspace w = engine.make_workspace();
      detail::simulation_tally block, own_bins;
      own_bins.reset(options, years, bins);
      for (std::int64_t b = counter++; b < last_block; b = counter++) {
        block.reset(options, years, 0);
        run_block(b, w, block, own_bins, true);
        const std::lock_guard<std::mutex> guard(lock);
        merge_counts(block, total);
        pending.emplace(b, std::move(block));
        for (auto found = pending.find(merged); found != pending.end(); found = pending.find(merged)) {
          merge_moments_in_order(found->second);
          pending.erase(found);
          ++merged;
        }
        ++finished;
        if (settings.progress) settings.progress(std::min(part_iterations, finished * simulation_block_size), part_iterations);
      }
      const std::lock_guard<std::mutex> guard(lock);
      merge_counts(own_bins, total_bins);
    } catch (...) {
      const std::lock_guard<std::mutex> guard(lock);
      if (!failure) failure = std::current_exception();
    }
  };
  const auto thread_count = static_cast<std::int64_t>(settings.threads);
  const std::int64_t part_blocks = last_block - first_block;
  if (thread_count == 1 || part_blocks == 1) {
    worker();
  } else {
    std::vector<std::thread> pool;
    for (std::int64_t t = 0; t < std::min(thread_count, part_blocks); ++t) pool.emplace_back(worker);
    for (std::thread& t : pool) t.join();
  }
  if (failure) std::rethrow_exception(failure);

  if (folded) {
    for (std::size_t o = 0; o < options; ++o) {
      part.moments.push_back(public_moments(total.pvc[o]));
      part.moments.push_back(public_moments(total.npsv[o]));
    }
  } else {
    part.moments = std::move(block_moments);
  }
  part.cheapest = total.cheapest;
  part.preferred = total.preferred;
  std::vector<std::size_t> covered;
  if (!model.envelope.empty())
    for (std::size_t t = 0; t < years; ++t)
      if (!std::isnan(model.envelope[t])) {
        covered.push_back(t);
        part.years.push_back(base.years()[t]);
      }
  for (std::size_t o = 0; o < options; ++o)
    for (std::size_t t : covered) part.over.push_back(total.over[o * years + t]);
  if (stream) {
    for (std::size_t o = 0; o < options; ++o) {
      part.ranges.insert(part.ranges.end(), {pvc_range[o].lo, pvc_range[o].hi, npsv_range[o].lo, npsv_range[o].hi});
      const auto pvc_bins = total_bins.pvc_bins.begin() + static_cast<std::ptrdiff_t>(o * (bins + 2));
      const auto npsv_bins = total_bins.npsv_bins.begin() + static_cast<std::ptrdiff_t>(o * (bins + 2));
      part.bins.insert(part.bins.end(), pvc_bins, pvc_bins + static_cast<std::ptrdiff_t>(bins + 2));
      part.bins.insert(part.bins.end(), npsv_bins, npsv_bins + static_cast<std::ptrdiff_t>(bins + 2));
    }
  }
  part.present_value_costs_samples = std::move(pvc_samples);
  part.net_present_social_value_samples = std::move(npsv_samples);
  return part;
}

simulation_partial merge(simulation_partial earlier, const simulation_partial& later) {
  if (later.first_block != earlier.last_block)
    not_joined("the first ends at block " + std::to_string(earlier.last_block) + " but the second starts at block " +
               std::to_string(later.first_block));
  if (earlier.iterations != later.iterations || earlier.seed != later.seed || earlier.streamed != later.streamed ||
      earlier.histogram_bins != later.histogram_bins || earlier.inputs != later.inputs || earlier.risks != later.risks ||
      earlier.options != later.options || earlier.viable != later.viable || earlier.years != later.years ||
      earlier.cheapest.size() != later.cheapest.size() || earlier.over.size() != later.over.size() ||
      earlier.bins.size() != later.bins.size())
    not_joined("they are parts of different simulations (iterations, seed, settings, inputs, risks or options differ)");
  // Bitwise, NaN-free: the ranges come from the same block 0.
  if (earlier.ranges != later.ranges) not_joined("their streaming histograms cover different ranges");
  const std::size_t width = 2 * earlier.options.size();
  const auto later_blocks = static_cast<std::size_t>(later.last_block - later.first_block);
  if (later.moments.size() != (later.first_block == 0 ? width : width * later_blocks) ||
      earlier.moments.size() % (width == 0 ? 1 : width) != 0)
    not_joined("the second part's moments do not match its blocks");
  if (earlier.first_block == 0) {
    for (std::size_t k = 0; k < later.moments.size(); ++k) merge_moments(earlier.moments[k % width], later.moments[k]);
  } else {
    earlier.moments.insert(earlier.moments.end(), later.moments.begin(), later.moments.end());
  }
  for (std::size_t i = 0; i < earlier.cheapest.size(); ++i) earlier.cheapest[i] += later.cheapest[i];
  for (std::size_t i = 0; i < earlier.preferred.size(); ++i) earlier.preferred[i] += later.preferred[i];
  for (std::size_t i = 0; i < earlier.over.size(); ++i) earlier.over[i] += later.over[i];
  for (std::size_t i = 0; i < earlier.bins.size(); ++i) earlier.bins[i] += later.bins[i];
  for (std::size_t o = 0; o < earlier.options.size(); ++o) {
    auto& pvc = earlier.present_value_costs_samples[o];
    auto& npsv = earlier.net_present_social_value_samples[o];
    pvc.insert(pvc.end(), later.present_value_costs_samples[o].begin(), later.present_value_costs_samples[o].end());
    npsv.insert(npsv.end(), later.net_present_social_value_samples[o].begin(),
                later.net_present_social_value_samples[o].end());
  }
  earlier.last_block = later.last_block;
  return earlier;
}

simulation_result summarise(simulation_partial whole, int threads) {
  const std::int64_t n = whole.iterations;
  if (whole.first_block != 0 || whole.last_block != simulation_blocks(n))
    not_joined("a result needs blocks 0 to " + std::to_string(simulation_blocks(n)) + ", not " +
               std::to_string(whole.first_block) + " to " + std::to_string(whole.last_block));
  const std::size_t options = whole.options.size();
  const bool stream = whole.streamed;
  const std::size_t bins = stream ? static_cast<std::size_t>(streaming_bins) : 0;
  const std::size_t years = whole.years.size();
  if (whole.moments.size() != 2 * options || whole.present_value_costs_samples.size() != options ||
      whole.net_present_social_value_samples.size() != options || whole.cheapest.size() != options ||
      whole.preferred.size() != options || whole.over.size() != options * years ||
      (stream && (whole.ranges.size() != 4 * options || whole.bins.size() != 2 * options * (bins + 2))))
    not_joined("the parts' figures do not match their options");

  simulation_result result;
  result.iterations = n;
  result.seed = whole.seed;
  result.streamed = stream;
  result.inputs = std::move(whole.inputs);
  result.risks = std::move(whole.risks);
  const auto statistic = [](const simulation_moments& m) { return detail::statistic_from(engine_moments(m)); };
  for (std::size_t o = 0; o < options; ++o) {
    option_simulation s;
    s.name = whole.options[o];
    s.viable = whole.viable[o];
    s.present_value_costs = statistic(whole.moments[2 * o]);
    s.net_present_social_value = statistic(whole.moments[2 * o + 1]);
    s.probability_cheapest = static_cast<double>(whole.cheapest[o]) / static_cast<double>(n);
    s.probability_preferred = static_cast<double>(whole.preferred[o]) / static_cast<double>(n);
    for (std::size_t t = 0; t < years; ++t)
      s.over_envelope.push_back({whole.years[t], static_cast<double>(whole.over[o * years + t]) / static_cast<double>(n)});
    const auto bins_count = static_cast<std::size_t>(whole.histogram_bins);
    if (!stream) {
      s.present_value_costs_samples = std::move(whole.present_value_costs_samples[o]);
      s.net_present_social_value_samples = std::move(whole.net_present_social_value_samples[o]);
    } else {
      const auto summarise_one = [&](simulation_statistic& stat, const std::int64_t* counts, const detail::stream_range& r,
                                     simulation_histogram& h) {
        stat.quantile_error = 0;
        stat.p10 = detail::stream_quantile(counts, bins, r, n, 0.10, stat.min, stat.max, stat.quantile_error);
        stat.p50 = detail::stream_quantile(counts, bins, r, n, 0.50, stat.min, stat.max, stat.quantile_error);
        stat.p80 = detail::stream_quantile(counts, bins, r, n, 0.80, stat.min, stat.max, stat.quantile_error);
        stat.p90 = detail::stream_quantile(counts, bins, r, n, 0.90, stat.min, stat.max, stat.quantile_error);
        // The chart: the fine bins merged into histogram_bins groups over the same range.
        h.below = counts[0];
        h.above = counts[bins + 1];
        h.counts.assign(bins_count, 0);
        for (std::size_t i = 0; i <= bins_count; ++i)
          h.edges.push_back(r.lo + (r.hi - r.lo) * static_cast<double>(i) / static_cast<double>(bins_count));
        for (std::size_t b = 0; b < bins; ++b) h.counts[b * bins_count / bins] += counts[b + 1];
      };
      const detail::stream_range pvc_range{whole.ranges[4 * o], whole.ranges[4 * o + 1]};
      const detail::stream_range npsv_range{whole.ranges[4 * o + 2], whole.ranges[4 * o + 3]};
      summarise_one(s.present_value_costs, whole.bins.data() + 2 * o * (bins + 2), pvc_range, s.present_value_costs_histogram);
      summarise_one(s.net_present_social_value, whole.bins.data() + (2 * o + 1) * (bins + 2), npsv_range,
                    s.net_present_social_value_histogram);
    }
    result.options.push_back(std::move(s));
  }
  if (!stream) {
    // Exact quantiles and histograms, one series per task, shared among the threads: each
    // task's answer depends on its own samples only, so the thread count changes nothing.
    std::atomic<std::size_t> next{0};
    const auto finish = [&] {
      for (std::size_t task = next++; task < 2 * options; task = next++) {
        option_simulation& s = result.options[task / 2];
        const bool costs = task % 2 == 0;
        simulation_statistic& stat = costs ? s.present_value_costs : s.net_present_social_value;
        const std::vector<double>& samples = costs ? s.present_value_costs_samples : s.net_present_social_value_samples;
        detail::exact_quantiles(stat, samples);
        (costs ? s.present_value_costs_histogram : s.net_present_social_value_histogram) =
            detail::histogram_of(samples, stat.min, stat.max, whole.histogram_bins);
      }
    };
    std::vector<std::thread> pool;
    for (int t = 1; t < threads && static_cast<std::size_t>(t) < 2 * options; ++t) pool.emplace_back(finish);
    finish();
    for (std::thread& t : pool) t.join();
  }
  return result;
}

simulation_result simulate(const appraisal& base, const std::vector<uncertain_input>& inputs,
                           const risk_register& risks, const simulation_settings& settings) {
  check_settings(settings);
  return summarise(simulate_blocks(base, inputs, risks, settings, 0, simulation_blocks(settings.iterations)),
                   settings.threads);
}

}  // namespace commissioning
