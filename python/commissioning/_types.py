"""Small values returned by the compiled core: named tuples, and the contract layer's enums.

The enums here are *text enums*: each member is also the text it stands for, so
``OptionStatus.EXERCISED == "exercised"`` and ``str(ModificationGround.PCR_72_1_C)`` is
``"72(1)(c)"``. Wherever the package takes one, the text is accepted too.
"""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:
    from ._core import FinancialYear, Money, Period, Rate

__all__ = [
    "FinancialYearPart",
    "MonthsAndDays",
    "OptionStatus",
    "ContractPhase",
    "ContractScope",
    "ModificationGround",
    "ContractState",
    "ExtensionOption",
    "Modification",
    "ModificationValue",
    "ContractYear",
    "ContractYears",
    "FinancialYearAmount",
]


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


# ---------------------------------------------------------------- text enums


class _TextEnum(str, enum.Enum):
    """An enum whose members are their text (``enum.StrEnum``, which Python 3.10 lacks)."""

    def __str__(self) -> str:
        return str.__str__(self)

    def __format__(self, spec: str) -> str:
        return format(str.__str__(self), spec)


class OptionStatus(_TextEnum):
    """Where an extension option stands; each member equals its text (``"exercised"``)."""

    PENDING = "pending"
    EXERCISED = "exercised"
    DECLINED = "declined"


class ContractPhase(_TextEnum):
    """The part of a contract's life a date falls in; each member equals its text."""

    NOT_STARTED = "not started"
    BASE_TERM = "base term"
    EXTENSION = "extension"
    MODIFICATION = "modification"
    ENDED = "ended"


class ContractScope(_TextEnum):
    """Which length of a contract a value, an end date or a profile covers.

    Members
    -------
    CURRENT
        "current": the base term, exercised options and modifications (the default).
    BASE
        "base": the base term only, as awarded.
    MAXIMUM
        "maximum": the base term and every option, as awarded (the estimated value).
    """

    CURRENT = "current"
    BASE = "base"
    MAXIMUM = "maximum"


class ModificationGround(_TextEnum):
    """The legal ground for modifying a contract; each member equals its short code.

    ``cm.citation(ground)`` gives the citation a report writes; ``cm.parse_modification_ground``
    reads the forms reports use ("reg 72(1)(c)", "section 72 (1) c").
    """

    PCR_72_1_A = "72(1)(a)"
    """PCR 2015 reg 72(1)(a): clear, precise and unequivocal review clauses."""
    PCR_72_1_B = "72(1)(b)"
    """PCR 2015 reg 72(1)(b): additional works, services or supplies (50% cap)."""
    PCR_72_1_C = "72(1)(c)"
    """PCR 2015 reg 72(1)(c): unforeseeable circumstances (50% cap)."""
    PCR_72_1_D = "72(1)(d)"
    """PCR 2015 reg 72(1)(d): a new contractor (review clause or succession)."""
    PCR_72_1_E = "72(1)(e)"
    """PCR 2015 reg 72(1)(e): not substantial (reg 72(8) tests)."""
    PCR_72_1_F = "72(1)(f)"
    """PCR 2015 reg 72(1)(f): de minimis (reg 72(5))."""
    PA2023_PERMITTED = "s74(1)(a)"
    """Procurement Act 2023 s74(1)(a): a Schedule 8 permitted modification."""
    PA2023_KNOWN_RISK = "sch8 para5"
    """Procurement Act 2023 Schedule 8 para 5: materialisation of a known risk."""
    PA2023_NOT_SUBSTANTIAL = "s74(1)(b)"
    """Procurement Act 2023 s74(1)(b): not a substantial modification."""
    PA2023_BELOW_THRESHOLD = "s74(1)(c)"
    """Procurement Act 2023 s74(1)(c): a below-threshold modification."""
    OTHER = "other"
    """Another ground, named in the description."""


class ContractState(str):
    """A phase of a contract and, for an extension or a modification, which one.

    It is the text a report writes, ``"extension 2"``, with the parts as attributes::

        >>> state = ContractState("extension 2")
        >>> state == "extension 2", state.phase, state.number
        (True, <ContractPhase.EXTENSION: 'extension'>, 2)

    Attributes
    ----------
    phase : ContractPhase
    number : int
        Which extension or modification, from 1; 0 for the other phases.
    """

    __slots__ = ()

    def __new__(cls, text: str) -> ContractState:
        phase, _, number = str(text).rpartition(" ")
        if phase and number.isdigit() and phase in ("extension", "modification") and int(number) > 0:
            return super().__new__(cls, f"{phase} {int(number)}")
        try:
            ContractPhase(text)
        except ValueError:
            raise ValueError(
                f"{text!r} is not a contract state; expected 'not started', 'base term', "
                "'extension <n>', 'modification <n>' or 'ended'"
            ) from None
        if text in ("extension", "modification"):
            raise ValueError(f"{text!r} needs its number: '{text} 1'")
        return super().__new__(cls, text)

    @property
    def phase(self) -> ContractPhase:
        """The phase: not started, base term, extension, modification or ended."""
        phase, _, number = self.rpartition(" ")
        return ContractPhase(phase if number.isdigit() else str.__str__(self))

    @property
    def number(self) -> int:
        """Which extension or modification, counted from 1; 0 for the other phases."""
        _, _, number = self.rpartition(" ")
        return int(number) if number.isdigit() else 0

    def __repr__(self) -> str:
        return f"ContractState({str.__str__(self)!r})"


# ---------------------------------------------------------------- contract records


class ExtensionOption(NamedTuple):
    """One extension option of a contract's term.

    Attributes
    ----------
    months : int
        Its length.
    status : OptionStatus
        Pending, exercised or declined (equal to that text).
    """

    months: int
    status: OptionStatus


class Modification(NamedTuple):
    """A change to a contract during its term: more months, a new annual value, or both.

    Attributes
    ----------
    ground : ModificationGround
        The legal ground relied on.
    months : int
        Months added after the end of the term (0 for a change of value only).
    annual_change : Money
        The change to the annual value (may be negative).
    from_month : int
        Months after the contract start at which ``annual_change`` takes effect.
    description : str
    """

    ground: ModificationGround
    months: int
    annual_change: Money
    from_month: int
    description: str


class ModificationValue(NamedTuple):
    """What a modification is worth, against the contract's original (maximum) value.

    Attributes
    ----------
    value : Money
        The change in the contract's current value it causes.
    share : Rate
        ``value`` over the original value: the base term and every option, as awarded.
    cumulative : Money
        This and every earlier modification.
    cumulative_share : Rate
        ``cumulative`` over the original value.
    """

    value: Money
    share: Rate
    cumulative: Money
    cumulative_share: Rate


class ContractYear(NamedTuple):
    """One contract year's money.

    Attributes
    ----------
    number : int
        1 for the first year.
    period : Period
        Its inclusive dates (a final part year may be shorter).
    phase : ContractState
        The phase the year starts in ("base term", "extension 1", ...).
    value : Money
    """

    number: int
    period: Period
    phase: ContractState
    value: Money


class FinancialYearAmount(NamedTuple):
    """One financial year's money in a profile.

    Attributes
    ----------
    year : FinancialYear
    amount : Money
    """

    year: FinancialYear
    amount: Money


class ContractYears(list["ContractYear"]):
    """A contract's years, in order: a list of ContractYear with a total and a table.

    ``to_pandas()`` gives a DataFrame, and Jupyter shows the years as a table.
    """

    __slots__ = ()

    @property
    def total(self) -> Money:
        """The sum of the years' values: the contract's value over the same scope."""
        from ._core import Money

        return sum((year.value for year in self), Money())

    def to_pandas(self) -> Any:
        """The years as a pandas DataFrame (pandas is imported only when this is called).

        Columns ``number`` (int), ``first`` and ``last`` (datetime.date), ``phase`` (str)
        and ``value`` (exact decimal.Decimal pounds).
        """
        from ._display import contract_years_to_pandas

        return contract_years_to_pandas(self)

    def _repr_html_(self) -> str:
        from ._display import contract_years_html

        return contract_years_html(self)

    def __repr__(self) -> str:
        return f"ContractYears({list.__repr__(self)})"
