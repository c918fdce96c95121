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
#include <commissioning/error.hpp>
#include <commissioning/money/money.hpp>
#include <commissioning/money/rate.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace commissioning {

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
  /// A delay of `months` (≥ 0) to the options' costs, if the risk occurs: see
  /// simulation.hpp for how costs move.
  [[nodiscard]] static risk delay(std::string id, std::string description, std::string owner,
                                  std::vector<std::string> options, double probability, int months);

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

// ---------------------------------------------------------------------------- implementation

inline risk::risk(std::string id, std::string description, std::string owner, std::vector<std::string> options,
                  double probability)
    : id_(std::move(id)), description_(std::move(description)), owner_(std::move(owner)), options_(std::move(options)),
      probability_(probability) {
  if (id_.empty()) throw invalid_input("risk", 1, "a risk needs an id (described as " + quote(description_) + ")");
  if (!(probability_ >= 0 && probability_ <= 1)) {
    char text[48];
    std::snprintf(text, sizeof text, "%.10g", probability_);
    throw invalid_input("risk", 2, "the probability of risk " + quote(id_) + " must be in [0, 1], got " + text);
  }
  if (options_.empty()) throw invalid_input("risk", 4, "risk " + quote(id_) + " affects no option; name at least one");
}

inline risk risk::cost(std::string id, std::string description, std::string owner, std::vector<std::string> options,
                       double probability, std::vector<financial_year_amount> impact) {
  risk r(std::move(id), std::move(description), std::move(owner), std::move(options), probability);
  if (impact.empty()) throw invalid_input("risk", 3, "risk " + quote(r.id_) + " has no impact in any year");
  for (const financial_year_amount& entry : impact)
    if (entry.amount.is_negative())
      throw invalid_input("risk", 3, "risk " + quote(r.id_) + " has a negative impact " + to_string(entry.amount) + " in " +
                                         entry.year.label());
  r.impact_ = std::move(impact);
  return r;
}

inline risk risk::one_off(std::string id, std::string description, std::string owner, std::vector<std::string> options,
                          double probability, money impact, const financial_year& year) {
  return cost(std::move(id), std::move(description), std::move(owner), std::move(options), probability, {{year, impact}});
}

inline risk risk::delay(std::string id, std::string description, std::string owner, std::vector<std::string> options,
                        double probability, int months) {
  risk r(std::move(id), std::move(description), std::move(owner), std::move(options), probability);
  if (months < 0 || months > 1200)
    throw invalid_input("risk", 3, "risk " + quote(r.id_) + " has a delay of " + std::to_string(months) +
                                       " months; a delay must be 0 to 1200 months");
  r.delay_months_ = months;
  return r;
}

inline money risk::total_impact() const {
  money sum;
  for (const financial_year_amount& entry : impact_) sum += entry.amount;
  return sum;
}

inline std::vector<financial_year_amount> risk::expected_by_year(rounding mode) const {
  std::vector<financial_year_amount> result;
  const rate p = rate::from_double(probability_);
  for (const financial_year_amount& entry : impact_) result.push_back({entry.year, entry.amount.multiply(p, mode)});
  return result;
}

inline money risk::expected_value(rounding mode) const {
  money sum;
  for (const financial_year_amount& entry : expected_by_year(mode)) sum += entry.amount;
  return sum;
}

inline risk_register& risk_register::add(risk entry) {
  if (std::ranges::any_of(risks_, [&](const risk& r) { return r.id() == entry.id(); }))
    throw invalid_input("risk", 1, "the register already has a risk with id " + quote(entry.id()));
  risks_.push_back(std::move(entry));
  return *this;
}

inline const risk& risk_register::find(std::string_view id) const {
  for (const risk& r : risks_)
    if (r.id() == id) return r;
  throw invalid_input("risk", 5, "the register has no risk with id " + quote(id));
}

inline money risk_register::expected_value(std::string_view option, rounding mode) const {
  money sum;
  for (const risk& r : risks_)
    if (r.affects(option)) sum += r.expected_value(mode);
  return sum;
}

inline appraisal apply_risks(const appraisal& base, const risk_register& risks) {
  const rounding mode = base.settings().mode;
  std::vector<option> options = base.options();
  std::vector<std::string> words;
  for (const risk& r : risks.risks()) {
    for (const std::string& name : r.options())
      if (std::ranges::none_of(options, [&](const option& o) { return o.name() == name; }))
        throw invalid_input("risk", 4, "risk " + quote(r.id()) + " affects " + quote(name) + ", which is not an option of " +
                                           quote(base.title()));
    char percent[32];
    std::snprintf(percent, sizeof percent, "%.10g%%", r.probability() * 100);
    if (r.is_delay()) {
      words.push_back("Risk " + r.id() + " (" + r.description() + ", owner " + r.owner() + "): a delay of " +
                      std::to_string(r.delay_months()) + " months with probability " + percent +
                      "; a delay has no expected cost of its own, so it is not added here and is simulated.");
      continue;
    }
    for (option& o : options)
      if (r.affects(o.name()))
        o.add(appraisal_line::per_year(risk_line_name(r.id()), line_kind::cost, cost_category::other,
                                       r.expected_by_year(mode)));
    words.push_back("Risk " + r.id() + " (" + r.description() + ", owner " + r.owner() + "): " + percent + " × " +
                    to_string(r.total_impact()) + " = " + to_string(r.expected_value(mode)) +
                    " expected, added to the costs of " + detail::join_words(r.options()) + ".");
  }
  appraisal result(base.title(), base.settings(), std::move(options));
  for (const std::string& text : base.assumptions()) result.assume(text);
  for (std::string& text : words) result.assume(std::move(text));
  return result;
}

}  // namespace commissioning
