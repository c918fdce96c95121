"""Scenario files from Python: the same model objects as the Python API, located errors."""

from pathlib import Path

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
