// SPDX-License-Identifier: MIT
// Distributions: the factories (parameter checks, the PERT table from Boost.Math's incomplete
// beta), moments and descriptions of risk/distribution.hpp, compiled once. The quantile
// functions a simulation draws through stay inline in the header.
#include <commissioning/risk/distribution.hpp>

#include "array_kernels.hpp"

#include <commissioning/error.hpp>

#include <boost/math/special_functions/beta.hpp>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdio>
#include <limits>
#include <memory>
#include <numbers>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace commissioning {

namespace detail {

std::string decimal_text(double value) {
  char text[40];
  std::snprintf(text, sizeof text, "%.10g", value);
  return text;
}

}  // namespace detail

void distribution::check_finite(const char* name) const {
  for (double p : parameters_)
    if (!std::isfinite(p))
      throw invalid_input("distribution", 1, std::string("a ") + name + " distribution needs finite parameters, got " +
                                                 detail::decimal_text(p));
  for (double p : probabilities_)
    if (!std::isfinite(p))
      throw invalid_input("distribution", 1, std::string("a ") + name + " distribution needs finite probabilities, got " +
                                                 detail::decimal_text(p));
}

namespace {

/// A three-point or two-point distribution whose width max − min overflows a double cannot be
/// sampled (its quantiles would be infinite): refused with the finite-parameter id.
void check_width(const char* name, double min, double max) {
  if (!std::isfinite(max - min))
    throw invalid_input("distribution", 1, std::string("a ") + name + " distribution's width from " +
                                               detail::decimal_text(min) + " to " + detail::decimal_text(max) +
                                               " does not fit in a double");
}

}  // namespace

double distribution::quantile(double u) const {
  if (!(u >= 0 && u <= 1))
    throw invalid_input("distribution", 8, "a quantile needs a cumulative probability in [0, 1], got " +
                                               detail::decimal_text(u));
  return draw(u);
}

void distribution::quantiles(const double* u, double* values, std::size_t n) const {
  const detail::array_kernels& kernels = detail::active_array_kernels();
  const std::vector<double>& p = parameters_;
  switch (family_) {
    case family::uniform: {
      const double lo = p[0], width = p[1] - p[0];
      for (std::size_t j = 0; j < n; ++j) values[j] = lo + u[j] * width;
      return;
    }
    case family::triangular: kernels.triangular(u, p[0], p[2], a_, below_, above_, values, n); return;
    case family::normal:
    case family::lognormal:
      if (family_ == family::normal && truncated_ && p[1] != 0) break;
      // Φ⁻¹ over the array (AS 241; array_kernels.hpp), then the value.
      kernels.normal_quantiles(u, values, n);
      if (family_ == family::normal) {
        for (std::size_t j = 0; j < n; ++j) values[j] = p[0] + p[1] * values[j];
      } else {
        kernels.exp_affine(a_, b_, values, values, n);
      }
      return;
    case family::fixed:
    case family::pert:
    case family::discrete: break;
  }
  for (std::size_t j = 0; j < n; ++j) values[j] = draw(u[j]);
}

void distribution::from_standard_normals(const double* z, double* values, std::size_t n) const {
  const detail::array_kernels& kernels = detail::active_array_kernels();
  if (family_ == family::lognormal || (family_ == family::normal && !truncated_)) {
    static const double z_lo = standard_normal_quantile(smallest_uniform), z_hi = standard_normal_quantile(largest_uniform);
    for (std::size_t j = 0; j < n; ++j) values[j] = std::clamp(z[j], z_lo, z_hi);
    if (family_ == family::normal) {
      for (std::size_t j = 0; j < n; ++j) values[j] = parameters_[0] + parameters_[1] * values[j];
    } else {
      kernels.exp_affine(a_, b_, values, values, n);
    }
    return;
  }
  if (family_ == family::fixed) {
    for (std::size_t j = 0; j < n; ++j) values[j] = parameters_[0];
    return;
  }
  // Φ over the array, held within the generator's uniforms, then the quantile function.
  kernels.normal_cdf(z, values, n);
  quantiles(values, values, n);
}

distribution distribution::fixed(double value) {
  distribution d(family::fixed, {value});
  d.check_finite("fixed");
  return d;
}

distribution distribution::uniform(double min, double max) {
  distribution d(family::uniform, {min, max});
  d.check_finite("uniform");
  if (min > max)
    throw invalid_input("distribution", 2, "a uniform distribution's min " + detail::decimal_text(min) +
                                               " is above its max " + detail::decimal_text(max));
  check_width("uniform", min, max);
  return d;
}

distribution distribution::triangular(double min, double mode, double max) {
  distribution d(family::triangular, {min, mode, max});
  d.check_finite("triangular");
  if (min > max)
    throw invalid_input("distribution", 2, "a triangular distribution's min " + detail::decimal_text(min) +
                                               " is above its max " + detail::decimal_text(max));
  if (mode < min || mode > max)
    throw invalid_input("distribution", 3, "a triangular distribution's mode " + detail::decimal_text(mode) +
                                               " is outside [" + detail::decimal_text(min) + ", " +
                                               detail::decimal_text(max) + "]");
  check_width("triangular", min, max);
  d.a_ = max > min ? (mode - min) / (max - min) : 0;
  d.below_ = (max - min) * (mode - min);
  d.above_ = (max - min) * (max - mode);
  if (!std::isfinite(d.below_) || !std::isfinite(d.above_))
    throw invalid_input("distribution", 1, "a triangular distribution from " + detail::decimal_text(min) + " to " +
                                               detail::decimal_text(max) + " is too wide to sample in doubles");
  return d;
}

distribution distribution::pert(double min, double mode, double max) {
  distribution d(family::pert, {min, mode, max});
  d.check_finite("PERT");
  if (min > max)
    throw invalid_input("distribution", 2, "a PERT distribution's min " + detail::decimal_text(min) +
                                               " is above its max " + detail::decimal_text(max));
  if (mode < min || mode > max)
    throw invalid_input("distribution", 3, "a PERT distribution's mode " + detail::decimal_text(mode) +
                                               " is outside [" + detail::decimal_text(min) + ", " +
                                               detail::decimal_text(max) + "]");
  check_width("PERT", min, max);
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

distribution distribution::normal(double mean, double sd, std::optional<double> lower, std::optional<double> upper) {
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

distribution distribution::lognormal(double mean, double sd) {
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

distribution distribution::lognormal_log(double mu, double sigma) {
  distribution d(family::lognormal, {mu, sigma});
  d.check_finite("lognormal");
  if (sigma < 0)
    throw invalid_input("distribution", 4, "a lognormal distribution's sigma " + detail::decimal_text(sigma) + " is negative");
  d.a_ = mu;
  d.b_ = sigma;
  return d;
}

distribution distribution::discrete(std::vector<double> values, std::vector<double> probabilities) {
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

double distribution::mean() const {
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

double distribution::variance() const {
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

std::string distribution::describe() const {
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

distribution distribution::from_parameters(family kind, const std::vector<double>& parameters,
                                           std::vector<double> probabilities) {
  const auto at = [&](std::size_t i) { return i < parameters.size() ? parameters[i] : 0.0; };
  switch (kind) {
    case family::fixed: break;
    case family::uniform: return uniform(at(0), at(1));
    case family::triangular: return triangular(at(0), at(1), at(2));
    case family::pert: return pert(at(0), at(1), at(2));
    case family::normal:  // a truncated normal keeps its bounds as parameters 3 and 4
      return parameters.size() == 4 ? normal(at(0), at(1), at(2), at(3)) : normal(at(0), at(1));
    case family::lognormal: return lognormal_log(at(0), at(1));  // mu and sigma, however it was made
    case family::discrete: return discrete(parameters, std::move(probabilities));
  }
  return fixed(at(0));
}

}  // namespace commissioning
