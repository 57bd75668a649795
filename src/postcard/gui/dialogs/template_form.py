"""The template editor's right side: the header as fields (title, language, card, direction), the body with line
numbers and its problems at their lines, and the real PDF preview on a chosen contact (rendered off the GUI
thread, one render in flight and the latest text next, as the compose panel does)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from postcard.compose import preferences
from postcard.compose.printing import print_settings
from postcard.compose.problems import ProblemKind
from postcard.compose.template_files import (
    DIRECTIONS,
    FORMATS,
    LANGS,
    EditorProblem,
    Header,
    Sample,
    TemplateCheck,
    check_source,
)
from postcard.context import AppContext
from postcard.core.model import Contact, Event
from postcard.errors import Misfit

from postcard.gui.error_wording import misfit_text, template_failure_text
from postcard.gui.panes.code_edit import CodeEdit
from postcard.gui.panes.preview_pane import PreviewPane
from postcard.gui.tasks import TaskRunner
from postcard.gui.wording import format_label

CHECK_CHANNEL = "template-check"
LINE_ROLE = Qt.ItemDataRole.UserRole + 1


def tr(text: str) -> str:
    return QCoreApplication.translate("TemplateForm", text)


def problem_line_text(problem: EditorProblem) -> str:
    """One problem as the list shows it: "Line 3: …", worded from its facts."""
    kind = problem.kind
    if kind is ProblemKind.TOO_MANY_LINES:
        text = tr("A card would have more than three lines; a postcard takes at most three.")
    elif kind is ProblemKind.TOO_LONG and problem.misfit in (Misfit.MESSAGE_LINE, None):
        text = tr("Too long to fit on the card, even in small writing; shorten it.")
    elif kind is ProblemKind.TOO_LONG:
        text = misfit_text(problem.misfit)
    elif kind is ProblemKind.NO_TEXT:
        text = tr("The card has no text.")
    elif kind is ProblemKind.MISSING_GLYPH and problem.char:
        text = tr("No font has the character “%1”; replace it with another.").replace("%1", problem.char)
    elif problem.failure is not None:
        text = template_failure_text(problem.failure)
    else:
        text = problem.detail
    return tr("Line %1: %2").replace("%1", str(problem.line)).replace("%2", text) if problem.line else text


class TemplateForm(QWidget):
    """Signals:
    edited(): the user changed the header or the body.
    checked(object): a TemplateCheck arrived (problems shown, preview updated).
    """

    edited = Signal()
    checked = Signal(object)

    def __init__(self, ctx: AppContext, runner: TaskRunner, event: Event | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.runner, self.card_event = ctx, runner, event
        self.sender_profile = ctx.store.senders.default()
        self._loading = False
        self._pending = False
        self.last_check: TemplateCheck | None = None

        self.title_edit = QLineEdit(self)
        self.title_edit.setObjectName("templateTitle")
        self.lang_box, self.format_box, self.direction_box = QComboBox(self), QComboBox(self), QComboBox(self)
        for box, name, values in (
            (self.lang_box, "templateLang", LANGS),
            (self.format_box, "templateFormat", FORMATS),
            (self.direction_box, "templateDirection", DIRECTIONS),
        ):
            box.setObjectName(name)
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            for value in values:
                box.addItem(value, value)
        self.body = CodeEdit(self)
        self.body.setObjectName("templateBody")
        self.problems = QListWidget(self)
        self.problems.setObjectName("templateProblems")
        self.problems.setMaximumHeight(110)
        self.contact_box = QComboBox(self)
        self.contact_box.setObjectName("previewContact")
        self.personal_edit = QLineEdit(self)
        self.personal_edit.setObjectName("previewPersonal")
        self.preview = PreviewPane(self)
        self._actions = self._preview_actions()
        self.preview.set_actions(*self._actions)

        self._labels = {
            key: QLabel(self)
            for key in ("title", "lang", "format", "direction", "body", "contact", "personal", "problems")
        }
        header = QFormLayout()  # a row each: the choices are long in Japanese (日本郵便のはがき, 縦書き…)
        header.addRow(self._labels["title"], self.title_edit)
        for key, box in (("lang", self.lang_box), ("format", self.format_box), ("direction", self.direction_box)):
            header.addRow(self._labels[key], box)
            self._labels[key].setBuddy(box)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(header)
        left_layout.addWidget(self._labels["body"])
        left_layout.addWidget(self.body, 1)
        left_layout.addWidget(self._labels["problems"])
        left_layout.addWidget(self.problems)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        sample = QFormLayout()
        sample.addRow(self._labels["contact"], self.contact_box)
        sample.addRow(self._labels["personal"], self.personal_edit)
        right_layout.addLayout(sample)
        right_layout.addWidget(self.preview, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setSizes([520, 380])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        for label, field in (
            ("title", self.title_edit),
            ("body", self.body),
            ("contact", self.contact_box),
            ("personal", self.personal_edit),
            ("problems", self.problems),
        ):
            self._labels[label].setBuddy(field)

        self.title_edit.textEdited.connect(self._changed)
        for box in (self.lang_box, self.format_box, self.direction_box):
            box.activated.connect(self._changed)
        self.body.textChanged.connect(self._changed)
        self.contact_box.currentIndexChanged.connect(self.request_check)
        self.personal_edit.textChanged.connect(self.request_check)
        self.problems.itemActivated.connect(self._go_to_problem)
        self.problems.itemClicked.connect(self._go_to_problem)
        self._fill_contacts()
        self.retranslate()

    def _preview_actions(self) -> tuple[QAction, QAction, QAction, QAction]:
        made = []
        for shortcut in ("Ctrl+T", QKeySequence.StandardKey.ZoomIn, QKeySequence.StandardKey.ZoomOut, "Ctrl+0"):
            action = QAction(self)
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
            made.append(action)
        return made[0], made[1], made[2], made[3]

    def _fill_contacts(self) -> None:
        contacts = self.ctx.store.contacts.list(event_id=self.card_event.id) if self.card_event else []
        contacts = contacts or self.ctx.store.contacts.list()
        self.contact_box.blockSignals(True)
        for contact in contacts[:2000]:
            self.contact_box.addItem(contact.addressed_name, contact)
        if not contacts:
            self.contact_box.addItem(
                "山田 太郎 様",
                Contact(
                    family_name="山田",
                    given_name="太郎",
                    postal_code="1000001",
                    address1="東京都千代田区千代田",
                    address2="1-1",
                ),
            )
        self.contact_box.blockSignals(False)

    # --- content -------------------------------------------------------------------------------------------
    def set_template(self, header: Header, body: str, *, editable: bool) -> None:
        self._loading = True
        try:
            self.title_edit.setText(header.title)
            for box, value in (
                (self.lang_box, header.lang),
                (self.format_box, header.format),
                (self.direction_box, header.direction),
            ):
                box.setCurrentIndex(max(0, box.findData(value)))
            self.body.setPlainText(body.rstrip("\n"))
            for widget in (self.title_edit, self.lang_box, self.format_box, self.direction_box):
                widget.setEnabled(editable)
            self.body.setReadOnly(not editable)
        finally:
            self._loading = False
        self.request_check()

    def header(self) -> Header:
        return Header(
            self.title_edit.text().strip(),
            str(self.lang_box.currentData()),
            str(self.format_box.currentData()),
            str(self.direction_box.currentData()),
        )

    def body_text(self) -> str:
        return self.body.toPlainText()

    def select_contact(self, contact_id: int | None) -> None:
        for index in range(self.contact_box.count()):
            if contact_id is not None and getattr(self.contact_box.itemData(index), "id", None) == contact_id:
                self.contact_box.setCurrentIndex(index)
                return

    def _changed(self) -> None:
        if self._loading:
            return
        self.edited.emit()
        self.request_check()

    # --- checking and the preview --------------------------------------------------------------------------
    def sample(self) -> Sample:
        contact = self.contact_box.currentData() or Contact()
        prefs = preferences.load(self.ctx.store.settings)
        personal = self.personal_edit.text()
        return Sample(contact, self.card_event, self.sender_profile, personal, 1, prefs["abroad_format"])

    def request_check(self) -> None:
        if self._loading:
            return
        if self.runner.is_running(CHECK_CHANNEL):
            self._pending = True
            return
        self._pending = False
        header, body, sample = self.header(), self.body_text(), self.sample()
        settings = print_settings(preferences.load(self.ctx.store.settings))
        library, fonts = self.ctx.templates, self.ctx.fonts
        self.runner.run(
            lambda: check_source(library, header, body, sample, settings, fonts), self._checked, channel=CHECK_CHANNEL
        )

    def _checked(self, result: TemplateCheck | None, error: BaseException | None) -> None:
        if error is not None:
            raise error
        assert result is not None
        self.last_check = result
        self.problems.clear()
        for problem in result.problems:
            item = QListWidgetItem(problem_line_text(problem), self.problems)
            item.setData(LINE_ROLE, problem.line)
        if not result.problems:
            QListWidgetItem(tr("No problems: the template is ready to use."), self.problems)
        self.body.mark_lines(tuple(p.line for p in result.problems))
        if result.pdf:
            self.preview.show_pdf(result.pdf)
        else:
            self.preview.clear()  # no card from this text: never a stale one
            if result.problems:
                self.preview.set_stale()  # and it says why, rather than "No card to show"
        self.checked.emit(result)
        if self._pending:
            self.request_check()

    def _go_to_problem(self, item: QListWidgetItem) -> None:
        line = item.data(LINE_ROLE)
        if line:
            self.body.go_to_line(int(line))

    # --- language ------------------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        texts = {
            "title": tr("&Title:"),
            "lang": tr("&Language:"),
            "format": tr("&Card:"),
            "direction": tr("&Writing:"),
            "body": tr("The card's lines (at most three when filled in):"),
            "contact": tr("Preview &for:"),
            "personal": tr("&Personal line:"),
            "problems": tr("Problems:"),
        }
        for key, text in texts.items():
            self._labels[key].setText(text)
        names = {
            "ja": tr("Japanese"),
            "en": tr("English"),
            **{fmt: format_label(fmt) for fmt in FORMATS},
            "any": tr("Any card"),
            "vertical": tr("Vertical (縦書き)"),
            "horizontal": tr("Horizontal"),
        }
        for box in (self.lang_box, self.format_box, self.direction_box):
            for index in range(box.count()):
                box.setItemText(index, names.get(str(box.itemData(index)), str(box.itemData(index))))
        self.personal_edit.setPlaceholderText(tr("Empty: the template's own words"))
        for action, text in zip(
            self._actions, (tr("Flip card"), tr("Zoom in"), tr("Zoom out"), tr("Fit")), strict=True
        ):
            action.setText(text)
            action.setToolTip(text)
