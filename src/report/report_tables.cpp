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
#include <functional>
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

std::vector<column> portfolio_columns(const report_unit& unit) {
  return {column::text("Contract name", true), column::text("Provider"), column::money("Costings", in_unit(unit, {}))};
}

}  // namespace
}  // namespace detail

table options_table(const appraisal& a, const appraisal_result& result, const report_unit& unit) {
  // Advantages, disadvantages and risks each get a column when any option names one: seed 000's
  // paper, which names advantages and risks only, keeps its Option | Advantages | Risks table,
  // and a paper that names none has no empty columns.
  const auto any_named = [&](auto words) {
    return std::ranges::any_of(result.options, [&](const option_appraisal& o) { return !words(a.option(o.name)).empty(); });
  };
  const bool advantages = any_named([](const option& o) { return o.advantages(); });
  const bool disadvantages = any_named([](const option& o) { return o.disadvantages(); });
  const bool risks = any_named([](const option& o) { return o.risks(); });
  std::vector<column> columns{column::text("Option", true)};
  if (advantages) columns.push_back(column::text("Advantages"));
  if (disadvantages) columns.push_back(column::text("Disadvantages"));
  if (risks) columns.push_back(column::text("Risks"));
  const money_format figures = in_unit(unit, money_format::whole_pounds());
  for (column c : {column::money("Whole-life cost", figures), column::money("Present value of costs", figures),
                   column::money("Equivalent annual cost", figures), column::text("Statutory duties"), column::text("Rank")})
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
    std::vector<cell> row{std::move(name)};
    if (advantages) row.emplace_back(source.advantages());
    if (disadvantages) row.emplace_back(source.disadvantages());
    if (risks) row.emplace_back(source.risks());
    for (cell c : {cell(o.cash_costs), cell(o.present_value_costs), cell(o.equivalent_annual_cost),
                   cell(std::move(duties)), cell(std::move(rank))})
      row.push_back(std::move(c));
    t.add_row(std::move(row));
  }
  // The first reason quotes figures: in the report's unit, when it has one.
  for (std::size_t i = 0; i < result.reasons.size(); ++i)
    t.note(i == 0 && unit ? preference_reason(result, in_unit(unit, {})) : result.reasons[i]);
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

table appraisal_years_table(const option_appraisal& option, const report_unit& unit) {
  const money_format figures = in_unit(unit, {});
  table t(option.name + ": costs and benefits by year",
          // The year's index is a number, not a count: the total row sums counts, and a total of
          // year indices means nothing.
          {column::text("Financial year", true), column::number("Year", 0), column::money("Costs", figures),
           column::money("Optimism bias", figures), column::money("Benefits", figures),
           column::money("Net cost", figures), column::number("Discount factor", 6),
           column::money("Present value", figures)});
  for (const appraisal_year& y : option.years)
    t.add_row({y.year.label(), static_cast<double>(y.index), y.costs, y.optimism_bias, y.benefits, y.net_cost, y.discount_factor,
               y.present_value});
  t.add_total();
  t.note("The total present value is rounded once from exact factors, so it can differ by a penny or two from the "
         "sum of the rounded years: " + (unit ? report_figure(option.net_present_cost, unit) : to_string(option.net_present_cost)) + ".");
  return t;
}

table financial_year_table(const financial_year_profile& profile, std::string caption, const report_unit& unit,
                           std::string_view scope_aside) {
  table t(std::move(caption), {column::text("Financial year", true), column::money("Amount", in_unit(unit, {}))});
  for (const financial_year_amount& year : profile.years) t.add_row({year.year.label(), year.amount});
  t.add_total();
  if (!profile.basis.empty()) t.note("Scope: " + profile.basis + std::string(scope_aside) + ".");
  return t;
}

table portfolio_table(const portfolio& p, std::string caption, const report_unit& unit) {
  table t(std::move(caption), detail::portfolio_columns(unit));
  detail::add_portfolio_rows(t, p);
  t.add_total("Total");
  return t;
}

table proposal_table(const proposal_result& result, std::string caption, const report_unit& unit) {
  table t(std::move(caption), detail::portfolio_columns(unit));
  detail::add_portfolio_rows(t, result.before);
  t.add_total("Total current spend");
  t.add_summary({std::string("Total revised projected spend"), cell(), result.after.total()});
  t.note("Full-year saving " + report_figure(result.full_year_saving, unit) + "; in-year saving " +
         report_figure(result.in_year_saving, unit) + ".");
  return t;
}

table contract_summary_table(const contract& c, const report_unit& unit) {
  table t(c.name(), {column::text("Item", true), column::text("Detail")});
  t.add_row({std::string("Provider"), c.provider()});
  t.add_row({std::string("Start"), to_long_string(c.start())});
  t.add_row({std::string("Term"), detail::capitalised(c.term().to_words())});
  t.add_row({std::string("Base term ends"), to_long_string(c.base_end())});
  t.add_row({std::string("Current end"), to_long_string(c.current_end())});
  t.add_row({std::string("Latest possible end"), to_long_string(c.maximum_end())});
  t.add_row({std::string("Annual value"), report_figure(c.annual_value(), unit)});
  t.add_row({std::string("Base value"), report_figure(c.base_value(), unit)});
  t.add_row({std::string("Current value"), report_figure(c.current_value(), unit)});
  t.add_row({std::string("Maximum value as awarded"), report_figure(c.maximum_value(), unit)});
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
    line.append(", ").append(report_figure(values[k].value, unit)).append(" (").append(values[k].share.to_percent_string(1)).append(
        " of the original value)");
    changes.push_back(std::move(line));
  }
  t.add_row({std::string("Modifications"), changes.empty() ? cell(std::string("None")) : cell(changes)});
  return t;
}

table sensitivity_table(const sensitivity_analysis& analysis, const report_unit& unit) {
  const money_format figures = in_unit(unit, money_format::whole_pounds());
  const std::string change = analysis.change.to_percent_string();
  // "-10%" with the hyphen-minus every negative figure in a table carries (money, switching values)
  table t("Sensitivity of " + analysis.figure() + " (" + report_figure(analysis.base, unit) + ") to ±" + change,
          {column::text("Input", true), column::money("At -" + change, figures), column::money("At +" + change, figures),
           column::money("Swing", figures), column::text("Preferred option")});
  t.rounding(total_rounding::independent);
  for (const sensitivity_row& row : analysis.rows) {
    const bool changes = row.preferred_at_low != analysis.preferred || row.preferred_at_high != analysis.preferred;
    std::string preferred = changes ? "Changes: " + (row.preferred_at_low != analysis.preferred ? row.preferred_at_low + " at -" + change
                                                                                               : row.preferred_at_high + " at +" + change)
                                    : "Unchanged";
    t.add_row({row.input, row.at_low, row.at_high, row.swing, std::move(preferred)});
  }
  if (analysis.metric == sensitivity_metric::net_present_social_value_gap)
    t.note("The lead is " + analysis.option + "'s net present social value less " + analysis.rival +
           "'s; below zero " + analysis.rival + " is ahead.");
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

table procurement_table(const procurement_assessment& assessment, const std::string& subject, const report_unit& unit) {
  table t(subject.empty() ? std::string("Procurement") : subject + ": procurement", {column::text("Item", true), column::text("Finding")});
  std::string type(to_string(assessment.type));
  std::ranges::replace(type, '_', ' ');
  t.add_row({std::string("Regime"), std::string(assessment.regime == procurement_regime::pcr_2015
                                                    ? "Public Contracts Regulations 2015"
                                                    : "Procurement Act 2023")});
  t.add_row({std::string("Contract type"), detail::capitalised(type)});
  t.add_row({std::string("Estimated value"), report_figure(assessment.estimated_value, unit)});
  t.add_row({std::string("Threshold"), report_figure(assessment.threshold.amount, unit)});
  t.add_row({std::string("Above threshold"), std::string(assessment.above_threshold ? "Yes" : "No")});
  t.add_row({std::string("Consequence"), detail::capitalised(assessment.consequence(unit))});  // a cell starts a sentence
  t.add_row({std::string("Citation"), assessment.citation});
  t.note(assessment.sentence(unit));
  return t;
}

table modification_table(const modification_assessment& assessment, const std::string& subject,
                           const report_unit& unit) {
  const std::string heading = "odification " + std::to_string(assessment.number) + " (" + std::string(code(assessment.ground)) + ")";
  table t(subject.empty() ? "M" + heading : subject + ": m" + heading,
          {column::text("Item", true), column::text("Finding")});
  t.add_row({std::string("Value"), report_figure(assessment.value, unit)});
  t.add_row({std::string("Original value"), report_figure(assessment.original_value, unit)});
  t.add_row({std::string("Share of the original value"), assessment.share.to_percent_string(1)});
  t.add_row({std::string("Cumulative share, same ground"), assessment.cumulative_share.to_percent_string(1)});
  t.add_row({std::string("Months added"), std::to_string(assessment.months_added)});
  t.add_row({std::string("Verdict"), detail::capitalised(to_string(assessment.result))});
  t.add_row({std::string("Citation"), assessment.citation});
  for (const std::string& reason : assessment.reasons(unit)) t.note(detail::capitalised(reason) + ".");
  t.note(assessment.sentence(unit));
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

table envelope_position_table(const envelope_position& position, const report_unit& unit) {
  const money_format figures = in_unit(unit, {});
  // Unset, notes quote exact figures as the columns show them (pounds and pence).
  const auto figure = [&](money m) { return unit ? report_figure(m, unit) : to_string(m); };
  table t(position.envelope_name + ": budget and commitments",
          {column::text("Financial year", true), column::money("Available", figures),
           column::money("Committed", figures), column::money("Headroom", figures),
           column::money("Cumulative headroom", figures)});
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
    std::string text = b.year.label() + ": commitments exceed the envelope by " + figure(b.shortfall) + " (";
    const auto line_text = [&](std::size_t i) { return b.lines[i].name + " " + figure(b.lines[i].amount); };
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
          .append(figure(total))
          .append(" in the year; the ")
          .append(std::to_string(breach_lines_largest))
          .append(" largest: ");
      for (std::size_t i = 0; i < breach_lines_largest; ++i) text.append(i ? "; " : "").append(line_text(i));
      text.append("; the other ")
          .append(detail::count_text(static_cast<std::int64_t>(b.lines.size() - breach_lines_largest)))
          .append(" ")
          .append(figure(total - largest));
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

namespace {

/// The inputs correlated with input `i`, each with its coefficient, in the inputs' order;
/// none when the matrix does not fit the inputs.
std::vector<std::pair<std::string, std::string>> correlated_with(const std::vector<uncertain_input>& inputs,
                                                                 const simulation_settings& settings, std::size_t i) {
  std::vector<std::pair<std::string, std::string>> pairs;
  if (!settings.correlation || static_cast<std::size_t>(settings.correlation->size()) != inputs.size()) return pairs;
  for (std::size_t j = 0; j < inputs.size(); ++j) {
    const double r = settings.correlation->matrix()(static_cast<Eigen::Index>(i), static_cast<Eigen::Index>(j));
    if (j != i && r != 0) pairs.emplace_back(inputs[j].name(), detail::decimal_text(r));
  }
  return pairs;
}

/// A distribution's parameters in words, each value put by `value` into what it stands for:
/// "triangular: £90,000 / £100,000 / £130,000", "normal: mean 3 months, sd 1 month".
std::string distribution_words(const distribution& d, const std::function<std::string(double)>& value) {
  const std::vector<double>& p = d.parameters();
  std::string text;
  switch (d.kind()) {
    case distribution::family::fixed: return "fixed: " + value(p[0]);
    case distribution::family::uniform: return "uniform: " + value(p[0]) + " to " + value(p[1]);
    case distribution::family::triangular: text = "triangular: "; break;
    case distribution::family::pert: text = "PERT: "; break;
    case distribution::family::normal:
      text = "normal: mean " + value(p[0]) + ", sd " + value(p[1]);
      if (p.size() > 2 && std::isfinite(p[2])) text.append(", at least ").append(value(p[2]));
      if (p.size() > 3 && std::isfinite(p[3])) text.append(", at most ").append(value(p[3]));
      return text;
    case distribution::family::lognormal: return "lognormal: mean " + value(d.mean()) + ", sd " + value(d.sd());
    case distribution::family::discrete:
      text = "discrete: ";
      for (std::size_t i = 0; i < p.size(); ++i)
        text.append(i ? ", " : "")
            .append(value(p[i]))
            .append(" (")
            .append(rate::from_double(d.probabilities()[i]).to_percent_string(1))
            .append(")");
      return text;
  }
  return text + value(p[0]) + " / " + value(p[1]) + " / " + value(p[2]);  // lowest / most likely / highest
}

/// The summary table, with `input_note` for the notes of the inputs (by index).
table simulation_summary(const simulation_result& result, const std::function<std::string(std::size_t)>& input_note,
                         const report_unit& unit) {
  const money_format figures = in_unit(unit, money_format::whole_pounds());
  table t("Simulation of the present value of costs (" + detail::count_text(result.iterations) + " iterations, seed " +
              std::to_string(result.seed) + ")",
          {column::text("Option", true), column::money("Mean", figures), column::money("P50", figures), column::money("P80", figures),
           column::money("P90", figures), column::percent("Cheapest", 1), column::percent("Preferred", 1)});
  t.rounding(total_rounding::independent);
  // Simulated figures are pence as doubles; each is shown rounded to the penny (`money_of_pence`:
  // one beyond 64-bit pence, or not a number, is commissioning.money.005).
  for (const option_simulation& o : result.options) {
    const simulation_statistic& s = o.present_value_costs;
    t.add_row({o.name + (o.viable ? "" : " (not viable)"), money_of_pence(s.mean), money_of_pence(s.p50),
               money_of_pence(s.p80), money_of_pence(s.p90),
               rate::from_double(o.probability_cheapest), rate::from_double(o.probability_preferred)});
  }
  t.note("P50, P80 and P90: the present value of costs that 50%, 80% and 90% of iterations do not exceed.");
  for (std::size_t i = 0; i < result.inputs.size(); ++i) t.note(input_note(i));
  if (!result.risks.empty()) {
    std::string risks = "Risks simulated (each occurs or not in every iteration): ";
    for (std::size_t i = 0; i < result.risks.size(); ++i) risks.append(i ? ", " : "").append(result.risks[i]);
    t.note(risks + ".");
  }
  if (result.streamed)
    t.note("Percentiles were estimated from histograms (streaming mode); each may be out by one histogram bin.");
  return t;
}

}  // namespace

table simulation_table(const simulation_result& result, const std::vector<uncertain_input>& inputs,
                       const simulation_settings& settings, const report_unit& unit) {
  if (inputs.size() != result.inputs.size()) return simulation_table(result, unit);
  return simulation_summary(result, [&](std::size_t i) {
    const uncertain_input& u = inputs[i];
    std::string note = "Uncertain input: " + u.name() + ", " + u.values().describe() +
                       (u.is_delay() ? " months" : " times its estimate");
    std::vector<std::string> with;  // "0.5 with Non-staff (In-house)"
    for (const auto& [name, r] : correlated_with(inputs, settings, i)) with.push_back(r + " with " + name);
    if (!with.empty()) note.append(", correlated ").append(detail::join_words(with));
    return note + ".";
  }, unit);
}

table simulation_inputs_table(const appraisal& base, const std::vector<uncertain_input>& inputs,
                              const simulation_settings& settings, const report_unit& unit) {
  table t("Simulation inputs",
          {column::text("Input", true), column::text("Distribution"), column::text("Correlated with")});
  bool any_rate = false;
  for (std::size_t i = 0; i < inputs.size(); ++i) {
    const uncertain_input& u = inputs[i];
    std::string words;
    if (u.is_delay()) {
      words = distribution_words(u.values(), [](double v) { return detail::decimal_text(v) + (v == 1 ? " month" : " months"); });
    } else if (u.input()->is_discount_rate()) {
      any_rate = true;
      const rate first = base.settings().schedule.rate_for_year(1);  // year 0 is not discounted
      words = distribution_words(u.values(), [&first](double v) { return (first * rate::from_double(v)).to_percent_string(2); });
    } else {
      const money amount = *u.input()->amount(base);
      words = distribution_words(u.values(), [amount, &unit](double v) {
        // A distribution's parameters, not accounts: to the pound (or the report's unit),
        // whatever the estimate's pence.
        const money cash = money_of_pence(static_cast<double>(amount.pence()) * v);
        return unit ? report_figure(cash, unit) : format(cash, money_format::whole_pounds());
      });
    }
    std::string with;  // "Non-staff (In-house): 0.5; Delay (In-house): -0.3"
    for (const auto& [name, r] : correlated_with(inputs, settings, i)) with.append(with.empty() ? "" : "; ").append(name + ": " + r);
    t.add_row({u.name(), std::move(words), with.empty() ? std::string("None") : with});
  }
  t.note("Each input is its estimate multiplied by a factor drawn from the distribution, shown here as the cash of the "
         "lines it moves over the appraisal period, to the pound (triangular and PERT: lowest / most likely / highest); a "
         "delay is in months.");
  if (any_rate) t.note("The discount rate moves every rate of the schedule by the factor; year 1's rate is shown.");
  if (settings.correlation && !settings.correlation->independent())
    t.note("Correlated inputs are drawn together (a Gaussian copula) with the correlation shown.");
  return t;
}

table simulation_table(const simulation_result& result, const report_unit& unit) {
  return simulation_summary(result, [&](std::size_t i) { return "Uncertain input: " + result.inputs[i] + "."; }, unit);
}

}  // namespace commissioning
