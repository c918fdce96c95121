"""The docstrings of the classes and functions bound in bindings/money.cpp, by the name Python
gives each one ("Money.from_pence"; "Term.__init__/2" for an overload's second docstring).
bindings/docstrings.cpp reads them as commissioning._core loads (see __init__.py)."""

DOCSTRINGS: dict[str, str] = {
    "Rounding": r"""
How an exact value is brought to a whole number of pence.

Each member is its name in lowercase (``Rounding.HALF_EVEN == "half_even"``), and wherever a
rounding is taken that text is accepted too, with spaces or hyphens for underscores.

Members
-------
HALF_AWAY_FROM_ZERO
    2.5 -> 3, -2.5 -> -3: Excel's ROUND, and the default everywhere.
HALF_EVEN
    2.5 -> 2, 3.5 -> 4: banker's rounding.
TOWARD_ZERO
    2.9 -> 2, -2.9 -> -2: truncation.
AWAY_FROM_ZERO
    2.1 -> 3, -2.1 -> -3.
""",
    "MoneyUnit": r"""
The unit a figure is displayed in (display rounding only; stored values stay exact).
Each member is its name in lowercase (``MoneyUnit.WHOLE_POUNDS == "whole_pounds"``).

Members
-------
POUNDS_AND_PENCE
    £1,627,500.00
WHOLE_POUNDS
    £1,627,500
THOUSANDS
    £1,628k
MILLIONS
    £1.63m
""",
    "NegativeStyle": r"""
How negative figures are written; each member is its name in lowercase (``"minus"``).

Members
-------
MINUS
    -£12.50
PARENTHESES
    (£12.50), as in accounts.
""",
    "Rate": r"""
An exact rate, share or factor, held as a fraction.

Parameters
----------
value : Rate, str, int, float, decimal.Decimal or fractions.Fraction
    Text reads as a decimal or a percentage (``"0.035"``, ``"3.5%"``); an int,
    Decimal or Fraction is taken exactly; a float is taken as the shortest decimal
    that reads back as it (its ``repr``), so ``Rate(0.035)`` is exactly 35/1000.

Examples
--------
>>> Rate("3.5%") == Rate("0.035")
True
>>> Rate.ratio(11, 12)
Rate.ratio(11, 12)
""",
    "Rate.__init__": "Make a rate from text, a number or another Rate.",
    "Rate.ratio": r"""
The exact fraction ``numerator / denominator``.

Parameters
----------
numerator, denominator : int
    The denominator must not be zero (DomainError, commissioning.rate.003).

Returns
-------
Rate
""",
    "Rate.numerator": "The numerator of the fraction in lowest terms (an int).",
    "Rate.denominator": "The denominator of the fraction in lowest terms (a positive int).",
    "Rate.percent": r"""
The rate as a percentage, e.g. ``"3.5%"``.

Parameters
----------
max_decimals : int, default 10
    Decimals shown at most; a longer value is rounded half away from zero.

Returns
-------
str
""",
    "Rate.as_decimal": r"""
The rate as a ``decimal.Decimal``.

Exact when the rate has a terminating decimal expansion; otherwise rounded half away
from zero to 28 significant digits (1/3 gives Decimal('0.3333333333333333333333333333')).
""",
    "Rate.__float__": "The nearest float.",
    "Rate.__str__": 'Exact decimal text (``"0.035"``), or 12 decimals if it does not terminate.',
    "Money": r"""
An exact amount of pounds sterling, held as a 64-bit count of pence.

Parameters
----------
value : Money, str, int, float or decimal.Decimal, default 0
    - str: read as councils write money: ``"£325,484.88"``, ``"-£12.50"``, ``"(£12.50)"``,
      ``"1627500"``. Thousands separators must group digits in threes; at most two
      decimals; no exponents.
    - int: whole pounds (``Money(5)`` is £5.00). Use ``Money.from_pence`` for pence.
    - float: the shortest decimal that reads back as the float (its ``repr``),
      rounded half away from zero to the penny. So ``Money(1.005)`` is £1.01 and
      ``Money(0.125)`` is £0.13, as the figures are written, even though the binary
      floats lie a little below them. NaN and infinity are refused.
    - decimal.Decimal: exact; it must be a whole number of pence (else
      InvalidInputError, commissioning.money.008). Round explicitly with
      ``Money.from_decimal(d, rounding=...)``.
    - bool is refused (TypeError).

Notes
-----
Arithmetic never wraps: a result beyond 64-bit pence raises MoneyOverflowError.
``Money * Money`` is a TypeError. ``Money * Rate`` (or a Decimal or float) rounds
once, half away from zero; use ``multiply`` to name another rounding.

Examples
--------
>>> Money("£325,500") * 5
Money('£1,627,500.00')
>>> str(Money.from_pence(32548488))
'£325,484.88'
""",
    "Money.__init__": "Make money from text, whole pounds, a float, a Decimal or another Money.",
    "Money.from_pence": r"""
Money from a count of pence: ``Money.from_pence(32548488)`` is £325,484.88.

Parameters
----------
pence : int
    Must fit in 64 bits (else MoneyOverflowError, commissioning.money.005).
""",
    "Money.parse": r"""
Read money written as text: ``"£325,484.88"``, ``"-£12.50"``, ``"(£12.50)"``.

Raises
------
InvalidInputError
    Malformed text ("1,2,3", "£1.234", "12e3", "", "£", "NaN").
MoneyOverflowError
    The amount does not fit in 64-bit pence.
""",
    "Money.from_decimal": r"""
Money from an exact amount of pounds, rounded to the penny.

Parameters
----------
amount : decimal.Decimal or int
    Pounds.
rounding : Rounding or str, default Rounding.HALF_AWAY_FROM_ZERO

Examples
--------
>>> Money.from_decimal(Decimal("0.125"), rounding="half_even")
Money('£0.12')
""",
    "Money.pence": "The exact count of pence (an int).",
    "Money.pounds": "The exact amount in pounds, as a ``decimal.Decimal``.",
    "Money.format": r"""
Write the amount for display; rounding applies to the displayed figure only.

Parameters
----------
unit : MoneyUnit or str, default "pounds_and_pence"
    "pounds_and_pence" (£1,627,500.00), "whole_pounds" (£1,627,500),
    "thousands" (£1,628k) or "millions" (£1.63m).
decimals : int, optional
    Decimals to show; the unit's usual by default (2 for pounds and pence and for
    millions, else 0). At most 18.
negative : NegativeStyle or str, default "minus"
    "minus" (-£12.50) or "parentheses" ((£12.50)).
symbol : bool, default True
    Write "£".
grouping : bool, default True
    Write "1,627,500" rather than "1627500".
rounding : Rounding or str, default Rounding.HALF_AWAY_FROM_ZERO
    How the displayed figure is rounded.

Returns
-------
str
""",
    "Money.multiply": r"""
The amount times an exact factor, rounded once to the penny.

Parameters
----------
factor : Rate, str, int, float, decimal.Decimal or fractions.Fraction
    Taken as ``Rate(factor)`` would take it (so ``"3.5%"`` works).
rounding : Rounding or str, default Rounding.HALF_AWAY_FROM_ZERO

Returns
-------
Money
""",
    "Money.divide": r"""
The amount divided by a number, rounded to the penny.

To split money into parts that sum back to it, use ``split`` or ``allocate``.

Parameters
----------
divisor : int, Rate, str, float, decimal.Decimal or fractions.Fraction
    Not zero (DomainError, commissioning.money.007).
rounding : Rounding or str, default Rounding.HALF_AWAY_FROM_ZERO

Returns
-------
Money
""",
    "Money.ratio_to": r"""
The exact ratio of this amount to ``whole``, as a Rate.

Raises DomainError (commissioning.money.007) if ``whole`` is zero.
""",
    "allocate": r"""
Split money in proportion to weights, by largest remainder: the parts sum exactly to the total.

Each part first gets the whole pence of its exact share; the pence left over go,
one each, to the parts with the largest remainders, ties to the earliest part.

Parameters
----------
total : Money, str, int, float or decimal.Decimal
    Anything ``Money()`` accepts.
weights : iterable of int, decimal.Decimal, float, fractions.Fraction, Rate or str
    Non-negative, not all zero. Ints are used as they are; any other kind of weight
    is taken exactly as ``Rate()`` would take it.

Returns
-------
list of Money

Raises
------
InvalidInputError
    No weights (commissioning.allocation.001), or a negative one (.002).
DomainError
    The weights sum to zero (commissioning.allocation.003).

Examples
--------
>>> allocate("£1,000", [1, 2])
[Money('£333.33'), Money('£666.67')]
""",
    "split": r"""
Split money into equal parts that sum exactly to it; the first parts take any odd pence.

Parameters
----------
total : Money, str, int, float or decimal.Decimal
    Anything ``Money()`` accepts.
parts : int
    1 to 1,000,000 (commissioning.allocation.001 for fewer, .004 for more).

Returns
-------
list of Money

Examples
--------
>>> split(Money.from_pence(100), 3)
[Money('£0.34'), Money('£0.33'), Money('£0.33')]
""",
}
