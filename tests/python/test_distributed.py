"""commissioning.distributed on a real scheduler: a LocalCluster of two worker processes.

Simulations spread over the workers are the local simulation bit for bit, sweeps and register
totals are the single-process call's to the penny, and a worker killed mid-run changes
nothing. One cluster serves the whole module (its start-up is most of this file's time).
"""

import datetime as dt
import os
import signal
import time

import numpy as np
import pytest

import commissioning as cm

distributed = pytest.importorskip("distributed")
dd = pytest.importorskip("dask.dataframe")
pd = pytest.importorskip("pandas")

from commissioning import distributed as cmd  # noqa: E402  (after the skips: the extra may be absent)

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


def settings() -> dict:
    correlation = np.eye(3)
    correlation[0, 1] = correlation[1, 0] = 0.5
    return dict(
        inputs=[
            cm.UncertainInput(cm.AppraisalInput.line(IN_HOUSE, "Running costs"), cm.Distribution.triangular(0.9, 1.0, 1.3)),
            cm.UncertainInput(cm.AppraisalInput.costs(EXTERNAL), cm.Distribution.lognormal(1.02, 0.05)),
            cm.UncertainInput(cm.AppraisalInput.discount_rate(), cm.Distribution.uniform(0.8, 1.2)),
        ],
        risks=cm.RiskRegister([cm.Risk.one_off("R1", "Procurement re-run", "Procurement lead", [EXTERNAL], 0.2, "£15,000", 2022)]),
        correlation=correlation,
        envelope=cm.Envelope.flat("Young carers budget", "£340,000", 2022, 2026),
        seed=2021,
    )


@pytest.fixture(scope="module")
def client():
    # Two worker processes of one thread each, no dashboard (it would need bokeh). The scheduler's
    # HTTP server still listens, on 8787 unless told otherwise: on a free port, so that the
    # notebook's cluster, which a parallel test run may start meanwhile, keeps 8787 quietly.
    with distributed.LocalCluster(
        n_workers=2,
        processes=True,
        threads_per_worker=1,
        dashboard_address=None,
        scheduler_kwargs={"dashboard_address": ":0"},
        silence_logs=50,
    ) as cluster, distributed.Client(cluster) as c:
        yield c


def test_a_simulation_on_two_workers_is_the_local_simulation_bit_for_bit(client):
    iterations = 6 * cm.SIMULATION_BLOCK_SIZE + 77
    for keep in (True, False):
        local = cm.simulate(kent(), iterations=iterations, keep_samples=keep, **settings())
        for tasks in (None, 2, 7):  # default (four a worker thread: 7 blocks, 7 tasks), 2, one a block
            spread = cmd.simulate(kent(), client=client, iterations=iterations, keep_samples=keep, tasks=tasks, **settings())
            assert spread == local
        # The same split, in this process.
        assert cmd.simulate(kent(), iterations=iterations, keep_samples=keep, tasks=3, **settings()) == local
    assert isinstance(local.option(EXTERNAL).present_value_costs.p80, cm.Money)
    assert len(local.option(EXTERNAL).over_envelope) == 5  # compared above with the rest


def test_bad_settings_are_the_library_errors_before_anything_runs(client):
    with pytest.raises(cm.InvalidInputError, match=r"commissioning\.simulation\.001.*got 0"):
        cmd.simulate(kent(), client=client, iterations=0)
    with pytest.raises(ValueError, match="at least 1 task"):
        cmd.simulate(kent(), client=client, tasks=0)


def test_a_sweep_over_a_grid_is_the_local_sweep_and_the_exact_appraisals(client):
    payments = cm.AppraisalInput.line(EXTERNAL, "Contract payments")
    rate = cm.AppraisalInput.discount_rate()
    grid = {payments: ["0.9", "1", "1.1"], rate: ["0.8", "1", "1.2"]}
    spread = cmd.sweep(base=kent(), grid=grid, client=client, batch=2)
    local = cmd.sweep(base=kent(), grid=grid)
    pd.testing.assert_frame_equal(spread, local)
    assert len(spread) == 9 * 3
    row = spread[(spread["case"] == "Contract payments (Externally commission a new service) × 1, Discount rate × 1")
                 & (spread["option"] == EXTERNAL)].iloc[0]
    # £15,000 + £325,500 a year for five years from year 0, at 3.5%: seed 000's £1,536,087.28.
    assert row["present_value_costs"] == cm.Money("£1,536,087.28").pounds
    moved = rate.apply(payments.apply(kent(), "1.1"), "0.8").run().option(EXTERNAL)
    row = spread[(spread["case"] == "Contract payments (Externally commission a new service) × 1.1, Discount rate × 0.8")
                 & (spread["option"] == EXTERNAL)].iloc[0]
    assert row["present_value_costs"] == moved.present_value_costs.pounds
    assert row["net_present_social_value"] == moved.net_present_social_value.pounds


def test_a_sweep_of_named_appraisals_with_simulation(client):
    cases = {"as estimated": kent(), "payments up 10%": cm.AppraisalInput.costs(EXTERNAL).apply(kent(), "1.1")}
    frame = cmd.sweep(cases, simulation=dict(iterations=3_000, seed=5, **{k: v for k, v in settings().items() if k != "seed"}),
                      client=client)
    assert list(frame["case"].unique()) == ["as estimated", "payments up 10%"]
    simulated = kent().simulate(iterations=3_000, seed=5, **{k: v for k, v in settings().items() if k != "seed"})
    row = frame[(frame["case"] == "as estimated") & (frame["option"] == IN_HOUSE)].iloc[0]
    assert row["pvc_p80"] == simulated.option(IN_HOUSE).present_value_costs.p80.pounds
    assert row["probability_preferred"] == simulated.option(IN_HOUSE).probability_preferred


def register(count: int) -> pd.DataFrame:
    """A seeded register: random starts, terms, values and uplifts, plus one hand-worked row."""
    rng = np.random.default_rng(20220501)
    starts = [dt.date(2016, 1, 1) + dt.timedelta(days=int(d)) for d in rng.integers(0, 3000, size=count)]
    terms = rng.choice(["3", "2+1", "3+1+1", "5+2"], size=count)
    pence = rng.integers(100_00, 1_000_000_00, size=count)
    frame = pd.DataFrame({
        "name": [f"Contract {k}" for k in range(count)],
        "start": [s.isoformat() for s in starts],
        "term": terms,
        "annual": [str(cm.Money.from_pence(int(p))) for p in pence],
        "exercised": [t.count("+") if k % 2 else 0 for k, t in enumerate(terms)],
        "uplift": ["2.5%" if k % 3 == 0 else None for k in range(count)],
    })
    # Seed 004: from 1 May 2016, £325,484 a year for six years: 2016-17 is 11/12 of it.
    frame.loc[0] = ["Seed 004", "2016-05-01", "6", "£325,484", 0, None]
    return frame


def contracts_of(frame: pd.DataFrame) -> list[cm.Contract]:
    contracts = []
    for row in frame.itertuples(index=False):
        c = cm.Contract(row.name, "", row.start, cm.Term(row.term), annual_value=row.annual,
                        uplift=None if pd.isna(row.uplift) else row.uplift)
        for option in range(1, int(row.exercised) + 1):
            c.exercise(option)
        contracts.append(c)
    return contracts


def test_a_register_profiled_partition_by_partition_adds_up_to_the_penny(client):
    frame = register(2_000)
    spread = cmd.profile_register(dd.from_pandas(frame, npartitions=5), client=client)
    local = cmd.profile_register(frame)
    pd.testing.assert_series_equal(spread, local)
    by_year: dict[str, int] = {}
    for contract in contracts_of(frame):
        for year in contract.profile():
            by_year[year.year.label] = by_year.get(year.year.label, 0) + year.amount.pence
    assert {k: cm.Money(v).pence for k, v in local.items()} == by_year
    one = cmd.profile_register(frame.iloc[:1])
    assert one["2016-17"] == cm.Money("£298,360.33").pounds  # 11/12 of £325,484
    assert one["2022-23"] == cm.Money("£27,123.67").pounds  # the last month


def test_a_register_set_against_an_envelope_is_the_single_process_assessment(client):
    frame = register(600)
    budget = cm.Envelope.flat("Commissioning budget", "£150,000,000", 2018, 2024)
    spread = cmd.assess_register(budget, dd.from_pandas(frame, npartitions=3), client=client)
    single = cm.assess(budget, contracts_of(frame))
    assert [(y.year, y.committed, y.headroom) for y in spread.years] == [(y.year, y.committed, y.headroom) for y in single.years]
    assert spread.total_committed == single.total_committed and spread.total_headroom == single.total_headroom


def test_a_worker_killed_mid_run_is_replaced_without_changing_the_result(client):
    big = dict(iterations=60 * cm.SIMULATION_BLOCK_SIZE, keep_samples=False, **settings())
    local = cm.simulate(kent(), **big)
    before = set(client.scheduler_info()["workers"])
    job = cmd.submit_simulation(kent(), client=client, tasks=4, **big)
    while not any(client.processing().values()):  # wait for a part to start running
        time.sleep(0.01)
    victim = next(worker for worker, keys in client.processing().items() if keys)
    pid = client.run(os.getpid, workers=[victim])[victim]
    os.kill(pid, signal.SIGKILL)  # the worker process dies at once, its running part with it
    assert job.result() == local
    # The scheduler saw a part's worker die under it: the part was run again, elsewhere.
    keys = {f.key for f in job.futures}
    suspicious = client.run_on_scheduler(lambda dask_scheduler: {k: dask_scheduler.tasks[k].suspicious for k in keys})
    assert sum(suspicious.values()) >= 1
    client.wait_for_workers(2)
    assert victim not in client.scheduler_info()["workers"] and len(before) == 2
