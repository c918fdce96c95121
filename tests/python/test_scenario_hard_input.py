"""Scenario files from Python under hard input: every bad file or argument is an InvalidInputError
with its id and its value, never a crash, a hang, a wrapped number or an empty scenario."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

import commissioning as cm

ROOT = Path(__file__).resolve().parents[2]
KENT = ROOT / "examples" / "scenarios" / "kent-young-carers-2021.toml"

# What the crash cases print when the error is raised as it should be.
PROBE = """
import sys
import commissioning as cm
try:
    {call}
except cm.InvalidInputError as e:
    print(e.id)
"""


def in_a_subprocess(call: str) -> subprocess.CompletedProcess[str]:
    """Run `call` in its own interpreter, so that a crash or a hang is a failed test, not a dead run."""
    return subprocess.run([sys.executable, "-c", PROBE.format(call=call)], capture_output=True, text=True, timeout=60,
                          check=False)


def raised(action) -> cm.InvalidInputError:
    with pytest.raises(cm.InvalidInputError) as caught:
        action()
    return caught.value


# ---------------------------------------------------------------- the crash cases, each in its own process


def test_a_dotted_key_of_40000_parts_is_refused_not_a_crash():
    # toml++ recursed once a part and killed the interpreter (a segmentation fault).
    run = in_a_subprocess("cm.Scenario.from_toml('a' + '.a' * 39999 + ' = 1')")
    assert (run.returncode, run.stdout) == (0, "commissioning.scenario.014\n"), run.stderr


def test_a_table_header_of_40000_parts_is_refused_not_a_crash():
    run = in_a_subprocess("cm.Scenario.from_toml('[' + 'a.' * 39999 + 'a]')")
    assert (run.returncode, run.stdout) == (0, "commissioning.scenario.014\n"), run.stderr


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_with_no_writer_is_refused_not_waited_on(tmp_path):
    fifo = tmp_path / "fifo.toml"
    os.mkfifo(fifo)
    run = in_a_subprocess(f"cm.load_scenario({str(fifo)!r})")  # it blocked for ever
    assert (run.returncode, run.stdout) == (0, "commissioning.scenario.016\n"), run.stderr


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero here")
def test_dev_zero_is_refused_not_read_until_memory_runs_out():
    run = in_a_subprocess("cm.load_scenario('/dev/zero')")
    assert (run.returncode, run.stdout) == (0, "commissioning.scenario.016\n"), run.stderr


# ---------------------------------------------------------------- limits and files


def test_depth_is_limited_at_64_levels_and_named_in_the_message():
    error = raised(lambda: cm.Scenario.from_toml("a" + ".a" * 64 + " = 1\n", "deep.toml"))
    assert error.id == "commissioning.scenario.014"
    assert str(error) == ("deep.toml:1:128: [commissioning.scenario.014] tables, keys and values nest 65 levels deep "
                          "here; a scenario file may nest at most 64")
    # 64 levels are read; the file is then refused for what it says, not for its shape.
    assert raised(lambda: cm.Scenario.from_toml("a" + ".a" * 63 + " = 1\n")).id == "commissioning.scenario.002"


def test_text_over_sixteen_mebibytes_is_refused_with_its_size():
    error = raised(lambda: cm.Scenario.from_toml("#" * (16 << 20) + "\n"))
    assert error.id == "commissioning.scenario.015"
    assert "the scenario is 16777217 bytes; a scenario file may hold at most 16777216 bytes (16 MiB)" in str(error)


def test_a_directory_is_not_an_empty_scenario(tmp_path):
    # It loaded as an empty scenario.
    error = raised(lambda: cm.load_scenario(tmp_path))
    assert error.id == "commissioning.scenario.016"
    assert str(error) == f"{tmp_path}: [commissioning.scenario.016] '{tmp_path}' is a directory, not a scenario file"


def test_a_missing_file_says_why(tmp_path):
    error = raised(lambda: cm.load_scenario(tmp_path / "nothere.toml"))
    assert error.id == "commissioning.scenario.010"
    assert str(error).endswith("nothere.toml': No such file or directory")


def test_a_byte_order_mark_is_skipped(tmp_path):
    # Windows editors write one; it was refused as a character outside a string.
    path = tmp_path / "bom.toml"
    path.write_bytes(b'\xef\xbb\xbfservice = "Young carers"\n')
    assert cm.load_scenario(path).service == "Young carers"
    assert cm.Scenario.from_toml('\ufeffservice = "Young carers"\n') == cm.load_scenario(path)


# ---------------------------------------------------------------- messages


def test_a_nul_or_a_newline_in_a_key_is_escaped_in_the_message():
    error = raised(lambda: cm.Scenario.from_toml('"a\\u0000b\\nc" = 1\n'))
    assert error.id == "commissioning.scenario.002"
    assert str(error).startswith("scenario:1:1: [commissioning.scenario.002] a\\u0000b\\nc: unknown key 'a\\u0000b\\nc' ")


def test_a_byte_that_is_not_utf8_is_escaped_not_a_unicode_decode_error(tmp_path):
    path = tmp_path / "stray.toml"
    path.write_bytes(b"x = \xff\n")
    error = raised(lambda: cm.load_scenario(path))
    assert error.id == "commissioning.scenario.001"
    assert f"{path}:1:5: [commissioning.scenario.001] unexpected character '\\xFF' outside a quoted string" in str(error)


# ---------------------------------------------------------------- errors of later commands, at load time


def test_a_contract_whose_sums_overflow_is_located_when_it_loads():
    text = ('[[contracts]]\nname = "A"\nstart = 2016-05-01\nterm = "3+1+1"\n'
            'annual_value = "£90,000,000,000,000,000"\n')
    error = raised(lambda: cm.Scenario.from_toml(text, "big.toml"))
    assert error.id == "commissioning.money.006"
    assert str(error).startswith("big.toml:5:16: [commissioning.money.006] contracts[0].annual_value: the sum of ")


def test_procurement_facts_the_rules_cannot_judge_are_located_when_it_loads():
    text = ('[[contracts]]\nname = "A"\nstart = 2014-05-01\nterm = "3+1+1"\nannual_value = "£100,000"\n'
            "[contracts.procurement]\nprocurement_start = 2014-01-06\n")
    error = raised(lambda: cm.Scenario.from_toml(text, "old.toml"))
    assert error.id == "commissioning.procurement.004"
    assert str(error) == ("old.toml:7:21: [commissioning.procurement.004] contracts[0].procurement.procurement_start: "
                          "6 January 2014 is before the Public Contracts Regulations 2015 came into force "
                          "(26 February 2015)")


# ---------------------------------------------------------------- Scenario.simulate's counts


@pytest.mark.parametrize(("argument", "value", "message"), [
    ("seed", -1, "seed: -1 is out of range: expected 0 to 9223372036854775807"),
    ("seed", 10**23, "seed: 100000000000000000000000 is out of range: expected 0 to 9223372036854775807"),
    ("seed", 2**63, "seed: 9223372036854775808 is out of range: expected 0 to 9223372036854775807"),
    ("iterations", 2**64, "iterations: 18446744073709551616 is out of range: expected 1 to 1000000000"),
    ("iterations", 0, "iterations: 0 is out of range: expected 1 to 1000000000"),
    ("threads", 2**31, "threads: 2147483648 is out of range: expected 1 to 256"),
])
def test_simulate_counts_out_of_range_are_refused_with_the_value(argument, value, message):
    scenario = cm.load_scenario(KENT)
    error = raised(lambda: scenario.simulate(**{argument: value}))
    assert error.id == "commissioning.scenario.012"
    assert str(error) == f"[commissioning.scenario.012] {message}"


def test_simulate_takes_the_largest_seed_the_file_can_hold():
    scenario = cm.load_scenario(KENT)
    assert scenario.simulate(iterations=10, seed=2**63 - 1).iterations == 10
