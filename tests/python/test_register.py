"""commissioning.profile_register: a register's columns profiled in one C++ pass, equal to each
contract's own Contract.profile to the penny."""

from __future__ import annotations

import datetime
import pickle
import random
from decimal import Decimal

import numpy as np
import pandas as pd
import pytest

import commissioning as cm


def own_profile(row: dict, scope: str = "current", rule: str = "monthly", start_month: int = 4) -> list:
    uplift = row.get("uplift")
    contract = cm.Contract(
        str(row.get("name") or ""),
        "",
        row["start"],
        cm.Term(row["term"]),
        annual_value=row["annual"],
        uplift=None if uplift is None or (isinstance(uplift, float) and uplift != uplift) else uplift,
    )
    for option in range(1, int(row.get("exercised") or 0) + 1):
        contract.exercise(option)
    return [(y.year.label, y.amount) for y in contract.profile(row.get("scope") or scope, rule, start_month)]


def test_seed_four_as_a_one_row_register():
    frame = pd.DataFrame(
        {"name": ["Young Carers"], "start": ["1 May 2016"], "term": ["3+1+1"], "annual": ["£325,484"], "exercised": [2]}
    )
    result = cm.profile_register(frame)
    assert len(result) == 1
    assert result.of(0)[0] == ("2016-17", cm.Money("£298,360.33"))
    assert result.of(0)[-1] == ("2021-22", cm.Money("£27,123.67"))
    assert sum((m for _, m in result.of(0)), cm.Money(0)) == cm.Money("£1,627,420.00")
    assert result.totals()["2016-17"] == Decimal("298360.33")


def test_random_registers_equal_each_contracts_own_profile():
    rng = random.Random(15_004)
    rows = []
    for i in range(3_000):
        start = datetime.date(2016, 1, 1) + datetime.timedelta(days=rng.randrange(5479))
        base, options = rng.randint(1, 5), rng.randint(0, 2)
        rows.append(
            {
                "name": f"c{i}",
                "start": start,
                "term": "+".join([str(base)] + ["1"] * options),
                "annual": rng.choice([rng.randint(0, 10_000_000), round(rng.uniform(0, 1e7), 2), f"£{rng.randint(0, 10**6):,}.{rng.randint(0, 99):02d}"]),
                "uplift": rng.choice([None, "2.5%", 0.03, Decimal("0.0175")]),
                "exercised": rng.randint(0, options),
                "scope": rng.choice([None, "current", "base", "maximum"]),
            }
        )
    frame = pd.DataFrame(rows)
    for rule, start_month in (("monthly", 4), ("daily", 1), ("monthly", 7)):
        result = cm.profile_register(frame, rule=rule, start_month=start_month)
        for i, row in enumerate(rows):
            assert result.of(i) == own_profile(row, "current", rule, start_month), i


def test_columns_of_arrays_and_a_dataframe_agree_and_totals_are_exact():
    n = 10_000
    rng = np.random.default_rng(7)
    columns = {
        "start": np.datetime64("2016-01-01") + rng.integers(0, 5479, n).astype("timedelta64[D]"),
        "term": rng.choice(["1", "3+1+1", "2+2", "18m+6m"], n),
        "annual": rng.integers(1, 100_000_000, n) / 100,
        "uplift": rng.choice([np.nan, 0.025], n),
    }
    from_arrays = cm.profile_register(columns)
    from_frame = cm.profile_register(pd.DataFrame(columns))
    assert from_arrays == from_frame
    # The totals add every row's own profile, in whole pence.
    expected: dict[str, int] = {}
    for i in range(0, n, 97):
        for label, amount in from_arrays.of(i):
            expected[label] = expected.get(label, 0) + amount.pence
    sample = cm.profile_register({k: v[::97] for k, v in columns.items()})
    assert sample.totals_in_pence() == dict(sorted(expected.items()))
    assert int(from_arrays.pence.sum()) == sum(from_arrays.totals_in_pence().values())


def test_to_pandas_is_long_with_labels_and_pence():
    frame = pd.DataFrame(
        {"name": ["A", "B"], "start": ["2020-04-01", "2020-10-01"], "term": ["2", "1"], "annual": [120_000, 12_000]},
        index=["x", "y"],
    )
    table = cm.profile_register(frame).to_pandas()
    assert list(table.columns) == ["row", "name", "financial_year", "pence"]
    assert table.to_dict("list") == {
        "row": ["x", "x", "y", "y"],
        "name": ["A", "A", "B", "B"],
        "financial_year": ["2020-21", "2021-22", "2020-21", "2021-22"],
        "pence": [12_000_000, 12_000_000, 600_000, 600_000],
    }


def test_the_profile_pickles_equal():
    result = cm.profile_register({"start": ["2016-05-01"], "term": ["3+1+1"], "annual": [325484.0]})
    assert pickle.loads(pickle.dumps(result)) == result


def test_a_float_is_read_as_money_reads_it():
    # 1.005 is the float 1.00499999999999989...; Money reads its repr, 1.005, half away from zero: £1.01.
    values = [1.005, 0.125, 2.675, 1e-3, 123456789.015]
    result = cm.profile_register({"start": ["2020-04-01"] * 5, "term": ["1"] * 5, "annual": values})
    assert [result.of(i)[0][1] for i in range(5)] == [cm.Money(v) for v in values]


@pytest.mark.parametrize(
    "column, value, id_, text",
    [
        ("annual", -5.0, "commissioning.contract.014", "register row 1 ('Second'): [commissioning.contract.007]"),
        ("annual", float("nan"), "commissioning.contract.014", "register row 1: [commissioning.money.002]"),
        ("annual", "£12.345", "commissioning.contract.014", "register row 1: [commissioning.money.003]"),
        ("term", "3++1", "commissioning.contract.014", "register row 1, column 'term' ('3++1'): [commissioning.term.001]"),
        ("start", "31 February 2020", "commissioning.contract.014",
         "register row 1, column 'start' ('31 February 2020'): [commissioning.date.002]"),
        ("exercised", 3, "commissioning.contract.014", "register row 1 ('Second'): [commissioning.contract.001]"),
    ],
)
def test_a_bad_row_is_named_with_its_value(column, value, id_, text):
    frame = pd.DataFrame(
        {"name": ["First", "Second"], "start": ["2020-04-01", "2020-04-01"], "term": ["3+1", "3+1"],
         "annual": [1.0, 2.0], "exercised": [0, 0]}
    )
    frame[column] = frame[column].astype(object)
    frame.loc[1, column] = value
    with pytest.raises(cm.Error) as raised:
        cm.profile_register(frame)
    assert text in str(raised.value)
    assert raised.value.id == id_
    assert str(raised.value).startswith(f"[{id_}] ")


def test_a_missing_column_is_named():
    with pytest.raises(ValueError, match="the register has no column 'term'"):
        cm.profile_register({"start": ["2020-04-01"], "annual": [1.0]})


def test_random_floats_are_read_as_money_reads_them():
    rng = np.random.default_rng(15)
    values = np.concatenate([
        rng.integers(0, 10**9, 2_000) / 100 + rng.choice([0, 0.005, 0.0049999, 0.00500001], 2_000),
        rng.uniform(0, 1e13, 1_000), rng.uniform(0, 1, 1_000) ** 8, [0.0, 5e-3, 4.999e-3, 1e-300, 9.2e16, 1.5e15],
    ])
    n = len(values)
    result = cm.profile_register({"start": ["2020-04-01"] * n, "term": ["1"] * n, "annual": values})
    assert [int(p) for p in result.pence] == [cm.Money(float(v)).pence for v in values]
