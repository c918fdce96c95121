"""Monte Carlo simulation from Python: the exact figures when nothing is uncertain, the same
numbers for a seed whatever the threads, samples as NumPy views, summaries as DataFrames."""

import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

import commissioning as cm

DUTY = "assess the needs of young carers (Children and Families Act 2014)"
IN_HOUSE = "Create a new service in-house"
EXTERNAL = "Externally commission a new service"


def kent() -> cm.Appraisal:
    nothing = cm.Option("Do nothing", kind="do_nothing").duty(DUTY, met=False)
    in_house = (
        cm.Option(IN_HOUSE, kind="in_house")
        .add(cm.AppraisalLine.recurring("Running costs", "cost", "staff", "£325,500", 2022, 2026))
        .add(cm.AppraisalLine.one_off("TUPE and transition", "cost", "tupe_and_transition", "£40,000", 2022))
        .duty(DUTY, met=True)
    )
    external = (
        cm.Option(EXTERNAL, kind="external_commission")
        .add(cm.AppraisalLine.recurring("Contract payments", "cost", "contract_payments", "£325,500", 2022, 2026))
        .add(cm.AppraisalLine.one_off("Procurement", "cost", "procurement", "£15,000", 2022))
        .duty(DUTY, met=True)
    )
    return cm.Appraisal("Kent young carers", [nothing, in_house, external], base_year=2022, years=5)


def inputs() -> list[cm.UncertainInput]:
    return [
        cm.UncertainInput(cm.AppraisalInput.line(IN_HOUSE, "Running costs"), cm.Distribution.triangular(0.9, 1.0, 1.3)),
        cm.UncertainInput(cm.AppraisalInput.costs(EXTERNAL), cm.Distribution.lognormal(1.02, 0.05)),
        cm.UncertainInput(cm.AppraisalInput.discount_rate(), cm.Distribution.uniform(0.8, 1.2)),
    ]


def test_with_nothing_uncertain_the_mean_is_the_exact_appraisal():
    appraisal = kent()
    exact = appraisal.run()
    result = appraisal.simulate(iterations=100, seed=1)
    for option in exact.options:
        simulated = result.option(option.name)
        assert round(simulated.present_value_costs.mean) == option.present_value_costs.pence
        assert simulated.present_value_costs.sd == 0


def test_a_seed_gives_the_same_numbers_whatever_the_threads():
    correlation = np.eye(3)
    correlation[0, 1] = correlation[1, 0] = 0.5
    runs = [
        cm.simulate(kent(), inputs=inputs(), iterations=20_000, seed=42, threads=t, correlation=correlation)
        for t in (1, 2, 4)
    ]
    for run in runs[1:]:
        for a, b in zip(runs[0].options, run.options):
            assert a.present_value_costs.mean == b.present_value_costs.mean
            assert a.present_value_costs.p80 == b.present_value_costs.p80
            np.testing.assert_array_equal(a.present_value_costs_samples, b.present_value_costs_samples)


def test_samples_are_numpy_views_that_outlive_the_result():
    samples = kent().simulate(inputs=inputs(), iterations=5_000, seed=3).option(IN_HOUSE).present_value_costs_samples
    assert isinstance(samples, np.ndarray) and samples.shape == (5_000,)
    assert not samples.flags.writeable and not samples.flags.owndata  # a view of the engine's vector
    result = kent().simulate(inputs=inputs(), iterations=5_000, seed=3)
    stat = result.option(IN_HOUSE).present_value_costs
    assert samples.mean() == pytest.approx(stat.mean, rel=1e-12)
    assert np.percentile(samples, 80) == pytest.approx(stat.p80, rel=1e-12)  # the same definition as NumPy's


def test_risks_add_their_expected_value_and_occur_in_simulation():
    risks = cm.RiskRegister([cm.Risk.one_off("R1", "Procurement re-run", "Procurement lead", [EXTERNAL], 0.2, "£15,000", 2022)])
    assert risks.expected_value(EXTERNAL) == cm.Money("£3,000")
    exact = cm.apply_risks(kent(), risks).run().option(EXTERNAL).present_value_costs
    assert exact == cm.Money("£1,539,087.28")
    result = kent().simulate(risks=risks, iterations=20_000, seed=5)
    stat = result.option(EXTERNAL).present_value_costs
    assert stat.mean == pytest.approx(exact.pence, abs=4 * stat.standard_error)


def test_summaries_go_to_pandas_in_pounds():
    pytest.importorskip("pandas")
    frame = kent().simulate(inputs=inputs(), iterations=2_000, seed=9).to_pandas()
    assert list(frame.index) == ["Do nothing", IN_HOUSE, EXTERNAL]
    assert frame.loc["Do nothing", "pvc_mean"] == 0
    assert frame["probability_preferred"].sum() == pytest.approx(1)


def test_bad_parameters_raise_the_documented_errors():
    with pytest.raises(cm.InvalidInputError, match=r"commissioning\.distribution\.002"):
        cm.Distribution.triangular(1.2, 1.0, 0.9)
    with pytest.raises(ValueError, match=r"commissioning\.correlation\.004"):
        cm.simulate(kent(), inputs=inputs(), correlation=[[1, 0.9, -0.9], [0.9, 1, 0.9], [-0.9, 0.9, 1]])
    with pytest.raises(ValueError, match=r"commissioning\.risk\.002"):
        cm.Risk.delay("R1", "Late", "Owner", [IN_HOUSE], 1.5, 6)


def test_the_kent_example_prints_what_its_cpp_twin_prints():
    examples = Path(__file__).resolve().parents[2] / "examples"
    result = subprocess.run([sys.executable, str(examples / "simulation.py")], capture_output=True, check=True)
    assert result.stderr == b""
    assert result.stdout == (examples / "simulation.expected").read_bytes()


def test_the_simulation_summary_table_shows_the_exact_figures_when_nothing_is_uncertain():
    table = cm.simulation_table(kent().simulate(iterations=100, seed=3))
    assert table.caption == "Simulation of the present value of costs (100 iterations, seed 3)"
    rows = {row["cells"][0]["text"]: row["cells"] for row in table.to_json()["rows"]}
    external = rows[EXTERNAL]
    # £15,000 + £325,500 a year for five years from year 0: £1,536,087.28 in every iteration.
    assert [cell["value"] for cell in external[1:5]] == ["1536087.28"] * 4
    assert external[6]["text"] == "100.0%"
    assert rows["Do nothing (not viable)"][6]["text"] == "0.0%"
