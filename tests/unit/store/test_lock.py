"""The instance lock: the second window learns that another one has the book open."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from postcard.store.lock import InstanceLock


def test_second_lock_is_refused_until_the_first_is_released(tmp_path: Path) -> None:
    first, second = InstanceLock(tmp_path / "postcard.lock"), InstanceLock(tmp_path / "postcard.lock")
    assert first.acquire()
    assert not second.acquire()
    assert second.holder() == str(os.getpid())
    first.release()
    assert second.acquire()
    second.release()


def test_a_lock_held_by_another_process_is_seen_and_dies_with_it(tmp_path: Path) -> None:
    path = tmp_path / "postcard.lock"
    code = (
        "import sys, time; from pathlib import Path; from postcard.store.lock import InstanceLock; "
        f"lock = InstanceLock(Path({str(path)!r})); assert lock.acquire(); print('held', flush=True); "
        "sys.stdin.readline()"
    )
    with subprocess.Popen(
        [sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    ) as child:
        try:
            assert child.stdout is not None and child.stdout.readline().strip() == "held"
            mine = InstanceLock(path)
            assert not mine.acquire()
            assert mine.holder() == str(child.pid)
        finally:
            child.kill()
            child.wait()
    assert mine.acquire()  # the dead process's lock went with it
    mine.release()
