"""A contract register profiled by financial year in one C++ pass (contract/register.hpp).

``profile_register`` takes a pandas DataFrame (or a mapping of column name to array), one
contract a row, and turns each column into an array with no Python loop per contract: a column
of repeated values (terms, uplifts, scopes, start dates written as text) is factorised and each
distinct value read once by the library's own rules; a column of floats or whole pounds is read
in one C++ loop by ``Money``'s rule. The profile equals each row's ``Contract.profile`` to the
penny.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

import numpy as np

from .errors import Error, InvalidInputError
from ._core import (
    ApportionRule,
    ContractScope,
    FinancialYear,
    Indexation,
    Money,
    Term,
    _profile_register_columns,
    parse_date,
)

__all__ = ["REGISTER_COLUMNS", "RegisterProfile", "profile_register"]

REGISTER_COLUMNS = ("start", "term", "annual")
"""The columns a register needs; ``name``, ``provider``, ``uplift``, ``exercised`` and ``scope`` are optional."""

_OPTIONAL = ("name", "provider", "uplift", "exercised", "scope")
_SCOPE_CODES = {ContractScope.CURRENT: 0, ContractScope.BASE: 1, ContractScope.MAXIMUM: 2}
_EPOCH = np.datetime64("1970-01-01", "D")


def _blank(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, float):
        return value != value
    if isinstance(value, str):
        return not value.strip()
    return type(value).__name__ in ("NAType", "NaTType")


def _row_error(error: Exception, row: int, column: str, value: Any) -> Exception:
    """contract.014 for one value of the register, naming the row (from 0), the column and the
    value, with the library's own error after it (as the C++ pass names a row)."""
    message = f"[commissioning.contract.014] register row {row}, column {column!r} ({value!r}): {error}"
    return (type(error) if isinstance(error, Error) else InvalidInputError)(message)


def _factorised(values: Any) -> tuple[np.ndarray, list[Any]]:
    """Codes (-1 for a blank) and the distinct values, in order of first appearance."""
    import pandas as pd

    array: Any = np.asarray(values)
    if array.dtype.kind not in "fiub":  # text and objects: compare as Python values
        array = pd.Series(array, copy=False).astype(object)
    found_codes, found = pd.factorize(array, use_na_sentinel=True)
    codes: np.ndarray = np.asarray(found_codes, dtype=np.int64)
    uniques: list[Any] = list(found)
    blanks = [k for k, u in enumerate(uniques) if _blank(u)]
    if blanks:  # "" and "  " are blanks too
        remap = np.arange(len(uniques))
        remap[blanks] = -1
        codes = np.where(codes >= 0, remap[np.maximum(codes, 0)], -1)
    return codes, uniques


def _read_each(codes: np.ndarray, uniques: list[Any], column: str, read: Any) -> list[Any]:
    """Each distinct value read by `read`; an error names the first row that holds it."""
    out: list[Any] = []
    for k, value in enumerate(uniques):
        if _blank(value):
            out.append(None)
            continue
        try:
            out.append(read(value))
        except Exception as error:
            raise _row_error(error, int(np.argmax(codes == k)), column, value) from error
    return out


def _start_days(values: Any) -> np.ndarray:
    array = np.asarray(values)
    if array.dtype.kind == "M":
        days = array.astype("datetime64[D]")
        if np.isnat(days).any():
            row = int(np.argmax(np.isnat(days)))
            raise _row_error(ValueError("a contract needs a start date"), row, "start", values[row])
        since: np.ndarray = (days - _EPOCH).astype(np.int64)
        return since
    codes, uniques = _factorised(array)
    if (codes < 0).any():
        row = int(np.argmax(codes < 0))
        raise _row_error(ValueError("a contract needs a start date"), row, "start", array[row])

    def read(value: Any) -> int:
        if isinstance(value, str):
            value = parse_date(value)
        elif hasattr(value, "date") and callable(value.date):  # a datetime or pandas Timestamp
            value = value.date()
        return int((np.datetime64(value, "D") - _EPOCH) // np.timedelta64(1, "D"))

    days = np.asarray(_read_each(codes, uniques, "start", read), dtype=np.int64)
    starts: np.ndarray = days[codes]
    return starts


def _columns(register: Any) -> tuple[Mapping[str, Any], int]:
    if hasattr(register, "columns") and hasattr(register, "__getitem__"):  # a DataFrame
        columns = {str(c): register[c].to_numpy() for c in register.columns}
    elif isinstance(register, Mapping):
        columns = {str(k): v for k, v in register.items()}
    else:
        raise TypeError(f"a register is a pandas DataFrame or a mapping of columns, not {type(register).__name__}")
    missing = [c for c in REGISTER_COLUMNS if c not in columns]
    if missing:
        raise ValueError(
            f"the register has no column {missing[0]!r}; its columns are {list(columns)!r}"
            f" (a register needs {', '.join(REGISTER_COLUMNS)}; {', '.join(_OPTIONAL)} are optional)"
        )
    return columns, len(columns["start"])


class RegisterProfile:
    """Every row's money by financial year, as flat arrays.

    Row ``i``'s financial years are entries ``offsets[i]`` to ``offsets[i + 1]`` of ``years``
    (the calendar year each financial year starts in, ascending) and ``pence`` (whole pence,
    exact). ``of(i)`` gives one row's years as ``Contract.profile`` does; ``totals()`` the
    register's; ``to_pandas()`` a long DataFrame.
    """

    __slots__ = ("offsets", "years", "pence", "names", "index", "rule", "start_month")

    def __init__(
        self,
        offsets: np.ndarray,
        years: np.ndarray,
        pence: np.ndarray,
        names: np.ndarray | None = None,
        index: Any = None,
        rule: ApportionRule | str = ApportionRule.MONTHLY,
        start_month: int = 4,
    ) -> None:
        self.offsets = np.asarray(offsets, dtype=np.int64)
        self.years = np.asarray(years, dtype=np.int32)
        self.pence = np.asarray(pence, dtype=np.int64)
        self.names = None if names is None else np.asarray(names, dtype=object)
        self.index = index
        self.rule = ApportionRule(rule)
        self.start_month = int(start_month)

    def __new__(cls, offsets: Any, years: Any, pence: Any, *args: Any, **kwargs: Any) -> RegisterProfile:
        return super().__new__(cls)

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.offsets, self.years, self.pence, self.names, self.index, self.rule, self.start_month))

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, RegisterProfile):
            return NotImplemented
        return (
            np.array_equal(self.offsets, other.offsets)
            and np.array_equal(self.years, other.years)
            and np.array_equal(self.pence, other.pence)
            and self.rule == other.rule
            and self.start_month == other.start_month
        )

    __hash__ = None  # type: ignore[assignment]

    def __len__(self) -> int:
        return len(self.offsets) - 1

    def __repr__(self) -> str:
        total = Money.from_pence(int(self.pence.sum(dtype=object))) if len(self.pence) else Money.from_pence(0)
        return f"<RegisterProfile of {len(self)} contracts: {total}, {self.rule.value}>"

    @property
    def rows(self) -> np.ndarray:
        """The row (from 0) of each entry of ``years`` and ``pence``."""
        return np.repeat(np.arange(len(self), dtype=np.int64), np.diff(self.offsets))

    def labels(self) -> np.ndarray:
        """The financial-year label of each entry ("2022-23")."""
        distinct, where = np.unique(self.years, return_inverse=True)
        names = np.array([FinancialYear(int(y), self.start_month).label for y in distinct], dtype=object)
        return names[where]

    def of(self, row: int) -> list[tuple[str, Money]]:
        """Row ``row``'s (financial-year label, Money) pairs, as ``Contract.profile`` lists them."""
        if not 0 <= row < len(self):
            raise IndexError(f"the register has {len(self)} rows, no row {row}")
        a, b = int(self.offsets[row]), int(self.offsets[row + 1])
        return [
            (FinancialYear(int(y), self.start_month).label, Money.from_pence(int(p)))
            for y, p in zip(self.years[a:b], self.pence[a:b])
        ]

    def totals_in_pence(self) -> dict[str, int]:
        """The register's whole pence by financial-year label, in order (exact Python ints)."""
        totals: dict[str, int] = {}
        for year in np.unique(self.years):
            part = self.pence[self.years == year]
            # int64 sums are exact unless they could overflow; then add as Python ints.
            exact = int(part.sum()) if np.abs(part.astype(np.float64)).sum() < 2.0**62 else sum(part.tolist())
            totals[FinancialYear(int(year), self.start_month).label] = exact
        return totals

    def totals(self) -> Any:
        """The register's money by financial year: a pandas Series of exact Decimal pounds."""
        import pandas as pd

        totals = self.totals_in_pence()
        return pd.Series(
            [Decimal(p).scaleb(-2) for p in totals.values()],
            index=pd.Index(list(totals), name="financial_year", dtype=object),
            dtype=object,
            name="amount",
        )

    def to_pandas(self) -> Any:
        """One row per contract and financial year: ``row`` (the register's index label),
        ``name`` (if the register has names), ``financial_year`` (label) and ``pence`` (int64,
        exact whole pence)."""
        import pandas as pd

        rows = self.rows
        frame: dict[str, Any] = {"row": rows if self.index is None else np.asarray(self.index)[rows]}
        if self.names is not None:
            frame["name"] = self.names[rows]
        frame["financial_year"] = self.labels()
        frame["pence"] = self.pence
        return pd.DataFrame(frame)


def profile_register(
    register: Any,
    *,
    scope: ContractScope | str = "current",
    rule: ApportionRule | str = "monthly",
    start_month: int = 4,
) -> RegisterProfile:
    """Every contract of a register profiled by financial year, in one C++ pass.

    Parameters
    ----------
    register : pandas.DataFrame or mapping of column name to array
        One contract a row: ``start`` (dates, datetime64, or text as ``parse_date`` reads
        it), ``term`` ("3+1+1" or Term), ``annual`` (floats, whole pounds, or anything
        ``Money`` reads) and optionally ``name``, ``provider``, ``uplift`` (a fixed uplift from
        year 2, as ``Contract(uplift=...)``: a Rate, "2.5%", 0.025, or blank for none, or an
        Indexation), ``exercised`` (options exercised, in order; blank is 0) and ``scope``
        (per row; blank is the ``scope`` argument).
    scope : ContractScope or str
        The scope of rows that do not state their own.
    rule : ApportionRule or str
    start_month : int

    Returns
    -------
    RegisterProfile
        Each row's profile equals ``Contract.profile(scope, rule, start_month)`` of the same
        contract to the penny.

    Raises
    ------
    InvalidInputError, OutOfRangeError, MoneyOverflowError
        commissioning.contract.014 for a bad value, naming the row (from 0), its name or the
        column and value, then the library's own error for it.
    """
    columns, n = _columns(register)
    starts = _start_days(columns["start"])

    term_codes, terms = _factorised(columns["term"])
    if (term_codes < 0).any():
        row = int(np.argmax(term_codes < 0))
        raise _row_error(ValueError("a contract needs a term"), row, "term", columns["term"][row])
    term_values = _read_each(term_codes, terms, "term", lambda t: t if isinstance(t, Term) else Term(str(t)))

    indexations = [Indexation.none()]
    uplift_codes = np.zeros(n, dtype=np.uint32)
    if "uplift" in columns:
        codes, uniques = _factorised(columns["uplift"])
        read = _read_each(codes, uniques, "uplift", lambda u: u if isinstance(u, Indexation) else Indexation.fixed(u))
        table = np.array([0] + [k + 1 for k in range(len(read))], dtype=np.uint32)
        indexations += [x if x is not None else Indexation.none() for x in read]
        uplift_codes = table[codes + 1]

    exercised = None
    if "exercised" in columns:
        raw = np.asarray(columns["exercised"])
        if raw.dtype.kind in "iu":
            exercised = raw.astype(np.int32)
        else:
            codes, uniques = _factorised(raw)

            def whole(v: Any) -> int:
                if isinstance(v, bool) or int(v) != v:
                    raise ValueError(f"options exercised is a whole number, got {v!r}")
                return int(v)

            read = _read_each(codes, uniques, "exercised", whole)
            exercised = np.array([0] + [r or 0 for r in read], dtype=np.int32)[codes + 1]

    default_scope = _SCOPE_CODES[ContractScope(scope)]
    scope_codes = None
    if "scope" in columns:
        codes, uniques = _factorised(columns["scope"])
        read = _read_each(codes, uniques, "scope", lambda s: _SCOPE_CODES[ContractScope(s)])
        scope_codes = np.array([default_scope] + [default_scope if r is None else r for r in read], dtype=np.uint8)[codes + 1]
    elif default_scope:
        scope_codes = np.full(n, default_scope, dtype=np.uint8)

    annual = columns["annual"]
    names = columns.get("name")
    offsets, years, pence = _profile_register_columns(
        names,
        columns.get("provider"),
        starts,
        term_values,
        term_codes.astype(np.uint32),
        annual,
        indexations,
        uplift_codes,
        exercised,
        scope_codes,
        ApportionRule(rule),
        start_month,
    )
    index = register.index if hasattr(register, "index") and hasattr(register, "columns") else None
    return RegisterProfile(offsets, years, pence, names, None if index is None else np.asarray(index), rule, start_month)
