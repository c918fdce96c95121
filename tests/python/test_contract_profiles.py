"""A contract's money by contract year and by financial year: every profile sums exactly
to the value it splits, and the tables go to pandas and Jupyter."""

import datetime as dt
import pickle
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import commissioning as cm

MONTHLY = "equal monthly instalments, part months pro rata by days"
SEED_004_LABELS = ["2016-17", "2017-18", "2018-19", "2019-20", "2020-21", "2021-22", "2022-23"]
SEED_004_AMOUNTS = ["£298,360.33"] + ["£325,484.00"] * 5 + ["£27,123.67"]


def kent_as_extended() -> cm.Contract:
    """Seed 004: 1 May 2016, 3+1+1 at £325,484, both options, then a year under 72(1)(c)."""
    kent = cm.Contract("Kent Young Carers", "Imago", "1 May 2016", "3+1+1", annual_value="£325,484")
    kent.exercise(1)
    kent.exercise(2)
    kent.modify(ground="72(1)(c)", months=12)
    return kent


# ---------------------------------------------------------------- contract years


def test_seed_004_contract_years():
    years = kent_as_extended().contract_years()
    assert isinstance(years, cm.ContractYears)
    assert [year.number for year in years] == [1, 2, 3, 4, 5, 6]
    assert [year.phase for year in years] == [
        "base term", "base term", "base term", "extension 1", "extension 2", "modification 1"]
    assert years[5] == cm.ContractYear(
        number=6,
        period=cm.Period("1 May 2021", "30 April 2022"),
        phase=cm.ContractState("modification 1"),
        value=cm.Money("£325,484"),
    )
    assert years.total == cm.Money("£1,952,904.00")
    assert len(kent_as_extended().contract_years("maximum")) == 5
    assert kent_as_extended().contract_years("maximum")[4].phase == "extension 2"
    assert len(kent_as_extended().contract_years(cm.ContractScope.BASE)) == 3


def test_a_part_year_term_pays_its_part_year_pro_rata():
    # 18m+6m from 1 April 2023 at £120,000: the base's second year is six months, £60,000.
    c = cm.Contract("Part year", "p", "1 April 2023", "18m+6m", annual_value="£120,000")
    assert c.base_end == dt.date(2024, 9, 30)
    assert c.maximum_end == dt.date(2025, 3, 31)
    base = c.contract_years("base")
    assert [year.value for year in base] == [cm.Money(120_000), cm.Money(60_000)]
    assert base[1].period == cm.Period("1 April 2024", "30 September 2024")
    c.exercise(1)
    # The option completes year 2, which still starts in the base term.
    assert c.contract_years()[1].period == cm.Period("1 April 2024", "31 March 2025")
    assert c.contract_years()[1].phase == "base term"
    assert c.state_on("1 October 2024") == "extension 1"
    assert c.current_value == cm.Money(240_000)


def test_contract_years_as_a_data_frame():
    frame = kent_as_extended().contract_years().to_pandas()
    assert list(frame.columns) == ["number", "first", "last", "phase", "value"]
    assert list(frame["number"]) == [1, 2, 3, 4, 5, 6]
    assert frame["first"].iloc[0] == dt.date(2016, 5, 1)
    assert frame["last"].iloc[-1] == dt.date(2022, 4, 30)
    assert list(frame["phase"])[3:] == ["extension 1", "extension 2", "modification 1"]
    assert frame["value"].iloc[0] == Decimal("325484.00")
    assert frame["value"].sum() == Decimal("1952904.00")


def test_contract_years_as_an_html_table():
    table = kent_as_extended().contract_years()._repr_html_()
    assert table.startswith('<table class="commissioning-contract-years">')
    assert "<td>1 May 2021</td><td>30 April 2022</td><td>modification 1</td>" in table
    assert "£1,952,904.00" in table


# ---------------------------------------------------------------- financial years


def test_seed_004_profile_by_financial_year():
    # Each contract year is 11 months in one financial year and 1 in the next:
    # 2016-17 is 11/12 of £325,484 = £298,360.33 and 2022-23 is 1/12 = £27,123.67.
    profile = kent_as_extended().profile()
    assert isinstance(profile, cm.FinancialYearProfile)
    assert profile.rule is cm.ApportionRule.MONTHLY
    assert profile.rule_description == MONTHLY
    assert [year.year.label for year in profile.years] == SEED_004_LABELS
    assert [str(year.amount) for year in profile] == SEED_004_AMOUNTS
    assert profile.total == cm.Money("£1,952,904.00")
    assert sum((amount for _, amount in profile), cm.Money()) == profile.total
    assert len(profile) == 7
    assert profile[0] == cm.FinancialYearAmount(cm.FinancialYear(2016), cm.Money("£298,360.33"))
    assert profile[-1].amount == cm.Money("£27,123.67")
    assert [year.year.label for year in profile[1:3]] == ["2017-18", "2018-19"]


def test_seed_004_profile_as_a_pandas_series_of_exact_pounds():
    series = kent_as_extended().profile().to_pandas()
    assert list(series.index) == SEED_004_LABELS
    assert series.index.name == "financial_year"
    assert series.name == "amount"
    assert series.attrs["rule"] == MONTHLY
    assert series["2016-17"] == Decimal("298360.33")
    assert series["2022-23"] == Decimal("27123.67")
    assert all(isinstance(amount, Decimal) for amount in series)
    assert series.sum() == Decimal("1952904.00")


def test_a_profile_as_an_html_table_and_as_text():
    profile = kent_as_extended().profile()
    table = profile._repr_html_()
    assert f"<caption>By financial year ({MONTHLY}), over the current term, to 30 April 2022</caption>" in table
    assert '<td>2016-17</td><td style="text-align: right">£298,360.33</td>' in table
    assert "£1,952,904.00" in table
    assert str(profile).splitlines()[0] == f"By financial year ({MONTHLY}), over the current term, to 30 April 2022:"
    assert str(profile).splitlines()[1] == "  2016-17: £298,360.33"
    assert str(profile).splitlines()[-1] == "  Total: £1,952,904.00"
    assert repr(profile) == (
        f"<FinancialYearProfile 2016-17 to 2022-23: £1,952,904.00, {MONTHLY}, over the current term, to 30 April 2022>")


def test_profiles_of_the_awarded_terms():
    kent = kent_as_extended()
    maximum = kent.profile("maximum")
    assert maximum.years[-1] == (cm.FinancialYear(2021), cm.Money("£27,123.67"))
    assert maximum.total == cm.Money("£1,627,420.00")
    base = kent.profile(scope=cm.ContractScope.BASE)
    assert base.years[-1].year.label == "2019-20"
    assert base.total == cm.Money("£976,452.00")


def test_a_profile_says_the_term_it_covers_and_so_does_its_table():
    """Issue 16: a stand-alone profile is never silent about its scope, nor is its table."""
    kent = kent_as_extended()
    base, maximum = kent.profile("base"), kent.profile("maximum")
    assert base.basis == "the base term, to 30 April 2019"
    assert maximum.basis == "the maximum term, to 30 April 2021"
    assert kent.profile().basis == "the current term, to 30 April 2022"
    assert base != kent.profile("current")
    assert base.to_pandas().attrs["basis"] == base.basis
    assert pickle.loads(pickle.dumps(base)).basis == base.basis
    table = cm.financial_year_table(base, "Kent Young Carers: base term")
    assert table.notes == ("Scope: the base term, to 30 April 2019.",)
    # A commitment made of the profile brings the same words to the envelope's note.
    assert cm.Commitment.of(kent, "base").basis == base.basis


def test_a_profile_by_days_names_its_rule():
    # Year 1 by days: 335 of its 365 days fall in 2016-17.
    profile = kent_as_extended().profile(rule="daily")
    assert profile.rule is cm.ApportionRule.DAILY
    assert profile.rule_description == "by days"
    assert profile[0].amount == cm.Money("£298,731.89")
    assert profile.total == cm.Money("£1,952,904.00")
    assert profile.to_pandas().attrs["rule"] == "by days"


def test_a_profile_for_a_body_whose_year_starts_in_january():
    profile = kent_as_extended().profile(start_month=1)
    assert [year.year.label for year in profile] == ["2016", "2017", "2018", "2019", "2020", "2021", "2022"]
    assert profile[0].amount == cm.Money("£216,989.33")
    assert profile[-1].amount == cm.Money("£108,494.67")
    assert profile[0].year.start_month == 1


def test_a_profile_across_a_mid_year_change_of_value():
    # £100,000 more from 1 November 2020 on £325,484.88: 2020-21 £367,151.55, 2021-22 £35,457.07.
    c = cm.Contract("Young Carers", "Imago", "1 May 2016", "3+1+1", annual_value="£325,484.88")
    c.exercise(1)
    c.exercise(2)
    c.modify(ground="other", annual_change="£100,000", effective="1 November 2020")
    profile = c.profile()
    assert profile[4] == (cm.FinancialYear("2020-21"), cm.Money("£367,151.55"))
    assert profile[5] == (cm.FinancialYear("2021-22"), cm.Money("£35,457.07"))
    assert profile.total == cm.Money("£1,677,424.40")


@pytest.mark.parametrize("protocol", [2, pickle.HIGHEST_PROTOCOL])
def test_profiles_and_contract_years_pickle(protocol):
    kent = kent_as_extended()
    for result in (kent.profile(), kent.profile("base", "daily", 7), kent.contract_years()):
        restored = pickle.loads(pickle.dumps(result, protocol=protocol))
        assert type(restored) is type(result)
        assert restored == result
    assert kent.profile() != kent.profile(rule="daily")


# ---------------------------------------------------------------- properties

# Starts on any day (29 February among them), terms of whole years or odd months, any
# annual value, with or without a fixed uplift, options exercised, declined or pending,
# and modifications of the term or the value.
starts = st.one_of(
    st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2040, 12, 31)),
    st.integers(0, 10).map(lambda k: dt.date(2000 + 4 * k, 2, 29)),
)
parts = st.one_of(st.integers(1, 5).map(lambda years: 12 * years), st.integers(1, 40))
uplifts = st.one_of(
    st.none(), st.tuples(st.integers(-500, 1000).map(lambda bp: cm.Rate.ratio(bp, 10_000)), st.integers(2, 4))
)
decisions = st.sampled_from(["exercise", "exercise", "exercise", "decline", "leave"])


@st.composite
def contracts(draw) -> cm.Contract:
    term = cm.Term(draw(parts), draw(st.lists(parts, max_size=3)))
    annual = cm.Money.from_pence(draw(st.integers(0, 10_000_000_000)))
    uplift = draw(uplifts)
    indexation = cm.Indexation.none() if uplift is None else cm.Indexation.fixed(uplift[0], from_year=uplift[1])
    c = cm.Contract("random", "p", draw(starts), term, annual_value=annual, indexation=indexation)
    for number in range(1, len(term.extension_months) + 1):
        decision = draw(decisions)
        if c.options[number - 1].status != "pending" or decision == "leave":
            break  # declined with an earlier one, or left pending with the later ones
        if decision == "exercise":
            c.exercise(number)
        else:
            c.decline(number)
    if draw(st.booleans()) and all(option.status != "pending" for option in c.options):
        c.modify(ground=draw(st.sampled_from(list(cm.ModificationGround))), months=draw(st.integers(1, 24)))
    if draw(st.booleans()):
        # Up to half the year-1 value less, or as much again more, from a monthly anniversary.
        months = c.month_at(c.current_end + dt.timedelta(days=1))
        effective = cm.add_months(c.start, draw(st.integers(0, months - 1)))
        change = annual.multiply(cm.Rate.ratio(draw(st.integers(-50, 100)), 100)) or cm.Money.from_pence(1)
        try:
            c.modify(ground="other", annual_change=change, effective=effective)
        except cm.InvalidInputError as error:
            assert error.id == "commissioning.contract.010"  # only a cut below zero is refused
    return c


@settings(max_examples=100)
@given(contracts())
def test_every_profile_sums_exactly_to_the_value_it_splits(c):
    for scope in ("current", "base", "maximum"):
        whole = c.value(scope)
        years = c.contract_years(scope)
        assert years.total == whole
        assert years[0].period.first == c.start
        assert years[-1].period.last == c.end(scope)
        for year in years:  # counted from the start, never from the previous year's end
            assert year.period.first == cm.add_years(c.start, year.number - 1)
        for earlier, later in zip(years, years[1:]):
            assert later.period.first == earlier.period.last + dt.timedelta(days=1)
        for rule_name in ("monthly", "daily"):
            profile = c.profile(scope, rule_name)
            assert profile.total == whole
            assert sum((amount for _, amount in profile), cm.Money()) == whole
            assert profile[0].year.contains(c.start)
            assert profile[-1].year.contains(c.end(scope))
    for rule in cm.ApportionRule:
        assert c.spend_to(c.current_end, rule) == c.current_value
        assert c.spend_between(c.start, c.current_end, rule) == c.current_value


@settings(max_examples=100)
@given(contracts())
def test_a_contract_pickles_to_an_equal_contract(c):
    restored = pickle.loads(pickle.dumps(c))
    assert restored == c
    assert restored.profile() == c.profile()
