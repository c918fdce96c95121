"""commissioning.distributed, 1 worker against 2: wall time of a 10,000,000-iteration simulation,
a 1,000,000-contract register profiled by financial year and a 1,000-appraisal sweep, on a
LocalCluster of worker processes with one thread each; and what is shipped to the workers,
measured with pickle. The figures are in benchmarks/README.md ("Distributed").

    python benchmarks/distributed_scaling.py            # the sizes above
    python benchmarks/distributed_scaling.py --quick    # a hundredth of them, a smoke run

Each case checks its answer against the single-process call (bit for bit, to the penny).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import pickle
import time
from typing import Any

import numpy as np
import pandas as pd

import commissioning as cm
from commissioning import distributed as cmd

IN_HOUSE = "In-house"
EXTERNAL = "External"


def appraisal() -> cm.Appraisal:
    nothing = cm.Option("Do nothing", kind="do_nothing")
    in_house = (
        cm.Option(IN_HOUSE, kind="in_house")
        .add(cm.AppraisalLine.recurring("Staff", "cost", "staff", "£325,500", 2022, 2031))
        .add(cm.AppraisalLine.one_off("TUPE and transition", "cost", "tupe_and_transition", "£40,000", 2022))
    )
    external = (
        cm.Option(EXTERNAL, kind="external_commission")
        .add(cm.AppraisalLine.recurring("Contract payments", "cost", "contract_payments", "£325,500", 2022, 2031))
        .add(cm.AppraisalLine.one_off("Procurement", "cost", "procurement", "£15,000", 2022))
    )
    return cm.Appraisal("Benchmark", [nothing, in_house, external], base_year=2022, years=10)


def inputs() -> list[cm.UncertainInput]:
    return [
        cm.UncertainInput(cm.AppraisalInput.line(IN_HOUSE, "Staff"), cm.Distribution.triangular(0.9, 1.0, 1.3)),
        cm.UncertainInput(cm.AppraisalInput.costs(EXTERNAL), cm.Distribution.lognormal(1.02, 0.05)),
        cm.UncertainInput(cm.AppraisalInput.discount_rate(), cm.Distribution.uniform(0.8, 1.2)),
    ]


def register(count: int) -> pd.DataFrame:
    rng = np.random.default_rng(20220501)
    starts = [dt.date(2016, 1, 1) + dt.timedelta(days=int(d)) for d in rng.integers(0, 3000, size=count)]
    terms = rng.choice(["3", "2+1", "3+1+1", "5+2"], size=count)
    return pd.DataFrame({
        "start": [s.isoformat() for s in starts],
        "term": terms,
        "annual": [str(cm.Money.from_pence(int(p))) for p in rng.integers(100_00, 1_000_000_00, size=count)],
        "exercised": [t.count("+") if k % 2 else 0 for k, t in enumerate(terms)],
    })


def timed(run: Any) -> tuple[float, Any]:
    start = time.perf_counter()
    answer = run()
    return time.perf_counter() - start, answer


def main() -> None:
    import dask.dataframe as dd
    from distributed import Client, LocalCluster

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--only", nargs="*", choices=("simulation", "register", "sweep"),
                        default=("simulation", "register", "sweep"), help="the cases to run (all by default)")
    args = parser.parse_args()
    run = set(args.only)
    scale = 100 if args.quick else 1
    iterations, contracts, appraisals = 10_000_000 // scale, 1_000_000 // scale, 1_000 // scale

    base = appraisal()
    settings = dict(inputs=inputs(), iterations=iterations, seed=2024, keep_samples=False)
    frame = register(contracts)
    grid = {cm.AppraisalInput.line(IN_HOUSE, "Staff"): [f"{0.9 + k / 1000:.3f}" for k in range(appraisals // 10)],
            cm.AppraisalInput.discount_rate(): [f"{0.8 + k / 20:.2f}" for k in range(10)]}

    print(f"load average before: {' / '.join(f'{x:.2f}' for x in os.getloadavg())}; {os.cpu_count()} cores")
    if "simulation" in run:
        local_time, local = timed(lambda: cm.simulate(base, **settings))
        print(f"simulation, {iterations:,} iterations, streamed, in this process (cm.simulate): {local_time:.2f} s")
    if "register" in run:
        local_profile_time, local_profile = timed(lambda: cmd.profile_register(frame))
        print(f"register, {contracts:,} contracts, in this process: {local_profile_time:.2f} s")
    if "sweep" in run:
        local_sweep_time, local_sweep = timed(lambda: cmd.sweep(base=base, grid=grid))
        print(f"sweep, {appraisals:,} appraisals, in this process: {local_sweep_time:.2f} s")

    for workers in (1, 2):
        with LocalCluster(n_workers=workers, processes=True, threads_per_worker=1, dashboard_address=None,
                          silence_logs=50) as cluster, Client(cluster) as client:
            if "simulation" in run:
                seconds, result = timed(lambda: cmd.simulate(base, client=client, **settings))
                assert result == local
                print(f"{workers} worker(s): simulation {seconds:.2f} s (bit for bit the local result)")
            if "register" in run:
                ddf = dd.from_pandas(frame, npartitions=8)
                seconds, profile = timed(lambda: cmd.profile_register(ddf, client=client))
                pd.testing.assert_series_equal(profile, local_profile)
                print(f"{workers} worker(s): register {seconds:.2f} s (to the penny)")
            if "sweep" in run:
                seconds, swept = timed(lambda: cmd.sweep(base=base, grid=grid, client=client))
                pd.testing.assert_frame_equal(swept, local_sweep)
                print(f"{workers} worker(s): sweep {seconds:.2f} s (the same frame)")
    print(f"load average after: {' / '.join(f'{x:.2f}' for x in os.getloadavg())}")

    if "simulation" not in run:
        return
    # What is shipped: the scattered spec once a worker, a part back per task.
    spec = cmd._SimulationSpec(base, cmd._settings(inputs(), None, iterations, 2024, 1, None, False, 50, None))
    blocks = cm.simulation_blocks(iterations)
    streamed_part = cm.simulate_blocks(base, 100, 200, **settings) if blocks >= 200 else cm.simulate_blocks(base, 1, blocks, **settings)
    kept_part = cm.simulate_blocks(base, 1, 2, **{**settings, "keep_samples": True})
    first_part = cm.simulate_blocks(base, 0, min(blocks, 100), **settings)
    print(f"pickled: the spec (appraisal, 3 inputs, settings) {len(pickle.dumps(spec)):,} bytes; "
          f"a streamed part of 100 blocks {len(pickle.dumps(streamed_part)):,} bytes; "
          f"a streamed part from block 0 {len(pickle.dumps(first_part)):,} bytes; "
          f"one block with samples kept {len(pickle.dumps(kept_part)):,} bytes; "
          f"a sweep batch of 25 appraisals {len(pickle.dumps(cmd.sweep_cases(base=base, grid=grid)[:25])):,} bytes")


if __name__ == "__main__":
    main()
