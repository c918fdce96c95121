"""Budgets, portfolios and proposals, reproduced from the seeds (the twin of envelopes.cpp).

- seed 002: four contracts costing £2,924,295.28 a year re-shaped from 1 October 2020
  for a revised £1,924,295.28, a full-year saving of £1,000,000.00;
- seeds 003 and 002: the same scope stated as £2,910,878 and as £2,924,295.28;
- seed 001: an in-house service with "a maximum service value of £65k per annum".

Run it with ``python examples/envelopes.py``; it prints examples/envelopes.expected.
"""

import sys

import commissioning as cm


def print_portfolio(portfolio: cm.Portfolio) -> None:
    for group in portfolio.by_service():
        for line in group.lines:
            print(f"  {group.service}, {line.provider} ({line.delivery.label}): {line.annual}")
        if len(group.lines) > 1:
            print(f"  {group.service} total: {group.subtotal}")
    print(f"  Total: {portfolio.total}")


def main() -> None:
    early_help = (
        cm.Portfolio("Early help and preventative services")
        .add("Young Carers", "Imago", "£325,484.88")
        .add("NEET", "CXK Ltd", "£498,410.40")
        .add("Family Support", "Porchlight", "£1,240,000.00")
        .add("Family Support", "Project Salus", "£860,400.00")
    )
    print("Seed 002: current spend per annum")
    print_portfolio(early_help)

    effective = cm.parse_date("1 October 2020")
    result = early_help.apply(
        [
            cm.PortfolioChange.change_by("Young Carers", "£100,000", effective),
            cm.PortfolioChange.move_to_sla("NEET", "The Education People", 0, effective),
            cm.PortfolioChange.bring_in_house("Family Support", "-£1,100,000", effective),
        ]
    )
    print(f"\nSeed 002: revised from {cm.to_long_string(effective)}")
    print_portfolio(result.after)
    for change in result.changes:
        print(
            f"  {change.kind.label} {change.service}: {change.before} to {change.after}, "
            f"saving {change.saving} a year, {change.in_year_saving} in {change.in_year}"
        )
    print(f"  Full-year saving: {result.full_year_saving}")
    print(f"  In-year saving ({result.changes[0].in_year}): {result.in_year_saving}\n")

    scope = cm.reconcile(cm.Statement("seed 003", total="£2,910,878"), cm.Statement.of(early_help, "seed 002"))
    print(
        f"Seeds 003 and 002: {scope.first_total} against {scope.second_total}, "
        f"a difference of {scope.difference}\n"
    )

    cap = cm.Envelope.flat("Young carers (in-house)", "£65,000", 2018, 2020)
    service = cm.Period("1 April 2018", "31 March 2021")
    print(f"Seed 001: {cap.name}, {cm.report_figure('£65,000')} a year")
    for cost in (cm.Money("£65,000"), cm.Money("£68,000")):
        position = cm.assess(cap, [cm.Commitment.annual("In-house team", "Herefordshire Council", cost, service)])
        if position.ok:
            print(f"  At {cost} a year: within the cap every year")
        else:
            overs = "; ".join(f"{breach.year} over by {breach.shortfall}" for breach in position.breaches)
            print(f"  At {cost} a year: {overs}")


if __name__ == "__main__":
    # The figures carry "£": write UTF-8 whatever the console's encoding.
    sys.stdout.reconfigure(encoding="utf-8", newline="\n")  # type: ignore[union-attr]
    main()
