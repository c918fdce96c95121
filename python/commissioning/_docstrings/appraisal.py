"""The docstrings of the classes and functions bound in bindings/appraisal.cpp, by the name Python
gives each one ("Money.from_pence"; "Term.__init__/2" for an overload's second docstring).
bindings/docstrings.cpp reads them as commissioning._core loads (see __init__.py)."""

DOCSTRINGS: dict[str, str] = {
    "OptionKind": r"""
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
""",
    "LineKind": r"""
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
""",
    "CostCategory": r"""
Which kind of cost (or benefit) a line is, for tables and for optimism bias.

Each member is its snake_case name (``"contract_payments"``); ``"TUPE and transition"`` and
``"non-staff"`` are read too.
""",
    "PriceBasis": r"""
Whether an appraisal's figures are in real base-year prices or cash (nominal) prices.

Members
-------
REAL
    "real": the Green Book's basis (2022, 5.55): prices of the base year.
NOMINAL
    "nominal" (or "cash"): cash prices as paid.
""",
    "SensitivityMetric": r"""
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
""",
    "Deflator": r"""
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
""",
    "Deflator.__init__": "Make a deflator from its index by year.",
    "Deflator.constant_growth": r"""
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
""",
    "Deflator.index": r"""
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
""",
    "Deflator.to_real": r"""
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
""",
    "Deflator.to_nominal": r"""
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
""",
    "Deflator.name": "The deflator's name.",
    "Deflator.start_month": "The month its years start in (4 for April).",
    "Deflator.years": "The years covered, in order.",
    "Deflator.by_year": "The index by financial-year label (a new dict, in year order).",
    "VatRecovery": r"""
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
""",
    "VatTerms": r"""
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
""",
    "VatTerms.treatment": "How VAT falls on the cost.",
    "VatTerms.vat_rate": "The VAT rate.",
    "VatTerms.amounts_include_vat": "True when the amounts given are VAT-inclusive.",
    "VatTerms.description": "The terms in the words of an appraisal's assumptions.",
    "split_vat": r"""
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
""",
    "AppraisalLine": r"""
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
""",
    "AppraisalLine.recurring": r"""
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
""",
    "AppraisalLine.one_off": r"""
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
""",
    "AppraisalLine.per_year": r"""
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
""",
    "AppraisalLine.from_contract": r"""
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
""",
    "AppraisalLine.from_envelope": r"""
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
""",
    "AppraisalLine.with_vat": r"""
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
""",
    "AppraisalLine.split_in_year": r"""
The amount in a year split by the line's VAT terms, to the penny.

Parameters
----------
year : FinancialYear, str or int

Returns
-------
VatSplit
""",
    "AppraisalLine.appraised_in_year": r"""
What the appraisal counts in a year: net of VAT the council recovers, with VAT it does not.

Parameters
----------
year : FinancialYear, str or int

Returns
-------
Money
""",
    "AppraisalLine.in_year": r"""
The amount in a year: £0 outside the line (or in a year starting in another month).

Parameters
----------
year : FinancialYear, str or int

Returns
-------
Money
""",
    "AppraisalLine.scaled": r"""
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
""",
    "AppraisalLine.name": "The line's name.",
    "AppraisalLine.kind": "What the line is: cost, benefit, cashable saving or income.",
    "AppraisalLine.category": "Which kind of cost (or benefit) it is.",
    "AppraisalLine.basis": "Where the figures come from, in words.",
    "AppraisalLine.is_one_off": "True for a line made by ``one_off``.",
    "AppraisalLine.start_month": "The month its years start in.",
    "AppraisalLine.years": "The years it has an amount in, in order.",
    "AppraisalLine.amounts": "The amounts in year order: a list of FinancialYearAmount.",
    "AppraisalLine.by_year": "The amounts by financial-year label (a new dict, in year order).",
    "AppraisalLine.total": "The sum of the amounts (as given).",
    "AppraisalLine.vat": "How VAT falls on the amounts: a VatTerms (not stated unless ``with_vat`` said).",
    "AppraisalLine.gross_total": "The VAT-inclusive value, each year split and then summed: what a procurement threshold compares (SI 2021/1221).",
    "AppraisalLine.to_pandas": r"""
The line as a pandas Series (pandas is imported only when this is called).

Returns
-------
pandas.Series
    Named after the line, of exact ``decimal.Decimal`` pounds, indexed by financial-year
    label (index name ``"financial_year"``); kind, category and basis are in ``attrs``.
""",
    "Option": r"""
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
""",
    "Option.__init__": "Make an option, perhaps with its lines.",
    "Option.add": r"""
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
""",
    "Option.advantage": "Add an advantage (not empty: commissioning.option.005); returns this option.",
    "Option.disadvantage": "Add a disadvantage (not empty: commissioning.option.005); returns this option.",
    "Option.risk": "Add a risk (not empty: commissioning.option.005); returns this option.",
    "Option.duty": r"""
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
""",
    "Option.optimism_bias": r"""
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
""",
    "Option.output": r"""
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
""",
    "Option.line": r"""
The line called ``name`` (a copy).

Returns
-------
AppraisalLine

Raises
------
InvalidInputError
    No such line (commissioning.option.006).
""",
    "Option.__copy__": "An independent copy.",
    "Option.__deepcopy__": "An independent copy.",
    "Option.name": "The option's name.",
    "Option.kind": "What kind of option it is.",
    "Option.description": "The option in words.",
    "Option.lines": "Its lines, in the order added (copies).",
    "Option.advantages": "Its advantages, in order.",
    "Option.disadvantages": "Its disadvantages, in order.",
    "Option.risks": "Its risks, in order.",
    "Option.duties": "The statutory duties it names: a list of StatutoryDuty.",
    "Option.optimism_bias_uplift": "Its optimism bias uplift (an OptimismBiasUplift), or None.",
    "Option.output_measure": "What it delivers by year (an OutputMeasure), or None.",
    "Option.meets_statutory_duties": "False when it fails any statutory duty it names.",
    "AppraisalSettings": r"""
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
""",
    "AppraisalSettings.__init__": "Make settings: by default real prices and the Green Book 2022 schedule.",
    "AppraisalSettings.base_year": "Year 0, undiscounted.",
    "AppraisalSettings.years": "The appraisal period, in years.",
    "AppraisalSettings.basis": "Real (base-year) or nominal (cash) prices.",
    "AppraisalSettings.schedule": "The discount schedule.",
    "AppraisalSettings.deflator": "The deflator, or None.",
    "AppraisalSettings.rounding": "How figures are rounded to the penny.",
    "OptionAppraisal": r"""
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
""",
    "OptionAppraisal.name": "The option's name.",
    "OptionAppraisal.kind": "What kind of option it is.",
    "OptionAppraisal.years": "Every year of the period: a list of AppraisalYear.",
    "OptionAppraisal.cash_costs": "Costs including optimism bias, cash, over the period.",
    "OptionAppraisal.cash_benefits": "Benefits, savings and income, cash, over the period.",
    "OptionAppraisal.optimism_bias": "The optimism bias uplift, cash, over the period.",
    "OptionAppraisal.present_value_costs": "PVC: the present value of costs, optimism bias included.",
    "OptionAppraisal.present_value_benefits": "PVB: the present value of benefits, savings and income.",
    "OptionAppraisal.net_present_cost": "PVC − PVB.",
    "OptionAppraisal.net_present_social_value": "(PVB − PVC) less the baseline's: 0 for the baseline.",
    "OptionAppraisal.benefit_cost_ratio": "ΔPVB ÷ ΔPVC against the baseline (a Rate), or None when ΔPVC is not positive.",
    "OptionAppraisal.equivalent_annual_cost": "The net present cost spread evenly (in present value) over the period.",
    "OptionAppraisal.cost_per_unit": "PVC per unit of output, or None.",
    "OptionAppraisal.output_unit": "What the output counts, or None.",
    "OptionAppraisal.output_units": "The units of output in the period.",
    "OptionAppraisal.viable": "True when it meets every statutory duty it names.",
    "OptionAppraisal.failed_duties": "The statutory duties it fails.",
    "OptionAppraisal.rank": "1 = best: viable options first, then the lowest net present cost.",
    "OptionAppraisal.preferred": "True for the preferred option.",
    "OptionAppraisal.to_pandas": r"""
The option's years as a pandas DataFrame (pandas is imported only when this is called).

Returns
-------
pandas.DataFrame
    Indexed by financial-year label (index name ``"financial_year"``), with columns
    ``index`` (int), ``costs``, ``optimism_bias``, ``benefits``, ``net_cost`` (exact
    ``decimal.Decimal`` pounds), ``discount_factor`` (float) and ``present_value``; the
    option's name is in ``df.attrs["option"]``.
""",
    "OptionAppraisal._repr_html_": "An HTML table for Jupyter: the option's years and its totals.",
    "AppraisalResult": r"""
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
""",
    "AppraisalResult.title": "The appraisal's title.",
    "AppraisalResult.settings": "The settings it ran with.",
    "AppraisalResult.options": "Every option's figures, in the order given: a list of OptionAppraisal.",
    "AppraisalResult.baseline": "The first option's figures.",
    "AppraisalResult.preferred": "The preferred option's figures, or None when no option is viable.",
    "AppraisalResult.reasons": "Why, in words.",
    "AppraisalResult.assumptions": "Every assumption the figures rest on, in words.",
    "AppraisalResult.option": r"""
The figures of the option called ``name``.

Returns
-------
OptionAppraisal

Raises
------
InvalidInputError
    No such option (commissioning.appraisal.004).
""",
    "AppraisalResult.to_pandas": r"""
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
""",
    "AppraisalResult.years_frame": r"""
Every option's years as one long pandas DataFrame.

Returns
-------
pandas.DataFrame
    One row per option and year: ``option``, ``year`` (the financial-year label), ``index``
    (int), ``costs``, ``optimism_bias``, ``benefits``, ``net_cost`` (exact
    ``decimal.Decimal`` pounds), ``discount_factor`` (float) and ``present_value``.
""",
    "AppraisalResult._repr_html_": "An HTML table for Jupyter: the options, ranked, the preferred one marked, and the reasons.",
    "AppraisalInput": r"""
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
""",
    "AppraisalInput.line": "One line of one option.",
    "AppraisalInput.costs": "Every cost line of an option.",
    "AppraisalInput.benefits": "Every benefit, cashable saving and income line of an option.",
    "AppraisalInput.category": "Every line of one cost category in an option.",
    "AppraisalInput.discount_rate": "Every rate of the discount schedule.",
    "AppraisalInput.apply": r"""
The appraisal with this input multiplied by ``multiplier`` (the original is unchanged).

Parameters
----------
appraisal : Appraisal
multiplier : Rate, str, int, float, decimal.Decimal or fractions.Fraction
    Not negative (InvalidInputError, commissioning.sensitivity.001).

Returns
-------
Appraisal
""",
    "AppraisalInput.name": "The input in words.",
    "AppraisalInput.target": "What the input moves.",
    "AppraisalInput.option": "The option it moves, or None.",
    "AppraisalInput.line_name": "The line it moves, or None.",
    "AppraisalInput.cost_category": "The cost category it moves, or None.",
    "SensitivityAnalysis": r"""
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
""",
    "SensitivityAnalysis.option": "Whose metric is watched.",
    "SensitivityAnalysis.metric": "The figure watched.",
    "SensitivityAnalysis.rival": "Whom the option's lead is over (the gap metric only), or None.",
    "SensitivityAnalysis.figure": 'The figure watched, in words: "the lead of A over B in net present social value".',
    "SensitivityAnalysis.change": "How far each input moves.",
    "SensitivityAnalysis.base": "The metric unmoved.",
    "SensitivityAnalysis.preferred": "The preferred option unmoved, or None.",
    "SensitivityAnalysis.rows": "The inputs, largest swing first: a list of SensitivityRow.",
    "SensitivityAnalysis.to_pandas": r"""
The rows as a pandas DataFrame, largest swing first (pandas is imported only when this is
called).

Returns
-------
pandas.DataFrame
    Columns ``input``, ``at_low``, ``at_high``, ``swing`` (exact ``decimal.Decimal``
    pounds), ``preferred_at_low`` and ``preferred_at_high`` (str or None); the option,
    metric, change, base and preferred option are in ``df.attrs``.
""",
    "SensitivityAnalysis._repr_html_": "An HTML table for Jupyter: each input's low, high and swing, largest first.",
    "SwitchingValue": r"""
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
""",
    "SwitchingValue.input": "The input in words.",
    "SwitchingValue.option": "The option.",
    "SwitchingValue.rival": "The rival, or None.",
    "SwitchingValue.multiplier": "The multiplier that makes the two equal, or None.",
    "SwitchingValue.change": "``multiplier − 1`` (+0.25: the input must rise by 25%), or None.",
    "SwitchingValue.sentence": "The finding in words.",
    "Appraisal": r"""
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
""",
    "Appraisal.__init__": "Make an appraisal of options against the first of them.",
    "Appraisal.assume": r"""
Add an assumption of your own, reported with those the appraisal makes.

Parameters
----------
text : str
    Not empty (InvalidInputError, commissioning.appraisal.006).

Returns
-------
Appraisal
    This appraisal, so that calls chain.
""",
    "Appraisal.option": r"""
The option called ``name`` (a copy).

Returns
-------
Option

Raises
------
InvalidInputError
    No such option (commissioning.appraisal.004).
""",
    "Appraisal.with_settings": r"""
The same appraisal with other settings (another discount schedule, another period, ...).

Parameters
----------
settings : AppraisalSettings

Returns
-------
Appraisal
""",
    "Appraisal.with_option": r"""
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
""",
    "Appraisal.run": r"""
Appraise every option.

Returns
-------
AppraisalResult
""",
    "Appraisal.__copy__": "An independent copy.",
    "Appraisal.__deepcopy__": "An independent copy.",
    "Appraisal.title": "The appraisal's title.",
    "Appraisal.settings": "Its settings.",
    "Appraisal.options": "Its options, the baseline first (copies).",
    "Appraisal.assumptions": "The assumptions added by ``assume``, in order.",
    "Appraisal.years": "The financial years of the period, base year first.",
    "one_way_sensitivity": r"""
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
""",
    "sensitivity_to_rivals": r"""
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
""",
    "find_switching_value": r"""
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
""",
}


def _as_method(function: str) -> str:
    """The docstring of the Appraisal method that is `function` with the appraisal first."""
    summary, rest = DOCSTRINGS[function][1:].split("\n", 1)
    return f"\nThe same as ``{function}(appraisal, ...)``.\n" + rest.replace("appraisal : Appraisal\n", "", 1)


for _method, _function in (("sensitivity", "one_way_sensitivity"), ("sensitivity_to_rivals", "sensitivity_to_rivals"),
                           ("switching_value", "find_switching_value")):
    DOCSTRINGS[f"Appraisal.{_method}"] = _as_method(_function)
