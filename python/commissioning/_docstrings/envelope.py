"""The docstrings of the classes and functions bound in bindings/envelope.cpp, by the name Python
gives each one ("Money.from_pence"; "Term.__init__/2" for an overload's second docstring).
bindings/docstrings.cpp reads them as commissioning._core loads (see __init__.py)."""

DOCSTRINGS: dict[str, str] = {
    "Delivery": r"""
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
""",
    "ChangeKind": r"""
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
""",
    "Envelope": r"""
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
""",
    "Envelope.flat": r"""
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
""",
    "Envelope.per_year": r"""
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
""",
    "Envelope.uplifted": r"""
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
""",
    "Envelope.capped_at": r"""
The same envelope with no year above ``cap`` (an earlier, lower cap still holds).

Parameters
----------
cap : Money, str, int, float or decimal.Decimal
    Not negative (InvalidInputError, commissioning.envelope.002).

Returns
-------
Envelope
""",
    "Envelope.available": r"""
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
""",
    "Envelope.name": "The envelope's name.",
    "Envelope.start_month": "The month its years start in (4 for April).",
    "Envelope.cap": "The cap applied by ``capped_at``, or None.",
    "Envelope.first_year": "The first year.",
    "Envelope.last_year": "The last year.",
    "Envelope.years": "Every year from the first to the last.",
    "Envelope.by_year": "The money available by financial-year label (a new dict, in year order).",
    "Envelope.total": "The money available over all the years.",
    "Envelope.to_pandas": r"""
The envelope as a pandas Series (pandas is imported only when this is called).

Returns
-------
pandas.Series
    Named after the envelope, of exact ``decimal.Decimal`` pounds, indexed by
    financial-year label (index name ``"financial_year"``).
""",
    "Envelope._repr_html_": "An HTML table for Jupyter.",
    "Commitment": r"""
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
""",
    "Commitment.of": r"""
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
""",
    "Commitment.annual": r"""
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
""",
    "Commitment.per_year": r"""
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
""",
    "Commitment.name": "The line's name.",
    "Commitment.provider": "The provider.",
    "Commitment.basis": 'What a contract\'s commitment covers ("the current term, to 31 March 2027"); empty for other commitments.',
    "Commitment.start_month": "The month its years start in.",
    "Commitment.years": "The years it commits money in, in order.",
    "Commitment.by_year": "What it commits by financial-year label (a new dict, in year order).",
    "Commitment.total": "What it commits over all its years.",
    "Commitment.in_year": r"""
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
""",
    "Commitment.to_pandas": r"""
The commitment as a pandas Series of exact ``decimal.Decimal`` pounds, named after the line
and indexed by financial-year label.

Returns
-------
pandas.Series
""",
    "EnvelopePosition": r"""
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
""",
    "EnvelopePosition.envelope_name": "The envelope's name.",
    "EnvelopePosition.years": "Each year's position, in order: a list of YearPosition.",
    "EnvelopePosition.breaches": "Every year over the envelope, in order: a list of Breach.",
    "EnvelopePosition.bases": 'What each contract commitment covers, in order ("Kent Young Carers over the current term, to 31 March 2027"): no scope is silent, and the position\'s table notes them.',
    "EnvelopePosition.ok": "True when no year is over.",
    "EnvelopePosition.total_available": "The money available over all the years.",
    "EnvelopePosition.total_committed": "The money committed over all the years.",
    "EnvelopePosition.total_headroom": "Available less committed over all the years (negative: a shortfall).",
    "EnvelopePosition.to_pandas": r"""
The position as a pandas DataFrame (pandas is imported only when this is called).

Returns
-------
pandas.DataFrame
    Indexed by financial-year label (index name ``"financial_year"``), with columns
    ``available``, ``committed``, ``headroom`` and ``cumulative_headroom`` of exact
    ``decimal.Decimal`` pounds and ``breach`` (bool); the envelope's name is in
    ``df.attrs["envelope"]``.
""",
    "EnvelopePosition._repr_html_": "An HTML table for Jupyter, each year over the envelope marked.",
    "assess": r"""
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
""",
    "Portfolio": r"""
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
""",
    "Portfolio.__init__": "Make an empty portfolio.",
    "Portfolio.add": r"""
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
""",
    "Portfolio.add_contract": r"""
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
""",
    "Portfolio.name": "The portfolio's name.",
    "Portfolio.lines": "Every line, in the order added: a list of PortfolioLine.",
    "Portfolio.services": "The services, in the order they first appear.",
    "Portfolio.total": "The annual cost of every line.",
    "Portfolio.service_total": r"""
The annual cost of one service: the subtotal of its lines.

Raises
------
InvalidInputError
    The portfolio has no such service (commissioning.portfolio.003).
""",
    "Portfolio.by_service": r"""
The services in the order they first appear, each with its lines and subtotal.

Returns
-------
list of ServiceGroup
    ``(service, lines, subtotal)``.
""",
    "Portfolio.from_frame": r"""
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
""",
    "Portfolio.from_records": r"""
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
""",
    "Portfolio.__copy__": "An independent copy.",
    "Portfolio.__deepcopy__": "An independent copy.",
    "Portfolio.to_pandas": r"""
The lines as a pandas DataFrame (pandas is imported only when this is called).

Returns
-------
pandas.DataFrame
    One row per line with columns ``service``, ``provider``, ``delivery`` (str) and
    ``annual`` (exact ``decimal.Decimal`` pounds); the portfolio's name is in
    ``df.attrs["name"]``. ``Portfolio.from_frame(df)`` reads it back.
""",
    "Portfolio._repr_html_": "An HTML table for Jupyter: each service's lines, its subtotal, and the total.",
    "PortfolioChange": r"""
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
""",
    "PortfolioChange.change_by": r"""
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
""",
    "PortfolioChange.change_by_percent": r"""
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
""",
    "PortfolioChange.bring_in_house": r"""
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
""",
    "PortfolioChange.move_to_sla": r"""
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
""",
    "PortfolioChange.end": r"""
Stop a service: its whole cost is saved.

Parameters
----------
service : str
effective : datetime.date or str

Returns
-------
PortfolioChange
""",
    "PortfolioChange.add": r"""
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
""",
    "PortfolioChange.kind": "What the change does.",
    "PortfolioChange.service": "The service it changes.",
    "PortfolioChange.provider": "The new provider, or None.",
    "PortfolioChange.amount": "The change in annual cost (for add, the annual cost).",
    "PortfolioChange.percent": "The share of the cost it changes by (change_by_percent), or None.",
    "PortfolioChange.effective": "The day the change takes effect.",
    "PortfolioChange.delivery": "How the service is delivered after the change.",
    "ProposalResult": r"""
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
""",
    "ProposalResult.before": "The portfolio before (a copy).",
    "ProposalResult.after": "The portfolio after (a copy).",
    "ProposalResult.changes": "What each change did, in order: a list of ChangeOutcome.",
    "ProposalResult.full_year_saving": "The total before less the total after: a full year's saving.",
    "ProposalResult.in_year_saving": "The sum of the changes' in-year savings.",
    "ProposalResult.in_year_savings": "The in-year savings by the financial-year label of the year each change takes effect in.",
    "ProposalResult.to_pandas": r"""
The changes as a pandas DataFrame (pandas is imported only when this is called).

Returns
-------
pandas.DataFrame
    One row per change: ``kind``, ``service`` (str), ``effective`` (datetime.date),
    ``before``, ``after``, ``saving`` (exact ``decimal.Decimal`` pounds), ``in_year`` (the
    financial-year label), ``in_year_share`` (``decimal.Decimal``: exact where the share
    terminates, else to 28 significant digits) and ``in_year_saving``; the totals are in
    ``df.attrs`` (``before``, ``after``, ``full_year_saving``, ``in_year_saving``).
""",
    "ProposalResult._repr_html_": "An HTML table for Jupyter: each change, its savings, and the totals.",
    "Portfolio.apply": r"""
Apply a proposal's changes, in order; the same as ``apply_changes(portfolio, changes)``.

The portfolio is left as it was; the result holds it before and after.

Parameters
----------
changes : iterable of PortfolioChange
start_month : int, default 4

Returns
-------
ProposalResult
""",
    "apply_changes": r"""
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
""",
    "Statement": r"""
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
""",
    "Statement.__init__": "Make a statement from its lines, its stated total, or both.",
    "Statement.of": r"""
A portfolio's services as a statement, one line per service (its subtotal).

Parameters
----------
portfolio : Portfolio
source : str, optional
    The portfolio's name by default.

Returns
-------
Statement
""",
    "Statement.source": "Where the figures come from.",
    "Statement.lines": "The labelled lines, in order: a list of StatementLine.",
    "Statement.stated_total": "The total stated, or None.",
    "Statement.total": "The stated total if there is one, else the sum of the lines.",
    "Reconciliation": r"""
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
""",
    "Reconciliation.first_source": "The first statement's source.",
    "Reconciliation.second_source": "The second statement's source.",
    "Reconciliation.first_total": "The first statement's total.",
    "Reconciliation.second_total": "The second statement's total.",
    "Reconciliation.difference": "Second total less first total.",
    "Reconciliation.lines": "Line by line: a list of ReconciliationLine.",
    "Reconciliation.unexplained": "The part of the difference the lines do not explain.",
    "Reconciliation.to_pandas": r"""
The lines as a pandas DataFrame (pandas is imported only when this is called).

Returns
-------
pandas.DataFrame
    Indexed by label (index name ``"label"``), with columns ``first``, ``second`` and
    ``difference`` of exact ``decimal.Decimal`` pounds (None where a statement lacks the
    line); the sources and totals are in ``df.attrs`` (``first_source``, ``second_source``,
    ``first_total``, ``second_total``, ``difference``, ``unexplained``).
""",
    "Reconciliation._repr_html_": "An HTML table for Jupyter: the lines, what they leave unexplained, and the totals.",
    "reconcile": r"""
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
""",
    "MediumTermView": r"""
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
""",
    "MediumTermView.envelope_name": "The envelope's name.",
    "MediumTermView.base_cost": "The cost in the first year.",
    "MediumTermView.inflation": "The rise in cost each year.",
    "MediumTermView.years": "Each year, in order: a list of MediumTermYear.",
    "MediumTermView.total_gap": "The sum of the years' gaps.",
    "MediumTermView.to_pandas": r"""
The view as a pandas DataFrame (pandas is imported only when this is called).

Returns
-------
pandas.DataFrame
    Indexed by financial-year label (index name ``"financial_year"``), with columns
    ``budget``, ``cost``, ``savings`` and ``gap`` of exact ``decimal.Decimal`` pounds.
""",
    "MediumTermView._repr_html_": "An HTML table for Jupyter.",
    "medium_term_view": r"""
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
""",
}
