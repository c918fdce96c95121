// SPDX-License-Identifier: MIT
// The sentences of report/financial_implications.hpp, compiled once.
#include <commissioning/report/financial_implications.hpp>
#include <commissioning/appraisal/appraisal.hpp>
#include <commissioning/contract/contract.hpp>
#include <commissioning/money/money.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace commissioning {

std::string funding_sentence(const contract& c) {
  const bool has_options = !c.options().empty();
  return "The funding available is " + report_figure(c.annual_value()) + " per annum. This equates to " +
         report_figure(c.maximum_value()) + " over the term of the proposed contract" +
         (has_options ? " and extensions" : "") + " (" + c.term().to_words() + ").";
}

std::string financial_implications_paragraph(const contract& c, std::string_view funded_from) {
  std::string paragraph = "This service will be funded from within ";
  return paragraph.append(funded_from).append(". ").append(funding_sentence(c));
}

std::string appraisal_sentence(const appraisal_result& result) {
  const appraisal_settings& s = result.settings;
  const auto pounds = [](money m) { return format(m, money_format::whole_pounds()); };
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
                                   std::optional<date> to) {
  const date last = to.value_or(c.current_end());
  std::string sentence = "From " + to_long_string(c.start()) + " to " + to_long_string(last) + " ";
  return sentence.append(who).append(" have spent ").append(report_figure(c.spend_to(last))).append(" on ").append(what).append(".");
}

}  // namespace commissioning
