"""The application context: everything a command or window needs, built once by :mod:`postcard.app`."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

from postcard.paths import Paths
from postcard.store.store import Store

if TYPE_CHECKING:
    from postcard.core.readings import ReadingSuggester
    from postcard.render.fonts import FontCatalog
    from postcard.render.templates import TemplateLibrary


@dataclass
class AppContext:
    paths: Paths
    store: Store
    _closed: bool = field(default=False, repr=False)

    @cached_property
    def fonts(self) -> FontCatalog:
        """The font catalogue (loaded on first use: the fonts are large)."""
        from postcard.render.fonts import FontCatalog

        return FontCatalog(cache_dir=self.paths.font_cache_dir)

    @cached_property
    def templates(self) -> TemplateLibrary:
        from postcard.render.templates import TemplateLibrary
        from postcard.resources import resource_path

        return TemplateLibrary(resource_path("templates"), self.paths.user_templates_dir)

    @cached_property
    def readings(self) -> ReadingSuggester:
        """Suggests readings for Japanese names without any; its dictionary is loaded on first need (and when it
        cannot be had, nothing is suggested)."""
        from postcard.core.readings import ReadingSuggester
        from postcard.io.kanwa import load_dictionary

        return ReadingSuggester(lambda: load_dictionary(self.paths.cache_dir))

    def close(self) -> None:
        if not self._closed:
            self.store.close()
            self._closed = True
