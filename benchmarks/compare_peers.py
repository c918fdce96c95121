"""Time commissioning against what an analyst would use instead, side by side in one run.

    pip install -r requirements/bench.txt          # numpy-financial, pyxirr, NumPy (pinned)
    python benchmarks/compare_peers.py             # a few minutes
    python benchmarks/compare_peers.py --quick     # a tenth of the sizes, a smoke run

Each case first checks that commissioning and its peer give the same answers (the tolerance is
in the case: numpy-financial's own rtol of 1e-9 where the computation is the same; the
peer's stated convergence where it solves iteratively), then times each best-of-N in this one
process, and prints the table recorded in benchmarks/README.md ("Peers"): case | commissioning
| peer | peer / commissioning | target. Above 1, commissioning is faster. A case without a peer
(contracts, the appraisal) gives its throughput instead. No test asserts a timing; the machine
and its load are printed so that a reader can judge the figures.
"""

from __future__ import annotations

import argparse
import datetime as dt
import math
import os
import platform
import re
import sys
import time
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy_financial as npf
import pyxirr

import commissioning as cm

sys.path.insert(0, str(Path(__file__).resolve().parent))
import simulation_numpy  # noqa: E402  (the Monte Carlo model in NumPy, shared with compare_simulation.py)

NPF_1_1 = npf.__version__ >= "1.1"


@dataclass
class Case:
    name: str
    ours: Callable[[], Any]
    peer: str = ""
    theirs: Callable[[], Any] | None = None
    target: float | None = None  # peer time / our time to reach
    check: Callable[[Any, Any], None] | None = None
    items: int = 0  # with no peer: items per call, for a throughput
    unit: str = ""
    repeat: int | None = None
    min_rate: float | None = None  # with no peer: the throughput to reach, items / s


def close(rtol: float, atol: float = 0.0) -> Callable[[Any, Any], None]:
    def check(ours: Any, theirs: Any) -> None:
        np.testing.assert_allclose(np.asarray(ours, dtype=float), np.asarray(theirs, dtype=float),
                                   rtol=rtol, atol=atol, equal_nan=True)
    return check


def best_of(function: Callable[[], Any], repeat: int) -> float:
    best = math.inf
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        best = min(best, time.perf_counter() - start)
    return best


# ---------------------------------------------------------------- the financial functions

def financial_cases(scale: int) -> list[Case]:
    rng = np.random.default_rng(42)
    rates = rng.uniform(0.0001, 0.02, size=1_000_000 // scale)
    per = rng.integers(1, 361, size=rates.size).astype(float)
    npv_flows = rng.uniform(0, 1000, size=1000)
    npv_flows[0] = -250_000.0
    npv_rates = rng.uniform(0.0, 0.2, size=10_000 // scale)
    series = rng.uniform(0, 1000, size=(10_000 // scale, 10))
    series[:, 0] = -2500.0
    rate_pmts = rng.uniform(-2000, -1000, size=100_000 // scale)
    mirr_rates = rng.uniform(0.0, 0.1, size=2)

    # 100 dated payments: an outlay, then 99 receipts on random days of the next five years.
    first = dt.date(2024, 4, 1)
    dates = [first] + sorted(first + dt.timedelta(days=int(d)) for d in rng.integers(1, 5 * 365, size=99))
    amounts = [-1_000_000.0] + [float(a) for a in rng.uniform(5_000, 25_000, size=99)]
    xirr_calls = 1000 // scale
    xirr_batch = rng.uniform(5_000, 25_000, size=(xirr_calls, 100))
    xirr_batch[:, 0] = -1_000_000.0
    xirr_batch_lists = [row.tolist() for row in xirr_batch]

    npf_fn = "numpy-financial " + npf.__version__
    # pyxirr stops within about 1e-9 of the root (its xnpv there is ~1e-9 of the flows);
    # commissioning's steps stop below 1e-10, where Newton's method has all but reached it.
    xirr_close = close(1e-9, 1e-9)

    # numpy-financial 1.0.0 takes one series (and npv one rate) at a time; 1.1.0 takes arrays.
    n_elements = f"{rates.size:,} rates"
    cases = [
        Case(f"cm.fin.pmt, {n_elements}", lambda: cm.fin.pmt(rates, 360, 200_000),
             npf_fn, lambda: npf.pmt(rates, 360, 200_000), 2, close(1e-9)),
        Case(f"cm.fin.pmt, {n_elements}", lambda: cm.fin.pmt(rates, 360, 200_000),
             "pyxirr.pmt (arrays)", lambda: pyxirr.pmt(rates, 360, 200_000), 1, close(1e-9)),
        Case(f"cm.fin.fv, {n_elements}", lambda: cm.fin.fv(rates, 360, -1000, 0),
             npf_fn, lambda: npf.fv(rates, 360, -1000, 0), 2, close(1e-9)),
        Case(f"cm.fin.pv, {n_elements}", lambda: cm.fin.pv(rates, 360, -1000),
             npf_fn, lambda: npf.pv(rates, 360, -1000), 2, close(1e-9)),
        Case(f"cm.fin.ipmt, {n_elements}, each its own period", lambda: cm.fin.ipmt(rates, per, 360, 200_000),
             npf_fn, lambda: npf.ipmt(rates, per, 360, 200_000), 2, close(1e-9)),
        Case(f"cm.fin.ppmt, {n_elements}, each its own period", lambda: cm.fin.ppmt(rates, per, 360, 200_000),
             npf_fn, lambda: npf.ppmt(rates, per, 360, 200_000), 2, close(1e-9)),
        Case(f"cm.fin.nper, {n_elements}", lambda: cm.fin.nper(rates, -2000, 200_000),
             npf_fn, lambda: npf.nper(rates, -2000, 200_000), 2, close(1e-9)),
        Case(f"cm.fin.rate, {rate_pmts.size:,} problems", lambda: cm.fin.rate(120, rate_pmts, 100_000, 0),
             npf_fn, lambda: npf.rate(120, rate_pmts, 100_000, 0), 2, close(1e-9)),
        Case(f"cm.fin.npv, {npv_flows.size:,} flows x {npv_rates.size:,} rates", lambda: cm.fin.npv(npv_rates, npv_flows),
             "NumPy (1/(1+r))**t @ flows",
             lambda: (1 / (1 + npv_rates[:, None])) ** np.arange(npv_flows.size) @ npv_flows, 1, close(1e-9, 1e-6)),
        Case(f"cm.fin.npv, {npv_flows.size:,} flows x {npv_rates.size:,} rates", lambda: cm.fin.npv(npv_rates, npv_flows),
             npf_fn + ("" if NPF_1_1 else ", a loop over rates"),
             (lambda: npf.npv(npv_rates, npv_flows)) if NPF_1_1
             else (lambda: np.array([npf.npv(r, npv_flows) for r in npv_rates])), 2, close(1e-9, 1e-6)),
        Case(f"cm.fin.mirr, {series.shape[0]:,} series of {series.shape[1]} flows",
             lambda: cm.fin.mirr(series, mirr_rates[0], mirr_rates[1]),
             npf_fn + ("" if NPF_1_1 else ", a loop over series"),
             (lambda: npf.mirr(series, mirr_rates[0], mirr_rates[1])) if NPF_1_1
             else (lambda: np.array([npf.mirr(row, mirr_rates[0], mirr_rates[1]) for row in series])), 2, close(1e-9)),
        Case(f"cm.fin.irr, {series.shape[0]:,} series of {series.shape[1]} flows", lambda: cm.fin.irr(series),
             "a Python loop over pyxirr.irr", lambda: [pyxirr.irr(row) for row in series], 3, close(1e-9)),
        Case(f"cm.fin.irr, {series.shape[0]:,} series of {series.shape[1]} flows", lambda: cm.fin.irr(series),
             npf_fn + ("" if NPF_1_1 else ", a loop over series"),
             (lambda: npf.irr(series)) if NPF_1_1 else (lambda: np.array([npf.irr(row) for row in series])), 2,
             close(1e-9)),
        Case(f"cm.fin.xirr, 100 dated payments, {xirr_calls:,} calls",
             lambda: [cm.fin.xirr(amounts, dates) for _ in range(xirr_calls)],
             "pyxirr.xirr, as many calls", lambda: [pyxirr.xirr(dates, amounts) for _ in range(xirr_calls)], 1,
             xirr_close),
    ]
    try:  # the batch form: rows of a 2-D array, one set of dates
        cm.fin.xirr(xirr_batch[:2], dates)
        batch = True
    except (TypeError, ValueError):
        batch = False  # a commissioning without it
    if batch:
        cases.append(Case(f"cm.fin.xirr of a 2-D array: {xirr_calls:,} series of 100 dated payments",
                          lambda: cm.fin.xirr(xirr_batch, dates),
                          "a Python loop over pyxirr.xirr", lambda: [pyxirr.xirr(dates, row) for row in xirr_batch_lists],
                          1, xirr_close))  # issue 15 asks for a batch form, no figure: at least the loop
    return cases


# ---------------------------------------------------------------- appraisal and simulation

def simulation_model() -> tuple[cm.Appraisal, list[cm.UncertainInput], np.ndarray]:
    """benchmarks/simulation_benchmark.cpp's model (simulation_numpy.py's), built from Python."""
    first, second, last = "2024-25", "2025-26", "2033-34"
    line = cm.AppraisalLine
    nothing = cm.Option("Do nothing", "do_nothing").add(
        line.recurring("Spot purchase", "cost", "non_staff", "£400,000", first, last))
    in_house = (cm.Option("In-house", "in_house")
                .add(line.recurring("Staff", "cost", "staff", "£250,000", first, last))
                .add(line.recurring("Non-staff", "cost", "non_staff", "£80,000", first, last))
                .add(line.one_off("Mobilisation", "cost", "mobilisation", "£120,000", first))
                .add(line.recurring("Avoided placements", "benefit", "other", "£60,000", second, last)))
    external = (cm.Option("External", "external_commission")
                .add(line.recurring("Contract payments", "cost", "contract_payments", "£310,000", first, last))
                .add(line.one_off("Procurement", "cost", "procurement", "£25,000", first))
                .add(line.recurring("Avoided placements", "benefit", "other", "£40,000", second, last)))
    appraisal = cm.Appraisal("Simulation benchmark", [nothing, in_house, external], base_year=first, years=10)
    d, i = cm.Distribution, cm.AppraisalInput
    inputs = [
        cm.UncertainInput(i.line("Do nothing", "Spot purchase"), d.lognormal(1.05, 0.10)),
        cm.UncertainInput(i.line("In-house", "Staff"), d.triangular(0.95, 1.0, 1.25)),
        cm.UncertainInput(i.line("External", "Contract payments"), d.triangular(0.97, 1.0, 1.15)),
        cm.UncertainInput(i.line("In-house", "Non-staff"), d.lognormal(1.0, 0.08)),
        cm.UncertainInput(i.line("In-house", "Mobilisation"), d.triangular(0.9, 1.0, 1.6)),
        cm.UncertainInput(i.line("External", "Procurement"), d.triangular(0.8, 1.0, 1.5)),
        cm.UncertainInput(i.benefits("In-house"), d.lognormal(0.9, 0.2)),
        cm.UncertainInput(i.benefits("External"), d.lognormal(0.95, 0.15)),
        cm.UncertainInput(i.discount_rate(), d.triangular(0.8, 1.0, 1.2)),
        cm.UncertainInput(i.costs("External"), d.lognormal(1.0, 0.05)),
    ]
    correlation = np.eye(10)
    correlation[1, 2] = correlation[2, 1] = 0.6
    return appraisal, inputs, correlation


def same_mean_costs(ours: Any, theirs: dict) -> None:
    """Different generators: the mean PVCs must agree within 5 combined standard errors."""
    for option, name in zip(ours.options, simulation_numpy.NAMES, strict=True):
        stat = option.present_value_costs
        mean, se = float(stat.mean.pence), float(stat.standard_error.pence)  # Money to pence, as in the NumPy model
        gap = abs(mean - theirs[name]["pvc"]["mean"]) / math.hypot(se, theirs[name]["pvc"]["se"])
        assert gap < 5, f"{name}: mean PVCs {gap:.1f} standard errors apart"


def model_cases(scale: int) -> list[Case]:
    appraisal, inputs, correlation = simulation_model()
    iterations = 1_000_000 // scale

    def simulate(threads: int) -> Any:
        return cm.simulate(appraisal, inputs=inputs, iterations=iterations, seed=2024, threads=threads,
                           correlation=correlation, keep_samples=True)

    rng = np.random.default_rng(20220501)
    count = 10_000 // scale
    starts = [dt.date(2016, 1, 1) + dt.timedelta(days=int(d)) for d in rng.integers(0, 5479, size=count)]
    bases, options = rng.integers(1, 6, size=count).tolist(), rng.integers(0, 3, size=count).tolist()
    pence, indexed = rng.integers(1, 1_000_000_001, size=count).tolist(), (rng.integers(0, 2, size=count) == 1).tolist()

    def contracts() -> list[Any]:
        profiles = []
        for start, base, extra, p, uplifted in zip(starts, bases, options, pence, indexed, strict=True):
            c = cm.Contract("benchmark", "provider", start, cm.Term.years(base, [1] * extra),
                            annual_value=cm.Money.from_pence(p), uplift="2.5%" if uplifted else None)
            for option in range(1, extra + 1):
                c.exercise(option)
            profiles.append(c.profile())
        return profiles

    # The same kind of register as a DataFrame, 100 times the loop's length, profiled at once.
    import pandas as pd

    register_count = 1_000_000 // scale
    rows = np.random.default_rng(20220501)
    bases_b, options_b = rows.integers(1, 6, size=register_count), rows.integers(0, 3, size=register_count)
    register = pd.DataFrame({
        "start": np.datetime64("2016-01-01") + rows.integers(0, 5479, size=register_count).astype("timedelta64[D]"),
        "term": pd.Series(bases_b).astype(str) + pd.Series(options_b).map({0: "", 1: "+1", 2: "+1+1"}),
        "annual": rows.integers(1, 1_000_000_001, size=register_count) / 100,
        "uplift": np.where(rows.integers(0, 2, size=register_count) == 1, 0.025, np.nan),
        "exercised": options_b,
    })

    def profile_register() -> Any:
        return cm.profile_register(register)

    def same_as_each_contract(ours: Any, _: Any) -> None:
        for i in range(0, register_count, max(1, register_count // 2_000)):
            row = register.iloc[i]
            c = cm.Contract("benchmark", "provider", row.start.date(), cm.Term(row.term), annual_value=float(row.annual),
                            uplift=None if np.isnan(row.uplift) else float(row.uplift))
            for option in range(1, int(row.exercised) + 1):
                c.exercise(option)
            assert ours.of(i) == [(y.year.label, y.amount) for y in c.profile()], i

    def appraise() -> Any:
        return simulation_model()[0].run()

    return [
        Case(f"Monte Carlo, simulation_numpy.py's model, {iterations:,} iterations, samples kept, 1 thread",
             lambda: simulate(1), "the NumPy reference (simulation_numpy.py)",
             lambda: simulation_numpy.simulate(iterations), 8, same_mean_costs, repeat=3),
        Case(f"Monte Carlo, as above, 2 threads", lambda: simulate(2), "the NumPy reference (simulation_numpy.py)",
             lambda: simulation_numpy.simulate(iterations), 8 * 1.8, same_mean_costs, repeat=3),
        Case("a 3-option appraisal (10 years, 7 lines) built and run from Python", appraise,
             items=1, unit="appraisals"),
        Case(f"contracts built and profiled by financial year from Python, {count:,} in a loop", contracts,
             items=count, unit="contracts"),
        Case(f"a register of {register_count:,} contracts profiled from Python (cm.profile_register on a DataFrame)",
             profile_register, items=register_count, unit="contracts", min_rate=500_000,
             check=same_as_each_contract, repeat=3),
    ]


# ---------------------------------------------------------------- the table

def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo") as info:
            cpu = next(line.split(":", 1)[1].strip() for line in info if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    load = " / ".join(f"{x:.2f}" for x in os.getloadavg())
    return (f"{cpu}, {os.cpu_count()} cores, {platform.system()} {platform.release()}; load average {load}\n"
            f"Python {platform.python_version()}, NumPy {np.__version__}, numpy-financial {npf.__version__}, "
            f"pyxirr {pyxirr.__version__}, commissioning {cm.__version__}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a tenth of the sizes, for a smoke run")
    parser.add_argument("--repeat", type=int, default=7, help="best of this many runs (3 for the Monte Carlo)")
    parser.add_argument("--only", default="", help="run only the cases whose name matches this regular expression")
    args = parser.parse_args()
    scale = 10 if args.quick else 1

    cases = [c for c in financial_cases(scale) + model_cases(scale) if re.search(args.only, c.name)]
    print(machine())
    print()
    print("| case | commissioning | peer | peer / commissioning | target |")
    print("|---|---:|---|---:|---:|")
    missed = 0
    with warnings.catch_warnings(), np.errstate(all="ignore"):
        warnings.simplefilter("ignore")
        for case in cases:
            repeat = case.repeat or args.repeat
            if case.theirs is None:
                if case.check is not None:
                    case.check(case.ours(), None)
                seconds = best_of(case.ours, repeat)
                took = f"{seconds * 1e6:,.0f} µs" if seconds < 0.01 else f"{seconds * 1e3:,.1f} ms"
                target = "—"
                if case.min_rate:
                    met = case.items / seconds >= case.min_rate
                    missed += not met
                    target = f"≥ {case.min_rate:,.0f} / s {'met' if met else '**not met**'}"
                print(f"| {case.name} | {took}: {case.items / seconds:,.0f} {case.unit} / s | — | — | {target} |",
                      flush=True)
                continue
            if case.check is not None:
                case.check(case.ours(), case.theirs())
            ours, theirs = best_of(case.ours, repeat), best_of(case.theirs, repeat)
            ratio = theirs / ours
            met = ratio >= (case.target or 0)
            missed += not met
            print(f"| {case.name} | {ours * 1e3:,.1f} ms | {case.peer}: {theirs * 1e3:,.1f} ms | {ratio:.2f}× | "
                  f"≥ {case.target:g}× {'met' if met else '**not met**'} |", flush=True)
    print(f"\n{missed} target(s) not met; load average after the run {' / '.join(f'{x:.2f}' for x in os.getloadavg())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
