"""The README's screenshots of the desktop app (docs/gui-*.png), in English and Japanese, made afresh from the demo
contact book: the same states each time, no hand work.

    xvfb-run -a -s '-screen 0 1400x900x24' python tools/screenshots.py [--lang en|ja] [--out docs]

Each picture is one window or dialog drawn by Qt (no window frame), at a fixed size. The home is a new folder
each run (the demo event dated three days ago, as ``postcard-gui --demo`` makes it); tasks run at once (no
threads), and the window is given a moment after each step for its timers (the search's pause, the preview).
Look at every picture before committing it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
os.environ.setdefault("QT_QPA_PLATFORM", "xcb" if os.environ.get("DISPLAY") else "offscreen")

from PySide6.QtCore import QEventLoop, QSettings, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from postcard.app import build_context  # noqa: E402
from postcard.compose.keeping_in_touch import log_touch  # noqa: E402
from postcard.compose.printing import PrintRequest, plan_batch, run_batch  # noqa: E402
from postcard.context import AppContext  # noqa: E402
from postcard.core.model import CardStatus, Contact, Event  # noqa: E402
from postcard.demo import fill_demo  # noqa: E402

from postcard.gui.app import configure_app  # noqa: E402
from postcard.gui.i18n import Translators  # noqa: E402
from postcard.gui.main_window import MainWindow  # noqa: E402
from postcard.gui.models.contacts import COL_NAME  # noqa: E402
from postcard.gui.tasks import SyncThreadPool, TaskRunner  # noqa: E402

LONG_LINE = "開発のお話、とても楽しかったです。仙台でまたお会いしましょう"
FOUR_LINES = "開発のお話、とても楽しかったです\n仙台でまたお会いしましょう"


def settle(ms: int = 300) -> None:
    """Let the window's timers run (the search's pause, the preview) and paint."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


class Shooter:
    def __init__(self, out: Path, lang: str) -> None:
        self.out, self.suffix = out, "" if lang == "en" else "-ja"

    def __call__(self, widget: QWidget, name: str, size: tuple[int, int] | None = None) -> None:
        if size:
            widget.resize(*size)
        widget.show()
        settle()
        path = self.out / f"{name}{self.suffix}.png"
        widget.grab().save(str(path))
        print(path)


def select(window: MainWindow, name: str) -> None:
    contacts = window.contacts
    contacts.search.setText(name)
    settle()
    contacts.view.setCurrentIndex(contacts.proxy.index(0, COL_NAME))
    contacts.search.returnPressed.emit()
    contacts.search.clear()
    contacts.settle()
    settle()


def contact_named(ctx: AppContext, family_name: str) -> Contact:
    return next(c for c in ctx.store.contacts.list() if c.family_name == family_name)


def people_to_keep_in_touch_with(ctx: AppContext) -> None:
    """Three people from earlier in the year, one a key person: the follow-ups list has someone in it."""
    today = dt.date.today()
    people = [
        (Contact(family_name="中村", given_name="由美", company="青葉デザイン", key_person=True,
                 email="yumi@example.jp", postal_code="9800811", address1="宮城県仙台市青葉区一番町", address2="1-1-1",
                 met_on=today - dt.timedelta(days=450)),
         None),
        (Contact(family_name="小川", given_name="健", company="北斗物産", postal_code="0600001",
                 address1="北海道札幌市中央区北一条西", address2="2-1", met_on=today - dt.timedelta(days=400)),
         ("call", "新年のあいさつ", 320)),
        (Contact(family_name="Miller", given_name="Sarah", company="Bright Labs", country="USA",
                 address1="1 Market St", address2="San Francisco, CA 94103", met_on=today - dt.timedelta(days=300)),
         ("lunch", "tacos in Shibuya", 240)),
    ]  # fmt: skip
    for contact, touch in people:
        ctx.store.contacts.add(contact)
        if touch:
            kind, note, days = touch
            log_touch(ctx.store, contact, kind, note, today - dt.timedelta(days=days))


@contextmanager
def demo_window(lang: str, translators: Translators) -> Iterator[tuple[MainWindow, AppContext, Event]]:
    with tempfile.TemporaryDirectory() as tmp:
        ctx = build_context(Path(tmp) / "home")
        event = fill_demo(ctx.store)
        people_to_keep_in_touch_with(ctx)
        translators.switch(lang)
        settings = QSettings(str(Path(tmp) / "gui.ini"), QSettings.Format.IniFormat)
        window = MainWindow(ctx, TaskRunner(SyncThreadPool()), translators, settings)
        window.resize(1360, 820)
        window.show()
        assert event.id is not None
        window.sidebar.select_event(event.id)
        settle()
        try:
            yield window, ctx, event
        finally:
            window.close()
            ctx.close()


def shoot_all(lang: str, out: Path, translators: Translators) -> None:
    shot = Shooter(out, lang)
    with demo_window(lang, translators) as (window, ctx, event):
        # The evening: a line for each person; a long one is written over two columns.
        select(window, "伊藤")
        window.compose.line_edit.setText(LONG_LINE)
        settle()
        shot(window, "gui-main-window")
        window.compose.line_edit.setText(FOUR_LINES)
        settle()
        shot(window, "gui-compose-error")

        # The print dialog names the card of four lines and an address without its street number.
        watanabe = contact_named(ctx, "渡辺")
        watanabe.address2 = ""
        ctx.store.contacts.update(watanabe)
        window.book._refresh()
        dialog = window.cards.make_print_dialog()
        out = dialog.options.out_edit
        out.setText(str(Path("/home/you/Documents/postcard") / Path(out.text()).name))  # not the machine's home
        shot(dialog, "gui-print-dialog", (660, 600))
        dialog.close()

        # Printed (as the dialog would, the address confirmed), a few sent: the log.
        with tempfile.TemporaryDirectory() as pdfs:
            assert event.id is not None
            plan = plan_batch(ctx, PrintRequest(event_id=event.id, force_address=True))
            outcome = run_batch(ctx, plan, Path(pdfs) / "cards.pdf")
        sent = [c.id for c in outcome.cards[:4] if c.id is not None]
        ctx.store.cards.set_status(sent, CardStatus.SENT)
        window.book._refresh()
        window.sidebar.select_kind_log()
        settle()
        shot(window, "gui-log")

        window.show_follow_ups()
        settle()
        shot(window, "gui-follow-ups")

        # Importing: Eight's export with its problems, then a form whose columns are mapped by hand.
        window.sidebar.select_event(event.id)
        settle()
        data = ROOT / "tests" / "data" / "csv"
        importer = window.book.import_files([ROOT / "assets" / "sample-eight.csv", data / "eight-cp932.csv"])
        shot(importer, "gui-import", (1320, 820))
        importer.close()
        importer = window.book.import_files([data / "seminar-form.csv"])
        shot(importer, "gui-import-mapping", (1320, 820))
        importer.close()

        editor = window.book.edit_contact(contact_named(ctx, "山田").id)
        assert editor is not None
        shot(editor, "gui-contact-editor", (1060, 720))
        editor.close()

        settings = window.tools.make_settings_dialog()
        shot(settings, "gui-settings", (1000, 860))
        settings.close()

        wizard = window.tools.make_calibration_wizard()
        wizard.resize(760, 600)
        wizard.show()
        wizard.next()
        wizard.measure_a.setValue(11.2)
        wizard.measure_b.setValue(9.6)
        shot(wizard, "gui-calibration")
        wizard.close()

        # A template of the user's own, with a misspelt name the editor points at.
        select(window, "Smith")
        templates = window.tools.make_template_editor()
        templates.resize(1240, 760)
        templates.show()
        settle()
        body = templates.form.body
        body.setPlainText(body.toPlainText().replace("personal", "personel", 1))
        shot(templates, "gui-templates")
        templates.dirty = False
        templates.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--lang", choices=["en", "ja"], action="append", help="one language (default: both)")
    parser.add_argument("--out", type=Path, default=ROOT / "docs")
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    configure_app(app)
    translators = Translators(app)
    for lang in args.lang or ["en", "ja"]:
        shoot_all(lang, args.out, translators)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
