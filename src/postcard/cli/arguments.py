"""Command-line values checked as they are read: ids, days, seeds; and a parser whose usage errors are one line.

A value out of range is a usage error (exit status 2) with one line that names the option and the value, never a
traceback further on (an id of 10**30 cannot even be looked up in SQLite).
"""

from __future__ import annotations

import argparse
import sys
from typing import NoReturn

MAX_ID = 2**63 - 1  # SQLite's largest integer
MAX_DAYS = 36_500  # a hundred years
MAX_SEED = 2**32 - 1


def _integer(value: str) -> int:
    try:
        return int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value[:40]!r}") from None


def record_id(value: str) -> int:
    """A contact, card, event or sender id: 1 or more."""
    number = _integer(value)
    if not 1 <= number <= MAX_ID:
        raise argparse.ArgumentTypeError(f"an id is a number from 1 up, not {value[:40]}")
    return number


def days(value: str) -> int:
    """A number of days: 0 to 36,500."""
    number = _integer(value)
    if not 0 <= number <= MAX_DAYS:
        raise argparse.ArgumentTypeError(f"a number of days from 0 to {MAX_DAYS:,}, not {value[:40]}")
    return number


def seed(value: str) -> int:
    """A handwriting seed: 0 to 4,294,967,295."""
    number = _integer(value)
    if not 0 <= number <= MAX_SEED:
        raise argparse.ArgumentTypeError(f"a seed from 0 to {MAX_SEED:,}, not {value[:40]}")
    return number


class OneLineParser(argparse.ArgumentParser):
    """An ArgumentParser whose usage errors are one line (with where to read more), exit status 2."""

    def error(self, message: str) -> NoReturn:
        print(f"{self.prog}: error: {message}; usage: {self.prog} --help", file=sys.stderr)
        raise SystemExit(2)
