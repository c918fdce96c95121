"""One convention across the package.

Enums: the enums made from a C++ enum's list of names (``commissioning::enum_names``) are text
enums, each member equal to its lowercase name; the same text is accepted wherever the enum is
(in any case, with spaces or hyphens for underscores), and an unknown name is refused with
commissioning.name.001.

Words: every reason, note, advantage, disadvantage, risk, assumption and failed duty a value
gives is a tuple of str, whichever layer it comes from.
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


def test_every_list_of_words_is_a_tuple_of_str() -> None:
    duty = "assess young carers' needs (Children and Families Act 2014)"
    nothing = cm.Option("Do nothing", kind="do_nothing", duties=[cm.StatutoryDuty(duty, met=False)])
    external = cm.Option("Commission", kind="external_commission", advantages=["Partners"],
                         disadvantages=["Less control"], risks=["A procurement"])
    external.add(cm.AppraisalLine.recurring("Contract", "cost", "contract_payments", "£325,500", 2022, 2026))
    appraisal = cm.Appraisal("Kent young carers", [nothing, external], base_year="2022-23", years=5)
    appraisal.assume("Procurement costs are officer time.")
    result = appraisal.run()
    table = cm.Table("Costs", [cm.Column.text("Item")])
    table.note("Figures in cash terms.")
    words = {
        "Option.advantages": external.advantages,
        "Option.disadvantages": external.disadvantages,
        "Option.risks": external.risks,
        "Appraisal.assumptions": appraisal.assumptions,
        "AppraisalResult.reasons": result.reasons,
        "AppraisalResult.assumptions": result.assumptions,
        "OptionAppraisal.failed_duties": result.options[0].failed_duties,
        "Table.notes": table.notes,
        "KeyDecisionResult.reasons": cm.is_key_decision(cm.KeyDecisionRule.fixed("Kent", "£1,000,000"), "£1,627,500").reasons,
    }
    for name, given in words.items():
        assert isinstance(given, tuple) and given and all(isinstance(text, str) for text in given), name
    assert result.options[0].failed_duties == (duty,)
    assert table.notes == ("Figures in cash terms.",)
