"""Hostile inputs through the real command line, on a fresh home; prints what each one got. Not a test.

    python benchmarks/hostile.py            # every case (about two minutes)
    python benchmarks/hostile.py --list     # the cases, without running them

Each case runs ``python -m postcard --home HOME …`` in a child process (with a time limit) and is counted as one of:

* **clear**: a clear message (exit 1 or 2, every line of stderr short, no traceback), or the right result;
* **traceback**: Python's traceback reached the user;
* **hang**: the command did not end within its time limit (killed);
* **silent**: the command said nothing wrong but did the wrong thing (printed a card that cannot arrive, stored
  mojibake, wrote a formula into a CSV...);
* **replaced**: a file at ``--out`` that was not a regular file (a FIFO, a symbolic link, a device) was replaced.

Targets: 0 tracebacks, 0 hangs, 0 silent accepts of a card that cannot be delivered, 0 files replaced. The classes
are those of issue 8 (addresses, templates, imports, the store, values, outputs); the unit tests hold one case of
each (``tests/integration/test_hostile.py``). Everything happens in a temporary folder, deleted at the end.
"""

from __future__ import annotations

import argparse
import base64
import json
import os
import random
import resource
import shutil
import signal
import sqlite3
import stat
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LINE = 300  # a message line longer than this is not "one readable line"
VERDICTS = ("clear", "traceback", "hang", "silent", "replaced")


@dataclass
class Result:
    code: int
    out: str
    err: str
    hung: bool


@dataclass
class Case:
    group: str
    name: str
    run: Callable[[Path], str]  # returns a verdict


class Runner:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.home = root / "home"

    def cli(self, *args: str, home: Path | None = None, timeout: float = 60, limit_file: int | None = None,
            cwd: Path | None = None) -> Result:  # fmt: skip
        cmd = [sys.executable, "-m", "postcard", "--home", str(home or self.home), *args]

        def prepare() -> None:
            if limit_file is not None:  # as a disk that fills up: writes past this size fail
                signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
                resource.setrlimit(resource.RLIMIT_FSIZE, (limit_file, limit_file))

        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT / "src")}
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=cwd or self.root,
                                preexec_fn=prepare, stdin=subprocess.DEVNULL, start_new_session=True)  # fmt: skip
        try:
            out, err = proc.communicate(timeout=timeout)
            return Result(proc.returncode, out.decode(errors="replace"), err.decode(errors="replace"), False)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            out, err = proc.communicate()
            return Result(-9, out.decode(errors="replace"), err.decode(errors="replace"), True)

    def add(self, *fields: str) -> int:
        result = self.cli("add-contact", *fields)
        assert result.code == 0, result.err
        return int(result.out.split()[1].rstrip(":"))


def refused(result: Result, *needles: str) -> str:
    """The verdict for a command that must refuse with a clear message (mentioning each needle)."""
    if result.hung:
        return "hang"
    if "Traceback" in result.err + result.out:
        return "traceback"
    if result.code == 0:
        return "silent"
    lines = result.err.strip().splitlines()
    clear = lines and all(len(line) <= LINE for line in lines) and all(n in result.err for n in needles)
    return "clear" if clear else "silent"


def reported(result: Result, *needles: str) -> str:
    """The verdict for a command that must report a problem somewhere in what it prints (an import's summary)."""
    if result.hung:
        return "hang"
    if "Traceback" in result.err + result.out:
        return "traceback"
    text = result.out + result.err
    clear = all(n in text for n in needles) and all(len(line) <= LINE for line in text.splitlines())
    return "clear" if clear else "silent"


def done(result: Result, ok: bool) -> str:
    """The verdict for a command that must succeed with the right result (``ok``)."""
    if result.hung:
        return "hang"
    if "Traceback" in result.err + result.out:
        return "traceback"
    too_long = any(len(line) > LINE * 3 for line in (result.out + result.err).splitlines())
    return "clear" if result.code == 0 and ok and not too_long else "silent"


# --- the cases ------------------------------------------------------------------------------------------------
def address_cases() -> list[Case]:
    bad = {
        "no address": ("--family-name", "住所", "--given-name", "なし"),
        "postal code ABC-DEFG!!": ("--family-name", "記号", "--postal-code", "ABC-DEFG!!", "--address1",
                                   "東京都千代田区丸の内1-9-1"),
        "postal code 000-0000": ("--family-name", "零", "--postal-code", "000-0000", "--address1",
                                 "東京都千代田区丸の内1-9-1"),
        "〒100-0005 with an Osaka address": ("--family-name", "大阪", "--postal-code", "100-0005", "--address1",
                                            "大阪府大阪市北区梅田3-1-1"),
        "no street number": ("--family-name", "番地", "--given-name", "なし", "--postal-code", "100-0005",
                             "--address1", "東京都千代田区丸の内"),
    }  # fmt: skip

    def printing(fields: tuple[str, ...]) -> Callable[[Path], str]:
        def case(_root: Path) -> str:
            cid = RUNNER.add(*fields)
            out = RUNNER.root / f"bad-{cid}.pdf"
            result = RUNNER.cli("render", "--contacts", str(cid), "--out", str(out))
            verdict = refused(result, "may not arrive")
            return "silent" if verdict == "clear" and out.exists() else verdict

        return case

    def town_is_city(_root: Path) -> str:
        cid = RUNNER.add("--family-name", "八幡", "--postal-code", "796-0088", "--address2", "1378番地")
        data = json.loads(RUNNER.cli("contacts", "--json", "--search", "八幡").out)
        mine = next(c for c in data if c["id"] == cid)
        return "clear" if mine["address1"] == "愛媛県八幡浜市" else "silent"

    cases = [Case("addresses", f"render: {name}", printing(fields)) for name, fields in bad.items()]
    return [*cases, Case("addresses", "〒796-0088 completes to 愛媛県八幡浜市 (once)", town_is_city)]


def template_cases() -> list[Case]:
    folder = lambda: RUNNER.home / "config" / "templates"  # noqa: E731 - a short accessor
    sources = {
        "loop": "{% for i in range(99999) %}{% for j in range(99999) %}x{% endfor %}{% endfor %}",
        "double": "{% macro m(n) %}{% if n < 40 %}{{ m(n + 1) }}{{ m(n + 1) }}{% endif %}{% endmacro %}{{ m(1) }}",
        "wide": "{{ 'x'|center(10**9) }}",
        "grow": "{% set ns = namespace(s='x') %}{% for i in range(40) %}{% set ns.s = ns.s ~ ns.s %}{% endfor %}"
        "{{ ns.s }}",
    }  # fmt: skip

    def write(name: str, source: str) -> None:
        folder().mkdir(parents=True, exist_ok=True)
        (folder() / f"{name}.j2").write_text("{# title: " + name + " #}\n" + source + "\n", encoding="utf-8")

    def render(name: str) -> Callable[[Path], str]:
        def case(_root: Path) -> str:
            write(name, sources[name])
            out = RUNNER.root / f"t-{name}.pdf"
            return refused(RUNNER.cli("render", "--contacts", "1", "--template", name, "--no-log", "--out", str(out),
                                      timeout=30), f"{name}.j2")  # fmt: skip

        return case

    def draft(_root: Path) -> str:
        write("loop", sources["loop"])
        return refused(RUNNER.cli("draft", "1", "--template", "loop", timeout=30), "loop.j2")

    def shadow(_root: Path) -> str:
        write("ja-seminar", "ありがとうございました")
        result = RUNNER.cli("templates")
        line = next((l for l in result.out.splitlines() if l.startswith("ja-seminar")), "")  # noqa: E741
        return done(result, "replaces the bundled one" in line)

    def symlink(_root: Path) -> str:
        folder().mkdir(parents=True, exist_ok=True)
        link = folder() / "passwd.j2"
        if not link.is_symlink():
            os.symlink("/etc/passwd", link)
        listed = RUNNER.cli("templates")
        line = next((l for l in listed.out.splitlines() if l.startswith("passwd")), "")  # noqa: E741
        used = RUNNER.cli("render", "--contacts", "1", "--template", "passwd", "--no-log", "--out",
                          str(RUNNER.root / "pw.pdf"))  # fmt: skip
        return done(listed, "refused" in line and "symbolic link" in line) if refused(used) == "clear" else "silent"

    return [Case("templates", f"render with a user template: {n}", render(n)) for n in sources] + [
        Case("templates", "draft --template loop validates first", draft),
        Case("templates", "a user template named like a bundled one is listed as overriding", shadow),
        Case("templates", "a symlinked template is refused and listed", symlink),
    ]


def import_cases() -> list[Case]:
    eight = "会社名,部署名,役職,姓,名,e-mail,郵便番号,住所,TEL会社,TEL部門,TEL直通,Fax,携帯電話,URL,名刺交換日\n"

    def row(**cells: str) -> str:
        columns = eight.strip().split(",")
        return ",".join(cells.get(c, "") for c in columns) + "\n"

    def file(name: str, data: bytes) -> Path:
        path = RUNNER.root / name
        path.write_bytes(data)
        return path

    def photo(megabytes: int) -> Callable[[Path], str]:
        def case(_root: Path) -> str:
            blob = base64.b64encode(os.urandom(megabytes * 1024 * 1024 * 3 // 4)).decode()
            body = "\r\n ".join(blob[i : i + 74] for i in range(0, len(blob), 74))
            card = f"BEGIN:VCARD\r\nVERSION:3.0\r\nN:写真;{megabytes}MB;;;\r\nPHOTO;ENCODING=b:{body}\r\nEND:VCARD\r\n"
            result = RUNNER.cli("import", str(file(f"photo{megabytes}.vcf", card.encode())), timeout=60)
            return done(result, "imported 1" in result.out)

        return case

    def noise(_root: Path) -> str:
        data = random.Random(8).randbytes(26_000)
        return reported(RUNNER.cli("import", str(file("noise.csv", data))), "noise.csv: not a contact", "imported 0")

    def cp1252(_root: Path) -> str:
        text = "First Name,Last Name,Business City,E-mail Address\r\nJürgen,Müller,München,jm@example.de\r\n"
        result = RUNNER.cli("import", str(file("outlook.csv", text.encode("cp1252"))))
        found = RUNNER.cli("contacts", "--search", "Müller").out
        return done(result, "imported 1" in result.out and "München" in found)

    def bad_utf8(_root: Path) -> str:
        data = b"BEGIN:VCARD\r\nVERSION:3.0\r\nN:\xe5\xb1\xb1\xe7\x94\xb0;\xff\xfe\xfd;;;\r\nEND:VCARD\r\n"
        return reported(RUNNER.cli("import", str(file("bad.vcf", data))), "bad.vcf:1: undecodable bytes in the name")

    def script(family: str, given: str, name: str) -> Callable[[Path], str]:
        def case(_root: Path) -> str:
            result = RUNNER.cli("import", str(file(f"{name}.csv", (eight + row(姓=family, 名=given)).encode())))
            return reported(result, f"{name}.csv:2:", family, name, "imported 0")

        return case

    def nameless(_root: Path) -> str:
        result = RUNNER.cli("import", str(file("nameless.csv", (eight + row(**{"e-mail": "a@example.jp"})).encode())))
        return done(result, "nameless.csv:2:" in result.out and "without a name" in result.out)

    def long_value(_root: Path) -> str:
        text = (
            eight
            + row(姓="長", 名="値", 名刺交換日="9" * 100_000)
            + row(姓="長", 名="値二", 名刺交換日="9" * 1_700_000)
        )
        result = RUNNER.cli("import", str(file("long.csv", text.encode())))
        return done(result, max(map(len, (result.out + result.err).splitlines())) <= LINE)

    return [
        Case("imports", "vCard with a 8 MB PHOTO", photo(8)),
        Case("imports", "vCard with a 43 MB PHOTO", photo(43)),
        Case("imports", "26 KB of random bytes as a CSV", noise),
        Case("imports", "CP1252 Outlook CSV (Müller, München)", cp1252),
        Case("imports", "invalid UTF-8 in a vCard name", bad_utf8),
        Case("imports", "an Arabic name", script("محمد", "علي", "Arabic")),
        Case("imports", "a Devanagari name", script("शर्मा", "राहुल", "Devanagari")),
        Case("imports", "a Hebrew name", script("כהן", "דוד", "Hebrew")),
        Case("imports", "a Thai name", script("ใจดี", "สมชาย", "Thai")),
        Case("imports", "a nameless Eight row (only an e-mail)", nameless),
        Case("imports", "a 1.7 MB cell gives short messages", long_value),
    ]


def store_cases() -> list[Case]:
    def fresh(name: str, contacts: int = 30) -> Path:
        home = RUNNER.root / name
        for i in range(contacts):
            RUNNER.cli("add-contact", "--family-name", f"山田{i}", "--notes", "メモ" * 100, home=home)
        return home

    def damaged(_root: Path) -> str:
        home = fresh("damaged")
        db = home / "data" / "postcard.sqlite3"
        data = bytearray(db.read_bytes())
        for page in range(2, len(data) // 4096 - 1, 2):
            data[page * 4096 : (page + 1) * 4096] = random.Random(page).randbytes(4096)
        db.write_bytes(bytes(data))
        return refused(RUNNER.cli("contacts", home=home), "damaged", "backup")

    def version(value: int) -> Callable[[Path], str]:
        def case(_root: Path) -> str:
            home = RUNNER.root / f"version{value}"
            (home / "data").mkdir(parents=True)
            conn = sqlite3.connect(home / "data" / "postcard.sqlite3")
            conn.execute("CREATE TABLE contacts (id INTEGER PRIMARY KEY)")
            conn.execute(f"PRAGMA user_version = {value}")
            conn.commit()
            conn.close()
            return refused(RUNNER.cli("contacts", home=home), "schema version")

        return case

    def read_only(_root: Path) -> str:
        home = fresh("readonly", 2)
        if os.geteuid() == 0:  # root may write anywhere: make the home immutable instead
            if subprocess.run(["chattr", "-R", "+i", str(home)], capture_output=True).returncode:
                return "clear-unknown"
            try:
                result = RUNNER.cli("add-contact", "--family-name", "書けない", home=home)
            finally:
                subprocess.run(["chattr", "-R", "-i", str(home)], capture_output=True)
        else:
            for path in [*home.rglob("*"), home]:
                os.chmod(path, path.stat().st_mode & ~0o222)
            result = RUNNER.cli("add-contact", "--family-name", "書けない", home=home)
        verdict = refused(result, "cannot write to")
        return "silent" if verdict == "clear" and "damaged" in result.err else verdict

    def disk_full(_root: Path) -> str:
        home = fresh("full", 1)
        rows = "".join(f"株式会社{i},,,山田,{i}郎,taro{i}@example.jp,100-0005,東京都千代田区丸の内1-{i}-1,,,,,,,\n"
                       for i in range(20_000))  # fmt: skip
        path = RUNNER.root / "big.csv"
        path.write_text("会社名,部署名,役職,姓,名,e-mail,郵便番号,住所,TEL会社,TEL部門,TEL直通,Fax,携帯電話,URL,名刺交換日\n"
                        + rows, encoding="utf-8")  # fmt: skip
        size = (home / "data" / "postcard.sqlite3").stat().st_size
        result = RUNNER.cli("import", str(path), home=home, limit_file=size + 256 * 1024)
        after = RUNNER.cli("contacts", home=home)
        verdict = refused(result)
        return verdict if after.out.count("\n") <= 2 or verdict != "clear" else "silent"  # rolled back: 1 left

    def twice(_root: Path) -> str:
        RUNNER.cli("add-event", "勉強会")
        return refused(RUNNER.cli("add-event", "勉強会"), "exists already")

    def concurrent(_root: Path) -> str:
        home = fresh("concurrent", 0)
        paths = []
        for n in range(3):
            path = RUNNER.root / f"c{n}.csv"
            path.write_text("姓,名,姓かな,名かな\n" + f"佐藤,{n}郎,さとう,じろう\n", encoding="utf-8")
            paths.append(path)
        env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
        procs = [subprocess.Popen([sys.executable, "-m", "postcard", "--home", str(home), "import", str(p), "--event",
                                   "同時の会"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
                 for p in paths]  # fmt: skip
        errors = [proc.communicate(timeout=60)[1].decode() for proc in procs]
        if any("Traceback" in e for e in errors):
            return "traceback"
        events = json.loads(RUNNER.cli("events", "--json", home=home).out)
        return "clear" if [e["name"] for e in events] == ["同時の会"] and events[0]["contacts"] == 3 else "silent"

    return [
        Case("store", "random bytes in the middle of the database", damaged),
        Case("store", "user_version 0 with tables", version(0)),
        Case("store", "user_version -1 with tables", version(-1)),
        Case("store", "a read-only home", read_only),
        Case("store", "the disk fills up during an import", disk_full),
        Case("store", "add-event with a name that exists", twice),
        Case("store", "three imports into one new event at once", concurrent),
    ]


def value_cases() -> list[Case]:
    def formula(_root: Path) -> str:
        RUNNER.add("--family-name", '=HYPERLINK("http://x","y")', "--given-name", "太郎")
        out = RUNNER.root / "contacts.csv"
        result = RUNNER.cli("export", str(out))
        text = out.read_text(encoding="utf-8-sig")
        return done(result, "'=HYPERLINK" in text and "\n=HYPERLINK" not in text and ",=HYPERLINK" not in text)

    simple = {
        "render --event ''": (["render", "--event", "", "--out", "e.pdf"], "name the event"),
        "render --design ../x": (["render", "--contacts", "1", "--design", "../x", "--no-log", "--out", "d.pdf"],
                                 "design"),
        "calibrate --dy nan": (["calibrate", "--side", "address", "--dy", "nan"], "address_dy"),
        "calibrate --dx 1e9": (["calibrate", "--side", "address", "--dx", "1e9"], "address_dx"),
        "contacts --recent -5": (["contacts", "--recent", "-5"], "--recent"),
        "edit-contact --interval -3": (["edit-contact", "1", "--interval", "-3"], "--interval"),
        "touch 10**30": (["touch", "1" + "0" * 30], "id"),
        "render --seed -1": (["render", "--contacts", "1", "--seed", "-1", "--out", "s.pdf"], "seed"),
        "mark-sent --event with nothing printed": (["mark-sent", "--event", "地域DXセミナー2026"], "no printed card"),
    }  # fmt: skip

    def one(args: list[str], needle: str) -> Callable[[Path], str]:
        return lambda _root: refused(RUNNER.cli(*args), needle)

    return [Case("values", name, one(*spec)) for name, spec in simple.items()] + [
        Case("values", "a name starting with = exported to CSV", formula)
    ]


def output_cases() -> list[Case]:
    def target(kind: str) -> Callable[[Path], str]:
        def case(_root: Path) -> str:
            path = RUNNER.root / f"out-{kind}.pdf"
            if kind == "fifo":
                os.mkfifo(path)
            elif kind == "symlink-to-dir":
                os.symlink(RUNNER.root, path)
            elif kind == "directory":
                path.mkdir()
            elif kind == "device":
                path = Path("/dev/null")
            before = os.lstat(path)
            result = RUNNER.cli("render", "--contacts", "1", "--no-log", "--force-address", "--out", str(path),
                                timeout=30)  # fmt: skip
            after = os.lstat(path)
            if stat.S_IFMT(before.st_mode) != stat.S_IFMT(after.st_mode) or before.st_ino != after.st_ino:
                return "replaced"
            return refused(result, str(path))

        return case

    return [Case("outputs", f"--out is a {kind}", target(kind)) for kind in ("fifo", "symlink-to-dir", "directory",
                                                                             "device")]  # fmt: skip


RUNNER: Runner


def all_cases() -> list[Case]:
    return [*address_cases(), *template_cases(), *import_cases(), *store_cases(), *value_cases(), *output_cases()]


def main(argv: list[str] | None = None) -> int:
    global RUNNER
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--list", action="store_true", help="list the cases without running them")
    args = parser.parse_args(argv)
    cases = all_cases()
    if args.list:
        for case in cases:
            print(f"{case.group:<10} {case.name}")
        return 0
    root = Path(tempfile.mkdtemp(prefix="postcard-hostile-"))
    RUNNER = Runner(root)
    counts: Counter[str] = Counter()
    try:
        setup = RUNNER.cli("demo")
        assert setup.code == 0, setup.err
        for case in cases:
            start = time.perf_counter()
            try:
                verdict = case.run(root)
            except Exception as exc:  # noqa: BLE001 - a case that cannot even be set up is reported, not fatal
                verdict = f"error in the case: {exc!r}"[:80]
            counts[verdict if verdict in VERDICTS else "clear-unknown"] += 1
            print(f"{case.group:<10} {case.name:<62} {verdict:<10} {time.perf_counter() - start:5.1f} s", flush=True)
    finally:
        shutil.rmtree(root, ignore_errors=True)
    print()
    print(f"cases tried {sum(counts.values())}, clear messages or right results {counts['clear']}, "
          f"tracebacks {counts['traceback']}, hangs {counts['hang']}, silent accepts {counts['silent']}, "
          f"files replaced {counts['replaced']}" + (f", cases that failed to run {counts['clear-unknown']}"
                                                      if counts["clear-unknown"] else ""))  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
