// SPDX-License-Identifier: MIT
// The Monte Carlo engine of risk/simulation.hpp, compiled once: the appraisal compiled to
// doubles, the per-iteration engine and its draws, the block-ordered merge across worker
// threads, and the summaries. The hot loop (simulation_engine::run and the distributions'
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

#include "array_kernels.hpp"

#include <Eigen/Core>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <exception>
#include <initializer_list>
#include <latch>
#include <limits>
#include <map>
#include <mutex>
#include <optional>
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

/// Money's rounding mode as the bookkeeping kernels name it.
penny_rounding penny_rounding_of(rounding mode) noexcept {
  switch (mode) {
    case rounding::half_even: return penny_rounding::half_even;
    case rounding::half_away_from_zero: return penny_rounding::half_away_from_zero;
    case rounding::toward_zero: return penny_rounding::toward_zero;
    case rounding::away_from_zero: return penny_rounding::away_from_zero;
  }
  return penny_rounding::half_even;
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
  /// A flat line, one amount in years [first, last] and nothing else: its present value is
  /// amount × (Σ of those years' factors), a difference of two prefix sums. last < first: not flat.
  std::size_t first = 1, last = 0;
  double amount = 0;
  double present_value = 0;  ///< at the schedule's own factors (used when no input moves the rate)
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
  std::vector<double> cost_residual_value, benefit_residual_value;  ///< per option, at the schedule's factors
  bool residuals = false;  ///< any residual is non-zero
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
        const double cash = static_cast<double>(line.appraised(period[t]).pence());
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
        const money amount = line.appraised(period[t]);
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
    // What the exact path refuses, refused once here rather than met in the loop: a negative
    // multiplier (sensitivity.001) and a delay beyond the risk register's cap (risk.003).
    if (u.is_delay() && u.values().highest() > max_delay_months)
      throw invalid_input("risk", 3, "the delay input of " + quote(u.delayed_option()) + ", " + u.values().describe() +
                                         ", can draw " + decimal_text(u.values().highest()) +
                                         " months; a delay is at most 1,200 months");
    if (!u.is_delay() && !(u.values().lowest() >= 0))
      throw invalid_input("sensitivity", 1, "an input cannot be multiplied by a negative factor, but " +
                                                u.values().describe() + " can draw " + decimal_text(u.values().lowest()) +
                                                " for " + u.name() + " (give it a lower bound of 0)");
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

  // Present values at the schedule's own factors, and the flat lines' closed form.
  const auto at_factors = [&](const double* amounts) {
    double sum = 0;
    for (std::size_t t = 0; t < m.years; ++t) sum += amounts[t] * m.factors[t];
    return sum;
  };
  for (simulation_line& line : m.lines) {
    line.present_value = at_factors(line.real.data());
    std::size_t first = m.years, last = 0;
    for (std::size_t t = 0; t < m.years; ++t)
      if (line.real[t] != 0) first = std::min(first, t), last = t;
    if (first > last) {
      line.first = 0, line.last = 0, line.amount = 0;  // nothing in any year: flat at zero
      continue;
    }
    bool flat = true;
    for (std::size_t t = first; t <= last; ++t) flat = flat && line.real[t] == line.real[first];
    if (flat) line.first = first, line.last = last, line.amount = line.real[first];
  }
  for (std::size_t o = 0; o < m.options; ++o) {
    m.cost_residual_value.push_back(at_factors(m.cost_residual.data() + o * m.years));
    m.benefit_residual_value.push_back(at_factors(m.benefit_residual.data() + o * m.years));
  }
  for (double r : m.cost_residual) m.residuals = m.residuals || r != 0;
  for (double r : m.benefit_residual) m.residuals = m.residuals || r != 0;
  return m;
}

/// Mean and sum of squared deviations, merged in a fixed order (Chan et al. 1979). Within a
/// block values are summed as deviations from the block's first value (no division per value;
/// the shift keeps the sums of squares well conditioned), a column at a time into `lanes`
/// running sums by the value's row in the block modulo `lanes` (so the pass vectorises, and the
/// order of additions is fixed whatever the chunking); `close` adds the lanes in a fixed tree
/// and turns the sums into a mean.
struct moments {
  static constexpr std::size_t lanes = 8;
  std::int64_t n = 0;
  double mean = 0;
  double m2 = 0;
  double min = std::numeric_limits<double>::infinity();
  double max = -std::numeric_limits<double>::infinity();
  double shift = 0;
  double sum[lanes] = {}, sum2[lanes] = {};  // open block: Σ(x − shift), Σ(x − shift)² by lane
  double low[lanes], high[lanes];
  /// `count` values of a column, the first of them at a row of the block that is a multiple
  /// of `lanes` (every chunk starts at one), through the kernels' pass.
  void add(const array_kernels& kernels, const double* x, std::size_t count) noexcept {
    if (count == 0) return;
    if (n == 0) {
      shift = x[0];
      for (std::size_t l = 0; l < lanes; ++l) low[l] = high[l] = x[0];
    }
    n += static_cast<std::int64_t>(count);
    kernels.moment_lanes(x, count, shift, sum, sum2, low, high);
  }
  void close() noexcept {
    if (n == 0) return;
    const auto tree = [](const double* v) { return ((v[0] + v[1]) + (v[2] + v[3])) + ((v[4] + v[5]) + (v[6] + v[7])); };
    const double total = tree(sum), total2 = tree(sum2);
    const double mean_shift = total / static_cast<double>(n);
    mean = shift + mean_shift;
    m2 = std::max(0.0, total2 - total * mean_shift);
    for (std::size_t l = 0; l < lanes; ++l) {
      min = std::min(min, low[l]);
      max = std::max(max, high[l]);
      sum[l] = sum2[l] = 0;
    }
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

/// The engine: a block's iterations a chunk at a time, each step a pass over arrays of the
/// chunk's iterations (draws, discount factors, lines' present values), into caller-owned
/// workspace, so nothing is allocated in the loop and the passes vectorise.
class simulation_engine {
 public:
  /// Iterations per chunk: a block is simulation_block_size / chunk chunks. Its arrays (one
  /// column per input, year and option) stay in the core's cache.
  static constexpr std::size_t chunk = 512;
  static_assert(simulation_block_size % chunk == 0);
  static_assert(chunk % 2 == 0, "Box–Muller normals come in pairs of consecutive draws");

  explicit simulation_engine(const simulation_model& model) : m_(model) {
    for (std::size_t o = 0; o < m_.options; ++o)
      delayed_.push_back(!m_.delay_inputs[o].empty() || !m_.delay_risks[o].empty());
    moving_rate_ = !m_.discount_inputs.empty();
  }

  struct workspace {
    Eigen::ArrayXXd draws, normals, occurs, factors, sums, pvc, pvb, npsv;
    Eigen::ArrayXd uniforms, mixed, scale, factor;
    Eigen::ArrayXd cheapest, cheapest_pvc, preferred, preferred_net;  // per iteration: option, figure
    std::vector<double> years, cash;  // one iteration's amounts by year (delays, envelope)
    std::vector<std::int32_t> bins;   // the chunk's fine-bin indices (exact quantiles)
  };
  [[nodiscard]] workspace make_workspace() const {
    const auto rows = static_cast<Eigen::Index>(chunk);
    const auto count = [](std::size_t n) { return static_cast<Eigen::Index>(std::max<std::size_t>(n, 1)); };
    workspace w;
    w.draws.resize(rows, count(m_.distributions.size()));
    w.normals.resize(rows, count(m_.correlated.size()));
    w.occurs.resize(rows, count(m_.risk_probability.size()));
    w.factors.resize(rows, count(m_.years));
    w.sums.resize(rows, count(m_.years + 1));
    w.pvc.resize(rows, count(m_.options));
    w.pvb.resize(rows, count(m_.options));
    w.npsv.resize(rows, count(m_.options));
    w.uniforms.resize(rows);
    w.mixed.resize(rows);
    w.scale.resize(rows);
    w.factor.resize(rows);
    for (Eigen::ArrayXd* a : {&w.cheapest, &w.cheapest_pvc, &w.preferred, &w.preferred_net}) a->setZero(rows);
    w.years.resize(m_.years);
    w.cash.resize(m_.options * m_.years);
    w.bins.resize(chunk);
    return w;
  }

  /// Iterations `offset` to `offset + chunk` of the block whose stream key is `key`: fills
  /// w.pvc and w.pvb (unrounded pence) for every option.
  void run(std::uint64_t key, std::int64_t offset, workspace& w) const {
    const std::size_t n = chunk;
    const auto column = [](Eigen::ArrayXXd& a, std::size_t c) { return a.col(static_cast<Eigen::Index>(c)).data(); };
    // Draws, stream by stream in a fixed order: correlated normals, independent inputs, risks.
    // Stream s of a block is numbers s × simulation_block_size onwards of its sequence.
    std::uint64_t stream = 0;
    const auto uniforms = [&](double* u) {
      const std::uint64_t first = stream++ * static_cast<std::uint64_t>(simulation_block_size) +
                                  static_cast<std::uint64_t>(offset);
      kernels_.uniforms(key, first, u, n);
    };
    const std::size_t k = m_.correlated.size();
    for (std::size_t a = 0; a < k; ++a) {
      uniforms(w.uniforms.data());
      kernels_.standard_normals(w.uniforms.data(), column(w.normals, a), n);
    }
    for (std::size_t a = 0; a < k; ++a) {
      w.mixed.setZero();
      for (std::size_t b = 0; b <= a; ++b)
        w.mixed += m_.factor(static_cast<Eigen::Index>(a), static_cast<Eigen::Index>(b)) *
                   w.normals.col(static_cast<Eigen::Index>(b));
      m_.distributions[m_.correlated[a]].from_standard_normals(w.mixed.data(), column(w.draws, m_.correlated[a]), n);
    }
    for (std::size_t i : m_.independent) {
      if (m_.distributions[i].kind() == distribution::family::fixed) {
        ++stream;  // the stream is the input's whether or not it is used
        w.draws.col(static_cast<Eigen::Index>(i)).setConstant(m_.distributions[i].parameters()[0]);
        continue;
      }
      uniforms(w.uniforms.data());
      if (m_.distributions[i].maps_normals_directly()) {
        kernels_.standard_normals(w.uniforms.data(), w.mixed.data(), n);
        m_.distributions[i].from_standard_normals(w.mixed.data(), column(w.draws, i), n);
      } else {
        m_.distributions[i].quantiles(w.uniforms.data(), column(w.draws, i), n);
      }
    }
    for (std::size_t r = 0; r < m_.risk_probability.size(); ++r) {
      uniforms(w.uniforms.data());
      w.occurs.col(static_cast<Eigen::Index>(r)) = (w.uniforms < m_.risk_probability[r]).cast<double>();
    }

    // Discount factors per iteration when an input moves the rate: one division per band.
    if (moving_rate_) {
      // One input moving the rate scales it by its draws as they are (1 × x is x).
      const double* scale = column(w.draws, m_.discount_inputs[0]);
      if (m_.discount_inputs.size() > 1) {
        w.scale.setOnes();
        for (std::size_t i : m_.discount_inputs) w.scale *= w.draws.col(static_cast<Eigen::Index>(i));
        scale = w.scale.data();
      }
      kernels_.discount_factors(scale, m_.rates.data(), m_.years, w.factor.data(), w.factors.data(), w.sums.data(), n);
    }

    // Present values: each line's (closed form when flat) times its factors, added to its option's.
    for (std::size_t o = 0; o < m_.options; ++o) {
      const auto col = static_cast<Eigen::Index>(o);
      if (moving_rate_ && m_.residuals) {
        w.pvc.col(col).setZero();
        w.pvb.col(col).setZero();
        for (std::size_t t = 0; t < m_.years; ++t) {
          w.pvc.col(col) += m_.cost_residual[o * m_.years + t] * w.factors.col(static_cast<Eigen::Index>(t));
          w.pvb.col(col) += m_.benefit_residual[o * m_.years + t] * w.factors.col(static_cast<Eigen::Index>(t));
        }
      } else {
        w.pvc.col(col).setConstant(m_.cost_residual_value[o]);
        w.pvb.col(col).setConstant(m_.benefit_residual_value[o]);
      }
    }
    for (const simulation_line& line : m_.lines) {
      if (line.cost && delayed_[line.option]) continue;  // below, iteration by iteration
      auto into = (line.cost ? w.pvc : w.pvb).col(static_cast<Eigen::Index>(line.option));
      // A line moved by one input alone takes that input's draws as they are (1 × x is x, so
      // the figures are the same bits), two passes fewer than making its factor.
      const bool alone = line.inputs.size() == 1 && line.risk < 0;
      if (!alone) line_factor(line, w);
      const double* factor = alone ? column(w.draws, line.inputs[0]) : w.factor.data();
      if (!moving_rate_) {
        kernels_.add_scaled(into.data(), line.present_value, factor, n);
      } else if (line.first <= line.last) {
        kernels_.add_flat_line(into.data(), line.amount, factor, column(w.sums, line.last + 1), column(w.sums, line.first), n);
      } else {
        w.mixed.setZero();
        for (std::size_t t = 0; t < m_.years; ++t)
          if (line.real[t] != 0) w.mixed += line.real[t] * w.factors.col(static_cast<Eigen::Index>(t));
        into += w.mixed * Eigen::Map<const Eigen::ArrayXd>(factor, static_cast<Eigen::Index>(n));
      }
    }
    for (std::size_t o = 0; o < m_.options; ++o)
      if (delayed_[o])
        for (std::size_t j = 0; j < n; ++j) w.pvc(static_cast<Eigen::Index>(j), static_cast<Eigen::Index>(o)) += delayed_costs(o, j, w);
  }

  /// Cash costs by year of every option in iteration `j` of the chunk just run (for the
  /// envelope), into w.cash.
  void cash_costs(std::size_t j, workspace& w) const {
    std::fill(w.cash.begin(), w.cash.end(), 0.0);
    for (const simulation_line& line : m_.lines) {
      if (!line.cost) continue;
      const double f = factor_at(line, j, w);
      if (f == 0) continue;
      spread(line.cash, f, line.cost ? delay_of(line.option, j, w) : 0, w.cash.data() + line.option * m_.years);
    }
  }

 private:
  /// The product of a line's inputs (and its risk's occurrence) over the chunk, into w.factor.
  void line_factor(const simulation_line& line, workspace& w) const {
    w.factor.setOnes();
    for (std::size_t i : line.inputs) w.factor *= w.draws.col(static_cast<Eigen::Index>(i));
    if (line.risk >= 0) w.factor *= w.occurs.col(line.risk);
  }
  [[nodiscard]] double factor_at(const simulation_line& line, std::size_t j, const workspace& w) const {
    const auto row = static_cast<Eigen::Index>(j);
    double f = 1;
    for (std::size_t i : line.inputs) f *= w.draws(row, static_cast<Eigen::Index>(i));
    if (line.risk >= 0) f *= w.occurs(row, line.risk);
    return f;
  }
  /// An option's delay in iteration j, whole months (inputs rounded, below zero none).
  [[nodiscard]] int delay_of(std::size_t o, std::size_t j, const workspace& w) const {
    const auto row = static_cast<Eigen::Index>(j);
    double months = 0;
    for (std::size_t i : m_.delay_inputs[o]) months += std::max(0.0, std::round(w.draws(row, static_cast<Eigen::Index>(i))));
    for (std::size_t r : m_.delay_risks[o])
      if (w.occurs(row, static_cast<Eigen::Index>(r)) != 0) months += m_.delay_months_of_risk[r];
    return static_cast<int>(std::min(months, 12.0 * static_cast<double>(m_.years + 1)));
  }
  /// `amounts` × f moved `delay` months later, added into `out` by year: ⌊delay/12⌋ years
  /// later, and (delay mod 12)/12 of each amount one year further; past the period, gone.
  void spread(const std::vector<double>& amounts, double f, int delay, double* out) const {
    const auto whole = static_cast<std::size_t>(delay / 12);
    const double part = static_cast<double>(delay % 12) / 12.0;
    for (std::size_t t = 0; t + whole < m_.years; ++t) {
      out[t + whole] += (1 - part) * f * amounts[t];
      if (part > 0 && t + whole + 1 < m_.years) out[t + whole + 1] += part * f * amounts[t];
    }
  }
  /// A delayed option's cost lines in iteration j, moved and discounted.
  [[nodiscard]] double delayed_costs(std::size_t o, std::size_t j, workspace& w) const {
    std::fill(w.years.begin(), w.years.end(), 0.0);
    const int delay = delay_of(o, j, w);
    for (const simulation_line& line : m_.lines)
      if (line.cost && line.option == o) {
        const double f = factor_at(line, j, w);
        if (f != 0) spread(line.real, f, delay, w.years.data());
      }
    double pv = 0;
    for (std::size_t t = 0; t < m_.years; ++t)
      pv += w.years[t] * (moving_rate_ ? w.factors(static_cast<Eigen::Index>(j), static_cast<Eigen::Index>(t)) : m_.factors[t]);
    return pv;
  }

  const simulation_model& m_;
  const array_kernels& kernels_ = active_array_kernels();
  std::vector<bool> delayed_;  ///< per option: has a delay input or a delay risk
  bool moving_rate_ = false;   ///< an input moves the discount rate
};

simulation_statistic statistic_from(const moments& mo) {
  simulation_statistic s;
  s.mean = mo.mean;
  s.sd = mo.n > 1 ? std::sqrt(std::max(0.0, mo.m2) / static_cast<double>(mo.n - 1)) : 0.0;
  s.standard_error = mo.n > 0 ? s.sd / std::sqrt(static_cast<double>(mo.n)) : 0.0;
  s.min = mo.min;
  s.max = mo.max;
  return s;
}

/// Counts of a series' values in 4,096 equal bins over a range (values outside in the end
/// bins): a value's bin never decreases as the value grows, so the counts locate the bin that
/// holds any order statistic, whatever the range.
struct fine_bins {
  static constexpr std::size_t bins = 4096;
  static constexpr double top = bins - 1;
  double lo = 0, scale = 0;
  std::vector<std::int64_t> counts;
  fine_bins() = default;
  fine_bins(double low, double high)
      : lo(low), scale(static_cast<double>(bins) / (high > low ? high - low : 1.0)), counts(bins, 0) {}
  void index(const array_kernels& kernels, const double* x, std::size_t n, std::int32_t* into) const {
    kernels.bin_indices(x, n, lo, scale, top, into);
  }
};

/// The chart's histogram of `samples` (`bins` equal bins over [s.min, s.max], as the chart
/// draws them) and their exact type 7 quantiles (Hyndman and Fan; NumPy's default) into `s`,
/// with no copy of the samples. Fine bins' counts (`counted`, made during the run, or else a
/// first pass here over [s.min, s.max]) locate the bin of each wanted order statistic; one pass
/// then counts the chart's bins and gathers only the values of those fine bins, which are
/// selected (nth_element).
simulation_histogram histogram_and_quantiles(simulation_statistic& s, const std::vector<double>& samples, int bins,
                                             const fine_bins* counted) {
  const array_kernels& kernels = active_array_kernels();
  simulation_histogram h;
  const double lo = s.min, hi = s.max > s.min ? s.max : s.min + 1;  // every value equal: one-penny-wide bins
  const auto n = static_cast<std::size_t>(bins);
  for (std::size_t i = 0; i <= n; ++i) h.edges.push_back(lo + (hi - lo) * static_cast<double>(i) / static_cast<double>(n));
  h.counts.assign(n, 0);
  const double scale = static_cast<double>(n) / (hi - lo), top = static_cast<double>(n - 1);
  const std::size_t total = samples.size();
  std::int64_t counted_total = 0;
  if (counted != nullptr)
    for (std::int64_t c : counted->counts) counted_total += c;
  if (counted != nullptr && counted_total != static_cast<std::int64_t>(total)) counted = nullptr;  // not these samples
  // Bin indices a block of values at a time (the arithmetic vectorises), then counted; the
  // chart's counts in four interleaved copies, so that runs of equal bins do not wait on each
  // other's stores.
  constexpr std::size_t block = 1024;
  std::int32_t chart[block], fine[block];
  std::vector<std::int64_t> chart_counts(4 * n, 0);
  const auto count_chart = [&](const double* x, std::size_t count) {
    kernels.bin_indices(x, count, lo, scale, top, chart);
    for (std::size_t j = 0; j < count; ++j) ++chart_counts[4 * static_cast<std::size_t>(chart[j]) + (j & 3)];
  };
  fine_bins own;
  if (counted == nullptr) {
    own = fine_bins(lo, hi);
    for (std::size_t from = 0; from < total; from += block) {
      const std::size_t count = std::min(block, total - from);
      count_chart(samples.data() + from, count);
      own.index(kernels, samples.data() + from, count, fine);
      for (std::size_t j = 0; j < count; ++j) ++own.counts[static_cast<std::size_t>(fine[j])];
    }
  }
  const fine_bins& located = counted != nullptr ? *counted : own;
  const bool spread = s.max > s.min && total > 0;

  // The ranks of each quantile's two order statistics, and the fine bin that holds each.
  const std::initializer_list<double> ps{0.10, 0.50, 0.80, 0.90};
  std::vector<std::int32_t> slot(fine_bins::bins, -1);
  std::vector<std::vector<double>> gathered;
  std::vector<std::pair<std::size_t, std::size_t>> where;  // per rank: (slot, rank within its bin)
  if (spread) {
    std::vector<std::size_t> ranks;
    for (double p : ps) {
      const auto r = static_cast<std::size_t>(std::floor((static_cast<double>(total) - 1) * p));
      ranks.push_back(r);
      ranks.push_back(std::min(total - 1, r + 1));
    }
    std::vector<std::size_t> below(fine_bins::bins + 1, 0);  // values in the fine bins before each
    for (std::size_t b = 0; b < fine_bins::bins; ++b) below[b + 1] = below[b] + static_cast<std::size_t>(located.counts[b]);
    for (std::size_t r : ranks) {
      const auto b = static_cast<std::size_t>(std::upper_bound(below.begin(), below.end(), r) - below.begin() - 1);
      if (slot[b] < 0) {
        slot[b] = static_cast<std::int32_t>(gathered.size());
        gathered.emplace_back().reserve(static_cast<std::size_t>(located.counts[b]));
      }
      where.emplace_back(static_cast<std::size_t>(slot[b]), r - below[b]);
    }
  }
  if (counted != nullptr || spread)
    for (std::size_t from = 0; from < total; from += block) {
      const std::size_t count = std::min(block, total - from);
      if (counted != nullptr) count_chart(samples.data() + from, count);
      if (!spread) continue;
      located.index(kernels, samples.data() + from, count, fine);
      for (std::size_t j = 0; j < count; ++j) {
        const std::int32_t into = slot[static_cast<std::size_t>(fine[j])];
        if (into >= 0) gathered[static_cast<std::size_t>(into)].push_back(samples[from + j]);
      }
    }
  for (std::size_t b = 0; b < 4 * n; ++b) h.counts[b / 4] += chart_counts[b];
  if (!spread) {
    s.p10 = s.p50 = s.p80 = s.p90 = s.min;
    return h;
  }
  std::vector<double> x;
  for (const auto& [g, within] : where) {
    std::vector<double>& bin = gathered[g];
    const auto at = bin.begin() + static_cast<std::ptrdiff_t>(within);
    std::nth_element(bin.begin(), at, bin.end());
    x.push_back(*at);
  }
  double* quantile[] = {&s.p10, &s.p50, &s.p80, &s.p90};
  std::size_t i = 0;
  for (double p : ps) {
    const double h_rank = (static_cast<double>(total) - 1) * p;
    *quantile[i] = x[2 * i] + (h_rank - std::floor(h_rank)) * (x[2 * i + 1] - x[2 * i]);
    ++i;
  }
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

namespace {

/// simulate_blocks; with `fine`, a run of samples kept counts each series' values in fine bins
/// as it goes (their range from the first chunk), so that its summary finds the exact
/// quantiles in one pass over the samples instead of two. `fine` is left empty otherwise.
simulation_partial run_part(const appraisal& base, const std::vector<uncertain_input>& inputs, const risk_register& risks,
                            const simulation_settings& settings, std::int64_t first_block, std::int64_t last_block,
                            std::vector<detail::fine_bins>* fine) {
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

  // Made by the workers (make_samples, below), a vector each in turn, before any block runs.
  std::vector<std::vector<double>> pvc_samples(options), npsv_samples(options);
  std::vector<detail::stream_range> pvc_range(options), npsv_range(options);

  // A figure that money cannot hold is an overflow, as the exact path's money.005, named
  // with its option and iteration. The kernels' passes over a chunk's column say whether any
  // value is out of range (or NaN); only then is the first one looked for and the message built.
  const detail::array_kernels& kernels = detail::active_array_kernels();
  const detail::penny_rounding mode = detail::penny_rounding_of(model.mode);
  const auto check_fits = [&](bool fits, const double* values, const char* figure, std::size_t o,
                              std::int64_t first_iteration_of_chunk) {
    if (fits) return;
    std::int64_t j = 0;
    while (std::abs(values[j]) < 0x1p63) ++j;
    throw overflow_error("money", 5, std::string("the simulated ") + figure + " of " + quote(base.options()[o].name()) +
                                         " in iteration " + std::to_string(first_iteration_of_chunk + j) + " is " +
                                         detail::decimal_text(values[j]) + " pence, which does not fit in 64-bit pence");
  };

  const auto key_of = [&](std::int64_t b) {
    return detail::splitmix64(settings.seed ^ detail::splitmix64(static_cast<std::uint64_t>(b)));
  };
  // The fine bins' ranges: the first chunk's range of each series (NPSV before rounding),
  // widened by half each side. Any range gives the same quantiles; a close one, fewer values
  // to select among. Worth its serial chunk only in a longer run.
  const bool counting = fine != nullptr && !stream && part_iterations >= 8 * simulation_block_size;
  if (counting) {
    detail::simulation_engine::workspace w = engine.make_workspace();
    engine.run(key_of(first_block), 0, w);
    const auto rows = static_cast<Eigen::Index>(detail::simulation_engine::chunk);
    for (std::size_t o = 0; o < options; ++o) {
      const auto col = static_cast<Eigen::Index>(o);
      w.npsv.col(col) = (w.pvb.col(col) - w.pvc.col(col)) - (w.pvb.col(0) - w.pvc.col(0));
      for (const Eigen::ArrayXXd* a : {&w.pvc, &w.npsv}) {
        const auto values = a->col(col).head(rows);
        const detail::stream_range r = detail::widen(values.minCoeff(), values.maxCoeff());
        fine->emplace_back(r.lo, r.hi);
      }
    }
  }

  // One block, into `block` (moments, counts), `bins_tally` (streaming bins) and, when
  // counting, `fine_counts` (options × 2 series × fine bins).
  const auto run_block = [&](std::int64_t b, detail::simulation_engine::workspace& w, detail::simulation_tally& block,
                             detail::simulation_tally& bins_tally, bool keep, std::int64_t* fine_counts) {
    const std::uint64_t key = key_of(b);
    const std::int64_t first = b * simulation_block_size, last = std::min(n, first + simulation_block_size);
    const auto step = static_cast<std::int64_t>(detail::simulation_engine::chunk);
    for (std::int64_t offset = 0; first + offset < last; offset += step) {
      engine.run(key, offset, w);
      const std::int64_t count = std::min(step, last - first - offset);
      const std::int64_t at = first + offset;
      const auto size = static_cast<std::size_t>(count);
      // Column passes: rounded to the penny and checked (a value that does not fit is left as
      // it was, for the message), NPSV against the first option, kept.
      for (std::size_t o = 0; o < options; ++o) {
        double* pvc = w.pvc.col(static_cast<Eigen::Index>(o)).data();
        double* pvb = w.pvb.col(static_cast<Eigen::Index>(o)).data();
        check_fits(kernels.round_pence(pvc, size, mode), pvc, "present value of costs", o, at);
        check_fits(kernels.round_pence(pvb, size, mode), pvb, "present value of benefits", o, at);
      }
      for (std::size_t o = 0; o < options; ++o) {
        const auto col = static_cast<Eigen::Index>(o);
        double* npsv = w.npsv.col(col).data();
        check_fits(kernels.net_present_social_values(w.pvc.col(col).data(), w.pvb.col(col).data(), w.pvc.col(0).data(),
                                                     w.pvb.col(0).data(), npsv, size),
                   npsv, "net present social value", o, at);
        if (!stream && keep) {
          std::copy_n(w.pvc.col(col).data(), size, pvc_samples[o].data() + (at - first_iteration));
          std::copy_n(npsv, size, npsv_samples[o].data() + (at - first_iteration));
        }
        if (fine_counts != nullptr)
          for (std::size_t k = 0; k < 2; ++k) {
            const std::size_t series = 2 * o + k;
            (*fine)[series].index(kernels, k == 0 ? w.pvc.col(col).data() : npsv, size, w.bins.data());
            std::int64_t* counts = fine_counts + series * detail::fine_bins::bins;
            for (std::size_t j = 0; j < size; ++j) ++counts[static_cast<std::size_t>(w.bins[j])];
          }
      }
      // Moments a column at a time; the cheapest and the preferred option as running winners,
      // option by option over the chunk (the comparisons, and their order, of a row at a time).
      for (std::size_t o = 0; o < options; ++o) {
        const auto col = static_cast<Eigen::Index>(o);
        block.pvc[o].add(kernels, w.pvc.col(col).data(), size);
        block.npsv[o].add(kernels, w.npsv.col(col).data(), size);
      }
      double* cheapest = w.cheapest.data();
      double* cheapest_pvc = w.cheapest_pvc.data();
      double* preferred = w.preferred.data();
      double* preferred_net = w.preferred_net.data();
      // Running winners start at +∞: the first viable option always wins (every figure is
      // finite by now), later ones only when strictly lower, as the appraisal ranks ties.
      constexpr double none = std::numeric_limits<double>::infinity();
      std::fill_n(cheapest, size, -1.0);
      std::fill_n(preferred, size, -1.0);
      std::fill_n(cheapest_pvc, size, none);
      std::fill_n(preferred_net, size, none);
      for (std::size_t o = 0; o < options; ++o) {
        if (!model.viable[o]) continue;
        const double* pvc = w.pvc.col(static_cast<Eigen::Index>(o)).data();
        const double* pvb = w.pvb.col(static_cast<Eigen::Index>(o)).data();
        kernels.running_lowest(pvc, static_cast<double>(o), cheapest, cheapest_pvc, size);
        kernels.running_lowest_net(pvc, pvb, static_cast<double>(o), preferred, preferred_net, size);
      }
      for (std::size_t o = 0; o < options; ++o) {
        block.cheapest[o] += kernels.count_equal(cheapest, static_cast<double>(o), size);
        block.preferred[o] += kernels.count_equal(preferred, static_cast<double>(o), size);
      }
      if (stream)
        for (std::size_t o = 0; o < options; ++o)
          for (std::size_t j = 0; j < size; ++j) {
            const auto row = static_cast<Eigen::Index>(j), col = static_cast<Eigen::Index>(o);
            ++bins_tally.pvc_bins[o * (bins + 2) + pvc_range[o].bin(w.pvc(row, col), bins)];
            ++bins_tally.npsv_bins[o * (bins + 2) + npsv_range[o].bin(w.npsv(row, col), bins)];
          }
      if (!model.envelope.empty())
        for (std::size_t j = 0; j < size; ++j) {
          engine.cash_costs(j, w);
          for (std::size_t o = 0; o < options; ++o)
            for (std::size_t t = 0; t < years; ++t)
              if (w.cash[o * years + t] > model.envelope[t]) ++block.over[o * years + t];  // NaN: never
        }
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
    run_block(0, w, block, unused, false, nullptr);
    for (std::size_t o = 0; o < options; ++o) {
      block.pvc[o].close();
      block.npsv[o].close();
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
  // A failure (an overflow met in some iteration) is reported from the earliest block that
  // fails, whatever the threads: blocks are taken in order, so when block b fails every
  // earlier block is already taken and runs to its end, and no later one starts.
  std::exception_ptr failure;
  std::atomic<std::int64_t> failed_block{last_block};
  const auto thread_count = static_cast<std::int64_t>(settings.threads);
  const std::int64_t part_blocks = last_block - first_block;
  const std::int64_t workers = thread_count == 1 || part_blocks == 1 ? 1 : std::min(thread_count, part_blocks);
  // The samples are zeroed, and their pages first touched, by the workers together: one
  // thread's resize of six 8 MB vectors was a tenth of a two-thread run of a million iterations.
  std::latch samples_ready(workers);
  std::atomic<std::size_t> next_samples{0};
  std::exception_ptr allocation_failure;
  const auto make_samples = [&] {
    try {
      if (!stream)
        for (std::size_t v = next_samples++; v < 2 * options; v = next_samples++)
          (v % 2 == 0 ? pvc_samples : npsv_samples)[v / 2].resize(static_cast<std::size_t>(part_iterations));
    } catch (...) {
      const std::lock_guard<std::mutex> guard(lock);
      if (!allocation_failure) allocation_failure = std::current_exception();
    }
    samples_ready.arrive_and_wait();
  };
  const auto worker = [&] {
    make_samples();
    if (allocation_failure) return;
    std::int64_t b = first_block;
    try {
      detail::simulation_engine::workspace w = engine.make_workspace();
      detail::simulation_tally block, own_bins;
      own_bins.reset(options, years, bins);
      std::vector<std::int64_t> own_fine(counting ? 2 * options * detail::fine_bins::bins : 0, 0);
      for (b = counter++; b < failed_block.load(); b = counter++) {
        block.reset(options, years, 0);
        run_block(b, w, block, own_bins, true, counting ? own_fine.data() : nullptr);
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
      for (std::size_t i = 0; i < own_fine.size(); ++i)
        (*fine)[i / detail::fine_bins::bins].counts[i % detail::fine_bins::bins] += own_fine[i];
    } catch (...) {
      const std::lock_guard<std::mutex> guard(lock);
      if (!failure || b < failed_block.load()) {
        failure = std::current_exception();
        failed_block = b;
      }
    }
  };
  if (workers == 1) {
    worker();
  } else {
    std::vector<std::thread> pool;
    for (std::int64_t t = 0; t < workers; ++t) pool.emplace_back(worker);
    for (std::thread& t : pool) t.join();
  }
  if (allocation_failure) std::rethrow_exception(allocation_failure);
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

}  // namespace

simulation_partial simulate_blocks(const appraisal& base, const std::vector<uncertain_input>& inputs,
                                   const risk_register& risks, const simulation_settings& settings,
                                   std::int64_t first_block, std::int64_t last_block) {
  return run_part(base, inputs, risks, settings, first_block, last_block, nullptr);
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

namespace {

/// summarise, with the fine bins' counts of a run that made them (or null).
simulation_result summarise_with(simulation_partial whole, int threads, const std::vector<detail::fine_bins>* fine) {
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
        (costs ? s.present_value_costs_histogram : s.net_present_social_value_histogram) =
            detail::histogram_and_quantiles(stat, samples, whole.histogram_bins, fine != nullptr ? &(*fine)[task] : nullptr);
      }
    };
    std::vector<std::thread> pool;
    for (int t = 1; t < threads && static_cast<std::size_t>(t) < 2 * options; ++t) pool.emplace_back(finish);
    finish();
    for (std::thread& t : pool) t.join();
  }
  return result;
}

}  // namespace

simulation_result summarise(simulation_partial whole, int threads) {
  if (threads < 1 || threads > 256)
    throw invalid_input("simulation", 1, "a simulation runs on 1 to 256 threads, got " + std::to_string(threads));
  return summarise_with(std::move(whole), threads, nullptr);
}

simulation_result simulate(const appraisal& base, const std::vector<uncertain_input>& inputs,
                           const risk_register& risks, const simulation_settings& settings) {
  check_settings(settings);
  std::vector<detail::fine_bins> fine;
  simulation_partial whole = run_part(base, inputs, risks, settings, 0, simulation_blocks(settings.iterations), &fine);
  return summarise_with(std::move(whole), settings.threads, fine.empty() ? nullptr : &fine);
}

}  // namespace commissioning
