"""Options appraised the Green Book way: lines of money by financial year, options with their
statutory duties and optimism bias, appraisals in real or cash prices, and their results."""

import copy
import doctest
import pickle
import re
import threading
from decimal import Decimal
from fractions import Fraction

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import commissioning as cm

GREEN_BOOK = cm.DiscountSchedule.green_book_2022()
DUTY = "assess young carers' needs (Children and Families Act 2014)"
EXTERNAL = "Externally commission a new service"


def young_carers_contract() -> cm.Contract:
    """A 3+1+1 contract from 1 April 2022 at seed 000's £325,500 a year, both options exercised."""
    contract = cm.Contract("Young carers support", "Imago", "1 April 2022", "3+1+1", annual_value="£325,500")
    contract.exercise(1)
    contract.exercise(2)
    return contract


def do_nothing() -> cm.Option:
    return cm.Option("Do nothing", kind="do_nothing").duty(DUTY, met=False, note="No service would assess them")


def external(annual: str = "£325,500") -> cm.Option:
    return (
        cm.Option(EXTERNAL, kind="external_commission")
        .add(cm.AppraisalLine.recurring("Contract payments", "cost", "contract_payments", annual, "2022-23", "2026-27"))
        .duty(DUTY, met=True)
    )


def seed_000() -> cm.Appraisal:
    return cm.Appraisal("Kent young carers", [do_nothing(), external()], base_year="2022-23", years=5)


# ---------------------------------------------------------------- the enums


def test_the_enums_are_their_snake_case_names():
    assert cm.OptionKind.EXTERNAL_COMMISSION == "external_commission"
    assert cm.LineKind.CASHABLE_SAVING == "cashable_saving"
    assert cm.CostCategory.TUPE_AND_TRANSITION == "tupe_and_transition"
    assert cm.PriceBasis.REAL == "real"
    assert cm.SensitivityMetric.NET_PRESENT_SOCIAL_VALUE == "net_present_social_value"
    assert str(cm.CostCategory.CONTRACT_PAYMENTS) == "contract_payments"
    assert [kind.value for kind in cm.OptionKind] == [
        "do_nothing", "do_minimum", "in_house", "external_commission", "extend_existing", "shared_service",
        "council_company", "service_level_agreement", "other",
    ]
    assert len(cm.CostCategory) == 9


def test_kinds_and_categories_are_read_as_reports_word_them():
    for words, kind in [
        ("external commission", cm.OptionKind.EXTERNAL_COMMISSION),
        ("In-House", cm.OptionKind.IN_HOUSE),
        ("council-owned company", cm.OptionKind.COUNCIL_COMPANY),
        ("extend existing contract", cm.OptionKind.EXTEND_EXISTING),
        ("SLA", cm.OptionKind.SERVICE_LEVEL_AGREEMENT),
        (cm.OptionKind.DO_MINIMUM, cm.OptionKind.DO_MINIMUM),
    ]:
        assert cm.Option("x", kind=words).kind is kind
    line = cm.AppraisalLine.one_off("TUPE", "Cashable saving", "TUPE and transition", 1, 2022)
    assert line.kind is cm.LineKind.CASHABLE_SAVING
    assert line.category is cm.CostCategory.TUPE_AND_TRANSITION
    assert cm.AppraisalLine.one_off("x", "cost", "non-staff", 1, 2022).category is cm.CostCategory.NON_STAFF


def test_an_unknown_kind_or_category_is_option_001_with_the_words_it_knows():
    with pytest.raises(cm.InvalidInputError) as caught:
        cm.Option("x", kind="outsource")
    assert caught.value.id == "commissioning.option.001"
    assert str(caught.value).startswith("[commissioning.option.001] unknown option kind 'outsource'; expected one of do_nothing, ")
    assert isinstance(caught.value, ValueError)
    with pytest.raises(cm.InvalidInputError, match="unknown cost category 'salaries'") as caught:
        cm.AppraisalLine.one_off("x", "cost", "salaries", 1, 2022)
    assert caught.value.id == "commissioning.option.001"
    with pytest.raises(cm.InvalidInputError, match="unknown line kind 'grant'"):
        cm.AppraisalLine.one_off("x", "grant", "other", 1, 2022)
    with pytest.raises(TypeError):
        cm.Option("x", kind=3)


# ---------------------------------------------------------------- lines


def test_a_recurring_line_uplifted_each_year_rounded_before_the_next():
    staff = cm.AppraisalLine.recurring("Staff", "cost", "staff", "£250,000", "2022-23", "2026-27", indexation="2%")
    assert staff.by_year == {
        "2022-23": cm.Money("£250,000.00"),
        "2023-24": cm.Money("£255,000.00"),
        "2024-25": cm.Money("£260,100.00"),
        "2025-26": cm.Money("£265,302.00"),
        "2026-27": cm.Money("£270,608.04"),
    }
    assert staff.total == cm.Money("£1,301,010.04")
    assert staff.basis == "£250,000.00 a year, 2022-23 to 2026-27, uplifted 2% a year"
    assert staff.name == "Staff"
    assert staff.kind is cm.LineKind.COST
    assert staff.category is cm.CostCategory.STAFF
    assert not staff.is_one_off
    assert staff.start_month == 4
    assert staff.years == cm.financial_years(cm.FinancialYear(2022), cm.FinancialYear(2026))
    assert staff.amounts[1] == cm.FinancialYearAmount(cm.FinancialYear(2023), cm.Money("£255,000"))
    assert staff.in_year("2024-25") == cm.Money("£260,100")
    assert staff.in_year(2030) == cm.Money(0)
    assert repr(staff) == (
        "<AppraisalLine 'Staff' (cost, staff): £250,000.00 a year, 2022-23 to 2026-27, uplifted 2% a year; "
        "total £1,301,010.04>"
    )
    # £10.10 uplifted 5% is £10.605: half away from zero, or half even.
    assert cm.AppraisalLine.recurring("x", "cost", "other", "£10.10", 2022, 2023, indexation="5%").in_year(
        2023) == cm.Money("£10.61")
    assert cm.AppraisalLine.recurring(
        "x", "cost", "other", "£10.10", 2022, 2023, indexation="5%", rounding="half_even").in_year(2023) == cm.Money(
        "£10.60")


def test_a_one_off_line_and_a_line_given_year_by_year():
    procurement = cm.AppraisalLine.one_off("Procurement", "cost", "procurement", "£15,000", "2022-23")
    assert procurement.is_one_off
    assert procurement.basis == "£15,000.00 once, in 2022-23"
    assert procurement.by_year == {"2022-23": cm.Money("£15,000")}
    given = cm.AppraisalLine.per_year("Mobilisation", "cost", "mobilisation", {"2022-23": "£20,000", 2023: 5_000})
    assert given.basis == "given year by year"
    assert given.by_year == {"2022-23": cm.Money("£20,000"), "2023-24": cm.Money("£5,000")}
    assert cm.AppraisalLine.per_year("Mobilisation", "cost", "mobilisation",
                                     [(2022, Decimal("20000")), ("2023/24", 5_000.0)]) == given
    assert cm.AppraisalLine.per_year("Mobilisation", "cost", "mobilisation",
                                     pd.Series({"2022-23": 20_000, "2023-24": 5_000})) == given
    academic = cm.AppraisalLine.per_year("x", "benefit", "other", {2022: 1}, start_month=9)
    assert academic.start_month == 9
    assert academic.years == [cm.FinancialYear(2022, 9)]


def test_a_line_from_a_contract_is_its_profile():
    contract = young_carers_contract()
    line = cm.AppraisalLine.from_contract("Contract payments", contract)
    assert line.kind is cm.LineKind.COST
    assert line.category is cm.CostCategory.CONTRACT_PAYMENTS
    assert line.basis == "contract 'Young carers support', £1,627,500.00 by financial year"
    assert line.amounts == contract.profile().years
    assert line.total == contract.current_value == cm.Money("£1,627,500")
    base = cm.AppraisalLine.from_contract("Base term", contract, scope="base", rule="daily")
    assert base.total == cm.Money("£976,500")
    assert list(base.by_year) == ["2022-23", "2023-24", "2024-25"]
    with pytest.raises(cm.InvalidInputError, match=r"\[commissioning.name.001\] unknown contract scope 'longest'"):
        cm.AppraisalLine.from_contract("x", contract, scope="longest")
    with pytest.raises(TypeError):
        cm.AppraisalLine.from_contract("x", "not a contract")


def test_a_line_from_an_envelope():
    cap = cm.Envelope.flat("Young carers (in-house)", "£65,000", "2018-19", "2020-21")
    line = cm.AppraisalLine.from_envelope("In-house team", "cost", "staff", cap)
    assert line.basis == "envelope 'Young carers (in-house)'"
    assert line.by_year == cap.by_year


def test_bad_lines_raise_option_003():
    for make, words in [
        (lambda: cm.AppraisalLine.one_off("Refund", "cost", "other", "-£5", 2022),
         "the line 'Refund' has a negative amount -£5.00 in 2022-23; enter savings and income as lines of their own kind"),
        (lambda: cm.AppraisalLine.per_year("x", "cost", "other", {}), "the line 'x' has no years"),
        (lambda: cm.AppraisalLine.per_year("x", "cost", "other", [(2022, 1), ("2022-23", 2)]), "gives 2022-23 twice"),
        (lambda: cm.AppraisalLine.per_year("x", "cost", "other", {cm.FinancialYear(2022): 1,
                                                                 cm.FinancialYear(2023, 1): 1}),
         "must start in the same month"),
    ]:
        with pytest.raises(cm.InvalidInputError, match=re.escape(words)) as caught:
            make()
        assert caught.value.id == "commissioning.option.003"
    with pytest.raises(cm.InvalidInputError) as caught:
        cm.AppraisalLine.recurring("x", "cost", "other", 1, "2024-25", "2022-23")
    assert caught.value.id == "commissioning.financial_year.005"


def test_a_scaled_line_rounds_each_year():
    line = cm.AppraisalLine.per_year("x", "cost", "other", {2022: "£0.05", 2023: "£1.00"})
    assert line.scaled("50%").by_year == {"2022-23": cm.Money("£0.03"), "2023-24": cm.Money("£0.50")}
    assert line.scaled("50%", rounding="half_even").in_year(2022) == cm.Money("£0.02")
    assert line.scaled(1.1).basis == line.basis
    with pytest.raises(cm.InvalidInputError) as caught:
        line.scaled(-1)
    assert caught.value.id == "commissioning.option.004"


def test_a_line_as_a_series():
    series = cm.AppraisalLine.recurring("Staff", "cost", "staff", "£250,000", 2022, 2023, indexation="2%").to_pandas()
    assert series.name == "Staff"
    assert series.index.name == "financial_year"
    assert series.to_dict() == {"2022-23": Decimal("250000.00"), "2023-24": Decimal("255000.00")}
    assert series.attrs == {"kind": "cost", "category": "staff",
                            "basis": "£250,000.00 a year, 2022-23 to 2023-24, uplifted 2% a year"}


# ---------------------------------------------------------------- options


def test_an_option_is_built_a_call_at_a_time_and_each_call_returns_it():
    option = cm.Option("Externally commission a new service", kind="external_commission", description="A new contract")
    line = cm.AppraisalLine.recurring("Contract", "cost", "contract_payments", "£325,500", "2022-23", "2026-27")
    assert option.add(line) is option
    assert (option.advantage("Ability to work with partners").disadvantage("Less control").risk("A procurement")
            .duty(DUTY, met=True, note="The provider assesses them")
            .optimism_bias("10%", "Outsourcing, upper bound", applies_to=["contract_payments"])
            .output("young carers assessed", 1000, "2022-23", "2026-27")) is option
    assert option.name == "Externally commission a new service"
    assert option.kind is cm.OptionKind.EXTERNAL_COMMISSION
    assert option.description == "A new contract"
    assert option.lines == [line]
    assert option.line("Contract") == line
    assert option.advantages == ("Ability to work with partners",)
    assert option.disadvantages == ("Less control",)
    assert option.risks == ("A procurement",)
    assert option.duties == [cm.StatutoryDuty(DUTY, True, "The provider assesses them")]
    assert option.meets_statutory_duties
    assert option.optimism_bias_uplift == cm.OptimismBiasUplift(
        cm.Rate("10%"), "Outsourcing, upper bound", [cm.CostCategory.CONTRACT_PAYMENTS])
    measure = option.output_measure
    assert measure.unit == "young carers assessed"
    assert measure.by_year[0] == (cm.FinancialYear(2022), 1000)
    assert measure.total == 5000
    assert repr(option) == (
        "<Option 'Externally commission a new service' (external commission): 1 line, meets every statutory duty named>"
    )


def test_an_option_by_keywords_equals_one_built_by_calls():
    line = cm.AppraisalLine.one_off("Procurement", "cost", "procurement", "£15,000", 2022)
    by_keywords = cm.Option(
        "In-house", kind="in_house", lines=[line], advantages=["Control"], disadvantages=["Cost"], risks=["Recruitment"],
        duties=[(DUTY, False, "Not yet"), cm.StatutoryDuty("Safeguard", True)],
    )
    by_calls = (cm.Option("In-house", "in_house").add(line).advantage("Control").disadvantage("Cost")
                .risk("Recruitment").duty(DUTY, False, "Not yet").duty("Safeguard", met=True))
    assert by_keywords == by_calls
    assert not by_keywords.meets_statutory_duties
    assert repr(by_keywords) == "<Option 'In-house' (in-house): 1 line, fails 1 statutory duty>"
    assert repr(cm.Option("Bare")) == "<Option 'Bare' (other): no lines, no statutory duties named>"
    with pytest.raises(TypeError, match="a statutory duty is"):
        cm.Option("x", duties=["a duty"])
    with pytest.raises(TypeError, match="met: bool"):
        cm.Option("x", duties=[("a duty", "yes")])
    with pytest.raises(TypeError, match="AppraisalLines"):
        cm.Option("x", lines=["a line"])


def test_option_errors_carry_their_ids_with_the_message_intact():
    option = external()
    with pytest.raises(cm.InvalidInputError) as caught:
        option.add(cm.AppraisalLine.one_off("Contract payments", "cost", "other", 1, 2022))
    assert caught.value.id == "commissioning.option.002"
    assert str(caught.value) == (
        "[commissioning.option.002] the option 'Externally commission a new service' already has a line called "
        "'Contract payments'"
    )
    assert len(option.lines) == 1  # unchanged
    for make, number in [
        (lambda: cm.Option(""), 5),
        (lambda: option.risk(""), 5),
        (lambda: option.duty("", met=True), 5),
        (lambda: option.line("Staff"), 6),
        (lambda: option.optimism_bias("-1%"), 7),
        (lambda: option.output("assessments", -1, 2022, 2023), 8),
    ]:
        with pytest.raises(cm.InvalidInputError) as caught:
            make()
        assert caught.value.id == f"commissioning.option.{number:03d}"


def test_an_option_copies_compares_and_pickles_but_does_not_hash():
    option = (external().advantage("A").optimism_bias("10%", "OB", applies_to=["contract_payments", "staff"])
              .output("young carers assessed", 1000, "2022-23", "2026-27"))
    for restored in (pickle.loads(pickle.dumps(option)), copy.copy(option), copy.deepcopy(option)):
        assert restored == option
        assert restored is not option
        assert restored.optimism_bias_uplift == option.optimism_bias_uplift
        assert restored.output_measure == option.output_measure
    duplicate = copy.copy(option)
    duplicate.risk("Another")
    assert duplicate != option
    with pytest.raises(TypeError):
        hash(option)


# ---------------------------------------------------------------- seed 000


def test_seed_000_the_external_option_is_preferred_and_do_nothing_is_not_viable():
    result = seed_000().run()
    preferred = result.preferred
    assert preferred.name == EXTERNAL
    assert preferred.present_value_costs == cm.Money("£1,521,087.28")
    assert preferred.present_value_benefits == cm.Money(0)
    assert preferred.net_present_cost == cm.Money("£1,521,087.28")
    assert preferred.equivalent_annual_cost == cm.Money("£325,500.00")
    assert preferred.cash_costs == cm.Money("£1,627,500")
    assert preferred.rank == 1
    assert preferred.viable
    assert preferred.kind is cm.OptionKind.EXTERNAL_COMMISSION
    assert preferred.net_present_social_value == cm.Money("-£1,521,087.28")
    assert preferred.benefit_cost_ratio == 0

    nothing = result.option("Do nothing")
    assert result.baseline == nothing == result.options[0]
    assert not nothing.viable
    assert nothing.rank == 2
    assert not nothing.preferred
    assert nothing.failed_duties == (DUTY,)
    assert nothing.present_value_costs == cm.Money(0)
    assert nothing.benefit_cost_ratio is None
    assert nothing.net_present_social_value == cm.Money(0)

    assert result.reasons == (
        "Externally commission a new service is preferred: it meets every statutory duty named and has the lowest "
        "net present cost of the viable options, £1,521,087.28 over 5 years.",
        "Do nothing is not viable: it fails the statutory duty to assess young carers' needs (Children and Families "
        "Act 2014). It is costed and shown, never preferred.",
    )
    assert result.title == "Kent young carers"
    assert repr(result) == (
        "<AppraisalResult 'Kent young carers': 2 options, preferred 'Externally commission a new service' "
        "(net present cost £1,521,087.28)>"
    )


def test_seed_000_the_years_of_the_preferred_option():
    years = seed_000().run().options[1].years
    assert [year.year.label for year in years] == ["2022-23", "2023-24", "2024-25", "2025-26", "2026-27"]
    assert [year.index for year in years] == [0, 1, 2, 3, 4]
    assert all(year.costs == year.net_cost == cm.Money("£325,500") for year in years)
    assert [round(year.discount_factor, 6) for year in years] == [1.0, 0.966184, 0.933511, 0.901943, 0.871442]
    assert [str(year.present_value) for year in years] == [
        "£325,500.00", "£314,492.75", "£303,857.73", "£293,582.35", "£283,654.45",
    ]
    assert years[1] == cm.AppraisalYear(cm.FinancialYear(2023), 1, cm.Money("£325,500"), cm.Money(0), cm.Money(0),
                                        cm.Money("£325,500"), years[1].discount_factor, cm.Money("£314,492.75"))


def test_the_appraisal_states_its_assumptions_and_the_users():
    appraisal = seed_000()
    assert appraisal.assume("Procurement costs £15,000 (officer time), an illustrative assumption.") is appraisal
    assert appraisal.assumptions == ("Procurement costs £15,000 (officer time), an illustrative assumption.",)
    assert appraisal.run().assumptions == (
        "Figures are in real 2022-23 prices; every line is taken as already in those prices.",
        "The appraisal period is 5 years, 2022-23 to 2026-27; 2022-23 is year 0 and is not discounted.",
        "Discounting: Green Book 2022 standard (3.5% a year from year 1), whole years, end of year.",
        "Procurement costs £15,000 (officer time), an illustrative assumption.",
    )
    with pytest.raises(cm.InvalidInputError) as caught:
        appraisal.assume("")
    assert caught.value.id == "commissioning.appraisal.006"


def test_optimism_bias_of_10_percent_on_contract_payments_only():
    option = (
        cm.Option(EXTERNAL, kind="external_commission")
        .add(cm.AppraisalLine.from_contract("Contract payments", young_carers_contract()))
        .add(cm.AppraisalLine.one_off("Procurement", "cost", "procurement", "£15,000", "2022-23"))
        .optimism_bias("10%", "Outsourcing: operating cost, upper bound", applies_to=["contract_payments"])
    )
    result = cm.Appraisal("OB", [do_nothing(), option], base_year="2022-23", years=5).run()
    figures = result.option(EXTERNAL)
    assert [str(year.optimism_bias) for year in figures.years] == ["£32,550.00"] * 5
    assert figures.years[0].costs == cm.Money("£340,500")
    assert figures.optimism_bias == cm.Money("£162,750")
    assert figures.cash_costs == cm.Money("£1,627,500") + cm.Money("£15,000") + cm.Money("£162,750")
    assert figures.present_value_costs == cm.present_value(GREEN_BOOK, ["£373,050"] + ["£358,050"] * 4)
    assert ("Optimism bias on Externally commission a new service: 10% (Outsourcing: operating cost, upper bound)."
            in result.assumptions)
    # Without a list of categories, it applies to every cost line, the procurement too.
    everything = cm.Appraisal("OB", [do_nothing(), copy.copy(option).optimism_bias("10%")], base_year=2022, years=5)
    assert everything.run().option(EXTERNAL).years[0].optimism_bias == cm.Money("£34,050")


def test_optimism_bias_from_the_green_book_table():
    adjustment = cm.OptimismBiasAdjustment("outsourcing", "operating cost")
    option = external().optimism_bias(adjustment, applies_to=["contract_payments"])
    uplift = option.optimism_bias_uplift
    assert uplift.uplift == adjustment.uplift
    assert uplift.description == adjustment.describe()
    assert uplift.applies_to == [cm.CostCategory.CONTRACT_PAYMENTS]
    figures = cm.Appraisal("OB", [option], base_year=2022, years=5).run().options[0]
    assert figures.years[0].optimism_bias == cm.Money("£325,500").multiply(adjustment.uplift)
    assert pickle.loads(pickle.dumps(option)) == option
    with pytest.raises(TypeError, match="describes itself"):
        external().optimism_bias(adjustment, "my words")
    with pytest.raises(cm.InvalidInputError) as caught:
        external().optimism_bias(cm.OptimismBiasAdjustment("standard buildings", "works duration"))
    assert caught.value.id == "commissioning.option.009"
    with pytest.raises(TypeError):
        external().optimism_bias(None)


def test_a_cost_per_unit_of_output():
    option = external().output("young carers assessed", 1000, "2022-23", "2030-31")
    figures = cm.Appraisal("Units", [option], base_year="2022-23", years=5).run().options[0]
    assert figures.output_unit == "young carers assessed"
    assert figures.output_units == 5000  # the years inside the period
    assert figures.cost_per_unit == cm.Money("£304.22")  # £1,521,087.28 / 5,000
    bare = cm.Appraisal("Units", [external()], base_year="2022-23", years=5).run().options[0]
    assert bare.output_unit is None
    assert bare.cost_per_unit is None


def test_benefits_savings_and_income_net_against_costs():
    option = (cm.Option("Invest", kind="in_house")
              .add(cm.AppraisalLine.one_off("Build", "cost", "non_staff", "£1,000,000", 2022))
              .add(cm.AppraisalLine.recurring("Savings", "cashable_saving", "other", "£300,000", 2023, 2026))
              .add(cm.AppraisalLine.recurring("Fees", "income", "other", "£10,000", 2023, 2026)))
    figures = cm.Appraisal("Invest", [cm.Option("Do nothing", "do_nothing"), option], base_year=2022, years=5).run()
    invest = figures.option("Invest")
    assert invest.present_value_benefits == cm.present_value(GREEN_BOOK, [0] + ["£310,000"] * 4)
    assert invest.net_present_cost == invest.present_value_costs - invest.present_value_benefits
    assert invest.years[1].net_cost == cm.Money("-£310,000")
    assert invest.net_present_social_value == invest.present_value_benefits - invest.present_value_costs
    assert invest.benefit_cost_ratio == invest.present_value_benefits.ratio_to(invest.present_value_costs)
    assert invest.preferred  # its net present cost is negative: cheaper than doing nothing


def test_a_real_appraisal_deflates_cash_and_a_nominal_one_does_not():
    obr = cm.Deflator.constant_growth("OBR", "2%", "2022-23", "2026-27")
    staff = cm.AppraisalLine.recurring("Staff", "cost", "staff", "£100,000", "2022-23", "2026-27", indexation="2%")
    option = cm.Option("In-house", "in_house").add(staff)
    real = cm.Appraisal("Real", [option], base_year="2022-23", years=5, deflator=obr).run()
    assert [str(year.net_cost) for year in real.options[0].years] == ["£100,000.00"] * 5
    assert [str(year.costs) for year in real.options[0].years][-1] == "£108,243.22"  # cash
    assert real.options[0].present_value_costs == cm.present_value(GREEN_BOOK, ["£100,000"] * 5)
    assert real.assumptions[0] == "Figures are in real 2022-23 prices, cash deflated by 'OBR'."
    nominal = cm.Appraisal("Cash", [option], base_year="2022-23", years=5, basis="nominal", deflator=obr).run()
    assert nominal.options[0].present_value_costs == cm.present_value(GREEN_BOOK, staff.by_year.values())
    assert nominal.settings.basis is cm.PriceBasis.NOMINAL
    assert nominal.assumptions[0].startswith("Figures are in cash (nominal) prices")


def test_lines_outside_the_period_are_left_out_and_said_to_be():
    option = cm.Option("Long", "other").add(cm.AppraisalLine.recurring("Staff", "cost", "staff", 100, 2022, 2030))
    result = cm.Appraisal("Short", [option], base_year=2022, years=2).run()
    assert result.options[0].cash_costs == cm.Money(200)
    assert "£700.00 of 'Staff' (Long) falls outside the appraisal period and is left out." in result.assumptions


def test_an_appraisal_takes_settings_or_their_parts_not_both():
    health = cm.DiscountSchedule.green_book_health()
    settings_ = cm.AppraisalSettings("2022-23", 5, "real", health, rounding="half_even")
    assert settings_.base_year == cm.FinancialYear(2022)
    assert settings_.years == 5
    assert settings_.basis is cm.PriceBasis.REAL
    assert settings_.schedule == health
    assert settings_.deflator is None
    assert settings_.rounding is cm.Rounding.HALF_EVEN
    assert repr(settings_) == "<AppraisalSettings: 5 years from 2022-23, real prices, Green Book 2022 health>"
    by_settings = cm.Appraisal("x", [external()], settings=settings_)
    by_parts = cm.Appraisal("x", [external()], base_year=cm.FinancialYear(2022), years=5, schedule=health,
                            rounding=cm.Rounding.HALF_EVEN)
    assert by_settings == by_parts
    assert by_settings.settings == settings_
    assert cm.AppraisalSettings(2022, 5) == cm.Appraisal("x", [external()], base_year=2022, years=5).settings
    assert cm.AppraisalSettings(2022, 5).schedule == GREEN_BOOK
    with pytest.raises(TypeError, match="not both"):
        cm.Appraisal("x", [external()], settings=settings_, years=3)
    with pytest.raises(TypeError, match="needs base_year and years"):
        cm.Appraisal("x", [external()], base_year=2022)
    with pytest.raises(TypeError, match="Options"):
        cm.Appraisal("x", ["Do nothing"], base_year=2022, years=5)
    assert {settings_, cm.AppraisalSettings("2022-23", 5, "real", health, rounding="half_even")} == {settings_}


def test_appraisal_errors_carry_their_ids_with_the_message_intact():
    with pytest.raises(cm.InvalidInputError) as caught:
        cm.Appraisal("x", [do_nothing(), do_nothing()], base_year=2022, years=5)
    assert caught.value.id == "commissioning.appraisal.003"
    assert str(caught.value) == "[commissioning.appraisal.003] two options are called 'Do nothing'"
    for years in (0, 501):
        with pytest.raises(cm.InvalidInputError, match="1 to 500 years") as caught:
            cm.Appraisal("x", [do_nothing()], base_year=2022, years=years)
        assert caught.value.id == "commissioning.appraisal.001"
    with pytest.raises(cm.InvalidInputError) as caught:
        cm.Appraisal("x", [], base_year=2022, years=5)
    assert caught.value.id == "commissioning.appraisal.002"
    with pytest.raises(cm.InvalidInputError) as caught:
        cm.Appraisal("x", [external()], base_year=cm.FinancialYear(2022, 1), years=5)
    assert caught.value.id == "commissioning.appraisal.005"
    with pytest.raises(cm.InvalidInputError) as caught:
        seed_000().run().option("Do something")
    assert caught.value.id == "commissioning.appraisal.004"
    assert "the appraisal has no option called 'Do something'" in str(caught.value)
    with pytest.raises(cm.InvalidInputError) as caught:
        seed_000().option("Do something")
    assert caught.value.id == "commissioning.appraisal.004"


def test_an_appraisal_keeps_copies_of_its_options():
    option = external()
    appraisal = cm.Appraisal("x", [option], base_year=2022, years=5)
    option.add(cm.AppraisalLine.one_off("Extra", "cost", "other", 1, 2022))
    assert len(appraisal.options[0].lines) == 1
    assert appraisal.option(EXTERNAL) == external()
    assert appraisal.years[0] == cm.FinancialYear(2022)
    assert len(appraisal.years) == 5
    assert repr(appraisal) == (
        "<Appraisal 'x': 1 option, 5 years from 2022-23, real prices, Green Book 2022 standard>")


def test_with_settings_and_with_option_leave_the_original_as_it_was():
    appraisal = seed_000().assume("An assumption.")
    cheaper = appraisal.with_option(external("£300,000"))
    assert cheaper.run().preferred.present_value_costs == cm.present_value(GREEN_BOOK, ["£300,000"] * 5)
    assert appraisal.run().preferred.present_value_costs == cm.Money("£1,521,087.28")
    assert cheaper.assumptions == ("An assumption.",)
    lower = appraisal.with_settings(cm.AppraisalSettings(2022, 5, schedule=cm.DiscountSchedule.constant("3%")))
    assert lower.run().preferred.present_value_costs == cm.present_value(cm.DiscountSchedule.constant("3%"),
                                                                          ["£325,500"] * 5)
    with pytest.raises(cm.InvalidInputError) as caught:
        appraisal.with_option(cm.Option("Somebody else"))
    assert caught.value.id == "commissioning.appraisal.004"


def test_no_option_viable_means_none_preferred():
    result = cm.Appraisal("None", [do_nothing()], base_year=2022, years=1).run()
    assert result.preferred is None
    assert result.reasons[0] == "No option is viable: every option fails a statutory duty, so none is preferred."
    assert repr(result) == "<AppraisalResult 'None': 1 option, no option viable>"


# ---------------------------------------------------------------- tables


def test_the_result_as_a_data_frame_one_row_per_option():
    appraisal = seed_000()
    appraisal.assume("An assumption.")
    frame = appraisal.run().to_pandas()
    assert list(frame.columns) == [
        "name", "kind", "cash_costs", "cash_benefits", "optimism_bias", "present_value_costs",
        "present_value_benefits", "net_present_cost", "net_present_social_value", "benefit_cost_ratio",
        "equivalent_annual_cost", "cost_per_unit", "viable", "rank", "preferred",
    ]
    assert frame["name"].tolist() == ["Do nothing", EXTERNAL]
    assert frame["kind"].tolist() == ["do_nothing", "external_commission"]
    assert frame.loc[1, "present_value_costs"] == Decimal("1521087.28")
    assert isinstance(frame.loc[1, "present_value_costs"], Decimal)
    assert frame.loc[1, "equivalent_annual_cost"] == Decimal("325500.00")
    assert pd.isna(frame.loc[0, "benefit_cost_ratio"])
    assert frame.loc[1, "benefit_cost_ratio"] == 0.0
    assert frame["benefit_cost_ratio"].dtype == "float64"
    assert frame["cost_per_unit"].tolist() == [None, None]
    assert frame["viable"].tolist() == [False, True]
    assert frame["rank"].tolist() == [2, 1]
    assert frame["preferred"].tolist() == [False, True]
    assert frame.attrs["title"] == "Kent young carers"
    assert frame.attrs["preferred"] == EXTERNAL
    assert frame.attrs["assumptions"][-1] == "An assumption."
    assert len(frame.attrs["reasons"]) == 2


def test_the_years_as_a_long_frame_and_one_options_years():
    result = seed_000().run()
    long = result.years_frame()
    assert list(long.columns) == ["option", "year", "index", "costs", "optimism_bias", "benefits", "net_cost",
                                  "discount_factor", "present_value"]
    assert len(long) == 10
    assert long["option"].tolist() == ["Do nothing"] * 5 + [EXTERNAL] * 5
    assert long.loc[6, "year"] == "2023-24"
    assert long.loc[6, "present_value"] == Decimal("314492.75")
    assert round(long.loc[6, "discount_factor"], 6) == 0.966184
    frame = result.options[1].to_pandas()
    assert list(frame.index) == ["2022-23", "2023-24", "2024-25", "2025-26", "2026-27"]
    assert frame.index.name == "financial_year"
    assert list(frame.columns) == ["index", "costs", "optimism_bias", "benefits", "net_cost", "discount_factor",
                                   "present_value"]
    assert frame.loc["2026-27", "present_value"] == Decimal("283654.45")
    assert frame.attrs["option"] == EXTERNAL


def test_the_html_tables_mark_the_preferred_option():
    result = seed_000().run()
    table = result._repr_html_()
    assert table.startswith('<table class="commissioning-appraisal">')
    assert "<caption>Kent young carers: 5 years from 2022-23, real prices, Green Book 2022 standard</caption>" in table
    assert table.count('<tr class="preferred">') == 1
    assert table.count('<tr class="not-viable">') == 1
    assert "<td>Externally commission a new service ✓</td>" in table
    assert '<td style="text-align: right">£1,521,087.28</td>' in table
    assert "<li>Do nothing is not viable" in table
    option_table = result.options[0]._repr_html_()
    assert "<caption>Do nothing (rank 2, not viable: fails the duty to assess young carers&#x27;" in option_table
    assert result.preferred._repr_html_().count("<tr>") == 7  # head, five years, total


# ---------------------------------------------------------------- values


def test_results_and_appraisals_pickle_copy_and_compare():
    appraisal = seed_000().assume("An assumption.")
    result = appraisal.run()
    for value in (appraisal, result, result.options[0], result.preferred, result.settings,
                  cm.AppraisalSettings(2022, 3, "nominal", cm.DiscountSchedule.constant("3%"),
                                       cm.Deflator.constant_growth("OBR", "2%", 2022, 2030))):
        for protocol in (2, pickle.HIGHEST_PROTOCOL):
            data = pickle.dumps(value, protocol=protocol)
            assert b"_core" not in data
            restored = pickle.loads(data)
            assert type(restored) is type(value)
            assert restored == value
        assert copy.copy(value) == value
        assert copy.deepcopy(value) == value
    assert pickle.loads(pickle.dumps(result)).reasons == result.reasons
    assert result != cm.Appraisal("Kent young carers", [do_nothing(), external("£1")], base_year=2022, years=5).run()
    restored = pickle.loads(pickle.dumps(appraisal))
    assert restored.run() == result
    assert restored.assume("Another.") is restored
    assert restored != appraisal


def test_lines_keep_their_basis_and_kind_through_a_pickle():
    contract_line = cm.AppraisalLine.from_contract("Contract payments", young_carers_contract())
    one_off = cm.AppraisalLine.one_off("Procurement", "cost", "procurement", "£15,000", 2022)
    for line in (contract_line, one_off, one_off.scaled("110%"),
                 cm.AppraisalLine.recurring("x", "income", "other", 1, cm.FinancialYear(2022, 7), 2024)):
        restored = pickle.loads(pickle.dumps(line))
        assert restored == line
        assert restored.basis == line.basis
        assert restored.is_one_off == line.is_one_off
        assert restored.start_month == line.start_month
        assert hash(restored) == hash(line)
        assert copy.deepcopy(line) == line
    assert one_off.scaled("110%") != one_off
    assert len({one_off, pickle.loads(pickle.dumps(one_off)), contract_line}) == 2


def test_an_option_is_safe_to_build_from_several_threads():
    option = cm.Option("Shared")
    errors = []

    def add(number: int) -> None:
        try:
            for year in range(20):
                option.add(cm.AppraisalLine.one_off(f"Line {number}.{year}", "cost", "other", 1, 2022 + year))
        except Exception as error:  # pragma: no cover - reported below
            errors.append(error)

    threads = [threading.Thread(target=add, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert len(option.lines) == 80


# ---------------------------------------------------------------- properties


@st.composite
def appraisals(draw):
    years = draw(st.integers(min_value=1, max_value=12))
    base = 2022
    options = []
    for number in range(draw(st.integers(min_value=1, max_value=3))):
        option = cm.Option(f"Option {number}", kind=draw(st.sampled_from(list(cm.OptionKind))))
        for line_number in range(draw(st.integers(min_value=0, max_value=3))):
            first = draw(st.integers(min_value=base - 1, max_value=base + years))
            last = draw(st.integers(min_value=first, max_value=first + years))
            option.add(cm.AppraisalLine.recurring(
                f"Line {line_number}",
                draw(st.sampled_from(list(cm.LineKind))),
                draw(st.sampled_from(list(cm.CostCategory))),
                cm.Money.from_pence(draw(st.integers(min_value=0, max_value=10**10))),
                first,
                last,
                indexation=cm.Rate.ratio(draw(st.integers(min_value=0, max_value=100)), 1000),
            ))
        if draw(st.booleans()):
            option.optimism_bias(cm.Rate.ratio(draw(st.integers(min_value=0, max_value=60)), 100))
        options.append(option)
    schedule = draw(st.sampled_from(
        [GREEN_BOOK, cm.DiscountSchedule.green_book_health(), cm.DiscountSchedule.constant("7%")]))
    basis = draw(st.sampled_from(list(cm.PriceBasis)))
    return cm.Appraisal("Random", options, base_year=base, years=years, basis=basis, schedule=schedule,
                        deflator=cm.Deflator.constant_growth("Growth", "2.5%", base, base + years))


@given(appraisals())
def test_per_year_present_values_sum_to_the_total_within_half_a_penny_a_year(appraisal):
    result = appraisal.run()
    schedule = appraisal.settings.schedule
    for option in result.options:
        years = len(option.years)
        summed = sum(year.present_value.pence for year in option.years)
        # The net costs' present value rounded once: each year's rounding is at most half a penny off it.
        once = cm.present_value(schedule, [year.net_cost for year in option.years]).pence
        assert abs(summed - once) <= years / 2
        # PVC and PVB are each rounded once, so PVC - PVB may be a further penny off.
        assert abs(summed - option.net_present_cost.pence) <= years / 2 + 1
        assert option.net_present_cost == option.present_value_costs - option.present_value_benefits
        assert option.cash_costs == sum((year.costs + year.optimism_bias for year in option.years), cm.Money())
        annuity = cm.annuity_factor(schedule, years)
        eac = Fraction(option.net_present_cost.pence) / annuity
        assert abs(option.equivalent_annual_cost.pence - eac) <= Fraction(1, 2) + 1 / annuity


@given(appraisals())
@settings(max_examples=100)
def test_ranks_put_viable_options_first_then_the_lowest_net_present_cost(appraisal):
    result = appraisal.run()
    ranked = sorted(result.options, key=lambda option: option.rank)
    assert [option.rank for option in ranked] == list(range(1, len(ranked) + 1))
    for better, worse in zip(ranked, ranked[1:]):
        assert (better.viable, -better.net_present_cost.pence) >= (worse.viable, -worse.net_present_cost.pence)
    if any(option.viable for option in result.options):
        assert result.preferred == ranked[0]
    else:
        assert result.preferred is None
    assert pickle.loads(pickle.dumps(result)) == result


# ---------------------------------------------------------------- the docstrings' examples


@pytest.mark.parametrize("name", ["AppraisalLine", "Option", "Appraisal"])
def test_the_docstring_examples_run(name):
    runner = doctest.DocTestRunner(optionflags=doctest.NORMALIZE_WHITESPACE)
    tests = doctest.DocTestFinder().find(getattr(cm, name), name, globs=dict(vars(cm)))
    for test in tests:
        runner.run(test)
    results = runner.summarize(verbose=False)
    assert results.attempted > 0
    assert results.failed == 0
