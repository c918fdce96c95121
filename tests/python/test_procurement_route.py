"""Which regime applies to a procurement, the contract's estimated value (every option
included, VAT added to a net price), the threshold it meets, and what follows.

Seed 004 is the Kent young carers contract: "commenced on the 1 May 2016 for a term of three
years with the provision to further extend on a one year plus one year basis", "The total
annual value of the contract is £325,484"; social care, exempt from VAT, under the light-touch
regime. The regime dates are 26 February 2015 (PCR 2015) and 24 February 2025 (the Act)."""

import copy
import datetime as dt
import doctest
import pickle
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import pytest

import commissioning as cm

EXPECTED = (Path(__file__).resolve().parents[2] / "examples" / "procurement.expected").read_text(encoding="utf-8")

SEED_004_SENTENCE = (
    "Under the Public Contracts Regulations 2015 the estimated value of £1,627,420 (net of VAT, every option and "
    "extension included) is above the light touch threshold of £589,148 in force from 1 January 2016: light-touch "
    "regime applies: publish a contract notice or prior information notice, and a contract award notice, in the "
    "Official Journal of the European Union (OJEU/TED)."
)
# PPN 08/20: notices went to the OJEU/TED until 23:00 on 31 December 2020, to Find a Tender after.
LIGHT_TOUCH_PCR = (
    "light-touch regime applies: publish a contract notice or prior information notice, and a contract award notice, "
    "in {}"
)


def kent_young_carers() -> cm.Contract:
    return cm.Contract("Kent Young Carers", "Imago", "1 May 2016", "3+1+1", annual_value="£325,484")


def kent_renewed() -> cm.Contract:
    """Seed 004 8.3: the new contract from 1 May 2022, 3+1+1, at the same annual value."""
    return cm.Contract("Kent Young Carers", "to be procured", "1 May 2022", "3+1+1", annual_value="£325,484")


def social_care(contract_or_value, start, **facts) -> cm.ProcurementAssessment:
    return cm.assess_procurement(contract_or_value, category="light_touch_services", vat="exempt", start=start, **facts)


def council_services(value, start="1 March 2024", vat="exclusive", **facts) -> cm.ProcurementAssessment:
    facts = {"authority": "sub_central", "category": "services", **facts}
    return cm.assess_procurement(value, vat=vat, start=start, **facts)


# ---------------------------------------------------------------- regime


@pytest.mark.parametrize(
    ("start", "regime"),
    [
        ("26 February 2015", "pcr_2015"),
        ("1 January 2016", "pcr_2015"),
        ("23 February 2025", "pcr_2015"),
        ("24 February 2025", "procurement_act_2023"),
        ("1 January 2026", "procurement_act_2023"),
    ],
)
def test_the_regime_is_that_in_force_when_the_procurement_starts(start, regime):
    answer = cm.regime_on(start)
    assert answer == regime
    assert isinstance(answer, cm.ProcurementRegime)
    assert cm.regime_on(cm.parse_date(start)) is answer


def test_a_procurement_before_the_2015_regulations_is_an_error():
    with pytest.raises(cm.OutOfRangeError) as raised:
        cm.regime_on("25 February 2015")
    assert raised.value.id == "commissioning.procurement.004"
    assert str(raised.value) == (
        "[commissioning.procurement.004] 25 February 2015 is before the Public Contracts Regulations 2015 came into "
        "force (26 February 2015)"
    )
    with pytest.raises(cm.OutOfRangeError, match=r"procurement\.004.*1 January 2014"):
        social_care(kent_young_carers(), "1 January 2014")


# ---------------------------------------------------------------- seed 004


def test_seed_004_is_a_light_touch_contract_above_the_2016_threshold():
    answer = social_care(kent_young_carers(), "1 January 2016")
    assert answer.regime is cm.ProcurementRegime.PCR_2015
    assert answer.type is cm.ContractType.LIGHT_TOUCH
    # £325,484 a year for 3 + 1 + 1 = 5 years: every option included.
    assert answer.estimated_value == cm.Money("£1,627,420.00")
    assert answer.estimated_value == kent_young_carers().maximum_value
    assert answer.value_net_of_vat == answer.value_with_vat == cm.Money("£1,627,420")  # exempt
    assert answer.threshold.amount == cm.Money("£589,148")
    assert not answer.threshold.vat_inclusive
    assert answer.threshold.effective_from == dt.date(2016, 1, 1)
    assert answer.above_threshold is True
    assert answer.consequence == LIGHT_TOUCH_PCR.format("the Official Journal of the European Union (OJEU/TED)")
    assert answer.citation == "Public Contracts Regulations 2015, regulations 5, 6 and 74 to 77"


def test_seed_004_sentence_reads_as_the_report_prints_it():
    answer = social_care(kent_young_carers(), "1 January 2016")
    assert answer.sentence == SEED_004_SENTENCE
    assert str(answer) == SEED_004_SENTENCE
    assert f"  {SEED_004_SENTENCE}\n" in EXPECTED


def test_the_estimate_counts_every_option_even_once_declined():
    kent = kent_young_carers()
    kent.decline(1)
    assert kent.base_value == cm.Money("£976,452")
    assert social_care(kent, "1 January 2016").estimated_value == cm.Money("£1,627,420")


def test_the_same_value_given_as_money_gives_the_same_answer():
    by_contract = social_care(kent_young_carers(), "1 January 2016")
    for value in ("£1,627,420", cm.Money("£1,627,420"), 1_627_420, Decimal("1627420.00"), 1627420.0):
        assert social_care(value, "1 January 2016") == by_contract


@pytest.mark.parametrize(
    ("start", "regime", "row_from"),
    [
        ("31 December 2021", "pcr_2015", dt.date(2020, 1, 1)),
        ("1 January 2022", "pcr_2015", dt.date(2022, 1, 1)),
        ("31 December 2023", "pcr_2015", dt.date(2022, 1, 1)),
        ("1 January 2024", "pcr_2015", dt.date(2024, 1, 1)),
        ("23 February 2025", "pcr_2015", dt.date(2024, 1, 1)),
        ("24 February 2025", "procurement_act_2023", dt.date(2025, 2, 24)),
        ("31 December 2025", "procurement_act_2023", dt.date(2025, 2, 24)),
        ("1 January 2026", "procurement_act_2023", dt.date(2026, 1, 1)),
    ],
)
def test_the_renewed_contract_meets_the_threshold_in_force_when_its_procurement_starts(start, regime, row_from):
    answer = social_care(kent_renewed(), start)
    assert answer.regime == regime
    assert answer.threshold.effective_from == row_from
    # £663,540 net in 2020 and 2021 (PPN 10/20); the same figure including VAT after.
    assert answer.threshold.amount == cm.Money("£663,540")
    assert answer.threshold.vat_inclusive == (row_from.year > 2020)
    assert answer.estimated_value == cm.Money("£1,627,420")
    assert answer.above_threshold
    if regime == "procurement_act_2023":
        assert answer.consequence == "light touch contract above threshold: tender notice required"
        assert answer.citation == "Procurement Act 2023, sections 3, 4 and 9, Schedules 1 and 3"
    else:
        assert answer.consequence == LIGHT_TOUCH_PCR.format("Find a Tender")


def test_a_light_touch_contract_below_threshold_needs_no_find_a_tender_notice():
    one_year = cm.Contract("c", "p", "1 May 2024", "1", annual_value="£325,484")
    answer = social_care(one_year, "1 January 2024")
    assert not answer.above_threshold
    assert answer.consequence == (
        "below the light-touch threshold: no notice in Find a Tender is required unless the contract is of "
        "cross-border interest; the council's contract procedure rules apply; if the opportunity is advertised it "
        "must also be published on Contracts Finder, the estimated value of £325,484 including VAT being at least "
        "£30,000 (regulations 109(2) and 110)"
    )
    assert social_care(one_year, "1 January 2026").consequence == (
        "below threshold: not a public contract under the Act; the below-threshold rules and the council's "
        "contract procedure rules apply"
    )


# ---------------------------------------------------------------- VAT


def test_a_net_price_has_vat_added_before_the_comparison():
    # Sub-central services, PCR 2015 from 1 January 2024: £214,904 including VAT.
    above = council_services("£200,000")
    assert above.type is cm.ContractType.SUB_CENTRAL_GOODS_SERVICES
    assert above.threshold.amount == cm.Money("£214,904")
    assert above.value_net_of_vat == cm.Money("£200,000")
    assert above.value_with_vat == above.estimated_value == cm.Money("£240,000")
    assert above.above_threshold
    below = council_services("£179,000")
    assert below.estimated_value == cm.Money("£214,800")
    assert not below.above_threshold
    assert below.consequence == (
        "below threshold: the council's contract procedure rules apply; if the opportunity is advertised it must also "
        "be published on Contracts Finder, the estimated value of £214,800 including VAT being at least £30,000 "
        "(regulations 109(2) and 110)"
    )
    assert below.citation == (
        "Public Contracts Regulations 2015, regulations 5 and 6, and Part 4 Chapter 8 (regulations 109 and 110)"
    )


def test_the_defaults_are_a_councils_services_with_vat_to_add():
    assert cm.assess_procurement("£200,000", start="1 March 2024") == council_services("£200,000")


def test_vat_makes_the_difference_just_below_the_threshold():
    # £179,100 net is below £214,904; £179,100 x 1.2 = £214,920 is above it.
    assert council_services("£179,100", vat=cm.VatTreatment.EXCLUSIVE).above_threshold
    assert not council_services("£179,100", vat=cm.VatTreatment.EXEMPT).above_threshold


def test_an_inclusive_or_exempt_price_is_compared_unchanged():
    inclusive = council_services("£214,904", vat="inclusive")
    assert inclusive.estimated_value == inclusive.value_with_vat == cm.Money("£214,904")
    assert inclusive.value_net_of_vat == cm.Money("£179,086.67")  # £214,904 / 1.2, to the penny
    exempt = council_services("£214,904", vat="exempt")
    assert exempt.estimated_value == exempt.value_net_of_vat == exempt.value_with_vat == cm.Money("£214,904")


def test_a_net_threshold_is_compared_with_the_net_value():
    answer = cm.assess_procurement("£500,000", category="light_touch_services", start="1 June 2016")
    assert not answer.threshold.vat_inclusive
    assert answer.value_with_vat == cm.Money("£600,000")  # above £589,148, but the comparison is net
    assert answer.estimated_value == cm.Money("£500,000")
    assert not answer.above_threshold
    assert "£500,000 (net of VAT" in answer.sentence


@pytest.mark.parametrize("zero", ["0%", 0, Decimal("0"), Fraction(0), cm.Rate(0)])
def test_another_vat_rate_can_be_given(zero):
    assert not council_services("£214,903.99", vat_rate=zero).above_threshold
    assert council_services("£179,100", vat_rate="17.5%").value_with_vat == cm.Money("£210,442.50")


def test_refuses_a_negative_value_or_vat_rate():
    with pytest.raises(cm.InvalidInputError) as raised:
        council_services("-£1", vat="exempt")
    assert raised.value.id == "commissioning.procurement.005"
    assert str(raised.value).endswith("an estimated value cannot be negative, got -£1.00")
    with pytest.raises(cm.InvalidInputError, match=r"procurement\.005.*-20%"):
        council_services("£1", vat_rate="-20%")


# ---------------------------------------------------------------- thresholds and types


def test_a_value_equal_to_the_threshold_is_at_or_above_it():
    assert council_services("£214,904.00", vat="inclusive").above_threshold
    assert not council_services("£214,903.99", vat="inclusive").above_threshold
    # Under the Act from 1 January 2026 (SI 2025/1200): £207,720.
    at = council_services("£207,720", start="1 January 2026", vat="inclusive")
    assert at.above_threshold
    assert at.consequence == "public contract: a competitive tendering procedure with a tender notice"
    assert not council_services("£207,719.99", start="1 January 2026", vat="inclusive").above_threshold


def test_central_government_has_the_lower_threshold():
    central = council_services("£200,000", vat="inclusive", authority="central_government")
    assert central.type is cm.ContractType.CENTRAL_GOODS_SERVICES
    assert central.threshold.amount == cm.Money("£139,688")
    assert central.above_threshold
    council = council_services("£200,000", vat="inclusive", authority=cm.AuthorityType.SUB_CENTRAL)
    assert council.threshold.amount == cm.Money("£214,904")
    assert not council.above_threshold
    # Goods and services share the row.
    assert council_services("£200,000", vat="inclusive", category="goods") == council


def test_works_have_the_works_threshold():
    at = council_services("£5,372,609", vat="inclusive", category=cm.ServiceCategory.WORKS)
    assert at.type is cm.ContractType.WORKS
    assert at.above_threshold
    assert at.consequence == "above threshold: a full procedure under the Regulations with a contract notice in Find a Tender"
    assert not council_services("£5,372,608.99", vat="inclusive", category="works").above_threshold
    act_works = council_services("£5,200,000", start="1 January 2026", vat="inclusive", category="works")
    assert act_works.threshold.amount == cm.Money("£5,193,000")
    assert act_works.above_threshold
    assert act_works.citation == "Procurement Act 2023, sections 3 and 4, Schedules 1 and 3"


def test_a_type_given_directly_overrides_the_category():
    above = council_services("£420,000", start="1 January 2026", vat="inclusive", type="utilities_goods_services")
    assert above.type is cm.ContractType.UTILITIES_GOODS_SERVICES
    assert above.threshold.amount == cm.Money("£415,440")
    assert above.above_threshold
    assert not council_services(
        "£410,000", start="1 January 2026", vat="inclusive", type=cm.ContractType.UTILITIES_GOODS_SERVICES
    ).above_threshold
    light_touch = council_services("£884,720", start="1 January 2026", vat="inclusive", type="utilities_light_touch")
    assert light_touch.consequence == "light touch contract above threshold: tender notice required"
    # The bundled table has no utilities rows under the PCR 2015.
    with pytest.raises(cm.OutOfRangeError, match=r"procurement\.003.*utilities_goods_services"):
        council_services("£420,000", vat="inclusive", type="utilities_goods_services")


def test_goods_under_the_pcr_in_2019_meet_the_2018_threshold_net_of_vat():
    answer = council_services("£200,000", start="1 June 2019")
    assert answer.threshold.amount == cm.Money("£181,302")  # PPN 04/17, net of VAT
    assert answer.estimated_value == cm.Money("£200,000")
    assert answer.above_threshold
    assert answer.consequence == (
        "above threshold: a full procedure under the Regulations with a contract notice in the Official Journal of "
        "the European Union (OJEU/TED)"
    )


# ---------------------------------------------------------------- issue 18: dated cases


@pytest.mark.parametrize(
    ("start", "value", "threshold", "above"),
    [
        ("1 June 2018", "£600,000", "£615,278", False),  # below since 1 January 2018
        ("1 June 2020", "£650,000", "£663,540", False),  # below since 1 January 2020
        ("1 June 2017", "£600,000", "£589,148", True),  # the 2016 figure held in 2017
        ("1 March 2015", "£600,000", "£625,050", False),  # the Regulations as made
    ],
)
def test_light_touch_is_measured_against_the_threshold_of_its_year(start, value, threshold, above):
    answer = social_care(value, start)
    assert answer.threshold.amount == cm.Money(threshold)
    assert not answer.threshold.vat_inclusive
    assert answer.above_threshold is above


@pytest.mark.parametrize(
    ("start", "value", "vat", "tail"),
    [
        ("1 June 2019", "£24,000", "exclusive",
         "at £24,000 net of VAT it is under the £25,000 from which an advertised opportunity must also go on "
         "Contracts Finder (regulation 109(2))"),
        ("1 June 2022", "£24,000", "exclusive",
         "if the opportunity is advertised it must also be published on Contracts Finder, the estimated value of "
         "£28,800 including VAT being at least £25,000 (regulations 109(2) and 110)"),
        ("21 December 2022", "£28,800", "exempt",
         "at £28,800 including VAT it is under the £30,000 from which an advertised opportunity must also go on "
         "Contracts Finder (regulation 109(2))"),
    ],
)
def test_below_threshold_the_contracts_finder_duty_follows_regulation_109(start, value, vat, tail):
    answer = council_services(value, start=start, vat=vat)
    assert answer.consequence == "below threshold: the council's contract procedure rules apply; " + tail


def test_a_2026_contract_from_a_2024_procurement_stays_under_the_pcr_when_the_date_is_given():
    from_2026 = cm.Contract("Young carers", "p", "1 May 2026", "3+1+1", annual_value="£325,484")
    given = social_care(from_2026, "1 June 2024")
    assert given.regime is cm.ProcurementRegime.PCR_2015
    assert "was not given" not in given.sentence
    assumed = cm.assess_procurement(from_2026, category="light_touch_services", vat="exempt")
    assert assumed.regime is cm.ProcurementRegime.PROCUREMENT_ACT_2023
    assert assumed.sentence.endswith(
        "The day the procurement started was not given: this assumes the contract's start, 1 May 2026. A contract "
        "procured or awarded before 24 February 2025, and a call-off under a framework procured before then, stays "
        "under the Public Contracts Regulations 2015, modifications included (SI 2024/716 regulation 5)."
    )


# ---------------------------------------------------------------- arguments


@pytest.mark.parametrize(("option", "name", "what"), [
    ("category", "care", "service category"),
    ("authority", "parish", "authority type"),
    ("vat", "zero", "VAT treatment"),
    ("type", "social_care", "contract type"),
])
def test_an_unknown_option_name_is_procurement_002(option, name, what):
    with pytest.raises(cm.InvalidInputError, match=rf"^\[commissioning\.procurement\.002\] unknown {what} '{name}'; "
                       r"expected one of ") as caught:
        cm.assess_procurement("£1", start="1 March 2024", **{option: name})
    assert caught.value.id == "commissioning.procurement.002"


def test_misuse_of_the_arguments_is_a_type_or_value_error():
    with pytest.raises(cm.InvalidInputError, match=r"procurement\.007.*£200,000\.00"):
        cm.assess_procurement("£200,000")  # no start, and no contract whose start could stand in
    with pytest.raises(TypeError, match="takes a Contract, a list of lots or an estimated value"):
        cm.assess_procurement(object(), start="1 March 2024")
    with pytest.raises(ValueError, match="unknown service category 'care'"):
        cm.assess_procurement("£1", category="care", start="1 March 2024")
    with pytest.raises(ValueError, match="unknown authority type"):
        cm.assess_procurement("£1", authority="parish", start="1 March 2024")
    with pytest.raises(ValueError, match="unknown VAT treatment"):
        cm.assess_procurement("£1", vat="zero", start="1 March 2024")
    with pytest.raises(cm.InvalidInputError, match=r"procurement\.002"):
        cm.assess_procurement("£1", type="social_care", start="1 March 2024")
    with pytest.raises(TypeError):
        cm.assess_procurement("£1", start="1 March 2024", table="data/procurement-thresholds.csv")


def test_options_are_read_by_name_in_any_case():
    assert council_services("£200,000", category="SERVICES", vat="Exclusive", authority="sub central") == (
        council_services("£200,000")
    )
    assert social_care(kent_young_carers(), "1 January 2016") == cm.assess_procurement(
        kent_young_carers(), category="light touch services", vat="EXEMPT", start=dt.date(2016, 1, 1)
    )


# ---------------------------------------------------------------- the answer as a value


def test_the_answer_compares_pickles_and_shows():
    answer = social_care(kent_young_carers(), "1 January 2016")
    assert pickle.loads(pickle.dumps(answer)) == answer
    assert copy.copy(answer) == answer
    assert answer != council_services("£200,000")
    assert repr(answer) == (
        "<ProcurementAssessment pcr_2015, light_touch: £1,627,420.00 net of VAT, above the threshold of £589,148.00>"
    )
    page = answer._repr_html_()
    assert page.startswith('<table class="commissioning-procurement"><caption>Public Contracts Regulations 2015')
    for text in ("£1,627,420.00", "£589,148.00", "1 January 2016", answer.consequence, answer.citation):
        assert text in page
    with pytest.raises(TypeError):
        hash(answer)


PROCUREMENT_LAYER = [
    "ThresholdTable", "regime_on", "assess_procurement", "assess_modification", "KeyDecisionRule",
    "is_key_decision", "check_teckal",
]


@pytest.mark.parametrize("name", PROCUREMENT_LAYER)
def test_the_docstring_examples_run(name):
    runner = doctest.DocTestRunner(optionflags=doctest.NORMALIZE_WHITESPACE)
    tests = doctest.DocTestFinder().find(getattr(cm, name), name, globs=dict(vars(cm)))
    for test in tests:
        runner.run(test)
    results = runner.summarize(verbose=False)
    assert results.failed == 0
    if name != "regime_on":
        assert results.attempted > 0
