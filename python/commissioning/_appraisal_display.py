"""Tables of the appraisal layer: pandas DataFrames and HTML for Jupyter (used by the compiled core).

Money columns hold exact ``decimal.Decimal`` pounds (``Money.pounds``), as the rest of the
package's tables do; pandas is imported only when a table is asked for.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Any

from ._display import _cell, _table

if TYPE_CHECKING:
    from ._core import AppraisalLine, AppraisalResult, Money, OptionAppraisal, SensitivityAnalysis


def _words(name: object) -> str:
    """An enum's snake_case name as words: ``external_commission`` -> ``external commission``."""
    return str(name).replace("_", " ")


def _pounds(amount: Money | None) -> Any:
    return None if amount is None else amount.pounds


def line_to_pandas(line: AppraisalLine) -> Any:
    """A line as a Series of exact Decimal pounds indexed by financial year."""
    import pandas as pd

    by_year = line.by_year
    series = pd.Series(
        [amount.pounds for amount in by_year.values()],
        index=pd.Index(list(by_year), name="financial_year", dtype=object),
        dtype=object,
        name=line.name,
    )
    series.attrs.update(kind=str(line.kind), category=str(line.category), basis=line.basis)
    return series


_YEAR_MONEY = ("costs", "optimism_bias", "benefits", "net_cost")


def option_appraisal_to_pandas(option: OptionAppraisal) -> Any:
    """One option's years as a DataFrame indexed by financial year."""
    import pandas as pd

    years = option.years
    frame = pd.DataFrame({"index": pd.Series([year.index for year in years], dtype="int64")})
    for column in _YEAR_MONEY:
        frame[column] = pd.Series([getattr(year, column).pounds for year in years], dtype=object)
    frame["discount_factor"] = pd.Series([year.discount_factor for year in years], dtype="float64")
    frame["present_value"] = pd.Series([year.present_value.pounds for year in years], dtype=object)
    frame.index = pd.Index([year.year.label for year in years], name="financial_year", dtype=object)
    frame.attrs["option"] = option.name
    return frame


def appraisal_years_frame(result: AppraisalResult) -> Any:
    """Every option's years as one long DataFrame, one row per option and year."""
    import pandas as pd

    rows = [(option.name, year) for option in result.options for year in option.years]
    frame = pd.DataFrame(
        {
            "option": pd.Series([name for name, _ in rows], dtype=object),
            "year": pd.Series([year.year.label for _, year in rows], dtype=object),
            "index": pd.Series([year.index for _, year in rows], dtype="int64"),
        }
    )
    for column in _YEAR_MONEY:
        frame[column] = pd.Series([getattr(year, column).pounds for _, year in rows], dtype=object)
    frame["discount_factor"] = pd.Series([year.discount_factor for _, year in rows], dtype="float64")
    frame["present_value"] = pd.Series([year.present_value.pounds for _, year in rows], dtype=object)
    frame.attrs["title"] = result.title
    return frame


_OPTION_MONEY = (
    "cash_costs",
    "cash_benefits",
    "optimism_bias",
    "present_value_costs",
    "present_value_benefits",
    "net_present_cost",
    "net_present_social_value",
)


def appraisal_to_pandas(result: AppraisalResult) -> Any:
    """An appraisal's options as a DataFrame, one row per option, in the order given."""
    import pandas as pd

    options = result.options
    frame = pd.DataFrame(
        {
            "name": pd.Series([option.name for option in options], dtype=object),
            "kind": pd.Series([str(option.kind) for option in options], dtype=object),
        }
    )
    for column in _OPTION_MONEY:
        frame[column] = pd.Series([getattr(option, column).pounds for option in options], dtype=object)
    frame["benefit_cost_ratio"] = pd.Series(
        [float("nan") if option.benefit_cost_ratio is None else float(option.benefit_cost_ratio) for option in options],
        dtype="float64",
    )
    frame["equivalent_annual_cost"] = pd.Series(
        [option.equivalent_annual_cost.pounds for option in options], dtype=object
    )
    frame["cost_per_unit"] = pd.Series([_pounds(option.cost_per_unit) for option in options], dtype=object)
    frame["viable"] = pd.Series([option.viable for option in options], dtype=bool)
    frame["rank"] = pd.Series([option.rank for option in options], dtype="int64")
    frame["preferred"] = pd.Series([option.preferred for option in options], dtype=bool)
    frame.attrs.update(
        title=result.title,
        preferred=None if result.preferred is None else result.preferred.name,
        reasons=list(result.reasons),
        assumptions=list(result.assumptions),
    )
    return frame


def _ratio(option: OptionAppraisal) -> str:
    ratio = option.benefit_cost_ratio
    return "" if ratio is None else f"{float(ratio):.2f}"


def appraisal_html(result: AppraisalResult) -> str:
    """The options table a report prints: ranked, the preferred option marked, the reasons beneath."""
    rows = []
    for option in result.options:
        status = "preferred" if option.preferred else ("" if option.viable else "not viable")
        row_class = ' class="preferred"' if option.preferred else (' class="not-viable"' if not option.viable else "")
        name = f"{option.name} ✓" if option.preferred else option.name
        rows.append(
            f"<tr{row_class}>"
            + _cell(option.rank, numeric=True)
            + _cell(name)
            + _cell(_words(option.kind))
            + _cell(option.present_value_costs, numeric=True)
            + _cell(option.present_value_benefits, numeric=True)
            + _cell(option.net_present_cost, numeric=True)
            + _cell(option.net_present_social_value, numeric=True)
            + _cell(_ratio(option), numeric=True)
            + _cell(option.equivalent_annual_cost, numeric=True)
            + _cell(status)
            + "</tr>"
        )
    head = [
        "Rank",
        "Option",
        "Kind",
        "PV costs",
        "PV benefits",
        "Net present cost",
        "NPSV",
        "BCR",
        "Equivalent annual cost",
        "",
    ]
    settings = result.settings
    caption = (
        f"{result.title}: {settings.years} year{'s' if settings.years != 1 else ''} from "
        f"{settings.base_year.label}, {settings.basis} prices, {settings.schedule.name}"
    )
    table = _table("appraisal", caption, head, "".join(rows))
    if result.reasons:
        table += "<ul>" + "".join(f"<li>{html.escape(reason)}</li>" for reason in result.reasons) + "</ul>"
    return table


def option_appraisal_html(option: OptionAppraisal) -> str:
    """One option's years and its totals."""
    body = "".join(
        "<tr>"
        + _cell(year.year.label)
        + _cell(year.index, numeric=True)
        + _cell(year.costs, numeric=True)
        + _cell(year.optimism_bias, numeric=True)
        + _cell(year.benefits, numeric=True)
        + _cell(year.net_cost, numeric=True)
        + _cell(f"{year.discount_factor:.6f}", numeric=True)
        + _cell(year.present_value, numeric=True)
        + "</tr>"
        for year in option.years
    )
    foot = (
        "<tr>"
        + _cell("Total", "th")
        + _cell("")
        + _cell(option.cash_costs - option.optimism_bias, numeric=True)
        + _cell(option.optimism_bias, numeric=True)
        + _cell(option.cash_benefits, numeric=True)
        + _cell("")
        + _cell("")
        + _cell(option.net_present_cost, numeric=True)
        + "</tr>"
    )
    head = ["Financial year", "Year", "Costs", "Optimism bias", "Benefits", "Net cost", "Discount factor",
            "Present value"]
    marks = ["preferred"] if option.preferred else []
    if not option.viable:
        marks.append("not viable: fails the duty to " + "; ".join(option.failed_duties))
    caption = f"{option.name} (rank {option.rank}" + "".join(f", {mark}" for mark in marks) + ")"
    return _table("option-appraisal", caption, head, body, foot)


def sensitivity_to_pandas(analysis: SensitivityAnalysis) -> Any:
    """A one-way sensitivity analysis as a DataFrame, largest swing first."""
    import pandas as pd

    rows = analysis.rows
    frame = pd.DataFrame({"input": pd.Series([row.input for row in rows], dtype=object)})
    for column in ("at_low", "at_high", "swing"):
        frame[column] = pd.Series([getattr(row, column).pounds for row in rows], dtype=object)
    for column in ("preferred_at_low", "preferred_at_high"):
        frame[column] = pd.Series([getattr(row, column) for row in rows], dtype=object)
    frame.attrs.update(
        option=analysis.option,
        metric=str(analysis.metric),
        rival=analysis.rival,
        figure=analysis.figure,
        change=analysis.change.as_decimal(),
        base=analysis.base.pounds,
        preferred=analysis.preferred,
    )
    return frame


def sensitivity_html(analysis: SensitivityAnalysis) -> str:
    """A tornado table: each input's figure moved down and up, largest swing first."""
    change = analysis.change.percent()
    body = "".join(
        "<tr>"
        + _cell(row.input)
        + _cell(row.at_low, numeric=True)
        + _cell(row.at_high, numeric=True)
        + _cell(row.swing, numeric=True)
        + _cell("none viable" if row.preferred_at_low is None else row.preferred_at_low)
        + _cell("none viable" if row.preferred_at_high is None else row.preferred_at_high)
        + "</tr>"
        for row in analysis.rows
    )
    head = ["Input", f"-{change}", f"+{change}", "Swing", f"Preferred at -{change}", f"Preferred at +{change}"]
    if analysis.rival is None:
        caption = f"{analysis.option}: {_words(analysis.metric)} {analysis.base}, each input moved ±{change}"
    else:  # "The lead of A over B in net present social value: £5,000, ..."
        caption = f"{analysis.figure[0].upper()}{analysis.figure[1:]}: {analysis.base}, each input moved ±{change}"
    return _table("sensitivity", caption, head, body)
