"""cm.Rate: exact rates, shares and factors."""

import math
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

import commissioning as cm


def test_rate_reads_a_percentage_and_a_decimal_alike():
    assert cm.Rate("3.5%") == cm.Rate("0.035")
    assert cm.Rate("3.5%") == cm.Rate.ratio(7, 200)
    assert cm.Rate("12.5 %") == cm.Rate.ratio(1, 8)
    assert cm.Rate("1e-3") == cm.Rate.ratio(1, 1000)
    assert cm.Rate("1e+3") == cm.Rate(1000)


def test_rate_from_numbers_is_exact():
    assert cm.Rate(2) == cm.Rate.ratio(2, 1)
    assert cm.Rate(Decimal("0.035")) == cm.Rate.ratio(7, 200)
    assert cm.Rate(Fraction(11, 12)) == cm.Rate.ratio(11, 12)
    assert cm.Rate(cm.Rate("0.5")) == cm.Rate.ratio(1, 2)


def test_rate_from_float_is_its_shortest_repr():
    # 0.035 is not exactly representable in binary, but it is what the user wrote.
    assert cm.Rate(0.035) == cm.Rate.ratio(35, 1000)
    assert cm.Rate(0.1) == cm.Rate.ratio(1, 10)
    assert cm.Rate(1e16) == cm.Rate(10**16)
    assert cm.Rate(1.5e-7) == cm.Rate.ratio(15, 10**8)


@given(st.floats(allow_nan=False, allow_infinity=False))
def test_rate_from_float_equals_decimal_of_repr(number):
    assert cm.Rate(number) == cm.Rate(Decimal(repr(number)))


def test_rate_holds_huge_integers_exactly():
    assert cm.Rate(10**40).numerator == 10**40
    assert cm.Rate.ratio(-(10**30), 3 * 10**30) == cm.Rate.ratio(-1, 3)


def test_rate_keeps_lowest_terms():
    r = cm.Rate.ratio(6, -8)
    assert (r.numerator, r.denominator) == (-3, 4)


def test_rate_text_percent_and_repr():
    assert str(cm.Rate("3.5%")) == "0.035"
    assert cm.Rate("0.035").percent() == "3.5%"
    assert repr(cm.Rate("3.5%")) == "Rate('0.035')"
    assert str(cm.Rate.ratio(1, 3)) == "0.333333333333"
    assert repr(cm.Rate.ratio(1, 3)) == "Rate.ratio(1, 3)"
    assert str(cm.Rate(-2)) == "-2"


def test_rate_as_decimal_is_exact_when_it_terminates():
    assert cm.Rate("3.5%").as_decimal() == Decimal("0.035")
    assert cm.Rate.ratio(1, 3).as_decimal() == Decimal("0.3333333333333333333333333333")
    assert cm.Rate.ratio(2, 3).as_decimal() == Decimal("0.6666666666666666666666666667")


def test_rate_converts_to_the_nearest_float():
    assert float(cm.Rate("0.035")) == 0.035
    assert float(cm.Rate.ratio(1, 3)) == 1 / 3
    assert float(cm.Rate(10**400) / cm.Rate(10**399)) == 10.0


def test_rate_arithmetic_is_exact():
    assert cm.Rate.ratio(1, 3) + cm.Rate.ratio(1, 6) == cm.Rate.ratio(1, 2)
    assert cm.Rate(1) - cm.Rate("3.5%") == cm.Rate("0.965")
    assert cm.Rate("1.035") * cm.Rate("1.035") == cm.Rate("1.071225")
    assert cm.Rate(1) / cm.Rate(3) == cm.Rate.ratio(1, 3)
    assert 1 + cm.Rate("0.035") == cm.Rate("1.035")
    assert cm.Rate("0.5") * 2 == cm.Rate(1)
    assert 1 / cm.Rate(4) == cm.Rate("0.25")
    assert cm.Rate("0.5") + Decimal("0.25") == cm.Rate("0.75")
    assert -cm.Rate("0.5") == cm.Rate("-0.5")
    assert abs(cm.Rate("-0.5")) == cm.Rate("0.5")


def test_rate_divided_by_zero_is_a_domain_error():
    with pytest.raises(cm.DomainError, match=r"\[commissioning\.rate\.003\]"):
        cm.Rate(1) / cm.Rate(0)
    with pytest.raises(cm.DomainError, match=r"\[commissioning\.rate\.003\]"):
        cm.Rate.ratio(1, 0)


def test_rate_compares_with_exact_numbers():
    assert cm.Rate("0.5") == Fraction(1, 2)
    assert cm.Rate("0.5") == Decimal("0.5")
    assert cm.Rate(2) == 2
    assert cm.Rate("0.035") < cm.Rate("0.04") <= Decimal("0.04")
    assert cm.Rate(1) > 0
    assert cm.Rate("0.5") != "0.5"


def test_rate_hashes_like_the_equal_number():
    assert hash(cm.Rate(2)) == hash(2)
    assert hash(cm.Rate("0.5")) == hash(Fraction(1, 2)) == hash(Decimal("0.5"))
    assert len({cm.Rate("3.5%"), cm.Rate("0.035"), cm.Rate.ratio(7, 200)}) == 1


def test_rate_is_true_unless_zero():
    assert cm.Rate("0.01")
    assert not cm.Rate(0)


@given(st.fractions(), st.fractions())
def test_rate_arithmetic_matches_fractions(a, b):
    ra, rb = cm.Rate(a), cm.Rate(b)
    assert ra + rb == a + b
    assert ra - rb == a - b
    assert ra * rb == a * b
    if b:
        assert ra / rb == a / b
    assert (ra < rb) == (a < b)


@pytest.mark.parametrize("text", ["", "abc", "three percent", "1e999", "1.2.3", "%"])
def test_rate_refuses_text_that_is_not_a_number(text):
    with pytest.raises(cm.InvalidInputError, match=r"\[commissioning\.rate\.001\]"):
        cm.Rate(text)


@pytest.mark.parametrize("value", [math.nan, math.inf, -math.inf, Decimal("NaN"), Decimal("-Infinity")])
def test_rate_refuses_values_that_are_not_finite(value):
    with pytest.raises(cm.InvalidInputError, match=r"\[commissioning\.rate\.002\]"):
        cm.Rate(value)


def test_rate_refuses_decimals_it_could_not_hold():
    with pytest.raises(cm.InvalidInputError, match=r"\[commissioning\.rate\.001\]"):
        cm.Rate(Decimal("1E+100000"))


def test_rate_refuses_bool():
    with pytest.raises(TypeError):
        cm.Rate(True)
