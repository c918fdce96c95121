#!/usr/bin/env bash
# Every test: set up, then the C++ suite (GoogleTest, examples, CMake consumers) and the
# Python suite (pytest, the Python example). Prints each runner's summary line; on a
# failure, prints the runner's log and exits non-zero.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
mkdir -p build/logs

# run LABEL SUMMARY-PATTERN COMMAND...: run quietly, then show the summary and the seconds taken
# (or the log).
run() {
  local label=$1 pattern=$2 log="build/logs/$1.log" started=$SECONDS
  shift 2
  if "$@" >"$log" 2>&1; then
    echo "$label: $(grep -E "$pattern" "$log" | tail -n 1) ($((SECONDS - started)) s)"
  else
    tail -n 150 "$log"
    echo "$label: FAILED (full log in $log)"
    return 1
  fi
}

run cpp-tests 'tests passed|tests failed' cmake --workflow --preset default
run python-build 'Successfully installed' \
  .venv/bin/python -m pip install --disable-pip-version-check --no-build-isolation .
# The documentation site, warnings as errors (broken links, bad docstrings), from the package just installed.
run docs 'build succeeded' .venv/bin/python -m sphinx -W --keep-going -b html docs build/docs
# On every core, a file to a worker: a file's tests share its fixtures (a Dask cluster, a mypy run).
run python-tests '[0-9]+ passed' .venv/bin/python -m pytest -q --numprocesses auto --dist loadfile
