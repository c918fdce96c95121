// SPDX-License-Identifier: MIT
/// \file risk/risk.hpp
/// \brief A risk register: risks with an owner, the options they affect, a probability and
/// an impact (money by financial year, money once, or a delay), and their expected values
/// added to an appraisal's costs the way the Green Book asks (2022, 2.16 and 5.47–5.49:
/// risk costed "on an expected likelihood basis").
///
/// **Example**: seed 000's "longer timescale for implementation"
///
///     risk_register risks;
///     risks.add(risk::one_off("R2", "Longer timescale for implementation", "Head of Commissioning",
///                             {"Create a new service in-house"}, 0.3, money::parse("£20,000"),
///                             financial_year(2022)));
///     const appraisal with_risks = apply_risks(kent, risks);   // + "Risk: R2", £6,000.00 in 2022-23
///
/// On the deterministic path a money risk becomes one cost line per option it affects, named
/// "Risk: <id>", category "other", holding probability × impact in each year (rounded to the
/// penny by the appraisal's rule), so optimism bias and deflation treat it like any other
/// cost. A delay has no expected money value of its own (its effect is costs falling later),
/// so it is left off the deterministic path, said so among the assumptions, and simulated
/// (simulation.hpp), where every risk occurs or not, all its impact or none, each iteration.
#pragma once

#include <commissioning/appraisal/appraisal.hpp>
#include <commissioning/appraisal/option.hpp>
#include <commissioning/calendar/financial_year.hpp>
#include <commissioning/money/money.hpp>
#include <commissioning/money/rounding.hpp>

#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace commissioning {

/// The longest delay a risk or a simulation's delay input may have, in months (100 years:
/// longer than any appraisal period).
inline constexpr int max_delay_months = 1200;

/// One entry of a risk register.
class risk {
 public:
  /// A cost of `impact` in each year given, if the risk occurs.
  [[nodiscard]] static risk cost(std::string id, std::string description, std::string owner,
                                 std::vector<std::string> options, double probability,
                                 std::vector<financial_year_amount> impact);
  /// A cost of `impact` once, in `year`, if the risk occurs.
  [[nodiscard]] static risk one_off(std::string id, std::string description, std::string owner,
                                    std::vector<std::string> options, double probability, money impact,
                                    const financial_year& year);
  /// A delay of `months` (0 to max_delay_months) to the options' costs, if the risk occurs: see
  /// simulation.hpp for how costs move.
  [[nodiscard]] static risk delay(std::string id, std::string description, std::string owner,
                                  std::vector<std::string> options, double probability, int months);
  /// A risk from its parts, as a record keeps them: a cost of `impact` when it has one, else a
  /// delay of `delay_months` (`is_delay`).
  [[nodiscard]] static risk from_parts(std::string id, std::string description, std::string owner,
                                       std::vector<std::string> options, double probability,
                                       std::vector<financial_year_amount> impact, int delay_months);

  [[nodiscard]] const std::string& id() const noexcept { return id_; }
  [[nodiscard]] const std::string& description() const noexcept { return description_; }
  [[nodiscard]] const std::string& owner() const noexcept { return owner_; }
  /// The options it affects, by name.
  [[nodiscard]] const std::vector<std::string>& options() const noexcept { return options_; }
  [[nodiscard]] bool affects(std::string_view option) const { return std::ranges::find(options_, option) != options_.end(); }
  [[nodiscard]] double probability() const noexcept { return probability_; }
  /// The cost if it occurs, by year (empty for a delay).
  [[nodiscard]] const std::vector<financial_year_amount>& impact() const noexcept { return impact_; }
  [[nodiscard]] bool is_delay() const noexcept { return delay_months_ > 0 || impact_.empty(); }
  [[nodiscard]] int delay_months() const noexcept { return delay_months_; }
  /// The impact over all years (zero for a delay).
  [[nodiscard]] money total_impact() const;
  /// probability × impact in each year, each rounded to the penny by `mode`.
  [[nodiscard]] std::vector<financial_year_amount> expected_by_year(rounding mode = default_rounding) const;
  /// The sum of `expected_by_year` (zero for a delay).
  [[nodiscard]] money expected_value(rounding mode = default_rounding) const;

  friend bool operator==(const risk&, const risk&) = default;

 private:
  risk(std::string id, std::string description, std::string owner, std::vector<std::string> options, double probability);

  std::string id_;
  std::string description_;
  std::string owner_;
  std::vector<std::string> options_;
  double probability_ = 0;
  std::vector<financial_year_amount> impact_;
  int delay_months_ = 0;
};

/// The risks of a decision, each id once.
class risk_register {
 public:
  risk_register() = default;
  explicit risk_register(std::vector<risk> risks) {
    for (risk& r : risks) add(std::move(r));
  }
  /// Adds a risk; two risks may not share an id (commissioning.risk.001).
  risk_register& add(risk entry);
  [[nodiscard]] const std::vector<risk>& risks() const noexcept { return risks_; }
  [[nodiscard]] bool empty() const noexcept { return risks_.empty(); }
  [[nodiscard]] std::size_t size() const noexcept { return risks_.size(); }
  /// The risk with `id` (commissioning.risk.005 if none).
  [[nodiscard]] const risk& find(std::string_view id) const;
  /// The expected value of the money risks that affect `option`.
  [[nodiscard]] money expected_value(std::string_view option, rounding mode = default_rounding) const;

  friend bool operator==(const risk_register&, const risk_register&) = default;

 private:
  std::vector<risk> risks_;
};

/// The line name a risk's expected value takes in an option: "Risk: <id>".
[[nodiscard]] inline std::string risk_line_name(std::string_view id) { return "Risk: " + std::string(id); }

/// `base` with each money risk's expected value added as a cost line "Risk: <id>" (category
/// other) to each option it affects, and an assumption in words for every risk. Every
/// option a risk names must exist (commissioning.risk.004).
[[nodiscard]] appraisal apply_risks(const appraisal& base, const risk_register& risks);

}  // namespace commissioning
