"""The user's templates: the list (shadowing, refused files), the header as fields, copy-before-change, the file
operations, and the editor's check with each problem at its line."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from postcard.compose import preferences
from postcard.compose import template_files as files
from postcard.compose.printing import print_settings
from postcard.compose.problems import ProblemKind
from postcard.compose.template_files import Header, Origin, Sample
from postcard.context import AppContext
from postcard.core.model import Contact, Event
from postcard.errors import TemplateError
from postcard.render.templates import TemplateLibrary

from .conftest import YAMADA


@pytest.fixture
def library(tmp_path: Path) -> TemplateLibrary:
    bundled, user = tmp_path / "bundled", tmp_path / "user"
    bundled.mkdir()
    user.mkdir()
    (bundled / "ja-thanks.j2").write_text("{# title: お礼 #}\n{# lang: ja #}\n先日はありがとうございました\n"
                                          "{{ personal }}\n", encoding="utf-8")  # fmt: skip
    (bundled / "en-hi.j2").write_text(
        "{# title: Hi #}\n{# lang: en #}\nHi {{ contact.given_name }}!\n", encoding="utf-8"
    )
    return TemplateLibrary(bundled, user)


def test_the_list_marks_a_shadowing_user_template_and_a_refused_link(library: TemplateLibrary, tmp_path: Path) -> None:
    assert library.user_dir is not None
    (library.user_dir / "en-hi.j2").write_text("{# title: My hi #}\nHello!\n", encoding="utf-8")
    (library.user_dir / "mine.j2").write_text("{# title: Mine #}\nやあ\n", encoding="utf-8")
    outside = tmp_path / "secret.txt"
    outside.write_text("not a template", encoding="utf-8")
    os.symlink(outside, library.user_dir / "sneaky.j2")
    entries = {e.name: e for e in files.list_templates(library)}
    assert list(entries) == ["en-hi", "ja-thanks", "mine", "sneaky"]
    assert (entries["en-hi"].origin, entries["en-hi"].shadows, entries["en-hi"].title) == (Origin.USER, True, "My hi")
    assert (entries["ja-thanks"].origin, entries["ja-thanks"].shadows) == (Origin.BUNDLED, False)
    assert entries["mine"].editable and not entries["mine"].shadows
    assert entries["sneaky"].refused == "symlink" and not entries["sneaky"].editable


def test_the_header_is_split_into_fields_and_joined_back() -> None:
    header, body = files.split_header(
        "{# title: セミナーのお礼 #}\n{# lang: ja #}\n\n{# format: jp-hagaki #}\n一行目\n{{ personal }}\n"
    )
    assert header == Header("セミナーのお礼", "ja", "jp-hagaki", "vertical")
    assert body == "一行目\n{{ personal }}\n"
    source = files.join_header(Header("Thanks #} {{ x }}", "en", "any", "horizontal"), "Line one\n")
    expected = ["{# title: Thanks {{ x }} #}", "{# lang: en #}", "{# format: any #}", "{# direction: horizontal #}"]
    assert source.splitlines()[: files.HEADER_LINES] == expected
    assert files.split_header(source) == (Header("Thanks {{ x }}", "en", "any", "horizontal"), "Line one\n")


def test_a_bundled_template_is_copied_before_it_is_changed(library: TemplateLibrary) -> None:
    bundled = library.bundled_dir / "ja-thanks.j2"
    before = bundled.read_bytes()
    path = files.copy_bundled(library, "ja-thanks")
    assert library.user_dir is not None and path == library.user_dir / "ja-thanks.j2"
    assert path.read_bytes() == before
    files.save(library, "ja-thanks", files.join_header(Header("変えた"), "変えました\n"))
    assert bundled.read_bytes() == before  # the bundled file is never written
    assert library.get("ja-thanks").title == "変えた" and library.get("ja-thanks").user
    assert files.copy_bundled(library, "ja-thanks").read_text(encoding="utf-8").endswith("変えました\n")  # kept
    files.delete(library, "ja-thanks")
    assert library.get("ja-thanks").title == "お礼" and not library.get("ja-thanks").user  # the bundled one again


def test_new_duplicate_rename_delete_work_on_user_templates_only(library: TemplateLibrary) -> None:
    files.create(library, "my-card", "en")
    assert library.get("my-card").user and library.get("my-card").lang == "en"
    files.duplicate(library, "ja-thanks", "ja-copy")
    assert "先日はありがとうございました" in files.read_source(library, "ja-copy")
    files.rename(library, "ja-copy", "ja-renamed")
    assert [e.name for e in files.list_templates(library)] == ["en-hi", "ja-renamed", "ja-thanks", "my-card"]
    for bad in (lambda: files.create(library, "en-hi"), lambda: files.rename(library, "my-card", "ja-thanks"),
                lambda: files.rename(library, "ja-thanks", "x"), lambda: files.delete(library, "en-hi"),
                lambda: files.create(library, "../escape"), lambda: files.create(library, ".hidden")):  # fmt: skip
        with pytest.raises(TemplateError):
            bad()
    files.delete(library, "my-card")
    assert "my-card" not in [e.name for e in files.list_templates(library)]


def test_saving_never_writes_through_a_link(library: TemplateLibrary, tmp_path: Path) -> None:
    target = tmp_path / "elsewhere.j2"
    target.write_text("keep me", encoding="utf-8")
    assert library.user_dir is not None
    os.symlink(target, library.user_dir / "linked.j2")
    with pytest.raises(TemplateError, match="not a regular file"):
        files.save(library, "linked", "x\n")
    assert target.read_text(encoding="utf-8") == "keep me"


def check(ctx: AppContext, body: str, header: Header | None = None) -> files.TemplateCheck:
    sample = Sample(Contact(**YAMADA), Event(name="秋の交流会"), None, "またお会いしましょう")  # type: ignore[arg-type]
    settings = print_settings(preferences.load(ctx.store.settings))
    return files.check_source(ctx.templates, header or Header("t", "ja", "jp-hagaki", "vertical"), body, sample,
                              settings, ctx.fonts)  # fmt: skip


def test_the_editor_check_puts_each_problem_at_its_line(ctx: AppContext) -> None:
    good = check(ctx, "先日の{{ event.name }}では\n{{ personal }}\n今後ともよろしくお願いいたします\n")
    assert good.problems == () and good.pdf.startswith(b"%PDF") and good.lines[0] == "先日の秋の交流会では"

    unknown = check(ctx, "先日は\n{{ contact.famly_name }}様\n")
    assert [(p.line, p.kind) for p in unknown.problems] == [(2, ProblemKind.TEMPLATE)]
    assert "did you mean 'family_name'" in unknown.problems[0].detail and unknown.pdf == b""

    sandbox = check(ctx, "一行目\n二行目\n{{ personal.__class__.__mro__ }}\n")
    assert sandbox.problems[0].line == 3 and "sandbox" in sandbox.problems[0].detail

    four = check(ctx, "一\n二\n三\n四\n")
    assert [p.kind for p in four.problems] == [ProblemKind.TOO_MANY_LINES]

    too_long = check(ctx, "先日は\n" + "あ" * 400 + "\n{{ personal }}\n")
    assert [(p.line, p.kind) for p in too_long.problems] == [(2, ProblemKind.TOO_LONG)] and too_long.pdf == b""

    syntax = check(ctx, "一行目\n{% if %}\n")
    assert syntax.problems[0].line == 2
