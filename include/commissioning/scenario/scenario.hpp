// SPDX-License-Identifier: MIT
/// \file scenario/scenario.hpp
/// \brief A scenario: one decision described once (the authority, its contracts, budgets,
/// portfolio and proposal, the options of an appraisal and how to report them), from which
/// every model value of the library is built.
///
/// **Example**: seed 000 from its bundled file (scenario_file.hpp reads and writes TOML)
///
///     const scenario s = load_scenario("examples/scenarios/kent-young-carers-2021.toml");
///     const appraisal a = s.build_appraisal();
///     a.run().preferred()->name;         // "Externally commission a new service"
///
/// A scenario holds what the user wrote, not what it computes: a line "from a contract"
/// names the contract, so the file written back reads as the user wrote it and the
/// appraisal, the contract and the budget never disagree by a penny. This header does not
/// need toml++; only scenario_file.hpp does.
#pragma once
#include <commissioning/appraisal/appraisal.hpp>
#include <commissioning/appraisal/discounting.hpp>
#include <commissioning/appraisal/optimism_bias.hpp>
#include <commissioning/appraisal/option.hpp>
#include <commissioning/appraisal/sensitivity.hpp>
#include <commissioning/appraisal/vat.hpp>
#include <commissioning/budget/envelope.hpp>
#include <commissioning/budget/portfolio.hpp>
#include <commissioning/budget/proposal.hpp>
#include <commissioning/calendar/financial_year.hpp>
#include <commissioning/contract/contract.hpp>
#include <commissioning/contract/modification.hpp>
#include <commissioning/contract/term.hpp>
#include <commissioning/error.hpp>
#include <commissioning/money/money.hpp>
#include <commissioning/money/rate.hpp>
#include <commissioning/procurement/key_decision.hpp>
#include <commissioning/procurement/modification_rules.hpp>
#include <commissioning/procurement/lots.hpp>
#include <commissioning/procurement/route.hpp>
#include <commissioning/risk/correlation.hpp>
#include <commissioning/risk/distribution.hpp>
#include <commissioning/risk/risk.hpp>
#include <commissioning/risk/simulation.hpp>
#include <charconv>
#include <chrono>
#include <cstdint>
#include <limits>
#include <system_error>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace commissioning {

/// The range of a whole number a scenario takes, written once for the file, the command line
/// and Python: commissioning.scenario.012 outside it, naming the value.
struct whole_number_range {
  std::int64_t low;
  std::int64_t high;
  /// `value`, checked; `field` (such as "--seed") begins the message when given.
  [[nodiscard]] std::int64_t check(std::int64_t value, std::string_view field = {}) const {
    if (value < low || value > high) throw outside(std::to_string(value), field);
    return value;
  }
  /// The whole number `text` spells, checked: commissioning.scenario.012 naming the text when it
  /// is outside the range, however many digits it has ("-1", "99999999999999999999999"), so it
  /// is never wrapped or saturated; commissioning.scenario.003 when it is not a whole number.
  [[nodiscard]] std::int64_t parse(std::string_view text, std::string_view field = {}) const {
    std::string_view digits = text;
    if (digits.starts_with('+')) digits.remove_prefix(1);  // from_chars takes '-' only
    const bool whole = !digits.empty() && (digits == text || !digits.starts_with('-'));
    std::int64_t value = 0;
    const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
    const bool to_the_end = end == digits.data() + digits.size();
    if (whole && to_the_end && ec == std::errc::result_out_of_range) throw outside(std::string(text), field);
    if (!whole || !to_the_end || ec != std::errc{})
      throw invalid_input("scenario", 3, prefix(field) + "expected a whole number, got " + quote(text));
    return check(value, field);
  }

 private:
  static std::string prefix(std::string_view field) { return field.empty() ? std::string() : std::string(field) + ": "; }
  [[nodiscard]] invalid_input outside(const std::string& value, std::string_view field) const {
    return invalid_input("scenario", 12, prefix(field) + value + " is out of range: expected " + std::to_string(low) +
                                             " to " + std::to_string(high));
  }
};

/// An authority's key-decision rule as a scenario states it (see key_decision.hpp).
struct scenario_key_decision {
  std::optional<money> amount{};
  std::optional<rate> budget_share{};
  std::optional<money> capital_amount{};
  bool wards_test = true;
  friend bool operator==(const scenario_key_decision&, const scenario_key_decision&) = default;
};

/// Who decides: the name reports use, when its financial year starts, its key-decision rule.
struct scenario_authority {
  std::string name{};
  unsigned financial_year_start = 4;  ///< the month, 1-12: April for councils
  std::optional<scenario_key_decision> key_decision{};
  [[nodiscard]] std::chrono::month start_month() const { return std::chrono::month{financial_year_start}; }
  friend bool operator==(const scenario_authority&, const scenario_authority&) = default;
};

/// The facts `commissioning check` needs besides the contract (procurement_route.hpp).
struct scenario_procurement {
  authority_type authority = authority_type::sub_central;
  service_category category = service_category::services;
  vat_treatment vat = vat_treatment::exclusive;
  std::optional<date> procurement_start{};  ///< by default the contract's start
  std::optional<money> decision_value{};    ///< for the key-decision test; by default the maximum value
  int wards_affected = 0;
  bool regulated_by_welsh_ministers = false;  ///< tested against Schedule 1's Welsh column from 2026
  std::optional<date> key_decision_notice{};  ///< when the key decision's notice was published (SI 2012/2089)
  key_decision_route notice_route = key_decision_route::notice;
  clear_day_count clear_days = clear_day_count::calendar_days;
  friend bool operator==(const scenario_procurement&, const scenario_procurement&) = default;
};

/// A modification of a contract, and the day it was decided (which sets the thresholds in
/// force for `commissioning check`).
struct scenario_modification {
  modification change{};
  std::optional<date> decided_on{};  ///< by default the day it takes effect (`scenario_contract::decision_date`)
  friend bool operator==(const scenario_modification&, const scenario_modification&) = default;
};

/// A published index a contract's price follows (`indexation::index_series`).
struct scenario_index {
  std::map<int, rate> levels{};  ///< the index level for each calendar year
  int lag_years = 0;
  std::optional<rate> cap{};
  std::optional<rate> floor{};
  friend bool operator==(const scenario_index&, const scenario_index&) = default;
};

/// A contract as awarded, with what has happened to its options and any modifications.
struct scenario_contract {
  std::string name{};
  std::string provider{};
  date start{};
  term contract_term = term(12);
  money annual_value{};
  std::optional<rate> uplift{};  ///< a fixed uplift at each anniversary (`indexation::fixed`)
  std::optional<scenario_index> index{};  ///< or the change in a published index
  int uplift_from_year = 2;      ///< the first contract year uplifted
  std::vector<option_status> options{};  ///< in order; missing ones are pending
  std::vector<scenario_modification> modifications{};
  std::optional<scenario_procurement> procurement{};
  /// The procurement it is a lot of: the contracts naming the same one are judged together
  /// against the threshold (procurement/lots.hpp), each still profiled on its own.
  std::string lot_of{};
  /// How its price moves: `uplift` or `index` from `uplift_from_year`, or not at all.
  [[nodiscard]] commissioning::indexation indexation() const {
    if (uplift) return indexation::fixed(*uplift, uplift_from_year);
    if (index) return indexation::index_series(index->levels, index->lag_years, index->cap, index->floor, uplift_from_year);
    return indexation::none();
  }
  /// The contract as awarded: no option exercised or declined, no modification.
  [[nodiscard]] contract awarded() const {
    return contract(name, provider, start, contract_term, price::annual(annual_value), indexation());
  }
  /// The contract model with its options and the first `modifications_made` modifications
  /// (all of them by default) applied in order.
  [[nodiscard]] contract build(std::size_t modifications_made = static_cast<std::size_t>(-1)) const {
    contract c = awarded();
    bool lapsed = false;  // declining one lapses every later option: "declined" after it says so again
    for (std::size_t i = 0; i < options.size(); ++i) {
      // Exercising one after a decline is refused (commissioning.contract.003), as the API refuses it.
      if (options[i] == option_status::exercised) c.exercise(i + 1);
      if (options[i] == option_status::declined && !lapsed) {
        c.decline(i + 1);
        lapsed = true;
      }
    }
    for (std::size_t k = 0; k < modifications.size() && k < modifications_made; ++k) c.modify(modifications[k].change);
    return c;
  }
  /// The day modification `number` (from 1) was decided: as stated, or else the day it takes
  /// effect (`from_month` months after the start, or the day after the term it extends ends).
  [[nodiscard]] date decision_date(std::size_t number) const {
    const scenario_modification& m = modifications.at(number - 1);
    if (m.decided_on) return *m.decided_on;
    if (m.change.from_month) return add_months(start, *m.change.from_month);
    if (m.change.months > 0) return add_days(build(number - 1).current_end(), 1);
    return start;
  }
  friend bool operator==(const scenario_contract&, const scenario_contract&) = default;
};

/// A budget envelope: the same amount each year, an amount uplifted each year, or an amount
/// per year; optionally capped; with the contracts it funds.
struct scenario_envelope {
  std::string name{};
  money per_year{};                            ///< flat, or the first year's amount when uplifted
  std::optional<financial_year> first_year{};  ///< flat or uplifted: the first year
  std::optional<financial_year> last_year{};   ///< flat or uplifted: the last year
  std::optional<rate> uplift{};                ///< the yearly uplift (envelope::uplifted)
  std::vector<financial_year_amount> amounts{};  ///< per year, instead of per_year
  std::optional<money> cap{};
  std::vector<std::string> contracts{};  ///< the contracts it funds, by name: its commitments
  contract_scope scope = contract_scope::current;  ///< which of their terms commits money
  [[nodiscard]] envelope build() const {
    envelope e = [&] {
      if (!amounts.empty()) {
        std::vector<std::pair<financial_year, money>> by_year;
        for (const financial_year_amount& a : amounts) by_year.emplace_back(a.year, a.amount);
        return envelope::per_year(name, by_year);
      }
      const financial_year first = first_year.value_or(financial_year(2000));
      const financial_year last = last_year.value_or(first);
      return uplift ? envelope::uplifted(name, per_year, *uplift, first, last) : envelope::flat(name, per_year, first, last);
    }();
    return cap ? e.capped_at(*cap) : e;
  }
  friend bool operator==(const scenario_envelope&, const scenario_envelope&) = default;
};

/// A risk of the register (risk.hpp): a cost by year, a cost once, or a delay, if it occurs.
struct scenario_risk {
  std::string id{};
  std::string description{};
  std::string owner{};
  std::vector<std::string> options{};  ///< the options it affects, by name
  rate probability{};
  std::vector<financial_year_amount> impacts{};  ///< a cost by year
  std::optional<money> impact{};                 ///< a cost once, in `year`
  std::optional<financial_year> year{};
  int delay_months = 0;                          ///< a delay
  [[nodiscard]] risk build() const {
    const double p = probability.to_double();
    if (delay_months > 0) return risk::delay(id, description, owner, options, p, delay_months);
    if (impact) return risk::one_off(id, description, owner, options, p, *impact, year.value_or(financial_year(2000)));
    return risk::cost(id, description, owner, options, p, impacts);
  }
  friend bool operator==(const scenario_risk&, const scenario_risk&) = default;
};

/// Where a line's money comes from.
enum class line_source { recurring, one_off, per_year, contract, envelope };

/// One line of an option as the user wrote it.
struct scenario_line {
  std::string name{};
  line_source source = line_source::recurring;
  line_kind kind = line_kind::cost;
  cost_category category = cost_category::other;
  money amount{};                              ///< a year's amount (recurring) or the once amount (one-off)
  std::optional<financial_year> first_year{};  ///< recurring: the first year; one-off: the year
  std::optional<financial_year> last_year{};   ///< recurring: the last year
  rate indexation{};                           ///< recurring: the yearly uplift
  std::vector<financial_year_amount> amounts{};  ///< per-year
  std::string reference{};                     ///< the contract's or envelope's name
  contract_scope scope = contract_scope::current;  ///< for a contract line
  vat_terms vat{};                             ///< how VAT falls on the amounts (vat.hpp)
  friend bool operator==(const scenario_line&, const scenario_line&) = default;
};

/// An optimism bias: a stated uplift with its description, or a reference to the Green Book table.
struct scenario_optimism_bias {
  std::optional<rate> uplift{};          ///< stated: the uplift
  std::string description{};             ///< stated: the words that justify it
  std::optional<project_type> type{};    ///< table: the project type
  optimism_bias_measure measure = optimism_bias_measure::operating_cost;
  optimism_bias_bound bound = optimism_bias_bound::upper;
  rate mitigation{};
  std::vector<cost_category> applies_to{};
  friend bool operator==(const scenario_optimism_bias&, const scenario_optimism_bias&) = default;
};

/// What an option delivers a year, over a range of years.
struct scenario_output {
  std::string unit{};
  std::int64_t per_year = 0;
  financial_year first_year = financial_year(2000);
  financial_year last_year = financial_year(2000);
  friend bool operator==(const scenario_output&, const scenario_output&) = default;
};

/// One option of the appraisal.
struct scenario_option {
  std::string name{};
  option_kind kind = option_kind::other;
  std::string description{};
  std::vector<scenario_line> lines{};
  std::vector<statutory_duty> duties{};
  std::vector<std::string> advantages{};
  std::vector<std::string> disadvantages{};
  std::vector<std::string> risks{};
  std::optional<scenario_optimism_bias> optimism_bias{};
  std::optional<scenario_output> output{};
  friend bool operator==(const scenario_option&, const scenario_option&) = default;
};

/// How the options are appraised.
struct scenario_appraisal {
  std::string title{};
  std::optional<financial_year> base_year{};
  int years = 0;
  price_basis basis = price_basis::real;
  std::string discount_schedule = "green-book-2022";  ///< a bundled key, or "custom" with bands
  std::vector<discount_band> discount_bands{};
  std::optional<rate> deflator_growth{};  ///< a constant-growth deflator over the period
  std::vector<std::string> assumptions{};
  friend bool operator==(const scenario_appraisal&, const scenario_appraisal&) = default;
};

/// An input moved by sensitivity analysis: a line, an option's costs or benefits, a cost
/// category, or the discount rate.
struct scenario_sensitivity_input {
  std::string target = "line";  ///< "line", "costs", "benefits", "category" or "discount-rate"
  std::string option{};
  std::string line{};
  std::optional<cost_category> category{};
  [[nodiscard]] appraisal_input build() const {
    if (target == "costs") return appraisal_input::costs(option);
    if (target == "benefits") return appraisal_input::benefits(option);
    if (target == "category") return appraisal_input::category(option, category.value_or(cost_category::other));
    if (target == "discount-rate") return appraisal_input::discount_rate();
    return appraisal_input::line(option, line);
  }
  friend bool operator==(const scenario_sensitivity_input&, const scenario_sensitivity_input&) = default;
};

/// One-way sensitivity and switching values.
struct scenario_sensitivity {
  rate change = rate::ratio(1, 10);
  std::vector<scenario_sensitivity_input> inputs{};
  bool switching_values = true;
  sensitivity_metric metric = sensitivity_metric::net_present_cost;
  std::string option{};  ///< whose metric is watched; empty: the preferred option
  std::string rival{};   ///< the gap's rival; empty: one analysis for each viable rival
  /// The analyses the settings ask for: one, or for the gap without a rival one per rival.
  [[nodiscard]] std::vector<sensitivity_analysis> run(const appraisal& a, const std::vector<appraisal_input>& moved) const {
    if (metric == sensitivity_metric::net_present_social_value_gap && rival.empty())
      return sensitivity_to_rivals(a, moved, change, option);
    return {one_way_sensitivity(a, moved, change, option, metric, rival)};
  }
  friend bool operator==(const scenario_sensitivity&, const scenario_sensitivity&) = default;
};

/// A distribution as the file gives it (distribution.hpp): the family and its parameters in
/// the order the factory takes them.
struct scenario_distribution {
  distribution::family family = distribution::family::fixed;
  std::vector<double> parameters{};     ///< value | min, max | min, mode, max | mean, sd | values (discrete)
  std::vector<double> probabilities{};  ///< discrete
  std::optional<double> lower{};        ///< normal: truncated below
  std::optional<double> upper{};        ///< normal: truncated above
  bool log_parameters = false;          ///< lognormal given by mu and sigma of the logarithm
  [[nodiscard]] distribution build() const {
    const auto at = [&](std::size_t i) { return i < parameters.size() ? parameters[i] : 0.0; };
    switch (family) {
      case distribution::family::fixed: return distribution::fixed(at(0));
      case distribution::family::uniform: return distribution::uniform(at(0), at(1));
      case distribution::family::triangular: return distribution::triangular(at(0), at(1), at(2));
      case distribution::family::pert: return distribution::pert(at(0), at(1), at(2));
      case distribution::family::normal: return distribution::normal(at(0), at(1), lower, upper);
      case distribution::family::lognormal:
        return log_parameters ? distribution::lognormal_log(at(0), at(1)) : distribution::lognormal(at(0), at(1));
      case distribution::family::discrete: return distribution::discrete(parameters, probabilities);
    }
    return distribution::fixed(at(0));
  }
  friend bool operator==(const scenario_distribution&, const scenario_distribution&) = default;
};

/// An uncertain input of the simulation: what it moves (as a sensitivity input names it, or
/// "delay" for an option's costs delayed by months) and its distribution.
struct scenario_uncertain_input {
  std::string id{};  ///< how correlations name it; by default its position, "1", "2", ...
  scenario_sensitivity_input input{};  ///< target "delay" delays `input.option`'s costs
  scenario_distribution values{};
  [[nodiscard]] uncertain_input build() const {
    if (input.target == "delay") return uncertain_input::delay(input.option, values.build());
    return uncertain_input(input.build(), values.build());
  }
  friend bool operator==(const scenario_uncertain_input&, const scenario_uncertain_input&) = default;
};

/// A correlation between two uncertain inputs, named by id.
struct scenario_correlation {
  std::string first{};
  std::string second{};
  double coefficient = 0;
  friend bool operator==(const scenario_correlation&, const scenario_correlation&) = default;
};

/// How `commissioning simulate` runs (simulation.hpp).
struct scenario_simulation {
  /// The ranges the file, `commissioning simulate`'s options and `Scenario.simulate` accept: a
  /// seed is a TOML integer, so never negative.
  static constexpr whole_number_range iterations_range{1, 1'000'000'000};
  static constexpr whole_number_range seed_range{0, std::numeric_limits<std::int64_t>::max()};
  static constexpr whole_number_range threads_range{1, 256};
  std::int64_t iterations = 10'000;
  std::uint64_t seed = 1;
  int threads = 1;
  std::string envelope{};  ///< an envelope's name: the budget to test cash costs against
  std::vector<scenario_uncertain_input> inputs{};
  std::vector<scenario_correlation> correlations{};
  friend bool operator==(const scenario_simulation&, const scenario_simulation&) = default;
};

/// What the report prints.
struct scenario_report {
  std::string title{};
  std::string funded_from{};  ///< the words after "funded from" in the financial implications paragraph
  std::string contract{};     ///< the contract whose financial implications are reported
  std::vector<std::string> tables{};  ///< empty: every table the scenario can give
  report_unit unit{};  ///< the money unit of every table and sentence (money/money.hpp); unset: each its usual
  friend bool operator==(const scenario_report&, const scenario_report&) = default;
};

/// One line of a portfolio.
struct scenario_portfolio_line {
  std::string service{};
  std::string provider{};
  money annual{};
  delivery how = delivery::contract;
  friend bool operator==(const scenario_portfolio_line&, const scenario_portfolio_line&) = default;
};

/// One change of a proposal (proposal.hpp).
struct scenario_change {
  change_kind kind = change_kind::change_by;
  std::string service{};
  std::string provider{};
  money amount{};
  std::optional<rate> percent{};
  date from{};
  delivery how = delivery::contract;
  /// The change as proposal.hpp's factories make it (so "bring in-house" is delivered in-house).
  [[nodiscard]] portfolio_change build() const {
    switch (kind) {
      case change_kind::change_by:
        return percent ? portfolio_change::change_by_percent(service, *percent, from)
                       : portfolio_change::change_by(service, amount, from);
      case change_kind::bring_in_house: return portfolio_change::bring_in_house(service, amount, from);
      case change_kind::move_to_sla: return portfolio_change::move_to_sla(service, provider, amount, from);
      case change_kind::end: return portfolio_change::end(service, from);
      case change_kind::add: return portfolio_change::add(service, provider, amount, from, how);
    }
    return portfolio_change::change_by(service, amount, from);
  }
  friend bool operator==(const scenario_change&, const scenario_change&) = default;
};

/// What `commissioning check` finds for one contract.
struct contract_check {
  procurement_assessment procurement;  ///< under its `[contracts.procurement]` facts
  std::vector<modification_assessment> modifications{};  ///< each under the rules it was procured under
  std::optional<key_decision_result> key_decision{};     ///< when the authority has a rule
  std::optional<key_decision_timing> decision_timing{};  ///< when the key-decision notice's day is given
};

/// A whole decision.
struct scenario {
  scenario_authority authority{};
  std::string service{};
  std::vector<scenario_contract> contracts{};
  std::vector<scenario_envelope> envelopes{};
  std::string portfolio_name{};
  std::vector<scenario_portfolio_line> portfolio_lines{};
  std::string proposal_caption{};
  std::vector<scenario_change> proposal{};
  std::vector<scenario_option> options{};
  std::vector<scenario_risk> risks{};
  scenario_appraisal appraisal_settings{};
  std::optional<scenario_sensitivity> sensitivity{};
  std::optional<scenario_simulation> simulation{};
  scenario_report report{};

  [[nodiscard]] bool has_appraisal() const noexcept { return !options.empty(); }
  [[nodiscard]] bool has_portfolio() const noexcept { return !portfolio_lines.empty(); }

  /// The contract called `name` (commissioning.scenario.006 if none).
  [[nodiscard]] const scenario_contract& contract_named(std::string_view name) const {
    for (const scenario_contract& c : contracts)
      if (c.name == name) return c;
    throw invalid_input("scenario", 6, "no contract is called " + quote(name));
  }
  /// The lots of the procurement `procurement`: every contract whose `lot_of` names it, in the
  /// file's order, with `replacing` standing in for the contract of its name (or added last:
  /// the loader checks a lot before it joins the scenario).
  [[nodiscard]] std::vector<contract> lots_of(std::string_view procurement, const scenario_contract* replacing = nullptr) const {
    std::vector<contract> lots;
    bool replaced = replacing == nullptr;
    for (const scenario_contract& c : contracts) {
      if (c.lot_of != procurement) continue;
      const bool same = replacing != nullptr && c.name == replacing->name;
      lots.push_back(same ? replacing->build() : c.build());
      replaced = replaced || same;
    }
    if (!replaced) lots.push_back(replacing->build());
    return lots;
  }
  /// What the financial implications paragraph reports: the contract called `name`, or the lots
  /// of the procurement called `name`; commissioning.scenario.006 if neither.
  struct reported_contracts {
    std::vector<contract> contracts;
    bool lots = false;
  };
  [[nodiscard]] reported_contracts reported(std::string_view name) const {
    for (const scenario_contract& c : contracts)
      if (c.name == name) return {{c.build()}, false};
    std::vector<contract> found = lots_of(name);
    if (found.empty()) throw invalid_input("scenario", 6, "no contract or procurement of lots is called " + quote(name));
    return {std::move(found), true};
  }
  /// The envelope called `name` (commissioning.scenario.007 if none).
  [[nodiscard]] const scenario_envelope& envelope_named(std::string_view name) const {
    for (const scenario_envelope& e : envelopes)
      if (e.name == name) return e;
    throw invalid_input("scenario", 7, "no envelope is called " + quote(name));
  }
  /// One line as the appraisal sees it.
  [[nodiscard]] appraisal_line build_line(const scenario_line& l) const;
  /// The line's amounts as its source gives them, before its VAT terms.
  [[nodiscard]] appraisal_line build_amounts(const scenario_line& l) const;
  /// One option as the appraisal sees it.
  [[nodiscard]] option build_option(const scenario_option& o) const;
  /// The appraisal of the options as written (commissioning.scenario.008 when the scenario
  /// has no options).
  [[nodiscard]] appraisal build_appraisal() const;
  /// The risk register.
  [[nodiscard]] risk_register build_risks() const {
    risk_register r;
    for (const scenario_risk& entry : risks) r.add(entry.build());
    return r;
  }
  /// The appraisal a report shows: the options with each risk's expected value added as a
  /// cost line (`apply_risks`, the Green Book's expected-value basis); the options as written
  /// when the register is empty.
  [[nodiscard]] appraisal build_risk_adjusted_appraisal() const {
    return risks.empty() ? build_appraisal() : apply_risks(build_appraisal(), build_risks());
  }
  /// Each envelope that names its contracts, in order, set against them (`build_envelope_position`).
  [[nodiscard]] std::vector<envelope_position> build_envelope_positions() const {
    std::vector<envelope_position> positions;
    for (const scenario_envelope& e : envelopes)
      if (!e.contracts.empty()) positions.push_back(build_envelope_position(e));
    return positions;
  }
  /// The envelope's commitments (its contracts' payments by financial year, over the term its
  /// `scope` names) set against it.
  [[nodiscard]] envelope_position build_envelope_position(const scenario_envelope& e) const {
    // Contracts by name, once: an envelope over a whole register stays linear in it.
    std::unordered_map<std::string_view, const scenario_contract*> by_name;
    for (const scenario_contract& c : contracts) by_name.emplace(c.name, &c);
    std::vector<commitment> commitments;
    commitments.reserve(e.contracts.size());
    for (const std::string& name : e.contracts) {
      const auto found = by_name.find(name);
      const scenario_contract& c = found != by_name.end() ? *found->second : contract_named(name);
      commitments.push_back(commitment::of(c.build(), e.scope, authority.start_month()));
    }
    return assess(e.build(), commitments);
  }
  /// The simulation's uncertain inputs, in order.
  [[nodiscard]] std::vector<uncertain_input> build_simulation_inputs() const {
    std::vector<uncertain_input> inputs;
    if (simulation)
      for (const scenario_uncertain_input& i : simulation->inputs) inputs.push_back(i.build());
    return inputs;
  }
  /// The simulation's settings: iterations, seed, threads, the correlation matrix of its
  /// inputs and the envelope (commissioning.scenario.013 for a correlation naming no input).
  [[nodiscard]] simulation_settings build_simulation_settings() const;
  /// The same, with `iterations`, `seed` and `threads` written out in place of the file's when
  /// given, each read within the file's range for it (`scenario_simulation`):
  /// commissioning.scenario.012 naming it and the value, however many digits it has.
  [[nodiscard]] simulation_settings build_simulation_settings(std::optional<std::string_view> iterations,
                                                              std::optional<std::string_view> seed,
                                                              std::optional<std::string_view> threads) const {
    using ranges = scenario_simulation;
    simulation_settings settings = build_simulation_settings();
    if (iterations) settings.iterations = ranges::iterations_range.parse(*iterations, "iterations");
    if (seed) settings.seed = static_cast<std::uint64_t>(ranges::seed_range.parse(*seed, "seed"));
    if (threads) settings.threads = static_cast<int>(ranges::threads_range.parse(*threads, "threads"));
    return settings;
  }
  /// The simulation of the options as written, with the inputs drawn and the risks occurring
  /// or not (commissioning.scenario.008 without options).
  [[nodiscard]] simulation_result simulate(const simulation_settings& settings) const {
    return commissioning::simulate(build_appraisal(), build_simulation_inputs(), build_risks(), settings);
  }
  /// The portfolio before the proposal.
  [[nodiscard]] portfolio build_portfolio() const {
    portfolio p(portfolio_name);
    for (const scenario_portfolio_line& l : portfolio_lines) p.add(l.service, l.provider, l.annual, l.how);
    return p;
  }
  /// The proposal applied to the portfolio.
  [[nodiscard]] proposal_result build_proposal() const {
    std::vector<portfolio_change> changes;
    for (const scenario_change& c : proposal) changes.push_back(c.build());
    return apply(build_portfolio(), std::move(changes), authority.start_month());
  }
  /// The procurement assessment of `c` with its facts (the contract's start when the file gives
  /// no procurement start), and each modification tested under the regime it was procured under
  /// (a contract stays under the rules it was procured under).
  [[nodiscard]] contract_check check_procurement(const scenario_contract& c) const;
  /// What `commissioning check` prints for `c`: `check_procurement` and the key-decision test.
  [[nodiscard]] contract_check check(const scenario_contract& c) const;
  /// The sensitivity inputs, built.
  [[nodiscard]] std::vector<appraisal_input> sensitivity_inputs() const {
    std::vector<appraisal_input> inputs;
    if (sensitivity)
      for (const scenario_sensitivity_input& i : sensitivity->inputs) inputs.push_back(i.build());
    return inputs;
  }
  friend bool operator==(const scenario&, const scenario&) = default;
};

// ---------------------------------------------------------------------------- implementation

inline appraisal_line scenario::build_line(const scenario_line& l) const {
  return build_amounts(l).with_vat(l.vat);
}

inline appraisal_line scenario::build_amounts(const scenario_line& l) const {
  switch (l.source) {
    case line_source::recurring:
      return appraisal_line::recurring(l.name, l.kind, l.category, l.amount, l.first_year.value(), l.last_year.value(),
                                       l.indexation);
    case line_source::one_off:
      return appraisal_line::one_off(l.name, l.kind, l.category, l.amount, l.first_year.value());
    case line_source::per_year:
      return appraisal_line::per_year(l.name, l.kind, l.category, l.amounts);
    case line_source::contract:
      return appraisal_line::from_contract(l.name, contract_named(l.reference).build(), l.scope);
    case line_source::envelope:
      return appraisal_line::from_envelope(l.name, l.kind, l.category, envelope_named(l.reference).build());
  }
  return appraisal_line::per_year(l.name, l.kind, l.category, l.amounts);
}

inline option scenario::build_option(const scenario_option& o) const {
  option result(o.name, o.kind, o.description);
  for (const scenario_line& l : o.lines) result.add(build_line(l));
  for (const statutory_duty& d : o.duties) result.duty(d.name, d.met, d.note);
  for (const std::string& text : o.advantages) result.advantage(text);
  for (const std::string& text : o.disadvantages) result.disadvantage(text);
  for (const std::string& text : o.risks) result.risk(text);
  if (o.optimism_bias) {
    const scenario_optimism_bias& b = *o.optimism_bias;
    if (b.type)
      result.optimism_bias(optimism_bias_adjustment(*b.type, b.measure, b.bound, b.mitigation), b.applies_to);
    else
      result.optimism_bias(b.uplift.value_or(rate()), b.description, b.applies_to);
  }
  if (o.output) result.output(o.output->unit, o.output->per_year, o.output->first_year, o.output->last_year);
  return result;
}

inline simulation_settings scenario::build_simulation_settings() const {
  simulation_settings settings;
  if (!simulation) return settings;
  const scenario_simulation& s = *simulation;
  settings.iterations = s.iterations;
  settings.seed = s.seed;
  settings.threads = s.threads;
  if (!s.envelope.empty()) settings.envelope = envelope_named(s.envelope).build();
  if (!s.correlations.empty()) {
    const auto n = static_cast<Eigen::Index>(s.inputs.size());
    const auto position = [&](const std::string& id) -> Eigen::Index {
      for (Eigen::Index i = 0; i < n; ++i)
        if (s.inputs[static_cast<std::size_t>(i)].id == id) return i;
      throw invalid_input("scenario", 13, "no uncertain input has the id " + quote(id));
    };
    Eigen::MatrixXd matrix = Eigen::MatrixXd::Identity(n, n);
    for (const scenario_correlation& c : s.correlations) {
      const Eigen::Index i = position(c.first), j = position(c.second);
      if (i == j) throw invalid_input("scenario", 13, "an input cannot be correlated with itself: " + quote(c.first));
      matrix(i, j) = matrix(j, i) = c.coefficient;
    }
    settings.correlation = correlation(std::move(matrix));
  }
  return settings;
}

inline contract_check scenario::check_procurement(const scenario_contract& sc) const {
  const contract c = sc.build();
  const scenario_procurement given = sc.procurement.value_or(scenario_procurement{});
  procurement_facts facts;
  facts.authority = given.authority;
  facts.category = given.category;
  facts.vat = given.vat;
  facts.procurement_start = given.procurement_start;  // unset: assumed to be the contract start, as the result says
  facts.regulated_by_welsh_ministers = given.regulated_by_welsh_ministers;
  contract_check found{sc.lot_of.empty() ? assess_procurement(c, facts) : assess_procurement(lots_of(sc.lot_of, &sc), facts)};
  for (std::size_t k = 1; k <= sc.modifications.size(); ++k)
    found.modifications.push_back(
        assess_modification(c, k, found.procurement.regime, found.procurement.type, sc.decision_date(k)));
  return found;
}

inline contract_check scenario::check(const scenario_contract& sc) const {
  contract_check found = check_procurement(sc);
  if (authority.key_decision) {
    const scenario_procurement given = sc.procurement.value_or(scenario_procurement{});
    const scenario_key_decision& k = *authority.key_decision;
    const key_decision_rule rule{authority.name.empty() ? std::string("the authority") : authority.name, k.amount,
                                 k.budget_share, k.capital_amount, k.wards_test};
    found.key_decision =
        is_key_decision(rule, decision_facts{given.decision_value.value_or(found.procurement.estimated_value), false,
                                             std::nullopt, given.wards_affected});
  }
  if (const scenario_procurement given = sc.procurement.value_or(scenario_procurement{}); given.key_decision_notice)
    found.decision_timing = earliest_key_decision(given.notice_route, *given.key_decision_notice, given.clear_days);
  return found;
}

inline appraisal scenario::build_appraisal() const {
  if (options.empty()) throw invalid_input("scenario", 8, "the scenario has no options to appraise");
  const scenario_appraisal& s = appraisal_settings;
  const financial_year base = s.base_year.value_or(financial_year(2000, authority.start_month()));
  commissioning::appraisal_settings settings(
      base, s.years, s.basis,
      s.discount_schedule == "custom"
          ? commissioning::discount_schedule("Custom", "the scenario file", s.discount_bands)
          : commissioning::discount_schedule::named(s.discount_schedule));
  if (s.deflator_growth) {
    const financial_year last(base.start_year() + (s.years > 0 ? s.years - 1 : 0), base.start_month());
    settings.deflator = deflator::constant_growth("Constant growth " + s.deflator_growth->to_percent_string(),
                                                  *s.deflator_growth, base, last);
  }
  std::vector<option> built;
  for (const scenario_option& o : options) built.push_back(build_option(o));
  appraisal a(s.title, std::move(settings), std::move(built));
  for (const std::string& text : s.assumptions) a.assume(text);
  return a;
}

}  // namespace commissioning
