"""Discount schedules as versioned data, exact discount factors, present values, and deflators
that turn cash into the real prices of a base year."""

import copy
import doctest
import pickle
import re
from decimal import Decimal
from fractions import Fraction

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import commissioning as cm

GREEN_BOOK = cm.DiscountSchedule.green_book_2022()
SEED_000_ANNUAL = "£325,500"  # seed 000: funding per annum


def half_away(value: Fraction) -> int:
    """A fraction of pence rounded half away from zero, as the library rounds by default."""
    whole, rest = divmod(abs(value.numerator), value.denominator)
    whole += 2 * rest >= value.denominator
    return whole if value >= 0 else -whole


# ---------------------------------------------------------------- the Green Book's factors


@pytest.mark.parametrize(
    ("year", "factor"),
    [(0, 1.0), (1, 0.966184), (2, 0.933511), (3, 0.901943), (10, 0.708919), (31, 0.345901), (76, 0.091916)],
)
def test_green_book_2022_factors_to_six_places(year, factor):
    assert round(GREEN_BOOK.factor(year), 6) == factor


def test_year_1_is_exactly_one_over_1_035():
    assert GREEN_BOOK.exact_factor(1) == Fraction(200, 207)
    assert isinstance(GREEN_BOOK.exact_factor(1), Fraction)
    assert GREEN_BOOK.exact_factor(0) == 1


def test_declining_bands_compound_rather_than_restart():
    # Year 31 is year 30's factor over 1.03, not 1 / 1.035^31 or 1 / 1.03^31.
    assert GREEN_BOOK.exact_factor(31) == GREEN_BOOK.exact_factor(30) / Fraction(103, 100)
    assert GREEN_BOOK.exact_factor(31) == Fraction(1000, 1035) ** 30 * Fraction(100, 103)
    assert round(float(Fraction(1000, 1035) ** 31), 6) != 0.345901
    assert GREEN_BOOK.exact_factor(76) == Fraction(1000, 1035) ** 30 * Fraction(100, 103) ** 45 * Fraction(1000, 1025)


@given(st.integers(min_value=1, max_value=400))
@settings(max_examples=40)
def test_each_factor_is_the_last_over_one_plus_its_years_rate(year):
    rate = GREEN_BOOK.rate_for_year(year)
    assert GREEN_BOOK.exact_factor(year) == GREEN_BOOK.exact_factor(year - 1) / (1 + Fraction(rate.numerator, rate.denominator))


def test_the_rate_for_each_band():
    assert [GREEN_BOOK.rate_for_year(year) for year in (1, 30, 31, 75, 76, 125, 126, 200, 201, 300, 301, 1000)] == [
        cm.Rate(r) for r in ("3.5%", "3.5%", "3%", "3%", "2.5%", "2.5%", "2%", "2%", "1.5%", "1.5%", "1%", "1%")
    ]
    assert isinstance(GREEN_BOOK.rate_for_year(1), cm.Rate)


def test_the_bands_are_pairs_of_first_year_and_rate():
    assert GREEN_BOOK.bands == [(0, cm.Rate("3.5%")), (31, cm.Rate("3%")), (76, cm.Rate("2.5%")),
                                (126, cm.Rate("2%")), (201, cm.Rate("1.5%")), (301, cm.Rate("1%"))]
    assert GREEN_BOOK.bands[1] == cm.DiscountBand(first_year=31, annual_rate=cm.Rate("0.03"))
    assert GREEN_BOOK.bands[1].annual_rate == cm.Rate("3%")
    assert GREEN_BOOK.name == "Green Book 2022 standard"
    assert "Green Book (2022)" in GREEN_BOOK.source


def test_factors_as_a_numpy_array_and_exactly():
    factors = GREEN_BOOK.factors(10)
    assert isinstance(factors, np.ndarray)
    assert factors.dtype == np.float64
    assert factors.shape == (10,)
    assert factors[0] == 1.0
    assert np.allclose(factors, [GREEN_BOOK.factor(t) for t in range(10)], rtol=0, atol=0)
    exact = GREEN_BOOK.exact_factors(4)
    assert exact == [1, Fraction(200, 207), Fraction(200, 207) ** 2, Fraction(200, 207) ** 3]
    assert GREEN_BOOK.factors(0).shape == (0,)
    for count in (-1, 1001, 10**9):  # 10**9 factors once raised MemoryError
        with pytest.raises(cm.OutOfRangeError) as caught:
            GREEN_BOOK.factors(count)
        assert caught.value.id == "commissioning.discounting.004"
        assert f"cannot discount {count} years: expected 0 to 1000" in str(caught.value)
    with pytest.raises(cm.OutOfRangeError, match=r"discounting\.004.*-1 years"):
        cm.annuity_factor(GREEN_BOOK, -1)  # once 0, where exact_factor(-1) is refused


def test_no_factor_before_the_base_year_and_no_rate_for_it():
    with pytest.raises(cm.OutOfRangeError) as caught:
        GREEN_BOOK.exact_factor(-1)
    assert caught.value.id == "commissioning.discounting.003"
    assert "year -1 is before the base year (year 0)" in str(caught.value)
    with pytest.raises(cm.OutOfRangeError) as caught:
        GREEN_BOOK.rate_for_year(0)
    assert caught.value.id == "commissioning.discounting.003"
    assert "rates apply from year 1" in str(caught.value)


# ---------------------------------------------------------------- the bundled schedules and the user's own


def test_the_bundled_schedules_by_key():
    assert cm.DiscountSchedule.bundled_keys() == ["green-book-2022", "green-book-health", "green-book-2026-lower-rate"]
    assert cm.DiscountSchedule.named("green-book-2022") == GREEN_BOOK
    health = cm.DiscountSchedule.named("green-book-health")
    assert health == cm.DiscountSchedule.green_book_health()
    assert health.rate_for_year(1) == cm.Rate("1.5%")
    assert health.rate_for_year(31) == cm.Rate("1.29%")
    lower = cm.DiscountSchedule.named("green-book-2026-lower-rate")
    assert lower == cm.DiscountSchedule.green_book_2026_lower_rate()
    assert lower.rate_for_year(1) == cm.Rate("3%")
    assert lower.exact_factor(1) == Fraction(100, 103)


def test_an_unknown_key_raises_its_id_with_the_message_intact():
    with pytest.raises(cm.InvalidInputError) as caught:
        cm.DiscountSchedule.named("green-book-2020")
    assert caught.value.id == "commissioning.discounting.002"
    assert str(caught.value) == (
        "[commissioning.discounting.002] no bundled discount schedule is called 'green-book-2020'; the bundled ones "
        "are green-book-2022, green-book-health and green-book-2026-lower-rate"
    )


def test_a_constant_schedule():
    three = cm.DiscountSchedule.constant("3%")
    assert three.name == "Constant 3%"
    assert three.source == "user-defined"
    assert three.bands == [(0, cm.Rate("3%"))]
    assert three.exact_factor(40) == Fraction(100, 103) ** 40
    assert cm.DiscountSchedule.constant(Decimal("0.03"), "Three per cent").name == "Three per cent"
    assert repr(three) == "<DiscountSchedule 'Constant 3%': 3% every year>"


def test_a_user_defined_schedule_from_pairs_or_a_mapping():
    mine = cm.DiscountSchedule("Mine", "a council's own", [(0, "3.5%"), (31, "3%")])
    assert mine.exact_factor(31) == GREEN_BOOK.exact_factor(31)
    assert mine.rate_for_year(200) == cm.Rate("3%")
    assert cm.DiscountSchedule("Mine", "a council's own", {0: Decimal("0.035"), 31: Fraction(3, 100)}) == mine
    assert repr(mine) == "<DiscountSchedule 'Mine': 3.5% to year 30, then 3%>"
    assert repr(GREEN_BOOK) == (
        "<DiscountSchedule 'Green Book 2022 standard': 3.5% to year 30, 3% to year 75, 2.5% to year 125, "
        "2% to year 200, 1.5% to year 300, then 1%>"
    )


@pytest.mark.parametrize(
    ("bands", "words"),
    [
        ([], "needs a first band starting at year 0"),
        ([(1, "3%")], "needs a first band starting at year 0"),
        ([(0, "3%"), (31, "2%"), (31, "1%")], "must start in increasing years, got year 31 after year 31"),
        ([(0, "-100%")], "a discount rate must be above -100%, got -100%"),
    ],
)
def test_bad_bands_raise_discounting_001(bands, words):
    with pytest.raises(cm.InvalidInputError, match=re.escape(words)) as caught:
        cm.DiscountSchedule("Bad", "test", bands)
    assert caught.value.id == "commissioning.discounting.001"


def test_bands_of_the_wrong_shape_are_type_errors():
    with pytest.raises(TypeError, match="first_year, rate"):
        cm.DiscountSchedule("Bad", "test", ["3%"])
    with pytest.raises(TypeError, match="first year is an int"):
        cm.DiscountSchedule("Bad", "test", [("0", "3%")])
    with pytest.raises(TypeError):
        cm.DiscountSchedule("Bad", "test", "3%")


def test_a_scaled_schedule_moves_every_rate():
    scaled = GREEN_BOOK.scaled("110%")
    assert scaled.name == "Green Book 2022 standard × 1.1"
    assert [band.annual_rate for band in scaled.bands][:2] == [cm.Rate("3.85%"), cm.Rate("3.3%")]
    assert scaled.exact_factor(1) == 1 / Fraction(10385, 10000)
    assert GREEN_BOOK.scaled(1) == GREEN_BOOK.scaled("100%")


# ---------------------------------------------------------------- present values


def test_present_value_of_seed_000_over_five_years():
    assert cm.present_value(GREEN_BOOK, [SEED_000_ANNUAL] * 5) == cm.Money("£1,521,087.28")
    assert cm.present_value(GREEN_BOOK, [cm.Money(325_500)] * 5) == cm.Money("£1,521,087.28")
    assert cm.present_value(GREEN_BOOK, np.full(5, 325_500)) == cm.Money("£1,521,087.28")


def test_present_value_when_the_first_payment_is_a_year_out():
    # £1,521,087.28 / 1.035, rounded once: £1,469,649.548...
    assert cm.present_value(GREEN_BOOK, [0] + [SEED_000_ANNUAL] * 5) == cm.Money("£1,469,649.55")


def test_present_value_is_rounded_once_and_the_rounding_is_named():
    # 50p in year 1 is 48.309...p; £2.07 is exactly £2.00.
    assert cm.present_value(GREEN_BOOK, [0, "£0.50"]) == cm.Money("£0.48")
    assert cm.present_value(GREEN_BOOK, [0, "£2.07"]) == cm.Money("£2.00")
    # 15p and 45p in years 1 and 2 are 14.49p and 42.01p: rounded once, 57p, not 14p + 42p.
    assert cm.present_value(GREEN_BOOK, [0, "£0.15", "£0.45"]) == cm.Money("£0.57")
    assert cm.present_value(GREEN_BOOK, []) == cm.Money(0)
    # At 100% a year, 5p in year 1 is 2.5p exactly: the rounding decides.
    doubling = cm.DiscountSchedule.constant(1)
    assert cm.present_value(doubling, [0, "£0.05"]) == cm.Money("£0.03")
    assert cm.present_value(doubling, [0, "£0.05"], rounding="half_even") == cm.Money("£0.02")
    assert cm.present_value(doubling, [0, "£0.05"], rounding=cm.Rounding.TOWARD_ZERO) == cm.Money("£0.02")


def test_present_value_takes_negative_amounts_and_refuses_what_is_not_money():
    assert cm.present_value(GREEN_BOOK, ["-£325,500"] * 5) == cm.Money("-£1,521,087.28")
    with pytest.raises(TypeError, match="cannot make Money from"):
        cm.present_value(GREEN_BOOK, [None])
    with pytest.raises(TypeError):
        cm.present_value(GREEN_BOOK, "£325,500")


def test_the_annuity_factor_is_exact():
    factor = cm.annuity_factor(GREEN_BOOK, 5)
    assert isinstance(factor, Fraction)
    assert factor == sum(Fraction(200, 207) ** t for t in range(5))
    assert factor == Fraction(8579945401, 1836036801)
    assert cm.annuity_factor(GREEN_BOOK, 0) == 0


@given(
    pence=st.integers(min_value=-(10**11), max_value=10**11),
    years=st.integers(min_value=0, max_value=80),
    key=st.sampled_from(cm.DiscountSchedule.bundled_keys()),
)
@settings(max_examples=60)
def test_present_value_of_a_constant_series_is_the_amount_times_the_annuity_factor(pence, years, key):
    schedule = cm.DiscountSchedule.named(key)
    expected = half_away(pence * cm.annuity_factor(schedule, years))
    assert cm.present_value(schedule, [cm.Money.from_pence(pence)] * years).pence == expected


# ---------------------------------------------------------------- values


SCHEDULES = [GREEN_BOOK, cm.DiscountSchedule.constant("3%"), GREEN_BOOK.scaled("90%"),
             cm.DiscountSchedule("Mine", "test", [(0, cm.Rate.ratio(1, 3)), (5, "2%")])]


@pytest.mark.parametrize("schedule", SCHEDULES, ids=repr)
def test_schedules_pickle_copy_compare_and_hash(schedule):
    for protocol in (2, pickle.HIGHEST_PROTOCOL):
        restored = pickle.loads(pickle.dumps(schedule, protocol=protocol))
        assert type(restored) is cm.DiscountSchedule
        assert restored == schedule
        assert hash(restored) == hash(schedule)
        assert restored.source == schedule.source
    assert copy.copy(schedule) == schedule
    assert copy.deepcopy(schedule) == schedule
    assert b"_core" not in pickle.dumps(schedule, protocol=2)


def test_schedules_with_other_rates_names_or_sources_differ():
    assert GREEN_BOOK != cm.DiscountSchedule.green_book_health()
    assert GREEN_BOOK != GREEN_BOOK.scaled("100.1%")
    renamed = cm.DiscountSchedule("Another name", GREEN_BOOK.source, GREEN_BOOK.bands)
    assert renamed != GREEN_BOOK
    resourced = cm.DiscountSchedule(GREEN_BOOK.name, "elsewhere", GREEN_BOOK.bands)
    assert resourced != GREEN_BOOK  # the pickle state compares the source too
    assert len({GREEN_BOOK, cm.DiscountSchedule.green_book_2022(), renamed}) == 2


# ---------------------------------------------------------------- deflators

OBR = cm.Deflator.constant_growth("OBR long-run GDP deflator", "2%", "2021-22", "2030-31")


def test_a_constant_growth_deflator_turns_cash_into_real_prices():
    assert OBR.to_real("£102,000", "2022-23", "2021-22") == cm.Money("£100,000.00")
    assert OBR.to_real(cm.Money("£104,040"), cm.FinancialYear(2023), 2021) == cm.Money("£100,000.00")
    assert OBR.to_nominal("£100,000", "2022-23", "2021-22") == cm.Money("£102,000.00")
    assert OBR.index("2021-22") == 1
    assert OBR.index(2023) == cm.Rate("1.0404")
    assert OBR.years[0] == cm.FinancialYear(2021)
    assert len(OBR.years) == 10
    assert OBR.start_month == 4
    assert OBR.name == "OBR long-run GDP deflator"


def test_a_deflator_from_an_index_of_any_base():
    gdp = cm.Deflator("GDP", {"2021-22": "100", "2022-23": "102"})
    assert gdp.by_year == {"2021-22": cm.Rate(100), "2022-23": cm.Rate(102)}
    assert gdp.to_real("£102,000", "2022-23", "2021-22") == cm.Money("£100,000.00")
    assert cm.Deflator("GDP", [(2021, 100), (2022, Decimal("102"))]) == gdp
    assert cm.Deflator("GDP", pd.Series({"2021-22": 100, "2022-23": 102})) == gdp
    assert repr(gdp) == "<Deflator 'GDP': 2021-22 to 2022-23>"
    # Rounded to the penny, by the rounding named.
    assert gdp.to_real("£0.51", "2022-23", "2021-22") == cm.Money("£0.50")
    assert gdp.to_real("£1.53", "2022-23", "2021-22") == cm.Money("£1.50")
    three = cm.Deflator("x", {2021: 3, 2022: 1})
    assert three.to_real("£0.05", 2021, 2022) == cm.Money("£0.02")
    assert three.to_real("£0.05", 2021, 2022, rounding="away_from_zero") == cm.Money("£0.02")
    assert three.to_real("£0.04", 2021, 2022, rounding="away_from_zero") == cm.Money("£0.02")
    assert three.to_real("£0.04", 2021, 2022) == cm.Money("£0.01")


def test_a_deflator_in_years_starting_in_another_month():
    academic = cm.Deflator("Academic", {cm.FinancialYear(2022, 9): 1, cm.FinancialYear(2023, 9): 2})
    assert academic.start_month == 9
    assert academic.to_real("£10", 2023, 2022) == cm.Money("£5")
    assert cm.Deflator("Academic", {2022: 1, 2023: 2}, start_month=9) == academic


def test_deflator_errors_carry_their_ids():
    with pytest.raises(cm.OutOfRangeError) as caught:
        OBR.to_real("£1", "2031-32", "2021-22")
    assert caught.value.id == "commissioning.deflator.002"
    assert "the deflator 'OBR long-run GDP deflator' has no index for 2031-32" in str(caught.value)
    for index, words in [
        ({}, "has no years"),
        ({2021: 0}, "an index must be positive"),
        ([(2021, 1), ("2021-22", 2)], "gives 2021-22 twice"),
        ({cm.FinancialYear(2021): 1, cm.FinancialYear(2022, 1): 1}, "must start in the same month"),
    ]:
        with pytest.raises(cm.InvalidInputError, match=re.escape(words)) as caught:
            cm.Deflator("Bad", index)
        assert caught.value.id == "commissioning.deflator.001"
    with pytest.raises(cm.InvalidInputError) as caught:
        cm.Deflator.constant_growth("Bad", "2%", 2030, 2021)
    assert caught.value.id == "commissioning.deflator.001"
    with pytest.raises(TypeError, match="cannot make a Rate"):
        cm.Deflator("Bad", {2021: None})


def test_deflators_pickle_copy_compare_and_hash():
    for deflator in (OBR, cm.Deflator("Academic", {cm.FinancialYear(2022, 9): cm.Rate.ratio(1, 3)})):
        restored = pickle.loads(pickle.dumps(deflator))
        assert restored == deflator
        assert restored.start_month == deflator.start_month
        assert hash(restored) == hash(deflator)
        assert copy.deepcopy(deflator) == deflator
    assert OBR != cm.Deflator.constant_growth("OBR long-run GDP deflator", "2.5%", "2021-22", "2030-31")


# ---------------------------------------------------------------- the docstrings' examples


@pytest.mark.parametrize("name", ["DiscountSchedule", "present_value", "annuity_factor", "Deflator"])
def test_the_docstring_examples_run(name):
    runner = doctest.DocTestRunner(optionflags=doctest.NORMALIZE_WHITESPACE)
    tests = doctest.DocTestFinder().find(getattr(cm, name), name, globs=dict(vars(cm)))
    for test in tests:
        runner.run(test)
    results = runner.summarize(verbose=False)
    assert results.attempted > 0
    assert results.failed == 0
