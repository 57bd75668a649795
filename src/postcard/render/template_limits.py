"""Limits on what rendering a template may cost: loops, text size, numbers, time.

The sandbox keeps a template away from files and Python internals, but not from burning the CPU: two nested
``range(99999)`` loops, a macro that calls itself twice, ``"x"|center(10**9)``. Every render runs inside a
:class:`Budget`; the template is compiled with a guard around each loop and each ``~`` (see :func:`instrument`),
and every call, filter and operator passes a check:

* at most :data:`MAX_STEPS` loop iterations and calls in one render, all loops together;
* no text or list longer than :data:`MAX_TEXT` (a card holds three short lines), output included;
* no number above :data:`MAX_NUMBER` given to a function or filter (``range``, ``center``, ``slice``...), no
  format width of five digits or more, no power of more than :data:`MAX_POWER_BITS` bits;
* at most :data:`TIME_LIMIT_S` seconds, looked at on every step.

Any of them raises :class:`TemplateLimitError` (a sandbox :class:`~jinja2.sandbox.SecurityError`), which the
library turns into a :class:`~postcard.errors.TemplateError` naming the template and its line.
"""

from __future__ import annotations

import contextvars
import functools
import re
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from jinja2 import nodes
from jinja2.runtime import LoopContext
from jinja2.sandbox import SecurityError
from jinja2.visitor import NodeTransformer

from postcard.errors import TemplateLimit

MAX_STEPS = 10_000
MAX_TEXT = 10_000
MAX_NUMBER = 100_000
MAX_SEQUENCE = 10_000  # items of a text or list repeated with *
MAX_POWER_BITS = 4096  # bits of a power's result (2 ** 4096 is already a 1,234-digit number)
TIME_LIMIT_S = 2.0
LOOP_GUARD = "_postcard_loop_guard"
SIZE_GUARD = "_postcard_size_guard"
_WIDE_FORMAT = re.compile(r"%[-+ #0]*(?:\d{5,}|\*)|\{[^{}]*:[^{}]*\d{5,}[^{}]*\}")


class TemplateLimitError(SecurityError):
    """A template went past one of the limits of this module (``limit``: which one)."""

    def __init__(self, message: str, limit: TemplateLimit) -> None:
        super().__init__(message)
        self.limit = limit


@dataclass
class Budget:
    deadline: float
    steps: int = 0


_budget: contextvars.ContextVar[Budget | None] = contextvars.ContextVar("postcard_template_budget", default=None)


@contextmanager
def budget(seconds: float | None = None) -> Iterator[Budget]:
    """Run one render under the limits (a nested render shares the outer budget)."""
    outer = _budget.get()
    if outer is not None:
        yield outer
        return
    current = Budget(time.monotonic() + (TIME_LIMIT_S if seconds is None else seconds))
    token = _budget.set(current)
    try:
        yield current
    finally:
        _budget.reset(token)


def step(count: int = 1) -> None:
    """Count work against the budget; raise when it is spent or the time is up."""
    current = _budget.get()
    if current is None:
        return
    current.steps += count
    if current.steps > MAX_STEPS:
        raise TemplateLimitError(f"loops and calls ran more than {MAX_STEPS:,} times", TemplateLimit.STEPS)
    if time.monotonic() > current.deadline:
        raise TemplateLimitError(f"rendering took longer than {TIME_LIMIT_S:g} s", TemplateLimit.TIME)


def check_size(value: Any) -> Any:
    """``value`` itself, when it is no text or list longer than :data:`MAX_TEXT`."""
    if isinstance(value, str | list | tuple | dict) and len(value) > MAX_TEXT:
        kind = "text" if isinstance(value, str) else "list"
        raise TemplateLimitError(f"a {kind} of {len(value):,} items; at most {MAX_TEXT:,}", TemplateLimit.SIZE)
    return value


def check_arguments(args: Iterable[Any]) -> None:
    for arg in args:
        if isinstance(arg, int) and not isinstance(arg, bool) and abs(arg) > MAX_NUMBER:
            raise TemplateLimitError(f"the number {arg} is too large (at most {MAX_NUMBER:,})", TemplateLimit.NUMBER)
        if isinstance(arg, str) and ("%" in arg or "{" in arg) and _WIDE_FORMAT.search(arg):
            raise TemplateLimitError("a format width of five digits or more", TemplateLimit.FORMAT_WIDTH)


def guard_loop(iterable: Iterable[Any]) -> Iterator[Any]:
    """The items of a ``{% for %}``, each one counted."""
    for item in iterable:
        step()
        yield item


def guard_filter(function: Callable[..., Any]) -> Callable[..., Any]:
    """A filter whose arguments and result are checked (``jinja_pass_arg`` is kept by ``functools.wraps``)."""

    @functools.wraps(function)
    def guarded(*args: Any, **kwargs: Any) -> Any:
        step()
        check_arguments(args)
        check_arguments(kwargs.values())
        return check_size(function(*args, **kwargs))

    return guarded


def guard_call(obj: Any, args: tuple[Any, ...], kwargs: dict[str, Any]) -> tuple[Any, ...]:
    """Check one call a template makes (``range(…)``, a macro, ``loop(…)``, a method); returns the arguments to
    use (the iterable of a recursive ``loop(…)`` is counted like any loop)."""
    step()
    check_arguments(args)
    check_arguments(kwargs.values())
    method = getattr(obj, "__wrapped__", obj)  # the sandbox wraps str.format in a function of its own
    owner = getattr(method, "__self__", None)
    if isinstance(owner, str) and getattr(method, "__name__", "") in ("format", "format_map"):
        check_arguments([owner])
    if isinstance(obj, LoopContext) and args:
        return (guard_loop(args[0]), *args[1:])
    return args


def check_binop(operator: str, left: Any, right: Any) -> None:
    """``*``, ``**``, ``+`` and ``%`` may build big texts or numbers: the result's size is known before it is built."""
    if operator == "*":
        for seq, count in ((left, right), (right, left)):
            if isinstance(seq, str | list | tuple) and isinstance(count, int) and len(seq) * count > MAX_SEQUENCE:
                raise TemplateLimitError(
                    f"a repeated text or list is limited to {MAX_SEQUENCE} items", TemplateLimit.SIZE
                )
    elif operator == "**" and isinstance(left, int) and isinstance(right, int) and abs(left) > 1 and right > 0:
        if left.bit_length() * right > MAX_POWER_BITS:
            raise TemplateLimitError("number too large", TemplateLimit.NUMBER)
    elif operator == "+" and isinstance(left, str | list | tuple) and isinstance(right, str | list | tuple):
        if len(left) + len(right) > MAX_TEXT:
            raise TemplateLimitError(f"a text or list of more than {MAX_TEXT:,} items", TemplateLimit.SIZE)
    elif operator == "%" and isinstance(left, str):
        check_arguments([left])


class _Instrument(NodeTransformer):
    def visit_For(self, node: nodes.For) -> nodes.Node:  # noqa: N802 - jinja's visitor naming
        node = self.generic_visit(node)
        node.iter = nodes.Filter(node.iter, LOOP_GUARD, [], [], None, None, lineno=node.lineno)
        return node

    def visit_Concat(self, node: nodes.Concat) -> nodes.Node:  # noqa: N802 - jinja's visitor naming
        node = self.generic_visit(node)
        return nodes.Filter(node, SIZE_GUARD, [], [], None, None, lineno=node.lineno)


def instrument(tree: nodes.Template) -> nodes.Template:
    """Put a guard around every loop's items and every ``~`` of a parsed template (in place)."""
    _Instrument().visit(tree)
    return tree


def guard_filters(filters: dict[str, Callable[..., Any]]) -> None:
    """Wrap every filter of an environment (in place) and add the two guards :func:`instrument` refers to."""
    for name, function in list(filters.items()):
        filters[name] = guard_filter(function)
    filters[LOOP_GUARD] = guard_loop
    filters[SIZE_GUARD] = check_size
