"""Two statements of the same scope compared, in total and line by line."""

import pickle
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import commissioning as cm


def early_help() -> cm.Portfolio:
    return (
        cm.Portfolio("Early help")
        .add("Young Carers", "Imago", "£325,484.88")
        .add("NEET", "CXK Ltd", "£498,410.40")
        .add("Family Support", "Porchlight", "£1,240,000.00")
        .add("Family Support", "Project Salus", "£860,400.00")
    )


def seed_003() -> cm.Statement:
    """Seed 003: "Financial implications: Total for services in scope: £2,910,878"."""
    return cm.Statement("seed 003", total="£2,910,878")


# ---------------------------------------------------------------- seeds 003 and 002


def test_seeds_003_and_002_differ_by_13417_28():
    result = cm.reconcile(seed_003(), cm.Statement.of(early_help(), "seed 002"))
    assert result.first_source == "seed 003"
    assert result.second_source == "seed 002"
    assert result.first_total == cm.Money("£2,910,878.00")
    assert result.second_total == cm.Money("£2,924,295.28")
    assert result.difference == cm.Money("£13,417.28")
    # Seed 003 gives only a total, so nothing is matched line by line: all of it is unexplained.
    assert result.lines == []
    assert result.unexplained == cm.Money("£13,417.28")
    assert repr(result) == (
        "<Reconciliation 'seed 003' £2,910,878.00 against 'seed 002' £2,924,295.28: "
        "difference £13,417.28, unexplained £13,417.28>"
    )


def test_the_other_way_round_the_difference_changes_sign():
    result = cm.reconcile(cm.Statement.of(early_help(), "seed 002"), seed_003())
    assert result.difference == cm.Money("-£13,417.28")
    assert result.unexplained == cm.Money("-£13,417.28")


def test_a_portfolio_as_a_statement_has_a_line_per_service():
    statement = cm.Statement.of(early_help())
    assert statement.source == "Early help"  # the portfolio's name by default
    assert statement.lines == [
        cm.StatementLine("Young Carers", cm.Money("£325,484.88")),
        cm.StatementLine("NEET", cm.Money("£498,410.40")),
        cm.StatementLine("Family Support", cm.Money("£2,100,400.00")),
    ]
    assert statement.stated_total is None
    assert statement.total == cm.Money("£2,924,295.28")
    assert repr(statement) == "<Statement 'Early help': 3 lines, total £2,924,295.28>"
    assert repr(seed_003()) == "<Statement 'seed 003': 0 lines, stated total £2,910,878.00>"


# ---------------------------------------------------------------- line by line


def test_seed_002_before_and_after_reconcile_line_by_line():
    result = early_help().apply(
        [
            cm.PortfolioChange.change_by("Young Carers", "£100,000", "1 October 2020"),
            cm.PortfolioChange.move_to_sla("NEET", "The Education People", 0, "1 October 2020"),
            cm.PortfolioChange.bring_in_house("Family Support", "-£1,100,000", "1 October 2020"),
        ]
    )
    comparison = cm.reconcile(cm.Statement.of(result.before, "current"), cm.Statement.of(result.after, "revised"))
    assert [(line.label, str(line.difference)) for line in comparison.lines] == [
        ("Young Carers", "£100,000.00"),
        ("NEET", "£0.00"),
        ("Family Support", "-£1,100,000.00"),
    ]
    assert comparison.lines[0] == cm.ReconciliationLine(
        "Young Carers", cm.Money("£325,484.88"), cm.Money("£425,484.88"), cm.Money("£100,000.00"))
    assert comparison.difference == cm.Money("-£1,000,000.00") == -result.full_year_saving
    assert comparison.unexplained == cm.Money(0)


def test_lines_only_one_statement_has_are_compared_with_nothing():
    first = cm.Statement("budget book", {"Young Carers": "£325,484.88", "NEET": "£498,410.40"})
    second = cm.Statement("ledger", [("NEET", "£498,410.40"), ("Youth Justice", "£50,000")])
    result = cm.reconcile(first, second)
    assert result.lines == [
        cm.ReconciliationLine("Young Carers", cm.Money("£325,484.88"), None, cm.Money("-£325,484.88")),
        cm.ReconciliationLine("NEET", cm.Money("£498,410.40"), cm.Money("£498,410.40"), cm.Money(0)),
        cm.ReconciliationLine("Youth Justice", None, cm.Money("£50,000"), cm.Money("£50,000")),
    ]
    assert result.difference == cm.Money("-£275,484.88")
    assert result.unexplained == cm.Money(0)


def test_a_label_given_twice_is_summed():
    first = cm.Statement("a", [("Family Support", "£1,240,000.00"), ("Family Support", "£860,400.00")])
    result = cm.reconcile(first, cm.Statement.of(early_help(), "b"))
    assert result.lines[0] == cm.ReconciliationLine(
        "Family Support", cm.Money("£2,100,400.00"), cm.Money("£2,100,400.00"), cm.Money(0))


def test_a_stated_total_the_lines_do_not_add_up_to_leaves_a_part_unexplained():
    stated = cm.Statement("report", {"Young Carers": "£325,484.88"}, total="£330,000")
    assert stated.total == cm.Money("£330,000")
    assert stated.stated_total == cm.Money("£330,000")
    result = cm.reconcile(stated, cm.Statement("ledger", {"Young Carers": "£325,484.88"}))
    assert result.difference == cm.Money("-£4,515.12")
    assert result.lines[0].difference == cm.Money(0)
    assert result.unexplained == cm.Money("-£4,515.12")


# ---------------------------------------------------------------- tables


def test_the_reconciliation_as_a_data_frame():
    first = cm.Statement("budget book", {"Young Carers": "£325,484.88", "NEET": "£498,410.40"})
    second = cm.Statement("ledger", [("NEET", "£498,410.40"), ("Youth Justice", "£50,000")])
    frame = cm.reconcile(first, second).to_pandas()
    assert list(frame.columns) == ["first", "second", "difference"]
    assert list(frame.index) == ["Young Carers", "NEET", "Youth Justice"]
    assert frame.index.name == "label"
    assert frame.loc["Young Carers", "first"] == Decimal("325484.88")
    assert frame.loc["Young Carers", "second"] is None
    assert frame["difference"].sum() == Decimal("-275484.88")
    assert frame.attrs["first_source"] == "budget book"
    assert frame.attrs["unexplained"] == Decimal("0.00")


def test_seeds_003_and_002_as_tables():
    result = cm.reconcile(seed_003(), cm.Statement.of(early_help(), "seed 002"))
    frame = result.to_pandas()
    assert frame.empty
    assert list(frame.columns) == ["first", "second", "difference"]
    assert frame.attrs["difference"] == Decimal("13417.28")
    table = result._repr_html_()
    assert table.startswith('<table class="commissioning-reconciliation"><caption>seed 003 against seed 002</caption>')
    assert '<td>Unexplained</td><td></td><td></td><td style="text-align: right">£13,417.28</td>' in table
    assert (
        '<th>Total</th><td style="text-align: right">£2,910,878.00</td>'
        '<td style="text-align: right">£2,924,295.28</td><td style="text-align: right">£13,417.28</td>'
    ) in table


# ---------------------------------------------------------------- values


def test_statements_and_reconciliations_pickle_and_compare():
    result = cm.reconcile(seed_003(), cm.Statement.of(early_help(), "seed 002"))
    for value in (seed_003(), cm.Statement.of(early_help()), result):
        assert pickle.loads(pickle.dumps(value)) == value
    assert seed_003() != cm.Statement("seed 003", total="£2,910,879")
    assert cm.Statement("s", {"a": 1}) == cm.Statement("s", [("a", "£1.00")])


def test_refused_statements():
    with pytest.raises(TypeError, match="label must be a str"):
        cm.Statement("s", {2021: 1})
    with pytest.raises(TypeError, match=r"\(key, amount\) pairs"):
        cm.Statement("s", ["NEET"])
    with pytest.raises(cm.InvalidInputError) as caught:
        cm.Statement("s", {"NEET": "1,2,3"})
    assert caught.value.id == "commissioning.money.004"
    with pytest.raises(TypeError):
        cm.reconcile(seed_003(), early_help())


# ---------------------------------------------------------------- properties

amounts = st.integers(min_value=-(10**11), max_value=10**11).map(cm.Money.from_pence)
labels = st.sampled_from(["Young Carers", "NEET", "Family Support", "Youth Justice"])
statements = st.builds(
    lambda lines, total: cm.Statement("s", lines, total),
    st.lists(st.tuples(labels, amounts), max_size=6),
    st.none() | amounts,
)


@settings(max_examples=100)
@given(statements, statements)
def test_the_lines_and_the_unexplained_part_make_up_the_difference(first, second):
    result = cm.reconcile(first, second)
    assert result.difference == second.total - first.total == result.second_total - result.first_total
    explained = sum((line.difference for line in result.lines), cm.Money())
    assert explained + result.unexplained == result.difference
    if first.lines and second.lines:
        assert {line.label for line in result.lines} == {label for label, _ in first.lines + second.lines}
    else:
        assert result.lines == []
        assert result.unexplained == result.difference
