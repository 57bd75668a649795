"""The contact book: round trips, search, filters, archive and duplicates (merging: tests/unit/core/test_book.py)."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from postcard.core.book import merge_into
from postcard.core.model import Card, Contact, Event, JointName
from postcard.errors import PostcardError
from postcard.store.store import Store

UNSTORED = {"id", "created_at", "updated_at", "archived"}
# A suggested reading only lives beside no reading of the person's own: test_suggested_readings_* cover it.
ONLY_WITHOUT_READING = {"suggested_family_reading", "suggested_given_reading"}


def full_contact() -> Contact:
    return Contact(
        family_name="髙橋", given_name="花子", family_reading="たかはし", given_reading="はなこ",
        honorific="先生", company="株式会社みらい設計", company_reading="みらいせっけい",
        department="営業部", title="部長",
        joint_names=[JointName("健一"), JointName("Emily", "Smith", "Ms.", "えみりー")],
        postal_code="1508512", address1="東京都渋谷区桜丘町", address2="26-1", address3="セルリアンタワー6階",
        country="日本", email="hanako@example.jp", phone="03-1234-5678", notes="起業の話。\n笑顔が素敵。",
        key_person=True, interval_days=90, tags=["seminar", "大阪"], met_on=dt.date(2026, 5, 14),
    )  # fmt: skip


def comparable(contact: Contact | None) -> Contact:
    assert contact is not None
    return dataclasses.replace(contact, created_at=None, updated_at=None)


def ids(contacts: list[Contact]) -> list[int | None]:
    return [c.id for c in contacts]


# --- round trips -----------------------------------------------------------------------------------
def test_every_field_survives_add_and_get(store: Store) -> None:
    contact = full_contact()
    defaults = Contact()
    not_set = [f.name for f in dataclasses.fields(Contact)
               if f.name not in UNSTORED | ONLY_WITHOUT_READING
               and getattr(contact, f.name) == getattr(defaults, f.name)]  # fmt: skip
    assert not_set == []  # every stored field is set, so one the store drops shows up below
    store.contacts.add(contact)
    assert contact.id is not None and contact.created_at is not None
    got = store.contacts.get(contact.id)
    assert comparable(got) == comparable(contact)
    assert got is not None and got.joint_names[1] == JointName("Emily", "Smith", "Ms.", "えみりー")


def test_update_changes_every_field_and_keeps_created_at(store: Store) -> None:
    contact = store.contacts.add(Contact(family_name="山田"))
    assert contact.id is not None
    created = store.contacts.get(contact.id).created_at  # type: ignore[union-attr]
    changed = dataclasses.replace(full_contact(), id=contact.id, created_at=created)
    store.contacts.update(changed)
    got = store.contacts.get(contact.id)
    assert comparable(got) == comparable(changed)
    assert got is not None and got.created_at == created
    changed.joint_names, changed.tags, changed.met_on, changed.interval_days = [], [], None, None
    changed.key_person = False
    store.contacts.update(changed)
    back = store.contacts.get(contact.id)
    assert back is not None
    cleared = (back.joint_names, back.tags, back.met_on, back.interval_days, back.key_person)
    assert cleared == ([], [], None, None, False)


def test_update_needs_a_stored_contact(store: Store) -> None:
    with pytest.raises(ValueError, match="stored"):
        store.contacts.update(Contact(family_name="山田"))


def test_get_unknown_and_get_many(store: Store) -> None:
    a, b, c = (store.contacts.add(Contact(family_name=n)) for n in ("A", "B", "C"))
    assert store.contacts.get(9999) is None
    assert ids(store.contacts.get_many([c.id, a.id, 9999])) == [c.id, a.id]  # type: ignore[list-item]
    assert ids(store.contacts.get_many(x.id for x in (b, a))) == [b.id, a.id]  # type: ignore[misc]


# --- search ----------------------------------------------------------------------------------------
@pytest.fixture
def book(store: Store) -> dict[str, int]:
    people = {
        "takahashi": Contact(family_name="髙橋", given_name="花子", family_reading="タカハシ",
                             given_reading="ハナコ", email="Hanako.T@Example.jp"),
        "ando": Contact(family_name="安藤", given_name="誠", family_reading="あんどう",
                        given_reading="まこと", company="東北ソフト株式会社"),
        "smith": Contact(family_name="Smith", given_name="Emily", company="Northwind Labs", country="USA"),
        "percent": Contact(company="100%出資の会", honorific="御中"),
        "plain": Contact(company="1000出資の会", honorific="御中"),
    }  # fmt: skip
    return {key: store.contacts.add(c).id for key, c in people.items()}  # type: ignore[misc]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("髙橋", ["takahashi"]),
        ("髙橋花子", ["takahashi"]),
        ("花子 髙橋", ["takahashi"]),
        ("たかはし", ["takahashi"]),  # hiragana query, katakana reading
        ("はなこ", ["takahashi"]),
        ("アンドウ", ["ando"]),  # katakana query, hiragana reading
        ("ｱﾝﾄﾞｳ", ["ando"]),  # half-width katakana query
        ("  あんどう ", ["ando"]),
        ("ソフト", ["ando"]),  # katakana inside a company name
        ("東北", ["ando"]),
        ("northwind", ["smith"]),
        ("emily", ["smith"]),
        ("hanako.t@example", ["takahashi"]),
        ("HANAKO.T@EXAMPLE.JP", ["takahashi"]),
        ("100%", ["percent"]),  # % is a character, not a wildcard
        ("%", ["percent"]),
        ("1_0", []),  # _ is a character, not "any one"
        ("_", []),
        ("\\", []),
        ("佐藤", []),
    ],
)
def test_search(store: Store, book: dict[str, int], query: str, expected: list[str]) -> None:
    assert ids(store.contacts.list(query=query)) == [book[k] for k in expected]


def test_empty_query_lists_everyone_in_reading_order(store: Store, book: dict[str, int]) -> None:
    # あんどう before タカハシ although katakana sorts after hiragana by code point; no reading: last
    assert ids(store.contacts.list(query="")) == [book["ando"], book["takahashi"], book["percent"],
                                                  book["plain"], book["smith"]]  # fmt: skip


family_names = st.text(
    alphabet=st.sampled_from("山田髙橋﨑辺渡あいうがぱアイウガパｱｲｳabcXYZ019-%_'"), min_size=1, max_size=6
).filter(lambda s: s.strip() != "")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(family=family_names, given_name=st.sampled_from(["", "太郎", "Emily", "はなこ"]))
def test_search_finds_a_contact_by_its_own_family_name(store: Store, family: str, given_name: str) -> None:
    contact = store.contacts.add(Contact(family_name=family, given_name=given_name))
    assert contact.id in ids(store.contacts.list(query=family))


# --- filters ---------------------------------------------------------------------------------------
def test_filters_by_event_and_tag(store: Store) -> None:
    a = store.contacts.add(Contact(family_name="A", tags=["seminar", "vip"]))
    b = store.contacts.add(Contact(family_name="B", tags=["seminarian"]))
    c = store.contacts.add(Contact(family_name="C"))
    event = store.events.add(Event("勉強会", dt.date(2026, 4, 1)))
    assert event.id is not None
    store.events.link(event.id, [a.id, c.id])  # type: ignore[list-item]
    assert ids(store.contacts.list(event_id=event.id)) == [a.id, c.id]
    assert ids(store.contacts.list(tag="seminar")) == [a.id]  # whole tags only
    assert ids(store.contacts.list(tag="vip", event_id=event.id)) == [a.id]
    assert ids(store.contacts.list(tag="seminarian", event_id=event.id)) == []
    assert b.id not in ids(store.contacts.list(event_id=event.id))


def test_tags_lists_every_tag_once_archived_people_included(store: Store) -> None:
    store.contacts.add(Contact(family_name="A", tags=["vip", "勉強会"]))
    store.contacts.add(Contact(family_name="B", tags=["seminar", "vip"]))
    gone = store.contacts.add(Contact(family_name="C", tags=["大阪"]))
    store.contacts.add(Contact(family_name="D"))
    store.contacts.archive(gone.id or 0)
    assert store.contacts.tags() == ["seminar", "vip", "勉強会", "大阪"]


def test_met_since_uses_met_on_and_event_dates(store: Store) -> None:
    old = store.contacts.add(Contact(family_name="Old", met_on=dt.date(2025, 1, 1)))
    met = store.contacts.add(Contact(family_name="Met", met_on=dt.date(2026, 5, 10)))
    at_event = store.contacts.add(Contact(family_name="Event"))
    never = store.contacts.add(Contact(family_name="Never"))
    event = store.events.add(Event("Meetup", dt.date(2026, 5, 12)))
    store.events.link(event.id, [at_event.id, old.id])  # type: ignore[arg-type, list-item]

    def met_since(day: int) -> set[int | None]:
        return set(ids(store.contacts.list(met_since=dt.date(2026, 5, day))))

    assert met_since(10) == {met.id, at_event.id, old.id}  # old: met at the event although met_on is older
    assert never.id not in met_since(1)
    assert met_since(11) == {at_event.id, old.id}
    assert met_since(13) == set()


def test_unthanked_for_an_event(store: Store) -> None:
    a, b, c = (store.contacts.add(Contact(family_name=n)) for n in ("A", "B", "C"))
    event = store.events.add(Event("Seminar", dt.date(2026, 5, 1)))
    other = store.events.add(Event("Other", dt.date(2026, 5, 2)))
    assert event.id is not None and other.id is not None
    store.events.link(event.id, [a.id, b.id, c.id])  # type: ignore[list-item]
    store.cards.save_draft(Card(contact_id=a.id, text="draft", event_id=event.id))  # type: ignore[arg-type]
    store.cards.record_printed([Card(contact_id=b.id, text="printed", event_id=event.id)])  # type: ignore[arg-type]
    store.cards.record_printed([Card(contact_id=c.id, text="other", event_id=other.id)])  # type: ignore[arg-type]
    # a draft does not count, a printed card for another event does not count
    assert ids(store.contacts.list(event_id=event.id, unthanked=True)) == [a.id, c.id]


def test_unthanked_without_an_event_looks_at_the_last_meeting(store: Store) -> None:
    met = dt.date(2026, 1, 1)
    a, b, c = (store.contacts.add(Contact(family_name=n, met_on=met)) for n in ("A", "B", "C"))
    store.cards.save_draft(Card(contact_id=a.id, text="draft"))  # type: ignore[arg-type]
    store.cards.record_printed([Card(contact_id=b.id, text="thanks")])  # type: ignore[arg-type]
    assert ids(store.contacts.list(unthanked=True)) == [a.id, c.id]
    # met again after the card: due a new thank-you
    later = store.events.add(Event("Later", dt.date.today() + dt.timedelta(days=30)))
    store.events.link(later.id, [b.id])  # type: ignore[arg-type, list-item]
    assert ids(store.contacts.list(unthanked=True)) == [a.id, b.id, c.id]


def test_archive_hides_but_keeps(store: Store) -> None:
    a = store.contacts.add(Contact(family_name="Archived", email="gone@example.jp"))
    b = store.contacts.add(Contact(family_name="Kept"))
    assert a.id is not None
    store.contacts.archive(a.id)
    assert ids(store.contacts.list()) == [b.id]
    assert ids(store.contacts.list(query="gone")) == []
    assert store.contacts.count() == 1
    archived = store.contacts.get(a.id)
    assert archived is not None and archived.archived and archived.email == "gone@example.jp"
    assert sorted(ids(store.contacts.list(include_archived=True))) == sorted([a.id, b.id])  # type: ignore[type-var]
    store.contacts.archive(a.id, False)
    assert store.contacts.count() == 2


# --- duplicates and merging ------------------------------------------------------------------------
def test_find_duplicate_rules(store: Store) -> None:
    stored = store.contacts.add(Contact(family_name="山田", given_name="太郎", email="taro@example.jp",
                                        postal_code="1000005"))  # fmt: skip
    org = store.contacts.add(Contact(company="まちづくり協会", postal_code="1500002"))
    mail_only = store.contacts.add(Contact(email="info@example.org"))
    find = store.contacts.find_duplicate
    assert find(Contact(family_name="山田", given_name="太郎", email="taro@example.jp")) == stored
    assert find(Contact(family_name="山田", given_name="太郎", postal_code="1000005")) == stored
    # same e-mail wins even if the postal code changed (they moved)
    moved = Contact(family_name="山田", given_name="太郎", email="taro@example.jp", postal_code="5300001")
    assert find(moved) == stored
    assert find(Contact(family_name="山田", given_name="太郎", postal_code="5300001")) is None
    assert find(Contact(family_name="山田", given_name="太郎")) is None  # a name alone is not enough
    assert find(Contact(family_name="山田", given_name="花子", email="taro@example.jp")) is None
    # two empty postal codes are not "the same postal code"
    store.contacts.add(Contact(family_name="佐藤", given_name="健", email="ken@example.jp"))
    assert find(Contact(family_name="佐藤", given_name="健", email="other.ken@example.jp")) is None
    assert find(Contact(company="まちづくり協会", postal_code="1500002")) == org
    assert find(Contact(company="まちづくり協会", postal_code="1000001")) is None
    assert find(Contact(email="info@example.org")) == mail_only
    assert find(Contact()) is None


def test_find_duplicate_looks_up_by_index(store: Store) -> None:
    """Each look-up an import makes per row goes through an index, never through the whole book."""
    queries: list[str] = []
    store.db.conn.set_trace_callback(queries.append)
    try:
        for contact in (
            Contact(family_name="山田", given_name="太郎", email="taro@example.jp", postal_code="1000005"),
            Contact(family_name="山田", given_name="太郎", email="taro@example.jp"),
            Contact(family_name="山田", given_name="太郎", postal_code="1000005"),
            Contact(family_name="山田", given_name="太郎"),
            Contact(email="info@example.org"),
            Contact(company="まちづくり協会", postal_code="1500002"),
        ):
            store.contacts.find_duplicate(contact)
    finally:
        store.db.conn.set_trace_callback(None)
    assert len(queries) == 6
    for query in queries:
        plan = " / ".join(row[3] for row in store.db.conn.execute(f"EXPLAIN QUERY PLAN {query}"))
        assert "USING INDEX" in plan and "SCAN" not in plan, (query, plan)


# --- suggested readings ----------------------------------------------------------------------------
def suggested(family: str, given: str, fam_r: str, giv_r: str) -> Contact:
    return Contact(family_name=family, given_name=given, suggested_family_reading=fam_r, suggested_given_reading=giv_r)


def test_suggested_readings_survive_add_and_get(store: Store) -> None:
    contact = store.contacts.add(suggested("髙橋", "健太", "たかはし", "けんた"))
    got = store.contacts.get(contact.id or 0)
    assert got is not None and comparable(got) == comparable(contact)
    assert got.reading_suggested and got.reading_missing and got.suggested_reading == "たかはし けんた"


def test_a_suggested_reading_sorts_and_is_found_by_kana(store: Store) -> None:
    store.contacts.add(Contact(family_name="渡辺", given_name="彩", family_reading="わたなべ", given_reading="あや"))
    store.contacts.add(suggested("青木", "蓮", "あおき", "れん"))
    store.contacts.add(Contact(family_name="Doe", given_name="Jane"))
    assert [c.family_name for c in store.contacts.list()] == ["青木", "渡辺", "Doe"]
    assert [c.family_name for c in store.contacts.list(query="アオキ")] == ["青木"]
    assert [c.family_name for c in store.contacts.list(query="あおき れん")] == ["青木"]


def test_confirming_makes_the_suggestion_the_reading(store: Store) -> None:
    contact = store.contacts.add(suggested("青木", "蓮", "あおき", "れん"))
    assert contact.confirm_suggested_reading()
    store.contacts.update(contact)
    got = store.contacts.get(contact.id or 0)
    assert got is not None
    assert (got.family_reading, got.given_reading, got.suggested_reading) == ("あおき", "れん", "")
    assert not got.reading_missing and not got.confirm_suggested_reading()


def test_a_corrected_reading_replaces_the_suggestion_and_the_search(store: Store) -> None:
    contact = store.contacts.add(suggested("中島", "大樹", "なかしま", "だいき"))
    contact.family_reading, contact.given_reading = "なかじま", "ひろき"
    store.contacts.update(contact)
    got = store.contacts.get(contact.id or 0)
    assert got is not None and got.suggested_reading == "" and got.full_reading == "なかじま ひろき"
    assert store.contacts.list(query="なかしま") == []
    assert [c.id for c in store.contacts.list(query="ひろき")] == [contact.id]


def test_a_real_reading_merged_in_replaces_a_suggestion(store: Store) -> None:
    existing = store.contacts.add(suggested("中島", "大樹", "なかしま", "だいき"))
    incoming = Contact(family_name="中島", given_name="大樹", family_reading="なかじま", given_reading="だいき")
    assert merge_into(existing, incoming)
    store.contacts.update(existing)
    got = store.contacts.get(existing.id or 0)
    assert got is not None and (got.full_reading, got.suggested_reading) == ("なかじま だいき", "")


def test_interval_below_one_day_is_refused(store: Store) -> None:
    with pytest.raises(PostcardError, match="must be from 1 to 36,500 days"):
        store.contacts.add(Contact(family_name="山田", interval_days=0))
    contact = store.contacts.add(Contact(family_name="山田", interval_days=30))
    contact.interval_days = -5
    with pytest.raises(PostcardError, match="山田"):
        store.contacts.update(contact)
