"""examples/seed_figures.py prints exactly what its C++ twin prints."""

import subprocess
import sys
from pathlib import Path

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def test_seed_figures_example_prints_the_expected_figures():
    result = subprocess.run(
        [sys.executable, str(EXAMPLES / "seed_figures.py")],
        capture_output=True,
        check=True,
    )
    assert result.stdout.decode("utf-8") == (EXAMPLES / "seed_figures.expected").read_text(encoding="utf-8")
    assert result.stderr == b""
