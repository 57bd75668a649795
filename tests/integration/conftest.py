"""Fixtures for the end-to-end tests: one font catalogue per session, shared with the app's context."""

from __future__ import annotations

import pytest

from postcard.context import AppContext
from postcard.render.fonts import FontCatalog


@pytest.fixture(scope="session")
def fonts(tmp_path_factory: pytest.TempPathFactory) -> FontCatalog:
    return FontCatalog(cache_dir=tmp_path_factory.mktemp("fontcache"))


@pytest.fixture
def app_fonts(fonts: FontCatalog, monkeypatch: pytest.MonkeyPatch) -> FontCatalog:
    """Every AppContext the CLI builds uses the session's catalogue (its metrics are loaded once)."""
    monkeypatch.setattr(AppContext, "fonts", property(lambda self: fonts))
    return fonts
