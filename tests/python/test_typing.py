"""The package type-checks: mypy --strict on its Python, and stubtest of the stub against the module.

Both run the pinned mypy (requirements/dev.txt) from the repository root with the settings of
pyproject.toml's [tool.mypy]: the source tree's python/commissioning, whose _core.pyi is the
committed, generated stub, checked against the installed, compiled commissioning._core.
"""

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ALLOWLIST = Path(__file__).resolve().parent / "stubtest-allowlist.txt"

needs_mypy = pytest.mark.skipif(
    importlib.util.find_spec("mypy") is None,
    reason="mypy is not installed (it is pinned in requirements/dev.txt: bash scripts/setup.sh)",
)


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", *args], cwd=ROOT, capture_output=True, text=True, check=False)


@needs_mypy
def test_mypy_strict_finds_nothing_in_the_package():
    result = run("mypy", "--config-file", "pyproject.toml")
    assert result.returncode == 0, f"mypy --strict python/commissioning:\n{result.stdout}{result.stderr}"


@needs_mypy
def test_stubtest_finds_the_stub_true_to_the_module():
    result = run("mypy.stubtest", "commissioning", "--mypy-config-file", "pyproject.toml",
                 "--allowlist", str(ALLOWLIST.relative_to(ROOT)))
    assert result.returncode == 0, (
        f"python -m mypy.stubtest commissioning:\n{result.stdout}{result.stderr}\n"
        "A stub out of step with the module: refresh it with .venv/bin/python scripts/stubs.py"
    )


def test_every_allowlist_entry_says_why():
    # Entries come in paragraphs (blank-line separated), each opened by comment lines that
    # justify them; an entry may also carry its own trailing comment.
    paragraphs = ALLOWLIST.read_text(encoding="utf-8").split("\n\n")
    for paragraph in paragraphs:
        lines = [line.strip() for line in paragraph.splitlines() if line.strip()]
        justified = bool(lines) and lines[0].startswith("#")
        for line in lines:
            if not line.startswith("#"):
                assert justified or "#" in line, f"{ALLOWLIST.name}: no comment justifies {line!r}"
