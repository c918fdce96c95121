#!/usr/bin/env bash
# Fuzz for a bounded time (FUZZ_SECONDS per target, default 60), one process at a time at the
# lowest priority, and print each target's count of executions:
#  - scenario_fuzzer, parsers_fuzzer, thresholds_fuzzer: libFuzzer under AddressSanitizer and
#    UndefinedBehaviorSanitizer, on the scenario loader, the money/rate/date/term/financial-year
#    parsers and the CSV threshold loader (needs clang++ with libFuzzer);
#  - python_api: atheris (requirements/fuzz.txt) on the Python API, importing `commissioning`
#    from PYTHON's path (set PYTHONPATH to try a development build).
# FUZZ_TARGETS picks some of them (default: all). New interesting inputs go to a scratch corpus
# under build/fuzz/corpus/; a crash is written to build/fuzz/crashes/ and the script fails. Fix
# the bug, then keep the input in fuzz/corpus/<target>/: ctest replays the C++ corpora
# (fuzz.replay.<target>) and tests/python/test_fuzz_corpus.py the Python one.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${FUZZ_SECONDS:-60}"
targets="${FUZZ_TARGETS:-scenario_fuzzer parsers_fuzzer thresholds_fuzzer python_api}"
python="${PYTHON:-python3}"
build=build/fuzz
mkdir -p "$build/crashes"
configured=no
for target in $targets; do
  scratch="$build/corpus/$target"
  mkdir -p "$scratch"
  echo "fuzzing $target for ${seconds}s"
  if [ "$target" = python_api ]; then
    nice -n 19 "$python" fuzz/python_api_fuzzer.py -max_total_time="$seconds" -max_len=4096 -timeout=10 \
      -artifact_prefix="$build/crashes/$target-" -print_final_stats=1 "$scratch" "fuzz/corpus/$target" 2>&1 |
      grep -E '^(#[0-9]+ +DONE|stat::number_of_executed_units|==[0-9]+==|SUMMARY|Uncaught|artifact_prefix)' || true
    continue
  fi
  if [ "$configured" = no ]; then
    compiler="${CXX_FUZZ:-$(command -v clang++ || command -v clang++-19 || true)}"
    if [ -z "$compiler" ]; then
      echo "fuzz.sh needs clang++ with libFuzzer (apt-get install clang-19 libclang-rt-19-dev)" >&2
      exit 1
    fi
    cmake -S . -B "$build" -G Ninja -DCMAKE_CXX_COMPILER="$compiler" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
      -DCOMMISSIONING_BUILD_FUZZERS=ON -DCOMMISSIONING_BUILD_TESTS=OFF -DCOMMISSIONING_BUILD_EXAMPLES=OFF \
      -DCOMMISSIONING_BUILD_CLI=OFF -DCOMMISSIONING_INSTALL=OFF >/dev/null
    configured=yes
  fi
  nice -n 19 cmake --build "$build" -j1 --target "commissioning.fuzz.$target" >/dev/null
  nice -n 19 "./$build/fuzz/commissioning.fuzz.$target" -max_total_time="$seconds" -max_len=4096 -timeout=10 \
    -artifact_prefix="$build/crashes/$target-" -print_final_stats=1 "$scratch" "fuzz/corpus/$target" 2>&1 |
    grep -E '^(#[0-9]+ +DONE|stat::number_of_executed_units|==[0-9]+==ERROR|SUMMARY|artifact_prefix)' || true
done
if compgen -G "$build/crashes/*" >/dev/null; then
  echo "crashes found:" >&2
  ls "$build/crashes" >&2
  exit 1
fi
echo "no crashes"
