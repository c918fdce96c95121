"""Tables of multi-criteria results: pandas DataFrames and HTML for Jupyter (used by the compiled core)."""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._core import MultiCriteria, MultiCriteriaResult

__all__ = ["model_to_pandas", "result_to_pandas", "stability_to_pandas", "result_html"]


def _scores_frame(criteria: Sequence[str], options: Sequence[str], scores: list[list[float]], weights: list[float]) -> Any:
    import pandas as pd

    frame = pd.DataFrame(
        {name: pd.Series([row[j] for row in scores], dtype="float64") for j, name in enumerate(criteria)}
    )
    frame.index = pd.Index(options, name="option")
    frame.attrs["weights"] = dict(zip(criteria, weights))
    return frame


def model_to_pandas(model: MultiCriteria) -> Any:
    """The scores as a DataFrame indexed by option, a column per criterion; pandas is imported here."""
    return _scores_frame([c.name for c in model.criteria], model.options, model.scores, model.weights)


def result_to_pandas(result: MultiCriteriaResult) -> Any:
    """The scores with each option's total and rank, indexed by option."""
    import pandas as pd

    frame = _scores_frame([c.name for c in result.criteria], result.options, result.scores, result.weights)
    frame["total"] = pd.Series(result.totals, index=frame.index, dtype="float64")
    frame["rank"] = pd.Series(result.ranks, index=frame.index, dtype="int64")
    return frame


def stability_to_pandas(result: MultiCriteriaResult) -> Any:
    """The weight stability, one row per criterion."""
    import pandas as pd

    rows = result.stability
    frame = pd.DataFrame(
        {
            "weight": pd.Series([s.weight for s in rows], dtype="float64"),
            "lowest_weight": pd.Series([s.lowest_weight for s in rows], dtype="float64"),
            "highest_weight": pd.Series([s.highest_weight for s in rows], dtype="float64"),
            "points_down": pd.Series([s.points_down for s in rows], dtype="float64"),
            "points_up": pd.Series([s.points_up for s in rows], dtype="float64"),
            "rival_down": pd.Series([s.rival_down for s in rows], dtype=object),
            "rival_up": pd.Series([s.rival_up for s in rows], dtype=object),
        }
    )
    frame.index = pd.Index([s.criterion for s in rows], name="criterion")
    frame.attrs["top"] = result.top
    return frame


def _cell(text: object, tag: str = "td", numeric: bool = False) -> str:
    style = ' style="text-align: right"' if numeric else ""
    return f"<{tag}{style}>{html.escape(str(text))}</{tag}>"


def _number(value: float) -> str:
    return f"{value:.4g}"


def _percent(weight: float) -> str:
    return f"{weight * 100:.1f}%"


def result_html(result: MultiCriteriaResult) -> str:
    """Two HTML tables: the scores with totals and ranks, and the weight stability."""
    names = [c.name for c in result.criteria]
    head = (
        _cell("Option", "th")
        + "".join(_cell(f"{name} ({_percent(w)})", "th") for name, w in zip(names, result.weights))
        + _cell("Total", "th")
        + _cell("Rank", "th")
    )
    tied = {name for group in result.ties for name in group}
    body = "".join(
        "<tr>"
        + _cell(option)
        + "".join(_cell(_number(score), numeric=True) for score in row)
        + _cell(_number(total), numeric=True)
        + _cell(f"{rank}=" if option in tied else rank, numeric=True)
        + "</tr>"
        for option, row, total, rank in zip(result.options, result.scores, result.totals, result.ranks)
    )
    scores = (
        '<table class="commissioning-mcda">'
        "<caption>Weighted scores (weights normalised to sum to 1; = marks a tie)</caption>"
        f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
    )

    def rival(name: str | None, weight: float) -> str:
        return f"{name} at {_percent(weight)}" if name is not None else "no change"

    stability_head = "".join(
        _cell(text, "th") for text in ("Criterion", "Weight", "Can fall by", "Then", "Can rise by", "Then")
    )
    stability_body = "".join(
        "<tr>"
        + _cell(s.criterion)
        + _cell(_percent(s.weight), numeric=True)
        + _cell(f"{s.points_down:.1f} points", numeric=True)
        + _cell(rival(s.rival_down, s.lowest_weight))
        + _cell(f"{s.points_up:.1f} points", numeric=True)
        + _cell(rival(s.rival_up, s.highest_weight))
        + "</tr>"
        for s in result.stability
    )
    stability = (
        '<table class="commissioning-mcda-stability">'
        f"<caption>How far each weight can move before {html.escape(result.top)} loses the top rank "
        "(the other weights rescaled in proportion)</caption>"
        f"<thead><tr>{stability_head}</tr></thead><tbody>{stability_body}</tbody></table>"
    )
    return scores + stability
