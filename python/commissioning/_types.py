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
    "ProjectType",
    "OptimismBiasMeasure",
    "OptimismBiasBound",
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
    PA2023_UNFORESEEABLE = "sch8 para4"
    """Procurement Act 2023 Schedule 8 para 4: unforeseeable circumstances (50% cap)."""
    PA2023_ADDITIONAL = "sch8 additional"
    """Procurement Act 2023 Schedule 8: additional goods, services or works (50% cap)."""
    PA2023_RESTRUCTURING = "sch8 para9"
    """Procurement Act 2023 Schedule 8 para 9: transfer on corporate restructuring."""
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


# ---------------------------------------------------------------- optimism bias


class ProjectType(_TextEnum):
    """A project type of the Green Book optimism bias table; each member equals its table name.

    Wherever a project type is taken, the name is read in any case, with spaces, hyphens or
    underscores (``"Non-standard buildings"``, ``"non_standard_buildings"``), and
    ``"equipment and development"`` for equipment/development.
    """

    NON_STANDARD_BUILDINGS = "non-standard buildings"
    """Buildings that are innovative or unusual."""
    STANDARD_BUILDINGS = "standard buildings"
    """Buildings of a type built many times."""
    NON_STANDARD_CIVIL_ENGINEERING = "non-standard civil engineering"
    """Civil engineering that is innovative or unusual."""
    STANDARD_CIVIL_ENGINEERING = "standard civil engineering"
    """Civil engineering of a usual kind."""
    EQUIPMENT_DEVELOPMENT = "equipment/development"
    """Equipment and development projects (IT among them)."""
    OUTSOURCING = "outsourcing"
    """Services let to a provider: the table gives operating cost only."""


class OptimismBiasMeasure(_TextEnum):
    """What an optimism bias uplift is a percentage of; each member equals its text.

    ``"capex"``, ``"opex"``, ``"duration"``, ``"capital expenditure"`` and ``"operating
    expenditure"`` are read too.
    """

    WORKS_DURATION = "works duration"
    CAPITAL_COST = "capital cost"
    OPERATING_COST = "operating cost"


class OptimismBiasBound(_TextEnum):
    """Which of the table's values: the upper bound (at the outset) or the lower (risks managed)."""

    UPPER = "upper"
    LOWER = "lower"


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
    "OptionKind",
    "LineKind",
    "CostCategory",
    "PriceBasis",
    "SensitivityMetric",
    "DiscountBand",
    "StatutoryDuty",
    "OptimismBiasUplift",
    "OutputMeasure",
    "AppraisalYear",
    "SensitivityRow",
]


class OptionKind(_TextEnum):
    """What kind of option of a decision this is; each member equals its name (``"in_house"``).

    Wherever a kind is taken, the name is read in any case, with spaces or hyphens for
    underscores (``"external commission"``, ``"in-house"``), and as reports word it
    (``"council-owned company"``, ``"extend existing contract"``, ``"sla"``).
    """

    DO_NOTHING = "do_nothing"
    """Business as usual: the baseline the Green Book asks every appraisal to include."""
    DO_MINIMUM = "do_minimum"
    """The least that meets the need."""
    IN_HOUSE = "in_house"
    """Delivered by the council itself."""
    EXTERNAL_COMMISSION = "external_commission"
    """Let to a provider under a new contract."""
    EXTEND_EXISTING = "extend_existing"
    """Extend or vary the existing contract."""
    SHARED_SERVICE = "shared_service"
    """Shared with another body."""
    COUNCIL_COMPANY = "council_company"
    """A council-owned company (Teckal)."""
    SERVICE_LEVEL_AGREEMENT = "service_level_agreement"
    """A service level agreement with another public body."""
    OTHER = "other"
    """Anything else."""


class LineKind(_TextEnum):
    """What a line of an option's money is; each member equals its name (``"cashable_saving"``)."""

    COST = "cost"
    """A cost (optimism bias may apply)."""
    BENEFIT = "benefit"
    """A monetised (social) benefit."""
    CASHABLE_SAVING = "cashable_saving"
    """A saving that releases budget."""
    INCOME = "income"
    """Income."""


class CostCategory(_TextEnum):
    """Which kind of cost (or benefit) a line is, for tables and for optimism bias.

    Each member equals its name (``"contract_payments"``); ``"TUPE and transition"`` and
    ``"non-staff"`` are read too.
    """

    STAFF = "staff"
    NON_STAFF = "non_staff"
    OVERHEADS = "overheads"
    PROCUREMENT = "procurement"
    TUPE_AND_TRANSITION = "tupe_and_transition"
    MOBILISATION = "mobilisation"
    EXIT = "exit"
    CONTRACT_PAYMENTS = "contract_payments"
    OTHER = "other"


class PriceBasis(_TextEnum):
    """Whether an appraisal's figures are in real base-year prices or cash (nominal) prices.

    Members
    -------
    REAL
        "real": the Green Book's basis (2022, 5.55): prices of the base year.
    NOMINAL
        "nominal" (or "cash"): cash prices as paid.
    """

    REAL = "real"
    NOMINAL = "nominal"


class SensitivityMetric(_TextEnum):
    """The figure a one-way sensitivity analysis watches.

    Members
    -------
    NET_PRESENT_COST
        "net_present_cost" (or "npc"): the option's PVC − PVB.
    NET_PRESENT_SOCIAL_VALUE
        "net_present_social_value" (or "npsv"): the option's social value against the baseline.
    """

    NET_PRESENT_COST = "net_present_cost"
    NET_PRESENT_SOCIAL_VALUE = "net_present_social_value"


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


# ---------------------------------------------------------------- report tables

__all__ += ["ColumnKind", "Alignment", "TotalRounding"]


class ColumnKind(_TextEnum):
    """What a report table's column holds."""

    TEXT = "text"
    MONEY = "money"
    PERCENT = "percent"
    COUNT = "count"
    NUMBER = "number"


class Alignment(_TextEnum):
    """How a column's cells are aligned."""

    LEFT = "left"
    RIGHT = "right"
    CENTRE = "centre"


class TotalRounding(_TextEnum):
    """How a table's display figures relate to the totals shown: ``CONSISTENT`` (rounded
    figures add up to the rounded totals, largest remainder, noted) or ``INDEPENDENT``."""

    CONSISTENT = "consistent"
    INDEPENDENT = "independent"
