// SPDX-License-Identifier: MIT
// The seeds' decisions as models, shared by the examples and the golden-file tests:
//  - seed 000, Kent 2021: do nothing / in-house / external commission of a young carers
//    service at £325,500 a year over three years plus one plus one;
//  - seed 001, Herefordshire 2018: in-house at up to £65k a year against an external
//    contract carrying a one-off procurement cost;
//  - seed 002, Kent 2020: the early help portfolio and its recommissioning proposal.
// The seeds give the annual values, the term and the duties. Every other figure (the split of
// in-house costs, TUPE, procurement, contract management, outputs, the period) is an
// illustrative assumption, stated by the appraisal itself and printed with its results.
#pragma once

#include <commissioning/commissioning.hpp>

namespace seeds {

using namespace commissioning;

inline money pounds(const char* text) { return money::parse(text); }

/// Seed 000's new service, as the external option would let it: 1 April 2022, 3+1+1.
inline contract kent_young_carers_2022() {
  return contract("Kent Young Carers Support Service", "to be procured", parse_date("1 April 2022"), term::parse("3+1+1"),
                  price::annual(pounds("£325,500")));
}

inline appraisal kent_2021() {
  const financial_year first(2022), last(2026);
  const char* duty = "assess the needs of young carers under 18 (Children and Families Act 2014)";

  option nothing("Do nothing", option_kind::do_nothing, "The contract ends and KCC do not meet their statutory obligations");
  nothing.duty(duty, false)
      .advantage("Annual saving of £325,500")
      .advantage("Programmes of support in some localities are likely to be picked up by the wider VCS")
      .risk("Fragmented approach to delivery continues")
      .risk("KCC fail in their statutory obligations for Young Carers Assessments");

  option in_house("Create a new service in-house", option_kind::in_house, "KCC to deliver countywide via a new team");
  in_house.add(appraisal_line::recurring("Staff", line_kind::cost, cost_category::staff, pounds("£260,000"), first, last))
      .add(appraisal_line::recurring("Non-staff", line_kind::cost, cost_category::non_staff, pounds("£35,500"), first, last))
      .add(appraisal_line::recurring("Overheads", line_kind::cost, cost_category::overheads, pounds("£30,000"), first, last))
      .add(appraisal_line::one_off("TUPE and transition", line_kind::cost, cost_category::tupe_and_transition,
                                   pounds("£40,000"), first))
      .duty(duty, true)
      .output("young carer assessed", 1000, first, last)
      .advantage("A procurement process will not be required")
      .risk("TUPE of staff from the existing provider into KCC headcount");

  const contract service = kent_young_carers_2022();
  option external("Externally commission a new service", option_kind::external_commission);
  external.add(appraisal_line::from_contract("Contract payments", service, contract_scope::maximum))
      .add(appraisal_line::one_off("Procurement", line_kind::cost, cost_category::procurement, pounds("£15,000"), first))
      .duty(duty, true)
      .output("young carer assessed", 1000, first, last)
      .advantage("VCS benefit from long-standing community relationships")
      .risk("A procurement process will be required");

  appraisal a("Kent young carers support service (seed 000)", appraisal_settings(first, 5), {nothing, in_house, external});
  a.assume("Both new services start on 1 April 2022 and run for three years plus one plus one.")
      .assume("In-house running costs equal the £325,500 contract value: staff £260,000, non-staff £35,500, overheads £30,000.")
      .assume("TUPE and transition to in-house £40,000 and procurement £15,000, both in 2022-23 (illustrative).")
      .assume("Either service assesses 1,000 young carers a year (illustrative).");
  return a;
}

inline appraisal herefordshire_2018() {
  const financial_year first(2018), last(2020);
  const char* duty = "identify young carers and assess their needs (Children Act 1989, Children and Families Act 2014)";

  option none("No service for young carers", option_kind::do_nothing);
  none.duty(duty, false);

  const envelope cap = envelope::flat("Young carers (in-house)", pounds("£65,000"), first, last);
  option in_house("Deliver in-house", option_kind::in_house);
  in_house.add(appraisal_line::from_envelope("In-house service", line_kind::cost, cost_category::staff, cap)).duty(duty, true);

  option external("Commission via competitive procurement", option_kind::external_commission);
  external
      .add(appraisal_line::recurring("Contract payments", line_kind::cost, cost_category::contract_payments,
                                     pounds("£65,000"), first, last))
      .add(appraisal_line::one_off("Procurement", line_kind::cost, cost_category::procurement, pounds("£12,000"), first))
      .add(appraisal_line::recurring("Contract management", line_kind::cost, cost_category::overheads, pounds("£2,500"),
                                     first, last))
      .duty(duty, true);

  appraisal a("Herefordshire young carers service (seed 001)", appraisal_settings(first, 3), {none, in_house, external});
  a.assume("The in-house service spends its whole £65k cap each year from 1 April 2018, for three years.")
      .assume("A competitive procurement costs £12,000 once and contract management £2,500 a year (illustrative); "
              "the contract value is fixed at £65,000 a year, so there is no competition on price.");
  return a;
}

/// Seed 002: the early help contracts and the proposal from 1 October 2020.
inline portfolio early_help_2020() {
  portfolio early_help("Early help and preventative services");
  early_help.add("Young Carers", "Imago", pounds("£325,484.88"))
      .add("NEET", "CXK Ltd", pounds("£498,410.40"))
      .add("Family Support", "Porchlight", pounds("£1,240,000.00"))
      .add("Family Support", "Project Salus", pounds("£860,400.00"));
  return early_help;
}

inline proposal_result early_help_proposal_2020() {
  const date from = parse_date("1 October 2020");
  return apply(early_help_2020(), {portfolio_change::change_by("Young Carers", pounds("£100,000"), from),
                                   portfolio_change::move_to_sla("NEET", "The Education People", money{}, from),
                                   portfolio_change::bring_in_house("Family Support", pounds("-£1,100,000"), from)});
}

/// Seed 004: the young carers contract of 1 May 2016, 3+1+1 at £325,484, both options
/// exercised and extended a year to 30 April 2022 under regulation 72(1)(c).
inline contract kent_young_carers_2016() {
  contract c("Young Carers Support Service", "Imago", parse_date("1 May 2016"), term::parse("3+1+1"),
             price::annual(pounds("£325,484")));
  c.exercise(1);
  c.exercise(2);
  c.modify(modification{.ground = modification_ground::pcr_72_1_c, .months = 12, .annual_change = {}, .from_month = {},
                        .description = "Covid-19: extension to 30 April 2022"});
  return c;
}

}  // namespace seeds
