"""Simulation results in Python: the envelope exceedance records and the summary table.

Money figures of a simulation are ``Money`` (the engine's double in pence rounded to the
penny half away from zero); tables hold them as exact ``decimal.Decimal`` pounds
(``Money.pounds``), as the rest of the package's tables do. pandas is imported only when a
table is asked for.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:
    from ._core import FinancialYear, SimulationResult

PERCENTILES = ("p10", "p50", "p80", "p90")
STATISTICS = ("mean", "sd", "standard_error", "min", *PERCENTILES, "max")


class EnvelopeExceedance(NamedTuple):
    """The probability that an option's cash costs exceed the envelope in one year.

    Attributes
    ----------
    year : FinancialYear
    probability : float
        The share of iterations in which they exceed it.
    """

    year: FinancialYear
    probability: float


class OverEnvelope(tuple[EnvelopeExceedance, ...]):
    """An option's envelope exceedance, one EnvelopeExceedance per year the envelope covers."""

    __slots__ = ()

    def to_pandas(self) -> Any:
        """A Series of probabilities indexed by financial year label ("2022-23")."""
        import pandas as pd

        return pd.Series(
            [e.probability for e in self],
            index=pd.Index([e.year.label for e in self], name="financial_year", dtype=object),
            dtype="float64",
            name="probability_over_envelope",
        )


def result_frame(result: SimulationResult) -> Any:
    """One row per option: PVC and NPSV statistics as exact Decimal pounds, and the probabilities."""
    import pandas as pd

    rows = []
    for o in result.options:
        row: dict[str, Any] = {"option": o.name, "viable": o.viable}
        for prefix, stat in (("pvc", o.present_value_costs), ("npsv", o.net_present_social_value)):
            for field in STATISTICS:
                row[f"{prefix}_{field}"] = getattr(stat, field).pounds
        row["probability_cheapest"] = o.probability_cheapest
        row["probability_preferred"] = o.probability_preferred
        rows.append(row)
    frame = pd.DataFrame(rows).set_index("option")
    for column in frame.columns:
        if column.startswith(("pvc_", "npsv_")):
            frame[column] = frame[column].astype(object)
    return frame
