"""Card text templates: one strict, sandboxed Jinja environment over the user's and the bundled folders.

A ``.j2`` file starts with ``{# key: value #}`` header lines (``title``, ``lang``, ``format``, ``direction``);
its body renders to at most three lines (product.md §4). Templates see read-only views of the contact, event
and sender, never the dataclasses (:mod:`postcard.render.template_context`). The sandbox (with StrictUndefined)
keeps a shared template away from files and Python internals; :mod:`postcard.render.template_limits` bounds what
one render may cost (loops, text size, numbers, time), so no template can hang the CLI or the window.

A user template (in the user's folder) with the name of a bundled one overrides it, and says so
(:attr:`TemplateInfo.overrides`); a symbolic link there is never followed, but listed with its refusal.
"""

from __future__ import annotations

import builtins
import datetime as dt
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import jinja2
from jinja2 import meta, nodes
from jinja2.sandbox import ImmutableSandboxedEnvironment, SecurityError

from postcard.core.model import Contact, Event, Sender
from postcard.errors import TemplateError, TemplateFailure, TemplateFault, TemplateLimit, TooManyLinesError
from postcard.render import template_limits as limits
from postcard.render.template_context import SAMPLES, VARIABLES, TemplateView, card_context, closest, no_attribute
from postcard.render.template_filters import edate, jdate, wareki, wareki_date
from postcard.render.template_folders import FolderLoader, TemplateRefusal, refusal

SUFFIX = ".j2"
MAX_LINES = 3
LANGS = ("ja", "en")
FORMATS = ("jp-hagaki", "a6", "us-4x6", "any")
DIRECTIONS = ("vertical", "horizontal")
HEADER_KEYS = ("title", "lang", "format", "direction")
_HEADER = re.compile(r"^\{#\s*([A-Za-z_]+)\s*:\s*(.*?)\s*#\}\s*$")
_HEADER_VALUES = {"lang": LANGS, "format": FORMATS, "direction": DIRECTIONS}
# What a template can make go wrong while rendering (filters raise ValueError/TypeError on bad input).
_RENDER_ERRORS = (jinja2.TemplateError, ArithmeticError, ValueError, TypeError, LookupError, RecursionError,
                  MemoryError)  # fmt: skip


@dataclass(frozen=True)
class TemplateInfo:
    name: str  # file name without .j2, e.g. "ja-seminar"
    title: str
    lang: str  # ja | en
    format: str  # jp-hagaki | a6 | us-4x6 | any
    direction: str  # vertical | horizontal
    path: Path | None  # None for a source being edited
    user: bool  # from the user's folder
    overrides: bool = False  # a user template with the name of a bundled one, which it replaces
    refused: TemplateRefusal | None = None  # a user file that is not used, and why (only in list(refused=True))


@dataclass(frozen=True)
class RenderedText:
    lines: list[str]
    info: TemplateInfo

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


@dataclass(frozen=True)
class LoadedTemplate:
    """A template found and compiled once, to fill in for many cards (see :meth:`TemplateLibrary.load`)."""

    info: TemplateInfo
    template: jinja2.Template


@dataclass(frozen=True)
class TemplateProblem:
    line: int  # 1-based; 0 when the problem is not on one line
    message: str
    lines: int = 0  # a sample card with more than three lines: how many it has
    failure: TemplateFailure | None = None  # the problem as data (None: a sample card with too many lines)


# --- environment --------------------------------------------------------------------------------------------
class UndefinedName(jinja2.UndefinedError):
    """A name a template used that is not there: ``name`` alone (``owner`` ""), or an attribute ``name`` that
    ``owner`` (a template variable such as ``contact``, or a kind of value) does not have."""

    def __init__(self, message: str | None = None, *, owner: str = "", name: str = "") -> None:
        super().__init__(message)
        self.owner, self.name = owner, name


class _Undefined(jinja2.StrictUndefined):
    """StrictUndefined whose message names the variable: "'contact' has no attribute 'nmae'"; its error carries
    the names as data (:class:`UndefinedName`)."""

    __slots__ = ()

    def __init__(self, hint: str | None = None, obj: Any = jinja2.utils.missing, name: str | None = None,
                 exc: type[jinja2.TemplateRuntimeError] = jinja2.UndefinedError) -> None:  # fmt: skip
        if exc is jinja2.UndefinedError and hint is None and isinstance(name, str):
            missing = obj is jinja2.utils.missing
            owner = "" if missing else obj._name if isinstance(obj, TemplateView) else type(obj).__name__
            exc = functools.partial(UndefinedName, owner=owner, name=name)  # type: ignore[assignment]
        super().__init__(hint, obj, name, exc)

    @property
    def _undefined_message(self) -> str:
        obj, name = self._undefined_obj, self._undefined_name
        if self._undefined_hint is None and isinstance(obj, TemplateView) and isinstance(name, str):
            return no_attribute(obj._name, name)
        return super()._undefined_message


class CardEnvironment(ImmutableSandboxedEnvironment):
    """The one Jinja environment for card text: sandboxed, strict, plain text (no autoescape), bounded
    (:mod:`postcard.render.template_limits`: every template is compiled with its guards)."""

    intercepted_binops = frozenset({"*", "**", "+", "%"})

    def __init__(self, loader: jinja2.BaseLoader | None = None) -> None:
        super().__init__(loader=loader, undefined=_Undefined, autoescape=False, keep_trailing_newline=False,
                         lstrip_blocks=True)  # fmt: skip
        del self.globals["lipsum"]  # no use on a card, and lipsum(n=10**6) is a cheap way to burn memory
        self.filters.update(jdate=jdate, wareki=wareki, wareki_date=wareki_date, edate=edate)
        limits.guard_filters(self.filters)

    def compile(self, source: Any, name: str | None = None, filename: str | None = None, raw: bool = False,
                defer_init: bool = False) -> Any:  # fmt: skip
        if isinstance(source, str):
            source = self.parse(source, name, filename)
        return super().compile(limits.instrument(source), name, filename, raw, defer_init)

    def call(__self, __context: jinja2.runtime.Context, __obj: Any, *args: Any, **kwargs: Any) -> Any:  # noqa: N805 - jinja's signature
        args = limits.guard_call(__obj, args, kwargs)
        return limits.check_size(super().call(__context, __obj, *args, **kwargs))

    def call_binop(self, context: jinja2.runtime.Context, operator: str, left: Any, right: Any) -> Any:
        limits.check_binop(operator, left, right)
        return super().call_binop(context, operator, left, right)


def render_bounded(template: jinja2.Template, ctx: dict[str, object]) -> str:
    """Render within the limits of :mod:`postcard.render.template_limits`, output size included."""
    out: list[str] = []
    size = 0
    with limits.budget():
        for chunk in template.generate(ctx):
            size += len(chunk)
            if size > limits.MAX_TEXT:
                raise limits.TemplateLimitError(
                    f"the text is longer than {limits.MAX_TEXT:,} characters", TemplateLimit.SIZE
                )
            out.append(chunk)
    return "".join(out)


def _locate(exc: BaseException) -> tuple[str | None, int]:
    """The template file and line an error happened in (the innermost template frame)."""
    if isinstance(exc, jinja2.TemplateSyntaxError):
        return exc.filename or exc.name, exc.lineno
    filename, line = None, 0
    tb = exc.__traceback__
    while tb is not None:
        if "__jinja_exception__" in tb.tb_frame.f_globals:  # a frame jinja rewrote to point at the template
            filename, line = tb.tb_frame.f_code.co_filename, tb.tb_lineno
        tb = tb.tb_next
    return filename, line


def _describe(exc: BaseException) -> str:
    if isinstance(exc, jinja2.TemplateNotFound):
        return f"no template {exc.name!r} in the template folders"
    if isinstance(exc, jinja2.TemplateSyntaxError):
        return exc.message or "syntax error"
    if isinstance(exc, SecurityError):
        return f"refused by the sandbox: {exc}"
    return str(exc) or type(exc).__name__


def failure_of(exc: BaseException, template: str = "", line: int = 0) -> TemplateFailure:
    """What a rendering or compiling error says, as data."""
    if isinstance(exc, jinja2.TemplateNotFound):
        return TemplateFailure(TemplateFault.NOT_FOUND, template, line, name=str(exc.name))
    if isinstance(exc, jinja2.TemplateSyntaxError):
        return TemplateFailure(TemplateFault.SYNTAX, template, line, detail=exc.message or "syntax error")
    if isinstance(exc, UndefinedName) and exc.owner:
        suggestion = closest(exc.owner, exc.name)
        return TemplateFailure(TemplateFault.NO_ATTRIBUTE, template, line, exc.name, exc.owner, suggestion=suggestion)
    if isinstance(exc, UndefinedName):
        return TemplateFailure(TemplateFault.UNDEFINED, template, line, exc.name, suggestion=closest("", exc.name))
    if isinstance(exc, limits.TemplateLimitError):
        return TemplateFailure(TemplateFault.LIMIT, template, line, limit=exc.limit, detail=str(exc))
    if isinstance(exc, SecurityError):
        return TemplateFailure(TemplateFault.SANDBOX, template, line, detail=str(exc))
    return TemplateFailure(TemplateFault.OTHER, template, line, detail=str(exc) or type(exc).__name__)


def _template_error(exc: BaseException, display: str) -> TemplateError:
    filename, line = _locate(exc)
    where = Path(filename).name if filename and not filename.startswith("<") else display
    message = f"{where} line {line}: {_describe(exc)}" if line else f"{where}: {_describe(exc)}"
    return TemplateError(message, failure=failure_of(exc, where, line))


def header_line(line: str) -> tuple[str, str] | None:
    """``(key, value)`` of a header line ``{# key: value #}``, the key in lower case; None for any other line."""
    match = _HEADER.match(line.strip())
    return (match.group(1).lower(), match.group(2)) if match else None


def default_direction(lang: str) -> str:
    """How a template's message runs when its header does not say: vertical in Japanese, across otherwise."""
    return "vertical" if lang == "ja" else "horizontal"


def _parse_header(source: str) -> tuple[dict[str, str], list[TemplateProblem]]:
    values: dict[str, str] = {}
    problems: list[TemplateProblem] = []
    for number, line in enumerate(source.splitlines(), start=1):
        if not line.strip():
            continue
        found = header_line(line)
        if found is None:
            break
        key, value = found
        if key not in HEADER_KEYS:
            message = f"unknown header key {key!r} ({', '.join(HEADER_KEYS)})"
            failure = TemplateFailure(TemplateFault.HEADER_KEY, line=number, name=key,
                                      suggestion=", ".join(HEADER_KEYS))  # fmt: skip
            problems.append(TemplateProblem(number, message, failure=failure))
        elif key in _HEADER_VALUES and value not in _HEADER_VALUES[key]:
            allowed = ", ".join(_HEADER_VALUES[key])
            failure = TemplateFailure(TemplateFault.HEADER_VALUE, line=number, name=key, value=value,
                                      suggestion=allowed)  # fmt: skip
            problems.append(TemplateProblem(number, f"{key} must be one of {allowed}, not {value!r}", failure=failure))
        else:
            values[key] = value
    return values, problems


def _info(source: str, name: str, path: Path | None, user: bool) -> TemplateInfo:
    header, _problems = _parse_header(source)
    lang = header.get("lang") or ("en" if name.startswith("en") else "ja")
    direction = header.get("direction") or default_direction(lang)
    title, fmt = header.get("title") or name, header.get("format", "any")
    return TemplateInfo(name, title, lang, fmt, direction, path, user)


# --- the library --------------------------------------------------------------------------------------------
class TemplateLibrary:
    """The bundled templates plus the user's own (a user template overrides a bundled one of the same name).

    Args:
        bundled_dir: The folder of bundled templates (``resources.resource_path("templates")``).
        user_dir: The user's template folder (``config_dir / "templates"``); it need not exist.
    """

    def __init__(self, bundled_dir: Path, user_dir: Path | None = None) -> None:
        self.bundled_dir = Path(bundled_dir)
        self.user_dir = Path(user_dir) if user_dir is not None else None
        folders = [folder for folder in (self.user_dir, self.bundled_dir) if folder is not None]
        self._loader = FolderLoader([str(folder) for folder in folders])
        self.env = CardEnvironment(self._loader)

    def get(self, name: str) -> TemplateInfo:
        """The template called ``name`` (with or without ``.j2``); TemplateError when there is none."""
        name = name.removesuffix(SUFFIX)
        missing = TemplateFailure(TemplateFault.NOT_FOUND, name=name)
        if not name or any(ch in name for ch in "/\\") or name.startswith("."):
            raise TemplateError(f"no template named {name!r}", failure=missing)
        try:
            source, filename, _uptodate = self._loader.get_source(self.env, name + SUFFIX)
        except jinja2.TemplateNotFound:
            raise TemplateError(f"no template named {name!r}", failure=missing) from None
        path = Path(filename)
        user = self.user_dir is not None and path.resolve().is_relative_to(self.user_dir.resolve())
        overrides = user and (self.bundled_dir / (name + SUFFIX)).is_file()
        return replace(_info(source, name, path, user), overrides=overrides)

    def render(self, name: str, *, contact: Contact, event: Event | None = None, personal: str = "",
               sender: Sender | None = None, today: dt.date | None = None) -> RenderedText:  # fmt: skip
        """Render a card's text: at most three non-empty lines, stripped.

        Raises:
            TemplateError: Unknown template, syntax error, undefined variable, sandbox refusal (the message
                names the file and line), or more than three lines (the message names the contact).
        """
        info = self.get(name)
        ctx = card_context(contact, event, personal, sender, today)
        return self._render(lambda: self.env.get_template(info.name + SUFFIX), info, info.name + SUFFIX, ctx)

    def load(self, name: str) -> LoadedTemplate:
        """Find and compile ``name`` once; :meth:`render_loaded` then fills it in without looking it up again."""
        info = self.get(name)
        try:
            template = self.env.get_template(info.name + SUFFIX)
        except _RENDER_ERRORS as exc:
            raise _template_error(exc, info.name + SUFFIX) from exc
        return LoadedTemplate(info, template)

    def render_loaded(self, loaded: LoadedTemplate, *, contact: Contact, event: Event | None = None,
                      personal: str = "", sender: Sender | None = None,
                      today: dt.date | None = None) -> RenderedText:  # fmt: skip
        """:meth:`render` for a template :meth:`load` found: the same text and the same errors."""
        ctx = card_context(contact, event, personal, sender, today)
        return self._render(lambda: loaded.template, loaded.info, loaded.info.name + SUFFIX, ctx)

    def render_source(self, source: str, name: str = "<editor>", **ctx: Any) -> RenderedText:
        """Render template text that is not a file (the GUI's editor); errors call it ``name``.

        ``ctx`` takes ``contact``, ``event``, ``personal``, ``sender``, ``today`` as :meth:`render` does.
        """
        info = _info(source, name.removesuffix(SUFFIX), None, True)
        return self._render(lambda: self._compile(source, name), info, name, card_context(**ctx))

    def validate(self, source: str) -> builtins.list[TemplateProblem]:
        """Everything wrong with a template's text, for the editor; an empty list when it is fine.

        Checks the header, the syntax, variables and attributes in every branch, and renders it for a sample
        Japanese and a sample Western card (which also checks the three-line rule).
        """
        problems = _parse_header(source)[1]
        name = "<validate>"
        try:
            template = self._compile(source, name)
        except jinja2.TemplateSyntaxError as exc:
            return [*problems, TemplateProblem(exc.lineno, _describe(exc), failure=failure_of(exc, line=exc.lineno))]
        tree = self.env.parse(source)
        unknown = meta.find_undeclared_variables(tree) - set(VARIABLES) - set(self.env.globals)
        for node in tree.find_all(nodes.Name):  # in every branch, also those a sample render doesn't take
            if node.name in unknown:
                failure = TemplateFailure(TemplateFault.UNDEFINED, line=node.lineno, name=node.name,
                                          suggestion=closest("", node.name))  # fmt: skip
                problems.append(TemplateProblem(node.lineno, f"{node.name!r} is undefined", failure=failure))
                unknown.discard(node.name)
        for node in tree.find_all(nodes.Getattr):
            var = node.node.name if isinstance(node.node, nodes.Name) else ""
            if VARIABLES.get(var) and node.attr not in VARIABLES[var]:  # not today.year, personal.upper()
                failure = TemplateFailure(TemplateFault.NO_ATTRIBUTE, line=node.lineno, name=node.attr, owner=var,
                                          suggestion=closest(var, node.attr))  # fmt: skip
                problems.append(TemplateProblem(node.lineno, no_attribute(var, node.attr), failure=failure))
        for ctx in SAMPLES:
            try:
                lines = [ln for ln in map(str.strip, render_bounded(template, card_context(**ctx)).splitlines()) if ln]
            except _RENDER_ERRORS as exc:
                filename, line = _locate(exc)
                at = line if filename == name else 0
                problems.append(TemplateProblem(at, _describe(exc), failure=failure_of(exc, line=at)))
                continue
            if len(lines) > MAX_LINES:
                message = f"a sample card has {len(lines)} lines; a postcard takes at most {MAX_LINES}"
                problems.append(TemplateProblem(0, message, len(lines)))
        unique = {(p.line, p.message): p for p in problems}
        return sorted(unique.values(), key=lambda p: p.line)

    def list(self, *, refused: bool = False) -> builtins.list[TemplateInfo]:
        """Every template in use, sorted by name; a user template replaces the bundled one of the same name (and
        says so in ``overrides``). With ``refused``, also the user's files that are not used, with the reason."""
        names = {n for n in self.env.list_templates(extensions=[SUFFIX[1:]]) if "/" not in n}
        found = {}
        for name in sorted(names):
            try:
                found[name] = self.get(name)
            except TemplateError:  # only a refused user file has this name
                pass
        out = [found[name] for name in sorted(found)]
        if refused and self.user_dir is not None and self.user_dir.is_dir():
            for path in sorted(self.user_dir.glob("*" + SUFFIX)):
                why = refusal(path)
                if why is not None:
                    name = path.name.removesuffix(SUFFIX)
                    out.append(TemplateInfo(name, name, "", "", "", path, True, refused=why))
        return sorted(out, key=lambda info: (info.name, info.refused is not None))

    def _compile(self, source: str, name: str) -> jinja2.Template:
        code = self.env.compile(source, name, name)
        return self.env.template_class.from_code(self.env, code, self.env.make_globals(None))

    def _render(self, load: Callable[[], jinja2.Template], info: TemplateInfo, display: str,
                ctx: dict[str, object]) -> RenderedText:  # fmt: skip
        try:
            text = render_bounded(load(), ctx)
        except _RENDER_ERRORS as exc:
            raise _template_error(exc, display) from exc
        lines = [line for line in map(str.strip, text.splitlines()) if line]  # blank lines dropped
        if len(lines) > MAX_LINES:
            who = str(getattr(ctx["contact"], "display_name", "")) or "(no name)"
            message = f"card for {who} has {len(lines)} lines; a postcard takes at most {MAX_LINES}"
            raise TooManyLinesError(f"{message} ({display})", len(lines))
        return RenderedText(lines=lines, info=info)
