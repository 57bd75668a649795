"""The README's "Everyday use" commands, run as written on the shipped sample (assets/sample-eight.csv)."""

from __future__ import annotations

import csv
import re
import shlex
from pathlib import Path

import pytest
from pypdf import PdfReader

from postcard.cli.main import main

ROOT = Path(__file__).resolve().parents[2]


def everyday_commands() -> list[list[str]]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## Everyday use") :]
    block = re.search(r"```sh\n(.*?)```", section, re.S)
    assert block is not None
    return [shlex.split(line, comments=True) for line in block.group(1).splitlines() if line.startswith("postcard ")]


def test_the_everyday_commands_work_on_the_sample(app_fonts: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                  capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    monkeypatch.chdir(tmp_path)
    (tmp_path / "assets").mkdir()
    (tmp_path / "assets" / "sample-eight.csv").write_bytes((ROOT / "assets" / "sample-eight.csv").read_bytes())
    ran = []
    for argv in everyday_commands():
        args = argv[1:]
        files = [a for a in args[1:2] if args[0] == "import"]
        if files and not Path(files[0]).exists():  # phone.vcf, other.csv: the reader's own files
            continue
        args = ["1" if a == "ID" else a for a in args]  # 髙橋 健太, the sample's first card
        code = main(args)
        out, err = capsys.readouterr()
        assert code == 0, (args, err)
        assert "Traceback" not in out + err
        ran.append(args[0])
    assert ran.count("import") == 1 and "mark-sent" in ran and ran[-1] == "log"
    assert len(PdfReader(tmp_path / "cards.pdf").pages) == 10  # five people, both sides
    with (tmp_path / "log.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 5 and {r["status"] for r in rows} == {"sent"}
