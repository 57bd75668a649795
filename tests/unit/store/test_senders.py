"""Sender profiles and the default one."""

from __future__ import annotations

import dataclasses

from postcard.core.model import Sender
from postcard.store.store import Store


def private() -> Sender:
    return Sender(label="private", family_name="小林", given_name="葵", postal_code="1510051",
                  address1="東京都渋谷区千駄ヶ谷", address2="1-2-3", address3="グリーンハイツ201",
                  email="aoi@example.jp")  # fmt: skip


def work() -> Sender:
    return Sender(label="work", family_name="Kobayashi", given_name="Aoi", company="Northwind Labs",
                  address1="1 Main St", postal_code="95014", country="USA")  # fmt: skip


def test_the_first_sender_becomes_the_default(store: Store) -> None:
    assert store.senders.default() is None
    first = store.senders.add(private())
    assert first.is_default
    second = store.senders.add(work())
    assert not second.is_default
    assert store.senders.default() == first
    assert [s.label for s in store.senders.list()] == ["private", "work"]


def test_every_field_round_trips(store: Store) -> None:
    sender = store.senders.add(work())
    assert sender.id is not None
    assert store.senders.get(sender.id) == dataclasses.replace(work(), id=sender.id, is_default=True)
    assert store.senders.get(sender.id + 100) is None


def test_a_new_default_replaces_the_old_one(store: Store) -> None:
    first = store.senders.add(private())
    second = store.senders.add(dataclasses.replace(work(), is_default=True))
    assert store.senders.default() == second
    assert [s.is_default for s in store.senders.list()] == [False, True]
    first.is_default = True
    first.address3 = "グリーンハイツ305"
    store.senders.update(first)
    assert store.senders.default() == first
    assert [s.is_default for s in store.senders.list()] == [True, False]
    assert store.senders.get(first.id).address3 == "グリーンハイツ305"  # type: ignore[arg-type, union-attr]
