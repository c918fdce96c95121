"""Procurement rules applied to the seeds (the twin of procurement.cpp).

- seed 004: the Kent young carers contract from 1 May 2016 (3+1+1) under the light-touch
  regime, and its one-year extension under regulation 72(1)(c);
- the new contract from 1 May 2022, were its procurement to start on each threshold date;
- seed 000: "Expenditure or savings of more than £1m" (Kent's key-decision rule);
- seed 002: the NEET service passed to The Education People "utilising Teckal regulations".

Run it with ``python examples/procurement.py``; it prints examples/procurement.expected.
"""

import sys

import commissioning as cm

# Social care: light-touch services, exempt from VAT.
SOCIAL_CARE = {"category": cm.ServiceCategory.LIGHT_TOUCH_SERVICES, "vat": cm.VatTreatment.EXEMPT}


def main() -> None:
    kent = cm.Contract("Kent Young Carers", "Imago", "1 May 2016", "3+1+1", annual_value="£325,484")
    print("Seed 004, procured in 2016:")
    print(f"  {cm.assess_procurement(kent, start='1 January 2016', **SOCIAL_CARE)}")

    kent.exercise(1)
    kent.exercise(2)
    kent.modify(ground="section 72 (1) c", months=12)
    extension = cm.assess_modification(
        kent, 1, regime=cm.ProcurementRegime.PCR_2015, type=cm.ContractType.LIGHT_TOUCH, decided_on="1 April 2021"
    )
    print(f"  {extension}")
    for reason in extension.reasons:
        print(f"    - {reason}")

    renewed = cm.Contract("Kent Young Carers", "to be procured", "1 May 2022", "3+1+1", annual_value="£325,484")
    print("\nThe new contract, by the date its procurement starts:")
    for start in ("1 January 2022", "1 January 2024", "24 February 2025", "1 January 2026"):
        answer = cm.assess_procurement(renewed, start=start, **SOCIAL_CARE)
        print(
            f"  {start}: {answer.regime.full_name}, threshold {cm.report_figure(answer.threshold.amount)}, "
            f"{'above' if answer.above_threshold else 'below'}; {answer.consequence}"
        )

    kent_rule = cm.KeyDecisionRule.fixed("Kent County Council", "£1,000,000")
    print(f"\nSeed 000: {cm.is_key_decision(kent_rule, '£1,627,500')}")

    # The seed says only that Teckal applies; these facts are illustrative.
    teckal = cm.check_teckal(control_similar_to_own_departments=True, activity_share="95%", direct_private_capital=False)
    print(f"\nSeed 002, NEET to The Education People ({teckal.citation}): {'exempt' if teckal.exempt else 'not exempt'}")
    for reason in teckal.reasons:
        print(f"  - {reason}")


if __name__ == "__main__":
    # The figures carry "£": write UTF-8 whatever the console's encoding.
    sys.stdout.reconfigure(encoding="utf-8", newline="\n")  # type: ignore[union-attr]
    main()
