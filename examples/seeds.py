"""The seeds' decisions as models, shared by the Python examples (the twin of seeds.hpp).

- seed 000, Kent 2021: do nothing / in-house / external commission of a young carers service
  at £325,500 a year over three years plus one plus one;
- seed 001, Herefordshire 2018: in-house at up to £65k a year against an external contract
  carrying a one-off procurement cost;
- seed 002, Kent 2020: the early help portfolio and its recommissioning proposal;
- seed 004: the young carers contract of 1 May 2016, extended to 30 April 2022.

The seeds give the annual values, the term and the duties. Every other figure (the split of
in-house costs, TUPE, procurement, contract management, outputs, the period) is an
illustrative assumption, stated by the appraisal itself and printed with its results.
"""

import commissioning as cm

KENT_DUTY = "assess the needs of young carers under 18 (Children and Families Act 2014)"
HEREFORDSHIRE_DUTY = (
    "identify young carers and assess their needs (Children Act 1989, Children and Families Act 2014)"
)


def kent_young_carers_2022() -> cm.Contract:
    """Seed 000's new service, as the external option would let it: 1 April 2022, 3+1+1."""
    return cm.Contract(
        name="Kent Young Carers Support Service",
        provider="to be procured",
        start="1 April 2022",
        term="3+1+1",
        annual_value="£325,500",
    )


def kent_2021() -> cm.Appraisal:
    first, last = "2022-23", "2026-27"
    nothing = (
        cm.Option("Do nothing", "do_nothing", "The contract ends and KCC do not meet their statutory obligations")
        .duty(KENT_DUTY, met=False)
        .advantage("Annual saving of £325,500")
        .advantage("Programmes of support in some localities are likely to be picked up by the wider VCS")
        .risk("Fragmented approach to delivery continues")
        .risk("KCC fail in their statutory obligations for Young Carers Assessments")
    )
    in_house = (
        cm.Option("Create a new service in-house", "in_house", "KCC to deliver countywide via a new team")
        .add(cm.AppraisalLine.recurring("Staff", "cost", "staff", "£260,000", first, last))
        .add(cm.AppraisalLine.recurring("Non-staff", "cost", "non_staff", "£35,500", first, last))
        .add(cm.AppraisalLine.recurring("Overheads", "cost", "overheads", "£30,000", first, last))
        .add(cm.AppraisalLine.one_off("TUPE and transition", "cost", "tupe_and_transition", "£40,000", first))
        .duty(KENT_DUTY, met=True)
        .output("young carer assessed", 1000, first, last)
        .advantage("A procurement process will not be required")
        .risk("TUPE of staff from the existing provider into KCC headcount")
    )
    external = (
        cm.Option("Externally commission a new service", "external_commission")
        .add(cm.AppraisalLine.from_contract("Contract payments", kent_young_carers_2022(), scope="maximum"))
        .add(cm.AppraisalLine.one_off("Procurement", "cost", "procurement", "£15,000", first))
        .duty(KENT_DUTY, met=True)
        .output("young carer assessed", 1000, first, last)
        .advantage("VCS benefit from long-standing community relationships")
        .risk("A procurement process will be required")
    )
    appraisal = cm.Appraisal(
        "Kent young carers support service (seed 000)", [nothing, in_house, external], base_year=first, years=5
    )
    appraisal.assume("Both new services start on 1 April 2022 and run for three years plus one plus one.")
    appraisal.assume(
        "In-house running costs equal the £325,500 contract value: staff £260,000, non-staff £35,500, overheads £30,000."
    )
    appraisal.assume("TUPE and transition to in-house £40,000 and procurement £15,000, both in 2022-23 (illustrative).")
    appraisal.assume("Either service assesses 1,000 young carers a year (illustrative).")
    return appraisal


def herefordshire_2018() -> cm.Appraisal:
    first, last = "2018-19", "2020-21"
    none = cm.Option("No service for young carers", "do_nothing").duty(HEREFORDSHIRE_DUTY, met=False)
    cap = cm.Envelope.flat("Young carers (in-house)", "£65,000", 2018, 2020)
    in_house = (
        cm.Option("Deliver in-house", "in_house")
        .add(cm.AppraisalLine.from_envelope("In-house service", "cost", "staff", cap))
        .duty(HEREFORDSHIRE_DUTY, met=True)
    )
    external = (
        cm.Option("Commission via competitive procurement", "external_commission")
        .add(cm.AppraisalLine.recurring("Contract payments", "cost", "contract_payments", "£65,000", first, last))
        .add(cm.AppraisalLine.one_off("Procurement", "cost", "procurement", "£12,000", first))
        .add(cm.AppraisalLine.recurring("Contract management", "cost", "overheads", "£2,500", first, last))
        .duty(HEREFORDSHIRE_DUTY, met=True)
    )
    appraisal = cm.Appraisal(
        "Herefordshire young carers service (seed 001)", [none, in_house, external], base_year=first, years=3
    )
    appraisal.assume("The in-house service spends its whole £65k cap each year from 1 April 2018, for three years.")
    appraisal.assume(
        "A competitive procurement costs £12,000 once and contract management £2,500 a year (illustrative); "
        "the contract value is fixed at £65,000 a year, so there is no competition on price."
    )
    return appraisal


def early_help_2020() -> cm.Portfolio:
    """Seed 002: the early help contracts."""
    return (
        cm.Portfolio("Early help and preventative services")
        .add("Young Carers", "Imago", "£325,484.88")
        .add("NEET", "CXK Ltd", "£498,410.40")
        .add("Family Support", "Porchlight", "£1,240,000.00")
        .add("Family Support", "Project Salus", "£860,400.00")
    )


def early_help_proposal_2020() -> cm.ProposalResult:
    """Seed 002: the proposal from 1 October 2020."""
    effective = "1 October 2020"
    return early_help_2020().apply(
        [
            cm.PortfolioChange.change_by("Young Carers", "£100,000", effective),
            cm.PortfolioChange.move_to_sla("NEET", "The Education People", 0, effective),
            cm.PortfolioChange.bring_in_house("Family Support", "-£1,100,000", effective),
        ]
    )


def kent_young_carers_2016() -> cm.Contract:
    """Seed 004: 1 May 2016, 3+1+1 at £325,484, both options exercised and extended a year to
    30 April 2022 under regulation 72(1)(c)."""
    contract = cm.Contract(
        name="Young Carers Support Service", provider="Imago", start="1 May 2016", term="3+1+1", annual_value="£325,484"
    )
    contract.exercise(1)
    contract.exercise(2)
    contract.modify(ground="72(1)(c)", months=12, description="Covid-19: extension to 30 April 2022")
    return contract
