"""What the layers below return as data is worded by the window in its language: every kind of problem, every
refusal of the layout, the templates, the database, the files written and read — in English and in Japanese, never
the layers' English sentences."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from postcard.compose.importing import FileStatus, preview_file
from postcard.compose.problems import Problem, ProblemKind
from postcard.errors import (
    DatabaseError,
    ImportFault,
    ImportFormatError,
    LayoutError,
    Misfit,
    OutputError,
    OutputFault,
    StoreFault,
    TemplateError,
    TemplateFailure,
    TemplateFault,
    TemplateLimit,
)
from postcard.io.records import ImportIssue, IssueKind
from postcard.render.output import check_target
from postcard.store.db import Database

from postcard.gui.error_wording import error_text, import_fault_text, misfit_text, template_failure_text
from postcard.gui.i18n import Translators
from postcard.gui.import_wording import file_status_text, issue_text
from postcard.gui.wording import problem_text

JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")


@pytest.fixture
def japanese(translators: Translators) -> Iterator[None]:
    translators.switch("ja")
    yield
    translators.switch("en")


def sample_problems() -> list[Problem]:
    who = (1, "山田 太郎")
    out = [Problem(*who, kind, "english detail", char="𪚲", lines=4, found="100-0005", expected="東京都")
           for kind in ProblemKind if kind not in (ProblemKind.TOO_LONG, ProblemKind.TEMPLATE)]  # fmt: skip
    out += [Problem(*who, ProblemKind.TOO_LONG, "english detail", misfit=m, line=2) for m in Misfit]
    out += [Problem(*who, ProblemKind.TEMPLATE, "english detail", template=f) for f in sample_failures()]
    return out


def sample_failures() -> list[TemplateFailure]:
    return [TemplateFailure(fault, "x.j2", 2, name="nmae", owner="contact", value="fr", suggestion="name",
                            limit=TemplateLimit.STEPS, detail="jinja's words") for fault in TemplateFault]  # fmt: skip


def sample_errors(tmp_path: Path) -> list[Exception]:
    errors: list[Exception] = [DatabaseError("english", fault=f, path=tmp_path / "postcard.sqlite3",
                                             backup=tmp_path / "b.sqlite3", detail="sqlite's words")
                               for f in StoreFault]  # fmt: skip
    errors += [OutputError("english", fault=f, path=tmp_path / "cards.pdf", detail="folder") for f in OutputFault]
    errors += [ImportFormatError("english", fault=f, subject="Surname, Phone") for f in ImportFault]
    errors += [LayoutError("english", misfit=m, line=1) for m in Misfit]
    errors += [TemplateError("english", failure=f) for f in sample_failures()]
    return errors


def test_every_kind_is_worded_from_its_facts_in_english(tmp_path: Path) -> None:
    for problem in sample_problems():
        text = problem_text(problem, with_name=True)
        assert text.startswith("山田 太郎: "), problem
        assert "english detail" not in text or text == "山田 太郎: This card cannot be made: english detail", problem
    for error in sample_errors(tmp_path):
        assert error_text(error) and "english" not in error_text(error), error
    assert misfit_text(Misfit.MESSAGE_LINE, 2) == "Line 2 is too long to fit on the card, even in small writing; " \
        "shorten it."  # fmt: skip
    assert misfit_text(Misfit.ADDRESS) == "The address is too long for the card; shorten it in the contact editor."
    failure = TemplateFailure(TemplateFault.NO_ATTRIBUTE, "ja-seminar.j2", 2, "famly_name", "contact",
                              suggestion="family_name")  # fmt: skip
    assert template_failure_text(failure) == "“contact” has no “famly_name”. Did you mean “family_name”?"
    text = "ja-seminar.j2, line 2: “contact” has no “famly_name”. Did you mean “family_name”?"
    assert error_text(TemplateError("english", failure=failure)) == text


def test_every_kind_is_worded_in_japanese(japanese: None, tmp_path: Path) -> None:
    for problem in sample_problems():
        assert JAPANESE.search(problem_text(problem).replace("山田 太郎", "")), problem
    for error in sample_errors(tmp_path):
        assert JAPANESE.search(error_text(error)), error
    for fault in ImportFault:
        assert JAPANESE.search(import_fault_text(fault, "Surname")), fault
    for kind in IssueKind:
        for skipped in (True, False):
            issue = ImportIssue("f.csv", 3, "english reason", kind, "subject", skipped=skipped, column="名刺交換日",
                                fault=ImportFault.NOT_CONTACTS)  # fmt: skip
            if kind is IssueKind.FIELD_COUNT:
                issue.subject = "18/17"
            text = issue_text(issue)
            assert "english reason" not in text or kind is IssueKind.OTHER, (kind, skipped)
            assert JAPANESE.search(text) or kind is IssueKind.OTHER, (kind, skipped)


def test_real_refusals_of_the_layers_below_come_out_in_japanese(japanese: None, tmp_path: Path) -> None:
    damaged = tmp_path / "postcard.sqlite3"
    damaged.write_bytes(b"not a database at all" * 100)
    with pytest.raises(DatabaseError) as store:
        Database.open(damaged, tmp_path / "backups")
    assert store.value.fault is StoreFault.DAMAGED
    assert error_text(store.value).endswith("バックアップは見つかりませんでした。")
    (tmp_path / "folder.pdf").mkdir()
    with pytest.raises(OutputError) as output:
        check_target(tmp_path / "folder.pdf")
    assert error_text(output.value) == f"PDF を {tmp_path / 'folder.pdf'} に保存できません：そこはファイルではなく" \
        "フォルダーです。別の名前を選んでください。"  # fmt: skip
    noise = tmp_path / "noise.csv"
    noise.write_bytes(bytes(range(256)) * 40)  # binary data read as text: no contact table, no column mapping
    preview = preview_file(noise)
    assert preview.status is FileStatus.INVALID and preview.fault is ImportFault.NOT_CONTACTS
    assert file_status_text(preview) == "連絡先のファイルではありません（vCard でも CSV でもありません）。"
