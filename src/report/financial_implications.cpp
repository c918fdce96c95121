// SPDX-License-Identifier: MIT
// The sentences of report/financial_implications.hpp, compiled once.
#include <commissioning/report/financial_implications.hpp>
#include <commissioning/appraisal/appraisal.hpp>
#include <commissioning/contract/contract.hpp>
#include <commissioning/contract/price.hpp>
#include <commissioning/contract/term.hpp>
#include <commissioning/error.hpp>
#include <commissioning/money/money.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace commissioning {

namespace {

/// "with an uplift of 3% at each anniversary from contract year 2"; empty when not indexed.
std::string uplift_words(const indexation& i) {
  switch (i.kind()) {
    case indexation::method::none: return {};
    case indexation::method::fixed:
      return "with an uplift of " + i.fixed_uplift().to_percent_string() + " at each anniversary from contract year " +
             std::to_string(i.from_year());
    case indexation::method::index_series:
      return "with an uplift by its price index at each anniversary from contract year " + std::to_string(i.from_year());
  }
  return {};
}

/// " (two years plus one plus one)" when every contract has the same term, else empty.
std::string common_term(const std::vector<contract>& contracts) {
  const std::string words = contracts.front().term().to_words();
  for (const contract& c : contracts)
    if (c.term().to_words() != words) return {};
  return " (" + words + ")";
}

}  // namespace

std::string funding_sentence(const contract& c, const report_unit& unit) {
  return funding_sentence(std::vector<contract>{c}, false, unit);
}

std::string funding_sentence(const std::vector<contract>& contracts, bool lots, const report_unit& unit) {
  if (contracts.empty()) throw invalid_input("report", 6, "a funding sentence needs at least one contract, got none");
  const bool one = contracts.size() == 1;
  money annual, whole;
  bool has_options = false, indexed = false;
  for (const contract& c : contracts) {
    annual += c.annual_value();
    whole += c.maximum_value();
    has_options = has_options || !c.options().empty();
    indexed = indexed || c.indexation().kind() != indexation::method::none;
  }
  std::string named;  // "three lots (North £196,400, Central £736,500 and South £49,100)"
  if (!one) {
    named = detail::number_in_words(static_cast<int>(contracts.size())) + (lots ? " lots (" : " contracts (");
    for (std::size_t i = 0; i < contracts.size(); ++i)
      named.append(i == 0 ? "" : i + 1 == contracts.size() ? " and " : ", ")
          .append(contracts[i].name())
          .append(" ")
          .append(report_figure(contracts[i].annual_value(), unit));
    named.append(")");
  }
  std::string sentence;
  if (!indexed) {
    sentence = "The funding available is " + report_figure(annual, unit) + " per annum" + (one ? "" : " across " + named) + ".";
  } else {
    // No one figure is available every year: state the first year and how it moves.
    std::string uplift = uplift_words(contracts.front().indexation());
    for (const contract& c : contracts)
      if (uplift_words(c.indexation()) != uplift) uplift = "each uplifted as its contract states";
    sentence = (one ? "The contract costs " + report_figure(annual, unit) + " in its first year"
                    : "The " + named + " cost " + report_figure(annual, unit) + " in their first year") +
               ", " + uplift + ".";
  }
  return sentence + " This equates to " + report_figure(whole, unit) + " over the term of the proposed " +
         (one ? "contract" : "contracts") + (has_options ? " and extensions" : "") + common_term(contracts) + ".";
}

std::string financial_implications_paragraph(const contract& c, std::string_view funded_from, const report_unit& unit) {
  return financial_implications_paragraph(std::vector<contract>{c}, funded_from, false, unit);
}

std::string financial_implications_paragraph(const std::vector<contract>& contracts, std::string_view funded_from,
                                             bool lots, const report_unit& unit) {
  std::string paragraph = "This service will be funded from within ";
  return paragraph.append(funded_from).append(". ").append(funding_sentence(contracts, lots, unit));
}

std::string appraisal_sentence(const appraisal_result& result, const report_unit& unit) {
  const appraisal_settings& s = result.settings;
  const auto pounds = [&](money m) { return format(m, in_unit(unit, money_format::whole_pounds())); };
  std::string sentence = "Over " + std::to_string(s.years) + (s.years == 1 ? " year" : " years") + " from " +
                         s.base_year.label() + ", ";
  const option_appraisal* preferred = result.preferred();
  if (preferred == nullptr) return sentence.append("no option meets every statutory duty, so none is preferred.");
  sentence.append("the preferred option, ").append(preferred->name).append(", costs ").append(pounds(preferred->cash_costs));
  sentence.append(" in cash and ").append(pounds(preferred->present_value_costs)).append(" in present value (");
  sentence.append(s.basis == price_basis::real ? "real " : "cash ").append(s.base_year.label()).append(" prices, ");
  sentence.append(s.schedule.name()).append(" discounting)");
  const option_appraisal* runner_up = nullptr;
  for (const option_appraisal& o : result.options)
    if (o.viable && o.rank == 2) runner_up = &o;
  if (runner_up != nullptr)
    sentence.append(", ").append(pounds(runner_up->net_present_cost - preferred->net_present_cost)).append(" less in present value than ").append(runner_up->name);
  return sentence.append(".");
}

std::string spend_to_date_sentence(const contract& c, std::string_view who, std::string_view what,
                                   std::optional<date> to, const report_unit& unit) {
  const date last = to.value_or(c.current_end());
  std::string sentence = "From " + to_long_string(c.start()) + " to " + to_long_string(last) + " ";
  return sentence.append(who).append(" have spent ").append(report_figure(c.spend_to(last), unit)).append(" on ").append(what).append(".");
}

}  // namespace commissioning
