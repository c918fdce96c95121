// SPDX-License-Identifier: MIT
/// \file risk/distribution.hpp
/// \brief Probability distributions for uncertain inputs of a simulation: fixed, uniform,
/// triangular, PERT, normal (optionally truncated), lognormal and discrete.
///
/// **Example**: a running cost between 90% and 130% of its estimate, most likely 100%
///
///     const distribution d = distribution::triangular(0.9, 1.0, 1.3);
///     d.mean();            // 1.0666...
///     d.quantile(0.8);     // the P80 factor
///
/// Every distribution samples by its inverse cumulative distribution function (the quantile
/// function) from a uniform number in (0, 1). That one rule is what lets a Gaussian copula
/// correlate inputs of any shape (correlation.hpp): correlated standard normals become
/// uniforms through Φ and then values through the quantile function, so each input keeps its
/// own distribution while the inputs move together. Parameters are checked when a
/// distribution is made, so a bad one never reaches a simulation.
#pragma once

#include <commissioning/names.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstddef>
#include <limits>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace commissioning {

namespace detail {

// AS 241's rational functions are pure arithmetic, always inlined: the simulation's array
// kernels (src/risk/array_kernels*.cpp) are also compiled for AVX2, and no out-of-line copy of
// these may exist for the linker to pick in place of the baseline one.

/// AS 241's central region, |p − 0.5| ≤ 0.425 (85% of draws): a rational function of
/// q = p − 0.5 with no branch, so a loop over many p vectorises.
[[nodiscard, gnu::always_inline]] inline double normal_quantile_central(double q) noexcept {
  const double r = 0.180625 - q * q;
  return q *
         (((((((2509.0809287301226727 * r + 33430.575583588128105) * r + 67265.770927008700853) * r +
              45921.953931549871457) * r + 13731.693765509461125) * r + 1971.5909503065514427) * r +
           133.14166789178437745) * r + 3.387132872796366608) /
         (((((((5226.495278852545925 * r + 28729.085735721942674) * r + 39307.89580009271061) * r +
              21213.794301586595867) * r + 5394.1960214247511077) * r + 687.1870074920579083) * r +
           42.313330701600911252) * r + 1.0);
}

/// AS 241's near tail, r = √−log(min(p, 1 − p)) ≤ 5 (p above about 1.4e-11): |Φ⁻¹(p)|.
[[nodiscard, gnu::always_inline]] inline double normal_quantile_near_tail(double r) noexcept {
  r -= 1.6;
  return (((((((7.7454501427834140764e-4 * r + 0.0227238449892691845833) * r + 0.24178072517745061177) * r +
              1.27045825245236838258) * r + 3.64784832476320460504) * r + 5.7694972214606914055) * r +
           4.6303378461565452959) * r + 1.42343711074968357734) /
         (((((((1.05075007164441684324e-9 * r + 5.475938084995344946e-4) * r + 0.0151986665636164571966) * r +
              0.14810397642748007459) * r + 0.68976733498510000455) * r + 1.6763848301838038494) * r +
           2.05319162663775882187) * r + 1.0);
}

/// AS 241's far tail, r > 5: |Φ⁻¹(p)|.
[[nodiscard, gnu::always_inline]] inline double normal_quantile_far_tail(double r) noexcept {
  r -= 5;
  return (((((((2.01033439929228813265e-7 * r + 2.71155556874348757815e-5) * r + 0.0012426609473880784386) * r +
              0.026532189526576123093) * r + 0.29656057182850489123) * r + 1.7848265399172913358) * r +
           5.4637849111641143699) * r + 6.6579046435011037772) /
         (((((((2.04426310338993978564e-15 * r + 1.4215117583164458887e-7) * r + 1.8463183175100546818e-5) * r +
              7.868691311456132591e-4) * r + 0.0148753612908506148525) * r + 0.13692988092273580531) * r +
           0.59983220655588793769) * r + 1.0);
}

/// exp(x) by Cephes' method (Moshier): x = k ln 2 + r, |r| ≤ ln 2 / 2, with ln 2 in two parts
/// so that k ln 2 is exact; exp(r) by the Padé form 1 + 2r P(r²) / (Q(r²) − r P(r²)), within
/// about an ulp; 2^k built from its bits, in two factors so that subnormal and infinite results
/// come out right. NaN stays NaN. Pure arithmetic: the same bits on every processor (glibc's
/// exp is a different function on processors with FMA).
[[nodiscard, gnu::always_inline]] inline double exp_cephes(double x) noexcept {
  constexpr double magic = 0x1.8p52;  // adding it rounds to a whole number, held in the low bits
  constexpr unsigned long long bias = __builtin_bit_cast(unsigned long long, magic) - 1023;
  x = x < -745.2 ? -745.2 : x;
  x = x > 709.8 ? 709.8 : x;
  const double k = (x * 1.4426950408889634073599 + magic) - magic;
  double r = x - k * 0.693145751953125;
  r = r - k * 1.42860682030941723212e-6;
  const double rr = r * r;
  const double p = r * ((1.26177193074810590878e-4 * rr + 3.02994407707441961300e-2) * rr + 9.99999999999999999910e-1);
  const double q = ((3.00198505138664455042e-6 * rr + 2.52448340349684104192e-3) * rr + 2.27265548208155028766e-1) * rr +
                   2.00000000000000000009e0;
  const double e = 1.0 + 2.0 * (p / (q - p));
  const double half = (k * 0.5 + magic) - magic;
  // 2^half and 2^(k − half), each in [−538, 512]: their bits made from the whole numbers.
  const double first = __builtin_bit_cast(double, (__builtin_bit_cast(unsigned long long, half + magic) - bias) << 52);
  const double second = __builtin_bit_cast(double, (__builtin_bit_cast(unsigned long long, (k - half) + magic) - bias) << 52);
  return e * first * second;
}

/// erfc(x) by Cephes' rational functions (Moshier's ndtr.c): 1 − x T(x²)/U(x²) for |x| < 1,
/// else exp(−x²) P(|x|)/Q(|x|) below 8 and exp(−x²) R(|x|)/S(|x|) beyond (2 minus that for
/// x < 0), with x² split exactly (Veltkamp) so that exp(−x²) keeps its accuracy far out.
/// Branch-free, pure arithmetic: a loop over many x vectorises, with the same bits anywhere.
[[nodiscard, gnu::always_inline]] inline double erfc_cephes(double x) noexcept {
  const double xx = x * x;
  const double t = (((9.60497373987051638749e0 * xx + 9.00260197203842689217e1) * xx + 2.23200534594684319226e3) * xx +
                    7.00332514112805075473e3) * xx + 5.55923013010394962768e4;
  const double u = ((((xx + 3.35617141647503099647e1) * xx + 5.21357949780152679795e2) * xx + 4.59432382970980127987e3) * xx +
                    2.26290000613890934246e4) * xx + 4.92673942608635921086e4;
  double a = __builtin_fabs(x);
  a = a > 30.0 ? 30.0 : a;  // erfc(30) is 0 in doubles already
  const double h = a * a;
  const double c = 134217729.0 * a;  // 2^27 + 1
  const double high = c - (c - a), low = a - high;
  const double rest = ((high * high - h) + 2.0 * high * low) + low * low;  // a² = h + rest, exactly
  const double decay = exp_cephes(-h) * (1.0 - rest);
  const double p = (((((((2.46196981473530512524e-10 * a + 5.64189564831068821977e-1) * a + 7.46321056442269912687e0) * a +
                        4.86371970985681366614e1) * a + 1.96520832956077098242e2) * a + 5.26445194995477358631e2) * a +
                     9.34528527171957607540e2) * a + 1.02755188689515710272e3) * a + 5.57535335369399327526e2;
  const double q = (((((((a + 1.32281951154744992508e1) * a + 8.67072140885989742329e1) * a + 3.54937778887819891062e2) * a +
                       9.75708501743205489753e2) * a + 1.82390916687909736289e3) * a + 2.24633760818710981792e3) * a +
                    1.65666309194161350182e3) * a + 5.57535340817727675546e2;
  const double r = (((((5.64189583547755073984e-1 * a + 1.27536670759978104416e0) * a + 5.01905042251180477414e0) * a +
                      6.16021097993053585195e0) * a + 7.40974269950448939160e0) * a + 2.97886665372100240670e0);
  const double s = (((((a + 2.26052863220117276590e0) * a + 9.39603524938001434673e0) * a + 1.20489539808096656605e1) * a +
                     1.70814450747565897222e1) * a + 9.60896809063285878198e0) * a + 3.36907645100081516050e0;
  // One division for whichever of the three forms applies (its numerator and denominator
  // chosen first): the same quotient, bit for bit, as dividing in each branch. Chosen by bit
  // masks, which GCC does not turn back into a division per branch as it does a `?:`.
  const bool central = __builtin_fabs(x) < 1.0, near = a < 8.0;
  const auto pick = [](bool first, double when, double otherwise) {
    const unsigned long long mask = 0ULL - static_cast<unsigned long long>(first);
    return __builtin_bit_cast(double, (__builtin_bit_cast(unsigned long long, when) & mask) |
                                          (__builtin_bit_cast(unsigned long long, otherwise) & ~mask));
  };
  const double ratio = pick(central, x * t, decay * pick(near, p, r)) / pick(central, u, pick(near, q, s));
  return central ? 1.0 - ratio : (x < 0 ? 2.0 - ratio : ratio);
}

/// AS 241's tails, |p − 0.5| > 0.425: rational functions of √−log(min(p, 1 − p)); ∓∞ at 0 and 1.
[[nodiscard]] inline double normal_quantile_tail(double p) noexcept {
  const double q = p - 0.5;
  double r = q < 0 ? p : 1 - p;
  if (!(r > 0)) return q < 0 ? -std::numeric_limits<double>::infinity() : std::numeric_limits<double>::infinity();
  r = std::sqrt(-std::log(r));
  const double value = r <= 5 ? normal_quantile_near_tail(r) : normal_quantile_far_tail(r);
  return q < 0 ? -value : value;
}

}  // namespace detail

/// Φ⁻¹(p), the standard normal quantile, by Wichura's algorithm AS 241 (PPND16): relative
/// error about 1e-16 over (0, 1); −∞ and +∞ at 0 and 1. p must lie in [0, 1].
[[nodiscard]] inline double standard_normal_quantile(double p) noexcept {
  const double q = p - 0.5;
  return std::abs(q) <= 0.425 ? detail::normal_quantile_central(q) : detail::normal_quantile_tail(p);
}

/// Φ(z), the standard normal distribution function: ½ erfc(−z/√2), by Cephes' erfc (relative
/// error about 1e-15), the same bits on every processor and in a simulation's array passes.
[[nodiscard]] inline double standard_normal_cdf(double z) noexcept {
  return 0.5 * detail::erfc_cephes(-z / 1.4142135623730951);
}

/// A probability distribution of one uncertain input. Values; immutable once made.
class distribution {
 public:
  enum class family { fixed, uniform, triangular, pert, normal, lognormal, discrete };

  /// Always `value`: an input held at its estimate (how a simulation reproduces the
  /// deterministic appraisal).
  [[nodiscard]] static distribution fixed(double value);
  /// Every value in [min, max] equally likely.
  [[nodiscard]] static distribution uniform(double min, double max);
  /// The three-point estimate (min, most likely, max) with straight-line density.
  [[nodiscard]] static distribution triangular(double min, double mode, double max);
  /// The three-point estimate as a PERT (scaled beta, shape 4): smoother tails than the
  /// triangle and a mean nearer the mode, (min + 4 mode + max) / 6. Its quantile function is
  /// the regularized incomplete beta (Boost.Math) tabulated once at `pert_grid` + 1 points
  /// and inverted by interpolation: within (max − min) / 4096 of the exact quantile, and a
  /// binary search rather than a root-finder per draw.
  [[nodiscard]] static distribution pert(double min, double mode, double max);
  /// Normal with `mean` and standard deviation `sd` ≥ 0; truncated to [lower, upper] when
  /// either is given (resampled by inverse CDF within the bounds, never clipped).
  [[nodiscard]] static distribution normal(double mean, double sd, std::optional<double> lower = std::nullopt,
                                           std::optional<double> upper = std::nullopt);
  /// Lognormal given by the mean and standard deviation *of the value itself* (what an
  /// estimator knows: "£100k, give or take £20k"); mean > 0, sd ≥ 0.
  [[nodiscard]] static distribution lognormal(double mean, double sd);
  /// Lognormal given by μ and σ of the value's logarithm (what a statistician fits).
  [[nodiscard]] static distribution lognormal_log(double mu, double sigma);
  /// One of `values`, with `probabilities` (each in [0, 1], summing to 1 within 1e-9).
  [[nodiscard]] static distribution discrete(std::vector<double> values, std::vector<double> probabilities);
  /// The distribution of `kind` with the `parameters()` (and, for a discrete one, the
  /// `probabilities()`) another gave: equal to it. A normal with four parameters is truncated;
  /// a lognormal's are mu and sigma. A missing parameter is 0.
  [[nodiscard]] static distribution from_parameters(family kind, const std::vector<double>& parameters,
                                                    std::vector<double> probabilities = {});

  [[nodiscard]] family kind() const noexcept { return family_; }
  /// The parameters as given: (value), (min, max), (min, mode, max), (mean, sd[, lower, upper]),
  /// (mu, sigma) for lognormals, or the values for discrete.
  [[nodiscard]] const std::vector<double>& parameters() const noexcept { return parameters_; }
  /// The probabilities of a discrete distribution (empty otherwise).
  [[nodiscard]] const std::vector<double>& probabilities() const noexcept { return probabilities_; }

  /// The value whose cumulative probability is `u`, for u in [0, 1] (0 and 1 give the ends of
  /// the support, infinite for a normal); commissioning.distribution.008 for any other u.
  [[nodiscard]] double quantile(double u) const;
  /// The value a standard normal `z` maps to through Φ and the quantile function; exact and
  /// faster (no Φ) for untruncated normals and lognormals. z is first held within the normal
  /// quantiles of `smallest_uniform` and `largest_uniform` (±8.21), so no draw leaves
  /// [lowest(), highest()].
  [[nodiscard]] double from_standard_normal(double z) const;
  /// `quantile` of each of `u` (each in [smallest_uniform, largest_uniform], unchecked) into
  /// `values`: what a simulation draws, a block at a time. Exp and log run over the whole array
  /// (Cephes' functions, vectorised), so a value may differ from `quantile`'s in the last bit.
  void quantiles(const double* u, double* values, std::size_t n) const;
  /// Whether `from_standard_normal` maps a normal to a value without Φ (an untruncated
  /// normal, a lognormal): what a simulation draws these from (Box–Muller normals), and the
  /// others from uniforms through `quantiles`.
  [[nodiscard]] bool maps_normals_directly() const noexcept {
    return family_ == family::lognormal || (family_ == family::normal && !truncated_);
  }
  /// `from_standard_normal` of each of `z` into `values`, as `quantiles` does.
  void from_standard_normals(const double* z, double* values, std::size_t n) const;
  /// The smallest and the largest value a simulation can draw: the quantiles of
  /// `smallest_uniform` and `largest_uniform` (mean ∓ 8.21 sd for a normal). What a simulation
  /// checks a multiplier (never below 0) and a delay (at most 1,200 months) against, once.
  [[nodiscard]] double lowest() const { return draw(smallest_uniform); }
  [[nodiscard]] double highest() const { return draw(largest_uniform); }

  /// The extreme uniforms a simulation's generator gives: 52 random bits centred in their
  /// cell, so [2^-53, 1 − 2^-53], both exact and symmetric about 1/2.
  static constexpr double smallest_uniform = 0x1p-53;
  static constexpr double largest_uniform = 1 - 0x1p-53;
  [[nodiscard]] double mean() const;
  [[nodiscard]] double variance() const;
  [[nodiscard]] double sd() const { return std::sqrt(variance()); }
  /// The distribution in words: "triangular(0.9, 1, 1.3)".
  [[nodiscard]] std::string describe() const;

  /// Equal when of one family with equal parameters (and probabilities).
  friend bool operator==(const distribution& a, const distribution& b) {
    return a.family_ == b.family_ && a.parameters_ == b.parameters_ && a.probabilities_ == b.probabilities_ &&
           a.truncated_ == b.truncated_;
  }

  /// The grid of a PERT's tabulated distribution function: its quantiles are exact to within
  /// (max − min) / pert_grid, because the quantile of u lies in the grid cell where F crosses u.
  static constexpr std::size_t pert_grid = 4096;

 private:
  distribution(family f, std::vector<double> parameters) : family_(f), parameters_(std::move(parameters)) {}
  void check_finite(const char* name) const;
  /// The quantile function, unchecked: u in [0, 1].
  [[nodiscard]] double draw(double u) const;

  family family_ = family::fixed;
  std::vector<double> parameters_;
  std::vector<double> probabilities_;  // discrete: the probabilities
  std::vector<double> cumulative_;     // discrete: running sums
  // Derived constants, for speed: triangular (mode fraction), PERT (alpha, beta),
  // truncated normal (Φ(lower), Φ(upper) − Φ(lower)), lognormal (mu, sigma).
  double a_ = 0, b_ = 0;
  double below_ = 0, above_ = 0;  // triangular: (max − min)(mode − min), (max − min)(max − mode)
  bool truncated_ = false;
  std::shared_ptr<const std::vector<double>> pert_cdf_;  // PERT: F at pert_grid + 1 points
};

namespace detail {

/// A number as "%.10g" writes it: how distributions' parameters read in messages and
/// descriptions (and in the scenario layer's, which quote them the same way).
[[nodiscard]] std::string decimal_text(double value);

}  // namespace detail

// ------------------------------------------------------------ inline: the simulation's draws
// The quantile functions run once per input per iteration of a simulation, so they stay
// here, where the engine (src/risk/simulation.cpp) can inline them.

inline double distribution::draw(double u) const {
  const std::vector<double>& p = parameters_;
  switch (family_) {
    case family::fixed: return p[0];
    case family::uniform: return p[0] + u * (p[1] - p[0]);
    case family::triangular: return u < a_ ? p[0] + std::sqrt(u * below_) : p[2] - std::sqrt((1 - u) * above_);
    case family::pert: {
      if (p[2] == p[0]) return p[0];
      // Linear interpolation of the tabulated distribution function: within one grid step.
      const std::vector<double>& f = *pert_cdf_;
      const auto above = std::upper_bound(f.begin(), f.end(), u);
      const auto j = static_cast<std::size_t>(std::clamp<std::ptrdiff_t>(above - f.begin() - 1, 0,
                                                                        static_cast<std::ptrdiff_t>(f.size()) - 2));
      const double step = f[j + 1] - f[j];
      const double within = step > 0 ? std::clamp((u - f[j]) / step, 0.0, 1.0) : 0.0;
      return p[0] + (p[2] - p[0]) * (static_cast<double>(j) + within) / static_cast<double>(f.size() - 1);
    }
    case family::normal:
      if (!truncated_ || p[1] == 0) return p[0] + p[1] * standard_normal_quantile(u);
      return std::clamp(p[0] + p[1] * standard_normal_quantile(a_ + u * b_), p[2], p[3]);
    case family::lognormal: return std::exp(a_ + b_ * standard_normal_quantile(u));
    case family::discrete: {
      const auto found = std::upper_bound(cumulative_.begin(), cumulative_.end(), u);
      return p[static_cast<std::size_t>(std::min<std::ptrdiff_t>(found - cumulative_.begin(),
                                                                 static_cast<std::ptrdiff_t>(p.size()) - 1))];
    }
  }
  return p[0];
}

inline double distribution::from_standard_normal(double z) const {
  if (family_ == family::fixed) return parameters_[0];
  if (family_ == family::lognormal || (family_ == family::normal && !truncated_)) {
    static const double z_lo = standard_normal_quantile(smallest_uniform), z_hi = standard_normal_quantile(largest_uniform);
    z = std::clamp(z, z_lo, z_hi);
    return family_ == family::lognormal ? std::exp(a_ + b_ * z) : parameters_[0] + parameters_[1] * z;
  }
  // Φ(z) rounds to exactly 0 or 1 far in the tails; keep it where the generator's uniforms are.
  return draw(std::clamp(standard_normal_cdf(z), smallest_uniform, largest_uniform));
}

/// The families' names, on every face (names.hpp): a Distribution's `family` and its pickle.
template <>
struct enum_names<distribution::family> {
  static constexpr std::string_view what = "distribution family";
  static constexpr std::array<enum_name<distribution::family>, 7> names{{
      {distribution::family::fixed, "fixed"},
      {distribution::family::uniform, "uniform"},
      {distribution::family::triangular, "triangular"},
      {distribution::family::pert, "pert"},
      {distribution::family::normal, "normal"},
      {distribution::family::lognormal, "lognormal"},
      {distribution::family::discrete, "discrete"},
  }};
};

}  // namespace commissioning
