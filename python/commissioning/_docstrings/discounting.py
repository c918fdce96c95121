"""The docstrings of the classes and functions bound in bindings/discounting.cpp, by the name Python
gives each one ("Money.from_pence"; "Term.__init__/2" for an overload's second docstring).
bindings/docstrings.cpp reads them as commissioning._core loads (see __init__.py)."""

DOCSTRINGS: dict[str, str] = {
    "DiscountSchedule": r"""
A named, sourced schedule of discount rates by year from the base year.

Year 0 is the base year and is not discounted; year t's factor is the product of
1 / (1 + r_k) for k = 1..t, where r_k is the rate of the band year k falls in. A declining
schedule therefore compounds across its bands: the lower rate applies only to the years of its
band, never back to year 0. Factors are exact fractions, so a present value is rounded once,
to the penny, at the end.

Schedules are data, not constants: HM Treasury reviews the rate, so each schedule carries a
name and a source. Use ``green_book_2022()`` (the standard STPR), ``green_book_health()``,
``green_book_2026_lower_rate()``, ``constant("3%")``, ``named(key)`` for a bundled one, or
make your own.

Parameters
----------
name, source : str
bands : mapping or iterable of (first_year, rate) pairs
    In increasing order of first year, the first at year 0; every rate above -100%
    (InvalidInputError, commissioning.discounting.001, otherwise):
    ``[(0, "3.5%"), (31, "3%")]``.

Attributes
----------
name, source : str
bands : list of DiscountBand
    ``(first_year, annual_rate)`` pairs.

Examples
--------
>>> s = DiscountSchedule.green_book_2022()
>>> round(s.factor(1), 6), round(s.factor(31), 6)
(0.966184, 0.345901)
>>> present_value(s, ["£325,500"] * 5)
Money('£1,521,087.28')
""",
    "DiscountSchedule.__init__": "Make a schedule from its bands.",
    "DiscountSchedule.constant": r"""
One rate for every year.

Parameters
----------
annual_rate : Rate, str, int, float, decimal.Decimal or fractions.Fraction
    ``"3%"``.
name : str, optional
    ``"Constant 3%"`` by default.

Returns
-------
DiscountSchedule
""",
    "DiscountSchedule.green_book_2022": r"""
HM Treasury Green Book (2022) standard STPR: 3.5% for years 0–30, 3.0% for 31–75, 2.5% for
76–125, 2.0% for 126–200, 1.5% for 201–300, 1.0% beyond.

Returns
-------
DiscountSchedule
""",
    "DiscountSchedule.green_book_health": r"""
The Green Book's health schedule for lives and QALYs (the wealth effect removed): 1.5%,
declining by the same bands as the standard schedule.

Returns
-------
DiscountSchedule
""",
    "DiscountSchedule.green_book_2026_lower_rate": r"""
The 2026 Green Book's additional lower-rate sensitivity test (pure time preference 0): 3.00%,
declining by the same bands as the standard schedule.

Returns
-------
DiscountSchedule
""",
    "DiscountSchedule.named": r"""
A bundled schedule by its key: ``"green-book-2022"``, ``"green-book-health"`` or
``"green-book-2026-lower-rate"`` (``bundled_keys()`` lists them).

Returns
-------
DiscountSchedule

Raises
------
InvalidInputError
    An unknown key (commissioning.discounting.002).
""",
    "DiscountSchedule.bundled_keys": "The keys ``named`` accepts, in order.",
    "DiscountSchedule.name": "The schedule's name.",
    "DiscountSchedule.source": "Where the rates come from.",
    "DiscountSchedule.bands": "The bands, in order: a list of DiscountBand ``(first_year, annual_rate)``.",
    "DiscountSchedule.rate_for_year": r"""
The rate that discounts year ``year`` back to year ``year - 1``.

Parameters
----------
year : int
    From 1 (OutOfRangeError, commissioning.discounting.003, otherwise).

Returns
-------
Rate
""",
    "DiscountSchedule.exact_factor": r"""
Year ``year``'s discount factor, exactly: the product of 1 / (1 + r_k) for k = 1..year.

Parameters
----------
year : int
    From 0, the base year (OutOfRangeError, commissioning.discounting.003, if negative).

Returns
-------
fractions.Fraction
""",
    "DiscountSchedule.factor": r"""
Year ``year``'s discount factor as a float, for display (present values use the exact one).

Parameters
----------
year : int
    From 0, the base year.

Returns
-------
float
""",
    "DiscountSchedule.exact_factors": r"""
The exact factors of years 0 to ``count - 1``.

Parameters
----------
count : int
    0 to 1,000 (OutOfRangeError, commissioning.discounting.004, otherwise).

Returns
-------
list of fractions.Fraction
""",
    "DiscountSchedule.factors": r"""
The factors of years 0 to ``count - 1`` as a numpy array of floats (numpy is imported only
when this is called).

Parameters
----------
count : int
    0 to 1,000 (OutOfRangeError, commissioning.discounting.004, otherwise).

Returns
-------
numpy.ndarray
""",
    "DiscountSchedule.scaled": r"""
The same schedule with every band's rate multiplied by ``scale``: ``scaled("110%")`` moves
3.5% to 3.85%. Sensitivity analysis moves the discount rate this way.

Parameters
----------
scale : Rate, str, int, float, decimal.Decimal or fractions.Fraction

Returns
-------
DiscountSchedule
""",
    "present_value": r"""
The present value of amounts by year from the base year, rounded once to the penny.

Parameters
----------
schedule : DiscountSchedule
amounts : iterable of Money, str, int, float or decimal.Decimal
    ``amounts[t]`` falls in year t; ``amounts[0]`` (the base year) is not discounted.
rounding : Rounding or str, default "half_away_from_zero"

Returns
-------
Money

Examples
--------
£325,500 a year for five years, from the base year and from the year after it:

>>> s = DiscountSchedule.green_book_2022()
>>> present_value(s, ["£325,500"] * 5), present_value(s, [0] + ["£325,500"] * 5)
(Money('£1,521,087.28'), Money('£1,469,649.55'))
""",
    "annuity_factor": r"""
The sum of the factors of years 0 to ``years - 1``: the present value of £1 a year, exactly.

Parameters
----------
schedule : DiscountSchedule
years : int
    0 to 1,000 (OutOfRangeError, commissioning.discounting.004, otherwise).

Returns
-------
fractions.Fraction

Examples
--------
>>> float(annuity_factor(DiscountSchedule.green_book_2022(), 5))
4.673079208612224
""",
}
