"""The docstrings of the classes and functions bound in bindings/procurement.cpp, by the name Python
gives each one ("Money.from_pence"; "Term.__init__/2" for an overload's second docstring).
bindings/docstrings.cpp reads them as commissioning._core loads (see __init__.py)."""

DOCSTRINGS: dict[str, str] = {
    "ProcurementRegime": r"""
The law a procurement falls under; each member is its name in a threshold table.

Members
-------
PCR_2015
    "pcr_2015": the Public Contracts Regulations 2015, for procurements begun from
    26 February 2015 and before 24 February 2025.
PROCUREMENT_ACT_2023
    "procurement_act_2023": the Procurement Act 2023, for procurements begun on or after
    24 February 2025.
""",
    "ProcurementRegime.full_name": 'The law\'s title, as a report writes it: "Public Contracts Regulations 2015".',
    "ContractType": r"""
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
""",
    "ThresholdColumn": r"""
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
""",
    "KeyDecisionRoute": r"""
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
""",
    "ClearDayCount": r"""
Which days count as clear days: the Regulations do not say whether weekends count.

Members
-------
CALENDAR_DAYS
    "calendar_days": every day counts.
WEEKDAYS
    "weekdays": Saturdays, Sundays and the listed closed days do not count.
""",
    "TeckalArrangement": r"""
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
""",
    "AuthorityType": r"""
Who is buying: thresholds differ for central government and other ("sub-central") bodies.
""",
    "ServiceCategory": r"""
What is being bought; each member is its snake_case name (``"light_touch_services"``).
""",
    "VatTreatment": r"""
How a price treats VAT; each member is its snake_case name.

Members
-------
EXEMPT
    "exempt": no VAT is charged (much social care).
EXCLUSIVE
    "exclusive": the price is net; VAT at the standard rate is added.
INCLUSIVE
    "inclusive": the price already includes VAT.
""",
    "Verdict": r"""
The answer to "may we make this modification?"; each member is its snake_case name.

Members
-------
PERMITTED
    "permitted": the figures pass; any conditions are in the reasons.
NOT_PERMITTED
    "not_permitted": a figure fails, or the ground does not apply.
DEPENDS
    "depends": the figures allow it, but the ground turns on a judgement.
""",
    "ThresholdTable": r"""
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
""",
    "ThresholdTable.__init__": "Make a table from its rows.",
    "ThresholdTable.bundled": r"""
The table bundled with the library: data/procurement-thresholds.csv, compiled in.

Returns
-------
ThresholdTable
    A copy: the PCR 2015 light-touch threshold of 2016 (net of VAT), the PCR 2015 rows from
    1 January 2022 and 1 January 2024, and the Procurement Act 2023 rows as enacted, from
    24 February 2025 and from 1 January 2026 (VAT-inclusive).
""",
    "ThresholdTable.from_csv": r"""
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
""",
    "ThresholdTable.read_csv": r"""
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
""",
    "ThresholdTable.rows": "Every row, in order: a list of ThresholdRow.",
    "ThresholdTable.lookup": r"""
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
""",
    "ThresholdTable.to_pandas": r"""
The table as a pandas DataFrame, one row per threshold (pandas is imported only when this is called).

Returns
-------
pandas.DataFrame
    Columns ``regime`` and ``type`` (str), ``effective_from`` (datetime.date), ``amount``
    (exact ``decimal.Decimal`` pounds), ``vat_inclusive`` (bool), ``source`` and ``column``
    (str: ``"all"``, ``"welsh_ministers"`` or ``"any_other"``).
""",
    "ThresholdTable._repr_html_": "An HTML table for Jupyter.",
    "regime_on": r"""
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
""",
    "ProcurementAssessment": r"""
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
""",
    "ProcurementAssessment.regime": "The regime: PCR 2015 or the Procurement Act 2023.",
    "ProcurementAssessment.type": "The threshold table's row type.",
    "ProcurementAssessment.estimated_value": "The value the threshold is compared with (including VAT unless the threshold is net).",
    "ProcurementAssessment.value_net_of_vat": "The estimated value net of VAT.",
    "ProcurementAssessment.value_with_vat": "The estimated value including VAT.",
    "ProcurementAssessment.threshold": "The threshold in force when the procurement starts: a ThresholdRow.",
    "ProcurementAssessment.above_threshold": "True when the estimated value is at or above the threshold.",
    "ProcurementAssessment.consequence": "What follows.",
    "ProcurementAssessment.citation": "The regulations or sections that apply.",
    "ProcurementAssessment.procurement_start": "The day the procurement started, as given or as assumed.",
    "ProcurementAssessment.sentence": "The sentence for a report.",
    "ProcurementAssessment._repr_html_": "An HTML table for Jupyter.",
    "assess_procurement": r"""
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
""",
    "ModificationAssessment": r"""
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
""",
    "ModificationAssessment.number": "Which modification, from 1.",
    "ModificationAssessment.ground": "The legal ground relied on.",
    "ModificationAssessment.regime": "The regime it was tested under.",
    "ModificationAssessment.result": "The verdict: permitted, not permitted or depends.",
    "ModificationAssessment.value": "The change it causes in the contract's value.",
    "ModificationAssessment.original_value": "The maximum value as awarded.",
    "ModificationAssessment.share": "The value over the original value, exact.",
    "ModificationAssessment.cumulative_value": "This and the earlier modifications on the same ground.",
    "ModificationAssessment.cumulative_share": "The cumulative value over the original value, exact.",
    "ModificationAssessment.months_added": "The months it adds to the term.",
    "ModificationAssessment.term_share": "The months added over the maximum term as awarded, exact.",
    "ModificationAssessment.citation": "The rule applied.",
    "ModificationAssessment.reasons": "Each test with its figures, and the conditions the law adds: a tuple of str.",
    "ModificationAssessment.type": "The contract's row type in the threshold table.",
    "ModificationAssessment.decided_on": "The day the modification was decided.",
    "ModificationAssessment.de_minimis_threshold": "Regulation 72(1)(f): the threshold on the day decided, else None.",
    "ModificationAssessment.sentence": "The sentence for a report.",
    "ModificationAssessment._repr_html_": "An HTML table for Jupyter.",
    "assess_modification": r"""
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
""",
    "KeyDecisionRule": r"""
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
""",
    "KeyDecisionRule.__init__": "Make a rule.",
    "KeyDecisionRule.fixed": r"""
Expenditure or savings of more than an amount: Kent, "more than £1m".

Parameters
----------
authority : str
amount : Money, str, int, float or decimal.Decimal

Returns
-------
KeyDecisionRule
""",
    "KeyDecisionRule.share_or_amount": r"""
The lower of a share of the budget head and an amount: Wirral, 10% or £500,000.

Parameters
----------
authority : str
share : Rate, str, int, float, decimal.Decimal or fractions.Fraction
amount : Money, str, int, float or decimal.Decimal

Returns
-------
KeyDecisionRule
""",
    "KeyDecisionRule.revenue_and_capital": r"""
Separate revenue and capital amounts: Hyndburn, £150,000 and £200,000.

Parameters
----------
authority : str
revenue, capital : Money, str, int, float or decimal.Decimal

Returns
-------
KeyDecisionRule
""",
    "KeyDecisionRule.authority": "The authority.",
    "KeyDecisionRule.amount": "The amount above which expenditure or savings are key, or None.",
    "KeyDecisionRule.budget_share": "The share of the budget head above which they are key, or None.",
    "KeyDecisionRule.capital_amount": "The amount for capital decisions, or None.",
    "KeyDecisionRule.wards_test": "Whether effects in two or more wards make a decision key.",
    "KeyDecisionResult": r"""
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
""",
    "KeyDecisionResult.key": "True when the decision is key.",
    "KeyDecisionResult.threshold": "The money threshold applied, or None.",
    "KeyDecisionResult.reasons": "Why it is key, as notices word it: a tuple of str.",
    "KeyDecisionResult.sentence": "The sentence for a report.",
    "KeyDecisionResult.__bool__": "The same as ``key``.",
    "KeyDecisionResult._repr_html_": "HTML for Jupyter.",
    "is_key_decision": r"""
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
""",
    "TeckalResult": r"""
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
""",
    "TeckalResult.exempt": "True when every test passes.",
    "TeckalResult.reasons": "One reason per test, passed or failed: a tuple of str.",
    "TeckalResult.citation": "The rule applied.",
    "TeckalResult.notes": "What the library assumes or could not confirm from a source: a tuple of str.",
    "TeckalResult.__bool__": "The same as ``exempt``.",
    "TeckalResult._repr_html_": "HTML for Jupyter.",
    "check_teckal": r"""
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
""",
    "KeyDecisionTiming": r"""
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
""",
    "KeyDecisionTiming.route": "The route.",
    "KeyDecisionTiming.published": "The notice's day.",
    "KeyDecisionTiming.clear_days": "The clear days required.",
    "KeyDecisionTiming.counted": "Which days were counted.",
    "KeyDecisionTiming.earliest": "The first day the decision can be taken.",
    "KeyDecisionTiming.requirements": "What the route requires: a tuple of str.",
    "KeyDecisionTiming.citation": "The regulation.",
    "KeyDecisionTiming.sentence": "The sentence for a report.",
    "KeyDecisionTiming.allows": "Can the decision be taken on ``day``?",
    "earliest_key_decision": r"""
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
""",
}
