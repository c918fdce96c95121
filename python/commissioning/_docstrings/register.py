"""The docstrings of the classes and functions bound in bindings/register.cpp, by the name Python
gives each one ("Money.from_pence"; "Term.__init__/2" for an overload's second docstring).
bindings/docstrings.cpp reads them as commissioning._core loads (see __init__.py)."""

DOCSTRINGS: dict[str, str] = {
    "_profile_register_columns": r"""
A register's columns profiled by financial year (contract/register.hpp); used by
``commissioning.profile_register``, which builds the columns from a DataFrame.

Returns (offsets, years, pence): row i's financial years are entries offsets[i] to
offsets[i + 1] of ``years`` (start years) and ``pence``.
""",
}
