"""Tables of results: pandas DataFrames and HTML for Jupyter (used by the compiled core)."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._core import Apportionment


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
