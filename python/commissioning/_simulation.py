"""Tables of simulation results (SimulationResult.to_pandas)."""

from __future__ import annotations

from typing import Any

PERCENTILES = ("p10", "p50", "p80", "p90")


def result_frame(result: Any) -> Any:
    """One row per option: PVC and NPSV statistics in pounds, and the probabilities."""
    import pandas as pd

    rows = []
    for o in result.options:
        row: dict[str, Any] = {"option": o.name, "viable": o.viable}
        for prefix, stat in (("pvc", o.present_value_costs), ("npsv", o.net_present_social_value)):
            for field in ("mean", "sd", "standard_error", *PERCENTILES):
                row[f"{prefix}_{field}"] = getattr(stat, field) / 100
        row["probability_cheapest"] = o.probability_cheapest
        row["probability_preferred"] = o.probability_preferred
        rows.append(row)
    return pd.DataFrame(rows).set_index("option")
