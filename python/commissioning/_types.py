"""Small values returned by the compiled core: named tuples, and the contract, budget and procurement layers' enums.

The enums here are *text enums*: each member is also the text it stands for, so
``OptionStatus.EXERCISED == "exercised"`` and ``str(ModificationGround.PCR_72_1_C)`` is
``"72(1)(c)"``. Wherever the package takes one, the text is accepted too.
"""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:
    import datetime

    from ._core import FinancialYear, Money, Period, PortfolioChange, Rate

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
    "Delivery",
    "ChangeKind",
    "PortfolioLine",
    "ServiceGroup",
    "YearPosition",
    "BreachLine",
    "Breach",
    "ChangeOutcome",
    "StatementLine",
    "ReconciliationLine",
    "MediumTermYear",
    "ProcurementRegime",
    "ContractType",
    "AuthorityType",
    "ServiceCategory",
    "VatTreatment",
    "Verdict",
    "ThresholdRow",
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


# ---------------------------------------------------------------- the budget layer


class Delivery(_TextEnum):
    """How a service is delivered; each member equals its text (``Delivery.IN_HOUSE == "in-house"``).

    Wherever a delivery is taken, the member's name is accepted too, in any case, with spaces
    or hyphens for underscores (``"in-house"``, ``"IN_HOUSE"``, ``"service level agreement"``),
    and ``"sla"`` for a service level agreement.

    Members
    -------
    CONTRACT
        "contract": let to a provider under a contract (the default).
    IN_HOUSE
        "in-house": delivered by the council itself.
    SERVICE_LEVEL_AGREEMENT
        "service level agreement": with another public body or a council-owned company.
    OTHER
        "other".
    """

    CONTRACT = "contract"
    IN_HOUSE = "in-house"
    SERVICE_LEVEL_AGREEMENT = "service level agreement"
    OTHER = "other"


class ChangeKind(_TextEnum):
    """What a change to a portfolio does; each member equals its text, as reports word it."""

    CHANGE_BY = "change"
    """The service's annual cost changes by an amount or a share."""
    BRING_IN_HOUSE = "bring in-house"
    """One in-house line replaces the service's providers."""
    MOVE_TO_SLA = "move to a service level agreement"
    """One service-level-agreement line replaces the service's providers."""
    END = "end"
    """The service stops."""
    ADD = "add"
    """A new service starts."""


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


class ProcurementRegime(_TextEnum):
    """The law a procurement falls under; each member equals its name in a threshold table.

    Members
    -------
    PCR_2015
        "pcr_2015": the Public Contracts Regulations 2015, for procurements begun from
        26 February 2015 and before 24 February 2025.
    PROCUREMENT_ACT_2023
        "procurement_act_2023": the Procurement Act 2023, for procurements begun on or after
        24 February 2025.
    """

    PCR_2015 = "pcr_2015"
    PROCUREMENT_ACT_2023 = "procurement_act_2023"

    @property
    def full_name(self) -> str:
        """The law's title, as a report writes it: "Public Contracts Regulations 2015"."""
        if self is ProcurementRegime.PCR_2015:
            return "Public Contracts Regulations 2015"
        return "Procurement Act 2023"


class ContractType(_TextEnum):
    """A row type of a threshold table; each member equals its name (``"light_touch"``).

    ``assess_procurement`` picks the type from the authority and the category; the utilities,
    defence and security, and concession types are given directly.
    """

    CENTRAL_GOODS_SERVICES = "central_goods_services"
    """Supplies and services bought by central government."""
    SUB_CENTRAL_GOODS_SERVICES = "sub_central_goods_services"
    """Supplies and services bought by other authorities, councils among them."""
    WORKS = "works"
    """Works contracts."""
    LIGHT_TOUCH = "light_touch"
    """Light-touch (social and other specific) services."""
    UTILITIES_GOODS_SERVICES = "utilities_goods_services"
    """Utilities supplies and services."""
    UTILITIES_WORKS = "utilities_works"
    """Utilities works."""
    UTILITIES_LIGHT_TOUCH = "utilities_light_touch"
    """Utilities light-touch services."""
    DEFENCE_SECURITY_GOODS_SERVICES = "defence_security_goods_services"
    """Defence and security supplies and services."""
    DEFENCE_SECURITY_WORKS = "defence_security_works"
    """Defence and security works."""
    CONCESSION = "concession"
    """Concession contracts."""
    LIGHT_TOUCH_CONCESSION = "light_touch_concession"
    """Light-touch concession contracts."""


class AuthorityType(_TextEnum):
    """Who is buying: thresholds differ for central government and other ("sub-central") bodies."""

    CENTRAL_GOVERNMENT = "central_government"
    SUB_CENTRAL = "sub_central"


class ServiceCategory(_TextEnum):
    """What is being bought; each member equals its text (``"light_touch_services"``)."""

    GOODS = "goods"
    SERVICES = "services"
    WORKS = "works"
    LIGHT_TOUCH_SERVICES = "light_touch_services"


class VatTreatment(_TextEnum):
    """How a price treats VAT; each member equals its text.

    Members
    -------
    EXEMPT
        "exempt": no VAT is charged (much social care).
    EXCLUSIVE
        "exclusive": the price is net; VAT at the standard rate is added.
    INCLUSIVE
        "inclusive": the price already includes VAT.
    """

    EXEMPT = "exempt"
    EXCLUSIVE = "exclusive"
    INCLUSIVE = "inclusive"


class Verdict(_TextEnum):
    """The answer to "may we make this modification?"; each member equals its text.

    Members
    -------
    PERMITTED
        "permitted": the figures pass; any conditions are in the reasons.
    NOT_PERMITTED
        "not permitted": a figure fails, or the ground does not apply.
    DEPENDS
        "depends": the figures allow it, but the ground turns on a judgement.
    """

    PERMITTED = "permitted"
    NOT_PERMITTED = "not permitted"
    DEPENDS = "depends"


class ThresholdRow(NamedTuple):
    """One procurement threshold, in force from a date until the next row for its regime and type.

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
    """

    regime: ProcurementRegime
    type: ContractType
    effective_from: datetime.date
    amount: Money
    vat_inclusive: bool
    source: str
