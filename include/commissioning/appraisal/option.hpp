// SPDX-License-Identifier: MIT
/// \file appraisal/option.hpp
/// \brief An option of a decision (do nothing, in-house, external commission, ...): its lines
/// of money by financial year, the statutory duties it meets or fails, and the words that go
/// into the cabinet report's options table.
///
/// **Example**: seed 000's third option
///
///     option external("Externally commission a new service", option_kind::external_commission);
///     external.add(appraisal_line::from_contract("Contract payments", young_carers))
///             .add(appraisal_line::one_off("Procurement", line_kind::cost, cost_category::procurement,
///                                          money::parse("£15,000"), financial_year(2021)))
///             .duty("Assess young carers' needs (Children and Families Act 2014)", true)
///             .advantage("Ability to work with partners to develop a new provision")
///             .risk("A procurement process will be required");
///
/// A line is money in cash (nominal) prices by financial year: recurring (with indexation),
/// one-off, given year by year, or taken from a contract or an envelope of the earlier layers,
/// so that the appraisal, the contract and the budget never disagree by a penny. A line may carry
/// VAT terms (vat.hpp): the amounts stay as given, the appraisal counts each year's appraised
/// part (net of VAT the council recovers) and a procurement threshold takes the gross.
#pragma once

#include <commissioning/appraisal/optimism_bias.hpp>
#include <commissioning/appraisal/vat.hpp>
#include <commissioning/budget/envelope.hpp>
#include <commissioning/calendar/financial_year.hpp>
#include <commissioning/contract/contract.hpp>
#include <commissioning/error.hpp>
#include <commissioning/money/money.hpp>
#include <commissioning/money/rate.hpp>
#include <commissioning/names.hpp>

#include <array>
#include <algorithm>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace commissioning {

/// What kind of option this is (Green Book 2022 5.53 asks for at least business as usual and
/// a do-minimum among the short list).
enum class option_kind {
  do_nothing,               ///< business as usual / do nothing: the baseline
  do_minimum,
  in_house,
  external_commission,
  extend_existing,          ///< extend or vary the existing contract
  shared_service,
  council_company,          ///< a council-owned company (Teckal)
  service_level_agreement,  ///< an SLA with another public body
  other,
};

/// What a line of money is.
enum class line_kind {
  cost,
  benefit,          ///< a monetised (social) benefit
  cashable_saving,  ///< a saving that releases budget
  income,
};

/// Which kind of cost (or benefit) a line is, for tables and for optimism bias.
enum class cost_category {
  staff,
  non_staff,
  overheads,
  procurement,
  tupe_and_transition,
  mobilisation,
  exit,
  contract_payments,
  other,
};

/// The words used in reports ("do nothing", "in-house", "TUPE and transition", ...).
[[nodiscard]] std::string_view to_string(option_kind kind);
[[nodiscard]] std::string_view to_string(line_kind kind);
[[nodiscard]] std::string_view to_string(cost_category category);
/// The enum named by `text` (the words above, or snake_case); an id'd error names the text.
[[nodiscard]] option_kind parse_option_kind(std::string_view text);
[[nodiscard]] line_kind parse_line_kind(std::string_view text);
[[nodiscard]] cost_category parse_cost_category(std::string_view text);

/// A line of money by financial year, in cash (nominal) prices.
class appraisal_line {
 public:
  /// `per_year` in every year from `first` to `last`, uplifted by `indexation` each year
  /// after the first (each year rounded to the penny before the next uplift).
  [[nodiscard]] static appraisal_line recurring(std::string name, line_kind kind, cost_category category, money per_year,
                                                const financial_year& first, const financial_year& last,
                                                const rate& indexation = rate(0), rounding mode = default_rounding);
  /// `amount` once, in `year`.
  [[nodiscard]] static appraisal_line one_off(std::string name, line_kind kind, cost_category category, money amount,
                                              const financial_year& year);
  /// An amount for each year given.
  [[nodiscard]] static appraisal_line per_year(std::string name, line_kind kind, cost_category category,
                                               const std::vector<financial_year_amount>& amounts);
  /// A contract's payments by financial year (a cost, category contract payments).
  [[nodiscard]] static appraisal_line from_contract(std::string name, const contract& source,
                                                    contract_scope scope = contract_scope::current,
                                                    apportion_rule rule = apportion_rule::monthly);
  /// An envelope's amounts by financial year (e.g. an in-house budget capped at £65k a year).
  [[nodiscard]] static appraisal_line from_envelope(std::string name, line_kind kind, cost_category category,
                                                    const envelope& source);

  /// A line exactly as `amounts()`, `basis()`, `one_off()` and `vat()` describe it: how a saved
  /// line (a pickle, a scenario file) is read back.
  [[nodiscard]] static appraisal_line restore(std::string name, line_kind kind, cost_category category, std::string basis,
                                              bool one_off, const std::vector<financial_year_amount>& amounts,
                                              const vat_terms& vat = {}) {
    appraisal_line line = per_year(std::move(name), kind, category, amounts).with_vat(vat);
    line.basis_ = std::move(basis);
    line.one_off_ = one_off;
    return line;
  }

  /// The same line with VAT terms: its amounts stay as given, the appraisal counts each year's
  /// `split_vat(amount, terms).appraised`. A negative rate is commissioning.appraisal.007.
  [[nodiscard]] appraisal_line with_vat(const vat_terms& terms) const {
    appraisal_line line = *this;
    line.vat_ = check_vat_terms(terms);
    return line;
  }

  [[nodiscard]] const std::string& name() const noexcept { return name_; }
  [[nodiscard]] line_kind kind() const noexcept { return kind_; }
  [[nodiscard]] cost_category category() const noexcept { return category_; }
  /// Where the figures come from, in words ("£325,500 a year, 2022-23 to 2026-27").
  [[nodiscard]] const std::string& basis() const noexcept { return basis_; }
  /// True for a one-off line.
  [[nodiscard]] bool one_off() const noexcept { return one_off_; }
  /// The amounts as given (VAT-inclusive or not, as `vat()` says), in year order.
  [[nodiscard]] std::vector<financial_year_amount> amounts() const;
  /// The years it has an amount in, in order.
  [[nodiscard]] std::vector<financial_year> years() const;
  /// The amount given for `year` (zero outside the line).
  [[nodiscard]] money in(const financial_year& year) const;
  [[nodiscard]] money total() const;
  /// How VAT falls on the amounts (not stated unless `with_vat` said).
  [[nodiscard]] const vat_terms& vat() const noexcept { return vat_; }
  /// `in(year)` split into net, VAT and gross, to the penny.
  [[nodiscard]] vat_split split(const financial_year& year) const { return split_vat(in(year), vat_); }
  /// What the appraisal counts in `year`: net of VAT the council recovers, with VAT it does not.
  [[nodiscard]] money appraised(const financial_year& year) const { return split(year).appraised; }
  /// The VAT-inclusive value, each year split and then summed: what a procurement threshold
  /// compares (SI 2021/1221).
  [[nodiscard]] money gross_total() const;
  [[nodiscard]] std::chrono::month start_month() const noexcept { return start_month_; }

  /// The same line with every amount multiplied by `factor` (rounded to the penny each year):
  /// how sensitivity analysis moves an input.
  [[nodiscard]] appraisal_line scaled(const rate& factor, rounding mode = default_rounding) const;

  friend bool operator==(const appraisal_line&, const appraisal_line&) = default;

 private:
  appraisal_line(std::string name, line_kind kind, cost_category category, std::string basis, bool one_off,
                 std::chrono::month start_month)
      : name_(std::move(name)), kind_(kind), category_(category), basis_(std::move(basis)), one_off_(one_off),
        start_month_(start_month) {}
  void set(const financial_year& year, money amount);

  std::string name_;
  line_kind kind_;
  cost_category category_;
  std::string basis_;
  bool one_off_ = false;
  std::chrono::month start_month_ = april;
  std::map<int, money> by_start_year_;
  vat_terms vat_{};
};

/// A statutory duty an option meets or fails. An option failing one is never preferred.
struct statutory_duty {
  std::string name;  ///< e.g. "Assess young carers' needs (Children and Families Act 2014 s.96)"
  bool met = true;
  std::string note;  ///< why, in the report's words
  friend bool operator==(const statutory_duty&, const statutory_duty&) = default;
};

/// An optimism bias uplift on an option's costs (Green Book supplementary guidance): the
/// uplift, the words that justify it, and which cost categories it applies to (none listed:
/// every cost line).
struct optimism_bias_uplift {
  rate uplift;
  std::string description;
  std::vector<cost_category> applies_to;
  [[nodiscard]] bool applies(cost_category category) const {
    return applies_to.empty() || std::ranges::find(applies_to, category) != applies_to.end();
  }
  friend bool operator==(const optimism_bias_uplift&, const optimism_bias_uplift&) = default;
};

/// What an option delivers, counted by financial year (e.g. young carers assessed), for a
/// cost per unit of output.
struct output_measure {
  std::string unit;  ///< plural noun: "young carers assessed"
  std::vector<std::pair<financial_year, std::int64_t>> by_year;
  [[nodiscard]] std::int64_t total() const {
    std::int64_t sum = 0;
    for (const auto& entry : by_year) sum += entry.second;
    return sum;
  }
  friend bool operator==(const output_measure&, const output_measure&) = default;
};

/// One option of a decision.
class option {
 public:
  explicit option(std::string name, option_kind kind = option_kind::other, std::string description = {});

  /// Adds a line; two lines of one option may not share a name (commissioning.option.002).
  option& add(appraisal_line line);
  option& advantage(std::string text) { return push_text(advantages_, std::move(text), "advantage"); }
  option& disadvantage(std::string text) { return push_text(disadvantages_, std::move(text), "disadvantage"); }
  option& risk(std::string text) { return push_text(risks_, std::move(text), "risk"); }
  /// Names a statutory duty and whether this option meets it.
  option& duty(std::string name, bool met, std::string note = {});
  /// Sets the optimism bias uplift on this option's costs (replacing any earlier one).
  option& optimism_bias(const rate& uplift, std::string description, std::vector<cost_category> applies_to = {});
  /// The same from the Green Book's table or the organisation's evidence (optimism_bias.hpp):
  /// a capital or operating cost adjustment, described in its own words. A works-duration
  /// adjustment delays costs rather than uplifting them (commissioning.option.009).
  option& optimism_bias(const optimism_bias_adjustment& adjustment, std::vector<cost_category> applies_to = {});
  /// Counts what the option delivers, `per_year` in each year from `first` to `last`.
  option& output(std::string unit, std::int64_t per_year, const financial_year& first, const financial_year& last);

  [[nodiscard]] const std::string& name() const noexcept { return name_; }
  [[nodiscard]] option_kind kind() const noexcept { return kind_; }
  [[nodiscard]] const std::string& description() const noexcept { return description_; }
  [[nodiscard]] const std::vector<appraisal_line>& lines() const noexcept { return lines_; }
  [[nodiscard]] const appraisal_line& line(std::string_view name) const;
  [[nodiscard]] const std::vector<std::string>& advantages() const noexcept { return advantages_; }
  [[nodiscard]] const std::vector<std::string>& disadvantages() const noexcept { return disadvantages_; }
  [[nodiscard]] const std::vector<std::string>& risks() const noexcept { return risks_; }
  [[nodiscard]] const std::vector<statutory_duty>& duties() const noexcept { return duties_; }
  [[nodiscard]] const std::optional<optimism_bias_uplift>& optimism_bias() const noexcept { return optimism_bias_; }
  [[nodiscard]] const std::optional<output_measure>& output() const noexcept { return output_; }
  /// False when the option fails any statutory duty it names.
  [[nodiscard]] bool meets_statutory_duties() const {
    return std::ranges::all_of(duties_, [](const statutory_duty& d) { return d.met; });
  }
  /// Its statutory duties in words, for a summary: "no statutory duties named", "meets every
  /// statutory duty named" or "fails 2 statutory duties".
  [[nodiscard]] std::string duties_in_words() const;
  /// The lines as a mutable list, for sensitivity analysis (which moves one input at a time).
  [[nodiscard]] std::vector<appraisal_line>& mutable_lines() noexcept { return lines_; }

  friend bool operator==(const option&, const option&) = default;

 private:
  option& push_text(std::vector<std::string>& list, std::string text, const char* what);

  std::string name_;
  option_kind kind_;
  std::string description_;
  std::vector<appraisal_line> lines_;
  std::vector<std::string> advantages_;
  std::vector<std::string> disadvantages_;
  std::vector<std::string> risks_;
  std::vector<statutory_duty> duties_;
  std::optional<optimism_bias_uplift> optimism_bias_;
  std::optional<output_measure> output_;
};

// ---------------------------------------------------------------------------- implementation

inline std::string_view to_string(option_kind kind) {
  switch (kind) {
    case option_kind::do_nothing: return "do nothing";
    case option_kind::do_minimum: return "do minimum";
    case option_kind::in_house: return "in-house";
    case option_kind::external_commission: return "external commission";
    case option_kind::extend_existing: return "extend existing contract";
    case option_kind::shared_service: return "shared service";
    case option_kind::council_company: return "council-owned company";
    case option_kind::service_level_agreement: return "service level agreement";
    case option_kind::other: return "other";
  }
  return "other";
}
inline std::string_view to_string(line_kind kind) {
  switch (kind) {
    case line_kind::cost: return "cost";
    case line_kind::benefit: return "benefit";
    case line_kind::cashable_saving: return "cashable saving";
    case line_kind::income: return "income";
  }
  return "cost";
}
inline std::string_view to_string(cost_category category) {
  switch (category) {
    case cost_category::staff: return "staff";
    case cost_category::non_staff: return "non-staff";
    case cost_category::overheads: return "overheads";
    case cost_category::procurement: return "procurement";
    case cost_category::tupe_and_transition: return "TUPE and transition";
    case cost_category::mobilisation: return "mobilisation";
    case cost_category::exit: return "exit";
    case cost_category::contract_payments: return "contract payments";
    case cost_category::other: return "other";
  }
  return "other";
}

inline void appraisal_line::set(const financial_year& year, money amount) {
  if (amount.is_negative())
    throw invalid_input("option", 3,
                        "the line '" + name_ + "' has a negative amount " + to_string(amount) + " in " + year.label() +
                            "; enter savings and income as lines of their own kind");
  if (year.start_month() != start_month_)
    throw invalid_input("option", 3, "the years of the line '" + name_ + "' must start in the same month");
  by_start_year_[year.start_year()] = amount;
}

inline appraisal_line appraisal_line::recurring(std::string name, line_kind kind, cost_category category,
                                                money per_year, const financial_year& first,
                                                const financial_year& last, const rate& indexation, rounding mode) {
  std::string basis = to_string(per_year) + " a year, " + first.label() + " to " + last.label();
  if (!indexation.value().is_zero()) basis.append(", uplifted ").append(indexation.to_percent_string()).append(" a year");
  appraisal_line line(std::move(name), kind, category, std::move(basis), false, first.start_month());
  money amount = per_year;
  for (const financial_year& year : financial_years(first, last)) {
    line.set(year, amount);
    amount = amount.multiply(rate(1) + indexation, mode);
  }
  return line;
}

inline appraisal_line appraisal_line::one_off(std::string name, line_kind kind, cost_category category, money amount,
                                              const financial_year& year) {
  appraisal_line line(std::move(name), kind, category, to_string(amount) + " once, in " + year.label(), true,
                      year.start_month());
  line.set(year, amount);
  return line;
}

inline appraisal_line appraisal_line::per_year(std::string name, line_kind kind, cost_category category,
                                               const std::vector<financial_year_amount>& amounts) {
  if (amounts.empty()) throw invalid_input("option", 3, "the line '" + name + "' has no years");
  appraisal_line line(std::move(name), kind, category, "given year by year", false, amounts.front().year.start_month());
  for (const auto& [year, amount] : amounts) {
    if (line.by_start_year_.contains(year.start_year()))
      throw invalid_input("option", 3, "the line '" + line.name_ + "' gives " + year.label() + " twice");
    line.set(year, amount);
  }
  return line;
}

inline appraisal_line appraisal_line::from_contract(std::string name, const contract& source, contract_scope scope,
                                                    apportion_rule rule) {
  const financial_year_profile profile = source.profile(scope, rule);
  appraisal_line line(std::move(name), line_kind::cost, cost_category::contract_payments,
                      "contract '" + source.name() + "', " + to_string(profile.total) + " by financial year",
                      false, profile.years.front().year.start_month());
  for (const auto& [year, amount] : profile.years) line.set(year, amount);
  return line;
}

inline appraisal_line appraisal_line::from_envelope(std::string name, line_kind kind, cost_category category,
                                                    const envelope& source) {
  appraisal_line line(std::move(name), kind, category, "envelope '" + source.name() + "'", false, source.start_month());
  for (const financial_year& year : source.years()) line.set(year, source.available(year));
  return line;
}

inline std::vector<financial_year_amount> appraisal_line::amounts() const {
  std::vector<financial_year_amount> result;
  result.reserve(by_start_year_.size());
  for (const auto& [year, amount] : by_start_year_) result.push_back({financial_year(year, start_month_), amount});
  return result;
}

inline std::vector<financial_year> appraisal_line::years() const {
  std::vector<financial_year> result;
  result.reserve(by_start_year_.size());
  for (const auto& entry : by_start_year_) result.emplace_back(entry.first, start_month_);
  return result;
}

inline money appraisal_line::in(const financial_year& year) const {
  const auto found = by_start_year_.find(year.start_year());
  return found == by_start_year_.end() || year.start_month() != start_month_ ? money() : found->second;
}

inline money appraisal_line::total() const {
  money sum;
  for (const auto& entry : by_start_year_) sum += entry.second;
  return sum;
}

inline money appraisal_line::gross_total() const {
  money sum;
  for (const auto& entry : by_start_year_) sum += split_vat(entry.second, vat_).gross;
  return sum;
}

inline appraisal_line appraisal_line::scaled(const rate& factor, rounding mode) const {
  if (factor.value() < 0)
    throw invalid_input("option", 4, "a line cannot be scaled by a negative factor, got " + factor.to_string() +
                                         " for '" + name_ + "'");
  appraisal_line result = *this;
  for (auto& entry : result.by_start_year_) entry.second = entry.second.multiply(factor, mode);
  return result;
}

inline option::option(std::string name, option_kind kind, std::string description)
    : name_(std::move(name)), kind_(kind), description_(std::move(description)) {
  if (name_.empty()) throw invalid_input("option", 5, "an option needs a name");
}

inline option& option::add(appraisal_line line) {
  if (std::ranges::any_of(lines_, [&](const appraisal_line& l) { return l.name() == line.name(); }))
    throw invalid_input("option", 2, "the option '" + name_ + "' already has a line called " + quote(line.name()));
  lines_.push_back(std::move(line));
  return *this;
}

inline const appraisal_line& option::line(std::string_view name) const {
  for (const appraisal_line& l : lines_)
    if (l.name() == name) return l;
  throw invalid_input("option", 6, "the option '" + name_ + "' has no line called " + quote(name));
}

inline option& option::duty(std::string name, bool met, std::string note) {
  if (name.empty()) throw invalid_input("option", 5, "a statutory duty of '" + name_ + "' needs a name");
  duties_.push_back({std::move(name), met, std::move(note)});
  return *this;
}

inline option& option::optimism_bias(const rate& uplift, std::string description, std::vector<cost_category> applies_to) {
  if (uplift.value() < 0)
    throw invalid_input("option", 7, "an optimism bias uplift cannot be negative, got " + uplift.to_percent_string() +
                                         " for '" + name_ + "'");
  optimism_bias_ = optimism_bias_uplift{uplift, std::move(description), std::move(applies_to)};
  return *this;
}

inline option& option::optimism_bias(const optimism_bias_adjustment& adjustment, std::vector<cost_category> applies_to) {
  if (adjustment.measure() == optimism_bias_measure::works_duration)
    throw invalid_input("option", 9, "a works-duration optimism bias (" + adjustment.describe() + ") delays '" + name_ +
                                         "' rather than uplifting its costs; give a capital or operating cost adjustment");
  return optimism_bias(adjustment.uplift(), adjustment.describe(), std::move(applies_to));
}

inline option& option::output(std::string unit, std::int64_t per_year, const financial_year& first,
                              const financial_year& last) {
  if (per_year < 0)
    throw invalid_input("option", 8, "an output cannot be negative, got " + std::to_string(per_year) + " " + unit +
                                         " a year for '" + name_ + "'");
  output_measure measure{std::move(unit), {}};
  for (const financial_year& year : financial_years(first, last)) measure.by_year.emplace_back(year, per_year);
  output_ = std::move(measure);
  return *this;
}

inline std::string option::duties_in_words() const {
  if (duties_.empty()) return "no statutory duties named";
  const auto failed = std::ranges::count_if(duties_, [](const statutory_duty& d) { return !d.met; });
  if (failed == 0) return "meets every statutory duty named";
  return "fails " + std::to_string(failed) + (failed == 1 ? " statutory duty" : " statutory duties");
}

inline option& option::push_text(std::vector<std::string>& list, std::string text, const char* what) {
  if (text.empty()) throw invalid_input("option", 5, std::string("an empty ") + what + " for '" + name_ + "'");
  list.push_back(std::move(text));
  return *this;
}

/// The names of this header's enums, on every face (names.hpp).
template <>
struct enum_names<option_kind> {
  static constexpr std::string_view what = "option kind";
  static constexpr std::array<enum_name<option_kind>, 12> names{{
      {option_kind::do_nothing, "do_nothing"},
      {option_kind::do_minimum, "do_minimum"},
      {option_kind::in_house, "in_house"},
      {option_kind::external_commission, "external_commission"},
      {option_kind::extend_existing, "extend_existing"},
      {option_kind::shared_service, "shared_service"},
      {option_kind::council_company, "council_company"},
      {option_kind::service_level_agreement, "service_level_agreement"},
      {option_kind::other, "other"},
      {option_kind::extend_existing, "extend_existing_contract"},
      {option_kind::council_company, "council_owned_company"},
      {option_kind::service_level_agreement, "sla"},
  }};
  static option_kind read(std::string_view text) { return unknown_name<option_kind>(text, "option", 1); }
};

template <>
struct enum_names<line_kind> {
  static constexpr std::string_view what = "line kind";
  static constexpr std::array<enum_name<line_kind>, 4> names{{
      {line_kind::cost, "cost"},
      {line_kind::benefit, "benefit"},
      {line_kind::cashable_saving, "cashable_saving"},
      {line_kind::income, "income"},
  }};
  static line_kind read(std::string_view text) { return unknown_name<line_kind>(text, "option", 1); }
};

template <>
struct enum_names<cost_category> {
  static constexpr std::string_view what = "cost category";
  static constexpr std::array<enum_name<cost_category>, 9> names{{
      {cost_category::staff, "staff"},
      {cost_category::non_staff, "non_staff"},
      {cost_category::overheads, "overheads"},
      {cost_category::procurement, "procurement"},
      {cost_category::tupe_and_transition, "tupe_and_transition"},
      {cost_category::mobilisation, "mobilisation"},
      {cost_category::exit, "exit"},
      {cost_category::contract_payments, "contract_payments"},
      {cost_category::other, "other"},
  }};
  static cost_category read(std::string_view text) { return unknown_name<cost_category>(text, "option", 1); }
};

inline option_kind parse_option_kind(std::string_view text) { return read_name<option_kind>(text); }
inline line_kind parse_line_kind(std::string_view text) { return read_name<line_kind>(text); }
inline cost_category parse_cost_category(std::string_view text) { return read_name<cost_category>(text); }

}  // namespace commissioning
