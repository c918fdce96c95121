"""Contracts with council-owned companies (Teckal, vertical arrangements): the three tests of
PCR 2015 regulation 12(1), each with its reason, and the Procurement Act 2023 equivalent.

Seed 002 passes the NEET service to The Education People "utilising Teckal regulations"; the
seed gives no activity share, so the 95% here is illustrative, as in the example."""

import copy
import pickle
from decimal import Decimal
from fractions import Fraction

import pytest

import commissioning as cm

CONTROL_PASSES = "control: the authority controls the company as it controls its own departments"
CONTROL_FAILS = "control: the authority does not control the company as its own departments"
NO_PRIVATE_CAPITAL = "private capital: no direct private capital participation"
PRIVATE_CAPITAL_FAILS = "private capital: there is direct private capital participation"
PCR_CITATION = "Public Contracts Regulations 2015, regulation 12(1)"


def education_people(**facts) -> cm.TeckalResult:
    """Controlled, 95% of its work for the council, no private capital."""
    facts = {"control_similar_to_own_departments": True, "activity_share": "95%", **facts}
    return cm.check_teckal(**facts)


def test_a_controlled_company_working_mainly_for_the_council_with_no_private_capital_is_exempt():
    check = education_people(direct_private_capital=False)
    assert check.exempt is True
    assert check.reasons == (
        CONTROL_PASSES,
        "activity: 95% of its activities are for the controlling authority, more than 80%",
        NO_PRIVATE_CAPITAL,
    )
    assert check.citation == PCR_CITATION


def test_the_answer_works_in_if():
    assert education_people()
    assert bool(education_people()) is True
    assert not education_people(control_similar_to_own_departments=False)
    assert bool(education_people(activity_share="80%")) is False  # exactly 80% is not more


@pytest.mark.parametrize("eighty", ["80%", Decimal("0.8"), Fraction(4, 5), cm.Rate.ratio(4, 5), 0.8])
def test_eighty_percent_exactly_is_not_more_than_eighty_percent(eighty):
    check = education_people(activity_share=eighty)
    assert check.exempt is False
    assert check.reasons == (
        CONTROL_PASSES,
        "activity: only 80% of its activities are for the controlling authority, not more than 80%",
        NO_PRIVATE_CAPITAL,
    )


def test_just_over_eighty_percent_passes():
    check = education_people(activity_share="80.01%")
    assert check.exempt
    assert check.reasons[1] == "activity: 80.01% of its activities are for the controlling authority, more than 80%"


def test_without_control_it_is_not_exempt():
    check = education_people(control_similar_to_own_departments=False)
    assert not check.exempt
    assert check.reasons[0] == CONTROL_FAILS


def test_direct_private_capital_fails_unless_required_by_law_without_control():
    assert education_people(direct_private_capital=True).reasons[2] == PRIVATE_CAPITAL_FAILS
    assert not education_people(direct_private_capital=True).exempt
    by_law = education_people(direct_private_capital=True, private_capital_required_by_law_without_control=True)
    assert by_law.exempt
    assert by_law.reasons[2] == "private capital: only non-controlling, non-blocking participation required by law"


def test_under_the_act_the_equivalent_is_schedule_2():
    check = education_people(regime=cm.ProcurementRegime.PROCUREMENT_ACT_2023)
    assert check.exempt
    assert check.citation == "Procurement Act 2023, Schedule 2 paragraph 2 (vertical arrangements)"
    assert education_people(regime="procurement_act_2023") == check


def test_the_whole_range_of_shares_is_accepted_and_no_more():
    assert education_people(activity_share="100%").exempt
    assert not education_people(activity_share=0).exempt
    for share in ("120%", "-1%"):
        with pytest.raises(cm.InvalidInputError) as raised:
            education_people(activity_share=share)
        assert raised.value.id == "commissioning.procurement.006"
    assert str(raised.value).endswith("an activity share must be between 0% and 100%, got -1%")


def test_the_facts_are_given_by_keyword_and_as_true_booleans():
    with pytest.raises(TypeError):
        cm.check_teckal(True, "95%")
    with pytest.raises(TypeError):
        cm.check_teckal(activity_share="95%")  # control must be stated
    with pytest.raises(TypeError):
        cm.check_teckal(control_similar_to_own_departments="yes", activity_share="95%")
    with pytest.raises(TypeError):
        education_people(direct_private_capital=0)
    with pytest.raises(cm.InvalidInputError, match=r"procurement\.002"):
        education_people(regime="pcr")


def test_the_result_compares_pickles_and_shows():
    check = education_people()
    assert pickle.loads(pickle.dumps(check)) == check
    assert copy.copy(check) == check
    assert check != education_people(activity_share="80%")
    assert repr(check) == f"<TeckalResult: exempt ({PCR_CITATION})>"
    assert repr(education_people(activity_share="50%")).startswith("<TeckalResult: not exempt")
    page = check._repr_html_()
    assert page.startswith('<table class="commissioning-teckal">')
    assert f"<li>{NO_PRIVATE_CAPITAL}</li>" in page


# ---------------------------------------------------------------- the variants of regulation 12 and Schedule 2


def test_the_acts_80_percent_is_marked_as_from_a_secondary_source():
    act = education_people(regime="procurement_act_2023")
    assert act.exempt
    assert len(act.notes) == 1 and "secondary source, Pinsent Masons" in act.notes[0]
    assert education_people().notes == ()


def test_joint_control_needs_every_authority_represented_and_no_contrary_interests():
    # PCR 2015 regulation 12(4) and (5).
    facts = dict(
        arrangement="joint_control",
        control_similar_to_own_departments=True,
        activity_share="90%",
        all_controlling_authorities_represented=True,
        no_interests_contrary_to_the_controllers=True,
    )
    check = cm.check_teckal(**facts)
    assert check.exempt and check.citation == "Public Contracts Regulations 2015, regulation 12(4) and (5)"
    assert not cm.check_teckal(**{**facts, "all_controlling_authorities_represented": False})
    assert not cm.check_teckal(**{**facts, "activity_share": "80%"})  # 12(4)(b): more than 80%


def test_reverse_and_sister_awards_under_regulation_12_2():
    reverse = cm.check_teckal(arrangement="reverse", control_similar_to_own_departments=True, activity_share="85%")
    assert reverse.exempt and reverse.citation == "Public Contracts Regulations 2015, regulation 12(2)"
    sister = cm.check_teckal(
        arrangement=cm.TeckalArrangement.SISTER,
        control_similar_to_own_departments=True,
        activity_share="85%",
        direct_private_capital=True,
    )
    assert not sister.exempt
    assert sister.reasons[2] == (
        "private capital: there is direct private capital participation in the sister body awarded the contract"
    )


def test_horizontal_cooperation_pcr_less_than_20_percent_the_act_no_more_than_20_percent():
    facts = dict(
        arrangement="horizontal",
        cooperation_for_common_public_service_objectives=True,
        public_interest_only=True,
        open_market_share="20%",
    )
    pcr = cm.check_teckal(**facts)  # regulation 12(7)(c): "less than 20%"
    assert not pcr.exempt and pcr.citation == "Public Contracts Regulations 2015, regulation 12(7)"
    assert cm.check_teckal(**{**facts, "open_market_share": "19.99%"}).exempt
    act = cm.check_teckal(**facts, regime="procurement_act_2023")  # Schedule 2 paragraph 3: "no more than 20 per cent"
    assert act.exempt and act.citation == "Procurement Act 2023, Schedule 2 paragraph 3 (horizontal arrangements)"


def test_a_share_is_required_where_the_arrangement_tests_it():
    with pytest.raises(cm.InvalidInputError, match=r"procurement\.006.*vertical arrangement needs its activity share"):
        cm.check_teckal(control_similar_to_own_departments=True)
    with pytest.raises(cm.InvalidInputError, match=r"procurement\.006.*horizontal arrangement needs its open-market share"):
        cm.check_teckal(arrangement="horizontal")
    with pytest.raises(cm.InvalidInputError, match="an open-market share must be between 0% and 100%, got 101%"):
        cm.check_teckal(arrangement="horizontal", open_market_share="101%")


def test_a_result_with_notes_pickles():
    check = cm.check_teckal(arrangement="sister", control_similar_to_own_departments=True, activity_share="85%",
                            regime="procurement_act_2023")
    assert pickle.loads(pickle.dumps(check)) == check
    assert len(check.notes) == 3
