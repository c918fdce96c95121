"""Lots: a procurement let as several contracts is judged on every lot's value, while each lot
stays its own contract (PCR 2015 regulation 6(11) and (12); Procurement Act 2023 section 4 and
Schedule 3). The case is issue 16's carers' service: from 1 October 2025 on 2+1+1 at £982,000 a
year, let as lots of 20%, 75% and 5%, each uplifted 3% a year from contract year 2."""

import pathlib
import subprocess
import sys

import pytest

import commissioning as cm

SCENARIO = pathlib.Path(__file__).parents[2] / "examples" / "scenarios" / "carers-lots-2025.toml"


def lots(uplift=None):
    kwargs = {"uplift": uplift} if uplift else {}
    return [
        cm.Contract(name, "to be procured", "1 October 2025", "2+1+1", annual_value=annual, **kwargs)
        for name, annual in (("North", "£196,400"), ("Central", "£736,500"), ("South", "£49,100"))
    ]


def test_the_threshold_takes_every_lot_and_applies_to_each():
    north, central, south = lots("3%")
    facts = dict(category="light_touch_services", vat="exempt", start="1 June 2025")
    assert not cm.assess_procurement(south, **facts).above_threshold  # £205,416.09 on its own
    together = cm.assess_procurement([north, central, south], **facts)
    assert together.estimated_value == cm.Money("£4,108,321.72")  # the lots' £821,664.34 + £3,081,241.29 + £205,416.09
    assert together.above_threshold
    assert together.sentence.startswith(
        "The three lots (North, Central and South) are one procurement, so the threshold takes their combined value "
        "and applies to each lot (Procurement Act 2023, section 4 and Schedule 3)."
    )


def test_lots_need_at_least_one_contract_and_only_contracts():
    with pytest.raises(cm.InvalidInputError, match=r"commissioning\.procurement\.009"):
        cm.assess_procurement([], category="services", start="1 June 2025")
    with pytest.raises(TypeError, match="item 1 is not a Contract"):
        cm.assess_procurement([lots()[0], "£5"], start="1 June 2025")


def test_the_funding_sentence_names_the_lots_and_reconciles_with_them():
    assert cm.funding_sentence(lots(), lots=True) == (
        "The funding available is £982,000 per annum across three lots (North £196,400, Central £736,500 and "
        "South £49,100). This equates to £3,928,000 over the term of the proposed contracts and extensions "
        "(two years plus one plus one)."
    )
    uplifted = lots("3%")
    sentence = cm.funding_sentence(uplifted, lots=True)
    total = sum((c.maximum_value for c in uplifted), cm.Money(0))
    assert total == cm.Money("£4,108,321.72")
    assert f"This equates to {cm.report_figure(total)} over" in sentence
    assert sentence.startswith("The three lots (North £196,400, Central £736,500 and South £49,100) cost £982,000 in "
                               "their first year")
    assert ", with an uplift of 3% at each anniversary from contract year 2." in sentence


def test_one_uplifted_contract_is_stated_by_its_first_year():
    whole = cm.Contract("Whole", "to be procured", "1 October 2025", "2+1+1", annual_value="£982,000", uplift="3%")
    assert cm.funding_sentence(whole) == (
        "The contract costs £982,000 in its first year, with an uplift of 3% at each anniversary from contract "
        "year 2. This equates to £4,108,321.71 over the term of the proposed contract and extensions (two years "
        "plus one plus one)."
    )
    with pytest.raises(cm.InvalidInputError, match=r"commissioning\.report\.006"):
        cm.funding_sentence([])


def test_the_paragraph_for_lots():
    paragraph = cm.financial_implications_paragraph(lots(), "the carers' budget", lots=True)
    assert paragraph.startswith("This service will be funded from within the carers' budget. The funding available "
                                "is £982,000 per annum across three lots")


def test_a_scenario_names_its_lots_and_round_trips():
    scenario = cm.load_scenario(SCENARIO)
    assert list(scenario.lots) == ["Carers support 2025"]
    assert [c.name for c in scenario.lots["Carers support 2025"]] == [
        "Carers support: North", "Carers support: Central", "Carers support: South"]
    assert 'lot_of = "Carers support 2025"' in scenario.to_toml()
    assert cm.Scenario.from_toml(scenario.to_toml()) == scenario


def test_lots_of_one_procurement_state_the_same_facts():
    text = SCENARIO.read_text(encoding="utf-8").replace(
        'annual_value = "£49,100"\nuplift = "3%"\n\n[contracts.procurement]\ncategory = "light touch services"',
        'annual_value = "£49,100"\nuplift = "3%"\n\n[contracts.procurement]\ncategory = "services"')
    with pytest.raises(cm.InvalidInputError, match=r"commissioning\.scenario\.018.*'Carers support: South' and "
                                                   r"'Carers support: North' differ in 'category'"):
        cm.Scenario.from_toml(text)


def test_the_command_line_judges_each_lot_with_its_procurement():
    result = subprocess.run([sys.executable, "-m", "commissioning", "check", str(SCENARIO)],
                            capture_output=True, text=True, check=True)
    words = " ".join(result.stdout.split())  # the text output wraps at 100 columns
    # One assessment for the three lots, headed by the procurement's name.
    assert words.count("are one procurement, so the threshold takes their combined value") == 1
    assert words.count("Estimated value £4,108,321.72") == 1
    assert "Carers support 2025: procurement" in words
    assert "below threshold" not in words


def test_the_bundled_lots_scenario_is_the_same_model_built_in_python():
    """Issue 16: the decision written once as a file gives what the notebook builds."""
    scenario = cm.load_scenario(SCENARIO)
    lot = {name: cm.Contract(f"Carers support: {name}", "to be procured", "1 October 2025", "2+1+1",
                             annual_value=annual, uplift="3%")
           for name, annual in (("North", "£196,400"), ("Central", "£736,500"), ("South", "£49,100"))}
    assert scenario.contracts == list(lot.values())

    budget = cm.Envelope.flat("Carers support budget", "£1,000,000", "2025-26", "2029-30")
    position = cm.assess(budget, [cm.Commitment.of(c, scope="maximum") for c in lot.values()])
    assert scenario.envelope_positions == [position]
    assert sum((b.shortfall for b in position.breaches), cm.Money(0)) == cm.Money("£84,062.76")  # issue 16's figure

    duty = "assess carers' needs (Care Act 2014, section 10)"
    nothing = (cm.Option("Do nothing", "do_nothing",
                         "The current arrangements end and carers' assessments are not commissioned")
               .duty(duty, met=False)
               .advantage("No spend on the service")
               .disadvantage("The council does not meet its duty to assess carers' needs"))
    lots_option = cm.Option("Commission three lots", "external_commission",
                            "North, Central and South let as lots of one procurement")
    for name, contract in lot.items():
        lots_option = lots_option.add(cm.AppraisalLine.from_contract(name, contract, scope="maximum"))
    lots_option = (lots_option
                   .add(cm.AppraisalLine.one_off("Procurement", "cost", "procurement", "£20,000", "2025-26"))
                   .duty(duty, met=True)
                   .advantage("Local providers can bid for a lot of their own size")
                   .disadvantage("Three contracts to manage")
                   .risk("Prices above the budget from the third year"))
    appraisal = cm.Appraisal("Carers support from October 2025", [nothing, lots_option], base_year="2025-26",
                             years=5, basis="cash")
    for text in ("The lots start on 1 October 2025 and run for two years plus one plus one, every option taken.",
                 "Each lot's price rises 3% at each anniversary from contract year 2, rounded to the penny each year.",
                 "Procurement costs £20,000 in 2025-26 (illustrative)."):
        appraisal.assume(text)
    assert scenario.appraisal == appraisal
    assert appraisal.run().preferred.cash_costs == cm.Money("£4,128,321.72")  # the lots' £4,108,321.72 + £20,000
