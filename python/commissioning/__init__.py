"""commissioning: the money behind UK public-sector commissioning decisions.

Exact money (pence in 64 bits, never a float), exact rates, named rounding,
largest-remainder splitting, dates as councils write them, financial years,
periods and apportionment across financial years, and contracts with "3+1+1"
terms, options, indexation and modifications, to the penny::

    >>> import commissioning as cm
    >>> cm.Money("£325,500") * 5
    Money('£1,627,500.00')
    >>> result = cm.apportion("£325,484.88", cm.Period("1 May 2022", "30 April 2023"))
    >>> [str(part.amount) for part in result]
    ['£298,361.14', '£27,123.74']
    >>> kent = cm.Contract("Kent Young Carers", "Imago", "1 May 2016", "3+1+1", annual_value="£325,484")
    >>> kent.exercise(1); kent.exercise(2); kent.modify(ground="72(1)(c)", months=12)
    1
    >>> kent.current_value
    Money('£1,952,904.00')

Errors carry stable ids (``[commissioning.money.004] ...``); see :mod:`commissioning.errors`.
"""

from ._core import (
    ApportionedAmount,
    Apportionment,
    ApportionRule,
    Contract,
    FinancialYear,
    FinancialYearProfile,
    Indexation,
    Money,
    MoneyUnit,
    NegativeStyle,
    Period,
    Price,
    Rate,
    Rounding,
    Term,
    __version__,
    add_months,
    add_years,
    allocate,
    apportion,
    citation,
    financial_years,
    funding_sentence,
    parse_date,
    parse_modification_ground,
    report_figure,
    split,
    to_long_string,
)
from ._types import (
    ContractPhase,
    ContractScope,
    ContractState,
    ContractYear,
    ContractYears,
    ExtensionOption,
    FinancialYearAmount,
    FinancialYearPart,
    Modification,
    ModificationGround,
    ModificationValue,
    MonthsAndDays,
    OptionStatus,
)
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
    # contracts
    "Term",
    "Price",
    "Indexation",
    "ModificationGround",
    "parse_modification_ground",
    "citation",
    "Modification",
    "ModificationValue",
    "Contract",
    "ContractScope",
    "ExtensionOption",
    "OptionStatus",
    "ContractPhase",
    "ContractState",
    "ContractYear",
    "ContractYears",
    "FinancialYearAmount",
    "FinancialYearProfile",
    # reports
    "funding_sentence",
    "report_figure",
    # errors
    "Error",
    "InvalidInputError",
    "DomainError",
    "OutOfRangeError",
    "MoneyOverflowError",
]
