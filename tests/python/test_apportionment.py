"""cm.apportion: an amount over a period, spread into financial years to the penny."""

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

import commissioning as cm

CONTRACT_YEAR = cm.Period("1 May 2022", "30 April 2023")
MONTHLY = "equal monthly instalments, part months pro rata by days"


def test_contract_year_apportioned_by_equal_monthly_instalments():
    # 1 May 2022 to 30 April 2023 is twelve whole calendar months: eleven (May to March)
    # fall in 2022-23 and one (April) in 2023-24. £325,484.88 is 32,548,488p, whose twelfth
    # is exactly 2,712,374p: 11 x 2,712,374p = £298,361.14 and 1 x 2,712,374p = £27,123.74.
    result = cm.apportion(cm.Money("£325,484.88"), CONTRACT_YEAR)
    assert [(part.year.label, str(part.amount)) for part in result] == [
        ("2022-23", "£298,361.14"),
        ("2023-24", "£27,123.74"),
    ]
    assert result.rule is cm.ApportionRule.MONTHLY
    assert result.rule_description == MONTHLY
    assert result.total == cm.Money("£325,484.88")
    assert result.period == CONTRACT_YEAR


def test_contract_year_apportioned_by_days():
    # 335 of the 365 days fall in 2022-23 and 30 in 2023-24. Exactly, 32,548,488p x 335/365
    # = 29,873,269.81p and x 30/365 = 2,675,218.19p. The whole pence, 29,873,269p and
    # 2,675,218p, sum to one penny short; it goes to the larger remainder (0.81p), giving
    # £298,732.70 and £26,752.18.
    result = cm.apportion("£325,484.88", CONTRACT_YEAR, rule="daily")
    assert [part.period.days for part in result] == [335, 30]
    assert [str(part.amount) for part in result] == ["£298,732.70", "£26,752.18"]
    assert result.rule is cm.ApportionRule.DAILY
    assert result.rule_description == "by days"


def test_rule_names_are_accepted_as_text_or_members():
    assert cm.apportion(100, CONTRACT_YEAR, rule=cm.ApportionRule.DAILY) == cm.apportion(100, CONTRACT_YEAR, "daily")
    assert cm.apportion(100, CONTRACT_YEAR, "MONTHLY").rule is cm.ApportionRule.MONTHLY
    with pytest.raises(ValueError, match="unknown apportionment rule 'weekly'"):
        cm.apportion(100, CONTRACT_YEAR, rule="weekly")  # type: ignore[arg-type]


def test_a_part_month_is_pro_rata_by_its_days():
    # 15 to 31 March 2023 (17 of March's 31 days) falls in 2022-23 and all of April in
    # 2023-24: weights 17/31 and 1, so shares 17/48 and 31/48 of 100,000p, which are
    # 35,416.67p and 64,583.33p; the spare penny goes to the larger remainder (0.67p).
    result = cm.apportion("£1,000", cm.Period("2023-03-15", "2023-04-30"))
    assert [str(part.amount) for part in result] == ["£354.17", "£645.83"]


def test_apportion_with_another_start_month():
    result = cm.apportion("£1,200", cm.Period("2022-01-01", "2022-12-31"), start_month=7)
    assert [(part.year.label, str(part.amount)) for part in result] == [
        ("2021-22", "£600.00"),
        ("2022-23", "£600.00"),
    ]


def test_apportionment_is_a_sequence_of_its_parts():
    result = cm.apportion("£325,484.88", CONTRACT_YEAR)
    assert len(result) == 2
    assert result[0] == result.parts[0]
    assert result[-1].amount == cm.Money("£27,123.74")
    assert [part.amount for part in result[:1]] == [cm.Money("£298,361.14")]
    part = result[0]
    assert part.year == cm.FinancialYear(2022)
    assert part.period == cm.Period("2022-05-01", "2023-03-31")
    assert repr(part) == (
        "ApportionedAmount(year=FinancialYear('2022-23'), period=Period('2022-05-01', '2023-03-31'), "
        "amount=Money('£298,361.14'))"
    )


def test_apportionment_text_names_the_rule():
    result = cm.apportion("£325,484.88", CONTRACT_YEAR)
    assert str(result) == (
        "£325,484.88 over 1 May 2022 to 30 April 2023, apportioned by " + MONTHLY + ":\n"
        "  2022-23 (1 May 2022 to 31 March 2023): £298,361.14\n"
        "  2023-24 (1 April 2023 to 30 April 2023): £27,123.74"
    )
    assert "apportioned by days" in repr(cm.apportion(1, CONTRACT_YEAR, "daily"))


def test_to_pandas_gives_exact_pounds_and_names_the_rule():
    pytest.importorskip("pandas")
    frame = cm.apportion("£325,484.88", CONTRACT_YEAR).to_pandas()
    assert list(frame.columns) == ["financial_year", "first", "last", "days", "amount"]
    assert list(frame["financial_year"]) == ["2022-23", "2023-24"]
    assert list(frame["first"]) == [dt.date(2022, 5, 1), dt.date(2023, 4, 1)]
    assert list(frame["last"]) == [dt.date(2023, 3, 31), dt.date(2023, 4, 30)]
    assert list(frame["days"]) == [335, 30]
    assert list(frame["amount"]) == [Decimal("298361.14"), Decimal("27123.74")]
    assert all(isinstance(amount, Decimal) for amount in frame["amount"])
    assert sum(frame["amount"]) == Decimal("325484.88")
    assert frame.attrs["rule"] == MONTHLY


def test_repr_html_is_a_captioned_table():
    page = cm.apportion("£325,484.88", CONTRACT_YEAR)._repr_html_()
    assert page.startswith("<table")
    assert f"<caption>£325,484.88 over 1 May 2022 to 30 April 2023, apportioned by {MONTHLY}</caption>" in page
    assert "<td>2022-23</td>" in page
    assert "£298,361.14" in page and "£27,123.74" in page
    assert page.count("<tr>") == 4  # heading, two years, total


def test_repr_html_escapes_its_text():
    from types import SimpleNamespace

    from commissioning import _display

    real = cm.apportion("£1,000", CONTRACT_YEAR)
    hostile = SimpleNamespace(
        total=real.total, period=real.period, parts=real.parts, rule_description="<b>rule</b> & co"
    )
    page = _display.apportionment_html(hostile)  # type: ignore[arg-type]
    assert "<b>" not in page
    assert "apportioned by &lt;b&gt;rule&lt;/b&gt; &amp; co</caption>" in page


def test_apportion_takes_anything_money_accepts():
    expected = cm.apportion(cm.Money("£1,200"), CONTRACT_YEAR)
    assert cm.apportion("£1,200", CONTRACT_YEAR) == expected
    assert cm.apportion(1200, CONTRACT_YEAR) == expected
    assert cm.apportion(Decimal("1200.00"), CONTRACT_YEAR) == expected
    assert cm.apportion(1200.0, CONTRACT_YEAR) == expected


def test_apportion_negative_amounts_mirror_positive_ones():
    positive = cm.apportion("£325,484.88", CONTRACT_YEAR, "daily")
    negative = cm.apportion("-£325,484.88", CONTRACT_YEAR, "daily")
    assert [part.amount for part in negative] == [-part.amount for part in positive]


INT64_MAX = 2**63 - 1


@given(
    st.integers(min_value=-INT64_MAX, max_value=INT64_MAX),
    st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2100, 12, 31)),
    st.integers(min_value=0, max_value=3650),
    st.sampled_from(["monthly", "daily"]),
    st.integers(min_value=1, max_value=12),
)
def test_apportioned_parts_always_sum_exactly_to_the_total(pence, first, length, rule, start_month):
    period = cm.Period(first, first + dt.timedelta(days=length))
    result = cm.apportion(cm.Money.from_pence(pence), period, rule=rule, start_month=start_month)
    assert sum(part.amount.pence for part in result) == pence
    assert sum(part.period.days for part in result) == period.days
    assert [part.year for part in result] == [fy for fy, _ in period.split_by_financial_year(start_month)]
