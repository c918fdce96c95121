"""Scenario files from Python: the same model objects as the Python API, located errors."""

import re
from pathlib import Path

import numpy as np
import pytest

import commissioning as cm

ROOT = Path(__file__).resolve().parents[2]
SCENARIOS = ROOT / "examples" / "scenarios"
KENT = SCENARIOS / "kent-young-carers-2021.toml"


def test_the_kent_scenario_appraises_as_the_seed():
    s = cm.load_scenario(KENT)
    assert isinstance(s.appraisal, cm.Appraisal)
    result = s.appraisal.run()
    assert result.preferred.name == "Externally commission a new service"
    assert result.preferred.present_value_costs == cm.Money("£1,536,087.28")


def test_contracts_are_python_contracts_with_their_history():
    s = cm.load_scenario(SCENARIOS / "kent-young-carers-contract-2016.toml")
    (contract,) = s.contracts
    assert isinstance(contract, cm.Contract)
    assert contract.current_value == cm.Money("£1,952,904.00")
    assert str(contract.current_end) == "2022-04-30"


@pytest.mark.parametrize("path", sorted(SCENARIOS.glob("*.toml")), ids=lambda p: p.stem)
def test_every_bundled_scenario_reads_back_unchanged(path):
    s = cm.load_scenario(str(path))
    assert cm.Scenario.from_toml(s.to_toml()) == s


def test_errors_are_invalid_input_with_location_and_id():
    text = '[[contracts]]\nname = "C"\nstart = "1 May 2016"\nterm = "3"\nanual_value = "£1"\n'
    with pytest.raises(cm.InvalidInputError) as caught:
        cm.Scenario.from_toml(text, "mine.toml")
    assert caught.value.id == "commissioning.scenario.002"
    assert str(caught.value) == (
        "mine.toml:5:1: [commissioning.scenario.002] contracts[0].anual_value: unknown key 'anual_value' in "
        "contracts[0]; did you mean 'annual_value'?"
    )
    assert isinstance(caught.value, ValueError)


def test_a_wrapped_library_error_keeps_its_id():
    text = '[[contracts]]\nname = "C"\nstart = "31 February 2022"\nterm = "3"\nannual_value = "£1"\n'
    with pytest.raises(cm.InvalidInputError) as caught:
        cm.Scenario.from_toml(text)
    assert caught.value.id == "commissioning.date.002"


def test_a_scenario_without_options_has_no_appraisal():
    assert cm.Scenario.from_toml('service = "x"\n').appraisal is None


# ---------------------------------------------------------------- risks, envelopes, simulation

IN_HOUSE = "Create a new service in-house"
EXTERNAL = "Externally commission a new service"

KENT_RISKS = "\n" + (ROOT / "tests" / "scenarios" / "kent-risks.toml").read_text(encoding="utf-8")


def test_risks_are_a_register_and_the_report_adds_their_expected_values():
    s = cm.Scenario.from_toml(KENT.read_text(encoding="utf-8") + KENT_RISKS)
    assert [r.id for r in s.risks.risks] == ["R1", "R2", "R3", "R4"]
    assert s.risks.expected_value(IN_HOUSE) == cm.Money("£28,500")  # R1 £16,000 + R3 £12,500; R2 is a delay
    adjusted = s.risk_adjusted_appraisal.run()
    # The figures examples/simulation.cpp prints for the same register.
    assert adjusted.option(IN_HOUSE).present_value_costs == cm.Money("£1,589,316.75")
    assert adjusted.option(EXTERNAL).present_value_costs == cm.Money("£1,553,316.75")
    assert cm.Scenario.from_toml(s.to_toml()) == s


def test_the_kent_funding_envelope_covers_the_contract():
    (position,) = cm.load_scenario(KENT).envelope_positions
    assert position.years[0].committed == cm.Money("£325,500")
    assert position.years[-1].cumulative_headroom == cm.Money("£651,000")
    assert position.breaches == []
    table = cm.envelope_position_table(position)
    assert table.caption == "Young carers funding: budget and commitments"
    assert "The commitments stay within the envelope in every year." in table.notes


def test_the_scenario_simulates_as_the_python_api():
    s = cm.load_scenario(KENT)
    ours = s.simulate(iterations=20_000, threads=1)
    assert (ours.iterations, ours.seed) == (20_000, 2021)
    correlation = np.eye(4)
    correlation[0, 1] = correlation[1, 0] = 0.5
    theirs = cm.simulate(
        s.appraisal,
        inputs=s.simulation_inputs,
        iterations=20_000,
        seed=2021,
        correlation=correlation,
        envelope=cm.Envelope.flat("Young carers funding", "£325,500", 2022, 2026),
    )
    for name in (IN_HOUSE, EXTERNAL):
        a, b = ours.option(name), theirs.option(name)
        assert a.present_value_costs.mean == b.present_value_costs.mean
        assert a.present_value_costs.p80 == b.present_value_costs.p80
        assert a.over_envelope == b.over_envelope
    assert s.simulation_inputs[0] == cm.UncertainInput(
        cm.AppraisalInput.line(IN_HOUSE, "Staff"), cm.Distribution.triangular(0.95, 1.0, 1.2)
    )
    exceedance = cm.envelope_exceedance_table(ours, "Over the funding")
    assert [c.heading for c in exceedance.columns][1:] == ["2022-23", "2023-24", "2024-25", "2025-26", "2026-27"]


def test_simulating_a_scenario_without_options_is_an_error_with_an_id():
    with pytest.raises(cm.InvalidInputError) as caught:
        cm.Scenario.from_toml('service = "x"\n').simulate()
    assert caught.value.id == "commissioning.scenario.008"


def test_a_bad_distribution_is_located():
    text = KENT.read_text(encoding="utf-8").replace('distribution = "pert"', 'distribution = "beta"')
    with pytest.raises(cm.InvalidInputError, match=r"simulation\.inputs\[1\]\.distribution: unknown value 'beta'") as caught:
        cm.Scenario.from_toml(text, "kent.toml")
    assert caught.value.id == "commissioning.scenario.011"


def test_check_tests_each_modification_against_its_rules():
    s = cm.load_scenario(SCENARIOS / "kent-young-carers-contract-2016.toml")
    (contract,) = s.contracts
    answer = cm.assess_modification(contract, 1, regime="pcr_2015", type="light_touch", decided_on="1 May 2021")
    table = cm.modification_table(answer)
    assert table.caption == "Modification 1 (72(1)(c))"
    assert table.notes[-1].endswith("permitted.")


def test_the_docs_show_the_kent_file_as_it_is():
    docs = (ROOT / "docs" / "scenario.md").read_text(encoding="utf-8")
    shown = docs.split("## The Kent file in full", 1)[1].split("```toml\n", 1)[1].split("\n```", 1)[0]
    assert shown + "\n" == KENT.read_text(encoding="utf-8")


def test_a_contract_uplift_is_the_contract_s_uplift_and_writes_back():
    text = (
        '[[contracts]]\nname = "C"\nprovider = "P"\nstart = "1 April 2022"\nterm = "3"\n'
        'annual_value = "£100,000"\nuplift = "3%"\nuplift_from_year = 3\n'
    )
    s = cm.Scenario.from_toml(text)
    (contract,) = s.contracts
    assert contract == cm.Contract("C", "P", "1 April 2022", "3", annual_value="£100,000", uplift="3%", uplift_from_year=3)
    assert contract.base_value == cm.Money("£303,000.00")
    assert 'uplift = "3%"\nuplift_from_year = 3\n' in s.to_toml()
    assert cm.Scenario.from_toml(s.to_toml()) == s


def test_an_option_exercised_after_a_declined_one_is_refused_as_the_api_refuses_it():
    text = ('[[contracts]]\nname = "C"\nstart = "1 May 2016"\nterm = "3+1+1"\nannual_value = "£100,000"\n'
            'options = ["declined", "exercised"]\n')
    with pytest.raises(cm.InvalidInputError, match=r"^test\.toml:1:1: \[commissioning\.contract\.003\] contracts\[0\]: "
                       r"option 2 has already been declined$") as caught:
        cm.Scenario.from_toml(text, "test.toml")
    assert caught.value.id == "commissioning.contract.003"
    api = cm.Contract("C", "", "1 May 2016", "3+1+1", annual_value="£100,000")
    api.decline(1)
    with pytest.raises(cm.InvalidInputError, match=r"^\[commissioning\.contract\.003\] option 2 has already been declined$"):
        api.exercise(2)


def _seeds():
    """examples/seeds.py: the seeds' models built with the Python API."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("seeds", ROOT / "examples" / "seeds.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_each_bundled_seed_scenario_equals_its_python_twin():
    """Issue 16: a decision written once as a file is the model the notebook builds, not just
    the same headline figure (the lots scenario's twin is in test_lots.py)."""
    seeds = _seeds()
    assert cm.load_scenario(KENT).appraisal == seeds.kent_2021()
    assert cm.load_scenario(SCENARIOS / "herefordshire-young-carers-2018.toml").appraisal == seeds.herefordshire_2018()
    (from_file,) = cm.load_scenario(SCENARIOS / "kent-young-carers-contract-2016.toml").contracts
    twin = seeds.kent_young_carers_2016()
    assert (from_file.current_value, from_file.current_end, from_file.options, from_file.modifications) == (
        twin.current_value, twin.current_end, twin.options, twin.modifications)


def test_the_early_help_scenario_equals_its_python_twin():
    """Seeds 002 and 003: the file's portfolio and proposal are the ones examples/seeds.py builds
    with cm.Portfolio and cm.PortfolioChange, and their figures are the golden profile's."""
    seeds = _seeds()
    path = SCENARIOS / "kent-early-help-2020.toml"
    scenario = cm.load_scenario(path)
    assert scenario.portfolio == seeds.early_help_2020()
    assert scenario.proposal == seeds.early_help_proposal_2020()
    assert scenario.proposal_caption == "Current spend per annum on these contracts"
    assert (scenario.contracts, scenario.envelope_positions, scenario.appraisal) == ([], [], None)
    golden = (SCENARIOS / "kent-early-help-2020.profile.expected").read_text(encoding="utf-8")
    proposal = scenario.proposal
    for line in proposal.before:
        assert f"{line.provider:<20}  {str(line.annual):>13}\n" in golden
    for words, total in (("Total current spend", proposal.before.total), ("Total revised projected spend", proposal.after.total)):
        assert re.search(rf"^{words} +{re.escape(str(total))}$", golden, re.M), words
    assert (f"Full-year saving £{proposal.full_year_saving.pounds:,.0f}; "
            f"in-year saving £{proposal.in_year_saving.pounds:,.0f}.") in golden
    assert (proposal.before.total, proposal.after.total) == (cm.Money("£2,924,295.28"), cm.Money("£1,924,295.28"))


def test_a_scenario_without_a_portfolio_has_none():
    scenario = cm.load_scenario(KENT)
    assert (scenario.portfolio, scenario.proposal, scenario.proposal_caption) == (None, None, "")
