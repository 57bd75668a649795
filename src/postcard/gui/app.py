"""``postcard-gui [--home DIR] [--demo] [FILE…]``: start the desktop app (with contact files: the import dialog
opens with them, as when a file manager or the applications menu hands files to postcard).

Start-up: check that a window can be opened at all (else one line says what is missing), the QApplication, the
translators (saved choice, else the system's language), the application context (database), the instance lock,
the demo data when asked, one exception hook that shows errors in a dialog, and the main window.
"""

from __future__ import annotations

import argparse
import ctypes.util
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # imported when the window starts, after the display is checked
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from postcard.gui.i18n import Translators
    from postcard.gui.main_window import MainWindow

DISPLAYLESS = ("offscreen", "minimal", "vnc", "eglfs", "linuxfb")


def display_problem(env: dict[str, str] | None = None, platform: str = sys.platform) -> str:
    """Why Qt could not open a window here ("" when it can): no display, or the xcb cursor library missing."""
    env = dict(os.environ if env is None else env)
    qpa = env.get("QT_QPA_PLATFORM", "").split(":")[0]
    if not platform.startswith("linux") or qpa in DISPLAYLESS or qpa.startswith("wayland"):
        return ""
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        return "no display to open a window on (DISPLAY is not set); run it in a desktop session"
    if not env.get("DISPLAY") and env.get("WAYLAND_DISPLAY"):
        return ""
    if ctypes.util.find_library("xcb-cursor") is None:
        return (
            "Qt needs the xcb cursor library to open a window; install it "
            "(Debian/Ubuntu: sudo apt install libxcb-cursor0; Fedora: xcb-util-cursor)"
        )
    return ""


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="postcard-gui", description="postcard desktop app")
    parser.add_argument(
        "--home", metavar="DIR", help="keep everything in DIR (default: $POSTCARD_HOME or the platform's folders)"
    )
    parser.add_argument("--demo", action="store_true", help="fill an empty home with demo data first")
    parser.add_argument("--lang", choices=["en", "ja"], help="the window's language for this run")
    parser.add_argument(
        "files",
        nargs="*",
        metavar="FILE",
        help="contact files (vCard or CSV) to import: the import dialog opens with them",
    )
    return parser.parse_args(argv)


def import_paths(files: Sequence[str]) -> list[Path]:
    """The files to import as given (a launcher hands them over as paths, or as ``file://`` URLs): each once."""
    paths = []
    for name in files:
        if name.startswith("file://"):
            from urllib.parse import unquote, urlsplit

            name = unquote(urlsplit(name).path)
        paths.append(Path(name).expanduser().absolute())
    return list(dict.fromkeys(paths))


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    problem = display_problem()
    if problem:
        print(f"postcard-gui: {problem}", file=sys.stderr)
        return 1
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from postcard import paths as paths_mod

    from postcard.gui.dialogs.error_dialog import ExceptHook, show_error
    from postcard.gui.i18n import Translators, saved_language, system_language
    from postcard.gui.qtguard import keep_none_alive

    keep_none_alive()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)  # the window needs widgets, never a bare QCoreApplication
    configure_app(app)
    try:
        paths = paths_mod.resolve(args.home).ensure()
    except Exception as exc:  # noqa: BLE001 - a home that is a file or cannot be made: a dialog, not a trace
        show_error(None, exc)
        return 1
    settings = QSettings(str(paths.config_dir / "gui.ini"), QSettings.Format.IniFormat)
    translators = Translators(app)
    translators.switch(args.lang or saved_language(settings) or system_language())
    sys.excepthook = ExceptHook()
    try:
        return run(app, args, translators, settings)
    except Exception as exc:  # noqa: BLE001 - start-up failures (a refused database...) get a dialog, not a trace
        show_error(None, exc)
        return 1


def configure_app(app: QApplication) -> None:
    """The application's name, its id on the desktop (so docks and Wayland match the window to the launcher)
    and its icon (every drawn size)."""
    from postcard import APP_ID

    from postcard.gui.icons import app_icon

    app.setApplicationName("postcard")
    app.setApplicationDisplayName("postcard")
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(app_icon())


def run(app: QApplication, args: argparse.Namespace, translators: Translators, settings: QSettings) -> int:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from postcard.app import build_context
    from postcard.store.lock import InstanceLock

    from postcard.gui.handoff import FileHandoff, send_files, server_name
    from postcard.gui.main_window import MainWindow
    from postcard.gui.tasks import TaskRunner, render_pool

    ctx = build_context(args.home)
    lock = InstanceLock(ctx.paths.instance_lock)
    name = server_name(ctx.paths.data_dir)
    handoff: FileHandoff | None = None
    try:
        if lock.acquire():
            handoff = FileHandoff(name, app)  # files opened with postcard later come to this window
            handoff.listen()
        elif args.files and send_files(name, import_paths(args.files)):
            return 0  # the window already open on this book imports them
        else:
            QMessageBox.information(
                None,
                "postcard",
                QCoreApplication.translate(
                    "App",
                    "postcard is already open on this contact book (process %1). This window works on the same "
                    "book; nothing is lost, but each window shows the other's changes only when reloaded.",
                ).replace("%1", lock.holder() or "?"),
            )
        demo_event = None
        if args.demo and not ctx.store.contacts.count() and not ctx.store.events.list():
            from postcard.demo import fill_demo

            demo_event = fill_demo(ctx.store)
        pool = render_pool(app)
        runner = TaskRunner(pool, app)
        window = MainWindow(ctx, runner, translators, settings, deferred=True)
        if demo_event is not None and demo_event.id is not None:
            window.sidebar.select_event(demo_event.id)
        # Once the first frame is up (and the first preview queued): the other fonts, on the render thread.
        window.started.connect(
            lambda: runner.run(lambda: ctx.fonts.preload(), lambda _result, _error: None, channel="warm-up")
        )
        window.show()
        window.activateWindow()  # keyboard shortcuts work at once, also where no window manager activates it
        if args.files:  # opened with files (a file manager, the launcher's %F): the import dialog shows them
            window.book.import_files(import_paths(args.files))
        if handoff is not None:
            handoff.files_received.connect(lambda paths: _import_handed(window, paths))
        code = int(app.exec())
        runner.wait()
        return code
    finally:
        if handoff is not None:
            handoff.close()
        lock.release()
        ctx.close()


def _import_handed(window: MainWindow, paths: list[Path]) -> None:
    """Files another ``postcard-gui`` was opened with: this window comes to the front with them to import (into
    the import dialog already open, while it has not imported yet)."""
    from postcard.gui.dialogs.import_dialog import ImportDialog

    if window.isMinimized():
        window.showNormal()
    window.raise_()
    window.activateWindow()
    dialog = window.book.dialog
    if isinstance(dialog, ImportDialog) and dialog.isVisible() and dialog.summary is None:
        dialog.add_files(paths)
    else:
        window.book.import_files(paths)


if __name__ == "__main__":
    raise SystemExit(main())
