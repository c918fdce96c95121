// SPDX-License-Identifier: MIT
// The standard cabinet tables of report/report_tables.hpp, compiled once, with the results
// they are made from.
#include <commissioning/report/report_tables.hpp>
#include <commissioning/appraisal/appraisal.hpp>
#include <commissioning/appraisal/sensitivity.hpp>
#include <commissioning/budget/envelope.hpp>
#include <commissioning/budget/portfolio.hpp>
#include <commissioning/budget/proposal.hpp>
#include <commissioning/contract/contract.hpp>
#include <commissioning/procurement/modification_rules.hpp>
#include <commissioning/procurement/route.hpp>
#include <commissioning/risk/simulation.hpp>

#include "cell_text.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace commissioning {

namespace detail {
namespace {

std::string capitalised(std::string_view text) {
  std::string out(text);
  if (!out.empty() && out.front() >= 'a' && out.front() <= 'z') out.front() = static_cast<char>(out.front() - 'a' + 'A');
  return out;
}

void add_portfolio_rows(table& t, const portfolio& p) {
  char letter = 'A';
  for (const service_group& group : p.by_service()) {
    const std::string service = std::string(1, letter) + ". " + group.service;
    if (letter < 'Z') ++letter;
    const bool several = group.lines.size() > 1;
    if (several) t.begin_group();
    for (std::size_t k = 0; k < group.lines.size(); ++k)
      t.add_row({k == 0 ? cell(service) : cell(), group.lines[k].provider, group.lines[k].annual});
    if (several) t.add_subtotal(group.service + " Total", 1);
  }
}

std::vector<column> portfolio_columns() {
  return {column::text("Contract name", true), column::text("Provider"), column::money("Costings", money_format{})};
}

}  // namespace
}  // namespace detail

table options_table(const appraisal& a, const appraisal_result& result) {
  // Disadvantages get a column of their own when any option names one; a paper that names
  // only risks (seed 000) keeps its Option | Advantages | Risks table.
  const bool disadvantages = std::ranges::any_of(
      result.options, [&](const option_appraisal& o) { return !a.option(o.name).disadvantages().empty(); });
  std::vector<column> columns{column::text("Option", true), column::text("Advantages")};
  if (disadvantages) columns.push_back(column::text("Disadvantages"));
  for (column c : {column::text("Risks"), column::money("Whole-life cost"), column::money("Present value of costs"),
                   column::money("Equivalent annual cost"), column::text("Statutory duties"), column::text("Rank")})
    columns.push_back(std::move(c));
  table t("Options considered", std::move(columns));
  t.rounding(total_rounding::independent);
  for (std::size_t i = 0; i < result.options.size(); ++i) {
    const option_appraisal& o = result.options[i];
    const option& source = a.option(o.name);
    std::string name = std::to_string(i + 1) + ". " + o.name;
    if (!source.description().empty()) name.append(": ").append(source.description());
    std::string duties = o.viable ? (source.duties().empty() ? "None named" : "Met") : "Not met: " + detail::join_words(o.failed_duties);
    std::string rank = o.viable ? std::to_string(o.rank) + (o.preferred ? " (preferred)" : "") : "Not viable";
    std::vector<cell> row{std::move(name), source.advantages()};
    if (disadvantages) row.emplace_back(source.disadvantages());
    for (cell c : {cell(source.risks()), cell(o.cash_costs), cell(o.present_value_costs), cell(o.equivalent_annual_cost),
                   cell(std::move(duties)), cell(std::move(rank))})
      row.push_back(std::move(c));
    t.add_row(std::move(row));
  }
  for (const std::string& reason : result.reasons) t.note(reason);
  const appraisal_settings& s = result.settings;
  t.source(std::string(s.basis == price_basis::real ? "Real " : "Cash ")
               .append(s.base_year.label())
               .append(" prices over ")
               .append(std::to_string(s.years))
               .append(s.years == 1 ? " year" : " years")
               .append(", discounted by the ")
               .append(s.schedule.name())
               .append(" schedule"));
  return t;
}

table assumptions_table(const appraisal_result& result) {
  table t("Assumptions", {column::count("No."), column::text("Assumption")});
  std::int64_t number = 0;
  for (const std::string& text : result.assumptions) t.add_row({++number, text});
  return t;
}

table appraisal_years_table(const option_appraisal& option) {
  table t(option.name + ": costs and benefits by year",
          {column::text("Financial year", true), column::count("Year"), column::money("Costs", money_format{}),
           column::money("Optimism bias", money_format{}), column::money("Benefits", money_format{}),
           column::money("Net cost", money_format{}), column::number("Discount factor", 6),
           column::money("Present value", money_format{})});
  for (const appraisal_year& y : option.years)
    t.add_row({y.year.label(), std::int64_t{y.index}, y.costs, y.optimism_bias, y.benefits, y.net_cost, y.discount_factor,
               y.present_value});
  t.add_total();
  t.note("The total present value is rounded once from exact factors, so it can differ by a penny or two from the "
         "sum of the rounded years: " + to_string(option.net_present_cost) + ".");
  return t;
}

table financial_year_table(const financial_year_profile& profile, std::string caption, std::string_view scope_aside) {
  table t(std::move(caption), {column::text("Financial year", true), column::money("Amount", money_format{})});
  for (const financial_year_amount& year : profile.years) t.add_row({year.year.label(), year.amount});
  t.add_total();
  if (!profile.basis.empty()) t.note("Scope: " + profile.basis + std::string(scope_aside) + ".");
  return t;
}

table portfolio_table(const portfolio& p, std::string caption) {
  table t(std::move(caption), detail::portfolio_columns());
  detail::add_portfolio_rows(t, p);
  t.add_total("Total");
  return t;
}

table proposal_table(const proposal_result& result, std::string caption) {
  table t(std::move(caption), detail::portfolio_columns());
  detail::add_portfolio_rows(t, result.before);
  t.add_total("Total current spend");
  t.add_summary({std::string("Total revised projected spend"), cell(), result.after.total()});
  t.note("Full-year saving " + report_figure(result.full_year_saving) + "; in-year saving " +
         report_figure(result.in_year_saving) + ".");
  return t;
}

table contract_summary_table(const contract& c) {
  table t(c.name(), {column::text("Item", true), column::text("Detail")});
  t.add_row({std::string("Provider"), c.provider()});
  t.add_row({std::string("Start"), to_long_string(c.start())});
  t.add_row({std::string("Term"), detail::capitalised(c.term().to_words())});
  t.add_row({std::string("Base term ends"), to_long_string(c.base_end())});
  t.add_row({std::string("Current end"), to_long_string(c.current_end())});
  t.add_row({std::string("Latest possible end"), to_long_string(c.maximum_end())});
  t.add_row({std::string("Annual value"), report_figure(c.annual_value())});
  t.add_row({std::string("Base value"), report_figure(c.base_value())});
  t.add_row({std::string("Current value"), report_figure(c.current_value())});
  t.add_row({std::string("Maximum value as awarded"), report_figure(c.maximum_value())});
  std::vector<std::string> options;
  for (std::size_t k = 0; k < c.options().size(); ++k)
    options.push_back("Option " + std::to_string(k + 1) + " (" + std::to_string(c.options()[k].months) + " months): " +
                      std::string(to_string(c.options()[k].status)));
  t.add_row({std::string("Extension options"), options.empty() ? cell(std::string("None")) : cell(options)});
  std::vector<std::string> changes;
  const std::vector<modification_value> values = c.modification_values();
  for (std::size_t k = 0; k < c.modifications().size(); ++k) {
    const modification& m = c.modifications()[k];
    std::string line = std::string(citation(m.ground));
    if (!m.description.empty()) line.append(": ").append(m.description);
    line.append(", ").append(report_figure(values[k].value)).append(" (").append(values[k].share.to_percent_string(1)).append(
        " of the original value)");
    changes.push_back(std::move(line));
  }
  t.add_row({std::string("Modifications"), changes.empty() ? cell(std::string("None")) : cell(changes)});
  return t;
}

table sensitivity_table(const sensitivity_analysis& analysis) {
  const std::string change = analysis.change.to_percent_string();
  table t("Sensitivity of " + analysis.option + "'s " +
              (analysis.metric == sensitivity_metric::net_present_cost ? "net present cost" : "net present social value") +
              " (" + report_figure(analysis.base) + ") to ±" + change,
          {column::text("Input", true), column::money("At −" + change), column::money("At +" + change),
           column::money("Swing"), column::text("Preferred option")});
  t.rounding(total_rounding::independent);
  for (const sensitivity_row& row : analysis.rows) {
    const bool changes = row.preferred_at_low != analysis.preferred || row.preferred_at_high != analysis.preferred;
    std::string preferred = changes ? "Changes: " + (row.preferred_at_low != analysis.preferred ? row.preferred_at_low + " at −" + change
                                                                                               : row.preferred_at_high + " at +" + change)
                                    : "Unchanged";
    t.add_row({row.input, row.at_low, row.at_high, row.swing, std::move(preferred)});
  }
  return t;
}

table switching_values_table(const std::vector<switching_value>& values) {
  table t("Switching values", {column::text("Input", true), column::text("Options compared"), column::percent("Change needed"),
                               column::text("Finding")});
  for (const switching_value& v : values) {
    cell change;
    if (v.change()) change = rate::from_double(*v.change());
    t.add_row({v.input, v.rival.empty() ? v.option : v.option + " and " + v.rival, change, v.sentence});
  }
  return t;
}

table procurement_table(const procurement_assessment& assessment, const std::string& subject) {
  table t(subject.empty() ? std::string("Procurement") : subject + ": procurement", {column::text("Item", true), column::text("Finding")});
  std::string type(to_string(assessment.type));
  std::ranges::replace(type, '_', ' ');
  t.add_row({std::string("Regime"), std::string(assessment.regime == procurement_regime::pcr_2015
                                                    ? "Public Contracts Regulations 2015"
                                                    : "Procurement Act 2023")});
  t.add_row({std::string("Contract type"), detail::capitalised(type)});
  t.add_row({std::string("Estimated value"), report_figure(assessment.estimated_value)});
  t.add_row({std::string("Threshold"), report_figure(assessment.threshold.amount)});
  t.add_row({std::string("Above threshold"), std::string(assessment.above_threshold ? "Yes" : "No")});
  t.add_row({std::string("Consequence"), assessment.consequence});
  t.add_row({std::string("Citation"), assessment.citation});
  t.note(assessment.sentence);
  return t;
}

table modification_table(const modification_assessment& assessment, const std::string& subject) {
  const std::string heading = "odification " + std::to_string(assessment.number) + " (" + std::string(code(assessment.ground)) + ")";
  table t(subject.empty() ? "M" + heading : subject + ": m" + heading,
          {column::text("Item", true), column::text("Finding")});
  t.add_row({std::string("Value"), report_figure(assessment.value)});
  t.add_row({std::string("Original value"), report_figure(assessment.original_value)});
  t.add_row({std::string("Share of the original value"), assessment.share.to_percent_string(1)});
  t.add_row({std::string("Cumulative share, same ground"), assessment.cumulative_share.to_percent_string(1)});
  t.add_row({std::string("Months added"), std::to_string(assessment.months_added)});
  t.add_row({std::string("Verdict"), detail::capitalised(to_string(assessment.result))});
  t.add_row({std::string("Citation"), assessment.citation});
  for (const std::string& reason : assessment.reasons) t.note(detail::capitalised(reason) + ".");
  t.note(assessment.sentence);
  return t;
}

namespace {

/// "Commitments: the payments of A over the current term, to 31 March 2025 and B over ...";
/// at register scale the count of contracts on each scope, as a breach note gives its count.
std::string commitments_note(const std::vector<std::string>& bases) {
  std::string note = "Commitments: the payments of ";
  if (bases.size() <= breach_lines_listed) {
    for (std::size_t i = 0; i < bases.size(); ++i)
      note.append(i == 0 ? "" : i + 1 == bases.size() ? " and " : ", ").append(bases[i]);
    return note + ".";
  }
  note.append(detail::count_text(static_cast<std::int64_t>(bases.size()))).append(" contracts, over ");
  bool first = true;
  for (const char* scope : {"current", "base", "maximum"}) {
    const std::string words = std::string(" over the ") + scope + " term, to ";
    const auto n = std::ranges::count_if(bases, [&](const std::string& b) { return b.find(words) != std::string::npos; });
    if (n == 0) continue;
    note.append(first ? "" : ", ").append("the " + std::string(scope) + " term for " +
                                          detail::count_text(static_cast<std::int64_t>(n)));
    first = false;
  }
  return note + ".";
}

}  // namespace

table envelope_position_table(const envelope_position& position) {
  table t(position.envelope_name + ": budget and commitments",
          {column::text("Financial year", true), column::money("Available", money_format{}),
           column::money("Committed", money_format{}), column::money("Headroom", money_format{}),
           column::money("Cumulative headroom", money_format{})});
  money available, committed;
  for (const year_position& y : position.years) {
    t.add_row({y.year.label(), y.available, y.committed, y.headroom, y.cumulative_headroom});
    available += y.available;
    committed += y.committed;
  }
  // Not add_total: a running total does not add up.
  t.add_summary({std::string("Total"), available, committed, available - committed, cell()});
  if (position.breaches.empty()) t.note("The commitments stay within the envelope in every year.");
  for (const breach& b : position.breaches) {
    std::string text = b.year.label() + ": commitments exceed the envelope by " + to_string(b.shortfall) + " (";
    const auto line_text = [&](std::size_t i) { return b.lines[i].name + " " + to_string(b.lines[i].amount); };
    if (b.lines.size() <= breach_lines_listed) {
      for (std::size_t i = 0; i < b.lines.size(); ++i) text.append(i ? "; " : "").append(line_text(i));
    } else {
      // At register scale a note naming every line would run to megabytes: the count, the
      // total, the largest lines (the lines come largest first) and the rest in one figure.
      money total, largest;
      for (std::size_t i = 0; i < b.lines.size(); ++i) (i < breach_lines_largest ? largest : total) += b.lines[i].amount;
      total += largest;
      text.append(detail::count_text(static_cast<std::int64_t>(b.lines.size())))
          .append(" lines commit ")
          .append(to_string(total))
          .append(" in the year; the ")
          .append(std::to_string(breach_lines_largest))
          .append(" largest: ");
      for (std::size_t i = 0; i < breach_lines_largest; ++i) text.append(i ? "; " : "").append(line_text(i));
      text.append("; the other ")
          .append(detail::count_text(static_cast<std::int64_t>(b.lines.size() - breach_lines_largest)))
          .append(" ")
          .append(to_string(total - largest));
    }
    t.note(text + ").");
  }
  if (!position.bases.empty()) t.note(commitments_note(position.bases));
  return t;
}

table envelope_exceedance_table(const simulation_result& result, std::string caption) {
  std::vector<column> columns{column::text("Option", true)};
  std::vector<financial_year> years;
  for (const option_simulation& o : result.options)
    if (o.over_envelope.size() > years.size()) {
      years.clear();
      for (const envelope_exceedance& e : o.over_envelope) years.push_back(e.year);
    }
  for (const financial_year& year : years) columns.push_back(column::percent(year.label(), 1));
  table t(std::move(caption), std::move(columns));
  t.rounding(total_rounding::independent);
  for (const option_simulation& o : result.options) {
    if (!o.viable) continue;
    std::vector<cell> row{o.name};
    for (const envelope_exceedance& e : o.over_envelope) row.emplace_back(rate::from_double(e.probability));
    row.resize(years.size() + 1);
    t.add_row(std::move(row));
  }
  t.note("The share of iterations in which the option's cash costs in the year exceed the envelope.");
  return t;
}

table simulation_table(const simulation_result& result) {
  table t("Simulation of the present value of costs (" + detail::count_text(result.iterations) + " iterations, seed " +
              std::to_string(result.seed) + ")",
          {column::text("Option", true), column::money("Mean"), column::money("P50"), column::money("P80"),
           column::money("P90"), column::percent("Cheapest", 1), column::percent("Preferred", 1)});
  t.rounding(total_rounding::independent);
  // Simulated figures are pence as doubles; each is shown rounded to the penny.
  const auto pence = [](double value) { return money::from_pence(static_cast<std::int64_t>(std::llround(value))); };
  for (const option_simulation& o : result.options) {
    const simulation_statistic& s = o.present_value_costs;
    t.add_row({o.name + (o.viable ? "" : " (not viable)"), pence(s.mean), pence(s.p50), pence(s.p80), pence(s.p90),
               rate::from_double(o.probability_cheapest), rate::from_double(o.probability_preferred)});
  }
  t.note("P50, P80 and P90: the present value of costs that 50%, 80% and 90% of iterations do not exceed.");
  for (const std::string& input : result.inputs) t.note("Uncertain input: " + input + ".");
  if (!result.risks.empty()) {
    std::string risks = "Risks simulated (each occurs or not in every iteration): ";
    for (std::size_t i = 0; i < result.risks.size(); ++i) risks.append(i ? ", " : "").append(result.risks[i]);
    t.note(risks + ".");
  }
  if (result.streamed)
    t.note("Percentiles were estimated from histograms (streaming mode); each may be out by one histogram bin.");
  return t;
}

}  // namespace commissioning
