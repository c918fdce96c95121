// SPDX-License-Identifier: MIT
/// \file contract/contract.hpp
/// \brief A contract: start, term with extension options, price, indexation, modifications,
/// and the money it commits by contract year and by financial year.
///
/// **Example**: seed 004, the Kent young carers contract
///
///     contract kent("Young Carers", "Imago", parse_date("1 May 2016"), term::parse("3+1+1"),
///                   price::annual(money::parse("£325,484")));
///     kent.exercise(1);
///     kent.exercise(2);
///     kent.modify({.ground = modification_ground::pcr_72_1_c, .months = 12});
///     kent.current_end();      // 2022-04-30
///     kent.current_value();    // £1,952,904.00
///     kent.profile();          // 2016-17 ... 2022-23, summing to £1,952,904.00
///
/// Contract year n runs from start + (n - 1) years to start + n years - 1 day (29 February
/// clamps to 28 February). The money of each contract year is spread into financial years
/// by a named apportionment rule; every profile sums exactly to the contract's value.
#pragma once

#include <commissioning/calendar/apportionment.hpp>
#include <commissioning/calendar/date.hpp>
#include <commissioning/calendar/financial_year.hpp>
#include <commissioning/calendar/period.hpp>
#include <commissioning/contract/modification.hpp>
#include <commissioning/contract/price.hpp>
#include <commissioning/contract/term.hpp>
#include <commissioning/error.hpp>
#include <commissioning/money/allocation.hpp>
#include <commissioning/money/money.hpp>
#include <commissioning/names.hpp>

#include <array>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace commissioning {

/// Where an extension option stands.
enum class option_status { pending, exercised, declined };

[[nodiscard]] constexpr std::string_view to_string(option_status status) noexcept {
  switch (status) {
    case option_status::pending: return "pending";
    case option_status::exercised: return "exercised";
    case option_status::declined: return "declined";
  }
  return "pending";
}

/// One extension option of the term.
struct extension_option {
  int months;
  option_status status = option_status::pending;
  friend bool operator==(const extension_option&, const extension_option&) = default;
};

/// The part of a contract's life a date falls in.
enum class contract_phase { not_started, base_term, extension, modification, ended };

[[nodiscard]] constexpr std::string_view to_string(contract_phase phase) noexcept {
  switch (phase) {
    case contract_phase::not_started: return "not started";
    case contract_phase::base_term: return "base term";
    case contract_phase::extension: return "extension";
    case contract_phase::modification: return "modification";
    case contract_phase::ended: return "ended";
  }
  return "ended";
}

/// A phase and, for an extension or a modification, which one (counted from 1).
struct contract_state {
  contract_phase phase;
  int number = 0;
  [[nodiscard]] std::string to_string() const {
    const std::string name(commissioning::to_string(phase));
    return number > 0 ? name + " " + std::to_string(number) : name;
  }
  friend bool operator==(const contract_state&, const contract_state&) = default;
};

/// Which length of the contract a value or profile covers.
enum class contract_scope {
  current,  ///< the base term, exercised options and modifications (the default)
  base,     ///< the base term only, as awarded
  maximum,  ///< the base term and every option, as awarded: the estimated value
};

/// One contract year's money.
struct contract_year {
  int number;             ///< 1 for the first year
  period span;            ///< inclusive dates (a final part year may be shorter)
  contract_state phase;   ///< the phase the year starts in
  money value;
  friend bool operator==(const contract_year&, const contract_year&) = default;
};

/// One financial year's money.
struct financial_year_amount {
  financial_year year;
  money amount;
  friend bool operator==(const financial_year_amount&, const financial_year_amount&) = default;
};

/// Money by financial year, with the rule that apportioned it and, for a contract's profile,
/// the term it covers.
struct financial_year_profile {
  apportion_rule rule;
  std::vector<financial_year_amount> years;  ///< in order; amounts sum exactly to `total`
  money total;
  /// The term a contract's profile covers, as `contract::term_in_words` says it ("the base
  /// term, to 31 March 2025"), so a table of it never leaves its scope silent; empty otherwise.
  std::string basis{};
  friend bool operator==(const financial_year_profile&, const financial_year_profile&) = default;
};

/// The profile as results print it: "By financial year (<rule>), over <basis>:", a line for each
/// year ("  2016-17: £298,360.33") and the total ("  Total: £1,952,904.00").
[[nodiscard]] inline std::string to_string(const financial_year_profile& p) {
  std::string text = "By financial year (" + std::string(to_string(p.rule)) + ")" +
                     (p.basis.empty() ? std::string() : ", over " + p.basis) + ":";
  for (const auto& year : p.years) text += "\n  " + year.year.label() + ": " + to_string(year.amount);
  return text + "\n  Total: " + to_string(p.total);
}

/// What a modification is worth, against the contract's original (estimated) value.
struct modification_value {
  money value;               ///< the change in the contract's current value it causes
  rate share;                ///< value / original value
  money cumulative;          ///< this and every earlier modification
  rate cumulative_share;     ///< cumulative / original value
};

/// One thing done to a contract after its award (`contract::history`): replaying a contract's
/// events in order on the contract as awarded rebuilds exactly the same contract, whatever the
/// order in which options were settled and the value changed (the checks a modification passes
/// can depend on it).
struct contract_event {
  enum class kind { exercise, decline, modify };
  kind what = kind::exercise;
  std::size_t option = 0;                ///< exercise, decline: the option, from 1
  std::optional<date> decided_on{};      ///< exercise: when, if given
  std::optional<modification> change{};  ///< modify: as the contract stored it (`from_month` filled in)
  friend bool operator==(const contract_event&, const contract_event&) = default;
};

/// A contract as awarded, and as it has since been extended and modified.
class contract {
 public:
  contract(std::string name, std::string provider, date start, commissioning::term term,
           commissioning::price price, commissioning::indexation indexation = indexation::none());

  // ------------------------------------------------------------ what it is
  [[nodiscard]] const std::string& name() const noexcept { return name_; }
  [[nodiscard]] const std::string& provider() const noexcept { return provider_; }
  [[nodiscard]] date start() const noexcept { return start_; }
  [[nodiscard]] const commissioning::term& term() const noexcept { return term_; }
  [[nodiscard]] const commissioning::price& price() const noexcept { return price_; }
  [[nodiscard]] const commissioning::indexation& indexation() const noexcept { return indexation_; }
  [[nodiscard]] const std::vector<extension_option>& options() const noexcept { return options_; }
  [[nodiscard]] const std::vector<modification>& modifications() const noexcept { return modifications_; }
  /// What was done to it since the award, in order.
  [[nodiscard]] const std::vector<contract_event>& history() const noexcept { return history_; }
  /// Do `event` again: exercise, decline or modify as it says.
  void apply(const contract_event& event);
  /// Equal when awarded alike and changed to the same options and modifications (in whatever
  /// order the options were settled).
  friend bool operator==(const contract& a, const contract& b) {
    return a.name_ == b.name_ && a.provider_ == b.provider_ && a.start_ == b.start_ && a.term_ == b.term_ &&
           a.price_ == b.price_ && a.indexation_ == b.indexation_ && a.options_ == b.options_ &&
           a.modifications_ == b.modifications_;
  }

  // ------------------------------------------------------------ changing it
  /// Exercise option `number` (from 1), decided on `decided_on` if given. Options are
  /// taken in order; each once; not before the contract starts nor after it has ended.
  void exercise(std::size_t number, std::optional<date> decided_on = std::nullopt);
  /// Decline option `number` (from 1): it and every later option lapse.
  void decline(std::size_t number);
  /// Record a modification; returns its number (from 1).
  std::size_t modify(modification change);
  /// Record a modification whose change in value takes effect on `effective`: a monthly
  /// anniversary of the start inside the contract as this modification leaves it, its own added
  /// months included (commissioning.contract.006 otherwise). Its `from_month` is set from it.
  std::size_t modify(modification change, date effective);
  /// The month offset of `d` from the start, for a change's `from_month`: `d` must be a
  /// monthly anniversary of the start inside the contract.
  [[nodiscard]] int month_at(date d) const;

  // ------------------------------------------------------------ dates
  [[nodiscard]] date base_end() const { return end_after(term_.base_months()); }
  /// With exercised options and modifications.
  [[nodiscard]] date current_end() const { return end_after(months(contract_scope::current)); }
  /// The latest end still possible: every pending option exercised (declined ones
  /// excluded), with modifications.
  [[nodiscard]] date maximum_end() const;
  /// The end of the base term, the current term, or the maximum term as awarded.
  [[nodiscard]] date end(contract_scope scope) const { return end_after(months(scope)); }
  /// The term a scope covers, in words, for every table and note that commits the contract:
  /// "the maximum term, to 30 September 2029".
  [[nodiscard]] std::string term_in_words(contract_scope scope) const {
    const char* words = scope == contract_scope::base ? "base" : scope == contract_scope::maximum ? "maximum" : "current";
    return std::string("the ") + words + " term, to " + to_long_string(end(scope));
  }
  [[nodiscard]] contract_state state_on(date d) const;

  // ------------------------------------------------------------ values
  /// The annual value stated for contract year 1, before indexation.
  [[nodiscard]] money annual_value() const { return price_.annual_rate(1); }
  /// The annual value in force on `d`: indexation and value changes included.
  [[nodiscard]] money annual_value_on(date d) const;
  [[nodiscard]] money base_value() const { return value(contract_scope::base); }
  /// Over the base term and every option, as awarded: the estimated value procurement rules use.
  [[nodiscard]] money maximum_value() const { return value(contract_scope::maximum); }
  [[nodiscard]] money current_value() const { return value(contract_scope::current); }
  [[nodiscard]] money value(contract_scope scope) const;
  /// Each modification's value and share of the original (maximum) value, with running totals.
  [[nodiscard]] std::vector<modification_value> modification_values() const;
  /// Money due for the days from `first` to `last` (inclusive), within the current term.
  [[nodiscard]] money spend_between(date first, date last, apportion_rule rule = apportion_rule::monthly) const;
  /// Money due from the start up to and including `d`.
  [[nodiscard]] money spend_to(date d, apportion_rule rule = apportion_rule::monthly) const;

  // ------------------------------------------------------------ profiles
  [[nodiscard]] std::vector<contract_year> contract_years(contract_scope scope = contract_scope::current) const;
  [[nodiscard]] financial_year_profile profile(contract_scope scope = contract_scope::current,
                                               apportion_rule rule = apportion_rule::monthly,
                                               std::chrono::month start_month = april) const;

 private:
  /// A run of months inside one contract year at one annual value: the atoms of every value.
  struct segment {
    int first_month;  // offset from the start, inclusive
    int end_month;    // exclusive
    int year;         // contract year, from 1
    money value;
  };

  [[nodiscard]] int months(contract_scope scope) const;
  [[nodiscard]] date end_after(int months_from_start) const { return add_days(add_months(start_, months_from_start), -1); }
  [[nodiscard]] period months_period(int first_month, int end_month) const {
    return period(add_months(start_, first_month), end_after(end_month));
  }
  [[nodiscard]] contract_state phase_of_month(int month, contract_scope scope = contract_scope::current) const;
  [[nodiscard]] std::vector<money> indexed_annual_values(int years) const;
  [[nodiscard]] std::vector<segment> segments(contract_scope scope, std::size_t modification_count) const;
  [[nodiscard]] std::vector<segment> segments(contract_scope scope) const {
    return segments(scope, scope == contract_scope::current ? modifications_.size() : 0);
  }
  [[nodiscard]] static money total_of(const std::vector<segment>& parts);

  std::string name_;
  std::string provider_;
  date start_;
  commissioning::term term_;
  commissioning::price price_;
  commissioning::indexation indexation_;
  std::vector<extension_option> options_;
  std::vector<modification> modifications_;
  std::vector<contract_event> history_;
};

// ---------------------------------------------------------------- inline definitions

inline contract::contract(std::string name, std::string provider, date start, commissioning::term term,
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
    throw invalid_input("contract", 8, "indexation applies to an annual price; a price per contract year is already stated year by year");
  if (price_.kind() == price::basis::total_over_base &&
      static_cast<std::size_t>(term_.base_months()) != 12 * price_.stated_values().size())
    throw invalid_input("contract", 7,
                        "the total was spread over a base term of " +
                            std::to_string(12 * price_.stated_values().size()) + " months, but this contract's is " +
                            std::to_string(term_.base_months()) + " months (" + term_.to_string() + ")");
  for (int m : term_.extension_months()) options_.push_back({m, option_status::pending});
  (void)end_after(term_.maximum_months());  // the whole term must stay inside the supported years
}

inline void contract::exercise(std::size_t number, std::optional<date> decided_on) {
  if (number < 1 || number > options_.size())
    throw out_of_range_error("contract", 1,
                             "the term " + term_.to_string() + " has no option " + std::to_string(number) +
                                 " (it has " + std::to_string(options_.size()) + ")");
  extension_option& option = options_[number - 1];
  if (option.status != option_status::pending)
    throw invalid_input("contract", 3,
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

inline void contract::decline(std::size_t number) {
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

inline void contract::apply(const contract_event& event) {
  switch (event.what) {
    case contract_event::kind::exercise: exercise(event.option, event.decided_on); return;
    case contract_event::kind::decline: decline(event.option); return;
    case contract_event::kind::modify: (void)modify(event.change.value_or(modification{})); return;
  }
}

inline int contract::month_at(date d) const {
  const int total = months(contract_scope::current);
  for (int m = 0; m <= total; ++m)
    if (add_months(start_, m) == d) return m;
  throw invalid_input("contract", 6,
                      to_long_string(d) + " is not a monthly anniversary of the start (" + to_long_string(start_) +
                          ") inside the contract; a change in value takes effect from one");
}

inline std::size_t contract::modify(modification change) {
  const std::string which = "modification " + std::to_string(modifications_.size() + 1);
  if (change.months < 0)
    throw invalid_input("contract", 11, which + " cannot shorten the term by " + std::to_string(-change.months) + " months");
  if (change.months > term::max_part_months)
    throw invalid_input("contract", 11, which + " adds " + std::to_string(change.months) + " months, more than 50 years");
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
    (void)segments(contract_scope::current);            // and no annual value turns negative
  } catch (...) {
    modifications_.pop_back();
    throw;
  }
  history_.push_back({contract_event::kind::modify, 0, std::nullopt, modifications_.back()});
  return modifications_.size();
}

inline std::size_t contract::modify(modification change, date effective) {
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

inline int contract::months(contract_scope scope) const {
  int total = term_.base_months();
  if (scope == contract_scope::base) return total;
  if (scope == contract_scope::maximum) return term_.maximum_months();
  for (const extension_option& option : options_)
    if (option.status == option_status::exercised) total += option.months;
  for (const modification& m : modifications_) total += m.months;
  return total;
}

inline date contract::maximum_end() const {
  int total = months(contract_scope::current);
  for (const extension_option& option : options_)
    if (option.status == option_status::pending) total += option.months;
  return end_after(total);
}

inline contract_state contract::phase_of_month(int month, contract_scope scope) const {
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
    if (modifications_[i].months > 0 && month < boundary) return {contract_phase::modification, static_cast<int>(i + 1)};
  }
  return {contract_phase::ended};
}

inline contract_state contract::state_on(date d) const {
  if (std::chrono::sys_days(d) < std::chrono::sys_days(start_)) return {contract_phase::not_started};
  if (std::chrono::sys_days(d) > std::chrono::sys_days(current_end())) return {contract_phase::ended};
  const int total = months(contract_scope::current);
  int month = 0;
  while (month + 1 < total && std::chrono::sys_days(add_months(start_, month + 1)) <= std::chrono::sys_days(d)) ++month;
  return phase_of_month(month);
}

inline std::vector<money> contract::indexed_annual_values(int years) const {
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

inline money contract::annual_value_on(date d) const {
  if (state_on(d).phase == contract_phase::not_started || state_on(d).phase == contract_phase::ended)
    throw out_of_range_error("contract", 13,
                             to_long_string(d) + " is outside the contract (" +
                                 period(start_, current_end()).to_string() + ")");
  int month = 0;
  while (std::chrono::sys_days(add_months(start_, month + 1)) <= std::chrono::sys_days(d)) ++month;
  money annual = indexed_annual_values(month / 12 + 1).back();
  for (const modification& m : modifications_)
    if (*m.from_month <= month) annual += m.annual_change;
  return annual;
}

inline std::vector<contract::segment> contract::segments(contract_scope scope, std::size_t modification_count) const {
  int total = months(scope);
  if (scope == contract_scope::current)  // leave out the months of later modifications
    for (std::size_t i = modification_count; i < modifications_.size(); ++i) total -= modifications_[i].months;
  // Months at which the annual value changes, and by how much.
  std::map<int, money> changes;
  for (std::size_t i = 0; i < modification_count; ++i)
    if (!modifications_[i].annual_change.is_zero()) changes[*modifications_[i].from_month] += modifications_[i].annual_change;

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

inline money contract::total_of(const std::vector<segment>& parts) {
  money total;
  for (const segment& s : parts) total += s.value;
  return total;
}

inline money contract::value(contract_scope scope) const { return total_of(segments(scope)); }

inline std::vector<modification_value> contract::modification_values() const {
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

inline std::int64_t rule_weight(const period& p, apportion_rule rule) {
  return rule == apportion_rule::monthly ? monthly_weight(p) : p.days();
}

}  // namespace detail

inline money contract::spend_between(date first, date last, apportion_rule rule) const {
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
    if (inside->first() != span.first()) weights.push_back(detail::rule_weight(period(span.first(), add_days(inside->first(), -1)), rule));
    inside_index = weights.size();
    weights.push_back(detail::rule_weight(*inside, rule));
    if (inside->last() != span.last()) weights.push_back(detail::rule_weight(period(add_days(inside->last(), 1), span.last()), rule));
    spent += allocate(s.value, weights)[inside_index];
  }
  return spent;
}

inline money contract::spend_to(date d, apportion_rule rule) const {
  if (std::chrono::sys_days(d) < std::chrono::sys_days(start_)) return money{};
  return spend_between(start_, d, rule);
}

inline std::vector<contract_year> contract::contract_years(contract_scope scope) const {
  std::vector<contract_year> years;
  for (const segment& s : segments(scope)) {
    if (years.empty() || years.back().number != s.year) {
      years.push_back({s.year, months_period(s.first_month, s.end_month), phase_of_month(s.first_month, scope),
                       s.value});
    } else {
      years.back().span = period(years.back().span.first(), end_after(s.end_month));
      years.back().value += s.value;
    }
  }
  return years;
}

inline financial_year_profile contract::profile(contract_scope scope, apportion_rule rule,
                                                std::chrono::month start_month) const {
  std::map<int, money> by_year;
  money total;
  for (const segment& s : segments(scope)) {
    total += s.value;
    for (const apportioned_amount& part : apportion(s.value, months_period(s.first_month, s.end_month), rule, start_month).parts)
      by_year[part.year.start_year()] += part.amount;
  }
  financial_year_profile result{rule, {}, total, term_in_words(scope)};
  for (const auto& [year, amount] : by_year) result.years.push_back({financial_year(year, start_month), amount});
  return result;
}

/// The names of this header's enums, on every face (names.hpp).
template <>
struct enum_names<option_status> {
  static constexpr std::string_view what = "option status";
  static constexpr std::array<enum_name<option_status>, 3> names{{
      {option_status::pending, "pending"},
      {option_status::exercised, "exercised"},
      {option_status::declined, "declined"},
  }};
};

template <>
struct enum_names<contract_phase> {
  static constexpr std::string_view what = "contract phase";
  static constexpr std::array<enum_name<contract_phase>, 5> names{{
      {contract_phase::not_started, "not_started"},
      {contract_phase::base_term, "base_term"},
      {contract_phase::extension, "extension"},
      {contract_phase::modification, "modification"},
      {contract_phase::ended, "ended"},
  }};
};

template <>
struct enum_names<contract_event::kind> {
  static constexpr std::string_view what = "contract event";
  static constexpr std::array<enum_name<contract_event::kind>, 3> names{{
      {contract_event::kind::exercise, "exercise"},
      {contract_event::kind::decline, "decline"},
      {contract_event::kind::modify, "modify"},
  }};
};

template <>
struct enum_names<contract_scope> {
  static constexpr std::string_view what = "contract scope";
  static constexpr std::array<enum_name<contract_scope>, 3> names{{
      {contract_scope::current, "current"},
      {contract_scope::base, "base"},
      {contract_scope::maximum, "maximum"},
  }};
};

}  // namespace commissioning
