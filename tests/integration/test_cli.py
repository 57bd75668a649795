"""The command line end to end, in the temporary home that conftest sets (POSTCARD_HOME)."""

from __future__ import annotations

import csv
import datetime as dt
import json
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from postcard.app import build_context
from postcard.cli.main import main
from postcard.core.model import Card, CardStatus, Contact
from postcard.demo import DEMO_EVENT
from postcard.store.store import Store

TODAY = dt.date.today()


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def ok(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    code, out, err = run(capsys, *argv)
    assert code == 0, err
    return out


def failed(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    """Run a command that must fail as a user error: exit 1, one line on stderr, no traceback."""
    code, out, err = run(capsys, *argv)
    assert code == 1
    assert err.startswith("postcard: ") and err.count("\n") == 1
    assert "Traceback" not in err + out
    return err


@contextmanager
def opened_store() -> Iterator[Store]:
    ctx = build_context()
    try:
        yield ctx.store
    finally:
        ctx.close()


def demo_ids() -> dict[str, int]:
    with opened_store() as store:
        return {c.family_name or c.company: c.id for c in store.contacts.list()}  # type: ignore[misc]


def print_cards(*names: str) -> list[int]:
    """Log printed cards for demo contacts, as a print batch would."""
    ids = demo_ids()
    with opened_store() as store:
        event = store.events.find(DEMO_EVENT)
        assert event is not None
        drafts = store.cards.drafts_for_event(event.id)
        cards = store.cards.record_printed([drafts[ids[name]] for name in names])
    return [c.id for c in cards]  # type: ignore[misc]


@pytest.fixture
def demo(capsys: pytest.CaptureFixture[str]) -> None:
    out = ok(capsys, "demo")
    assert DEMO_EVENT in out


# --- demo and contacts ----------------------------------------------------------------------------------
def test_demo_fills_the_home_from_the_environment(capsys: pytest.CaptureFixture[str]) -> None:
    ok(capsys, "demo")
    assert (Path(os.environ["POSTCARD_HOME"]) / "data" / "postcard.sqlite3").is_file()


def test_contacts_lists_japanese_and_western_people(demo: None, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "contacts")
    assert code == 0
    header, *lines = out.splitlines()
    assert header.split() == ["id", "★", "name", "reading", "company", "/", "department", "/", "title", "address"]
    assert len(lines) == 12
    assert any("山田 太郎 様" in line and "★" in line for line in lines)
    assert any("Ms. Emily Smith" in line and "USA" in line for line in lines)
    assert any("一般社団法人まちづくり協会 御中" in line for line in lines)
    assert "150-0002" in out  # postal codes are shown formatted
    assert "12 contact(s)" in err and "★ key person" in err and "(reading missing)" in err


def test_contacts_of_the_event_as_json(demo: None, capsys: pytest.CaptureFixture[str]) -> None:
    data = json.loads(ok(capsys, "contacts", "--event", DEMO_EVENT, "--json"))
    assert len(data) == 12
    by_name = {d["family_name"] or d["company"]: d for d in data}
    takahashi = by_name["髙橋"]
    assert takahashi["joint_names"] == [
        {"given_name": "健一", "family_name": "", "honorific": "様", "given_reading": ""}
    ]
    assert takahashi["met_on"] == (TODAY - dt.timedelta(days=3)).isoformat()
    assert takahashi["reading_missing"] is False
    assert by_name["Smith"]["country"] == "USA" and by_name["Smith"]["honorific"] == "Ms."
    assert {"id", "postal_code", "address1", "email", "tags", "key_person", "created_at"} <= set(takahashi)
    assert by_name["山田"]["key_person"] is True


def test_contacts_recent(demo: None, capsys: pytest.CaptureFixture[str]) -> None:
    assert len(ok(capsys, "contacts", "--recent", "7").splitlines()[1:]) == 12
    assert ok(capsys, "contacts", "--recent", "1") == ""  # the demo event was three days ago


def test_contacts_unthanked(demo: None, capsys: pytest.CaptureFixture[str]) -> None:
    assert len(ok(capsys, "contacts", "--unthanked").splitlines()[1:]) == 12  # drafts are not thanks
    print_cards("山田", "Smith")
    for argv in (["--unthanked"], ["--unthanked", "--event", DEMO_EVENT]):
        out = ok(capsys, "contacts", *argv)
        assert len(out.splitlines()[1:]) == 10
        assert "山田 太郎" not in out and "Emily Smith" not in out


def test_contacts_search(demo: None, capsys: pytest.CaptureFixture[str]) -> None:
    assert "山﨑 大輔" in ok(capsys, "contacts", "--search", "ヤマザキ")
    assert len(ok(capsys, "contacts", "--search", "example.jp").splitlines()[1:]) == 3


def test_events_json(demo: None, capsys: pytest.CaptureFixture[str]) -> None:
    [event] = json.loads(ok(capsys, "events", "--json"))
    assert event["name"] == DEMO_EVENT and event["contacts"] == 12
    assert event["date"] == (TODAY - dt.timedelta(days=3)).isoformat()
    assert f"{DEMO_EVENT}  (12 people)" in ok(capsys, "events")


# --- errors ---------------------------------------------------------------------------------------------
def test_demo_twice_is_a_user_error(demo: None, capsys: pytest.CaptureFixture[str]) -> None:
    assert "empty" in failed(capsys, "demo")


def test_unknown_event_is_a_user_error(demo: None, capsys: pytest.CaptureFixture[str]) -> None:
    assert "'nope'" in failed(capsys, "contacts", "--event", "nope")


@pytest.mark.parametrize(
    "argv",
    [[], ["frobnicate"], ["contacts", "--recent", "soon"], ["add-event", "X", "--date", "2026-13-40"],
     ["touch"], ["mark-sent", "--status", "sent"]],
)  # fmt: skip
def test_bad_usage_exits_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(argv)
    assert caught.value.code == 2
    assert "usage:" in capsys.readouterr().err


def test_home_option(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    elsewhere = tmp_path / "elsewhere"
    ok(capsys, "--home", str(elsewhere), "demo")
    assert (elsewhere / "data" / "postcard.sqlite3").is_file()
    assert len(ok(capsys, "--home", str(elsewhere), "contacts").splitlines()[1:]) == 12
    assert ok(capsys, "contacts") == ""  # the POSTCARD_HOME one is still empty


def test_a_damaged_database_is_a_user_error(capsys: pytest.CaptureFixture[str]) -> None:
    database = Path(os.environ["POSTCARD_HOME"]) / "data" / "postcard.sqlite3"
    database.parent.mkdir(parents=True)
    database.write_bytes(b"this is not a database" * 50)
    assert "damaged" in failed(capsys, "contacts")
    assert database.read_bytes() == b"this is not a database" * 50


# --- the log ----------------------------------------------------------------------------------------------
def read_log(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def test_log_csv(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "log.csv"
    assert "wrote 0 card(s)" in ok(capsys, "log", "--csv", str(target))
    assert target.read_text(encoding="utf-8-sig").splitlines() == [
        "card_id,contact_id,contact,event,template,format,status,text,personal,seed,drafted_at,"
        "printed_at,sent_at,replied_at"
    ]
    with opened_store() as store:
        contact = store.contacts.add(Contact(family_name="山田", given_name="太郎"))
        store.cards.record_printed([Card(contact_id=contact.id, text="先日は\nありがとう",  # type: ignore[arg-type]
                                         template="ja-seminar", seed=3)])  # fmt: skip
    ok(capsys, "log", "--csv", str(target))
    [row] = read_log(target)
    assert (row["contact"], row["status"], row["text"], row["template"]) == (
        "山田 太郎", "printed", "先日は\nありがとう", "ja-seminar"
    )  # fmt: skip
    assert row["printed_at"][:10] == dt.datetime.now(dt.UTC).date().isoformat() and row["sent_at"] == ""
    assert "先日は / ありがとう" in ok(capsys, "log")


def test_mark_sent_by_id_and_by_event(demo: None, capsys: pytest.CaptureFixture[str]) -> None:
    first, second, third = print_cards("山田", "髙橋", "Smith")
    assert ok(capsys, "mark-sent", str(first), "--date", "2026-05-01") == "marked 1 card(s) sent\n"
    log = json.loads(ok(capsys, "log", "--json", "--status", "sent"))
    assert [(r["card_id"], r["sent_at"][:10]) for r in log] == [(first, "2026-05-01")]
    assert "marked 2 card(s) sent" in ok(capsys, "mark-sent", "--event", DEMO_EVENT)
    statuses = {r["card_id"]: r["status"] for r in json.loads(ok(capsys, "log", "--json"))}
    assert statuses[second] == statuses[third] == "sent"
    assert list(statuses.values()).count("draft") == 9
    assert "marked 1 card(s) replied" in ok(capsys, "mark-sent", "--replied", str(second))
    assert "no card with id 999" in failed(capsys, "mark-sent", "999")
    assert "CARD_ID" in failed(capsys, "mark-sent")


def test_a_draft_is_not_marked_sent(demo: None, capsys: pytest.CaptureFixture[str]) -> None:
    with opened_store() as store:
        some_draft = next(r.card.id for r in store.cards.list(status=CardStatus.DRAFT))
    assert "marked 0 card(s)" in ok(capsys, "mark-sent", str(some_draft))


# --- touches and follow-ups -------------------------------------------------------------------------------
def add_contact(**fields: object) -> int:
    with opened_store() as store:
        return store.contacts.add(Contact(**fields)).id  # type: ignore[arg-type, return-value]


def test_touch(capsys: pytest.CaptureFixture[str]) -> None:
    cid = add_contact(family_name="佐藤")
    assert ok(capsys, "touch", str(cid), "--kind", "call", "--note", "近況", "--date", "2026-01-02") == ("logged\n")
    ok(capsys, "touch", str(cid))
    with opened_store() as store:
        touches = store.cards.touches(cid)
    assert [(t.date, t.kind, t.note) for t in touches] == [
        (TODAY, "note", ""), (dt.date(2026, 1, 2), "call", "近況")
    ]  # fmt: skip
    assert "no contact with id 4242" in failed(capsys, "touch", "4242")


def test_follow_ups(demo: None, capsys: pytest.CaptureFixture[str]) -> None:
    assert "nobody is due" in ok(capsys, "follow-ups")  # everyone was met three days ago
    cid = add_contact(family_name="Overdue", given_name="Olga")
    long_ago = (TODAY - dt.timedelta(days=400)).isoformat()
    ok(capsys, "touch", str(cid), "--date", long_ago)
    [due] = json.loads(ok(capsys, "follow-ups", "--json"))
    assert due == {"contact_id": cid, "name": "Olga Overdue", "key_person": False, "last_touch": long_ago,
                   "days_since": 400, "interval_days": 182, "overdue": 1.198}  # fmt: skip
    assert "1.20" in ok(capsys, "follow-ups") and "Olga Overdue" in ok(capsys, "follow-ups")
    assert len(json.loads(ok(capsys, "follow-ups", "--json", "--all"))) == 13


# --- events and export ------------------------------------------------------------------------------------
def test_add_event(capsys: pytest.CaptureFixture[str]) -> None:
    a, b = add_contact(family_name="A"), add_contact(family_name="B")
    out = ok(capsys, "add-event", "名刺交換会", "--date", "2026-05-14", "--place", "渋谷",
             "--contacts", str(a), str(b))  # fmt: skip
    assert out.startswith("event ") and "名刺交換会" in out
    [event] = json.loads(ok(capsys, "events", "--json"))
    assert (event["name"], event["date"], event["place"], event["contacts"]) == (
        "名刺交換会", "2026-05-14", "渋谷", 2
    )  # fmt: skip
    assert "no contact with id 777" in failed(capsys, "add-event", "Other", "--contacts", str(a), "777")
    assert len(json.loads(ok(capsys, "events", "--json"))) == 1  # the refused event was not created


def test_export_vcard_and_csv(demo: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    vcf, table = tmp_path / "out.vcf", tmp_path / "out.csv"
    assert "wrote 12 contact(s)" in ok(capsys, "export", str(vcf))
    text = vcf.read_text(encoding="utf-8")
    assert text.count("BEGIN:VCARD") == 12 and "VERSION:3.0" in text
    assert "山田" in text and "Emily" in text
    ok(capsys, "export", str(table))
    with table.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert len(rows) == 13
    assert any("髙橋" in row for row in rows)


def test_exported_vcards_import_into_another_home(
    demo: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    vcf = tmp_path / "out.vcf"
    ok(capsys, "export", str(vcf))
    other = str(tmp_path / "other")
    assert "imported 12, merged 0, skipped 0" in ok(capsys, "--home", other, "import", str(vcf))
    data = json.loads(ok(capsys, "--home", other, "contacts", "--json"))
    assert {(d["family_name"], d["family_reading"]) for d in data} >= {("髙橋", "たかはし"),
                                                                        ("山﨑", "やまざき")}  # fmt: skip


# --- import -----------------------------------------------------------------------------------------------
EIGHT_HEADER = ("会社名,部署名,役職,姓,名,e-mail,郵便番号,住所,TEL会社,TEL部門,TEL直通,Fax,携帯電話,URL,"
                "名刺交換日,展示会")  # fmt: skip
EIGHT_ROWS = [
    "株式会社みらい設計,営業部,部長,山田,太郎,yamada@example.jp,〒150-8512,セルリアンタワー6階,"
    "03-1111-2222,,,,,https://example.jp,2026/05/14,1",
    # an unquoted comma in the address: 18 fields for 16 columns
    "鈴木商店,,代表,鈴木,一郎,suzuki@example.jp,460-0008,愛知県名古屋市中区栄3-4-5,栄ビル,5階,"
    "052-111-2222,,,,,,2026/05/14,",
    "東北ソフト株式会社,開発部,,伊藤,誠,ito@example.jp,９８０－０８１１,宮城県仙台市青葉区一番町4-7-17,"
    ",,,,,,2026/05/15,",
]  # fmt: skip


@pytest.fixture
def eight_csv(tmp_path: Path) -> Path:
    path = tmp_path / "eight.csv"
    path.write_bytes(("\ufeff" + "\r\n".join([EIGHT_HEADER, *EIGHT_ROWS]) + "\r\n").encode("utf-8"))
    return path


def contacts_json(capsys: pytest.CaptureFixture[str], *argv: str) -> list[dict[str, object]]:
    return json.loads(ok(capsys, "contacts", "--json", *argv))  # type: ignore[no-any-return]


def test_import_eight_csv(eight_csv: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = ok(capsys, "import", str(eight_csv))
    assert f"{eight_csv}: csv:eight" in out
    assert "imported 2, merged 0, skipped 0 (already there), errors 1" in out
    [error] = [line for line in out.splitlines() if line.startswith("error:")]
    assert f"{eight_csv}:3:" in error  # the header is line 1, the broken row line 3
    people = {c["family_name"]: c for c in contacts_json(capsys)}
    assert set(people) == {"山田", "伊藤"}
    yamada, ito = people["山田"], people["伊藤"]
    assert (yamada["met_on"], yamada["tags"], yamada["reading_missing"]) == ("2026-05-14", ["展示会"], True)
    assert ito["postal_code"] == "9800811"
    assert (yamada["company"], yamada["title"], yamada["email"]) == ("株式会社みらい設計", "部長",
                                                                    "yamada@example.jp")  # fmt: skip


def test_import_completes_an_address_that_is_only_a_building(
    eight_csv: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = ok(capsys, "import", str(eight_csv))
    assert "completed 1 addresses from the postal code" in out
    [yamada] = contacts_json(capsys, "--search", "山田")
    assert yamada["postal_code"] == "1508512"
    assert yamada["address1"] == "東京都渋谷区桜丘町26番1号"  # an office code: Japan Post knows the 番地
    assert "セルリアンタワー6階" in (yamada["address2"], yamada["address3"])


def test_reimport_adds_no_duplicates(eight_csv: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ok(capsys, "import", str(eight_csv))
    out = ok(capsys, "import", str(eight_csv))
    assert "imported 0, merged 0, skipped 2 (already there)" in out
    assert len(contacts_json(capsys)) == 2


def test_import_into_an_event(eight_csv: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = ok(capsys, "import", str(eight_csv), "--event", "名刺交換会", "--date", "2026-05-14")
    assert "linked to: 名刺交換会" in out
    [event] = json.loads(ok(capsys, "events", "--json"))
    assert (event["name"], event["date"], event["contacts"]) == ("名刺交換会", "2026-05-14", 2)
    assert len(contacts_json(capsys, "--event", "名刺交換会")) == 2


def test_import_grouped_by_exchange_date(eight_csv: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ok(capsys, "import", str(eight_csv), "--group-by-date")
    events = {e["name"]: e for e in json.loads(ok(capsys, "events", "--json"))}
    assert set(events) == {"名刺交換 2026-05-14", "名刺交換 2026-05-15"}
    assert events["名刺交換 2026-05-14"]["date"] == "2026-05-14"
    assert [c["family_name"] for c in contacts_json(capsys, "--event", "名刺交換 2026-05-15")] == ["伊藤"]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("aosp_v21_japanese_1.vcf", ("安藤ロイド", "", "アンドウロイド")),
        ("ezvcard_John_Doe_IPHONE.vcf", ("Doe", "John", "")),
    ],
)
def test_import_vcard(
    name: str, expected: tuple[str, str, str], data_dir: Path, tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    copy = tmp_path / name
    copy.write_bytes((data_dir / "vcards" / name).read_bytes())
    out = ok(capsys, "import", str(copy))
    assert f"{copy}: vcard" in out and "imported 1," in out
    [contact] = contacts_json(capsys)
    assert (contact["family_name"], contact["given_name"], contact["family_reading"]) == expected


def test_import_of_an_unknown_file_fails_cleanly(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    odd = tmp_path / "odd.csv"
    odd.write_text("foo,bar\n1,2\n", encoding="utf-8")
    code, out, err = run(capsys, "import", str(odd))
    assert code == 1
    assert "unknown CSV layout" in out and str(odd) in out
    assert "Traceback" not in out + err


def test_a_file_that_cannot_be_written_is_one_line_not_a_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["log", "--csv", str(tmp_path / "no" / "such" / "dir" / "log.csv")]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err and "log.csv" in err
