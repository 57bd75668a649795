"""Settings kept in the database as JSON values."""

from __future__ import annotations

from pathlib import Path

from postcard.store.store import Store


def test_missing_key_gives_the_default(store: Store) -> None:
    assert store.settings.get("offset") is None
    assert store.settings.get("offset", {"x": 0}) == {"x": 0}
    assert store.settings.all() == {}


def test_json_values_round_trip_and_overwrite(store: Store) -> None:
    values = {
        "offset": {"message": [0.5, -1.25], "address": [0, 0]},
        "ink": "#1a2b3c",
        "strength": 0.7,
        "recent_templates": ["ja-seminar", "en-talk"],
        "sender_name": "小林 葵",
        "show_frames": False,
    }
    for key, value in values.items():
        store.settings.set(key, value)
    assert {k: store.settings.get(k) for k in values} == values
    store.settings.set("ink", "#000000")
    assert store.settings.get("ink") == "#000000"
    assert store.settings.all() == {**values, "ink": "#000000"}


def test_settings_travel_with_the_database(tmp_path: Path) -> None:
    path = tmp_path / "postcard.sqlite3"
    first = Store.open(path)
    first.settings.set("strength", 0.3)
    first.close()
    second = Store.open(path)
    try:
        assert second.settings.get("strength") == 0.3
    finally:
        second.close()
