"""The errors of the commissioning package.

Every error the library raises is a :class:`Error` and carries a stable id, also
shown at the start of its message::

    >>> import commissioning as cm
    >>> try:
    ...     cm.Money("1,2,3")
    ... except cm.InvalidInputError as error:
    ...     print(error.id)
    commissioning.money.004

Each class also derives from the built-in exception Python code expects, so an
``except ValueError`` written for plain Python keeps working.

Every id is listed, with an example message, in docs/errors.md. Misuse of the API
itself (an argument of the wrong type, an unknown option name such as
``rounding="bankers"``) raises a plain ``TypeError`` or ``ValueError``, as Python's
own functions do.
"""

from __future__ import annotations

import re

__all__ = ["Error", "InvalidInputError", "DomainError", "OutOfRangeError", "MoneyOverflowError"]

_ID_PREFIX = re.compile(r"^\[(commissioning\.[a-z_]+\.\d{3})\]")


class Error(Exception):
    """Base of every error the library raises.

    Parameters
    ----------
    message : str
        The whole message, starting with the id in brackets:
        ``"[commissioning.money.004] cannot read '1,2,3' as money: ..."``.
    id : str, optional
        The stable id; read from the message when not given.

    Attributes
    ----------
    id : str or None
        The stable id, e.g. ``"commissioning.money.004"``; listed in docs/errors.md.
    """

    id: str | None

    def __init__(self, message: str, id: str | None = None) -> None:  # noqa: A002 - the field's name
        super().__init__(message)
        if id is None:
            match = _ID_PREFIX.match(message)
            id = match.group(1) if match else None
        self.id = id

    def __reduce__(self) -> tuple[type[Error], tuple[str, str | None]]:
        return (type(self), (str(self), self.id))


class InvalidInputError(Error, ValueError):
    """Input that can never be valid: malformed text, an impossible date, a negative term."""


class DomainError(Error, ValueError):
    """A well-formed request the model cannot answer (e.g. weights that sum to zero)."""


class OutOfRangeError(Error, IndexError):
    """A value outside the range the model supports (e.g. a year beyond 9999)."""


class MoneyOverflowError(Error, OverflowError):
    """Arithmetic whose exact result does not fit in 64-bit pence; never a wrapped value."""
