// Option appraisals of the seeds, the Green Book way (the models are in seeds.hpp):
//  - seed 000, Kent 2021: do nothing fails the statutory duty to assess young carers, so it
//    is costed but never preferred;
//  - seed 001, Herefordshire 2018: in-house at up to £65k a year against an external
//    contract carrying a one-off procurement cost.
// Every assumption is stated by the appraisal itself and printed with its results.
#include "seeds.hpp"

#include <iostream>
#include <string>

using namespace commissioning;

namespace {

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

}  // namespace

int main() {
  print(seeds::kent_2021(), {appraisal_input::line("Externally commission a new service", "Contract payments"),
                 appraisal_input::line("Externally commission a new service", "Procurement"),
                 appraisal_input::line("Create a new service in-house", "Staff"),
                 appraisal_input::line("Create a new service in-house", "TUPE and transition"),
                 appraisal_input::discount_rate()});
  print(seeds::herefordshire_2018(), {appraisal_input::line("Commission via competitive procurement", "Contract payments"),
                          appraisal_input::line("Commission via competitive procurement", "Procurement"),
                          appraisal_input::line("Deliver in-house", "In-house service")});
}
