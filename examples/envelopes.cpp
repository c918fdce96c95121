// Budgets, portfolios and proposals, reproduced from the seeds:
//  - seed 002: four contracts costing £2,924,295.28 a year re-shaped from 1 October 2020
//    for a revised £1,924,295.28, a full-year saving of £1,000,000.00;
//  - seeds 003 and 002: the same scope stated as £2,910,878 and as £2,924,295.28;
//  - seed 001: an in-house service with "a maximum service value of £65k per annum".
#include <commissioning/commissioning.hpp>

#include <iostream>

using namespace commissioning;

static void print_portfolio(const portfolio& p) {
  for (const service_group& group : p.by_service()) {
    for (const portfolio_line& line : group.lines)
      std::cout << "  " << group.service << ", " << line.provider << " (" << to_string(line.how) << "): " << line.annual
                << '\n';
    if (group.lines.size() > 1) std::cout << "  " << group.service << " total: " << group.subtotal << '\n';
  }
  std::cout << "  Total: " << p.total() << '\n';
}

int main() {
  portfolio early_help("Early help and preventative services");
  early_help.add("Young Carers", "Imago", money::parse("£325,484.88"))
      .add("NEET", "CXK Ltd", money::parse("£498,410.40"))
      .add("Family Support", "Porchlight", money::parse("£1,240,000.00"))
      .add("Family Support", "Project Salus", money::parse("£860,400.00"));
  std::cout << "Seed 002: current spend per annum\n";
  print_portfolio(early_help);

  const date from = parse_date("1 October 2020");
  const proposal_result result =
      apply(early_help, {portfolio_change::change_by("Young Carers", money::parse("£100,000"), from),
                         portfolio_change::move_to_sla("NEET", "The Education People", money{}, from),
                         portfolio_change::bring_in_house("Family Support", money::parse("-£1,100,000"), from)});
  std::cout << "\nSeed 002: revised from " << to_long_string(from) << '\n';
  print_portfolio(result.after);
  for (const change_outcome& change : result.changes)
    std::cout << "  " << to_string(change.change.kind) << " " << change.change.service << ": " << change.before << " to "
              << change.after << ", saving " << change.saving << " a year, " << change.in_year_saving << " in "
              << change.in_year << '\n';
  std::cout << "  Full-year saving: " << result.full_year_saving << '\n'
            << "  In-year saving (" << result.changes.front().in_year << "): " << result.in_year_saving << "\n\n";

  const reconciliation scope = reconcile(statement{"seed 003", {}, money::parse("£2,910,878")},
                                         statement::of(early_help, "seed 002"));
  std::cout << "Seeds 003 and 002: " << scope.first_total << " against " << scope.second_total << ", a difference of "
            << scope.difference << "\n\n";

  const envelope cap = envelope::flat("Young carers (in-house)", money::parse("£65,000"), financial_year(2018),
                                      financial_year(2020));
  const period service{parse_date("1 April 2018"), parse_date("31 March 2021")};
  std::cout << "Seed 001: " << cap.name() << ", " << report_figure(money::parse("£65,000")) << " a year\n";
  for (const money cost : {money::parse("£65,000"), money::parse("£68,000")}) {
    const envelope_position position = assess(cap, {commitment::annual("In-house team", "Herefordshire Council", cost, service)});
    std::cout << "  At " << cost << " a year: ";
    if (position.breaches.empty()) std::cout << "within the cap every year\n";
    for (const breach& over : position.breaches)
      std::cout << over.year << " over by " << over.shortfall << (&over == &position.breaches.back() ? "\n" : "; ");
  }
}
