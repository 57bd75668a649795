"""What a card template sees: read-only views of the contact, the event and the sender, never the dataclasses.

:data:`VARIABLES` lists each name and its attributes (the editor's "did you mean", :meth:`TemplateLibrary.validate`);
:func:`card_context` makes the values one render sees; :data:`SAMPLES` are the cards ``validate`` renders for.
"""

from __future__ import annotations

import datetime as dt
import difflib
from types import MappingProxyType
from typing import Any

from postcard.core.model import Contact, Event, Sender

#: What templates can use: each variable and its attributes (for the GUI editor's help and for validate()).
VARIABLES: dict[str, tuple[str, ...]] = {
    "contact": ("family_name", "given_name", "full_name", "short_name", "display_name", "family_reading",
                "given_reading", "honorific", "company", "department", "title"),
    "event": ("name", "date", "place"),
    "sender": ("family_name", "given_name", "full_name", "company"),
    "personal": (), "today": (),
}  # fmt: skip
#: validate() renders a template for a Japanese and a Western card with these (keyword arguments of card_context).
SAMPLES: tuple[dict[str, Any], ...] = (
    {"contact": Contact(family_name="山田", given_name="太郎", company="山田商事"),
     "event": Event(name="秋の交流会", date=dt.date(2026, 11, 23), place="東京"),
     "personal": "またお話しできるのを楽しみにしています",
     "sender": Sender(family_name="佐藤", given_name="花子"), "today": dt.date(2026, 11, 25)},
    {"contact": Contact(family_name="Doe", given_name="Jane"), "today": dt.date(2026, 11, 25)},
)  # fmt: skip


class TemplateView:
    """A read-only bag of plain values that a template sees under one name (``contact``, ``event``...)."""

    __slots__ = ("_name", "_values", "_text")

    def __init__(self, name: str, values: dict[str, object], text: str) -> None:
        self._name, self._values, self._text = name, MappingProxyType(dict(values)), text

    def __getattr__(self, key: str) -> object:
        if key.startswith("_"):
            raise AttributeError(key)
        try:
            return self._values[key]
        except KeyError:
            raise AttributeError(key) from None

    def __str__(self) -> str:  # {{ contact }} prints the name, {{ event }} the event's name
        return str(self._values[self._text])

    def __bool__(self) -> bool:  # {% if event %} is false for "no event"
        return any(value not in ("", None) for value in self._values.values())


def _view(name: str, obj: object, text: str) -> TemplateView:
    values = {key: getattr(obj, key, "") for key in VARIABLES[name]}
    if isinstance(obj, Contact):  # short_name: 山田様 for a Japanese name, Jane (first-name basis) otherwise
        family = obj.family_name and obj.family_name + obj.honorific
        values["short_name"] = (family if obj.is_japanese_name else obj.given_name) or obj.display_name
    return TemplateView(name, values, text)


def card_context(contact: Contact | None = None, event: Event | None = None, personal: str = "",
                 sender: Sender | None = None, today: dt.date | None = None) -> dict[str, object]:  # fmt: skip
    """The names one render sees; a missing contact, event or sender is an empty view (false in ``{% if %}``)."""
    return {
        "contact": _view("contact", contact or Contact(), "full_name"),
        "event": _view("event", event or Event(name=""), "name"),  # no event: name "" so {% if event.name %}
        "sender": _view("sender", sender or Sender(), "full_name"),
        "personal": (personal or "").strip(),
        "today": today or dt.date.today(),
    }


def closest(variable: str, attribute: str) -> str:
    """The name a template probably meant: the closest attribute of ``variable`` (a template variable), or the
    closest variable when ``variable`` is ""; "" when none is close."""
    names = VARIABLES.get(variable, ()) if variable else tuple(VARIABLES)
    found = difflib.get_close_matches(attribute, names, n=1)
    return found[0] if found else ""


def no_attribute(variable: str, attribute: str) -> str:
    """The message for an attribute a variable does not have, with the closest one it has."""
    message = f"{variable!r} has no attribute {attribute!r}"
    close = closest(variable, attribute)
    return message + (f" (did you mean {close!r}?)" if close else "")
