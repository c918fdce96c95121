"""cm.Term: a base period and extension options taken in order, "3+1+1"."""

import copy
import pickle

import pytest
from hypothesis import given
from hypothesis import strategies as st

import commissioning as cm

# ---------------------------------------------------------------- reading terms

# docs/contracts.md: how terms are written, and what they hold.
WRITTEN = [
    ("3+1+1", 36, (12, 12), 60),
    ("three years plus one plus one", 36, (12, 12), 60),
    ("3+2", 36, (24,), 60),
    ("3+2+1+1", 36, (24, 12, 12), 84),
    ("18m+6m", 18, (6,), 24),
    ("eighteen months plus six months", 18, (6,), 24),
    ("2y7m", 31, (), 31),
    ("two years and seven months", 31, (), 31),
    ("3 + 2", 36, (24,), 60),
    ("5", 60, (), 60),
]


@pytest.mark.parametrize(("text", "base", "extensions", "maximum"), WRITTEN, ids=[case[0] for case in WRITTEN])
def test_a_term_reads_as_councils_write_it(text, base, extensions, maximum):
    term = cm.Term(text)
    assert term.base_months == base
    assert term.extension_months == extensions
    assert term.maximum_months == maximum


def test_a_bare_number_is_in_the_unit_the_term_last_named():
    # "three years plus one" is a year; "eighteen months plus six" is six months.
    assert cm.Term("three years plus one").extension_months == (12,)
    assert cm.Term("18 months plus 6").extension_months == (6,)


def test_three_ways_to_make_three_plus_one_plus_one():
    written = cm.Term("3+1+1")
    assert cm.Term(base_months=36, extension_months=[12, 12]) == written
    assert cm.Term(36, (12, 12)) == written
    assert cm.Term.years(3, [1, 1]) == written
    assert cm.Term.parse("three years plus one plus one") == written


def test_a_term_without_options():
    term = cm.Term(base_months=24)
    assert term.extension_months == ()
    assert str(term) == "2"
    assert cm.Term.years(2) == term


# ---------------------------------------------------------------- writing terms


@pytest.mark.parametrize(
    ("term", "compact", "words"),
    [
        (cm.Term(36, [12, 12]), "3+1+1", "three years plus one plus one"),
        (cm.Term(18, [6]), "18m+6m", "eighteen months plus six months"),
        (cm.Term(31), "2y7m", "two years and seven months"),
        (cm.Term(36, [6, 12]), "3y+6m+1y", "three years plus six months plus one year"),
    ],
    ids=str,
)
def test_a_term_writes_itself_compactly_and_in_words(term, compact, words):
    assert str(term) == compact
    assert term.to_words() == words
    assert repr(term) == f"Term('{compact}')"


parts = st.one_of(st.integers(1, 10).map(lambda years: 12 * years), st.integers(1, 40))


@given(parts, st.lists(parts, max_size=4))
def test_a_term_reads_back_what_it_writes(base, extensions):
    term = cm.Term(base, extensions)
    assert cm.Term(str(term)) == term
    assert cm.Term(term.to_words()) == term
    assert eval(repr(term), {"Term": cm.Term}) == term


# ---------------------------------------------------------------- refusals


@pytest.mark.parametrize(
    ("text", "error_id"),
    [
        ("3++1", "commissioning.term.001"),
        ("+1", "commissioning.term.001"),
        ("3+", "commissioning.term.001"),
        ("-3", "commissioning.term.001"),
        ("3x", "commissioning.term.001"),
        ("", "commissioning.term.001"),
        ("0", "commissioning.term.002"),
        ("3+0", "commissioning.term.002"),
        ("51", "commissioning.term.003"),
        ("50+50+1", "commissioning.term.003"),
    ],
)
def test_text_that_is_not_a_term_is_refused_with_its_id(text, error_id):
    with pytest.raises(cm.InvalidInputError) as caught:
        cm.Term(text)
    assert caught.value.id == error_id
    assert f"'{text}'" in str(caught.value)


def test_the_message_says_what_is_wrong():
    with pytest.raises(cm.InvalidInputError, match="an extension between two '\\+' signs is missing"):
        cm.Term("3++1")
    with pytest.raises(cm.InvalidInputError, match="it starts with '\\+'"):
        cm.Term("+1")
    with pytest.raises(cm.InvalidInputError, match="it ends with '\\+'"):
        cm.Term("3+")


@pytest.mark.parametrize(
    ("make", "error_id"),
    [
        (lambda: cm.Term(0), "commissioning.term.002"),
        (lambda: cm.Term(36, [12, -12]), "commissioning.term.002"),
        (lambda: cm.Term.years(-3), "commissioning.term.002"),
        (lambda: cm.Term(601), "commissioning.term.003"),
        (lambda: cm.Term.years(51), "commissioning.term.003"),
        (lambda: cm.Term.years(3, [10**6]), "commissioning.term.003"),
        (lambda: cm.Term(600, [600, 1]), "commissioning.term.003"),
    ],
)
def test_lengths_that_cannot_be_a_term_are_refused(make, error_id):
    with pytest.raises(cm.InvalidInputError) as caught:
        make()
    assert caught.value.id == error_id


def test_a_term_is_not_made_from_other_types():
    with pytest.raises(TypeError):
        cm.Term(36.0)  # type: ignore[call-overload]
    with pytest.raises(TypeError):
        cm.Term(None)  # type: ignore[call-overload]


# ---------------------------------------------------------------- a value


def test_terms_compare_and_hash_by_their_lengths():
    assert cm.Term("3+1+1") == cm.Term("three years plus one plus one")
    assert cm.Term("3+1+1") != cm.Term("3+2")
    assert cm.Term("3+1+1") != "3+1+1"
    assert len({cm.Term("3+1+1"), cm.Term(36, [12, 12]), cm.Term("3+2")}) == 2


@pytest.mark.parametrize("protocol", [2, pickle.HIGHEST_PROTOCOL])
def test_a_term_pickles_and_copies(protocol):
    term = cm.Term("18m+6m+1y")
    assert pickle.loads(pickle.dumps(term, protocol=protocol)) == term
    assert copy.copy(term) == term
    assert copy.deepcopy(term) == term
