// SPDX-License-Identifier: MIT
// The contract of contract/contract.hpp, compiled once: its term, options, modifications and
// history, its values by contract year, and its spend and profile by financial year.
#include <commissioning/contract/contract.hpp>

#include <commissioning/calendar/apportionment.hpp>
#include <commissioning/calendar/date.hpp>
#include <commissioning/calendar/financial_year.hpp>
#include <commissioning/calendar/period.hpp>
#include <commissioning/error.hpp>
#include <commissioning/money/allocation.hpp>
#include <commissioning/money/money.hpp>

#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace commissioning {

contract::contract(std::string name, std::string provider, date start, commissioning::term term,
                   commissioning::price price, commissioning::indexation indexation)
    : name_(std::move(name)),
      provider_(std::move(provider)),
      start_(start),
      term_(std::move(term)),
      price_(std::move(price)),
      indexation_(std::move(indexation)) {
  if (!start_.ok()) throw invalid_input("date", 2, "the contract start is not a date in the calendar");
  // Reports, registers and scenario files find a contract by its name: a blank one names nothing.
  if (name_.find_first_not_of(" \t\r\n") == std::string::npos)
    throw invalid_input("contract", 16, "a contract needs a name, got " + quote(name_));
  if (indexation_.kind() != indexation::method::none && price_.kind() != price::basis::annual)
    throw invalid_input(
        "contract", 8,
        "indexation applies to an annual price; a price per contract year is already stated year by year");
  if (price_.kind() == price::basis::total_over_base &&
      static_cast<std::size_t>(term_.base_months()) != 12 * price_.stated_values().size())
    throw invalid_input("contract", 7,
                        "the total was spread over a base term of " +
                            std::to_string(12 * price_.stated_values().size()) + " months, but this contract's is " +
                            std::to_string(term_.base_months()) + " months (" + term_.to_string() + ")");
  for (int m : term_.extension_months()) options_.push_back({m, option_status::pending});
  (void)end_after(term_.maximum_months());  // the whole term must stay inside the supported years
}

void contract::exercise(std::size_t number, std::optional<date> decided_on) {
  if (number < 1 || number > options_.size())
    throw out_of_range_error("contract", 1,
                             "the term " + term_.to_string() + " has no option " + std::to_string(number) +
                                 " (it has " + std::to_string(options_.size()) + ")");
  extension_option& option = options_[number - 1];
  if (option.status != option_status::pending)
    throw invalid_input(
        "contract", 3,
        "option " + std::to_string(number) + " has already been " + std::string(to_string(option.status)));
  for (std::size_t earlier = 1; earlier < number; ++earlier)
    if (options_[earlier - 1].status == option_status::pending)
      throw invalid_input("contract", 2,
                          "option " + std::to_string(earlier) + " must be exercised or declined before option " +
                              std::to_string(number));
  if (decided_on && std::chrono::sys_days(*decided_on) < std::chrono::sys_days(start_))
    throw invalid_input("contract", 4,
                        "cannot exercise option " + std::to_string(number) + " on " + to_long_string(*decided_on) +
                            ": the contract starts on " + to_long_string(start_));
  if (decided_on && std::chrono::sys_days(*decided_on) > std::chrono::sys_days(current_end()))
    throw invalid_input("contract", 4,
                        "cannot exercise option " + std::to_string(number) + " on " + to_long_string(*decided_on) +
                            ": the contract ended on " + to_long_string(current_end()));
  option.status = option_status::exercised;
  try {
    (void)segments(contract_scope::current);  // no value change may turn an annual value negative
  } catch (...) {
    option.status = option_status::pending;
    throw;
  }
  history_.push_back({contract_event::kind::exercise, number, decided_on, std::nullopt});
}

void contract::decline(std::size_t number) {
  if (number < 1 || number > options_.size())
    throw out_of_range_error("contract", 1,
                             "the term " + term_.to_string() + " has no option " + std::to_string(number) +
                                 " (it has " + std::to_string(options_.size()) + ")");
  if (options_[number - 1].status != option_status::pending)
    throw invalid_input("contract", 3,
                        "option " + std::to_string(number) + " has already been " +
                            std::string(to_string(options_[number - 1].status)));
  for (std::size_t later = number; later <= options_.size(); ++later)
    if (options_[later - 1].status == option_status::pending) options_[later - 1].status = option_status::declined;
  history_.push_back({contract_event::kind::decline, number, std::nullopt, std::nullopt});
}

void contract::apply(const contract_event& event) {
  switch (event.what) {
    case contract_event::kind::exercise:
      exercise(event.option, event.decided_on);
      return;
    case contract_event::kind::decline:
      decline(event.option);
      return;
    case contract_event::kind::modify:
      (void)modify(event.change.value_or(modification{}));
      return;
  }
}

int contract::month_at(date d) const {
  const int total = months(contract_scope::current);
  for (int m = 0; m <= total; ++m)
    if (add_months(start_, m) == d) return m;
  throw invalid_input("contract", 6,
                      to_long_string(d) + " is not a monthly anniversary of the start (" + to_long_string(start_) +
                          ") inside the contract; a change in value takes effect from one");
}

std::size_t contract::modify(modification change) {
  const std::string which = "modification " + std::to_string(modifications_.size() + 1);
  if (change.months < 0)
    throw invalid_input("contract", 11,
                        which + " cannot shorten the term by " + std::to_string(-change.months) + " months");
  if (change.months > term::max_part_months)
    throw invalid_input("contract", 11,
                        which + " adds " + std::to_string(change.months) + " months, more than 50 years");
  if (change.months == 0 && change.annual_change.is_zero())
    throw invalid_input("contract", 11, which + " changes neither the term nor the value");
  if (change.months > 0)
    for (std::size_t i = 0; i < options_.size(); ++i)
      if (options_[i].status == option_status::pending)
        throw invalid_input("contract", 5,
                            "option " + std::to_string(i + 1) +
                                " is still pending: exercise or decline it before extending the term by modification");
  const int current = months(contract_scope::current);
  if (!change.from_month) {
    if (change.months == 0 && !change.annual_change.is_zero())
      throw invalid_input("contract", 6, which + " changes the annual value: say from when (a monthly anniversary)");
    change.from_month = current;
  }
  if (*change.from_month < 0 || *change.from_month >= current + change.months)
    throw invalid_input("contract", 6,
                        which + " takes effect " + std::to_string(*change.from_month) +
                            " months after the start, outside the contract");
  modifications_.push_back(std::move(change));
  try {
    (void)end_after(months(contract_scope::current));  // stays inside the supported years
    (void)segments(contract_scope::current);           // and no annual value turns negative
  } catch (...) {
    modifications_.pop_back();
    throw;
  }
  history_.push_back({contract_event::kind::modify, 0, std::nullopt, modifications_.back()});
  return modifications_.size();
}

std::size_t contract::modify(modification change, date effective) {
  // An anniversary inside the months this modification adds, which `month_at` does not know of yet.
  const int current = month_at(add_days(current_end(), 1));
  if (change.months > 0 && change.months <= term::max_part_months)
    for (int m = current + 1; m < current + change.months; ++m)
      if (add_months(start_, m) == effective) {
        change.from_month = m;
        return modify(std::move(change));
      }
  change.from_month = month_at(effective);  // commissioning.contract.006 if not an anniversary inside the contract
  return modify(std::move(change));
}

int contract::months(contract_scope scope) const {
  int total = term_.base_months();
  if (scope == contract_scope::base) return total;
  if (scope == contract_scope::maximum) return term_.maximum_months();
  for (const extension_option& option : options_)
    if (option.status == option_status::exercised) total += option.months;
  for (const modification& m : modifications_) total += m.months;
  return total;
}

date contract::maximum_end() const {
  int total = months(contract_scope::current);
  for (const extension_option& option : options_)
    if (option.status == option_status::pending) total += option.months;
  return end_after(total);
}

contract_state contract::phase_of_month(int month, contract_scope scope) const {
  int boundary = term_.base_months();
  if (month < boundary) return {contract_phase::base_term};
  if (scope == contract_scope::base) return {contract_phase::ended};
  for (std::size_t i = 0; i < options_.size(); ++i) {
    if (scope == contract_scope::current && options_[i].status != option_status::exercised) continue;
    boundary += options_[i].months;
    if (month < boundary) return {contract_phase::extension, static_cast<int>(i + 1)};
  }
  if (scope != contract_scope::current) return {contract_phase::ended};
  for (std::size_t i = 0; i < modifications_.size(); ++i) {
    boundary += modifications_[i].months;
    if (modifications_[i].months > 0 && month < boundary)
      return {contract_phase::modification, static_cast<int>(i + 1)};
  }
  return {contract_phase::ended};
}

contract_state contract::state_on(date d) const {
  if (std::chrono::sys_days(d) < std::chrono::sys_days(start_)) return {contract_phase::not_started};
  if (std::chrono::sys_days(d) > std::chrono::sys_days(current_end())) return {contract_phase::ended};
  const int total = months(contract_scope::current);
  int month = 0;
  while (month + 1 < total && std::chrono::sys_days(add_months(start_, month + 1)) <= std::chrono::sys_days(d)) ++month;
  return phase_of_month(month);
}

std::vector<money> contract::indexed_annual_values(int years) const {
  std::vector<money> values;
  values.reserve(static_cast<std::size_t>(years));
  for (int y = 1; y <= years; ++y) {
    if (y == 1 || indexation_.kind() == indexation::method::none) {
      values.push_back(price_.annual_rate(y));
      continue;
    }
    const int anniversary_year = static_cast<int>(add_months(start_, 12 * (y - 1)).year());
    const rate uplift = indexation_.uplift_for(y, anniversary_year);
    values.push_back(values.back().multiply(rate(1) + uplift, indexation_.rounding_rule()));
  }
  return values;
}

money contract::annual_value_on(date d) const {
  if (state_on(d).phase == contract_phase::not_started || state_on(d).phase == contract_phase::ended)
    throw out_of_range_error(
        "contract", 13,
        to_long_string(d) + " is outside the contract (" + period(start_, current_end()).to_string() + ")");
  int month = 0;
  while (std::chrono::sys_days(add_months(start_, month + 1)) <= std::chrono::sys_days(d)) ++month;
  money annual = indexed_annual_values(month / 12 + 1).back();
  for (const modification& m : modifications_)
    if (*m.from_month <= month) annual += m.annual_change;
  return annual;
}

std::vector<contract::segment> contract::segments(contract_scope scope, std::size_t modification_count) const {
  int total = months(scope);
  if (scope == contract_scope::current)  // leave out the months of later modifications
    for (std::size_t i = modification_count; i < modifications_.size(); ++i) total -= modifications_[i].months;
  // Months at which the annual value changes, and by how much.
  std::map<int, money> changes;
  for (std::size_t i = 0; i < modification_count; ++i)
    if (!modifications_[i].annual_change.is_zero())
      changes[*modifications_[i].from_month] += modifications_[i].annual_change;

  const std::vector<money> annual = indexed_annual_values((total + 11) / 12);
  std::vector<segment> result;
  money change_so_far;
  auto next_change = changes.begin();
  for (int year = 1; (year - 1) * 12 < total; ++year) {
    const int year_end = std::min(year * 12, total);
    for (int first = (year - 1) * 12; first < year_end;) {
      while (next_change != changes.end() && next_change->first <= first) change_so_far += (next_change++)->second;
      const int end = next_change != changes.end() && next_change->first < year_end ? next_change->first : year_end;
      const money rate_now = annual[static_cast<std::size_t>(year - 1)] + change_so_far;
      if (rate_now.is_negative())
        throw invalid_input("contract", 10,
                            "the modifications make the annual value of contract year " + std::to_string(year) +
                                " negative (" + to_string(rate_now) + ")");
      result.push_back({first, end, year, rate_now.multiply(rate::ratio(end - first, 12))});
      first = end;
    }
  }
  return result;
}

money contract::total_of(const std::vector<segment>& parts) {
  money total;
  for (const segment& s : parts) total += s.value;
  return total;
}

money contract::value(contract_scope scope) const { return total_of(segments(scope)); }

std::vector<modification_value> contract::modification_values() const {
  const money original = maximum_value();
  std::vector<modification_value> result;
  money before = total_of(segments(contract_scope::current, 0));
  money cumulative;
  for (std::size_t i = 1; i <= modifications_.size(); ++i) {
    const money after = total_of(segments(contract_scope::current, i));
    const money change = after - before;
    cumulative += change;
    result.push_back({change, original.is_zero() ? rate() : change.ratio_to(original), cumulative,
                      original.is_zero() ? rate() : cumulative.ratio_to(original)});
    before = after;
  }
  return result;
}

namespace detail {

std::int64_t rule_weight(const period& p, apportion_rule rule) {
  return rule == apportion_rule::monthly ? monthly_weight(p) : p.days();
}

}  // namespace detail

money contract::spend_between(date first, date last, apportion_rule rule) const {
  const period range(first, last);
  money spent;
  for (const segment& s : segments(contract_scope::current)) {
    const period span = months_period(s.first_month, s.end_month);
    const auto inside = span.intersection(range);
    if (!inside) continue;
    if (*inside == span) {
      spent += s.value;
      continue;
    }
    // Split the segment into the days before, inside and after the range, in date order.
    std::vector<std::int64_t> weights;
    std::size_t inside_index = 0;
    if (inside->first() != span.first())
      weights.push_back(detail::rule_weight(period(span.first(), add_days(inside->first(), -1)), rule));
    inside_index = weights.size();
    weights.push_back(detail::rule_weight(*inside, rule));
    if (inside->last() != span.last())
      weights.push_back(detail::rule_weight(period(add_days(inside->last(), 1), span.last()), rule));
    spent += allocate(s.value, weights)[inside_index];
  }
  return spent;
}

money contract::spend_to(date d, apportion_rule rule) const {
  if (std::chrono::sys_days(d) < std::chrono::sys_days(start_)) return money{};
  return spend_between(start_, d, rule);
}

std::vector<contract_year> contract::contract_years(contract_scope scope) const {
  std::vector<contract_year> years;
  for (const segment& s : segments(scope)) {
    if (years.empty() || years.back().number != s.year) {
      years.push_back(
          {s.year, months_period(s.first_month, s.end_month), phase_of_month(s.first_month, scope), s.value});
    } else {
      years.back().span = period(years.back().span.first(), end_after(s.end_month));
      years.back().value += s.value;
    }
  }
  return years;
}

financial_year_profile contract::profile(contract_scope scope, apportion_rule rule,
                                         std::chrono::month start_month) const {
  std::map<int, money> by_year;
  money total;
  for (const segment& s : segments(scope)) {
    total += s.value;
    for (const apportioned_amount& part :
         apportion(s.value, months_period(s.first_month, s.end_month), rule, start_month).parts)
      by_year[part.year.start_year()] += part.amount;
  }
  financial_year_profile result{rule, {}, total, term_in_words(scope)};
  for (const auto& [year, amount] : by_year) result.years.push_back({financial_year(year, start_month), amount});
  return result;
}

}  // namespace commissioning
