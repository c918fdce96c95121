"""The docstrings of the classes and functions bound in bindings/module.cpp, by the name Python
gives each one ("Money.from_pence"; "Term.__init__/2" for an overload's second docstring).
bindings/docstrings.cpp reads them as commissioning._core loads (see __init__.py)."""

DOCSTRINGS: dict[str, str] = {
    "_core": r"""
The compiled core of the commissioning package.

Import the package instead: ``import commissioning as cm``.
""",
}
