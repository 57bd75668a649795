"""Sample data for a first look: one seminar, a dozen people met there, a sender, personal lines drafted."""

from __future__ import annotations

import datetime as dt

from postcard.core.model import Card, Contact, Event, JointName, Sender
from postcard.errors import PostcardError
from postcard.store.store import Store

DEMO_EVENT = "地域DXセミナー2026"


def _c(**kw: object) -> Contact:
    return Contact(**kw)  # type: ignore[arg-type]


def demo_contacts() -> list[tuple[Contact, str, str]]:
    """(contact, template, personal line) for each demo person. Addresses are real public places."""
    return [
        (_c(family_name="山田", given_name="太郎", family_reading="やまだ", given_reading="たろう",
            company="株式会社みらい設計", department="営業部", title="部長", postal_code="1000005",
            address1="東京都千代田区丸の内", address2="1-9-1", address3="グラントウキョウノースタワー12階",
            email="yamada@example.jp", notes="地方銀行との協業の話。声が良く通る。", key_person=True),
         "ja-seminar", "協業のお話、大変勉強になりました"),
        (_c(family_name="髙橋", given_name="花子", family_reading="たかはし", given_reading="はなこ",
            postal_code="5300001", address1="大阪府大阪市北区梅田", address2="3-1-1",
            email="hanako@example.jp", notes="子育てと起業の両立。笑顔が素敵。",
            joint_names=[JointName(given_name="健一", honorific="様")]),
         "ja-meishi", "起業のお話に勇気をもらいました"),
        (_c(family_name="佐藤", given_name="健", family_reading="さとう", given_reading="けん",
            postal_code="0600806", address1="北海道札幌市北区北六条西", address2="4丁目",
            notes="札幌から参加。地元の農業IT。"), "ja-seminar", "札幌の農業ITの取り組み、素晴らしいです"),
        (_c(family_name="鈴木", given_name="一郎", family_reading="すずき", given_reading="いちろう",
            company="鈴木商店", title="代表", postal_code="4600008", address1="愛知県名古屋市中区栄",
            address2="3-4-5", email="suzuki@example.jp"), "ja-shokai", "温かいご紹介をありがとうございました"),
        (_c(family_name="田中", given_name="美咲", family_reading="たなか", given_reading="みさき",
            postal_code="8100001", address1="福岡県福岡市中央区天神", address2="1-8-1",
            address3="センタービル5階"), "ja-seminar", "質疑応答での鋭いご質問が印象的でした"),
        (_c(family_name="伊藤", given_name="誠", family_reading="いとう", given_reading="まこと",
            company="東北ソフト株式会社", department="開発部", postal_code="9800811",
            address1="宮城県仙台市青葉区一番町", address2="4-7-17"), "ja-meishi", ""),
        (_c(family_name="渡辺", given_name="由美", family_reading="わたなべ", given_reading="ゆみ",
            postal_code="6008216", address1="京都府京都市下京区烏丸通塩小路下る東塩小路町", address2="721-1"),
         "ja-shokuji", "懇親会での京都のお話、楽しかったです"),
        (_c(family_name="山﨑", given_name="大輔", family_reading="やまざき", given_reading="だいすけ",
            postal_code="2310023", address1="神奈川県横浜市中区山下町", address2="279",
            notes="ハマのエンジニア勉強会主宰"), "ja-seminar", "勉強会へのお誘い、ぜひ伺います"),
        (_c(company="一般社団法人まちづくり協会", honorific="御中", postal_code="1500002",
            address1="東京都渋谷区渋谷", address2="2-21-1", address3="渋谷ヒカリエ8階"), "ja-seminar",
         "運営の皆さまに心より感謝いたします"),
        (_c(family_name="Smith", given_name="Emily", honorific="Ms.", company="Northwind Labs",
            address1="1 Infinite Loop", address2="Cupertino, CA", postal_code="95014", country="USA",
            email="emily@example.com", notes="Spoke about accessibility."),
         "en-talk", "Your accessibility talk changed how I design"),
        (_c(family_name="Müller", given_name="Jonas", honorific="Mr.", address1="Unter den Linden 6",
            address2="Berlin", postal_code="10117", country="Germany", email="jonas@example.de"),
         "en-conference", "Let's continue our chat about open data"),
        (_c(family_name="Brown", given_name="Olivia", honorific="Dr.", company="Fairview Clinic",
            address1="221B Baker Street", address2="London", postal_code="NW1 6XE", country="United Kingdom"),
         "en-dinner", "Thank you for the restaurant tip"),
    ]  # fmt: skip


def demo_sender() -> Sender:
    return Sender(label="private", family_name="小林", given_name="葵", postal_code="1510051",
                  address1="東京都渋谷区千駄ヶ谷", address2="1-2-3", address3="グリーンハイツ201",
                  email="aoi@example.jp")  # fmt: skip


def fill_demo(store: Store, today: dt.date | None = None) -> Event:
    """Fill an empty home with the sample event, contacts, sender and drafted personal lines."""
    if store.contacts.count() or store.events.list():
        raise PostcardError("the demo fills an empty contact book only; use another --home for a first look")
    today = today or dt.date.today()
    with store.db.transaction():
        event = store.events.add(
            Event(DEMO_EVENT, today - dt.timedelta(days=3), "東京・丸の内", "地域とデジタルの勉強会")
        )
        sender = store.senders.add(demo_sender())
        ids = []
        for contact, template, personal in demo_contacts():
            contact.met_on = event.date
            store.contacts.add(contact)
            assert contact.id is not None
            ids.append(contact.id)
            store.cards.save_draft(
                Card(contact_id=contact.id, event_id=event.id, sender_id=sender.id, template=template,
                     personal=personal, text="", format="jp-hagaki" if contact.is_japanese_address else "a6",
                     seed=contact.id * 7919)
            )  # fmt: skip
        assert event.id is not None
        store.events.link(event.id, ids)
    return event
