"""Installing the launcher, icons and metainfo for the user, and removing exactly them again."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from postcard import APP_ID, desktop
from postcard.desktop import DesktopIntegrationError, exec_argument, install, uninstall
from postcard.resources import APP_ICON_SIZES, app_icon_path, resource_path

DESKTOP = f"{APP_ID}.desktop"


@pytest.fixture
def gui(tmp_path: Path) -> Path:
    """A stand-in for the installed postcard-gui."""
    program = tmp_path / "venv" / "bin" / "postcard-gui"
    program.parent.mkdir(parents=True)
    program.write_text("#!/bin/sh\nexit 0\n", encoding="utf-8")
    program.chmod(0o755)
    return program


@pytest.fixture
def xdg(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    base = tmp_path / "xdg-data"
    monkeypatch.setenv("XDG_DATA_HOME", str(base))
    return base


def all_files(base: Path) -> set[Path]:
    return {p for p in base.rglob("*") if p.is_file()} if base.exists() else set()


def expected_files(base: Path) -> set[Path]:
    icons = base / "icons" / "hicolor"
    pngs = {icons / f"{s}x{s}" / "apps" / f"{APP_ID}.png" for s in APP_ICON_SIZES}
    return pngs | {
        base / "applications" / DESKTOP,
        icons / "scalable" / "apps" / f"{APP_ID}.svg",
        base / "metainfo" / f"{APP_ID}.metainfo.xml",
    }


def exec_program(desktop_file: Path) -> str:
    """The program of the ``Exec`` line, undoing the string escapes and then the quoting (as a launcher does)."""
    line = next(x for x in desktop_file.read_text(encoding="utf-8").splitlines() if x.startswith("Exec="))
    value = re.sub(r"\\(.)", lambda m: {"s": " ", "t": "\t", "n": "\n", "\\": "\\"}[m.group(1)], line[5:])
    if not value.startswith('"'):
        return value.split(" ")[0]
    out, i = [], 1
    while value[i] != '"':
        if value[i] == "\\":
            i += 1
        out.append(value[i])
        i += 1
    return "".join(out)


def test_data_home_follows_xdg_and_ignores_a_relative_one() -> None:
    assert desktop.data_home({"XDG_DATA_HOME": "/srv/data", "HOME": "/home/a"}) == Path("/srv/data")
    assert desktop.data_home({"XDG_DATA_HOME": "rel/data", "HOME": "/home/a"}) == Path("/home/a/.local/share")
    assert desktop.data_home({"XDG_DATA_HOME": "", "HOME": "/home/a"}) == Path("/home/a/.local/share")
    assert desktop.data_home({"HOME": "/home/a"}) == Path("/home/a/.local/share")


def test_install_puts_launcher_icons_and_metainfo_under_xdg_data_home(xdg: Path, gui: Path) -> None:
    result = install(executable=gui, refresh=False)
    assert result.data_home == xdg and result.executable == gui
    assert set(result.files) == expected_files(xdg) == all_files(xdg)
    assert result.files[0] == xdg / "applications" / DESKTOP
    for size in APP_ICON_SIZES:
        installed = xdg / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        assert installed.read_bytes() == app_icon_path(size).read_bytes()
    assert (xdg / "icons/hicolor/scalable/apps" / f"{APP_ID}.svg").read_bytes() == app_icon_path().read_bytes()
    metainfo = resource_path("assets", f"{APP_ID}.metainfo.xml").read_bytes()
    assert (xdg / "metainfo" / f"{APP_ID}.metainfo.xml").read_bytes() == metainfo
    assert desktop.is_installed()


def test_installed_launcher_runs_the_absolute_program(xdg: Path, gui: Path) -> None:
    install(executable=gui, refresh=False)
    text = (xdg / "applications" / DESKTOP).read_text(encoding="utf-8")
    bundled = resource_path("assets", DESKTOP).read_text(encoding="utf-8")
    assert f"\nExec={gui} %F\n" in text and f"\nTryExec={gui}\n" in text  # the files a file manager opens
    # everything else is the bundled entry, line for line
    strip = [x for x in text.splitlines() if not x.startswith(("Exec=", "TryExec="))]
    assert strip == [x for x in bundled.splitlines() if not x.startswith(("Exec=", "TryExec="))]


def test_default_home_is_the_users_own(monkeypatch: pytest.MonkeyPatch, gui: Path) -> None:
    monkeypatch.delenv("XDG_DATA_HOME")
    result = install(executable=gui, refresh=False)
    assert result.data_home == Path(os.environ["HOME"]) / ".local" / "share"  # conftest's temporary HOME
    assert (result.data_home / "applications" / DESKTOP).is_file()


def test_uninstall_removes_exactly_what_install_wrote(xdg: Path, gui: Path) -> None:
    other_entry = xdg / "applications" / "org.example.Other.desktop"
    other_icon = xdg / "icons" / "hicolor" / "48x48" / "apps" / "org.example.Other.png"
    for path in (other_entry, other_icon):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("theirs", encoding="utf-8")
    before = all_files(xdg)
    installed = install(executable=gui, refresh=False)
    assert all_files(xdg) == before | set(installed.files)

    removed = uninstall(refresh=False)
    assert set(removed.files) == set(installed.files)
    assert all_files(xdg) == before
    assert not desktop.is_installed()
    # the folders only postcard used are gone; the ones shared with the other app stay
    assert not (xdg / "metainfo").exists() and not (xdg / "icons" / "hicolor" / "16x16").exists()
    assert other_icon.parent.is_dir() and other_entry.parent.is_dir()

    assert uninstall(refresh=False).files == ()


def test_install_twice_replaces_and_leaves_no_partial_files(xdg: Path, gui: Path, tmp_path: Path) -> None:
    install(executable=gui, refresh=False)
    moved = tmp_path / "elsewhere" / "postcard-gui"
    moved.parent.mkdir()
    shutil.copy2(gui, moved)
    second = install(executable=moved, refresh=False)
    assert all_files(xdg) == set(second.files)
    assert exec_program(xdg / "applications" / DESKTOP) == str(moved)


@pytest.mark.parametrize(
    "name",
    ["plain", "with space", "it's", 'say "hi"', "cost $5", "back\\slash", "tab\there", "semi;colon", "a`b`"],
)
def test_exec_line_survives_awkward_paths(xdg: Path, tmp_path: Path, name: str) -> None:
    program = tmp_path / name / "postcard-gui"
    program.parent.mkdir()
    program.write_text("#!/bin/sh\n", encoding="utf-8")
    install(executable=program, refresh=False)
    assert exec_program(xdg / "applications" / DESKTOP) == str(program)


def test_paths_a_launcher_cannot_hold_are_refused(tmp_path: Path) -> None:
    with pytest.raises(DesktopIntegrationError, match="absolute"):
        exec_argument(Path("bin/postcard-gui"))
    with pytest.raises(DesktopIntegrationError, match="line break"):
        exec_argument(tmp_path / "a\nb" / "postcard-gui")
    with pytest.raises(DesktopIntegrationError, match="'%'"):
        exec_argument(tmp_path / "100%" / "postcard-gui")
    assert exec_argument(Path("/opt/postcard/bin/postcard-gui")) == "/opt/postcard/bin/postcard-gui"


def test_the_gui_script_of_this_environment_is_found() -> None:
    found = desktop.find_gui_executable()
    assert found.name == "postcard-gui" and found.is_absolute() and os.access(found, os.X_OK)


def test_no_gui_script_is_a_user_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(desktop.sysconfig, "get_path", lambda *args, **kwargs: str(tmp_path / "empty"))
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    with pytest.raises(DesktopIntegrationError, match="cannot find postcard-gui"):
        desktop.find_gui_executable()


def test_gui_script_on_path_is_the_last_resort(tmp_path: Path, gui: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(desktop.sysconfig, "get_path", lambda *args, **kwargs: str(tmp_path / "empty"))
    monkeypatch.setenv("PATH", str(gui.parent))
    assert desktop.find_gui_executable() == gui


def test_other_platforms_are_told_to_start_the_app_directly(
    xdg: Path, gui: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "platform", "win32")
    with pytest.raises(DesktopIntegrationError, match="Linux and BSD"):
        install(executable=gui)
    assert all_files(xdg) == set()


def test_no_caches_are_created_where_there_were_none(xdg: Path, gui: Path) -> None:
    result = install(executable=gui)
    assert result.refreshed == ()
    assert all_files(xdg) == set(result.files)


@pytest.mark.skipif(not shutil.which("update-desktop-database"), reason="desktop-file-utils is not installed")
def test_an_existing_desktop_cache_is_refreshed(xdg: Path, gui: Path) -> None:
    cache = xdg / "applications" / "mimeinfo.cache"
    cache.parent.mkdir(parents=True)
    cache.write_text("[MIME Cache]\n", encoding="utf-8")
    assert "update-desktop-database" in install(executable=gui).refreshed
    assert "update-desktop-database" in uninstall().refreshed
    assert cache.is_file()  # shared with other apps: kept


@pytest.mark.skipif(not shutil.which("gtk-update-icon-cache"), reason="gtk-update-icon-cache is not installed")
def test_an_existing_icon_cache_is_refreshed_with_the_icon(xdg: Path, gui: Path) -> None:
    hicolor = xdg / "icons" / "hicolor"
    (hicolor / "48x48" / "apps").mkdir(parents=True)
    shutil.copy(app_icon_path(48), hicolor / "48x48" / "apps" / "org.example.Other.png")  # another app's icon
    subprocess.run(["gtk-update-icon-cache", "-q", "-t", "-f", str(hicolor)], check=True, timeout=60)
    cache = hicolor / "icon-theme.cache"
    assert b"org.example.Other" in cache.read_bytes() and APP_ID.encode() not in cache.read_bytes()
    assert "gtk-update-icon-cache" in install(executable=gui).refreshed
    assert APP_ID.encode() in cache.read_bytes()
    uninstall()
    assert b"org.example.Other" in cache.read_bytes() and APP_ID.encode() not in cache.read_bytes()


def test_missing_or_failing_cache_tools_are_no_error(xdg: Path, gui: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (xdg / "applications").mkdir(parents=True)
    (xdg / "applications" / "mimeinfo.cache").write_text("[MIME Cache]\n", encoding="utf-8")
    false = shutil.which("false") or "/bin/false"
    monkeypatch.setattr(desktop.shutil, "which", lambda name: None)
    assert install(executable=gui).refreshed == ()
    monkeypatch.setattr(desktop.shutil, "which", lambda name: false)
    assert install(executable=gui).refreshed == ()
    monkeypatch.setattr(desktop.shutil, "which", lambda name: str(xdg / "no-such-tool"))
    assert uninstall().refreshed == ()
    assert not desktop.is_installed()


@pytest.mark.skipif(not shutil.which("desktop-file-validate"), reason="desktop-file-utils is not installed")
def test_installed_entry_validates(xdg: Path, tmp_path: Path) -> None:
    program = tmp_path / 'my "apps" $HOME' / "postcard-gui"
    program.parent.mkdir()
    program.write_text("#!/bin/sh\n", encoding="utf-8")
    install(executable=program, refresh=False)
    run = subprocess.run(
        ["desktop-file-validate", str(xdg / "applications" / DESKTOP)], capture_output=True, text=True, timeout=60
    )
    assert run.returncode == 0 and not run.stdout.strip(), run.stdout + run.stderr


@pytest.mark.skipif(not shutil.which("appstreamcli"), reason="appstream (appstreamcli) is not installed")
def test_installed_tree_validates_as_one(tmp_path: Path, gui: Path) -> None:
    """appstreamcli checks the metainfo against the launcher it names, as a software centre would see them."""
    install(tmp_path / "root" / "usr" / "share", executable=gui, refresh=False)
    run = subprocess.run(
        ["appstreamcli", "validate-tree", "--no-net", "--strict", str(tmp_path / "root")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert run.returncode == 0, run.stdout + run.stderr
