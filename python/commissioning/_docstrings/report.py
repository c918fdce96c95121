"""The docstrings of the classes and functions bound in bindings/report.cpp, by the name Python
gives each one ("Money.from_pence"; "Term.__init__/2" for an overload's second docstring).
bindings/docstrings.cpp reads them as commissioning._core loads (see __init__.py)."""

DOCSTRINGS: dict[str, str] = {
    "ColumnKind": r"""
What a report table's column holds.
""",
    "Alignment": r"""
How a column's cells are aligned.
""",
    "TotalRounding": r"""
How a table's display figures relate to the totals shown: ``CONSISTENT`` (rounded
figures add up to the rounded totals, largest remainder, noted) or ``INDEPENDENT``.
""",
    "CsvValues": r"""
What a CSV table holds: ``RAW`` figures as plain numbers, or ``DISPLAY`` figures as shown.
""",
    "Column": r"""
A column of a report table: its heading, kind, alignment and number format.

Make one with ``Column.text``, ``Column.money``, ``Column.percent``, ``Column.count`` or
``Column.number``; money columns show whole pounds unless given another unit.

Examples
--------
>>> Column.money("Costings", unit="pounds_and_pence").kind
<ColumnKind.MONEY: 'money'>
""",
    "Column.text": "A text column (words, or a list of points); ``row_header`` cells name their row.",
    "Column.money": "A money column, shown in ``unit`` (whole pounds by default).",
    "Column.percent": "A column of rates shown as percentages.",
    "Column.count": "A column of whole numbers.",
    "Column.number": "A column of other figures (factors, ratios).",
    "Column.heading": "The column's heading.",
    "Column.kind": "What the column holds.",
    "Column.align": "How its cells are aligned.",
    "Column.row_header": "True when its cells name their row.",
    "Table": r"""
A report table: typed columns, rows, groups with subtotals, totals, caption, notes and source.

Display rounding is separate from the figures: with whole pounds (or thousands, millions) the
rounded figures shown add up to the rounded subtotals and totals shown (largest remainder), and a
note says how many were adjusted; ``rounding="independent"`` rounds each on its own instead.

Examples
--------
>>> t = Table("Spend", [Column.text("Service", row_header=True), Column.money("Cost")])
>>> t.add_row(["Young carers", "£325,484.88"]).add_total().to_markdown().splitlines()[-1]
'| **Total** | **£325,485** |'
""",
    "Table.add_row": "Adds a body row: one value per column (None for an empty cell). Returns the table.",
    "Table.begin_group": "Starts a group of rows that ``add_subtotal`` will close.",
    "Table.add_subtotal": "Closes the group with a row of its sums, labelled in ``label_column`` (the first text column by default).",
    "Table.add_total": "A row of the sums of every body row.",
    "Table.add_summary": "A row shown with the totals whose figures are given, not summed.",
    "Table.note": "Adds a note, shown below the table. Returns the table.",
    "Table.source": "The source line shown below the table.",
    "Table.rounding": "``consistent`` (rounded figures add up to the totals shown) or ``independent``.",
    "Table.caption": "The caption, shown above the table.",
    "Table.columns": "The columns, in order.",
    "Table.notes": "The notes given (display rounding adds its own when rendered).",
    "Table.rows": "The rows as (kind, cells) pairs: kind is 'body', 'subtotal', 'total' or 'summary'.",
    "Table.to_markdown": "The table as GitHub-flavoured Markdown.",
    "Table.to_html": "Semantic, escaped HTML (``<caption>``, ``<th scope>``); a whole document when ``standalone``.",
    "Table.to_csv": "RFC 4180 CSV: figures as plain numbers (``values='raw'``) or as shown (``'display'``).",
    "Table.to_json": "The table as a dict: caption, columns, rows (display text and exact values), notes, source.",
    "Table.to_text": r"""
Aligned plain text for a terminal, no line wider than ``width`` (at least 40, or
InvalidInputError commissioning.report.005): long text wraps, and a table that cannot fit even
so is set out a row per block, each cell beside its column's heading.
""",
    "Table._repr_html_": "The HTML table, for Jupyter.",
    "Table._repr_markdown_": "The Markdown table, for Jupyter.",
    "Table.__str__": "The table as aligned text.",
    "to_html_document": r"""
A whole HTML page: a heading, the tables, then the paragraphs (e.g. "Financial implications"),
every text escaped, with a plain council stylesheet unless one is given.
""",
    "options_table": r"""
The cabinet report's options table: Option | Advantages | Disadvantages | Risks | whole-life
cost | present value of costs | equivalent annual cost | statutory duties | rank, with the
reasons as notes; the Advantages, Disadvantages and Risks columns each only when an option
names one.
""",
    "appraisal_years_table": "One option's costs, optimism bias, benefits, net cost, discount factor and present value by year.",
    "financial_year_table": "Financial year | Amount, with the total; a contract's profile notes the term it covers (``basis``).",
    "portfolio_table": "Seed 002's table: Contract name | Provider | Costings, services lettered, subtotals and the total.",
    "proposal_table": "The portfolio before a proposal, with the total and the revised total.",
    "contract_summary_table": "A contract's term, dates, values, options and modifications.",
    "sensitivity_table": "Input | at −x% | at +x% | swing | whether the preferred option changes.",
    "switching_values_table": "Input | options compared | change needed | finding.",
    "procurement_table": "Regime, contract type, value, threshold, consequence and citation of a procurement; headed '<subject>: procurement' when the contract or procurement judged is given.",
    "assumptions_table": r"""
Every assumption an appraisal's figures rest on (an ``AppraisalResult``), numbered: the price
basis and deflator, the period, the discounting, optimism bias, each risk's expected value added
to the costs, and the user's own.
""",
    "modification_table": r"""
A modification tested against its regime's rules (a ``ModificationAssessment``): ground, value,
share of the original value, cumulative share, months added, verdict and citation; the reasons
and the sentence as notes. Headed "<subject>: modification <n> (<ground>)" when the contract is
given.
""",
    "envelope_position_table": r"""
An envelope against its commitments (an ``EnvelopePosition``): Financial year | Available |
Committed | Headroom | Cumulative headroom, with totals, and each breach as a note: its lines
named when there are at most 10, else their count, total, the 5 largest and the rest.
""",
    "envelope_exceedance_table": r"""
Option | the probability that its cash costs exceed the simulation's envelope, a column a year.
""",
    "appraisal_sentence": r"""
The appraisal in one sentence: "Over 5 years from 2022-23, the preferred option, ..., costs
£1,642,500 in cash and £1,536,087 in present value (...), £25,000 less in present value than ...".
""",
    "financial_implications_paragraph": r"""
Seed 000's paragraph: "This service will be funded from within <funded_from>. The funding
available is £325,500 per annum. This equates to £1,627,500 over the term of the proposed
contract and extensions (three years plus one plus one)."

``contract`` may be a list of Contracts, or with ``lots=True`` the lots of one procurement:
their figures are summed and each named (``funding_sentence``).
""",
    "spend_to_date_sentence": r"""
Seed 004's sentence: "From 1 May 2016 to 30 April 2022 Kent County Council have spent
£1,952,904 on the delivery of the young carers service." (to: the current end by default).
""",
}
