"""Settings, built from the declared preferences (``compose.preferences.PREFERENCES``): one group box per group,
one editor per preference picked from its declaration, so a new preference appears here without GUI code. The
handwriting sample beside them is a real card rendered off the GUI thread with the values being edited.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from postcard.compose import preferences
from postcard.compose.drafting import CardJob, card_format_for, message_direction
from postcard.compose.preferences import Group, PreferenceError, Preferences
from postcard.compose.printing import print_settings, render_preview
from postcard.context import AppContext
from postcard.core.model import Contact, Sender
from postcard.errors import PostcardError

from postcard.gui.dialogs.preference_editors import BoolEditor, PreferenceEditor, editor_for
from postcard.gui.error_wording import error_text
from postcard.gui.panes.pdf_sample import PdfSample
from postcard.gui.preference_labels import group_title, title
from postcard.gui.sizing import fit_to_screen
from postcard.gui.tasks import TaskRunner

SAMPLE_SEED = 7
SAMPLE_CHANNEL = "settings-sample"


#: The handwriting sample's card in a Japanese window and in any other: (family name, given name, postal code, the
#: address's two lines, country), the card's three lines, the writing.
SAMPLES = {
    True: (("山田", "花子", "100-0001", "東京都千代田区千代田", "1-1", ""),
           ("先日はありがとうございました", "またお会いできるのを", "楽しみにしております"), "vertical"),
    False: (("Doe", "Jane", "", "12 Rose Street", "Leeds LS1 4AB", "United Kingdom"),
            ("Thank you for a lovely evening!", "I enjoyed our talk so much.", "See you soon!"), "horizontal"),
}  # fmt: skip


def sample_job(japanese: bool, sender: Sender | None, abroad: str) -> CardJob:
    """The card the handwriting sample shows: a Japanese postcard or a Western card, always the same seed."""
    (family, given, postal_code, address1, address2, country), lines, direction = SAMPLES[japanese]
    contact = Contact(family_name=family, given_name=given, postal_code=postal_code, address1=address1,
                      address2=address2, country=country)  # fmt: skip
    fmt = card_format_for(contact, abroad=abroad)
    sender = sender or Sender(family_name="小林", given_name="葵")
    return CardJob(contact, lines, sender, "", "", None, fmt, message_direction(direction, fmt), SAMPLE_SEED)


class SettingsDialog(QDialog):
    """Signals:
    saved(object): the new Preferences were stored.
    calibrate_requested(): the user wants the printer calibration (the dialog closes first).
    sample_shown(int): a handwriting sample (its generation) is on screen.
    """

    saved = Signal(object)
    calibrate_requested = Signal()
    sample_shown = Signal(int)

    def __init__(self, ctx: AppContext, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.runner = ctx, runner
        self.setObjectName("settingsDialog")
        self.prefs = preferences.load(ctx.store.settings)
        self.sender_profile = ctx.store.senders.default()
        self.editors: dict[str, PreferenceEditor] = {}
        self.groups: dict[str, QGroupBox] = {}
        self._labels: dict[str, QLabel] = {}
        self._generation = 0
        self._pending = False

        column = QWidget(self)
        column_layout = QVBoxLayout(column)
        declared = dict.fromkeys(p.group for p in preferences.PREFERENCES)
        for group in [*(g for g in Group if g in declared), *(g for g in declared if g not in set(Group))]:
            box = QGroupBox(column)
            box.setObjectName(f"group_{group}")
            form = QFormLayout(box)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            for pref in (p for p in preferences.PREFERENCES if p.group == group):
                editor = editor_for(pref, box)
                editor.set_value(self.prefs[pref.name])
                editor.changed.connect(self._edited)
                self.editors[pref.name] = editor
                if isinstance(editor, BoolEditor):
                    form.addRow(editor)
                else:
                    label = QLabel(box)
                    label.setBuddy(editor)
                    self._labels[pref.name] = label
                    form.addRow(label, editor)
            if group == Group.PRINTER:
                self.calibrate_button = QPushButton(box)
                self.calibrate_button.setObjectName("calibrateButton")
                self.calibrate_button.clicked.connect(self._calibrate)
                form.addRow(self.calibrate_button)
            self.groups[group] = box
            column_layout.addWidget(box)
        column_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidget(column)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)

        self.sample_box = QGroupBox(self)
        self.sample = PdfSample(self.sample_box)
        self.sample.setObjectName("handwritingSample")
        self.sample.setMinimumSize(250, 340)
        self.sample_note = QLabel(self.sample_box)
        self.sample_note.setWordWrap(True)
        sample_layout = QVBoxLayout(self.sample_box)
        sample_layout.addWidget(self.sample, 1)
        sample_layout.addWidget(self.sample_note)

        self.message = QLabel(self)
        self.message.setObjectName("settingsProblem")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b3261e; font-weight: bold;")
        self.message.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults,
            self,
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        defaults = self.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        defaults.clicked.connect(self.restore_defaults)

        top = QHBoxLayout()
        top.addWidget(scroll, 3)
        top.addWidget(self.sample_box, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        fit_to_screen(self, 980, 800)
        self.retranslate()
        self.request_sample()

    # --- values --------------------------------------------------------------------------------------------
    def values(self) -> dict[str, object]:
        return {name: editor.value() for name, editor in self.editors.items()}

    def candidate(self) -> Preferences:
        """The preferences as edited (PreferenceError when a value is not allowed)."""
        return self.prefs.changed(**self.values())

    def restore_defaults(self) -> None:
        for editor in self.editors.values():
            editor.set_value(editor.pref.default)

    def accept(self) -> None:
        try:
            prefs = self.candidate()
        except PostcardError as exc:
            self._show_problem(exc)
            return
        preferences.save(self.ctx.store.settings, prefs)
        self.prefs = prefs
        self.saved.emit(prefs)
        super().accept()

    def _calibrate(self) -> None:
        self.accept()
        if self.result() == QDialog.DialogCode.Accepted:
            self.calibrate_requested.emit()

    def _edited(self) -> None:
        try:
            self.candidate()
        except PostcardError as exc:
            self._show_problem(exc)
            return
        self._show_problem(None)
        self.request_sample()

    def _show_problem(self, exc: PostcardError | None) -> None:
        if exc is None:
            self.message.hide()
            return
        name = exc.name if isinstance(exc, PreferenceError) else ""
        pref = preferences.BY_NAME.get(name)
        text = self.tr("“%1” cannot take this value: %2").replace("%1", title(pref)) if pref else "%2"
        self.message.setText(text.replace("%2", error_text(exc)))
        self.message.show()

    # --- the handwriting sample (one render in flight, the latest values next) ------------------------------
    def request_sample(self) -> None:
        if self.runner.is_running(SAMPLE_CHANNEL):
            self._pending = True
            return
        try:
            prefs = self.candidate()
        except PostcardError:
            return
        self._pending = False
        self._generation += 1
        generation = self._generation
        japanese = QLocale().language() == QLocale.Language.Japanese
        job = sample_job(japanese, self.sender_profile, prefs["abroad_format"])
        settings, fonts = print_settings(prefs), self.ctx.fonts
        self.runner.run(
            lambda: render_preview(job, settings, fonts),
            lambda pdf, error: self._sampled(generation, pdf, error),
            channel=SAMPLE_CHANNEL,
        )

    def _sampled(self, generation: int, pdf: bytes | None, error: BaseException | None) -> None:
        if error is not None and not isinstance(error, PostcardError):
            raise error
        if pdf:
            self.sample.show_pdf(pdf, 0, generation)
            self.sample_shown.emit(generation)
        if self._pending:
            self.request_sample()

    # --- language ------------------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        for group, box in self.groups.items():
            box.setTitle(group_title(group))
        for name, label in self._labels.items():
            label.setText(title(self.editors[name].pref) + ":")  # the preferences it was built from
        for editor in self.editors.values():
            editor.retranslate()
        self.calibrate_button.setText(self.tr("Calibrate the printer…"))
        self.sample_box.setTitle(self.tr("Handwriting sample"))
        self.sample_note.setText(self.tr("The sample follows the ink, pen and variation as you change them."))
        self.sample_note.setAlignment(Qt.AlignmentFlag.AlignLeft)
