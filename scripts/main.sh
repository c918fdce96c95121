#!/usr/bin/env bash
# The main job: set up, build, and appraise the bundled Kent young carers scenario (seed 000),
# printing its cabinet table.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
cmake --preset default >/dev/null
cmake --build --preset default --target commissioning_cli >/dev/null
./build/default/apps/commissioning appraise examples/scenarios/kent-young-carers-2021.toml
