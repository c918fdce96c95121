"""Report tables from Python: the same model, renderers and standard pieces as C++."""

import copy
import json
import pickle
from decimal import Decimal

import pytest

import commissioning as cm


def seed_002() -> cm.Table:
    t = cm.Table(
        "Current spend per annum",
        [cm.Column.text("Contract name", row_header=True), cm.Column.text("Provider"),
         cm.Column.money("Costings", unit="pounds_and_pence")],
    )
    t.add_row(["A. Young Carers", "Imago", "£325,484.88"])
    t.add_row(["B. NEET", "CXK Ltd", Decimal("498410.40")])
    t.begin_group()
    t.add_row(["C. Family Support", "Porchlight", 1_240_000])
    t.add_row([None, "Project Salus", cm.Money("£860,400")])
    t.add_subtotal("Family Support Total", label_column=1)
    t.add_total("Total current spend")
    t.add_summary(["Total revised projected spend", None, "£1,924,295.28"])
    return t


def test_subtotals_and_totals_are_exact_sums():
    rows = seed_002().rows
    assert rows[4] == ("subtotal", [None, "Family Support Total", cm.Money("£2,100,400")])
    assert rows[5] == ("total", ["Total current spend", None, cm.Money("£2,924,295.28")])
    assert rows[6][0] == "summary"


def test_markdown_of_the_seed_002_table():
    md = seed_002().to_markdown()
    assert "|  | **Family Support Total** | **£2,100,400.00** |" in md
    assert "| **Total current spend** |  | **£2,924,295.28** |" in md
    assert "| **Total revised projected spend** |  | **£1,924,295.28** |" in md


def test_csv_writes_figures_as_numbers_and_json_as_exact_strings():
    t = seed_002()
    assert "Total current spend,,2924295.28\r\n" in t.to_csv()
    assert 'Total current spend,,"£2,924,295.28"\r\n' in t.to_csv(values="display")
    data = t.to_json()
    assert data["rows"][5]["cells"][2] == {"text": "£2,924,295.28", "value": "2924295.28"}
    assert data["rows"][4]["group"] == 0
    assert data["columns"][2] == {"heading": "Costings", "kind": "money", "align": "right",
                                  "unit": "pounds_and_pence", "decimals": 2}
    assert json.loads(json.dumps(data)) == data


def test_rounded_figures_add_up_to_the_rounded_total():
    t = cm.Table("Thirds", [cm.Column.text("Part"), cm.Column.money("Amount")])
    for part in "ABC":
        t.add_row([part, "£333.33"])
    t.add_row(["D", "£0.01"])
    t.add_total()
    cells = [row["cells"][1]["text"] for row in t.to_json()["rows"]]
    assert cells == ["£334", "£333", "£333", "£0", "£1,000"]
    assert t.to_json()["notes"] == [
        "Figures are rounded to the nearest £1; 1 figure was adjusted by one unit so that the figures shown add "
        "up to the totals shown."
    ]
    t.rounding = "independent"
    assert t.rounding == cm.TotalRounding.INDEPENDENT
    assert [row["cells"][1]["text"] for row in t.to_json()["rows"]][:1] == ["£333"]


def test_html_is_escaped_and_semantic():
    t = cm.Table("<Options>", [cm.Column.text("Option", row_header=True), cm.Column.text("Points")])
    t.add_row(["Do <b>nothing</b>", ["a & b", "c"]])
    html = t.to_html()
    assert "<caption>&lt;Options&gt;</caption>" in html
    assert '<th scope="row">Do &lt;b&gt;nothing&lt;/b&gt;</th>' in html
    assert "<ul><li>a &amp; b</li><li>c</li></ul>" in html
    assert t._repr_html_() == html
    assert t.to_html(standalone=True).startswith("<!DOCTYPE html>")


def test_percent_count_and_number_columns():
    t = cm.Table("Kinds", [cm.Column.percent("Share"), cm.Column.count("Young carers"), cm.Column.number("Factor", 6)])
    t.add_row(["20%", 1000, 0.9661835748792271])
    cells = [c["text"] for c in t.to_json()["rows"][0]["cells"]]
    assert cells == ["20.0%", "1,000", "0.966184"]
    assert t.columns[0].kind == cm.ColumnKind.PERCENT
    assert t.columns[1].align == cm.Alignment.RIGHT


def test_bad_rows_are_refused_with_ids():
    t = cm.Table("Spend", [cm.Column.text("Name"), cm.Column.money("Amount")])
    with pytest.raises(cm.InvalidInputError, match=r"\[commissioning.report.001\] row 1 of 'Spend' has 1 cells"):
        t.add_row(["only one"])
    with pytest.raises(cm.InvalidInputError, match=r"\[commissioning.report.002\] row 1: the column 'Amount' holds money, not \[1, 2\]"):
        t.add_row(["a", [1, 2]])
    with pytest.raises(cm.InvalidInputError, match=r"commissioning.money.002"):
        t.add_row(["a", "twelve pounds"])
    with pytest.raises(cm.InvalidInputError, match=r"\[commissioning.report.003\]"):
        t.add_subtotal("x")
    counts = cm.Table("Counts", [cm.Column.count("n")])
    with pytest.raises(cm.InvalidInputError, match=r"holds a count, not True"):
        counts.add_row([True])
    with pytest.raises(ValueError, match="unknown total rounding 'sometimes'"):
        t.rounding = "sometimes"


def test_tables_compare_copy_and_pickle():
    t = seed_002()
    assert pickle.loads(pickle.dumps(t)) == t
    assert copy.deepcopy(t) == t
    assert pickle.loads(pickle.dumps(t)).to_markdown() == t.to_markdown()
    other = seed_002()
    other.note("changed")
    assert other != t


def test_the_seed_sentences():
    contract = cm.Contract(name="Young carers", provider="Imago", start="1 May 2016", term="3+1+1",
                           annual_value="£325,484")
    contract.exercise(1)
    contract.exercise(2)
    contract.modify(ground="72(1)(c)", months=12)
    assert cm.spend_to_date_sentence(contract, "Kent County Council", "the delivery of the young carers service") == (
        "From 1 May 2016 to 30 April 2022 Kent County Council have spent £1,952,904 on the delivery of the young "
        "carers service."
    )
    proposed = cm.Contract(name="Kent", provider="tbc", start="1 April 2022", term="3+1+1", annual_value="£325,500")
    assert cm.financial_implications_paragraph(proposed, "the existing revenue budget") == (
        "This service will be funded from within the existing revenue budget. The funding available is £325,500 per "
        "annum. This equates to £1,627,500 over the term of the proposed contract and extensions (three years plus one "
        "plus one)."
    )
    summary = cm.contract_summary_table(contract)
    assert summary.rows[8] == ("body", ["Current value", "£1,952,904"])


def test_standard_tables_from_results():
    profile = cm.Contract(name="Kent", provider="Imago", start="1 May 2016", term="3", annual_value="£325,484").profile()
    t = cm.financial_year_table(profile, "By financial year")
    assert t.rows[-1] == ("total", ["Total", cm.Money("£976,452")])
    portfolio = cm.Portfolio("Early help").add("Family Support", "Porchlight", "£1,240,000").add(
        "Family Support", "Project Salus", "£860,400")
    assert cm.portfolio_table(portfolio, "Spend").rows[2] == ("subtotal", [None, "Family Support Total", cm.Money("£2,100,400")])


def test_the_options_table_gives_disadvantages_a_column_when_an_option_names_one():
    nothing = (cm.Option("Do nothing", kind="do_nothing").advantage("Annual saving of £325,500")
               .disadvantage("Young carers lose their support").risk("Fragmented approach to delivery continues"))
    external = (cm.Option("External", kind="external_commission")
                .add(cm.AppraisalLine.recurring("Contract payments", "cost", "contract_payments", "£325,500",
                                                "2022-23", "2026-27"))
                .risk("A procurement process will be required"))
    appraisal = cm.Appraisal("Two", [nothing, external], base_year="2022-23", years=5)
    table = cm.options_table(appraisal, appraisal.run())
    assert [c.heading for c in table.columns][:4] == ["Option", "Advantages", "Disadvantages", "Risks"]
    assert table.rows[0][1][2:4] == [["Young carers lose their support"], ["Fragmented approach to delivery continues"]]
    # The figures, one column on: £325,500 a year for five years, its present value.
    assert table.rows[1][1][4:6] == [cm.Money("£1,627,500"), cm.Money("£1,521,087.28")]
    # Only risks named: no empty Advantages or Disadvantages column.
    plain = cm.Appraisal("Two", [cm.Option("Do nothing", kind="do_nothing").risk("Fragmented"), external],
                         base_year="2022-23", years=5)
    assert [c.heading for c in cm.options_table(plain, plain.run()).columns][:3] == ["Option", "Risks", "Whole-life cost"]


def test_a_breach_note_at_register_scale_gives_count_total_and_the_five_largest():
    # 1,200 lines of £1,000 to £2,199 a year against £1,000,000: one breach in each year.
    lines = [cm.Contract(f"Line {k}", "Provider", "1 April 2022", "1", annual_value=cm.Money(f"£{1000 + k}"))
             for k in range(1200)]
    position = cm.assess(cm.Envelope.flat("Carers' support budget", "£1,000,000", "2022-23", "2022-23"), lines)
    (breach,) = position.breaches
    note = cm.envelope_position_table(position).notes[0]
    # Total £1,200,000 + (0 + ... + 1,199) = £1,919,400; the largest £2,199 ... £2,195 = £10,985.
    assert note == (
        "2022-23: commitments exceed the envelope by £919,400.00 (1,200 lines commit £1,919,400.00 in the year; "
        "the 5 largest: Line 1199 £2,199.00; Line 1198 £2,198.00; Line 1197 £2,197.00; Line 1196 £2,196.00; "
        "Line 1195 £2,195.00; the other 1,195 £1,908,415.00)."
    )
    # The term each commits is counted too, not listed 1,200 times.
    assert cm.envelope_position_table(position).notes[-1] == (
        "Commitments: the payments of 1,200 contracts, over the current term for 1,200.")
    assert len(breach.lines) == 1200
