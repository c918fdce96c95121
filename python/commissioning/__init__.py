"""commissioning: the money behind UK public-sector commissioning decisions.

Exact money (pence in 64 bits, never a float), exact rates, named rounding,
largest-remainder splitting, dates as councils write them, financial years,
periods and apportionment across financial years, contracts with "3+1+1"
terms, options, indexation and modifications, the budget layer (envelopes and
what is committed against them, portfolios of services, proposals and their
savings, reconciliations, the medium-term view), and the procurement layer
(thresholds as dated data, the regime and route of a procurement, whether a
modification is permitted, key decisions, Teckal arrangements), to the penny::

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
    >>> early_help = cm.Portfolio("Early help").add("Young Carers", "Imago", "£325,484.88")
    >>> result = early_help.apply([cm.PortfolioChange.change_by("Young Carers", "£100,000", "1 October 2020")])
    >>> result.after.total, result.in_year_saving
    (Money('£425,484.88'), Money('-£50,000.00'))
    >>> answer = cm.assess_procurement(kent, category="light_touch_services", vat="exempt", start="1 January 2016")
    >>> answer.regime, answer.threshold.amount, answer.above_threshold
    (<ProcurementRegime.PCR_2015: 'pcr_2015'>, Money('£589,148.00'), True)

Errors carry stable ids (``[commissioning.money.004] ...``); see :mod:`commissioning.errors`.
"""

from ._core import (
    ApportionedAmount,
    Apportionment,
    ApportionRule,
    Commitment,
    Contract,
    Envelope,
    EnvelopePosition,
    FinancialYear,
    FinancialYearProfile,
    Indexation,
    KeyDecisionResult,
    KeyDecisionRule,
    MediumTermView,
    ModificationAssessment,
    Money,
    MoneyUnit,
    NegativeStyle,
    Period,
    Portfolio,
    PortfolioChange,
    Price,
    ProcurementAssessment,
    ProposalResult,
    Rate,
    Reconciliation,
    Rounding,
    Statement,
    TeckalResult,
    Term,
    ThresholdTable,
    __version__,
    add_months,
    add_years,
    allocate,
    apply_changes,
    apportion,
    assess,
    assess_modification,
    assess_procurement,
    check_teckal,
    citation,
    financial_years,
    funding_sentence,
    is_key_decision,
    medium_term_view,
    parse_date,
    parse_modification_ground,
    reconcile,
    regime_on,
    report_figure,
    split,
    to_long_string,
)
from ._types import (
    AuthorityType,
    Breach,
    BreachLine,
    ChangeKind,
    ChangeOutcome,
    ContractPhase,
    ContractScope,
    ContractState,
    ContractType,
    ContractYear,
    ContractYears,
    Delivery,
    ExtensionOption,
    FinancialYearAmount,
    FinancialYearPart,
    MediumTermYear,
    Modification,
    ModificationGround,
    ModificationValue,
    MonthsAndDays,
    OptionStatus,
    PortfolioLine,
    ProcurementRegime,
    ReconciliationLine,
    ServiceCategory,
    ServiceGroup,
    StatementLine,
    ThresholdRow,
    VatTreatment,
    Verdict,
    YearPosition,
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
    # envelopes
    "Envelope",
    "Commitment",
    "assess",
    "EnvelopePosition",
    "YearPosition",
    "Breach",
    "BreachLine",
    # portfolios and proposals
    "Portfolio",
    "PortfolioLine",
    "ServiceGroup",
    "Delivery",
    "PortfolioChange",
    "ChangeKind",
    "apply_changes",
    "ProposalResult",
    "ChangeOutcome",
    # reconciliation
    "Statement",
    "StatementLine",
    "reconcile",
    "Reconciliation",
    "ReconciliationLine",
    # medium-term view
    "medium_term_view",
    "MediumTermView",
    "MediumTermYear",
    # procurement
    "ProcurementRegime",
    "ContractType",
    "AuthorityType",
    "ServiceCategory",
    "VatTreatment",
    "ThresholdRow",
    "ThresholdTable",
    "regime_on",
    "assess_procurement",
    "ProcurementAssessment",
    "Verdict",
    "assess_modification",
    "ModificationAssessment",
    "KeyDecisionRule",
    "is_key_decision",
    "KeyDecisionResult",
    "check_teckal",
    "TeckalResult",
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
