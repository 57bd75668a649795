"""The keep-in-touch ranking: max(now − last − interval, 0) / interval."""

from __future__ import annotations

import datetime as dt

import pytest

from postcard.core.followups import overdue_score, rank
from postcard.core.model import DEFAULT_INTERVAL_DAYS, Contact

TODAY = dt.date(2026, 11, 23)


def ago(days: int) -> dt.date:
    return TODAY - dt.timedelta(days=days)


@pytest.mark.parametrize(
    ("days_ago", "interval", "expected"),
    [
        (400, 182, (400 - 182) / 182),  # ≈ 1.198
        (364, 182, 1.0),
        (273, 182, 0.5),
        (183, 182, 1 / 182),
        (182, 182, 0.0),  # exactly one interval: not late yet
        (10, 182, 0.0),
        (0, 30, 0.0),
        (90, 30, 2.0),
        (45, 30, 0.5),
    ],
)
def test_overdue_score(days_ago: int, interval: int, expected: float) -> None:
    assert overdue_score(TODAY, ago(days_ago), interval) == pytest.approx(expected)


def test_overdue_score_of_400_days_at_182() -> None:
    assert round(overdue_score(TODAY, ago(400), 182), 3) == 1.198


def test_never_touched_counts_as_one_interval_late() -> None:
    assert overdue_score(TODAY, None, 182) == 1.0
    assert overdue_score(TODAY, None, 7) == 1.0


def person(cid: int, *, key: bool = False, interval: int | None = None, reading: str = "") -> Contact:
    return Contact(family_name=f"P{cid}", family_reading=reading, id=cid, key_person=key,
                   interval_days=interval)  # fmt: skip


def test_rank_orders_by_how_overdue() -> None:
    contacts = [person(1), person(2), person(3), person(4)]
    last = {1: ago(200), 2: ago(600), 3: ago(30), 4: ago(364)}
    ranked = rank(contacts, last, TODAY)
    assert [f.contact.id for f in ranked] == [2, 4, 1]  # 3 is not due
    assert [f.days_since for f in ranked] == [600, 364, 200]
    assert ranked[1].overdue == pytest.approx(1.0)
    assert all(f.due for f in ranked)


def test_never_touched_ranks_as_one_interval() -> None:
    ranked = rank([person(1), person(2), person(3)], {1: ago(600), 3: ago(300)}, TODAY)
    assert [(f.contact.id, f.last_touch, f.days_since) for f in ranked] == [
        (1, ago(600), 600), (2, None, None), (3, ago(300), 300)
    ]  # fmt: skip
    assert ranked[1].overdue == 1.0


def test_key_person_first_among_equals() -> None:
    plain = person(1, reading="あ")
    key = person(2, key=True, reading="わ")
    more_overdue = person(3, reading="ん")
    last = {1: ago(364), 2: ago(364), 3: ago(500)}
    ranked = rank([plain, key, more_overdue], last, TODAY)
    # a key person does not jump ahead of someone more overdue, only of equals
    assert [f.contact.id for f in ranked] == [3, 2, 1]


def test_equals_fall_back_to_reading_order() -> None:
    ranked = rank([person(1, reading="わだ"), person(2, reading="あべ")], {}, TODAY)
    assert [f.contact.id for f in ranked] == [2, 1]


def test_custom_interval() -> None:
    monthly = person(1, interval=30)
    default = person(2)
    last = {1: ago(60), 2: ago(60)}
    ranked = rank([monthly, default], last, TODAY)
    assert [(f.contact.id, f.overdue) for f in ranked] == [(1, 1.0)]
    assert default.effective_interval_days == DEFAULT_INTERVAL_DAYS == 182


def test_include_not_due_and_skips_archived_and_unsaved() -> None:
    archived = person(3)
    archived.archived = True
    unsaved = Contact(family_name="unsaved")
    contacts = [person(1), person(2), archived, unsaved]
    ranked = rank(contacts, {1: ago(10), 2: ago(400), 3: ago(900)}, TODAY, include_not_due=True)
    assert [(f.contact.id, f.due) for f in ranked] == [(2, True), (1, False)]
