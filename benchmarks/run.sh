#!/usr/bin/env bash
# Build the benchmarks with the `bench` preset (Release) and run every benchmark program.
#
#   bash benchmarks/run.sh                                    # whole run, about a minute or two
#   bash benchmarks/run.sh --benchmark_filter=Apportion      # extra flags go to every program
#   MIN_TIME=0.2 bash benchmarks/run.sh                      # quicker, noisier
#   REPETITIONS=3 bash benchmarks/run.sh                     # mean/median/stddev of 3 runs
#   JSON=0 bash benchmarks/run.sh                            # no JSON files
#
# Prints Google Benchmark's console tables and, unless JSON=0, writes one JSON file per
# program to build/bench/results/<program>.json. Timings are indicative only; no test
# asserts a timing.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

min_time="${MIN_TIME:-1}"           # seconds per benchmark (a bare number: read by benchmark 1.7 and later)
repetitions="${REPETITIONS:-1}"
json="${JSON:-1}"
build_dir=build/bench
results_dir="${build_dir}/results"

echo "== building (cmake --workflow --preset bench)"
CMAKE_BUILD_PARALLEL_LEVEL="${CMAKE_BUILD_PARALLEL_LEVEL:-2}" cmake --workflow --preset bench

mapfile -t programs < <(find "${build_dir}/benchmarks" -maxdepth 1 -type f -name 'commissioning.*_benchmark' -perm -u+x | sort)
if [[ ${#programs[@]} -eq 0 ]]; then
  echo "no benchmark programs found under ${build_dir}/benchmarks" >&2
  exit 1
fi

flags=("--benchmark_min_time=${min_time}")
if [[ "${repetitions}" != 1 ]]; then
  flags+=("--benchmark_repetitions=${repetitions}" "--benchmark_display_aggregates_only=true")
fi
if [[ "${json}" != 0 ]]; then mkdir -p "${results_dir}"; fi

for program in "${programs[@]}"; do
  name="$(basename "${program}")"
  echo
  echo "== ${name}"
  out=()
  if [[ "${json}" != 0 ]]; then
    out=("--benchmark_out=${results_dir}/${name#commissioning.}.json" "--benchmark_out_format=json")
  fi
  "${program}" "${flags[@]}" "${out[@]}" "$@"
done

if [[ "${json}" != 0 ]]; then
  echo
  echo "== JSON results in ${results_dir}/"
fi
