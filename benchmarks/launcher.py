"""Starts the measured processes for the benchmarks, from a process of its own that stays small.

On Linux a child's peak RSS (``ru_maxrss``) includes the memory of the process that started it, up to its
``exec``: started from the benchmark script (hundreds of MB after it generated the inputs), every child would
report at least that much. This launcher is started first, while it is still small (about 10 MB), and starts
every measured command for the script: one JSON request a line on stdin (``{"cmd": [...], "env": {...}}``), one
JSON answer a line on stdout (wall seconds from start to exit, the child's peak RSS in bytes from ``os.wait4``,
its exit status, its stdout and the end of its stderr). Only the standard library is imported here.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time


def run(cmd: list[str], env: dict[str, str]) -> dict[str, object]:
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=out, stderr=err, env=env, stdin=subprocess.DEVNULL)
        if hasattr(os, "wait4"):
            _, status, usage = os.wait4(proc.pid, 0)
            wall = time.perf_counter() - start
            code = os.waitstatus_to_exitcode(status)
            peak = usage.ru_maxrss * (1 if sys.platform == "darwin" else 1024)
        else:
            code = proc.wait()
            wall = time.perf_counter() - start
            peak = None
        proc.returncode = code
        out.seek(0)
        err.seek(0)
        return {"wall": wall, "peak_rss": peak, "returncode": code,
                "stdout": out.read().decode("utf-8", "replace"),
                "stderr": err.read().decode("utf-8", "replace")[-4000:]}  # fmt: skip


def main() -> int:
    for line in sys.stdin:
        request = json.loads(line)
        print(json.dumps(run(request["cmd"], request["env"])), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
