"""Conversions between SQLite text values and Python dates/times."""

from __future__ import annotations

import datetime as dt


def date_out(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def date_in(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value[:10]) if value else None


def time_out(value: dt.datetime | None) -> str | None:
    if value is None:
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    return value.astimezone(dt.UTC).isoformat(timespec="seconds")


def time_in(value: str | None) -> dt.datetime | None:
    return dt.datetime.fromisoformat(value) if value else None
