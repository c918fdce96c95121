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


def kent() -> cm.Contract:
    """Seed 004: 3+1+1 from 1 May 2016, both options exercised, a year more under 72(1)(c)."""
    contract = cm.Contract("Kent Young Carers", "Imago", "1 May 2016", "3+1+1", annual_value="£325,484")
    contract.exercise(1)
    contract.exercise(2, decided_on="1 March 2020")
    contract.modify(ground="72(1)(c)", months=12, description="Covid-19")
    return contract


KENT = kent()

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
    cm.Term("3+1+1"),
    cm.Term("18m+6m"),
    cm.Price.annual("£325,484.88"),
    cm.Price.per_contract_year(["£100,000", "£110,000"]),
    cm.Price.total_over_base("£1,000,000.01", 36),
    cm.Indexation.none(),
    cm.Indexation.fixed("3%", from_year=3, rounding="half_even"),
    cm.Indexation.index_series({2019: "105.2", 2020: 107.1}, lag_years=1, cap="3%", floor="0%"),
    cm.OptionStatus.EXERCISED,
    cm.ContractPhase.NOT_STARTED,
    cm.ContractScope.MAXIMUM,
    cm.ModificationGround.PA2023_KNOWN_RISK,
    cm.ContractState("extension 2"),
    KENT,
    KENT.options[0],
    KENT.modifications[0],
    KENT.modification_values()[0],
    KENT.contract_years(),
    KENT.contract_years()[0],
    KENT.profile(),
    KENT.profile("maximum", "daily", start_month=1),
    KENT.profile()[0],
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
    for value in (cm.Money(1), cm.Rate(1), cm.Rounding.HALF_EVEN, CONTRACT_YEAR, KENT, KENT.profile()):
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
