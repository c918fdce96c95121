"""Green Book optimism bias: the supplementary guidance table, combined projects, mitigation, and
the adjustment an appraisal states for an option.

Figures from /work/shared/reference/domain-facts.md 1.7 (HM Treasury, "Green Book
supplementary guidance: optimism bias", Table 1, and its worked examples)."""

import doctest
import pickle
from decimal import Decimal
from fractions import Fraction

import pytest

import commissioning as cm

# The published table: {type: {measure: (upper %, lower %)}}; a measure not listed is N/A.
PUBLISHED = {
    "non-standard buildings": {"works duration": (39, 2), "capital cost": (51, 4)},
    "standard buildings": {"works duration": (4, 1), "capital cost": (24, 2)},
    "non-standard civil engineering": {"works duration": (25, 3), "capital cost": (66, 6)},
    "standard civil engineering": {"works duration": (20, 1), "capital cost": (44, 3)},
    "equipment/development": {"works duration": (54, 10), "capital cost": (200, 10)},
    "outsourcing": {"operating cost": (41, 0)},
}
MEASURES = ("works duration", "capital cost", "operating cost")


# ---------------------------------------------------------------- the table


@pytest.mark.parametrize("project", list(PUBLISHED))
@pytest.mark.parametrize("measure", MEASURES)
def test_every_cell_of_the_table_matches_the_guidance(project, measure):
    expected = PUBLISHED[project].get(measure)
    if expected is None:
        for bound in ("upper", "lower"):
            with pytest.raises(cm.DomainError, match=r"optimism_bias\.002.*not applicable") as caught:
                cm.optimism_bias(project, measure, bound)
            assert caught.value.id == "commissioning.optimism_bias.002"
        return
    upper, lower = expected
    assert cm.optimism_bias(project, measure, "upper") == cm.Rate(Fraction(upper, 100))
    assert cm.optimism_bias(project, measure, "lower") == cm.Rate(Fraction(lower, 100))


def test_the_enums_are_their_table_names():
    assert [member.label for member in cm.ProjectType] == list(PUBLISHED)
    assert [member.label for member in cm.OptimismBiasMeasure] == list(MEASURES)
    assert cm.OptimismBiasBound.UPPER == "upper"
    assert str(cm.ProjectType.EQUIPMENT_DEVELOPMENT) == "equipment_development"
    assert cm.ProjectType("equipment/development") is cm.ProjectType.EQUIPMENT_DEVELOPMENT


def test_members_and_names_in_any_form_are_read():
    assert cm.optimism_bias(cm.ProjectType.NON_STANDARD_BUILDINGS, cm.OptimismBiasMeasure.CAPITAL_COST) == cm.Rate("51%")
    assert cm.optimism_bias("Non-standard buildings", "capex") == cm.Rate("51%")
    assert cm.optimism_bias("non_standard_civil_engineering", "DURATION", cm.OptimismBiasBound.LOWER) == cm.Rate("3%")
    assert cm.optimism_bias("equipment and development", "capital expenditure") == cm.Rate("200%")
    assert cm.optimism_bias("Outsourcing", "opex") == cm.Rate("41%")


def test_an_unknown_name_is_an_error_naming_it():
    with pytest.raises(cm.InvalidInputError, match=r"optimism_bias\.001.*'bridges'"):
        cm.optimism_bias("bridges", "capital cost")
    with pytest.raises(cm.InvalidInputError, match=r"optimism_bias\.001.*'benefits'"):
        cm.optimism_bias("outsourcing", "benefits")
    with pytest.raises(cm.InvalidInputError, match=r"optimism_bias\.001.*'middle'"):
        cm.optimism_bias("outsourcing", "opex", "middle")
    with pytest.raises(TypeError):
        cm.optimism_bias(3, "opex")  # type: ignore[arg-type]


# ---------------------------------------------------------------- combined projects


def test_blend_weights_upper_bounds_by_share():
    # 30% x 51% + 70% x 24% = 32.1% of capex; 30% x 39% + 70% x 4% = 14.5% of duration.
    mix = {"non-standard buildings": "30%", "standard buildings": "70%"}
    assert cm.blend_optimism_bias(mix, "capital cost") == cm.Rate("32.1%")
    assert cm.blend_optimism_bias(mix, "works duration") == cm.Rate("14.5%")
    assert cm.blend_optimism_bias(mix, "capital cost", "lower") == cm.Rate("2.6%")


def test_blend_takes_pairs_and_any_rate_like_share():
    pairs = [(cm.ProjectType.NON_STANDARD_BUILDINGS, Decimal("0.3")), ("standard buildings", Fraction(7, 10))]
    assert cm.blend_optimism_bias(pairs, "capex") == cm.Rate("0.321")
    thirds = [(t, Fraction(1, 3)) for t in ("non-standard buildings", "standard buildings", "non-standard civil engineering")]
    assert cm.blend_optimism_bias(thirds, "capex") == cm.Rate("47%")


def test_blend_shares_must_sum_to_exactly_one_hundred_percent():
    with pytest.raises(cm.InvalidInputError, match=r"optimism_bias\.004.*they sum to 90%"):
        cm.blend_optimism_bias({"non-standard buildings": "30%", "standard buildings": "60%"}, "capex")
    with pytest.raises(cm.InvalidInputError, match=r"optimism_bias\.003.*cannot be negative, got -10%"):
        cm.blend_optimism_bias({"non-standard buildings": "-10%", "standard buildings": "110%"}, "capex")
    with pytest.raises(TypeError, match="pair"):
        cm.blend_optimism_bias(["outsourcing"], "opex")


# ---------------------------------------------------------------- mitigation and money


def test_mitigation_of_92_percent_leaves_4_08_percent_of_51():
    assert cm.mitigate_optimism_bias("51%", "92%") == cm.Rate("4.08%")
    assert cm.mitigate_optimism_bias(cm.Rate("41%"), 0.5) == cm.Rate("20.5%")


def test_mitigation_outside_zero_to_one_hundred_percent_is_an_error():
    with pytest.raises(cm.InvalidInputError, match=r"optimism_bias\.005.*got 101%"):
        cm.mitigate_optimism_bias("51%", "101%")
    with pytest.raises(cm.InvalidInputError, match=r"optimism_bias\.006.*got -5%"):
        cm.mitigate_optimism_bias("-5%", "50%")


def test_one_hundred_million_at_four_percent_is_one_hundred_and_four_million():
    uplifted = cm.apply_optimism_bias("£100,000,000", "4%")
    assert uplifted == cm.Money("£104,000,000")
    assert uplifted + cm.Money("£7,000,000") == cm.Money("£111,000,000")
    exact = cm.apply_optimism_bias("£100,000,000", cm.mitigate_optimism_bias("51%", "92%"))
    assert exact == cm.Money("£104,080,000")


def test_apply_names_its_rounding():
    assert cm.apply_optimism_bias("£0.25", "30%") == cm.Money("£0.33")
    assert cm.apply_optimism_bias("£0.25", "30%", rounding="half_even") == cm.Money("£0.32")


# ---------------------------------------------------------------- OptimismBiasAdjustment


def test_an_adjustment_from_the_table_with_mitigation():
    ob = cm.OptimismBiasAdjustment("outsourcing", "operating cost", mitigation="50%")
    assert ob.measure is cm.OptimismBiasMeasure.OPERATING_COST
    assert ob.uplift == cm.Rate("20.5%")
    assert ob.starting_value == cm.Rate("41%")
    assert ob.mitigation == cm.Rate("50%")
    assert ob.bound is cm.OptimismBiasBound.UPPER
    assert ob.shares == [cm.OptimismBiasShare(cm.ProjectType.OUTSOURCING, cm.Rate(1))]
    assert not ob.own_evidence
    assert "Green Book supplementary guidance" in ob.source
    assert ob.describe() == (
        "Outsourcing upper bound 41% of operating cost, reduced 50% for mitigated contributory factors: 20.5%"
    )
    assert str(ob) == ob.describe()
    assert repr(ob) == f"<OptimismBiasAdjustment: {ob.describe()}>"
    assert ob.apply("£325,500") == cm.Money("£392,227.50")


def test_the_guidance_worked_example_as_an_adjustment():
    ob = cm.OptimismBiasAdjustment("non-standard buildings", "capital cost", "upper", mitigation="92%")
    assert ob.uplift == cm.Rate("4.08%")
    assert ob.apply(cm.Money("£100,000,000")) == cm.Money("£104,080,000")


def test_a_blended_adjustment():
    mix = cm.OptimismBiasAdjustment.blend(
        {"non-standard buildings": "30%", "standard buildings": "70%"}, "works duration", mitigation="50%"
    )
    assert mix.starting_value == cm.Rate("14.5%")
    assert mix.uplift == cm.Rate("7.25%")
    assert [share.type for share in mix.shares] == [
        cm.ProjectType.NON_STANDARD_BUILDINGS,
        cm.ProjectType.STANDARD_BUILDINGS,
    ]
    assert str(mix) == (
        "Blend of 30% non-standard buildings (39%) and 70% standard buildings (4%), upper bound 14.5% of works "
        "duration, reduced 50% for mitigated contributory factors: 7.25%"
    )


def test_an_adjustment_from_own_evidence():
    own = cm.OptimismBiasAdjustment.from_evidence("capex", "12%", "capital programme outturn 2015-2022")
    assert own.own_evidence
    assert own.bound is None
    assert own.shares == []
    assert own.source == "capital programme outturn 2015-2022"
    assert str(own) == "Own evidence (capital programme outturn 2015-2022): 12% of capital cost"
    assert own.apply("£2,500,000") == cm.Money("£2,800,000")


def test_adjustment_errors_carry_their_ids():
    with pytest.raises(cm.DomainError, match=r"optimism_bias\.002"):
        cm.OptimismBiasAdjustment("outsourcing", "capital cost")
    with pytest.raises(cm.DomainError, match=r"optimism_bias\.007.*reduce it by 10%"):
        cm.OptimismBiasAdjustment("standard buildings", "capex", "lower", mitigation="10%")
    with pytest.raises(cm.InvalidInputError, match=r"optimism_bias\.008"):
        cm.OptimismBiasAdjustment.from_evidence("capex", "3%", " ")
    with pytest.raises(cm.InvalidInputError, match=r"optimism_bias\.006"):
        cm.OptimismBiasAdjustment.from_evidence("capex", "-3%", "audit")


@pytest.mark.parametrize(
    "adjustment",
    [
        cm.OptimismBiasAdjustment("outsourcing", "opex", mitigation="50%"),
        cm.OptimismBiasAdjustment("equipment/development", "duration", "lower"),
        cm.OptimismBiasAdjustment.blend([("non-standard buildings", "30%"), ("standard buildings", "70%")], "capex"),
        cm.OptimismBiasAdjustment.from_evidence("capex", "12%", "outturn"),
    ],
)
def test_adjustments_are_values_that_compare_hash_and_pickle(adjustment):
    copy = pickle.loads(pickle.dumps(adjustment))
    assert copy == adjustment
    assert hash(copy) == hash(adjustment)
    assert copy.describe() == adjustment.describe()
    assert adjustment != cm.OptimismBiasAdjustment.from_evidence("capex", "99%", "other")


@pytest.mark.parametrize(
    "name", ["optimism_bias", "blend_optimism_bias", "mitigate_optimism_bias", "apply_optimism_bias", "OptimismBiasAdjustment"]
)
def test_the_docstring_examples_run(name):
    runner = doctest.DocTestRunner(optionflags=doctest.NORMALIZE_WHITESPACE)
    tests = doctest.DocTestFinder().find(getattr(cm, name), name, globs=dict(vars(cm)))
    assert sum(len(test.examples) for test in tests) > 0
    for test in tests:
        runner.run(test)
    assert runner.summarize(verbose=False).failed == 0
