#!/usr/bin/env bash
# Fuzz the scenario loader and the money, rate, date, term and financial-year parsers, each for
# a bounded time (FUZZ_SECONDS, default 60), with libFuzzer under AddressSanitizer and
# UndefinedBehaviorSanitizer. New interesting inputs go to a scratch corpus; a crash is written
# to build/fuzz/crashes/ and the script fails. Fix the bug, then keep the input as a regression
# in fuzz/corpus/<target>/ (replayed by ctest as fuzz.replay.<target>).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${FUZZ_SECONDS:-60}"
build=build/fuzz
if ! command -v clang++ >/dev/null; then
  echo "fuzz.sh needs clang++ (apt-get install clang)" >&2
  exit 1
fi
cmake -S . -B "$build" -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCOMMISSIONING_BUILD_FUZZERS=ON -DCOMMISSIONING_BUILD_TESTS=OFF -DCOMMISSIONING_BUILD_EXAMPLES=OFF \
  -DCOMMISSIONING_BUILD_CLI=OFF -DCOMMISSIONING_INSTALL=OFF >/dev/null
mkdir -p "$build/crashes"
for target in scenario_fuzzer parsers_fuzzer; do
  cmake --build "$build" -j2 --target "commissioning.fuzz.$target" >/dev/null
  scratch="$build/corpus/$target"
  mkdir -p "$scratch"
  echo "fuzzing $target for ${seconds}s"
  "./$build/fuzz/commissioning.fuzz.$target" -max_total_time="$seconds" -max_len=4096 -timeout=10 \
    -artifact_prefix="$build/crashes/$target-" -print_final_stats=1 "$scratch" "fuzz/corpus/$target" 2>&1 |
    grep -E '^(#[0-9]+ +DONE|stat::number_of_executed_units|==[0-9]+==ERROR|SUMMARY|artifact_prefix)' || true
done
if compgen -G "$build/crashes/*" >/dev/null; then
  echo "crashes found:" >&2
  ls "$build/crashes" >&2
  exit 1
fi
echo "no crashes"
