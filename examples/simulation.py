"""Seed 000 (Kent young carers, 2021) simulated: the twin of simulation.cpp.

The appraisal of seeds.py with uncertain costs and a register of ILLUSTRATIVE risks built from
the cabinet report's own words (the report names the risks but puts no figures on them). Run
it with ``python examples/simulation.py``; it prints examples/simulation.expected.
"""

import numpy as np

import commissioning as cm

import seeds

IN_HOUSE = "Create a new service in-house"
EXTERNAL = "Externally commission a new service"


def kent_risks() -> cm.RiskRegister:
    return cm.RiskRegister([
        cm.Risk.cost("R1", "Numbers of young carers requesting support exacerbated by Covid-19", "Head of Commissioning",
                     [IN_HOUSE, EXTERNAL], 0.4, {2022: "£20,000", 2023: "£20,000"}),
        cm.Risk.delay("R2", "Longer timescale for implementation", "Head of Commissioning", [IN_HOUSE], 0.3, 6),
        cm.Risk.one_off("R3", "TUPE costs higher than estimated", "HR business partner", [IN_HOUSE], 0.5, "£25,000", 2022),
        cm.Risk.one_off("R4", "Procurement fails and is re-run", "Procurement lead", [EXTERNAL], 0.1, "£15,000", 2022),
    ])


def kent_inputs() -> list[cm.UncertainInput]:
    return [
        cm.UncertainInput(cm.AppraisalInput.line(IN_HOUSE, "Staff"), cm.Distribution.triangular(0.95, 1.0, 1.20)),
        cm.UncertainInput(cm.AppraisalInput.line(IN_HOUSE, "Non-staff"), cm.Distribution.pert(0.9, 1.0, 1.3)),
        cm.UncertainInput(cm.AppraisalInput.line(EXTERNAL, "Contract payments"), cm.Distribution.triangular(1.0, 1.0, 1.05)),
        cm.UncertainInput(cm.AppraisalInput.discount_rate(), cm.Distribution.uniform(0.8, 1.2)),
    ]


def pounds(amount: cm.Money) -> str:
    """Whole pounds, as simulation.cpp prints them: a statistic is Money (the engine's pence
    rounded to the penny, halves away from zero), shown to the pound, halves away from zero."""
    return amount.format("whole_pounds")


def main() -> None:
    kent = seeds.kent_2021()
    risks = kent_risks()
    expected = cm.apply_risks(kent, risks).run()
    print("Seed 000 with illustrative risks, expected values (Green Book 2.16)")
    for r in risks.risks:
        what = f"{r.delay_months} months' delay" if r.delay_months else f"{r.expected_value} expected"
        print(f"  {r.id}  {r.description}: {what}")
    for o in expected.options:
        print(f"  {o.name}: PV of costs {o.present_value_costs}{' (preferred)' if o.preferred else ''}")

    correlation = np.eye(4)
    correlation[0, 1] = correlation[1, 0] = 0.5  # staff and non-staff costs move together
    budget = cm.Envelope.flat("Young carers budget", "£340,000", 2022, 2026)
    result = kent.simulate(inputs=kent_inputs(), risks=risks, iterations=100_000, seed=2021, threads=2,
                           correlation=correlation, envelope=budget)
    print(f"\nMonte Carlo, {result.iterations} iterations, seed {result.seed}")
    for o in result.options:
        pvc = o.present_value_costs
        print(f"  {o.name}{'' if o.viable else ' (not viable)'}")
        print(f"    PV of costs: mean {pounds(pvc.mean)} (± {pounds(pvc.standard_error)}), P10 {pounds(pvc.p10)}, "
              f"P50 {pounds(pvc.p50)}, P80 {pounds(pvc.p80)}, P90 {pounds(pvc.p90)}")
        print(f"    cheapest {100 * o.probability_cheapest:.1f}%, preferred {100 * o.probability_preferred:.1f}%, "
              f"over the £340,000 budget in 2022-23 {100 * o.over_envelope[0].probability:.1f}%")


if __name__ == "__main__":
    main()
