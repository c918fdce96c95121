"""Portfolios from tables: a contract register as a pandas DataFrame, or as records.

Used by ``Portfolio.from_frame`` and ``Portfolio.from_records``. Each row is one line: a
service, a provider, an annual cost and, optionally, how it is delivered. A row that cannot be
a line raises the library's error for it, its message naming the row and the column::

    [commissioning.money.004] row 2 ('NEET'), column 'annual': cannot read '1,2,3' as money: ...
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from typing import Any

from ._core import Delivery, Money, Portfolio
from .errors import Error, InvalidInputError

__all__ = ["portfolio_from_frame", "portfolio_from_records"]

_ABSENT = object()


def _is_blank(value: Any) -> bool:
    """None, NaN, pandas.NA or NaT, or text of nothing but spaces: an empty cell."""
    if value is None or value is _ABSENT:
        return True
    if isinstance(value, float):
        return math.isnan(value)
    if isinstance(value, str):
        return not value.strip()
    return type(value).__name__ in ("NAType", "NaTType")


def _text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else str(value)


def _reraised(error: Exception, where: str) -> Exception:
    """The same error, its message naming the row and column it came from."""
    if isinstance(error, Error):
        message = str(error)
        prefix = f"[{error.id}] " if error.id else ""
        body = message[len(prefix):] if prefix and message.startswith(prefix) else message
        return type(error)(f"{prefix}{where}: {body}", error.id)
    return type(error)(f"{where}: {error}")


class _Reader:
    """Adds rows to a portfolio, carrying the service down when asked to."""

    def __init__(self, name: str, columns: tuple[str, str, str, str | None], fill_down: bool, what: str) -> None:
        self.portfolio = Portfolio(name)
        self.service_column, self.provider_column, self.annual_column, self.delivery_column = columns
        self.fill_down = fill_down
        self.what = what
        self.last_service: str | None = None

    def add(self, position: Any, service: Any, provider: Any, annual: Any, delivery: Any) -> None:
        if _is_blank(service) and self.fill_down and self.last_service is not None:
            service_text = self.last_service
        else:
            service_text = "" if _is_blank(service) else _text(service)
        where = f"{self.what} {position!r}" + (f" ({service_text!r})" if service_text else "")
        if annual is _ABSENT or _is_blank(annual):
            why = "has no key" if annual is _ABSENT else "is blank"
            raise InvalidInputError(
                f"[commissioning.money.001] {where}: {self.annual_column!r} {why}; give the annual cost",
                "commissioning.money.001",
            )
        try:
            amount = Money(annual)
        except (Error, TypeError, ValueError) as error:
            raise _reraised(error, f"{where}, column {self.annual_column!r}") from None
        try:
            how = Delivery.CONTRACT if _is_blank(delivery) else Delivery(delivery)
        except (Error, TypeError, ValueError) as error:
            raise _reraised(error, f"{where}, column {self.delivery_column!r}") from None
        try:
            self.portfolio.add(service_text, "" if _is_blank(provider) else _text(provider), amount, how)
        except Error as error:
            raise _reraised(error, where) from None
        self.last_service = service_text


def portfolio_from_frame(
    frame: Any,
    service: str = "service",
    provider: str = "provider",
    annual: str = "annual",
    delivery: str | None = None,
    name: str | None = None,
    fill_down: bool = False,
) -> Portfolio:
    """A portfolio from a DataFrame with one row per line (see ``Portfolio.from_frame``)."""
    columns = getattr(frame, "columns", None)
    if columns is None or not hasattr(frame, "itertuples"):
        raise TypeError(f"from_frame() takes a pandas DataFrame, got {type(frame).__name__}")
    if delivery is None and "delivery" in columns:
        delivery = "delivery"
    wanted = [service, provider, annual] + ([delivery] if delivery is not None else [])
    missing = [column for column in wanted if column not in columns]
    if missing:
        raise ValueError(
            f"the frame has no column {missing[0]!r}; its columns are {[str(c) for c in columns]!r}"
            " (name the columns with service=, provider=, annual= and delivery=)"
        )
    if name is None:
        name = str(getattr(frame, "attrs", {}).get("name", ""))
    reader = _Reader(name, (service, provider, annual, delivery), fill_down, "row")
    rows = frame[wanted].itertuples(index=False, name=None)
    for position, row in zip(frame.index, rows):
        reader.add(position, row[0], row[1], row[2], row[3] if delivery is not None else None)
    return reader.portfolio


def portfolio_from_records(
    records: Iterable[Mapping[str, Any]],
    service: str = "service",
    provider: str = "provider",
    annual: str = "annual",
    delivery: str | None = None,
    name: str = "",
    fill_down: bool = False,
) -> Portfolio:
    """A portfolio from mappings, one per line (see ``Portfolio.from_records``)."""
    delivery_key = "delivery" if delivery is None else delivery
    reader = _Reader(name, (service, provider, annual, delivery_key), fill_down, "record")
    for position, record in enumerate(records):
        if not isinstance(record, Mapping):
            raise TypeError(f"record {position} is not a mapping: {record!r}")
        reader.add(
            position,
            record.get(service),
            record.get(provider),
            record.get(annual, _ABSENT),
            record.get(delivery_key),
        )
    return reader.portfolio
