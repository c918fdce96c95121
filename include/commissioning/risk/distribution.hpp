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

#include <commissioning/error.hpp>

#include <boost/math/special_functions/beta.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>
#include <memory>
#include <numbers>
#include <optional>
#include <string>
#include <vector>

namespace commissioning {

/// Φ⁻¹(p), the standard normal quantile, by Wichura's algorithm AS 241 (PPND16): relative
/// error about 1e-16 over (0, 1). p must lie in (0, 1).
[[nodiscard]] inline double standard_normal_quantile(double p) noexcept {
  const double q = p - 0.5;
  if (std::abs(q) <= 0.425) {
    const double r = 0.180625 - q * q;
    return q *
           (((((((2509.0809287301226727 * r + 33430.575583588128105) * r + 67265.770927008700853) * r +
                45921.953931549871457) * r + 13731.693765509461125) * r + 1971.5909503065514427) * r +
             133.14166789178437745) * r + 3.387132872796366608) /
           (((((((5226.495278852545925 * r + 28729.085735721942674) * r + 39307.89580009271061) * r +
                21213.794301586595867) * r + 5394.1960214247511077) * r + 687.1870074920579083) * r +
             42.313330701600911252) * r + 1.0);
  }
  double r = q < 0 ? p : 1 - p;
  r = std::sqrt(-std::log(r));
  double value;
  if (r <= 5) {
    r -= 1.6;
    value = (((((((7.7454501427834140764e-4 * r + 0.0227238449892691845833) * r + 0.24178072517745061177) * r +
                 1.27045825245236838258) * r + 3.64784832476320460504) * r + 5.7694972214606914055) * r +
              4.6303378461565452959) * r + 1.42343711074968357734) /
            (((((((1.05075007164441684324e-9 * r + 5.475938084995344946e-4) * r + 0.0151986665636164571966) * r +
                 0.14810397642748007459) * r + 0.68976733498510000455) * r + 1.6763848301838038494) * r +
              2.05319162663775882187) * r + 1.0);
  } else {
    r -= 5;
    value = (((((((2.01033439929228813265e-7 * r + 2.71155556874348757815e-5) * r + 0.0012426609473880784386) * r +
                 0.026532189526576123093) * r + 0.29656057182850489123) * r + 1.7848265399172913358) * r +
              5.4637849111641143699) * r + 6.6579046435011037772) /
            (((((((2.04426310338993978564e-15 * r + 1.4215117583164458887e-7) * r + 1.8463183175100546818e-5) * r +
                 7.868691311456132591e-4) * r + 0.0148753612908506148525) * r + 0.13692988092273580531) * r +
              0.59983220655588793769) * r + 1.0);
  }
  return q < 0 ? -value : value;
}

/// Φ(z), the standard normal distribution function.
[[nodiscard]] inline double standard_normal_cdf(double z) noexcept { return 0.5 * std::erfc(-z / std::sqrt(2.0)); }

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

  [[nodiscard]] family kind() const noexcept { return family_; }
  /// The parameters as given: (value), (min, max), (min, mode, max), (mean, sd[, lower, upper]),
  /// (mu, sigma) for lognormals, or the values for discrete.
  [[nodiscard]] const std::vector<double>& parameters() const noexcept { return parameters_; }
  /// The probabilities of a discrete distribution (empty otherwise).
  [[nodiscard]] const std::vector<double>& probabilities() const noexcept { return probabilities_; }

  /// The value whose cumulative probability is `u`, for u in (0, 1).
  [[nodiscard]] double quantile(double u) const;
  /// The value a standard normal `z` maps to through Φ and the quantile function; exact and
  /// faster (no Φ) for untruncated normals and lognormals.
  [[nodiscard]] double from_standard_normal(double z) const;
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

  family family_ = family::fixed;
  std::vector<double> parameters_;
  std::vector<double> probabilities_;  // discrete: the probabilities
  std::vector<double> cumulative_;     // discrete: running sums
  // Derived constants, for speed: triangular (mode fraction), PERT (alpha, beta),
  // truncated normal (Φ(lower), Φ(upper) − Φ(lower)), lognormal (mu, sigma).
  double a_ = 0, b_ = 0;
  bool truncated_ = false;
  std::shared_ptr<const std::vector<double>> pert_cdf_;  // PERT: F at pert_grid + 1 points
};

// ---------------------------------------------------------------------------- implementation

namespace detail {

inline std::string decimal_text(double value) {
  char text[40];
  std::snprintf(text, sizeof text, "%.10g", value);
  return text;
}

}  // namespace detail

inline void distribution::check_finite(const char* name) const {
  for (double p : parameters_)
    if (!std::isfinite(p))
      throw invalid_input("distribution", 1, std::string("a ") + name + " distribution needs finite parameters, got " +
                                                 detail::decimal_text(p));
  for (double p : probabilities_)
    if (!std::isfinite(p))
      throw invalid_input("distribution", 1, std::string("a ") + name + " distribution needs finite probabilities, got " +
                                                 detail::decimal_text(p));
}

inline distribution distribution::fixed(double value) {
  distribution d(family::fixed, {value});
  d.check_finite("fixed");
  return d;
}

inline distribution distribution::uniform(double min, double max) {
  distribution d(family::uniform, {min, max});
  d.check_finite("uniform");
  if (min > max)
    throw invalid_input("distribution", 2, "a uniform distribution's min " + detail::decimal_text(min) +
                                               " is above its max " + detail::decimal_text(max));
  return d;
}

inline distribution distribution::triangular(double min, double mode, double max) {
  distribution d(family::triangular, {min, mode, max});
  d.check_finite("triangular");
  if (min > max)
    throw invalid_input("distribution", 2, "a triangular distribution's min " + detail::decimal_text(min) +
                                               " is above its max " + detail::decimal_text(max));
  if (mode < min || mode > max)
    throw invalid_input("distribution", 3, "a triangular distribution's mode " + detail::decimal_text(mode) +
                                               " is outside [" + detail::decimal_text(min) + ", " +
                                               detail::decimal_text(max) + "]");
  d.a_ = max > min ? (mode - min) / (max - min) : 0;
  return d;
}

inline distribution distribution::pert(double min, double mode, double max) {
  distribution d(family::pert, {min, mode, max});
  d.check_finite("PERT");
  if (min > max)
    throw invalid_input("distribution", 2, "a PERT distribution's min " + detail::decimal_text(min) +
                                               " is above its max " + detail::decimal_text(max));
  if (mode < min || mode > max)
    throw invalid_input("distribution", 3, "a PERT distribution's mode " + detail::decimal_text(mode) +
                                               " is outside [" + detail::decimal_text(min) + ", " +
                                               detail::decimal_text(max) + "]");
  if (max > min) {
    d.a_ = 1 + 4 * (mode - min) / (max - min);
    d.b_ = 1 + 4 * (max - mode) / (max - min);
    auto cdf = std::make_shared<std::vector<double>>(pert_grid + 1);
    for (std::size_t j = 0; j <= pert_grid; ++j)
      (*cdf)[j] = boost::math::ibeta(d.a_, d.b_, static_cast<double>(j) / static_cast<double>(pert_grid));
    d.pert_cdf_ = std::move(cdf);
  }
  return d;
}

inline distribution distribution::normal(double mean, double sd, std::optional<double> lower, std::optional<double> upper) {
  std::vector<double> parameters{mean, sd};
  if (lower || upper) {
    parameters.push_back(lower.value_or(-std::numeric_limits<double>::infinity()));
    parameters.push_back(upper.value_or(std::numeric_limits<double>::infinity()));
  }
  distribution d(family::normal, {mean, sd});
  d.check_finite("normal");
  if (sd < 0) throw invalid_input("distribution", 4, "a normal distribution's sd " + detail::decimal_text(sd) + " is negative");
  if ((lower && std::isnan(*lower)) || (upper && std::isnan(*upper)))
    throw invalid_input("distribution", 1, "a truncated normal distribution's bounds must not be NaN");
  d.parameters_ = std::move(parameters);
  if (lower || upper) {
    const double lo = d.parameters_[2], hi = d.parameters_[3];
    if (lo > hi)
      throw invalid_input("distribution", 2, "a truncated normal distribution's lower bound " + detail::decimal_text(lo) +
                                                 " is above its upper bound " + detail::decimal_text(hi));
    d.truncated_ = true;
    if (sd > 0) {
      d.a_ = standard_normal_cdf((lo - mean) / sd);
      d.b_ = standard_normal_cdf((hi - mean) / sd) - d.a_;
      if (!(d.b_ > 0))
        throw domain_violation("distribution", 6, "a normal distribution with mean " + detail::decimal_text(mean) +
                                                      " and sd " + detail::decimal_text(sd) +
                                                      " has no probability between " + detail::decimal_text(lo) +
                                                      " and " + detail::decimal_text(hi));
    } else if (mean < lo || mean > hi) {
      throw domain_violation("distribution", 6, "a normal distribution fixed at its mean " + detail::decimal_text(mean) +
                                                    " has no probability between " + detail::decimal_text(lo) + " and " +
                                                    detail::decimal_text(hi));
    }
  }
  return d;
}

inline distribution distribution::lognormal(double mean, double sd) {
  distribution d(family::lognormal, {mean, sd});
  d.check_finite("lognormal");
  if (sd < 0) throw invalid_input("distribution", 4, "a lognormal distribution's sd " + detail::decimal_text(sd) + " is negative");
  if (mean <= 0)
    throw invalid_input("distribution", 7, "a lognormal distribution's mean must be positive, got " + detail::decimal_text(mean));
  const double sigma2 = std::log1p((sd / mean) * (sd / mean));
  d.a_ = std::log(mean) - sigma2 / 2;  // mu
  d.b_ = std::sqrt(sigma2);            // sigma
  d.parameters_ = {d.a_, d.b_};
  return d;
}

inline distribution distribution::lognormal_log(double mu, double sigma) {
  distribution d(family::lognormal, {mu, sigma});
  d.check_finite("lognormal");
  if (sigma < 0)
    throw invalid_input("distribution", 4, "a lognormal distribution's sigma " + detail::decimal_text(sigma) + " is negative");
  d.a_ = mu;
  d.b_ = sigma;
  return d;
}

inline distribution distribution::discrete(std::vector<double> values, std::vector<double> probabilities) {
  distribution d(family::discrete, std::move(values));
  d.probabilities_ = std::move(probabilities);
  d.check_finite("discrete");
  if (d.parameters_.empty() || d.parameters_.size() != d.probabilities_.size())
    throw invalid_input("distribution", 5, "a discrete distribution needs as many probabilities as values, got " +
                                               std::to_string(d.parameters_.size()) + " values and " +
                                               std::to_string(d.probabilities_.size()) + " probabilities");
  double sum = 0;
  for (double p : d.probabilities_) {
    if (p < 0 || p > 1)
      throw invalid_input("distribution", 5, "a discrete distribution's probability " + detail::decimal_text(p) +
                                                 " is outside [0, 1]");
    sum += p;
    d.cumulative_.push_back(sum);
  }
  if (std::abs(sum - 1) > 1e-9)
    throw invalid_input("distribution", 5, "a discrete distribution's probabilities sum to " + detail::decimal_text(sum) +
                                               ", not 1");
  d.cumulative_.back() = 1;  // a sum of 1 − 1e-12 must still cover every u below 1
  return d;
}

inline double distribution::quantile(double u) const {
  const std::vector<double>& p = parameters_;
  switch (family_) {
    case family::fixed: return p[0];
    case family::uniform: return p[0] + u * (p[1] - p[0]);
    case family::triangular: {
      const double width = p[2] - p[0];
      return u < a_ ? p[0] + std::sqrt(u * width * (p[1] - p[0])) : p[2] - std::sqrt((1 - u) * width * (p[2] - p[1]));
    }
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
  if (family_ == family::lognormal) return std::exp(a_ + b_ * z);
  if (family_ == family::normal && !truncated_) return parameters_[0] + parameters_[1] * z;
  if (family_ == family::fixed) return parameters_[0];
  // Φ(z) may round to exactly 0 or 1 far in the tails; keep it inside (0, 1).
  const double u = std::clamp(standard_normal_cdf(z), std::numeric_limits<double>::min(), 1 - 0x1p-53);
  return quantile(u);
}

inline double distribution::mean() const {
  const std::vector<double>& p = parameters_;
  switch (family_) {
    case family::fixed: return p[0];
    case family::uniform: return (p[0] + p[1]) / 2;
    case family::triangular: return (p[0] + p[1] + p[2]) / 3;
    case family::pert: return (p[0] + 4 * p[1] + p[2]) / 6;
    case family::normal: {
      if (!truncated_ || p[1] == 0) return p[0];
      const double alpha = (p[2] - p[0]) / p[1], beta = (p[3] - p[0]) / p[1];
      const auto phi = [](double x) { return std::isfinite(x) ? std::exp(-x * x / 2) / std::sqrt(2 * std::numbers::pi) : 0.0; };
      return p[0] + p[1] * (phi(alpha) - phi(beta)) / b_;
    }
    case family::lognormal: return std::exp(a_ + b_ * b_ / 2);
    case family::discrete: {
      double sum = 0;
      for (std::size_t i = 0; i < p.size(); ++i) sum += p[i] * probabilities_[i];
      return sum;
    }
  }
  return p[0];
}

inline double distribution::variance() const {
  const std::vector<double>& p = parameters_;
  switch (family_) {
    case family::fixed: return 0;
    case family::uniform: return (p[1] - p[0]) * (p[1] - p[0]) / 12;
    case family::triangular:
      return (p[0] * p[0] + p[1] * p[1] + p[2] * p[2] - p[0] * p[1] - p[0] * p[2] - p[1] * p[2]) / 18;
    case family::pert: {
      if (p[2] == p[0]) return 0;
      const double s = a_ + b_;
      return (p[2] - p[0]) * (p[2] - p[0]) * a_ * b_ / (s * s * (s + 1));
    }
    case family::normal: {
      if (!truncated_ || p[1] == 0) return truncated_ ? 0 : p[1] * p[1];
      const double alpha = (p[2] - p[0]) / p[1], beta = (p[3] - p[0]) / p[1];
      const auto phi = [](double x) { return std::isfinite(x) ? std::exp(-x * x / 2) / std::sqrt(2 * std::numbers::pi) : 0.0; };
      const auto xphi = [&](double x) { return std::isfinite(x) ? x * phi(x) : 0.0; };
      const double ratio = (phi(alpha) - phi(beta)) / b_;
      return p[1] * p[1] * (1 + (xphi(alpha) - xphi(beta)) / b_ - ratio * ratio);
    }
    case family::lognormal: return std::expm1(b_ * b_) * std::exp(2 * a_ + b_ * b_);
    case family::discrete: {
      const double m = mean();
      double sum = 0;
      for (std::size_t i = 0; i < p.size(); ++i) sum += (p[i] - m) * (p[i] - m) * probabilities_[i];
      return sum;
    }
  }
  return 0;
}

inline std::string distribution::describe() const {
  static constexpr const char* names[] = {"fixed", "uniform", "triangular", "PERT", "normal", "lognormal", "discrete"};
  std::string text = names[static_cast<int>(family_)];
  text.append("(");
  if (family_ == family::lognormal) text.append("mu ");
  for (std::size_t i = 0; i < parameters_.size(); ++i) {
    if (i > 0) text.append(family_ == family::lognormal ? ", sigma " : ", ");
    text.append(detail::decimal_text(parameters_[i]));
    if (family_ == family::discrete) text.append(" p ").append(detail::decimal_text(probabilities_[i]));
  }
  text.append(")");
  return text;
}

}  // namespace commissioning
