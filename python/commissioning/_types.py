"""Small values returned by the compiled core: named tuples, and the contract, budget and procurement layers' enums.

The text enums themselves are made by the compiled core from the C++ enums' names
(``_TextEnum`` is their base): each member is its snake_case name, so
``OptionStatus.EXERCISED == "exercised"``, and wherever the package takes one, the name is
accepted too.
"""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:
    import datetime

    from ._core import (
        ChangeKind,
        ContractPhase,
        ContractType,
        CostCategory,
        Delivery,
        FinancialYear,
        ModificationGround,
        Money,
        OptionStatus,
        Period,
        PortfolioChange,
        ProcurementRegime,
        ProjectType,
        Rate,
        ThresholdColumn,
    )

__all__ = [
    "FinancialYearPart",
    "MonthsAndDays",
    "ContractState",
    "ExtensionOption",
    "Modification",
    "ModificationValue",
    "ContractYear",
    "ContractYears",
    "FinancialYearAmount",
    "PortfolioLine",
    "ServiceGroup",
    "YearPosition",
    "BreachLine",
    "Breach",
    "ChangeOutcome",
    "StatementLine",
    "ReconciliationLine",
    "MediumTermYear",
    "ThresholdRow",
    "OptimismBiasShare",
    "Criterion",
    "WeightStability",
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
    """An enum whose members are their snake_case text (``enum.StrEnum``, which Python 3.10 lacks).

    The compiled core makes each one from its C++ enum's names (``names.hpp``) and gives it
    ``_read``, the C++ reader, so that calling the class reads what every other face reads:
    any case, spaces or hyphens for underscores, and the enum's other words
    (``Delivery("In-house") is Delivery.IN_HOUSE``); an unknown word raises the library's
    InvalidInputError with its id.
    """

    @classmethod
    def _missing_(cls, value: object) -> Any:
        read = cls.__dict__.get("_read")
        if read is None or not isinstance(value, str):
            return None
        return cls(read(value))

    @property
    def label(self) -> str:
        """The words a report uses for the member: ``Delivery.IN_HOUSE.label == "in-house"``."""
        labels: dict[str, str] = type(self).__dict__.get("_labels", {})
        return str(labels.get(self.value, self.value.replace("_", " ")))

    def __str__(self) -> str:
        return str.__str__(self)

    def __format__(self, spec: str) -> str:
        return format(str.__str__(self), spec)


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
        from ._core import ContractPhase

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
        from ._core import ContractPhase

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


# ---------------------------------------------------------------- the budget layer


class PortfolioLine(NamedTuple):
    """One provider's part of a service in a portfolio.

    Attributes
    ----------
    service : str
    provider : str
    annual : Money
        The annual cost.
    delivery : Delivery
        How it is delivered (equal to its text, ``"contract"``).
    """

    service: str
    provider: str
    annual: Money
    delivery: Delivery


class ServiceGroup(NamedTuple):
    """A service's lines in a portfolio and their subtotal.

    Attributes
    ----------
    service : str
    lines : list of PortfolioLine
        In the order they were added.
    subtotal : Money
    """

    service: str
    lines: list[PortfolioLine]
    subtotal: Money


class YearPosition(NamedTuple):
    """One financial year of an envelope set against its commitments.

    Attributes
    ----------
    year : FinancialYear
    available : Money
        The money in the envelope (£0 in a year it does not cover).
    committed : Money
        The sum of the commitments in the year.
    headroom : Money
        ``available - committed``; negative is a shortfall.
    cumulative_headroom : Money
        The running total of the headroom from the first year.
    """

    year: FinancialYear
    available: Money
    committed: Money
    headroom: Money
    cumulative_headroom: Money


class BreachLine(NamedTuple):
    """A line committing money in a year that is over its envelope.

    Attributes
    ----------
    name : str
    provider : str
    amount : Money
        What it commits in the year.
    """

    name: str
    provider: str
    amount: Money


class Breach(NamedTuple):
    """A year in which the commitments exceed the money available.

    Attributes
    ----------
    year : FinancialYear
    shortfall : Money
        ``committed - available``, positive.
    lines : list of BreachLine
        The lines committing money that year, largest first.
    """

    year: FinancialYear
    shortfall: Money
    lines: list[BreachLine]


class ChangeOutcome(NamedTuple):
    """What one change of a proposal did to its service.

    Attributes
    ----------
    kind : ChangeKind
    service : str
    effective : datetime.date
        The day the change takes effect.
    before, after : Money
        The service's annual cost before and after the change.
    saving : Money
        ``before - after`` over a full year; a cost increase is a negative saving.
    in_year : FinancialYear
        The financial year the change takes effect in.
    in_year_share : Rate
        The share of that year left from ``effective``: equal months, part months by days.
    in_year_saving : Money
        ``saving`` times ``in_year_share``, rounded half away from zero.
    change : PortfolioChange
        The change itself.
    """

    kind: ChangeKind
    service: str
    effective: datetime.date
    before: Money
    after: Money
    saving: Money
    in_year: FinancialYear
    in_year_share: Rate
    in_year_saving: Money
    change: PortfolioChange


class StatementLine(NamedTuple):
    """One labelled amount of a statement of spend.

    Attributes
    ----------
    label : str
    amount : Money
    """

    label: str
    amount: Money


class ReconciliationLine(NamedTuple):
    """One label's amounts in the two statements of a reconciliation.

    Attributes
    ----------
    label : str
    first, second : Money or None
        The amount in each statement; None where the statement has no such line.
    difference : Money
        ``second - first``, a missing amount counting as £0.
    """

    label: str
    first: Money | None
    second: Money | None
    difference: Money


class MediumTermYear(NamedTuple):
    """One year of a medium-term view.

    Attributes
    ----------
    year : FinancialYear
    budget : Money
        The money in the envelope.
    cost : Money
        The cost of the service at the year's prices.
    savings : Money
        The savings planned for the year.
    gap : Money
        ``cost - savings - budget``: positive is a gap to close, negative is headroom.
    """

    year: FinancialYear
    budget: Money
    cost: Money
    savings: Money
    gap: Money


# ---------------------------------------------------------------- the procurement layer


class ThresholdRow(NamedTuple):
    """One procurement threshold, in force from a date until the next row for its regime, type and column.

    Attributes
    ----------
    regime : ProcurementRegime
    type : ContractType
    effective_from : datetime.date
    amount : Money
    vat_inclusive : bool
        Thresholds include VAT from 1 January 2022; earlier ones are net of VAT.
    source : str
        Where the figure comes from.
    column : ThresholdColumn or str
        ``"all"`` (the default): the one column that serves every contract; from 1 January 2026 the
        Procurement Act 2023's Schedule 1 has ``"welsh_ministers"`` (contracts regulated by the
        Welsh Ministers) and ``"any_other"`` columns.
    """

    regime: ProcurementRegime
    type: ContractType
    effective_from: datetime.date
    amount: Money
    vat_inclusive: bool
    source: str
    column: ThresholdColumn | str = "all"  # the library's rows carry the enum, which equals its name


# ---------------------------------------------------------------- optimism bias


class OptimismBiasShare(NamedTuple):
    """A project type's share of a combined project (of its capital cost, or its duration).

    Attributes
    ----------
    type : ProjectType
    share : Rate
    """

    type: ProjectType
    share: Rate


# ---------------------------------------------------------------- multi-criteria analysis


class Criterion(NamedTuple):
    """A criterion options are scored against.

    Attributes
    ----------
    name : str
    weight : float
        Relative: the weights are normalised to sum to 1, so points, percentages and fractions
        all work. Not negative.
    description : str
        What the criterion measures and how it is scored (optional).
    scale : tuple of (float, float) or None
        The declared range of its scores, ends included; a score outside it is an error.
    """

    name: str
    weight: float
    description: str = ""
    scale: tuple[float, float] | None = None


class WeightStability(NamedTuple):
    """How far one criterion's weight can move before the top option changes.

    The other weights are rescaled in proportion so that the weights still sum to 1.

    Attributes
    ----------
    criterion : str
    weight : float
        Its normalised weight now.
    lowest_weight : float
        The top option stays top as the weight falls to this (0 if no rival draws level).
    highest_weight : float
        And as it rises to this (1 if no rival draws level).
    points_down, points_up : float
        The same distances in percentage points: ``(weight - lowest_weight) * 100`` and
        ``(highest_weight - weight) * 100``.
    rival_down, rival_up : str or None
        The option that draws level with the top option at ``lowest_weight`` or
        ``highest_weight``, or None where none does within 0 to 1.
    """

    criterion: str
    weight: float
    lowest_weight: float
    highest_weight: float
    points_down: float
    points_up: float
    rival_down: str | None
    rival_up: str | None


# ---------------------------------------------------------------- option appraisal

__all__ += [
    "DiscountBand",
    "StatutoryDuty",
    "OptimismBiasUplift",
    "OutputMeasure",
    "AppraisalYear",
    "SensitivityRow",
]


class DiscountBand(NamedTuple):
    """One band of a discount schedule: ``annual_rate`` discounts every year from
    ``first_year`` until the next band's first year.

    Attributes
    ----------
    first_year : int
        Years from the base year (the first band starts at 0).
    annual_rate : Rate
    """

    first_year: int
    annual_rate: Rate


class StatutoryDuty(NamedTuple):
    """A statutory duty an option meets or fails; an option failing one is never preferred.

    Attributes
    ----------
    name : str
        ``"Assess young carers' needs (Children and Families Act 2014 s.96)"``.
    met : bool
    note : str
        Why, in the report's words.
    """

    name: str
    met: bool
    note: str = ""


class OptimismBiasUplift(NamedTuple):
    """An optimism bias uplift on an option's costs.

    Attributes
    ----------
    uplift : Rate
        ``Rate("10%")``.
    description : str
        The words that justify it.
    applies_to : list of CostCategory
        The cost categories it applies to; empty: every cost line.
    """

    uplift: Rate
    description: str
    applies_to: list[CostCategory]


class OutputMeasure(NamedTuple):
    """What an option delivers, counted by financial year, for a cost per unit of output.

    Attributes
    ----------
    unit : str
        A plural noun: ``"young carers assessed"``.
    by_year : list of (FinancialYear, int)
    total : int
        The units over every year.
    """

    unit: str
    by_year: list[tuple[FinancialYear, int]]

    @property
    def total(self) -> int:
        """The units over every year."""
        return sum(units for _, units in self.by_year)


class AppraisalYear(NamedTuple):
    """One year of one option's appraisal.

    Attributes
    ----------
    year : FinancialYear
    index : int
        Years from the base year (0 = the base year, undiscounted).
    costs : Money
        The cost lines, cash, before optimism bias.
    optimism_bias : Money
        The uplift on the costs it applies to, cash.
    benefits : Money
        Benefits, cashable savings and income, cash.
    net_cost : Money
        Costs + optimism bias − benefits, in the appraisal's prices (real or nominal).
    discount_factor : float
        For display; present values use the exact factor.
    present_value : Money
        ``net_cost`` × the exact factor, rounded; the option's totals are rounded once, not
        summed from these.
    """

    year: FinancialYear
    # The field shadows tuple.index, as a NamedTuple field does at run time, so mypy sees an
    # incompatible override of the method (python/mypy#5380). It is public (the constructor's
    # keyword, _fields, the "index" column of to_pandas), so it keeps its name.
    index: int  # type: ignore[assignment]
    costs: Money
    optimism_bias: Money
    benefits: Money
    net_cost: Money
    discount_factor: float
    present_value: Money


class VatSplit(NamedTuple):
    """An amount split by its VAT terms; ``net + vat == gross`` to the penny.

    Attributes
    ----------
    net : Money
    vat : Money
        £0 when the supply is exempt or outside the scope of VAT.
    gross : Money
        The VAT-inclusive value: what a procurement threshold compares.
    appraised : Money
        What the appraisal counts: the net if VAT is recoverable, the gross otherwise.
    """

    net: Money
    vat: Money
    gross: Money
    appraised: Money


class SensitivityRow(NamedTuple):
    """One input of a one-way sensitivity analysis, moved down and up.

    Attributes
    ----------
    input : str
        The input in words: ``"Costs (In-house)"``.
    at_low, at_high : Money
        The metric with the input × (1 − change) and × (1 + change).
    swing : Money
        ``|at_high − at_low|``: the bar's length in a tornado chart.
    preferred_at_low, preferred_at_high : str or None
        The preferred option then (None: no option is viable).
    """

    input: str
    at_low: Money
    at_high: Money
    swing: Money
    preferred_at_low: str | None
    preferred_at_high: str | None
