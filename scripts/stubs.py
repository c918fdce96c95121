#!/usr/bin/env python3
"""Write python/commissioning/_core.pyi, the type stub of the compiled module, from the module.

The stub is generated with pybind11-stubgen (pinned in requirements/dev.txt) from the
``commissioning._core`` that Python imports, so build and install the package first:

    .venv/bin/python -m pip install --no-build-isolation .
    .venv/bin/python scripts/stubs.py

Every signature comes from the bindings (the type casters' ``io_name``/``const_name`` and the
``py::arg`` names); nothing is edited by hand. The one addition: names the bindings spell
unqualified that live in the pure-Python ``commissioning._types`` (the NamedTuples and text
enums) are imported from there. Any other problem pybind11-stubgen reports (a C++ type name
in a signature, an unresolvable name) fails the script instead of writing a stub with holes.

``--output DIR`` writes ``DIR/_core.pyi`` instead; tests/python/test_stubs.py does that and
compares the result with the committed stub.
"""

from __future__ import annotations

import argparse
import importlib
import inspect
import logging
import re
import sys
from pathlib import Path
from typing import Any

from pybind11_stubgen import CLIArgs, arg_parser, stub_parser_from_args
from pybind11_stubgen.parser.errors import NameResolutionError, ParserError
from pybind11_stubgen.parser.interface import IParser
from pybind11_stubgen.parser.mixins.fix import FixCurrentModulePrefixInTypeNames
from pybind11_stubgen.printer import Printer
from pybind11_stubgen.writer import Writer
from pybind11_stubgen.structs import (Attribute, Field, Function, Identifier, Import, InvalidExpression, QualifiedName,
                                      ResolvedType, Value)

PACKAGE = "commissioning"
MODULE = "commissioning._core"
TYPES = "commissioning._types"
ROOT = Path(__file__).resolve().parent.parent
STUB = ROOT / "python" / "commissioning" / "_core.pyi"
COMMAND = ".venv/bin/python scripts/stubs.py"
# C++ type names that pybind11 writes into a signature when the function is bound before the
# class of its argument or result (the signature is fixed when the function is defined). Each
# is a binding to reorder; until then its Python name stands here, and the script fails once a
# name is no longer needed, so that the entry is removed.
CXX_NAMES = {
    "commissioning::period": "Period",  # FinancialYear.period (calendar.cpp binds Period after FinancialYear)
    "commissioning::appraisal": "Appraisal",  # AppraisalInput.apply (appraisal.cpp binds Appraisal after it)
}
HEADER = f"# Generated from the built module by scripts/stubs.py (pybind11-stubgen); do not edit.\n# To refresh: {COMMAND}\n"


def _public_name(core: Any, name: QualifiedName) -> QualifiedName:
    """``X`` for ``commissioning.X``, a class of the module that says it lives in the package."""
    if len(name) == 2 and str(name[0]) == PACKAGE and _is_public_class(core, getattr(core, name[1], None)):
        return QualifiedName(name[1:])
    return name


def _is_public_class(core: Any, obj: Any) -> bool:
    return inspect.isclass(obj) and obj.__module__ == PACKAGE and getattr(core, obj.__name__, None) is obj


def _parser(core: Any, types_module: Any) -> Any:
    """pybind11-stubgen's parser, as its command line builds it, plus two rules.

    The module's public classes say they live in ``commissioning`` (their ``__module__``, for
    stable pickles and reprs): they are declared in the stub, and ``commissioning.Money`` in a
    signature is written ``Money``. A name the bindings spell unqualified that
    ``commissioning._types`` defines is imported from there.
    """
    args = arg_parser().parse_args([MODULE], namespace=CLIArgs())
    used_cxx_names: set[str] = set()
    base = type(stub_parser_from_args(args))

    class PublicClasses(IParser):
        def _get_value_parent_module_name(self, obj: Any) -> str | None:
            if _is_public_class(core, obj):
                return MODULE
            return super()._get_value_parent_module_name(obj)  # type: ignore[misc, no-any-return]

        def handle_class_member(self, path: QualifiedName, class_: type, obj: Any) -> Any:
            # A text enum made from a C++ enum's names (def_text_enum): its members, as the
            # values they are, and nothing of the enum machinery.
            if isinstance(class_, type) and issubclass(class_, types_module._TextEnum):
                if str(path[-1]) == "__doc__" or isinstance(obj, property):
                    return super().handle_class_member(path, class_, obj)  # type: ignore[misc]  # a mixin
                if not isinstance(obj, class_):
                    return None
                value = Value(repr=repr(obj.value), is_print_safe=True)
                return Field(attribute=Attribute(name=path[-1], value=value), modifier=None)
            return super().handle_class_member(path, class_, obj)  # type: ignore[misc]  # a mixin

        def handle_type(self, type_: type) -> QualifiedName:
            return _public_name(core, super().handle_type(type_))  # type: ignore[safe-super]  # a mixin

        def parse_function_docstring(self, func_name: Identifier, doc_lines: list[str]) -> list[Function]:
            # The signature lines come first: "name(arg: type, ...) -> type".
            lines = []
            for line in doc_lines:
                for cxx, python in CXX_NAMES.items():
                    if cxx in line:
                        used_cxx_names.add(cxx)
                        line = line.replace(cxx, python)
                lines.append(line)
            return super().parse_function_docstring(func_name, lines)  # type: ignore[misc, no-any-return]  # a mixin of the parser

        def parse_annotation_str(self, annotation_str: str) -> ResolvedType | InvalidExpression | Value:
            return _rename(super().parse_annotation_str(annotation_str))  # type: ignore[safe-super]  # a mixin

    def _rename(annotation: ResolvedType | InvalidExpression | Value) -> ResolvedType | InvalidExpression | Value:
        if isinstance(annotation, ResolvedType):
            annotation.name = _public_name(core, annotation.name)
            if annotation.parameters is not None:
                annotation.parameters = [_rename(parameter) for parameter in annotation.parameters]
        return annotation

    # Below the rule that adds imports (so that no import of commissioning is added for them).
    bases = list(base.__bases__)
    bases.insert(bases.index(FixCurrentModulePrefixInTypeNames), PublicClasses)

    class Parser(*bases):  # type: ignore[misc]
        def __init__(self) -> None:
            super().__init__()
            self.from_types: set[str] = set()
            self.used_cxx_names = used_cxx_names

        def report_error(self, error: ParserError) -> None:
            if isinstance(error, NameResolutionError) and len(error.name) == 1 and hasattr(types_module, error.name[0]):
                self.from_types.add(str(error.name[0]))
                return
            super().report_error(error)

    return Parser()


class _Problems(logging.Handler):
    """The errors pybind11-stubgen logs (those its own rules do not settle)."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def generate(output_dir: Path) -> Path:
    """Write ``output_dir/_core.pyi`` and return its path; raise RuntimeError on any problem
    pybind11-stubgen reports."""
    types_module = importlib.import_module(TYPES)
    core = importlib.import_module(MODULE)
    parser = _parser(core, types_module)
    problems = _Problems()
    logger = logging.getLogger("pybind11_stubgen")
    logger.addHandler(problems)
    try:
        module = parser.handle_module(QualifiedName.from_str(MODULE), core)
        parser.finalize()
    finally:
        logger.removeHandler(problems)
    problems.messages += [f"{name}: no longer in a signature; remove it from CXX_NAMES in scripts/stubs.py"
                          for name in sorted(set(CXX_NAMES) - parser.used_cxx_names)]
    if module is None or problems.messages:
        raise RuntimeError("pybind11-stubgen could not type everything:\n  " + "\n  ".join(problems.messages))
    for name in parser.from_types:
        module.imports.add(Import(name=Identifier(name), origin=QualifiedName.from_str(f"{TYPES}.{name}")))
    output_dir.mkdir(parents=True, exist_ok=True)
    Writer().write_module(module, Printer(invalid_expr_as_ellipses=True), to=output_dir)
    path = output_dir / "_core.pyi"
    path.write_text(HEADER + _fix_artefacts(core, path.read_text(encoding="utf-8")), encoding="utf-8")
    return path


# A bare generic in a signature: a binding that returns py::tuple, py::list or py::iterator.
_BARE = re.compile(r"(?<![\w.])(tuple|list|collections\.abc\.Iterator|collections\.abc\.Sequence)(?![\w.\[])")
_PARAMETERS = {"tuple": "[typing.Any, ...]"}
_SUBCLASSABLE = 1 << 10  # Py_TPFLAGS_BASETYPE
_ENUM_CLASS = re.compile(r"^class (\w+)\(enum\.Enum\):$")
_ENUM_MEMBER = re.compile(r"^    (\w+): typing\.ClassVar\[(\w+)\]$")
_EQUALITY = re.compile(r"^(    def __(?:eq|ne)__\(self, arg0): \w+\) -> bool:$")


def _fix_artefacts(core: Any, text: str) -> str:
    """What pybind11-stubgen 3.0.0 writes that is not a valid or truthful stub, line by line.

    - A native enum's members come out as ``NAME: ClassVar[Enum]`` (no members for a type
      checker) with an untyped ``__new__``: written ``NAME = value``, as the module has them.
    - ``__eq__``/``__ne__`` take ``object``: pybind11 returns NotImplemented for another type.
    - ``__hash__ = None`` (pybind11 makes a class with ``__eq__`` unhashable) is typeshed's
      ``ClassVar[None]`` override of ``object.__hash__``, with its ``type: ignore``.
    - The module has no ``__all__`` (pybind11-stubgen writes one).
    - A class that cannot be subclassed (pybind11's ``is_final``) is ``@typing.final``.
    - A bare ``tuple``/``list``/``Iterator``/``Sequence`` in a signature gets ``Any`` parameters.
    """
    out: list[str] = []
    enum_name: str | None = None
    lines = text.splitlines()
    i = 0
    while i < len(lines):
        line = lines[i]
        i += 1
        if line.startswith("__all__: list[str] = "):
            continue
        if line.startswith("class "):
            match = _ENUM_CLASS.match(line)
            enum_name = match.group(1) if match else None
            runtime = getattr(core, re.split(r"[(:]", line[6:])[0])
            if not runtime.__flags__ & _SUBCLASSABLE:
                out.append("@typing.final")
        if enum_name is not None:
            member = _ENUM_MEMBER.match(line)
            if member and member.group(2) == enum_name:
                value = getattr(core, enum_name)[member.group(1)].value
                out.append(f"    {member.group(1)} = {value!r}")
                continue
            if line == "    @classmethod" and lines[i : i + 2] == ["    def __new__(cls, value):", "        ..."]:
                i += 2
                continue
        if line.strip() == "__hash__: typing.ClassVar[None] = None":
            line += "  # type: ignore[assignment]"
        line = _EQUALITY.sub(r"\1: object) -> bool:", line)
        if line.lstrip().startswith("def ") and line.endswith(":"):
            line = _BARE.sub(lambda m: m.group(1) + _PARAMETERS.get(m.group(1), "[typing.Any]"), line)
        out.append(line)
    return "\n".join(out) + "\n"


def main(argv: list[str] | None = None) -> int:
    cli = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    cli.add_argument("--output", type=Path, default=STUB.parent, help="folder to write _core.pyi to")
    options = cli.parse_args(argv)
    try:
        path = generate(options.output)
    except RuntimeError as error:
        print(error, file=sys.stderr)
        return 1
    print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
