// Procurement rules applied to the seeds:
//  - seed 004: the Kent young carers contract from 1 May 2016 (3+1+1) under the light-touch
//    regime, and its one-year extension under regulation 72(1)(c);
//  - the new contract from 1 May 2022, were its procurement to start on each threshold date;
//  - seed 000: "Expenditure or savings of more than £1m" (Kent's key-decision rule);
//  - seed 002: the NEET service passed to The Education People "utilising Teckal regulations".
#include <commissioning/commissioning.hpp>

#include <iostream>

using namespace commissioning;

int main() {
  contract kent("Kent Young Carers", "Imago", parse_date("1 May 2016"), term::parse("3+1+1"),
                price::annual(money::parse("£325,484")));
  const procurement_facts social_care{.category = service_category::light_touch_services,
                                      .vat = vat_treatment::exempt,
                                      .procurement_start = parse_date("1 January 2016")};
  std::cout << "Seed 004, procured in 2016:\n  " << assess_procurement(kent, social_care).sentence() << '\n';

  kent.exercise(1);
  kent.exercise(2);
  kent.modify({.ground = parse_modification_ground("section 72 (1) c"), .months = 12});
  const modification_assessment extension =
      assess_modification(kent, 1, procurement_regime::pcr_2015, contract_type::light_touch, parse_date("1 April 2021"));
  std::cout << "  " << extension.sentence() << '\n';
  for (const std::string& reason : extension.reasons()) std::cout << "    - " << reason << '\n';

  const contract renewed("Kent Young Carers", "to be procured", parse_date("1 May 2022"), term::parse("3+1+1"),
                         price::annual(money::parse("£325,484")));
  std::cout << "\nThe new contract, by the date its procurement starts:\n";
  for (const char* start : {"1 January 2022", "1 January 2024", "24 February 2025", "1 January 2026"}) {
    procurement_facts facts = social_care;
    facts.procurement_start = parse_date(start);
    const procurement_assessment answer = assess_procurement(renewed, facts);
    std::cout << "  " << start << ": " << title(answer.regime) << ", threshold " << report_figure(answer.threshold.amount)
              << ", " << (answer.above_threshold ? "above" : "below") << "; " << answer.consequence() << '\n';
  }

  const key_decision_rule kent_rule = key_decision_rule::fixed("Kent County Council", money::parse("£1,000,000"));
  std::cout << "\nSeed 000: " << is_key_decision(kent_rule, {.value = money::parse("£1,627,500")}).sentence << '\n';

  // The seed says only that Teckal applies; these facts are illustrative.
  const teckal_result teckal = check_teckal({.control_similar_to_own_departments = true,
                                             .activity_share = rate::parse("95%"),
                                             .direct_private_capital = false});
  std::cout << "\nSeed 002, NEET to The Education People (" << teckal.citation << "): "
            << (teckal.exempt ? "exempt" : "not exempt") << '\n';
  for (const std::string& reason : teckal.reasons) std::cout << "  - " << reason << '\n';
}
