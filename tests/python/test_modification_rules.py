"""Is a contract modification permitted? The value and term tests of PCR 2015 regulation 72
and Procurement Act 2023 section 74 and Schedule 8, with the figures, the citation and the
reasons, asked of a Contract from Python.

Regulation 72: 50% for each (b)/(c) modification, 72(5) de minimis below the threshold and
10% (15% for works) cumulatively. The Act: below-threshold 10%/15% aggregated and a term
change of at most 10%; a term change over 10% is substantial; the known-risk 50% cap, which
does not apply to utilities contracts; light touch contracts modified freely."""

import copy
import pickle
from fractions import Fraction

import pytest

import commissioning as cm

PCR = cm.ProcurementRegime.PCR_2015
ACT = cm.ProcurementRegime.PROCUREMENT_ACT_2023
SERVICES = cm.ContractType.SUB_CENTRAL_GOODS_SERVICES

SEED_004_REASONS = (
    "the modification is worth £325,484, 20% of the original value of £1,627,420, within the 50% limit for each "
    "modification (regulation 72(1)(c) and 72(2))",
    "it must arise from circumstances a diligent authority could not have foreseen and not alter the overall nature "
    "of the contract",
    "a modification notice is to be published in Find a Tender",
)


def kent_as_extended() -> cm.Contract:
    """Seed 004: both options taken, then "section 72 (1) c ... to further extend this contract by one year"."""
    kent = cm.Contract("Kent Young Carers", "Imago", "1 May 2016", "3+1+1", annual_value="£325,484")
    kent.exercise(1)
    kent.exercise(2)
    kent.modify(ground="section 72 (1) c", months=12)
    return kent


def plain(term: str, annual: str, start: str = "1 April 2024") -> cm.Contract:
    """A contract without options, so the term may be extended by modification at once."""
    return cm.Contract("c", "p", start, term, annual_value=annual)


def value_change(contract: cm.Contract, ground, annual_change: str) -> cm.Contract:
    contract.modify(ground=ground, annual_change=annual_change, from_month=0)
    return contract


def extension(contract: cm.Contract, ground, months: int) -> cm.Contract:
    contract.modify(ground=ground, months=months)
    return contract


def check(contract, number=1, regime=PCR, type_=SERVICES, decided_on="1 April 2025", **more):
    return cm.assess_modification(contract, number, regime=regime, type=type_, decided_on=decided_on, **more)


# ---------------------------------------------------------------- seed 004


def test_seed_004_extension_is_a_fifth_of_the_original_value_and_permitted():
    answer = check(kent_as_extended(), regime="pcr_2015", type_="light_touch", decided_on="1 April 2021")
    assert answer.number == 1
    assert answer.ground is cm.ModificationGround.PCR_72_1_C
    assert answer.regime is PCR
    assert answer.result is cm.Verdict.PERMITTED
    assert answer.result == "permitted"
    assert answer.value == cm.Money("£325,484")
    assert answer.original_value == cm.Money("£1,627,420.00")  # 5 x £325,484, every option
    assert answer.share == cm.Rate.ratio(1, 5)
    assert answer.share == Fraction(1, 5)
    assert answer.share.percent() == "20%"
    assert answer.cumulative_value == cm.Money("£325,484")
    assert answer.cumulative_share == cm.Rate.ratio(1, 5)
    assert answer.months_added == 12
    assert answer.term_share == cm.Rate.ratio(12, 60)
    assert answer.citation == "Public Contracts Regulations 2015, regulation 72(1)(c)"
    assert answer.reasons == SEED_004_REASONS
    assert isinstance(answer.reasons, tuple)
    assert answer.sentence == (
        "Modification 1 (Public Contracts Regulations 2015, regulation 72(1)(c)), worth £325,484 or 20% of the "
        "original value of £1,627,420: permitted."
    )
    assert str(answer) == answer.sentence


def test_the_figures_agree_with_the_contracts_own_modification_values():
    kent = kent_as_extended()
    own = kent.modification_values()[0]
    answer = check(kent, type_="light_touch", decided_on="1 April 2021")
    assert (answer.value, answer.share, answer.cumulative_value, answer.cumulative_share) == tuple(own)


def test_assessing_leaves_the_contract_as_it_was():
    kent = kent_as_extended()
    before = copy.deepcopy(kent)
    check(kent, type_="light_touch", decided_on="1 April 2021")
    assert kent == before
    assert kent.current_value == cm.Money("£1,952,904.00")


def test_a_contract_with_a_history_is_assessed_as_it_stands():
    # Options decided on a date, one declined, modifications of value and of term, and an
    # unpickled copy: each assessed as the contract itself.
    c = cm.Contract("c", "p", "1 April 2024", "2+1+1", annual_value="£100,000", uplift="3%")
    c.exercise(1, decided_on="1 January 2026")
    c.decline(2)
    c.modify(ground="72(1)(c)", annual_change="£10,000", effective="1 April 2025")
    c.modify(ground="72(1)(b)", months=6, description="bridging")
    restored = pickle.loads(pickle.dumps(c))
    for number in (1, 2):
        answer = check(c, number, decided_on="1 April 2026")
        assert answer == check(restored, number, decided_on="1 April 2026")
        assert answer.value == c.modification_values()[number - 1].value
    assert check(c, 2).months_added == 6
    assert check(c, 2).term_share == cm.Rate.ratio(6, 48)


# ---------------------------------------------------------------- PCR 72(1)(b) and (c): 50% each


@pytest.mark.parametrize("ground", ["72(1)(b)", cm.ModificationGround.PCR_72_1_C])
def test_pcr_up_to_half_the_original_value_is_permitted_and_more_is_not(ground):
    # "3" at £100,000 a year: £300,000. 18 more months is £150,000, exactly 50%.
    half = check(extension(plain("3", "£100,000"), ground, 18), decided_on="1 April 2026")
    assert half.value == cm.Money("£150,000")
    assert half.share == cm.Rate.ratio(1, 2)
    assert half.result is cm.Verdict.PERMITTED
    letter = "(b)" if ground == "72(1)(b)" else "(c)"
    assert half.reasons[0] == (
        "the modification is worth £150,000, 50% of the original value of £300,000, within the 50% limit for each "
        f"modification (regulation 72(1){letter} and 72(2))"
    )
    # +£50,000.01 a year for 3 years is £150,000.03: over half, though it shows as 50.00%.
    over = check(value_change(plain("3", "£100,000"), ground, "£50,000.01"))
    assert over.value == cm.Money("£150,000.03")
    assert over.share > cm.Rate.ratio(1, 2)
    assert over.result is cm.Verdict.NOT_PERMITTED
    assert over.result == "not_permitted" and over.result.label == "not permitted"
    assert "worth £150,000.03, 50.00% of the original value of £300,000, over the 50% limit" in over.reasons[0]


def test_pcr_19_more_months_on_three_years_is_over_half():
    answer = check(extension(plain("3", "£100,000"), "72(1)(c)", 19), decided_on="1 April 2026")
    assert answer.value == cm.Money("£158,333.33")
    assert answer.sentence == (
        "Modification 1 (Public Contracts Regulations 2015, regulation 72(1)(c)), worth £158,333.33 or 52.78% of the "
        "original value of £300,000: not permitted."
    )


def test_pcr_applies_the_half_limit_to_each_modification_not_their_sum():
    c = plain("3", "£100,000")
    value_change(c, "72(1)(c)", "£40,000")
    value_change(c, "72(1)(c)", "£40,000")
    second = check(c, 2)
    assert second.share == cm.Rate("40%")
    assert second.cumulative_value == cm.Money("£240,000")
    assert second.cumulative_share == cm.Rate("80%")
    assert second.result is cm.Verdict.PERMITTED


# ---------------------------------------------------------------- PCR 72(1)(f), 72(5): de minimis


def test_pcr_de_minimis_below_the_threshold_and_ten_percent_is_permitted_and_cumulative():
    # Services, "3" at £300,000: £900,000. +£25,000 a year is £75,000, 8.33%, below 10% and £214,904.
    c = value_change(plain("3", "£300,000"), "72(1)(f)", "£25,000")
    first = check(c, decided_on="1 June 2024")
    assert first.result is cm.Verdict.PERMITTED
    assert first.citation == "Public Contracts Regulations 2015, regulation 72(1)(f)"
    assert first.reasons == (
        "de minimis (regulation 72(5)): the de minimis modifications come to £75,000, below the threshold of "
        "£214,904, and 8.33% of the original value, below the 10% limit",
        "the modification must not alter the overall nature of the contract",
    )
    # A (c) change is not counted; a second (f) change brings the de minimis total to £90,000,
    # exactly 10%: not below it.
    value_change(c, "72(1)(c)", "£100,000")
    value_change(c, "72(1)(f)", "£5,000")
    third = check(c, 3, decided_on="1 June 2024")
    assert third.cumulative_value == cm.Money("£90,000")
    assert third.cumulative_share == cm.Rate("10%")
    assert third.result is cm.Verdict.NOT_PERMITTED
    assert check(c, 1, decided_on="1 June 2024").result is cm.Verdict.PERMITTED


def test_pcr_de_minimis_must_be_below_the_threshold_of_its_date():
    at = value_change(plain("1", "£3,000,000"), "72(1)(f)", "£214,904")
    answer = check(at, decided_on="1 June 2024")
    assert answer.result is cm.Verdict.NOT_PERMITTED
    assert "£214,904, not below the threshold of £214,904" in answer.reasons[0]
    below = value_change(plain("1", "£3,000,000"), "72(1)(f)", "£214,903.99")
    assert check(below, decided_on="1 June 2024").result is cm.Verdict.PERMITTED
    # In 2019 the threshold was the 2018 one, £181,302 net of VAT (PPN 04/17): +£62,000 a year
    # on £1,000,000 for 3 years is £186,000, 6.2%, but not below it.
    early = value_change(plain("3", "£1,000,000", "1 April 2018"), "72(1)(f)", "£62,000")
    in_2019 = check(early, decided_on="1 June 2019")
    assert in_2019.result is cm.Verdict.NOT_PERMITTED
    assert "£186,000, not below the threshold of £181,302" in in_2019.reasons[0]
    assert check(early, decided_on="1 June 2024").result is cm.Verdict.PERMITTED
    # A user's table still replaces the bundled one.
    table = cm.ThresholdTable.from_csv(
        "regime,contract_type,effective_from,amount,vat_inclusive,source\n"
        "pcr_2015,sub_central_goods_services,2018-01-01,200000,no,a user's figure\n"
    )
    assert "below the threshold of £200,000" in check(early, decided_on="1 June 2019", table=table).reasons[0]


def test_pcr_de_minimis_allows_fifteen_percent_for_works():
    c = value_change(plain("3", "£1,000,000"), "72(1)(f)", "£140,000")  # £420,000, 14%
    works = check(c, type_="works", decided_on="1 June 2024")
    assert works.share == cm.Rate("14%")
    assert works.result is cm.Verdict.PERMITTED
    assert "below the 15% limit" in works.reasons[0]
    assert check(c, decided_on="1 June 2024").result is cm.Verdict.NOT_PERMITTED


@pytest.mark.parametrize("ground", ["72(1)(a)", "72(1)(d)", "72(1)(e)", "other"])
def test_pcr_review_clause_new_contractor_and_not_substantial_depend_on_the_facts(ground):
    answer = check(value_change(plain("3", "£100,000"), ground, "£60,000"))
    assert answer.result is cm.Verdict.DEPENDS
    assert answer.share == cm.Rate("60%")
    assert len(answer.reasons) == 1
    assert answer.citation == cm.citation(ground)


# ---------------------------------------------------------------- the Act


def test_act_below_threshold_modifications_are_aggregated():
    # Services, "5" at £100,000: £500,000 over 60 months. 6 more months is £50,000: 10% and 10%.
    c = extension(plain("5", "£100,000", "1 April 2025"), "s74(1)(c)", 6)
    c.modify(ground=cm.ModificationGround.PA2023_BELOW_THRESHOLD, annual_change="£1,200", from_month=60)
    first = check(c, 1, regime=ACT, decided_on="1 April 2029")
    assert first.value == cm.Money("£50,000")
    assert first.cumulative_share == first.term_share == cm.Rate("10%")
    assert first.result is cm.Verdict.PERMITTED
    assert first.citation == "Procurement Act 2023, section 74(1)(c) (below-threshold modification)"
    second = check(c, 2, regime=ACT, decided_on="1 April 2030")
    assert second.value == cm.Money("£600")
    assert second.cumulative_value == cm.Money("£50,600")
    assert second.result is cm.Verdict.NOT_PERMITTED
    assert second.reasons[0] == (
        "below-threshold modifications come to 10.12% of the estimated value, over the 10% limit (section 74(4), "
        "aggregated)"
    )


def test_act_term_change_over_ten_percent_is_substantial():
    six = check(extension(plain("5", "£100,000", "1 April 2025"), "s74(1)(b)", 6), regime=ACT, decided_on="1 April 2029")
    assert six.result is cm.Verdict.DEPENDS
    assert six.citation == "Procurement Act 2023, section 74(1)(b) (not a substantial modification)"
    seven = extension(plain("5", "£100,000", "1 April 2025"), "s74(1)(b)", 7)
    for type_ in (SERVICES, "works"):
        over = check(seven, regime=ACT, type_=type_, decided_on="1 April 2029")
        assert over.result is cm.Verdict.NOT_PERMITTED
        assert over.term_share == cm.Rate.ratio(7, 60)
        assert over.reasons[-1].startswith("a contract change notice is required before the modification (section 75(1))")


def test_act_known_risk_up_to_half_and_without_a_cap_for_utilities():
    half = check(value_change(plain("5", "£100,000", "1 April 2025"), "sch8 para5", "£50,000"), regime=ACT,
                 decided_on="1 April 2026")
    assert half.share == cm.Rate.ratio(1, 2)
    assert half.result is cm.Verdict.PERMITTED
    sixty = value_change(plain("5", "£100,000", "1 April 2025"), "sch8 para5", "£60,000")
    assert check(sixty, regime=ACT, decided_on="1 April 2026").result is cm.Verdict.NOT_PERMITTED
    utilities = check(sixty, regime=ACT, type_="utilities_works", decided_on="1 April 2026")
    assert utilities.result is cm.Verdict.PERMITTED
    assert "does not apply to a utilities contract" in utilities.reasons[0]


@pytest.mark.parametrize("ground", ["sch8 para4", "sch8 additional"])
def test_act_unforeseeable_or_additional_work_at_40_percent_is_within_the_cap_and_at_60_percent_over(ground):
    # "5" at £100,000 a year, £500,000: +£40,000 a year is 40%, +£60,000 is 60% (Schedule 8 paragraph 4(1)(c)).
    forty = check(value_change(plain("5", "£100,000", "1 April 2025"), ground, "£40,000"), regime=ACT,
                  decided_on="1 April 2026")
    assert forty.share == cm.Rate("40%")
    assert forty.result is cm.Verdict.DEPENDS
    assert "within the 50% limit" in forty.reasons[0]
    sixty = value_change(plain("5", "£100,000", "1 April 2025"), ground, "£60,000")
    assert check(sixty, regime=ACT, decided_on="1 April 2026").result is cm.Verdict.NOT_PERMITTED
    assert check(sixty, regime=ACT, type_="utilities_works", decided_on="1 April 2026").result is cm.Verdict.DEPENDS


def test_act_change_notices_follow_section_75():
    # A value-only change of 90%: a notice is required (section 75(2)(a): over 10%).
    ninety = value_change(plain("5", "£100,000", "1 April 2025"), "s74(1)(a)", "£90,000")
    assert check(ninety, regime=ACT, decided_on="1 April 2026").reasons[-1] == (
        "a contract change notice is required before the modification (section 75(1)): the value changes by 90%, "
        "over the 10% of section 75(2)(a)"
    )
    # Section 75(6)(a): none for a defence and security contract.
    assert check(ninety, regime=ACT, type_="defence_security_goods_services", decided_on="1 April 2026").reasons[-1] == (
        "no contract change notice is required: section 75 does not apply to a defence and security contract "
        "(section 75(6)(a))"
    )
    # 15% or less for works needs none.
    works = value_change(plain("5", "£100,000", "1 April 2025"), "s74(1)(a)", "£15,000")
    assert check(works, regime=ACT, type_="works", decided_on="1 April 2026").reasons[-1].startswith(
        "no contract change notice is required"
    )
    # A novation on corporate restructuring (Schedule 8 paragraph 9) always needs one.
    novation = plain("5", "£100,000", "1 April 2025")
    novation.modify(ground=cm.ModificationGround.PA2023_RESTRUCTURING, annual_change="£1,000", from_month=0)
    answer = check(novation, regime=ACT, decided_on="1 April 2026")
    assert answer.citation == "Procurement Act 2023, Schedule 8 paragraph 9 (transfer on corporate restructuring)"
    assert answer.reasons[-1] == (
        "a contract change notice is required before the modification (section 75(1)): a novation or assignment on "
        "corporate restructuring needs one whatever its size (section 75(2))"
    )


def test_a_pcr_modification_notice_before_2021_went_to_the_ojeu():
    assert check(kent_as_extended(), type_="light_touch", decided_on="31 December 2020").reasons[-1] == (
        "a modification notice is to be published in the Official Journal of the European Union (OJEU/TED)"
    )


def test_act_light_touch_contract_may_be_modified_whatever_the_ground():
    c = plain("5", "£100,000", "1 April 2025")
    c.modify(ground="s74(1)(a)", months=24, annual_change="£100,000", from_month=0)
    answer = check(c, regime=ACT, type_="light_touch", decided_on="1 April 2026")
    assert answer.result is cm.Verdict.PERMITTED
    assert answer.term_share == cm.Rate("40%")
    assert answer.reasons == (
        "a light touch contract may be modified without a section 74 ground, and no contract change notice is "
        "required",
    )


def test_a_ground_of_the_other_regime_is_not_permitted():
    pcr_ground = check(value_change(plain("5", "£100,000", "1 April 2025"), "72(1)(c)", "£1,000"), regime=ACT,
                       decided_on="1 April 2026")
    assert pcr_ground.result is cm.Verdict.NOT_PERMITTED
    assert pcr_ground.citation == "Procurement Act 2023"
    act_ground = check(value_change(plain("3", "£100,000"), "s74(1)(c)", "£1,000"))
    assert act_ground.result is cm.Verdict.NOT_PERMITTED
    assert "belongs to the other regime" in act_ground.reasons[0]


# ---------------------------------------------------------------- which modification, and misuse


@pytest.mark.parametrize(("number", "message"), [(2, "no modification 2 (it has 1)"), (0, "no modification 0"),
                                                 (-1, "no modification -1"), (2**70, f"no modification {2**70}")])
def test_refuses_a_modification_the_contract_does_not_have(number, message):
    with pytest.raises(cm.OutOfRangeError) as raised:
        check(kent_as_extended(), number, type_="light_touch")
    assert raised.value.id == "commissioning.contract.001"
    assert message in str(raised.value)


def test_misuse_of_the_arguments_is_a_type_or_value_error():
    kent = kent_as_extended()
    with pytest.raises(TypeError):
        check(kent, True, type_="light_touch")
    with pytest.raises(TypeError):
        check(kent, "1", type_="light_touch")
    with pytest.raises(TypeError):
        check("Kent Young Carers", 1, type_="light_touch")
    with pytest.raises(TypeError):
        cm.assess_modification(kent, 1, regime=PCR, type="light_touch")  # no decided_on
    with pytest.raises(cm.InvalidInputError, match=r"procurement\.002"):
        check(kent, regime="pcr", type_="light_touch")


# ---------------------------------------------------------------- the answer as a value


def test_the_answer_compares_pickles_and_shows():
    answer = check(kent_as_extended(), type_="light_touch", decided_on="1 April 2021")
    restored = pickle.loads(pickle.dumps(answer))
    assert restored == answer
    assert restored.reasons == SEED_004_REASONS
    assert restored.ground is cm.ModificationGround.PCR_72_1_C
    assert restored.result is cm.Verdict.PERMITTED
    assert copy.deepcopy(answer) == answer
    assert answer != check(kent_as_extended(), regime=ACT, type_="light_touch", decided_on="1 April 2021")
    assert repr(answer) == "<ModificationAssessment 1 (72(1)(c)): permitted, £325,484.00 or 20% of £1,627,420.00>"
    page = answer._repr_html_()
    assert page.startswith('<table class="commissioning-modification"><caption>Modification 1 (72(1)(c))')
    assert "<li>a modification notice is to be published in Find a Tender</li>" in page
    assert "20%" in page and "£1,627,420.00" in page
