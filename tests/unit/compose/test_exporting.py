"""The log written for a spreadsheet: a BOM for Excel, CRLF lines, a formula-like cell quoted."""

from __future__ import annotations

import csv
from pathlib import Path

from postcard.compose.exporting import write_log_csv
from postcard.core.model import Card, CardStatus
from postcard.store.cards import LogRow


def test_the_log_is_written_for_excel(tmp_path: Path) -> None:
    rows = [
        LogRow(Card(contact_id=1, text="先日は\nありがとう", status=CardStatus.PRINTED, id=4), "山田 太郎", "勉強会"),
        LogRow(Card(contact_id=2, text="=HYPERLINK(1)", id=5), "=cmd", ""),
    ]
    path = tmp_path / "log.csv"
    write_log_csv(path, rows)
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    assert data.count(b"\r\n") >= 3
    with path.open(encoding="utf-8-sig", newline="") as handle:
        read = list(csv.DictReader(handle))
    assert [(r["card_id"], r["contact"], r["event"], r["status"]) for r in read] == [
        ("4", "山田 太郎", "勉強会", "printed"),
        ("5", "'=cmd", "", "draft"),
    ]
    assert read[0]["text"] == "先日は\nありがとう"
    assert read[1]["text"] == "'=HYPERLINK(1)"
