"""The command line from pip: `commissioning` and `python -m commissioning` run the C++ command
and print the golden files' bytes; the text renderer's width on the Python face."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

import commissioning as cm

ROOT = Path(__file__).resolve().parents[2]
SCENARIOS = ROOT / "examples" / "scenarios"
KENT = SCENARIOS / "kent-young-carers-2021.toml"
CONTRACT_2016 = SCENARIOS / "kent-young-carers-contract-2016.toml"


def run(*args: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "commissioning", *args], capture_output=True, check=False)


def installed_command() -> Path:
    """The console script pip installed beside this interpreter."""
    return Path(sys.executable).parent / "commissioning"


def test_python_m_commissioning_prints_the_golden_appraisal():
    result = run("appraise", str(KENT))
    assert (result.returncode, result.stderr) == (0, b"")
    assert result.stdout == (SCENARIOS / "kent-young-carers-2021.expected").read_bytes()


@pytest.mark.parametrize("fmt", ["md", "csv", "json"])
def test_the_installed_command_prints_the_golden_check_in_each_format(fmt):
    command = installed_command()
    assert command.exists(), "pip install . installs the commissioning command"
    result = subprocess.run([str(command), "check", str(CONTRACT_2016), "--format", fmt], capture_output=True, check=False)
    assert (result.returncode, result.stderr) == (0, b"")
    assert result.stdout == (SCENARIOS / f"kent-young-carers-contract-2016.check.expected.{fmt}").read_bytes()


def test_out_writes_the_file(tmp_path):
    out = tmp_path / "kent.html"
    result = run("profile", str(KENT), "--format", "html", "--out", str(out))
    assert (result.returncode, result.stdout, result.stderr) == (0, b"", b"")
    assert out.read_bytes() == (SCENARIOS / "kent-young-carers-2021.profile.expected.html").read_bytes()


def test_usage_errors_exit_2_with_the_id():
    result = run("profile", str(KENT), "--width", "39")
    assert result.returncode == 2
    assert result.stderr == b"[commissioning.scenario.012] --width: 39 is out of range: expected 40 to 10000\n"
    assert run("frobnicate").returncode == 2


def test_invalid_input_exits_1_with_the_located_error():
    result = run("validate", str(ROOT / "tests" / "scenarios" / "bad-money.toml"))
    assert result.returncode == 1
    assert b"bad-money.toml:14:10: [commissioning.money.002]" in result.stderr


def test_the_version_is_the_package_version():
    result = run("--version")
    assert result.stdout.decode().strip() == f"commissioning {cm.__version__}"


def test_main_takes_arguments_and_returns_the_status():
    from commissioning.__main__ import main

    assert main(["validate", os.devnull]) == 1  # a character device, not a scenario file


def kent_options_table() -> cm.Table:
    appraisal = cm.load_scenario(KENT).risk_adjusted_appraisal
    assert appraisal is not None
    return cm.options_table(appraisal, appraisal.run())


def test_to_text_fits_the_width():
    table = kent_options_table()
    assert max(len(line) for line in table.to_text(width=1000).splitlines()) == 236
    for width in (100, 72, 40):
        text = table.to_text(width=width)
        assert max(len(line) for line in text.splitlines()) <= width
        if width >= 72:  # a row per block, each figure beside its heading
            assert "Present value of costs  £1,536,087" in text
        else:  # headings wrap at a third of the line
            assert "Present value  £1,536,087" in text
    assert str(table) == table.to_text(width=100)


def test_to_text_refuses_a_width_under_40():
    with pytest.raises(cm.InvalidInputError, match=r"\[commissioning.report.005\] a text width of 39 is too narrow"):
        kent_options_table().to_text(width=39)


def test_the_assumptions_table_numbers_every_assumption():
    appraisal = cm.load_scenario(KENT).appraisal
    assert appraisal is not None
    result = appraisal.run()
    table = cm.assumptions_table(result)
    assert table.caption == "Assumptions"
    rows = table.to_json()["rows"]
    assert [row["cells"][1]["text"] for row in rows] == list(result.assumptions)
    assert rows[0]["cells"][0]["value"] == 1
    assert rows[0]["cells"][1]["text"] == "Figures are in real 2022-23 prices; every line is taken as already in those prices."


def test_check_tables_are_headed_by_the_contract():
    contract = cm.load_scenario(CONTRACT_2016).contracts[0]
    answer = cm.assess_procurement(contract, category="light_touch_services", vat="exempt")
    assert cm.procurement_table(answer).caption == "Procurement"
    assert cm.procurement_table(answer, subject=contract.name).caption == "Young Carers Support Service: procurement"


def test_check_reads_the_welsh_column_and_the_key_decision_notice(tmp_path):
    # Issue 18 items 8 and 10 on the scenario and command-line faces: Schedule 1's Welsh
    # Ministers' column from 2026 (sub-central £207,720), and regulation 9's 28 clear days from a
    # notice of Monday 1 March 2027 (2 to 29 March), so the decision can be taken from 30 March.
    scenario = tmp_path / "welsh.toml"
    scenario.write_text(
        '[[contracts]]\nname = "Welsh service"\nstart = 2026-06-01\nterm = "1"\nannual_value = "£210,000"\n'
        '[contracts.procurement]\nvat = "inclusive"\nprocurement_start = 2026-03-01\n'
        "regulated_by_welsh_ministers = true\nkey_decision_notice = 2027-03-01\n",
        encoding="utf-8",
    )
    result = run("check", str(scenario), "--width", "10000")
    assert result.returncode == 0, result.stderr
    text = result.stdout.decode("utf-8")
    assert "threshold for contracts regulated by the Welsh Ministers of £207,720" in text
    assert "the key decision can be taken on or after 30 March 2027: 28 clear days" in text
