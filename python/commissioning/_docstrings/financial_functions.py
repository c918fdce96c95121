"""The docstrings of the classes and functions bound in bindings/financial_functions.cpp, by the name Python
gives each one ("Money.from_pence"; "Term.__init__/2" for an overload's second docstring).
bindings/docstrings.cpp reads them as commissioning._core loads (see __init__.py)."""

DOCSTRINGS: dict[str, str] = {
    "fin_payment_timing/1": "A payment timing as numpy-financial's number: 0 for 'end' ('e', 'finish'), 1 for 'begin' ('b', 'beginning', 'start'); financial.004 otherwise.",
    "fin_payment_timing/2": "0 or 1 as given; financial.004 for any other number.",
    "fin_fv": "Future value, element by element over broadcast arrays.",
    "fin_pmt": "Payment per period, element by element over broadcast arrays.",
    "fin_pv": "Present value, element by element over broadcast arrays.",
    "fin_ipmt": "Interest part of payment `per`, element by element over broadcast arrays.",
    "fin_ppmt": "Principal part of payment `per`, element by element over broadcast arrays.",
    "fin_nper": "Number of periods, element by element over broadcast arrays.",
    "fin_rate": "Rates of equal-sized flat arrays by Newton's method in lock step (NaN where not converged).",
    "fin_npv": "npv of each row of `values` at each rate: shape (rates, rows).",
    "fin_irr": "irr of each row of `values`.",
    "fin_mirr": "mirr of each row of `values` at each (finance_rate, reinvest_rate) pair: shape (rows, rates).",
    "fin_excel_npv": "Excel's NPV: every value discounted, the first by one period.",
    "fin_xnpv": "Excel's XNPV: actual/365 from the first date.",
    "fin_xirr": "Excel's XIRR of one series (1-D values) or of each row (2-D), all on `dates`: the rate at which XNPV is zero (NaN if there is none or Newton's method fails).",
}
