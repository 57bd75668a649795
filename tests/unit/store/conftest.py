"""Fixtures for the store tests: a fresh database in the test's temporary directory."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from postcard.store.store import Store


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = Store.open(tmp_path / "postcard.sqlite3")
    yield opened
    opened.close()
