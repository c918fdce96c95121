"""Time cm.fin against numpy_financial in the same run, on the same inputs.

    .venv/bin/python benchmarks/compare_numpy_financial.py            # about a minute
    .venv/bin/python benchmarks/compare_numpy_financial.py --quick    # smaller sizes

Prints, for each case, the best of several runs of each library and the ratio
numpy_financial / cm.fin (above 1: cm.fin is faster), after checking that the two give the same
numbers. Timings are indicative only (a shared two-core machine); no test asserts one.
"""

from __future__ import annotations

import argparse
import platform
import time
import warnings

import numpy as np
import numpy_financial as npf

import commissioning as cm


def best_of(function, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smaller sizes, for a smoke run")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    scale = 10 if args.quick else 1

    rng = np.random.default_rng(42)
    flows = rng.uniform(0, 1000, size=1000)
    flows[0] = -250_000.0
    npv_rates = rng.uniform(0.0, 0.2, size=10_000 // scale)
    irr_series = rng.uniform(0, 1000, size=(10_000 // scale, 10))
    irr_series[:, 0] = -2500.0
    pmt_rates = rng.uniform(0.0001, 0.02, size=1_000_000 // scale)
    rate_pmts = rng.uniform(-2000, -1000, size=100_000 // scale)

    cases = [
        (
            f"npv: {flows.size:,} flows x {npv_rates.size:,} rates",
            lambda: cm.fin.npv(npv_rates, flows),
            # numpy-financial 1.1.0 takes a vector of rates; 1.0.0 one rate at a time.
            (lambda: npf.npv(npv_rates, flows))
            if npf.__version__ >= "1.1"
            else (lambda: np.array([npf.npv(r, flows) for r in npv_rates])),
        ),
        (
            f"irr: {irr_series.shape[0]:,} series of {irr_series.shape[1]} flows",
            lambda: cm.fin.irr(irr_series),
            # numpy-financial 1.1.0 takes a 2-D array; 1.0.0 one series at a time.
            (lambda: npf.irr(irr_series))
            if npf.__version__ >= "1.1"
            else (lambda: np.array([npf.irr(row) for row in irr_series])),
        ),
        (
            f"pmt: {pmt_rates.size:,} rates",
            lambda: cm.fin.pmt(pmt_rates, 360, 200_000),
            lambda: npf.pmt(pmt_rates, 360, 200_000),
        ),
        (
            f"rate: {rate_pmts.size:,} problems (Newton, lock step)",
            lambda: cm.fin.rate(120, rate_pmts, 100_000, 0),
            lambda: npf.rate(120, rate_pmts, 100_000, 0),
        ),
    ]

    print(f"machine: {platform.processor() or platform.machine()}, {platform.system()} {platform.release()}")
    print(f"python {platform.python_version()}, numpy {np.__version__}, numpy-financial {npf.__version__}, "
          f"commissioning {cm.__version__}")
    print(f"{'case':52} {'cm.fin':>10} {'numpy-fin':>10} {'ratio':>7}")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for name, ours, theirs in cases:
            np.testing.assert_allclose(ours(), theirs(), rtol=1e-9, atol=1e-9)
            ours_time = best_of(ours, args.repeat)
            theirs_time = best_of(theirs, args.repeat)
            print(f"{name:52} {ours_time * 1e3:8.1f}ms {theirs_time * 1e3:8.1f}ms {theirs_time / ours_time:6.1f}x")


if __name__ == "__main__":
    main()
