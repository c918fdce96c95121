"""Multi-criteria analysis: weighted-sum scores, ranks with ties, and weight stability.

The hand-worked example is the C++ suite's (tests/cpp/mcda_test.cpp has the working): three
options scored 0-10 against Quality 40, Cost 30, Deliverability 20, Social value 10, giving
totals 6.5, 6.7, 6.4 and ranks 2, 1, 3, with the stability crossings 13/37 (Quality, down, to
Do minimum), 2/9 and 9/23 (Cost, down to In-house and up to Do minimum), 1/4 (Deliverability,
up, to In-house) and 2/11 (Social value, up, to In-house)."""

import doctest
import math
import pickle

import numpy as np
import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

import commissioning as cm

WEIGHTS = {"Quality": 40, "Cost": 30, "Deliverability": 20, "Social value": 10}
OPTIONS = ["In-house", "External", "Do minimum"]
SCORES = [[7, 5, 8, 6], [8, 7, 5, 4], [4, 9, 9, 3]]


def service_options() -> cm.MultiCriteria:
    return cm.MultiCriteria(WEIGHTS, OPTIONS, SCORES)


def assert_hand_worked(result: cm.MultiCriteriaResult) -> None:
    assert result.weights == pytest.approx([0.4, 0.3, 0.2, 0.1], abs=1e-12)
    assert result.totals == pytest.approx([6.5, 6.7, 6.4], abs=1e-12)
    assert result.ranks == [2, 1, 3]
    assert result.top == "External"
    assert result.ties == []


# ---------------------------------------------------------------- totals and ranks


def test_the_hand_worked_example_from_a_list_of_lists():
    assert_hand_worked(service_options().evaluate())


def test_the_same_from_a_numpy_array():
    assert_hand_worked(cm.MultiCriteria(WEIGHTS, OPTIONS, np.array(SCORES, dtype=float)).evaluate())


def test_the_same_from_a_dataframe_with_options_as_index_and_columns_in_any_order():
    frame = pd.DataFrame(SCORES, index=OPTIONS, columns=list(WEIGHTS))
    assert_hand_worked(cm.MultiCriteria(WEIGHTS, scores=frame).evaluate())
    shuffled = frame[["Social value", "Cost", "Quality", "Deliverability"]]
    assert_hand_worked(cm.MultiCriteria(WEIGHTS, scores=shuffled).evaluate())
    # Options given with a frame set the row order.
    reordered = cm.MultiCriteria(WEIGHTS, ["Do minimum", "In-house", "External"], frame).evaluate()
    assert reordered.totals == pytest.approx([6.4, 6.5, 6.7], abs=1e-12)


def test_criteria_as_named_tuples_with_descriptions_and_scales():
    criteria = [
        cm.Criterion("Quality", 40, "0 poor to 10 excellent", (0, 10)),
        cm.Criterion("Cost", 30),
        ("Deliverability", 20),
        ("Social value", 10, "TOMs-based"),
    ]
    model = cm.MultiCriteria(criteria, OPTIONS, SCORES)
    assert model.criteria[0] == cm.Criterion("Quality", 40.0, "0 poor to 10 excellent", (0.0, 10.0))
    assert model.criteria[3].description == "TOMs-based"
    assert_hand_worked(model.evaluate())


def test_ties_share_a_rank_and_the_next_is_skipped():
    result = cm.MultiCriteria({"x": 1, "y": 1}, ["A", "B", "C", "D"], [[6, 4], [4, 6], [9, 3], [1, 1]]).evaluate()
    assert result.ranks == [2, 2, 1, 4]
    assert result.ties == [("A", "B")]


def test_lookups_by_option():
    result = service_options().evaluate()
    assert result.rank_of("Do minimum") == 3
    assert result.total_of("External") == pytest.approx(6.7, abs=1e-12)
    with pytest.raises(cm.OutOfRangeError, match=r"mcda\.009.*'Outsource'"):
        result.rank_of("Outsource")


# ---------------------------------------------------------------- weight stability


def test_stability_of_the_hand_worked_example():
    quality, cost, deliverability, social = service_options().evaluate().stability
    assert quality == cm.WeightStability(
        "Quality", pytest.approx(0.4), pytest.approx(13 / 37), 1.0,
        pytest.approx((0.4 - 13 / 37) * 100), pytest.approx(60), "Do minimum", None,
    )
    assert (cost.lowest_weight, cost.highest_weight) == (pytest.approx(2 / 9), pytest.approx(9 / 23))
    assert (cost.rival_down, cost.rival_up) == ("In-house", "Do minimum")
    assert cost.points_down == pytest.approx(7.777777777777)
    assert cost.points_up == pytest.approx(9.130434782608)
    assert (deliverability.lowest_weight, deliverability.highest_weight) == (0.0, pytest.approx(0.25))
    assert (deliverability.rival_down, deliverability.rival_up) == (None, "In-house")
    assert (social.lowest_weight, social.highest_weight) == (0.0, pytest.approx(2 / 11))
    assert (social.rival_down, social.rival_up) == (None, "In-house")


def totals_at(scores: np.ndarray, weights: np.ndarray, j: int, t: float) -> np.ndarray:
    """Every option's total with weight j moved to t and the others rescaled in proportion."""
    moved = weights * (1 - t) / (1 - weights[j])
    moved[j] = t
    return scores @ moved


@given(
    scores=st.lists(st.lists(st.floats(0, 10), min_size=3, max_size=3), min_size=2, max_size=4),
    weights=st.lists(st.floats(0.5, 5), min_size=3, max_size=3),
)
def test_stability_agrees_with_the_totals_either_side_of_each_crossing(scores, weights):
    options = [f"option {i}" for i in range(len(scores))]
    result = cm.MultiCriteria(dict(zip("abc", weights)), options, scores).evaluate()
    s = np.array(scores)
    w = np.array(result.weights)
    leader = options.index(result.top)
    for j, stability in enumerate(result.stability):
        # Across the whole range the leader is never beaten ...
        for t in np.linspace(stability.lowest_weight, stability.highest_weight, 50):
            totals = totals_at(s, w, j, t)
            assert totals[leader] >= totals.max() - 1e-9
        # ... and at each end the named rival has drawn level, and leads just beyond.
        for edge, rival, beyond in (
            (stability.highest_weight, stability.rival_up, 1e-6),
            (stability.lowest_weight, stability.rival_down, -1e-6),
        ):
            if rival is None:
                assert edge in (0.0, 1.0)
                continue
            i = options.index(rival)
            at = totals_at(s, w, j, edge)
            assert at[i] == pytest.approx(at[leader], abs=1e-9)
            if 0 <= edge + beyond <= 1:
                past = totals_at(s, w, j, edge + beyond)
                assert past[i] >= past[leader] - 1e-12


# ---------------------------------------------------------------- tables


def test_to_pandas_gives_scores_totals_and_ranks_by_option():
    frame = service_options().evaluate().to_pandas()
    assert list(frame.index) == OPTIONS
    assert frame.index.name == "option"
    assert list(frame.columns) == [*WEIGHTS, "total", "rank"]
    assert frame.loc["External", "total"] == pytest.approx(6.7)
    assert frame["rank"].tolist() == [2, 1, 3]
    assert frame.attrs["weights"]["Quality"] == pytest.approx(0.4)


def test_stability_to_pandas_gives_a_row_per_criterion():
    frame = service_options().evaluate().stability_to_pandas()
    assert list(frame.index) == list(WEIGHTS)
    assert frame.loc["Cost", "rival_up"] == "Do minimum"
    assert frame.loc["Quality", "rival_up"] is None
    assert frame.loc["Social value", "highest_weight"] == pytest.approx(2 / 11)


def test_html_shows_the_scores_and_the_stability():
    html = service_options().evaluate()._repr_html_()
    assert "Quality (40.0%)" in html
    assert "Do minimum at 35.1%" in html
    assert "before External loses the top rank" in html


def test_a_model_is_a_value():
    model = service_options()
    assert model.options == tuple(OPTIONS)
    assert model.scores == [[7.0, 5.0, 8.0, 6.0], [8.0, 7.0, 5.0, 4.0], [4.0, 9.0, 9.0, 3.0]]
    assert model.weights == pytest.approx([0.4, 0.3, 0.2, 0.1])
    assert repr(model) == "<MultiCriteria: 3 options x 4 criteria>"
    assert model.to_pandas().loc["In-house", "Cost"] == 5
    assert pickle.loads(pickle.dumps(model)) == model
    result = model.evaluate()
    copy = pickle.loads(pickle.dumps(result))
    assert copy == result
    assert copy.stability == result.stability
    assert repr(result) == "<MultiCriteriaResult: 'External' top with 6.7, 3 options>"


# ---------------------------------------------------------------- errors


def test_errors_name_what_is_wrong():
    with pytest.raises(cm.InvalidInputError, match=r"mcda\.001.*at least one option"):
        cm.MultiCriteria(WEIGHTS, [], [])
    with pytest.raises(cm.InvalidInputError, match=r"mcda\.002.*two options are named 'A'"):
        cm.MultiCriteria({"x": 1}, ["A", "A"], [[1], [2]])
    with pytest.raises(cm.InvalidInputError, match=r"mcda\.003.*row 2 has 1"):
        cm.MultiCriteria({"x": 1, "y": 1}, ["A", "B"], [[1, 2], [3]])
    with pytest.raises(cm.InvalidInputError, match=r"mcda\.003.*expected 3 options x 4 criteria"):
        cm.MultiCriteria(WEIGHTS, OPTIONS, np.zeros((2, 4)))
    with pytest.raises(cm.InvalidInputError, match=r"mcda\.004.*'B' against criterion 'y'.*got nan"):
        cm.MultiCriteria({"x": 1, "y": 1}, ["A", "B"], [[1, 2], [3, math.nan]])
    with pytest.raises(cm.InvalidInputError, match=r"mcda\.004.*'B' against criterion 'y'.*got nan"):
        cm.MultiCriteria({"x": 1, "y": 1}, ["A", "B"], [[1, 2], [3, None]])
    with pytest.raises(cm.InvalidInputError, match=r"mcda\.004.*criterion 'x'.*got inf"):
        cm.MultiCriteria({"x": math.inf}, ["A"], [[1]])
    with pytest.raises(cm.InvalidInputError, match=r"mcda\.005.*'Risk' cannot be negative, got -0.5"):
        cm.MultiCriteria({"x": 1, "Risk": -0.5}, ["A"], [[1, 2]])
    with pytest.raises(cm.InvalidInputError, match=r"mcda\.006.*'B' against criterion 'Quality' is 10.5, outside"):
        cm.MultiCriteria([cm.Criterion("Quality", 1, scale=(0, 10))], ["A", "B"], [[10], [10.5]])
    with pytest.raises(cm.InvalidInputError, match=r"mcda\.007"):
        cm.MultiCriteria([("x", 1, "", (5, 1))], ["A"], [[3]])
    with pytest.raises(cm.DomainError, match=r"mcda\.008"):
        cm.MultiCriteria({"x": 0, "y": 0}, ["A"], [[1, 2]])


def test_a_frame_must_have_a_column_per_criterion():
    frame = pd.DataFrame(SCORES, index=OPTIONS, columns=list(WEIGHTS))
    with pytest.raises(cm.InvalidInputError, match=r"mcda\.003.*no column for criterion 'Risk'"):
        cm.MultiCriteria({**WEIGHTS, "Risk": 5}, scores=frame)
    with pytest.raises(cm.InvalidInputError, match=r"mcda\.003.*column 'Cost' is not a criterion"):
        cm.MultiCriteria({"Quality": 1, "Deliverability": 1, "Social value": 1}, scores=frame)
    with pytest.raises(cm.InvalidInputError, match=r"mcda\.003.*no row for option 'Outsource'"):
        cm.MultiCriteria(WEIGHTS, ["In-house", "External", "Outsource"], frame)


def test_misuse_is_a_type_error():
    with pytest.raises(TypeError, match="options' names"):
        cm.MultiCriteria(WEIGHTS, scores=SCORES)
    with pytest.raises(TypeError, match="must be a number"):
        cm.MultiCriteria({"x": 1}, ["A"], [["high"]])
    with pytest.raises(TypeError, match="must be a number"):
        cm.MultiCriteria({"x": True}, ["A"], [[1]])


@pytest.mark.parametrize("name", ["MultiCriteria"])
def test_the_docstring_examples_run(name):
    runner = doctest.DocTestRunner(optionflags=doctest.NORMALIZE_WHITESPACE)
    tests = doctest.DocTestFinder().find(getattr(cm, name), name, globs=dict(vars(cm)))
    assert sum(len(test.examples) for test in tests) > 0
    for test in tests:
        runner.run(test)
    assert runner.summarize(verbose=False).failed == 0
