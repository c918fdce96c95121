// SPDX-License-Identifier: MIT
// Sensitivity analysis and switching values of appraisal/sensitivity.hpp, compiled once, with
// Boost.Math's TOMS 748 root finder.
#include <commissioning/appraisal/sensitivity.hpp>

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
#include <utility>
#include <vector>

namespace commissioning {

std::string appraisal_input::name() const {
  switch (target_) {
    case input_target::line: return line_ + " (" + option_ + ")";
    case input_target::costs: return "Costs (" + option_ + ")";
    case input_target::benefits: return "Benefits (" + option_ + ")";
    case input_target::category: {
      std::string words(to_string(category_));
      if (!words.empty() && words.front() >= 'a' && words.front() <= 'z') words.front() = static_cast<char>(words.front() - 'a' + 'A');
      return words + " (" + option_ + ")";
    }
    case input_target::discount_rate: return "Discount rate";
  }
  return {};
}

appraisal_input appraisal_input::restore(input_target what, std::string option, std::string line,
                                         cost_category category) {
  switch (what) {
    case input_target::line: return appraisal_input::line(std::move(option), std::move(line));
    case input_target::costs: return costs(std::move(option));
    case input_target::benefits: return benefits(std::move(option));
    case input_target::category: return appraisal_input::category(std::move(option), category);
    case input_target::discount_rate: break;
  }
  return discount_rate();
}

appraisal appraisal_input::apply(const appraisal& base, const rate& multiplier) const {
  if (multiplier.value() < 0)
    throw invalid_input("sensitivity", 1, "an input cannot be multiplied by a negative factor, got " +
                                              multiplier.to_string() + " for " + name());
  if (target_ == input_target::discount_rate) {
    appraisal_settings settings = base.settings();
    settings.schedule = settings.schedule.scaled(multiplier);
    return base.with_settings(std::move(settings));
  }
  option changed = base.option(option_);
  if (target_ == input_target::line) (void)changed.line(line_);  // names a missing line
  const rounding mode = base.settings().mode;
  for (appraisal_line& l : changed.mutable_lines())
    if (moves(l)) l = l.scaled(multiplier, mode);
  return base.with_option(std::move(changed));
}

std::optional<money> appraisal_input::amount(const appraisal& base) const {
  if (target_ == input_target::discount_rate) return std::nullopt;
  const option& o = base.option(option_);
  if (target_ == input_target::line) (void)o.line(line_);  // names a missing line
  money total;
  for (const appraisal_line& l : o.lines())
    if (moves(l)) total += l.total();
  return total;
}

bool appraisal_input::moves(const appraisal_line& l) const {
  return (target_ == input_target::line && l.name() == line_) || (target_ == input_target::costs && l.kind() == line_kind::cost) ||
         (target_ == input_target::benefits && l.kind() != line_kind::cost) ||
         (target_ == input_target::category && l.category() == category_);
}

namespace detail {
namespace {

money sensitivity_value(const appraisal_result& result, const sensitivity_analysis& analysis) {
  const option_appraisal& o = result.option(analysis.option);
  switch (analysis.metric) {
    case sensitivity_metric::net_present_cost: return o.net_present_cost;
    case sensitivity_metric::net_present_social_value: return o.net_present_social_value;
    case sensitivity_metric::net_present_social_value_gap:
      return o.net_present_social_value - result.option(analysis.rival).net_present_social_value;
  }
  return {};
}

/// The viable options other than `option`, the nearest to it first (by rank).
std::vector<const option_appraisal*> viable_rivals(const appraisal_result& result, const std::string& option) {
  std::vector<const option_appraisal*> rivals;
  for (const option_appraisal& o : result.options)
    if (o.viable && o.name != option) rivals.push_back(&o);
  std::ranges::stable_sort(rivals, [](const option_appraisal* a, const option_appraisal* b) { return a->rank < b->rank; });
  return rivals;
}

std::string preferred_name(const appraisal_result& result) {
  const option_appraisal* p = result.preferred();
  return p ? p->name : std::string();
}

/// The net present social value of `option` less that of `rival`, in pence, with `input` × m.
double social_value_gap(const appraisal& base, const appraisal_input& input, double m, std::string_view option,
                               std::string_view rival) {
  const appraisal_result r = input.apply(base, rate::from_double(m)).run();
  return static_cast<double>(r.option(option).net_present_social_value.pence()) -
         static_cast<double>(r.option(rival).net_present_social_value.pence());
}

std::string percent_words(double change) {
  char text[48];
  std::snprintf(text, sizeof text, "%.1f%%", std::abs(change) * 100);
  return text;
}

}  // namespace
}  // namespace detail

std::string sensitivity_analysis::figure() const {
  switch (metric) {
    case sensitivity_metric::net_present_cost: return option + "'s net present cost";
    case sensitivity_metric::net_present_social_value: return option + "'s net present social value";
    case sensitivity_metric::net_present_social_value_gap:
      return "the lead of " + option + " over " + rival + " in net present social value";
  }
  return {};
}

sensitivity_analysis one_way_sensitivity(const appraisal& base, const std::vector<appraisal_input>& inputs,
                                                const rate& change, std::string option, sensitivity_metric metric,
                                                std::string rival) {
  if (change.value() <= 0 || change.value() > 1)
    throw invalid_input("sensitivity", 2, "a sensitivity change must be above 0% and at most 100%, got " +
                                              change.to_percent_string());
  const bool gap = metric == sensitivity_metric::net_present_social_value_gap;
  if (!gap && !rival.empty())
    throw invalid_input("sensitivity", 6, "a rival is named only for the gap metric (net_present_social_value_gap), not for " +
                                              std::string(name_of(metric)) + "; got " + quote(rival));
  const appraisal_result unmoved = base.run();
  sensitivity_analysis analysis;
  analysis.preferred = detail::preferred_name(unmoved);
  analysis.option = !option.empty() ? std::move(option) : !analysis.preferred.empty() ? analysis.preferred : unmoved.baseline().name;
  (void)unmoved.option(analysis.option);  // names a missing option before any run
  analysis.metric = metric;
  if (gap) {
    if (rival.empty()) {
      const std::vector<const option_appraisal*> rivals = detail::viable_rivals(unmoved, analysis.option);
      if (rivals.empty())
        throw domain_violation("sensitivity", 5, quote(base.title()) + " has no viable option other than " +
                                                     quote(analysis.option) + ", so there is no rival to measure a gap to");
      rival = rivals.front()->name;
    }
    (void)unmoved.option(rival);
    if (rival == analysis.option)
      throw invalid_input("sensitivity", 7, "a gap needs a rival other than the option itself, got " + quote(rival) + " twice");
    analysis.rival = std::move(rival);
  }
  analysis.change = change;
  analysis.base = detail::sensitivity_value(unmoved, analysis);
  for (const appraisal_input& input : inputs) {
    const appraisal_result low = input.apply(base, rate(1 - change.value())).run();
    const appraisal_result high = input.apply(base, rate(1 + change.value())).run();
    sensitivity_row row;
    row.input = input.name();
    row.at_low = detail::sensitivity_value(low, analysis);
    row.at_high = detail::sensitivity_value(high, analysis);
    row.swing = abs(row.at_high - row.at_low);
    row.preferred_at_low = detail::preferred_name(low);
    row.preferred_at_high = detail::preferred_name(high);
    analysis.rows.push_back(std::move(row));
  }
  std::ranges::stable_sort(analysis.rows, [](const sensitivity_row& a, const sensitivity_row& b) { return b.swing < a.swing; });
  return analysis;
}

std::vector<sensitivity_analysis> sensitivity_to_rivals(const appraisal& base, const std::vector<appraisal_input>& inputs,
                                                        const rate& change, std::string option) {
  const appraisal_result unmoved = base.run();
  if (option.empty()) {
    const std::string preferred = detail::preferred_name(unmoved);
    option = !preferred.empty() ? preferred : unmoved.baseline().name;
  }
  (void)unmoved.option(option);
  const std::vector<const option_appraisal*> rivals = detail::viable_rivals(unmoved, option);
  if (rivals.empty())
    throw domain_violation("sensitivity", 5, quote(base.title()) + " has no viable option other than " + quote(option) +
                                                 ", so there is no rival to measure a gap to");
  std::vector<sensitivity_analysis> analyses;
  for (const option_appraisal* rival : rivals)
    analyses.push_back(
        one_way_sensitivity(base, inputs, change, option, sensitivity_metric::net_present_social_value_gap, rival->name));
  return analyses;
}

switching_value find_switching_value(const appraisal& base, const appraisal_input& input, std::string_view option,
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
    result.sentence = "No change in " + result.input + " from zero to a thousand times its estimate makes " + result.option +
                      " and " + result.rival + " equal.";
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

switching_value find_switching_value(const appraisal& base, const appraisal_input& input) {
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
          "No change in " + input.name() + " from zero to a thousand times its estimate makes another viable option as good as " +
              preferred->name + "."};
}

}  // namespace commissioning
