# Generated from the built module by scripts/stubs.py (pybind11-stubgen); do not edit.
# To refresh: .venv/bin/python scripts/stubs.py
"""
The compiled core of the commissioning package.

Import the package instead: ``import commissioning as cm``.
"""
from __future__ import annotations
import collections.abc
import commissioning._simulation
import commissioning._types
from commissioning._types import AppraisalYear
from commissioning._types import Breach
from commissioning._types import ChangeOutcome
from commissioning._types import ContractState
from commissioning._types import ContractYears
from commissioning._types import Criterion
from commissioning._types import DiscountBand
from commissioning._types import ExtensionOption
from commissioning._types import FinancialYearAmount
from commissioning._types import FinancialYearPart
from commissioning._types import MediumTermYear
from commissioning._types import Modification
from commissioning._types import ModificationValue
from commissioning._types import MonthsAndDays
from commissioning._types import OptimismBiasShare
from commissioning._types import OptimismBiasUplift
from commissioning._types import OutputMeasure
from commissioning._types import PortfolioLine
from commissioning._types import ReconciliationLine
from commissioning._types import SensitivityRow
from commissioning._types import ServiceGroup
from commissioning._types import StatementLine
from commissioning._types import StatutoryDuty
from commissioning._types import ThresholdRow
from commissioning._types import VatSplit
from commissioning._types import WeightStability
from commissioning._types import YearPosition
import datetime
import decimal
import fractions
import numpy
import numpy.typing
import os
import pandas
import typing
class Rounding(commissioning._types._TextEnum):
    """
    How an exact value is brought to a whole number of pence.
    
    Each member is its name in lowercase (``Rounding.HALF_EVEN == "half_even"``), and wherever a
    rounding is taken that text is accepted too, with spaces or hyphens for underscores.
    
    Members
    -------
    HALF_AWAY_FROM_ZERO
        2.5 -> 3, -2.5 -> -3: Excel's ROUND, and the default everywhere.
    HALF_EVEN
        2.5 -> 2, 3.5 -> 4: banker's rounding.
    TOWARD_ZERO
        2.9 -> 2, -2.9 -> -2: truncation.
    AWAY_FROM_ZERO
        2.1 -> 3, -2.1 -> -3.
    """
    AWAY_FROM_ZERO = 'away_from_zero'
    HALF_AWAY_FROM_ZERO = 'half_away_from_zero'
    HALF_EVEN = 'half_even'
    TOWARD_ZERO = 'toward_zero'
class MoneyUnit(commissioning._types._TextEnum):
    """
    The unit a figure is displayed in (display rounding only; stored values stay exact).
    Each member is its name in lowercase (``MoneyUnit.WHOLE_POUNDS == "whole_pounds"``).
    
    Members
    -------
    POUNDS_AND_PENCE
        £1,627,500.00
    WHOLE_POUNDS
        £1,627,500
    THOUSANDS
        £1,628k
    MILLIONS
        £1.63m
    """
    MILLIONS = 'millions'
    POUNDS_AND_PENCE = 'pounds_and_pence'
    THOUSANDS = 'thousands'
    WHOLE_POUNDS = 'whole_pounds'
class NegativeStyle(commissioning._types._TextEnum):
    """
    How negative figures are written; each member is its name in lowercase (``"minus"``).
    
    Members
    -------
    MINUS
        -£12.50
    PARENTHESES
        (£12.50), as in accounts.
    """
    MINUS = 'minus'
    PARENTHESES = 'parentheses'
@typing.final
class Rate:
    """
    An exact rate, share or factor, held as a fraction.
    
    Parameters
    ----------
    value : Rate, str, int, float, decimal.Decimal or fractions.Fraction
        Text reads as a decimal or a percentage (``"0.035"``, ``"3.5%"``); an int,
        Decimal or Fraction is taken exactly; a float is taken as the shortest decimal
        that reads back as it (its ``repr``), so ``Rate(0.035)`` is exactly 35/1000.
    
    Examples
    --------
    >>> Rate("3.5%") == Rate("0.035")
    True
    >>> Rate.ratio(11, 12)
    Rate.ratio(11, 12)
    """
    @staticmethod
    def ratio(numerator: int, denominator: int) -> Rate:
        """
        The exact fraction ``numerator / denominator``.
        
        Parameters
        ----------
        numerator, denominator : int
            The denominator must not be zero (DomainError, commissioning.rate.003).
        
        Returns
        -------
        Rate
        """
    def __abs__(self) -> Rate:
        ...
    def __add__(self, arg0: typing.Any) -> typing.Any:
        ...
    def __bool__(self) -> bool:
        ...
    def __eq__(self, arg0: typing.Any) -> typing.Any:
        ...
    def __float__(self) -> typing.Any:
        """
        The nearest float.
        """
    def __ge__(self, arg0: typing.Any) -> typing.Any:
        ...
    def __getstate__(self) -> tuple[typing.Any, typing.Any]:
        ...
    def __gt__(self, arg0: typing.Any) -> typing.Any:
        ...
    def __hash__(self) -> int:
        ...
    def __init__(self, value: Rate | str | int | float | decimal.Decimal | fractions.Fraction) -> None:
        """
        Make a rate from text, a number or another Rate.
        """
    def __le__(self, arg0: typing.Any) -> typing.Any:
        ...
    def __lt__(self, arg0: typing.Any) -> typing.Any:
        ...
    def __mul__(self, arg0: typing.Any) -> typing.Any:
        ...
    def __ne__(self, arg0: typing.Any) -> typing.Any:
        ...
    def __neg__(self) -> Rate:
        ...
    def __pos__(self) -> Rate:
        ...
    def __radd__(self, arg0: typing.Any) -> typing.Any:
        ...
    def __repr__(self) -> str:
        ...
    def __rmul__(self, arg0: typing.Any) -> typing.Any:
        ...
    def __rsub__(self, arg0: typing.Any) -> typing.Any:
        ...
    def __rtruediv__(self, arg0: typing.Any) -> typing.Any:
        ...
    def __setstate__(self, arg0: tuple[typing.Any, ...]) -> None:
        ...
    def __str__(self) -> str:
        """
        Exact decimal text (``"0.035"``), or 12 decimals if it does not terminate.
        """
    def __sub__(self, arg0: typing.Any) -> typing.Any:
        ...
    def __truediv__(self, arg0: typing.Any) -> typing.Any:
        ...
    def as_decimal(self) -> typing.Any:
        """
        The rate as a ``decimal.Decimal``.
        
        Exact when the rate has a terminating decimal expansion; otherwise rounded half away
        from zero to 28 significant digits (1/3 gives Decimal('0.3333333333333333333333333333')).
        """
    def percent(self, max_decimals: typing.SupportsInt | typing.SupportsIndex = 10) -> str:
        """
        The rate as a percentage, e.g. ``"3.5%"``.
        
        Parameters
        ----------
        max_decimals : int, default 10
            Decimals shown at most; a longer value is rounded half away from zero.
        
        Returns
        -------
        str
        """
    @property
    def denominator(self) -> typing.Any:
        """
        The denominator of the fraction in lowest terms (a positive int).
        """
    @property
    def numerator(self) -> typing.Any:
        """
        The numerator of the fraction in lowest terms (an int).
        """
@typing.final
class Money:
    """
    An exact amount of pounds sterling, held as a 64-bit count of pence.
    
    Parameters
    ----------
    value : Money, str, int, float or decimal.Decimal, default 0
        - str: read as councils write money: ``"£325,484.88"``, ``"-£12.50"``, ``"(£12.50)"``,
          ``"1627500"``. Thousands separators must group digits in threes; at most two
          decimals; no exponents.
        - int: whole pounds (``Money(5)`` is £5.00). Use ``Money.from_pence`` for pence.
        - float: the shortest decimal that reads back as the float (its ``repr``),
          rounded half away from zero to the penny. So ``Money(1.005)`` is £1.01 and
          ``Money(0.125)`` is £0.13, as the figures are written, even though the binary
          floats lie a little below them. NaN and infinity are refused.
        - decimal.Decimal: exact; it must be a whole number of pence (else
          InvalidInputError, commissioning.money.008). Round explicitly with
          ``Money.from_decimal(d, rounding=...)``.
        - bool is refused (TypeError).
    
    Notes
    -----
    Arithmetic never wraps: a result beyond 64-bit pence raises MoneyOverflowError.
    ``Money * Money`` is a TypeError. ``Money * Rate`` (or a Decimal or float) rounds
    once, half away from zero; use ``multiply`` to name another rounding.
    
    Examples
    --------
    >>> Money("£325,500") * 5
    Money('£1,627,500.00')
    >>> str(Money.from_pence(32548488))
    '£325,484.88'
    """
    @staticmethod
    def from_decimal(amount: decimal.Decimal | int, rounding: Rounding | str = ...) -> Money:
        """
        Money from an exact amount of pounds, rounded to the penny.
        
        Parameters
        ----------
        amount : decimal.Decimal or int
            Pounds.
        rounding : Rounding or str, default Rounding.HALF_AWAY_FROM_ZERO
        
        Examples
        --------
        >>> Money.from_decimal(Decimal("0.125"), rounding="half_even")
        Money('£0.12')
        """
    @staticmethod
    def from_pence(pence: int) -> Money:
        """
        Money from a count of pence: ``Money.from_pence(32548488)`` is £325,484.88.
        
        Parameters
        ----------
        pence : int
            Must fit in 64 bits (else MoneyOverflowError, commissioning.money.005).
        """
    @staticmethod
    def parse(text: str) -> Money:
        """
        Read money written as text: ``"£325,484.88"``, ``"-£12.50"``, ``"(£12.50)"``.
        
        Raises
        ------
        InvalidInputError
            Malformed text ("1,2,3", "£1.234", "12e3", "", "£", "NaN").
        MoneyOverflowError
            The amount does not fit in 64-bit pence.
        """
    def __abs__(self) -> Money:
        ...
    def __add__(self, arg0: typing.Any) -> typing.Any:
        ...
    def __bool__(self) -> bool:
        ...
    def __eq__(self, arg0: object) -> bool:
        ...
    def __ge__(self, arg0: Money) -> bool:
        ...
    def __getstate__(self) -> tuple[int]:
        ...
    def __gt__(self, arg0: Money) -> bool:
        ...
    def __hash__(self) -> int:
        ...
    def __init__(self, value: Money | str | int | float | decimal.Decimal = 0) -> None:
        """
        Make money from text, whole pounds, a float, a Decimal or another Money.
        """
    def __le__(self, arg0: Money) -> bool:
        ...
    def __lt__(self, arg0: Money) -> bool:
        ...
    def __mul__(self, arg0: typing.Any) -> typing.Any:
        ...
    def __ne__(self, arg0: object) -> bool:
        ...
    def __neg__(self) -> Money:
        ...
    def __pos__(self) -> Money:
        ...
    def __radd__(self, arg0: typing.Any) -> typing.Any:
        ...
    def __repr__(self) -> str:
        ...
    def __rmul__(self, arg0: typing.Any) -> typing.Any:
        ...
    def __rsub__(self, arg0: typing.Any) -> typing.Any:
        ...
    def __setstate__(self, arg0: tuple[typing.Any, ...]) -> None:
        ...
    def __str__(self) -> str:
        ...
    def __sub__(self, arg0: typing.Any) -> typing.Any:
        ...
    def divide(self, divisor: Rate | str | int | float | decimal.Decimal | fractions.Fraction, rounding: Rounding | str = ...) -> Money:
        """
        The amount divided by a number, rounded to the penny.
        
        To split money into parts that sum back to it, use ``split`` or ``allocate``.
        
        Parameters
        ----------
        divisor : int, Rate, str, float, decimal.Decimal or fractions.Fraction
            Not zero (DomainError, commissioning.money.007).
        rounding : Rounding or str, default Rounding.HALF_AWAY_FROM_ZERO
        
        Returns
        -------
        Money
        """
    def format(self, unit: MoneyUnit | str = ..., *, decimals: typing.SupportsInt | typing.SupportsIndex | None = None, negative: NegativeStyle | str = ..., symbol: bool = True, grouping: bool = True, rounding: Rounding | str = ...) -> str:
        """
        Write the amount for display; rounding applies to the displayed figure only.
        
        Parameters
        ----------
        unit : MoneyUnit or str, default "pounds_and_pence"
            "pounds_and_pence" (£1,627,500.00), "whole_pounds" (£1,627,500),
            "thousands" (£1,628k) or "millions" (£1.63m).
        decimals : int, optional
            Decimals to show; the unit's usual by default (2 for pounds and pence and for
            millions, else 0). At most 18.
        negative : NegativeStyle or str, default "minus"
            "minus" (-£12.50) or "parentheses" ((£12.50)).
        symbol : bool, default True
            Write "£".
        grouping : bool, default True
            Write "1,627,500" rather than "1627500".
        rounding : Rounding or str, default Rounding.HALF_AWAY_FROM_ZERO
            How the displayed figure is rounded.
        
        Returns
        -------
        str
        """
    def multiply(self, factor: Rate | str | int | float | decimal.Decimal | fractions.Fraction, rounding: Rounding | str = ...) -> Money:
        """
        The amount times an exact factor, rounded once to the penny.
        
        Parameters
        ----------
        factor : Rate, str, int, float, decimal.Decimal or fractions.Fraction
            Taken as ``Rate(factor)`` would take it (so ``"3.5%"`` works).
        rounding : Rounding or str, default Rounding.HALF_AWAY_FROM_ZERO
        
        Returns
        -------
        Money
        """
    def ratio_to(self, whole: Money) -> Rate:
        """
        The exact ratio of this amount to ``whole``, as a Rate.
        
        Raises DomainError (commissioning.money.007) if ``whole`` is zero.
        """
    @property
    def pence(self) -> int:
        """
        The exact count of pence (an int).
        """
    @property
    def pounds(self) -> typing.Any:
        """
        The exact amount in pounds, as a ``decimal.Decimal``.
        """
@typing.final
class FinancialYear:
    """
    A financial year, named by the calendar year it starts in: 1 April to 31 March by default.
    
    Parameters
    ----------
    start_year : int or str
        The calendar year the financial year starts in (2022 for 2022-23), or a label
        such as ``"2022-23"``, ``"2022/23"`` or ``"FY2022-23"``.
    start_month : int, default 4
        The month the year starts in, 1 to 12. A year that starts in January is a
        calendar year, labelled ``"2022"``.
    
    Examples
    --------
    >>> FinancialYear.of("1 May 2022")
    FinancialYear('2022-23')
    >>> FinancialYear(2022).last_day
    datetime.date(2023, 3, 31)
    """
    @staticmethod
    def of(day: datetime.date | str, start_month: int = 4) -> FinancialYear:
        """
        The financial year containing a date.
        
        Parameters
        ----------
        day : datetime.date or str
        start_month : int, default 4
        
        Returns
        -------
        FinancialYear
        """
    @staticmethod
    def parse(label: str, start_month: int = 4) -> FinancialYear:
        """
        Read a label: ``"2022-23"``, ``"2022/23"``, ``"FY2022-23"``, ``"2022-2023"`` (``"2022"`` for a January start).
        
        Raises
        ------
        InvalidInputError
            Unreadable text (commissioning.financial_year.001) or years that do not follow
            each other, such as "2022-24" (commissioning.financial_year.003).
        """
    def __contains__(self, day: datetime.date | str) -> bool:
        ...
    def __eq__(self, arg0: object) -> bool:
        ...
    def __ge__(self, arg0: FinancialYear) -> bool:
        ...
    def __getstate__(self) -> tuple[int, int]:
        ...
    def __gt__(self, arg0: FinancialYear) -> bool:
        ...
    def __hash__(self) -> int:
        ...
    def __init__(self, start_year: int | str, start_month: int = 4) -> None:
        """
        Make the financial year that starts in ``start_year`` (or read a label).
        """
    def __le__(self, arg0: FinancialYear) -> bool:
        ...
    def __lt__(self, arg0: FinancialYear) -> bool:
        ...
    def __ne__(self, arg0: object) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple[typing.Any, ...]) -> None:
        ...
    def __str__(self) -> str:
        ...
    def contains(self, day: datetime.date | str) -> bool:
        """
        Whether the date falls in this year.
        """
    def next(self) -> FinancialYear:
        """
        The following financial year.
        """
    def previous(self) -> FinancialYear:
        """
        The preceding financial year.
        """
    @property
    def first_day(self) -> datetime.date:
        """
        The first day (1 April 2022 for 2022-23).
        """
    @property
    def label(self) -> str:
        """
        The label, ``"2022-23"``.
        """
    @property
    def last_day(self) -> datetime.date:
        """
        The last day (31 March 2023 for 2022-23).
        """
    @property
    def period(self) -> Period:
        """
        The year as a Period.
        """
    @property
    def start_month(self) -> int:
        """
        The month the year starts in (4 for April).
        """
    @property
    def start_year(self) -> int:
        """
        The calendar year the financial year starts in.
        """
@typing.final
class Period:
    """
    An inclusive run of days, as contracts state them ("1 May 2016 to 30 April 2019").
    
    Parameters
    ----------
    first, last : datetime.date or str
        The first and last days, both included; ``last`` must not be before ``first``
        (InvalidInputError, commissioning.period.001).
    
    Examples
    --------
    >>> Period("1 May 2022", "30 April 2023").days
    365
    >>> str(Period.of_years("2016-05-01", 3))
    '1 May 2016 to 30 April 2019'
    """
    @staticmethod
    def of_months(first: datetime.date | str, months: typing.SupportsInt | typing.SupportsIndex) -> Period:
        """
        The period of ``months`` whole months from ``first``; month n ends the day before first + n months.
        
        Parameters
        ----------
        first : datetime.date or str
        months : int
            At least 1 (InvalidInputError, commissioning.period.003).
        
        Returns
        -------
        Period
        """
    @staticmethod
    def of_years(first: datetime.date | str, years: typing.SupportsInt | typing.SupportsIndex) -> Period:
        """
        The period of ``years`` whole years from ``first``: 1 May 2016 and 3 give 1 May 2016 to 30 April 2019.
        
        Parameters
        ----------
        first : datetime.date or str
        years : int
            At least 1 (InvalidInputError, commissioning.period.003).
        
        Returns
        -------
        Period
        """
    def __contains__(self, day: datetime.date | str) -> bool:
        ...
    def __eq__(self, arg0: object) -> bool:
        ...
    def __getstate__(self) -> tuple[datetime.date, datetime.date]:
        ...
    def __hash__(self) -> int:
        ...
    def __init__(self, first: datetime.date | str, last: datetime.date | str) -> None:
        """
        Make the period from first to last.
        """
    def __ne__(self, arg0: object) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple[typing.Any, ...]) -> None:
        ...
    def __str__(self) -> str:
        ...
    def contains(self, day: datetime.date | str) -> bool:
        """
        Whether the date falls in the period.
        """
    def intersection(self, other: Period) -> Period | None:
        """
        The days both periods share.
        
        Returns
        -------
        Period or None
            None if the periods do not overlap.
        """
    def length(self) -> MonthsAndDays:
        """
        The whole months from the first day, and the days after them.
        
        Returns
        -------
        MonthsAndDays
            A named tuple ``(months, days)``: 1 May 2016 to 30 April 2019 is (36, 0);
            1 May to 14 June is (1, 14).
        """
    def split_by_financial_year(self, start_month: int = 4) -> list[FinancialYearPart]:
        """
        Cut the period at financial-year boundaries, in date order.
        
        Parameters
        ----------
        start_month : int, default 4
        
        Returns
        -------
        list of FinancialYearPart
            Named tuples ``(year, period)``.
        """
    @property
    def days(self) -> int:
        """
        The number of days, both ends included.
        """
    @property
    def first(self) -> datetime.date:
        """
        The first day.
        """
    @property
    def last(self) -> datetime.date:
        """
        The last day (included).
        """
class ApportionRule(commissioning._types._TextEnum):
    """
    How an amount over a period is spread across financial years.
    
    Each member is its name in lowercase (``ApportionRule.DAILY == "daily"``), and wherever a rule
    is taken that text is accepted too.
    
    Members
    -------
    MONTHLY
        Equal monthly instalments, a part month pro rata by its days (the default).
    DAILY
        In proportion to the days in each financial year.
    """
    DAILY = 'daily'
    MONTHLY = 'monthly'
@typing.final
class ApportionedAmount:
    """
    One financial year's share of an apportionment.
    
    Attributes
    ----------
    year : FinancialYear
    period : Period
        The days of the apportioned period that fall in the year.
    amount : Money
    """
    def __eq__(self, arg0: object) -> bool:
        ...
    def __getstate__(self) -> tuple[FinancialYear, Period, Money]:
        ...
    def __hash__(self) -> int:
        ...
    def __ne__(self, arg0: object) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple[typing.Any, ...]) -> None:
        ...
    @property
    def amount(self) -> Money:
        """
        The year's share.
        """
    @property
    def period(self) -> Period:
        """
        The days that fall in the year.
        """
    @property
    def year(self) -> FinancialYear:
        """
        The financial year.
        """
@typing.final
class Apportionment:
    """
    The result of ``apportion``: what was spread, over what, by which rule, and the parts.
    
    The parts are in date order and their amounts sum exactly to ``total``. The result
    is a sequence of its parts (``len``, iteration, indexing), has ``to_pandas()`` and
    shows as a table in Jupyter.
    
    Attributes
    ----------
    total : Money
    period : Period
    rule : ApportionRule
    rule_description : str
        The rule as results state it: "equal monthly instalments, part months pro rata by days".
    parts : list of ApportionedAmount
    """
    __hash__: typing.ClassVar[None] = None  # type: ignore[assignment]
    def __eq__(self, arg0: object) -> bool:
        ...
    def __getitem__(self, arg0: typing.Any) -> typing.Any:
        ...
    def __getstate__(self) -> tuple[Money, Period, ApportionRule, list[ApportionedAmount]]:
        ...
    def __iter__(self) -> collections.abc.Iterator[typing.Any]:
        ...
    def __len__(self) -> int:
        ...
    def __ne__(self, arg0: object) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple[typing.Any, ...]) -> None:
        ...
    def __str__(self) -> str:
        ...
    def _repr_html_(self) -> str:
        """
        An HTML table for Jupyter, captioned with the rule.
        """
    def to_pandas(self) -> pandas.DataFrame:
        """
        The parts as a pandas DataFrame (pandas is imported only when this is called).
        
        Returns
        -------
        pandas.DataFrame
            Columns ``financial_year`` (str), ``first`` and ``last`` (datetime.date),
            ``days`` (int) and ``amount`` (exact decimal.Decimal pounds); the rule's
            description is in ``df.attrs["rule"]``.
        """
    @property
    def parts(self) -> list[ApportionedAmount]:
        """
        Each financial year's share, in date order.
        """
    @property
    def period(self) -> Period:
        """
        The period spread over.
        """
    @property
    def rule(self) -> ApportionRule:
        """
        The rule used.
        """
    @property
    def rule_description(self) -> str:
        """
        The rule as results state it.
        """
    @property
    def total(self) -> Money:
        """
        The amount spread.
        """
class OptionStatus(commissioning._types._TextEnum):
    """
    Where an extension option stands; each member is its snake_case name (``"exercised"``).
    """
    DECLINED = 'declined'
    EXERCISED = 'exercised'
    PENDING = 'pending'
class ContractPhase(commissioning._types._TextEnum):
    """
    The part of a contract's life a date falls in; each member is its snake_case name
    (``"base_term"``); ``label`` gives the words a report uses (``"base term"``).
    """
    BASE_TERM = 'base_term'
    ENDED = 'ended'
    EXTENSION = 'extension'
    MODIFICATION = 'modification'
    NOT_STARTED = 'not_started'
class ContractScope(commissioning._types._TextEnum):
    """
    Which length of a contract a value, an end date or a profile covers.
    
    Members
    -------
    CURRENT
        "current": the base term, exercised options and modifications (the default).
    BASE
        "base": the base term only, as awarded.
    MAXIMUM
        "maximum": the base term and every option, as awarded (the estimated value).
    """
    BASE = 'base'
    CURRENT = 'current'
    MAXIMUM = 'maximum'
class ModificationGround(commissioning._types._TextEnum):
    """
    The legal ground for modifying a contract; each member is its snake_case name
    (``"pcr_72_1_c"``), and ``label`` its short code (``"72(1)(c)"``).
    
    ``cm.citation(ground)`` gives the citation a report writes; the
    class reads the forms reports use too ("reg 72(1)(c)", "section 72 (1) c").
    
    Members
    -------
    PCR_72_1_A
        PCR 2015 reg 72(1)(a): clear, precise and unequivocal review clauses.
    PCR_72_1_B
        PCR 2015 reg 72(1)(b): additional works, services or supplies (50% cap).
    PCR_72_1_C
        PCR 2015 reg 72(1)(c): unforeseeable circumstances (50% cap).
    PCR_72_1_D
        PCR 2015 reg 72(1)(d): a new contractor (review clause or succession).
    PCR_72_1_E
        PCR 2015 reg 72(1)(e): not substantial (reg 72(8) tests).
    PCR_72_1_F
        PCR 2015 reg 72(1)(f): de minimis (reg 72(5)).
    PA2023_PERMITTED
        Procurement Act 2023 s74(1)(a): a Schedule 8 permitted modification.
    PA2023_KNOWN_RISK
        Procurement Act 2023 Schedule 8 para 5: materialisation of a known risk.
    PA2023_NOT_SUBSTANTIAL
        Procurement Act 2023 s74(1)(b): not a substantial modification.
    PA2023_BELOW_THRESHOLD
        Procurement Act 2023 s74(1)(c): a below-threshold modification.
    PA2023_UNFORESEEABLE
        Procurement Act 2023 Schedule 8 para 4: unforeseeable circumstances (50% cap).
    PA2023_ADDITIONAL
        Procurement Act 2023 Schedule 8: additional goods, services or works (50% cap).
    PA2023_RESTRUCTURING
        Procurement Act 2023 Schedule 8 para 9: transfer on corporate restructuring.
    OTHER
        Another ground, named in the description.
    """
    OTHER = 'other'
    PA2023_ADDITIONAL = 'pa2023_additional'
    PA2023_BELOW_THRESHOLD = 'pa2023_below_threshold'
    PA2023_KNOWN_RISK = 'pa2023_known_risk'
    PA2023_NOT_SUBSTANTIAL = 'pa2023_not_substantial'
    PA2023_PERMITTED = 'pa2023_permitted'
    PA2023_RESTRUCTURING = 'pa2023_restructuring'
    PA2023_UNFORESEEABLE = 'pa2023_unforeseeable'
    PCR_72_1_A = 'pcr_72_1_a'
    PCR_72_1_B = 'pcr_72_1_b'
    PCR_72_1_C = 'pcr_72_1_c'
    PCR_72_1_D = 'pcr_72_1_d'
    PCR_72_1_E = 'pcr_72_1_e'
    PCR_72_1_F = 'pcr_72_1_f'
@typing.final
class Term:
    """
    A contract term: a base period, then extension options taken in order ("3+1+1").
    
    Parameters
    ----------
    text : str
        The term as written: ``"3+1+1"``, ``"3+2"``, ``"18m+6m"``, ``"2y7m"``, or words:
        ``"three years plus one plus one"``, ``"eighteen months plus six months"``. A bare
        number is in years, or in the unit the term last named.
    base_months, extension_months : int, sequence of int
        Alternatively, the lengths in months: ``Term(base_months=36, extension_months=[12, 12])``.
    
    Raises
    ------
    InvalidInputError
        Text that is not a term, such as "3++1", "+1", "3+" or "-3" (commissioning.term.001);
        a part of zero months, "0" or "3+0" (commissioning.term.002); a part over 50 years or
        a term over 100 years (commissioning.term.003).
    
    Examples
    --------
    >>> Term("three years plus one plus one")
    Term('3+1+1')
    >>> Term("3+1+1").maximum_months
    60
    >>> Term(base_months=18, extension_months=[6]).to_words()
    'eighteen months plus six months'
    """
    @staticmethod
    def parse(text: str) -> Term:
        """
        Read a term as written; the same as ``Term(text)``.
        
        Returns
        -------
        Term
        """
    @staticmethod
    def years(base_years: typing.SupportsInt | typing.SupportsIndex, extension_years: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex] = ()) -> Term:
        """
        A term from its lengths in whole years: ``Term.years(3, [1, 1])`` is 3+1+1.
        
        Parameters
        ----------
        base_years : int
        extension_years : sequence of int, default ()
        
        Returns
        -------
        Term
        """
    def __eq__(self, arg0: object) -> bool:
        ...
    def __getstate__(self) -> tuple[int, list[int]]:
        ...
    def __hash__(self) -> int:
        ...
    @typing.overload
    def __init__(self, text: str) -> None:
        """
        Read a term as written: ``"3+1+1"``.
        """
    @typing.overload
    def __init__(self, base_months: typing.SupportsInt | typing.SupportsIndex, extension_months: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex] = ()) -> None:
        """
        Make a term from its lengths in months: ``Term(36, [12, 12])`` is 3+1+1.
        """
    def __ne__(self, arg0: object) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple[typing.Any, ...]) -> None:
        ...
    def __str__(self) -> str:
        ...
    def to_words(self) -> str:
        """
        The term as reports write it: ``"three years plus one plus one"``.
        
        Returns
        -------
        str
        """
    @property
    def base_months(self) -> int:
        """
        The base period in months (36 for 3+1+1).
        """
    @property
    def extension_months(self) -> tuple[int, ...]:
        """
        The extension options in months, in order, as a tuple ((12, 12) for 3+1+1).
        """
    @property
    def maximum_months(self) -> int:
        """
        The base period and every option, in months (60 for 3+1+1).
        """
@typing.final
class Price:
    """
    What a contract costs each contract year, as the contract states it.
    
    Made by ``Price.annual``, ``Price.per_contract_year`` or ``Price.total_over_base``;
    ``Contract(annual_value=...)`` and the like make one for you.
    
    Attributes
    ----------
    basis : str
        "annual", "per_contract_year" or "total_over_base".
    values : tuple of Money
        The annual values as stated (for a total over the base, each base year's share).
    stated_total : Money or None
        The total, for a price stated as a total over the base term.
    
    Examples
    --------
    >>> Price.total_over_base("£1,000,000.01", 36).values
    (Money('£333,333.34'), Money('£333,333.34'), Money('£333,333.33'))
    """
    @staticmethod
    def annual(per_year: Money | str | int | float | decimal.Decimal) -> Price:
        """
        The same value every contract year.
        
        Parameters
        ----------
        per_year : Money, str, int, float or decimal.Decimal
            Not negative (InvalidInputError, commissioning.contract.007).
        
        Returns
        -------
        Price
        """
    @staticmethod
    def per_contract_year(values: collections.abc.Sequence[Money | str | int | float | decimal.Decimal]) -> Price:
        """
        A value for each contract year, year 1 first; years beyond the list repeat the last.
        
        Parameters
        ----------
        values : sequence of Money, str, int, float or decimal.Decimal
            At least one, none negative (InvalidInputError, commissioning.contract.007).
        
        Returns
        -------
        Price
        """
    @staticmethod
    def total_over_base(total: Money | str | int | float | decimal.Decimal, base_months: typing.SupportsInt | typing.SupportsIndex) -> Price:
        """
        A total over a base term of whole years, split equally over its years.
        
        The years' shares sum exactly to the total (largest remainder, the first years taking
        any odd pence); each extension year costs the last base year's share.
        
        Parameters
        ----------
        total : Money, str, int, float or decimal.Decimal
        base_months : int
            Whole years of months (InvalidInputError, commissioning.contract.007, otherwise).
        
        Returns
        -------
        Price
        """
    def __eq__(self, arg0: object) -> bool:
        ...
    def __getstate__(self) -> tuple[str, list[Money], Money | None]:
        ...
    def __hash__(self) -> int:
        ...
    def __ne__(self, arg0: object) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple[typing.Any, ...]) -> None:
        ...
    def annual_rate(self, year: typing.SupportsInt | typing.SupportsIndex) -> Money:
        """
        The annual value stated for contract year ``year`` (from 1), before indexation.
        
        Raises OutOfRangeError (commissioning.contract.001) for a year before the first.
        """
    @property
    def basis(self) -> str:
        """
        How the price is stated: "annual", "per_contract_year" or "total_over_base".
        """
    @property
    def stated_total(self) -> Money | None:
        """
        The stated total of a price over the base term; None for the other bases.
        """
    @property
    def values(self) -> tuple[Money, ...]:
        """
        The annual values as stated, year 1 first (a tuple of Money).
        """
@typing.final
class Indexation:
    """
    How an annual price moves from one contract year to the next.
    
    Made by ``Indexation.none()``, ``Indexation.fixed(...)`` or ``Indexation.index_series(...)``.
    Each uplifted year is rounded to the penny by the named rule before the next uplift,
    as a council's price schedule states it: £325,484.88 uplifted 3% a year is £335,249.43,
    then £345,306.91.
    
    Attributes
    ----------
    method : str
        "none", "fixed" or "index_series".
    uplift : Rate or None
        The fixed uplift.
    from_year : int
        The first contract year uplifted (2 at the earliest).
    rounding : Rounding
    levels : dict of int to Rate
        An index series' levels by calendar year.
    lag_years : int
    cap, floor : Rate or None
        The limits of an index series' uplift.
    """
    @staticmethod
    def fixed(uplift: Rate | str | int | float | decimal.Decimal | fractions.Fraction, from_year: typing.SupportsInt | typing.SupportsIndex = 2, rounding: Rounding | str = ...) -> Indexation:
        """
        A fixed uplift at each anniversary, from contract year ``from_year``.
        
        Parameters
        ----------
        uplift : Rate, str, int, float, decimal.Decimal or fractions.Fraction
            ``"3%"``, ``Decimal("0.03")``; above -100% (InvalidInputError, commissioning.contract.008).
        from_year : int, default 2
            The first contract year to cost more; at least 2 (commissioning.contract.008).
        rounding : Rounding or str, default "half_away_from_zero"
            How each uplifted year is rounded to the penny.
        
        Returns
        -------
        Indexation
        
        Examples
        --------
        >>> Indexation.fixed("3%")
        Indexation.fixed(Rate('0.03'), from_year=2)
        """
    @staticmethod
    def index_series(levels: collections.abc.Mapping[typing.SupportsInt | typing.SupportsIndex, Rate | str | int | float | decimal.Decimal | fractions.Fraction], lag_years: typing.SupportsInt | typing.SupportsIndex = 0, cap: Rate | str | int | float | decimal.Decimal | fractions.Fraction | None = None, floor: Rate | str | int | float | decimal.Decimal | fractions.Fraction | None = None, from_year: typing.SupportsInt | typing.SupportsIndex = 2, rounding: Rounding | str = ...) -> Indexation:
        """
        The change in a published index, with an optional lag, cap and floor.
        
        The uplift at an anniversary in calendar year Y is ``levels[Y - lag] / levels[Y - lag - 1] - 1``,
        limited to ``[floor, cap]``.
        
        Parameters
        ----------
        levels : dict of int to Rate, str, int, float or decimal.Decimal
            The index level for each calendar year, at least two, each positive
            (``{2019: "105.2", 2020: 107.1}``).
        lag_years : int, default 0
        cap, floor : Rate-like, optional
            ``cap="5%"``, ``floor="0%"``; the cap not below the floor.
        from_year : int, default 2
        rounding : Rounding or str, default "half_away_from_zero"
        
        Returns
        -------
        Indexation
        
        Raises
        ------
        InvalidInputError
            Fewer than two levels, a level not positive, a cap below the floor, a negative lag or
            ``from_year`` below 2 (commissioning.contract.008).
        
        A contract that needs a level the series lacks raises OutOfRangeError
        (commissioning.contract.009) when its value is asked for.
        """
    @staticmethod
    def none() -> Indexation:
        """
        No indexation: the price as stated.
        """
    def __eq__(self, arg0: object) -> bool:
        ...
    def __getstate__(self) -> tuple[typing.Any, ...]:
        ...
    def __hash__(self) -> int:
        ...
    def __ne__(self, arg0: object) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple[typing.Any, ...]) -> None:
        ...
    def uplift_for(self, year: typing.SupportsInt | typing.SupportsIndex, anniversary_year: typing.SupportsInt | typing.SupportsIndex) -> Rate:
        """
        The uplift at the anniversary that starts contract year ``year``, in calendar year
        ``anniversary_year``; zero before ``from_year``.
        
        Returns
        -------
        Rate
        
        Raises
        ------
        OutOfRangeError
            The series has no level the uplift needs (commissioning.contract.009).
        """
    @property
    def cap(self) -> Rate | None:
        """
        The most an index series' uplift may be, or None.
        """
    @property
    def floor(self) -> Rate | None:
        """
        The least an index series' uplift may be, or None.
        """
    @property
    def from_year(self) -> int:
        """
        The first contract year uplifted.
        """
    @property
    def lag_years(self) -> int:
        """
        An index series' lag, in years.
        """
    @property
    def levels(self) -> dict[int, Rate]:
        """
        An index series' levels by calendar year (a new dict; empty for the other methods).
        """
    @property
    def method(self) -> str:
        """
        "none", "fixed" or "index_series".
        """
    @property
    def rounding(self) -> Rounding:
        """
        How each uplifted year is rounded to the penny.
        """
    @property
    def uplift(self) -> Rate | None:
        """
        The fixed uplift; None for the other methods.
        """
@typing.final
class FinancialYearProfile:
    """
    A contract's money by financial year, with the rule that apportioned it and the term it covers.
    
    The amounts sum exactly to ``total``, the contract's value over the scope profiled (``basis``).
    The profile is a sequence of ``FinancialYearAmount(year, amount)`` (``len``, iteration,
    indexing), has ``to_pandas()`` and shows as a table in Jupyter.
    
    Attributes
    ----------
    rule : ApportionRule
    rule_description : str
        The rule as results state it: "equal monthly instalments, part months pro rata by days".
    years : list of FinancialYearAmount
        In order, one for each financial year the contract touches.
    total : Money
    basis : str
        The term profiled, in the words every table uses: "the base term, to 31 March 2025".
    """
    __hash__: typing.ClassVar[None] = None  # type: ignore[assignment]
    def __eq__(self, arg0: object) -> bool:
        ...
    def __getitem__(self, arg0: typing.Any) -> typing.Any:
        ...
    def __getstate__(self) -> tuple[ApportionRule, list[typing.Any], Money, str]:
        ...
    def __iter__(self) -> collections.abc.Iterator[typing.Any]:
        ...
    def __len__(self) -> int:
        ...
    def __ne__(self, arg0: object) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple[typing.Any, ...]) -> None:
        ...
    def __str__(self) -> str:
        ...
    def _repr_html_(self) -> str:
        """
        An HTML table for Jupyter, captioned with the rule.
        """
    def to_pandas(self) -> pandas.Series:
        """
        The profile as a pandas Series (pandas is imported only when this is called).
        
        Returns
        -------
        pandas.Series
            Named ``"amount"``, of exact ``decimal.Decimal`` pounds, indexed by financial-year
            label (``"2016-17"``, index name ``"financial_year"``); the rule's description is in
            ``series.attrs["rule"]`` and the term profiled in ``series.attrs["basis"]``. Its sum is
            the exact total.
        """
    @property
    def basis(self) -> str:
        """
        The term profiled: "the current term, to 31 March 2025".
        """
    @property
    def rule(self) -> ApportionRule:
        """
        The rule used.
        """
    @property
    def rule_description(self) -> str:
        """
        The rule as results state it.
        """
    @property
    def total(self) -> Money:
        """
        The sum of the years: the value profiled.
        """
    @property
    def years(self) -> list[FinancialYearAmount]:
        """
        Each financial year's amount, in order.
        """
@typing.final
class Contract:
    """
    A contract as awarded, and as it has since been extended and modified.
    
    Parameters
    ----------
    name, provider : str
    start : datetime.date or str
        The first day: ``"2016-05-01"``, ``"1 May 2016"``.
    term : Term or str
        ``"3+1+1"``, ``"three years plus one plus one"``.
    annual_value : Money-like, optional
        The same value every contract year.
    values_per_year : sequence of Money-like, optional
        A value for each contract year; later years repeat the last.
    total_over_base : Money-like, optional
        A total for the base term, split equally over its whole years.
    price : Price, optional
        Give exactly one of ``annual_value``, ``values_per_year``, ``total_over_base`` or
        ``price`` (TypeError otherwise).
    indexation : Indexation, optional
        How an annual price moves each year; none by default.
    uplift : Rate-like, optional
        A shortcut for ``indexation=Indexation.fixed(uplift, from_year=uplift_from_year)``.
    uplift_from_year : int, optional
        The first contract year uplifted (2 by default).
    
    Raises
    ------
    InvalidInputError
        A price or indexation that cannot be (commissioning.contract.007, .008).
    
    Notes
    -----
    A Contract changes: ``exercise``, ``decline`` and ``modify`` record what happened after
    the award. It compares equal to a contract awarded and changed alike, is not hashable, and
    copies and pickles with its history.
    
    Examples
    --------
    >>> kent = Contract("Kent Young Carers", "Imago", "1 May 2016", "3+1+1", annual_value="£325,484")
    >>> kent.exercise(1); kent.exercise(2)
    >>> kent.modify(ground="72(1)(c)", months=12)
    1
    >>> kent.current_end, kent.current_value
    (datetime.date(2022, 4, 30), Money('£1,952,904.00'))
    """
    __hash__: typing.ClassVar[None] = None  # type: ignore[assignment]
    def __copy__(self) -> Contract:
        """
        An independent copy, with the same history.
        """
    def __deepcopy__(self, memo: typing.Any) -> Contract:
        """
        An independent copy, with the same history.
        """
    def __eq__(self, arg0: typing.Any) -> typing.Any:
        ...
    def __getstate__(self) -> tuple[typing.Any, ...]:
        ...
    def __init__(self, name: str, provider: str, start: datetime.date | str, term: Term | str, *, annual_value: Money | str | int | float | decimal.Decimal | None = None, values_per_year: collections.abc.Sequence[Money | str | int | float | decimal.Decimal] | None = None, total_over_base: Money | str | int | float | decimal.Decimal | None = None, price: Price | None = None, indexation: Indexation | None = None, uplift: Rate | str | int | float | decimal.Decimal | fractions.Fraction | None = None, uplift_from_year: typing.SupportsInt | typing.SupportsIndex | None = None) -> None:
        """
        Award a contract: a start, a term and a price.
        """
    def __ne__(self, arg0: typing.Any) -> typing.Any:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple[typing.Any, ...]) -> None:
        ...
    def annual_value_on(self, day: datetime.date | str) -> Money:
        """
        The annual value in force on a day: indexation and changes of value included.
        
        Raises OutOfRangeError (commissioning.contract.013) for a day outside the contract.
        """
    def contract_years(self, scope: ContractScope | str = 'current') -> ContractYears:
        """
        Each contract year's dates, phase and value.
        
        Parameters
        ----------
        scope : ContractScope or str, default "current"
            "current": the base term with exercised options and modifications;
            "base": the base term as awarded; "maximum": the base term and every option,
            as awarded (the estimated value procurement rules use).
        
        Returns
        -------
        ContractYears
            A list of ``ContractYear(number, period, phase, value)`` whose values sum exactly to
            ``value(scope)``, with ``total`` and ``to_pandas()``.
        """
    def decline(self, option: int) -> None:
        """
        Decline an extension option: it and every later option lapse.
        
        Parameters
        ----------
        option : int
            Which option, from 1.
        
        Raises
        ------
        OutOfRangeError
            The term has no such option (commissioning.contract.001).
        InvalidInputError
            The option was already exercised or declined (commissioning.contract.003).
        """
    def end(self, scope: ContractScope | str = 'current') -> datetime.date:
        """
        The last day of the contract over a scope.
        
        Parameters
        ----------
        scope : ContractScope or str, default "current"
            "current": the base term with exercised options and modifications;
            "base": the base term as awarded; "maximum": the base term and every option,
            as awarded (the estimated value procurement rules use).
        
        Returns
        -------
        datetime.date
        """
    def exercise(self, option: int, decided_on: datetime.date | str | None = None) -> None:
        """
        Exercise an extension option.
        
        Parameters
        ----------
        option : int
            Which option, from 1.
        decided_on : datetime.date or str, optional
            When it was decided; not after the contract's current end.
        
        Raises
        ------
        OutOfRangeError
            The term has no such option (commissioning.contract.001).
        InvalidInputError
            An earlier option is still pending (commissioning.contract.002); the option was
            already exercised or declined (.003); decided after the contract ended (.004).
        """
    def modification_values(self) -> list[ModificationValue]:
        """
        What each modification is worth, against the original value (the maximum value as awarded).
        
        Returns
        -------
        list of ModificationValue
            ``(value, share, cumulative, cumulative_share)``; shares are exact Rates. Seed 004's
            12-month extension at £325,484 is worth £325,484, 1/5 of the original £1,627,420.
        """
    def modify(self, *, ground: ModificationGround | str, months: typing.SupportsInt | typing.SupportsIndex = 0, annual_change: Money | str | int | float | decimal.Decimal | None = None, effective: datetime.date | str | None = None, from_month: typing.SupportsInt | typing.SupportsIndex | None = None, description: str = '') -> int:
        """
        Record a modification: more months, a change in the annual value, or both.
        
        Parameters
        ----------
        ground : ModificationGround or str
            The legal ground: ``"72(1)(c)"``, ``"section 72 (1) c"``, ``"s74(1)(a)"``, ``"other"``.
        months : int, default 0
            Months added after the current end. Every option must be exercised or declined first.
        annual_change : Money-like, optional
            A change to the annual value (negative to reduce it).
        effective : datetime.date or str, optional
            The day ``annual_change`` takes effect: a monthly anniversary of the start inside
            the contract (or inside the months this modification adds). By default the start of
            the added months; a change of value alone needs it.
        from_month : int, optional
            Instead of ``effective``, the months after the start at which the change takes effect.
        description : str, default ""
        
        Returns
        -------
        int
            The modification's number, from 1.
        
        Raises
        ------
        InvalidInputError
            An option still pending (commissioning.contract.005); an effective date that is not a
            monthly anniversary inside the contract, or none for a change of value alone (.006);
            an annual value made negative (.010); a modification that shortens the term or changes
            nothing (.011); an unknown ground (.012).
        """
    def month_at(self, day: datetime.date | str) -> int:
        """
        The months from the start to ``day``, a monthly anniversary of the start inside the contract.
        
        Raises InvalidInputError (commissioning.contract.006) for any other day.
        """
    def profile(self, scope: ContractScope | str = 'current', rule: ApportionRule | str = ..., start_month: int = 4) -> FinancialYearProfile:
        """
        The contract's money by financial year: each run of months at one annual value is
        apportioned into financial years by the rule, so the profile sums exactly to the value.
        
        Parameters
        ----------
        scope : ContractScope or str, default "current"
            "current": the base term with exercised options and modifications;
            "base": the base term as awarded; "maximum": the base term and every option,
            as awarded (the estimated value procurement rules use).
        rule : ApportionRule or str, default "monthly"
            "monthly": equal monthly instalments, a part month pro rata by its days;
            "daily": in proportion to the days.
        start_month : int, default 4
            The month financial years start in.
        
        Returns
        -------
        FinancialYearProfile
        
        Examples
        --------
        Seed 004: 2016-17 is 11/12 of £325,484 = £298,360.33, 2022-23 is 1/12 = £27,123.67, and
        the seven years sum to £1,952,904.00.
        """
    def spend_between(self, first: datetime.date | str, last: datetime.date | str, rule: ApportionRule | str = ...) -> Money:
        """
        The money due for the days from ``first`` to ``last``, both included, within the current term.
        
        Parameters
        ----------
        first, last : datetime.date or str
        rule : ApportionRule or str, default "monthly"
            How a contract year's money is spread over its days.
        
        Returns
        -------
        Money
        
        Notes
        -----
        Each range is rounded on its own, so spend over adjoining ranges can differ by a penny
        from spend over their union; a profile never does.
        """
    def spend_to(self, day: datetime.date | str, rule: ApportionRule | str = ...) -> Money:
        """
        The money due from the start up to and including ``day`` (nothing before the start).
        
        Parameters
        ----------
        day : datetime.date or str
        rule : ApportionRule or str, default "monthly"
        
        Returns
        -------
        Money
        """
    def state_on(self, day: datetime.date | str) -> ContractState:
        """
        The part of the contract's life a day falls in.
        
        Returns
        -------
        ContractState
            A str such as ``"base term"``, ``"extension 2"``, ``"modification 1"``,
            ``"not started"`` or ``"ended"``, with ``.phase`` and ``.number``.
        """
    def value(self, scope: ContractScope | str = 'current') -> Money:
        """
        The contract's value over a scope: the sum of its contract years.
        
        Parameters
        ----------
        scope : ContractScope or str, default "current"
            "current": the base term with exercised options and modifications;
            "base": the base term as awarded; "maximum": the base term and every option,
            as awarded (the estimated value procurement rules use).
        
        Returns
        -------
        Money
        
        Raises
        ------
        OutOfRangeError
            An index series lacks a level the value needs (commissioning.contract.009).
        """
    @property
    def annual_value(self) -> Money:
        """
        The annual value stated for contract year 1, before indexation.
        """
    @property
    def base_end(self) -> datetime.date:
        """
        The last day of the base term: 1 May 2016 + 3 years - 1 day = 30 April 2019.
        """
    @property
    def base_value(self) -> Money:
        """
        The value of the base term as awarded.
        """
    @property
    def current_end(self) -> datetime.date:
        """
        The last day with exercised options and modifications.
        """
    @property
    def current_value(self) -> Money:
        """
        The value with exercised options and modifications.
        """
    @property
    def indexation(self) -> Indexation:
        """
        How the annual price moves each year.
        """
    @property
    def maximum_end(self) -> datetime.date:
        """
        The latest end still possible: every pending option exercised, declined ones not.
        """
    @property
    def maximum_value(self) -> Money:
        """
        The value of the base term and every option, as awarded: the estimated value.
        """
    @property
    def modifications(self) -> list[Modification]:
        """
        The modifications, in order: a list of Modification.
        """
    @property
    def name(self) -> str:
        """
        The contract's name.
        """
    @property
    def options(self) -> list[ExtensionOption]:
        """
        The extension options, in order: a list of ExtensionOption(months, status).
        """
    @property
    def price(self) -> Price:
        """
        The price as stated.
        """
    @property
    def provider(self) -> str:
        """
        The provider.
        """
    @property
    def start(self) -> datetime.date:
        """
        The first day.
        """
    @property
    def term(self) -> Term:
        """
        The term as awarded, with its options.
        """
class Delivery(commissioning._types._TextEnum):
    """
    How a service is delivered; each member is its snake_case name (``Delivery.IN_HOUSE == "in_house"``).
    
    Wherever a delivery is taken, the name is read in any case, with spaces or hyphens for
    underscores (``"in-house"``, ``"IN_HOUSE"``, ``"service level agreement"``), and ``"sla"``
    for a service level agreement; ``label`` gives the words a report uses (``"in-house"``).
    
    Members
    -------
    CONTRACT
        Let to a provider under a contract (the default).
    IN_HOUSE
        Delivered by the council itself.
    SERVICE_LEVEL_AGREEMENT
        With another public body or a council-owned company.
    OTHER
        Any other way.
    """
    CONTRACT = 'contract'
    IN_HOUSE = 'in_house'
    OTHER = 'other'
    SERVICE_LEVEL_AGREEMENT = 'service_level_agreement'
class ChangeKind(commissioning._types._TextEnum):
    """
    What a change to a portfolio does; each member is its snake_case name (``"bring_in_house"``);
    ``label`` gives the words a report uses (``"bring in-house"``).
    
    Members
    -------
    CHANGE_BY
        The service's annual cost changes by an amount or a share.
    BRING_IN_HOUSE
        One in-house line replaces the service's providers.
    MOVE_TO_SLA
        One service-level-agreement line replaces the service's providers.
    END
        The service stops.
    ADD
        A new service starts.
    """
    ADD = 'add'
    BRING_IN_HOUSE = 'bring_in_house'
    CHANGE_BY = 'change_by'
    END = 'end'
    MOVE_TO_SLA = 'move_to_sla'
@typing.final
class Envelope:
    """
    The money available to a service or budget line, year by year.
    
    Made by ``Envelope.flat``, ``Envelope.per_year`` or ``Envelope.uplifted``; ``capped_at``
    gives the same envelope with no year above a cap. A year the envelope does not cover has
    £0 available. Years are given as FinancialYear, as labels (``"2021-22"``) or as the
    calendar year they start in (``2021``).
    
    Attributes
    ----------
    name : str
    start_month : int
        The month its financial years start in (4 for April).
    years : list of FinancialYear
        Every year from the first to the last.
    by_year : dict of str to Money
        The money available, by financial-year label.
    total : Money
    cap : Money or None
    
    Examples
    --------
    Seed 001: "a maximum service value of £65k per annum" from 1 April 2018.
    
    >>> budget = Envelope.flat("Young carers", "£65,000", "2018-19", "2020-21")
    >>> budget.total
    Money('£195,000.00')
    >>> Envelope.per_year("Early help", {2021: "£2,924,295.28", 2022: "£1,924,295.28"}).capped_at("£2,000,000").by_year
    {'2021-22': Money('£2,000,000.00'), '2022-23': Money('£1,924,295.28')}
    """
    @staticmethod
    def flat(name: str, per_year: Money | str | int | float | decimal.Decimal, first: FinancialYear | str | int, last: FinancialYear | str | int, *, start_month: int | None = None) -> Envelope:
        """
        The same amount every year from ``first`` to ``last``, both included.
        
        Parameters
        ----------
        name : str
        per_year : Money, str, int, float or decimal.Decimal
            Not negative (InvalidInputError, commissioning.envelope.002).
        first, last : FinancialYear, str or int
            ``"2018-19"``, ``2018`` or ``FinancialYear(2018)``; ``last`` not before ``first``
            (InvalidInputError, commissioning.financial_year.005).
        start_month : int, optional
            The month the years start in: that of a FinancialYear given, else April.
        
        Returns
        -------
        Envelope
        """
    @staticmethod
    def per_year(name: str, amounts: collections.abc.Mapping[FinancialYear | str | int, Money | str | int | float | decimal.Decimal] | collections.abc.Iterable[tuple[FinancialYear | str | int, Money | str | int | float | decimal.Decimal]], *, start_month: int | None = None) -> Envelope:
        """
        An amount for each year given.
        
        Parameters
        ----------
        name : str
        amounts : mapping or iterable of (year, amount) pairs
            ``{"2021-22": "£1,000", 2022: 1200}``, a list of pairs, or a pandas Series indexed by
            year. Years between those given have £0.
        start_month : int, optional
            The month the years start in: that of the first FinancialYear given, else April.
        
        Returns
        -------
        Envelope
        
        Raises
        ------
        InvalidInputError
            No years, a year given twice, or years that start in different months
            (commissioning.envelope.001); a negative amount (commissioning.envelope.002).
        """
    @staticmethod
    def uplifted(name: str, first_year_amount: Money | str | int | float | decimal.Decimal, uplift: Rate | str | int | float | decimal.Decimal | fractions.Fraction, first: FinancialYear | str | int, last: FinancialYear | str | int, *, rounding: Rounding | str = ..., start_month: int | None = None) -> Envelope:
        """
        ``first_year_amount`` in ``first``, then uplifted by ``uplift`` each year to ``last``.
        
        Each year is rounded to the penny before the next uplift.
        
        Parameters
        ----------
        name : str
        first_year_amount : Money, str, int, float or decimal.Decimal
        uplift : Rate, str, int, float, decimal.Decimal or fractions.Fraction
            ``"2.5%"``, ``Decimal("0.025")``.
        first, last : FinancialYear, str or int
        rounding : Rounding or str, default "half_away_from_zero"
        start_month : int, optional
        
        Returns
        -------
        Envelope
        
        Examples
        --------
        >>> Envelope.uplifted("Young carers", "£65,000", "2.5%", 2018, 2020).by_year
        {'2018-19': Money('£65,000.00'), '2019-20': Money('£66,625.00'), '2020-21': Money('£68,290.63')}
        """
    def __eq__(self, arg0: object) -> bool:
        ...
    def __getstate__(self) -> tuple[typing.Any, ...]:
        ...
    def __hash__(self) -> int:
        ...
    def __ne__(self, arg0: object) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple[typing.Any, ...]) -> None:
        ...
    def _repr_html_(self) -> str:
        """
        An HTML table for Jupyter.
        """
    def available(self, year: FinancialYear | str | int) -> Money:
        """
        The money available in a year: £0 in a year the envelope does not cover.
        
        Parameters
        ----------
        year : FinancialYear, str or int
        
        Returns
        -------
        Money
        
        Raises
        ------
        InvalidInputError
            A FinancialYear that starts in another month than the envelope's
            (commissioning.financial_year.004).
        """
    def capped_at(self, cap: Money | str | int | float | decimal.Decimal) -> Envelope:
        """
        The same envelope with no year above ``cap`` (an earlier, lower cap still holds).
        
        Parameters
        ----------
        cap : Money, str, int, float or decimal.Decimal
            Not negative (InvalidInputError, commissioning.envelope.002).
        
        Returns
        -------
        Envelope
        """
    def to_pandas(self) -> pandas.Series:
        """
        The envelope as a pandas Series (pandas is imported only when this is called).
        
        Returns
        -------
        pandas.Series
            Named after the envelope, of exact ``decimal.Decimal`` pounds, indexed by
            financial-year label (index name ``"financial_year"``).
        """
    @property
    def by_year(self) -> dict[str, Money]:
        """
        The money available by financial-year label (a new dict, in year order).
        """
    @property
    def cap(self) -> Money | None:
        """
        The cap applied by ``capped_at``, or None.
        """
    @property
    def first_year(self) -> FinancialYear:
        """
        The first year.
        """
    @property
    def last_year(self) -> FinancialYear:
        """
        The last year.
        """
    @property
    def name(self) -> str:
        """
        The envelope's name.
        """
    @property
    def start_month(self) -> int:
        """
        The month its years start in (4 for April).
        """
    @property
    def total(self) -> Money:
        """
        The money available over all the years.
        """
    @property
    def years(self) -> list[FinancialYear]:
        """
        Every year from the first to the last.
        """
@typing.final
class Commitment:
    """
    What a line (a contract, an in-house service, anything else) commits in each financial year.
    
    Made by ``Commitment.of`` (a contract's profile), ``Commitment.annual`` (a cost a year over a
    period) or ``Commitment.per_year`` (an amount for each year).
    
    Attributes
    ----------
    name, provider : str
    start_month : int
        The month its financial years start in.
    years : list of FinancialYear
        The years it commits money in, in order.
    by_year : dict of str to Money
        What it commits, by financial-year label.
    total : Money
    
    Examples
    --------
    >>> staff = Commitment.annual("In-house team", "Herefordshire Council", "£68,000",
    ...                           ("1 April 2018", "31 March 2021"))
    >>> staff.by_year
    {'2018-19': Money('£68,000.00'), '2019-20': Money('£68,000.00'), '2020-21': Money('£68,000.00')}
    """
    @staticmethod
    def annual(name: str, provider: str, per_year: Money | str | int | float | decimal.Decimal, period: Period | FinancialYear | tuple[datetime.date | str, datetime.date | str], start_month: int = 4) -> Commitment:
        """
        A cost of ``per_year`` a year over a period: a part year costs its share of twelve equal
        months, part months pro rata by days (from 1 October: half a year).
        
        Parameters
        ----------
        name, provider : str
        per_year : Money, str, int, float or decimal.Decimal
            Not negative (InvalidInputError, commissioning.envelope.002).
        period : Period, FinancialYear or (first, last) pair of dates
            ``("1 April 2018", "31 March 2021")``.
        start_month : int, default 4
        
        Returns
        -------
        Commitment
        """
    @staticmethod
    def of(contract: Contract, scope: ContractScope | str = 'current', start_month: int = 4) -> Commitment:
        """
        A contract's money by financial year: its profile over a scope, by equal monthly instalments.
        
        Parameters
        ----------
        contract : Contract
        scope : ContractScope or str, default "current"
            "current", "base" or "maximum".
        start_month : int, default 4
        
        Returns
        -------
        Commitment
            Named as the contract, with its provider.
        """
    @staticmethod
    def per_year(name: str, provider: str, amounts: collections.abc.Mapping[FinancialYear | str | int, Money | str | int | float | decimal.Decimal] | collections.abc.Iterable[tuple[FinancialYear | str | int, Money | str | int | float | decimal.Decimal]], *, start_month: int | None = None) -> Commitment:
        """
        An amount committed in each year given.
        
        Parameters
        ----------
        name, provider : str
        amounts : mapping or iterable of (year, amount) pairs
            ``{"2021-22": "£1,000", 2022: 1200}``, pairs, or a pandas Series indexed by year.
        start_month : int, optional
        
        Returns
        -------
        Commitment
        
        Raises
        ------
        InvalidInputError
            A year given twice, or years that start in different months
            (commissioning.envelope.001); a negative amount (commissioning.envelope.002); a
            FinancialYear that does not start in ``start_month`` (commissioning.financial_year.004).
        """
    def __eq__(self, arg0: object) -> bool:
        ...
    def __getstate__(self) -> tuple[typing.Any, ...]:
        ...
    def __hash__(self) -> int:
        ...
    def __ne__(self, arg0: object) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple[typing.Any, ...]) -> None:
        ...
    def in_year(self, year: FinancialYear | str | int) -> Money:
        """
        What the line commits in a year: £0 in a year it does not touch.
        
        Parameters
        ----------
        year : FinancialYear, str or int
        
        Returns
        -------
        Money
        
        Raises
        ------
        InvalidInputError
            A FinancialYear that starts in another month (commissioning.financial_year.004).
        """
    def to_pandas(self) -> pandas.Series:
        """
        The commitment as a pandas Series of exact ``decimal.Decimal`` pounds, named after the line
        and indexed by financial-year label.
        
        Returns
        -------
        pandas.Series
        """
    @property
    def basis(self) -> str:
        """
        What a contract's commitment covers ("the current term, to 31 March 2027"); empty for other commitments.
        """
    @property
    def by_year(self) -> dict[str, Money]:
        """
        What it commits by financial-year label (a new dict, in year order).
        """
    @property
    def name(self) -> str:
        """
        The line's name.
        """
    @property
    def provider(self) -> str:
        """
        The provider.
        """
    @property
    def start_month(self) -> int:
        """
        The month its years start in.
        """
    @property
    def total(self) -> Money:
        """
        What it commits over all its years.
        """
    @property
    def years(self) -> list[FinancialYear]:
        """
        The years it commits money in, in order.
        """
@typing.final
class EnvelopePosition:
    """
    An envelope set against its commitments, year by year, with every breach.
    
    A breach is a result, never an exception: the budget holder sees every year that is over,
    by how much, and which lines commit the money.
    
    Attributes
    ----------
    envelope_name : str
    years : list of YearPosition
        ``(year, available, committed, headroom, cumulative_headroom)`` for every year the
        envelope or a commitment touches.
    breaches : list of Breach
        ``(year, shortfall, lines)`` for every year over, lines largest first.
    ok : bool
        True when no year is over.
    total_available, total_committed, total_headroom : Money
        Over all the years; ``total_headroom`` is the last year's cumulative headroom.
    """
    __hash__: typing.ClassVar[None] = None  # type: ignore[assignment]
    def __eq__(self, arg0: object) -> bool:
        ...
    def __getstate__(self) -> tuple[typing.Any, ...]:
        ...
    def __ne__(self, arg0: object) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple[typing.Any, ...]) -> None:
        ...
    def _repr_html_(self) -> str:
        """
        An HTML table for Jupyter, each year over the envelope marked.
        """
    def to_pandas(self) -> pandas.DataFrame:
        """
        The position as a pandas DataFrame (pandas is imported only when this is called).
        
        Returns
        -------
        pandas.DataFrame
            Indexed by financial-year label (index name ``"financial_year"``), with columns
            ``available``, ``committed``, ``headroom`` and ``cumulative_headroom`` of exact
            ``decimal.Decimal`` pounds and ``breach`` (bool); the envelope's name is in
            ``df.attrs["envelope"]``.
        """
    @property
    def bases(self) -> tuple[str, ...]:
        """
        What each contract commitment covers, in order ("Kent Young Carers over the current term, to 31 March 2027"): no scope is silent, and the position's table notes them.
        """
    @property
    def breaches(self) -> list[Breach]:
        """
        Every year over the envelope, in order: a list of Breach.
        """
    @property
    def envelope_name(self) -> str:
        """
        The envelope's name.
        """
    @property
    def ok(self) -> bool:
        """
        True when no year is over.
        """
    @property
    def total_available(self) -> Money:
        """
        The money available over all the years.
        """
    @property
    def total_committed(self) -> Money:
        """
        The money committed over all the years.
        """
    @property
    def total_headroom(self) -> Money:
        """
        Available less committed over all the years (negative: a shortfall).
        """
    @property
    def years(self) -> list[YearPosition]:
        """
        Each year's position, in order: a list of YearPosition.
        """
@typing.final
class Portfolio:
    """
    Named services, each delivered by one or more providers at an annual cost, in the order added.
    
    Parameters
    ----------
    name : str, default ""
    
    Notes
    -----
    A Portfolio changes: ``add`` and ``add_contract`` append lines (and return the portfolio,
    so that calls chain). It compares equal to a portfolio with the same name and lines, is not
    hashable, and copies and pickles. It is a sequence of PortfolioLine (``len``, iteration),
    and ``service in portfolio`` asks whether it has a service.
    
    Load a contract register with ``Portfolio.from_frame(df)`` or ``Portfolio.from_records(rows)``.
    
    Examples
    --------
    Seed 002's table:
    
    >>> early_help = (Portfolio("Early help")
    ...     .add("Young Carers", "Imago", "£325,484.88")
    ...     .add("NEET", "CXK Ltd", "£498,410.40")
    ...     .add("Family Support", "Porchlight", "£1,240,000.00")
    ...     .add("Family Support", "Project Salus", "£860,400.00"))
    >>> early_help.service_total("Family Support"), early_help.total
    (Money('£2,100,400.00'), Money('£2,924,295.28'))
    """
    __hash__: typing.ClassVar[None] = None  # type: ignore[assignment]
    @staticmethod
    def from_frame(frame: pandas.DataFrame, *, service: str = 'service', provider: str = 'provider', annual: str = 'annual', delivery: str | None = None, name: str | None = None, fill_down: bool = False) -> Portfolio:
        """
        A portfolio from a pandas DataFrame with one row per line, such as a contract register read
        with ``pandas.read_csv`` or ``pandas.read_excel``.
        
        Parameters
        ----------
        frame : pandas.DataFrame
        service, provider, annual : str, default "service", "provider", "annual"
            The columns to read. Amounts may be text (``"£325,484.88"``), Decimal (whole pence),
            int (pounds) or float (rounded to the penny, half away from zero), as ``Money()`` reads.
            A blank provider is read as "".
        delivery : str, optional
            The column of how each line is delivered (``"contract"``, ``"in-house"``, ``"sla"``, ...;
            a blank cell is a contract): by default "delivery" if the frame has it; without one,
            every line is a contract.
        name : str, optional
            The portfolio's name: by default ``frame.attrs["name"]`` (which ``to_pandas`` sets), else "".
        fill_down : bool, default False
            Read a blank service as the service of the row above, as tables such as seed 002's
            print a service with several providers.
        
        Returns
        -------
        Portfolio
        
        Raises
        ------
        ValueError
            A column the frame does not have.
        Error
            A row that cannot be a line: the library's error, its message naming the row
            (``[commissioning.money.004] row 2 ('NEET'), column 'annual': cannot read ...``); a
            blank amount is commissioning.money.001.
        """
    @staticmethod
    def from_records(records: collections.abc.Iterable[collections.abc.Mapping[str, typing.Any]], *, service: str = 'service', provider: str = 'provider', annual: str = 'annual', delivery: str | None = None, name: str = '', fill_down: bool = False) -> Portfolio:
        """
        A portfolio from records (mappings), one per line: ``csv.DictReader`` rows, JSON objects,
        ``df.to_dict("records")``.
        
        Parameters
        ----------
        records : iterable of mappings
        service, provider, annual, delivery, name, fill_down
            As for ``from_frame``: the keys to read (``delivery`` is "delivery" by default), the
            portfolio's name, and whether a blank service continues the one above. A record without
            the delivery key, or with a blank one, is a contract.
        
        Returns
        -------
        Portfolio
        """
    def __contains__(self, service: typing.Any) -> bool:
        ...
    def __copy__(self) -> Portfolio:
        """
        An independent copy.
        """
    def __deepcopy__(self, memo: typing.Any) -> Portfolio:
        """
        An independent copy.
        """
    def __eq__(self, arg0: typing.Any) -> typing.Any:
        ...
    def __getstate__(self) -> tuple[typing.Any, ...]:
        ...
    def __init__(self, name: str = '') -> None:
        """
        Make an empty portfolio.
        """
    def __iter__(self) -> collections.abc.Iterator[typing.Any]:
        ...
    def __len__(self) -> int:
        ...
    def __ne__(self, arg0: typing.Any) -> typing.Any:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple[typing.Any, ...]) -> None:
        ...
    def _repr_html_(self) -> str:
        """
        An HTML table for Jupyter: each service's lines, its subtotal, and the total.
        """
    def add(self, service: str, provider: str, annual: Money | str | int | float | decimal.Decimal, delivery: Delivery | str = 'contract') -> Portfolio:
        """
        Add a line: a provider's part of a service at an annual cost.
        
        Parameters
        ----------
        service : str
            Not empty (InvalidInputError, commissioning.portfolio.001).
        provider : str
        annual : Money, str, int, float or decimal.Decimal
            Not negative (InvalidInputError, commissioning.portfolio.002).
        delivery : Delivery or str, default "contract"
            ``"contract"``, ``"in-house"``, ``"service level agreement"`` (or ``"sla"``), ``"other"``.
        
        Returns
        -------
        Portfolio
            This portfolio, so that calls chain.
        """
    def add_contract(self, contract: Contract, on: datetime.date | str) -> Portfolio:
        """
        Add a contract as a line: its name as the service, its provider, and the annual value in
        force on a day (indexation and changes of value included).
        
        Parameters
        ----------
        contract : Contract
        on : datetime.date or str
            A day inside the contract (OutOfRangeError, commissioning.contract.013, otherwise).
        
        Returns
        -------
        Portfolio
            This portfolio, so that calls chain.
        """
    def apply(self, changes: collections.abc.Iterable[PortfolioChange], start_month: int = 4) -> ProposalResult:
        """
        Apply a proposal's changes, in order; the same as ``apply_changes(portfolio, changes)``.
        
        The portfolio is left as it was; the result holds it before and after.
        
        Parameters
        ----------
        changes : iterable of PortfolioChange
        start_month : int, default 4
        
        Returns
        -------
        ProposalResult
        """
    def by_service(self) -> list[ServiceGroup]:
        """
        The services in the order they first appear, each with its lines and subtotal.
        
        Returns
        -------
        list of ServiceGroup
            ``(service, lines, subtotal)``.
        """
    def service_total(self, service: str) -> Money:
        """
        The annual cost of one service: the subtotal of its lines.
        
        Raises
        ------
        InvalidInputError
            The portfolio has no such service (commissioning.portfolio.003).
        """
    def to_pandas(self) -> pandas.DataFrame:
        """
        The lines as a pandas DataFrame (pandas is imported only when this is called).
        
        Returns
        -------
        pandas.DataFrame
            One row per line with columns ``service``, ``provider``, ``delivery`` (str) and
            ``annual`` (exact ``decimal.Decimal`` pounds); the portfolio's name is in
            ``df.attrs["name"]``. ``Portfolio.from_frame(df)`` reads it back.
        """
    @property
    def lines(self) -> list[PortfolioLine]:
        """
        Every line, in the order added: a list of PortfolioLine.
        """
    @property
    def name(self) -> str:
        """
        The portfolio's name.
        """
    @property
    def services(self) -> tuple[str, ...]:
        """
        The services, in the order they first appear.
        """
    @property
    def total(self) -> Money:
        """
        The annual cost of every line.
        """
@typing.final
class PortfolioChange:
    """
    One change of a proposal to a portfolio's service, taking effect on a day.
    
    Made by ``change_by``, ``change_by_percent``, ``bring_in_house``, ``move_to_sla``, ``end``
    and ``add``; ``apply_changes(portfolio, changes)`` (or ``portfolio.apply(changes)``) applies
    a list of them in order.
    
    Attributes
    ----------
    kind : ChangeKind
    service : str
    provider : str or None
        The new provider (``"in-house"`` for bring_in_house); None when the change names none.
    amount : Money
        The change in annual cost (for add, the annual cost).
    percent : Rate or None
        For change_by_percent, the share of the cost it changes by.
    effective : datetime.date
        The day the change takes effect.
    delivery : Delivery
        How the service is delivered after the change (for change_by and end, "contract";
        the existing lines keep theirs).
    
    Examples
    --------
    Seed 002, from 1 October 2020:
    
    >>> PortfolioChange.bring_in_house("Family Support", "-£1,100,000", "1 October 2020")
    PortfolioChange.bring_in_house('Family Support', Money('-£1,100,000.00'), effective=datetime.date(2020, 10, 1))
    """
    @staticmethod
    def add(service: str, provider: str, annual: Money | str | int | float | decimal.Decimal, effective: datetime.date | str, delivery: Delivery | str = 'contract') -> PortfolioChange:
        """
        Start a new service: a negative saving of its annual cost.
        
        Parameters
        ----------
        service, provider : str
        annual : Money, str, int, float or decimal.Decimal
            Not negative (InvalidInputError, commissioning.proposal.002, when applied).
        effective : datetime.date or str
        delivery : Delivery or str, default "contract"
        
        Returns
        -------
        PortfolioChange
        """
    @staticmethod
    def bring_in_house(service: str, amount: Money | str | int | float | decimal.Decimal, effective: datetime.date | str) -> PortfolioChange:
        """
        Deliver a service in-house: one in-house line replaces its providers, its cost changed by
        ``amount`` (``"-£1,100,000"``; ``0`` to keep it).
        
        Parameters
        ----------
        service : str
        amount : Money, str, int, float or decimal.Decimal
        effective : datetime.date or str
        
        Returns
        -------
        PortfolioChange
        """
    @staticmethod
    def change_by(service: str, amount: Money | str | int | float | decimal.Decimal, effective: datetime.date | str) -> PortfolioChange:
        """
        Change a service's annual cost by an amount (negative for a reduction).
        
        A service with several providers shares the change in proportion to their costs (largest
        remainder: the parts sum exactly to the change).
        
        Parameters
        ----------
        service : str
        amount : Money, str, int, float or decimal.Decimal
        effective : datetime.date or str
        
        Returns
        -------
        PortfolioChange
        """
    @staticmethod
    def change_by_percent(service: str, share: Rate | str | int | float | decimal.Decimal | fractions.Fraction, effective: datetime.date | str) -> PortfolioChange:
        """
        Change a service's annual cost by a share of it: ``"-10%"`` for a tenth less.
        
        The change is rounded to the penny, half away from zero.
        
        Parameters
        ----------
        service : str
        share : Rate, str, int, float, decimal.Decimal or fractions.Fraction
        effective : datetime.date or str
        
        Returns
        -------
        PortfolioChange
        """
    @staticmethod
    def end(service: str, effective: datetime.date | str) -> PortfolioChange:
        """
        Stop a service: its whole cost is saved.
        
        Parameters
        ----------
        service : str
        effective : datetime.date or str
        
        Returns
        -------
        PortfolioChange
        """
    @staticmethod
    def move_to_sla(service: str, provider: str, amount: Money | str | int | float | decimal.Decimal, effective: datetime.date | str) -> PortfolioChange:
        """
        Move a service to a service level agreement with ``provider``: one line replaces its
        providers, its cost changed by ``amount`` (``0`` to keep it).
        
        Parameters
        ----------
        service, provider : str
        amount : Money, str, int, float or decimal.Decimal
        effective : datetime.date or str
        
        Returns
        -------
        PortfolioChange
        """
    def __eq__(self, arg0: object) -> bool:
        ...
    def __getstate__(self) -> tuple[typing.Any, ...]:
        ...
    def __hash__(self) -> int:
        ...
    def __ne__(self, arg0: object) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple[typing.Any, ...]) -> None:
        ...
    @property
    def amount(self) -> Money:
        """
        The change in annual cost (for add, the annual cost).
        """
    @property
    def delivery(self) -> Delivery:
        """
        How the service is delivered after the change.
        """
    @property
    def effective(self) -> datetime.date:
        """
        The day the change takes effect.
        """
    @property
    def kind(self) -> ChangeKind:
        """
        What the change does.
        """
    @property
    def percent(self) -> Rate | None:
        """
        The share of the cost it changes by (change_by_percent), or None.
        """
    @property
    def provider(self) -> str | None:
        """
        The new provider, or None.
        """
    @property
    def service(self) -> str:
        """
        The service it changes.
        """
@typing.final
class ProposalResult:
    """
    A portfolio before and after a proposal, with what each change saves.
    
    A saving is before − after, so a cost increase is a negative saving. Every figure reconciles
    to the penny: ``before.total - after.total == full_year_saving``, the sum of the changes'
    savings.
    
    Attributes
    ----------
    before, after : Portfolio
        Copies: changing them does not change the result.
    changes : list of ChangeOutcome
        ``(kind, service, effective, before, after, saving, in_year, in_year_share,
        in_year_saving, change)`` for each change, in order.
    full_year_saving : Money
    in_year_saving : Money
        The sum of the changes' in-year savings, each in the financial year its change takes
        effect in (``in_year_savings`` splits it by year).
    in_year_savings : dict of str to Money
        The in-year savings by financial-year label.
    """
    __hash__: typing.ClassVar[None] = None  # type: ignore[assignment]
    def __eq__(self, arg0: object) -> bool:
        ...
    def __getstate__(self) -> tuple[typing.Any, ...]:
        ...
    def __ne__(self, arg0: object) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple[typing.Any, ...]) -> None:
        ...
    def _repr_html_(self) -> str:
        """
        An HTML table for Jupyter: each change, its savings, and the totals.
        """
    def to_pandas(self) -> pandas.DataFrame:
        """
        The changes as a pandas DataFrame (pandas is imported only when this is called).
        
        Returns
        -------
        pandas.DataFrame
            One row per change: ``kind``, ``service`` (str), ``effective`` (datetime.date),
            ``before``, ``after``, ``saving`` (exact ``decimal.Decimal`` pounds), ``in_year`` (the
            financial-year label), ``in_year_share`` (``decimal.Decimal``: exact where the share
            terminates, else to 28 significant digits) and ``in_year_saving``; the totals are in
            ``df.attrs`` (``before``, ``after``, ``full_year_saving``, ``in_year_saving``).
        """
    @property
    def after(self) -> Portfolio:
        """
        The portfolio after (a copy).
        """
    @property
    def before(self) -> Portfolio:
        """
        The portfolio before (a copy).
        """
    @property
    def changes(self) -> list[ChangeOutcome]:
        """
        What each change did, in order: a list of ChangeOutcome.
        """
    @property
    def full_year_saving(self) -> Money:
        """
        The total before less the total after: a full year's saving.
        """
    @property
    def in_year_saving(self) -> Money:
        """
        The sum of the changes' in-year savings.
        """
    @property
    def in_year_savings(self) -> dict[str, Money]:
        """
        The in-year savings by the financial-year label of the year each change takes effect in.
        """
@typing.final
class Statement:
    """
    A statement of spend: a source, labelled lines, and perhaps a stated total.
    
    Parameters
    ----------
    source : str
        Where the figures come from: ``"seed 003"``, ``"Cabinet report, March 2020"``.
    lines : mapping or iterable of (label, amount) pairs, optional
    total : Money-like, optional
        The total the statement states; without it, the total is the sum of the lines.
    
    Attributes
    ----------
    source : str
    lines : list of StatementLine
    stated_total : Money or None
    total : Money
        The stated total if there is one, else the sum of the lines.
    
    Examples
    --------
    >>> Statement("seed 003", total="£2,910,878").total
    Money('£2,910,878.00')
    """
    __hash__: typing.ClassVar[None] = None  # type: ignore[assignment]
    @staticmethod
    def of(portfolio: Portfolio, source: str | None = None) -> Statement:
        """
        A portfolio's services as a statement, one line per service (its subtotal).
        
        Parameters
        ----------
        portfolio : Portfolio
        source : str, optional
            The portfolio's name by default.
        
        Returns
        -------
        Statement
        """
    def __eq__(self, arg0: object) -> bool:
        ...
    def __getstate__(self) -> tuple[typing.Any, ...]:
        ...
    def __init__(self, source: str, lines: collections.abc.Mapping[str, Money | str | int | float | decimal.Decimal] | collections.abc.Iterable[tuple[str, Money | str | int | float | decimal.Decimal]] | None = None, total: Money | str | int | float | decimal.Decimal | None = None) -> None:
        """
        Make a statement from its lines, its stated total, or both.
        """
    def __ne__(self, arg0: object) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple[typing.Any, ...]) -> None:
        ...
    @property
    def lines(self) -> list[StatementLine]:
        """
        The labelled lines, in order: a list of StatementLine.
        """
    @property
    def source(self) -> str:
        """
        Where the figures come from.
        """
    @property
    def stated_total(self) -> Money | None:
        """
        The total stated, or None.
        """
    @property
    def total(self) -> Money:
        """
        The stated total if there is one, else the sum of the lines.
        """
@typing.final
class Reconciliation:
    """
    Two statements of the same scope compared: in total, and line by line where both have lines.
    
    Attributes
    ----------
    first_source, second_source : str
    first_total, second_total : Money
    difference : Money
        ``second_total - first_total``.
    lines : list of ReconciliationLine
        ``(label, first, second, difference)``, matched by label in the order first seen;
        empty unless both statements have lines.
    unexplained : Money
        The part of the difference the lines do not explain: all of it when a statement gives
        only a total.
    """
    __hash__: typing.ClassVar[None] = None  # type: ignore[assignment]
    def __eq__(self, arg0: object) -> bool:
        ...
    def __getstate__(self) -> tuple[typing.Any, ...]:
        ...
    def __ne__(self, arg0: object) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple[typing.Any, ...]) -> None:
        ...
    def _repr_html_(self) -> str:
        """
        An HTML table for Jupyter: the lines, what they leave unexplained, and the totals.
        """
    def to_pandas(self) -> pandas.DataFrame:
        """
        The lines as a pandas DataFrame (pandas is imported only when this is called).
        
        Returns
        -------
        pandas.DataFrame
            Indexed by label (index name ``"label"``), with columns ``first``, ``second`` and
            ``difference`` of exact ``decimal.Decimal`` pounds (None where a statement lacks the
            line); the sources and totals are in ``df.attrs`` (``first_source``, ``second_source``,
            ``first_total``, ``second_total``, ``difference``, ``unexplained``).
        """
    @property
    def difference(self) -> Money:
        """
        Second total less first total.
        """
    @property
    def first_source(self) -> str:
        """
        The first statement's source.
        """
    @property
    def first_total(self) -> Money:
        """
        The first statement's total.
        """
    @property
    def lines(self) -> list[ReconciliationLine]:
        """
        Line by line: a list of ReconciliationLine.
        """
    @property
    def second_source(self) -> str:
        """
        The second statement's source.
        """
    @property
    def second_total(self) -> Money:
        """
        The second statement's total.
        """
    @property
    def unexplained(self) -> Money:
        """
        The part of the difference the lines do not explain.
        """
@typing.final
class MediumTermView:
    """
    An envelope over several years against a cost that grows with inflation and the savings
    planned: the gap to close each year.
    
    It is a sequence of MediumTermYear ``(year, budget, cost, savings, gap)`` (``len``,
    iteration, indexing), has ``to_pandas()`` and shows as a table in Jupyter.
    
    Attributes
    ----------
    envelope_name : str
    base_cost : Money
        The cost in the first year.
    inflation : Rate
        The rise in cost each year.
    years : list of MediumTermYear
    total_gap : Money
        The sum of the years' gaps (negative: headroom).
    """
    __hash__: typing.ClassVar[None] = None  # type: ignore[assignment]
    def __eq__(self, arg0: object) -> bool:
        ...
    def __getitem__(self, arg0: typing.Any) -> typing.Any:
        ...
    def __getstate__(self) -> tuple[typing.Any, ...]:
        ...
    def __iter__(self) -> collections.abc.Iterator[typing.Any]:
        ...
    def __len__(self) -> int:
        ...
    def __ne__(self, arg0: object) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple[typing.Any, ...]) -> None:
        ...
    def _repr_html_(self) -> str:
        """
        An HTML table for Jupyter.
        """
    def to_pandas(self) -> pandas.DataFrame:
        """
        The view as a pandas DataFrame (pandas is imported only when this is called).
        
        Returns
        -------
        pandas.DataFrame
            Indexed by financial-year label (index name ``"financial_year"``), with columns
            ``budget``, ``cost``, ``savings`` and ``gap`` of exact ``decimal.Decimal`` pounds.
        """
    @property
    def base_cost(self) -> Money:
        """
        The cost in the first year.
        """
    @property
    def envelope_name(self) -> str:
        """
        The envelope's name.
        """
    @property
    def inflation(self) -> Rate:
        """
        The rise in cost each year.
        """
    @property
    def total_gap(self) -> Money:
        """
        The sum of the years' gaps.
        """
    @property
    def years(self) -> list[MediumTermYear]:
        """
        Each year, in order: a list of MediumTermYear.
        """
@typing.final
class DiscountSchedule:
    """
    A named, sourced schedule of discount rates by year from the base year.
    
    Year 0 is the base year and is not discounted; year t's factor is the product of
    1 / (1 + r_k) for k = 1..t, where r_k is the rate of the band year k falls in. A declining
    schedule therefore compounds across its bands: the lower rate applies only to the years of its
    band, never back to year 0. Factors are exact fractions, so a present value is rounded once,
    to the penny, at the end.
    
    Schedules are data, not constants: HM Treasury reviews the rate, so each schedule carries a
    name and a source. Use ``green_book_2022()`` (the standard STPR), ``green_book_health()``,
    ``green_book_2026_lower_rate()``, ``constant("3%")``, ``named(key)`` for a bundled one, or
    make your own.
    
    Parameters
    ----------
    name, source : str
    bands : mapping or iterable of (first_year, rate) pairs
        In increasing order of first year, the first at year 0; every rate above -100%
        (InvalidInputError, commissioning.discounting.001, otherwise):
        ``[(0, "3.5%"), (31, "3%")]``.
    
    Attributes
    ----------
    name, source : str
    bands : list of DiscountBand
        ``(first_year, annual_rate)`` pairs.
    
    Examples
    --------
    >>> s = DiscountSchedule.green_book_2022()
    >>> round(s.factor(1), 6), round(s.factor(31), 6)
    (0.966184, 0.345901)
    >>> present_value(s, ["£325,500"] * 5)
    Money('£1,521,087.28')
    """
    @staticmethod
    def bundled_keys() -> list[str]:
        """
        The keys ``named`` accepts, in order.
        """
    @staticmethod
    def constant(annual_rate: Rate | str | int | float | decimal.Decimal | fractions.Fraction, name: str = '') -> DiscountSchedule:
        """
        One rate for every year.
        
        Parameters
        ----------
        annual_rate : Rate, str, int, float, decimal.Decimal or fractions.Fraction
            ``"3%"``.
        name : str, optional
            ``"Constant 3%"`` by default.
        
        Returns
        -------
        DiscountSchedule
        """
    @staticmethod
    def green_book_2022() -> DiscountSchedule:
        """
        HM Treasury Green Book (2022) standard STPR: 3.5% for years 0–30, 3.0% for 31–75, 2.5% for
        76–125, 2.0% for 126–200, 1.5% for 201–300, 1.0% beyond.
        
        Returns
        -------
        DiscountSchedule
        """
    @staticmethod
    def green_book_2026_lower_rate() -> DiscountSchedule:
        """
        The 2026 Green Book's additional lower-rate sensitivity test (pure time preference 0): 3.00%,
        declining by the same bands as the standard schedule.
        
        Returns
        -------
        DiscountSchedule
        """
    @staticmethod
    def green_book_health() -> DiscountSchedule:
        """
        The Green Book's health schedule for lives and QALYs (the wealth effect removed): 1.5%,
        declining by the same bands as the standard schedule.
        
        Returns
        -------
        DiscountSchedule
        """
    @staticmethod
    def named(key: str) -> DiscountSchedule:
        """
        A bundled schedule by its key: ``"green-book-2022"``, ``"green-book-health"`` or
        ``"green-book-2026-lower-rate"`` (``bundled_keys()`` lists them).
        
        Returns
        -------
        DiscountSchedule
        
        Raises
        ------
        InvalidInputError
            An unknown key (commissioning.discounting.002).
        """
    def __eq__(self, arg0: object) -> bool:
        ...
    def __getstate__(self) -> tuple[typing.Any, ...]:
        ...
    def __hash__(self) -> int:
        ...
    def __init__(self, name: str, source: str, bands: collections.abc.Mapping[int, Rate | str | int | float | decimal.Decimal | fractions.Fraction] | collections.abc.Iterable[tuple[int, Rate | str | int | float | decimal.Decimal | fractions.Fraction]]) -> None:
        """
        Make a schedule from its bands.
        """
    def __ne__(self, arg0: object) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple[typing.Any, ...]) -> None:
        ...
    def exact_factor(self, year: typing.SupportsInt | typing.SupportsIndex) -> fractions.Fraction:
        """
        Year ``year``'s discount factor, exactly: the product of 1 / (1 + r_k) for k = 1..year.
        
        Parameters
        ----------
        year : int
            From 0, the base year (OutOfRangeError, commissioning.discounting.003, if negative).
        
        Returns
        -------
        fractions.Fraction
        """
    def exact_factors(self, count: typing.SupportsInt | typing.SupportsIndex) -> list[fractions.Fraction]:
        """
        The exact factors of years 0 to ``count - 1``.
        
        Parameters
        ----------
        count : int
            0 to 1,000 (OutOfRangeError, commissioning.discounting.004, otherwise).
        
        Returns
        -------
        list of fractions.Fraction
        """
    def factor(self, year: typing.SupportsInt | typing.SupportsIndex) -> float:
        """
        Year ``year``'s discount factor as a float, for display (present values use the exact one).
        
        Parameters
        ----------
        year : int
            From 0, the base year.
        
        Returns
        -------
        float
        """
    def factors(self, count: typing.SupportsInt | typing.SupportsIndex) -> numpy.ndarray:
        """
        The factors of years 0 to ``count - 1`` as a numpy array of floats (numpy is imported only
        when this is called).
        
        Parameters
        ----------
        count : int
            0 to 1,000 (OutOfRangeError, commissioning.discounting.004, otherwise).
        
        Returns
        -------
        numpy.ndarray
        """
    def rate_for_year(self, year: typing.SupportsInt | typing.SupportsIndex) -> Rate:
        """
        The rate that discounts year ``year`` back to year ``year - 1``.
        
        Parameters
        ----------
        year : int
            From 1 (OutOfRangeError, commissioning.discounting.003, otherwise).
        
        Returns
        -------
        Rate
        """
    def scaled(self, scale: Rate | str | int | float | decimal.Decimal | fractions.Fraction) -> DiscountSchedule:
        """
        The same schedule with every band's rate multiplied by ``scale``: ``scaled("110%")`` moves
        3.5% to 3.85%. Sensitivity analysis moves the discount rate this way.
        
        Parameters
        ----------
        scale : Rate, str, int, float, decimal.Decimal or fractions.Fraction
        
        Returns
        -------
        DiscountSchedule
        """
    @property
    def bands(self) -> list[DiscountBand]:
        """
        The bands, in order: a list of DiscountBand ``(first_year, annual_rate)``.
        """
    @property
    def name(self) -> str:
        """
        The schedule's name.
        """
    @property
    def source(self) -> str:
        """
        Where the rates come from.
        """
class OptionKind(commissioning._types._TextEnum):
    """
    What kind of option of a decision this is; each member is its snake_case name (``"in_house"``).
    
    Wherever a kind is taken, the name is read in any case, with spaces or hyphens for
    underscores (``"external commission"``, ``"in-house"``), and as reports word it
    (``"council-owned company"``, ``"extend existing contract"``, ``"sla"``).
    
    Members
    -------
    DO_NOTHING
        Business as usual: the baseline the Green Book asks every appraisal to include.
    DO_MINIMUM
        The least that meets the need.
    IN_HOUSE
        Delivered by the council itself.
    EXTERNAL_COMMISSION
        Let to a provider under a new contract.
    EXTEND_EXISTING
        Extend or vary the existing contract.
    SHARED_SERVICE
        Shared with another body.
    COUNCIL_COMPANY
        A council-owned company (Teckal).
    SERVICE_LEVEL_AGREEMENT
        A service level agreement with another public body.
    OTHER
        Anything else.
    """
    COUNCIL_COMPANY = 'council_company'
    DO_MINIMUM = 'do_minimum'
    DO_NOTHING = 'do_nothing'
    EXTEND_EXISTING = 'extend_existing'
    EXTERNAL_COMMISSION = 'external_commission'
    IN_HOUSE = 'in_house'
    OTHER = 'other'
    SERVICE_LEVEL_AGREEMENT = 'service_level_agreement'
    SHARED_SERVICE = 'shared_service'
class LineKind(commissioning._types._TextEnum):
    """
    What a line of an option's money is; each member is its snake_case name (``"cashable_saving"``).
    
    Members
    -------
    COST
        A cost (optimism bias may apply).
    BENEFIT
        A monetised (social) benefit.
    CASHABLE_SAVING
        A saving that releases budget.
    INCOME
        Income.
    """
    BENEFIT = 'benefit'
    CASHABLE_SAVING = 'cashable_saving'
    COST = 'cost'
    INCOME = 'income'
class CostCategory(commissioning._types._TextEnum):
    """
    Which kind of cost (or benefit) a line is, for tables and for optimism bias.
    
    Each member is its snake_case name (``"contract_payments"``); ``"TUPE and transition"`` and
    ``"non-staff"`` are read too.
    """
    CONTRACT_PAYMENTS = 'contract_payments'
    EXIT = 'exit'
    MOBILISATION = 'mobilisation'
    NON_STAFF = 'non_staff'
    OTHER = 'other'
    OVERHEADS = 'overheads'
    PROCUREMENT = 'procurement'
    STAFF = 'staff'
    TUPE_AND_TRANSITION = 'tupe_and_transition'
class PriceBasis(commissioning._types._TextEnum):
    """
    Whether an appraisal's figures are in real base-year prices or cash (nominal) prices.
    
    Members
    -------
    REAL
        "real": the Green Book's basis (2022, 5.55): prices of the base year.
    NOMINAL
        "nominal" (or "cash"): cash prices as paid.
    """
    NOMINAL = 'nominal'
    REAL = 'real'
class SensitivityMetric(commissioning._types._TextEnum):
    """
    The figure a one-way sensitivity analysis watches.
    
    Members
    -------
    NET_PRESENT_COST
        "net_present_cost" (or "npc"): the option's PVC − PVB.
    NET_PRESENT_SOCIAL_VALUE
        "net_present_social_value" (or "npsv"): the option's social value against the baseline.
    NET_PRESENT_SOCIAL_VALUE_GAP
        "net_present_social_value_gap" (or "gap"): the option's net present social value less a
        rival's, its lead; every option's inputs move it.
    """
    NET_PRESENT_COST = 'net_present_cost'
    NET_PRESENT_SOCIAL_VALUE = 'net_present_social_value'
    NET_PRESENT_SOCIAL_VALUE_GAP = 'net_present_social_value_gap'
class VatRecovery(commissioning._types._TextEnum):
    """
    How VAT falls on a cost; each member is its snake_case name (``"recoverable"``).
    
    Members
    -------
    NOT_STATED
        The amounts are counted as given (every line's default).
    RECOVERABLE
        VAT is charged and refunded to the council (VAT Act 1994 section 33): the appraisal counts
        the net cost.
    IRRECOVERABLE
        VAT is charged and not refunded (blocked items, business activities): the appraisal counts
        the gross cost.
    EXEMPT
        An exempt supply (much social care): no VAT is charged.
    OUTSIDE_SCOPE
        Outside the scope of VAT (grants, payments between public bodies): none is charged.
    """
    EXEMPT = 'exempt'
    IRRECOVERABLE = 'irrecoverable'
    NOT_STATED = 'not_stated'
    OUTSIDE_SCOPE = 'outside_scope'
    RECOVERABLE = 'recoverable'
@typing.final
class Deflator:
    """
    A price index by financial year that turns cash (nominal) amounts into real prices of a base
    year, and back.
    
    The Green Book appraises in real base-year prices (2022, 5.55): cash is divided by the index
    of its year and multiplied by the index of the base year. Supply the series (HM Treasury's
    GDP deflators, or an assumption); the library never guesses one.
    
    Parameters
    ----------
    name : str
    index : mapping or iterable of (year, value) pairs
        Any base (100, 1, ...): ``{"2021-22": "100", "2022-23": "102"}``. Every value positive,
        no year twice, every year starting in the same month (InvalidInputError,
        commissioning.deflator.001).
    start_month : int, optional
        The month the years start in: that of the first FinancialYear given, else April.
    
    Attributes
    ----------
    name : str
    start_month : int
    years : list of FinancialYear
    by_year : dict of str to Rate
        The index, by financial-year label.
    
    Examples
    --------
    >>> gdp = Deflator.constant_growth("OBR long-run GDP deflator", "2%", "2021-22", "2030-31")
    >>> gdp.to_real("£102,000", "2022-23", "2021-22")
    Money('£100,000.00')
    """
    @staticmethod
    def constant_growth(name: str, growth: Rate | str | int | float | decimal.Decimal | fractions.Fraction, first: FinancialYear | str | int, last: FinancialYear | str | int) -> Deflator:
        """
        An index of 1 in ``first``, growing by ``growth`` a year to ``last``.
        
        Parameters
        ----------
        name : str
        growth : Rate, str, int, float, decimal.Decimal or fractions.Fraction
            ``"2%"``.
        first, last : FinancialYear, str or int
        
        Returns
        -------
        Deflator
        """
    def __eq__(self, arg0: object) -> bool:
        ...
    def __getstate__(self) -> tuple[typing.Any, ...]:
        ...
    def __hash__(self) -> int:
        ...
    def __init__(self, name: str, index: collections.abc.Mapping[FinancialYear | str | int, Rate | str | int | float | decimal.Decimal | fractions.Fraction] | collections.abc.Iterable[tuple[FinancialYear | str | int, Rate | str | int | float | decimal.Decimal | fractions.Fraction]], *, start_month: int | None = None) -> None:
        """
        Make a deflator from its index by year.
        """
    def __ne__(self, arg0: object) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple[typing.Any, ...]) -> None:
        ...
    def index(self, year: FinancialYear | str | int) -> Rate:
        """
        The index of a year.
        
        Parameters
        ----------
        year : FinancialYear, str or int
        
        Returns
        -------
        Rate
        
        Raises
        ------
        OutOfRangeError
            A year the series does not cover (commissioning.deflator.002).
        """
    def to_nominal(self, real: Money | str | int | float | decimal.Decimal, year: FinancialYear | str | int, base: FinancialYear | str | int, *, rounding: Rounding | str = ...) -> Money:
        """
        An amount in the prices of ``base`` as cash spent in ``year``: ``real × index(year) ÷
        index(base)``, rounded to the penny.
        
        Parameters
        ----------
        real : Money, str, int, float or decimal.Decimal
        year, base : FinancialYear, str or int
        rounding : Rounding or str, default "half_away_from_zero"
        
        Returns
        -------
        Money
        """
    def to_real(self, cash: Money | str | int | float | decimal.Decimal, year: FinancialYear | str | int, base: FinancialYear | str | int, *, rounding: Rounding | str = ...) -> Money:
        """
        Cash spent in ``year``, in the prices of ``base``: ``cash × index(base) ÷ index(year)``,
        rounded to the penny.
        
        Parameters
        ----------
        cash : Money, str, int, float or decimal.Decimal
        year, base : FinancialYear, str or int
        rounding : Rounding or str, default "half_away_from_zero"
        
        Returns
        -------
        Money
        
        Raises
        ------
        OutOfRangeError
            A year the series does not cover (commissioning.deflator.002).
        """
    @property
    def by_year(self) -> dict[str, Rate]:
        """
        The index by financial-year label (a new dict, in year order).
        """
    @property
    def name(self) -> str:
        """
        The deflator's name.
        """
    @property
    def start_month(self) -> int:
        """
        The month its years start in (4 for April).
        """
    @property
    def years(self) -> list[FinancialYear]:
        """
        The years covered, in order.
        """
@typing.final
class VatTerms:
    """
    A cost's VAT facts: how VAT falls on it, the rate, and whether its amounts include VAT.
    
    Parameters
    ----------
    treatment : VatRecovery or str, default "not_stated"
    vat_rate : Rate, str, int, float, decimal.Decimal or fractions.Fraction, default "20%"
        The standard rate (VAT Act 1994 section 2(1)); not negative (InvalidInputError,
        commissioning.appraisal.007).
    amounts_include_vat : bool, default False
        The amounts given are VAT-inclusive (else net of VAT).
    
    Examples
    --------
    >>> split_vat("£120,000", VatTerms("recoverable", amounts_include_vat=True)).appraised
    Money('£100,000.00')
    """
    def __eq__(self, arg0: object) -> bool:
        ...
    def __getstate__(self) -> typing.Any:
        ...
    def __hash__(self) -> int:
        ...
    def __init__(self, treatment: VatRecovery | str = ..., *, vat_rate: Rate | str | int | float | decimal.Decimal | fractions.Fraction = '20%', amounts_include_vat: bool = False) -> None:
        ...
    def __ne__(self, arg0: object) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple[typing.Any, ...]) -> None:
        ...
    @property
    def amounts_include_vat(self) -> bool:
        """
        True when the amounts given are VAT-inclusive.
        """
    @property
    def description(self) -> str:
        """
        The terms in the words of an appraisal's assumptions.
        """
    @property
    def treatment(self) -> VatRecovery:
        """
        How VAT falls on the cost.
        """
    @property
    def vat_rate(self) -> Rate:
        """
        The VAT rate.
        """
@typing.final
class AppraisalLine:
    """
    A line of an option's money by financial year, in cash (nominal) prices.
    
    Made by ``recurring`` (a sum a year, perhaps uplifted), ``one_off``, ``per_year``,
    ``from_contract`` (a contract's payments by financial year) or ``from_envelope``, so that the
    appraisal, the contract and the budget never disagree by a penny. Amounts are never negative:
    enter savings and income as lines of their own kind (commissioning.option.003).
    
    Attributes
    ----------
    name : str
    kind : LineKind
        ``"cost"``, ``"benefit"``, ``"cashable_saving"`` or ``"income"``.
    category : CostCategory
    basis : str
        Where the figures come from, in words: ``"£325,500.00 a year, 2022-23 to 2026-27"``.
    is_one_off : bool
    start_month : int
    years : list of FinancialYear
    amounts : list of FinancialYearAmount
    by_year : dict of str to Money
    total : Money
    
    Examples
    --------
    >>> staff = AppraisalLine.recurring("Staff", "cost", "staff", "£250,000", "2022-23", "2024-25", indexation="2%")
    >>> staff.by_year
    {'2022-23': Money('£250,000.00'), '2023-24': Money('£255,000.00'), '2024-25': Money('£260,100.00')}
    """
    @staticmethod
    def from_contract(name: str, contract: Contract, scope: ContractScope | str = 'current', rule: ApportionRule | str = 'monthly') -> AppraisalLine:
        """
        A contract's payments by financial year (April years): a cost, category contract payments.
        
        Parameters
        ----------
        name : str
        contract : Contract
        scope : ContractScope or str, default "current"
            ``"current"``, ``"base"`` or ``"maximum"``.
        rule : ApportionRule or str, default "monthly"
            Equal monthly instalments (part months pro rata by days), or ``"daily"``.
        
        Returns
        -------
        AppraisalLine
            Its amounts are the contract's profile: they sum to the contract's value over the scope.
        """
    @staticmethod
    def from_envelope(name: str, kind: LineKind | str, category: CostCategory | str, envelope: Envelope) -> AppraisalLine:
        """
        An envelope's amounts by financial year: an in-house budget capped at £65k a year, say.
        
        Parameters
        ----------
        name : str
        kind : LineKind or str
        category : CostCategory or str
        envelope : Envelope
        
        Returns
        -------
        AppraisalLine
        """
    @staticmethod
    def one_off(name: str, kind: LineKind | str, category: CostCategory | str, amount: Money | str | int | float | decimal.Decimal, year: FinancialYear | str | int) -> AppraisalLine:
        """
        ``amount`` once, in ``year``.
        
        Parameters
        ----------
        name : str
        kind : LineKind or str
        category : CostCategory or str
        amount : Money, str, int, float or decimal.Decimal
        year : FinancialYear, str or int
        
        Returns
        -------
        AppraisalLine
        """
    @staticmethod
    def per_year(name: str, kind: LineKind | str, category: CostCategory | str, amounts: collections.abc.Mapping[FinancialYear | str | int, Money | str | int | float | decimal.Decimal] | collections.abc.Iterable[tuple[FinancialYear | str | int, Money | str | int | float | decimal.Decimal]], *, start_month: int | None = None) -> AppraisalLine:
        """
        An amount for each year given.
        
        Parameters
        ----------
        name : str
        kind : LineKind or str
        category : CostCategory or str
        amounts : mapping or iterable of (year, amount) pairs
            ``{"2022-23": "£15,000", 2023: 5000}``, pairs, or a pandas Series indexed by year.
        start_month : int, optional
            The month the years start in: that of the first FinancialYear given, else April.
        
        Returns
        -------
        AppraisalLine
        
        Raises
        ------
        InvalidInputError
            No years, a year given twice, a negative amount, or years that start in different
            months (commissioning.option.003).
        """
    @staticmethod
    def recurring(name: str, kind: LineKind | str, category: CostCategory | str, per_year: Money | str | int | float | decimal.Decimal, first: FinancialYear | str | int, last: FinancialYear | str | int, *, indexation: Rate | str | int | float | decimal.Decimal | fractions.Fraction = 0, rounding: Rounding | str = ...) -> AppraisalLine:
        """
        ``per_year`` in every year from ``first`` to ``last``, uplifted by ``indexation`` each year
        after the first (each year rounded to the penny before the next uplift).
        
        Parameters
        ----------
        name : str
        kind : LineKind or str
            ``"cost"``, ``"benefit"``, ``"cashable_saving"`` or ``"income"``.
        category : CostCategory or str
            ``"staff"``, ``"non_staff"``, ``"overheads"``, ``"procurement"``, ``"tupe_and_transition"``,
            ``"mobilisation"``, ``"exit"``, ``"contract_payments"`` or ``"other"``.
        per_year : Money, str, int, float or decimal.Decimal
        first, last : FinancialYear, str or int
            ``"2022-23"``; labels and start years are read in the month of a FinancialYear given,
            else April.
        indexation : Rate, str, int, float, decimal.Decimal or fractions.Fraction, default 0
        rounding : Rounding or str, default "half_away_from_zero"
        
        Returns
        -------
        AppraisalLine
        """
    def __eq__(self, arg0: object) -> bool:
        ...
    def __getstate__(self) -> tuple[typing.Any, ...]:
        ...
    def __hash__(self) -> int:
        ...
    def __ne__(self, arg0: object) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple[typing.Any, ...]) -> None:
        ...
    def appraised_in_year(self, year: FinancialYear | str | int) -> Money:
        """
        What the appraisal counts in a year: net of VAT the council recovers, with VAT it does not.
        
        Parameters
        ----------
        year : FinancialYear, str or int
        
        Returns
        -------
        Money
        """
    def in_year(self, year: FinancialYear | str | int) -> Money:
        """
        The amount in a year: £0 outside the line (or in a year starting in another month).
        
        Parameters
        ----------
        year : FinancialYear, str or int
        
        Returns
        -------
        Money
        """
    def scaled(self, factor: Rate | str | int | float | decimal.Decimal | fractions.Fraction, *, rounding: Rounding | str = ...) -> AppraisalLine:
        """
        The same line with every amount multiplied by ``factor``, each year rounded to the penny: how
        sensitivity analysis moves an input.
        
        Parameters
        ----------
        factor : Rate, str, int, float, decimal.Decimal or fractions.Fraction
            Not negative (InvalidInputError, commissioning.option.004).
        rounding : Rounding or str, default "half_away_from_zero"
        
        Returns
        -------
        AppraisalLine
        """
    def split_in_year(self, year: FinancialYear | str | int) -> VatSplit:
        """
        The amount in a year split by the line's VAT terms, to the penny.
        
        Parameters
        ----------
        year : FinancialYear, str or int
        
        Returns
        -------
        VatSplit
        """
    def to_pandas(self) -> pandas.Series:
        """
        The line as a pandas Series (pandas is imported only when this is called).
        
        Returns
        -------
        pandas.Series
            Named after the line, of exact ``decimal.Decimal`` pounds, indexed by financial-year
            label (index name ``"financial_year"``); kind, category and basis are in ``attrs``.
        """
    def with_vat(self, terms: VatTerms) -> AppraisalLine:
        """
        The same line with VAT terms: its amounts stay as given, and the appraisal counts each year's
        ``split_vat(amount, terms).appraised`` (net of VAT the council recovers, VAT Act 1994 s.33).
        
        Parameters
        ----------
        terms : VatTerms
        
        Returns
        -------
        AppraisalLine
        
        Examples
        --------
        >>> care = AppraisalLine.recurring("Care", "cost", "contract_payments", "£120,000", "2024-25", "2025-26")
        >>> care.with_vat(VatTerms("recoverable", amounts_include_vat=True)).appraised_in_year("2024-25")
        Money('£100,000.00')
        """
    @property
    def amounts(self) -> list[FinancialYearAmount]:
        """
        The amounts in year order: a list of FinancialYearAmount.
        """
    @property
    def basis(self) -> str:
        """
        Where the figures come from, in words.
        """
    @property
    def by_year(self) -> dict[str, Money]:
        """
        The amounts by financial-year label (a new dict, in year order).
        """
    @property
    def category(self) -> CostCategory:
        """
        Which kind of cost (or benefit) it is.
        """
    @property
    def gross_total(self) -> Money:
        """
        The VAT-inclusive value, each year split and then summed: what a procurement threshold compares (SI 2021/1221).
        """
    @property
    def is_one_off(self) -> bool:
        """
        True for a line made by ``one_off``.
        """
    @property
    def kind(self) -> LineKind:
        """
        What the line is: cost, benefit, cashable saving or income.
        """
    @property
    def name(self) -> str:
        """
        The line's name.
        """
    @property
    def start_month(self) -> int:
        """
        The month its years start in.
        """
    @property
    def total(self) -> Money:
        """
        The sum of the amounts (as given).
        """
    @property
    def vat(self) -> VatTerms:
        """
        How VAT falls on the amounts: a VatTerms (not stated unless ``with_vat`` said).
        """
    @property
    def years(self) -> list[FinancialYear]:
        """
        The years it has an amount in, in order.
        """
@typing.final
class Option:
    """
    One option of a decision: its lines of money, the statutory duties it meets or fails, and the
    words that go into the options table (advantages, disadvantages, risks).
    
    Parameters
    ----------
    name : str
        Not empty (InvalidInputError, commissioning.option.005).
    kind : OptionKind or str, default "other"
        ``"do_nothing"``, ``"do_minimum"``, ``"in_house"``, ``"external_commission"``,
        ``"extend_existing"``, ``"shared_service"``, ``"council_company"``,
        ``"service_level_agreement"`` or ``"other"``.
    description : str, default ""
    lines : iterable of AppraisalLine, optional
    advantages, disadvantages, risks : iterable of str, optional
    duties : iterable of StatutoryDuty or (name, met[, note]) tuples, optional
    
    Notes
    -----
    An Option changes: ``add``, ``advantage``, ``disadvantage``, ``risk``, ``duty``,
    ``optimism_bias`` and ``output`` change it and return it, so that calls chain. An Appraisal
    takes copies of its options. An Option compares equal to one with the same contents, is not
    hashable, and copies and pickles.
    
    Attributes
    ----------
    name, description : str
    kind : OptionKind
    lines : list of AppraisalLine
    advantages, disadvantages, risks : list of str
    duties : list of StatutoryDuty
    optimism_bias_uplift : OptimismBiasUplift or None
    output_measure : OutputMeasure or None
    meets_statutory_duties : bool
    
    Examples
    --------
    >>> external = (Option("Externally commission a new service", kind="external_commission")
    ...     .add(AppraisalLine.recurring("Contract payments", "cost", "contract_payments", "£325,500",
    ...                                  "2022-23", "2026-27"))
    ...     .duty("Assess young carers' needs (Children and Families Act 2014)", met=True)
    ...     .risk("A procurement process will be required"))
    >>> external
    <Option 'Externally commission a new service' (external commission): 1 line, meets every statutory duty named>
    """
    __hash__: typing.ClassVar[None] = None  # type: ignore[assignment]
    def __copy__(self) -> Option:
        """
        An independent copy.
        """
    def __deepcopy__(self, memo: typing.Any) -> Option:
        """
        An independent copy.
        """
    def __eq__(self, arg0: object) -> bool:
        ...
    def __getstate__(self) -> tuple[typing.Any, ...]:
        ...
    def __init__(self, name: str, kind: OptionKind | str = 'other', description: str = '', *, lines: collections.abc.Iterable[AppraisalLine] | None = None, advantages: collections.abc.Iterable[str] | None = None, disadvantages: collections.abc.Iterable[str] | None = None, risks: collections.abc.Iterable[str] | None = None, duties: collections.abc.Iterable[StatutoryDuty | tuple[str, bool] | tuple[str, bool, str]] | None = None) -> None:
        """
        Make an option, perhaps with its lines.
        """
    def __ne__(self, arg0: object) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple[typing.Any, ...]) -> None:
        ...
    def add(self, line: AppraisalLine) -> Option:
        """
        Add a line of money.
        
        Parameters
        ----------
        line : AppraisalLine
            Its name not already used by a line of this option (InvalidInputError,
            commissioning.option.002).
        
        Returns
        -------
        Option
            This option, so that calls chain.
        """
    def advantage(self, text: str) -> Option:
        """
        Add an advantage (not empty: commissioning.option.005); returns this option.
        """
    def disadvantage(self, text: str) -> Option:
        """
        Add a disadvantage (not empty: commissioning.option.005); returns this option.
        """
    def duty(self, name: str, met: bool, note: str = '') -> Option:
        """
        Name a statutory duty and whether this option meets it. An option that fails one is costed and
        shown, never preferred.
        
        Parameters
        ----------
        name : str
            ``"Assess young carers' needs (Children and Families Act 2014 s.96)"``; not empty
            (commissioning.option.005).
        met : bool
        note : str, default ""
            Why, in the report's words.
        
        Returns
        -------
        Option
            This option, so that calls chain.
        """
    def line(self, name: str) -> AppraisalLine:
        """
        The line called ``name`` (a copy).
        
        Returns
        -------
        AppraisalLine
        
        Raises
        ------
        InvalidInputError
            No such line (commissioning.option.006).
        """
    def optimism_bias(self, uplift: Rate | str | int | float | decimal.Decimal | fractions.Fraction | OptimismBiasAdjustment, description: str = '', applies_to: collections.abc.Iterable[CostCategory | str] | None = None) -> Option:
        """
        Set the optimism bias uplift on this option's costs (replacing any earlier one).
        
        Parameters
        ----------
        uplift : Rate, str, int, float, decimal.Decimal, fractions.Fraction or OptimismBiasAdjustment
            ``"10%"``, not negative (InvalidInputError, commissioning.option.007); or an adjustment
            from the Green Book's table or the organisation's evidence, which describes itself: a
            capital or operating cost adjustment (a works-duration one delays costs rather than
            uplifting them: InvalidInputError, commissioning.option.009).
        description : str, default ""
            The words that justify a rate (none with an OptimismBiasAdjustment: TypeError).
        applies_to : iterable of CostCategory or str, optional
            The cost categories it applies to; none given: every cost line.
        
        Returns
        -------
        Option
            This option, so that calls chain.
        """
    def output(self, unit: str, per_year: typing.SupportsInt | typing.SupportsIndex, first: FinancialYear | str | int, last: FinancialYear | str | int) -> Option:
        """
        Count what the option delivers, ``per_year`` in each year from ``first`` to ``last``, for a
        cost per unit of output (replacing any earlier count).
        
        Parameters
        ----------
        unit : str
            A plural noun: ``"young carers assessed"``.
        per_year : int
            Not negative (InvalidInputError, commissioning.option.008).
        first, last : FinancialYear, str or int
        
        Returns
        -------
        Option
            This option, so that calls chain.
        """
    def risk(self, text: str) -> Option:
        """
        Add a risk (not empty: commissioning.option.005); returns this option.
        """
    @property
    def advantages(self) -> tuple[str, ...]:
        """
        Its advantages, in order.
        """
    @property
    def description(self) -> str:
        """
        The option in words.
        """
    @property
    def disadvantages(self) -> tuple[str, ...]:
        """
        Its disadvantages, in order.
        """
    @property
    def duties(self) -> list[StatutoryDuty]:
        """
        The statutory duties it names: a list of StatutoryDuty.
        """
    @property
    def kind(self) -> OptionKind:
        """
        What kind of option it is.
        """
    @property
    def lines(self) -> list[AppraisalLine]:
        """
        Its lines, in the order added (copies).
        """
    @property
    def meets_statutory_duties(self) -> bool:
        """
        False when it fails any statutory duty it names.
        """
    @property
    def name(self) -> str:
        """
        The option's name.
        """
    @property
    def optimism_bias_uplift(self) -> OptimismBiasUplift | None:
        """
        Its optimism bias uplift (an OptimismBiasUplift), or None.
        """
    @property
    def output_measure(self) -> OutputMeasure | None:
        """
        What it delivers by year (an OutputMeasure), or None.
        """
    @property
    def risks(self) -> tuple[str, ...]:
        """
        Its risks, in order.
        """
@typing.final
class AppraisalSettings:
    """
    How an appraisal is set up: the base year, the period, the price basis, the discount schedule
    and the deflator.
    
    Parameters
    ----------
    base_year : FinancialYear, str or int
        Year 0: the first year of the proposal, undiscounted.
    years : int
        The appraisal period in financial years from the base year, 1 to 500
        (commissioning.appraisal.001, when the appraisal is made).
    basis : PriceBasis or str, default "real"
        ``"real"`` (base-year prices, the Green Book's basis) or ``"nominal"`` (cash).
    schedule : DiscountSchedule, optional
        ``DiscountSchedule.green_book_2022()`` by default.
    deflator : Deflator, optional
        Turns cash into real prices. Without one, a real appraisal takes every line as already in
        base-year prices (and says so among its assumptions).
    rounding : Rounding or str, default "half_away_from_zero"
    
    Attributes
    ----------
    base_year : FinancialYear
    years : int
    basis : PriceBasis
    schedule : DiscountSchedule
    deflator : Deflator or None
    rounding : Rounding
    """
    def __eq__(self, arg0: object) -> bool:
        ...
    def __getstate__(self) -> tuple[typing.Any, ...]:
        ...
    def __hash__(self) -> int:
        ...
    def __init__(self, base_year: FinancialYear | str | int, years: typing.SupportsInt | typing.SupportsIndex, basis: PriceBasis | str = 'real', schedule: DiscountSchedule | None = None, deflator: Deflator | None = None, *, rounding: Rounding | str = ...) -> None:
        """
        Make settings: by default real prices and the Green Book 2022 schedule.
        """
    def __ne__(self, arg0: object) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple[typing.Any, ...]) -> None:
        ...
    @property
    def base_year(self) -> FinancialYear:
        """
        Year 0, undiscounted.
        """
    @property
    def basis(self) -> PriceBasis:
        """
        Real (base-year) or nominal (cash) prices.
        """
    @property
    def deflator(self) -> Deflator | None:
        """
        The deflator, or None.
        """
    @property
    def rounding(self) -> Rounding:
        """
        How figures are rounded to the penny.
        """
    @property
    def schedule(self) -> DiscountSchedule:
        """
        The discount schedule.
        """
    @property
    def years(self) -> int:
        """
        The appraisal period, in years.
        """
@typing.final
class OptionAppraisal:
    """
    One option's figures in an appraisal.
    
    Attributes
    ----------
    name : str
    kind : OptionKind
    years : list of AppraisalYear
        ``(year, index, costs, optimism_bias, benefits, net_cost, discount_factor, present_value)``
        for every year of the period.
    cash_costs : Money
        Costs including optimism bias, cash, over the period.
    cash_benefits : Money
        Benefits, savings and income, cash, over the period.
    optimism_bias : Money
        Cash.
    present_value_costs, present_value_benefits : Money
        PVC (including optimism bias) and PVB, each rounded once from exact factors.
    net_present_cost : Money
        PVC − PVB.
    net_present_social_value : Money
        (PVB − PVC) less the baseline's (PVB − PVC): 0 for the baseline.
    benefit_cost_ratio : Rate or None
        ΔPVB ÷ ΔPVC against the baseline, when ΔPVC is positive.
    equivalent_annual_cost : Money
        The net present cost ÷ the annuity factor of the period.
    cost_per_unit : Money or None
        PVC ÷ the units of output in the period.
    output_unit : str or None
    output_units : int
    viable : bool
        Meets every statutory duty it names.
    failed_duties : list of str
    rank : int
        1 = best: viable options first, then by net present cost.
    preferred : bool
    """
    __hash__: typing.ClassVar[None] = None  # type: ignore[assignment]
    def __eq__(self, arg0: object) -> bool:
        ...
    def __getstate__(self) -> tuple[typing.Any, ...]:
        ...
    def __ne__(self, arg0: object) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple[typing.Any, ...]) -> None:
        ...
    def _repr_html_(self) -> str:
        """
        An HTML table for Jupyter: the option's years and its totals.
        """
    def to_pandas(self) -> pandas.DataFrame:
        """
        The option's years as a pandas DataFrame (pandas is imported only when this is called).
        
        Returns
        -------
        pandas.DataFrame
            Indexed by financial-year label (index name ``"financial_year"``), with columns
            ``index`` (int), ``costs``, ``optimism_bias``, ``benefits``, ``net_cost`` (exact
            ``decimal.Decimal`` pounds), ``discount_factor`` (float) and ``present_value``; the
            option's name is in ``df.attrs["option"]``.
        """
    @property
    def benefit_cost_ratio(self) -> Rate | None:
        """
        ΔPVB ÷ ΔPVC against the baseline (a Rate), or None when ΔPVC is not positive.
        """
    @property
    def cash_benefits(self) -> Money:
        """
        Benefits, savings and income, cash, over the period.
        """
    @property
    def cash_costs(self) -> Money:
        """
        Costs including optimism bias, cash, over the period.
        """
    @property
    def cost_per_unit(self) -> Money | None:
        """
        PVC per unit of output, or None.
        """
    @property
    def equivalent_annual_cost(self) -> Money:
        """
        The net present cost spread evenly (in present value) over the period.
        """
    @property
    def failed_duties(self) -> tuple[str, ...]:
        """
        The statutory duties it fails.
        """
    @property
    def kind(self) -> OptionKind:
        """
        What kind of option it is.
        """
    @property
    def name(self) -> str:
        """
        The option's name.
        """
    @property
    def net_present_cost(self) -> Money:
        """
        PVC − PVB.
        """
    @property
    def net_present_social_value(self) -> Money:
        """
        (PVB − PVC) less the baseline's: 0 for the baseline.
        """
    @property
    def optimism_bias(self) -> Money:
        """
        The optimism bias uplift, cash, over the period.
        """
    @property
    def output_unit(self) -> str | None:
        """
        What the output counts, or None.
        """
    @property
    def output_units(self) -> int:
        """
        The units of output in the period.
        """
    @property
    def preferred(self) -> bool:
        """
        True for the preferred option.
        """
    @property
    def present_value_benefits(self) -> Money:
        """
        PVB: the present value of benefits, savings and income.
        """
    @property
    def present_value_costs(self) -> Money:
        """
        PVC: the present value of costs, optimism bias included.
        """
    @property
    def rank(self) -> int:
        """
        1 = best: viable options first, then the lowest net present cost.
        """
    @property
    def viable(self) -> bool:
        """
        True when it meets every statutory duty it names.
        """
    @property
    def years(self) -> list[AppraisalYear]:
        """
        Every year of the period: a list of AppraisalYear.
        """
@typing.final
class AppraisalResult:
    """
    An appraisal's answer: every option's figures, the preferred option and why, and every
    assumption the figures rest on.
    
    Attributes
    ----------
    title : str
    settings : AppraisalSettings
    options : list of OptionAppraisal
        In the order given; the first is the baseline.
    baseline : OptionAppraisal
    preferred : OptionAppraisal or None
        None when no option is viable.
    reasons : list of str
        Why the preferred option is preferred, and why others are not viable.
    assumptions : list of str
        Every assumption, the appraisal's own and the user's.
    """
    __hash__: typing.ClassVar[None] = None  # type: ignore[assignment]
    def __eq__(self, arg0: object) -> bool:
        ...
    def __getstate__(self) -> tuple[typing.Any, ...]:
        ...
    def __ne__(self, arg0: object) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple[typing.Any, ...]) -> None:
        ...
    def _repr_html_(self) -> str:
        """
        An HTML table for Jupyter: the options, ranked, the preferred one marked, and the reasons.
        """
    def option(self, name: str) -> OptionAppraisal:
        """
        The figures of the option called ``name``.
        
        Returns
        -------
        OptionAppraisal
        
        Raises
        ------
        InvalidInputError
            No such option (commissioning.appraisal.004).
        """
    def to_pandas(self) -> pandas.DataFrame:
        """
        The options as a pandas DataFrame, one row per option (pandas is imported only when this is
        called).
        
        Returns
        -------
        pandas.DataFrame
            Columns ``name``, ``kind`` (str), ``cash_costs``, ``cash_benefits``, ``optimism_bias``,
            ``present_value_costs``, ``present_value_benefits``, ``net_present_cost``,
            ``net_present_social_value`` (exact ``decimal.Decimal`` pounds), ``benefit_cost_ratio``
            (float, NaN where there is none), ``equivalent_annual_cost``, ``cost_per_unit``
            (``decimal.Decimal`` or None), ``viable`` (bool), ``rank`` (int) and ``preferred`` (bool);
            the title, reasons and assumptions are in ``df.attrs``.
        """
    def years_frame(self) -> pandas.DataFrame:
        """
        Every option's years as one long pandas DataFrame.
        
        Returns
        -------
        pandas.DataFrame
            One row per option and year: ``option``, ``year`` (the financial-year label), ``index``
            (int), ``costs``, ``optimism_bias``, ``benefits``, ``net_cost`` (exact
            ``decimal.Decimal`` pounds), ``discount_factor`` (float) and ``present_value``.
        """
    @property
    def assumptions(self) -> tuple[str, ...]:
        """
        Every assumption the figures rest on, in words.
        """
    @property
    def baseline(self) -> OptionAppraisal:
        """
        The first option's figures.
        """
    @property
    def options(self) -> list[OptionAppraisal]:
        """
        Every option's figures, in the order given: a list of OptionAppraisal.
        """
    @property
    def preferred(self) -> OptionAppraisal | None:
        """
        The preferred option's figures, or None when no option is viable.
        """
    @property
    def reasons(self) -> tuple[str, ...]:
        """
        Why, in words.
        """
    @property
    def settings(self) -> AppraisalSettings:
        """
        The settings it ran with.
        """
    @property
    def title(self) -> str:
        """
        The appraisal's title.
        """
@typing.final
class AppraisalInput:
    """
    A part of an appraisal that sensitivity analysis moves, by multiplying it.
    
    Made by ``line(option, line)``, ``costs(option)``, ``benefits(option)``,
    ``category(option, category)`` or ``discount_rate()``.
    
    Attributes
    ----------
    name : str
        The input in words: ``"Costs (In-house)"``, ``"Discount rate"``.
    target : str
        ``"line"``, ``"costs"``, ``"benefits"``, ``"category"`` or ``"discount_rate"``.
    option, line_name : str or None
        The option and the line it moves.
    cost_category : CostCategory or None
        The category it moves.
    """
    @staticmethod
    def benefits(option: str) -> AppraisalInput:
        """
        Every benefit, cashable saving and income line of an option.
        """
    @staticmethod
    def category(option: str, category: CostCategory | str) -> AppraisalInput:
        """
        Every line of one cost category in an option.
        """
    @staticmethod
    def costs(option: str) -> AppraisalInput:
        """
        Every cost line of an option.
        """
    @staticmethod
    def discount_rate() -> AppraisalInput:
        """
        Every rate of the discount schedule.
        """
    @staticmethod
    def line(option: str, line: str) -> AppraisalInput:
        """
        One line of one option.
        """
    def __eq__(self, arg0: object) -> bool:
        ...
    def __getstate__(self) -> tuple[typing.Any, ...]:
        ...
    def __hash__(self) -> int:
        ...
    def __ne__(self, arg0: object) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple[typing.Any, ...]) -> None:
        ...
    def apply(self, appraisal: Appraisal, multiplier: Rate | str | int | float | decimal.Decimal | fractions.Fraction) -> Appraisal:
        """
        The appraisal with this input multiplied by ``multiplier`` (the original is unchanged).
        
        Parameters
        ----------
        appraisal : Appraisal
        multiplier : Rate, str, int, float, decimal.Decimal or fractions.Fraction
            Not negative (InvalidInputError, commissioning.sensitivity.001).
        
        Returns
        -------
        Appraisal
        """
    @property
    def cost_category(self) -> typing.Any:
        """
        The cost category it moves, or None.
        """
    @property
    def line_name(self) -> str | None:
        """
        The line it moves, or None.
        """
    @property
    def name(self) -> str:
        """
        The input in words.
        """
    @property
    def option(self) -> str | None:
        """
        The option it moves, or None.
        """
    @property
    def target(self) -> str:
        """
        What the input moves.
        """
@typing.final
class SensitivityAnalysis:
    """
    One-way sensitivity: each input moved on its own, largest swing first (tornado order).
    
    It is a sequence of SensitivityRow ``(input, at_low, at_high, swing, preferred_at_low,
    preferred_at_high)`` (``len``, iteration, indexing), has ``to_pandas()`` and shows as a
    table in Jupyter.
    
    Attributes
    ----------
    option : str
        Whose metric is watched.
    metric : SensitivityMetric
    rival : str or None
        Whom the option's lead is over (the gap metric only).
    figure : str
        The figure watched, in words.
    change : Rate
        Each input × (1 − change) and × (1 + change).
    base : Money
        The metric unmoved.
    preferred : str or None
        The preferred option unmoved (None: no option is viable).
    rows : list of SensitivityRow
    """
    __hash__: typing.ClassVar[None] = None  # type: ignore[assignment]
    def __eq__(self, arg0: object) -> bool:
        ...
    def __getitem__(self, arg0: typing.Any) -> typing.Any:
        ...
    def __getstate__(self) -> tuple[typing.Any, ...]:
        ...
    def __iter__(self) -> collections.abc.Iterator[typing.Any]:
        ...
    def __len__(self) -> int:
        ...
    def __ne__(self, arg0: object) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple[typing.Any, ...]) -> None:
        ...
    def _repr_html_(self) -> str:
        """
        An HTML table for Jupyter: each input's low, high and swing, largest first.
        """
    def to_pandas(self) -> pandas.DataFrame:
        """
        The rows as a pandas DataFrame, largest swing first (pandas is imported only when this is
        called).
        
        Returns
        -------
        pandas.DataFrame
            Columns ``input``, ``at_low``, ``at_high``, ``swing`` (exact ``decimal.Decimal``
            pounds), ``preferred_at_low`` and ``preferred_at_high`` (str or None); the option,
            metric, change, base and preferred option are in ``df.attrs``.
        """
    @property
    def base(self) -> Money:
        """
        The metric unmoved.
        """
    @property
    def change(self) -> Rate:
        """
        How far each input moves.
        """
    @property
    def figure(self) -> str:
        """
        The figure watched, in words: "the lead of A over B in net present social value".
        """
    @property
    def metric(self) -> SensitivityMetric:
        """
        The figure watched.
        """
    @property
    def option(self) -> str:
        """
        Whose metric is watched.
        """
    @property
    def preferred(self) -> str | None:
        """
        The preferred option unmoved, or None.
        """
    @property
    def rival(self) -> str | None:
        """
        Whom the option's lead is over (the gap metric only), or None.
        """
    @property
    def rows(self) -> list[SensitivityRow]:
        """
        The inputs, largest swing first: a list of SensitivityRow.
        """
@typing.final
class SwitchingValue:
    """
    The multiplier of an input at which two options have equal net present social value.
    
    ``str()`` gives the finding as a sentence for the report.
    
    Attributes
    ----------
    input : str
        The input in words.
    option, rival : str
        ``rival`` is None when no viable rival was found.
    multiplier : float or None
        The input × multiplier makes the two equal; None when nothing from 0 to 1,024 does.
    change : float or None
        ``multiplier − 1``: +0.25 is "must rise by 25%".
    sentence : str
    """
    __hash__: typing.ClassVar[None] = None  # type: ignore[assignment]
    def __eq__(self, arg0: object) -> bool:
        ...
    def __getstate__(self) -> tuple[typing.Any, ...]:
        ...
    def __ne__(self, arg0: object) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple[typing.Any, ...]) -> None:
        ...
    def __str__(self) -> str:
        ...
    @property
    def change(self) -> float | None:
        """
        ``multiplier − 1`` (+0.25: the input must rise by 25%), or None.
        """
    @property
    def input(self) -> str:
        """
        The input in words.
        """
    @property
    def multiplier(self) -> float | None:
        """
        The multiplier that makes the two equal, or None.
        """
    @property
    def option(self) -> str:
        """
        The option.
        """
    @property
    def rival(self) -> str | None:
        """
        The rival, or None.
        """
    @property
    def sentence(self) -> str:
        """
        The finding in words.
        """
@typing.final
class Appraisal:
    """
    A decision's options appraised against the first of them (the baseline, business as usual),
    the way HM Treasury's Green Book asks: costs and benefits by year, optimism bias, real prices,
    discounting, net present social value, benefit-cost ratio, equivalent annual cost, cost per
    unit, statutory duties as hard constraints, ranks and the preferred option in words.
    
    Parameters
    ----------
    title : str
    options : iterable of Option
        The first is the baseline; no two with one name (InvalidInputError,
        commissioning.appraisal.003); at least one (commissioning.appraisal.002). The appraisal
        takes copies.
    base_year : FinancialYear, str or int
    years : int
        1 to 500 (commissioning.appraisal.001).
    basis : PriceBasis or str, default "real"
    schedule : DiscountSchedule, optional
        ``DiscountSchedule.green_book_2022()`` by default.
    deflator : Deflator, optional
    rounding : Rounding or str, default "half_away_from_zero"
    settings : AppraisalSettings, optional
        Instead of ``base_year`` to ``rounding`` (TypeError if both are given).
    
    Notes
    -----
    An Appraisal changes only by ``assume``, which adds an assumption of the user's own and
    returns it, so that calls chain. It compares equal to one with the same contents, is not
    hashable, and copies and pickles. ``run()`` gives the AppraisalResult.
    
    Examples
    --------
    Seed 000: doing nothing fails a statutory duty; commissioning a service costs £325,500 a year.
    
    >>> duty = "assess young carers' needs (Children and Families Act 2014)"
    >>> do_nothing = Option("Do nothing", kind="do_nothing").duty(duty, met=False)
    >>> external = (Option("Externally commission a new service", kind="external_commission")
    ...     .add(AppraisalLine.recurring("Contract", "cost", "contract_payments", "£325,500", "2022-23", "2026-27"))
    ...     .duty(duty, met=True))
    >>> result = Appraisal("Kent young carers", [do_nothing, external], base_year="2022-23", years=5).run()
    >>> result.preferred.name, result.preferred.present_value_costs
    ('Externally commission a new service', Money('£1,521,087.28'))
    """
    __hash__: typing.ClassVar[None] = None  # type: ignore[assignment]
    def __copy__(self) -> Appraisal:
        """
        An independent copy.
        """
    def __deepcopy__(self, memo: typing.Any) -> Appraisal:
        """
        An independent copy.
        """
    def __eq__(self, arg0: object) -> bool:
        ...
    def __getstate__(self) -> tuple[typing.Any, ...]:
        ...
    def __init__(self, title: str, options: collections.abc.Iterable[Option], *, base_year: FinancialYear | str | int | None = None, years: typing.SupportsInt | typing.SupportsIndex | None = None, basis: PriceBasis | str | None = None, schedule: DiscountSchedule | None = None, deflator: Deflator | None = None, rounding: Rounding | str | None = None, settings: AppraisalSettings | None = None) -> None:
        """
        Make an appraisal of options against the first of them.
        """
    def __ne__(self, arg0: object) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple[typing.Any, ...]) -> None:
        ...
    def assume(self, text: str) -> Appraisal:
        """
        Add an assumption of your own, reported with those the appraisal makes.
        
        Parameters
        ----------
        text : str
            Not empty (InvalidInputError, commissioning.appraisal.006).
        
        Returns
        -------
        Appraisal
            This appraisal, so that calls chain.
        """
    def option(self, name: str) -> Option:
        """
        The option called ``name`` (a copy).
        
        Returns
        -------
        Option
        
        Raises
        ------
        InvalidInputError
            No such option (commissioning.appraisal.004).
        """
    def run(self) -> AppraisalResult:
        """
        Appraise every option.
        
        Returns
        -------
        AppraisalResult
        """
    def sensitivity(self, inputs: collections.abc.Iterable[AppraisalInput], change: Rate | str | int | float | decimal.Decimal | fractions.Fraction = '10%', option: str | None = None, metric: SensitivityMetric | str = 'net_present_cost', rival: str | None = None) -> SensitivityAnalysis:
        """
        The same as ``one_way_sensitivity(appraisal, ...)``.
        
        One-way sensitivity (Green Book 2022 5.59): each input moved down and up by ``change`` on its
        own, the appraisal re-run exactly each time, and ``metric`` of ``option`` watched.
        
        Parameters
        ----------
        inputs : iterable of AppraisalInput
        change : Rate, str, int, float, decimal.Decimal or fractions.Fraction, default "10%"
            Above 0% and at most 100% (InvalidInputError, commissioning.sensitivity.002): each
            input × (1 − change) and × (1 + change).
        option : str, optional
            Whose metric is watched: by default the preferred option, or the baseline when no
            option is viable.
        metric : SensitivityMetric or str, default "net_present_cost"
            ``"net_present_cost"``, ``"net_present_social_value"`` or
            ``"net_present_social_value_gap"`` (``"gap"``): the option's net present social value
            less the rival's, which every option's inputs move (the switching question).
        rival : str, optional
            The gap only (InvalidInputError, commissioning.sensitivity.006, with another metric):
            whom the lead is over; by default the viable option nearest to ``option``
            (DomainError, commissioning.sensitivity.005, when there is none).
        
        Returns
        -------
        SensitivityAnalysis
            The rows largest swing first (tornado order).
        
        Examples
        --------
        >>> gap = cm.one_way_sensitivity(appraisal, inputs, metric="gap")  # doctest: +SKIP
        >>> gap.figure  # doctest: +SKIP
        'the lead of Deliver in-house over Commission via competitive procurement in net present social value'
        """
    def sensitivity_to_rivals(self, inputs: collections.abc.Iterable[AppraisalInput], change: Rate | str | int | float | decimal.Decimal | fractions.Fraction = '10%', option: str | None = None) -> list[SensitivityAnalysis]:
        """
        The same as ``sensitivity_to_rivals(appraisal, ...)``.
        
        For each viable option other than ``option``, the nearest first (by rank), a one-way
        sensitivity of ``option``'s lead over it in net present social value (metric
        ``"net_present_social_value_gap"``). One analysis per rival, so that each table and tornado
        chart swings around one base figure.
        
        Parameters
        ----------
        inputs : iterable of AppraisalInput
        change : Rate, str, int, float, decimal.Decimal or fractions.Fraction, default "10%"
        option : str, optional
            By default the preferred option.
        
        Returns
        -------
        list of SensitivityAnalysis
        
        Raises
        ------
        DomainError
            No viable option other than ``option`` (commissioning.sensitivity.005).
        """
    def simulate(self, *, inputs: collections.abc.Sequence[UncertainInput] = [], risks: RiskRegister | None = None, iterations: typing.SupportsInt | typing.SupportsIndex = 10000, seed: typing.SupportsInt | typing.SupportsIndex = 1, threads: typing.SupportsInt | typing.SupportsIndex = 1, correlation: typing.Annotated[numpy.typing.ArrayLike, numpy.float64, "[m, n]"] | None = None, keep_samples: bool = True, histogram_bins: typing.SupportsInt | typing.SupportsIndex = 50, envelope: Envelope | None = None) -> SimulationResult:
        """
        Monte Carlo simulation of an appraisal (also ``Appraisal.simulate``).
        
        The same seed gives the same numbers whatever the number of threads. With every input fixed
        at 1 the mean PVC and NPSV are the exact appraisal's, to the penny. Statistics are Money
        (rounded to the penny half away from zero); samples are NumPy arrays in pounds.
        """
    def switching_value(self, input: AppraisalInput, option: str | None = None, rival: str | None = None) -> SwitchingValue:
        """
        The same as ``find_switching_value(appraisal, ...)``.
        
        The switching value of an input (Green Book 2022 5.61): the multiplier of ``input`` at which
        ``option`` and ``rival`` have equal net present social value, the nearest to 1 when there are
        several; searched from 0 to 1,024 times the estimate.
        
        Parameters
        ----------
        input : AppraisalInput
        option, rival : str, optional
            Give both, or neither: then the preferred option against the viable rival it is nearest
            to switching with (DomainError, commissioning.sensitivity.004, when no option is viable).
        
        Returns
        -------
        SwitchingValue
            ``multiplier`` None when no multiplier in range makes the two equal.
        
        Raises
        ------
        InvalidInputError
            The same option twice (commissioning.sensitivity.003); an option the appraisal does not
            have (commissioning.appraisal.004).
        TypeError
            Only one of ``option`` and ``rival``.
        """
    def with_option(self, option: Option) -> Appraisal:
        """
        The same appraisal with the option of the same name replaced.
        
        Parameters
        ----------
        option : Option
        
        Returns
        -------
        Appraisal
        
        Raises
        ------
        InvalidInputError
            No option of that name (commissioning.appraisal.004).
        """
    def with_settings(self, settings: AppraisalSettings) -> Appraisal:
        """
        The same appraisal with other settings (another discount schedule, another period, ...).
        
        Parameters
        ----------
        settings : AppraisalSettings
        
        Returns
        -------
        Appraisal
        """
    @property
    def assumptions(self) -> tuple[str, ...]:
        """
        The assumptions added by ``assume``, in order.
        """
    @property
    def options(self) -> list[Option]:
        """
        Its options, the baseline first (copies).
        """
    @property
    def settings(self) -> AppraisalSettings:
        """
        Its settings.
        """
    @property
    def title(self) -> str:
        """
        The appraisal's title.
        """
    @property
    def years(self) -> list[FinancialYear]:
        """
        The financial years of the period, base year first.
        """
@typing.final
class Distribution:
    """
    The probability distribution of an uncertain input. Make one with a static method
    (``Distribution.triangular(0.9, 1.0, 1.3)``); every one samples by its inverse distribution
    function, so correlated inputs keep their own shapes.
    """
    __hash__: typing.ClassVar[None] = None  # type: ignore[assignment]
    @staticmethod
    def discrete(values: collections.abc.Sequence[typing.SupportsFloat | typing.SupportsIndex], probabilities: collections.abc.Sequence[typing.SupportsFloat | typing.SupportsIndex]) -> Distribution:
        """
        One of `values` with `probabilities` (summing to 1).
        """
    @staticmethod
    def fixed(value: typing.SupportsFloat | typing.SupportsIndex) -> Distribution:
        """
        Always `value`.
        """
    @staticmethod
    def lognormal(mean: typing.SupportsFloat | typing.SupportsIndex, sd: typing.SupportsFloat | typing.SupportsIndex) -> Distribution:
        """
        Lognormal by the mean and sd of the value itself.
        """
    @staticmethod
    def lognormal_log(mu: typing.SupportsFloat | typing.SupportsIndex, sigma: typing.SupportsFloat | typing.SupportsIndex) -> Distribution:
        """
        Lognormal by mu and sigma of the value's logarithm.
        """
    @staticmethod
    def normal(mean: typing.SupportsFloat | typing.SupportsIndex, sd: typing.SupportsFloat | typing.SupportsIndex, lower: typing.SupportsFloat | typing.SupportsIndex | None = None, upper: typing.SupportsFloat | typing.SupportsIndex | None = None) -> Distribution:
        """
        Normal, truncated to [lower, upper] when either is given.
        """
    @staticmethod
    def pert(min: typing.SupportsFloat | typing.SupportsIndex, mode: typing.SupportsFloat | typing.SupportsIndex, max: typing.SupportsFloat | typing.SupportsIndex) -> Distribution:
        """
        The three-point estimate as a PERT (scaled beta, mean (min + 4 mode + max) / 6).
        """
    @staticmethod
    def triangular(min: typing.SupportsFloat | typing.SupportsIndex, mode: typing.SupportsFloat | typing.SupportsIndex, max: typing.SupportsFloat | typing.SupportsIndex) -> Distribution:
        """
        The three-point estimate with straight-line density.
        """
    @staticmethod
    def uniform(min: typing.SupportsFloat | typing.SupportsIndex, max: typing.SupportsFloat | typing.SupportsIndex) -> Distribution:
        """
        Every value in [min, max] equally likely.
        """
    def __eq__(self, arg0: object) -> bool:
        ...
    def __getstate__(self) -> tuple[str, list[float], list[float]]:
        ...
    def __ne__(self, arg0: object) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple[typing.Any, ...]) -> None:
        ...
    def mean(self) -> float:
        """
        The mean, by formula.
        """
    def quantile(self, u: typing.SupportsFloat | typing.SupportsIndex) -> float:
        """
        The value with cumulative probability `u` in [0, 1]; commissioning.distribution.008 for any other u.
        """
    def sd(self) -> float:
        """
        The standard deviation, by formula.
        """
    def variance(self) -> float:
        """
        The variance, by formula.
        """
    @property
    def family(self) -> str:
        """
        The family: 'fixed', 'uniform', 'triangular', 'pert', 'normal', 'lognormal' or 'discrete'.
        """
    @property
    def parameters(self) -> list[float]:
        """
        The parameters (mu and sigma for a lognormal).
        """
@typing.final
class UncertainInput:
    """
    An AppraisalInput multiplied by a value drawn from a Distribution each iteration, or
    (``UncertainInput.delay``) an option's costs delayed by a drawn number of months.
    """
    __hash__: typing.ClassVar[None] = None  # type: ignore[assignment]
    @staticmethod
    def delay(option: str, months: Distribution) -> UncertainInput:
        """
        The cost lines of `option` delayed by a drawn number of whole months.
        """
    def __eq__(self, arg0: object) -> bool:
        ...
    def __getstate__(self) -> tuple[typing.Any, Distribution, str]:
        ...
    def __init__(self, input: AppraisalInput, distribution: Distribution) -> None:
        ...
    def __ne__(self, arg0: object) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple[typing.Any, ...]) -> None:
        ...
    @property
    def distribution(self) -> Distribution:
        """
        Its distribution.
        """
    @property
    def name(self) -> str:
        """
        The input in words.
        """
@typing.final
class Risk:
    """
    An entry of a risk register: an id, words, an owner, the options it affects, a probability and
    an impact (money by financial year, money once, or a delay in months).
    """
    __hash__: typing.ClassVar[None] = None  # type: ignore[assignment]
    @staticmethod
    def cost(id: str, description: str, owner: str, options: collections.abc.Sequence[str], probability: typing.SupportsFloat | typing.SupportsIndex, impact: typing.Any) -> Risk:
        """
        A cost in each year given ({year: amount} or [(year, amount)]) if it occurs.
        """
    @staticmethod
    def delay(id: str, description: str, owner: str, options: collections.abc.Sequence[str], probability: typing.SupportsFloat | typing.SupportsIndex, months: typing.SupportsInt | typing.SupportsIndex) -> Risk:
        """
        A delay of `months` to the options' costs if it occurs.
        """
    @staticmethod
    def one_off(id: str, description: str, owner: str, options: collections.abc.Sequence[str], probability: typing.SupportsFloat | typing.SupportsIndex, impact: Money | str | int | float | decimal.Decimal, year: FinancialYear | str | int) -> Risk:
        """
        A cost once, in `year`, if it occurs.
        """
    def __eq__(self, arg0: object) -> bool:
        ...
    def __getstate__(self) -> tuple[typing.Any, ...]:
        ...
    def __ne__(self, arg0: object) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple[typing.Any, ...]) -> None:
        ...
    @property
    def delay_months(self) -> int:
        """
        The delay, in months (0 for a money risk).
        """
    @property
    def description(self) -> str:
        """
        The risk in words.
        """
    @property
    def expected_value(self) -> Money:
        """
        probability × impact, each year rounded to the penny.
        """
    @property
    def id(self) -> str:
        """
        The risk's id.
        """
    @property
    def options(self) -> tuple[str, ...]:
        """
        The options it affects.
        """
    @property
    def owner(self) -> str:
        """
        Who manages it.
        """
    @property
    def probability(self) -> float:
        """
        The probability it occurs.
        """
@typing.final
class RiskRegister:
    """
    The risks of a decision, each id once.
    """
    __hash__: typing.ClassVar[None] = None  # type: ignore[assignment]
    def __eq__(self, arg0: object) -> bool:
        ...
    def __getstate__(self) -> tuple[list[Risk]]:
        ...
    def __init__(self, risks: collections.abc.Sequence[Risk] = []) -> None:
        ...
    def __len__(self) -> int:
        ...
    def __ne__(self, arg0: object) -> bool:
        ...
    def __setstate__(self, arg0: tuple[typing.Any, ...]) -> None:
        ...
    def add(self, risk: Risk) -> RiskRegister:
        """
        Adds a risk; ids must differ.
        """
    def expected_value(self, option: str) -> Money:
        """
        The expected value of the money risks affecting `option`.
        """
    @property
    def risks(self) -> list[Risk]:
        """
        The risks, in order.
        """
@typing.final
class SimulationStatistic:
    """
    Mean, spread and percentiles of one simulated figure, as Money.
    
    The engine works in pence as doubles; each figure here is that exact double rounded to the
    penny half away from zero (the library's default rule, as ``round`` in C), so a figure is
    never more than half a penny from the engine's.
    """
    __hash__: typing.ClassVar[None] = None  # type: ignore[assignment]
    def __eq__(self, arg0: object) -> bool:
        ...
    def __getstate__(self) -> typing.Any:
        ...
    def __ne__(self, arg0: object) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple[typing.Any, ...]) -> None:
        ...
    @property
    def max(self) -> Money:
        """
        The largest value.
        """
    @property
    def mean(self) -> Money:
        """
        The mean.
        """
    @property
    def min(self) -> Money:
        """
        The smallest value.
        """
    @property
    def p10(self) -> Money:
        """
        The 10th percentile.
        """
    @property
    def p50(self) -> Money:
        """
        The median.
        """
    @property
    def p80(self) -> Money:
        """
        The 80th percentile.
        """
    @property
    def p90(self) -> Money:
        """
        The 90th percentile.
        """
    @property
    def quantile_error(self) -> Money | None:
        """
        The largest error of a percentile: £0.00 with samples kept, a histogram bin when streamed, None when a percentile fell outside the streaming histogram's range (its error is unbounded).
        """
    @property
    def sd(self) -> Money:
        """
        The sample standard deviation.
        """
    @property
    def standard_error(self) -> Money:
        """
        sd ÷ √n: the sampling error of the mean.
        """
@typing.final
class OptionSimulation:
    """
    One option's simulated figures.
    """
    __hash__: typing.ClassVar[None] = None  # type: ignore[assignment]
    def __eq__(self, arg0: object) -> bool:
        ...
    def __getstate__(self) -> typing.Any:
        ...
    def __ne__(self, arg0: object) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple[typing.Any, ...]) -> None:
        ...
    @property
    def name(self) -> str:
        """
        The option's name.
        """
    @property
    def net_present_social_value(self) -> SimulationStatistic:
        """
        NPSV, pence.
        """
    @property
    def net_present_social_value_histogram(self) -> tuple[typing.Any, ...]:
        """
        (counts, edges) of NPSV, as numpy.histogram returns them; edges in pounds.
        """
    @property
    def net_present_social_value_s_curve(self) -> tuple[typing.Any, ...]:
        """
        (upper edges in pounds, share of iterations at or below each) of NPSV: the S-curve.
        """
    @property
    def net_present_social_value_samples(self) -> numpy.typing.NDArray[numpy.float64]:
        """
        NPSV per iteration in pounds: a read-only NumPy float64 array (empty when streamed).
        """
    @property
    def over_envelope(self) -> commissioning._simulation.OverEnvelope:
        """
        An OverEnvelope: (year, probability that cash costs exceed the envelope) records, EnvelopeExceedance, for each year the envelope covers; ``to_pandas()`` gives them as a table.
        """
    @property
    def present_value_costs(self) -> SimulationStatistic:
        """
        PVC, pence.
        """
    @property
    def present_value_costs_histogram(self) -> tuple[typing.Any, ...]:
        """
        (counts, edges) of PVC, as numpy.histogram returns them.
        """
    @property
    def present_value_costs_s_curve(self) -> tuple[typing.Any, ...]:
        """
        (upper edges in pounds, share of iterations at or below each) of PVC: the S-curve.
        """
    @property
    def present_value_costs_samples(self) -> numpy.typing.NDArray[numpy.float64]:
        """
        PVC per iteration in pounds: a read-only NumPy float64 array (empty when streamed).
        """
    @property
    def probability_cheapest(self) -> float:
        """
        Share of iterations with the lowest PVC of the viable options.
        """
    @property
    def probability_preferred(self) -> float:
        """
        Share of iterations with the lowest net present cost of the viable options.
        """
    @property
    def viable(self) -> bool:
        """
        Whether it meets every statutory duty.
        """
@typing.final
class SimulationResult:
    """
    A simulation's answer.
    """
    __hash__: typing.ClassVar[None] = None  # type: ignore[assignment]
    def __eq__(self, arg0: object) -> bool:
        ...
    def __getstate__(self) -> typing.Any:
        ...
    def __ne__(self, arg0: object) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple[typing.Any, ...]) -> None:
        ...
    def option(self, name: str) -> typing.Any:
        """
        The option called `name`.
        """
    def to_pandas(self) -> typing.Any:
        """
        One row per option: mean, sd, standard error and percentiles of PVC and NPSV in pounds, and the probabilities.
        """
    @property
    def inputs(self) -> tuple[str, ...]:
        """
        The uncertain inputs, in words.
        """
    @property
    def iterations(self) -> int:
        """
        Iterations run.
        """
    @property
    def options(self) -> list[typing.Any]:
        """
        Each option's figures, in the appraisal's order.
        """
    @property
    def risks(self) -> tuple[str, ...]:
        """
        The risk ids simulated.
        """
    @property
    def seed(self) -> int:
        """
        The seed.
        """
    @property
    def streamed(self) -> bool:
        """
        True when only summaries were kept.
        """
@typing.final
class SimulationPartial:
    """
    A part of a simulation: blocks ``first_block`` to ``last_block`` (exclusive) run, not yet
    summarised (``simulate_blocks``). Consecutive parts merge in block order (``merge``), and the
    whole (block 0 to ``simulation_blocks(iterations)``) gives (``result``) exactly the
    SimulationResult ``simulate`` returns, bit for bit, however it was split. A part pickles, so
    parts can run in other processes or on other machines (commissioning.distributed).
    """
    __hash__: typing.ClassVar[None] = None  # type: ignore[assignment]
    def __eq__(self, arg0: object) -> bool:
        ...
    def __getstate__(self) -> typing.Any:
        ...
    def __ne__(self, arg0: object) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple[typing.Any, ...]) -> None:
        ...
    def merge(self, later: SimulationPartial) -> SimulationPartial:
        """
        This part followed by `later` (which starts where this one ends), as one part; commissioning.simulation.006 if they do not join.
        """
    def result(self, *, threads: typing.SupportsInt | typing.SupportsIndex = 1) -> SimulationResult:
        """
        The SimulationResult of the whole simulation (every block merged), as simulate returns it; commissioning.simulation.006 if blocks are missing.
        """
    @property
    def first_block(self) -> int:
        """
        The first block run.
        """
    @property
    def iterations(self) -> int:
        """
        Iterations of the whole simulation.
        """
    @property
    def last_block(self) -> int:
        """
        One past the last block run.
        """
    @property
    def seed(self) -> int:
        """
        The seed.
        """
    @property
    def streamed(self) -> bool:
        """
        True when only summaries are kept.
        """
class ProcurementRegime(commissioning._types._TextEnum):
    """
    The law a procurement falls under; each member is its name in a threshold table.
    
    Members
    -------
    PCR_2015
        "pcr_2015": the Public Contracts Regulations 2015, for procurements begun from
        26 February 2015 and before 24 February 2025.
    PROCUREMENT_ACT_2023
        "procurement_act_2023": the Procurement Act 2023, for procurements begun on or after
        24 February 2025.
    """
    PCR_2015 = 'pcr_2015'
    PROCUREMENT_ACT_2023 = 'procurement_act_2023'
    @property
    def full_name(self) -> str:
        """
        The law's title, as a report writes it: "Public Contracts Regulations 2015".
        """
class ContractType(commissioning._types._TextEnum):
    """
    A row type of a threshold table; each member is its name (``"light_touch"``).
    
    ``assess_procurement`` picks the type from the authority and the category; the utilities,
    defence and security, and concession types are given directly.
    
    Members
    -------
    CENTRAL_GOODS_SERVICES
        Supplies and services bought by central government.
    SUB_CENTRAL_GOODS_SERVICES
        Supplies and services bought by other authorities, councils among them.
    WORKS
        Works contracts.
    LIGHT_TOUCH
        Light-touch (social and other specific) services.
    UTILITIES_GOODS_SERVICES
        Utilities supplies and services.
    UTILITIES_WORKS
        Utilities works.
    UTILITIES_LIGHT_TOUCH
        Utilities light-touch services.
    DEFENCE_SECURITY_GOODS_SERVICES
        Defence and security supplies and services.
    DEFENCE_SECURITY_WORKS
        Defence and security works.
    CONCESSION
        Concession contracts.
    LIGHT_TOUCH_CONCESSION
        Light-touch concession contracts.
    """
    CENTRAL_GOODS_SERVICES = 'central_goods_services'
    CONCESSION = 'concession'
    DEFENCE_SECURITY_GOODS_SERVICES = 'defence_security_goods_services'
    DEFENCE_SECURITY_WORKS = 'defence_security_works'
    LIGHT_TOUCH = 'light_touch'
    LIGHT_TOUCH_CONCESSION = 'light_touch_concession'
    SUB_CENTRAL_GOODS_SERVICES = 'sub_central_goods_services'
    UTILITIES_GOODS_SERVICES = 'utilities_goods_services'
    UTILITIES_LIGHT_TOUCH = 'utilities_light_touch'
    UTILITIES_WORKS = 'utilities_works'
    WORKS = 'works'
class ThresholdColumn(commissioning._types._TextEnum):
    """
    The column of a threshold table a row is in; each member is its name.
    
    Members
    -------
    ALL
        "all": the one column that serves every contract (the PCR 2015, and the Procurement Act
        2023 before 1 January 2026).
    WELSH_MINISTERS
        "welsh_ministers": contracts regulated by the Welsh Ministers (devolved Welsh
        authorities), Schedule 1's own column from 1 January 2026 (SI 2025/1200).
    ANY_OTHER
        "any_other": any other contract, from 1 January 2026.
    """
    ALL = 'all'
    ANY_OTHER = 'any_other'
    WELSH_MINISTERS = 'welsh_ministers'
class KeyDecisionRoute(commissioning._types._TextEnum):
    """
    How a key decision is publicised before it is taken (SI 2012/2089 Part 3).
    
    Members
    -------
    NOTICE
        "notice": regulation 9, the notice at least 28 clear days before.
    GENERAL_EXCEPTION
        "general_exception": regulation 10, five clear days after the notice to the scrutiny chair
        is published.
    SPECIAL_URGENCY
        "special_urgency": regulation 11, the chair's agreement that the decision is urgent and
        cannot reasonably be deferred; no period.
    """
    GENERAL_EXCEPTION = 'general_exception'
    NOTICE = 'notice'
    SPECIAL_URGENCY = 'special_urgency'
class ClearDayCount(commissioning._types._TextEnum):
    """
    Which days count as clear days: the Regulations do not say whether weekends count.
    
    Members
    -------
    CALENDAR_DAYS
        "calendar_days": every day counts.
    WEEKDAYS
        "weekdays": Saturdays, Sundays and the listed closed days do not count.
    """
    CALENDAR_DAYS = 'calendar_days'
    WEEKDAYS = 'weekdays'
class TeckalArrangement(commissioning._types._TextEnum):
    """
    Which public-public arrangement a contract is (PCR 2015 regulation 12; Procurement Act 2023
    Schedule 2 paragraphs 2 and 3).
    
    Members
    -------
    VERTICAL
        "vertical": an authority to a person it controls (12(1)).
    JOINT_CONTROL
        "joint_control": to a person it controls jointly with other authorities (12(4) to (6)).
    REVERSE
        "reverse": a controlled authority to its controlling authority (12(2)).
    SISTER
        "sister": a controlled authority to another person controlled by the same authority (12(2)).
    HORIZONTAL
        "horizontal": co-operation between authorities (12(7); the Act's paragraph 3).
    """
    HORIZONTAL = 'horizontal'
    JOINT_CONTROL = 'joint_control'
    REVERSE = 'reverse'
    SISTER = 'sister'
    VERTICAL = 'vertical'
class AuthorityType(commissioning._types._TextEnum):
    """
    Who is buying: thresholds differ for central government and other ("sub-central") bodies.
    """
    CENTRAL_GOVERNMENT = 'central_government'
    SUB_CENTRAL = 'sub_central'
class ServiceCategory(commissioning._types._TextEnum):
    """
    What is being bought; each member is its snake_case name (``"light_touch_services"``).
    """
    GOODS = 'goods'
    LIGHT_TOUCH_SERVICES = 'light_touch_services'
    SERVICES = 'services'
    WORKS = 'works'
class VatTreatment(commissioning._types._TextEnum):
    """
    How a price treats VAT; each member is its snake_case name.
    
    Members
    -------
    EXEMPT
        "exempt": no VAT is charged (much social care).
    EXCLUSIVE
        "exclusive": the price is net; VAT at the standard rate is added.
    INCLUSIVE
        "inclusive": the price already includes VAT.
    """
    EXCLUSIVE = 'exclusive'
    EXEMPT = 'exempt'
    INCLUSIVE = 'inclusive'
class Verdict(commissioning._types._TextEnum):
    """
    The answer to "may we make this modification?"; each member is its snake_case name.
    
    Members
    -------
    PERMITTED
        "permitted": the figures pass; any conditions are in the reasons.
    NOT_PERMITTED
        "not_permitted": a figure fails, or the ground does not apply.
    DEPENDS
        "depends": the figures allow it, but the ground turns on a judgement.
    """
    DEPENDS = 'depends'
    NOT_PERMITTED = 'not_permitted'
    PERMITTED = 'permitted'
@typing.final
class ThresholdTable:
    """
    Procurement thresholds as dated data: by regime, contract type and the date each took effect.
    
    A threshold holds from its ``effective_from`` until the next row for the same regime and type.
    ``ThresholdTable.bundled()`` is the table compiled into the library
    (data/procurement-thresholds.csv); a newer one is read at run time with
    ``ThresholdTable.from_csv(text)`` or ``ThresholdTable.read_csv(path)``, or made from rows.
    
    Parameters
    ----------
    rows : iterable of ThresholdRow or of (regime, type, effective_from, amount, vat_inclusive, source)
        At least one; no regime and type twice from the same date; no negative amount
        (InvalidInputError, commissioning.procurement.001); a known regime and type (.002).
    
    Attributes
    ----------
    rows : list of ThresholdRow
        In the order given.
    
    Notes
    -----
    A table is a value: it compares equal to a table with the same rows, in the same order, and
    copies and pickles. It is a sequence of ThresholdRow (``len``, iteration).
    
    Examples
    --------
    >>> table = ThresholdTable.bundled()
    >>> table.lookup("procurement_act_2023", "light_touch", "1 March 2026").amount
    Money('£663,540.00')
    >>> table.lookup("pcr_2015", "sub_central_goods_services", "31 December 2023").amount
    Money('£213,477.00')
    """
    __hash__: typing.ClassVar[None] = None  # type: ignore[assignment]
    @staticmethod
    def bundled() -> ThresholdTable:
        """
        The table bundled with the library: data/procurement-thresholds.csv, compiled in.
        
        Returns
        -------
        ThresholdTable
            A copy: the PCR 2015 light-touch threshold of 2016 (net of VAT), the PCR 2015 rows from
            1 January 2022 and 1 January 2024, and the Procurement Act 2023 rows as enacted, from
            24 February 2025 and from 1 January 2026 (VAT-inclusive).
        """
    @staticmethod
    def from_csv(text: str) -> ThresholdTable:
        """
        Read a table from CSV text: a header line, then one row a line of
        ``regime,contract_type,effective_from,amount,vat_inclusive,source``, and optionally
        ``column`` (``all``, ``welsh_ministers`` or ``any_other``; ``all`` when left out).
        
        Fields may be double-quoted (``""`` inside quotes is a quote); ``effective_from`` is a date
        as ``parse_date`` reads it; ``vat_inclusive`` is ``yes``/``no`` (or ``true``/``false``).
        
        Parameters
        ----------
        text : str
        
        Returns
        -------
        ThresholdTable
        
        Raises
        ------
        InvalidInputError
            A line that cannot be a row, naming the line: a wrong number of fields, an unknown
            regime or type, a bad date, amount or ``vat_inclusive``, a negative amount, a row given
            twice; or no rows at all (commissioning.procurement.001).
        """
    @staticmethod
    def read_csv(path: str | os.PathLike[str]) -> ThresholdTable:
        """
        Read a table from a CSV file, UTF-8 encoded, as ``from_csv`` reads its text.
        
        Parameters
        ----------
        path : str or os.PathLike
        
        Returns
        -------
        ThresholdTable
        
        Raises
        ------
        InvalidInputError
            The file cannot be read: it is missing, not a regular file, or over 1 MiB
            (commissioning.procurement.008, naming the path and the reason); or as ``from_csv``
            (commissioning.procurement.001).
        """
    def __eq__(self, arg0: object) -> bool:
        ...
    def __getstate__(self) -> tuple[typing.Any, ...]:
        ...
    def __init__(self, rows: collections.abc.Iterable[ThresholdRow | tuple[ProcurementRegime | str, ContractType | str, datetime.date | str, Money | str | int | float | decimal.Decimal, bool, str] | tuple[ProcurementRegime | str, ContractType | str, datetime.date | str, Money | str | int | float | decimal.Decimal, bool, str, ThresholdColumn | str]]) -> None:
        """
        Make a table from its rows.
        """
    def __iter__(self) -> collections.abc.Iterator[typing.Any]:
        ...
    def __len__(self) -> int:
        ...
    def __ne__(self, arg0: object) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple[typing.Any, ...]) -> None:
        ...
    def _repr_html_(self) -> str:
        """
        An HTML table for Jupyter.
        """
    def lookup(self, regime: ProcurementRegime | str, type: ContractType | str, on: datetime.date | str, *, regulated_by_welsh_ministers: bool = False) -> ThresholdRow:
        """
        The threshold in force on a day: the row for the regime and type with the latest
        ``effective_from`` not after ``on``, in the column that serves the contract.
        
        Parameters
        ----------
        regime : ProcurementRegime or str
            ``"pcr_2015"`` or ``"procurement_act_2023"``.
        type : ContractType or str
            ``"sub_central_goods_services"``, ``"light_touch"``, ``"works"``, ...
        on : datetime.date or str
        regulated_by_welsh_ministers : bool, default False
            A contract regulated by the Welsh Ministers (a devolved Welsh authority's): from
            1 January 2026 the Act's Schedule 1 gives it its own column (SI 2025/1200); a row of the
            one column (``"all"``) serves every contract.
        
        Returns
        -------
        ThresholdRow
        
        Raises
        ------
        OutOfRangeError
            The table has no such row in force on the day (commissioning.procurement.003).
        InvalidInputError
            An unknown regime or type (commissioning.procurement.002).
        """
    def to_pandas(self) -> pandas.DataFrame:
        """
        The table as a pandas DataFrame, one row per threshold (pandas is imported only when this is called).
        
        Returns
        -------
        pandas.DataFrame
            Columns ``regime`` and ``type`` (str), ``effective_from`` (datetime.date), ``amount``
            (exact ``decimal.Decimal`` pounds), ``vat_inclusive`` (bool), ``source`` and ``column``
            (str: ``"all"``, ``"welsh_ministers"`` or ``"any_other"``).
        """
    @property
    def rows(self) -> list[ThresholdRow]:
        """
        Every row, in order: a list of ThresholdRow.
        """
@typing.final
class ProcurementAssessment:
    """
    Which rules apply to a procurement, its estimated value, the threshold it meets, and what follows.
    
    Made by ``assess_procurement``. ``str()`` gives the sentence for a report.
    
    Attributes
    ----------
    regime : ProcurementRegime
    type : ContractType
        The threshold table's row type.
    estimated_value : Money
        As the threshold compares it: including VAT against a VAT-inclusive threshold, net of
        VAT against a net one.
    value_net_of_vat, value_with_vat : Money
    threshold : ThresholdRow
        The row in force when the procurement starts.
    above_threshold : bool
        True when the estimated value is equal to the threshold or above it.
    consequence : str
        What follows, e.g. "light touch contract above threshold: tender notice required".
    citation : str
        The regulations or sections.
    procurement_start : datetime.date
        The day the procurement started, as given or as assumed (the sentence says which).
    sentence : str
        For a report. ``procurement_table(assessment, unit=...)`` quotes its figures in a report's
        unit.
    """
    __hash__: typing.ClassVar[None] = None  # type: ignore[assignment]
    def __eq__(self, arg0: object) -> bool:
        ...
    def __getstate__(self) -> tuple[typing.Any, ...]:
        ...
    def __ne__(self, arg0: object) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple[typing.Any, ...]) -> None:
        ...
    def __str__(self) -> str:
        ...
    def _repr_html_(self) -> str:
        """
        An HTML table for Jupyter.
        """
    @property
    def above_threshold(self) -> bool:
        """
        True when the estimated value is at or above the threshold.
        """
    @property
    def citation(self) -> str:
        """
        The regulations or sections that apply.
        """
    @property
    def consequence(self) -> str:
        """
        What follows.
        """
    @property
    def estimated_value(self) -> Money:
        """
        The value the threshold is compared with (including VAT unless the threshold is net).
        """
    @property
    def procurement_start(self) -> datetime.date:
        """
        The day the procurement started, as given or as assumed.
        """
    @property
    def regime(self) -> ProcurementRegime:
        """
        The regime: PCR 2015 or the Procurement Act 2023.
        """
    @property
    def sentence(self) -> str:
        """
        The sentence for a report.
        """
    @property
    def threshold(self) -> ThresholdRow:
        """
        The threshold in force when the procurement starts: a ThresholdRow.
        """
    @property
    def type(self) -> ContractType:
        """
        The threshold table's row type.
        """
    @property
    def value_net_of_vat(self) -> Money:
        """
        The estimated value net of VAT.
        """
    @property
    def value_with_vat(self) -> Money:
        """
        The estimated value including VAT.
        """
@typing.final
class ModificationAssessment:
    """
    A contract modification tested against the rules of its regime, with the figures and the rule.
    
    Made by ``assess_modification``. ``str()`` gives the sentence for a report.
    
    Attributes
    ----------
    number : int
        Which modification, from 1.
    ground : ModificationGround
    regime : ProcurementRegime
    result : Verdict
        ``"permitted"``, ``"not permitted"``, or ``"depends"`` (the figures allow it but the
        ground turns on a judgement; the reasons say which).
    value : Money
        The change it causes in the contract's value.
    original_value : Money
        The maximum value as awarded: the base term and every option.
    share : Rate
        ``value`` over ``original_value``, exact.
    cumulative_value : Money
        This and the earlier modifications on the same ground.
    cumulative_share : Rate
    months_added : int
    term_share : Rate
        ``months_added`` over the maximum term as awarded.
    citation : str
    type : ContractType
        The contract's row type in the threshold table.
    decided_on : datetime.date
    de_minimis_threshold : Money or None
        Regulation 72(1)(f): the threshold on the day decided.
    reasons : tuple of str
        Each test with its figures, and the conditions the law adds.
    sentence : str
        ``modification_table(assessment, unit=...)`` quotes the figures of both in a report's unit.
    """
    __hash__: typing.ClassVar[None] = None  # type: ignore[assignment]
    def __eq__(self, arg0: object) -> bool:
        ...
    def __getstate__(self) -> tuple[typing.Any, ...]:
        ...
    def __ne__(self, arg0: object) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple[typing.Any, ...]) -> None:
        ...
    def __str__(self) -> str:
        ...
    def _repr_html_(self) -> str:
        """
        An HTML table for Jupyter.
        """
    @property
    def citation(self) -> str:
        """
        The rule applied.
        """
    @property
    def cumulative_share(self) -> Rate:
        """
        The cumulative value over the original value, exact.
        """
    @property
    def cumulative_value(self) -> Money:
        """
        This and the earlier modifications on the same ground.
        """
    @property
    def de_minimis_threshold(self) -> Money | None:
        """
        Regulation 72(1)(f): the threshold on the day decided, else None.
        """
    @property
    def decided_on(self) -> datetime.date:
        """
        The day the modification was decided.
        """
    @property
    def ground(self) -> ModificationGround:
        """
        The legal ground relied on.
        """
    @property
    def months_added(self) -> int:
        """
        The months it adds to the term.
        """
    @property
    def number(self) -> int:
        """
        Which modification, from 1.
        """
    @property
    def original_value(self) -> Money:
        """
        The maximum value as awarded.
        """
    @property
    def reasons(self) -> tuple[str, ...]:
        """
        Each test with its figures, and the conditions the law adds: a tuple of str.
        """
    @property
    def regime(self) -> ProcurementRegime:
        """
        The regime it was tested under.
        """
    @property
    def result(self) -> Verdict:
        """
        The verdict: permitted, not permitted or depends.
        """
    @property
    def sentence(self) -> str:
        """
        The sentence for a report.
        """
    @property
    def share(self) -> Rate:
        """
        The value over the original value, exact.
        """
    @property
    def term_share(self) -> Rate:
        """
        The months added over the maximum term as awarded, exact.
        """
    @property
    def type(self) -> ContractType:
        """
        The contract's row type in the threshold table.
        """
    @property
    def value(self) -> Money:
        """
        The change it causes in the contract's value.
        """
@typing.final
class KeyDecisionRule:
    """
    An authority's key-decision rule, as data.
    
    The Local Authorities (Executive Arrangements) (Meetings and Access to Information) (England)
    Regulations 2012, regulation 8, set no figure: each council states its own. A rule is an
    amount, the lower of a share of the budget head and an amount, separate revenue and capital
    amounts, and the test of significant effects in two or more wards.
    
    Parameters
    ----------
    authority : str
    amount : Money, str, int, float or decimal.Decimal, optional
        Expenditure or savings above this are key (revenue, or both).
    budget_share : Rate, str, int, float, decimal.Decimal or fractions.Fraction, optional
        Or above this share of the budget head; with ``amount``, the lower applies.
    capital_amount : Money, str, int, float or decimal.Decimal, optional
        A separate amount for capital decisions.
    wards_test : bool, default True
        Significant effects on communities in two or more wards make a decision key.
    
    Raises
    ------
    InvalidInputError
        A negative amount or share (commissioning.key_decision.001).
    
    Examples
    --------
    >>> kent = KeyDecisionRule.fixed("Kent County Council", "£1,000,000")
    >>> is_key_decision(kent, "£1,627,500").reasons
    ('Expenditure or savings of more than £1m',)
    """
    @staticmethod
    def fixed(authority: str, amount: Money | str | int | float | decimal.Decimal) -> KeyDecisionRule:
        """
        Expenditure or savings of more than an amount: Kent, "more than £1m".
        
        Parameters
        ----------
        authority : str
        amount : Money, str, int, float or decimal.Decimal
        
        Returns
        -------
        KeyDecisionRule
        """
    @staticmethod
    def revenue_and_capital(authority: str, revenue: Money | str | int | float | decimal.Decimal, capital: Money | str | int | float | decimal.Decimal) -> KeyDecisionRule:
        """
        Separate revenue and capital amounts: Hyndburn, £150,000 and £200,000.
        
        Parameters
        ----------
        authority : str
        revenue, capital : Money, str, int, float or decimal.Decimal
        
        Returns
        -------
        KeyDecisionRule
        """
    @staticmethod
    def share_or_amount(authority: str, share: Rate | str | int | float | decimal.Decimal | fractions.Fraction, amount: Money | str | int | float | decimal.Decimal) -> KeyDecisionRule:
        """
        The lower of a share of the budget head and an amount: Wirral, 10% or £500,000.
        
        Parameters
        ----------
        authority : str
        share : Rate, str, int, float, decimal.Decimal or fractions.Fraction
        amount : Money, str, int, float or decimal.Decimal
        
        Returns
        -------
        KeyDecisionRule
        """
    def __eq__(self, arg0: object) -> bool:
        ...
    def __getstate__(self) -> tuple[typing.Any, ...]:
        ...
    def __hash__(self) -> int:
        ...
    def __init__(self, authority: str, *, amount: Money | str | int | float | decimal.Decimal | None = None, budget_share: Rate | str | int | float | decimal.Decimal | fractions.Fraction | None = None, capital_amount: Money | str | int | float | decimal.Decimal | None = None, wards_test: bool = True) -> None:
        """
        Make a rule.
        """
    def __ne__(self, arg0: object) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple[typing.Any, ...]) -> None:
        ...
    @property
    def amount(self) -> Money | None:
        """
        The amount above which expenditure or savings are key, or None.
        """
    @property
    def authority(self) -> str:
        """
        The authority.
        """
    @property
    def budget_share(self) -> Rate | None:
        """
        The share of the budget head above which they are key, or None.
        """
    @property
    def capital_amount(self) -> Money | None:
        """
        The amount for capital decisions, or None.
        """
    @property
    def wards_test(self) -> bool:
        """
        Whether effects in two or more wards make a decision key.
        """
@typing.final
class KeyDecisionResult:
    """
    Whether a decision is key, the threshold applied and the reasons, as notices word them.
    
    Made by ``is_key_decision``. It is true in ``if`` when the decision is key; ``str()`` gives
    the sentence for a report.
    
    Attributes
    ----------
    key : bool
    threshold : Money or None
        The money threshold applied (the lower of a share and an amount, or the capital amount
        for a capital decision); None for a rule of wards alone.
    reasons : tuple of str
        E.g. ``("Expenditure or savings of more than £1m",)``; empty when it is not key.
    sentence : str
    """
    __hash__: typing.ClassVar[None] = None  # type: ignore[assignment]
    def __bool__(self) -> bool:
        """
        The same as ``key``.
        """
    def __eq__(self, arg0: object) -> bool:
        ...
    def __getstate__(self) -> tuple[typing.Any, ...]:
        ...
    def __ne__(self, arg0: object) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple[typing.Any, ...]) -> None:
        ...
    def __str__(self) -> str:
        ...
    def _repr_html_(self) -> str:
        """
        HTML for Jupyter.
        """
    @property
    def key(self) -> bool:
        """
        True when the decision is key.
        """
    @property
    def reasons(self) -> tuple[str, ...]:
        """
        Why it is key, as notices word it: a tuple of str.
        """
    @property
    def sentence(self) -> str:
        """
        The sentence for a report.
        """
    @property
    def threshold(self) -> Money | None:
        """
        The money threshold applied, or None.
        """
@typing.final
class TeckalResult:
    """
    The checklist for a contract with a council-owned company: exempt or not, with a reason per test.
    
    Made by ``check_teckal``. It is true in ``if`` when the arrangement is exempt.
    
    Attributes
    ----------
    exempt : bool
        True when every test passes.
    reasons : tuple of str
        One per test, passed or failed.
    citation : str
    notes : tuple of str
        What the library assumes, or could not confirm from a source: empty when every figure is
        the text's own (the Act's 80% activity figure, for one, is from a secondary source).
    """
    __hash__: typing.ClassVar[None] = None  # type: ignore[assignment]
    def __bool__(self) -> bool:
        """
        The same as ``exempt``.
        """
    def __eq__(self, arg0: object) -> bool:
        ...
    def __getstate__(self) -> tuple[typing.Any, ...]:
        ...
    def __ne__(self, arg0: object) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple[typing.Any, ...]) -> None:
        ...
    def _repr_html_(self) -> str:
        """
        HTML for Jupyter.
        """
    @property
    def citation(self) -> str:
        """
        The rule applied.
        """
    @property
    def exempt(self) -> bool:
        """
        True when every test passes.
        """
    @property
    def notes(self) -> tuple[str, ...]:
        """
        What the library assumes or could not confirm from a source: a tuple of str.
        """
    @property
    def reasons(self) -> tuple[str, ...]:
        """
        One reason per test, passed or failed: a tuple of str.
        """
@typing.final
class KeyDecisionTiming:
    """
    When a key decision can first be taken, by a route, from the day its notice was published.
    
    Made by ``earliest_key_decision``; ``str()`` gives the sentence.
    
    Attributes
    ----------
    route : KeyDecisionRoute
    published : datetime.date
        The notice's day (for special urgency, the day the chair agreed).
    clear_days : int
        28 (regulation 9), 5 (regulation 10) or 0 (regulation 11).
    counted : ClearDayCount
    earliest : datetime.date
        The first day the decision can be taken.
    requirements : tuple of str
        What the route requires, each with its paragraph.
    citation : str
    sentence : str
    """
    __hash__: typing.ClassVar[None] = None  # type: ignore[assignment]
    def __eq__(self, arg0: object) -> bool:
        ...
    def __getstate__(self) -> tuple[typing.Any, ...]:
        ...
    def __ne__(self, arg0: object) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple[typing.Any, ...]) -> None:
        ...
    def __str__(self) -> str:
        ...
    def allows(self, day: datetime.date | str) -> bool:
        """
        Can the decision be taken on ``day``?
        """
    @property
    def citation(self) -> str:
        """
        The regulation.
        """
    @property
    def clear_days(self) -> int:
        """
        The clear days required.
        """
    @property
    def counted(self) -> ClearDayCount:
        """
        Which days were counted.
        """
    @property
    def earliest(self) -> datetime.date:
        """
        The first day the decision can be taken.
        """
    @property
    def published(self) -> datetime.date:
        """
        The notice's day.
        """
    @property
    def requirements(self) -> tuple[str, ...]:
        """
        What the route requires: a tuple of str.
        """
    @property
    def route(self) -> KeyDecisionRoute:
        """
        The route.
        """
    @property
    def sentence(self) -> str:
        """
        The sentence for a report.
        """
class ProjectType(commissioning._types._TextEnum):
    """
    A project type of the Green Book optimism bias table; each member is its snake_case
    name (``"non_standard_buildings"``) and ``label`` its name in the table.
    
    Wherever a project type is taken, the name is read in any case, with spaces, hyphens or
    underscores (``"Non-standard buildings"``, ``"non_standard_buildings"``), and
    ``"equipment and development"`` for equipment/development.
    
    Members
    -------
    NON_STANDARD_BUILDINGS
        Buildings that are innovative or unusual.
    STANDARD_BUILDINGS
        Buildings of a type built many times.
    NON_STANDARD_CIVIL_ENGINEERING
        Civil engineering that is innovative or unusual.
    STANDARD_CIVIL_ENGINEERING
        Civil engineering of a usual kind.
    EQUIPMENT_DEVELOPMENT
        Equipment and development projects (IT among them).
    OUTSOURCING
        Services let to a provider: the table gives operating cost only.
    """
    EQUIPMENT_DEVELOPMENT = 'equipment_development'
    NON_STANDARD_BUILDINGS = 'non_standard_buildings'
    NON_STANDARD_CIVIL_ENGINEERING = 'non_standard_civil_engineering'
    OUTSOURCING = 'outsourcing'
    STANDARD_BUILDINGS = 'standard_buildings'
    STANDARD_CIVIL_ENGINEERING = 'standard_civil_engineering'
class OptimismBiasMeasure(commissioning._types._TextEnum):
    """
    What an optimism bias uplift is a percentage of; each member is its snake_case name
    (``"capital_cost"``).
    
    ``"capex"``, ``"opex"``, ``"duration"``, ``"capital expenditure"`` and ``"operating
    expenditure"`` are read too.
    """
    CAPITAL_COST = 'capital_cost'
    OPERATING_COST = 'operating_cost'
    WORKS_DURATION = 'works_duration'
class OptimismBiasBound(commissioning._types._TextEnum):
    """
    Which of the table's values: the upper bound (at the outset) or the lower (risks managed).
    """
    LOWER = 'lower'
    UPPER = 'upper'
@typing.final
class OptimismBiasAdjustment:
    """
    The optimism bias an appraisal assumes for one measure of an option, with the words a report
    states it in.
    
    Made from the Green Book table (a project type, a bound and any mitigation), from a mix of
    types (``blend``), or from the organisation's own evidence (``from_evidence``), which the
    Green Book prefers where it exists (2022, paragraph 2.16). ``str()`` gives the description.
    
    Parameters
    ----------
    type : ProjectType or str
    measure : OptimismBiasMeasure or str
    bound : OptimismBiasBound or str, default "upper"
    mitigation : Rate-like, default 0
        The share of contributory factors mitigated (0% to 100%): the uplift is
        (1 - mitigation) x the table's value. Only the upper bound is reduced
        (DomainError, commissioning.optimism_bias.007, for the lower).
    
    Raises
    ------
    DomainError
        The table gives no value for the type and measure (commissioning.optimism_bias.002).
    
    Examples
    --------
    >>> ob = OptimismBiasAdjustment("outsourcing", "operating cost", mitigation="50%")
    >>> ob.uplift, ob.apply("£325,500")
    (Rate('0.205'), Money('£392,227.50'))
    >>> print(ob)
    Outsourcing upper bound 41% of operating cost, reduced 50% for mitigated contributory factors: 20.5%
    """
    @staticmethod
    def blend(shares: collections.abc.Mapping[ProjectType | str, Rate | str | int | float | decimal.Decimal | fractions.Fraction] | collections.abc.Iterable[tuple[ProjectType | str, Rate | str | int | float | decimal.Decimal | fractions.Fraction]], measure: OptimismBiasMeasure | str, bound: OptimismBiasBound | str = 'upper', *, mitigation: Rate | str | int | float | decimal.Decimal | fractions.Fraction = 0) -> OptimismBiasAdjustment:
        """
        An adjustment for a combined project: the table's values weighted by each type's share.
        
        Parameters
        ----------
        shares : mapping of ProjectType or str to Rate-like, or iterable of (type, share) pairs
            As ``blend_optimism_bias`` takes them (summing to exactly 100%).
        measure : OptimismBiasMeasure or str
        bound : OptimismBiasBound or str, default "upper"
        mitigation : Rate-like, default 0
        
        Returns
        -------
        OptimismBiasAdjustment
        
        Examples
        --------
        >>> mix = OptimismBiasAdjustment.blend({"non-standard buildings": "30%", "standard buildings": "70%"}, "capex")
        >>> str(mix)
        'Blend of 30% non-standard buildings (51%) and 70% standard buildings (24%), upper bound: 32.1% of capital cost'
        """
    @staticmethod
    def from_evidence(measure: OptimismBiasMeasure | str, uplift: Rate | str | int | float | decimal.Decimal | fractions.Fraction, source: str) -> OptimismBiasAdjustment:
        """
        An adjustment from the organisation's own evidence, which the Green Book puts first.
        
        Parameters
        ----------
        measure : OptimismBiasMeasure or str
        uplift : Rate, str, int, float, decimal.Decimal or fractions.Fraction
            Not negative (commissioning.optimism_bias.006).
        source : str
            Where the figure comes from; required (commissioning.optimism_bias.008).
        
        Returns
        -------
        OptimismBiasAdjustment
        
        Examples
        --------
        >>> str(OptimismBiasAdjustment.from_evidence("capex", "12%", "capital programme outturn 2015-2022"))
        'Own evidence (capital programme outturn 2015-2022): 12% of capital cost'
        """
    def __eq__(self, arg0: object) -> bool:
        ...
    def __getstate__(self) -> tuple[typing.Any, ...]:
        ...
    def __hash__(self) -> int:
        ...
    def __init__(self, type: ProjectType | str, measure: OptimismBiasMeasure | str, bound: OptimismBiasBound | str = 'upper', *, mitigation: Rate | str | int | float | decimal.Decimal | fractions.Fraction = 0) -> None:
        """
        Make an adjustment from the Green Book table.
        """
    def __ne__(self, arg0: object) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple[typing.Any, ...]) -> None:
        ...
    def __str__(self) -> str:
        ...
    def apply(self, amount: Money | str | int | float | decimal.Decimal, rounding: Rounding | str = ...) -> Money:
        """
        An amount uplifted: amount x (1 + uplift), rounded once to the penny.
        
        Parameters
        ----------
        amount : Money, str, int, float or decimal.Decimal
        rounding : Rounding or str, default Rounding.HALF_AWAY_FROM_ZERO
        
        Returns
        -------
        Money
        """
    def describe(self) -> str:
        """
        The assumption as a report states it.
        
        Returns
        -------
        str
            E.g. "Outsourcing upper bound 41% of operating cost, reduced 50% for mitigated
            contributory factors: 20.5%".
        """
    @property
    def bound(self) -> OptimismBiasBound | None:
        """
        The table's bound used: an OptimismBiasBound, or None for own evidence.
        """
    @property
    def measure(self) -> OptimismBiasMeasure:
        """
        What the uplift is a percentage of: an OptimismBiasMeasure.
        """
    @property
    def mitigation(self) -> Rate:
        """
        The reduction for mitigated contributory factors: a Rate (0 for none).
        """
    @property
    def own_evidence(self) -> bool:
        """
        True when made from the organisation's own evidence rather than the table.
        """
    @property
    def shares(self) -> list[OptimismBiasShare]:
        """
        The project types and their shares: a list of OptimismBiasShare (empty for own evidence).
        """
    @property
    def source(self) -> str:
        """
        Where the figure comes from: the table's citation, or the evidence's source.
        """
    @property
    def starting_value(self) -> Rate:
        """
        The value before mitigation (the table's or the blend's; the evidence's own): a Rate.
        """
    @property
    def uplift(self) -> Rate:
        """
        The uplift assumed, after any mitigation: a Rate.
        """
@typing.final
class MultiCriteriaResult:
    """
    Options' weighted totals, ranks and ties, and how far each weight can move before the top
    option changes.
    
    Made by ``MultiCriteria.evaluate``. ``to_pandas()`` gives the scores with totals and ranks;
    ``stability_to_pandas()`` the weight stability; Jupyter shows both.
    
    Attributes
    ----------
    criteria : list of Criterion
    options : list of str
    scores : list of list of float
        One row per option, one column per criterion.
    weights : list of float
        Normalised: they sum to 1.
    totals : list of float
        Each option's weighted total: the scores times the weights.
    ranks : list of int
        1 is best. Tied options share a rank and the next rank is skipped (1, 1, 3).
    ties : list of tuple of str
        Each group of options sharing a rank, best first. Totals equal to within one part in
        10^9 of the largest are tied.
    top : str
        The top option (the first listed, if several share rank 1).
    stability : list of WeightStability
        One per criterion: how far its weight can fall or rise, the others rescaled in
        proportion, before a rival draws level with the top option, and which rival.
    """
    __hash__: typing.ClassVar[None] = None  # type: ignore[assignment]
    def __eq__(self, arg0: object) -> bool:
        ...
    def __getstate__(self) -> tuple[typing.Any, ...]:
        ...
    def __ne__(self, arg0: object) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple[typing.Any, ...]) -> None:
        ...
    def _repr_html_(self) -> str:
        """
        HTML tables for Jupyter.
        """
    def rank_of(self, option: str) -> int:
        """
        An option's rank, 1 = best.
        
        Parameters
        ----------
        option : str
        
        Returns
        -------
        int
        
        Raises
        ------
        OutOfRangeError
            There is no such option (commissioning.mcda.009).
        """
    def stability_to_pandas(self) -> pandas.DataFrame:
        """
        The weight stability as a pandas DataFrame, one row per criterion.
        
        Returns
        -------
        pandas.DataFrame
            Indexed by criterion; the columns of ``WeightStability``.
        """
    def to_pandas(self) -> pandas.DataFrame:
        """
        The scores, totals and ranks as a pandas DataFrame (pandas is imported only when this is called).
        
        Returns
        -------
        pandas.DataFrame
            Indexed by option; a column of scores per criterion, then ``total`` (float) and ``rank``
            (int). ``attrs["weights"]`` maps each criterion to its normalised weight.
        """
    def total_of(self, option: str) -> float:
        """
        An option's weighted total.
        
        Parameters
        ----------
        option : str
        
        Returns
        -------
        float
        
        Raises
        ------
        OutOfRangeError
            There is no such option (commissioning.mcda.009).
        """
    @property
    def criteria(self) -> list[Criterion]:
        """
        The criteria, weights as given: a list of Criterion.
        """
    @property
    def options(self) -> tuple[str, ...]:
        """
        The options' names.
        """
    @property
    def ranks(self) -> list[int]:
        """
        Each option's rank, 1 = best; ties share a rank.
        """
    @property
    def scores(self) -> list[list[float]]:
        """
        The scores: one list per option, one float per criterion.
        """
    @property
    def stability(self) -> list[WeightStability]:
        """
        How far each criterion's weight can move before the top option changes: a list of WeightStability.
        """
    @property
    def ties(self) -> list[tuple[str, ...]]:
        """
        Each group of options sharing a rank, best first: a list of tuples of str.
        """
    @property
    def top(self) -> str:
        """
        The top option (the first listed, if several share rank 1).
        """
    @property
    def totals(self) -> list[float]:
        """
        Each option's weighted total, in options order.
        """
    @property
    def weights(self) -> list[float]:
        """
        The weights normalised to sum to 1, in criteria order.
        """
@typing.final
class MultiCriteria:
    """
    A multi-criteria analysis: options scored against weighted criteria, by weighted sum.
    
    Weights are relative: they are normalised to sum to 1 (40, 30, 20, 10 become 0.4, 0.3, 0.2,
    0.1), so points, percentages and fractions all work. Scores are on any finite scale, higher
    being better; a criterion may declare its scale, and a score outside it is an error.
    
    Parameters
    ----------
    criteria : mapping of str to float, or iterable of Criterion
        ``{"Quality": 40, "Cost": 30}``, or ``Criterion(name, weight, description, scale)`` (or a
        tuple of those fields) for a description or a declared scale ``(min, max)``.
    options : iterable of str, optional
        The options' names, one per row of scores; taken from the index of a DataFrame.
    scores : list of lists, 2-D NumPy array, or pandas DataFrame
        One row per option and one column per criterion; a DataFrame is indexed by option and
        has a column per criterion, matched by name.
    
    Raises
    ------
    InvalidInputError
        No criteria or options (commissioning.mcda.001); duplicate or blank names (.002);
        scores of the wrong shape (.003); a score or weight that is not finite (.004); a negative
        weight (.005); a score outside its declared scale (.006); a scale whose ends are not in
        order (.007).
    DomainError
        Every weight is zero (commissioning.mcda.008).
    
    Examples
    --------
    >>> model = MultiCriteria({"Quality": 40, "Cost": 30, "Deliverability": 20, "Social value": 10},
    ...                       ["In-house", "External", "Do minimum"],
    ...                       [[7, 5, 8, 6], [8, 7, 5, 4], [4, 9, 9, 3]])
    >>> result = model.evaluate()
    >>> result.top, result.ranks
    ('External', [2, 1, 3])
    >>> [round(total, 6) for total in result.totals]
    [6.5, 6.7, 6.4]
    """
    __hash__: typing.ClassVar[None] = None  # type: ignore[assignment]
    def __eq__(self, arg0: object) -> bool:
        ...
    def __getstate__(self) -> tuple[typing.Any, ...]:
        ...
    def __init__(self, criteria: collections.abc.Mapping[str, float] | collections.abc.Iterable[Criterion | tuple[str, float] | tuple[str, float, str] | tuple[str, float, str, tuple[float, float] | None]], options: collections.abc.Iterable[str] | None = None, scores: collections.abc.Iterable[collections.abc.Iterable[float]] | numpy.ndarray | pandas.DataFrame | None = None) -> None:
        """
        Make a multi-criteria analysis.
        """
    def __ne__(self, arg0: object) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple[typing.Any, ...]) -> None:
        ...
    def evaluate(self) -> MultiCriteriaResult:
        """
        Weighted totals (an Eigen matrix-vector product), ranks with ties, and weight stability.
        
        The stability is solved in closed form: with one weight moved to t and the others rescaled in
        proportion, every total is linear in t, so each rival draws level with the top option at a
        single point.
        
        Returns
        -------
        MultiCriteriaResult
        """
    def to_pandas(self) -> pandas.DataFrame:
        """
        The scores as a pandas DataFrame indexed by option, a column per criterion.
        
        Returns
        -------
        pandas.DataFrame
            ``attrs["weights"]`` maps each criterion to its normalised weight.
        """
    @property
    def criteria(self) -> list[Criterion]:
        """
        The criteria, weights as given: a list of Criterion.
        """
    @property
    def options(self) -> tuple[str, ...]:
        """
        The options' names.
        """
    @property
    def scores(self) -> list[list[float]]:
        """
        The scores: one list per option, one float per criterion.
        """
    @property
    def weights(self) -> list[float]:
        """
        The weights normalised to sum to 1, in criteria order.
        """
class ColumnKind(commissioning._types._TextEnum):
    """
    What a report table's column holds.
    """
    COUNT = 'count'
    MONEY = 'money'
    NUMBER = 'number'
    PERCENT = 'percent'
    TEXT = 'text'
class Alignment(commissioning._types._TextEnum):
    """
    How a column's cells are aligned.
    """
    CENTRE = 'centre'
    LEFT = 'left'
    RIGHT = 'right'
class TotalRounding(commissioning._types._TextEnum):
    """
    How a table's display figures relate to the totals shown: ``CONSISTENT`` (rounded
    figures add up to the rounded totals, largest remainder, noted) or ``INDEPENDENT``.
    """
    CONSISTENT = 'consistent'
    INDEPENDENT = 'independent'
class CsvValues(commissioning._types._TextEnum):
    """
    What a CSV table holds: ``RAW`` figures as plain numbers, or ``DISPLAY`` figures as shown.
    """
    DISPLAY = 'display'
    RAW = 'raw'
@typing.final
class Column:
    """
    A column of a report table: its heading, kind, alignment and number format.
    
    Make one with ``Column.text``, ``Column.money``, ``Column.percent``, ``Column.count`` or
    ``Column.number``; money columns show whole pounds unless given another unit.
    
    Examples
    --------
    >>> Column.money("Costings", unit="pounds_and_pence").kind
    <ColumnKind.MONEY: 'money'>
    """
    __hash__: typing.ClassVar[None] = None  # type: ignore[assignment]
    @staticmethod
    def count(heading: str) -> Column:
        """
        A column of whole numbers.
        """
    @staticmethod
    def money(heading: str, unit: MoneyUnit | str = ..., decimals: typing.SupportsInt | typing.SupportsIndex | None = None) -> Column:
        """
        A money column, shown in ``unit`` (whole pounds by default).
        """
    @staticmethod
    def number(heading: str, decimals: typing.SupportsInt | typing.SupportsIndex = 2) -> Column:
        """
        A column of other figures (factors, ratios).
        """
    @staticmethod
    def percent(heading: str, decimals: typing.SupportsInt | typing.SupportsIndex = 1) -> Column:
        """
        A column of rates shown as percentages.
        """
    @staticmethod
    def text(heading: str, row_header: bool = False) -> Column:
        """
        A text column (words, or a list of points); ``row_header`` cells name their row.
        """
    def __eq__(self, arg0: object) -> bool:
        ...
    def __getstate__(self) -> tuple[typing.Any, ...]:
        ...
    def __ne__(self, arg0: object) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple[typing.Any, ...]) -> None:
        ...
    @property
    def align(self) -> Alignment:
        """
        How its cells are aligned.
        """
    @property
    def heading(self) -> str:
        """
        The column's heading.
        """
    @property
    def kind(self) -> ColumnKind:
        """
        What the column holds.
        """
    @property
    def row_header(self) -> bool:
        """
        True when its cells name their row.
        """
@typing.final
class Table:
    """
    A report table: typed columns, rows, groups with subtotals, totals, caption, notes and source.
    
    Display rounding is separate from the figures: with whole pounds (or thousands, millions) the
    rounded figures shown add up to the rounded subtotals and totals shown (largest remainder), and a
    note says how many were adjusted; ``rounding="independent"`` rounds each on its own instead.
    
    Examples
    --------
    >>> t = Table("Spend", [Column.text("Service", row_header=True), Column.money("Cost")])
    >>> t.add_row(["Young carers", "£325,484.88"]).add_total().to_markdown().splitlines()[-1]
    '| **Total** | **£325,485** |'
    """
    __hash__: typing.ClassVar[None] = None  # type: ignore[assignment]
    def __eq__(self, arg0: object) -> bool:
        ...
    def __getstate__(self) -> tuple[typing.Any, ...]:
        ...
    def __init__(self, caption: str, columns: collections.abc.Sequence[Column]) -> None:
        ...
    def __ne__(self, arg0: object) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple[typing.Any, ...]) -> None:
        ...
    def __str__(self) -> str:
        """
        The table as aligned text.
        """
    def _repr_html_(self) -> str:
        """
        The HTML table, for Jupyter.
        """
    def _repr_markdown_(self) -> str:
        """
        The Markdown table, for Jupyter.
        """
    def add_row(self, cells: collections.abc.Sequence[typing.Any]) -> Table:
        """
        Adds a body row: one value per column (None for an empty cell). Returns the table.
        """
    def add_subtotal(self, label: str, label_column: typing.SupportsInt | typing.SupportsIndex | None = None) -> Table:
        """
        Closes the group with a row of its sums, labelled in ``label_column`` (the first text column by default).
        """
    def add_summary(self, cells: collections.abc.Sequence[typing.Any]) -> Table:
        """
        A row shown with the totals whose figures are given, not summed.
        """
    def add_total(self, label: str = 'Total', label_column: typing.SupportsInt | typing.SupportsIndex | None = None) -> Table:
        """
        A row of the sums of every body row.
        """
    def begin_group(self) -> Table:
        """
        Starts a group of rows that ``add_subtotal`` will close.
        """
    def note(self, text: str) -> Table:
        """
        Adds a note, shown below the table. Returns the table.
        """
    def to_csv(self, values: CsvValues | str = ...) -> str:
        """
        RFC 4180 CSV: figures as plain numbers (``values='raw'``) or as shown (``'display'``).
        """
    def to_html(self, standalone: bool = False, stylesheet: str = '') -> str:
        """
        Semantic, escaped HTML (``<caption>``, ``<th scope>``); a whole document when ``standalone``.
        """
    def to_json(self) -> typing.Any:
        """
        The table as a dict: caption, columns, rows (display text and exact values), notes, source.
        """
    def to_markdown(self) -> str:
        """
        The table as GitHub-flavoured Markdown.
        """
    def to_text(self, max_column_width: typing.SupportsInt | typing.SupportsIndex = 40, width: typing.SupportsInt | typing.SupportsIndex = 100) -> str:
        """
        Aligned plain text for a terminal, no line wider than ``width`` (at least 40, or
        InvalidInputError commissioning.report.005): long text wraps, and a table that cannot fit even
        so is set out a row per block, each cell beside its column's heading.
        """
    @property
    def caption(self) -> str:
        """
        The caption, shown above the table.
        """
    @property
    def columns(self) -> list[Column]:
        """
        The columns, in order.
        """
    @property
    def notes(self) -> tuple[str, ...]:
        """
        The notes given (display rounding adds its own when rendered).
        """
    @property
    def rounding(self) -> TotalRounding:
        """
        ``consistent`` (rounded figures add up to the totals shown) or ``independent``.
        """
    @rounding.setter
    def rounding(self, arg1: TotalRounding | str) -> None:
        ...
    @property
    def rows(self) -> list[typing.Any]:
        """
        The rows as (kind, cells) pairs: kind is 'body', 'subtotal', 'total' or 'summary'.
        """
    @property
    def source(self) -> str:
        """
        The source line shown below the table.
        """
    @source.setter
    def source(self, arg1: str) -> None:
        ...
@typing.final
class Scenario:
    """
    A decision described in a scenario file (docs/scenario.md): the authority, its contracts,
    budgets, portfolio and proposal, and the options of an appraisal.
    
    Read one with ``cm.load_scenario(path)`` or ``cm.Scenario.from_toml(text)``; errors are
    ``InvalidInputError`` naming the file, line, column, field and value.
    """
    __hash__: typing.ClassVar[None] = None  # type: ignore[assignment]
    @staticmethod
    def from_toml(text: str, source_name: str = 'scenario') -> Scenario:
        """
        Read a scenario from TOML text.
        """
    def __eq__(self, arg0: object) -> bool:
        ...
    def __getstate__(self) -> tuple[str]:
        ...
    def __ne__(self, arg0: object) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple[typing.Any, ...]) -> None:
        ...
    def simulate(self, *, iterations: int | None = None, seed: int | None = None, threads: int | None = None, keep_samples: bool = True) -> SimulationResult:
        """
        Monte Carlo simulation of the options with the scenario's ``[simulation]`` inputs and correlations
        drawn and its ``[[risks]]`` occurring or not (a ``SimulationResult``), as ``commissioning simulate``
        runs it; ``iterations``, ``seed`` and ``threads`` override the file's, within the file's ranges
        (1 to 1,000,000,000; 0 to 2**63 - 1; 1 to 256), or ``InvalidInputError``
        (commissioning.scenario.012) naming the value.
        """
    def simulation_inputs_table(self) -> Table:
        """
        The distributions and correlations of the scenario's ``[simulation]`` inputs, as ``commissioning
        simulate`` reports them (``simulation_inputs_table``): Input | Distribution | Correlated with.
        """
    def to_toml(self) -> str:
        """
        The scenario as TOML, which ``Scenario.from_toml`` reads back equal.
        """
    @property
    def appraisal(self) -> typing.Any:
        """
        The appraisal of the scenario's options (an ``Appraisal``), or None when it has none.
        """
    @property
    def authority(self) -> str:
        """
        The authority's name.
        """
    @property
    def contracts(self) -> list[Contract]:
        """
        The contracts (``Contract``), options exercised and modifications made.
        """
    @property
    def envelope_positions(self) -> list[EnvelopePosition]:
        """
        Each envelope that names its contracts, set against their payments (``EnvelopePosition``).
        """
    @property
    def has_appraisal(self) -> bool:
        """
        True when the scenario has options to appraise.
        """
    @property
    def lots(self) -> dict[str, list[Contract]]:
        """
        The procurements let as lots: each procurement's name (the contracts' ``lot_of``) and its lots
        (``Contract``), in the file's order; ``assess_procurement(lots, ...)`` judges them together, as
        ``commissioning check`` does.
        """
    @property
    def portfolio(self) -> Portfolio | None:
        """
        The ``[portfolio]``'s services before any proposal (a ``Portfolio``), or None when it has none.
        """
    @property
    def proposal(self) -> ProposalResult | None:
        """
        The ``[proposal]``'s changes applied to the portfolio in the authority's financial years (a
        ``ProposalResult``), as ``commissioning profile`` reports it; None without changes.
        """
    @property
    def proposal_caption(self) -> str:
        """
        The ``[proposal]``'s caption: the words heading its table (empty when the file gives none).
        """
    @property
    def risk_adjusted_appraisal(self) -> typing.Any:
        """
        The appraisal ``commissioning appraise`` reports: each risk's expected value added to the options
        it affects as a cost line "Risk: <id>" (``apply_risks``); the same as ``appraisal`` without risks.
        """
    @property
    def risks(self) -> RiskRegister:
        """
        The risk register (a ``RiskRegister``).
        """
    @property
    def service(self) -> str:
        """
        The service's name.
        """
    @property
    def simulation_inputs(self) -> list[UncertainInput]:
        """
        The simulation's uncertain inputs (``UncertainInput``), in order.
        """
def _profile_register_columns(names: typing.Any, providers: typing.Any, start_days: typing.Annotated[numpy.typing.ArrayLike, numpy.int64], terms: collections.abc.Sequence[Term], term_codes: typing.Any, annual: typing.Any, indexations: collections.abc.Sequence[Indexation], indexation_codes: typing.Any, exercised: typing.Any, scope_codes: typing.Any, rule: ApportionRule | str, start_month: typing.SupportsInt | typing.SupportsIndex) -> tuple[numpy.typing.NDArray[numpy.int64], numpy.typing.NDArray[numpy.int32], numpy.typing.NDArray[numpy.int64]]:
    """
    A register's columns profiled by financial year (contract/register.hpp); used by
    ``commissioning.profile_register``, which builds the columns from a DataFrame.
    
    Returns (offsets, years, pence): row i's financial years are entries offsets[i] to
    offsets[i + 1] of ``years`` (start years) and ``pence``.
    """
def add_months(day: datetime.date | str, months: typing.SupportsInt | typing.SupportsIndex) -> datetime.date:
    """
    The date a whole number of months later (earlier if negative).
    
    The day clamps to the end of a shorter month: 31 January + 1 month is 28 (or 29) February.
    
    Parameters
    ----------
    day : datetime.date or str
    months : int
    
    Returns
    -------
    datetime.date
    """
def add_years(day: datetime.date | str, years: typing.SupportsInt | typing.SupportsIndex) -> datetime.date:
    """
    The date a whole number of years later (earlier if negative); 29 February clamps to 28 February.
    
    Parameters
    ----------
    day : datetime.date or str
    years : int
    
    Returns
    -------
    datetime.date
    """
def allocate(total: Money | str | int | float | decimal.Decimal, weights: collections.abc.Iterable[int | float | decimal.Decimal | fractions.Fraction | Rate | str]) -> list[Money]:
    """
    Split money in proportion to weights, by largest remainder: the parts sum exactly to the total.
    
    Each part first gets the whole pence of its exact share; the pence left over go,
    one each, to the parts with the largest remainders, ties to the earliest part.
    
    Parameters
    ----------
    total : Money, str, int, float or decimal.Decimal
        Anything ``Money()`` accepts.
    weights : iterable of int, decimal.Decimal, float, fractions.Fraction, Rate or str
        Non-negative, not all zero. Ints are used as they are; any other kind of weight
        is taken exactly as ``Rate()`` would take it.
    
    Returns
    -------
    list of Money
    
    Raises
    ------
    InvalidInputError
        No weights (commissioning.allocation.001), or a negative one (.002).
    DomainError
        The weights sum to zero (commissioning.allocation.003).
    
    Examples
    --------
    >>> allocate("£1,000", [1, 2])
    [Money('£333.33'), Money('£666.67')]
    """
def annuity_factor(schedule: DiscountSchedule, years: typing.SupportsInt | typing.SupportsIndex) -> fractions.Fraction:
    """
    The sum of the factors of years 0 to ``years - 1``: the present value of £1 a year, exactly.
    
    Parameters
    ----------
    schedule : DiscountSchedule
    years : int
        0 to 1,000 (OutOfRangeError, commissioning.discounting.004, otherwise).
    
    Returns
    -------
    fractions.Fraction
    
    Examples
    --------
    >>> float(annuity_factor(DiscountSchedule.green_book_2022(), 5))
    4.673079208612224
    """
def apply_changes(portfolio: Portfolio, changes: collections.abc.Iterable[PortfolioChange], start_month: int = 4) -> ProposalResult:
    """
    Apply a proposal's changes, in order, to a portfolio (which is left as it was).
    
    Parameters
    ----------
    portfolio : Portfolio
    changes : iterable of PortfolioChange
    start_month : int, default 4
        The month financial years start in, for the in-year savings.
    
    Returns
    -------
    ProposalResult
    
    Raises
    ------
    InvalidInputError
        A change to a service the portfolio does not have, or adding one it has
        (commissioning.proposal.001); a change that would make a service cost less than
        nothing (commissioning.proposal.002).
    
    Examples
    --------
    Seed 002 from 1 October 2020, when the contracts end:
    
    >>> early_help = (Portfolio("Early help")
    ...     .add("Young Carers", "Imago", "£325,484.88").add("NEET", "CXK Ltd", "£498,410.40")
    ...     .add("Family Support", "Porchlight", "£1,240,000.00")
    ...     .add("Family Support", "Project Salus", "£860,400.00"))
    >>> result = apply_changes(early_help, [
    ...     PortfolioChange.change_by("Young Carers", "£100,000", "1 October 2020"),
    ...     PortfolioChange.move_to_sla("NEET", "The Education People", 0, "1 October 2020"),
    ...     PortfolioChange.bring_in_house("Family Support", "-£1,100,000", "1 October 2020")])
    >>> result.after.total, result.full_year_saving, result.in_year_saving
    (Money('£1,924,295.28'), Money('£1,000,000.00'), Money('£500,000.00'))
    """
def apply_optimism_bias(amount: Money | str | int | float | decimal.Decimal, uplift: Rate | str | int | float | decimal.Decimal | fractions.Fraction, rounding: Rounding | str = ...) -> Money:
    """
    An amount uplifted by an optimism bias: amount x (1 + uplift), rounded once to the penny.
    
    Parameters
    ----------
    amount : Money, str, int, float or decimal.Decimal
    uplift : Rate, str, int, float, decimal.Decimal or fractions.Fraction
    rounding : Rounding or str, default Rounding.HALF_AWAY_FROM_ZERO
    
    Returns
    -------
    Money
    
    Examples
    --------
    >>> apply_optimism_bias("£100,000,000", "4%")
    Money('£104,000,000.00')
    """
def apply_risks(appraisal: Appraisal, risks: RiskRegister) -> Appraisal:
    """
    The appraisal with each money risk's expected value added as a cost line 'Risk: <id>'.
    """
def apportion(amount: Money | str | int | float | decimal.Decimal, period: Period, rule: ApportionRule | str = ..., start_month: int = 4) -> Apportionment:
    """
    Spread an amount over a period into financial years, to the penny.
    
    Parameters
    ----------
    amount : Money, str, int, float or decimal.Decimal
        Anything ``Money()`` accepts.
    period : Period
    rule : ApportionRule or str, default "monthly"
        "monthly": equal monthly instalments, a part month pro rata by its days;
        "daily": in proportion to the days in each year.
    start_month : int, default 4
        The month financial years start in.
    
    Returns
    -------
    Apportionment
        Its parts sum exactly to ``amount`` (largest remainder).
    
    Examples
    --------
    >>> result = apportion("£325,484.88", Period("1 May 2022", "30 April 2023"))
    >>> [str(part.amount) for part in result]
    ['£298,361.14', '£27,123.74']
    """
def appraisal_sentence(result: AppraisalResult, *, unit: MoneyUnit | str | None = None) -> str:
    """
    The appraisal in one sentence: "Over 5 years from 2022-23, the preferred option, ..., costs
    £1,642,500 in cash and £1,536,087 in present value (...), £25,000 less in present value than ...".
    """
def appraisal_years_table(option: OptionAppraisal, *, unit: MoneyUnit | str | None = None) -> Table:
    """
    One option's costs, optimism bias, benefits, net cost, discount factor and present value by year.
    """
def assess(envelope: Envelope, commitments: collections.abc.Iterable[Commitment | Contract]) -> EnvelopePosition:
    """
    Set commitments against an envelope, year by year.
    
    Parameters
    ----------
    envelope : Envelope
    commitments : iterable of Commitment or Contract
        A Contract counts as ``Commitment.of(contract, start_month=envelope.start_month)``.
    
    Returns
    -------
    EnvelopePosition
        Every year the envelope or a commitment touches (where the envelope has nothing, £0 is
        available), and every year that is over as a Breach.
    
    Raises
    ------
    InvalidInputError
        A commitment whose years start in another month than the envelope's
        (commissioning.financial_year.004).
    
    Examples
    --------
    Seed 001: an in-house team at £68,000 a year against a £65k cap.
    
    >>> budget = Envelope.flat("Young carers", "£65,000", "2018-19", "2020-21")
    >>> staff = Commitment.annual("In-house team", "Herefordshire Council", "£68,000",
    ...                           ("1 April 2018", "31 March 2021"))
    >>> [str(b.shortfall) for b in assess(budget, [staff]).breaches]
    ['£3,000.00', '£3,000.00', '£3,000.00']
    """
def assess_modification(contract: Contract, number: int, *, regime: ProcurementRegime | str, type: ContractType | str, decided_on: datetime.date | str, table: ThresholdTable | None = None) -> ModificationAssessment:
    """
    Is a contract's modification permitted? The value and term tests of PCR 2015 regulation 72
    or Procurement Act 2023 section 74 and Schedule 8, with the figures and the rule.
    
    Values are compared with the contract's original value: its maximum value as awarded.
    
    Parameters
    ----------
    contract : Contract
    number : int
        Which modification, from 1 (OutOfRangeError, commissioning.contract.001, otherwise).
    regime : ProcurementRegime or str
        The regime the contract was procured under.
    type : ContractType or str
        Its threshold row type: the de minimis test uses the threshold, works have 15% limits,
        and light touch contracts under the Act are modified freely.
    decided_on : datetime.date or str
        When the modification is made: the threshold in force that day applies.
    table : ThresholdTable, optional
        The thresholds; the bundled table by default.
    
    Returns
    -------
    ModificationAssessment
    
    Raises
    ------
    OutOfRangeError
        No threshold for a de minimis test on the day (commissioning.procurement.003).
    
    Examples
    --------
    Seed 004's Covid extension: a year at £325,484 under regulation 72(1)(c).
    
    >>> kent = Contract("Kent Young Carers", "Imago", "1 May 2016", "3+1+1", annual_value="£325,484")
    >>> kent.exercise(1); kent.exercise(2); kent.modify(ground="section 72 (1) c", months=12)
    1
    >>> check = assess_modification(kent, 1, regime="pcr_2015", type="light_touch", decided_on="1 April 2021")
    >>> check.result, check.share
    (<Verdict.PERMITTED: 'permitted'>, Rate('0.2'))
    """
def assess_procurement(contract_or_value: Contract | typing.Sequence[Contract] | Money | str | int | float | decimal.Decimal, *, category: ServiceCategory | str = 'services', authority: AuthorityType | str = 'sub_central', vat: VatTreatment | str = 'exclusive', start: datetime.date | str | None = None, vat_rate: Rate | str | int | float | decimal.Decimal | fractions.Fraction = '20%', type: ContractType | str | None = None, table: ThresholdTable | None = None, regulated_by_welsh_ministers: bool = False) -> ProcurementAssessment:
    """
    Which rules apply to a procurement, its estimated value, the threshold it meets, and what follows.
    
    The estimated value of a Contract is its maximum value: the base term and every option, as
    awarded (PCR 2015 regulation 6; Procurement Act 2023 section 4 and Schedule 3). A list of
    Contracts is a procurement let as lots: the threshold takes their maximum values summed, and
    the answer holds for each lot (PCR 2015 regulation 6(11) and (12)). VAT is added
    to a net price at ``vat_rate``; the value is compared including VAT with a VAT-inclusive
    threshold (from 2022) and net of VAT with a net one. A value equal to the threshold is
    above it.
    
    Parameters
    ----------
    contract_or_value : Contract, list of Contract, or Money, str, int, float or decimal.Decimal
        A contract, the lots of one procurement (at least one: commissioning.procurement.009), or
        an estimated value (not negative: commissioning.procurement.005).
    category : ServiceCategory or str, default "services"
        ``"goods"``, ``"services"``, ``"works"`` or ``"light_touch_services"``.
    authority : AuthorityType or str, default "sub_central"
        ``"sub_central"`` (councils) or ``"central_government"``.
    vat : VatTreatment or str, default "exclusive"
        ``"exclusive"``: the price is net, VAT is added; ``"inclusive"``: it includes VAT;
        ``"exempt"``: no VAT is charged (much social care).
    start : datetime.date or str, optional
        The day the procurement started (for a call-off, the day the framework's did): it decides
        the regime and the threshold. Without it a Contract's start is assumed, and the sentence
        says so; an estimated value alone needs it (commissioning.procurement.007).
    vat_rate : Rate, str, int, float, decimal.Decimal or fractions.Fraction, default "20%"
        Not negative (commissioning.procurement.005).
    type : ContractType or str, optional
        The threshold row to use instead of the one for ``authority`` and ``category``: for
        utilities, defence and security, or concessions.
    table : ThresholdTable, optional
        The thresholds; the bundled table by default.
    regulated_by_welsh_ministers : bool, default False
        A contract regulated by the Welsh Ministers: from 1 January 2026 it is tested against
        Schedule 1's Welsh Ministers' column (SI 2025/1200), and the sentence says so.
    
    Returns
    -------
    ProcurementAssessment
    
    Raises
    ------
    OutOfRangeError
        A start before 26 February 2015 (commissioning.procurement.004); a table with no
        threshold for the type on the day (.003).
    InvalidInputError
        An estimated value without ``start`` (commissioning.procurement.007).
    
    Examples
    --------
    Seed 004, procured in 2016: £325,484 a year for 3 + 1 + 1 years, VAT-exempt social care.
    
    >>> kent = Contract("Kent Young Carers", "Imago", "1 May 2016", "3+1+1", annual_value="£325,484")
    >>> answer = assess_procurement(kent, category="light_touch_services", vat="exempt", start="1 January 2016")
    >>> answer.regime, answer.estimated_value, answer.threshold.amount, answer.above_threshold
    (<ProcurementRegime.PCR_2015: 'pcr_2015'>, Money('£1,627,420.00'), Money('£589,148.00'), True)
    """
def assumptions_table(result: AppraisalResult) -> Table:
    """
    Every assumption an appraisal's figures rest on (an ``AppraisalResult``), numbered: the price
    basis and deflator, the period, the discounting, optimism bias, each risk's expected value added
    to the costs, and the user's own.
    """
def blend_optimism_bias(shares: collections.abc.Mapping[ProjectType | str, Rate | str | int | float | decimal.Decimal | fractions.Fraction] | collections.abc.Iterable[tuple[ProjectType | str, Rate | str | int | float | decimal.Decimal | fractions.Fraction]], measure: OptimismBiasMeasure | str, bound: OptimismBiasBound | str = 'upper') -> Rate:
    """
    The optimism bias of a project that combines types: each type's bound weighted by its share.
    
    Parameters
    ----------
    shares : mapping of ProjectType or str to Rate-like, or iterable of (type, share) pairs
        Each type's share of the capital cost (or of the duration). Shares are not negative
        (commissioning.optimism_bias.003) and sum to exactly 100% (.004).
    measure : OptimismBiasMeasure or str
    bound : OptimismBiasBound or str, default "upper"
    
    Returns
    -------
    Rate
    
    Examples
    --------
    The guidance's example: 30% non-standard and 70% standard buildings.
    
    >>> mix = {"non-standard buildings": "30%", "standard buildings": "70%"}
    >>> blend_optimism_bias(mix, "capital cost"), blend_optimism_bias(mix, "works duration")
    (Rate('0.321'), Rate('0.145'))
    """
def check_teckal(*, control_similar_to_own_departments: bool | None = None, activity_share: Rate | str | int | float | decimal.Decimal | fractions.Fraction | None = None, direct_private_capital: bool = False, private_capital_required_by_law_without_control: bool = False, regime: ProcurementRegime | str = 'pcr_2015', arrangement: TeckalArrangement | str = 'vertical', all_controlling_authorities_represented: bool = False, no_interests_contrary_to_the_controllers: bool = False, cooperation_for_common_public_service_objectives: bool = False, public_interest_only: bool = False, open_market_share: Rate | str | int | float | decimal.Decimal | fractions.Fraction | None = None) -> TeckalResult:
    """
    Is a contract between public bodies outside the rules as a public-public (Teckal) arrangement?
    
    ``arrangement`` picks the tests (PCR 2015 regulation 12; Procurement Act 2023 Schedule 2):
    
    - ``"vertical"`` (12(1)): the authority controls the company as its own departments; more
      than 80% of the company's activities are for it (exactly 80% is not more); no direct
      private capital, save non-controlling, non-blocking participation required by law.
    - ``"joint_control"`` (12(4) and (5)): the same with the authorities together, every one of
      them represented on the person's decision-making bodies, and no interests contrary to theirs.
    - ``"reverse"`` and ``"sister"`` (12(2)): the awarding body is controlled by its parent (control
      and more than 80%), and the body awarded the contract has no direct private capital.
    - ``"horizontal"`` (12(7)): co-operation for common public-service objectives, public interest
      only, and less than 20% of its activities on the open market; under the Act's paragraph 3
      "no more than 20 per cent" (20% exactly passes).
    
    Under the Procurement Act 2023 the activity test is taken as more than 80%: the figure is from
    a secondary source, and the result's ``notes`` say so.
    
    Parameters
    ----------
    control_similar_to_own_departments : bool
        Required except for ``"horizontal"`` (TypeError without it): decisive influence over
        strategy and significant decisions (jointly, for joint control; the parent's over the
        awarding body, for reverse and sister awards).
    activity_share : Rate, str, int, float, decimal.Decimal or fractions.Fraction
        Required except for ``"horizontal"``: the controlled body's share of activities for its
        controlling authorities, ``"95%"`` (between 0% and 100%: InvalidInputError,
        commissioning.procurement.006, otherwise, or when it is missing).
    direct_private_capital : bool, default False
        In the body awarded the contract.
    private_capital_required_by_law_without_control : bool, default False
        The private capital there is is non-controlling, non-blocking and required by law.
    regime : ProcurementRegime or str, default "pcr_2015"
    arrangement : TeckalArrangement or str, default "vertical"
    all_controlling_authorities_represented, no_interests_contrary_to_the_controllers : bool, default False
        Joint control's conditions (regulation 12(5)).
    cooperation_for_common_public_service_objectives, public_interest_only : bool, default False
        Horizontal co-operation's conditions (regulation 12(7)(a) and (b)).
    open_market_share : Rate, str, ..., optional
        Required for ``"horizontal"``: the share of the co-operation's activities on the open market
        (commissioning.procurement.006 outside 0% to 100%, or when it is missing).
    
    Returns
    -------
    TeckalResult
    
    Examples
    --------
    >>> check = check_teckal(control_similar_to_own_departments=True, activity_share="95%")
    >>> check.exempt, check.citation
    (True, 'Public Contracts Regulations 2015, regulation 12(1)')
    >>> check_teckal(arrangement="horizontal", cooperation_for_common_public_service_objectives=True,
    ...              public_interest_only=True, open_market_share="20%").exempt
    False
    """
def citation(ground: ModificationGround | str) -> str:
    """
    The full citation of a modification ground, as a report writes it.
    
    Parameters
    ----------
    ground : ModificationGround or str
        A member, or text ``parse_modification_ground`` reads.
    
    Returns
    -------
    str
    
    Examples
    --------
    >>> citation("72(1)(c)")
    'Public Contracts Regulations 2015, regulation 72(1)(c)'
    """
def contract_summary_table(contract: typing.Any, *, unit: MoneyUnit | str | None = None) -> Table:
    """
    A contract's term, dates, values, options and modifications.
    """
def earliest_key_decision(route: KeyDecisionRoute | str, published: datetime.date | str, *, counted: ClearDayCount | str = 'calendar_days', closed_days: collections.abc.Sequence[datetime.date | str] = []) -> KeyDecisionTiming:
    """
    The first day a key decision can be taken, by a route of SI 2012/2089 Part 3, from the day its
    notice was published.
    
    Clear days are whole days: neither the day of the notice nor the day of the decision counts
    (R v Herefordshire Justices (1820); R v Swansea City Council ex p Elitestone (1993)). So 28
    clear days from a notice of Monday 1 March 2027 are 2 to 29 March, and the decision can be
    taken from 30 March. The Regulations do not say whether weekends count: every calendar day
    counts unless ``counted="weekdays"``.
    
    Parameters
    ----------
    route : KeyDecisionRoute or str
        ``"notice"`` (regulation 9: 28 clear days), ``"general_exception"`` (regulation 10: five
        clear days after the notice to the scrutiny chair is published) or ``"special_urgency"``
        (regulation 11: none; ``published`` is the day the chair agreed).
    published : datetime.date or str
    counted : ClearDayCount or str, default "calendar_days"
    closed_days : list of datetime.date or str, default []
        With ``"weekdays"``, days that are not clear days besides weekends (bank holidays).
    
    Returns
    -------
    KeyDecisionTiming
    
    Examples
    --------
    >>> earliest_key_decision("notice", "1 March 2027").earliest
    datetime.date(2027, 3, 30)
    >>> earliest_key_decision("general_exception", "1 March 2027", counted="weekdays").earliest
    datetime.date(2027, 3, 9)
    """
def envelope_exceedance_table(result: SimulationResult, caption: str) -> Table:
    """
    Option | the probability that its cash costs exceed the simulation's envelope, a column a year.
    """
def envelope_position_table(position: EnvelopePosition, *, unit: MoneyUnit | str | None = None) -> Table:
    """
    An envelope against its commitments (an ``EnvelopePosition``): Financial year | Available |
    Committed | Headroom | Cumulative headroom, with totals, and each breach as a note: its lines
    named when there are at most 10, else their count, total, the 5 largest and the rest.
    """
def fin_excel_npv(rate: typing.SupportsFloat | typing.SupportsIndex, values: typing.Annotated[numpy.typing.ArrayLike, numpy.float64]) -> float:
    """
    Excel's NPV: every value discounted, the first by one period.
    """
def fin_fv(rate: typing.Annotated[numpy.typing.ArrayLike, numpy.float64], nper: typing.Annotated[numpy.typing.ArrayLike, numpy.float64], pmt: typing.Annotated[numpy.typing.ArrayLike, numpy.float64], pv: typing.Annotated[numpy.typing.ArrayLike, numpy.float64], when: typing.Annotated[numpy.typing.ArrayLike, numpy.float64]) -> typing.Any:
    """
    Future value, element by element over broadcast arrays.
    """
def fin_ipmt(rate: typing.Annotated[numpy.typing.ArrayLike, numpy.float64], per: typing.Annotated[numpy.typing.ArrayLike, numpy.float64], nper: typing.Annotated[numpy.typing.ArrayLike, numpy.float64], pv: typing.Annotated[numpy.typing.ArrayLike, numpy.float64], fv: typing.Annotated[numpy.typing.ArrayLike, numpy.float64], when: typing.Annotated[numpy.typing.ArrayLike, numpy.float64]) -> typing.Any:
    """
    Interest part of payment `per`, element by element over broadcast arrays.
    """
def fin_irr(values: typing.Annotated[numpy.typing.ArrayLike, numpy.float64]) -> numpy.typing.NDArray[numpy.float64]:
    """
    irr of each row of `values`.
    """
def fin_mirr(values: typing.Annotated[numpy.typing.ArrayLike, numpy.float64], finance_rate: typing.Annotated[numpy.typing.ArrayLike, numpy.float64], reinvest_rate: typing.Annotated[numpy.typing.ArrayLike, numpy.float64]) -> numpy.typing.NDArray[numpy.float64]:
    """
    mirr of each row of `values` at each (finance_rate, reinvest_rate) pair: shape (rows, rates).
    """
def fin_nper(rate: typing.Annotated[numpy.typing.ArrayLike, numpy.float64], pmt: typing.Annotated[numpy.typing.ArrayLike, numpy.float64], pv: typing.Annotated[numpy.typing.ArrayLike, numpy.float64], fv: typing.Annotated[numpy.typing.ArrayLike, numpy.float64], when: typing.Annotated[numpy.typing.ArrayLike, numpy.float64]) -> typing.Any:
    """
    Number of periods, element by element over broadcast arrays.
    """
def fin_npv(rates: typing.Annotated[numpy.typing.ArrayLike, numpy.float64], values: typing.Annotated[numpy.typing.ArrayLike, numpy.float64]) -> numpy.typing.NDArray[numpy.float64]:
    """
    npv of each row of `values` at each rate: shape (rates, rows).
    """
@typing.overload
def fin_payment_timing(when: str) -> int:
    """
    A payment timing as numpy-financial's number: 0 for 'end' ('e', 'finish'), 1 for 'begin' ('b', 'beginning', 'start'); financial.004 otherwise.
    """
@typing.overload
def fin_payment_timing(when: typing.SupportsFloat | typing.SupportsIndex) -> int:
    """
    0 or 1 as given; financial.004 for any other number.
    """
def fin_pmt(rate: typing.Annotated[numpy.typing.ArrayLike, numpy.float64], nper: typing.Annotated[numpy.typing.ArrayLike, numpy.float64], pv: typing.Annotated[numpy.typing.ArrayLike, numpy.float64], fv: typing.Annotated[numpy.typing.ArrayLike, numpy.float64], when: typing.Annotated[numpy.typing.ArrayLike, numpy.float64]) -> typing.Any:
    """
    Payment per period, element by element over broadcast arrays.
    """
def fin_ppmt(rate: typing.Annotated[numpy.typing.ArrayLike, numpy.float64], per: typing.Annotated[numpy.typing.ArrayLike, numpy.float64], nper: typing.Annotated[numpy.typing.ArrayLike, numpy.float64], pv: typing.Annotated[numpy.typing.ArrayLike, numpy.float64], fv: typing.Annotated[numpy.typing.ArrayLike, numpy.float64], when: typing.Annotated[numpy.typing.ArrayLike, numpy.float64]) -> typing.Any:
    """
    Principal part of payment `per`, element by element over broadcast arrays.
    """
def fin_pv(rate: typing.Annotated[numpy.typing.ArrayLike, numpy.float64], nper: typing.Annotated[numpy.typing.ArrayLike, numpy.float64], pmt: typing.Annotated[numpy.typing.ArrayLike, numpy.float64], fv: typing.Annotated[numpy.typing.ArrayLike, numpy.float64], when: typing.Annotated[numpy.typing.ArrayLike, numpy.float64]) -> typing.Any:
    """
    Present value, element by element over broadcast arrays.
    """
def fin_rate(nper: typing.Annotated[numpy.typing.ArrayLike, numpy.float64], pmt: typing.Annotated[numpy.typing.ArrayLike, numpy.float64], pv: typing.Annotated[numpy.typing.ArrayLike, numpy.float64], fv: typing.Annotated[numpy.typing.ArrayLike, numpy.float64], when: typing.Annotated[numpy.typing.ArrayLike, numpy.float64], guess: typing.SupportsFloat | typing.SupportsIndex, tol: typing.SupportsFloat | typing.SupportsIndex, maxiter: typing.SupportsInt | typing.SupportsIndex) -> numpy.typing.NDArray[numpy.float64]:
    """
    Rates of equal-sized flat arrays by Newton's method in lock step (NaN where not converged).
    """
def fin_xirr(values: typing.Any, dates: collections.abc.Sequence[datetime.date | str], guess: typing.SupportsFloat | typing.SupportsIndex) -> typing.Any:
    """
    Excel's XIRR of one series (1-D values) or of each row (2-D), all on `dates`: the rate at which XNPV is zero (NaN if there is none or Newton's method fails).
    """
def fin_xnpv(rate: typing.SupportsFloat | typing.SupportsIndex, values: typing.Annotated[numpy.typing.ArrayLike, numpy.float64], dates: collections.abc.Sequence[datetime.date | str]) -> float:
    """
    Excel's XNPV: actual/365 from the first date.
    """
def financial_implications_paragraph(contract: Contract | typing.Sequence[Contract], funded_from: str, *, lots: bool = False, unit: MoneyUnit | str | None = None) -> str:
    """
    Seed 000's paragraph: "This service will be funded from within <funded_from>. The funding
    available is £325,500 per annum. This equates to £1,627,500 over the term of the proposed
    contract and extensions (three years plus one plus one)."
    
    ``contract`` may be a list of Contracts, or with ``lots=True`` the lots of one procurement:
    their figures are summed and each named (``funding_sentence``).
    """
def financial_year_table(profile: FinancialYearProfile, caption: str, *, unit: MoneyUnit | str | None = None) -> Table:
    """
    Financial year | Amount, with the total; a contract's profile notes the term it covers (``basis``).
    """
def financial_years(first: FinancialYear, last: FinancialYear) -> list[FinancialYear]:
    """
    Every financial year from ``first`` to ``last``, both included.
    
    Parameters
    ----------
    first, last : FinancialYear
        With the same start month; ``last`` not before ``first``
        (InvalidInputError, commissioning.financial_year.005).
    
    Returns
    -------
    list of FinancialYear
    """
def find_switching_value(appraisal: Appraisal, input: AppraisalInput, option: str | None = None, rival: str | None = None) -> SwitchingValue:
    """
    How far an input of an appraisal must move before two options are equally good.
    
    The switching value of an input (Green Book 2022 5.61): the multiplier of ``input`` at which
    ``option`` and ``rival`` have equal net present social value, the nearest to 1 when there are
    several; searched from 0 to 1,024 times the estimate.
    
    Parameters
    ----------
    appraisal : Appraisal
    input : AppraisalInput
    option, rival : str, optional
        Give both, or neither: then the preferred option against the viable rival it is nearest
        to switching with (DomainError, commissioning.sensitivity.004, when no option is viable).
    
    Returns
    -------
    SwitchingValue
        ``multiplier`` None when no multiplier in range makes the two equal.
    
    Raises
    ------
    InvalidInputError
        The same option twice (commissioning.sensitivity.003); an option the appraisal does not
        have (commissioning.appraisal.004).
    TypeError
        Only one of ``option`` and ``rival``.
    """
def funding_sentence(contract: Contract | typing.Sequence[Contract], *, lots: bool = False, unit: MoneyUnit | str | None = None) -> str:
    """
    The funding sentence of a report's financial implications, as councils word it.
    
    The total is the maximum value: the base term and every extension option. An indexed contract
    is stated by its first year and its uplift, since no one figure is available every year.
    Several contracts, or the lots of one procurement, are summed and each named, so the sentence
    reconciles to the penny with their own tables.
    
    Parameters
    ----------
    contract : Contract or list of Contract
        One contract, or several (at least one: commissioning.report.006).
    lots : bool, default False
        The contracts are the lots of one procurement: "across three lots (...)".
    unit : MoneyUnit or str, optional
        The report's money unit ("thousands": "£326k per annum"); by default whole pounds, or
        pounds and pence for a figure with pence.
    
    Returns
    -------
    str
    
    Examples
    --------
    Seed 000: "The funding available is £325,500 per annum. This equates to £1,627,500 over
    the term of the proposed contract and extensions (three years plus one plus one)."
    """
def is_key_decision(rule: KeyDecisionRule, value: Money | str | int | float | decimal.Decimal, *, capital: bool = False, budget_head: Money | str | int | float | decimal.Decimal | None = None, wards_affected: int = 0) -> KeyDecisionResult:
    """
    Is a decision key under an authority's rule?
    
    A decision is key when its expenditure or saving is more than the rule's threshold (exactly
    the threshold is not more than it), or, where the rule has the wards test, when it is
    significant for communities in two or more wards or electoral divisions.
    
    Parameters
    ----------
    rule : KeyDecisionRule
    value : Money, str, int, float or decimal.Decimal
        The whole-life expenditure, or the saving, as a positive amount
        (InvalidInputError, commissioning.key_decision.001, if negative).
    capital : bool, default False
        A capital decision: the rule's capital amount applies, if it has one.
    budget_head : Money, str, int, float or decimal.Decimal, optional
        The service's budget, for a rule with a share of it (InvalidInputError,
        commissioning.key_decision.002, if such a rule is not given one).
    wards_affected : int, default 0
        Wards or electoral divisions significantly affected.
    
    Returns
    -------
    KeyDecisionResult
    
    Examples
    --------
    Seed 000: £325,500 a year over three years plus one plus one, under Kent's rule.
    
    >>> kent = KeyDecisionRule.fixed("Kent County Council", "£1,000,000")
    >>> is_key_decision(kent, "£1,627,500").sentence
    "This is a key decision under Kent County Council's rule: Expenditure or savings of more than £1m."
    """
def load_scenario(path: typing.Any) -> Scenario:
    """
    Read a scenario file (a str or os.PathLike).
    """
def medium_term_view(envelope: Envelope, base_cost: Money | str | int | float | decimal.Decimal, inflation: Rate | str | int | float | decimal.Decimal | fractions.Fraction, savings_by_year: collections.abc.Mapping[FinancialYear | str | int, Money | str | int | float | decimal.Decimal] | collections.abc.Iterable[tuple[FinancialYear | str | int, Money | str | int | float | decimal.Decimal]] | None = None, *, rounding: Rounding | str = ...) -> MediumTermView:
    """
    A medium-term view: for each year of the envelope, the budget, the cost at that year's prices,
    the savings planned, and the gap (cost − savings − budget).
    
    Parameters
    ----------
    envelope : Envelope
    base_cost : Money, str, int, float or decimal.Decimal
        The cost in the envelope's first year.
    inflation : Rate, str, int, float, decimal.Decimal or fractions.Fraction
        The rise in cost each year (``"3%"``); each year is rounded to the penny before the next.
    savings_by_year : mapping or iterable of (year, amount) pairs, optional
        The savings planned, by year: ``{"2023-24": "£50,000"}``.
    rounding : Rounding or str, default "half_away_from_zero"
    
    Returns
    -------
    MediumTermView
    
    Raises
    ------
    InvalidInputError
        Savings for a year outside the envelope, or for a year given twice
        (commissioning.envelope.004); a FinancialYear that starts in another month than the
        envelope's (commissioning.financial_year.004).
    
    Examples
    --------
    >>> budget = Envelope.flat("Early help", "£1,924,295.28", 2021, 2024)
    >>> view = medium_term_view(budget, "£1,924,295.28", "3%", {"2023-24": "£50,000"})
    >>> view[1].cost, view[1].gap
    (Money('£1,982,024.14'), Money('£57,728.86'))
    """
def mitigate_optimism_bias(upper_bound: Rate | str | int | float | decimal.Decimal | fractions.Fraction, reduction: Rate | str | int | float | decimal.Decimal | fractions.Fraction) -> Rate:
    """
    The optimism bias once contributory factors are managed: (1 - reduction) x upper bound.
    
    Parameters
    ----------
    upper_bound : Rate, str, int, float, decimal.Decimal or fractions.Fraction
        Not negative (commissioning.optimism_bias.006).
    reduction : Rate, str, int, float, decimal.Decimal or fractions.Fraction
        The share of the contributory factors mitigated, 0% to 100% (commissioning.optimism_bias.005).
    
    Returns
    -------
    Rate
    
    Examples
    --------
    The guidance's example: 92% of the factors mitigated leaves 8% of 51%, "about 4%".
    
    >>> mitigate_optimism_bias("51%", "92%")
    Rate('0.0408')
    """
def modification_table(assessment: ModificationAssessment, subject: str = '', *, unit: MoneyUnit | str | None = None) -> Table:
    """
    A modification tested against its regime's rules (a ``ModificationAssessment``): ground, value,
    share of the original value, cumulative share, months added, verdict and citation; the reasons
    and the sentence as notes. Headed "<subject>: modification <n> (<ground>)" when the contract is
    given.
    """
def one_way_sensitivity(appraisal: Appraisal, inputs: collections.abc.Iterable[AppraisalInput], change: Rate | str | int | float | decimal.Decimal | fractions.Fraction = '10%', option: str | None = None, metric: SensitivityMetric | str = 'net_present_cost', rival: str | None = None) -> SensitivityAnalysis:
    """
    Move each input of an appraisal on its own and watch how one option's figure moves.
    
    One-way sensitivity (Green Book 2022 5.59): each input moved down and up by ``change`` on its
    own, the appraisal re-run exactly each time, and ``metric`` of ``option`` watched.
    
    Parameters
    ----------
    appraisal : Appraisal
    inputs : iterable of AppraisalInput
    change : Rate, str, int, float, decimal.Decimal or fractions.Fraction, default "10%"
        Above 0% and at most 100% (InvalidInputError, commissioning.sensitivity.002): each
        input × (1 − change) and × (1 + change).
    option : str, optional
        Whose metric is watched: by default the preferred option, or the baseline when no
        option is viable.
    metric : SensitivityMetric or str, default "net_present_cost"
        ``"net_present_cost"``, ``"net_present_social_value"`` or
        ``"net_present_social_value_gap"`` (``"gap"``): the option's net present social value
        less the rival's, which every option's inputs move (the switching question).
    rival : str, optional
        The gap only (InvalidInputError, commissioning.sensitivity.006, with another metric):
        whom the lead is over; by default the viable option nearest to ``option``
        (DomainError, commissioning.sensitivity.005, when there is none).
    
    Returns
    -------
    SensitivityAnalysis
        The rows largest swing first (tornado order).
    
    Examples
    --------
    >>> gap = cm.one_way_sensitivity(appraisal, inputs, metric="gap")  # doctest: +SKIP
    >>> gap.figure  # doctest: +SKIP
    'the lead of Deliver in-house over Commission via competitive procurement in net present social value'
    """
def optimism_bias(type: ProjectType | str, measure: OptimismBiasMeasure | str, bound: OptimismBiasBound | str = 'upper') -> Rate:
    """
    The Green Book supplementary guidance's optimism bias for a project type: a percentage uplift.
    
    HM Treasury, "Green Book supplementary guidance: optimism bias", Table 1 (from Mott MacDonald's
    2002 review). The values are indicative starting values: the upper bound at the outset, the
    lower once the contributory factors are managed. For outsourcing the table gives operating
    cost only; the other types have works duration and capital cost.
    
    Parameters
    ----------
    type : ProjectType or str
        ``"non-standard buildings"``, ``"standard buildings"``, ``"non-standard civil
        engineering"``, ``"standard civil engineering"``, ``"equipment/development"`` or
        ``"outsourcing"`` (InvalidInputError, commissioning.optimism_bias.001, otherwise).
    measure : OptimismBiasMeasure or str
        ``"works duration"``, ``"capital cost"`` or ``"operating cost"``.
    bound : OptimismBiasBound or str, default "upper"
    
    Returns
    -------
    Rate
    
    Raises
    ------
    DomainError
        The table gives no value for the cell (commissioning.optimism_bias.002): outsourcing's
        works duration or capital cost, another type's operating cost. Never taken as zero.
    
    Examples
    --------
    >>> optimism_bias("non-standard buildings", "capital cost")
    Rate('0.51')
    >>> optimism_bias(ProjectType.OUTSOURCING, "opex", "lower")
    Rate('0')
    """
def options_table(appraisal: Appraisal, result: AppraisalResult, *, unit: MoneyUnit | str | None = None) -> Table:
    """
    The cabinet report's options table: Option | Advantages | Disadvantages | Risks | whole-life
    cost | present value of costs | equivalent annual cost | statutory duties | rank, with the
    reasons as notes; the Advantages, Disadvantages and Risks columns each only when an option
    names one.
    """
def parse_date(text: str) -> datetime.date:
    """
    Read a date as councils write it.
    
    Parameters
    ----------
    text : str
        ISO 8601 (``"2016-05-01"``), words (``"1 May 2016"``, ``"1st Sept 2016"``) or UK
        numeric order, day first (``"01/05/2016"``).
    
    Returns
    -------
    datetime.date
    
    Raises
    ------
    InvalidInputError
        Unreadable text (commissioning.date.001) or a day not in the calendar, such as
        "2021-02-29" or "31/04/2020" (commissioning.date.002).
    OutOfRangeError
        A year outside 1000-9999 (commissioning.date.003).
    """
def parse_modification_ground(text: str) -> ModificationGround:
    """
    Read a modification ground as reports write it.
    
    Parameters
    ----------
    text : str
        The code, with or without "PCR 2015", "reg", "regulation" or "section" in front:
        ``"72(1)(c)"``, ``"reg 72(1)(c)"``, ``"section 72 (1) c"`` (seed 004), ``"s74(1)(a)"``,
        ``"sch8 para4"``, ``"sch8 para5"``, ``"sch8 para9"``, ``"sch8 additional"``, ``"other"``;
        or a member's name, ``"PCR_72_1_C"``.
    
    Returns
    -------
    ModificationGround
    
    Raises
    ------
    InvalidInputError
        An unknown ground (commissioning.contract.012).
    
    Examples
    --------
    >>> parse_modification_ground("section 72 (1) c")
    <ModificationGround.PCR_72_1_C: '72(1)(c)'>
    """
def portfolio_table(portfolio: Portfolio, caption: str, *, unit: MoneyUnit | str | None = None) -> Table:
    """
    Seed 002's table: Contract name | Provider | Costings, services lettered, subtotals and the total.
    """
def present_value(schedule: DiscountSchedule, amounts: collections.abc.Iterable[Money | str | int | float | decimal.Decimal], *, rounding: Rounding | str = ...) -> Money:
    """
    The present value of amounts by year from the base year, rounded once to the penny.
    
    Parameters
    ----------
    schedule : DiscountSchedule
    amounts : iterable of Money, str, int, float or decimal.Decimal
        ``amounts[t]`` falls in year t; ``amounts[0]`` (the base year) is not discounted.
    rounding : Rounding or str, default "half_away_from_zero"
    
    Returns
    -------
    Money
    
    Examples
    --------
    £325,500 a year for five years, from the base year and from the year after it:
    
    >>> s = DiscountSchedule.green_book_2022()
    >>> present_value(s, ["£325,500"] * 5), present_value(s, [0] + ["£325,500"] * 5)
    (Money('£1,521,087.28'), Money('£1,469,649.55'))
    """
def procurement_table(assessment: ProcurementAssessment, subject: str = '', *, unit: MoneyUnit | str | None = None) -> Table:
    """
    Regime, contract type, value, threshold, consequence and citation of a procurement; headed '<subject>: procurement' when the contract or procurement judged is given.
    """
def proposal_table(result: ProposalResult, caption: str, *, unit: MoneyUnit | str | None = None) -> Table:
    """
    The portfolio before a proposal, with the total and the revised total.
    """
def reconcile(first: Statement, second: Statement) -> Reconciliation:
    """
    Compare two statements of the same scope.
    
    Parameters
    ----------
    first, second : Statement
    
    Returns
    -------
    Reconciliation
        The totals and their difference (second − first) always; line by line (matched by
        label) when both statements have lines.
    
    Examples
    --------
    Seed 003 states "Total for services in scope: £2,910,878"; seed 002 states £2,924,295.28.
    
    >>> early_help = Portfolio().add("Young Carers", "Imago", "£325,484.88").add(
    ...     "NEET", "CXK Ltd", "£498,410.40").add("Family Support", "Porchlight", "£2,100,400.00")
    >>> reconcile(Statement("seed 003", total="£2,910,878"), Statement.of(early_help, "seed 002")).difference
    Money('£13,417.28')
    """
def regime_on(start: datetime.date | str) -> ProcurementRegime:
    """
    The regime for a procurement starting on a day.
    
    Parameters
    ----------
    start : datetime.date or str
    
    Returns
    -------
    ProcurementRegime
        ``"pcr_2015"`` from 26 February 2015; ``"procurement_act_2023"`` from 24 February 2025.
    
    Raises
    ------
    OutOfRangeError
        A day before the Public Contracts Regulations 2015 came into force
        (commissioning.procurement.004).
    """
def report_figure(amount: Money | str | int | float | decimal.Decimal) -> str:
    """
    A figure as a report prints it: whole pounds when there are no pence (``"£1,627,500"``),
    pounds and pence otherwise (``"£325,484.88"``).
    
    Parameters
    ----------
    amount : Money, str, int, float or decimal.Decimal
    
    Returns
    -------
    str
    """
def run_command_line(args: collections.abc.Sequence[str]) -> int:
    """
    Run the ``commissioning`` command line on ``args`` (the arguments after the program's name, e.g.
    ``["appraise", "kent.toml", "--format", "md"]``) and return its exit code: 0 success, 1 invalid
    input, 2 a usage error. It writes to the process's standard output and error (file descriptors
    1 and 2, not ``sys.stdout``), as the installed ``commissioning`` command does.
    """
def sensitivity_table(analysis: SensitivityAnalysis, *, unit: MoneyUnit | str | None = None) -> Table:
    """
    Input | at −x% | at +x% | swing | whether the preferred option changes.
    """
def sensitivity_to_rivals(appraisal: Appraisal, inputs: collections.abc.Iterable[AppraisalInput], change: Rate | str | int | float | decimal.Decimal | fractions.Fraction = '10%', option: str | None = None) -> list[SensitivityAnalysis]:
    """
    The switching question for each rival: one gap analysis per viable rival.
    
    For each viable option other than ``option``, the nearest first (by rank), a one-way
    sensitivity of ``option``'s lead over it in net present social value (metric
    ``"net_present_social_value_gap"``). One analysis per rival, so that each table and tornado
    chart swings around one base figure.
    
    Parameters
    ----------
    appraisal : Appraisal
    inputs : iterable of AppraisalInput
    change : Rate, str, int, float, decimal.Decimal or fractions.Fraction, default "10%"
    option : str, optional
        By default the preferred option.
    
    Returns
    -------
    list of SensitivityAnalysis
    
    Raises
    ------
    DomainError
        No viable option other than ``option`` (commissioning.sensitivity.005).
    """
def simulate(appraisal: Appraisal, *, inputs: collections.abc.Sequence[UncertainInput] = [], risks: RiskRegister | None = None, iterations: typing.SupportsInt | typing.SupportsIndex = 10000, seed: typing.SupportsInt | typing.SupportsIndex = 1, threads: typing.SupportsInt | typing.SupportsIndex = 1, correlation: typing.Annotated[numpy.typing.ArrayLike, numpy.float64, "[m, n]"] | None = None, keep_samples: bool = True, histogram_bins: typing.SupportsInt | typing.SupportsIndex = 50, envelope: Envelope | None = None) -> SimulationResult:
    """
    Monte Carlo simulation of an appraisal (also ``Appraisal.simulate``).
    
    The same seed gives the same numbers whatever the number of threads. With every input fixed
    at 1 the mean PVC and NPSV are the exact appraisal's, to the penny. Statistics are Money
    (rounded to the penny half away from zero); samples are NumPy arrays in pounds.
    """
def simulate_blocks(appraisal: Appraisal, first_block: typing.SupportsInt | typing.SupportsIndex, last_block: typing.SupportsInt | typing.SupportsIndex, *, inputs: collections.abc.Sequence[UncertainInput] = [], risks: RiskRegister | None = None, iterations: typing.SupportsInt | typing.SupportsIndex = 10000, seed: typing.SupportsInt | typing.SupportsIndex = 1, threads: typing.SupportsInt | typing.SupportsIndex = 1, correlation: typing.Annotated[numpy.typing.ArrayLike, numpy.float64, "[m, n]"] | None = None, keep_samples: bool = True, histogram_bins: typing.SupportsInt | typing.SupportsIndex = 50, envelope: Envelope | None = None) -> SimulationPartial:
    """
    Blocks ``first_block`` to ``last_block``
    (exclusive) of the simulation ``simulate(appraisal, **settings)`` runs, as a SimulationPartial.
    
    Blocks are SIMULATION_BLOCK_SIZE iterations each, with their own random-number stream, so
    ``simulate_blocks(a, 0, k, ...).merge(simulate_blocks(a, k, n, ...)).result()`` equals
    ``simulate(a, ...)`` bit for bit. commissioning.simulation.005 for an empty range or one outside
    0 to ``simulation_blocks(iterations)``.
    """
def simulation_blocks(iterations: typing.SupportsInt | typing.SupportsIndex) -> int:
    """
    The number of blocks (random-number streams of SIMULATION_BLOCK_SIZE iterations) of a simulation.
    """
def simulation_inputs_table(appraisal: Appraisal, inputs: collections.abc.Sequence[UncertainInput], correlation: typing.Annotated[numpy.typing.ArrayLike, numpy.float64, "[m, n]"] | None = None, *, unit: MoneyUnit | str | None = None) -> Table:
    """
    The distributions and correlations a simulation used: Input | Distribution | Correlated with.
    
    A multiplier's parameters are put in what they stand for in ``appraisal``: the cash of the
    lines the input moves over the period ("triangular: £90,000 / £100,000 / £130,000"), year 1's
    discount rate ("uniform: 3.15% to 3.85%"), or months of delay.
    
    Parameters
    ----------
    appraisal : Appraisal
        The appraisal simulated.
    inputs : list of UncertainInput
    correlation : array-like, optional
        The correlation matrix of ``inputs`` (InvalidInputError, commissioning.correlation.*, when
        it is not one).
    unit : MoneyUnit or str, optional
        The report's money unit; whole pounds by default.
    """
def simulation_table(result: SimulationResult, inputs: collections.abc.Sequence[UncertainInput] | None = None, correlation: typing.Annotated[numpy.typing.ArrayLike, numpy.float64, "[m, n]"] | None = None, *, unit: MoneyUnit | str | None = None) -> Table:
    """
    A simulation's summary: Option | mean, P50, P80 and P90 of the present value of costs |
    probability of being cheapest and preferred (viable options only); the inputs and risks as notes.
    
    Parameters
    ----------
    result : SimulationResult
    inputs : list of UncertainInput, optional
        The inputs the simulation drew, in order: each input's note then names its distribution
        ("triangular(0.9, 1, 1.3) times its estimate") and what it is correlated with.
    correlation : array-like, optional
        The correlation matrix the simulation used.
    unit : MoneyUnit or str, optional
        The report's money unit (docs/report-output.md); pounds as each table usually shows them
        by default.
    """
def spend_to_date_sentence(contract: typing.Any, who: str, what: str, to: datetime.date | str | None = None, *, unit: MoneyUnit | str | None = None) -> str:
    """
    Seed 004's sentence: "From 1 May 2016 to 30 April 2022 Kent County Council have spent
    £1,952,904 on the delivery of the young carers service." (to: the current end by default).
    """
def split(total: Money | str | int | float | decimal.Decimal, parts: int) -> list[Money]:
    """
    Split money into equal parts that sum exactly to it; the first parts take any odd pence.
    
    Parameters
    ----------
    total : Money, str, int, float or decimal.Decimal
        Anything ``Money()`` accepts.
    parts : int
        1 to 1,000,000 (commissioning.allocation.001 for fewer, .004 for more).
    
    Returns
    -------
    list of Money
    
    Examples
    --------
    >>> split(Money.from_pence(100), 3)
    [Money('£0.34'), Money('£0.33'), Money('£0.33')]
    """
def split_vat(amount: Money | str | int | float | decimal.Decimal, terms: VatTerms) -> VatSplit:
    """
    An amount split by its VAT terms, to the penny: net + vat == gross.
    
    From a VAT-inclusive amount the VAT is ``amount × rate ÷ (1 + rate)`` rounded to the penny and
    the net is the rest, so no penny is created or lost.
    
    Parameters
    ----------
    amount : Money, str, int, float or decimal.Decimal
    terms : VatTerms
    
    Returns
    -------
    VatSplit
        ``net``, ``vat``, ``gross`` (what a procurement threshold compares) and ``appraised``
        (what the appraisal counts: net if recoverable, gross otherwise).
    
    Examples
    --------
    >>> split_vat("£100,000", VatTerms("irrecoverable"))
    VatSplit(net=Money('£100,000.00'), vat=Money('£20,000.00'), gross=Money('£120,000.00'), appraised=Money('£120,000.00'))
    """
def switching_values_table(values: collections.abc.Sequence[SwitchingValue]) -> Table:
    """
    Input | options compared | change needed | finding.
    """
def to_html_document(title: str, tables: collections.abc.Sequence[Table], paragraphs: collections.abc.Sequence[str] = [], stylesheet: str = '') -> str:
    """
    A whole HTML page: a heading, the tables, then the paragraphs (e.g. "Financial implications"),
    every text escaped, with a plain council stylesheet unless one is given.
    """
def to_long_string(day: datetime.date | str) -> str:
    """
    The date as reports write it: ``"1 May 2016"``.
    
    Parameters
    ----------
    day : datetime.date or str
    
    Returns
    -------
    str
    """
SIMULATION_BLOCK_SIZE: int = 8192
__version__: str = '0.1.0'
