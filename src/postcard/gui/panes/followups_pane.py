"""The follow-ups view: who is overdue a word, ranked, and the two things one does about it — log a touch (a call,
a lunch, an e-mail, a note) in one step, or send a one-line note from the mail client (a ``mailto:`` draft,
logged as an e-mail touch once the mail client has it)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QEvent, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from postcard.compose.keeping_in_touch import FollowUpRow, follow_ups, log_touch, mailto_url, note_for
from postcard.compose.reading import read_with_own_connection
from postcard.context import AppContext
from postcard.core.options import TouchKind
from postcard.errors import PostcardError
from postcard.store.store import Store

from postcard.gui.error_wording import error_text
from postcard.gui.models.followups import COL_COMPANY, COL_DATE, COL_DUE, COL_LAST, COL_NAME, FollowUpsModel, kind_text
from postcard.gui.tasks import TaskRunner

OpenUrl = Callable[[QUrl], bool]


class FollowUpsPane(QWidget):
    """Signals:
    touched(int): a touch was logged for this contact (the due count changes).
    due_changed(int): how many people are due a word now.
    """

    touched = Signal(int)
    due_changed = Signal(int)

    def __init__(
        self,
        ctx: AppContext,
        runner: TaskRunner,
        parent: QWidget | None = None,
        *,
        open_url: OpenUrl | None = None,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.runner, self.today = ctx, runner, today
        self._logged: tuple[str, str] | None = None  # the last touch logged here: (kind, name), for the status line
        self.open_url: OpenUrl = open_url or QDesktopServices.openUrl
        self.setObjectName("followUpsView")
        self.title = QLabel(self)
        self.title.setObjectName("followUpsTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.title.setFont(font)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.show_all = QCheckBox(self)
        self.show_all.setObjectName("followUpsShowAll")
        self.model = FollowUpsModel(today())
        self.view = QTableView(self)
        self.view.setObjectName("followUpsTable")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        # Widths from the font, not from the rows: sizing to the contents measured a thousand rows at each change
        # (0.2–0.8 s with thousands of people due, when the view opened or the language changed).
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_LAST, QHeaderView.ResizeMode.Stretch)
        metrics = self.fontMetrics()
        header.resizeSection(COL_NAME, metrics.horizontalAdvance("★ Ms. Emily Smith") + 40)
        header.resizeSection(COL_COMPANY, metrics.horizontalAdvance("株式会社みらい設計 営業部") + 16)
        header.resizeSection(COL_DATE, metrics.horizontalAdvance("2026-11-30") + 24)
        header.resizeSection(COL_DUE, metrics.horizontalAdvance("365 days overdue") + 24)
        self.kind_box = QComboBox(self)
        self.kind_box.setObjectName("touchKind")
        for kind in TouchKind:
            self.kind_box.addItem(kind.value, kind.value)
        self.note_edit = QLineEdit(self)
        self.note_edit.setObjectName("touchNote")
        self.log_button = QPushButton(self)
        self.log_button.setObjectName("logTouchButton")
        self.mail_button = QPushButton(self)
        self.mail_button.setObjectName("sendNoteButton")
        self.status = QLabel(self)
        self.status.setObjectName("followUpsStatus")
        self.status.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.show_all)
        actions = QHBoxLayout()
        actions.addWidget(self.kind_box)
        actions.addWidget(self.note_edit, 1)
        actions.addWidget(self.log_button)
        actions.addSpacing(12)
        actions.addWidget(self.mail_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(self.hint)
        layout.addWidget(self.view, 1)
        layout.addLayout(actions)
        layout.addWidget(self.status)

        self.show_all.toggled.connect(lambda _on: self.reload())
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.log_button.clicked.connect(lambda: self.log_selected())
        self.note_edit.returnPressed.connect(lambda: self.log_selected())
        self.mail_button.clicked.connect(lambda: self.send_note())
        self.retranslate()

    # --- data ----------------------------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the list again (keeping the selected person), on the task runner: ranking ten thousand people
        takes longer than a frame. ``due_changed`` follows with how many are due."""
        paths, today, everyone = self.ctx.paths, self.today(), self.show_all.isChecked()

        def read(store: Store) -> list[FollowUpRow]:
            return follow_ups(store, today, include_not_due=everyone)

        self.runner.run(
            lambda: read_with_own_connection(paths, read),
            lambda rows, error: self._loaded(rows, error, today),
            channel="follow-ups",
        )

    def _loaded(self, rows: list[FollowUpRow] | None, error: BaseException | None, today: dt.date) -> None:
        if error is not None or rows is None:
            self.status.setText(error_text(error) if isinstance(error, Exception) else "")
            return
        current, place = self.current_row(), max(self.view.currentIndex().row(), 0)
        self.model.set_rows(rows, today)
        due = sum(1 for row in rows if row.follow_up.due)
        self._retranslate_title(due)
        kept = current is not None and current.contact.id is not None and self.select_contact(current.contact.id)
        if not kept and rows:  # the person just logged left the list: the next one in their place
            self.view.setCurrentIndex(self.model.index(min(place, len(rows) - 1), COL_NAME))
        self._update_buttons()
        self.due_changed.emit(due)

    def current_row(self) -> FollowUpRow | None:
        index = self.view.currentIndex()
        return self.model.row(index.row()) if index.isValid() else None

    def select_contact(self, contact_id: int) -> bool:
        row = self.model.row_of_contact(contact_id)
        if row >= 0:
            self.view.setCurrentIndex(self.model.index(row, COL_NAME))
        return row >= 0

    def _update_buttons(self) -> None:
        row = self.current_row()
        self.log_button.setEnabled(row is not None)
        has_mail = row is not None and bool(row.contact.email.strip())
        self.mail_button.setEnabled(has_mail)
        if row is not None and not has_mail:
            self.mail_button.setToolTip(self.tr("No e-mail address for this person"))
        else:
            self.mail_button.setToolTip(self.tr("Opens your mail client with a short note to this person"))

    # --- actions -------------------------------------------------------------------------------------------
    def log_selected(self, kind: str | None = None, note: str | None = None) -> bool:
        """Log a touch with the selected person (the kind and note in the fields unless given)."""
        row = self.current_row()
        if row is None:
            return False
        kind = kind or str(self.kind_box.currentData())
        note = self.note_edit.text() if note is None else note
        try:
            log_touch(self.ctx.store, row.contact, kind, note, self.today())
        except PostcardError as exc:
            QMessageBox.warning(self, self.tr("Not logged"), error_text(exc))
            return False
        self.note_edit.clear()
        self._logged = (kind, row.contact.display_name)
        self._retranslate_status()
        self.reload()
        self.touched.emit(row.contact.id or 0)
        return True

    def note_url(self, row: FollowUpRow) -> str:
        """The ``mailto:`` draft for this person (subject and body filled in, percent-encoded)."""
        return mailto_url(note_for(row.contact, self.ctx.store.senders.default()))

    def send_note(self) -> bool:
        """Open the mail client with a one-line note to the selected person; log it as an e-mail touch."""
        row = self.current_row()
        if row is None:
            return False
        try:
            note = note_for(row.contact, self.ctx.store.senders.default())
            url = QUrl.fromEncoded(mailto_url(note).encode("ascii"), QUrl.ParsingMode.StrictMode)
        except PostcardError:
            text = self.tr("%1 has no usable e-mail address (“%2”); add one in the contact editor.")
            text = text.replace("%1", row.contact.display_name).replace("%2", row.contact.email.strip())
            QMessageBox.information(self, self.tr("No e-mail address"), text)
            return False
        if not self.open_url(url):
            QMessageBox.information(
                self,
                self.tr("No mail client"),
                self.tr(
                    "No mail client could be opened. Write to %1 from your mail program; nothing was logged."
                ).replace("%1", note.to),
            )
            return False
        return self.log_selected(TouchKind.EMAIL, note.subject)

    # --- language ------------------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _retranslate_title(self, due: int) -> None:
        if due:
            self.title.setText(self.tr("%n person(s) due a word", "", due))
        else:
            self.title.setText(self.tr("Nobody is due: everyone heard from you within their interval"))

    def _retranslate_status(self) -> None:
        if self._logged is not None:
            kind, name = self._logged
            self.status.setText(self.tr("Logged: %1 with %2.").replace("%1", kind_text(kind)).replace("%2", name))

    def retranslate(self) -> None:
        self._retranslate_title(self.model.due_count())
        self.hint.setText(
            self.tr(
                "Most overdue first; ★ marks your key people. A card sent, a logged call or lunch, or an event where "
                "you met counts as a contact. A short line now and then keeps a connection alive."
            )
        )
        self.show_all.setText(self.tr("Show &everyone"))
        for index in range(self.kind_box.count()):
            self.kind_box.setItemText(index, kind_text(str(self.kind_box.itemData(index))))
        self.kind_box.setAccessibleName(self.tr("Kind of contact"))
        self.note_edit.setPlaceholderText(self.tr("What about (optional), e.g. coffee at the station"))
        self.log_button.setText(self.tr("&Log contact"))
        self.mail_button.setText(self.tr("Send a one-line &note…"))
        self.model.retranslate()
        self._retranslate_status()
        self._update_buttons()
