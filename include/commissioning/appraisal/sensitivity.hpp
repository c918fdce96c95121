// SPDX-License-Identifier: MIT
/// \file appraisal/sensitivity.hpp
/// \brief Sensitivity analysis and switching values of an appraisal (Green Book 2022
/// 5.59–5.61): how the answer moves when one input moves, and how far an input must move
/// before the preferred option changes.
///
/// **Example**: the Green Book's Box 12 (benefits £8m, costs £10m in present value)
///
///     const switching_value sv = find_switching_value(
///         remediation, appraisal_input::benefits("Remediate the site"), "Remediate the site", "Do nothing");
///     *sv.multiplier;   // 1.25: benefits must rise by 25% before the scheme breaks even
///
/// An input is a named part of the appraisal (one line, an option's costs or benefits, a cost
/// category, the discount rate) multiplied by a factor; the appraisal is re-run exactly for
/// each factor. Switching values are found by bracketing and TOMS 748 (Boost.Math), so inputs
/// that move the answer non-linearly (the discount rate) are handled the same way.
#pragma once

#include <commissioning/appraisal/appraisal.hpp>
#include <commissioning/appraisal/option.hpp>
#include <commissioning/error.hpp>
#include <commissioning/money/money.hpp>
#include <commissioning/money/rate.hpp>

#include <boost/math/tools/toms748_solve.hpp>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace commissioning {

/// A part of an appraisal that sensitivity analysis moves, by multiplying it.
class appraisal_input {
 public:
  /// One line of one option.
  [[nodiscard]] static appraisal_input line(std::string option, std::string line) {
    return {target::line, std::move(option), std::move(line), cost_category::other};
  }
  /// Every cost line of an option.
  [[nodiscard]] static appraisal_input costs(std::string option) {
    return {target::costs, std::move(option), {}, cost_category::other};
  }
  /// Every benefit, cashable saving and income line of an option.
  [[nodiscard]] static appraisal_input benefits(std::string option) {
    return {target::benefits, std::move(option), {}, cost_category::other};
  }
  /// Every line of one category in an option.
  [[nodiscard]] static appraisal_input category(std::string option, cost_category category) {
    return {target::category, std::move(option), {}, category};
  }
  /// Every rate of the discount schedule.
  [[nodiscard]] static appraisal_input discount_rate() { return {target::discount_rate, {}, {}, cost_category::other}; }

  /// The input in words: "Contract payments (Externally commission a new service)".
  [[nodiscard]] std::string name() const;

  /// `base` with this input multiplied by `multiplier` (≥ 0).
  [[nodiscard]] appraisal apply(const appraisal& base, const rate& multiplier) const;

  friend bool operator==(const appraisal_input&, const appraisal_input&) = default;

 private:
  enum class target { line, costs, benefits, category, discount_rate };
  appraisal_input(target what, std::string option, std::string line, cost_category category)
      : target_(what), option_(std::move(option)), line_(std::move(line)), category_(category) {}

  target target_;
  std::string option_;
  std::string line_;
  cost_category category_;
};

/// The figure a sensitivity analysis watches.
enum class sensitivity_metric {
  net_present_cost,          ///< the option's PVC − PVB
  net_present_social_value,  ///< the option's social value against the baseline
};

/// One input moved down and up.
struct sensitivity_row {
  std::string input;
  money at_low;                   ///< the metric with the input × (1 − change)
  money at_high;                  ///< the metric with the input × (1 + change)
  money swing;                    ///< |at_high − at_low|: the bar's length in a tornado chart
  std::string preferred_at_low;   ///< the preferred option then (empty: none viable)
  std::string preferred_at_high;
  friend bool operator==(const sensitivity_row&, const sensitivity_row&) = default;
};

/// One-way sensitivity: each input moved on its own, largest swing first (tornado order).
struct sensitivity_analysis {
  std::string option;   ///< whose metric is watched
  sensitivity_metric metric = sensitivity_metric::net_present_cost;
  rate change;          ///< e.g. 10%: each input × 0.9 and × 1.1
  money base;           ///< the metric unmoved
  std::string preferred;
  std::vector<sensitivity_row> rows;
  friend bool operator==(const sensitivity_analysis&, const sensitivity_analysis&) = default;
};

/// Moves each of `inputs` by ±`change` (0 < change ≤ 100%) and watches `metric` of `option`
/// (by default the preferred option, or the baseline when none is viable).
[[nodiscard]] sensitivity_analysis one_way_sensitivity(const appraisal& base, const std::vector<appraisal_input>& inputs,
                                                       const rate& change, std::string option = {},
                                                       sensitivity_metric metric = sensitivity_metric::net_present_cost);

/// The multiplier of an input at which two options have equal net present social value.
struct switching_value {
  std::string input;
  std::string option;
  std::string rival;
  /// The input × multiplier makes the two equal; none when no multiplier from 0 to
  /// `switching_value_limit` does (the input cannot change the order).
  std::optional<double> multiplier;
  /// multiplier − 1: +0.25 is "must rise by 25%".
  [[nodiscard]] std::optional<double> change() const {
    return multiplier ? std::optional<double>(*multiplier - 1) : std::nullopt;
  }
  std::string sentence;  ///< the finding in words, for the report
  friend bool operator==(const switching_value&, const switching_value&) = default;
};

/// How far up a switching value is searched: an input a thousand times its estimate.
inline constexpr double switching_value_limit = 1024;

/// The multiplier of `input` at which `option` and `rival` have equal net present social
/// value (the nearest to 1 when there are several).
[[nodiscard]] switching_value find_switching_value(const appraisal& base, const appraisal_input& input,
                                                   std::string_view option, std::string_view rival);
/// The multiplier of `input` nearest to 1 at which the preferred option stops being preferred:
/// the nearest crossing with any viable rival.
[[nodiscard]] switching_value find_switching_value(const appraisal& base, const appraisal_input& input);

// ---------------------------------------------------------------------------- implementation

inline std::string appraisal_input::name() const {
  switch (target_) {
    case target::line: return line_ + " (" + option_ + ")";
    case target::costs: return "Costs (" + option_ + ")";
    case target::benefits: return "Benefits (" + option_ + ")";
    case target::category: {
      std::string words(to_string(category_));
      if (!words.empty() && words.front() >= 'a' && words.front() <= 'z') words.front() = static_cast<char>(words.front() - 'a' + 'A');
      return words + " (" + option_ + ")";
    }
    case target::discount_rate: return "Discount rate";
  }
  return {};
}

inline appraisal appraisal_input::apply(const appraisal& base, const rate& multiplier) const {
  if (multiplier.value() < 0)
    throw invalid_input("sensitivity", 1, "an input cannot be multiplied by a negative factor, got " +
                                              multiplier.to_string() + " for " + name());
  if (target_ == target::discount_rate) {
    appraisal_settings settings = base.settings();
    settings.schedule = settings.schedule.scaled(multiplier);
    return base.with_settings(std::move(settings));
  }
  option changed = base.option(option_);
  if (target_ == target::line) (void)changed.line(line_);  // names a missing line
  const rounding mode = base.settings().mode;
  for (appraisal_line& l : changed.mutable_lines()) {
    const bool moves = (target_ == target::line && l.name() == line_) ||
                       (target_ == target::costs && l.kind() == line_kind::cost) ||
                       (target_ == target::benefits && l.kind() != line_kind::cost) ||
                       (target_ == target::category && l.category() == category_);
    if (moves) l = l.scaled(multiplier, mode);
  }
  return base.with_option(std::move(changed));
}

namespace detail {

inline money sensitivity_value(const appraisal_result& result, const std::string& option, sensitivity_metric metric) {
  const option_appraisal& o = result.option(option);
  return metric == sensitivity_metric::net_present_cost ? o.net_present_cost : o.net_present_social_value;
}

inline std::string preferred_name(const appraisal_result& result) {
  const option_appraisal* p = result.preferred();
  return p ? p->name : std::string();
}

/// The net present social value of `option` less that of `rival`, in pence, with `input` × m.
inline double social_value_gap(const appraisal& base, const appraisal_input& input, double m, std::string_view option,
                               std::string_view rival) {
  const appraisal_result r = input.apply(base, rate::from_double(m)).run();
  return static_cast<double>(r.option(option).net_present_social_value.pence()) -
         static_cast<double>(r.option(rival).net_present_social_value.pence());
}

inline std::string percent_words(double change) {
  char text[48];
  std::snprintf(text, sizeof text, "%.1f%%", std::abs(change) * 100);
  return text;
}

}  // namespace detail

inline sensitivity_analysis one_way_sensitivity(const appraisal& base, const std::vector<appraisal_input>& inputs,
                                                const rate& change, std::string option, sensitivity_metric metric) {
  if (change.value() <= 0 || change.value() > 1)
    throw invalid_input("sensitivity", 2, "a sensitivity change must be above 0% and at most 100%, got " +
                                              change.to_percent_string());
  const appraisal_result unmoved = base.run();
  sensitivity_analysis analysis;
  analysis.preferred = detail::preferred_name(unmoved);
  analysis.option = !option.empty() ? std::move(option) : !analysis.preferred.empty() ? analysis.preferred : unmoved.baseline().name;
  analysis.metric = metric;
  analysis.change = change;
  analysis.base = detail::sensitivity_value(unmoved, analysis.option, metric);
  for (const appraisal_input& input : inputs) {
    const appraisal_result low = input.apply(base, rate(1 - change.value())).run();
    const appraisal_result high = input.apply(base, rate(1 + change.value())).run();
    sensitivity_row row;
    row.input = input.name();
    row.at_low = detail::sensitivity_value(low, analysis.option, metric);
    row.at_high = detail::sensitivity_value(high, analysis.option, metric);
    row.swing = abs(row.at_high - row.at_low);
    row.preferred_at_low = detail::preferred_name(low);
    row.preferred_at_high = detail::preferred_name(high);
    analysis.rows.push_back(std::move(row));
  }
  std::ranges::stable_sort(analysis.rows, [](const sensitivity_row& a, const sensitivity_row& b) { return b.swing < a.swing; });
  return analysis;
}

inline switching_value find_switching_value(const appraisal& base, const appraisal_input& input, std::string_view option,
                                            std::string_view rival) {
  (void)base.option(option);
  (void)base.option(rival);
  if (option == rival)
    throw invalid_input("sensitivity", 3, "a switching value needs two different options, got " + quote(option) + " twice");
  switching_value result{input.name(), std::string(option), std::string(rival), std::nullopt, {}};
  const auto gap = [&](double m) { return detail::social_value_gap(base, input, m, option, rival); };
  // Half a penny: the gap is in whole pence, so this is "equal to the penny".
  const auto close_enough = [&](double a, double b) { return std::abs(b - a) <= 1e-10 * std::max(1.0, std::abs(a)); };

  const double at_one = gap(1);
  std::optional<double> below, above;
  if (at_one == 0) {
    result.multiplier = 1;
  } else {
    if (const double at_zero = gap(0); at_zero == 0 || std::signbit(at_zero) != std::signbit(at_one)) {
      std::uintmax_t iterations = 200;
      const auto [lo, hi] = boost::math::tools::toms748_solve(gap, 0.0, 1.0, at_zero, at_one, close_enough, iterations);
      below = (lo + hi) / 2;
    }
    double low = 1, at_low = at_one;
    for (double high = 2; high <= switching_value_limit; low = high, high *= 2) {
      const double at_high = gap(high);
      if (at_high == 0 || std::signbit(at_high) != std::signbit(at_low)) {
        std::uintmax_t iterations = 200;
        const auto [lo, hi] = boost::math::tools::toms748_solve(gap, low, high, at_low, at_high, close_enough, iterations);
        above = (lo + hi) / 2;
        break;
      }
      at_low = at_high;
    }
    if (below && above) result.multiplier = (1 - *below) <= (*above - 1) ? below : above;
    else result.multiplier = below ? below : above;
  }

  if (!result.multiplier) {
    result.sentence = "No change in " + result.input + " from zero to " + std::to_string(static_cast<int>(switching_value_limit)) +
                      " times its estimate makes " + result.option + " and " + result.rival + " equal.";
  } else if (*result.multiplier == 1) {
    result.sentence = result.option + " and " + result.rival + " are already equal in net present social value.";
  } else {
    const double change = *result.multiplier - 1;
    result.sentence = result.input + " would have to " + (change > 0 ? "rise" : "fall") + " by " +
                      detail::percent_words(change) + " for " + result.option + " and " + result.rival +
                      " to have equal net present social value.";
  }
  return result;
}

inline switching_value find_switching_value(const appraisal& base, const appraisal_input& input) {
  const appraisal_result unmoved = base.run();
  const option_appraisal* preferred = unmoved.preferred();
  if (preferred == nullptr)
    throw domain_violation("sensitivity", 4, "no option of '" + base.title() + "' is viable, so none is preferred to switch");
  std::optional<switching_value> nearest;
  for (const option_appraisal& rival : unmoved.options) {
    if (rival.preferred || !rival.viable) continue;
    switching_value candidate = find_switching_value(base, input, preferred->name, rival.name);
    if (!candidate.multiplier) continue;
    if (!nearest || std::abs(*candidate.multiplier - 1) < std::abs(*nearest->multiplier - 1)) nearest = std::move(candidate);
  }
  if (nearest) return *nearest;
  return {input.name(), preferred->name, {}, std::nullopt,
          "No change in " + input.name() + " from zero to " + std::to_string(static_cast<int>(switching_value_limit)) +
              " times its estimate makes another viable option as good as " + preferred->name + "."};
}

}  // namespace commissioning
