#!/usr/bin/env bash
# The main job: set up, build, and run the bundled example (the seed figures).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
cmake --preset default >/dev/null
cmake --build --preset default --target commissioning.examples.seed_figures >/dev/null
./build/default/examples/commissioning.examples.seed_figures
