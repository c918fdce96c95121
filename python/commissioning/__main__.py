"""The ``commissioning`` command line: ``commissioning appraise FILE``, or ``python -m commissioning``.

It runs the C++ command of the library (``_core.run_command_line``), so it prints what the
C++ program ``apps/commissioning`` prints, byte for byte (docs/scenario.md).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from ._core import run_command_line


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line on ``argv`` (by default ``sys.argv[1:]``); return its exit code."""
    sys.stdout.flush()  # what Python has buffered goes out before what C++ writes
    sys.stderr.flush()
    return run_command_line(list(sys.argv[1:] if argv is None else argv))


if __name__ == "__main__":
    sys.exit(main())
