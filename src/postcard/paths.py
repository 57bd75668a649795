"""Where postcard keeps its files.

Everything lives under one *home* when ``--home DIR`` or ``POSTCARD_HOME`` is given (tests use that); otherwise
the platform's data, config and cache dirs (platformdirs). Nothing is created at import time: call
:func:`resolve` and then :meth:`Paths.ensure`.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from postcard.errors import PostcardError

APP_NAME = "postcard"
ENV_HOME = "POSTCARD_HOME"


@dataclass(frozen=True)
class Paths:
    data_dir: Path
    config_dir: Path
    cache_dir: Path

    @property
    def database(self) -> Path:
        return self.data_dir / "postcard.sqlite3"

    @property
    def instance_lock(self) -> Path:
        return self.data_dir / "postcard.lock"

    @property
    def backups_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def user_templates_dir(self) -> Path:
        return self.config_dir / "templates"

    @property
    def font_cache_dir(self) -> Path:
        return self.cache_dir / "fonts"

    def ensure(self) -> Paths:
        """Create the folders; a PostcardError names the one that cannot be made (a file in its place, no rights)."""
        for directory in (self.data_dir, self.config_dir, self.cache_dir, self.user_templates_dir):
            try:
                directory.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                blocker = next((p for p in (directory, *directory.parents) if p.exists() and not p.is_dir()), None)
                if blocker is not None:
                    raise FolderError(
                        f"cannot keep postcard's files in {blocker}: it is a file, not a folder", blocker, is_file=True
                    ) from exc
                reason = str(exc.strerror or exc)
                raise FolderError(f"cannot create the folder {directory}: {reason}", directory, detail=reason) from exc
        return self


class FolderError(PostcardError):
    """A folder for postcard's files cannot be made: ``path`` is a file (``is_file``), or the system says no
    (``detail``: its words)."""

    def __init__(self, message: str, path: Path, *, is_file: bool = False, detail: str = "") -> None:
        super().__init__(message)
        self.path, self.is_file, self.detail = path, is_file, detail


def resolve(home: str | os.PathLike[str] | None = None) -> Paths:
    """The paths for ``--home`` (if given), else ``$POSTCARD_HOME``, else the platform dirs."""
    chosen = home or os.environ.get(ENV_HOME)
    if chosen:
        base = Path(chosen).expanduser().resolve()
        return Paths(base / "data", base / "config", base / "cache")
    import platformdirs

    return Paths(
        Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
        Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)),
        Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)),
    )
