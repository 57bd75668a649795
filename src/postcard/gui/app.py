"""``postcard-gui [--home DIR] [--demo]``: the desktop app (the full compose flow comes with the GUI issue).

For now the main window lists events and contacts from the same database the CLI uses, with a search box
that filters as you type, and shows the real PDF of a selected person's card.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from postcard.app import build_context
from postcard.errors import PostcardError
from postcard.store.lock import InstanceLock


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="postcard-gui", description="postcard desktop app")
    parser.add_argument("--home", metavar="DIR")
    parser.add_argument("--demo", action="store_true", help="fill an empty home with demo data first")
    args = parser.parse_args(argv)
    from PySide6.QtWidgets import QApplication, QMessageBox

    app = QApplication.instance() or QApplication(sys.argv[:1])
    try:
        ctx = build_context(args.home)
    except PostcardError as exc:
        QMessageBox.critical(None, "postcard", str(exc))
        return 1
    lock = InstanceLock(ctx.paths.instance_lock)
    if not lock.acquire():
        QMessageBox.information(
            None,
            "postcard",
            f"postcard is already open on this contact book (process {lock.holder() or '?'}). This window works "
            "on the same book; nothing is lost, but each window shows the other's changes only when reloaded.",
        )
    if args.demo and not ctx.store.contacts.count():
        from postcard.demo import fill_demo

        fill_demo(ctx.store)
    from postcard.gui.main_window import MainWindow

    window = MainWindow(ctx)
    window.show()
    try:
        return int(app.exec())
    finally:
        lock.release()
        ctx.close()


if __name__ == "__main__":
    raise SystemExit(main())
