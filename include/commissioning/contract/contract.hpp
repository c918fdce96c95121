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
