"""Editing the book from the shell: sender, contacts, drafts of personal lines, layout settings."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from postcard.cli.main import main
from postcard.compose.book import parse_tags


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_a_new_user_sets_up_a_sender_adds_a_contact_drafts_and_prints(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(capsys, "sender")[1].startswith("no sender yet")
    sender = ["--family-name", "小林", "--given-name", "葵", "--postal-code", "〒151-0051"]
    sender += ["--address1", "東京都渋谷区千駄ヶ谷", "--address2", "1-2-3"]
    code, out, _ = run(capsys, "sender", "--add", *sender)
    assert code == 0 and "* " in out and "1510051" in out  # the first profile is the default
    code, out, _ = run(capsys, "add-contact", "--family-name", "山田", "--given-name", "太郎", "--family-reading",
                       "ヤマダ", "--postal-code", "100-0005", "--address2", "1-9-1", "--met", "2026-11-20")  # fmt: skip
    assert code == 0 and "address completed" in out
    assert run(capsys, "add-event", "勉強会", "--date", "2026-11-20", "--contacts", "1")[0] == 0
    assert run(capsys, "draft", "1", "--event", "勉強会", "--personal", "お話がとても勉強になりました")[0] == 0
    pdf = tmp_path / "cards.pdf"
    assert run(capsys, "render", "--event", "勉強会", "--out", str(pdf), "--seed", "1")[0] == 0
    code, out, _ = run(capsys, "log", "--json")
    [row] = json.loads(out)
    assert row["status"] == "printed" and "お話がとても勉強になりました" in row["text"]
    assert row["personal"] == "お話がとても勉強になりました"
    assert len(json.loads(run(capsys, "log", "--json", "--search", "勉強")[1])) == 1  # the card's text
    assert len(json.loads(run(capsys, "log", "--json", "--search", "やまだ")[1])) == 1  # the reading
    assert json.loads(run(capsys, "log", "--json", "--search", "佐藤")[1]) == []
    [contact] = json.loads(run(capsys, "contacts", "--json")[1])
    assert contact["address1"] == "東京都千代田区丸の内" and contact["met_on"] == "2026-11-20"


def test_a_duplicate_contact_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    args = ("add-contact", "--family-name", "山田", "--given-name", "太郎", "--email", "t@example.jp")
    assert run(capsys, *args)[0] == 0
    code, _, err = run(capsys, *args)
    assert code == 1 and "already in the book (id 1)" in err


def test_draft_text_is_held_to_three_lines(capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, "add-contact", "--family-name", "山田", "--given-name", "太郎")
    code, _, err = run(capsys, "draft", "1", "--text", "一/二/三/四")
    assert code == 1 and "4 lines" in err
    assert run(capsys, "draft", "1", "--text", "一/二/三")[0] == 0
    assert run(capsys, "draft", "1", "--template", "no-such-template")[0] == 1


def test_edit_archive_and_restore(capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, "add-contact", "--family-name", "山田", "--given-name", "太郎")
    assert run(capsys, "edit-contact", "1", "--title", "部長", "--tags", "VIP, 勉強会", "--key-person", "yes")[0] == 0
    [c] = json.loads(run(capsys, "contacts", "--json")[1])
    assert (c["title"], c["tags"], c["key_person"]) == ("部長", ["VIP", "勉強会"], True)
    run(capsys, "archive", "1")
    assert json.loads(run(capsys, "contacts", "--json")[1]) == []
    assert len(json.loads(run(capsys, "contacts", "--json", "--archived")[1])) == 1
    run(capsys, "archive", "1", "--undo")
    assert len(json.loads(run(capsys, "contacts", "--json")[1])) == 1
    assert run(capsys, "archive", "99")[0] == 1


def test_edit_contact_tags_split_as_the_window_and_the_importer_split_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    typed = "VIP、勉強会；大阪 ::: ＶＩＰ, golf  club"
    expected = ["VIP", "勉強会", "大阪", "golf club"]
    mine = tmp_path / "mine.csv"
    mine.write_text(f'Namae,Label\n佐藤 花子,"{typed}"\n', encoding="utf-8")
    assert run(capsys, "import", str(mine), "--map", "full_name=Namae,tags=Label")[0] == 0
    run(capsys, "add-contact", "--family-name", "山田", "--given-name", "太郎")
    assert run(capsys, "edit-contact", "2", "--tags", typed)[0] == 0
    by_id = {c["id"]: c["tags"] for c in json.loads(run(capsys, "contacts", "--json")[1])}
    assert by_id == {1: expected, 2: expected}
    assert parse_tags(typed) == expected  # the contact editor's field
    assert run(capsys, "edit-contact", "2", "--tags", "")[0] == 0
    assert {c["id"]: c["tags"] for c in json.loads(run(capsys, "contacts", "--json")[1])}[2] == []


def test_settings_are_checked_and_kept(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "settings", "ink=#112233", "variation=0.5", "zip_frames=yes")
    assert code == 0 and "ink = #112233" in out and "variation = 0.5" in out and "zip_frames = True" in out
    assert "variation = 0.5" in run(capsys, "settings")[1]  # saved
    for bad in ("pen=thick", "variation=9", "ink=blue", "nonsense=1", "zip_frames=maybe"):
        code, _, err = run(capsys, "settings", bad)
        assert code == 1 and err.count("\n") == 1, bad
    assert "variation = 0.5" in run(capsys, "settings")[1]  # a refused value changes nothing
