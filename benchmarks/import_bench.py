"""Figures of imports that must not hurt: a 100,000-row Eight CSV, vCards with big photos, suggested readings.

    python benchmarks/import_bench.py            # full sizes (about a minute)
    python benchmarks/import_bench.py --quick    # 10,000 rows, smaller photos (a smoke check)

Prints a table, like ``run.py``; not a test. Everything happens in a temporary folder, deleted at the end.

1. **100,000-row Eight CSV through ``postcard import``**, as a person runs it: a child process of the real CLI on a
   fresh home, its wall time and its peak RSS (``os.wait4``'s ``ru_maxrss``, the child started by ``launcher.py``
   so that the figure is its own: the largest of the child and what it waited for). Targets **≤ 10 s** and
   **≤ 180 MB**. The home already holds the reading dictionary, which the first import in a home extracts once
   (figure 2); the line below shows a first import with that extraction included.
2. **Extracting the reading dictionary** (``python -m postcard.io.kanwa``, what the first import runs in a child):
   time and peak RSS, kept out of the importing process.
3. **vCards with a big PHOTO** (folded base64, as phones export them): the time to read one card with a photo of
   2, 4, 8 and 43 MB (the sizes of the report: 1.7 / 7.2 / 44 s and "never finished" before). Linear means the
   time per MB stays flat.
4. **Suggested readings on 40 + 40 common names** (``tests/data/readings-common-names.tsv``): how many come out
   right with pykakasi's words alone and with the given-name table; set A was looked at while the table was
   written, set B was held out.
"""

from __future__ import annotations

import argparse
import base64
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import benchdata  # noqa: E402
from command import Launcher  # noqa: E402

MB = 1024 * 1024
IMPORT_S = 10.0
IMPORT_RSS = 180 * MB


def child(launcher: Launcher, cmd: list[str], env: dict[str, str]) -> tuple[float, int, bytes]:
    """Run ``cmd`` through the launcher (started while this process was small, so that the child's peak RSS is its
    own: see ``launcher.py``): (wall seconds, peak RSS in bytes, stdout)."""
    answer = launcher.run(cmd, env)
    return answer["wall"], answer["peak_rss"], answer["stdout"].encode()


def row(figure: str, value: str, target: str = "", ok: bool | None = None) -> None:
    verdict = "" if ok is None else "ok" if ok else "OVER"
    print(f"{figure:<52} {value:<34} {target:<12} {verdict}")


def bench_eight(launcher: Launcher, root: Path, rows: int, env: dict[str, str],
                add: Callable[[str, str, str, bool | None], None] = row, number: int = 1) -> None:  # fmt: skip
    """Figures ``number`` (the import) and ``number + 1`` (the dictionary's extraction), each line given to ``add``
    (figure, measured, target, ok); ``run.py`` passes its table's."""
    from postcard.io.kanwa import dictionary_file

    csv_path = root / "eight.csv"
    csv_path.write_bytes(benchdata.eight_csv(rows))
    scale = rows / 100_000
    postcard = [sys.executable, "-m", "postcard"]

    extract_to = dictionary_file(root / "extracted")
    wall, rss, _out = child(launcher, [sys.executable, "-m", "postcard.io.kanwa", str(extract_to)], env)
    words = sum(1 for _ in extract_to.open(encoding="utf-8"))
    extraction = (wall, rss)

    warm = root / "home-warm"
    target = dictionary_file(warm / "cache")
    target.parent.mkdir(parents=True)
    shutil.copyfile(extract_to, target)
    wall, rss, out = child(launcher, [*postcard, "--home", str(warm), "import", str(csv_path)], env)
    summary = out.decode().splitlines()
    add(f"{number}. postcard import, {rows:,}-row Eight CSV", f"{wall:.2f} s", f"≤ {IMPORT_S * scale:.1f} s",
        wall <= IMPORT_S * scale)  # fmt: skip
    add("   peak RSS", f"{rss / MB:.0f} MB", f"≤ {IMPORT_RSS / MB:.0f} MB", rss <= IMPORT_RSS)
    add("   summary", next((s for s in summary if s.startswith("imported")), "?")[:60], "", None)
    add("   readings suggested / addresses flagged",
        f"{_count(summary, 'suggested readings for')} / {_count(summary, 'may not deliver')}", "", None)  # fmt: skip

    cold = root / "home-cold"
    wall, rss, _out = child(launcher, [*postcard, "--home", str(cold), "import", str(csv_path)], env)
    add("   first import in a new home (with extraction)", f"{wall:.2f} s, peak {rss / MB:.0f} MB (any process)", "",
        None)  # fmt: skip
    add(f"{number + 1}. reading dictionary extracted (child process)",
        f"{extraction[0]:.2f} s, peak {extraction[1] / MB:.0f} MB, {words:,} words", "", None)  # fmt: skip


def _count(lines: list[str], marker: str) -> str:
    line = next((s for s in lines if marker in s), "")
    digits = "".join(ch if ch.isdigit() else " " for ch in line).split()
    return digits[0] if digits else "0"


def photo_card(megabytes: float) -> bytes:
    blob = base64.b64encode(os.urandom(int(megabytes * MB * 3 / 4))).decode()
    body = "\r\n ".join(blob[i : i + 74] for i in range(0, len(blob), 74))
    return (
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:山田;太郎;;;\r\nFN:山田 太郎\r\n"
        f"PHOTO;ENCODING=b;TYPE=JPEG:{body}\r\nEMAIL:taro@example.jp\r\nEND:VCARD\r\n"
    ).encode()


def bench_photos(sizes: list[float]) -> None:
    from postcard.io.vcard import parse_vcards

    per_mb = []
    for size in sizes:
        data = photo_card(size)
        start = time.perf_counter()
        result = parse_vcards(data, "photo.vcf")
        spent = time.perf_counter() - start
        assert [c.email for c in result.contacts] == ["taro@example.jp"], result.issues
        per_mb.append(spent / size)
        row(f"3. vCard with a {size:g} MB PHOTO", f"{spent:.2f} s ({spent / size * 1000:.0f} ms per MB)")
    linear = max(per_mb) <= 2.0 * min(per_mb)
    row("   time per MB, largest / smallest", f"{max(per_mb) / min(per_mb):.2f} ×", "≤ 2 × (linear)", linear)


def bench_readings() -> None:
    from postcard.core.model import Contact
    from postcard.core.readings import ReadingSuggester, read_name
    from postcard.io.kanwa import load_dictionary

    with tempfile.TemporaryDirectory() as cache:
        dictionary = load_dictionary(Path(cache))
    assert dictionary is not None
    suggester = ReadingSuggester(dictionary)
    rows = [line.split("\t") for line in (ROOT / "tests/data/readings-common-names.tsv").read_text("utf-8").splitlines()
            if line and not line.startswith("#")]  # fmt: skip
    for name, label in (("A", "looked at"), ("B", "held out")):
        chosen = [r for r in rows if r[0] == name]
        words = table = 0
        for _set, family, given, fam_r, giv_r in chosen:
            words += (read_name(family, dictionary), read_name(given, dictionary)) == (fam_r, giv_r)
            contact = Contact(family_name=family, given_name=given)
            suggester.suggest(contact)
            table += (contact.suggested_family_reading, contact.suggested_given_reading) == (fam_r, giv_r)
        row(f"4. readings right, set {name} ({label})",
            f"{words}/{len(chosen)} words alone, {table}/{len(chosen)} with names")  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="10,000 rows and photos of 1, 2 and 4 MB")
    args = parser.parse_args(argv)
    launcher = Launcher()  # first, while this process is small: every measured child is started by it
    root = Path(tempfile.mkdtemp(prefix="postcard-import-bench-"))
    env = {**os.environ, "POSTCARD_HOME": str(root / "unused-home")}
    try:
        print(f"{'figure':<52} {'measured':<34} {'target':<12}")
        bench_eight(launcher, root, 10_000 if args.quick else 100_000, env)
        bench_photos([1, 2, 4] if args.quick else [2, 4, 8, 43])
        bench_readings()
    finally:
        launcher.close()
        shutil.rmtree(root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
