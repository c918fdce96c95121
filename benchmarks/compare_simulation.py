"""Run the C++ simulation benchmark and its NumPy reference in one go and print the ratios.

    .venv/bin/python benchmarks/compare_simulation.py [--binary PATH] [--repeats 3]

The C++ program is build/h-sim-rel/benchmarks/commissioning.simulation_benchmark unless
--binary names another (benchmarks/compare_simulation.sh builds it first). Both run the same
model (1,000,000 iterations x 3 options x 10 years x 10 inputs); the script checks that their
mean PVCs agree within sampling error (5 combined standard errors) before printing times.
"""

from __future__ import annotations

import argparse
import json
import math
import platform
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import simulation_numpy  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--binary", type=Path,
                        default=ROOT / "build/h-sim-rel/benchmarks/commissioning.simulation_benchmark")
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()

    out = subprocess.run([str(args.binary), "--benchmark_format=json"], check=True, capture_output=True, text=True)
    runs = {b["name"]: b for b in json.loads(out.stdout)["benchmarks"]}
    numpy_seconds, numpy_result = simulation_numpy.best_time(1_000_000, args.repeats)

    first = next(iter(runs.values()))
    for o, name in enumerate(simulation_numpy.NAMES):
        cpp_mean, cpp_se = first[f"mean_pvc_{o}"], first[f"se_pvc_{o}"]
        np_mean, np_se = numpy_result[name]["pvc"]["mean"] / 100, numpy_result[name]["pvc"]["se"] / 100
        gap = abs(cpp_mean - np_mean) / math.hypot(cpp_se, np_se)
        print(f"{name:12s} mean PVC: C++ £{cpp_mean:,.0f}, NumPy £{np_mean:,.0f} ({gap:.1f} standard errors apart)")
        if gap > 5:
            print("the two models disagree: keep simulation_benchmark.cpp and simulation_numpy.py in step", file=sys.stderr)
            return 1

    print(f"\n{platform.processor() or platform.machine()}, NumPy {simulation_numpy.np.__version__}, "
          f"Python {platform.python_version()}")
    print(f"{'run (1,000,000 iterations)':44s} {'time':>10s} {'NumPy / C++':>12s}")
    print(f"{'NumPy, vectorised, samples kept':44s} {numpy_seconds * 1000:8.0f} ms {1:11.1f}x")
    for name, b in runs.items():
        ms = b["real_time"] if b["time_unit"] == "ms" else b["real_time"] / 1e6
        label = name.replace("BM_Simulate/", "C++ ").replace("/iterations:3/real_time", "")
        print(f"{label:44s} {ms:8.0f} ms {numpy_seconds * 1000 / ms:11.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
