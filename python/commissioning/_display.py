"""Tables of results: pandas DataFrames and HTML for Jupyter (used by the compiled core)."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._core import Apportionment, FinancialYearProfile
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
    return series


def profile_html(profile: FinancialYearProfile) -> str:
    """An HTML table of a profile by financial year, captioned with its rule."""
    body = "".join(
        "<tr>" + _cell(year.year.label) + _cell(year.amount, numeric=True) + "</tr>" for year in profile.years
    )
    total = "<tr>" + _cell("Total", "th") + _cell(profile.total, numeric=True) + "</tr>"
    return (
        '<table class="commissioning-profile">'
        f"<caption>By financial year ({html.escape(profile.rule_description)})</caption>"
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
