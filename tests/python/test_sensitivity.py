"""Sensitivity analysis and switching values of an appraisal (Green Book 2022 5.59-5.61): how
the answer moves when one input moves, and how far an input must move before the preferred
option changes."""

import copy
import pickle
import re
from concurrent.futures import ThreadPoolExecutor
from decimal import Decimal

import pytest

import commissioning as cm

GREEN_BOOK = cm.DiscountSchedule.green_book_2022()
DUTY = "assess young carers' needs (Children and Families Act 2014)"
EXTERNAL = "Externally commission a new service"
REMEDIATE = "Remediate the site"


def box_12() -> cm.Appraisal:
    """The Green Book's Box 12: a scheme with costs of £10m and benefits of £8m, against doing nothing."""
    scheme = (cm.Option(REMEDIATE, kind="other")
              .add(cm.AppraisalLine.one_off("Remediation", "cost", "non_staff", "£10,000,000", "2022-23"))
              .add(cm.AppraisalLine.one_off("Land value uplift", "benefit", "other", "£8,000,000", "2022-23")))
    return cm.Appraisal("Box 12", [cm.Option("Do nothing", kind="do_nothing"), scheme], base_year="2022-23", years=1)


def young_carers() -> cm.Appraisal:
    """Seed 000's three options: doing nothing fails a duty; in-house is cheaper than a new contract."""
    nothing = cm.Option("Do nothing", kind="do_nothing").duty(DUTY, met=False)
    in_house = (cm.Option("In-house", kind="in_house")
                .add(cm.AppraisalLine.recurring("Staff", "cost", "staff", "£300,000", "2022-23", "2026-27"))
                .add(cm.AppraisalLine.one_off("TUPE", "cost", "tupe_and_transition", "£50,000", "2022-23"))
                .duty(DUTY, met=True))
    external = (cm.Option(EXTERNAL, kind="external_commission")
                .add(cm.AppraisalLine.recurring("Contract payments", "cost", "contract_payments", "£325,500",
                                                "2022-23", "2026-27"))
                .add(cm.AppraisalLine.one_off("Procurement", "cost", "procurement", "£15,000", "2022-23"))
                .duty(DUTY, met=True))
    return cm.Appraisal("Kent young carers", [nothing, in_house, external], base_year="2022-23", years=5)


# ---------------------------------------------------------------- the Green Book's Box 12


def test_box_12_benefit_cost_ratio_and_social_value():
    scheme = box_12().run().option(REMEDIATE)
    assert scheme.benefit_cost_ratio == cm.Rate("0.8")
    assert float(scheme.benefit_cost_ratio) == 0.8
    assert scheme.net_present_social_value == cm.Money("-£2,000,000.00")
    assert scheme.net_present_cost == cm.Money("£2,000,000")
    assert box_12().run().preferred.name == "Do nothing"


def test_box_12_benefits_must_rise_by_a_quarter_before_the_scheme_breaks_even():
    value = cm.find_switching_value(box_12(), cm.AppraisalInput.benefits(REMEDIATE), REMEDIATE, "Do nothing")
    assert value.multiplier == pytest.approx(1.25, abs=1e-9)
    assert value.change == pytest.approx(0.25, abs=1e-9)
    assert value.input == "Benefits (Remediate the site)"
    assert value.option == REMEDIATE
    assert value.rival == "Do nothing"
    assert value.sentence == (
        "Benefits (Remediate the site) would have to rise by 25.0% for Remediate the site and Do nothing to have "
        "equal net present social value."
    )
    assert str(value) == value.sentence


def test_box_12_without_options_the_preferred_against_its_nearest_rival():
    value = box_12().switching_value(cm.AppraisalInput.benefits(REMEDIATE))
    assert value.multiplier == pytest.approx(1.25, abs=1e-9)
    assert (value.option, value.rival) == ("Do nothing", REMEDIATE)
    costs = cm.find_switching_value(box_12(), cm.AppraisalInput.costs(REMEDIATE))
    assert costs.multiplier == pytest.approx(0.8, abs=1e-9)
    assert costs.change == pytest.approx(-0.2, abs=1e-9)
    assert "would have to fall by 20.0%" in costs.sentence


def test_a_switching_value_that_does_not_exist():
    appraisal = young_carers()
    value = appraisal.switching_value(cm.AppraisalInput.line(EXTERNAL, "Procurement"), "In-house", EXTERNAL)
    assert value.multiplier is None
    assert value.change is None
    assert value.sentence == (
        "No change in Procurement (Externally commission a new service) from zero to a thousand times its estimate makes "
        "In-house and Externally commission a new service equal."
    )
    assert repr(value) == (
        "<SwitchingValue Procurement (Externally commission a new service) of 'In-house' against "
        "'Externally commission a new service': none>"
    )


def test_the_preferred_options_switching_value_on_its_own_costs():
    appraisal = young_carers()
    value = appraisal.switching_value(cm.AppraisalInput.costs("In-house"))
    assert (value.option, value.rival) == ("In-house", EXTERNAL)
    # In-house costs x m equal the external option's £1,536,087.28: m = 1,536,087.28 / 1,451,923.76.
    in_house = appraisal.run().option("In-house").present_value_costs
    external = appraisal.run().option(EXTERNAL).present_value_costs
    assert value.multiplier == pytest.approx(float(external.pounds / in_house.pounds), rel=1e-8)
    assert repr(value).startswith("<SwitchingValue Costs (In-house) of 'In-house' against ")


# ---------------------------------------------------------------- one-way sensitivity


def test_one_way_sensitivity_rows_in_tornado_order():
    appraisal = young_carers()
    inputs = [
        cm.AppraisalInput.costs(EXTERNAL),
        cm.AppraisalInput.line(EXTERNAL, "Procurement"),
        cm.AppraisalInput.discount_rate(),
        cm.AppraisalInput.costs("In-house"),
    ]
    analysis = cm.one_way_sensitivity(appraisal, inputs, change="10%")
    assert analysis.option == "In-house"  # the preferred option, by default
    assert analysis.preferred == "In-house"
    assert analysis.metric is cm.SensitivityMetric.NET_PRESENT_COST
    assert analysis.change == cm.Rate("10%")
    assert analysis.base == cm.present_value(GREEN_BOOK, ["£350,000"] + ["£300,000"] * 4) == cm.Money("£1,451,923.76")
    assert [row.input for row in analysis.rows] == [
        "Costs (In-house)",
        "Discount rate",
        "Costs (Externally commission a new service)",  # no swing: ties keep the order given
        "Procurement (Externally commission a new service)",
    ]
    costs = analysis.rows[0]
    assert costs.at_low == cm.present_value(GREEN_BOOK, ["£315,000"] + ["£270,000"] * 4) == cm.Money("£1,306,731.39")
    assert costs.at_high == cm.present_value(GREEN_BOOK, ["£385,000"] + ["£330,000"] * 4) == cm.Money("£1,597,116.14")
    assert costs.swing == costs.at_high - costs.at_low
    rate = analysis.rows[1]
    assert rate.at_low == cm.present_value(GREEN_BOOK.scaled("90%"), ["£350,000"] + ["£300,000"] * 4)
    assert rate.at_high == cm.present_value(GREEN_BOOK.scaled("110%"), ["£350,000"] + ["£300,000"] * 4)
    assert rate.at_low > rate.at_high
    assert rate.swing == rate.at_low - rate.at_high
    external = analysis.rows[2]
    assert external.swing == cm.Money(0)
    assert external.at_low == external.at_high == analysis.base
    # Ten per cent off the new contract makes it cheaper than in-house: the preference switches.
    assert (external.preferred_at_low, external.preferred_at_high) == (EXTERNAL, "In-house")
    assert len(analysis) == 4
    assert list(analysis) == analysis.rows
    assert analysis[0] == costs
    assert analysis[-1].input == "Procurement (Externally commission a new service)"
    assert analysis[1:3] == analysis.rows[1:3]
    assert repr(analysis) == (
        "<SensitivityAnalysis: net present cost of 'In-house', 4 inputs moved ±10%, base £1,451,923.76>"
    )


def test_sensitivity_of_another_option_and_metric():
    appraisal = young_carers()
    analysis = appraisal.sensitivity([cm.AppraisalInput.category(EXTERNAL, "contract_payments")], change="20%",
                                     option=EXTERNAL, metric="net_present_social_value")
    assert analysis.option == EXTERNAL
    assert analysis.metric is cm.SensitivityMetric.NET_PRESENT_SOCIAL_VALUE
    assert analysis.base == appraisal.run().option(EXTERNAL).net_present_social_value
    row = analysis.rows[0]
    assert row.input == "Contract payments (Externally commission a new service)"
    assert row.at_low == -(cm.present_value(GREEN_BOOK, ["£260,400"] * 5) + cm.Money("£15,000"))
    assert row.at_high == -(cm.present_value(GREEN_BOOK, ["£390,600"] * 5) + cm.Money("£15,000"))


def test_the_analysis_as_a_data_frame_and_an_html_table():
    analysis = young_carers().sensitivity([cm.AppraisalInput.costs("In-house"), cm.AppraisalInput.discount_rate()])
    frame = analysis.to_pandas()
    assert list(frame.columns) == ["input", "at_low", "at_high", "swing", "preferred_at_low", "preferred_at_high"]
    assert frame.loc[0, "at_low"] == Decimal("1306731.39")
    assert isinstance(frame.loc[0, "swing"], Decimal)
    assert frame.attrs == {"option": "In-house", "metric": "net_present_cost", "rival": None,
                           "figure": "In-house's net present cost", "change": Decimal("0.1"),
                           "base": Decimal("1451923.76"), "preferred": "In-house"}
    table = analysis._repr_html_()
    assert table.startswith('<table class="commissioning-sensitivity">')
    assert "<caption>In-house: net present cost £1,451,923.76, each input moved ±10%</caption>" in table
    assert "<td>Costs (In-house)</td>" in table
    assert '<td style="text-align: right">£1,306,731.39</td>' in table


def one_year() -> cm.Appraisal:
    """Two options over one year (year 0, undiscounted): in-house £105,000, external £100,000."""
    in_house = cm.Option("In-house", kind="in_house").add(
        cm.AppraisalLine.one_off("Staff", "cost", "staff", "£105,000", "2022-23"))
    external = cm.Option("External", kind="external_commission").add(
        cm.AppraisalLine.one_off("Contract payments", "cost", "contract_payments", "£100,000", "2022-23"))
    return cm.Appraisal("One year", [in_house, external], base_year="2022-23", years=1)


def test_the_gap_to_a_rival_moves_with_the_rivals_inputs():
    # External's lead over In-house is £105,000 − £100,000 = £5,000. The rival's staff × 1.1 =
    # £115,500 widens it by £10,500 to £15,500; × 0.9 = £94,500 makes it −£5,500 (In-house
    # preferred). External's contract × 0.9 gives £15,000, × 1.1 gives −£5,000.
    inputs = [cm.AppraisalInput.line("External", "Contract payments"), cm.AppraisalInput.line("In-house", "Staff")]
    gap = cm.one_way_sensitivity(one_year(), inputs, metric="gap")
    assert gap.metric is cm.SensitivityMetric.NET_PRESENT_SOCIAL_VALUE_GAP
    assert (gap.option, gap.rival, gap.base) == ("External", "In-house", cm.Money("£5,000"))
    assert gap.figure == "the lead of External over In-house in net present social value"
    staff, contract = gap.rows
    assert (staff.input, staff.at_low, staff.at_high, staff.swing) == (
        "Staff (In-house)", cm.Money("-£5,500"), cm.Money("£15,500"), cm.Money("£21,000"))
    assert staff.at_high - gap.base == cm.Money("£10,500")  # a tenth of the rival's £105,000
    assert (staff.preferred_at_low, staff.preferred_at_high) == ("In-house", "External")
    assert (contract.at_low, contract.at_high, contract.preferred_at_high) == (
        cm.Money("£15,000"), cm.Money("-£5,000"), "In-house")
    assert repr(gap) == ("<SensitivityAnalysis: net present social value gap of 'External' over 'In-house', "
                         "2 inputs moved ±10%, base £5,000.00>")
    frame = gap.to_pandas()
    assert frame.attrs["rival"] == "In-house"
    assert "<caption>The lead of External over In-house in net present social value: £5,000.00" in gap._repr_html_()
    # Watching External's own cost instead, the rival's staff swing nothing.
    assert cm.one_way_sensitivity(one_year(), inputs).rows[1].swing == cm.Money(0)
    assert pickle.loads(pickle.dumps(gap)) == gap
    assert gap != cm.one_way_sensitivity(one_year(), inputs, metric="npsv")


def test_one_gap_analysis_for_each_viable_rival():
    appraisal = young_carers()  # doing nothing fails its duty: in-house has one viable rival
    each = cm.sensitivity_to_rivals(appraisal, [cm.AppraisalInput.costs(EXTERNAL)])
    assert [(a.option, a.rival) for a in each] == [("In-house", EXTERNAL)]
    assert each == appraisal.sensitivity_to_rivals([cm.AppraisalInput.costs(EXTERNAL)])
    run = appraisal.run()
    assert each[0].base == (run.option("In-house").net_present_social_value
                            - run.option(EXTERNAL).net_present_social_value)
    named = appraisal.sensitivity([], metric="gap", rival="Do nothing")
    assert named.base == run.option("In-house").net_present_social_value


def test_a_gap_needs_a_rival():
    with pytest.raises(cm.InvalidInputError, match=r"commissioning\.sensitivity\.006.*'In-house'"):
        cm.one_way_sensitivity(one_year(), [], rival="In-house")
    with pytest.raises(cm.InvalidInputError, match=r"commissioning\.sensitivity\.007.*'External' twice"):
        cm.one_way_sensitivity(one_year(), [], option="External", metric="gap", rival="External")
    with pytest.raises(cm.DomainError, match=r"commissioning\.sensitivity\.005.*'Alone'"):
        cm.sensitivity_to_rivals(cm.Appraisal("Alone", [cm.Option("Only", kind="in_house")], base_year=2022, years=1), [])


def test_with_no_option_viable_the_baseline_is_watched():
    nothing = cm.Option("Do nothing", "do_nothing").duty(DUTY, met=False).add(
        cm.AppraisalLine.recurring("Ad hoc support", "cost", "other", "£1,000", 2022, 2023))
    analysis = cm.one_way_sensitivity(cm.Appraisal("x", [nothing], base_year=2022, years=2),
                                      [cm.AppraisalInput.costs("Do nothing")])
    assert analysis.option == "Do nothing"
    assert analysis.preferred is None
    assert analysis.rows[0].preferred_at_low is None
    assert "none viable" in analysis._repr_html_()


# ---------------------------------------------------------------- inputs


def test_inputs_name_what_they_move():
    assert cm.AppraisalInput.line(EXTERNAL, "Procurement").name == "Procurement (Externally commission a new service)"
    assert cm.AppraisalInput.costs("In-house").name == "Costs (In-house)"
    assert cm.AppraisalInput.benefits("In-house").name == "Benefits (In-house)"
    assert cm.AppraisalInput.category("In-house", "tupe_and_transition").name == "TUPE and transition (In-house)"
    assert cm.AppraisalInput.category("In-house", cm.CostCategory.STAFF).name == "Staff (In-house)"
    assert cm.AppraisalInput.discount_rate().name == "Discount rate"
    line = cm.AppraisalInput.line(EXTERNAL, "Procurement")
    assert (line.target, line.option, line.line_name, line.cost_category) == ("line", EXTERNAL, "Procurement", None)
    category = cm.AppraisalInput.category("In-house", "staff")
    assert (category.target, category.option, category.line_name, category.cost_category) == (
        "category", "In-house", None, cm.CostCategory.STAFF)
    rate = cm.AppraisalInput.discount_rate()
    assert (rate.target, rate.option) == ("discount_rate", None)


@pytest.mark.parametrize(
    "value",
    [
        cm.AppraisalInput.line(EXTERNAL, "Procurement"),
        cm.AppraisalInput.costs("In-house"),
        cm.AppraisalInput.benefits("In-house"),
        cm.AppraisalInput.category("In-house", "staff"),
        cm.AppraisalInput.discount_rate(),
    ],
    ids=repr,
)
def test_inputs_are_values(value):
    assert eval(repr(value), {"AppraisalInput": cm.AppraisalInput}) == value
    restored = pickle.loads(pickle.dumps(value))
    assert restored == value
    assert hash(restored) == hash(value)
    assert copy.deepcopy(value) == value
    assert value != cm.AppraisalInput.costs("Somebody else")


def test_an_input_applied_leaves_the_appraisal_as_it_was():
    appraisal = young_carers()
    cheaper = cm.AppraisalInput.costs("In-house").apply(appraisal, "50%")
    assert cheaper.option("In-house").line("Staff").in_year(2022) == cm.Money("£150,000")
    assert appraisal.option("In-house").line("Staff").in_year(2022) == cm.Money("£300,000")
    higher = cm.AppraisalInput.discount_rate().apply(appraisal, 2)
    assert higher.settings.schedule == GREEN_BOOK.scaled(2)


# ---------------------------------------------------------------- errors


def test_sensitivity_errors_carry_their_ids_with_the_message_intact():
    appraisal = young_carers()
    for change, shown in [("0%", "0%"), ("150%", "150%"), (-0.1, "-10%")]:
        with pytest.raises(cm.InvalidInputError) as caught:
            cm.one_way_sensitivity(appraisal, [cm.AppraisalInput.costs("In-house")], change=change)
        assert caught.value.id == "commissioning.sensitivity.002"
        assert str(caught.value) == (
            f"[commissioning.sensitivity.002] a sensitivity change must be above 0% and at most 100%, got {shown}"
        )
    with pytest.raises(cm.InvalidInputError, match=re.escape("cannot be multiplied by a negative factor")) as caught:
        cm.AppraisalInput.costs("In-house").apply(appraisal, -1)
    assert caught.value.id == "commissioning.sensitivity.001"
    with pytest.raises(cm.InvalidInputError) as caught:
        cm.find_switching_value(appraisal, cm.AppraisalInput.costs("In-house"), "In-house", "In-house")
    assert caught.value.id == "commissioning.sensitivity.003"
    assert "a switching value needs two different options, got 'In-house' twice" in str(caught.value)
    with pytest.raises(cm.InvalidInputError) as caught:
        appraisal.sensitivity([cm.AppraisalInput.costs("Nobody")])
    assert caught.value.id == "commissioning.appraisal.004"
    with pytest.raises(cm.InvalidInputError) as caught:
        appraisal.sensitivity([cm.AppraisalInput.line("In-house", "Rent")])
    assert caught.value.id == "commissioning.option.006"
    with pytest.raises(TypeError, match="give both option and rival, or neither"):
        appraisal.switching_value(cm.AppraisalInput.costs("In-house"), option="In-house")
    with pytest.raises(TypeError, match="AppraisalInputs"):
        appraisal.sensitivity(["Costs (In-house)"])
    with pytest.raises(ValueError, match="unknown sensitivity metric 'cost'"):
        appraisal.sensitivity([cm.AppraisalInput.costs("In-house")], metric="cost")


def test_no_viable_option_has_no_switching_value_of_its_own():
    nothing = cm.Option("Do nothing", "do_nothing").duty(DUTY, met=False)
    appraisal = cm.Appraisal("Nobody", [nothing], base_year=2022, years=1)
    with pytest.raises(cm.DomainError) as caught:
        appraisal.switching_value(cm.AppraisalInput.costs("Do nothing"))
    assert caught.value.id == "commissioning.sensitivity.004"
    assert "no option of 'Nobody' is viable, so none is preferred to switch" in str(caught.value)


# ---------------------------------------------------------------- values and threads


def test_analyses_and_switching_values_pickle_copy_and_compare():
    appraisal = young_carers()
    analysis = appraisal.sensitivity([cm.AppraisalInput.costs("In-house"), cm.AppraisalInput.discount_rate()])
    value = box_12().switching_value(cm.AppraisalInput.benefits(REMEDIATE))
    none = appraisal.switching_value(cm.AppraisalInput.line(EXTERNAL, "Procurement"), "In-house", EXTERNAL)
    for item in (analysis, value, none):
        for protocol in (2, pickle.HIGHEST_PROTOCOL):
            data = pickle.dumps(item, protocol=protocol)
            assert b"_core" not in data
            assert pickle.loads(data) == item
        assert copy.deepcopy(item) == item
        with pytest.raises(TypeError):
            hash(item)
    assert pickle.loads(pickle.dumps(value)).multiplier == value.multiplier
    assert analysis != appraisal.sensitivity([cm.AppraisalInput.costs("In-house")])


def test_analyses_run_side_by_side_in_threads():
    appraisal = young_carers()
    inputs = [cm.AppraisalInput.costs("In-house"), cm.AppraisalInput.discount_rate()]
    expected = appraisal.sensitivity(inputs)
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(lambda _: appraisal.sensitivity(inputs), range(8)))
    assert all(result == expected for result in results)
