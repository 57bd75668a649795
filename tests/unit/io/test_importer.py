"""The importer: streams records into the store, checks each address, suggests readings, sums it all up."""

from __future__ import annotations

from pathlib import Path

import pytest

from postcard.core.addresscheck import AddressProblem, AddressProblemKind
from postcard.core.progress import NullProgress
from postcard.core.readings import ReadingDictionary, ReadingSuggester
from postcard.errors import Cancelled
from postcard.io.importer import MAX_LISTED, import_files
from postcard.io.records import IssueKind
from postcard.store.store import Store
from tests.unit.io.csvfixtures import EIGHT_HEADER, table

WORDS = ["山\tやま", "田\tた,でん", "山田\tやまだ", "太郎\tたろう", "鈴木\tすずき", "花子\tはなこ"]


@pytest.fixture
def store(tmp_path: Path) -> Store:
    opened = Store.open(tmp_path / "postcard.sqlite3")
    yield opened  # type: ignore[misc]
    opened.close()


def write(tmp_path: Path, *rows: dict[str, str], name: str = "eight.csv") -> Path:
    path = tmp_path / name
    path.write_text(table(EIGHT_HEADER, *rows), encoding="utf-8-sig")
    return path


def test_each_address_is_checked_and_reported_with_its_line(store: Store, tmp_path: Path) -> None:
    path = write(
        tmp_path,
        {"姓": "山田", "名": "太郎", "郵便番号": "100-0005", "住所": "東京都千代田区丸の内1-9-1"},
        {"姓": "佐藤", "名": "次郎", "郵便番号": "100-0005", "住所": "大阪府大阪市北区梅田3-1-1"},
        {"姓": "鈴木", "名": "花子", "郵便番号": "000-0000", "住所": "東京都千代田区丸の内1-9-1"},
        {"姓": "田中", "名": "一郎"},
    )
    summary = import_files(store, [path])
    assert summary.imported == 4
    found = [(f.line, f.name, [p.kind for p in f.problems]) for f in summary.address_findings]
    assert found == [
        (3, "佐藤 次郎", [AddressProblemKind.PREFECTURE_MISMATCH]),
        (4, "鈴木 花子", [AddressProblemKind.UNKNOWN_POSTAL_CODE]),
        (5, "田中 一郎", [AddressProblemKind.NO_ADDRESS]),
    ]
    assert summary.address_findings[0].problems == (
        AddressProblem(AddressProblemKind.PREFECTURE_MISMATCH, found="大阪府", expected="東京都"),
    )
    assert summary.address_count == 3
    assert store.contacts.get(summary.address_findings[0].contact_id).family_name == "佐藤"  # type: ignore[union-attr]


def test_a_repeat_is_not_reported_twice(store: Store, tmp_path: Path) -> None:
    path = write(tmp_path, {"姓": "田中", "名": "一郎", "e-mail": "ichiro@example.jp"})
    assert import_files(store, [path]).address_count == 1
    again = import_files(store, [path])
    assert (again.skipped, again.address_count) == (1, 0)


def test_readings_are_suggested_for_names_without_any(store: Store, tmp_path: Path) -> None:
    suggester = ReadingSuggester(ReadingDictionary("\n".join(sorted(WORDS)) + "\n"))
    path = write(tmp_path, {"姓": "山田", "名": "太郎"}, {"姓": "鈴木", "名": "花子"}, {"姓": "Doe", "名": "Jane"})
    summary = import_files(store, [path], readings=suggester)
    assert summary.suggested_readings == 2
    assert [(c.family_name, c.suggested_reading) for c in store.contacts.list()] == [
        ("鈴木", "すずき はなこ"),
        ("山田", "やまだ たろう"),  # sorted by the suggestion: す before や
        ("Doe", ""),
    ]


def test_the_dictionary_is_not_loaded_when_every_name_has_a_reading(store: Store, tmp_path: Path) -> None:
    loaded: list[int] = []
    suggester = ReadingSuggester(lambda: loaded.append(1))  # type: ignore[arg-type, func-returns-value]
    path = tmp_path / "google.csv"
    path.write_text("First Name,Last Name,Phonetic First Name,Phonetic Last Name\n太郎,山田,たろう,やまだ\n", "utf-8")
    assert import_files(store, [path], readings=suggester).imported == 1
    assert loaded == []


def test_nameless_rows_are_counted_as_kept(store: Store, tmp_path: Path) -> None:
    path = write(tmp_path, {"e-mail": "a@example.jp"}, {"e-mail": "b@example.jp"}, {"姓": "山田", "名": "太郎"})
    summary = import_files(store, [path])
    assert (summary.imported, summary.kept_nameless, summary.refused) == (3, 2, 0)
    assert [i.kind for i in summary.issues] == [IssueKind.NAMELESS, IssueKind.NAMELESS]


def test_a_file_of_thousands_of_bad_rows_is_summed_up(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "eight.csv"
    rows = "\r\n".join("壊れた行" + ",x" * 20 for _ in range(MAX_LISTED + 500))
    path.write_text(",".join(EIGHT_HEADER) + "\r\n" + rows + "\r\n", encoding="utf-8")
    summary = import_files(store, [path])
    assert summary.issue_count == summary.refused == MAX_LISTED + 500
    assert len(summary.issues) == MAX_LISTED


class CancelAfter(NullProgress):
    def __init__(self, ticks: int) -> None:
        self.left = ticks

    def tick(self, n: int = 1) -> None:
        self.left -= n

    def cancelled(self) -> bool:
        return self.left <= 0


def test_a_cancelled_import_leaves_nothing(store: Store, tmp_path: Path) -> None:
    path = write(tmp_path, *({"姓": f"山田{i}", "名": "太郎"} for i in range(50)), name="many.csv")
    with pytest.raises(Cancelled):
        import_files(store, [path], event_name="勉強会", progress=CancelAfter(20))
    assert store.contacts.count() == 0
    assert store.events.list() == []
