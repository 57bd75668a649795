"""Where templates are read from: the user's folder first, then the bundled one; what is refused there.

A symbolic link in the user's folder is never read (it could point anywhere, and change between a check and a
read): the bundled template of its name stays in use, and ``postcard templates`` lists the link as refused.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path

import jinja2


class TemplateRefusal(StrEnum):
    """Why a file in the user's template folder is not used."""

    SYMLINK = "symlink"  # a symbolic link: never followed (it could point anywhere, and change)
    UNREADABLE = "unreadable"  # cannot be read (permissions, a folder named like a template)
    NOT_UTF8 = "not-utf8"  # not UTF-8 text


class FolderLoader(jinja2.FileSystemLoader):
    """FileSystemLoader refuses ``..`` and looks up ``/etc/passwd`` inside its folders; this also never reads a
    symbolic link (a refused user file leaves the bundled template of its name in use), nor a file whose real path
    leaves the folders."""

    def get_source(self, env: jinja2.Environment, template: str) -> tuple[str, str, Callable[[], bool]]:
        pieces = jinja2.loaders.split_template_path(template)
        for root in self.searchpath:
            candidate = Path(root, *pieces)
            if candidate.is_symlink() or not candidate.is_file():
                continue
            if not candidate.resolve().is_relative_to(Path(root).resolve()):
                continue
            try:
                source = candidate.read_text(encoding=self.encoding)
            except (OSError, UnicodeDecodeError):
                continue
            return source, str(candidate), functools.partial(_unchanged, candidate, candidate.stat().st_mtime)
        raise jinja2.TemplateNotFound(template)


def _unchanged(path: Path, mtime: float) -> bool:
    try:
        return not path.is_symlink() and path.stat().st_mtime == mtime
    except OSError:
        return False


def refusal(path: Path) -> TemplateRefusal | None:
    """Why a template file would not be used, or None when it would."""
    if path.is_symlink():
        return TemplateRefusal.SYMLINK
    try:
        path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        return TemplateRefusal.NOT_UTF8
    except OSError:
        return TemplateRefusal.UNREADABLE
    return None
