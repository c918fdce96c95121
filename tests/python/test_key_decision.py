"""Key decisions: an authority's rule as data, tested against a decision's value and the wards
it affects (SI 2012/2089 regulation 8 sets no figure; each council states its own).

Kent: "Expenditure or savings of more than £1m" (seed 000's decision notice); Peterborough:
"greater than £500,000"; Wirral: ">10% of relevant budget head or £500,000, whichever is
smaller"; Hyndburn: "revenue £150,000; capital £200,000". Seed 000's £1,627,500 is £325,500 a
year over three years plus one plus one."""

import copy
import datetime as dt
import pickle

import pytest

import commissioning as cm

KENT = cm.KeyDecisionRule.fixed("Kent County Council", "£1,000,000")
PETERBOROUGH = cm.KeyDecisionRule.fixed("Peterborough City Council", "£500,000")
WIRRAL = cm.KeyDecisionRule.share_or_amount("Wirral Council", "10%", "£500,000")
HYNDBURN = cm.KeyDecisionRule.revenue_and_capital("Hyndburn Borough Council", "£150,000", "£200,000")
WARDS = "Significant in its effects on communities in two or more wards or electoral divisions"


# ---------------------------------------------------------------- Kent: more than £1m


def test_seed_000_is_key_as_expenditure_of_more_than_one_million():
    seed_000 = cm.Money("£325,500") * 5
    result = cm.is_key_decision(KENT, seed_000)
    assert seed_000 == cm.Money("£1,627,500")
    assert result.key is True
    assert result.threshold == cm.Money("£1,000,000")
    assert result.reasons == ("Expenditure or savings of more than £1m",)
    assert result.sentence == (
        "This is a key decision under Kent County Council's rule: Expenditure or savings of more than £1m."
    )
    assert str(result) == result.sentence


def test_the_answer_works_in_if():
    # bool() is the yes/no field: £1,627,500 is key under Kent's rule, £1,000,000 exactly is not.
    assert bool(cm.is_key_decision(KENT, "£1,627,500")) is True
    assert bool(cm.is_key_decision(KENT, "£1,000,000")) is False
    assert not cm.is_key_decision(PETERBOROUGH, "£10,000", wards_affected=1)
    assert cm.is_key_decision(PETERBOROUGH, "£10,000", wards_affected=2)


def test_the_factories_refuse_negative_figures_as_the_constructor_does():
    for make in (lambda: cm.KeyDecisionRule.fixed("A", "-£1"),
                 lambda: cm.KeyDecisionRule.share_or_amount("A", "-10%", "£1"),
                 lambda: cm.KeyDecisionRule.revenue_and_capital("A", "£1", "-£2")):
        with pytest.raises(cm.InvalidInputError, match=r"key_decision\.001.*A's rule: .*cannot be negative") as caught:
            make()
        assert caught.value.id == "commissioning.key_decision.001"


def test_exactly_the_amount_is_not_more_than_it():
    at = cm.is_key_decision(KENT, "£1,000,000")
    assert at.key is False
    assert at.threshold == cm.Money("£1,000,000")
    assert at.reasons == ()
    assert at.sentence == "This is not a key decision under Kent County Council's rule."
    assert cm.is_key_decision(KENT, "£1,000,000.01").key


def test_a_saving_is_stated_as_a_positive_amount():
    assert cm.is_key_decision(KENT, "£1,200,000").key
    with pytest.raises(cm.InvalidInputError) as raised:
        cm.is_key_decision(KENT, "-£5")
    assert raised.value.id == "commissioning.key_decision.001"
    assert str(raised.value).endswith("state the expenditure or saving as a positive amount, got -£5.00")


def test_the_value_may_be_any_money_like():
    from decimal import Decimal

    for value in (cm.Money("£1,627,500"), 1_627_500, Decimal("1627500.00"), 1627500.0, "1627500"):
        assert cm.is_key_decision(KENT, value).key


# ---------------------------------------------------------------- Peterborough, Wirral, Hyndburn


def test_peterborough_key_above_five_hundred_thousand():
    over = cm.is_key_decision(PETERBOROUGH, "£500,000.01")
    assert over.key
    assert over.reasons == ("Expenditure or savings of more than £500,000",)
    assert not cm.is_key_decision(PETERBOROUGH, "£500,000").key


@pytest.mark.parametrize(
    ("budget_head", "threshold"),
    [
        ("£3,000,000", "£300,000"),  # 10% is lower than £500,000
        ("£5,000,000", "£500,000"),  # both agree
        ("£8,000,000", "£500,000"),  # £500,000 is lower than 10%
    ],
)
def test_wirral_uses_the_lower_of_ten_percent_of_the_budget_head_and_500000(budget_head, threshold):
    at = cm.is_key_decision(WIRRAL, threshold, budget_head=budget_head)
    assert at.threshold == cm.Money(threshold)
    assert not at.key
    over = cm.is_key_decision(WIRRAL, cm.Money(threshold) + cm.Money("0.01"), budget_head=budget_head)
    assert over.key
    assert over.reasons == (f"Expenditure or savings of more than {cm.report_figure(threshold)}",)


def test_a_share_rule_needs_the_budget_head():
    with pytest.raises(cm.InvalidInputError) as raised:
        cm.is_key_decision(WIRRAL, "£1")
    assert raised.value.id == "commissioning.key_decision.002"
    assert "Wirral Council's rule is a share of the budget head: give the budget head" in str(raised.value)


def test_hyndburn_has_separate_revenue_and_capital_amounts():
    revenue = cm.is_key_decision(HYNDBURN, "£180,000")
    assert revenue.threshold == cm.Money("£150,000")
    assert revenue.key
    capital = cm.is_key_decision(HYNDBURN, "£180,000", capital=True)
    assert capital.threshold == cm.Money("£200,000")
    assert not capital.key
    assert cm.is_key_decision(HYNDBURN, "£200,000.01", capital=True).reasons == (
        "Expenditure or savings of more than £200,000",
    )
    # A rule without a capital amount uses its amount for capital too.
    assert cm.is_key_decision(KENT, "£1,500,000", capital=True).threshold == cm.Money("£1,000,000")


# ---------------------------------------------------------------- wards


def test_significant_effects_in_two_or_more_wards_make_a_key_decision():
    two = cm.is_key_decision(KENT, "£10,000", wards_affected=2)
    assert two.key
    assert two.reasons == (WARDS,)
    assert not cm.is_key_decision(KENT, "£10,000", wards_affected=1).key
    assert cm.is_key_decision(KENT, 0, wards_affected=17).key
    assert cm.is_key_decision(KENT, 0, wards_affected=10**30).key


def test_both_reasons_are_given_when_both_apply_and_the_sentence_gives_the_first():
    both = cm.is_key_decision(KENT, "£1,627,500", wards_affected=3)
    assert both.reasons == ("Expenditure or savings of more than £1m", WARDS)
    assert both.sentence.endswith("Expenditure or savings of more than £1m.")


def test_a_rule_may_leave_out_the_wards_test_or_have_nothing_else():
    money_only = cm.KeyDecisionRule("Peterborough City Council", amount="£500,000", wards_test=False)
    assert not cm.is_key_decision(money_only, "£10,000", wards_affected=5).key
    wards_only = cm.KeyDecisionRule("A council")
    result = cm.is_key_decision(wards_only, "£50,000,000")
    assert result.threshold is None
    assert not result.key


def test_refuses_a_negative_number_of_wards():
    for wards in (-1, -(10**30)):
        with pytest.raises(cm.InvalidInputError, match=r"key_decision\.001.*the number of wards cannot be negative"):
            cm.is_key_decision(KENT, "£1", wards_affected=wards)


def test_round_millions_are_written_short():
    two = cm.is_key_decision(cm.KeyDecisionRule.fixed("A", "£2,000,000"), "£3,000,000")
    assert two.reasons[0] == "Expenditure or savings of more than £2m"
    part = cm.is_key_decision(cm.KeyDecisionRule.fixed("A", "£2,500,000"), "£3,000,000")
    assert part.reasons[0] == "Expenditure or savings of more than £2,500,000"


# ---------------------------------------------------------------- the rule as a value


def test_the_factories_and_the_general_constructor_agree():
    assert KENT == cm.KeyDecisionRule("Kent County Council", amount="£1,000,000")
    assert WIRRAL == cm.KeyDecisionRule("Wirral Council", amount=500_000, budget_share=cm.Rate.ratio(1, 10))
    assert HYNDBURN == cm.KeyDecisionRule(authority="Hyndburn Borough Council", amount="£150,000",
                                          capital_amount="£200,000")
    assert WIRRAL.authority == "Wirral Council"
    assert WIRRAL.amount == cm.Money("£500,000")
    assert WIRRAL.budget_share == cm.Rate("10%")
    assert WIRRAL.capital_amount is None
    assert WIRRAL.wards_test is True
    assert len({KENT, cm.KeyDecisionRule.fixed("Kent County Council", 1_000_000), WIRRAL}) == 2


@pytest.mark.parametrize("rule", [KENT, WIRRAL, HYNDBURN, cm.KeyDecisionRule("A", wards_test=False),
                                  cm.KeyDecisionRule("B", amount=1, budget_share="5%", capital_amount=2)])
def test_a_rule_reprs_as_the_call_that_makes_it_and_pickles(rule):
    assert eval(repr(rule), {"KeyDecisionRule": cm.KeyDecisionRule, "Money": cm.Money, "Rate": cm.Rate}) == rule
    assert pickle.loads(pickle.dumps(rule)) == rule
    assert copy.copy(rule) == rule


def test_a_rule_refuses_negative_figures_and_loose_flags():
    for bad in ({"amount": "-£1"}, {"capital_amount": -1}, {"budget_share": "-10%"}):
        with pytest.raises(cm.InvalidInputError, match=r"key_decision\.001.*cannot be negative"):
            cm.KeyDecisionRule("A", **bad)
    with pytest.raises(cm.InvalidInputError, match=r"key_decision\.001.*a budget head cannot be negative"):
        cm.is_key_decision(WIRRAL, "£1", budget_head="-£1")
    with pytest.raises(TypeError):
        cm.KeyDecisionRule("A", wards_test="no")
    with pytest.raises(TypeError):
        cm.is_key_decision(KENT, "£1", capital="yes")
    with pytest.raises(TypeError):
        cm.is_key_decision(KENT, "£1", wards_affected=2.0)
    with pytest.raises(TypeError):
        cm.is_key_decision(KENT, "£1", 2)  # keywords only after the value


def test_the_result_compares_pickles_and_shows():
    result = cm.is_key_decision(KENT, "£1,627,500", wards_affected=3)
    assert pickle.loads(pickle.dumps(result)) == result
    assert result != cm.is_key_decision(KENT, "£1,627,500")
    assert repr(result) == "<KeyDecisionResult: key, threshold £1,000,000.00>"
    assert repr(cm.is_key_decision(cm.KeyDecisionRule("A"), 1)) == "<KeyDecisionResult: not key>"
    page = result._repr_html_()
    assert "Kent County Council&#x27;s rule" in page
    assert f"<li>{WARDS}</li>" in page


# ---------------------------------------------------------------- when: SI 2012/2089 regulations 9 to 11
# 1 March 2027 is a Monday. Clear days leave out the day of the notice and of the decision.


def test_regulation_9_twenty_eight_clear_days():
    timing = cm.earliest_key_decision("notice", "1 March 2027")
    assert timing.clear_days == 28
    assert timing.earliest == dt.date(2027, 3, 30)  # 2 to 29 March are the 28 clear days
    assert not timing.allows("29 March 2027") and timing.allows(dt.date(2027, 3, 30))
    assert timing.citation == "SI 2012/2089, regulation 9"
    assert timing.route == cm.KeyDecisionRoute.NOTICE
    assert str(timing) == timing.sentence
    assert "counting every calendar day" in timing.sentence


def test_weekdays_and_bank_holidays():
    assert cm.earliest_key_decision("notice", "1 March 2027", counted="weekdays").earliest == dt.date(2027, 4, 9)
    easter = ["26 March 2027", dt.date(2027, 3, 29)]
    assert cm.earliest_key_decision("notice", "1 March 2027", counted="weekdays", closed_days=easter).earliest == (
        dt.date(2027, 4, 13)
    )


def test_regulation_10_general_exception_and_regulation_11_special_urgency():
    general = cm.earliest_key_decision("general_exception", "1 March 2027")
    assert (general.clear_days, general.earliest) == (5, dt.date(2027, 3, 7))
    assert any("regulation 10(1)(a)" in requirement for requirement in general.requirements)
    urgent = cm.earliest_key_decision(cm.KeyDecisionRoute.SPECIAL_URGENCY, "1 March 2027")
    assert (urgent.clear_days, urgent.earliest) == (0, dt.date(2027, 3, 1))
    assert urgent.citation == "SI 2012/2089, regulation 11"


def test_a_timing_pickles_and_an_unknown_route_is_refused():
    timing = cm.earliest_key_decision("general exception", "1 March 2027", counted="weekdays")
    assert pickle.loads(pickle.dumps(timing)) == timing
    assert repr(timing) == "<KeyDecisionTiming general_exception: published 2027-03-01, earliest 2027-03-09>"
    with pytest.raises(cm.InvalidInputError, match=r"name\.001.*unknown key decision route 'urgent'"):
        cm.earliest_key_decision("urgent", "1 March 2027")
