"""Budget envelopes by financial year, the commitments against them, and the position that
results: every year's headroom or shortfall, and every breach with the lines behind it."""

import datetime as dt
import doctest
import pickle
from decimal import Decimal

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import commissioning as cm

IN_HOUSE_YEARS = ("1 April 2018", "31 March 2021")


def seed_001_cap() -> cm.Envelope:
    """Seed 001: "a maximum service value of £65k per annum" from 1 April 2018."""
    return cm.Envelope.flat("Young carers (in-house)", "£65,000", "2018-19", "2020-21")


def in_house_team(per_year: str) -> cm.Commitment:
    return cm.Commitment.annual("In-house team", "Herefordshire Council", per_year, IN_HOUSE_YEARS)


def kent_as_extended() -> cm.Contract:
    """Seed 004: 1 May 2016, 3+1+1 at £325,484, both options, then a year under 72(1)(c)."""
    kent = cm.Contract("Kent Young Carers", "Imago", "1 May 2016", "3+1+1", annual_value="£325,484")
    kent.exercise(1)
    kent.exercise(2)
    kent.modify(ground="72(1)(c)", months=12)
    return kent


# ---------------------------------------------------------------- seed 001


def test_seed_001_an_in_house_team_at_the_cap_is_within_it_every_year():
    position = cm.assess(seed_001_cap(), [in_house_team("£65,000")])
    assert position.ok
    assert position.breaches == []
    assert [year.year.label for year in position.years] == ["2018-19", "2019-20", "2020-21"]
    assert all(year.headroom == cm.Money(0) for year in position.years)
    assert position.total_headroom == cm.Money(0)


def test_seed_001_an_in_house_team_at_68000_breaches_the_cap_by_3000_each_year():
    position = cm.assess(seed_001_cap(), [in_house_team("£68,000")])
    assert not position.ok
    assert [(breach.year.label, str(breach.shortfall)) for breach in position.breaches] == [
        ("2018-19", "£3,000.00"),
        ("2019-20", "£3,000.00"),
        ("2020-21", "£3,000.00"),
    ]
    for breach in position.breaches:
        assert breach.lines == [cm.BreachLine("In-house team", "Herefordshire Council", cm.Money("£68,000"))]
    assert position.years[0] == cm.YearPosition(
        year=cm.FinancialYear(2018),
        available=cm.Money("£65,000"),
        committed=cm.Money("£68,000"),
        headroom=cm.Money("-£3,000"),
        cumulative_headroom=cm.Money("-£3,000"),
    )
    assert [str(year.cumulative_headroom) for year in position.years] == ["-£3,000.00", "-£6,000.00", "-£9,000.00"]
    assert position.total_available == cm.Money("£195,000")
    assert position.total_committed == cm.Money("£204,000")
    assert position.total_headroom == cm.Money("-£9,000")


def test_a_breach_is_a_result_and_shows_in_the_repr():
    position = cm.assess(seed_001_cap(), [in_house_team("£68,000")])
    assert repr(position) == (
        "<EnvelopePosition 'Young carers (in-house)': 2018-19 to 2020-21, 3 breaches, short by £9,000.00 in all>"
    )
    assert "within the envelope every year" in repr(cm.assess(seed_001_cap(), [in_house_team("£65,000")]))


def test_the_position_as_a_data_frame_is_exact():
    frame = cm.assess(seed_001_cap(), [in_house_team("£68,000")]).to_pandas()
    assert list(frame.columns) == ["available", "committed", "headroom", "cumulative_headroom", "breach"]
    assert list(frame.index) == ["2018-19", "2019-20", "2020-21"]
    assert frame.index.name == "financial_year"
    assert frame.loc["2019-20", "headroom"] == Decimal("-3000.00")
    assert isinstance(frame.loc["2019-20", "headroom"], Decimal)
    assert frame["headroom"].sum() == Decimal("-9000.00")
    assert frame["breach"].tolist() == [True, True, True]
    assert frame.attrs["envelope"] == "Young carers (in-house)"


def test_the_position_as_an_html_table_marks_each_breach():
    table = cm.assess(seed_001_cap(), [in_house_team("£68,000")])._repr_html_()
    assert table.startswith('<table class="commissioning-envelope-position">')
    assert table.count('<tr class="breach">') == 3
    assert "over by £3,000.00: In-house team (Herefordshire Council): £68,000.00" in table
    assert '<td style="text-align: right">-£9,000.00</td>' in table


# ---------------------------------------------------------------- envelopes


def test_a_flat_envelope_takes_labels_start_years_or_financial_years():
    by_label = seed_001_cap()
    assert cm.Envelope.flat("Young carers (in-house)", 65_000, 2018, 2020) == by_label
    assert cm.Envelope.flat("Young carers (in-house)", Decimal("65000"), cm.FinancialYear(2018), "2020/21") == by_label
    assert by_label.name == "Young carers (in-house)"
    assert by_label.years == [cm.FinancialYear(2018), cm.FinancialYear(2019), cm.FinancialYear(2020)]
    assert by_label.first_year == cm.FinancialYear(2018)
    assert by_label.last_year == cm.FinancialYear(2020)
    assert by_label.by_year == {
        "2018-19": cm.Money("£65,000"),
        "2019-20": cm.Money("£65,000"),
        "2020-21": cm.Money("£65,000"),
    }
    assert by_label.total == cm.Money("£195,000")
    assert by_label.cap is None
    assert by_label.start_month == 4


def test_a_year_outside_the_envelope_has_nothing_available():
    budget = seed_001_cap()
    assert budget.available("2019-20") == cm.Money("£65,000")
    assert budget.available(2019) == cm.Money("£65,000")
    assert budget.available(cm.FinancialYear(2021)) == cm.Money(0)
    assert budget.available("2017-18") == cm.Money(0)


def test_an_envelope_per_year_from_a_dict_pairs_or_a_series():
    amounts = {"2021-22": "£2,924,295.28", "2022-23": "£1,924,295.28"}
    from_dict = cm.Envelope.per_year("Early help", amounts)
    assert from_dict.by_year == {"2021-22": cm.Money("£2,924,295.28"), "2022-23": cm.Money("£1,924,295.28")}
    assert cm.Envelope.per_year("Early help", list(amounts.items())) == from_dict
    assert cm.Envelope.per_year("Early help", [(2021, 2_924_295.28), (2022, Decimal("1924295.28"))]) == from_dict
    assert cm.Envelope.per_year("Early help", pd.Series(amounts)) == from_dict
    assert from_dict.total == cm.Money("£4,848,590.56")


def test_years_between_those_given_have_nothing():
    budget = cm.Envelope.per_year("Gappy", {2021: 100, 2023: 300})
    assert budget.years == [cm.FinancialYear(2021), cm.FinancialYear(2022), cm.FinancialYear(2023)]
    assert budget.by_year == {"2021-22": cm.Money(100), "2022-23": cm.Money(0), "2023-24": cm.Money(300)}


def test_an_uplifted_envelope_rounds_each_year_before_the_next_uplift():
    budget = cm.Envelope.uplifted("Young carers", "£65,000", "2.5%", "2018-19", "2020-21")
    assert budget.by_year == {
        "2018-19": cm.Money("£65,000.00"),
        "2019-20": cm.Money("£66,625.00"),
        "2020-21": cm.Money("£68,290.63"),  # £68,290.625 rounded half away from zero
    }
    # £10.10 x 1.05 = £10.605: half away from zero gives £10.61, half even £10.60.
    assert cm.Envelope.uplifted("x", "£10.10", "5%", 2020, 2021).available(2021) == cm.Money("£10.61")
    assert cm.Envelope.uplifted("x", "£10.10", "5%", 2020, 2021, rounding="half_even").available(2021) == cm.Money(
        "£10.60"
    )


def test_a_cap_lowers_every_year_above_it_and_an_earlier_lower_cap_still_holds():
    budget = cm.Envelope.per_year("Early help", {2021: "£2,924,295.28", 2022: "£1,924,295.28"})
    capped = budget.capped_at("£2,000,000")
    assert capped.by_year == {"2021-22": cm.Money("£2,000,000"), "2022-23": cm.Money("£1,924,295.28")}
    assert capped.cap == cm.Money("£2,000,000")
    assert budget.cap is None  # the original is unchanged
    assert capped.capped_at("£3,000,000").cap == cm.Money("£2,000,000")
    assert repr(capped) == "<Envelope 'Early help': 2021-22 to 2022-23, £3,924,295.28, capped at £2,000,000.00>"


def test_financial_years_may_start_in_another_month():
    july = cm.Envelope.flat("Academic year", "£10,000", cm.FinancialYear(2022, start_month=7), 2023)
    assert july.start_month == 7
    assert july.years == [cm.FinancialYear(2022, 7), cm.FinancialYear(2023, 7)]
    calendar = cm.Envelope.flat("Calendar", 1, 2022, 2023, start_month=1)
    assert list(calendar.by_year) == ["2022", "2023"]
    with pytest.raises(cm.InvalidInputError) as caught:
        seed_001_cap().available(cm.FinancialYear(2019, start_month=1))
    assert caught.value.id == "commissioning.financial_year.004"
    with pytest.raises(cm.InvalidInputError) as caught:
        cm.Envelope.flat("x", 1, cm.FinancialYear(2022, start_month=7), 2023, start_month=4)
    assert caught.value.id == "commissioning.financial_year.004"


def test_the_envelope_as_a_series_and_an_html_table():
    series = seed_001_cap().to_pandas()
    assert series.name == "Young carers (in-house)"
    assert series.index.name == "financial_year"
    assert series.to_dict() == {
        "2018-19": Decimal("65000.00"),
        "2019-20": Decimal("65000.00"),
        "2020-21": Decimal("65000.00"),
    }
    assert series.sum() == Decimal("195000.00")
    table = seed_001_cap().capped_at(60_000)._repr_html_()
    assert "<caption>Young carers (in-house) (capped at £60,000.00)</caption>" in table
    assert '<th>Total</th><td style="text-align: right">£180,000.00</td>' in table


ENVELOPE_ERRORS = [
    (
        lambda: cm.Envelope.per_year("Twice", {"2021-22": 1, 2021: 2}),
        cm.InvalidInputError,
        "commissioning.envelope.001",
    ),
    (lambda: cm.Envelope.per_year("Empty", {}), cm.InvalidInputError, "commissioning.envelope.001"),
    (
        lambda: cm.Envelope.per_year("Months", [(cm.FinancialYear(2021), 1), (cm.FinancialYear(2022, 7), 1)]),
        cm.InvalidInputError,
        "commissioning.envelope.001",
    ),
    (lambda: seed_001_cap().capped_at("-£1"), cm.InvalidInputError, "commissioning.envelope.002"),
    (lambda: cm.Envelope.flat("Negative", "-£1", 2021, 2022), cm.InvalidInputError, "commissioning.envelope.002"),
    (lambda: cm.Envelope.flat("Backwards", 1, 2022, 2021), cm.InvalidInputError, "commissioning.financial_year.005"),
    (lambda: cm.Envelope.flat("Label", 1, "2022-24", 2023), cm.InvalidInputError, "commissioning.financial_year.003"),
    (lambda: cm.Envelope.flat("Year", 1, 2**40, 2**40), cm.OutOfRangeError, "commissioning.date.003"),
    (lambda: in_house_team("-£1"), cm.InvalidInputError, "commissioning.envelope.002"),
    (
        lambda: cm.Commitment.per_year("Twice", "p", [(2021, 1), ("2021-22", 1)]),
        cm.InvalidInputError,
        "commissioning.envelope.001",
    ),
    (lambda: cm.Commitment.per_year("Negative", "p", {2021: -1}), cm.InvalidInputError, "commissioning.envelope.002"),
]


@pytest.mark.parametrize(("action", "error", "error_id"), ENVELOPE_ERRORS, ids=[case[2] for case in ENVELOPE_ERRORS])
def test_refused_envelopes_and_commitments_raise_the_documented_ids(action, error, error_id):
    with pytest.raises(error) as caught:
        action()
    assert caught.value.id == error_id


def test_the_messages_name_the_value_refused():
    twice = r"^\[commissioning\.envelope\.001\] the envelope gives 2021-22 twice"
    with pytest.raises(cm.InvalidInputError, match=twice):
        cm.Envelope.per_year("Twice", {"2021-22": 1, 2021: 2})
    with pytest.raises(cm.InvalidInputError, match=r"a cap cannot be negative, got -£1\.00"):
        seed_001_cap().capped_at("-£1")


def test_misused_arguments_are_type_errors():
    with pytest.raises(TypeError):
        cm.Envelope.flat("x", 1, 2021.0, 2022)
    with pytest.raises(TypeError):
        cm.Envelope.per_year("x", [2021, 2022])
    with pytest.raises(TypeError):
        cm.Envelope.per_year("x", "2021-22")
    with pytest.raises(TypeError):
        cm.Commitment.annual("x", "p", 1, "1 April 2018")
    with pytest.raises(TypeError):
        cm.assess(seed_001_cap(), [seed_001_cap()])


# ---------------------------------------------------------------- commitments


def test_an_annual_commitment_from_1_october_costs_half_the_first_year():
    line = cm.Commitment.annual("Young Carers", "Imago", "£425,484.88", cm.Period("1 October 2020", "31 March 2022"))
    assert line.by_year == {"2020-21": cm.Money("£212,742.44"), "2021-22": cm.Money("£425,484.88")}
    assert line.in_year("2020-21") == cm.Money("£212,742.44")
    assert line.in_year(2019) == cm.Money(0)
    assert line.total == cm.Money("£638,227.32")
    assert line.years == [cm.FinancialYear(2020), cm.FinancialYear(2021)]
    assert line.name == "Young Carers"
    assert line.provider == "Imago"
    assert line.start_month == 4


def test_an_annual_commitment_takes_a_period_a_financial_year_or_a_pair_of_dates():
    over_pair = in_house_team("£68,000")
    over_period = cm.Period(*IN_HOUSE_YEARS)
    assert cm.Commitment.annual("In-house team", "Herefordshire Council", 68_000, over_period) == over_pair
    assert cm.Commitment.annual(
        "In-house team", "Herefordshire Council", 68_000, (dt.date(2018, 4, 1), dt.date(2021, 3, 31))
    ) == over_pair
    one_year = cm.Commitment.annual("x", "p", 68_000, cm.FinancialYear(2018))
    assert one_year.by_year == {"2018-19": cm.Money(68_000)}


def test_a_contract_commits_its_financial_year_profile():
    # Seed 004: 2016-17 is 11/12 of £325,484 and 2022-23 the last month.
    line = cm.Commitment.of(kent_as_extended())
    assert line.name == "Kent Young Carers"
    assert line.provider == "Imago"
    assert list(line.by_year) == ["2016-17", "2017-18", "2018-19", "2019-20", "2020-21", "2021-22", "2022-23"]
    assert line.in_year("2016-17") == cm.Money("£298,360.33")
    assert line.in_year("2022-23") == cm.Money("£27,123.67")
    assert line.total == cm.Money("£1,952,904.00") == kent_as_extended().current_value
    base = cm.Commitment.of(kent_as_extended(), "base", start_month=1)
    assert base.by_year == {
        "2016": cm.Money("£216,989.33"),
        "2017": cm.Money("£325,484.00"),
        "2018": cm.Money("£325,484.00"),
        "2019": cm.Money("£108,494.67"),
    }
    assert base.total == cm.Money("£976,452.00")


def test_a_commitment_per_year_and_as_a_series():
    line = cm.Commitment.per_year("Grant", "Carers Trust", {"2021-22": "£1,000", 2022: 1_200})
    assert line.by_year == {"2021-22": cm.Money(1_000), "2022-23": cm.Money(1_200)}
    series = line.to_pandas()
    assert series.name == "Grant"
    assert series.to_dict() == {"2021-22": Decimal("1000.00"), "2022-23": Decimal("1200.00")}
    assert repr(line) == "<Commitment 'Grant' (Carers Trust): 2021-22 to 2022-23, £2,200.00>"


def test_a_commitment_whose_years_start_in_another_month_is_refused():
    january = cm.Commitment.annual("x", "p", 12_000, IN_HOUSE_YEARS, start_month=1)
    with pytest.raises(cm.InvalidInputError) as caught:
        cm.assess(seed_001_cap(), [january])
    assert caught.value.id == "commissioning.financial_year.004"
    with pytest.raises(cm.InvalidInputError) as caught:
        january.in_year(cm.FinancialYear(2019))
    assert caught.value.id == "commissioning.financial_year.004"


def test_a_commitment_keeps_its_start_month_however_it_is_made():
    # The month goes with the commitment itself, so that assess can set it against an envelope
    # whose years start in that month (once only Commitment.annual could).
    january = {
        "of": cm.Commitment.of(kent_as_extended(), start_month=1),
        "annual": cm.Commitment.annual("x", "p", 12_000, IN_HOUSE_YEARS, start_month=1),
        "per_year": cm.Commitment.per_year("x", "p", {2019: 1}, start_month=1),
        "per_year of FinancialYears": cm.Commitment.per_year("x", "p", {cm.FinancialYear(2019, 1): 1}),
    }
    for how, line in january.items():
        assert line.start_month == 1, how
        assert pickle.loads(pickle.dumps(line)).start_month == 1, how


def test_commitment_per_year_refuses_a_year_outside_the_start_month_given():
    with pytest.raises(cm.InvalidInputError) as caught:
        cm.Commitment.per_year("x", "p", {cm.FinancialYear(2019): 1}, start_month=1)
    assert caught.value.id == "commissioning.financial_year.004"
    with pytest.raises(cm.InvalidInputError) as caught:
        cm.Commitment.per_year("x", "p", [(cm.FinancialYear(2019), 1), (cm.FinancialYear(2020, 7), 1)])
    assert caught.value.id == "commissioning.envelope.001"


# ---------------------------------------------------------------- assessing


def test_a_contract_running_past_the_envelope_shows_the_years_with_nothing_available():
    budget = cm.Envelope.per_year("Young carers", {year: "£330,000" for year in ("2016-17", "2017-18", "2018-19")})
    position = cm.assess(budget, [kent_as_extended()])  # a Contract counts as its commitment
    assert position == cm.assess(budget, [cm.Commitment.of(kent_as_extended())])
    assert [year.year.label for year in position.years][-1] == "2022-23"
    assert position.years[0].headroom == cm.Money("£31,639.67")
    assert position.years[2].cumulative_headroom == cm.Money("£40,671.67")
    assert position.years[3].available == cm.Money(0)
    assert [breach.year.label for breach in position.breaches] == ["2019-20", "2020-21", "2021-22", "2022-23"]
    assert position.breaches[-1].shortfall == cm.Money("£27,123.67")
    assert position.total_headroom == cm.Money("-£962,904.00")


def test_a_breach_lists_the_lines_committing_money_largest_first():
    budget = cm.Envelope.flat("Early help", "£2,000,000", 2020, 2020)
    lines = [
        cm.Commitment.annual("Young Carers", "Imago", "£325,484.88", cm.FinancialYear(2020)),
        cm.Commitment.annual("Family Support", "Porchlight", "£1,240,000.00", cm.FinancialYear(2020)),
        cm.Commitment.annual("Family Support", "Project Salus", "£860,400.00", cm.FinancialYear(2020)),
        cm.Commitment.annual("Nothing this year", "None", 1_000, cm.FinancialYear(2022)),
    ]
    position = cm.assess(budget, lines)
    breach = position.breaches[0]
    assert breach.year == cm.FinancialYear(2020)
    assert breach.shortfall == cm.Money("£425,884.88")
    assert [(line.provider, str(line.amount)) for line in breach.lines] == [
        ("Porchlight", "£1,240,000.00"),
        ("Project Salus", "£860,400.00"),
        ("Imago", "£325,484.88"),
    ]
    assert [year.year.label for year in position.years] == ["2020-21", "2021-22", "2022-23"]
    assert position.years[1].headroom == cm.Money(0)  # nothing available, nothing committed: no breach
    assert len(position.breaches) == 2


def test_no_commitments_leave_the_whole_envelope_as_headroom():
    position = cm.assess(seed_001_cap(), [])
    assert position.ok
    assert position.total_headroom == cm.Money("£195,000")
    assert position.envelope_name == "Young carers (in-house)"


def test_envelopes_and_positions_pickle_and_compare():
    position = cm.assess(seed_001_cap(), [in_house_team("£68,000")])
    for value in (seed_001_cap(), seed_001_cap().capped_at(60_000), in_house_team("£68,000"), position):
        assert pickle.loads(pickle.dumps(value)) == value
    assert hash(seed_001_cap()) == hash(cm.Envelope.flat("Young carers (in-house)", 65_000, 2018, 2020))
    assert seed_001_cap() != seed_001_cap().capped_at(60_000)
    assert hash(in_house_team("£1")) == hash(in_house_team("£1"))
    with pytest.raises(TypeError):
        hash(position)


# ---------------------------------------------------------------- properties

pence = st.integers(min_value=0, max_value=10**10)
years = st.integers(min_value=2015, max_value=2030)


@st.composite
def envelopes_and_commitments(draw):
    first = draw(years)
    last = draw(st.integers(min_value=first, max_value=first + 6))
    amounts = {year: cm.Money.from_pence(draw(pence)) for year in range(first, last + 1)}
    budget = cm.Envelope.per_year("Budget", amounts)
    commitments = []
    for number in range(draw(st.integers(min_value=0, max_value=5))):
        start = draw(years)
        end = draw(st.integers(min_value=start, max_value=start + 4))
        commitments.append(
            cm.Commitment.per_year(
                f"Line {number}", "p", {year: cm.Money.from_pence(draw(pence)) for year in range(start, end + 1)}
            )
        )
    return budget, commitments


@settings(max_examples=100)
@given(envelopes_and_commitments())
def test_the_headroom_always_reconciles_to_the_penny(case):
    budget, commitments = case
    position = cm.assess(budget, commitments)
    available = sum((year.available for year in position.years), cm.Money())
    committed = sum((year.committed for year in position.years), cm.Money())
    assert available == budget.total
    assert committed == sum((line.total for line in commitments), cm.Money())
    headroom = sum((year.headroom for year in position.years), cm.Money())
    assert headroom == available - committed == position.total_headroom
    assert position.years[-1].cumulative_headroom == headroom
    for year in position.years:
        assert year.headroom == year.available - year.committed
    over = [year for year in position.years if year.headroom < cm.Money()]
    assert [breach.year for breach in position.breaches] == [year.year for year in over]
    for breach, year in zip(position.breaches, over):
        assert breach.shortfall == -year.headroom
        assert sum((line.amount for line in breach.lines), cm.Money()) == year.committed
        assert [line.amount for line in breach.lines] == sorted((line.amount for line in breach.lines), reverse=True)
    assert position.ok == (not over)


# ---------------------------------------------------------------- years that do not start in April


def kent_as_awarded() -> cm.Contract:
    """Seed 004 as awarded: 1 May 2016, 3+1+1 at £325,484, no option taken yet."""
    return cm.Contract("Kent Young Carers", "Imago", "1 May 2016", "3+1+1", annual_value="£325,484")


def calendar_years(per_year) -> cm.Envelope:
    """A body whose financial years are calendar years, 2016 to 2019."""
    return cm.Envelope.flat("Calendar-year body", per_year, 2016, 2019, start_month=1)


def headroom(position: cm.EnvelopePosition) -> list[str]:
    return [str(year.headroom) for year in position.years]


# The base term (1 May 2016 to 30 April 2019 at £325,484) in calendar years: each contract year
# falls 8 months (May to December) in one year and 4 in the next:
#   32,548,400p x 8/12 = 21,698,933.33p -> £216,989.33;  x 4/12 = 10,849,466.67p -> £108,494.67
#   2016 £216,989.33;  2017 and 2018 £108,494.67 + £216,989.33 = £325,484;  2019 £108,494.67.
# Against £300,000 a year: headroom £83,010.67, -£25,484, -£25,484, £191,505.33.
KENT_IN_CALENDAR_YEARS = ["£83,010.67", "-£25,484.00", "-£25,484.00", "£191,505.33"]


@pytest.mark.parametrize("line", ["contract", "Commitment.of"])
def test_a_contract_against_an_envelope_of_calendar_years(line):
    kent = kent_as_awarded()
    commitment = kent if line == "contract" else cm.Commitment.of(kent, start_month=1)
    position = cm.assess(calendar_years("£300,000"), [commitment])
    assert [year.year.label for year in position.years] == ["2016", "2017", "2018", "2019"]
    assert [str(year.committed) for year in position.years] == [
        "£216,989.33", "£325,484.00", "£325,484.00", "£108,494.67"]
    assert headroom(position) == KENT_IN_CALENDAR_YEARS
    assert [(b.year.label, str(b.shortfall)) for b in position.breaches] == [
        ("2017", "£25,484.00"), ("2018", "£25,484.00")]
    assert position.total_headroom == cm.Money("£223,548")  # £1,200,000 - £976,452


def test_an_annual_cost_against_an_envelope_of_calendar_years():
    # £12,000 a year from 1 April 2018 to 31 March 2021: 2018 April to December, 9/12 = £9,000;
    # 2019 and 2020 £12,000; 2021 January to March, 3/12 = £3,000. Against £10,000 a year:
    # headroom £1,000, -£2,000, -£2,000, £7,000.
    budget = cm.Envelope.flat("Calendar-year body", "£10,000", 2018, 2021, start_month=1)
    team = cm.Commitment.annual("Team", "p", "£12,000", IN_HOUSE_YEARS, start_month=1)
    position = cm.assess(budget, [team])
    assert [str(year.committed) for year in position.years] == ["£9,000.00", "£12,000.00", "£12,000.00", "£3,000.00"]
    assert headroom(position) == ["£1,000.00", "-£2,000.00", "-£2,000.00", "£7,000.00"]


@pytest.mark.parametrize(
    "amounts",
    [{"2017": "£250,000", 2018: "£350,000"},
     [(cm.FinancialYear(2017, 1), "£250,000"), (cm.FinancialYear(2018, 1), "£350,000")]],
    ids=["labels with start_month", "FinancialYears"])
def test_amounts_per_year_against_an_envelope_of_calendar_years(amounts):
    # £250,000 in 2017 and £350,000 in 2018 against £300,000 a year: headroom £300,000, £50,000,
    # -£50,000, £300,000; one breach, 2018, by £50,000.
    start = {"start_month": 1} if isinstance(amounts, dict) else {}
    grant = cm.Commitment.per_year("Grant", "p", amounts, **start)
    position = cm.assess(calendar_years("£300,000"), [grant])
    assert headroom(position) == ["£300,000.00", "£50,000.00", "-£50,000.00", "£300,000.00"]
    assert [(b.year.label, str(b.shortfall)) for b in position.breaches] == [("2018", "£50,000.00")]
    assert grant.in_year(cm.FinancialYear(2018, 1)) == grant.in_year("2018") == cm.Money("£350,000")


def test_each_way_of_committing_against_an_envelope_of_july_years():
    # The base term in years from 1 July: each contract year falls 2 months (May, June) in one
    # year and 10 in the next:
    #   32,548,400p x 2/12 = 5,424,733.33p -> £54,247.33;  x 10/12 = 27,123,666.67p -> £271,236.67
    #   2015-16 £54,247.33;  2016-17 and 2017-18 £325,484;  2018-19 £271,236.67.
    # With £10,000 a year from 1 July 2016 to 30 June 2018 and £5,000 in 2018-19: committed
    # £54,247.33, £335,484, £335,484, £276,236.67; against £330,000 a year, headroom
    # £275,752.67, -£5,484, -£5,484, £53,763.33.
    july = cm.Envelope.flat("July body", "£330,000", cm.FinancialYear(2015, 7), 2018)
    lines = [
        kent_as_awarded(),
        cm.Commitment.annual("Team", "p", "£10,000", ("1 July 2016", "30 June 2018"), start_month=7),
        cm.Commitment.per_year("Grant", "p", {2018: "£5,000"}, start_month=7),
    ]
    position = cm.assess(july, lines)
    assert [year.year for year in position.years] == [cm.FinancialYear(y, 7) for y in (2015, 2016, 2017, 2018)]
    assert [str(year.committed) for year in position.years] == [
        "£54,247.33", "£335,484.00", "£335,484.00", "£276,236.67"]
    assert headroom(position) == ["£275,752.67", "-£5,484.00", "-£5,484.00", "£53,763.33"]
    assert cm.assess(july, [cm.Commitment.of(kent_as_awarded(), start_month=7)]) == cm.assess(
        july, [kent_as_awarded()])


def test_a_commitment_in_another_months_years_is_the_same_error_in_cpp_and_python():
    # One C++ check, financial_year.004, whichever way the commitment was made.
    message = (r"^\[commissioning\.financial_year\.004\] cannot compare financial years that start in different "
               r"months \(the commitment 'x' in month 1, the envelope 'Young carers \(in-house\)' in month 4\)$")
    for line in (cm.Commitment.of(cm.Contract("x", "p", "1 May 2016", "3", annual_value=1), start_month=1),
                 cm.Commitment.annual("x", "p", 1, IN_HOUSE_YEARS, start_month=1),
                 cm.Commitment.per_year("x", "p", {2019: 1}, start_month=1)):
        with pytest.raises(cm.InvalidInputError, match=message):
            cm.assess(seed_001_cap(), [line])
    with pytest.raises(cm.InvalidInputError) as caught:
        cm.assess(calendar_years(1), [kent_as_awarded(), cm.Commitment.of(kent_as_awarded())])
    assert caught.value.id == "commissioning.financial_year.004"


# ---------------------------------------------------------------- medium-term view


def test_a_medium_term_view_shows_the_gap_to_close_each_year():
    budget = cm.Envelope.flat("Early help", "£1,924,295.28", 2021, 2024)
    view = cm.medium_term_view(budget, "£1,924,295.28", "3%", {"2023-24": "£50,000"})
    assert [year.year.label for year in view] == ["2021-22", "2022-23", "2023-24", "2024-25"]
    assert view[0].gap == cm.Money(0)
    assert view[1] == cm.MediumTermYear(
        year=cm.FinancialYear(2022),
        budget=cm.Money("£1,924,295.28"),
        cost=cm.Money("£1,982,024.14"),  # 3% on the year before, rounded to the penny
        savings=cm.Money(0),
        gap=cm.Money("£57,728.86"),
    )
    assert view[2].savings == cm.Money("£50,000")
    assert view[2].gap == view[2].cost - view[2].savings - view[2].budget
    assert view[-1].cost == cm.Money("£2,102,729.41")
    assert len(view) == 4
    assert view.total_gap == cm.Money("£303,352.57")
    assert view.envelope_name == "Early help"
    assert view.base_cost == cm.Money("£1,924,295.28")
    assert view.inflation == cm.Rate("3%")
    frame = view.to_pandas()
    assert list(frame.columns) == ["budget", "cost", "savings", "gap"]
    assert frame.loc["2022-23", "gap"] == Decimal("57728.86")
    assert frame["gap"].sum() == Decimal("303352.57")
    assert "costs rising 3% a year" in view._repr_html_()
    assert pickle.loads(pickle.dumps(view)) == view


def test_medium_term_savings_outside_the_envelope_are_refused_not_dropped():
    budget = cm.Envelope.flat("Early help", 1_000, 2021, 2022)
    with pytest.raises(ValueError, match="savings_by_year gives 2025-26, outside the envelope 'Early help'"):
        cm.medium_term_view(budget, 1_000, "3%", {2025: 10})
    with pytest.raises(ValueError, match="twice"):
        cm.medium_term_view(budget, 1_000, "3%", [(2021, 10), ("2021-22", 10)])
    # The C++ check, with its id.
    for savings in ({2025: 10}, [(2021, 10), ("2021-22", 10)]):
        with pytest.raises(cm.InvalidInputError) as caught:
            cm.medium_term_view(budget, 1_000, "3%", savings)
        assert caught.value.id == "commissioning.envelope.004"
    with pytest.raises(cm.InvalidInputError) as caught:
        cm.medium_term_view(budget, 1_000, "3%", {cm.FinancialYear(2021, 1): 10})
    assert caught.value.id == "commissioning.financial_year.004"


def test_medium_term_rounding_is_named():
    budget = cm.Envelope.flat("x", 0, 2020, 2021)
    assert cm.medium_term_view(budget, "£10.10", "5%")[1].cost == cm.Money("£10.61")
    assert cm.medium_term_view(budget, "£10.10", "5%", rounding=cm.Rounding.HALF_EVEN)[1].cost == cm.Money("£10.60")


# ---------------------------------------------------------------- the docstrings' examples

BUDGET_LAYER = [
    "Envelope", "Commitment", "EnvelopePosition", "assess", "Portfolio", "PortfolioChange", "ProposalResult",
    "apply_changes", "Statement", "Reconciliation", "reconcile", "MediumTermView", "medium_term_view", "Delivery",
]


@pytest.mark.parametrize("name", BUDGET_LAYER)
def test_the_docstring_examples_run(name):
    runner = doctest.DocTestRunner(optionflags=doctest.NORMALIZE_WHITESPACE)
    for test in doctest.DocTestFinder().find(getattr(cm, name), name, globs=dict(vars(cm))):
        runner.run(test)
    assert runner.summarize(verbose=False).failed == 0


def test_the_package_docstring_examples_run():
    runner = doctest.DocTestRunner()
    for test in doctest.DocTestFinder(recurse=False).find(cm, "commissioning", globs={"cm": cm}):
        runner.run(test)
    results = runner.summarize(verbose=False)
    assert results.attempted > 0
    assert results.failed == 0


def test_a_contract_commitment_names_the_term_it_covers():
    """Issue 16: no silent scope. A contract set against an envelope says which term it commits."""
    contract = cm.Contract("Kent Young Carers", "to be procured", "1 April 2022", "3+1+1", annual_value="£325,500")
    budget = cm.Envelope.flat("Young carers", "£325,500", "2022-23", "2026-27")
    assert cm.Commitment.of(contract, scope="maximum").basis == "the maximum term, to 31 March 2027"
    position = cm.assess(budget, [contract])  # a plain Contract commits its current term
    assert position.bases == ("Kent Young Carers over the current term, to 31 March 2025",)
    assert "Commitments: the payments of Kent Young Carers over the current term, to 31 March 2025." in (
        cm.envelope_position_table(position).notes)
    assert pickle.loads(pickle.dumps(position)) == position
