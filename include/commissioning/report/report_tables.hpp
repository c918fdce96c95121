// SPDX-License-Identifier: MIT
/// \file report/report_tables.hpp
/// \brief The standard tables of a cabinet report, made from the library's results: the
/// options table, appraisal years, a financial-year profile, the portfolio and proposal table,
/// a contract summary, sensitivity, switching values, procurement findings and a simulation summary.
///
/// **Example**: seed 000's options table
///
///     const table options = options_table(kent, kent.run());
///     std::cout << to_markdown(options);
///
/// Each function returns a `table` (report.hpp) to render in any format (render.hpp), or to
/// change first: add a note, a source, a row. Each table with money takes the report's unit
/// last (`report_unit`, money/money.hpp): its money columns and the figures in its notes and text follow it.
#pragma once

#include <commissioning/report/report.hpp>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace commissioning {

// The results the tables are made from: a caller has them, so their headers are the caller's to
// include; naming them here keeps this header light.
class appraisal;                  // appraisal/appraisal.hpp
struct appraisal_result;          // appraisal/appraisal.hpp
struct option_appraisal;          // appraisal/appraisal.hpp
struct sensitivity_analysis;      // appraisal/sensitivity.hpp
struct switching_value;           // appraisal/sensitivity.hpp
class contract;                   // contract/contract.hpp
struct financial_year_profile;    // contract/contract.hpp
class portfolio;                  // budget/portfolio.hpp
struct proposal_result;           // budget/proposal.hpp
struct envelope_position;         // budget/envelope.hpp
struct procurement_assessment;    // procurement/route.hpp
struct modification_assessment;   // procurement/modification_rules.hpp
struct simulation_result;         // risk/simulation.hpp
struct simulation_settings;       // risk/simulation.hpp
class uncertain_input;            // risk/simulation.hpp

/// Option | Advantages | Disadvantages | Risks | whole-life cost | present value of costs |
/// equivalent annual cost | statutory duties | rank; the reasons as notes. The Advantages,
/// Disadvantages and Risks columns are each there when any option names one (seed 000 names
/// advantages and risks).
[[nodiscard]] table options_table(const appraisal& a, const appraisal_result& result, const report_unit& unit = {});

/// Every assumption the appraisal's figures rest on, numbered: the price basis and deflator,
/// the period, the discounting, any optimism bias, each risk's expected value added to the
/// costs, and the user's own (`appraisal_result::assumptions`, in order).
[[nodiscard]] table assumptions_table(const appraisal_result& result);

/// One option's years: costs, optimism bias, benefits, net cost, discount factor, present value.
[[nodiscard]] table appraisal_years_table(const option_appraisal& option, const report_unit& unit = {});

/// Financial year | Amount, with the total; a contract's profile notes the term it covers
/// ("Scope: the base term, to 31 March 2025."), `scope_aside` added before the full stop.
[[nodiscard]] table financial_year_table(const financial_year_profile& profile, std::string caption,
                                         const report_unit& unit = {}, std::string_view scope_aside = {});

/// Seed 002's table: Contract name | Provider | Costings, services lettered, a subtotal for a
/// service with several providers, the total and (for a proposal) the revised total.
[[nodiscard]] table portfolio_table(const portfolio& p, std::string caption, const report_unit& unit = {});
[[nodiscard]] table proposal_table(const proposal_result& result, std::string caption, const report_unit& unit = {});

/// A contract's term, dates, values, options and modifications.
[[nodiscard]] table contract_summary_table(const contract& c, const report_unit& unit = {});

/// Input | at −x% | at +x% | swing | whether the preferred option changes.
[[nodiscard]] table sensitivity_table(const sensitivity_analysis& analysis, const report_unit& unit = {});

/// Input | options compared | change needed | finding.
[[nodiscard]] table switching_values_table(const std::vector<switching_value>& values);

/// What a procurement's value means: regime, type, value, threshold, consequence, citation.
/// Headed "<subject>: procurement" when `subject` (the contract or procurement judged) is given.
[[nodiscard]] table procurement_table(const procurement_assessment& assessment, const std::string& subject = {},
                                      const report_unit& unit = {});

/// A modification tested against its regime's rules: ground, value, share of the original
/// value, cumulative share, months added, verdict, citation; the reasons and sentence as notes.
/// Headed "<subject>: modification <n> (<ground>)" when `subject` (the contract) is given.
[[nodiscard]] table modification_table(const modification_assessment& assessment, const std::string& subject = {},
                                       const report_unit& unit = {});

/// A breach note names every committing line when there are at most this many; beyond, it
/// gives their count and total, the `breach_lines_largest` largest lines and the rest in one figure.
inline constexpr std::size_t breach_lines_listed = 10;
inline constexpr std::size_t breach_lines_largest = 5;

/// An envelope against its commitments: Financial year | Available | Committed | Headroom |
/// Cumulative headroom, with totals; each breach as a note naming its lines (up to
/// `breach_lines_listed` of them; beyond, the count, the total and the 5 largest).
[[nodiscard]] table envelope_position_table(const envelope_position& position, const report_unit& unit = {});

/// A simulation's summary: Option | mean, P50, P80 and P90 of the present value of costs |
/// probability of being cheapest and preferred (viable options only); the inputs and risks
/// simulated as notes.
[[nodiscard]] table simulation_table(const simulation_result& result, const report_unit& unit = {});
/// The same, with each input's note naming its distribution (a multiplier of the estimate, or
/// months of delay) and the inputs it is correlated with (`settings.correlation`).
[[nodiscard]] table simulation_table(const simulation_result& result, const std::vector<uncertain_input>& inputs,
                                     const simulation_settings& settings, const report_unit& unit = {});

/// The distributions and correlations a simulation used: Input | Distribution | Correlated
/// with. A multiplier's parameters are put in what they stand for in `base`: pounds of the
/// lines the input moves over the period ("triangular: £90,000 / £100,000 / £130,000"), the
/// discount rate of year 1 ("uniform: 3.15% to 3.85%"), or months of delay.
[[nodiscard]] table simulation_inputs_table(const appraisal& base, const std::vector<uncertain_input>& inputs,
                                            const simulation_settings& settings, const report_unit& unit = {});

/// Option | the probability that its cash costs exceed the envelope, one column a year (empty
/// when the simulation had no envelope).
[[nodiscard]] table envelope_exceedance_table(const simulation_result& result, std::string caption);

}  // namespace commissioning
