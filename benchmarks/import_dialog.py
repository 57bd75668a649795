"""Figures of the import dialog's own work: a file's preview (what the dialog reads before anything is stored) and
the import through a connection of its own (what its worker thread runs), on Eight CSVs of 10,000 and 100,000 rows.

    python benchmarks/import_dialog.py            # 10,000 and 100,000 rows (about half a minute)
    python benchmarks/import_dialog.py --quick    # 2,000 rows (a smoke check)

Prints a table; not a test. Each figure runs in a child process of its own (its wall time and peak RSS from
``os.wait4``), on a fresh temporary home that already holds the reading dictionary.

1. **Preview**: ``compose.importing.preview_file`` with suggested readings, as the dialog calls it on the task
   runner: every record counted, the first 200 prepared. Target **≤ 3 s** and **≤ 120 MB** at 100,000 rows (the
   dialog shows "reading…" meanwhile; memory stays flat because one record is held at a time).
2. **Preview with a column map** (the mapping editor's live preview re-reads the file on each choice): the same file
   read as an unknown CSV with a map of eight columns.
3. **Import** with ``import_with_own_connection``: one transaction, the event linked, readings suggested.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import benchdata  # noqa: E402
from command import Launcher  # noqa: E402

MB = 1024 * 1024
PREVIEW_S, PREVIEW_RSS = 3.0, 120 * MB
CHILD = """
import sys, time
from pathlib import Path
from postcard.app import build_context
from postcard.compose.importing import ImportRequest, import_with_own_connection, preview_file
what, path, home = sys.argv[1], Path(sys.argv[2]), sys.argv[3]
ctx = build_context(home)
mapping = {"company": "会社名", "department": "部署名", "title": "役職", "family_name": "姓", "given_name": "名",
           "email": "e-mail", "postal_code": "郵便番号", "address1": "住所"}
start = time.perf_counter()
if what == "preview":
    result = preview_file(path, readings=ctx.readings)
    print(result.records, len(result.rows))
elif what == "mapped":
    result = preview_file(path, mapping, readings=ctx.readings)
    print(result.records, len(result.rows))
else:
    summary = import_with_own_connection(ctx.paths, ImportRequest((path,), {}, "bench", None), readings=ctx.readings)
    print(summary.imported, summary.address_count)
print(time.perf_counter() - start)
"""


def child(launcher: Launcher, args: list[str], env: dict[str, str]) -> tuple[float, int, str]:
    """(seconds inside the child, its own peak RSS, first output line)."""
    answer = launcher.run([sys.executable, "-c", CHILD, *args], env)
    first, seconds = answer["stdout"].split("\n")[:2]
    return float(seconds), int(answer["peak_rss"] or 0), first


def home_with_dictionary(root: Path, name: str, dictionary: Path) -> Path:
    from postcard.io.kanwa import dictionary_file

    home = root / name
    target = dictionary_file(home / "cache")
    target.parent.mkdir(parents=True)
    shutil.copy(dictionary, target)
    return home


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    sizes = [2_000] if parser.parse_args().quick else [10_000, 100_000]
    launcher = Launcher()  # started while this process is small: each child's peak RSS is its own
    from postcard.io.kanwa import dictionary_file, load_dictionary

    root = Path(tempfile.mkdtemp(prefix="postcard-bench-"))
    env = {**os.environ, "POSTCARD_HOME": str(root / "home")}
    try:
        load_dictionary(root / "dict")
        dictionary = dictionary_file(root / "dict")
        print(f"{'figure':<44} {'rows':>8} {'time':>8} {'peak RSS':>10}  result")
        for rows in sizes:
            path = root / f"eight-{rows}.csv"
            path.write_bytes(benchdata.eight_csv(rows))
            for what in ("preview", "mapped", "import"):
                home = home_with_dictionary(root, f"{what}-{rows}", dictionary)
                seconds, rss, result = child(launcher, [what, str(path), str(home)], env)
                verdict = ""
                if what == "preview" and rows == 100_000:
                    verdict = "ok" if seconds <= PREVIEW_S and rss <= PREVIEW_RSS else "OVER"
                print(f"{what:<44} {rows:>8,} {seconds:>7.2f}s {rss / MB:>8.0f}MB  {result} {verdict}")
    finally:
        launcher.close()
        shutil.rmtree(root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
