// Option appraisals of the seeds, the Green Book way:
//  - seed 000, Kent 2021: do nothing / in-house / external commission of a young carers
//    service at £325,500 a year over three years plus one plus one; do nothing fails the
//    statutory duty to assess young carers, so it is costed but never preferred;
//  - seed 001, Herefordshire 2018: in-house at up to £65k a year against an external
//    contract carrying a one-off procurement cost.
// The seeds give the annual values, the term and the duties. Every other figure (the split of
// in-house costs, TUPE, procurement, contract management, outputs, the period) is an
// illustrative assumption, stated by the appraisal itself and printed with its results.
#include <commissioning/commissioning.hpp>

#include <cstdio>
#include <iostream>
#include <string>

using namespace commissioning;

namespace {

money pounds(const char* text) { return money::parse(text); }

std::string column(std::string text, std::size_t width) {
  std::size_t shown = 0;  // characters, not bytes: "£" is two bytes
  for (const char c : text) shown += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return shown >= width ? text : std::string(width - shown, ' ').append(text);
}

void print(const appraisal& a, const std::vector<appraisal_input>& inputs) {
  const appraisal_result result = a.run();
  std::cout << result.title << '\n'
            << column("Option", 38) << column("Cash cost", 14) << column("PV of costs", 15)
            << column("Annual equiv.", 15) << column("Per unit", 10) << column("Duties", 8) << column("Rank", 6) << '\n';
  for (const option_appraisal& o : result.options)
    std::cout << column(o.name, 38) << column(to_string(o.cash_costs), 14) << column(to_string(o.present_value_costs), 15)
              << column(to_string(o.equivalent_annual_cost), 15)
              << column(o.cost_per_unit ? to_string(*o.cost_per_unit) : "-", 10) << column(o.viable ? "met" : "FAILED", 8)
              << column(std::to_string(o.rank) + (o.preferred ? "*" : ""), 6) << '\n';
  if (const option_appraisal* p = result.preferred(); p && !p->output_unit.empty())
    std::cout << "Per unit: present value of costs per " << p->output_unit << ".\n";
  for (const std::string& reason : result.reasons) std::cout << "- " << reason << '\n';
  std::cout << "Assumptions:\n";
  for (const std::string& assumption : result.assumptions) std::cout << "- " << assumption << '\n';

  const sensitivity_analysis tornado = one_way_sensitivity(a, inputs, rate::parse("10%"));
  std::cout << "Sensitivity of " << tornado.option << "'s net present cost (" << to_string(tornado.base) << ") to ±10%:\n";
  for (const sensitivity_row& row : tornado.rows)
    std::cout << "  " << row.input << ": " << row.at_low << " to " << row.at_high << " (swing " << row.swing << ")"
              << (row.preferred_at_low != tornado.preferred || row.preferred_at_high != tornado.preferred
                      ? ", the preferred option changes"
                      : "")
              << '\n';
  std::cout << "Switching values:\n";
  for (const appraisal_input& input : inputs) std::cout << "  " << find_switching_value(a, input).sentence << '\n';
  appraisal_settings lower = a.settings();
  lower.schedule = discount_schedule::green_book_2026_lower_rate();
  const appraisal_result at_lower_rate = a.with_settings(lower).run();
  std::cout << "At the " << lower.schedule.name() << " schedule: " << at_lower_rate.preferred()->name << " preferred, "
            << at_lower_rate.preferred()->present_value_costs << " present value of costs.\n\n";
}

appraisal kent() {
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

  const contract service("Kent Young Carers Support Service", "to be procured", parse_date("1 April 2022"),
                         term::parse("3+1+1"), price::annual(pounds("£325,500")));
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

appraisal herefordshire() {
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

}  // namespace

int main() {
  print(kent(), {appraisal_input::line("Externally commission a new service", "Contract payments"),
                 appraisal_input::line("Externally commission a new service", "Procurement"),
                 appraisal_input::line("Create a new service in-house", "Staff"),
                 appraisal_input::line("Create a new service in-house", "TUPE and transition"),
                 appraisal_input::discount_rate()});
  print(herefordshire(), {appraisal_input::line("Commission via competitive procurement", "Contract payments"),
                          appraisal_input::line("Commission via competitive procurement", "Procurement"),
                          appraisal_input::line("Deliver in-house", "In-house service")});
}
