"""Option appraisals of the seeds, the Green Book way (the twin of appraisals.cpp).

- seed 000, Kent 2021: do nothing fails the statutory duty to assess young carers, so it is
  costed but never preferred;
- seed 001, Herefordshire 2018: in-house at up to £65k a year against an external contract
  carrying a one-off procurement cost.

The models are in seeds.py; every assumption is stated by the appraisal itself and printed
with its results. Run it with ``python examples/appraisals.py``; it prints
examples/appraisals.expected.
"""

import commissioning as cm

import seeds


def show(appraisal: cm.Appraisal, inputs: list[cm.AppraisalInput]) -> None:
    result = appraisal.run()
    print(result.title)
    print(
        f"{'Option':>38}{'Cash cost':>14}{'PV of costs':>15}{'Annual equiv.':>15}{'Per unit':>10}"
        f"{'Duties':>8}{'Rank':>6}"
    )
    for o in result.options:
        per_unit = str(o.cost_per_unit) if o.cost_per_unit is not None else "-"
        rank = f"{o.rank}{'*' if o.preferred else ''}"
        print(
            f"{o.name:>38}{str(o.cash_costs):>14}{str(o.present_value_costs):>15}"
            f"{str(o.equivalent_annual_cost):>15}{per_unit:>10}{'met' if o.viable else 'FAILED':>8}{rank:>6}"
        )
    if result.preferred is not None and result.preferred.output_unit:
        print(f"Per unit: present value of costs per {result.preferred.output_unit}.")
    for reason in result.reasons:
        print(f"- {reason}")
    print("Assumptions:")
    for assumption in result.assumptions:
        print(f"- {assumption}")

    tornado = appraisal.sensitivity(inputs, change="10%")
    print(f"Sensitivity of {tornado.option}'s net present cost ({tornado.base}) to ±10%:")
    for row in tornado.rows:
        changes = row.preferred_at_low != tornado.preferred or row.preferred_at_high != tornado.preferred
        print(
            f"  {row.input}: {row.at_low} to {row.at_high} (swing {row.swing})"
            + (", the preferred option changes" if changes else "")
        )
    print("Switching values:")
    for input in inputs:
        print(f"  {appraisal.switching_value(input).sentence}")
    lower = cm.AppraisalSettings(
        base_year=appraisal.settings.base_year,
        years=appraisal.settings.years,
        schedule=cm.DiscountSchedule.green_book_2026_lower_rate(),
    )
    at_lower_rate = appraisal.with_settings(lower).run()
    print(
        f"At the {lower.schedule.name} schedule: {at_lower_rate.preferred.name} preferred, "
        f"{at_lower_rate.preferred.present_value_costs} present value of costs.\n"
    )


def main() -> None:
    external, in_house = "Externally commission a new service", "Create a new service in-house"
    show(
        seeds.kent_2021(),
        [
            cm.AppraisalInput.line(external, "Contract payments"),
            cm.AppraisalInput.line(external, "Procurement"),
            cm.AppraisalInput.line(in_house, "Staff"),
            cm.AppraisalInput.line(in_house, "TUPE and transition"),
            cm.AppraisalInput.discount_rate(),
        ],
    )
    procured = "Commission via competitive procurement"
    show(
        seeds.herefordshire_2018(),
        [
            cm.AppraisalInput.line(procured, "Contract payments"),
            cm.AppraisalInput.line(procured, "Procurement"),
            cm.AppraisalInput.line("Deliver in-house", "In-house service"),
        ],
    )


if __name__ == "__main__":
    main()
