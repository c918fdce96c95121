// SPDX-License-Identifier: MIT
// The procurement route of procurement/route.hpp, compiled once.
#include <commissioning/procurement/route.hpp>

#include <algorithm>
#include <array>
#include <optional>
#include <string>

namespace commissioning {

procurement_assessment assess_procurement(const contract& c, const procurement_facts& facts,
                                          const threshold_table& table) {
  if (facts.procurement_start) return assess_procurement(c.maximum_value(), facts, table);
  procurement_facts assumed = facts;
  assumed.procurement_start = c.start();
  procurement_assessment answer = assess_procurement(c.maximum_value(), assumed, table);
  answer.assumption = " The day the procurement started was not given: this assumes the contract's start, " +
                      to_long_string(c.start()) +
                      ". A contract procured or awarded before 24 February 2025, and a call-off under a framework "
                      "procured before then, stays under the Public Contracts Regulations 2015, modifications "
                      "included (SI 2024/716 regulation 5).";
  return answer;
}

procurement_assessment assess_procurement(money estimated_value, const procurement_facts& facts,
                                          const threshold_table& table) {
  if (!facts.procurement_start)
    throw invalid_input("procurement", 7,
                        "the day the procurement started is needed to assess an estimated value of " +
                            to_string(estimated_value) + " (only a contract's start can stand in for it)");
  const date start = *facts.procurement_start;
  if (estimated_value.is_negative())
    throw invalid_input("procurement", 5, "an estimated value cannot be negative, got " + to_string(estimated_value));
  if (facts.vat_rate.value() < 0)
    throw invalid_input("procurement", 5, "a VAT rate cannot be negative, got " + facts.vat_rate.to_percent_string());
  const procurement_regime regime = regime_on(start);
  const contract_type type = facts.type.value_or(contract_type_for(facts.authority, facts.category));
  const threshold_row& threshold = table.lookup(regime, type, start, facts.regulated_by_welsh_ministers);

  const rate with_vat = rate(1) + facts.vat_rate;
  money net = estimated_value;
  money gross = estimated_value;
  if (facts.vat == vat_treatment::exclusive) gross = estimated_value.multiply(with_vat);
  if (facts.vat == vat_treatment::inclusive) net = estimated_value.divide(with_vat);
  const money compared = threshold.vat_inclusive ? gross : net;
  const bool above = compared >= threshold.amount;  // "equal to or greater than" / "not less than"
  const bool light_touch = detail::is_light_touch(type);

  std::string citation;
  std::optional<contracts_finder_test> finder_test;
  if (regime == procurement_regime::pcr_2015) {
    citation = light_touch ? "Public Contracts Regulations 2015, regulations 5, 6 and 74 to 77"
                           : "Public Contracts Regulations 2015, regulations 5 and 6";
    if (!above) {
      const contracts_finder_rule& finder = contracts_finder_rule_on(start);
      const money limit = facts.authority == authority_type::central_government ? finder.central : finder.sub_central;
      finder_test = contracts_finder_test{finder.vat_inclusive ? gross : net, limit, finder.vat_inclusive};
      citation += ", and Part 4 Chapter 8 (regulations 109 and 110)";
    }
  } else {
    citation = light_touch ? "Procurement Act 2023, sections 3, 4 and 9, Schedules 1 and 3"
                           : "Procurement Act 2023, sections 3 and 4, Schedules 1 and 3";
  }
  return {regime, type, compared, net, gross, threshold, above, std::move(citation), start, finder_test, {}, {}};
}

std::string procurement_assessment::consequence(const report_unit& unit) const {
  const bool light_touch = detail::is_light_touch(type);
  if (regime == procurement_regime::procurement_act_2023) {
    if (!above_threshold)
      return "below threshold: not a public contract under the Act; the below-threshold rules and the council's "
             "contract procedure rules apply";
    return light_touch ? "light touch contract above threshold: tender notice required"
                       : "public contract: a competitive tendering procedure with a tender notice";
  }
  const std::string service(notice_service(procurement_start));
  if (above_threshold)
    return light_touch ? "light-touch regime applies: publish a contract notice or prior information notice, and a "
                         "contract award notice, in " +
                             service
                       : "above threshold: a full procedure under the Regulations with a contract notice in " + service;
  std::string words = light_touch ? "below the light-touch threshold: no notice in " + service +
                                        " is required unless the contract is of cross-border interest; the council's "
                                        "contract procedure rules apply"
                                  : std::string("below threshold: the council's contract procedure rules apply");
  if (contracts_finder) {
    const contracts_finder_test& finder = *contracts_finder;
    const std::string figure =
        report_figure(finder.value, unit) + (finder.vat_inclusive ? " including VAT" : " net of VAT");
    words += finder.value >= finder.limit
                 ? "; if the opportunity is advertised it must also be published on Contracts Finder, the estimated "
                   "value of " +
                       figure + " being at least " + report_figure(finder.limit, unit) + " (regulations 109(2) and 110)"
                 : "; at " + figure + " it is under the " + report_figure(finder.limit, unit) +
                       " from which an advertised opportunity must also go on Contracts Finder (regulation 109(2))";
  }
  return words;
}

std::string procurement_assessment::sentence(const report_unit& unit) const {
  std::string finding =
      "Under the " + std::string(title(regime)) + " the estimated value of " + report_figure(estimated_value, unit) +
      (threshold.vat_inclusive ? " (including VAT" : " (net of VAT") + ", every option and extension included) is " +
      (above_threshold ? "above" : "below") + " the " + std::string(to_string(type)) + " threshold" +
      (threshold.column == threshold_column::welsh_ministers ? " for contracts regulated by the Welsh Ministers" : "") +
      " of " + report_figure(threshold.amount, unit) + " in force from " + to_long_string(threshold.effective_from) +
      ": " + consequence(unit) + ".";
  std::ranges::replace(finding, '_', ' ');  // "light_touch" reads "light touch"
  return preamble + finding + assumption;
}

}  // namespace commissioning
