"""One font catalogue for all layout tests: the bundled fonts, metrics cached in a session folder."""

from __future__ import annotations

import pytest

from postcard.render.fonts import FontCatalog


@pytest.fixture(scope="session")
def fonts(tmp_path_factory: pytest.TempPathFactory) -> FontCatalog:
    return FontCatalog(cache_dir=tmp_path_factory.mktemp("fontcache"))
