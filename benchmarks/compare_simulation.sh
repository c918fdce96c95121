#!/usr/bin/env bash
# Build the simulation benchmark (Release) and run it beside its NumPy reference, printing the
# ratios recorded in benchmarks/README.md ("Monte Carlo simulation vs NumPy").
#
#   bash benchmarks/compare_simulation.sh            # BUILD_DIR=build/h-sim-rel by default
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
build_dir="${BUILD_DIR:-build/h-sim-rel}"
cmake -S . -B "${build_dir}" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCOMMISSIONING_BUILD_BENCHMARKS=ON \
  -DCOMMISSIONING_BUILD_TESTS=OFF -DCOMMISSIONING_BUILD_EXAMPLES=OFF >/dev/null
cmake --build "${build_dir}" -j "${CMAKE_BUILD_PARALLEL_LEVEL:-2}" --target commissioning.simulation_benchmark
.venv/bin/python benchmarks/compare_simulation.py --binary "${build_dir}/benchmarks/commissioning.simulation_benchmark" "$@"
