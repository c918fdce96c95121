"""The type stubs declare everything public, so they cannot drift from the module."""

import ast
import difflib
import enum
import importlib.util
import inspect
import subprocess
import sys
from pathlib import Path

import pytest

import commissioning as cm
from commissioning import _core

PACKAGE = Path(cm.__file__).resolve().parent
STUB = PACKAGE / "_core.pyi"
ROOT = Path(__file__).resolve().parents[2]
GENERATOR = ROOT / "scripts" / "stubs.py"
COMMITTED = ROOT / "python" / "commissioning" / "_core.pyi"


def stub_tree() -> ast.Module:
    return ast.parse(STUB.read_text(encoding="utf-8"))


def declared_names(body: list[ast.stmt], imports: bool = True) -> set[str]:
    names: set[str] = set()
    for node in body:
        if isinstance(node, (ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            names.add(node.name)
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.add(node.target.id)
        elif isinstance(node, ast.Assign):
            names.update(target.id for target in node.targets if isinstance(target, ast.Name))
        elif imports and isinstance(node, ast.ImportFrom):
            names.update(alias.asname or alias.name for alias in node.names)
    return names


def stub_classes() -> dict[str, ast.ClassDef]:
    return {node.name: node for node in stub_tree().body if isinstance(node, ast.ClassDef)}


def public(names):
    return {name for name in names if not name.startswith("_")}


def test_py_typed_marker_ships_with_the_package():
    assert (PACKAGE / "py.typed").is_file()


def test_every_name_in_all_is_declared_in_the_stub_or_in_typed_python():
    stub = declared_names(stub_tree().body)
    for name in cm.__all__:
        value = getattr(cm, name)
        module = getattr(value, "__module__", None)
        # A constant of the compiled module (SIMULATION_BLOCK_SIZE) has no __module__ of its own.
        compiled = module in ("commissioning", "commissioning._core") or name == "__version__" or getattr(_core, name, None) is value
        if compiled and not (inspect.isclass(value) and issubclass(value, BaseException)):
            assert name in stub, f"{name} is missing from {STUB.name}"
        else:
            # Pure Python (errors, named tuples) is typed by its own source.
            assert inspect.getsourcefile(value).endswith(".py"), name


def test_every_public_name_of_the_compiled_module_is_in_the_stub():
    assert public(dir(_core)) - declared_names(stub_tree().body) == set()


def test_every_public_name_of_the_stub_exists_in_the_compiled_module():
    stub_only = public(declared_names(stub_tree().body, imports=False))
    assert stub_only - set(dir(_core)) == set()


def test_every_public_member_of_each_class_is_in_its_stub():
    classes = stub_classes()
    for name, stub_class in classes.items():
        runtime = getattr(_core, name)
        runtime_members = public(vars(runtime))
        if issubclass(runtime, enum.Enum):  # its members, and what else the class adds (full_name)
            runtime_members = public(runtime.__members__) | {n for n, v in vars(runtime).items() if isinstance(v, property)}
        declared = public(declared_names(stub_class.body))
        assert runtime_members - declared == set(), f"{name}: missing from the stub"
        assert declared - runtime_members == set(), f"{name}: in the stub but not the class"


def test_the_stub_declares_the_dunders_the_classes_define():
    # Operators and protocols matter to type checkers too.
    classes = stub_classes()
    for name, stub_class in classes.items():
        runtime = getattr(_core, name)
        if issubclass(runtime, enum.Enum):
            continue
        defined = {member for member in vars(runtime) if member.startswith("__") and member.endswith("__")}
        defined -= {"__init__", "__doc__", "__module__", "__dict__", "__weakref__", "__repr__", "__str__"}
        defined -= {"__new__", "__qualname__", "__annotations__"}
        declared = declared_names(stub_class.body)
        assert defined - declared == set(), f"{name}: dunders missing from the stub"
        if "__init__" in declared:
            assert "__init__" in vars(runtime)


def test_every_public_function_and_class_has_a_docstring():
    for name in cm.__all__:
        value = getattr(cm, name)
        if callable(value):
            assert (value.__doc__ or "").strip(), f"{name} has no docstring"
    for name, stub_class in stub_classes().items():
        runtime = getattr(_core, name)
        for member in public(vars(runtime)):
            attribute = getattr(runtime, member)
            if callable(attribute) or isinstance(attribute, property):
                assert (attribute.__doc__ or "").strip(), f"{name}.{member} has no docstring"


@pytest.mark.skipif(importlib.util.find_spec("pybind11_stubgen") is None,
                    reason="pybind11-stubgen is not installed (it is pinned in requirements/dev.txt)")
def test_the_committed_stub_is_the_one_the_built_module_generates(tmp_path):
    result = subprocess.run([sys.executable, str(GENERATOR), "--output", str(tmp_path)],
                            cwd=tmp_path, capture_output=True, text=True, check=False)
    assert result.returncode == 0, f"scripts/stubs.py failed:\n{result.stdout}{result.stderr}"
    fresh = (tmp_path / "_core.pyi").read_text(encoding="utf-8")
    committed = COMMITTED.read_text(encoding="utf-8")
    if fresh != committed:
        diff = "".join(difflib.unified_diff(committed.splitlines(keepends=True), fresh.splitlines(keepends=True),
                                            "python/commissioning/_core.pyi (committed)", "generated"))
        pytest.fail(f"The committed stub is stale; refresh it (after installing the package) with\n"
                    f"  .venv/bin/python scripts/stubs.py\n\n{diff}", pytrace=False)
