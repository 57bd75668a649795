"""Who is due a word: the keep-in-touch ranking."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from postcard.core.model import DEFAULT_INTERVAL_DAYS, Contact


@dataclass(frozen=True)
class LastContact:
    """The last time one heard from someone, and how: ``kind`` is "card" (a card sent), "meeting" (an event or
    the day met), or a logged touch's kind ("call", "lunch", "email", "note"...); ``note`` the touch's note or the
    event's name."""

    date: dt.date
    kind: str
    note: str = ""


@dataclass(frozen=True)
class FollowUp:
    contact: Contact
    last_touch: dt.date | None
    days_since: int | None
    overdue: float  # max(now − last − interval, 0) / interval; never touched counts as one full interval

    @property
    def due(self) -> bool:
        return self.overdue > 0


def overdue_score(today: dt.date, last: dt.date | None, interval_days: int) -> float:
    """``max(now − last − interval, 0) / interval``, in intervals. Never touched → 1.0 (one interval late)."""
    if last is None:
        return 1.0
    late = (today - last).days - interval_days
    return max(late, 0) / interval_days


def count_due(people: Iterable[tuple[int | None, dt.date | None]], today: dt.date) -> int:
    """How many people :func:`rank` lists as due, from each one's keep-in-touch interval (None or 0: the default,
    as :attr:`Contact.effective_interval_days`) and last touch alone (the caller leaves out archived people)."""
    return sum(overdue_score(today, last, interval or DEFAULT_INTERVAL_DAYS) > 0 for interval, last in people)


def rank(
    contacts: Iterable[Contact],
    last_touches: Mapping[int, dt.date],
    today: dt.date,
    *,
    include_not_due: bool = False,
) -> list[FollowUp]:
    """Contacts ranked by how overdue they are; key people first among equals."""
    out = []
    for contact in contacts:
        if contact.archived or contact.id is None:
            continue
        last = last_touches.get(contact.id)
        score = overdue_score(today, last, contact.effective_interval_days)
        if score > 0 or include_not_due:
            days = (today - last).days if last else None
            out.append(FollowUp(contact, last, days, score))
    out.sort(key=lambda f: (-f.overdue, not f.contact.key_person, f.contact.family_reading, f.contact.id or 0))
    return out
