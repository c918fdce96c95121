"""The compiled module's docstrings, written in commissioning._docstrings, are the ones Python shows.

Each entry names the object it documents ("Money.from_pence"; "Term.__init__/2" for an
overload's second docstring), so an entry left behind when a function is renamed, or pasted
under the wrong name, fails here rather than documenting nothing.
"""

import pathlib
import re

import pytest

import commissioning._docstrings as docstrings
from commissioning import _core

ENTRIES = sorted(docstrings.DOCSTRINGS.items())


def target(name: str) -> object:
    """The object an entry documents: a class, a module function, or a class's method or property."""
    owner, _, attribute = name.split("/")[0].partition(".")
    if owner == "_core":
        return _core
    value = getattr(_core, owner)
    return vars(value)[attribute] if attribute else value


def user_docstrings(obj: object) -> list[str]:
    """What the binding gave `obj` as its docstring(s), without the signatures pybind11 writes."""
    doc = getattr(getattr(obj, "__func__", obj), "__doc__") or ""
    if isinstance(obj, (type, property)) or obj is _core:
        return [doc]
    if "\nOverloaded function.\n" in doc:
        parts = re.split(r"\n\n\d+\. [^\n]*\n\n", "\n\n" + doc.split("\nOverloaded function.\n", 1)[1])
        return [part.removesuffix("\n") for part in parts[1:]]
    return [doc.split("\n\n", 1)[1].removesuffix("\n")]  # after the signature line


@pytest.mark.parametrize(("name", "text"), ENTRIES, ids=[name for name, _ in ENTRIES])
def test_each_entry_is_the_docstring_of_the_object_it_names(name: str, text: str) -> None:
    overload = int(name.split("/")[1]) if "/" in name else 1
    assert user_docstrings(target(name))[overload - 1] == text


def test_every_part_is_read_and_no_name_is_written_twice() -> None:
    parts = {path.stem for path in pathlib.Path(docstrings.__file__).parent.glob("*.py")} - {"__init__"}
    assert {part.__name__.rsplit(".", 1)[1] for part in docstrings.PARTS} == parts
    assert sum(len(part.DOCSTRINGS) for part in docstrings.PARTS) == len(docstrings.DOCSTRINGS)


def test_the_docstrings_are_those_of_the_classes_users_read() -> None:
    assert _core.Money.__doc__ == docstrings.DOCSTRINGS["Money"]
    assert "Money from a count of pence" in _core.Money.from_pence.__doc__
    assert _core.Money.from_pence.__doc__.startswith("from_pence(pence: int) -> commissioning.Money\n")
