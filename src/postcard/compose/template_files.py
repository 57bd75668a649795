"""The user's own templates, for the template editor: the list (bundled, user, a user file that shadows a bundled
name, a file that is refused and why), the header as fields, and the file operations (a bundled template is
copied into the user's folder before it is changed; only user templates are renamed or deleted).

Checking a template while it is edited (:func:`check_source`) is pure: it runs on a worker thread and returns
the problems at their lines and the real PDF preview.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from dataclasses import dataclass, field, replace
from pathlib import Path

from postcard.compose.drafting import card_format_for, message_direction
from postcard.compose.problems import ProblemKind, problem_from_error
from postcard.core.layout.card import layout_card
from postcard.core.model import Contact, Event, Sender
from postcard.core.options import Format
from postcard.errors import (
    LayoutError,
    Misfit,
    PostcardError,
    TemplateError,
    TemplateFailure,
    TemplateFault,
    TooManyLinesError,
)
from postcard.render.batch import CardJob, PrintSettings, render_preview
from postcard.render.fonts import FontCatalog
from postcard.render.output import atomic_output
from postcard.render.templates import (
    HEADER_KEYS,
    SUFFIX,
    RenderedText,
    TemplateLibrary,
    TemplateProblem,
    default_direction,
    header_line,
)

# Re-exported (``X as X``): the header's choices and the names a template may use, for the editor's words.
from postcard.render.template_context import VARIABLES as VARIABLES  # isort: skip
from postcard.render.templates import DIRECTIONS as DIRECTIONS, FORMATS as FORMATS, LANGS as LANGS  # isort: skip

HEADER_LINES = len(HEADER_KEYS)  # a saved template always has these four header lines, then its body
MAX_SOURCE = 64_000  # characters: a card takes three lines; anything near this is not a card template
_NAME = re.compile(r"[\w][\w-]{0,63}")
_TAG = re.compile(r"\{%.*?%\}|\{#.*?#\}", re.S)
STARTER = {
    "ja": '本日はありがとうございました\n{{ personal or "大変勉強になりました" }}\n今後ともよろしくお願いいたします\n',
    "en": 'Thank you for today!\n{{ personal or "I really enjoyed our talk." }}\n'
    "See you soon, {{ contact.short_name }}!\n",
}


class Origin:
    BUNDLED = "bundled"
    USER = "user"


@dataclass(frozen=True)
class TemplateEntry:
    """One template as the editor lists it."""

    name: str
    title: str = ""
    lang: str = "ja"
    format: str = "any"
    direction: str = "vertical"
    origin: str = Origin.BUNDLED
    shadows: bool = False  # a user template with the name of a bundled one (which it replaces)
    refused: str = ""  # why the file cannot be used (a link out of the folder, unreadable...); "" when usable
    path: Path | None = None

    @property
    def editable(self) -> bool:
        """Renamed, deleted and saved in place: the user's own, usable files."""
        return self.origin == Origin.USER and not self.refused


@dataclass(frozen=True)
class Header:
    title: str = ""
    lang: str = "ja"
    format: str = "any"
    direction: str = "vertical"


@dataclass(frozen=True)
class EditorProblem:
    """A problem at a line of the editor's body (1-based; 0: not on one line)."""

    line: int
    kind: ProblemKind
    detail: str  # the English message (logs, tests)
    failure: TemplateFailure | None = None  # TEMPLATE: why, as data
    misfit: Misfit | None = None  # TOO_LONG: what does not fit
    char: str = ""  # MISSING_GLYPH: the character
    lines: int = 0  # TOO_MANY_LINES: how many lines a sample card has


@dataclass(frozen=True)
class TemplateCheck:
    problems: tuple[EditorProblem, ...] = ()
    lines: tuple[str, ...] = ()
    pdf: bytes = b""


@dataclass(frozen=True)
class Sample:
    """Who the preview is for: plain data copied on the GUI thread."""

    contact: Contact
    event: Event | None = None
    sender: Sender | None = None
    personal: str = ""
    seed: int = 1
    abroad: str = Format.A6
    today: dt.date | None = field(default=None)


# --- the list ----------------------------------------------------------------------------------------------------
def list_templates(library: TemplateLibrary) -> list[TemplateEntry]:
    """Every template, as :meth:`TemplateLibrary.list` gives them: the ones in use (a user template that replaces
    a bundled one marked ``shadows``) and the user's files that are refused, with the reason (a
    ``TemplateRefusal`` value: symlink, unreadable, not-utf8), sorted by name."""
    entries = []
    for info in library.list(refused=True):
        origin = Origin.USER if info.user else Origin.BUNDLED
        if info.refused is not None:
            shadows = (library.bundled_dir / (info.name + SUFFIX)).is_file()
            entries.append(TemplateEntry(info.name, info.name, origin=Origin.USER, shadows=shadows,
                                         refused=str(info.refused), path=info.path))  # fmt: skip
        else:
            entries.append(TemplateEntry(info.name, info.title, info.lang, info.format, info.direction, origin,
                                         info.overrides, path=info.path))  # fmt: skip
    return entries


def read_source(library: TemplateLibrary, name: str) -> str:
    """The text of the template called ``name`` (the user's if there is one)."""
    path = library.get(name).path
    if path is None:
        raise TemplateError(f"no template named {name!r}", failure=_fails(TemplateFault.NOT_FOUND, name))
    if path.stat().st_size > MAX_SOURCE * 4:
        raise TemplateError(f"{path.name} is too large for a card template",
                            failure=_fails(TemplateFault.TOO_LARGE, path.name))  # fmt: skip
    return path.read_text(encoding="utf-8")


# --- the header as fields --------------------------------------------------------------------------------------
def split_header(source: str) -> tuple[Header, str]:
    """The header's fields and the body (everything after the header lines)."""
    values: dict[str, str] = {}
    lines = source.splitlines()
    start = 0
    for number, line in enumerate(lines):
        if not line.strip():
            continue
        found = header_line(line)
        if found is None or found[0] not in HEADER_KEYS:
            start = number
            break
        values[found[0]] = found[1]
    else:
        start = len(lines)
    lang = values.get("lang") if values.get("lang") in LANGS else "ja"
    direction = values.get("direction") or default_direction(lang)
    header = Header(
        values.get("title", ""),
        lang,
        values.get("format") if values.get("format") in FORMATS else "any",
        direction if direction in DIRECTIONS else "vertical",
    )
    body = "\n".join(lines[start:])
    return header, body + ("\n" if body else "")


def join_header(header: Header, body: str) -> str:
    """The file's text: the four header lines, then the body (body line *n* is line ``n + HEADER_LINES``)."""
    title = " ".join(header.title.replace("#}", "").split())
    lines = [
        f"{{# title: {title} #}}",
        f"{{# lang: {header.lang} #}}",
        f"{{# format: {header.format} #}}",
        f"{{# direction: {header.direction} #}}",
    ]
    return "\n".join(lines) + "\n" + body.rstrip("\n") + "\n"


# --- files ---------------------------------------------------------------------------------------------------------
def check_name(name: str) -> str:
    name = name.strip().removesuffix(SUFFIX)
    if not _NAME.fullmatch(name):
        raise TemplateError(f"a template name is letters, digits, '-' and '_' (up to 64), not {name!r}",
                            failure=_fails(TemplateFault.BAD_NAME, name))  # fmt: skip
    return name


def _user_path(library: TemplateLibrary, name: str) -> Path:
    if library.user_dir is None:
        raise TemplateError("there is no folder for your own templates", failure=_fails(TemplateFault.NO_FOLDER))
    return library.user_dir / (check_name(name) + SUFFIX)


def save(library: TemplateLibrary, name: str, source: str) -> Path:
    """Write ``source`` as the user's template ``name`` (atomically; never through a link). *Writes files*."""
    if len(source) > MAX_SOURCE:
        raise TemplateError(f"the template is too long ({len(source)} characters)",
                            failure=_fails(TemplateFault.TOO_LARGE, name))  # fmt: skip
    path = _user_path(library, name)
    if path.is_symlink() or (path.exists() and not path.is_file()):
        raise TemplateError(f"{path.name} in your template folder is not a regular file; not overwritten",
                            failure=_fails(TemplateFault.NOT_REGULAR, path.name))  # fmt: skip
    path.parent.mkdir(parents=True, exist_ok=True)
    with atomic_output(path) as handle:
        handle.write(source.encode("utf-8"))
    return path


def copy_bundled(library: TemplateLibrary, name: str) -> Path:
    """Make ``name`` the user's own before it is changed: the bundled text copied into the user's folder (the
    bundled file is never written). A user template of that name is kept as it is."""
    path = _user_path(library, name)
    if path.exists() or path.is_symlink():
        return path
    bundled = library.bundled_dir / (name + SUFFIX)
    if not bundled.is_file():
        raise TemplateError(f"no bundled template named {name!r}", failure=_fails(TemplateFault.NOT_FOUND, name))
    return save(library, name, bundled.read_text(encoding="utf-8"))


def create(library: TemplateLibrary, name: str, lang: str = "ja", source: str | None = None) -> Path:
    """A new user template (a short starter text, or ``source``); refuses a name that is already taken."""
    name = check_name(name)
    if _exists(library, name):
        raise TemplateError(f"there is already a template named {name!r}", failure=_fails(TemplateFault.EXISTS, name))
    if source is None:
        header = Header(name, lang, "jp-hagaki" if lang == "ja" else "any", default_direction(lang))
        source = join_header(header, STARTER["ja" if lang == "ja" else "en"])
    return save(library, name, source)


def duplicate(library: TemplateLibrary, name: str, new_name: str) -> Path:
    """A user copy of any template under a new name."""
    return create(library, new_name, source=read_source(library, name))


def rename(library: TemplateLibrary, name: str, new_name: str) -> Path:
    """Rename a user template (a bundled one is not renamed: duplicate it)."""
    old, new_name = _own(library, name), check_name(new_name)
    if _exists(library, new_name):
        raise TemplateError(f"there is already a template named {new_name!r}",
                            failure=_fails(TemplateFault.EXISTS, new_name))  # fmt: skip
    new = _user_path(library, new_name)
    os.replace(old, new)
    return new


def delete(library: TemplateLibrary, name: str) -> None:
    """Delete a user template (a bundled one it shadowed is used again)."""
    _own(library, name).unlink()


def _own(library: TemplateLibrary, name: str) -> Path:
    path = _user_path(library, name)
    if not (path.is_file() or path.is_symlink()):
        raise TemplateError(f"{name!r} is not one of your own templates", failure=_fails(TemplateFault.NOT_YOURS, name))
    return path


def _exists(library: TemplateLibrary, name: str) -> bool:
    user = _user_path(library, name)
    return user.exists() or user.is_symlink() or (library.bundled_dir / (name + SUFFIX)).exists()


# --- checking while editing (pure) ---------------------------------------------------------------------------------
def check_source(
    library: TemplateLibrary, header: Header, body: str, sample: Sample, settings: PrintSettings, fonts: FontCatalog
) -> TemplateCheck:
    """Everything wrong with an edited template, at the body's lines, and the card it makes for ``sample``.

    The problems are :meth:`TemplateLibrary.validate`'s (sandbox refusals, unknown names with a suggestion, more
    than three lines on a sample card) and, for the sample's card, a line too long to fit (found by laying each
    line out alone) and a character no font has. Pure: safe on a worker thread.
    """
    source = join_header(header, body)
    problems = [_at_body(p) for p in library.validate(source)]
    try:
        rendered = _fill_in(library, source, sample)
    except TooManyLinesError as exc:
        found = EditorProblem(0, ProblemKind.TOO_MANY_LINES, str(exc), lines=exc.count)
        return TemplateCheck(_merge(problems, found))
    except TemplateError as exc:
        return TemplateCheck(_merge(problems, EditorProblem(0, ProblemKind.TEMPLATE, str(exc), exc.failure)))
    lines = tuple(rendered.lines)
    if not lines:
        return TemplateCheck(_merge(problems, EditorProblem(0, ProblemKind.NO_TEXT, "the card has no text")))
    fmt = card_format_for(sample.contact, None if header.format == "any" else header.format, sample.abroad)
    job = CardJob(
        sample.contact,
        lines,
        sample.sender,
        "<editor>",
        sample.personal,
        sample.event.id if sample.event else None,
        fmt,
        message_direction(header.direction, fmt),
        sample.seed,
    )
    try:
        pdf = render_preview(job, settings, fonts)
    except LayoutError as exc:
        found = problem_from_error(sample.contact, exc)
        kind = found.kind
        if kind is ProblemKind.TOO_LONG and found.misfit in (Misfit.MESSAGE_LINE, None):
            for index in _too_long_lines(job, settings, fonts):
                line = _source_line(library, body, sample, lines, index)
                problems.append(EditorProblem(line, kind, str(exc), misfit=found.misfit))
        if not any(p.kind is kind for p in problems):
            problems.append(EditorProblem(0, kind, str(exc), misfit=found.misfit, char=found.char, lines=found.lines))
        return TemplateCheck(tuple(_unique(problems)), lines)
    return TemplateCheck(tuple(_unique(problems)), lines, pdf)


def _fill_in(library: TemplateLibrary, source: str, sample: Sample) -> RenderedText:
    """The editor's text filled in for the sample's card."""
    return library.render_source(source, contact=sample.contact, event=sample.event, personal=sample.personal,
                                 sender=sample.sender, today=sample.today)  # fmt: skip


def _at_body(problem: TemplateProblem) -> EditorProblem:
    line = problem.line - HEADER_LINES if problem.line > HEADER_LINES else 0
    kind = ProblemKind.TOO_MANY_LINES if problem.lines else ProblemKind.TEMPLATE
    return EditorProblem(line, kind, problem.message, problem.failure, lines=problem.lines)


def _fails(fault: TemplateFault, name: str = "") -> TemplateFailure:
    return TemplateFailure(fault, name=name)


def _merge(problems: list[EditorProblem], extra: EditorProblem) -> tuple[EditorProblem, ...]:
    if any(p.kind is extra.kind for p in problems):
        return tuple(_unique(problems))
    return tuple(_unique([*problems, extra]))


def _unique(problems: list[EditorProblem]) -> list[EditorProblem]:
    seen = {(p.line, p.kind, p.detail): p for p in problems}
    return sorted(seen.values(), key=lambda p: (p.line == 0, p.line))


def _too_long_lines(job: CardJob, settings: PrintSettings, fonts: FontCatalog) -> list[int]:
    """The indexes of the card's lines that do not fit on the message side even alone."""
    out = []
    for index, line in enumerate(job.lines):
        try:
            layout_card(replace(job, lines=(line,)).content, settings.options, fonts, "message")
        except LayoutError:
            out.append(index)
    return out


def _source_line(library: TemplateLibrary, body: str, sample: Sample, lines: tuple[str, ...], index: int) -> int:
    """The body line that printed the card's line ``index``: the line that, filled in alone, gives exactly that
    text; else, when each printing line of the body makes one line of the card, the one in its place; else 0."""
    printing = [(n, line) for n, line in enumerate(body.splitlines(), start=1) if _TAG.sub("", line).strip()]
    for number, line in printing:
        if "{%" in line:
            continue
        try:
            alone = _fill_in(library, line, sample)
        except PostcardError:
            continue
        if alone.lines == [lines[index]]:
            return number
    return printing[index][0] if len(printing) == len(lines) else 0
