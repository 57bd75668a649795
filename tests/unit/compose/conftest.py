"""A real application context on a temporary home, with the session's font catalogue."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from postcard.app import build_context
from postcard.context import AppContext
from postcard.core.model import Contact
from postcard.render.fonts import FontCatalog


@pytest.fixture(scope="session")
def fonts(tmp_path_factory: pytest.TempPathFactory) -> FontCatalog:
    return FontCatalog(cache_dir=tmp_path_factory.mktemp("fontcache"))


@pytest.fixture
def ctx(tmp_path: Path, fonts: FontCatalog, monkeypatch: pytest.MonkeyPatch) -> Iterator[AppContext]:
    monkeypatch.setattr(AppContext, "fonts", property(lambda self: fonts))
    context = build_context(tmp_path / "home")
    yield context
    context.close()


def add(ctx: AppContext, **fields: object) -> Contact:
    return ctx.store.contacts.add(Contact(**fields))  # type: ignore[arg-type]


YAMADA = {"family_name": "山田", "given_name": "太郎", "postal_code": "1000005", "address1": "東京都千代田区丸の内",
          "address2": "1-9-1"}  # fmt: skip
SMITH = {"family_name": "Smith", "given_name": "Emily", "address1": "1 Main St", "address2": "Springfield, IL",
         "postal_code": "62701", "country": "USA"}  # fmt: skip
