"""Fuzz target for the Python API (atheris): bytes choose a call and its arguments (text of any
Unicode, integers of any size, floats of any value), and the call must either return or raise
a `commissioning.Error` whose message is one line holding its id. Anything else (another
exception, a crash, a MemoryError) is a finding.

    python fuzz/python_api_fuzzer.py -max_total_time=60 CORPUS_DIR   # needs atheris (requirements/fuzz.txt)

`test_one_input` reads its bytes without atheris, so tests/python/test_fuzz_corpus.py replays
the corpus kept in fuzz/corpus/python_api/ wherever the tests run.
"""

import datetime
import struct
import sys

import commissioning as cm


class Reader:
    """Takes values from the front of the fuzzer's bytes; past the end, zeros and empty text."""

    def __init__(self, data: bytes):
        self.data = data
        self.at = 0

    def take(self, n: int) -> bytes:
        chunk = self.data[self.at:self.at + n]
        self.at += n
        return chunk

    def byte(self) -> int:
        chunk = self.take(1)
        return chunk[0] if chunk else 0

    def integer(self) -> int:
        """Mostly small, sometimes huge (up to 1,000 bits), either sign."""
        size = self.byte() % 12
        magnitude = int.from_bytes(self.take(size if size < 10 else 125), "little")
        return -magnitude if self.byte() & 1 else magnitude

    def floating(self) -> float:
        chunk = self.take(8).ljust(8, b"\0")
        return struct.unpack("<d", chunk)[0]

    def text(self) -> str:
        """Up to 255 bytes decoded as UTF-8 with surrogateescape-free replacement, or Latin-1."""
        raw = self.take(self.byte())
        return raw.decode("utf-8", "replace") if self.byte() & 1 else raw.decode("latin-1")


GREEN_BOOK = cm.DiscountSchedule.green_book_2022()
DAY = datetime.date(2020, 1, 1)


def contract(r: Reader) -> cm.Contract:
    return cm.Contract(r.text(), r.text(), r.text() or "1 May 2016", r.text() or "3+1+1", annual_value=r.text() or "£1")


# Each call takes the reader and makes one call of the API from what it reads.
CALLS = [
    lambda r: cm.Money(r.text()),
    lambda r: cm.Money(r.floating()),
    lambda r: cm.Money(r.integer()),
    lambda r: cm.Money.from_pence(r.integer()),
    lambda r: cm.Money(r.text()) * r.integer(),
    lambda r: cm.Money(r.text()) + cm.Money(r.text()),
    lambda r: cm.Money(r.text()) - cm.Money(r.text()),
    lambda r: cm.Money(r.text()).multiply(r.text()),
    lambda r: cm.Money(r.text()).divide(r.text()),
    lambda r: cm.Money(r.text()).format(decimals=r.integer()),
    lambda r: cm.Rate(r.text()),
    lambda r: cm.Rate(r.floating()),
    lambda r: cm.Rate(r.text()).percent(r.integer()),
    lambda r: cm.parse_date(r.text()),
    lambda r: cm.add_months(DAY, r.integer()),
    lambda r: cm.add_years(r.text(), r.integer()),
    lambda r: cm.FinancialYear.parse(r.text()),
    lambda r: cm.FinancialYear(r.integer(), r.integer()),
    lambda r: cm.Period.of_months(DAY, r.integer()),
    lambda r: cm.Term(r.text()),
    lambda r: cm.Term(r.integer(), [r.integer()]),
    lambda r: cm.split(r.text(), r.integer()),
    lambda r: cm.allocate(r.text(), [r.integer(), r.text()]),
    lambda r: GREEN_BOOK.factors(r.integer() % 2000 - 500),
    lambda r: GREEN_BOOK.exact_factor(r.integer()),
    lambda r: cm.annuity_factor(GREEN_BOOK, r.integer() % 2000 - 500),
    lambda r: cm.DiscountSchedule.named(r.text()),
    lambda r: cm.Column.number(r.text(), r.integer()),
    lambda r: cm.Column.money(r.text(), decimals=r.integer()),
    lambda r: cm.ThresholdTable.from_csv(r.text() + "\n" + r.text()),
    lambda r: cm.parse_modification_ground(r.text()),
    lambda r: cm.Scenario.from_toml(r.text()),
    lambda r: contract(r),
    lambda r: contract(r).exercise(r.integer(), r.text() or None),
    lambda r: contract(r).profile(),
]


def test_one_input(data: bytes) -> None:
    r = Reader(data)
    call = CALLS[r.byte() % len(CALLS)]
    try:
        call(r)
    except cm.Error as e:
        message = str(e)  # a message that is not valid UTF-8 raises here
        if f"[{e.id}] " not in message or "\n" in message or "\x00" in message:
            raise AssertionError(f"a message without its id, or over lines: {message!r}") from e


def main() -> None:
    import atheris

    # Coverage of this file's Python only: the compiled module gives none unless it is built
    # with -fsanitize=fuzzer, and instrumenting all the Python loaded (numpy, pandas) takes
    # minutes. The calls and the reader's branches still steer the bytes.
    for function in (test_one_input, Reader.integer, Reader.text, *CALLS):
        atheris.instrument_func(function)
    atheris.Setup(sys.argv, atheris.instrument_func(test_one_input))
    atheris.Fuzz()


if __name__ == "__main__":
    main()
