"""Every user preference, declared once: name, type, default, allowed values, a translatable title, a group.

The table drives the CLI (``argparse`` choices, the ``settings`` command) and the GUI's settings dialog. Titles
are English, marked with :func:`N_` (which does nothing) so that the GUI can pass them to
``QCoreApplication.translate("Preferences", title)`` and the translation tools find them.

The preferences are kept in the store under one key, with a version; :func:`load` brings an older stored form
up to date through the functions registered with :func:`upgrade` (house-style rule 13).
"""

from __future__ import annotations

import logging
import math
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from postcard.core.layout.formats import LayoutOptions
from postcard.core.options import AbroadFormat, LayoutMode, Numerals, Pen, SenderBoxes, SheetSize, Sides
from postcard.errors import PostcardError
from postcard.store.settings import SettingsRepo

log = logging.getLogger("postcard.preferences")

KEY = "preferences"
VERSION = 1
MAX_OFFSET_MM = 10.0
#: The pattern of a colour preference (a front end shows a colour picker for it).
COLOUR_PATTERN = r"#[0-9A-Fa-f]{6}"
_TRUE, _FALSE = ("1", "true", "yes", "on"), ("0", "false", "no", "off")


def N_(text: str) -> str:
    """Mark ``text`` for translation and return it unchanged (the front end translates it where it shows it)."""
    return text


class Group(StrEnum):
    INK = "ink"  # how the handwriting looks
    MESSAGE = "message"  # what else goes on the message side
    ADDRESS = "address"  # the address side
    PRINT = "print"  # how a batch is laid out on paper
    PRINTER = "printer"  # this printer's offsets


class PreferenceError(PostcardError):
    """A value a preference does not take; ``name`` and ``value`` say which."""

    def __init__(self, message: str, name: str, value: object) -> None:
        self.name, self.value = name, value
        super().__init__(message)


@dataclass(frozen=True)
class Preference:
    name: str
    kind: type  # bool, float, str, or a StrEnum (a closed set)
    default: Any
    title: str  # English, marked with N_
    group: Group
    minimum: float | None = None
    maximum: float | None = None
    pattern: str = ""  # a str must match it whole
    hint: str = ""  # what a pattern means, for the error message ("a colour like #1F2A44")

    @property
    def colour(self) -> bool:
        """True for a colour (``#RRGGBB``)."""
        return self.pattern == COLOUR_PATTERN

    @property
    def choices(self) -> tuple[str, ...] | None:
        """The allowed values of a closed set, else None."""
        return tuple(m.value for m in self.kind) if issubclass(self.kind, StrEnum) else None

    def parse(self, text: str) -> Any:
        """A value typed as text (the CLI's ``NAME=VALUE``), checked."""
        if self.kind is bool:
            if text.lower() in _TRUE:
                return True
            if text.lower() in _FALSE:
                return False
            raise PreferenceError(f"{self.name} takes yes or no, not {text!r}", self.name, text)
        if self.kind is float:
            try:
                return self.check(float(text))
            except ValueError:
                raise PreferenceError(f"{self.name} takes a number, not {text!r}", self.name, text) from None
        return self.check(text)

    def check(self, value: object) -> Any:
        """``value`` as this preference's type, or :class:`PreferenceError`."""
        if self.kind is bool:
            if isinstance(value, bool):
                return value
            raise PreferenceError(f"{self.name} takes yes or no, not {value!r}", self.name, value)
        if self.kind is float:
            if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
                raise PreferenceError(f"{self.name} takes a number, not {value!r}", self.name, value)
            low = -math.inf if self.minimum is None else self.minimum
            high = math.inf if self.maximum is None else self.maximum
            if not low <= value <= high:
                raise PreferenceError(f"{self.name} must be between {low:g} and {high:g}, not {value:g}", self.name,
                                      value)  # fmt: skip
            return float(value)
        if not isinstance(value, str):
            raise PreferenceError(f"{self.name} takes text, not {value!r}", self.name, value)
        if self.choices is not None:
            if value not in self.choices:
                allowed = ", ".join(self.choices)
                raise PreferenceError(f"{self.name} must be one of {allowed}, not {value!r}", self.name, value)
            return self.kind(value)
        if self.pattern and not re.fullmatch(self.pattern, value):
            raise PreferenceError(f"{self.name} must be {self.hint or self.pattern}, not {value!r}", self.name, value)
        return value


def _offset(name: str, title: str) -> Preference:
    return Preference(name, float, 0.0, title, Group.PRINTER, -MAX_OFFSET_MM, MAX_OFFSET_MM)


PREFERENCES: tuple[Preference, ...] = (
    Preference("numerals", Numerals, Numerals.DIGITS, N_("Numbers in addresses"), Group.ADDRESS),
    Preference("zip_frames", bool, False, N_("Print the postal-code frames (blank card stock)"), Group.ADDRESS),
    Preference("sender_zip", SenderBoxes, SenderBoxes.TSUJO, N_("Sender's postal-code boxes"), Group.ADDRESS),
    Preference("variation", float, 1.0, N_("Handwriting variation (0 = off)"), Group.INK, 0.0, 3.0),
    Preference(
        "ink", str, "#1F2A44", N_("Ink colour"), Group.INK, pattern=COLOUR_PATTERN, hint="a colour like #1F2A44"
    ),  # fmt: skip
    Preference("pen", Pen, Pen.SEMIBOLD, N_("Pen"), Group.INK),
    Preference("seal", bool, True, N_("Red seal with the sender's family name"), Group.MESSAGE),
    Preference("show_date", bool, False, N_("Write the date on the card"), Group.MESSAGE),
    Preference("date_text", str, "", N_("Date text (empty: today's date)"), Group.MESSAGE),
    Preference(
        "design",
        str,
        "",
        N_("Illustration on the message side"),
        Group.MESSAGE,
        pattern=r"[A-Za-z0-9_-]*",
        hint="the name of an illustration, like ume",
    ),  # fmt: skip
    Preference("abroad_format", AbroadFormat, AbroadFormat.A6, N_("Card for addresses outside Japan"), Group.PRINT),
    Preference("layout", LayoutMode, LayoutMode.DUPLEX, N_("Print order"), Group.PRINT),
    Preference("sides", Sides, Sides.BOTH, N_("Sides to print"), Group.PRINT),
    Preference("sheet", SheetSize, SheetSize.A4, N_("Sheet for several cards a page"), Group.PRINT),
    _offset("message_dx", N_("Message side: move right (mm)")),
    _offset("message_dy", N_("Message side: move down (mm)")),
    _offset("address_dx", N_("Address side: move right (mm)")),
    _offset("address_dy", N_("Address side: move down (mm)")),
)
BY_NAME: dict[str, Preference] = {p.name: p for p in PREFERENCES}
#: The preferences that are layout options (stored with every printed card).
LAYOUT_OPTION_NAMES = tuple(n for n in LayoutOptions.__dataclass_fields__ if n != "extra")


def preference(name: str) -> Preference:
    """The preference called ``name``, or :class:`PreferenceError` naming the ones there are."""
    try:
        return BY_NAME[name]
    except KeyError:
        raise PreferenceError(f"no setting {name!r}; one of {', '.join(BY_NAME)}", name, None) from None


@dataclass(frozen=True)
class Preferences:
    """A complete, checked set of values (every preference has one). Immutable: :meth:`changed` makes another."""

    values: Mapping[str, Any] = field(default_factory=lambda: {p.name: p.default for p in PREFERENCES})

    def __getitem__(self, name: str) -> Any:
        return self.values[name]

    def __iter__(self) -> Iterator[tuple[Preference, Any]]:
        return ((p, self.values[p.name]) for p in PREFERENCES)

    def changed(self, **values: object) -> Preferences:
        """These preferences with some values replaced (each checked; LayoutOptions checks them together)."""
        merged = dict(self.values)
        for name, value in values.items():
            merged[name] = preference(name).check(value)
        result = Preferences(merged)
        result.layout_options()  # the values must also make a valid set together
        return result

    def layout_options(self, **overrides: object) -> LayoutOptions:
        """The layout options these preferences give, with per-run overrides (None: keep the preference)."""
        values = {name: self.values[name] for name in LAYOUT_OPTION_NAMES}
        values.update({k: preference(k).check(v) for k, v in overrides.items() if v is not None})
        return LayoutOptions.from_dict(values)

    def offsets(self) -> dict[str, tuple[float, float]]:
        """The printer offsets per side, mm (right and down positive)."""
        return {side: (self.values[f"{side}_dx"], self.values[f"{side}_dy"]) for side in ("message", "address")}


# --- loading, saving and upgrading ----------------------------------------------------------------------------
Upgrade = Callable[[dict[str, Any], SettingsRepo], dict[str, Any]]
UPGRADES: dict[int, Upgrade] = {}


def upgrade(to: int) -> Callable[[Upgrade], Upgrade]:
    """Register the function that brings stored values from version ``to - 1`` to ``to``."""

    def register(function: Upgrade) -> Upgrade:
        UPGRADES[to] = function
        return function

    return register


@upgrade(1)
def _from_separate_keys(values: dict[str, Any], settings: SettingsRepo) -> dict[str, Any]:
    """Before version 1 the layout options and the printer offsets were kept under keys of their own."""
    values = {**(settings.get("layout", {}) or {}), **values}
    for side, pair in (settings.get("offsets", {}) or {}).items():
        if side in ("message", "address") and isinstance(pair, list | tuple) and len(pair) == 2:
            values[f"{side}_dx"], values[f"{side}_dy"] = pair
    return values


def load(settings: SettingsRepo) -> Preferences:
    """The stored preferences, upgraded and checked; a stored value that is no longer valid falls back to the
    default (logged), so that a damaged setting never locks anyone out."""
    stored = settings.get(KEY) or {}
    version = int(stored.get("version", 0))
    values = dict(stored.get("values", {}))
    for step in range(version + 1, VERSION + 1):
        values = UPGRADES[step](values, settings)
    checked = {p.name: p.default for p in PREFERENCES}
    for name, value in values.items():
        if name not in BY_NAME:
            log.warning("ignoring the unknown stored setting %r", name)
            continue
        try:
            checked[name] = BY_NAME[name].check(value)
        except PreferenceError as exc:
            log.warning("ignoring a stored setting: %s", exc)
    prefs = Preferences(checked)
    try:
        prefs.layout_options()
    except PostcardError as exc:
        log.warning("stored layout settings do not go together (%s); using the defaults", exc)
        prefs = Preferences({**checked, **{n: BY_NAME[n].default for n in LAYOUT_OPTION_NAMES}})
    return prefs


def save(settings: SettingsRepo, prefs: Preferences) -> None:
    """Store ``prefs`` (the values that differ from the defaults), at the current version. Writes the store."""
    values = {p.name: value for p, value in prefs if value != p.default}
    with settings.db.transaction():
        settings.set(KEY, {"version": VERSION, "values": values})
        for old in ("layout", "offsets"):  # the keys that version 1 replaced
            settings.delete(old)


def set_text(settings: SettingsRepo, assignments: Mapping[str, str]) -> Preferences:
    """Parse ``NAME=VALUE`` texts (the CLI's), check them all, and save them together. Writes the store."""
    parsed = {name: preference(name).parse(text) for name, text in assignments.items()}
    prefs = load(settings).changed(**parsed)
    save(settings, prefs)
    return prefs
