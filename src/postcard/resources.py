"""Access to the bundled resource folders ``templates/``, ``fonts/``, ``assets/`` and ``i18n/``.

In a wheel the folders live inside the package (``postcard/templates`` ... through hatch
``force-include``, see ``pyproject.toml``) and are found with :func:`importlib.resources.files`. There is
exactly one fallback, for an editable install or a source checkout, where the folders stay at the top of the
repository: the directory two levels above ``src/postcard`` is used when it holds ``pyproject.toml`` and the
folder asked for.

Only resources on the file system are supported (no zip imports): fonts and images are opened (and font files
memory-mapped) by path. Nothing happens at import time.
"""

from __future__ import annotations

import importlib.resources
from pathlib import Path, PurePosixPath, PureWindowsPath

from postcard import APP_ID
from postcard.errors import PostcardError

KINDS = ("templates", "fonts", "assets", "i18n")  # i18n: the window's .qm translations
# The application icon's PNG sizes in assets/icons/hicolor/<size>x<size>/apps/ (16-32 drawn on the pixel grid).
APP_ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


class ResourceNotFoundError(PostcardError, FileNotFoundError):
    """A bundled resource (folder or file) does not exist; the message names it."""


def _check_kind(kind: str) -> None:
    if kind not in KINDS:
        raise ValueError(f"unknown resource kind {kind!r}; expected one of {', '.join(KINDS)}")


def _check_name(name: str) -> None:
    """Refuse names that could leave the resource folder."""
    if "\\" in name or PureWindowsPath(name).drive or PurePosixPath(name).is_absolute():
        raise ValueError(f"resource name must be a relative path with '/': {name!r}")
    if ".." in PurePosixPath(name).parts:
        raise ValueError(f"resource name must not contain '..': {name!r}")


def resource_dir(kind: str) -> Path:
    """The folder of one resource kind.

    Args:
        kind: ``"templates"``, ``"fonts"`` or ``"assets"``.

    Returns:
        The folder inside the installed package, or in a source checkout the folder at the repository root.

    Raises:
        ValueError: ``kind`` is not a known kind.
        ResourceNotFoundError: neither location has the folder (a broken installation).
    """
    _check_kind(kind)
    packaged = importlib.resources.files("postcard") / kind
    if isinstance(packaged, Path) and packaged.is_dir():
        return packaged
    # Fallback for an editable install / source checkout: <repo>/src/postcard/resources.py -> <repo>.
    root = Path(__file__).resolve().parents[2]
    if (root / "pyproject.toml").is_file() and (root / kind).is_dir():
        return root / kind
    raise ResourceNotFoundError(f"resource folder {kind!r} not found (broken installation?)")


def resource_path(kind: str, name: str = "") -> Path:
    """The path of a bundled resource.

    Args:
        kind: ``"templates"``, ``"fonts"`` or ``"assets"``.
        name: A path relative to the folder, with ``/`` as separator; empty for the folder itself.

    Returns:
        The path of an existing file or folder.

    Raises:
        ValueError: unknown ``kind``, or ``name`` is absolute or contains ``..``.
        ResourceNotFoundError: the resource does not exist.
    """
    _check_kind(kind)
    _check_name(name)
    folder = resource_dir(kind)
    if not name:
        return folder
    path = folder.joinpath(*PurePosixPath(name).parts)
    if not path.exists():
        raise ResourceNotFoundError(f"no bundled {kind} resource {name!r}")
    return path


def list_resources(kind: str) -> list[str]:
    """The names of the entries (files and folders) at the top of a resource folder.

    Hidden entries (starting with ``.``) and ``__pycache__`` are left out.

    Args:
        kind: ``"templates"``, ``"fonts"`` or ``"assets"``.

    Returns:
        The names, sorted.
    """
    folder = resource_dir(kind)
    return sorted(p.name for p in folder.iterdir() if not p.name.startswith(".") and p.name != "__pycache__")


def app_icon_path(size: int | None = None) -> Path:
    """The application icon, as laid out for the hicolor theme in ``assets/icons/hicolor/``.

    Args:
        size: A size in :data:`APP_ICON_SIZES` for that PNG, or ``None`` for the scalable SVG.

    Raises:
        ValueError: no PNG is drawn at ``size``.
        ResourceNotFoundError: the file is missing (a broken installation).
    """
    if size is None:
        return resource_path("assets", f"icons/hicolor/scalable/apps/{APP_ID}.svg")
    if size not in APP_ICON_SIZES:
        raise ValueError(f"no {size} px application icon; sizes: {', '.join(map(str, APP_ICON_SIZES))}")
    return resource_path("assets", f"icons/hicolor/{size}x{size}/apps/{APP_ID}.png")


def app_icon_paths() -> list[Path]:
    """Every PNG of the application icon, smallest first: add them all to one ``QIcon`` for the window icon, so
    that each size shows its own drawing rather than a scaled one."""
    return [app_icon_path(size) for size in APP_ICON_SIZES]
