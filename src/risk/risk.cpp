// SPDX-License-Identifier: MIT
// The risk register of risk/risk.hpp, compiled once: risks checked as they are made, their
// expected values, and the register's risks added to an appraisal as cost lines.
#include <commissioning/risk/risk.hpp>

#include <commissioning/appraisal/appraisal.hpp>
#include <commissioning/appraisal/option.hpp>
#include <commissioning/calendar/financial_year.hpp>
#include <commissioning/error.hpp>
#include <commissioning/money/money.hpp>
#include <commissioning/money/rate.hpp>

#include <algorithm>
#include <cstdio>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace commissioning {

risk::risk(std::string id, std::string description, std::string owner, std::vector<std::string> options,
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

risk risk::cost(std::string id, std::string description, std::string owner, std::vector<std::string> options,
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

risk risk::one_off(std::string id, std::string description, std::string owner, std::vector<std::string> options,
                          double probability, money impact, const financial_year& year) {
  return cost(std::move(id), std::move(description), std::move(owner), std::move(options), probability, {{year, impact}});
}

risk risk::from_parts(std::string id, std::string description, std::string owner, std::vector<std::string> options,
                      double probability, std::vector<financial_year_amount> impact, int delay_months) {
  if (impact.empty())
    return delay(std::move(id), std::move(description), std::move(owner), std::move(options), probability, delay_months);
  return cost(std::move(id), std::move(description), std::move(owner), std::move(options), probability, std::move(impact));
}

risk risk::delay(std::string id, std::string description, std::string owner, std::vector<std::string> options,
                        double probability, int months) {
  risk r(std::move(id), std::move(description), std::move(owner), std::move(options), probability);
  if (months < 0 || months > max_delay_months)
    throw invalid_input("risk", 3, "risk " + quote(r.id_) + " has a delay of " + std::to_string(months) +
                                       " months; a delay must be 0 to 1200 months");
  r.delay_months_ = months;
  return r;
}

money risk::total_impact() const {
  money sum;
  for (const financial_year_amount& entry : impact_) sum += entry.amount;
  return sum;
}

std::vector<financial_year_amount> risk::expected_by_year(rounding mode) const {
  std::vector<financial_year_amount> result;
  const rate p = rate::from_double(probability_);
  for (const financial_year_amount& entry : impact_) result.push_back({entry.year, entry.amount.multiply(p, mode)});
  return result;
}

money risk::expected_value(rounding mode) const {
  money sum;
  for (const financial_year_amount& entry : expected_by_year(mode)) sum += entry.amount;
  return sum;
}

risk_register& risk_register::add(risk entry) {
  if (std::ranges::any_of(risks_, [&](const risk& r) { return r.id() == entry.id(); }))
    throw invalid_input("risk", 1, "the register already has a risk with id " + quote(entry.id()));
  risks_.push_back(std::move(entry));
  return *this;
}

const risk& risk_register::find(std::string_view id) const {
  for (const risk& r : risks_)
    if (r.id() == id) return r;
  throw invalid_input("risk", 5, "the register has no risk with id " + quote(id));
}

money risk_register::expected_value(std::string_view option, rounding mode) const {
  money sum;
  for (const risk& r : risks_)
    if (r.affects(option)) sum += r.expected_value(mode);
  return sum;
}

appraisal apply_risks(const appraisal& base, const risk_register& risks) {
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
