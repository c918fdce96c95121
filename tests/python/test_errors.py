"""Errors: the C++ error family arrives in Python as cm.Error subclasses with stable ids."""

import datetime as dt
import math
import pickle
from decimal import Decimal

import pytest

import commissioning as cm

# Every rejected input, the class it raises and the id in its message.
REJECTED = [
    (lambda: cm.Money("1,2,3"), cm.InvalidInputError, "commissioning.money.004"),
    (lambda: cm.Money("£1.234"), cm.InvalidInputError, "commissioning.money.003"),
    (lambda: cm.Money("12e3"), cm.InvalidInputError, "commissioning.money.002"),
    (lambda: cm.Money(""), cm.InvalidInputError, "commissioning.money.001"),
    (lambda: cm.Money("£"), cm.InvalidInputError, "commissioning.money.001"),
    (lambda: cm.Money("NaN"), cm.InvalidInputError, "commissioning.money.002"),
    (lambda: cm.Money("£100,000,000,000,000,000"), cm.MoneyOverflowError, "commissioning.money.005"),
    (lambda: cm.Money(10**17), cm.MoneyOverflowError, "commissioning.money.005"),
    (lambda: cm.Money(1e17), cm.MoneyOverflowError, "commissioning.money.005"),
    (lambda: cm.Money(Decimal("1E+17")), cm.MoneyOverflowError, "commissioning.money.005"),
    (lambda: cm.Money.from_pence(2**63), cm.MoneyOverflowError, "commissioning.money.005"),
    (lambda: cm.Money(math.nan), cm.InvalidInputError, "commissioning.money.002"),
    (lambda: cm.Money(math.inf), cm.InvalidInputError, "commissioning.money.002"),
    (lambda: cm.Money(Decimal("NaN")), cm.InvalidInputError, "commissioning.money.002"),
    (lambda: cm.Money(Decimal("1.005")), cm.InvalidInputError, "commissioning.money.008"),
    (lambda: cm.Money(1).divide(0), cm.DomainError, "commissioning.money.007"),
    (lambda: cm.Rate("three percent"), cm.InvalidInputError, "commissioning.rate.001"),
    (lambda: cm.Rate(math.nan), cm.InvalidInputError, "commissioning.rate.002"),
    (lambda: cm.Rate(1) / 0, cm.DomainError, "commissioning.rate.003"),
    (lambda: cm.allocate(1, []), cm.InvalidInputError, "commissioning.allocation.001"),
    (lambda: cm.allocate(1, [0, 0]), cm.DomainError, "commissioning.allocation.003"),
    (lambda: cm.parse_date("2021-02-29"), cm.InvalidInputError, "commissioning.date.002"),
    (lambda: cm.parse_date("31/04/2020"), cm.InvalidInputError, "commissioning.date.002"),
    (lambda: cm.parse_date("yesterday"), cm.InvalidInputError, "commissioning.date.001"),
    (lambda: cm.parse_date("1 May 10000"), cm.InvalidInputError, "commissioning.date.001"),
    (lambda: cm.add_years("9999-05-01", 1), cm.OutOfRangeError, "commissioning.date.003"),
    (lambda: cm.Period("2016-05-01", dt.datetime(2019, 4, 30, 12)), cm.InvalidInputError, "commissioning.date.004"),
    (lambda: cm.Period("2020-05-01", "2019-04-30"), cm.InvalidInputError, "commissioning.period.001"),
    (lambda: cm.Period.of_months("2020-05-01", 0), cm.InvalidInputError, "commissioning.period.003"),
    (lambda: cm.FinancialYear.parse("22-23"), cm.InvalidInputError, "commissioning.financial_year.001"),
    (lambda: cm.FinancialYear(2022, 13), cm.InvalidInputError, "commissioning.financial_year.002"),
    (lambda: cm.FinancialYear.parse("2022-24"), cm.InvalidInputError, "commissioning.financial_year.003"),
]


@pytest.mark.parametrize(("action", "error", "error_id"), REJECTED, ids=[case[2] for case in REJECTED])
def test_rejected_input_raises_the_right_class_with_its_id(action, error, error_id):
    with pytest.raises(error) as caught:
        action()
    assert caught.value.id == error_id
    assert str(caught.value).startswith(f"[{error_id}] ")


def test_the_message_is_the_library_message():
    with pytest.raises(cm.Error) as caught:
        cm.Money("1,2,3")
    assert str(caught.value) == (
        "[commissioning.money.004] cannot read '1,2,3' as money: "
        "thousands separators must separate groups of three digits"
    )


def test_error_classes_derive_from_the_builtin_python_expects():
    assert issubclass(cm.InvalidInputError, ValueError)
    assert issubclass(cm.DomainError, ValueError)
    assert issubclass(cm.OutOfRangeError, IndexError)
    assert issubclass(cm.MoneyOverflowError, OverflowError)
    for error in (cm.InvalidInputError, cm.DomainError, cm.OutOfRangeError, cm.MoneyOverflowError):
        assert issubclass(error, cm.Error)
    assert issubclass(cm.Error, Exception)


def test_plain_python_handlers_still_catch_library_errors():
    with pytest.raises(ValueError):
        cm.Money("£1.234")
    with pytest.raises(OverflowError):
        cm.Money.from_pence(2**63 - 1) + cm.Money.from_pence(1)
    with pytest.raises(IndexError):
        cm.add_months("9999-12-01", 1)


def test_error_id_is_read_from_the_message_when_not_given():
    error = cm.InvalidInputError("[commissioning.money.004] cannot read '1,2,3' as money")
    assert error.id == "commissioning.money.004"
    assert cm.Error("no id here").id is None


def test_errors_pickle_with_their_id():
    with pytest.raises(cm.Error) as caught:
        cm.parse_date("2021-02-29")
    copy = pickle.loads(pickle.dumps(caught.value))
    assert type(copy) is cm.InvalidInputError
    assert copy.id == "commissioning.date.002"
    assert str(copy) == str(caught.value)


def test_wrong_types_are_type_errors_not_library_errors():
    with pytest.raises(TypeError):
        cm.Money(True)
    with pytest.raises(TypeError):
        cm.Money([1])  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        cm.Money.from_pence(1.5)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        cm.split(100, 2.0)  # type: ignore[arg-type]
