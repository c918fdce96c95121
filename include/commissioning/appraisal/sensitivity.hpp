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
#include <commissioning/money/money.hpp>
#include <commissioning/money/rate.hpp>
#include <commissioning/names.hpp>

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace commissioning {

/// What an appraisal input moves: one line, an option's costs or benefits, a cost category of
/// an option, or the discount rate.
enum class input_target { line, costs, benefits, category, discount_rate };

/// A part of an appraisal that sensitivity analysis moves, by multiplying it.
class appraisal_input {
 public:
  /// One line of one option.
  [[nodiscard]] static appraisal_input line(std::string option, std::string line) {
    return {input_target::line, std::move(option), std::move(line), cost_category::other};
  }
  /// Every cost line of an option.
  [[nodiscard]] static appraisal_input costs(std::string option) {
    return {input_target::costs, std::move(option), {}, cost_category::other};
  }
  /// Every benefit, cashable saving and income line of an option.
  [[nodiscard]] static appraisal_input benefits(std::string option) {
    return {input_target::benefits, std::move(option), {}, cost_category::other};
  }
  /// Every line of one category in an option.
  [[nodiscard]] static appraisal_input category(std::string option, cost_category category) {
    return {input_target::category, std::move(option), {}, category};
  }
  /// Every rate of the discount schedule.
  [[nodiscard]] static appraisal_input discount_rate() {
    return {input_target::discount_rate, {}, {}, cost_category::other};
  }
  /// The input of `what`, made by its factory above from the parts it takes (the others are
  /// ignored): how a saved input (a pickle) is read back from its accessors.
  [[nodiscard]] static appraisal_input restore(input_target what, std::string option, std::string line,
                                               cost_category category);

  /// What the input moves.
  [[nodiscard]] input_target target() const noexcept { return target_; }
  /// The option whose lines it moves (empty for the discount rate).
  [[nodiscard]] const std::string& option_name() const noexcept { return option_; }
  /// The line it moves (empty unless the target is a line).
  [[nodiscard]] const std::string& line_name() const noexcept { return line_; }
  /// The cost category it moves (none unless the target is a category).
  [[nodiscard]] std::optional<cost_category> category_moved() const noexcept {
    return target_ == input_target::category ? std::optional<cost_category>(category_) : std::nullopt;
  }

  /// The input in words: "Contract payments (Externally commission a new service)".
  [[nodiscard]] std::string name() const;

  /// `base` with this input multiplied by `multiplier` (≥ 0).
  [[nodiscard]] appraisal apply(const appraisal& base, const rate& multiplier) const;
  /// What a multiplier of 1 stands for in `base`: the cash of the lines the input moves over
  /// the period, before optimism bias; none for the discount rate. How a report puts a
  /// multiplier's distribution in pounds ("triangular: £90,000 / £100,000 / £130,000").
  [[nodiscard]] std::optional<money> amount(const appraisal& base) const;
  /// True for the discount rate (every rate of the schedule), which has no amount.
  [[nodiscard]] bool is_discount_rate() const noexcept { return target_ == input_target::discount_rate; }

  friend bool operator==(const appraisal_input&, const appraisal_input&) = default;

 private:
  appraisal_input(input_target what, std::string option, std::string line, cost_category category)
      : target_(what), option_(std::move(option)), line_(std::move(line)), category_(category) {}
  /// True when `l`, a line of the input's option, is one the input moves.
  [[nodiscard]] bool moves(const appraisal_line& l) const;

  input_target target_;
  std::string option_;
  std::string line_;
  cost_category category_;
};

/// The figure a sensitivity analysis watches.
enum class sensitivity_metric {
  net_present_cost,              ///< the option's PVC − PVB
  net_present_social_value,      ///< the option's social value against the baseline
  /// The option's net present social value less a rival's: its lead, which decides the
  /// choice (Green Book 2022 5.61); below zero the rival is ahead. Every option's inputs move
  /// it, the rival's as much as the option's own.
  net_present_social_value_gap,
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
  std::string rival;    ///< whom the option's lead is over (the gap metric only; else empty)
  rate change;          ///< e.g. 10%: each input × 0.9 and × 1.1
  money base;           ///< the metric unmoved
  std::string preferred;
  std::vector<sensitivity_row> rows;
  /// The figure watched, in words, for a table's caption or a chart's axis: "Deliver
  /// in-house's net present cost", "the lead of Deliver in-house over Do nothing in net
  /// present social value".
  [[nodiscard]] std::string figure() const;
  friend bool operator==(const sensitivity_analysis&, const sensitivity_analysis&) = default;
};

/// Moves each of `inputs` by ±`change` (0 < change ≤ 100%) and watches `metric` of `option`
/// (by default the preferred option, or the baseline when none is viable). For the gap,
/// `rival` is whom the lead is over: by default the viable option nearest to `option` in net
/// present social value (the runner-up); a rival needs the gap metric and another option.
[[nodiscard]] sensitivity_analysis one_way_sensitivity(const appraisal& base, const std::vector<appraisal_input>& inputs,
                                                       const rate& change, std::string option = {},
                                                       sensitivity_metric metric = sensitivity_metric::net_present_cost,
                                                       std::string rival = {});

/// The switching question for every rival at once: one gap analysis (as above) for each viable
/// option other than `option`, the nearest first (by rank). One analysis per rival, not rows
/// per rival, so that each table and tornado chart has one base figure to swing around.
[[nodiscard]] std::vector<sensitivity_analysis> sensitivity_to_rivals(const appraisal& base,
                                                                      const std::vector<appraisal_input>& inputs,
                                                                      const rate& change, std::string option = {});

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

/// How far up a switching value is searched: an input 1,024 times its estimate (the sentence says
/// "a thousand", which the search covers).
inline constexpr double switching_value_limit = 1024;

/// The multiplier of `input` at which `option` and `rival` have equal net present social
/// value (the nearest to 1 when there are several).
[[nodiscard]] switching_value find_switching_value(const appraisal& base, const appraisal_input& input,
                                                   std::string_view option, std::string_view rival);
/// The multiplier of `input` nearest to 1 at which the preferred option stops being preferred:
/// the nearest crossing with any viable rival.
[[nodiscard]] switching_value find_switching_value(const appraisal& base, const appraisal_input& input);

/// The names of this header's enums, on every face (names.hpp).
template <>
struct enum_names<input_target> {
  static constexpr std::string_view what = "input target";
  static constexpr std::array<enum_name<input_target>, 5> names{{
      {input_target::line, "line"},
      {input_target::costs, "costs"},
      {input_target::benefits, "benefits"},
      {input_target::category, "category"},
      {input_target::discount_rate, "discount_rate"},
  }};
};

template <>
struct enum_names<sensitivity_metric> {
  static constexpr std::string_view what = "sensitivity metric";
  static constexpr std::array<enum_name<sensitivity_metric>, 6> names{{
      {sensitivity_metric::net_present_cost, "net_present_cost"},
      {sensitivity_metric::net_present_social_value, "net_present_social_value"},
      {sensitivity_metric::net_present_social_value_gap, "net_present_social_value_gap"},
      {sensitivity_metric::net_present_cost, "npc"},
      {sensitivity_metric::net_present_social_value, "npsv"},
      {sensitivity_metric::net_present_social_value_gap, "gap"},
  }};
};

}  // namespace commissioning
