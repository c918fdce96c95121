"""One convention for every enum: a text enum whose members are their snake_case names.

The enums made from a C++ enum's list of names (``commissioning::enum_names``) are checked
here: each member equals its lowercase name, the same text is accepted wherever the enum is
(in any case, with spaces or hyphens for underscores), and an unknown name is refused with
commissioning.name.001.
"""

from __future__ import annotations

import enum
import pickle

import pytest

import commissioning as cm

FROM_CXX = [cm.Rounding, cm.MoneyUnit, cm.NegativeStyle, cm.ApportionRule]


@pytest.mark.parametrize("kind", FROM_CXX, ids=lambda kind: kind.__name__)
def test_each_member_is_its_lowercase_name(kind: type[enum.Enum]) -> None:
    assert issubclass(kind, str) and issubclass(kind, enum.Enum)
    assert kind.__module__ == "commissioning"
    for member in kind:
        assert member == member.name.lower() == str(member) == f"{member}"
        assert pickle.loads(pickle.dumps(member)) is member


def test_members_are_listed_in_the_order_cxx_declares_them() -> None:
    assert list(cm.Rounding) == ["half_away_from_zero", "half_even", "toward_zero", "away_from_zero"]
    assert list(cm.MoneyUnit) == ["pounds_and_pence", "whole_pounds", "thousands", "millions"]


def test_results_give_members_and_arguments_take_text_in_any_spelling() -> None:
    year = cm.Period("2021-04-01", "2022-03-31")
    for spelling in ["daily", "Daily", cm.ApportionRule.DAILY]:
        assert cm.apportion(365, year, spelling).rule is cm.ApportionRule.DAILY
    for spelling in ["half_even", "half even", "Half-Even", cm.Rounding.HALF_EVEN]:
        assert cm.Money("£0.05").multiply("0.5", rounding=spelling) == cm.Money("£0.02")
    assert cm.Money("-£1,234.56").format(unit="whole pounds", negative="parentheses") == "(£1,235)"


def test_an_unknown_name_is_refused_with_an_id_and_the_names_it_could_have_been() -> None:
    with pytest.raises(cm.InvalidInputError, match=r"^\[commissioning\.name\.001\] unknown rounding 'sideways'; "
                       r"expected one of half_away_from_zero, half_even, toward_zero, away_from_zero$") as raised:
        cm.Money("£1").multiply(2, rounding="sideways")
    assert raised.value.id == "commissioning.name.001"


def test_a_value_of_another_kind_is_a_type_error() -> None:
    with pytest.raises(TypeError):
        cm.Money("£1").multiply(2, rounding=1)  # type: ignore[arg-type]
