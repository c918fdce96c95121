"""Values pickle, so process pools and distributed engines can carry them."""

import copy
import datetime as dt
import pickle
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

import commissioning as cm

CONTRACT_YEAR = cm.Period("1 May 2022", "30 April 2023")

VALUES = [
    cm.Money("£325,484.88"),
    cm.Money.from_pence(-(2**63)),
    cm.Rate("3.5%"),
    cm.Rate.ratio(-1, 3),
    cm.Rate(10**40) / 7,
    cm.Rounding.HALF_EVEN,
    cm.MoneyUnit.MILLIONS,
    cm.NegativeStyle.PARENTHESES,
    cm.ApportionRule.DAILY,
    cm.FinancialYear(2022),
    cm.FinancialYear(2022, start_month=7),
    CONTRACT_YEAR,
    cm.apportion("£325,484.88", CONTRACT_YEAR),
    cm.apportion("£325,484.88", CONTRACT_YEAR, "daily", start_month=1),
    cm.apportion("£325,484.88", CONTRACT_YEAR)[0],
    CONTRACT_YEAR.length(),
    CONTRACT_YEAR.split_by_financial_year()[0],
]


@pytest.mark.parametrize("value", VALUES, ids=repr)
@pytest.mark.parametrize("protocol", [2, pickle.HIGHEST_PROTOCOL])
def test_values_survive_pickling(value, protocol):
    restored = pickle.loads(pickle.dumps(value, protocol=protocol))
    assert type(restored) is type(value)
    assert restored == value


@pytest.mark.parametrize("value", VALUES, ids=repr)
def test_values_copy_and_deepcopy(value):
    assert copy.copy(value) == value
    assert copy.deepcopy(value) == value


def test_pickles_name_the_public_package_not_the_compiled_module():
    for value in (cm.Money(1), cm.Rate(1), cm.Rounding.HALF_EVEN, CONTRACT_YEAR):
        data = pickle.dumps(value, protocol=2)
        assert b"commissioning" in data
        assert b"_core" not in data


def test_a_pickled_apportionment_keeps_its_rule_and_parts():
    original = cm.apportion("£325,484.88", CONTRACT_YEAR, "daily")
    restored = pickle.loads(pickle.dumps(original))
    assert restored.rule is cm.ApportionRule.DAILY
    assert [str(part.amount) for part in restored] == ["£298,732.70", "£26,752.18"]


@given(st.integers(min_value=-(2**63), max_value=2**63 - 1))
def test_money_pickle_round_trips(pence):
    amount = cm.Money.from_pence(pence)
    assert pickle.loads(pickle.dumps(amount)) == amount


@given(st.fractions())
def test_rate_pickle_round_trips(fraction: Fraction):
    rate = cm.Rate(fraction)
    restored = pickle.loads(pickle.dumps(rate))
    assert restored == rate == fraction


@given(
    st.dates(min_value=dt.date(1000, 1, 1), max_value=dt.date(9000, 12, 31)),
    st.integers(min_value=0, max_value=5000),
)
def test_period_pickle_round_trips(first, length):
    period = cm.Period(first, first + dt.timedelta(days=length))
    assert pickle.loads(pickle.dumps(period)) == period
