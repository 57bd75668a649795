"""Preferences declared once: parsing, checking, saving with a version, upgrading the old separate keys."""

from __future__ import annotations

import math

import pytest

from postcard.compose import preferences
from postcard.compose.preferences import PREFERENCES, Group, PreferenceError, Preferences
from postcard.context import AppContext
from postcard.core.layout.formats import LayoutOptions
from postcard.core.options import LayoutMode, Numerals, Pen


def test_every_preference_has_a_title_a_group_and_a_valid_default() -> None:
    for pref in PREFERENCES:
        assert pref.title and isinstance(pref.group, Group)
        assert pref.check(pref.default) == pref.default
    defaults = Preferences()
    assert defaults.layout_options() == LayoutOptions()
    assert defaults.offsets() == {"message": (0.0, 0.0), "address": (0.0, 0.0)}
    assert preferences.preference("numerals").choices == ("digits", "juu", "arabic")


@pytest.mark.parametrize(
    ("name", "text", "value"),
    [("numerals", "juu", Numerals.JUU), ("zip_frames", "yes", True), ("seal", "off", False),
     ("variation", "0.5", 0.5), ("ink", "#112233", "#112233"), ("layout", "two-pass", LayoutMode.TWO_PASS),
     ("address_dx", "-9.5", -9.5)],
)  # fmt: skip
def test_text_is_parsed_into_typed_values(name: str, text: str, value: object) -> None:
    parsed = preferences.preference(name).parse(text)
    assert parsed == value and type(parsed) is type(value)


@pytest.mark.parametrize(
    ("name", "text"),
    [("pen", "thick"), ("variation", "9"), ("variation", "nan"), ("ink", "blue"), ("zip_frames", "maybe"),
     ("address_dx", "10.5"), ("message_dy", "inf"), ("design", "../etc")],
)  # fmt: skip
def test_bad_values_are_refused_naming_the_preference(name: str, text: str) -> None:
    with pytest.raises(PreferenceError) as info:
        preferences.preference(name).parse(text)
    assert info.value.name == name and name in str(info.value)


def test_offsets_must_be_finite_and_within_ten_mm() -> None:
    pref = preferences.preference("address_dy")
    for bad in (math.inf, -math.nan, 10.01, -10.01, True):
        with pytest.raises(PreferenceError):
            pref.check(bad)
    assert pref.check(-10) == -10.0


def test_saved_preferences_round_trip_with_a_version(ctx: AppContext) -> None:
    saved = preferences.set_text(ctx.store.settings, {"pen": "regular", "address_dx": "1.5"})
    assert saved["pen"] is Pen.REGULAR
    stored = ctx.store.settings.get(preferences.KEY)
    assert stored == {"version": preferences.VERSION, "values": {"pen": "regular", "address_dx": 1.5}}
    loaded = preferences.load(ctx.store.settings)
    assert loaded == saved and loaded.offsets()["address"] == (1.5, 0.0)


def test_a_refused_assignment_saves_nothing(ctx: AppContext) -> None:
    preferences.set_text(ctx.store.settings, {"variation": "0.5"})
    with pytest.raises(PreferenceError):
        preferences.set_text(ctx.store.settings, {"ink": "#000000", "variation": "7"})
    assert preferences.load(ctx.store.settings)["ink"] == "#1F2A44"


def test_the_settings_of_older_versions_are_upgraded(ctx: AppContext) -> None:
    ctx.store.settings.set("layout", {"numerals": "arabic", "variation": 0.3})
    ctx.store.settings.set("offsets", {"address": [1.0, -0.5]})
    prefs = preferences.load(ctx.store.settings)
    assert (prefs["numerals"], prefs["variation"], prefs.offsets()["address"]) == ("arabic", 0.3, (1.0, -0.5))
    preferences.save(ctx.store.settings, prefs)
    assert set(ctx.store.settings.all()) == {preferences.KEY}  # the old keys are gone, their values kept
    assert preferences.load(ctx.store.settings) == prefs


def test_a_damaged_stored_value_falls_back_to_its_default(ctx: AppContext, caplog: pytest.LogCaptureFixture) -> None:
    ctx.store.settings.set(preferences.KEY, {"version": 1, "values": {"pen": "crayon", "ink": "#010203", "x": 1}})
    prefs = preferences.load(ctx.store.settings)
    assert (prefs["pen"], prefs["ink"]) == (Pen.SEMIBOLD, "#010203")
    assert "crayon" in caplog.text and "'x'" in caplog.text


def test_run_overrides_change_the_layout_options_only_for_the_run() -> None:
    prefs = Preferences()
    assert prefs.layout_options(numerals="juu", variation=None).numerals is Numerals.JUU
    assert prefs["numerals"] is Numerals.DIGITS
    with pytest.raises(PreferenceError):
        prefs.layout_options(variation=5.0)
