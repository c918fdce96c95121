// SPDX-License-Identifier: MIT
/// \file scenario.hpp
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
#include <commissioning/appraisal.hpp>
#include <commissioning/contract.hpp>
#include <commissioning/discounting.hpp>
#include <commissioning/envelope.hpp>
#include <commissioning/error.hpp>
#include <commissioning/financial_year.hpp>
#include <commissioning/key_decision.hpp>
#include <commissioning/modification.hpp>
#include <commissioning/money.hpp>
#include <commissioning/optimism_bias.hpp>
#include <commissioning/option.hpp>
#include <commissioning/portfolio.hpp>
#include <commissioning/procurement_route.hpp>
#include <commissioning/proposal.hpp>
#include <commissioning/rate.hpp>
#include <commissioning/sensitivity.hpp>
#include <commissioning/term.hpp>
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace commissioning {

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
  friend bool operator==(const scenario_procurement&, const scenario_procurement&) = default;
};

/// A contract as awarded, with what has happened to its options and any modifications.
struct scenario_contract {
  std::string name{};
  std::string provider{};
  date start{};
  term contract_term = term(12);
  money annual_value{};
  std::vector<option_status> options{};  ///< in order; missing ones are pending
  std::vector<modification> modifications{};
  std::optional<scenario_procurement> procurement{};
  /// The contract model, options and modifications applied in order.
  [[nodiscard]] contract build() const {
    contract c(name, provider, start, contract_term, price::annual(annual_value));
    for (std::size_t i = 0; i < options.size(); ++i) {
      if (options[i] == option_status::exercised) c.exercise(i + 1);
      if (options[i] == option_status::declined) {
        c.decline(i + 1);
        break;  // declining one lapses every later option
      }
    }
    for (const modification& m : modifications) c.modify(m);
    return c;
  }
  friend bool operator==(const scenario_contract&, const scenario_contract&) = default;
};

/// A flat budget envelope: the same amount each year, optionally capped.
struct scenario_envelope {
  std::string name{};
  money per_year{};
  financial_year first_year = financial_year(2000);
  financial_year last_year = financial_year(2000);
  [[nodiscard]] envelope build() const { return envelope::flat(name, per_year, first_year, last_year); }
  friend bool operator==(const scenario_envelope&, const scenario_envelope&) = default;
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
  friend bool operator==(const scenario_sensitivity&, const scenario_sensitivity&) = default;
};

/// What the report prints.
struct scenario_report {
  std::string title{};
  std::string funded_from{};  ///< the words after "funded from" in the financial implications paragraph
  std::string contract{};     ///< the contract whose financial implications are reported
  std::vector<std::string> tables{};  ///< empty: every table the scenario can give
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
  scenario_appraisal appraisal_settings{};
  std::optional<scenario_sensitivity> sensitivity{};
  scenario_report report{};

  [[nodiscard]] bool has_appraisal() const noexcept { return !options.empty(); }
  [[nodiscard]] bool has_portfolio() const noexcept { return !portfolio_lines.empty(); }

  /// The contract called `name` (commissioning.scenario.006 if none).
  [[nodiscard]] const scenario_contract& contract_named(std::string_view name) const {
    for (const scenario_contract& c : contracts)
      if (c.name == name) return c;
    throw invalid_input("scenario", 6, "no contract is called " + quote(name));
  }
  /// The envelope called `name` (commissioning.scenario.007 if none).
  [[nodiscard]] const scenario_envelope& envelope_named(std::string_view name) const {
    for (const scenario_envelope& e : envelopes)
      if (e.name == name) return e;
    throw invalid_input("scenario", 7, "no envelope is called " + quote(name));
  }
  /// One line as the appraisal sees it.
  [[nodiscard]] appraisal_line build_line(const scenario_line& l) const;
  /// One option as the appraisal sees it.
  [[nodiscard]] option build_option(const scenario_option& o) const;
  /// The appraisal (commissioning.scenario.008 when the scenario has no options).
  [[nodiscard]] appraisal build_appraisal() const;
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
