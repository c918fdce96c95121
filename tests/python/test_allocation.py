"""cm.allocate and cm.split: largest remainder, so no penny is created or lost."""

from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

import commissioning as cm

INT64_MAX = 2**63 - 1
# Every amount but the most negative, which has no positive counterpart to allocate.
safe_pence = st.integers(min_value=-INT64_MAX, max_value=INT64_MAX)


def pence_of(parts):
    return [part.pence for part in parts]


def test_split_gives_the_odd_pence_to_the_first_parts():
    assert pence_of(cm.split(cm.Money.from_pence(100), 3)) == [34, 33, 33]
    assert pence_of(cm.split(cm.Money.from_pence(-100), 3)) == [-34, -33, -33]
    assert pence_of(cm.split("£1,627,500", 5)) == [32_550_000] * 5


def test_allocate_by_whole_number_weights():
    assert cm.allocate("£1,000", [1, 2]) == [cm.Money("£333.33"), cm.Money("£666.67")]


def test_allocate_eleven_twelfths_and_one_twelfth():
    # £325,484.88 is 32,548,488p; a twelfth is exactly 2,712,374p.
    assert cm.allocate("£325,484.88", [11, 1]) == [cm.Money("£298,361.14"), cm.Money("£27,123.74")]
    exact = [cm.Rate.ratio(11, 12), cm.Rate.ratio(1, 12)]
    assert cm.allocate("£325,484.88", exact) == [cm.Money("£298,361.14"), cm.Money("£27,123.74")]


def test_allocate_by_days_hands_the_spare_penny_to_the_largest_remainder():
    # 335/365 and 30/365 of 32,548,488p are 29,873,269.81p and 2,675,218.19p: the whole
    # pence sum to 32,548,487p, and the spare penny goes to the larger remainder (0.81p).
    assert cm.allocate("£325,484.88", [335, 30]) == [cm.Money("£298,732.70"), cm.Money("£26,752.18")]


def test_allocate_breaks_ties_toward_the_earliest_part():
    assert pence_of(cm.allocate(cm.Money.from_pence(2), [1, 1, 1])) == [1, 1, 0]


def test_allocate_accepts_exact_weights_of_every_kind():
    expected = [cm.Money("£250"), cm.Money("£750")]
    assert cm.allocate(1000, [Decimal("0.25"), Decimal("0.75")]) == expected
    assert cm.allocate(1000, [0.25, 0.75]) == expected
    assert cm.allocate(1000, [Fraction(1, 4), Fraction(3, 4)]) == expected
    assert cm.allocate(1000, ["25%", "75%"]) == expected
    assert cm.allocate(1000, (w for w in [1, 3])) == expected
    assert cm.allocate(1000, [2**80, 3 * 2**80]) == expected


def test_allocate_mixes_rates_and_ints():
    assert cm.allocate(1000, [cm.Rate("0.5"), 1, Decimal("0.5")]) == [
        cm.Money("£250"),
        cm.Money("£500"),
        cm.Money("£250"),
    ]
    # 0.25 and 3 of £1,000: 7,692.31p and 92,307.69p; the spare penny goes to the second.
    assert cm.allocate(1000, [cm.Rate("0.25"), 3]) == [cm.Money("£76.92"), cm.Money("£923.08")]


def test_a_part_with_zero_weight_gets_nothing():
    assert pence_of(cm.allocate(cm.Money.from_pence(101), [0, 1, 0, 1])) == [0, 51, 0, 50]


def test_allocate_refuses_no_parts_negative_weights_and_zero_sums():
    with pytest.raises(cm.InvalidInputError, match=r"\[commissioning\.allocation\.001\]"):
        cm.allocate(100, [])
    with pytest.raises(cm.InvalidInputError, match=r"\[commissioning\.allocation\.002\] weight 1 is negative"):
        cm.allocate(100, [1, -1])
    with pytest.raises(cm.InvalidInputError, match=r"\[commissioning\.allocation\.002\]"):
        cm.allocate(100, [Decimal("0.5"), Decimal("-0.5")])
    with pytest.raises(cm.DomainError, match=r"\[commissioning\.allocation\.003\]"):
        cm.allocate(100, [0, 0])


def test_split_refuses_no_parts():
    with pytest.raises(cm.InvalidInputError, match=r"\[commissioning\.allocation\.001\]"):
        cm.split(100, 0)
    with pytest.raises(cm.InvalidInputError, match=r"\[commissioning\.allocation\.001\]"):
        cm.split(100, -2)


def test_allocate_refuses_weights_that_are_not_numbers():
    with pytest.raises(TypeError):
        cm.allocate(100, "12")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        cm.allocate(100, [1, None])  # type: ignore[list-item]
    with pytest.raises(TypeError):
        cm.allocate(100, [True, False])


def test_allocating_the_most_negative_amount_overflows():
    with pytest.raises(cm.MoneyOverflowError, match=r"\[commissioning\.money\.006\]"):
        cm.split(cm.Money.from_pence(-(2**63)), 2)


@given(safe_pence, st.lists(st.integers(min_value=0, max_value=2**62), min_size=1, max_size=12))
def test_allocate_by_ints_sums_exactly_to_the_total(total, weights):
    assume(any(weights))
    parts = cm.allocate(cm.Money.from_pence(total), weights)
    assert len(parts) == len(weights)
    assert sum(pence_of(parts)) == total
    # Each part is within a penny of its exact share, and zero weights get nothing.
    for part, weight in zip(parts, weights):
        exact = Fraction(total * weight, sum(weights))
        assert abs(part.pence - exact) < 1
        if weight == 0:
            assert part.pence == 0


exact_weights = st.one_of(
    st.decimals(min_value=0, max_value=10**6, allow_nan=False, allow_infinity=False, places=6),
    st.fractions(min_value=0, max_value=10**6, max_denominator=10**6),
    st.floats(min_value=0, max_value=1e6, allow_nan=False, allow_infinity=False),
)


@given(safe_pence, st.lists(exact_weights, min_size=1, max_size=12))
def test_allocate_by_exact_weights_sums_exactly_to_the_total(total, weights):
    assume(any(weights))
    parts = cm.allocate(cm.Money.from_pence(total), weights)
    assert sum(pence_of(parts)) == total
    shares = [Fraction(repr(w)) if isinstance(w, float) else Fraction(w) for w in weights]
    for part, share in zip(parts, shares):
        assert abs(part.pence - total * share / sum(shares)) < 1


@given(safe_pence, st.integers(min_value=1, max_value=400))
def test_split_sums_exactly_and_parts_differ_by_at_most_a_penny(total, n):
    parts = pence_of(cm.split(cm.Money.from_pence(total), n))
    assert sum(parts) == total
    assert max(parts) - min(parts) <= 1
    assert parts == sorted(parts, key=abs, reverse=True)
