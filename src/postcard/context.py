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
    def readings(self) -> ReadingSuggester | None:
        """Suggests readings for Japanese names without any (None when the dictionary cannot be had)."""
        from postcard.core.readings import ReadingSuggester
        from postcard.io.kanwa import load_dictionary

        dictionary = load_dictionary(self.paths.cache_dir)
        return ReadingSuggester(dictionary) if dictionary is not None else None

    def close(self) -> None:
        if not self._closed:
            self.store.close()
            self._closed = True
