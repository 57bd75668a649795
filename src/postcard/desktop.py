"""The launcher, the icon and the AppStream metainfo, installed for the current user (freedesktop desktops).

``postcard install-desktop`` and the GUI call :func:`install` and :func:`uninstall`. Everything goes under
``$XDG_DATA_HOME`` (``~/.local/share`` when unset):

- ``applications/<APP_ID>.desktop``, with ``Exec`` and ``TryExec`` set to the absolute path of the
  ``postcard-gui`` installed beside the running postcard (a virtual environment's ``bin`` is rarely on the
  desktop's ``PATH``; ``TryExec`` hides the entry again if that environment is deleted);
- ``icons/hicolor/<size>x<size>/apps/<APP_ID>.png`` for every drawn size, and
  ``icons/hicolor/scalable/apps/<APP_ID>.svg``;
- ``metainfo/<APP_ID>.metainfo.xml`` (software centres read it).

:func:`uninstall` removes exactly those files. The desktop's caches are kept in step only where they already exist
(``update-desktop-database``, ``gtk-update-icon-cache``): without a cache the desktop reads the folders themselves,
and creating one would leave behind a file that is not postcard's to remove. A missing or failing tool is never an
error. Nothing happens at import time.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import sysconfig
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from postcard import APP_ID
from postcard.errors import PostcardError
from postcard.resources import APP_ICON_SIZES, app_icon_path, resource_path

GUI_SCRIPT = "postcard-gui"
DESKTOP_FILE = f"{APP_ID}.desktop"
METAINFO_FILE = f"{APP_ID}.metainfo.xml"

# Characters that make an Exec argument need quoting (Desktop Entry Specification, "The Exec key").
_EXEC_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")
_EXEC_LINE = re.compile(r"^(Exec|TryExec)=(.*)$")


class DesktopIntegrationError(PostcardError):
    """The launcher cannot be installed here (not a freedesktop platform, no ``postcard-gui`` found, a bad path)."""


@dataclass(frozen=True)
class DesktopResult:
    """What :func:`install` or :func:`uninstall` did.

    Attributes:
        data_home: The base folder the files are in (``$XDG_DATA_HOME``).
        files: The files written, or removed, in a stable order: launcher, icons (small to large, then SVG),
            metainfo.
        executable: The ``postcard-gui`` the launcher runs (``None`` after an uninstall).
        refreshed: The cache tools that were run.
    """

    data_home: Path
    files: tuple[Path, ...]
    executable: Path | None = None
    refreshed: tuple[str, ...] = ()


def data_home(environ: Mapping[str, str] | None = None) -> Path:
    """``$XDG_DATA_HOME``, or ``~/.local/share`` when it is unset, empty or relative (which the spec says to ignore)."""
    env = os.environ if environ is None else environ
    value = env.get("XDG_DATA_HOME", "")
    if value and os.path.isabs(value):
        return Path(value)
    home = env.get("HOME") or str(Path.home())
    return Path(home) / ".local" / "share"


def targets(base: Path) -> list[tuple[Path, Path]]:
    """The (bundled file, installed path) pairs under ``base``: launcher, icons, metainfo."""
    icons = base / "icons" / "hicolor"
    pairs = [(resource_path("assets", DESKTOP_FILE), base / "applications" / DESKTOP_FILE)]
    pairs += [(app_icon_path(s), icons / f"{s}x{s}" / "apps" / f"{APP_ID}.png") for s in APP_ICON_SIZES]
    pairs.append((app_icon_path(None), icons / "scalable" / "apps" / f"{APP_ID}.svg"))
    pairs.append((resource_path("assets", METAINFO_FILE), base / "metainfo" / METAINFO_FILE))
    return pairs


def is_installed(base: Path | None = None) -> bool:
    """Whether the launcher is installed for this user."""
    return ((base or data_home()) / "applications" / DESKTOP_FILE).is_file()


def find_gui_executable() -> Path:
    """The ``postcard-gui`` installed with the running postcard, as an absolute path.

    Looks in the running interpreter's scripts folder (a virtual environment's ``bin``), then in the user
    scheme's (``pip install --user``), then on ``PATH``.

    Raises:
        DesktopIntegrationError: none of them has it.
    """
    folders = [sysconfig.get_path("scripts")]
    user_scheme = sysconfig.get_preferred_scheme("user")
    folders.append(sysconfig.get_path("scripts", user_scheme))
    candidates = [Path(folder) / GUI_SCRIPT for folder in folders if folder]
    on_path = shutil.which(GUI_SCRIPT)
    if on_path:
        candidates.append(Path(on_path))
    for candidate in candidates:
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return candidate.absolute()
    raise DesktopIntegrationError(
        f"cannot find {GUI_SCRIPT} beside this postcard ({sys.executable}); install postcard with pip, or name the "
        "program with --exec"
    )


def exec_argument(program: Path) -> str:
    """``program`` as the first argument of an ``Exec`` value: quoted and escaped as the Desktop Entry spec asks.

    Raises:
        DesktopIntegrationError: the path is relative or has a character a desktop entry cannot hold.
    """
    text = str(program)
    if not program.is_absolute():
        raise DesktopIntegrationError(f"the launcher needs an absolute path to the program, not {text!r}")
    if any(ch in text for ch in "\n\r\0"):
        raise DesktopIntegrationError(f"a launcher cannot run a program whose path has a line break: {text!r}")
    if "%" in text:  # the spec's "%%" is not understood by GLib, which looks for a program named with "%%"
        raise DesktopIntegrationError(
            f"a launcher cannot run a program whose path has '%' in it: {text!r}; name a link to it with --exec"
        )
    if _EXEC_RESERVED & set(text):
        text = '"' + re.sub(r'(["`$\\])', r"\\\1", text) + '"'
    return _escape_string(text)


def _escape_string(value: str) -> str:
    """The escapes of a desktop entry ``string`` value (backslash and control characters)."""
    return value.replace("\\", "\\\\").replace("\t", "\\t")


def desktop_entry_text(executable: Path) -> str:
    """The bundled desktop entry with ``Exec`` and ``TryExec`` pointing at ``executable`` (arguments kept)."""
    lines = []
    for line in resource_path("assets", DESKTOP_FILE).read_text(encoding="utf-8").splitlines():
        match = _EXEC_LINE.match(line)
        if match and match.group(1) == "TryExec":
            line = f"TryExec={_escape_string(str(executable))}"
        elif match:
            program, _, args = match.group(2).partition(" ")
            if program != GUI_SCRIPT:
                raise DesktopIntegrationError(f"unexpected Exec in the bundled {DESKTOP_FILE}: {match.group(2)!r}")
            line = "Exec=" + exec_argument(executable) + (f" {args}" if args else "")
        lines.append(line)
    return "\n".join(lines) + "\n"


def install(base: Path | None = None, executable: Path | None = None, *, refresh: bool = True) -> DesktopResult:
    """Install the launcher, icons and metainfo for the current user (replacing an earlier install).

    Args:
        base: The data folder; default :func:`data_home`.
        executable: The program the launcher runs; default :func:`find_gui_executable`.
        refresh: Keep the desktop's existing caches in step (off in tests that count files).

    Raises:
        DesktopIntegrationError: not a freedesktop platform, or no ``postcard-gui`` to run.
        OSError: a file cannot be written (named in the exception).
    """
    _check_platform()
    base = base or data_home()
    program = (executable or find_gui_executable()).absolute()
    entry = desktop_entry_text(program)
    written = []
    for source, target in targets(base):
        data = entry.encode("utf-8") if target.name == DESKTOP_FILE else source.read_bytes()
        _write_atomically(target, data)
        written.append(target)
    refreshed = _refresh_caches(base) if refresh else ()
    return DesktopResult(base, tuple(written), program, refreshed)


def uninstall(base: Path | None = None, *, refresh: bool = True) -> DesktopResult:
    """Remove what :func:`install` put there, nothing else; the folders it leaves empty go too.

    Returns:
        The result; ``files`` is empty when nothing was installed.
    """
    base = base or data_home()
    removed = []
    for _, target in targets(base):
        if target.is_file() or target.is_symlink():
            target.unlink()
            removed.append(target)
    _prune_empty_folders(base, [t for _, t in targets(base)])
    refreshed = _refresh_caches(base) if refresh and removed else ()
    return DesktopResult(base, tuple(removed), None, refreshed)


def _prune_empty_folders(base: Path, files: list[Path]) -> None:
    """Remove the folders between ``base`` and ``files`` that are empty now, deepest first (``base`` stays)."""
    folders = {parent for f in files for parent in f.parents if parent != base and parent.is_relative_to(base)}
    for folder in sorted(folders, key=lambda p: len(p.parts), reverse=True):
        if folder.is_dir() and not any(folder.iterdir()):
            folder.rmdir()


def _check_platform() -> None:
    if sys.platform in ("win32", "cygwin", "darwin"):
        raise DesktopIntegrationError(
            "install-desktop is for Linux and BSD desktops (freedesktop); on this system start postcard-gui directly"
        )


def _write_atomically(target: Path, data: bytes) -> None:
    """Write through a temporary file and a rename, so that a desktop watching the folder never reads half a file."""
    target.parent.mkdir(parents=True, exist_ok=True)
    part = target.with_name(f".{target.name}.part")
    try:
        part.write_bytes(data)
        part.chmod(0o644)
        os.replace(part, target)
    finally:
        part.unlink(missing_ok=True)


def _refresh_caches(base: Path) -> tuple[str, ...]:
    ran = []
    applications = base / "applications"
    if (applications / "mimeinfo.cache").is_file() and _run("update-desktop-database", "-q", str(applications)):
        ran.append("update-desktop-database")
    hicolor = base / "icons" / "hicolor"
    if hicolor.is_dir():
        os.utime(hicolor)  # icon loaders without a cache notice a changed theme by the folder's time
        if (hicolor / "icon-theme.cache").is_file() and _run("gtk-update-icon-cache", "-q", "-t", "-f", str(hicolor)):
            ran.append("gtk-update-icon-cache")
    return tuple(ran)


def _run(tool: str, *args: str) -> bool:
    """Run a cache tool quietly; ``False`` when it is missing or fails (the launcher works without it)."""
    path = shutil.which(tool)
    if not path:
        return False
    try:
        done = subprocess.run([path, *args], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=60)
    except (OSError, subprocess.SubprocessError):
        return False
    return done.returncode == 0
