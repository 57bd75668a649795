"""The template editor: errors at their line, a bundled template copied before it changes, the user's own files."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QInputDialog, QMessageBox

from postcard.compose.template_files import Origin
from postcard.context import AppContext
from postcard.resources import resource_path

from postcard.gui.dialogs.template_editor import TemplateEditor
from postcard.gui.main_window import MainWindow
from postcard.gui.models.templates import ENTRY_ROLE, TemplatesModel


@pytest.fixture
def editor(window: MainWindow) -> TemplateEditor:
    dialog = window.tools.make_template_editor()
    assert dialog.objectName() == "templateEditor"
    assert dialog.select("ja-seminar")
    return dialog


def test_bundled_and_user_templates_are_listed(editor: TemplateEditor, ctx: AppContext) -> None:
    names = [editor.model.entry(r).name for r in range(editor.model.rowCount())]
    assert {"ja-seminar", "en-talk", "ja-nenga"} <= set(names)
    assert "bundled" in editor.model.data(editor.model.index(names.index("ja-seminar")))
    assert editor.form.title_edit.text() == "セミナーのお礼"
    assert editor.form.lang_box.currentData() == "ja" and editor.form.direction_box.currentData() == "vertical"
    assert "{#" not in editor.form.body_text()  # the header is edited as fields, not as raw lines
    assert editor.form.preview.document.pageCount() == 2  # the real PDF, both sides


def test_a_template_error_is_shown_at_its_line(editor: TemplateEditor) -> None:
    body = editor.form.body_text().splitlines()
    body[1] = "{{ contact.famly_name }}様"
    editor.form.body.setPlainText("\n".join(body))
    problems = [editor.form.problems.item(i).text() for i in range(editor.form.problems.count())]
    assert problems == ["Line 2: “contact” has no “famly_name”. Did you mean “family_name”?"]
    assert editor.form.body.marked == (2,)
    assert editor.form.preview.document.pageCount() == 0  # no stale card beside an error
    assert editor.form.preview.view.isHidden() and not editor.form.preview.blank.isHidden()  # nor its blank pages
    assert editor.form.preview.side_label.text() == "This card cannot be drawn as typed: see the problem beside it."
    editor.form.problems.itemClicked.emit(editor.form.problems.item(0))
    assert editor.form.body.textCursor().blockNumber() == 1  # the click goes to the line


def test_too_long_to_fit_is_shown_at_its_line(editor: TemplateEditor) -> None:
    editor.form.body.setPlainText("先日は\n{{ personal }}\n" + "あ" * 400)
    assert editor.form.body.marked == (3,)
    assert editor.form.problems.item(0).text().startswith("Line 3: Too long to fit")


def test_a_bundled_template_is_copied_before_it_changes(editor: TemplateEditor, ctx: AppContext) -> None:
    bundled = resource_path("templates", "ja-seminar.j2")
    before = bundled.read_bytes()
    user_file = ctx.paths.user_templates_dir / "ja-seminar.j2"
    assert not user_file.exists()
    editor.form.title_edit.setText("私のセミナーのお礼")
    editor.form.title_edit.textEdited.emit("私のセミナーのお礼")
    assert user_file.read_bytes() == before  # copied first, unchanged
    assert editor.current is not None and editor.current.origin == Origin.USER and editor.current.shadows
    assert "replaces the bundled one" in editor.model.data(editor.model.index(editor.model.row_of("ja-seminar")))
    assert editor.dirty and editor.save()
    assert bundled.read_bytes() == before
    assert "{# title: 私のセミナーのお礼 #}" in user_file.read_text(encoding="utf-8")
    assert ctx.templates.get("ja-seminar").title == "私のセミナーのお礼"
    assert editor.parent().compose.template_box.findText("私のセミナーのお礼", flags=_contains()) >= 0


def test_new_duplicate_rename_delete_with_confirmation(editor: TemplateEditor, ctx: AppContext,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    asked = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda *args, **kw: asked.append(args[2]) or QMessageBox.StandardButton.Yes
    )
    assert editor.new_template("my-thanks", "en")
    assert editor.current is not None and editor.current.name == "my-thanks" and editor.current.lang == "en"
    assert editor.buttons["rename"].isEnabled() and editor.buttons["delete"].isEnabled()
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kw: ("my-renamed", True))
    assert editor.rename()
    assert (ctx.paths.user_templates_dir / "my-renamed.j2").exists()
    assert not (ctx.paths.user_templates_dir / "my-thanks.j2").exists()
    assert editor.duplicate("my-copy") and editor.current is not None and editor.current.name == "my-copy"
    assert editor.delete()
    assert not (ctx.paths.user_templates_dir / "my-copy.j2").exists()
    assert len(asked) == 2 and "my-copy" in asked[-1]  # rename and delete each asked first
    editor.select("en-talk")
    assert not editor.buttons["delete"].isEnabled() and not editor.buttons["rename"].isEnabled()  # bundled
    assert editor.delete() is False


def test_templates_model(qtmodeltester, editor: TemplateEditor) -> None:  # type: ignore[no-untyped-def]
    qtmodeltester.check(editor.model)
    model = TemplatesModel()
    model.set_entries(list(editor.model._entries))
    qtmodeltester.check(model)
    assert model.data(model.index(0), ENTRY_ROLE).name == editor.model.entry(0).name


def _contains():  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    return Qt.MatchFlag.MatchContains


def test_a_refused_file_is_listed_with_the_reason(editor: TemplateEditor, ctx: AppContext, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import os

    from PySide6.QtCore import Qt

    target = tmp_path / "elsewhere.j2"
    target.write_text("x", encoding="utf-8")
    os.symlink(target, ctx.paths.user_templates_dir / "linked.j2")
    editor.reload()
    row = editor.model.row_of("linked")
    assert "a symbolic link" in editor.model.data(editor.model.index(row), Qt.ItemDataRole.ToolTipRole)
    editor.select("linked")
    assert "not used" in editor.status.text() and editor.form.body.isReadOnly()


def test_the_editor_opens_on_the_template_of_the_card_being_written(window: MainWindow) -> None:
    session = window.compose.session
    assert session is not None
    editor = window.tools.make_template_editor()
    assert editor.current is not None and editor.current.name == session.template


def test_discarded_changes_take_the_copy_of_the_bundled_template_with_them(
    editor: TemplateEditor, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The copy made when a bundled template was first changed would otherwise replace it for good, unchanged."""
    user_file = ctx.paths.user_templates_dir / "ja-seminar.j2"
    editor.form.title_edit.setText("書きかけ")
    editor.form.title_edit.textEdited.emit("書きかけ")
    assert user_file.exists()
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Discard)
    assert editor.select("ja-shokuji")  # to another template: asked, the changes discarded
    assert editor.current is not None and editor.current.name == "ja-shokuji"
    assert not user_file.exists() and not ctx.templates.get("ja-seminar").overrides
    row = editor.model.row_of("ja-seminar")
    assert editor.model.entry(row).origin == Origin.BUNDLED
