"""Small named tuples returned by the compiled core."""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from ._core import FinancialYear, Period

__all__ = ["FinancialYearPart", "MonthsAndDays"]


class MonthsAndDays(NamedTuple):
    """A length in whole months from a start date, plus the days left over.

    Attributes
    ----------
    months : int
    days : int
    """

    months: int
    days: int


class FinancialYearPart(NamedTuple):
    """The part of a period that falls in one financial year.

    Attributes
    ----------
    year : FinancialYear
    period : Period
    """

    year: FinancialYear
    period: Period
