"""The simulation benchmark's model (benchmarks/simulation_benchmark.cpp) in vectorised NumPy.

1,000,000 iterations x 3 options x 10 years x 10 uncertain inputs (triangular and lognormal, two
triangulars correlated through a Gaussian copula, one the discount rate), samples kept: mean,
sd, standard error, P10/P50/P80/P90 of PVC and NPSV, probability of being the cheapest and the
preferred option, 50-bin histograms. This is how an analyst would write it by hand; it is the
reference the C++ engine is timed against (benchmarks/compare_simulation.py).

Differences from the C++ engine, none of which changes the work done: NumPy draws lognormals
and independent triangulars with its own samplers (not by inverse CDF), and computes the
normal distribution function with a Chebyshev erfc (Numerical Recipes' erfcc, relative error
below 1.2e-7) because NumPy has no erf and SciPy is not a dependency.
"""

from __future__ import annotations

import argparse
import time

import numpy as np

YEARS = 10
RATE = 0.035  # Green Book 2022, years 1-30
PENCE = 100


def _per_year(amount: float, first: int = 0, last: int = YEARS - 1) -> np.ndarray:
    v = np.zeros(YEARS)
    v[first:last + 1] = amount * PENCE
    return v


def _one_off(amount: float, year: int = 0) -> np.ndarray:
    v = np.zeros(YEARS)
    v[year] = amount * PENCE
    return v


# The lines of each option, real pence by year (as in simulation_benchmark.cpp).
SPOT = _per_year(400_000)
STAFF = _per_year(250_000)
NON_STAFF = _per_year(80_000)
MOBILISATION = _one_off(120_000)
IN_HOUSE_BENEFIT = _per_year(60_000, 1)
CONTRACT = _per_year(310_000)
PROCUREMENT = _one_off(25_000)
EXTERNAL_BENEFIT = _per_year(40_000, 1)
NAMES = ["Do nothing", "In-house", "External"]


def _lognormal(rng: np.random.Generator, mean: float, sd: float, n: int) -> np.ndarray:
    sigma2 = np.log1p((sd / mean) ** 2)  # given by the value's own mean and sd, as in C++
    return rng.lognormal(np.log(mean) - sigma2 / 2, np.sqrt(sigma2), n)


def _phi(z: np.ndarray) -> np.ndarray:
    x = np.abs(z) / np.sqrt(2.0)
    t = 1.0 / (1.0 + 0.5 * x)
    poly = -1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (
        -0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))))
    erfc = t * np.exp(-x * x + poly)
    return np.where(z >= 0, 1 - 0.5 * erfc, 0.5 * erfc)


def _triangular_quantile(u: np.ndarray, lo: float, mode: float, hi: float) -> np.ndarray:
    f = (mode - lo) / (hi - lo)
    return np.where(u < f, lo + np.sqrt(u * (hi - lo) * (mode - lo)), hi - np.sqrt((1 - u) * (hi - lo) * (hi - mode)))


def _chunk(rng: np.random.Generator, n: int) -> tuple[np.ndarray, np.ndarray]:
    """PVC and PVB, pence, shape (3, n)."""
    spot = _lognormal(rng, 1.05, 0.10, n)
    z = rng.standard_normal((n, 2))
    staff = _triangular_quantile(_phi(z[:, 0]), 0.95, 1.0, 1.25)              # correlated, rho = 0.6
    contract = _triangular_quantile(_phi(0.6 * z[:, 0] + 0.8 * z[:, 1]), 0.97, 1.0, 1.15)
    non_staff = _lognormal(rng, 1.0, 0.08, n)
    mobilisation = rng.triangular(0.9, 1.0, 1.6, n)
    procurement = rng.triangular(0.8, 1.0, 1.5, n)
    in_house_benefit = _lognormal(rng, 0.9, 0.2, n)
    external_benefit = _lognormal(rng, 0.95, 0.15, n)
    discount = rng.triangular(0.8, 1.0, 1.2, n)
    external_costs = _lognormal(rng, 1.0, 0.05, n)

    factors = (1 + discount * RATE)[:, None] ** -np.arange(YEARS)[None, :]   # (n, years)
    costs = np.stack([
        spot[:, None] * SPOT,
        staff[:, None] * STAFF + non_staff[:, None] * NON_STAFF + mobilisation[:, None] * MOBILISATION,
        external_costs[:, None] * (contract[:, None] * CONTRACT + procurement[:, None] * PROCUREMENT),
    ])                                                                          # (3, n, years)
    benefits = np.stack([
        np.zeros((n, YEARS)),
        in_house_benefit[:, None] * IN_HOUSE_BENEFIT,
        external_benefit[:, None] * EXTERNAL_BENEFIT,
    ])
    pvc = np.floor(np.einsum("ont,nt->on", costs, factors) + 0.5)             # to the penny, half up
    pvb = np.floor(np.einsum("ont,nt->on", benefits, factors) + 0.5)
    return pvc, pvb


def _summary(x: np.ndarray) -> dict[str, float]:
    p10, p50, p80, p90 = np.percentile(x, [10, 50, 80, 90])  # linear: the C++ engine's type 7
    sd = x.std(ddof=1)
    return {"mean": x.mean(), "sd": sd, "se": sd / np.sqrt(x.size), "p10": p10, "p50": p50, "p80": p80, "p90": p90}


def simulate(n: int = 1_000_000, seed: int = 2024, chunk: int = 250_000) -> dict:
    """The whole simulation with samples kept; summaries in pence."""
    rng = np.random.default_rng(seed)
    pvc = np.empty((3, n))
    pvb = np.empty((3, n))
    for start in range(0, n, chunk):
        stop = min(n, start + chunk)
        pvc[:, start:stop], pvb[:, start:stop] = _chunk(rng, stop - start)
    npsv = (pvb - pvc) - (pvb[0] - pvc[0])
    cheapest = np.bincount(np.argmin(pvc, axis=0), minlength=3) / n   # every option is viable
    preferred = np.bincount(np.argmin(pvc - pvb, axis=0), minlength=3) / n
    result = {}
    for o, name in enumerate(NAMES):
        result[name] = {
            "pvc": _summary(pvc[o]),
            "npsv": _summary(npsv[o]),
            "cheapest": cheapest[o],
            "preferred": preferred[o],
            "pvc_histogram": np.histogram(pvc[o], bins=50),
            "npsv_histogram": np.histogram(npsv[o], bins=50),
        }
    return result


def best_time(n: int, repeats: int) -> tuple[float, dict]:
    best, result = float("inf"), {}
    for _ in range(repeats):
        start = time.perf_counter()
        result = simulate(n)
        best = min(best, time.perf_counter() - start)
    return best, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--iterations", type=int, default=1_000_000)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    seconds, result = best_time(args.iterations, args.repeats)
    print(f"NumPy {np.__version__}: {args.iterations:,} iterations in {seconds * 1000:.0f} ms (best of {args.repeats})")
    for name, r in result.items():
        print(f"  {name:12s} mean PVC £{r['pvc']['mean'] / 100:,.0f} ± £{r['pvc']['se'] / 100:,.0f}  "
              f"P80 £{r['pvc']['p80'] / 100:,.0f}  preferred {r['preferred']:.3f}")


if __name__ == "__main__":
    main()
