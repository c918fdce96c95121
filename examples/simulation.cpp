// Seed 000 (Kent young carers, 2021) simulated: the appraisal of seeds.hpp with uncertain
// costs and a register of illustrative risks built from the cabinet report's own words.
//
// The risks and distributions are ILLUSTRATIVE: the decision named the risks (Covid-19 demand,
// a longer timescale for implementation, TUPE) but put no figures on them. They show how the
// library answers "how likely is in-house to cost more than external?" and "what is our P80
// cost?"; they are not Kent's figures.
#include "seeds.hpp"

#include <commissioning/risk/simulation.hpp>

#include <cmath>
#include <cstdio>
#include <iostream>

using namespace commissioning;
using seeds::pounds;

namespace {

const char* in_house = "Create a new service in-house";
const char* external = "Externally commission a new service";

risk_register kent_risks() {
  risk_register risks;
  risks.add(risk::cost("R1", "Numbers of young carers requesting support exacerbated by Covid-19", "Head of Commissioning",
                       {in_house, external}, 0.4,
                       {{financial_year(2022), pounds("£20,000")}, {financial_year(2023), pounds("£20,000")}}))
      .add(risk::delay("R2", "Longer timescale for implementation", "Head of Commissioning", {in_house}, 0.3, 6))
      .add(risk::one_off("R3", "TUPE costs higher than estimated", "HR business partner", {in_house}, 0.5,
                         pounds("£25,000"), financial_year(2022)))
      .add(risk::one_off("R4", "Procurement fails and is re-run", "Procurement lead", {external}, 0.1, pounds("£15,000"),
                         financial_year(2022)));
  return risks;
}

std::vector<uncertain_input> kent_inputs() {
  return {
      uncertain_input(appraisal_input::line(in_house, "Staff"), distribution::triangular(0.95, 1.0, 1.20)),
      uncertain_input(appraisal_input::line(in_house, "Non-staff"), distribution::pert(0.9, 1.0, 1.3)),
      uncertain_input(appraisal_input::line(external, "Contract payments"), distribution::triangular(1.0, 1.0, 1.05)),
      uncertain_input(appraisal_input::discount_rate(), distribution::uniform(0.8, 1.2)),
  };
}

// Whole pounds: simulated figures are statistics, and pennies would differ between libm versions.
std::string pounds_text(double pence) { return format(money::from_pence(std::llround(pence)), money_format::whole_pounds()); }

}  // namespace

int main() {
  const appraisal kent = seeds::kent_2021();
  const risk_register risks = kent_risks();

  // The deterministic path: expected values added as cost lines.
  const appraisal_result expected = apply_risks(kent, risks).run();
  std::cout << "Seed 000 with illustrative risks, expected values (Green Book 2.16)\n";
  for (const risk& r : risks.risks())
    std::cout << "  " << r.id() << "  " << r.description() << ": "
              << (r.is_delay() ? std::to_string(r.delay_months()) + " months' delay" : to_string(r.expected_value()) + " expected")
              << '\n';
  for (const option_appraisal& o : expected.options)
    std::cout << "  " << o.name << ": PV of costs " << to_string(o.present_value_costs) << (o.preferred ? " (preferred)" : "")
              << '\n';

  // The simulation: 100,000 iterations, seed 2021, two threads (the same numbers on one).
  simulation_settings settings;
  settings.iterations = 100'000;
  settings.seed = 2021;
  settings.threads = 2;
  Eigen::MatrixXd c = Eigen::MatrixXd::Identity(4, 4);
  c(0, 1) = c(1, 0) = 0.5;  // staff and non-staff costs move together
  settings.correlation = correlation(c);
  settings.envelope = envelope::flat("Young carers budget", pounds("£340,000"), financial_year(2022), financial_year(2026));
  const simulation_result r = simulate(kent, kent_inputs(), risks, settings);

  std::cout << "\nMonte Carlo, " << r.iterations << " iterations, seed " << r.seed << '\n';
  for (const option_simulation& o : r.options) {
    const simulation_statistic& pvc = o.present_value_costs;
    std::cout << "  " << o.name << (o.viable ? "" : " (not viable)") << '\n'
              << "    PV of costs: mean " << pounds_text(pvc.mean) << " (± " << pounds_text(pvc.standard_error) << "), P10 "
              << pounds_text(pvc.p10) << ", P50 " << pounds_text(pvc.p50) << ", P80 " << pounds_text(pvc.p80) << ", P90 "
              << pounds_text(pvc.p90) << '\n';
    char line[160];
    std::snprintf(line, sizeof line, "    cheapest %.1f%%, preferred %.1f%%, over the £340,000 budget in 2022-23 %.1f%%\n",
                  100 * o.probability_cheapest, 100 * o.probability_preferred,
                  100 * o.over_envelope.front().probability);
    std::cout << line;
  }
}
