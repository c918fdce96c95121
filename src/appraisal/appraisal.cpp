// SPDX-License-Identifier: MIT
// The exact appraisal of appraisal/appraisal.hpp, compiled once: options costed year by year,
// optimism bias, real prices, exact discounting, ranks, and the reasons and assumptions in words.
#include <commissioning/appraisal/appraisal.hpp>

#include <commissioning/appraisal/deflator.hpp>
#include <commissioning/appraisal/discounting.hpp>
#include <commissioning/appraisal/option.hpp>
#include <commissioning/appraisal/vat.hpp>
#include <commissioning/calendar/financial_year.hpp>
#include <commissioning/error.hpp>
#include <commissioning/money/money.hpp>
#include <commissioning/money/rate.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace commissioning {

namespace detail {

std::string join_words(const std::vector<std::string>& items) {
  std::string text;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) text.append(i + 1 == items.size() ? " and " : ", ");
    text.append(items[i]);
  }
  return text;
}

}  // namespace detail

const option_appraisal& appraisal_result::option(std::string_view name) const {
  for (const option_appraisal& o : options)
    if (o.name == name) return o;
  throw invalid_input("appraisal", 4, "the appraisal has no option called " + quote(name));
}

appraisal::appraisal(std::string title, appraisal_settings settings, std::vector<commissioning::option> options)
    : title_(std::move(title)), settings_(std::move(settings)), options_(std::move(options)) {
  if (settings_.years < 1 || settings_.years > 500)
    throw invalid_input("appraisal", 1, "an appraisal period must be 1 to 500 years, got " +
                                            std::to_string(settings_.years));
  if (options_.empty()) throw invalid_input("appraisal", 2, "an appraisal needs at least one option (the baseline)");
  for (std::size_t i = 0; i < options_.size(); ++i)
    for (std::size_t j = 0; j < i; ++j)
      if (options_[i].name() == options_[j].name())
        throw invalid_input("appraisal", 3, "two options are called " + quote(options_[i].name()));
  for (const commissioning::option& o : options_)
    for (const appraisal_line& line : o.lines())
      if (line.start_month() != settings_.base_year.start_month())
        throw invalid_input("appraisal", 5, "the line '" + line.name() + "' of '" + o.name() +
                                                "' uses financial years starting in another month than the base year " +
                                                settings_.base_year.label());
}

appraisal& appraisal::assume(std::string text) {
  if (text.empty()) throw invalid_input("appraisal", 6, "an assumption needs words");
  assumptions_.push_back(std::move(text));
  return *this;
}

const commissioning::option& appraisal::option(std::string_view name) const {
  for (const commissioning::option& o : options_)
    if (o.name() == name) return o;
  throw invalid_input("appraisal", 4, "the appraisal has no option called " + quote(name));
}

std::vector<financial_year> appraisal::years() const {
  std::vector<financial_year> result;
  for (int i = 0; i < settings_.years; ++i)
    result.emplace_back(settings_.base_year.start_year() + i, settings_.base_year.start_month());
  return result;
}

appraisal appraisal::with_settings(appraisal_settings settings) const {
  appraisal copy(title_, std::move(settings), options_);
  copy.assumptions_ = assumptions_;
  return copy;
}

appraisal appraisal::with_option(commissioning::option replacement) const {
  appraisal copy = *this;
  for (commissioning::option& o : copy.options_)
    if (o.name() == replacement.name()) {
      o = std::move(replacement);
      return copy;
    }
  throw invalid_input("appraisal", 4, "the appraisal has no option called " + quote(replacement.name()));
}

option_appraisal appraisal::appraise(const commissioning::option& o, const discount_schedule::common_factors& factors,
                                            const big_rational& annuity, std::vector<std::string>& notes) const {
  const appraisal_settings& s = settings_;
  const std::vector<financial_year> period = years();
  option_appraisal result;
  result.name = o.name();
  result.kind = o.kind();

  // Lines outside the period are left out, and said to be.
  for (const appraisal_line& line : o.lines()) {
    money outside;
    for (const auto& [year, amount] : line.amounts())
      if (year < period.front() || period.back() < year) outside += line.appraised(year);
    if (!outside.is_zero())
      notes.push_back(to_string(outside) + " of '" + line.name() + "' (" + o.name() +
                      ") falls outside the appraisal period and is left out.");
  }

  const auto in_prices = [&](money cash, const financial_year& year) {
    if (s.basis == price_basis::nominal || !s.deflator) return cash;
    return s.deflator->to_real(cash, year, s.base_year, s.mode);
  };
  big_integer pv_costs = 0;  // pence × factor numerators: over factors.denominator
  big_integer pv_benefits = 0;
  for (int t = 0; t < s.years; ++t) {
    const financial_year& year = period[static_cast<std::size_t>(t)];
    money costs, biased, benefits;
    for (const appraisal_line& line : o.lines()) {
      const money amount = line.appraised(year);  // net of VAT the council recovers
      if (line.kind() != line_kind::cost) {
        benefits += amount;
      } else {
        costs += amount;
        if (o.optimism_bias() && o.optimism_bias()->applies(line.category())) biased += amount;
      }
    }
    const money uplift = o.optimism_bias() ? biased.multiply(o.optimism_bias()->uplift, s.mode) : money();
    const money real_costs = in_prices(costs + uplift, year);
    const money real_benefits = in_prices(benefits, year);
    const big_integer& factor = factors.numerators[static_cast<std::size_t>(t)];
    const money net = real_costs - real_benefits;
    const appraisal_year row{
        .year = year,
        .index = t,
        .costs = costs,
        .optimism_bias = uplift,
        .benefits = benefits,
        .net_cost = net,
        .discount_factor = big_rational(factor, factors.denominator).convert_to<double>(),
        .present_value = money::from_quotient(factor * net.pence(), factors.denominator, s.mode),
    };
    pv_costs += factor * real_costs.pence();
    pv_benefits += factor * real_benefits.pence();
    result.cash_costs += row.costs + row.optimism_bias;
    result.optimism_bias += row.optimism_bias;
    result.cash_benefits += row.benefits;
    result.years.push_back(row);
  }
  result.present_value_costs = money::from_quotient(pv_costs, factors.denominator, s.mode);
  result.present_value_benefits = money::from_quotient(pv_benefits, factors.denominator, s.mode);
  result.net_present_cost = result.present_value_costs - result.present_value_benefits;
  // (PVC − PVB) ÷ annuity = (pv_costs − pv_benefits) ÷ (denominator × annuity), in pence.
  result.equivalent_annual_cost = money::from_quotient(
      (pv_costs - pv_benefits) * boost::multiprecision::denominator(annuity),
      factors.denominator * boost::multiprecision::numerator(annuity), s.mode);
  if (o.output()) {
    result.output_unit = o.output()->unit;
    for (const auto& [year, units] : o.output()->by_year)
      if (!(year < period.front() || period.back() < year)) result.output_units += units;
    if (result.output_units > 0) result.cost_per_unit = result.present_value_costs.divide(result.output_units, s.mode);
  }
  for (const statutory_duty& duty : o.duties())
    if (!duty.met) result.failed_duties.push_back(duty.name);
  result.viable = result.failed_duties.empty();
  return result;
}

appraisal_result appraisal::run() const {
  appraisal_result result(title_, settings_);
  const appraisal_settings& s = settings_;
  const std::vector<financial_year> period = years();

  std::string basis = "Figures are in ";
  if (s.basis == price_basis::nominal) {
    basis.append("cash (nominal) prices and are discounted as paid; the Green Book discounts real prices.");
  } else if (s.deflator) {
    basis.append("real ").append(s.base_year.label()).append(" prices, cash deflated by '").append(s.deflator->name()).append("'.");
  } else {
    basis.append("real ").append(s.base_year.label()).append(" prices; every line is taken as already in those prices.");
  }
  result.assumptions.push_back(basis);
  result.assumptions.push_back("The appraisal period is " + std::to_string(s.years) + (s.years == 1 ? " year, " : " years, ") +
                               period.front().label() + " to " + period.back().label() + "; " +
                               period.front().label() + " is year 0 and is not discounted.");
  result.assumptions.push_back("Discounting: " + s.schedule.name() + " (" +
                               s.schedule.bands().front().annual_rate.to_percent_string() +
                               " a year from year 1), whole years, end of year.");
  for (const commissioning::option& o : options_)
    if (o.optimism_bias())
      result.assumptions.push_back("Optimism bias on " + o.name() + ": " + o.optimism_bias()->uplift.to_percent_string() +
                                   (o.optimism_bias()->description.empty() ? "" : " (" + o.optimism_bias()->description + ")") + ".");
  for (const commissioning::option& o : options_)
    for (const appraisal_line& line : o.lines()) {
      const vat_terms& vat = line.vat();
      if (vat.treatment == vat_recovery::not_stated) continue;
      std::string text = "VAT on " + quote(line.name()) + " (" + o.name() + "): " + describe(vat) + ".";
      if (vat.treatment == vat_recovery::recoverable || vat.treatment == vat_recovery::irrecoverable)
        text.append(" Its VAT-inclusive value, which a procurement threshold compares, is ")
            .append(to_string(line.gross_total()))
            .append(".");
      result.assumptions.push_back(std::move(text));
    }
  std::vector<std::string> notes;
  const discount_schedule::common_factors factors = s.schedule.factors_over_common_denominator(s.years);
  const big_rational annuity = annuity_factor(s.schedule, s.years);
  for (const commissioning::option& o : options_) result.options.push_back(appraise(o, factors, annuity, notes));
  result.assumptions.insert(result.assumptions.end(), notes.begin(), notes.end());
  result.assumptions.insert(result.assumptions.end(), assumptions_.begin(), assumptions_.end());

  // Against the baseline: social value and the incremental benefit-cost ratio.
  const option_appraisal& base = result.options.front();
  for (option_appraisal& o : result.options) {
    const money delta_costs = o.present_value_costs - base.present_value_costs;
    const money delta_benefits = o.present_value_benefits - base.present_value_benefits;
    o.net_present_social_value = delta_benefits - delta_costs;
    if (delta_costs.pence() > 0) o.benefit_cost_ratio = delta_benefits.ratio_to(delta_costs);
  }

  // Rank: viable options first, then the lowest net present cost (the highest social value);
  // ties keep the order given.
  std::vector<std::size_t> order(result.options.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::ranges::stable_sort(order, [&](std::size_t a, std::size_t b) {
    const option_appraisal& x = result.options[a];
    const option_appraisal& y = result.options[b];
    if (x.viable != y.viable) return x.viable;
    return x.net_present_cost < y.net_present_cost;
  });
  for (std::size_t r = 0; r < order.size(); ++r) result.options[order[r]].rank = static_cast<int>(r + 1);

  if (result.options[order.front()].viable) result.options[order.front()].preferred = true;
  result.reasons.push_back(preference_reason(result));
  for (const option_appraisal& o : result.options)
    if (!o.viable)
      result.reasons.push_back(o.name + " is not viable: it fails the statutory " +
                               (o.failed_duties.size() == 1 ? "duty to " : "duties to ") +
                               detail::join_words(o.failed_duties) + ". It is costed and shown, never preferred.");
  return result;
}

std::string preference_reason(const appraisal_result& result, const money_format& figures) {
  const option_appraisal* best = result.preferred();
  if (best == nullptr) return "No option is viable: every option fails a statutory duty, so none is preferred.";
  std::string reason = best->name + " is preferred: it meets every statutory duty named and has the lowest net present cost of the viable options, " +
                       format(best->net_present_cost, figures);
  for (const option_appraisal& next : result.options)
    if (next.viable && next.rank == 2)
      reason.append(", ").append(format(next.net_present_cost - best->net_present_cost, figures)).append(" less than ").append(next.name);
  const int years = result.settings.years;
  return reason.append(" over ").append(std::to_string(years)).append(years == 1 ? " year." : " years.");
}

}  // namespace commissioning
