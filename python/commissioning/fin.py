"""Spreadsheet time-value-of-money functions with numpy-financial 1.1.0's signatures.

``cm.fin.npv``, ``irr``, ``mirr``, ``pmt``, ``ipmt``, ``ppmt``, ``pv``, ``fv``, ``nper`` and
``rate`` take the arguments numpy-financial takes, accept scalars, lists and NumPy arrays, and
return what it returns: a ``float`` for scalar input, otherwise an array of the shape
numpy-financial gives (numpy broadcasting for fv, pmt, pv, ipmt, ppmt and rate; an outer
product for nper; rates by rows of cash flows for npv; rows by rate pairs for mirr). The
numbers are numpy-financial's (within rounding), computed in C++
(``include/commissioning/fin/financial_functions.hpp``) in one pass over the arrays, without the
GIL for large ones. Excel's dated ``xnpv`` and ``xirr`` (of one series, or of each row of a 2-D
array on the same dates) and Excel's ``excel_npv`` (which discounts the first value too) are here
as well::

    >>> import commissioning as cm
    >>> round(cm.fin.pmt(0.075 / 12, 12 * 15, 200000), 4)
    -1854.0247
    >>> round(cm.fin.npv(0.05, [-15000, 1500, 2500, 3500, 4500, 6000]), 2)
    122.89
    >>> round(cm.fin.excel_npv(0.10, [-10000, 3000, 4200, 6800]), 2)
    1188.44
    >>> round(cm.fin.irr([-100, 39, 59, 55, 20]), 5)
    0.28095

Where numpy-financial would carry bad input into a result, these raise an error with an id
(docs/errors.md, area ``financial``): a NaN or infinite argument (financial.001), no cash flows
(financial.002; numpy-financial's npv returns 0), a discount rate at or below -100% for npv,
mirr, xnpv and xirr (financial.003), a ``when`` other than end/begin (financial.004), values
and dates of different lengths (financial.005), a date before the first (financial.006), and
rate's ``tol`` <= 0 or ``maxiter`` < 0 (financial.007). Where numpy-financial returns NaN
because there is no answer (irr without a real root, rate that does not converge, ...), so do
these; ``raise_exceptions=True`` raises numpy-financial's exceptions instead.

Departures, all deliberate: no ``decimal.Decimal`` arithmetic (the inputs are read as floats);
irr takes no ``selection_logic`` (numpy-financial's default choice of root is built in); a
``when`` array must hold 0s and 1s (numpy-financial would compute with other numbers); names
of ``when`` are read in any case ("End").
"""

from __future__ import annotations

import numbers
from collections.abc import Iterable, Sequence
from typing import Any

import numpy as np
import numpy.typing as npt

from . import _core

__all__ = [
    "IterationsExceededError",
    "NoRealSolutionError",
    "excel_npv",
    "fv",
    "ipmt",
    "irr",
    "mirr",
    "nper",
    "npv",
    "pmt",
    "ppmt",
    "pv",
    "rate",
    "xirr",
    "xnpv",
]

_WHEN_TO_NUM = {"end": 0, "begin": 1, "e": 0, "b": 1, "beginning": 1, "start": 1, "finish": 0}


class NoRealSolutionError(Exception):
    """No real solution: the cash flows have no sign change, or no real root (numpy-financial's)."""


class IterationsExceededError(Exception):
    """Newton's method did not converge within ``maxiter`` steps (numpy-financial's)."""


def _timing(value: Any) -> int:
    """One ``when``: a name or 0/1 (financial.004 otherwise)."""
    if isinstance(value, str):
        number = _WHEN_TO_NUM.get(value)
        return number if number is not None else _core.fin_payment_timing(value)
    if isinstance(value, (numbers.Number, np.generic)) and not isinstance(value, (complex, np.complexfloating)):
        return _core.fin_payment_timing(float(value))  # type: ignore[arg-type]
    raise TypeError(f"when must be 'end', 'begin', 0, 1 or a sequence of them, not {value!r}")


def _convert_when(when: Any) -> Any:
    """numpy-financial's ``_convert_when``: a name or number, an array, or a sequence of them."""
    if isinstance(when, np.ndarray):
        if when.dtype.kind in "biuf":
            return when.astype(np.float64)  # each element checked in C++
        return np.array([_timing(x) for x in when.ravel().tolist()], dtype=np.float64).reshape(when.shape)
    if isinstance(when, (str, numbers.Number, np.generic)):
        return _timing(when)
    if isinstance(when, Iterable):
        return np.array([_timing(x) for x in when], dtype=np.float64)
    raise TypeError(f"when must be 'end', 'begin', 0, 1 or a sequence of them, not {when!r}")


def _ufunc_like(array: npt.NDArray[np.float64]) -> Any:
    """numpy-financial's ``_ufunc_like``: a float for one element, else the squeezed array."""
    if array.size == 1:
        return array.item()
    return array.squeeze()


def _scalar_or_array(result: Any) -> Any:
    """The element-wise functions return a float for scalar input; keep 0-d arrays as floats too."""
    if isinstance(result, np.ndarray) and result.ndim == 0:
        return result.item()
    return result


def fv(rate: Any, nper: Any, pmt: Any, pv: Any, when: Any = "end") -> Any:
    """Future value of ``pv`` now and ``pmt`` each period after ``nper`` periods at ``rate``.

    Broadcasts its arguments like numpy-financial; a float for scalar input.
    """
    return _scalar_or_array(_core.fin_fv(rate, nper, pmt, pv, _convert_when(when)))


def pmt(rate: Any, nper: Any, pv: Any, fv: Any = 0, when: Any = "end") -> Any:
    """Payment each period that turns ``pv`` now into ``fv`` after ``nper`` periods at ``rate``."""
    return _scalar_or_array(_core.fin_pmt(rate, nper, pv, fv, _convert_when(when)))


def pv(rate: Any, nper: Any, pmt: Any, fv: Any = 0, when: Any = "end") -> Any:
    """Present value of ``pmt`` each period for ``nper`` periods and ``fv`` at the end."""
    return _scalar_or_array(_core.fin_pv(rate, nper, pmt, fv, _convert_when(when)))


def ipmt(rate: Any, per: Any, nper: Any, pv: Any, fv: Any = 0, when: Any = "end") -> Any:
    """Interest part of payment ``per`` (counted from 1; NaN for ``per < 1``)."""
    return _scalar_or_array(_core.fin_ipmt(rate, per, nper, pv, fv, _convert_when(when)))


def ppmt(rate: Any, per: Any, nper: Any, pv: Any, fv: Any = 0, when: Any = "end") -> Any:
    """Principal part of payment ``per``: ``pmt - ipmt``."""
    return _scalar_or_array(_core.fin_ppmt(rate, per, nper, pv, fv, _convert_when(when)))


def _vector(value: Any, name: str) -> npt.NDArray[np.float64]:
    array = np.atleast_1d(np.asarray(value, dtype=np.float64))
    if array.ndim != 1:
        raise ValueError(f"invalid shape for {name}: it must be a scalar or a 1-D array, got {array.ndim} dimensions")
    return array


def nper(rate: Any, pmt: Any, pv: Any, fv: Any = 0, when: Any = "end") -> Any:
    """Number of periods.

    As numpy-financial 1.1.0, every combination of the (scalar or 1-D) arguments is computed: the
    result has shape ``(len(rate), len(pmt), len(pv), len(fv), len(when))`` with the axes of
    length one squeezed away, and is a float when there is one combination.
    """
    axes = [
        _vector(rate, "rate"),
        _vector(pmt, "pmt"),
        _vector(pv, "pv"),
        _vector(fv, "fv"),
        _vector(_convert_when(when), "when"),
    ]
    shaped = [axis.reshape([-1 if k == i else 1 for k in range(5)]) for i, axis in enumerate(axes)]
    return _ufunc_like(np.asarray(_core.fin_nper(*shaped)))


def rate(
    nper: Any,
    pmt: Any,
    pv: Any,
    fv: Any,
    when: Any = "end",
    guess: float | None = None,
    tol: float | None = None,
    maxiter: int = 100,
    *,
    raise_exceptions: bool = False,
) -> Any:
    """Rate per period by Newton's method from ``guess`` (0.1), as numpy-financial iterates.

    An array of problems is iterated in lock step until all have converged (a step below ``tol``,
    1e-6) or ``maxiter`` steps; those not converged are NaN, or ``IterationsExceededError`` with
    ``raise_exceptions=True``.
    """
    arrays = np.broadcast_arrays(
        *(np.asarray(a, dtype=np.float64) for a in (nper, pmt, pv, fv, _convert_when(when)))
    )
    shape = arrays[0].shape
    flat_nper, flat_pmt, flat_pv, flat_fv, flat_when = (np.ascontiguousarray(a).ravel() for a in arrays)
    result = _core.fin_rate(
        flat_nper, flat_pmt, flat_pv, flat_fv, flat_when,
        0.1 if guess is None else float(guess), 1e-6 if tol is None else float(tol), int(maxiter),
    )
    if raise_exceptions and np.isnan(result).any():
        if not shape:
            raise IterationsExceededError("Maximum number of iterations exceeded.")
        raise IterationsExceededError(f"Maximum iterations exceeded in {int(np.isnan(result).sum())} rate(s).")
    if not shape:
        return float(result[0])
    return result.reshape(shape)


def _cash_flow_rows(values: Any) -> npt.NDArray[np.float64]:
    rows = np.atleast_2d(np.asarray(values, dtype=np.float64))
    if rows.ndim != 2:
        raise ValueError("invalid shape for values: cash flows must be a 1-D or 2-D array")
    return rows


def npv(rate: Any, values: Any) -> Any:
    """Net present value, ``values[0]`` undiscounted: the sum of ``values[t] / (1 + rate)**t``.

    ``rate`` may be a scalar or 1-D, ``values`` 1-D or 2-D (one series per row); the result has
    shape ``(len(rate), rows)`` squeezed, a float for one rate and one series (numpy-financial
    1.1.0).
    """
    return _ufunc_like(np.asarray(_core.fin_npv(_vector(rate, "rates"), _cash_flow_rows(values))))


def excel_npv(rate: float, values: Sequence[float]) -> float:
    """Excel's NPV: every value discounted, the first by one period (``npv(rate, v) / (1 + rate)``)."""
    return _core.fin_excel_npv(float(rate), np.asarray(values, dtype=np.float64).ravel())


def irr(values: Any, *, raise_exceptions: bool = False) -> Any:
    """Internal rate of return of each series (a row of a 2-D array); NaN where there is none.

    Of several real roots, numpy-financial 1.1.0's choice: the smallest rate >= 0 if there is
    one, else the rate nearest 0. ``raise_exceptions=True`` raises ``NoRealSolutionError``
    instead of giving NaN.
    """
    result = np.asarray(_core.fin_irr(_cash_flow_rows(values)))
    if raise_exceptions and np.isnan(result).any():
        raise NoRealSolutionError("No real solution is found for IRR.")
    return _ufunc_like(result)


def mirr(values: Any, finance_rate: Any, reinvest_rate: Any, *, raise_exceptions: bool = False) -> Any:
    """Modified internal rate of return of each series at each (finance, reinvest) rate pair.

    The result has shape ``(rows, len(finance_rate))`` squeezed, a float for one of each. Rates of
    different sizes give NaN (``ValueError`` with ``raise_exceptions=True``), as numpy-financial.
    """
    rows = _cash_flow_rows(values)
    finance = _vector(finance_rate, "finance_rate")
    reinvest = _vector(reinvest_rate, "reinvest_rate")
    if finance.size != reinvest.size:
        if raise_exceptions:
            raise ValueError("finance_rate and reinvest_rate must have the same size")
        return np.nan
    result = np.asarray(_core.fin_mirr(rows, finance, reinvest))
    if raise_exceptions and np.isnan(result).any():
        raise NoRealSolutionError("No real solution exists for MIRR since all cashflows are of the same sign.")
    return _ufunc_like(result)


def _date_list(dates: Sequence[Any]) -> Sequence[Any]:
    return dates if isinstance(dates, (list, tuple)) else list(dates)


def xnpv(rate: float, values: Sequence[float], dates: Sequence[Any]) -> float:
    """Excel's XNPV: ``values[i] / (1 + rate)**((dates[i] - dates[0]).days / 365)``.

    Dates are ``datetime.date`` or text ("1 March 2008", "2008-03-01"); none may precede the first.
    """
    return _core.fin_xnpv(float(rate), np.asarray(values, dtype=np.float64).ravel(), _date_list(dates))


def xirr(values: Any, dates: Sequence[Any], guess: float = 0.1) -> Any:
    """Excel's XIRR: the rate at which ``xnpv`` is zero, by Newton's method from ``guess``; NaN if
    the values have no sign change or the method does not converge in 100 steps.

    ``values`` may be one series (a float back) or a 2-D array of series, a row each, all paid on
    ``dates`` (an array of rates back, one pass in C++).
    """
    # The shapes are told apart in C++: a list of numbers is read there without a numpy array.
    return _core.fin_xirr(values, _date_list(dates), guess)
