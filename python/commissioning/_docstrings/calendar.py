"""The docstrings of the classes and functions bound in bindings/calendar.cpp, by the name Python
gives each one ("Money.from_pence"; "Term.__init__/2" for an overload's second docstring).
bindings/docstrings.cpp reads them as commissioning._core loads (see __init__.py)."""

DOCSTRINGS: dict[str, str] = {
    "parse_date": r"""
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
""",
    "add_months": r"""
The date a whole number of months later (earlier if negative).

The day clamps to the end of a shorter month: 31 January + 1 month is 28 (or 29) February.

Parameters
----------
day : datetime.date or str
months : int

Returns
-------
datetime.date
""",
    "add_years": r"""
The date a whole number of years later (earlier if negative); 29 February clamps to 28 February.

Parameters
----------
day : datetime.date or str
years : int

Returns
-------
datetime.date
""",
    "to_long_string": r"""
The date as reports write it: ``"1 May 2016"``.

Parameters
----------
day : datetime.date or str

Returns
-------
str
""",
    "FinancialYear": r"""
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
""",
    "FinancialYear.__init__": "Make the financial year that starts in ``start_year`` (or read a label).",
    "FinancialYear.of": r"""
The financial year containing a date.

Parameters
----------
day : datetime.date or str
start_month : int, default 4

Returns
-------
FinancialYear
""",
    "FinancialYear.parse": r"""
Read a label: ``"2022-23"``, ``"2022/23"``, ``"FY2022-23"``, ``"2022-2023"`` (``"2022"`` for a January start).

Raises
------
InvalidInputError
    Unreadable text (commissioning.financial_year.001) or years that do not follow
    each other, such as "2022-24" (commissioning.financial_year.003).
""",
    "FinancialYear.label": 'The label, ``"2022-23"``.',
    "FinancialYear.start_year": "The calendar year the financial year starts in.",
    "FinancialYear.start_month": "The month the year starts in (4 for April).",
    "FinancialYear.first_day": "The first day (1 April 2022 for 2022-23).",
    "FinancialYear.last_day": "The last day (31 March 2023 for 2022-23).",
    "FinancialYear.period": "The year as a Period.",
    "FinancialYear.next": "The following financial year.",
    "FinancialYear.previous": "The preceding financial year.",
    "FinancialYear.contains": "Whether the date falls in this year.",
    "financial_years": r"""
Every financial year from ``first`` to ``last``, both included.

Parameters
----------
first, last : FinancialYear
    With the same start month; ``last`` not before ``first``
    (InvalidInputError, commissioning.financial_year.005).

Returns
-------
list of FinancialYear
""",
    "Period": r"""
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
""",
    "Period.__init__": "Make the period from first to last.",
    "Period.of_months": r"""
The period of ``months`` whole months from ``first``; month n ends the day before first + n months.

Parameters
----------
first : datetime.date or str
months : int
    At least 1 (InvalidInputError, commissioning.period.003).

Returns
-------
Period
""",
    "Period.of_years": r"""
The period of ``years`` whole years from ``first``: 1 May 2016 and 3 give 1 May 2016 to 30 April 2019.

Parameters
----------
first : datetime.date or str
years : int
    At least 1 (InvalidInputError, commissioning.period.003).

Returns
-------
Period
""",
    "Period.first": "The first day.",
    "Period.last": "The last day (included).",
    "Period.days": "The number of days, both ends included.",
    "Period.length": r"""
The whole months from the first day, and the days after them.

Returns
-------
MonthsAndDays
    A named tuple ``(months, days)``: 1 May 2016 to 30 April 2019 is (36, 0);
    1 May to 14 June is (1, 14).
""",
    "Period.intersection": r"""
The days both periods share.

Returns
-------
Period or None
    None if the periods do not overlap.
""",
    "Period.contains": "Whether the date falls in the period.",
    "Period.split_by_financial_year": r"""
Cut the period at financial-year boundaries, in date order.

Parameters
----------
start_month : int, default 4

Returns
-------
list of FinancialYearPart
    Named tuples ``(year, period)``.
""",
    "ApportionRule": r"""
How an amount over a period is spread across financial years.

Each member is its name in lowercase (``ApportionRule.DAILY == "daily"``), and wherever a rule
is taken that text is accepted too.

Members
-------
MONTHLY
    Equal monthly instalments, a part month pro rata by its days (the default).
DAILY
    In proportion to the days in each financial year.
""",
    "ApportionedAmount": r"""
One financial year's share of an apportionment.

Attributes
----------
year : FinancialYear
period : Period
    The days of the apportioned period that fall in the year.
amount : Money
""",
    "ApportionedAmount.year": "The financial year.",
    "ApportionedAmount.period": "The days that fall in the year.",
    "ApportionedAmount.amount": "The year's share.",
    "Apportionment": r"""
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
""",
    "Apportionment.total": "The amount spread.",
    "Apportionment.period": "The period spread over.",
    "Apportionment.rule": "The rule used.",
    "Apportionment.rule_description": "The rule as results state it.",
    "Apportionment.parts": "Each financial year's share, in date order.",
    "Apportionment.to_pandas": r"""
The parts as a pandas DataFrame (pandas is imported only when this is called).

Returns
-------
pandas.DataFrame
    Columns ``financial_year`` (str), ``first`` and ``last`` (datetime.date),
    ``days`` (int) and ``amount`` (exact decimal.Decimal pounds); the rule's
    description is in ``df.attrs["rule"]``.
""",
    "Apportionment._repr_html_": "An HTML table for Jupyter, captioned with the rule.",
    "apportion": r"""
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
""",
}
