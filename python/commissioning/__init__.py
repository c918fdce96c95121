"""commissioning: the money behind UK public-sector commissioning decisions.

Exact money (pence in 64 bits, never a float), exact rates, named rounding,
largest-remainder splitting, dates as councils write them, financial years,
periods and apportionment across financial years, to the penny::

    >>> import commissioning as cm
    >>> cm.Money("£325,500") * 5
    Money('£1,627,500.00')
    >>> result = cm.apportion("£325,484.88", cm.Period("1 May 2022", "30 April 2023"))
    >>> [str(part.amount) for part in result]
    ['£298,361.14', '£27,123.74']

Errors carry stable ids (``[commissioning.money.004] ...``); see :mod:`commissioning.errors`.
"""

from ._core import (
    ApportionedAmount,
    Apportionment,
    ApportionRule,
    FinancialYear,
    Money,
    MoneyUnit,
    NegativeStyle,
    Period,
    Rate,
    Rounding,
    __version__,
    add_months,
    add_years,
    allocate,
    apportion,
    financial_years,
    parse_date,
    split,
    to_long_string,
)
from ._types import FinancialYearPart, MonthsAndDays
from .errors import DomainError, Error, InvalidInputError, MoneyOverflowError, OutOfRangeError

__all__ = [
    "__version__",
    # money
    "Money",
    "MoneyUnit",
    "NegativeStyle",
    "Rate",
    "Rounding",
    "allocate",
    "split",
    # calendar
    "parse_date",
    "add_months",
    "add_years",
    "to_long_string",
    "FinancialYear",
    "FinancialYearPart",
    "financial_years",
    "Period",
    "MonthsAndDays",
    "ApportionRule",
    "ApportionedAmount",
    "Apportionment",
    "apportion",
    # errors
    "Error",
    "InvalidInputError",
    "DomainError",
    "OutOfRangeError",
    "MoneyOverflowError",
]
