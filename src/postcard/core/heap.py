"""Long jobs on a worker thread and the cyclic garbage collector.

A full collection walks every object the process holds and keeps the interpreter lock while it does: in the
window (its tables' rows, its Qt wrappers) a pass took 55–95 ms, and a job allocating hundreds of thousands of
objects (an import, a print batch, the follow-ups ranked) set one off every second or so, wherever it ran, so the
window stood still each time. :func:`collect_only_new` freezes what the process held before the job
(``gc.freeze``) until it ends: the job's full collections walk only its own objects.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collect_only_new(*, paused: bool = False, age_new: bool = False) -> Iterator[None]:
    """Collections during the block walk only the objects made in it; ``paused``: none run (the caller collects
    when it chooses). ``age_new``: what the block made joins the oldest generation unwalked, as what was held
    does (a read's rows, handed to the window: paused, the first young collection after a read of 100,000 people
    walked them all, 140 ms). Inside another such block (a batch printed by a task that reads) the outer one's
    freeze stands and ends with it."""
    was_enabled = gc.isenabled()
    outer = gc.get_freeze_count() > 0
    if paused:
        gc.disable()
    if not outer:
        gc.freeze()
    try:
        yield
    finally:
        if age_new:
            gc.freeze()
        if not outer:
            gc.unfreeze()
        if paused and was_enabled:
            gc.enable()
