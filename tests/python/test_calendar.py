"""Dates, financial years and periods."""

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

import commissioning as cm

supported_dates = st.dates(min_value=dt.date(1000, 1, 1), max_value=dt.date(9998, 12, 31))
# Dates whose financial year (whatever its start month) lies within the supported years:
# 1 January 1000 falls in 999-00 for any year that does not start in January.
financial_dates = st.dates(min_value=dt.date(1001, 1, 1), max_value=dt.date(9997, 12, 31))


# ---------------------------------------------------------------- dates


@pytest.mark.parametrize(
    "text", ["2016-05-01", "1 May 2016", "01/05/2016", "1/5/2016", "1st May 2016", "1 may 2016", " 1 May 2016 "]
)
def test_parse_date_reads_the_forms_councils_write(text):
    assert cm.parse_date(text) == dt.date(2016, 5, 1)


def test_parse_date_reads_september_abbreviations():
    assert cm.parse_date("30th Sept 2020") == dt.date(2020, 9, 30)
    assert cm.parse_date("30 Sep 2020") == dt.date(2020, 9, 30)


def test_parse_date_returns_a_datetime_date():
    assert type(cm.parse_date("2016-05-01")) is dt.date


@pytest.mark.parametrize("text", ["2021-02-29", "31/04/2020", "1900-02-29", "2100-02-29", "2023-13-01"])
def test_parse_date_refuses_days_not_in_the_calendar(text):
    with pytest.raises(cm.InvalidInputError, match=r"\[commissioning\.date\.00[12]\]"):
        cm.parse_date(text)


def test_parse_date_names_the_day_not_in_the_calendar():
    with pytest.raises(cm.InvalidInputError, match=r"\[commissioning\.date\.002\] '31/04/2020'"):
        cm.parse_date("31/04/2020")


@pytest.mark.parametrize("text", ["", "yesterday", "2016/05/01", "1 Mayo 2016", "2016-5-1"])
def test_parse_date_refuses_text_that_is_not_a_date(text):
    with pytest.raises(cm.InvalidInputError, match=r"\[commissioning\.date\.001\]"):
        cm.parse_date(text)


@pytest.mark.parametrize("day", [dt.date(year, 2, 29) for year in (2000, 2016, 2020, 2024)])
def test_leap_days_exist_in_leap_years(day):
    assert cm.parse_date(day.isoformat()) == day


def test_1900_and_2100_are_not_leap_years():
    for year in (1900, 2100):
        with pytest.raises(cm.InvalidInputError, match=r"\[commissioning\.date\.002\]"):
            cm.parse_date(f"29/02/{year}")


def test_years_outside_1000_to_9999_are_out_of_range():
    with pytest.raises(cm.OutOfRangeError, match=r"\[commissioning\.date\.003\]"):
        cm.to_long_string(dt.date(999, 12, 31))
    with pytest.raises(cm.OutOfRangeError, match=r"\[commissioning\.date\.003\]"):
        cm.add_years("2016-05-01", 8000)


def test_functions_take_dates_datetimes_at_midnight_and_text():
    assert cm.to_long_string(dt.date(2016, 5, 1)) == "1 May 2016"
    assert cm.to_long_string(dt.datetime(2016, 5, 1)) == "1 May 2016"
    assert cm.to_long_string("2016-05-01") == "1 May 2016"
    assert cm.to_long_string("30/04/2019") == "30 April 2019"


def test_a_datetime_with_a_time_of_day_is_refused():
    with pytest.raises(cm.InvalidInputError, match=r"\[commissioning\.date\.004\] 2016-05-01 09:30:00"):
        cm.to_long_string(dt.datetime(2016, 5, 1, 9, 30))


def test_dates_of_other_types_are_a_type_error():
    with pytest.raises(TypeError):
        cm.to_long_string(20160501)  # type: ignore[arg-type]


def test_add_months_clamps_to_the_end_of_a_shorter_month():
    assert cm.add_months("2023-01-31", 1) == dt.date(2023, 2, 28)
    assert cm.add_months("2024-01-31", 1) == dt.date(2024, 2, 29)
    assert cm.add_months("2016-05-01", 36) == dt.date(2019, 5, 1)
    assert cm.add_months("2016-05-31", -1) == dt.date(2016, 4, 30)


def test_add_years_clamps_29_february_to_28_february():
    assert cm.add_years("2016-02-29", 1) == dt.date(2017, 2, 28)
    assert cm.add_years("2016-02-29", 4) == dt.date(2020, 2, 29)
    assert cm.add_years("2016-05-01", -1) == dt.date(2015, 5, 1)


@given(supported_dates)
def test_dates_round_trip_through_their_text(day):
    assert cm.parse_date(day.isoformat()) == day
    assert cm.parse_date(cm.to_long_string(day)) == day
    assert cm.parse_date(day.strftime("%d/%m/%Y")) == day


# ---------------------------------------------------------------- financial years


def test_financial_year_runs_1_april_to_31_march():
    fy = cm.FinancialYear(2022)
    assert fy.label == "2022-23"
    assert str(fy) == "2022-23"
    assert repr(fy) == "FinancialYear('2022-23')"
    assert fy.first_day == dt.date(2022, 4, 1)
    assert fy.last_day == dt.date(2023, 3, 31)
    assert fy.start_year == 2022
    assert fy.start_month == 4
    assert fy.period == cm.Period("2022-04-01", "2023-03-31")


def test_financial_year_boundary_31_march_and_1_april():
    assert cm.FinancialYear.of("31 March 2023") == cm.FinancialYear(2022)
    assert cm.FinancialYear.of("1 April 2023") == cm.FinancialYear(2023)
    assert cm.FinancialYear(2022).contains("2023-03-31")
    assert "2023-04-01" not in cm.FinancialYear(2022)
    assert dt.date(2022, 4, 1) in cm.FinancialYear(2022)


def test_financial_year_reads_labels():
    for label in ("2022-23", "2022/23", "FY2022-23", "fy 2022-23", "2022-2023"):
        assert cm.FinancialYear.parse(label) == cm.FinancialYear(2022)
    assert cm.FinancialYear("2022-23") == cm.FinancialYear(2022)


def test_financial_year_labels_across_a_century():
    assert cm.FinancialYear(1999).label == "1999-00"
    assert cm.FinancialYear.parse("1999-00") == cm.FinancialYear(1999)


def test_financial_year_refuses_bad_labels():
    with pytest.raises(cm.InvalidInputError, match=r"\[commissioning\.financial_year\.001\]"):
        cm.FinancialYear.parse("22-23")
    with pytest.raises(cm.InvalidInputError, match=r"\[commissioning\.financial_year\.003\]"):
        cm.FinancialYear.parse("2022-24")


def test_financial_year_with_another_start_month():
    fy = cm.FinancialYear(2022, start_month=7)
    assert fy.first_day == dt.date(2022, 7, 1)
    assert fy.last_day == dt.date(2023, 6, 30)
    assert repr(fy) == "FinancialYear('2022-23', start_month=7)"
    assert cm.FinancialYear.of("2023-06-30", start_month=7) == fy
    calendar = cm.FinancialYear(2022, start_month=1)
    assert calendar.label == "2022"
    assert cm.FinancialYear("2022", start_month=1) == calendar


def test_financial_year_refuses_a_month_that_cannot_start_a_year():
    for month in (0, 13, -1, 257):
        with pytest.raises(cm.InvalidInputError, match=r"\[commissioning\.financial_year\.002\]"):
            cm.FinancialYear(2022, start_month=month)


def test_financial_year_next_previous_and_ordering():
    fy = cm.FinancialYear(2022)
    assert fy.next() == cm.FinancialYear(2023)
    assert fy.previous() == cm.FinancialYear(2021)
    assert fy.previous() < fy < fy.next()
    assert max(cm.FinancialYear(2019), cm.FinancialYear(2024)) == cm.FinancialYear(2024)


def test_financial_years_in_different_start_months_do_not_order():
    assert cm.FinancialYear(2022) != cm.FinancialYear(2022, start_month=7)
    with pytest.raises(cm.InvalidInputError, match=r"\[commissioning\.financial_year\.004\]"):
        cm.FinancialYear(2022) < cm.FinancialYear(2022, start_month=7)  # noqa: B015


def test_financial_years_hash_by_value():
    assert len({cm.FinancialYear(2022), cm.FinancialYear("2022-23"), cm.FinancialYear(2023)}) == 2


def test_financial_years_lists_a_range():
    years = cm.financial_years(cm.FinancialYear(2022), cm.FinancialYear(2025))
    assert [fy.label for fy in years] == ["2022-23", "2023-24", "2024-25", "2025-26"]
    with pytest.raises(cm.InvalidInputError, match=r"\[commissioning\.financial_year\.005\]"):
        cm.financial_years(cm.FinancialYear(2023), cm.FinancialYear(2022))


def test_financial_year_outside_the_supported_years():
    with pytest.raises(cm.OutOfRangeError, match=r"\[commissioning\.date\.003\]"):
        cm.FinancialYear(9999)
    with pytest.raises(cm.OutOfRangeError, match=r"\[commissioning\.date\.003\] year 999"):
        cm.FinancialYear.of("1000-01-01")
    with pytest.raises(cm.OutOfRangeError, match=r"\[commissioning\.date\.003\]"):
        cm.FinancialYear(2**40)


@given(financial_dates, st.integers(min_value=1, max_value=12))
def test_every_date_is_in_the_financial_year_of_it(day, start_month):
    fy = cm.FinancialYear.of(day, start_month=start_month)
    assert fy.first_day <= day <= fy.last_day
    assert fy.contains(day)


# ---------------------------------------------------------------- periods


def test_period_is_inclusive_as_contracts_state_it():
    contract_year = cm.Period("1 May 2022", "30 April 2023")
    assert contract_year.first == dt.date(2022, 5, 1)
    assert contract_year.last == dt.date(2023, 4, 30)
    assert contract_year.days == 365
    assert contract_year.length() == (12, 0)
    assert contract_year.length().months == 12
    assert str(contract_year) == "1 May 2022 to 30 April 2023"
    assert repr(contract_year) == "Period('2022-05-01', '2023-04-30')"


def test_period_of_years_ends_the_day_before_the_anniversary():
    term = cm.Period.of_years("1 May 2016", 3)
    assert term == cm.Period("2016-05-01", "2019-04-30")
    assert term.days == 1095
    assert term.length() == cm.MonthsAndDays(months=36, days=0)
    assert str(cm.Period.of_years("1 May 2016", 6)) == "1 May 2016 to 30 April 2022"


def test_period_of_months():
    assert cm.Period.of_months("2016-05-01", 1) == cm.Period("2016-05-01", "2016-05-31")
    assert cm.Period("2016-05-01", "2016-06-14").length() == (1, 14)


def test_period_over_a_leap_day():
    assert cm.Period("2024-02-01", "2024-02-29").days == 29
    assert cm.Period("2023-04-01", "2024-03-31").days == 366


def test_period_refuses_to_run_backwards_or_be_empty():
    with pytest.raises(cm.InvalidInputError, match=r"\[commissioning\.period\.001\]"):
        cm.Period("2020-05-01", "2019-04-30")
    with pytest.raises(cm.InvalidInputError, match=r"\[commissioning\.period\.003\]"):
        cm.Period.of_years("2016-05-01", 0)


def test_period_intersection_and_contains():
    a = cm.Period("2022-05-01", "2023-04-30")
    b = cm.Period("2023-04-01", "2024-03-31")
    assert a.intersection(b) == cm.Period("2023-04-01", "2023-04-30")
    assert a.intersection(cm.Period("2024-01-01", "2024-12-31")) is None
    assert a.contains("2022-05-01") and a.contains("2023-04-30")
    assert "2023-05-01" not in a


def test_period_splits_by_financial_year():
    parts = cm.Period("1 May 2022", "30 April 2023").split_by_financial_year()
    assert parts == [
        (cm.FinancialYear(2022), cm.Period("2022-05-01", "2023-03-31")),
        (cm.FinancialYear(2023), cm.Period("2023-04-01", "2023-04-30")),
    ]
    assert parts[0].year == cm.FinancialYear(2022)
    assert parts[1].period.days == 30


def test_period_in_one_financial_year_is_one_part():
    parts = cm.Period("2022-04-01", "2023-03-31").split_by_financial_year()
    assert len(parts) == 1


def test_periods_hash_by_value():
    assert len({cm.Period("2022-05-01", "2023-04-30"), cm.Period("1 May 2022", "30/04/2023")}) == 1


@given(
    st.dates(min_value=dt.date(1001, 1, 1), max_value=dt.date(9989, 12, 31)),  # ends by 9998
    st.integers(min_value=0, max_value=3000),
    st.integers(min_value=1, max_value=12),
)
def test_split_by_financial_year_covers_the_period_without_gaps(first, length, start_month):
    last = first + dt.timedelta(days=length)
    whole = cm.Period(first, last)
    parts = whole.split_by_financial_year(start_month=start_month)
    assert parts[0].period.first == first
    assert parts[-1].period.last == last
    assert sum(part.period.days for part in parts) == whole.days
    for before, after in zip(parts, parts[1:]):
        assert after.period.first == before.period.last + dt.timedelta(days=1)
        assert after.year == before.year.next()
    for part in parts:
        assert part.year.contains(part.period.first) and part.year.contains(part.period.last)
