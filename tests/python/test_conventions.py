"""One convention across the package.

Enums: every enum of the package is a text enum made from its C++ enum's list of names
(``commissioning::enum_names``), each member equal to its lowercase name and labelled with the
words a report uses; the same text is accepted wherever the enum is (in any case, with spaces or
hyphens for underscores), calling the class reads it too, and an unknown name is refused with an
id (commissioning.name.001, or the layer's own).

Words: every reason, note, advantage, disadvantage, risk, assumption and failed duty a value
gives is a tuple of str, whichever layer it comes from.
"""

from __future__ import annotations

import enum
import pickle

import pytest

import commissioning as cm

TEXT_ENUM = cm._types._TextEnum
# Every text enum of the package, found rather than listed, so that a new one is checked too.
FROM_CXX = sorted(
    (kind for kind in vars(cm).values() if isinstance(kind, type) and issubclass(kind, TEXT_ENUM) and kind is not TEXT_ENUM),
    key=lambda kind: kind.__name__,
)


def test_every_enum_of_the_package_is_a_text_enum_made_from_cxx() -> None:
    plain = [name for name, kind in vars(cm).items()
             if isinstance(kind, type) and issubclass(kind, enum.Enum) and not issubclass(kind, TEXT_ENUM)]
    assert plain == []
    assert len(FROM_CXX) == 33  # ThresholdColumn, KeyDecisionRoute, ClearDayCount, TeckalArrangement, VatRecovery (issue 18)


@pytest.mark.parametrize("kind", FROM_CXX, ids=lambda kind: kind.__name__)
def test_each_member_is_its_lowercase_name(kind: type[enum.Enum]) -> None:
    assert issubclass(kind, str) and issubclass(kind, enum.Enum)
    assert kind.__module__ == "commissioning"
    for member in kind:
        assert member == member.name.lower() == str(member) == f"{member}"
        assert pickle.loads(pickle.dumps(member)) is member


@pytest.mark.parametrize("kind", FROM_CXX, ids=lambda kind: kind.__name__)
def test_the_class_reads_any_spelling_of_a_name_and_labels_each_member(kind: type[enum.Enum]) -> None:
    for member in kind:
        spelled = member.name.replace("_", " ").title()
        assert kind(spelled) is member
        assert isinstance(member.label, str) and member.label  # type: ignore[attr-defined]
    with pytest.raises(cm.InvalidInputError, match=r"^\[commissioning\.[a-z_]+\.0[0-9][0-9]\] unknown "):
        kind("no such name")


def test_a_label_is_the_words_a_report_uses() -> None:
    assert cm.Delivery.IN_HOUSE.label == "in-house"
    assert cm.ChangeKind.MOVE_TO_SLA.label == "move to a service level agreement"
    assert cm.Verdict.NOT_PERMITTED.label == "not permitted"
    assert cm.ModificationGround.PA2023_UNFORESEEABLE.label == "sch8 para4"
    assert cm.ProjectType.EQUIPMENT_DEVELOPMENT.label == "equipment/development"
    assert cm.ContractPhase.BASE_TERM.label == "base term"


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
    simulated = appraisal.simulate(
        inputs=[cm.UncertainInput(cm.AppraisalInput.costs("Commission"), cm.Distribution.uniform(0.9, 1.1))],
        risks=cm.RiskRegister([cm.Risk.one_off("R1", "Re-run", "Lead", ["Commission"], 0.2, "£15,000", 2022)]),
        iterations=100)
    words |= {"SimulationResult.inputs": simulated.inputs, "SimulationResult.risks": simulated.risks,
              "Risk.options": cm.Risk.delay("R2", "Late", "Lead", ["Commission"], 0.5, 3).options}
    for name, given in words.items():
        assert isinstance(given, tuple) and given and all(isinstance(text, str) for text in given), name
    assert result.options[0].failed_duties == (duty,)
    assert table.notes == ("Figures in cash terms.",)
