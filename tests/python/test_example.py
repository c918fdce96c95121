"""The Python examples print exactly what their C++ twins print."""

import subprocess
import sys
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def run_example(name: str) -> str:
    result = subprocess.run([sys.executable, str(EXAMPLES / f"{name}.py")], capture_output=True, check=True)
    assert result.stderr == b""
    return result.stdout.decode("utf-8")


def expected(name: str) -> str:
    return (EXAMPLES / f"{name}.expected").read_text(encoding="utf-8")


def test_seed_figures_example_prints_the_expected_figures():
    assert run_example("seed_figures") == expected("seed_figures")


def test_contracts_example_prints_the_seed_contracts_as_contracts_cpp_does():
    # Byte for byte: the seed 000 sentence, seed 004's dates, modification, years and
    # profile, the renewed contract, and seed 002's change of value.
    assert run_example("contracts").encode("utf-8") == (EXAMPLES / "contracts.expected").read_bytes()


def test_envelopes_example_prints_the_seed_budgets_as_envelopes_cpp_does():
    # Byte for byte: seed 002's portfolio and proposal, seeds 003 and 002 reconciled, seed 001's cap.
    assert run_example("envelopes").encode("utf-8") == (EXAMPLES / "envelopes.expected").read_bytes()


def test_procurement_example_prints_the_seed_procurement_answers_as_procurement_cpp_does():
    # Byte for byte: seed 004's route and extension, the renewed contract by start date,
    # seed 000's key decision and seed 002's Teckal checklist.
    assert run_example("procurement").encode("utf-8") == (EXAMPLES / "procurement.expected").read_bytes()


def test_appraisals_example_prints_the_seed_appraisals_as_appraisals_cpp_does():
    # Byte for byte: seed 000 and 001's options, reasons, assumptions, sensitivity, switching
    # values and the 2026 lower-rate test.
    assert run_example("appraisals").encode("utf-8") == (EXAMPLES / "appraisals.expected").read_bytes()


@pytest.mark.parametrize("format", ["md", "html", "csv", "json", "text"])
def test_cabinet_report_example_prints_each_golden_file_as_cabinet_report_cpp_does(format):
    result = subprocess.run(
        [sys.executable, str(EXAMPLES / "cabinet_report.py"), format], capture_output=True, check=True
    )
    assert result.stderr == b""
    assert result.stdout == (EXAMPLES / f"cabinet_report.expected.{format}").read_bytes()
