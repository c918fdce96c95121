"""The peer comparison still runs: every case's answers agree with its peer's before any timing.

`benchmarks/compare_peers.py --quick` checks each case (commissioning against numpy-financial,
pyxirr, NumPy and each contract's own profile) and then times it; the times are not asserted
here (no timing thresholds in tests), only that every check passes and every case prints a row.
"""

import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("pyxirr", reason="the peers of requirements/bench.txt are not installed")

SCRIPT = Path(__file__).resolve().parents[2] / "benchmarks" / "compare_peers.py"


def test_compare_peers_checks_every_case_against_its_peer():
    result = subprocess.run([sys.executable, str(SCRIPT), "--quick", "--repeat", "1"],
                            capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr
    rows = [line for line in result.stdout.splitlines() if line.startswith("| ") and "---" not in line][1:]
    names = [row.split(" | ")[0].removeprefix("| ") for row in rows]
    assert any(name.startswith("cm.fin.pmt") for name in names)
    assert any(name.startswith("Monte Carlo") for name in names)
    assert names[-1].startswith("a register of 100,000 contracts profiled from Python"), names
    assert len(rows) == 20, result.stdout
