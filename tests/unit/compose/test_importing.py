"""Importing as the dialog does it: previews that store nothing, column maps remembered by header, one
transaction for the whole import (cancelled: nothing kept), and a connection of its own for a worker thread."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from postcard.compose.importing import (
    FileStatus,
    ImportRequest,
    import_with_own_connection,
    merge_summary,
    preview_file,
    remember_mapping,
    run_import,
    saved_mapping,
)
from postcard.context import AppContext
from postcard.core.addresscheck import AddressProblemKind
from postcard.core.progress import NullProgress
from postcard.core.readings import ReadingDictionary, ReadingSuggester
from postcard.errors import Cancelled
from postcard.io.importer import ImportSummary

DATA = Path(__file__).resolve().parents[2] / "data"
EIGHT = DATA / "csv" / "eight-cp932.csv"
FORM = DATA / "csv" / "seminar-form.csv"
FORM_MAP = {"full_name": "お名前", "full_reading": "フリガナ", "company": "御社名", "postal_code": "郵便番号",
            "address1": "ご住所", "email": "メールアドレス", "notes": "ご感想"}  # fmt: skip


class CancelAfter(NullProgress):
    def __init__(self, ticks: int) -> None:
        self.ticks, self.done = ticks, 0

    def tick(self, n: int = 1) -> None:
        self.done += n

    def cancelled(self) -> bool:
        return self.done >= self.ticks


def test_preview_of_an_eight_export_in_cp932_stores_nothing(ctx: AppContext) -> None:
    preview = preview_file(EIGHT)
    assert (preview.status, preview.kind, preview.format, preview.encoding) == (FileStatus.READY, "csv", "csv:eight",
                                                                                "cp932")  # fmt: skip
    assert preview.records == 10 and len(preview.rows) == 10 and preview.importable
    assert preview.headers[:5] == ("会社名", "部署名", "役職", "姓", "名")
    first = preview.rows[0]
    assert (first.line, first.contact.full_name, first.contact.company) == (2, "山田 太郎", "株式会社みらいデザイン")
    assert first.contact.tags == ["地域DXセミナー2026", "VIP"] and first.address_problems == ()
    by_name = {row.contact.full_name: row for row in preview.rows}
    completed = by_name["鈴木 恵子"]
    assert completed.completed and completed.contact.address1 == "東京都千代田区丸の内1-9-1"
    assert [p.kind for p in by_name["中村 翔太"].address_problems] == [AddressProblemKind.NO_STREET_NUMBER]
    assert [p.kind for p in by_name["小林 美咲"].address_problems] == [AddressProblemKind.PREFECTURE_MISMATCH]
    assert [p.kind for p in by_name["渡辺 健一"].address_problems] == [AddressProblemKind.UNKNOWN_POSTAL_CODE]
    assert [(i.line, "skipped" in i.reason) for i in preview.issues] == [(10, False), (11, True)]
    assert ctx.store.contacts.count() == 0


def test_preview_suggests_readings_as_the_import_does(kanwa_cache: Path) -> None:
    from postcard.io.kanwa import dictionary_file

    suggester = ReadingSuggester(ReadingDictionary(dictionary_file(kanwa_cache).read_text(encoding="utf-8")))
    row = preview_file(EIGHT, readings=suggester, limit=1).rows[0]
    assert row.contact.reading_suggested and row.contact.suggested_reading == "やまだ たろう"


def test_preview_limit_counts_every_record() -> None:
    preview = preview_file(EIGHT, limit=3)
    assert len(preview.rows) == 3 and preview.records == 10


def test_preview_of_a_real_vcard() -> None:
    preview = preview_file(DATA / "vcards" / "aosp_v21_japanese_2.vcf")
    assert (preview.status, preview.format, preview.encoding, preview.records) == (FileStatus.READY, "vcard",
                                                                                   "shift_jis", 1)  # fmt: skip
    contact = preview.rows[0].contact
    assert contact.family_name == "安藤" and contact.address1.startswith("東京都渋谷区")


def test_an_unknown_csv_needs_a_map_and_previews_with_one() -> None:
    preview = preview_file(FORM)
    assert preview.status is FileStatus.NEEDS_MAPPING and not preview.importable and preview.rows == []
    assert preview.headers[1:3] == ("お名前", "フリガナ") and preview.samples[0][1] == "石井 陽菜"
    mapped = preview_file(FORM, FORM_MAP)
    assert (mapped.status, mapped.format, mapped.records) == (FileStatus.READY, "csv:mapped", 4)
    first = mapped.rows[0].contact
    names = (first.family_name, first.given_name, first.family_reading, first.given_reading)
    assert names == ("石井", "陽菜", "イシイ", "ヒナ")
    assert first.notes == "事例紹介がとても参考になりました" and mapped.column_map == FORM_MAP
    broken = preview_file(FORM, {"family_name": "Surname"})
    assert broken.status is FileStatus.INVALID and "Surname" in broken.detail


def test_unreadable_and_empty_files(tmp_path: Path) -> None:
    assert preview_file(tmp_path / "missing.csv").status is FileStatus.UNREADABLE
    empty = tmp_path / "empty.csv"
    empty.write_text("", encoding="utf-8")
    assert preview_file(empty).status is FileStatus.EMPTY


def test_mappings_are_remembered_by_header(ctx: AppContext) -> None:
    headers = preview_file(FORM).headers
    assert saved_mapping(ctx.store.settings, headers) is None
    remember_mapping(ctx.store.settings, headers, FORM_MAP, today=dt.date(2026, 11, 21))
    assert saved_mapping(ctx.store.settings, headers) == FORM_MAP
    assert saved_mapping(ctx.store.settings, tuple(h.upper() for h in headers)) == FORM_MAP  # compared loosely
    assert saved_mapping(ctx.store.settings, headers[:-1]) is None  # another header: another map


def test_run_import_links_the_event_and_remembers_the_map(ctx: AppContext) -> None:
    request = ImportRequest((EIGHT, FORM), {FORM: FORM_MAP}, "地域DXセミナー2026", dt.date(2026, 11, 20))
    summary = run_import(ctx.store, request)
    assert (summary.imported, summary.merged, summary.skipped) == (14, 0, 0)
    assert summary.formats == {str(EIGHT): "csv:eight", str(FORM): "csv:mapped"}
    assert summary.events == ["地域DXセミナー2026"] and len(summary.contact_ids) == 14
    event = ctx.store.events.find("地域DXセミナー2026")
    assert event is not None and len(ctx.store.contacts.list(event_id=event.id)) == 14
    assert saved_mapping(ctx.store.settings, preview_file(FORM).headers) == FORM_MAP
    again = run_import(ctx.store, request)
    assert again.imported == 0 and again.skipped == 14  # no duplicates


def test_run_import_suggests_readings_for_names_without(ctx: AppContext, kanwa_cache: Path) -> None:
    from postcard.io.kanwa import dictionary_file

    suggester = ReadingSuggester(ReadingDictionary(dictionary_file(kanwa_cache).read_text(encoding="utf-8")))
    summary = run_import(ctx.store, ImportRequest((EIGHT, FORM), {FORM: FORM_MAP}), readings=suggester)
    people = {c.full_name: c for c in ctx.store.contacts.get_many(summary.contact_ids)}
    assert people["山田 太郎"].reading_suggested and people["山田 太郎"].suggested_reading == "やまだ たろう"
    assert people["石井 陽菜"].full_reading == "イシイ ヒナ" and not people["石井 陽菜"].reading_suggested


def test_a_cancelled_import_keeps_nothing(ctx: AppContext) -> None:
    request = ImportRequest((EIGHT, FORM), {FORM: FORM_MAP}, "新しいイベント", dt.date(2026, 11, 20))
    with pytest.raises(Cancelled):
        run_import(ctx.store, request, progress=CancelAfter(12))  # the second file, half done
    assert ctx.store.contacts.count() == 0 and ctx.store.events.list() == []
    assert saved_mapping(ctx.store.settings, preview_file(FORM).headers) is None


def test_import_with_own_connection_is_seen_by_the_window_after_the_commit(ctx: AppContext, tmp_path: Path) -> None:
    copy = tmp_path / "eight.csv"
    shutil.copy(EIGHT, copy)
    summary = import_with_own_connection(ctx.paths, ImportRequest((copy,)))
    assert summary.imported == 10 and ctx.store.contacts.count() == 10


def test_merge_summary_adds_counts_and_names_each_event_once() -> None:
    total = ImportSummary(imported=1, events=["a"], formats={"x": "vcard"}, contact_ids=[1])
    merge_summary(total, ImportSummary(imported=2, skipped=1, events=["a", "b"], formats={"y": "csv"}, contact_ids=[2]))
    assert (total.imported, total.skipped, total.events) == (3, 1, ["a", "b"])
    assert total.formats == {"x": "vcard", "y": "csv"} and total.contact_ids == [1, 2]
