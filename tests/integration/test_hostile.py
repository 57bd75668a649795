"""One hostile input of each class of issue 8, through the command line: each ends in a clear message or the right
result, never a traceback, a hang, a silent accept of a card that cannot arrive, or a replaced file.

(``benchmarks/hostile.py`` runs many more of each class in child processes and counts them.)
"""

from __future__ import annotations

import os
import random
import sqlite3
from pathlib import Path

import pytest

from postcard.cli.main import main

EIGHT = "会社名,部署名,役職,姓,名,e-mail,郵便番号,住所,TEL会社,TEL部門,TEL直通,Fax,携帯電話,URL,名刺交換日\n"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exc:  # argparse's usage errors
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    assert all(len(line) <= 300 for line in (out + err).splitlines())
    return code, out, err


def one_line(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    code, _out, err = run(capsys, *argv)
    assert code in (1, 2) and err.count("\n") == 1
    return err


@pytest.fixture
def home(app_fonts: object, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "demo")[0] == 0


def test_addresses_a_card_that_cannot_arrive_is_not_printed(home: None, capsys: pytest.CaptureFixture[str],
                                                             tmp_path: Path) -> None:  # fmt: skip
    code, out, _ = run(capsys, "add-contact", "--family-name", "大阪", "--postal-code", "100-0005", "--address1",
                       "大阪府大阪市北区梅田3-1-1")  # fmt: skip
    cid = out.split()[1].rstrip(":")
    code, _out, err = run(capsys, "render", "--contacts", cid, "--out", str(tmp_path / "x.pdf"))
    assert code == 1 and "may not arrive: the postal code is in 東京都, the address in 大阪府" in err
    assert not (tmp_path / "x.pdf").exists()


def test_templates_a_loop_without_end_is_stopped_and_named(home: None, capsys: pytest.CaptureFixture[str],
                                                           tmp_path: Path) -> None:  # fmt: skip
    folder = Path(os.environ["POSTCARD_HOME"]) / "config" / "templates"
    (folder / "loop.j2").write_text("{% for i in range(99999) %}{% for j in range(99999) %}x{% endfor %}{% endfor %}")
    err = one_line(capsys, "draft", "1", "--template", "loop")
    assert err.startswith("postcard: loop.j2 line 1:") and "10,000" in err


def test_imports_random_bytes_are_one_short_line(home: None, capsys: pytest.CaptureFixture[str],
                                                 tmp_path: Path) -> None:  # fmt: skip
    path = tmp_path / "noise.csv"
    path.write_bytes(random.Random(26).randbytes(26_000))
    code, out, _err = run(capsys, "import", str(path))
    assert code == 1 and f"error: {path}: not a contact file (neither vCard nor CSV text)" in out


def test_imports_a_name_in_a_script_the_cards_cannot_shape_is_refused(home: None, capsys: pytest.CaptureFixture[str],
                                                                       tmp_path: Path) -> None:  # fmt: skip
    path = tmp_path / "eight.csv"
    path.write_text(EIGHT + ",,,محمد,علي" + "," * 10 + "\n", encoding="utf-8")
    code, out, _err = run(capsys, "import", str(path))
    assert code == 1 and f"{path}:2: 'علي محمد' is written in Arabic script" in out  # given name first


def test_store_random_bytes_mid_file_name_the_backup(capsys: pytest.CaptureFixture[str]) -> None:
    for i in range(40):
        assert run(capsys, "add-contact", "--family-name", f"山田{i}", "--notes", "メモ" * 100)[0] == 0
    data_dir = Path(os.environ["POSTCARD_HOME"]) / "data"
    backups = list((data_dir / "backups").glob("postcard-*.sqlite3"))
    assert backups  # a home with contacts keeps a weekly copy
    db = data_dir / "postcard.sqlite3"
    data = bytearray(db.read_bytes())
    for page in range(2, len(data) // 4096 - 1, 2):
        data[page * 4096 : (page + 1) * 4096] = random.Random(page).randbytes(4096)
    db.write_bytes(bytes(data))
    err = one_line(capsys, "contacts")
    assert "damaged" in err and "the last backup is" in err


def test_store_tables_without_a_version_are_refused(capsys: pytest.CaptureFixture[str]) -> None:
    data_dir = Path(os.environ["POSTCARD_HOME"]) / "data"
    data_dir.mkdir(parents=True)
    conn = sqlite3.connect(data_dir / "postcard.sqlite3")
    conn.execute("CREATE TABLE contacts (id INTEGER PRIMARY KEY)")
    conn.execute("PRAGMA user_version = -1")
    conn.commit()
    conn.close()
    assert "no postcard schema version (user_version -1)" in one_line(capsys, "contacts")


def test_values_nan_offsets_are_refused(home: None, capsys: pytest.CaptureFixture[str]) -> None:
    assert "address_dy" in one_line(capsys, "calibrate", "--side", "address", "--dy", "nan")


def test_outputs_a_fifo_is_never_replaced(home: None, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    fifo = tmp_path / "out.pdf"
    os.mkfifo(fifo)
    assert str(fifo) in one_line(capsys, "render", "--contacts", "1", "--no-log", "--out", str(fifo))
    assert fifo.is_fifo()


def test_exports_a_formula_is_quoted(home: None, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert run(capsys, "add-contact", "--family-name", "=1+1", "--given-name", "太郎")[0] == 0
    out = tmp_path / "contacts.csv"
    assert run(capsys, "export", str(out))[0] == 0
    assert "'=1+1" in out.read_text(encoding="utf-8-sig")
