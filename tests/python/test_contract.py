"""cm.Contract: a start, a term with extension options, a price and its indexation, then
options exercised or declined and modifications; its dates and values, to the penny."""

import copy
import datetime as dt
import pickle

import pytest

import commissioning as cm

# Seed 000: "The funding available is £325,500 per annum. This equates to £1,627,500 over the
# term of the proposed contract and extensions (three years plus one plus one)."
SEED_000_SENTENCE = (
    "The funding available is £325,500 per annum. This equates to £1,627,500 over the term of the "
    "proposed contract and extensions (three years plus one plus one)."
)


def kent_as_awarded() -> cm.Contract:
    """Seed 004: "commenced on the 1 May 2016 for a term of three years with the provision to
    further extend on a one year plus one year basis"; "The total annual value of the contract
    is £325,484"."""
    return cm.Contract(
        name="Kent Young Carers", provider="Imago", start="1 May 2016", term="3+1+1", annual_value="£325,484"
    )


def kent_as_extended() -> cm.Contract:
    """Seed 004: both options taken, then "section 72 (1) c of the Public Contract Regulations
    2015 ... to further extend this contract by one year to 30 April 2022"."""
    kent = kent_as_awarded()
    kent.exercise(1)
    kent.exercise(2)
    kent.modify(ground="section 72 (1) c", months=12, description="Covid-19: a new provider could not mobilise")
    return kent


def young_carers(**pricing) -> cm.Contract:
    """Seed 002: the Young Carers contract value of £325,484.88."""
    return cm.Contract(
        name="Young Carers", provider="Imago", start="1 May 2016", term="3+1+1", annual_value="£325,484.88", **pricing
    )


# ---------------------------------------------------------------- what it is


def test_a_contract_remembers_what_was_awarded():
    kent = kent_as_awarded()
    assert kent.name == "Kent Young Carers"
    assert kent.provider == "Imago"
    assert kent.start == dt.date(2016, 5, 1)
    assert kent.term == cm.Term("3+1+1")
    assert kent.price == cm.Price.annual("£325,484")
    assert kent.indexation == cm.Indexation.none()
    assert kent.options == [cm.ExtensionOption(12, cm.OptionStatus.PENDING)] * 2
    assert kent.modifications == []
    assert kent.annual_value == cm.Money("£325,484")


def test_a_contract_reads_its_arguments_as_a_report_writes_them():
    written = cm.Contract("Kent Young Carers", "Imago", dt.date(2016, 5, 1), cm.Term(36, [12, 12]),
                          price=cm.Price.annual(cm.Money.from_pence(32_548_400)))
    assert written == kent_as_awarded()
    in_words = cm.Contract("c", "p", "01/05/2016", "three years plus one plus one", annual_value=325_484)
    assert in_words.term == cm.Term("3+1+1")
    assert in_words.start == dt.date(2016, 5, 1)


def test_seed_000_funding_sentence():
    proposed = cm.Contract(
        name="Kent Young Carers Support Service",
        provider="to be procured",
        start="1 May 2022",
        term="three years plus one plus one",
        annual_value="£325,500",
    )
    assert cm.funding_sentence(proposed) == SEED_000_SENTENCE
    assert proposed.maximum_value == cm.Money("£1,627,500")


def test_a_funding_sentence_without_options_says_so():
    fixed = cm.Contract("c", "p", "1 April 2024", "2y7m", annual_value="£120,000.50")
    # 2 x £120,000.50 + 7/12 of it (£70,000.29): £310,001.29.
    assert cm.funding_sentence(fixed) == (
        "The funding available is £120,000.50 per annum. This equates to £310,001.29 over the term of the "
        "proposed contract (two years and seven months)."
    )


def test_report_figures_drop_pence_only_when_there_are_none():
    assert cm.report_figure(cm.Money("£1,627,500")) == "£1,627,500"
    assert cm.report_figure("£325,484.88") == "£325,484.88"
    assert cm.report_figure(0) == "£0"


# ---------------------------------------------------------------- the price


def test_exactly_one_price_is_given():
    with pytest.raises(TypeError, match="exactly one of annual_value=, values_per_year=, total_over_base= or price="):
        cm.Contract("c", "p", "1 May 2016", "3+1+1")
    with pytest.raises(TypeError, match="got annual_value= and price="):
        cm.Contract("c", "p", "1 May 2016", "3+1+1", annual_value=1, price=cm.Price.annual(1))
    with pytest.raises(TypeError, match="indexation= or uplift=, not both"):
        cm.Contract("c", "p", "1 May 2016", "3+1+1", annual_value=1, uplift="3%", indexation=cm.Indexation.none())
    with pytest.raises(TypeError, match="uplift_from_year= needs uplift="):
        cm.Contract("c", "p", "1 May 2016", "3+1+1", annual_value=1, uplift_from_year=3)


def test_a_price_per_contract_year_repeats_the_last_year_in_extensions():
    # £100,000, £110,000, £120,000 over the base; the options cost £120,000 each.
    c = cm.Contract("c", "p", "1 May 2016", "3+1+1", values_per_year=["£100,000", "£110,000", "£120,000"])
    assert c.price == cm.Price.per_contract_year([100_000, 110_000, 120_000])
    assert c.price.basis == "per_contract_year"
    assert c.base_value == cm.Money("£330,000")
    assert c.maximum_value == cm.Money("£570,000")
    assert c.annual_value == cm.Money("£100,000")


def test_a_total_over_the_base_is_the_base_value():
    # £1,000,000.01 over three years: £333,333.34, £333,333.34, £333,333.33; each option
    # year costs the last base year's £333,333.33.
    c = cm.Contract("c", "p", "1 May 2016", "3+1+1", total_over_base="£1,000,000.01")
    assert c.price == cm.Price.total_over_base("£1,000,000.01", 36)
    assert c.price.values == (cm.Money("£333,333.34"), cm.Money("£333,333.34"), cm.Money("£333,333.33"))
    assert c.price.stated_total == cm.Money("£1,000,000.01")
    assert c.base_value == cm.Money("£1,000,000.01")
    assert c.maximum_value == cm.Money("£1,666,666.67")
    assert c.annual_value == cm.Money("£333,333.34")


def test_prices_describe_themselves():
    assert repr(cm.Price.annual("£325,484")) == "Price.annual(Money('£325,484.00'))"
    assert repr(cm.Price.per_contract_year([1, 2])) == "Price.per_contract_year([Money('£1.00'), Money('£2.00')])"
    assert repr(cm.Price.total_over_base(300, 36)) == "Price.total_over_base(Money('£300.00'), 36)"
    assert cm.Price.annual(1).stated_total is None
    assert cm.Price.per_contract_year([1, 2]).annual_rate(5) == cm.Money(2)
    assert len({cm.Price.annual(1), cm.Price.annual("£1.00"), cm.Price.annual(2)}) == 2


def test_fixed_uplift_is_rounded_to_the_penny_each_year():
    # 3% a year from contract year 2 on £325,484.88, each year rounded before the next uplift:
    # £335,249.4264 -> £335,249.43; £345,306.9129 -> £345,306.91; then £355,666.12, £366,336.10.
    expected = ["£325,484.88", "£335,249.43", "£345,306.91", "£355,666.12", "£366,336.10"]
    for c in (young_carers(uplift="3%"), young_carers(indexation=cm.Indexation.fixed("3%", from_year=2))):
        assert [str(year.value) for year in c.contract_years("maximum")] == expected
        assert c.maximum_value == cm.Money("£1,728,043.44")
        assert c.base_value == cm.Money("£1,006,041.22")
        assert c.annual_value_on("1 May 2017") == cm.Money("£335,249.43")
        assert c.annual_value_on("30 April 2018") == cm.Money("£335,249.43")
        assert c.annual_value_on("1 May 2018") == cm.Money("£345,306.91")


def test_fixed_uplift_from_a_later_year_and_by_another_rounding():
    # 10% from year 3 on £1,000: £1,000, £1,000, £1,100, £1,210, £1,331.
    later = cm.Contract("c", "p", "1 April 2020", "5", annual_value="£1,000", uplift="10%", uplift_from_year=3)
    assert [year.value for year in later.contract_years()] == [cm.Money(v) for v in (1000, 1000, 1100, 1210, 1331)]
    # 5% on £100.50 is 10,552.5p: half away from zero £105.53, half even £105.52.
    away = cm.Contract("c", "p", "1 April 2020", "2", annual_value="£100.50", uplift="5%")
    even = cm.Contract("c", "p", "1 April 2020", "2", annual_value="£100.50",
                       indexation=cm.Indexation.fixed("5%", rounding="half_even"))
    assert away.contract_years()[1].value == cm.Money("£105.53")
    assert even.contract_years()[1].value == cm.Money("£105.52")
    assert even.indexation.rounding is cm.Rounding.HALF_EVEN


def test_index_series_uplift_with_cap_floor_and_lag():
    # One year's lag, capped at 5%, floored at 1%:
    #   year 2 (1 April 2021): 102/100 - 1 = 2%        -> £102,000
    #   year 3 (1 April 2022): 106/102 - 1 = 3.92..%   -> £106,000
    #   year 4 (1 April 2023): 117/106 - 1, capped 5%  -> £111,300
    #   year 5 (1 April 2024): 118/117 - 1, floored 1% -> £112,413
    # Levels in any form a Rate takes.
    levels: dict[int, int | str | float | cm.Rate] = {
        2019: 100, 2020: "102", 2021: 106.0, 2022: cm.Rate(117), 2023: 118}
    series = cm.Indexation.index_series(levels, lag_years=1, cap="5%", floor="1%")
    c = cm.Contract("c", "p", "1 April 2020", "3+1+1", annual_value="£100,000", indexation=series)
    assert [str(year.value) for year in c.contract_years("maximum")] == [
        "£100,000.00", "£102,000.00", "£106,000.00", "£111,300.00", "£112,413.00"]
    assert c.maximum_value == cm.Money("£531,713.00")
    assert series.method == "index_series"
    assert series.levels == {2019: 100, 2020: 102, 2021: 106, 2022: 117, 2023: 118}
    assert (series.lag_years, series.cap, series.floor, series.uplift) == (1, cm.Rate("5%"), cm.Rate("1%"), None)
    assert series.uplift_for(4, 2023) == cm.Rate("0.05")
    assert series.uplift_for(1, 2020) == 0


def test_an_index_series_without_a_level_a_year_needs():
    series = cm.Indexation.index_series({2015: 100, 2016: 101, 2017: 102, 2018: 103})
    c = cm.Contract("c", "p", "1 May 2016", "3+1+1", annual_value=1000, indexation=series)
    # No lag: year 2 (1 May 2017) is £1,000 x 102/101 = £1,009.90; year 3 (1 May 2018)
    # £1,009.90 x 103/102 = £1,019.80. Year 4 (1 May 2019) needs the 2019 level.
    assert c.base_value == cm.Money("£3,029.70")
    needs_2019 = r"\[commissioning\.contract\.009\] the index series has no level for 2019"
    with pytest.raises(cm.OutOfRangeError, match=needs_2019):
        c.maximum_value


def test_indexations_describe_themselves():
    assert repr(cm.Indexation.none()) == "Indexation.none()"
    assert repr(cm.Indexation.fixed("3%")) == "Indexation.fixed(Rate('0.03'), from_year=2)"
    assert repr(cm.Indexation.fixed("3%", 3, "half_even")) == (
        "Indexation.fixed(Rate('0.03'), from_year=3, rounding=Rounding.HALF_EVEN)")
    assert repr(cm.Indexation.index_series({2019: "105.2", 2020: 107.1}, cap="3%", floor="0%")) == (
        "Indexation.index_series({2019: Rate('105.2'), 2020: Rate('107.1')}, cap=Rate('0.03'), floor=Rate('0'), "
        "from_year=2)")
    assert cm.Indexation.fixed("3%").uplift == cm.Rate("0.03")
    assert cm.Indexation.none().method == "none"
    assert len({cm.Indexation.fixed("3%"), cm.Indexation.fixed(0.03), cm.Indexation.none()}) == 2


# ---------------------------------------------------------------- dates


def test_the_base_term_ends_the_day_before_the_anniversary():
    kent = kent_as_awarded()
    assert kent.base_end == dt.date(2019, 4, 30)
    assert kent.current_end == dt.date(2019, 4, 30)
    assert kent.maximum_end == dt.date(2021, 4, 30)
    assert kent.end() == kent.end("current") == dt.date(2019, 4, 30)
    assert kent.end("base") == dt.date(2019, 4, 30)
    assert kent.end(cm.ContractScope.MAXIMUM) == dt.date(2021, 4, 30)


def test_seed_004_extended_by_modification_ends_on_30_april_2022():
    kent = kent_as_extended()
    assert kent.base_end == dt.date(2019, 4, 30)
    assert kent.end("maximum") == dt.date(2021, 4, 30)  # as awarded: both options
    assert kent.current_end == dt.date(2022, 4, 30)
    assert kent.maximum_end == dt.date(2022, 4, 30)  # nothing pending; the modification counts


def test_seed_004_new_contract_runs_to_april_2025_and_at_most_2027():
    renewed = cm.Contract("Kent Young Carers", "to be procured", "1 May 2022", "3+1+1", annual_value="£325,484")
    assert renewed.base_end == dt.date(2025, 4, 30)
    assert renewed.current_end == dt.date(2025, 4, 30)
    assert renewed.maximum_end == dt.date(2027, 4, 30)


def test_years_from_29_february_end_the_day_before_each_clamped_anniversary():
    leap = cm.Contract("Leap", "p", "29 February 2016", "3+1+1", annual_value="£12,000")
    leap.exercise(1)
    leap.exercise(2)
    assert leap.base_end == dt.date(2019, 2, 27)
    assert [str(year.period) for year in leap.contract_years()] == [
        "29 February 2016 to 27 February 2017",
        "28 February 2017 to 27 February 2018",
        "28 February 2018 to 27 February 2019",
        "28 February 2019 to 28 February 2020",
        "29 February 2020 to 27 February 2021",
    ]
    assert {year.value for year in leap.contract_years()} == {cm.Money("£12,000")}


def test_the_state_on_each_day_reads_like_the_report():
    kent = kent_as_extended()
    states = {
        "30 April 2016": "not started",
        "1 May 2016": "base term",
        "30 April 2019": "base term",
        "1 May 2019": "extension 1",
        "1 May 2020": "extension 2",
        "30 April 2021": "extension 2",
        "1 May 2021": "modification 1",
        "30 April 2022": "modification 1",
        "1 May 2022": "ended",
    }
    assert {day: kent.state_on(day) for day in states} == states
    state = kent.state_on("1 May 2020")
    assert isinstance(state, cm.ContractState)
    assert (state.phase, state.number) == (cm.ContractPhase.EXTENSION, 2)
    assert state.phase == "extension"
    assert kent.state_on("1 May 2016").number == 0
    assert repr(state) == "ContractState('extension 2')"


def test_contract_states_are_only_the_phases():
    assert cm.ContractState("modification 3").phase is cm.ContractPhase.MODIFICATION
    assert cm.ContractState("ended").phase is cm.ContractPhase.ENDED
    for text in ("extension", "extension 0", "base term 1", "running"):
        with pytest.raises(ValueError):
            cm.ContractState(text)


# ---------------------------------------------------------------- options


def test_options_are_taken_in_order_and_extend_the_term():
    kent = kent_as_awarded()
    kent.exercise(1)
    assert kent.options[0].status is cm.OptionStatus.EXERCISED
    assert kent.options[0].status == "exercised"
    assert kent.current_end == dt.date(2020, 4, 30)
    kent.exercise(2, decided_on="1 March 2020")
    assert kent.current_end == dt.date(2021, 4, 30)
    assert kent.options == [(12, "exercised"), (12, "exercised")]


def test_declining_an_option_lapses_the_later_ones():
    kent = kent_as_awarded()
    kent.decline(1)
    assert [option.status for option in kent.options] == ["declined", "declined"]
    assert kent.current_end == kent.maximum_end == dt.date(2019, 4, 30)
    assert kent.current_value == cm.Money("£976,452")  # 3 x £325,484
    assert kent.state_on("1 May 2019") == "ended"

    longer = cm.Contract("c", "p", "1 May 2016", "3+2+1+1", annual_value="£1,000")
    longer.exercise(1)
    longer.decline(2)
    assert [option.status for option in longer.options] == ["exercised", "declined", "declined"]
    assert longer.current_end == dt.date(2021, 4, 30)


def test_maximum_end_leaves_out_declined_options():
    kent = kent_as_awarded()
    kent.exercise(1)
    kent.decline(2)
    assert kent.maximum_end == dt.date(2020, 4, 30)  # no option left
    assert kent.end("maximum") == dt.date(2021, 4, 30)  # as awarded


def exercised_once() -> cm.Contract:
    kent = kent_as_awarded()
    kent.exercise(1)
    return kent


def declined_once() -> cm.Contract:
    kent = kent_as_awarded()
    kent.decline(1)
    return kent


# Every impossible request: what is asked, the class it raises, its id and what the message says.
IMPOSSIBLE = [
    ("exercise twice", lambda: exercised_once().exercise(1), cm.InvalidInputError,
     "commissioning.contract.003", "option 1 has already been exercised"),
    ("decline an exercised option", lambda: exercised_once().decline(1), cm.InvalidInputError,
     "commissioning.contract.003", "option 1 has already been exercised"),
    ("decline twice", lambda: declined_once().decline(1), cm.InvalidInputError,
     "commissioning.contract.003", "option 1 has already been declined"),
    ("exercise a lapsed option", lambda: declined_once().exercise(2), cm.InvalidInputError,
     "commissioning.contract.003", "option 2 has already been declined"),
    ("exercise out of order", lambda: kent_as_awarded().exercise(2), cm.InvalidInputError,
     "commissioning.contract.002", "option 1 must be exercised or declined before option 2"),
    ("exercise after the end", lambda: kent_as_awarded().exercise(1, decided_on="1 June 2019"),
     cm.InvalidInputError, "commissioning.contract.004",
     "cannot exercise option 1 on 1 June 2019: the contract ended on 30 April 2019"),
    ("an option the term lacks", lambda: kent_as_awarded().exercise(3), cm.OutOfRangeError,
     "commissioning.contract.001", "the term 3+1+1 has no option 3 (it has 2)"),
    ("option 0", lambda: kent_as_awarded().exercise(0), cm.OutOfRangeError,
     "commissioning.contract.001", "has no option 0"),
    ("a negative option", lambda: kent_as_awarded().decline(-1), cm.OutOfRangeError,
     "commissioning.contract.001", "has no option -1"),
    ("a huge option", lambda: kent_as_awarded().exercise(2**70), cm.OutOfRangeError,
     "commissioning.contract.001", f"has no option {2**70}"),
    ("an option of a term without any", lambda: cm.Contract("c", "p", "1 May 2016", "5", annual_value=1).exercise(1),
     cm.OutOfRangeError, "commissioning.contract.001", "the term 5 has no option 1 (it has 0)"),
    ("extend by modification with options pending",
     lambda: kent_as_awarded().modify(ground="72(1)(c)", months=12), cm.InvalidInputError,
     "commissioning.contract.005", "option 1 is still pending"),
    ("a change from a day that is not an anniversary",
     lambda: kent_as_extended().modify(ground="other", annual_change=100, effective="15 June 2020"),
     cm.InvalidInputError, "commissioning.contract.006",
     "15 June 2020 is not a monthly anniversary of the start (1 May 2016) inside the contract"),
    ("a change from after the end",
     lambda: kent_as_extended().modify(ground="other", annual_change=100, effective="1 May 2022"),
     cm.InvalidInputError, "commissioning.contract.006", "outside the contract"),
    ("a change from before the start",
     lambda: kent_as_extended().modify(ground="other", annual_change=100, effective="1 May 2015"),
     cm.InvalidInputError, "commissioning.contract.006", "1 May 2015 is not a monthly anniversary"),
    ("a change of value without a date",
     lambda: kent_as_extended().modify(ground="other", annual_change=100), cm.InvalidInputError,
     "commissioning.contract.006", "say from when"),
    ("an unknown ground", lambda: kent_as_extended().modify(ground="72(1)(z)", months=12),
     cm.InvalidInputError, "commissioning.contract.012", "unknown modification ground '72(1)(z)'"),
    ("a modification that changes nothing", lambda: kent_as_extended().modify(ground="other"),
     cm.InvalidInputError, "commissioning.contract.011", "changes neither the term nor the value"),
    ("a modification that shortens the term", lambda: kent_as_extended().modify(ground="other", months=-12),
     cm.InvalidInputError, "commissioning.contract.011", "cannot shorten the term by 12 months"),
    ("a cut below zero",
     lambda: kent_as_extended().modify(ground="other", annual_change="-£400,000", effective="1 May 2020"),
     cm.InvalidInputError, "commissioning.contract.010", "negative (-£74,516.00)"),
    ("the annual value before the start", lambda: kent_as_extended().annual_value_on("1 April 2016"),
     cm.OutOfRangeError, "commissioning.contract.013",
     "1 April 2016 is outside the contract (1 May 2016 to 30 April 2022)"),
    ("a negative price", lambda: cm.Contract("c", "p", "1 May 2016", "3", annual_value="-£1"),
     cm.InvalidInputError, "commissioning.contract.007", "the annual value cannot be negative, got -£1.00"),
    ("no values per year", lambda: cm.Contract("c", "p", "1 May 2016", "3", values_per_year=[]),
     cm.InvalidInputError, "commissioning.contract.007", "needs at least one value"),
    ("a total over a base of part years", lambda: cm.Contract("c", "p", "1 May 2016", "18m+6m", total_over_base=1),
     cm.InvalidInputError, "commissioning.contract.007", "whole years, got 18 months"),
    ("a total over another base", lambda: cm.Contract("c", "p", "1 May 2016", "3+1+1",
                                                      price=cm.Price.total_over_base(200, 24)),
     cm.InvalidInputError, "commissioning.contract.007", "a base term of 24 months, but this contract's is 36"),
    ("indexation of a price stated year by year",
     lambda: cm.Contract("c", "p", "1 May 2016", "3", values_per_year=[1, 2], uplift="3%"),
     cm.InvalidInputError, "commissioning.contract.008", "indexation applies to an annual price"),
    ("an uplift from year 1", lambda: cm.Indexation.fixed("3%", from_year=1), cm.InvalidInputError,
     "commissioning.contract.008", "from contract year 2 at the earliest, got 1"),
    ("an uplift of -100%", lambda: cm.Indexation.fixed("-100%"), cm.InvalidInputError,
     "commissioning.contract.008", "would make the price negative"),
    ("a cap below the floor", lambda: cm.Indexation.index_series({2019: 1, 2020: 2}, cap="1%", floor="2%"),
     cm.InvalidInputError, "commissioning.contract.008", "the cap 1% is below the floor 2%"),
    ("an index of one level", lambda: cm.Indexation.index_series({2019: 1}), cm.InvalidInputError,
     "commissioning.contract.008", "at least two levels, got 1"),
    ("a start not in the calendar", lambda: cm.Contract("c", "p", "29 February 2019", "3", annual_value=1),
     cm.InvalidInputError, "commissioning.date.002", "'29 February 2019' is not a date in the calendar"),
    ("a term beyond the supported years", lambda: cm.Contract("c", "p", "1 January 9990", "5+5+5", annual_value=1),
     cm.OutOfRangeError, "commissioning.date.003", "10005"),
    ("a term that is not one", lambda: cm.Contract("c", "p", "1 May 2016", "3++1", annual_value=1),
     cm.InvalidInputError, "commissioning.term.001", "an extension between two '+' signs is missing"),
]


@pytest.mark.parametrize(("request_", "action", "error", "error_id", "says"), IMPOSSIBLE,
                         ids=[case[0] for case in IMPOSSIBLE])
def test_an_impossible_request_raises_the_right_class_with_its_id(request_, action, error, error_id, says):
    with pytest.raises(error) as caught:
        action()
    assert caught.value.id == error_id
    assert str(caught.value).startswith(f"[{error_id}] ")
    assert says in str(caught.value)


def test_a_refused_request_changes_nothing():
    kent = kent_as_awarded()
    with pytest.raises(cm.InvalidInputError):
        kent.exercise(2)
    with pytest.raises(cm.InvalidInputError):
        kent.exercise(1, decided_on="1 June 2019")
    assert kent == kent_as_awarded()
    extended = kent_as_extended()
    with pytest.raises(cm.InvalidInputError):
        extended.modify(ground="other", annual_change="-£400,000", effective="1 May 2020")
    assert extended == kent_as_extended()
    assert len(extended.modifications) == 1


def test_misuse_of_the_api_raises_type_and_value_errors():
    kent = kent_as_awarded()
    with pytest.raises(TypeError):
        kent.exercise(True)
    with pytest.raises(TypeError):
        kent.exercise("1")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="effective= or from_month=, not both"):
        kent.modify(ground="other", annual_change=1, effective="1 May 2017", from_month=12)
    with pytest.raises(TypeError):
        kent.modify("72(1)(c)", 12)  # type: ignore[call-arg]
    with pytest.raises(
        cm.InvalidInputError, match=r"\[commissioning.name.001\] unknown contract scope 'forever'; expected one of current, base, maximum"
    ):
        kent.value("forever")  # type: ignore[arg-type]


# ---------------------------------------------------------------- modifications and grounds


@pytest.mark.parametrize(
    ("text", "ground"),
    [
        ("72(1)(c)", cm.ModificationGround.PCR_72_1_C),
        ("reg 72(1)(c)", cm.ModificationGround.PCR_72_1_C),
        ("section 72 (1) c", cm.ModificationGround.PCR_72_1_C),
        ("PCR 2015 regulation 72(1)(b)", cm.ModificationGround.PCR_72_1_B),
        ("s74(1)(a)", cm.ModificationGround.PA2023_PERMITTED),
        ("74(1)(c)", cm.ModificationGround.PA2023_BELOW_THRESHOLD),
        ("sch8 para5", cm.ModificationGround.PA2023_KNOWN_RISK),
        ("sch8 para4", cm.ModificationGround.PA2023_UNFORESEEABLE),
        ("Sch 8 para 9", cm.ModificationGround.PA2023_RESTRUCTURING),
        ("sch8 additional", cm.ModificationGround.PA2023_ADDITIONAL),
        ("Other", cm.ModificationGround.OTHER),
        ("PCR_72_1_F", cm.ModificationGround.PCR_72_1_F),
    ],
)
def test_modification_grounds_read_as_reports_write_them(text, ground):
    assert cm.parse_modification_ground(text) is ground


def test_a_ground_is_its_code_and_has_a_citation():
    ground = cm.ModificationGround.PCR_72_1_C
    assert ground == "pcr_72_1_c" and ground.label == "72(1)(c)"
    assert str(ground) == f"{ground}" == "pcr_72_1_c"
    assert cm.ModificationGround("reg 72(1)(c)") is ground  # the class reads what reports write
    assert cm.citation(ground) == "Public Contracts Regulations 2015, regulation 72(1)(c)"
    assert cm.citation("section 72 (1) c") == cm.citation(ground)
    assert cm.citation("s74(1)(a)") == (
        "Procurement Act 2023, section 74(1)(a) and Schedule 8 (permitted modification)")
    assert cm.citation(cm.ModificationGround.OTHER) == "another ground"
    for member in cm.ModificationGround:
        assert cm.parse_modification_ground(member) is member
    with pytest.raises(cm.InvalidInputError, match=r"\[commissioning\.contract\.012\]"):
        cm.citation("72(1)(g)")


def test_a_modification_is_recorded_as_made():
    kent = kent_as_extended()
    assert kent.modifications == [
        cm.Modification(
            ground=cm.ModificationGround.PCR_72_1_C,
            months=12,
            annual_change=cm.Money(0),
            from_month=60,
            description="Covid-19: a new provider could not mobilise",
        )
    ]
    assert kent.modify(ground="other", annual_change="£1,000", effective="1 May 2021") == 2
    assert kent.modifications[1].from_month == 60
    assert kent.modifications[1].ground == "other"


def test_seed_004_modification_is_a_fifth_of_the_original_value():
    # 12 months at £325,484 is £325,484: 20% of the original £1,627,420 (five years),
    # under the 50% cap of regulation 72(1)(c).
    kent = kent_as_extended()
    assert kent.maximum_value == cm.Money("£1,627,420.00")
    [covid] = kent.modification_values()
    assert covid == cm.ModificationValue(
        value=cm.Money("£325,484"), share=cm.Rate.ratio(1, 5), cumulative=cm.Money("£325,484"),
        cumulative_share=cm.Rate("20%"))
    assert covid.share.percent() == "20%"


def test_seed_002_raises_the_annual_value_by_one_hundred_thousand():
    # £325,484.88 a year, raised by £100,000 from 1 May 2020: £425,484.88.
    c = young_carers()
    c.exercise(1)
    c.exercise(2)
    assert c.modify(ground="other", annual_change="£100,000", effective="1 May 2020",
                    description="re-provision for unmet need") == 1
    assert c.modifications[0].from_month == c.month_at("1 May 2020") == 48
    assert c.annual_value_on("1 April 2020") == cm.Money("£325,484.88")
    assert c.annual_value_on("2020-05-01") == cm.Money("£425,484.88")
    assert c.annual_value_on(dt.date(2021, 4, 30)) == cm.Money("£425,484.88")
    assert c.annual_value == cm.Money("£325,484.88")  # as stated for year 1
    [reprovision] = c.modification_values()
    assert reprovision.value == cm.Money("£100,000")
    assert c.current_value == cm.Money("£1,727,424.40")


def test_a_modification_can_change_the_value_from_inside_the_months_it_adds():
    # After both options, a year more from 1 May 2021 whose price rises by £10,000 from
    # 1 November 2021: year 6 is 6 months at £325,484 and 6 at £335,484, £330,484.
    kent = kent_as_awarded()
    kent.exercise(1)
    kent.exercise(2)
    kent.modify(ground="72(1)(c)", months=12, annual_change="£10,000", effective="1 November 2021")
    assert kent.modifications[0].from_month == 66
    assert kent.contract_years()[5].value == cm.Money("£330,484")
    assert kent.annual_value_on("31 October 2021") == cm.Money("£325,484")
    assert kent.annual_value_on("1 November 2021") == cm.Money("£335,484")
    assert kent.current_value == cm.Money("£1,957,904")


def test_a_change_of_value_from_a_month_offset():
    c = young_carers()
    c.modify(ground="72(1)(a)", annual_change="-£25,484.88", from_month=12)
    assert c.annual_value_on("1 May 2017") == cm.Money("£300,000")
    assert c.current_value == cm.Money("£925,484.88")


# ---------------------------------------------------------------- values


def test_seed_004_values():
    # "Over the six years, payments to the value of £1,952,904 were made": 6 x £325,484.
    kent = kent_as_extended()
    assert kent.base_value == cm.Money("£976,452.00")
    assert kent.maximum_value == cm.Money("£1,627,420.00")
    assert kent.current_value == cm.Money("£1,952,904.00")
    assert kent.value() == kent.value("current") == kent.current_value
    assert kent.value(cm.ContractScope.BASE) == kent.base_value
    assert kent.value("MAXIMUM") == kent.maximum_value  # type: ignore[arg-type]
    assert kent.spend_to(kent.current_end) == cm.Money("£1,952,904.00")


def test_spend_by_equal_monthly_instalments_and_by_days():
    kent = kent_as_extended()
    # 11 of year 1's 12 months; the other month takes the leftover penny.
    assert kent.spend_to("31 March 2017") == cm.Money("£298,360.33")
    assert kent.spend_between("1 April 2017", "31 March 2018") == cm.Money("£325,484.00")
    # 1 to 15 May 2016 is 15/31 of a month: 15/372 of the year, £13,124.35.
    assert kent.spend_to("15 May 2016") == cm.Money("£13,124.35")
    # By days, 15 of year 1's 365: £13,376.05.
    assert kent.spend_to("15 May 2016", rule="daily") == cm.Money("£13,376.05")
    assert kent.spend_to("15 May 2016", cm.ApportionRule.DAILY) == cm.Money("£13,376.05")
    assert kent.spend_to("30 April 2016") == cm.Money(0)
    assert kent.spend_to("31 December 2030") == cm.Money("£1,952,904.00")
    assert kent.spend_between("1 May 2018", "30 April 2020") == cm.Money("£650,968.00")


def test_spend_across_a_mid_year_change_of_value():
    # £100,000 more from 1 November 2020: year 5 is £162,742.44 then £212,742.44; to
    # 31 March 2021 takes the first and 5 of 6 months of the second, £340,027.81.
    c = young_carers()
    c.exercise(1)
    c.exercise(2)
    c.modify(ground="other", annual_change="£100,000", effective="1 November 2020")
    assert c.spend_between("1 May 2020", "31 March 2021") == cm.Money("£340,027.81")
    assert c.spend_to(c.current_end) == cm.Money("£1,677,424.40")


# ---------------------------------------------------------------- a changing value


def test_contracts_compare_by_what_was_awarded_and_done():
    assert kent_as_extended() == kent_as_extended()
    assert kent_as_awarded() != kent_as_extended()
    assert kent_as_awarded() != "Kent Young Carers"
    with pytest.raises(TypeError):
        hash(kent_as_awarded())


def test_a_copy_is_independent():
    kent = kent_as_awarded()
    for duplicate in (copy.copy(kent), copy.deepcopy(kent)):
        assert duplicate == kent
        duplicate.exercise(1)
        assert duplicate != kent
        assert kent.options[0].status == "pending"


@pytest.mark.parametrize("protocol", [2, pickle.HIGHEST_PROTOCOL])
def test_a_contract_pickles_with_its_options_and_modifications(protocol):
    kent = kent_as_extended()
    restored = pickle.loads(pickle.dumps(kent, protocol=protocol))
    assert restored == kent
    assert restored.current_value == cm.Money("£1,952,904.00")
    assert restored.modifications[0].description == "Covid-19: a new provider could not mobilise"
    # And it carries on changing as the original would.
    restored.modify(ground="other", annual_change="£1", effective="1 May 2021")
    assert restored.current_value == cm.Money("£1,952,905.00")


def test_exercising_an_option_that_a_value_change_would_make_negative_is_refused():
    # A cut of £80 from the start, made while the option was pending, would leave the
    # option's year (£50) at -£30 a year: exercising it is refused and it stays pending.
    c = cm.Contract("c", "p", "1 May 2016", "1+1", values_per_year=[100, 50])
    c.modify(ground="other", annual_change=-80, effective="1 May 2016")
    with pytest.raises(cm.InvalidInputError, match=r"\[commissioning\.contract\.010\]"):
        c.exercise(1)
    assert c.options[0].status == "pending"
    assert c.current_value == cm.Money(20)


def test_a_pickle_replays_what_was_done_in_the_order_it_was_done():
    c = cm.Contract("c", "p", "1 May 2016", "1+1", values_per_year=[100, 50])
    c.modify(ground="other", annual_change=-40, effective="1 May 2016")
    c.exercise(1)
    c.modify(ground="other", annual_change=50, effective="1 May 2017")
    restored = pickle.loads(pickle.dumps(c))
    assert restored == c
    assert restored.current_value == cm.Money(60 + 60)  # (100 - 40) + (50 - 40 + 50)


def test_a_contract_describes_itself():
    assert repr(kent_as_extended()) == "<Contract 'Kent Young Carers' (Imago): 1 May 2016 to 30 April 2022, 3+1+1>"
