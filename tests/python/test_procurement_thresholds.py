"""Procurement thresholds as dated data: the bundled table, lookups at the dates thresholds
change, tables read from CSV or made from rows, and the table as a DataFrame.

The figures are those of data/procurement-thresholds.csv, each row with its source (PCR 2015
regulation 5 from 26 February 2015 and on each 1 January it changed: 2016, 2018, 2020, 2022
and 2024, net of VAT until SI 2021/1221 made them VAT-inclusive from 1 January 2022; Procurement
Act 2023 Schedule 1 as enacted, in force from 24 February 2025, and as amended by SI 2025/1200
from 1 January 2026)."""

import copy
import datetime as dt
import pickle
from decimal import Decimal

import pytest

import commissioning as cm

HEADER = "regime,contract_type,effective_from,amount,vat_inclusive,source\n"

PCR = cm.ProcurementRegime.PCR_2015
ACT = cm.ProcurementRegime.PROCUREMENT_ACT_2023


@pytest.fixture(scope="module")
def bundled() -> cm.ThresholdTable:
    return cm.ThresholdTable.bundled()


def pounds(text: str) -> cm.Money:
    return cm.Money(text)


# ---------------------------------------------------------------- the bundled table


def test_the_bundled_table_has_every_row_of_the_csv(bundled):
    assert len(bundled) == 68  # 24 PCR rows, 33 of the Act's one column, 11 of its Welsh Ministers' column
    assert len(bundled.rows) == 68
    assert list(bundled) == bundled.rows
    assert repr(bundled) == "<ThresholdTable: 68 rows, in force from 26 February 2015 to 1 January 2026>"


def test_a_row_is_a_named_tuple_of_text_enums_and_exact_money(bundled):
    first = bundled.rows[0]
    assert isinstance(first, cm.ThresholdRow)
    assert first == cm.ThresholdRow(
        regime=cm.ProcurementRegime.PCR_2015,
        type=cm.ContractType.CENTRAL_GOODS_SERVICES,
        effective_from=dt.date(2015, 2, 26),
        amount=cm.Money("£111,676"),
        vat_inclusive=False,
        source=first.source,
    )
    assert first.source.startswith("PCR 2015 regulation 5 as made, in force 26 February 2015")
    assert first.regime == "pcr_2015" and first.type == "central_goods_services"
    assert first.regime.full_name == "Public Contracts Regulations 2015"
    assert ACT.full_name == "Procurement Act 2023"


def test_bundled_gives_an_equal_table_each_time(bundled):
    assert cm.ThresholdTable.bundled() == bundled
    assert cm.ThresholdTable.bundled() is not bundled


# ---------------------------------------------------------------- lookups at the dates thresholds change


@pytest.mark.parametrize(
    ("on", "amount"),
    [
        ("25 February 2015", None),  # before the Regulations came into force
        ("26 February 2015", "£172,514"),
        ("1 January 2016", "£164,176"),
        ("1 June 2019", "£181,302"),
        ("31 December 2021", "£189,330"),  # the 2020 figure, held through 2021 by PPN 10/20
        ("1 January 2022", "£213,477"),
        ("31 December 2023", "£213,477"),
        ("1 January 2024", "£214,904"),
        ("23 February 2025", "£214,904"),
        ("1 January 2030", "£214,904"),  # the last row holds on
    ],
)
def test_pcr_sub_central_goods_and_services_by_date(bundled, on, amount):
    if amount is None:
        with pytest.raises(cm.OutOfRangeError) as raised:
            bundled.lookup(PCR, cm.ContractType.SUB_CENTRAL_GOODS_SERVICES, on)
        assert raised.value.id == "commissioning.procurement.003"
        return
    row = bundled.lookup(PCR, cm.ContractType.SUB_CENTRAL_GOODS_SERVICES, on)
    assert row.amount == pounds(amount)
    # SI 2021/1221: VAT-inclusive from 1 January 2022, net of VAT before.
    assert row.vat_inclusive == (cm.parse_date(on) >= dt.date(2022, 1, 1))


@pytest.mark.parametrize(
    ("type_", "before", "from_2026"),
    [
        ("works", "£5,372,609", "£5,193,000"),
        ("sub_central_goods_services", "£214,904", "£207,720"),
        ("central_goods_services", "£139,688", "£135,018"),
        ("light_touch", "£663,540", "£663,540"),
        ("utilities_goods_services", "£429,809", "£415,440"),
        ("defence_security_goods_services", "£429,809", "£415,440"),
        ("utilities_light_touch", "£884,720", "£884,720"),
        ("concession", "£5,372,609", "£5,193,000"),
        ("light_touch_concession", "£5,372,609", "£5,372,609"),
    ],
)
def test_the_act_from_1_january_2026(bundled, type_, before, from_2026):
    # SI 2025/1200: from 1 January 2026; the day before, the rows in force from 24 February 2025.
    assert bundled.lookup(ACT, type_, "31 December 2025").amount == pounds(before)
    assert bundled.lookup(ACT, type_, "31 December 2025").effective_from == dt.date(2025, 2, 24)
    row = bundled.lookup(ACT, type_, "1 January 2026")
    assert row.amount == pounds(from_2026)
    assert row.effective_from == dt.date(2026, 1, 1)
    assert row.vat_inclusive


def test_the_act_rows_as_enacted_hold_until_it_came_into_force(bundled):
    assert bundled.lookup(ACT, "sub_central_goods_services", "23 February 2025").amount == pounds("£213,477")
    assert bundled.lookup(ACT, "sub_central_goods_services", "24 February 2025").amount == pounds("£214,904")
    with pytest.raises(cm.OutOfRangeError, match="procurement.003"):
        bundled.lookup(ACT, "works", "25 October 2023")


@pytest.mark.parametrize(
    ("on", "amount", "effective_from"),
    [
        ("1 March 2015", "£625,050", dt.date(2015, 2, 26)),
        ("1 June 2016", "£589,148", dt.date(2016, 1, 1)),  # Kent decision 16/00151
        ("1 June 2018", "£615,278", dt.date(2018, 1, 1)),
        ("1 June 2020", "£663,540", dt.date(2020, 1, 1)),
        ("31 December 2021", "£663,540", dt.date(2020, 1, 1)),  # PPN 10/20 kept it through 2021
    ],
)
def test_the_light_touch_threshold_before_2022_is_net_of_vat(bundled, on, amount, effective_from):
    row = bundled.lookup(PCR, cm.ContractType.LIGHT_TOUCH, on)
    assert row.amount == pounds(amount)
    assert not row.vat_inclusive
    assert row.effective_from == effective_from
    assert row.source


def test_from_2022_the_light_touch_threshold_includes_vat(bundled):
    row = bundled.lookup(PCR, cm.ContractType.LIGHT_TOUCH, "2022-01-01")
    assert row.amount == pounds("£663,540")
    assert row.vat_inclusive
    assert "SI 2021/1221" in row.source


def test_a_lookup_takes_members_or_names_as_reports_write_them(bundled):
    by_member = bundled.lookup(ACT, cm.ContractType.LIGHT_TOUCH, dt.date(2026, 3, 1))
    assert bundled.lookup("procurement_act_2023", "light_touch", "1 March 2026") == by_member
    assert bundled.lookup("PROCUREMENT_ACT_2023", "LIGHT_TOUCH", "2026-03-01") == by_member
    assert bundled.lookup("procurement act 2023", "light touch", "1 March 2026") == by_member
    assert by_member.amount == pounds("£663,540")


def test_a_lookup_with_no_row_is_an_error_naming_the_question(bundled):
    with pytest.raises(cm.OutOfRangeError) as raised:
        bundled.lookup(PCR, "utilities_goods_services", "1 March 2024")
    assert raised.value.id == "commissioning.procurement.003"
    assert str(raised.value) == (
        "[commissioning.procurement.003] the threshold table has no utilities_goods_services threshold under the "
        "Public Contracts Regulations 2015 in force on 1 March 2024; load a table that covers it"
    )
    assert isinstance(raised.value, IndexError)


def test_an_unknown_type_or_regime_is_the_librarys_error(bundled):
    with pytest.raises(cm.InvalidInputError) as raised:
        bundled.lookup(PCR, "social_care", "1 March 2024")
    assert raised.value.id == "commissioning.procurement.002"
    assert str(raised.value).startswith("[commissioning.procurement.002] unknown contract type 'social_care'")
    with pytest.raises(ValueError, match=r"procurement\.002.*unknown procurement regime 'pcr_2006'"):
        bundled.lookup("pcr_2006", "works", "1 March 2024")
    with pytest.raises(TypeError):
        bundled.lookup(PCR, 3, "1 March 2024")


# ---------------------------------------------------------------- a user's table


USER_CSV = HEADER + (
    "pcr_2015,sub_central_goods_services,2018-01-01,181302,no,2018 values\n"
    'pcr_2015,sub_central_goods_services,2020-01-01,189330,no,"2020 values, net of VAT (""PPN 06/19"")"\n'
)


def test_a_table_from_csv_text_replaces_the_bundled_one():
    table = cm.ThresholdTable.from_csv(USER_CSV)
    assert len(table) == 2
    row = table.lookup(PCR, "sub_central_goods_services", "1 June 2019")
    assert row.amount == pounds("£181,302")
    assert not row.vat_inclusive
    assert row.source == "2018 values"
    assert table.rows[1].source == '2020 values, net of VAT ("PPN 06/19")'
    # Only what it holds: it has no light-touch row (the bundled table has one from 2015).
    with pytest.raises(cm.OutOfRangeError, match="procurement.003"):
        table.lookup(PCR, "light_touch", "1 June 2019")
    assert cm.ThresholdTable.bundled().lookup(PCR, "light_touch", "1 June 2019").amount == pounds("£615,278")
    # And an assessment uses it: £200,000 net against the 2018 £181,302 (net).
    answer = cm.assess_procurement("£200,000", start="1 June 2019", table=table)
    assert answer.threshold == row
    assert answer.estimated_value == pounds("£200,000")
    assert answer.above_threshold


def test_csv_text_may_have_windows_line_endings_and_blank_lines():
    table = cm.ThresholdTable.from_csv(USER_CSV.replace("\n", "\r\n") + "\r\n\r\n")
    assert table == cm.ThresholdTable.from_csv(USER_CSV)


def test_a_table_is_read_from_a_file(tmp_path):
    path = tmp_path / "thresholds.csv"
    path.write_text(USER_CSV, encoding="utf-8")
    assert cm.ThresholdTable.read_csv(path) == cm.ThresholdTable.from_csv(USER_CSV)
    assert cm.ThresholdTable.read_csv(str(path)) == cm.ThresholdTable.from_csv(USER_CSV)
    # Once FileNotFoundError and IsADirectoryError, without an id.
    for bad, reason in ((tmp_path / "missing.csv", "No such file or directory"), (tmp_path, "not a regular file")):
        with pytest.raises(cm.InvalidInputError) as caught:
            cm.ThresholdTable.read_csv(bad)
        assert caught.value.id == "commissioning.procurement.008"
        assert f"cannot read the threshold table '{bad}': " in str(caught.value)
        assert reason in str(caught.value)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (HEADER + "pcr_2015,works,2024-01-01,5372609,yes\n", "threshold table line 2: expected 6 fields (7 with the column), found 5"),
        (HEADER + "pcr_2015,social_care,2024-01-01,1,yes,x\n", "threshold table line 2: unknown contract type 'social_care'"),
        (HEADER + "pcr_2006,works,2024-01-01,1,yes,x\n", "threshold table line 2: unknown procurement regime 'pcr_2006'"),
        (HEADER + "pcr_2015,works,2024-02-30,1,yes,x\n", "threshold table line 2: "),
        (HEADER + "pcr_2015,works,2024-01-01,1.234,yes,x\n", "threshold table line 2: "),
        (HEADER + "pcr_2015,works,2024-01-01,1,maybe,x\n", "vat_inclusive must be yes or no, got 'maybe'"),
        (HEADER + "pcr_2015,works,2024-01-01,-1,yes,x\n", "a threshold cannot be negative, got '-1'"),
        (
            HEADER + "pcr_2015,works,2024-01-01,1,yes,x\n\npcr_2015,works,2024-01-01,2,yes,y\n",
            "threshold table line 4: gives works from 2024-01-01 again (first on line 2)",
        ),
        (HEADER, "the threshold table has no rows"),
        ("", "the threshold table has no rows"),
    ],
)
def test_a_bad_table_is_refused_naming_the_line(text, message):
    with pytest.raises(cm.InvalidInputError) as raised:
        cm.ThresholdTable.from_csv(text)
    assert raised.value.id == "commissioning.procurement.001"
    assert message in str(raised.value)
    # One id prefix per message, whatever the field's own error was.
    assert str(raised.value).count("[commissioning.") == 1


# ---------------------------------------------------------------- a table made from rows


def test_a_table_is_made_from_rows_or_their_fields(bundled):
    assert cm.ThresholdTable(bundled.rows) == bundled
    assert cm.ThresholdTable(iter(bundled)) == bundled
    table = cm.ThresholdTable(
        [
            ("pcr_2015", "sub_central_goods_services", "1 January 2018", "£181,302", False, "2018 values"),
            (PCR, cm.ContractType.WORKS, dt.date(2018, 1, 1), Decimal("4551413"), False, "2018 values"),
        ]
    )
    assert table.rows[0] == cm.ThresholdRow(
        PCR, cm.ContractType.SUB_CENTRAL_GOODS_SERVICES, dt.date(2018, 1, 1), pounds("£181,302"), False, "2018 values"
    )
    assert table.lookup(PCR, "works", "1 June 2019").amount == pounds("£4,551,413")


def test_rows_are_checked_as_a_csv_file_is():
    good = ("pcr_2015", "works", "2024-01-01", 1, True, "x")
    with pytest.raises(cm.InvalidInputError, match=r"procurement\.002.*unknown contract type 'social_care'"):
        cm.ThresholdTable([("pcr_2015", "social_care", "2024-01-01", 1, True, "x")])
    with pytest.raises(cm.InvalidInputError, match=r"procurement\.001.*row 0: a threshold cannot be negative"):
        cm.ThresholdTable([("pcr_2015", "works", "2024-01-01", -1, True, "x")])
    with pytest.raises(cm.InvalidInputError, match=r"procurement\.001.*gives works from 2024-01-01 twice"):
        cm.ThresholdTable([good, good])
    with pytest.raises(cm.InvalidInputError, match=r"procurement\.001.*no rows"):
        cm.ThresholdTable([])
    with pytest.raises(TypeError, match="vat_inclusive must be True or False"):
        cm.ThresholdTable([("pcr_2015", "works", "2024-01-01", 1, "yes", "x")])
    with pytest.raises(TypeError, match="six fields"):
        cm.ThresholdTable([("pcr_2015", "works", "2024-01-01", 1, True)])
    with pytest.raises(TypeError):
        cm.ThresholdTable("pcr_2015,works,2024-01-01,1,yes,x")


# ---------------------------------------------------------------- tables, frames and pickles


def test_the_table_as_a_data_frame_has_one_row_per_threshold(bundled):
    frame = bundled.to_pandas()
    assert frame.shape == (68, 7)
    assert list(frame.columns) == ["regime", "type", "effective_from", "amount", "vat_inclusive", "source", "column"]
    first = frame.iloc[0]
    assert first["regime"] == "pcr_2015"
    assert first["type"] == "central_goods_services"
    assert first["effective_from"] == dt.date(2015, 2, 26)
    assert first["amount"] == Decimal("111676.00")
    assert isinstance(first["amount"], Decimal)
    assert not first["vat_inclusive"]
    assert frame["vat_inclusive"].dtype == bool
    assert frame["vat_inclusive"].sum() == 68 - 16  # the 16 PCR rows of 2015 to 2020 are net of VAT
    act_2026 = frame[(frame["regime"] == "procurement_act_2023") & (frame["effective_from"] == dt.date(2026, 1, 1))]
    assert len(act_2026) == 22  # the column for any other contract and the Welsh Ministers' column
    assert sorted(act_2026["column"].unique()) == ["any_other", "welsh_ministers"]
    assert sum(act_2026["amount"]) == 2 * sum(row.amount.pounds for row in bundled.rows[-11:])


def test_the_table_shows_as_html(bundled):
    page = bundled._repr_html_()
    assert page.startswith('<table class="commissioning-thresholds">')
    assert "£589,148.00" in page and "net of VAT" in page
    assert "Procurement Act 2023" in page and "sub central goods services" in page
    assert page.count("<tr>") == 69  # a header and 68 rows
    assert "regulated by the Welsh Ministers" in page


def test_a_table_pickles_and_copies(bundled):
    table = cm.ThresholdTable.from_csv(USER_CSV)
    for value in (bundled, table):
        assert pickle.loads(pickle.dumps(value)) == value
        assert copy.deepcopy(value) == value
    assert table != bundled
    with pytest.raises(TypeError):
        hash(bundled)


# ---------------------------------------------------------------- Wales: Schedule 1's Welsh Ministers' column


def test_from_2026_a_contract_regulated_by_the_welsh_ministers_reads_its_own_column(bundled):
    # SI 2025/1200 and the Welsh Ministers' instrument of 9 December 2025 (in force 12.05 a.m. on
    # 1 January 2026): the Welsh Government published the same figures, sub-central £207,720.
    welsh = bundled.lookup(ACT, "sub_central_goods_services", "1 March 2026", regulated_by_welsh_ministers=True)
    assert welsh.amount == pounds("£207,720")
    assert welsh.column == cm.ThresholdColumn.WELSH_MINISTERS == "welsh_ministers"
    assert "(Wales) Regulations 2025" in welsh.source
    assert "the instrument's own table was not seen" in welsh.source
    other = bundled.lookup(ACT, "sub_central_goods_services", "1 March 2026")
    assert other.column == "any_other"
    before = bundled.lookup(ACT, "sub_central_goods_services", "31 December 2025", regulated_by_welsh_ministers=True)
    assert before.column == "all" and before.amount == pounds("£214,904")
    with pytest.raises(TypeError):
        bundled.lookup(ACT, "works", "1 March 2026", regulated_by_welsh_ministers="yes")


def test_a_row_may_name_its_column():
    table = cm.ThresholdTable(
        [
            ("procurement_act_2023", "works", "2028-01-01", "£6,000,000", True, "other", "any_other"),
            ("procurement_act_2023", "works", "2028-01-01", "£5,900,000", True, "wales", "welsh_ministers"),
        ]
    )
    assert table.lookup(ACT, "works", "1 June 2028").amount == pounds("£6,000,000")
    assert table.lookup(ACT, "works", "1 June 2028", regulated_by_welsh_ministers=True).source == "wales"
    assert cm.ThresholdTable.from_csv(
        HEADER + "procurement_act_2023,works,2028-01-01,5900000,yes,wales,welsh_ministers\n"
    ).rows[0].column == "welsh_ministers"
    with pytest.raises(cm.InvalidInputError, match="column must be all, welsh_ministers or any_other, got 'wales'"):
        cm.ThresholdTable.from_csv(HEADER + "procurement_act_2023,works,2028-01-01,1,yes,s,wales\n")


def test_assess_procurement_for_a_devolved_welsh_authority():
    answer = cm.assess_procurement(
        "£210,000", vat="inclusive", start="1 March 2026", regulated_by_welsh_ministers=True
    )
    assert answer.threshold.column == "welsh_ministers"
    assert answer.above_threshold
    assert "threshold for contracts regulated by the Welsh Ministers of £207,720" in answer.sentence
    assert "Welsh" not in cm.assess_procurement("£210,000", vat="inclusive", start="1 March 2026").sentence
