"""docs/errors.md lists every error id the code throws (headers, compiled sources, bindings), and
nothing else, each with the C++ type it is thrown as and an example message bearing its id."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
THROW = re.compile(
    r'\b(?:invalid_input|domain_violation|out_of_range_error|overflow_error|unknown_name<\w+>\(\w+,)\(?\s*"(\w+)",\s*(\d+)\s*[,)]')
# money::parse numbers its failures through a local `fail(number, why)`.
MONEY_PARSE_FAIL = re.compile(r"\bfail\((\d+),")


def thrown_ids() -> set[str]:
    ids = set()
    # The headers are in layer folders, and the compiled parts in src/<layer>/.
    sources = [*ROOT.glob("include/commissioning/**/*.hpp"), *ROOT.glob("src/**/*.cpp"), *ROOT.glob("bindings/*.[ch]pp")]
    for path in sources:
        text = path.read_text(encoding="utf-8")
        ids |= {f"commissioning.{area}.{int(n):03d}" for area, n in THROW.findall(text)}
        if path.name == "money.hpp":
            ids |= {f"commissioning.money.{int(n):03d}" for n in MONEY_PARSE_FAIL.findall(text)}
    return ids


def documented_ids() -> set[str]:
    text = (ROOT / "docs" / "errors.md").read_text(encoding="utf-8")
    return set(re.findall(r"^### (commissioning\.\w+\.\d{3})$", text, flags=re.MULTILINE))


def test_every_thrown_error_id_is_documented():
    assert thrown_ids() - documented_ids() == set()


def test_every_documented_error_id_is_thrown_somewhere():
    assert documented_ids() - thrown_ids() == set()


def test_every_documented_id_has_its_type_and_an_example_message():
    text = (ROOT / "docs" / "errors.md").read_text(encoding="utf-8")
    sections = re.split(r"^### ", text, flags=re.MULTILINE)[1:]
    kinds = ("`invalid_input`", "`domain_violation`", "`out_of_range_error`", "`overflow_error`")
    for section in sections:
        heading, _, body = section.partition("\n")
        body = body.split("\n## ")[0]
        assert body.startswith(kinds), f"{heading}: the entry starts with the C++ type it is thrown as"
        examples = [line for line in body.splitlines() if line.startswith("`") and f"[{heading}]" in line]
        assert examples, f"{heading} has no example message holding its id"
