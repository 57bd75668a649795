"""Reads for a worker thread: the window's connection stays on its own thread, so a read that takes longer than
a frame (thousands of people, the whole log) opens a connection of its own and closes it when done."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from postcard.core.heap import collect_only_new
from postcard.paths import Paths
from postcard.store.store import Store

T = TypeVar("T")


def read_with_own_connection(paths: Paths, read: Callable[[Store], T]) -> T:
    """``read(store)`` through a connection of its own to the book at ``paths``, for a worker thread; its full
    collections are held off while it runs and what it made joins the oldest generation unwalked
    (:func:`~postcard.core.heap.collect_only_new`): a read of 100,000 people makes rows, no cycles, yet set off full
    collections over them, each longer than the last (33 → 93 ms with the interpreter lock held, the window
    standing still). *Reads*."""
    with collect_only_new(paused=True, age_new=True):
        store = Store.open(paths.database, paths.backups_dir)
        try:
            return read(store)
        finally:
            store.close()
