"""A guard against a defect of the Qt binding that would end the app mid-evening.

PySide6 6.12.0 gives back ``None`` from every wrapped C++ function that returns nothing without counting the
reference it hands over. On Python 3.12 and later ``None`` is immortal and nothing happens; on Python 3.11 its
count drops by one per call (``label.setText(…)``, ``widget.resize(…)``…), and after some thousands of calls —
a few minutes of typing — the interpreter aborts with "Fatal Python error: none_dealloc: deallocating None".
A signal's ``emit()`` does the same with the ``True`` it gives back: a few hundred signals emitted (a task run
emits two) and the interpreter aborts with "bool_dealloc: deallocating True or False", at the latest as it exits.

:func:`keep_none_alive` probes for the defect and, where it is present, does what Python 3.12 does: gives
``None`` (and ``True``) a count it can never lose (a spare reference costs nothing; they are never freed).
"""

from __future__ import annotations

import ctypes
import sys

#: References given to None: at one lost per call, more than a million years of calls.
SPARE = 1 << 52
PROBE_CALLS = 16


def binding_drops_none() -> bool:
    """True when calls of the binding's void functions take references from ``None`` (the defect above)."""
    from PySide6.QtCore import QObject

    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(PROBE_CALLS):
        probe.setObjectName("probe")
    return sys.getrefcount(None) < before - PROBE_CALLS // 2


def binding_drops_true() -> bool:
    """True when a signal's ``emit`` hands back ``True`` without counting it (the same defect, on a bool)."""
    from PySide6.QtCore import QObject

    probe = QObject()
    before = sys.getrefcount(True)
    for _ in range(PROBE_CALLS):
        probe.objectNameChanged.emit("probe")
    return sys.getrefcount(True) < before - PROBE_CALLS // 2


def _give_spare(obj: object) -> None:
    count = ctypes.c_ssize_t.from_address(id(obj))  # ob_refcnt, the first field of every object
    count.value += SPARE


def keep_none_alive() -> bool:
    """Give ``None`` (and ``True``, which every ``signal.emit()`` hands back uncounted: a few hundred signals and
    the interpreter aborts with "bool_dealloc") a count it cannot lose, when it is counted and the binding drops
    it; returns True if it did."""
    if sys.version_info >= (3, 12):
        return False  # counted as immortal
    gave = False
    if sys.getrefcount(None) <= SPARE // 2 and binding_drops_none():
        _give_spare(None)
        gave = True
    if sys.getrefcount(True) <= SPARE // 2 and binding_drops_true():
        _give_spare(True)
        gave = True
    return gave
