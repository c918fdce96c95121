"""The figure the chart functions of commissioning.report return: a matplotlib Figure that
shows itself in a notebook as a picture, with no ``%matplotlib inline`` and no pyplot.

It is imported only when a chart is drawn, so ``import commissioning`` does not need
matplotlib.
"""

from __future__ import annotations

import io

from matplotlib.figure import Figure

__all__ = ["ChartFigure"]


class ChartFigure(Figure):
    """A ``matplotlib.figure.Figure`` in every way, that Jupyter and IPython also display as a
    PNG when it is the value of a cell (``_repr_png_``).

    Figures made without pyplot are shown by IPython only once ``%matplotlib inline`` has
    registered a display for them; without it a notebook shows ``<Figure size 800x480 with 1
    Axes>``. With it, IPython's own display is used and this one is not.
    """

    def _repr_png_(self) -> bytes:
        buffer = io.BytesIO()
        self.savefig(buffer, format="png", dpi=100, bbox_inches="tight", metadata={"Software": None})
        return buffer.getvalue()
