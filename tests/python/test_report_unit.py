"""One money unit for a whole report (`report_unit`, money/money.hpp) from Python, and Word and Excel
showing the same figures for the same table.

The lots scenario (examples/scenarios/carers-lots-2025.toml) gives lot Central's current term:
2025-26 £368,250.00, 2026-27 £747,547.50, 2027-28 £379,297.50, £1,495,095.00 in all. In whole
pounds the two halves cannot both round up (£1,495,096): the layout shows £747,548 and £379,297
so that they add up, where a workbook holding the exact figures under a whole-pound format shows
£379,298 and its SUM £1,495,095, a pound short of its own cells."""

import json
import pickle
import re
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import docx
import openpyxl
import pytest

import commissioning as cm
from commissioning import report

ROOT = Path(__file__).resolve().parents[2]
LOTS = ROOT / "examples" / "scenarios" / "carers-lots-2025.toml"
KENT = ROOT / "examples" / "scenarios" / "kent-young-carers-2021.toml"
KENT_FROM = ("the existing revenue KCC base budget reported against the Early Help and Preventative Services Key "
             "Service in the Budget Book")


def kent() -> cm.Contract:  # seed 000: £325,500 a year, three years plus one plus one
    return cm.Contract("Kent Young Carers Support Service", "to be procured", "1 May 2022", "3+1+1", annual_value="£325,500")


def test_the_paragraph_in_a_unit_and_verbatim_without():
    assert cm.financial_implications_paragraph(kent(), KENT_FROM) == (
        f"This service will be funded from within {KENT_FROM}. The funding available is £325,500 per annum. This "
        "equates to £1,627,500 over the term of the proposed contract and extensions (three years plus one plus one).")
    # 325.5 thousand shows £326k, 1,627.5 thousand £1,628k (half away from zero).
    assert cm.financial_implications_paragraph(kent(), KENT_FROM, unit="thousands") == (
        f"This service will be funded from within {KENT_FROM}. The funding available is £326k per annum. This "
        "equates to £1,628k over the term of the proposed contract and extensions (three years plus one plus one).")
    assert cm.funding_sentence(kent(), unit=cm.MoneyUnit.MILLIONS).startswith("The funding available is £0.33m per annum")


def test_tables_take_the_unit_in_the_same_words():
    summary = cm.contract_summary_table(kent(), unit="thousands")
    rows = {row[0]: row[1] for row in (line.split(" | ") for line in summary.to_markdown().splitlines()[4:])}
    assert rows["| Annual value"] == "£326k |"
    assert rows["| Maximum value as awarded"] == "£1,628k |"


def test_an_unknown_unit_is_refused_with_its_id():
    with pytest.raises(ValueError) as caught:
        cm.funding_sentence(kent(), unit="hundreds")
    assert caught.value.id == "commissioning.name.001"
    assert "'hundreds'" in str(caught.value) and "thousands" in str(caught.value)


def cli_json(tmp_path, command: str, scenario: Path, unit: str | None) -> Path:
    out = tmp_path / f"{command}-{unit}.json"
    args = [command, str(scenario), "--format", "json", "--out", str(out)]
    assert cm.run_command_line(args + (["--unit", unit] if unit else [])) == 0
    return out


def excel_shows(value: float, number_format: str) -> str:
    """What Excel shows for `value` under the money formats to_xlsx writes ('£#,##0;-£#,##0',
    '£#,##0.00,,"m"', ...): rounded half away from zero, as Excel does."""
    positive, negative = number_format.split(";")
    body = re.fullmatch(r'£#,##0(?:\.(0+))?(,*)(?:"([km])")?', positive)
    assert body, number_format
    decimals, scale, suffix = len(body[1] or ""), len(body[2]), body[3] or ""
    amount = Decimal(repr(value)) / (1000 ** scale)
    shown = abs(amount).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    text = f"£{shown:,.{decimals}f}{suffix}"
    if amount < 0 and shown != 0:
        return f"({text})" if negative.startswith("(") else f"-{text}"
    return text


def sheet_value(sheet, cell) -> float:
    """A cell's value, a =SUM(...) summed from the cells it names."""
    if not (isinstance(cell.value, str) and cell.value.startswith("=SUM(")):
        return cell.value
    total = Decimal(0)
    for part in cell.value[5:-1].split(","):
        cells = sheet[part]
        for row in cells if isinstance(cells, tuple) else ((cells,),):
            for one in row if isinstance(row, tuple) else (row,):
                total += Decimal(repr(one.value)) if one.value is not None else 0
    return float(total)


@pytest.mark.parametrize("unit", [None, "whole_pounds", "thousands", "millions"])
def test_word_and_excel_show_the_same_figures(tmp_path, unit):
    tables = cli_json(tmp_path, "profile", LOTS, unit).read_text(encoding="utf-8")
    document = json.loads(tables)
    report.to_docx(document, tmp_path / "r.docx")
    word = docx.Document(tmp_path / "r.docx")
    report.to_xlsx(document, tmp_path / "r.xlsx")
    book = openpyxl.load_workbook(tmp_path / "r.xlsx")
    compared = 0
    for number, (source, sheet) in enumerate(zip(document["tables"], book.worksheets)):
        money = [c for c, column in enumerate(source["columns"]) if column["kind"] == "money"]
        for r, row in enumerate(source["rows"]):
            for c in money:
                if row["cells"][c] is None:
                    continue
                in_word = "\n".join(p.text for p in word.tables[number].rows[r + 1].cells[c].paragraphs)
                cell = sheet.cell(row=3 + r, column=c + 1)
                assert excel_shows(sheet_value(sheet, cell), cell.number_format) == in_word, (source["caption"], r, c)
                compared += 1
    assert compared > 20
    # The case that differed: lot Central's years in whole pounds.
    if unit == "whole_pounds":
        central = book["Carers support Central payments"]
        assert [central[f"B{r}"].value for r in (3, 4, 5)] == [368250, 747548, 379297]
        assert central["B6"].value == "=SUM(B3:B5)"
        notes = [central.cell(row=r, column=1).value or "" for r in range(7, central.max_row + 1)]
        assert any(note.startswith("Money figures are stored as shown") for note in notes)


def test_every_figure_of_a_report_in_thousands(tmp_path):
    document = json.loads(cli_json(tmp_path, "appraise", KENT, "thousands").read_text(encoding="utf-8"))
    options = document["tables"][0]
    assert [column.get("unit") for column in options["columns"] if column["kind"] == "money"] == ["thousands"] * 3
    # Externally commission: £1,642,500 (1,642.5k), £1,536,087.28, £328,710; the in-house option
    # £25,000 more in present value.
    external = options["rows"][2]["cells"]
    assert [cell["text"] for cell in external[3:6]] == ["£1,643k", "£1,536k", "£329k"]
    assert options["notes"][0] == ("Externally commission a new service is preferred: it meets every statutory duty "
                                   "named and has the lowest net present cost of the viable options, £1,536k, £25k "
                                   "less than Create a new service in-house over 5 years.")
    appraisal, implications = document["paragraphs"]
    assert "costs £1,643k in cash and £1,536k in present value" in appraisal
    assert "£25k less in present value" in appraisal
    assert "The funding available is £326k per annum. This equates to £1,628k over the term" in implications


def lots() -> list[cm.Contract]:  # North £196,400, Central £736,500, South £49,100: £982,000 a year
    return [cm.Contract(name, "to be procured", "1 October 2025", "2+1+1", annual_value=annual)
            for name, annual in (("North", "£196,400"), ("Central", "£736,500"), ("South", "£49,100"))]


def test_a_procurement_finding_quotes_the_tables_unit():
    # 4 x £982,000 = £3,928,000 against the Act's light touch threshold of £663,540 (663.54
    # thousand: £664k), in the rows and in the sentence beneath them alike.
    found = cm.assess_procurement(lots(), category="light_touch_services", vat="exempt", start="1 October 2025")
    table = cm.procurement_table(found, "Carers' support", unit="thousands")
    shown = dict(line.strip("| ").split(" | ") for line in table.to_markdown().splitlines() if line.count(" | ") == 1)
    assert (shown["Estimated value"], shown["Threshold"]) == ("£3,928k", "£664k")
    assert "the estimated value of £3,928k (including VAT" in table.notes[0]
    assert "threshold of £664k in force from 24 February 2025" in table.notes[0]
    assert "£663,540" not in table.notes[0]
    # On its own, and unpickled, the assessment gives its words as a report prints figures.
    assert "threshold of £663,540 in force" in found.sentence
    assert cm.procurement_table(pickle.loads(pickle.dumps(found)), "Carers' support", unit="thousands").notes == table.notes


def test_a_modification_finding_quotes_the_tables_unit():
    # Seed 004's Covid extension: a year at £325,484 (£325k), 20% of £1,627,420 (£1,627k).
    kent = cm.Contract("Kent Young Carers", "Imago", "1 May 2016", "3+1+1", annual_value="£325,484")
    kent.exercise(1)
    kent.exercise(2)
    kent.modify(ground="section 72 (1) c", months=12)
    check = cm.assess_modification(kent, 1, regime="pcr_2015", type="light_touch", decided_on="1 April 2021")
    notes = cm.modification_table(check, "Kent", unit="thousands").notes
    assert notes[0].startswith("The modification is worth £325k, 20% of the original value of £1,627k, within")
    assert notes[-1] == ("Modification 1 (Public Contracts Regulations 2015, regulation 72(1)(c)), worth £325k or "
                         "20% of the original value of £1,627k: permitted.")
    assert check.reasons[0].startswith("the modification is worth £325,484, 20% of the original value of £1,627,420")


def test_the_command_line_check_quotes_the_unit_in_its_procurement_finding(tmp_path):
    document = json.loads(cli_json(tmp_path, "check", LOTS, "thousands").read_text(encoding="utf-8"))
    [procurement] = [table for table in document["tables"] if table["caption"].endswith(": procurement")]
    threshold = next(row["cells"][1]["text"] for row in procurement["rows"] if row["cells"][0]["text"] == "Threshold")
    assert threshold == "£664k"
    assert f"threshold of {threshold} in force" in procurement["notes"][0]
