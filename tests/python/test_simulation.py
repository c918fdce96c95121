"""Monte Carlo simulation from Python: the exact figures when nothing is uncertain, the same
numbers for a seed whatever the threads, samples as NumPy views, summaries as DataFrames."""

import pickle
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
        assert simulated.present_value_costs.mean == option.present_value_costs
        assert simulated.present_value_costs.sd == cm.Money(0)


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


def test_samples_are_read_only_arrays_in_pounds_that_outlive_the_result():
    samples = kent().simulate(inputs=inputs(), iterations=5_000, seed=3).option(IN_HOUSE).present_value_costs_samples
    assert isinstance(samples, np.ndarray) and samples.shape == (5_000,) and samples.dtype == np.float64
    assert not samples.flags.writeable
    result = kent().simulate(inputs=inputs(), iterations=5_000, seed=3)
    stat = result.option(IN_HOUSE).present_value_costs
    # Statistics are Money, the engine's pence rounded to the penny; samples are pounds.
    assert float(stat.mean.pounds) == pytest.approx(samples.mean(), abs=0.005 + 1e-9 * samples.mean())
    assert float(stat.p80.pounds) == pytest.approx(np.percentile(samples, 80), abs=0.005 + 1e-9 * samples.mean())
    assert cm.Money(np.percentile(samples, 80)) == stat.p80  # the same definition as NumPy's
    # Every iteration's PVC is whole pence.
    np.testing.assert_array_equal(np.round(samples * 100), samples * 100)


def test_risks_add_their_expected_value_and_occur_in_simulation():
    risks = cm.RiskRegister([cm.Risk.one_off("R1", "Procurement re-run", "Procurement lead", [EXTERNAL], 0.2, "£15,000", 2022)])
    assert risks.expected_value(EXTERNAL) == cm.Money("£3,000")
    exact = cm.apply_risks(kent(), risks).run().option(EXTERNAL).present_value_costs
    assert exact == cm.Money("£1,539,087.28")
    result = kent().simulate(risks=risks, iterations=20_000, seed=5)
    stat = result.option(EXTERNAL).present_value_costs
    assert abs(stat.mean - exact) <= 4 * stat.standard_error


def test_a_risks_years_are_read_as_every_other_years_are():
    by_label = cm.Risk.cost("R1", "Provider failure", "Commissioner", [EXTERNAL], 0.2, {"2022-23": "£50,000"})
    by_start_year = cm.Risk.cost("R1", "Provider failure", "Commissioner", [EXTERNAL], 0.2, [(2022, "£50,000")])
    assert by_label == by_start_year
    assert by_label.expected_value == cm.Money("£10,000")
    calendar_year = cm.FinancialYear(2022, start_month=1)  # a FinancialYear is kept as it is
    one_off = cm.Risk.one_off("R2", "Re-run", "Lead", [EXTERNAL], 0.5, "£1,000", calendar_year)
    assert one_off.__getstate__()[5] == [(calendar_year, cm.Money("£1,000"))]
    with pytest.raises(cm.OutOfRangeError, match=r"commissioning\.date\.003"):
        cm.Risk.one_off("R3", "Re-run", "Lead", [EXTERNAL], 0.5, "£1,000", 10**30)
    with pytest.raises(TypeError, match="a financial year must be"):
        cm.Risk.cost("R4", "Re-run", "Lead", [EXTERNAL], 0.5, {2022.5: "£1,000"})


def test_an_uncertain_input_moves_an_appraisal_input_and_pickles_it_as_one():
    moved = cm.UncertainInput(cm.AppraisalInput.category(IN_HOUSE, "staff"), cm.Distribution.uniform(0.9, 1.1))
    assert moved.__getstate__()[0] == cm.AppraisalInput.category(IN_HOUSE, "staff").__getstate__()
    assert pickle.loads(pickle.dumps(moved)) == moved
    assert moved.name == cm.AppraisalInput.category(IN_HOUSE, "staff").name
    with pytest.raises(TypeError):
        cm.UncertainInput(("costs", EXTERNAL, "", None), cm.Distribution.fixed(1))  # type: ignore[arg-type]


def test_summaries_go_to_pandas_in_exact_pounds():
    pytest.importorskip("pandas")
    result = kent().simulate(inputs=inputs(), iterations=2_000, seed=9)
    frame = result.to_pandas()
    assert list(frame.index) == ["Do nothing", IN_HOUSE, EXTERNAL]
    assert frame.loc["Do nothing", "pvc_mean"] == 0
    assert frame["probability_preferred"].sum() == pytest.approx(1)
    external = result.option(EXTERNAL).present_value_costs
    for field in ("mean", "sd", "standard_error", "min", "p10", "p50", "p80", "p90", "max"):
        assert frame.loc[EXTERNAL, f"pvc_{field}"] == getattr(external, field).pounds  # exact Decimal pounds


def test_every_statistic_is_money_and_reads_as_money():
    exact = kent().run().option(EXTERNAL).present_value_costs
    assert exact == cm.Money("£1,536,087.28")
    stat = kent().simulate(iterations=100, seed=3).option(EXTERNAL).present_value_costs
    for field in ("mean", "min", "p10", "p50", "p80", "p90", "max"):
        assert getattr(stat, field) == cm.Money("£1,536,087.28")
    assert stat.sd == stat.standard_error == stat.quantile_error == cm.Money(0)
    assert repr(stat) == (
        "<SimulationStatistic mean £1,536,087.28, sd £0.00, P10 £1,536,087.28, P50 £1,536,087.28, "
        "P80 £1,536,087.28, P90 £1,536,087.28, range £1,536,087.28 to £1,536,087.28>"
    )
    streamed = kent().simulate(inputs=inputs(), iterations=20_000, seed=3, keep_samples=False).option(IN_HOUSE)
    assert isinstance(streamed.present_value_costs.quantile_error, cm.Money)
    assert cm.Money(0) < streamed.present_value_costs.quantile_error < cm.Money("£2,000")
    assert "percentiles within £" in repr(streamed.present_value_costs)


def test_histograms_and_s_curves_are_in_pounds():
    result = kent().simulate(inputs=inputs(), iterations=5_000, seed=3)
    option = result.option(IN_HOUSE)
    counts, edges = option.present_value_costs_histogram
    assert counts.sum() == 5_000 and len(edges) == 51
    assert cm.Money(edges[0]) == option.present_value_costs.min
    assert cm.Money(edges[-1]) == option.present_value_costs.max
    np.testing.assert_array_equal(np.histogram(option.present_value_costs_samples, bins=50)[0], counts)
    upper, share = option.present_value_costs_s_curve
    np.testing.assert_array_equal(upper, edges[1:])
    assert share[-1] == 1.0 and np.all(np.diff(share) >= 0)


def test_the_envelope_exceedance_is_a_table_of_named_records():
    budget = cm.Envelope.flat("Young carers budget", "£340,000", 2022, 2026)
    payments = cm.UncertainInput(cm.AppraisalInput.line(EXTERNAL, "Contract payments"), cm.Distribution.uniform(1.0, 1.1))
    over = kent().simulate(inputs=[payments], iterations=2_000, seed=4, envelope=budget).option(EXTERNAL).over_envelope
    assert isinstance(over, tuple) and len(over) == 5
    first = over[0]
    assert isinstance(first, cm.EnvelopeExceedance)
    assert first.year == cm.FinancialYear(2022) and first.probability == 1.0  # £15,000 procurement on top: always over
    year, probability = over[1]
    assert year == cm.FinancialYear(2023)
    # £325,500 × u > £340,000 when u > 1.04455...: within four standard errors of 2,000 draws.
    p = (1.1 - 340_000 / 325_500) / 0.1
    assert abs(probability - p) < 4 * (p * (1 - p) / 2_000) ** 0.5
    pytest.importorskip("pandas")
    series = over.to_pandas()
    assert list(series.index) == ["2022-23", "2023-24", "2024-25", "2025-26", "2026-27"]
    assert series["2022-23"] == 1.0 and series["2023-24"] == probability


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


def test_a_simulated_figure_beyond_money_is_an_error_in_the_table_not_a_wrapped_amount():
    state = kent().simulate(iterations=100, seed=3).__getstate__()
    external = list(state[5][2])  # the options' states, field by field: name, viable, present_value_costs, ...
    for figure in (1e30, -1e30, float("nan")):
        external[2] = (figure, *external[2][1:])  # the mean of the present value of costs, in pence
        beyond = cm.SimulationResult.__new__(cm.SimulationResult)
        beyond.__setstate__((*state[:5], [*state[5][:2], tuple(external)]))
        with pytest.raises(cm.MoneyOverflowError, match=r"commissioning\.money\.005"):
            cm.simulation_table(beyond)


def test_the_inputs_table_puts_each_distribution_in_pounds_rates_or_months():
    correlation = np.eye(4)
    correlation[0, 3] = correlation[3, 0] = -0.25
    drawn = inputs() + [cm.UncertainInput.delay(IN_HOUSE, cm.Distribution.uniform(0, 6))]
    table = cm.simulation_inputs_table(kent(), drawn, correlation=correlation)
    assert table.caption == "Simulation inputs"
    rows = [[cell["text"] for cell in row["cells"]] for row in table.to_json()["rows"]]
    assert rows == [
        # £325,500 a year for five years, £1,627,500, × 0.9, × 1 and × 1.3.
        ["Running costs (Create a new service in-house)", "triangular: £1,464,750 / £1,627,500 / £2,115,750",
         "Delay (Create a new service in-house): -0.25"],
        # £1,627,500 + £15,000 = £1,642,500: mean × 1.02, sd × 0.05.
        ["Costs (Externally commission a new service)", "lognormal: mean £1,675,350, sd £82,125", "None"],
        ["Discount rate", "uniform: 2.8% to 4.2%", "None"],  # 3.5% × 0.8 and × 1.2
        ["Delay (Create a new service in-house)", "uniform: 0 months to 6 months",
         "Running costs (Create a new service in-house): -0.25"],
    ]
    result = kent().simulate(inputs=drawn, iterations=100, correlation=correlation)
    notes = cm.simulation_table(result, inputs=drawn, correlation=correlation).notes
    assert notes[1] == ("Uncertain input: Running costs (Create a new service in-house), triangular(0.9, 1, 1.3) times "
                        "its estimate, correlated -0.25 with Delay (Create a new service in-house).")
    assert notes[4] == ("Uncertain input: Delay (Create a new service in-house), uniform(0, 6) months, correlated "
                        "-0.25 with Running costs (Create a new service in-house).")
    assert cm.simulation_table(result).notes[1] == "Uncertain input: Running costs (Create a new service in-house)."


def test_a_scenarios_inputs_table_is_the_command_lines():
    path = Path(__file__).resolve().parents[2] / "examples/scenarios/kent-young-carers-2021.toml"
    table = cm.load_scenario(path).simulation_inputs_table()
    assert [row["cells"][0]["text"] for row in table.to_json()["rows"]] == [
        "Staff (Create a new service in-house)", "Non-staff (Create a new service in-house)",
        "Contract payments (Externally commission a new service)", "Discount rate"]
    printed = subprocess.run([sys.executable, "-m", "commissioning", "simulate", str(path), "--iterations", "10",
                              "--format", "md"], capture_output=True, check=True).stdout.decode()
    assert table.to_markdown() in printed


def test_parts_of_a_simulation_pickle_and_merge_into_the_whole_bit_for_bit():
    import pickle

    settings = dict(inputs=inputs(), iterations=4 * cm.SIMULATION_BLOCK_SIZE + 99, seed=11)
    for keep in (True, False):
        whole = cm.simulate(kent(), keep_samples=keep, **settings)
        assert cm.simulation_blocks(settings["iterations"]) == 5
        parts = [cm.simulate_blocks(kent(), a, b, keep_samples=keep, **settings) for a, b in ((0, 2), (2, 3), (3, 5))]
        parts = [pickle.loads(pickle.dumps(p)) for p in parts]  # as if from another process
        assert (parts[1].first_block, parts[1].last_block) == (2, 3)
        merged = parts[0].merge(parts[1].merge(parts[2])).result()
        assert merged == whole
        assert merged.option(IN_HOUSE).present_value_costs.p80 == whole.option(IN_HOUSE).present_value_costs.p80
        np.testing.assert_array_equal(
            merged.option(IN_HOUSE).present_value_costs_samples, whole.option(IN_HOUSE).present_value_costs_samples
        )
    with pytest.raises(cm.InvalidInputError, match=r"commissioning\.simulation\.006.*ends at block 2 but the second starts at block 3"):
        parts[0].merge(parts[2])
    with pytest.raises(cm.InvalidInputError, match=r"commissioning\.simulation\.006.*needs blocks 0 to 5, not 0 to 2"):
        parts[0].result()
    with pytest.raises(cm.InvalidInputError, match=r"commissioning\.simulation\.005"):
        cm.simulate_blocks(kent(), 4, 6, **settings)


# Issue 19: what the exact path refuses, the simulation refuses too; no infinity, no NaN.
def test_inputs_the_exact_path_refuses_are_refused_before_the_run():
    line = cm.AppraisalInput.line(EXTERNAL, "Contract payments")
    with pytest.raises(cm.InvalidInputError, match=r"commissioning\.sensitivity\.001.*uniform\(-5, -4\) can draw -5"):
        kent().simulate(inputs=[cm.UncertainInput(line, cm.Distribution.uniform(-5, -4))], iterations=10)
    with pytest.raises(cm.InvalidInputError, match=r"commissioning\.sensitivity\.001.*can draw -100 for Discount rate"):
        kent().simulate(inputs=[cm.UncertainInput(cm.AppraisalInput.discount_rate(), cm.Distribution.fixed(-100))],
                        iterations=10)
    with pytest.raises(cm.InvalidInputError, match=r"commissioning\.risk\.003.*can draw 1000000000 months"):
        kent().simulate(inputs=[cm.UncertainInput.delay(EXTERNAL, cm.Distribution.fixed(1e9))], iterations=10)


def test_figures_money_cannot_hold_are_overflow_errors():
    line = cm.AppraisalInput.line(EXTERNAL, "Contract payments")
    with pytest.raises(OverflowError, match=r"commissioning\.money\.005.*in iteration 0 is [0-9.]+e\+30[0-9] pence"):
        kent().simulate(inputs=[cm.UncertainInput(line, cm.Distribution.fixed(1e300))], iterations=10)
    both = [cm.UncertainInput(cm.AppraisalInput.line(IN_HOUSE, name), cm.Distribution.fixed(1.7e308))
            for name in ("Running costs", "TUPE and transition")]
    with pytest.raises(OverflowError, match=r"commissioning\.money\.005.*is inf pence"):
        kent().simulate(inputs=both, iterations=10)


def test_a_quantile_needs_a_probability_and_a_distribution_a_finite_width():
    uniform = cm.Distribution.uniform(0, 10)
    assert uniform.quantile(0) == 0 and uniform.quantile(1) == 10
    for u in (-0.1, 1.5, float("nan")):
        with pytest.raises(cm.InvalidInputError, match=r"commissioning\.distribution\.008"):
            uniform.quantile(u)
    with pytest.raises(cm.InvalidInputError, match=r"commissioning\.distribution\.001.*does not fit in a double"):
        cm.Distribution.uniform(-1.7e308, 1.7e308)
