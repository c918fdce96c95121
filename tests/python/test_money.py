"""cm.Money: exact pence, read and written as councils write money."""

from decimal import ROUND_HALF_UP, Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

import commissioning as cm

INT64_MIN = -(2**63)
INT64_MAX = 2**63 - 1
pence = st.integers(min_value=INT64_MIN, max_value=INT64_MAX)


# ---------------------------------------------------------------- making money


def test_money_parses_grouped_pounds_with_symbol():
    assert cm.Money("£325,484.88").pence == 32_548_488


def test_money_parses_the_forms_councils_write():
    assert cm.Money("325484.88") == cm.Money.from_pence(32_548_488)
    assert cm.Money("£1,627,500") == cm.Money.from_pence(162_750_000)
    assert cm.Money("-£12.50").pence == -1250
    assert cm.Money("(£12.50)").pence == -1250
    assert cm.Money("£0.05").pence == 5
    assert cm.Money("£1.5").pence == 150
    assert cm.Money.parse("£325,500") == cm.Money("£325,500")


def test_money_from_int_is_whole_pounds():
    assert cm.Money(5).pence == 500
    assert cm.Money(-325_500) == cm.Money("-£325,500")


def test_money_defaults_to_zero():
    assert cm.Money().pence == 0
    assert not cm.Money()


def test_money_from_pence_counts_pence():
    assert str(cm.Money.from_pence(32_548_488)) == "£325,484.88"
    assert cm.Money.from_pence(INT64_MAX).pence == INT64_MAX
    assert cm.Money.from_pence(INT64_MIN).pence == INT64_MIN


def test_money_from_money_is_a_copy():
    original = cm.Money("£12.34")
    assert cm.Money(original) == original


def test_money_from_float_rounds_its_repr_half_away_from_zero():
    # The binary doubles lie just below 1.005 and 0.125, but the figures as written
    # (their repr) are ties, which round away from zero as Excel's ROUND does.
    assert cm.Money(1.005) == cm.Money("£1.01")
    assert cm.Money(0.125) == cm.Money("£0.13")
    assert cm.Money(-0.125) == cm.Money("-£0.13")
    assert cm.Money(2.675) == cm.Money("£2.68")
    assert cm.Money(0.1 + 0.2) == cm.Money("£0.30")
    assert cm.Money(1e-9) == cm.Money(0)
    assert cm.Money(325484.88) == cm.Money("£325,484.88")


@given(st.floats(min_value=-9e16, max_value=9e16, allow_nan=False, allow_infinity=False))
def test_money_from_float_matches_decimal_of_repr_rounded_half_up(number):
    expected = Decimal(repr(number)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    assert cm.Money(number).pounds == expected


def test_money_from_decimal_is_exact():
    assert cm.Money(Decimal("325484.88")).pence == 32_548_488
    assert cm.Money(Decimal("1.50000")).pence == 150
    assert cm.Money(Decimal("1E+3")).pence == 100_000


def test_money_from_decimal_refuses_fractions_of_a_penny():
    with pytest.raises(cm.InvalidInputError, match=r"\[commissioning\.money\.008\]"):
        cm.Money(Decimal("1.005"))


@pytest.mark.parametrize(
    ("rounding", "positive", "negative"),
    [
        (cm.Rounding.HALF_AWAY_FROM_ZERO, "£0.13", "-£0.13"),
        (cm.Rounding.HALF_EVEN, "£0.12", "-£0.12"),
        (cm.Rounding.TOWARD_ZERO, "£0.12", "-£0.12"),
        (cm.Rounding.AWAY_FROM_ZERO, "£0.13", "-£0.13"),
    ],
)
def test_money_from_decimal_rounds_a_tie_by_the_named_rule(rounding, positive, negative):
    assert str(cm.Money.from_decimal(Decimal("0.125"), rounding=rounding)) == positive
    assert str(cm.Money.from_decimal(Decimal("-0.125"), rounding=rounding)) == negative


def test_half_even_rounds_ties_to_the_even_penny():
    assert str(cm.Money.from_decimal(Decimal("0.135"), rounding="half_even")) == "£0.14"
    assert str(cm.Money.from_decimal(Decimal("0.145"), rounding="half_even")) == "£0.14"


def test_from_decimal_defaults_to_half_away_from_zero():
    assert cm.Money.from_decimal(Decimal("2.675")) == cm.Money("£2.68")
    assert cm.Money.from_decimal(7) == cm.Money(7)


def test_from_decimal_sees_digits_far_below_a_penny():
    # The tail decides a tie: just above half a penny rounds up even with half_even.
    above_half = Decimal("0.125" + "0" * 60 + "1")
    assert cm.Money.from_decimal(above_half, rounding="half_even") == cm.Money("£0.13")
    below_half = Decimal("0.124" + "9" * 60)
    assert cm.Money.from_decimal(below_half, rounding="half_away_from_zero") == cm.Money("£0.12")
    tiny = Decimal("1E-400")
    assert cm.Money.from_decimal(tiny, rounding="away_from_zero") == cm.Money.from_pence(1)
    assert cm.Money.from_decimal(-tiny, rounding="away_from_zero") == cm.Money.from_pence(-1)
    assert cm.Money.from_decimal(tiny) == cm.Money(0)


def test_rounding_names_are_accepted_as_text():
    assert cm.Money.from_decimal(Decimal("0.125"), rounding="HALF_EVEN") == cm.Money("£0.12")
    assert cm.Money.from_decimal(Decimal("0.125"), rounding="half even") == cm.Money("£0.12")
    with pytest.raises(ValueError, match="unknown rounding 'bankers'"):
        cm.Money.from_decimal(Decimal("0.125"), rounding="bankers")


# ---------------------------------------------------------------- reading it back


def test_money_str_and_repr():
    amount = cm.Money("£325,484.88")
    assert str(amount) == "£325,484.88"
    assert repr(amount) == "Money('£325,484.88')"
    assert str(cm.Money("-£12.5")) == "-£12.50"


def test_money_pounds_is_an_exact_decimal():
    assert cm.Money("£325,484.88").pounds == Decimal("325484.88")
    assert str(cm.Money("-£0.05").pounds) == "-0.05"
    assert cm.Money.from_pence(INT64_MIN).pounds == Decimal("-92233720368547758.08")


@given(pence)
def test_money_reads_back_its_own_text(count):
    amount = cm.Money.from_pence(count)
    assert cm.Money(str(amount)) == amount


@given(pence)
def test_money_pounds_are_its_pence_over_a_hundred(count):
    assert cm.Money.from_pence(count).pounds == Decimal(count) / 100


# ---------------------------------------------------------------- display


def test_format_whole_pounds_thousands_and_millions():
    whole_life = cm.Money("£1,627,500")
    assert whole_life.format("whole_pounds") == "£1,627,500"
    assert whole_life.format(cm.MoneyUnit.THOUSANDS) == "£1,628k"
    assert whole_life.format("millions") == "£1.63m"
    assert whole_life.format("millions", decimals=1) == "£1.6m"
    assert whole_life.format() == "£1,627,500.00"


def test_format_negatives_in_parentheses():
    assert cm.Money("-£12.50").format(negative="parentheses") == "(£12.50)"
    assert cm.Money("-£12.50").format(negative=cm.NegativeStyle.MINUS) == "-£12.50"


def test_format_without_symbol_or_grouping():
    assert cm.Money("£1,627,500").format(symbol=False, grouping=False) == "1627500.00"


def test_format_rounding_is_for_display_only():
    amount = cm.Money("£2.50")
    assert amount.format("whole_pounds") == "£3"
    assert amount.format("whole_pounds", rounding="half_even") == "£2"
    assert amount.pence == 250


def test_format_refuses_impossible_decimals():
    with pytest.raises(cm.InvalidInputError, match=r"\[commissioning\.money\.009\]"):
        cm.Money(1).format(decimals=19)
    with pytest.raises(cm.InvalidInputError, match=r"\[commissioning\.money\.009\]"):
        cm.Money(1).format(decimals=-1)


# ---------------------------------------------------------------- arithmetic


def test_seed_000_three_plus_one_plus_one_years_at_325_500():
    assert (cm.Money("£325,500") * (3 + 1 + 1)).format("whole_pounds") == "£1,627,500"


def test_seed_004_six_contract_years_at_325_484():
    assert cm.Money("£325,484") * 6 == cm.Money("£1,952,904")
    assert 6 * cm.Money("£325,484") == cm.Money("£1,952,904")


def test_money_adds_subtracts_and_negates():
    a, b = cm.Money("£10.50"), cm.Money("£0.75")
    assert a + b == cm.Money("£11.25")
    assert a - b == cm.Money("£9.75")
    assert -a == cm.Money("-£10.50")
    assert abs(-a) == a
    assert +a == a


def test_builtin_sum_works_from_zero():
    parts = [cm.Money("£1.10"), cm.Money("£2.20"), cm.Money("£3.30")]
    assert sum(parts) == cm.Money("£6.60")
    assert sum(parts, cm.Money()) == cm.Money("£6.60")


def test_money_does_not_add_plain_numbers():
    with pytest.raises(TypeError):
        cm.Money(1) + 5  # type: ignore[operator]
    with pytest.raises(TypeError):
        cm.Money(1) + 0.5  # type: ignore[operator]


def test_money_times_money_is_a_type_error():
    with pytest.raises(TypeError, match="money times money"):
        cm.Money(2) * cm.Money(3)  # type: ignore[operator]


def test_money_times_bool_is_a_type_error():
    with pytest.raises(TypeError):
        cm.Money(2) * True  # type: ignore[operator]


def test_money_times_a_rate_rounds_half_away_from_zero():
    assert cm.Money("£325,500") * cm.Rate("3.5%") == cm.Money("£11,392.50")
    assert cm.Money.from_pence(5) * cm.Rate("0.5") == cm.Money.from_pence(3)
    assert cm.Money.from_pence(-5) * Decimal("0.5") == cm.Money.from_pence(-3)
    assert cm.Money.from_pence(5) * 0.5 == cm.Money.from_pence(3)
    assert cm.Rate("0.5") * cm.Money.from_pence(5) == cm.Money.from_pence(3)


@pytest.mark.parametrize(
    ("rounding", "expected"),
    [("half_away_from_zero", 3), ("half_even", 2), ("toward_zero", 2), ("away_from_zero", 3)],
)
def test_multiply_names_its_rounding(rounding, expected):
    assert cm.Money.from_pence(5).multiply("50%", rounding=rounding).pence == expected


def test_divide_names_its_rounding():
    assert cm.Money("£100").divide(3) == cm.Money("£33.33")
    assert cm.Money("£2").divide(3) == cm.Money("£0.67")
    assert cm.Money("£2").divide(3, rounding="toward_zero") == cm.Money("£0.66")
    assert cm.Money("£1,000").divide(cm.Rate("1.035")) == cm.Money("£966.18")
    assert cm.Money.from_pence(5).divide(2, rounding=cm.Rounding.HALF_EVEN).pence == 2


def test_divide_by_zero_is_a_domain_error():
    with pytest.raises(cm.DomainError, match=r"\[commissioning\.money\.007\]"):
        cm.Money(1).divide(0)


def test_ratio_to_is_exact():
    assert cm.Money("£27,123.74").ratio_to(cm.Money("£325,484.88")) == cm.Rate.ratio(2712374, 32548488)
    assert cm.Money(1).ratio_to(cm.Money(3)) == cm.Rate.ratio(1, 3)


def test_arithmetic_that_overflows_raises_rather_than_wraps():
    largest = cm.Money.from_pence(INT64_MAX)
    with pytest.raises(cm.MoneyOverflowError, match=r"\[commissioning\.money\.006\]"):
        largest + cm.Money.from_pence(1)
    with pytest.raises(cm.MoneyOverflowError, match=r"\[commissioning\.money\.006\]"):
        largest * 2
    with pytest.raises(cm.MoneyOverflowError, match=r"\[commissioning\.money\.006\]"):
        -cm.Money.from_pence(INT64_MIN)
    with pytest.raises(cm.MoneyOverflowError, match=r"\[commissioning\.money\.006\]"):
        cm.Money(1) * 2**70
    assert cm.Money(0) * 2**70 == cm.Money(0)


# ---------------------------------------------------------------- comparison and hashing


def test_money_compares_and_orders():
    assert cm.Money("£1") < cm.Money("£1.01") <= cm.Money("£1.01")
    assert cm.Money("£2") > cm.Money("-£3")
    assert cm.Money("£1") != cm.Money("£1.01")
    assert sorted([cm.Money(3), cm.Money(1), cm.Money(2)]) == [cm.Money(1), cm.Money(2), cm.Money(3)]


def test_money_does_not_equal_plain_numbers():
    assert cm.Money(5) != 5
    assert cm.Money(5) != "£5.00"
    with pytest.raises(TypeError):
        cm.Money(5) < 6  # type: ignore[operator]


def test_equal_money_hashes_alike():
    assert hash(cm.Money("£1.50")) == hash(cm.Money.from_pence(150))
    assert len({cm.Money("£1.50"), cm.Money(Decimal("1.5")), cm.Money(1.5)}) == 1


def test_money_is_true_unless_zero():
    assert cm.Money("£0.01")
    assert cm.Money("-£0.01")
    assert not cm.Money(0)


# ---------------------------------------------------------------- numpy scalars


def test_numpy_scalars_work_like_the_python_numbers_they_hold():
    np = pytest.importorskip("numpy")
    annual = cm.Money("£325,484")
    assert annual * np.int64(6) == cm.Money("£1,952,904")
    assert np.int64(6) * annual == cm.Money("£1,952,904")
    assert cm.Money(np.int64(5)) == cm.Money(5)
    # A numpy float is read as the plain float it holds, not as its repr "np.float64(1.005)".
    assert cm.Money(np.float64(1.005)) == cm.Money("£1.01")
    assert cm.split(100, np.int64(3))[0] == cm.Money("£33.34")
    assert cm.allocate(100, np.array([1, 3])) == [cm.Money(25), cm.Money(75)]
    with pytest.raises(TypeError):
        cm.Money(np.bool_(True))
