"""The docstrings of the classes and functions bound in bindings/contract.cpp, by the name Python
gives each one ("Money.from_pence"; "Term.__init__/2" for an overload's second docstring).
bindings/docstrings.cpp reads them as commissioning._core loads (see __init__.py)."""

# The scope parameter of the methods that measure a contract.
_SCOPE = r"""scope : ContractScope or str, default "current"
    "current": the base term with exercised options and modifications;
    "base": the base term as awarded; "maximum": the base term and every option,
    as awarded (the estimated value procurement rules use)."""

DOCSTRINGS: dict[str, str] = {
    "OptionStatus": r"""
Where an extension option stands; each member is its snake_case name (``"exercised"``).
""",
    "ContractPhase": r"""
The part of a contract's life a date falls in; each member is its snake_case name
(``"base_term"``); ``label`` gives the words a report uses (``"base term"``).
""",
    "ContractScope": r"""
Which length of a contract a value, an end date or a profile covers.

Members
-------
CURRENT
    "current": the base term, exercised options and modifications (the default).
BASE
    "base": the base term only, as awarded.
MAXIMUM
    "maximum": the base term and every option, as awarded (the estimated value).
""",
    "ModificationGround": r"""
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
""",
    "Term": r"""
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
""",
    "Term.__init__/1": 'Read a term as written: ``"3+1+1"``.',
    "Term.__init__/2": "Make a term from its lengths in months: ``Term(36, [12, 12])`` is 3+1+1.",
    "Term.years": r"""
A term from its lengths in whole years: ``Term.years(3, [1, 1])`` is 3+1+1.

Parameters
----------
base_years : int
extension_years : sequence of int, default ()

Returns
-------
Term
""",
    "Term.parse": r"""
Read a term as written; the same as ``Term(text)``.

Returns
-------
Term
""",
    "Term.base_months": "The base period in months (36 for 3+1+1).",
    "Term.extension_months": "The extension options in months, in order, as a tuple ((12, 12) for 3+1+1).",
    "Term.maximum_months": "The base period and every option, in months (60 for 3+1+1).",
    "Term.to_words": r"""
The term as reports write it: ``"three years plus one plus one"``.

Returns
-------
str
""",
    "Price": r"""
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
""",
    "Price.annual": r"""
The same value every contract year.

Parameters
----------
per_year : Money, str, int, float or decimal.Decimal
    Not negative (InvalidInputError, commissioning.contract.007).

Returns
-------
Price
""",
    "Price.per_contract_year": r"""
A value for each contract year, year 1 first; years beyond the list repeat the last.

Parameters
----------
values : sequence of Money, str, int, float or decimal.Decimal
    At least one, none negative (InvalidInputError, commissioning.contract.007).

Returns
-------
Price
""",
    "Price.total_over_base": r"""
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
""",
    "Price.basis": 'How the price is stated: "annual", "per_contract_year" or "total_over_base".',
    "Price.values": "The annual values as stated, year 1 first (a tuple of Money).",
    "Price.stated_total": "The stated total of a price over the base term; None for the other bases.",
    "Price.annual_rate": r"""
The annual value stated for contract year ``year`` (from 1), before indexation.

Raises OutOfRangeError (commissioning.contract.001) for a year before the first.
""",
    "Indexation": r"""
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
""",
    "Indexation.none": "No indexation: the price as stated.",
    "Indexation.fixed": r"""
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
""",
    "Indexation.index_series": r"""
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
""",
    "Indexation.method": '"none", "fixed" or "index_series".',
    "Indexation.uplift": "The fixed uplift; None for the other methods.",
    "Indexation.from_year": "The first contract year uplifted.",
    "Indexation.rounding": "How each uplifted year is rounded to the penny.",
    "Indexation.levels": "An index series' levels by calendar year (a new dict; empty for the other methods).",
    "Indexation.lag_years": "An index series' lag, in years.",
    "Indexation.cap": "The most an index series' uplift may be, or None.",
    "Indexation.floor": "The least an index series' uplift may be, or None.",
    "Indexation.uplift_for": r"""
The uplift at the anniversary that starts contract year ``year``, in calendar year
``anniversary_year``; zero before ``from_year``.

Returns
-------
Rate

Raises
------
OutOfRangeError
    The series has no level the uplift needs (commissioning.contract.009).
""",
    "parse_modification_ground": r"""
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
""",
    "citation": r"""
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
""",
    "FinancialYearProfile": r"""
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
""",
    "FinancialYearProfile.rule": "The rule used.",
    "FinancialYearProfile.rule_description": "The rule as results state it.",
    "FinancialYearProfile.years": "Each financial year's amount, in order.",
    "FinancialYearProfile.total": "The sum of the years: the value profiled.",
    "FinancialYearProfile.basis": 'The term profiled: "the current term, to 31 March 2025".',
    "FinancialYearProfile.to_pandas": r"""
The profile as a pandas Series (pandas is imported only when this is called).

Returns
-------
pandas.Series
    Named ``"amount"``, of exact ``decimal.Decimal`` pounds, indexed by financial-year
    label (``"2016-17"``, index name ``"financial_year"``); the rule's description is in
    ``series.attrs["rule"]`` and the term profiled in ``series.attrs["basis"]``. Its sum is
    the exact total.
""",
    "FinancialYearProfile._repr_html_": "An HTML table for Jupyter, captioned with the rule.",
    "Contract": r"""
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
""",
    "Contract.__init__": "Award a contract: a start, a term and a price.",
    "Contract.name": "The contract's name.",
    "Contract.provider": "The provider.",
    "Contract.start": "The first day.",
    "Contract.term": "The term as awarded, with its options.",
    "Contract.price": "The price as stated.",
    "Contract.indexation": "How the annual price moves each year.",
    "Contract.options": "The extension options, in order: a list of ExtensionOption(months, status).",
    "Contract.modifications": "The modifications, in order: a list of Modification.",
    "Contract.exercise": r"""
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
""",
    "Contract.decline": r"""
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
""",
    "Contract.modify": r"""
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
""",
    "Contract.month_at": r"""
The months from the start to ``day``, a monthly anniversary of the start inside the contract.

Raises InvalidInputError (commissioning.contract.006) for any other day.
""",
    "Contract.base_end": "The last day of the base term: 1 May 2016 + 3 years - 1 day = 30 April 2019.",
    "Contract.current_end": "The last day with exercised options and modifications.",
    "Contract.maximum_end": "The latest end still possible: every pending option exercised, declined ones not.",
    "Contract.state_on": r"""
The part of the contract's life a day falls in.

Returns
-------
ContractState
    A str such as ``"base term"``, ``"extension 2"``, ``"modification 1"``,
    ``"not started"`` or ``"ended"``, with ``.phase`` and ``.number``.
""",
    "Contract.annual_value": "The annual value stated for contract year 1, before indexation.",
    "Contract.base_value": "The value of the base term as awarded.",
    "Contract.maximum_value": "The value of the base term and every option, as awarded: the estimated value.",
    "Contract.current_value": "The value with exercised options and modifications.",
    "Contract.annual_value_on": r"""
The annual value in force on a day: indexation and changes of value included.

Raises OutOfRangeError (commissioning.contract.013) for a day outside the contract.
""",
    "Contract.modification_values": r"""
What each modification is worth, against the original value (the maximum value as awarded).

Returns
-------
list of ModificationValue
    ``(value, share, cumulative, cumulative_share)``; shares are exact Rates. Seed 004's
    12-month extension at £325,484 is worth £325,484, 1/5 of the original £1,627,420.
""",
    "Contract.spend_between": r"""
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
""",
    "Contract.spend_to": r"""
The money due from the start up to and including ``day`` (nothing before the start).

Parameters
----------
day : datetime.date or str
rule : ApportionRule or str, default "monthly"

Returns
-------
Money
""",
    "Contract.__copy__": "An independent copy, with the same history.",
    "Contract.__deepcopy__": "An independent copy, with the same history.",
    "funding_sentence": r"""
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
""",
    "report_figure": r"""
A figure as a report prints it: whole pounds when there are no pence (``"£1,627,500"``),
pounds and pence otherwise (``"£325,484.88"``).

Parameters
----------
amount : Money, str, int, float or decimal.Decimal

Returns
-------
str
""",
    "Contract.end": r"""
The last day of the contract over a scope.

Parameters
----------
""" + _SCOPE + r"""

Returns
-------
datetime.date
""",
    "Contract.value": r"""
The contract's value over a scope: the sum of its contract years.

Parameters
----------
""" + _SCOPE + r"""

Returns
-------
Money

Raises
------
OutOfRangeError
    An index series lacks a level the value needs (commissioning.contract.009).
""",
    "Contract.contract_years": r"""
Each contract year's dates, phase and value.

Parameters
----------
""" + _SCOPE + r"""

Returns
-------
ContractYears
    A list of ``ContractYear(number, period, phase, value)`` whose values sum exactly to
    ``value(scope)``, with ``total`` and ``to_pandas()``.
""",
    "Contract.profile": r"""
The contract's money by financial year: each run of months at one annual value is
apportioned into financial years by the rule, so the profile sums exactly to the value.

Parameters
----------
""" + _SCOPE + r"""
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
""",
}
