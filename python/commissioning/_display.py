"""Tables of results: pandas DataFrames and HTML for Jupyter (used by the compiled core)."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._core import (
        Apportionment,
        Commitment,
        Envelope,
        EnvelopePosition,
        FinancialYearProfile,
        MediumTermView,
        KeyDecisionResult,
        ModificationAssessment,
        Money,
        Portfolio,
        ProcurementAssessment,
        ProposalResult,
        Reconciliation,
        TeckalResult,
        ThresholdTable,
    )
    from ._types import ContractYears


def apportionment_to_pandas(result: Apportionment) -> Any:
    """The parts of an apportionment as a DataFrame; pandas is imported here, on demand."""
    import pandas as pd

    parts = result.parts
    frame = pd.DataFrame(
        {
            "financial_year": [part.year.label for part in parts],
            "first": pd.Series([part.period.first for part in parts], dtype=object),
            "last": pd.Series([part.period.last for part in parts], dtype=object),
            "days": pd.Series([part.period.days for part in parts], dtype="int64"),
            "amount": pd.Series([part.amount.pounds for part in parts], dtype=object),
        }
    )
    frame.attrs["rule"] = result.rule_description
    return frame


def apportionment_html(result: Apportionment) -> str:
    """An HTML table of an apportionment, captioned with what was spread and by which rule."""
    from ._core import to_long_string

    def cell(text: object, tag: str = "td", numeric: bool = False) -> str:
        style = ' style="text-align: right"' if numeric else ""
        return f"<{tag}{style}>{html.escape(str(text))}</{tag}>"

    rule = result.rule_description
    caption = f"{result.total} over {result.period}, apportioned {rule if rule.startswith('by ') else 'by ' + rule}"
    head = "".join(cell(name, "th") for name in ("Financial year", "From", "To", "Days", "Amount"))
    body = "".join(
        "<tr>"
        + cell(part.year.label)
        + cell(to_long_string(part.period.first))
        + cell(to_long_string(part.period.last))
        + cell(part.period.days, numeric=True)
        + cell(part.amount, numeric=True)
        + "</tr>"
        for part in result.parts
    )
    total = (
        "<tr>" + cell("Total", "th") + cell("") + cell("")
        + cell(result.period.days, numeric=True) + cell(result.total, numeric=True) + "</tr>"
    )
    return (
        '<table class="commissioning-apportionment">'
        f"<caption>{html.escape(caption)}</caption>"
        f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody><tfoot>{total}</tfoot></table>"
    )


def _cell(text: object, tag: str = "td", numeric: bool = False) -> str:
    style = ' style="text-align: right"' if numeric else ""
    return f"<{tag}{style}>{html.escape(str(text))}</{tag}>"


def profile_to_pandas(profile: FinancialYearProfile) -> Any:
    """A contract's profile as a Series of exact Decimal pounds indexed by financial year."""
    import pandas as pd

    years = profile.years
    series = pd.Series(
        [year.amount.pounds for year in years],
        index=pd.Index([year.year.label for year in years], name="financial_year"),
        dtype=object,
        name="amount",
    )
    series.attrs["rule"] = profile.rule_description
    series.attrs["basis"] = profile.basis
    return series


def profile_html(profile: FinancialYearProfile) -> str:
    """An HTML table of a profile by financial year, captioned with its rule and the term it covers."""
    body = "".join(
        "<tr>" + _cell(year.year.label) + _cell(year.amount, numeric=True) + "</tr>" for year in profile.years
    )
    total = "<tr>" + _cell("Total", "th") + _cell(profile.total, numeric=True) + "</tr>"
    return (
        '<table class="commissioning-profile">'
        f"<caption>By financial year ({html.escape(profile.rule_description)})"
        f"{', over ' + html.escape(profile.basis) if profile.basis else ''}</caption>"
        f"<thead><tr>{_cell('Financial year', 'th')}{_cell('Amount', 'th')}</tr></thead>"
        f"<tbody>{body}</tbody><tfoot>{total}</tfoot></table>"
    )


def contract_years_to_pandas(years: ContractYears) -> Any:
    """A contract's years as a DataFrame; pandas is imported here, on demand."""
    import pandas as pd

    return pd.DataFrame(
        {
            "number": pd.Series([year.number for year in years], dtype="int64"),
            "first": pd.Series([year.period.first for year in years], dtype=object),
            "last": pd.Series([year.period.last for year in years], dtype=object),
            "phase": [str(year.phase) for year in years],
            "value": pd.Series([year.value.pounds for year in years], dtype=object),
        }
    )


def contract_years_html(years: ContractYears) -> str:
    """An HTML table of a contract's years."""
    from ._core import to_long_string

    head = "".join(_cell(name, "th") for name in ("Year", "From", "To", "Phase", "Value"))
    body = "".join(
        "<tr>"
        + _cell(year.number, numeric=True)
        + _cell(to_long_string(year.period.first))
        + _cell(to_long_string(year.period.last))
        + _cell(year.phase)
        + _cell(year.value, numeric=True)
        + "</tr>"
        for year in years
    )
    total = "<tr>" + _cell("Total", "th") + _cell("") * 3 + _cell(years.total, numeric=True) + "</tr>"
    return (
        '<table class="commissioning-contract-years">'
        f"<caption>Contract years</caption>"
        f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody><tfoot>{total}</tfoot></table>"
    )


# ---------------------------------------------------------------- the budget layer


def _table(css: str, caption: str, head: list[str], body: str, foot: str = "") -> str:
    header = "".join(_cell(name, "th") for name in head)
    return (
        f'<table class="commissioning-{css}">'
        + (f"<caption>{html.escape(caption)}</caption>" if caption else "")
        + f"<thead><tr>{header}</tr></thead><tbody>{body}</tbody>"
        + (f"<tfoot>{foot}</tfoot>" if foot else "")
        + "</table>"
    )


def _pounds_series(by_year: dict[str, Money], name: str) -> Any:
    import pandas as pd

    return pd.Series(
        [amount.pounds for amount in by_year.values()],
        index=pd.Index(list(by_year), name="financial_year", dtype=object),
        dtype=object,
        name=name,
    )


def envelope_to_pandas(envelope: Envelope) -> Any:
    """An envelope as a Series of exact Decimal pounds indexed by financial year."""
    return _pounds_series(envelope.by_year, envelope.name)


def commitment_to_pandas(commitment: Commitment) -> Any:
    """A commitment as a Series of exact Decimal pounds indexed by financial year."""
    return _pounds_series(commitment.by_year, commitment.name)


def envelope_html(envelope: Envelope) -> str:
    """An HTML table of an envelope by financial year."""
    body = "".join(
        "<tr>" + _cell(label) + _cell(amount, numeric=True) + "</tr>" for label, amount in envelope.by_year.items()
    )
    foot = "<tr>" + _cell("Total", "th") + _cell(envelope.total, numeric=True) + "</tr>"
    caption = envelope.name + (f" (capped at {envelope.cap})" if envelope.cap is not None else "")
    return _table("envelope", caption, ["Financial year", "Available"], body, foot)


def position_to_pandas(position: EnvelopePosition) -> Any:
    """An envelope position as a DataFrame indexed by financial year."""
    import pandas as pd

    years = position.years
    over = {breach.year for breach in position.breaches}
    frame = pd.DataFrame(
        {
            column: pd.Series([getattr(year, column).pounds for year in years], dtype=object)
            for column in ("available", "committed", "headroom", "cumulative_headroom")
        }
    )
    frame["breach"] = pd.Series([year.year in over for year in years], dtype=bool)
    frame.index = pd.Index([year.year.label for year in years], name="financial_year", dtype=object)
    frame.attrs["envelope"] = position.envelope_name
    return frame


def position_html(position: EnvelopePosition) -> str:
    """An HTML table of an envelope position; a year over the envelope is marked."""
    over = {breach.year: breach for breach in position.breaches}
    rows = []
    for year in position.years:
        breach = over.get(year.year)
        note = ""
        if breach is not None:
            lines = "; ".join(
                f"{line.name}" + (f" ({line.provider})" if line.provider else "") + f": {line.amount}"
                for line in breach.lines
            )
            note = f"over by {breach.shortfall}" + (f": {lines}" if lines else "")
        row_class = ' class="breach"' if breach is not None else ""
        rows.append(
            f"<tr{row_class}>"
            + _cell(year.year.label)
            + _cell(year.available, numeric=True)
            + _cell(year.committed, numeric=True)
            + _cell(year.headroom, numeric=True)
            + _cell(year.cumulative_headroom, numeric=True)
            + _cell(note)
            + "</tr>"
        )
    foot = (
        "<tr>"
        + _cell("Total", "th")
        + _cell(position.total_available, numeric=True)
        + _cell(position.total_committed, numeric=True)
        + _cell(position.total_headroom, numeric=True)
        + _cell("")
        + _cell("")
        + "</tr>"
    )
    head = ["Financial year", "Available", "Committed", "Headroom", "Cumulative headroom", "Breach"]
    return _table("envelope-position", position.envelope_name, head, "".join(rows), foot)


def portfolio_to_pandas(portfolio: Portfolio) -> Any:
    """A portfolio's lines as a DataFrame, one row per line."""
    import pandas as pd

    lines = portfolio.lines
    frame = pd.DataFrame(
        {
            "service": pd.Series([line.service for line in lines], dtype=object),
            "provider": pd.Series([line.provider for line in lines], dtype=object),
            "delivery": pd.Series([str(line.delivery) for line in lines], dtype=object),
            "annual": pd.Series([line.annual.pounds for line in lines], dtype=object),
        }
    )
    frame.attrs["name"] = portfolio.name
    return frame


def _portfolio_rows(portfolio: Portfolio) -> tuple[str, str]:
    rows = []
    for group in portfolio.by_service():
        for index, line in enumerate(group.lines):
            rows.append(
                "<tr>"
                + _cell(group.service if index == 0 else "")
                + _cell(line.provider)
                + _cell(line.delivery.label)
                + _cell(line.annual, numeric=True)
                + "</tr>"
            )
        if len(group.lines) > 1:
            rows.append(
                "<tr>" + _cell("") + _cell(f"{group.service} total", "th") + _cell("")
                + _cell(group.subtotal, numeric=True) + "</tr>"
            )
    foot = "<tr>" + _cell("Total", "th") + _cell("") + _cell("") + _cell(portfolio.total, numeric=True) + "</tr>"
    return "".join(rows), foot


def portfolio_html(portfolio: Portfolio) -> str:
    """An HTML table of a portfolio as reports print it: each service's lines, subtotals, the total."""
    body, foot = _portfolio_rows(portfolio)
    return _table("portfolio", portfolio.name, ["Service", "Provider", "Delivery", "Annual cost"], body, foot)


def proposal_to_pandas(result: ProposalResult) -> Any:
    """A proposal's changes as a DataFrame, one row per change."""
    import pandas as pd

    changes = result.changes
    frame = pd.DataFrame(
        {
            "kind": pd.Series([str(change.kind) for change in changes], dtype=object),
            "service": pd.Series([change.service for change in changes], dtype=object),
            "effective": pd.Series([change.effective for change in changes], dtype=object),
            "before": pd.Series([change.before.pounds for change in changes], dtype=object),
            "after": pd.Series([change.after.pounds for change in changes], dtype=object),
            "saving": pd.Series([change.saving.pounds for change in changes], dtype=object),
            "in_year": pd.Series([change.in_year.label for change in changes], dtype=object),
            "in_year_share": pd.Series([change.in_year_share.as_decimal() for change in changes], dtype=object),
            "in_year_saving": pd.Series([change.in_year_saving.pounds for change in changes], dtype=object),
        }
    )
    frame.attrs.update(
        before=result.before.total.pounds,
        after=result.after.total.pounds,
        full_year_saving=result.full_year_saving.pounds,
        in_year_saving=result.in_year_saving.pounds,
    )
    return frame


def proposal_html(result: ProposalResult) -> str:
    """An HTML table of a proposal's changes, their savings, and the totals."""
    from ._core import to_long_string

    body = "".join(
        "<tr>"
        + _cell(change.kind.label)
        + _cell(change.service)
        + _cell(to_long_string(change.effective))
        + _cell(change.before, numeric=True)
        + _cell(change.after, numeric=True)
        + _cell(change.saving, numeric=True)
        + _cell(change.in_year.label)
        + _cell(change.in_year_saving, numeric=True)
        + "</tr>"
        for change in result.changes
    )
    foot = (
        "<tr>"
        + _cell("Total", "th")
        + _cell("")
        + _cell("")
        + _cell(result.before.total, numeric=True)
        + _cell(result.after.total, numeric=True)
        + _cell(result.full_year_saving, numeric=True)
        + _cell("")
        + _cell(result.in_year_saving, numeric=True)
        + "</tr>"
    )
    head = ["Change", "Service", "From", "Before", "After", "Full-year saving", "Year", "In-year saving"]
    caption = result.before.name or "Proposal"
    return _table("proposal", caption, head, body, foot)


def reconciliation_to_pandas(result: Reconciliation) -> Any:
    """A reconciliation's lines as a DataFrame indexed by label; the totals in attrs."""
    import pandas as pd

    lines = result.lines

    def pounds(amount: Money | None) -> Any:
        return None if amount is None else amount.pounds

    frame = pd.DataFrame(
        {
            "first": pd.Series([pounds(line.first) for line in lines], dtype=object),
            "second": pd.Series([pounds(line.second) for line in lines], dtype=object),
            "difference": pd.Series([line.difference.pounds for line in lines], dtype=object),
        }
    )
    frame.index = pd.Index([line.label for line in lines], name="label", dtype=object)
    frame.attrs.update(
        first_source=result.first_source,
        second_source=result.second_source,
        first_total=result.first_total.pounds,
        second_total=result.second_total.pounds,
        difference=result.difference.pounds,
        unexplained=result.unexplained.pounds,
    )
    return frame


def reconciliation_html(result: Reconciliation) -> str:
    """An HTML table of a reconciliation: the lines, the unexplained part, and the totals."""
    body = "".join(
        "<tr>"
        + _cell(line.label)
        + _cell("" if line.first is None else line.first, numeric=True)
        + _cell("" if line.second is None else line.second, numeric=True)
        + _cell(line.difference, numeric=True)
        + "</tr>"
        for line in result.lines
    )
    body += "<tr>" + _cell("Unexplained") + _cell("") + _cell("") + _cell(result.unexplained, numeric=True) + "</tr>"
    foot = (
        "<tr>"
        + _cell("Total", "th")
        + _cell(result.first_total, numeric=True)
        + _cell(result.second_total, numeric=True)
        + _cell(result.difference, numeric=True)
        + "</tr>"
    )
    head = ["", result.first_source, result.second_source, "Difference"]
    return _table("reconciliation", f"{result.first_source} against {result.second_source}", head, body, foot)


def medium_term_to_pandas(view: MediumTermView) -> Any:
    """A medium-term view as a DataFrame indexed by financial year."""
    import pandas as pd

    years = view.years
    frame = pd.DataFrame(
        {
            column: pd.Series([getattr(year, column).pounds for year in years], dtype=object)
            for column in ("budget", "cost", "savings", "gap")
        }
    )
    frame.index = pd.Index([year.year.label for year in years], name="financial_year", dtype=object)
    frame.attrs["envelope"] = view.envelope_name
    return frame


def medium_term_html(view: MediumTermView) -> str:
    """An HTML table of a medium-term view."""
    body = "".join(
        "<tr>"
        + _cell(year.year.label)
        + _cell(year.budget, numeric=True)
        + _cell(year.cost, numeric=True)
        + _cell(year.savings, numeric=True)
        + _cell(year.gap, numeric=True)
        + "</tr>"
        for year in view.years
    )
    foot = "<tr>" + _cell("Total", "th") + _cell("") * 3 + _cell(view.total_gap, numeric=True) + "</tr>"
    caption = f"{view.envelope_name}: costs rising {view.inflation.percent()} a year"
    return _table("medium-term", caption, ["Financial year", "Budget", "Cost", "Savings", "Gap"], body, foot)


# ---------------------------------------------------------------- the procurement layer


def threshold_table_to_pandas(table: ThresholdTable) -> Any:
    """A threshold table as a DataFrame, one row per threshold."""
    import pandas as pd

    rows = table.rows
    return pd.DataFrame(
        {
            "regime": pd.Series([str(row.regime) for row in rows], dtype=object),
            "type": pd.Series([str(row.type) for row in rows], dtype=object),
            "effective_from": pd.Series([row.effective_from for row in rows], dtype=object),
            "amount": pd.Series([row.amount.pounds for row in rows], dtype=object),
            "vat_inclusive": pd.Series([row.vat_inclusive for row in rows], dtype=bool),
            "source": pd.Series([row.source for row in rows], dtype=object),
            "column": pd.Series([str(row.column) for row in rows], dtype=object),
        }
    )


def _vat(inclusive: bool) -> str:
    return "including VAT" if inclusive else "net of VAT"


_COLUMN_WORDS = {
    "all": "all",
    "welsh_ministers": "regulated by the Welsh Ministers",
    "any_other": "not regulated by the Welsh Ministers",
}


def threshold_table_html(table: ThresholdTable) -> str:
    """An HTML table of the thresholds, in the table's order."""
    from ._core import to_long_string

    body = "".join(
        "<tr>"
        + _cell(row.regime.full_name)
        + _cell(str(row.type).replace("_", " "))
        + _cell(to_long_string(row.effective_from))
        + _cell(row.amount, numeric=True)
        + _cell(_vat(row.vat_inclusive))
        + _cell(_COLUMN_WORDS.get(str(row.column), str(row.column)))
        + _cell(row.source)
        + "</tr>"
        for row in table.rows
    )
    head = ["Regime", "Contract type", "From", "Threshold", "VAT", "Contracts", "Source"]
    return _table("thresholds", "Procurement thresholds", head, body)


def _fields(css: str, caption: str, fields: list[tuple[str, object]], reasons: tuple[str, ...] = ()) -> str:
    """A two-column table of labelled values, with the reasons as a list beneath it."""
    body = "".join(
        "<tr>" + _cell(label, "th") + _cell(value, numeric=not isinstance(value, str)) + "</tr>"
        for label, value in fields
    )
    table = (
        f'<table class="commissioning-{css}"><caption>{html.escape(caption)}</caption>'
        f"<tbody>{body}</tbody></table>"
    )
    if reasons:
        table += "<ul>" + "".join(f"<li>{html.escape(reason)}</li>" for reason in reasons) + "</ul>"
    return table


def procurement_assessment_html(answer: ProcurementAssessment) -> str:
    """A procurement assessment: the figures, the threshold, what follows and the rule."""
    from ._core import to_long_string

    threshold = answer.threshold
    fields: list[tuple[str, object]] = [
        ("Contract type", str(answer.type).replace("_", " ")),
        (f"Estimated value ({_vat(threshold.vat_inclusive)})", answer.estimated_value),
        ("Net of VAT", answer.value_net_of_vat),
        ("Including VAT", answer.value_with_vat),
        (f"Threshold from {to_long_string(threshold.effective_from)} ({_vat(threshold.vat_inclusive)})",
         threshold.amount),
        ("Above the threshold", "yes" if answer.above_threshold else "no"),
        ("What follows", answer.consequence),
        ("Citation", answer.citation),
    ]
    return _fields("procurement", answer.regime.full_name, fields)


def modification_assessment_html(check: ModificationAssessment) -> str:
    """A modification's test: the verdict, its figures, the rule, and the reasons."""
    fields: list[tuple[str, object]] = [
        ("Verdict", check.result.label),
        ("Value", check.value),
        ("Original value", check.original_value),
        ("Share of the original value", check.share.percent(2)),
        ("Cumulative on this ground", check.cumulative_value),
        ("Cumulative share", check.cumulative_share.percent(2)),
        ("Months added", str(check.months_added)),
        ("Share of the maximum term", check.term_share.percent(2)),
        ("Citation", check.citation),
    ]
    return _fields("modification", f"Modification {check.number} ({check.ground.label})", fields, check.reasons)


def key_decision_html(result: KeyDecisionResult) -> str:
    """A key-decision answer: the sentence, the threshold and the reasons."""
    fields: list[tuple[str, object]] = [
        ("Key decision", "yes" if result.key else "no"),
        ("Threshold", "none" if result.threshold is None else result.threshold),
    ]
    return _fields("key-decision", result.sentence, fields, result.reasons)


def teckal_html(result: TeckalResult) -> str:
    """A Teckal checklist: exempt or not, the rule, and a reason per test."""
    fields: list[tuple[str, object]] = [("Exempt", "yes" if result.exempt else "no"), ("Citation", result.citation)]
    return _fields("teckal", "Vertical arrangement (Teckal)", fields, result.reasons)
