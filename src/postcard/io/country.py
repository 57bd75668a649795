"""The country of an address that does not say it in a field of its own (an Eight or 宛名職人 CSV has no country
column; an empty country is Japan), read from the address text where that is unambiguous.

A card follows its address: a Japanese address gets a はがき, an address abroad an A6 card with the Western layout.
An Eight row "1 Market St, San Francisco, CA 94103, USA" must not become a はがき addressed with 様. For an address
written in Latin letters only:

* a trailing country name ("…, USA", "…, United Kingdom", "…, Deutschland") is that country, and is taken off
  the address line (the card prints the country on a line of its own);
* a US state and ZIP code at the end ("…, CA 94103", "…, California 94103-1234") is the USA;
* a British or Canadian postal code, at the end or in the postal code field, is the United Kingdom or Canada;
* a Japanese postal code (seven digits) keeps it in Japan: a romanised Japanese address ("Umeda 3-1-1, Kita-ku,
  Osaka");
* anything else is kept as Japan, but is not sure: the import says so by its line, so the user can set the country.

Text with kana or kanji is Japanese, always.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from postcard.core.model import DEFAULT_HONORIFIC, Contact, is_japan
from postcard.core.text import is_japanese_postal_code, normalize_postal_code
from postcard.io.address import has_japanese

US_STATES = {
    "AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California", "CO": "Colorado",
    "CT": "Connecticut", "DE": "Delaware", "DC": "District of Columbia", "FL": "Florida", "GA": "Georgia",
    "HI": "Hawaii", "ID": "Idaho", "IL": "Illinois", "IN": "Indiana", "IA": "Iowa", "KS": "Kansas",
    "KY": "Kentucky", "LA": "Louisiana", "ME": "Maine", "MD": "Maryland", "MA": "Massachusetts", "MI": "Michigan",
    "MN": "Minnesota", "MS": "Mississippi", "MO": "Missouri", "MT": "Montana", "NE": "Nebraska", "NV": "Nevada",
    "NH": "New Hampshire", "NJ": "New Jersey", "NM": "New Mexico", "NY": "New York", "NC": "North Carolina",
    "ND": "North Dakota", "OH": "Ohio", "OK": "Oklahoma", "OR": "Oregon", "PA": "Pennsylvania", "RI": "Rhode Island",
    "SC": "South Carolina", "SD": "South Dakota", "TN": "Tennessee", "TX": "Texas", "UT": "Utah", "VT": "Vermont",
    "VA": "Virginia", "WA": "Washington", "WV": "West Virginia", "WI": "Wisconsin", "WY": "Wyoming",
    "PR": "Puerto Rico", "GU": "Guam",
}  # fmt: skip
#: Country → the names and codes an address may end with (compared case-insensitively, dots ignored).
COUNTRIES = {
    "USA": ("usa", "us", "united states", "united states of america", "america"),
    "United Kingdom": ("united kingdom", "uk", "gb", "great britain", "england", "scotland", "wales",
                       "northern ireland"),
    "Canada": ("canada",), "Australia": ("australia",), "New Zealand": ("new zealand", "nz"),
    "Ireland": ("ireland", "éire"), "Germany": ("germany", "deutschland"), "France": ("france",),
    "Italy": ("italy", "italia"), "Spain": ("spain", "españa"), "Portugal": ("portugal",),
    "Netherlands": ("netherlands", "the netherlands", "nederland", "holland"), "Belgium": ("belgium", "belgique",
    "belgië"), "Switzerland": ("switzerland", "schweiz", "suisse", "svizzera"), "Austria": ("austria",
    "österreich"), "Sweden": ("sweden", "sverige"), "Denmark": ("denmark", "danmark"), "Norway": ("norway",
    "norge"), "Finland": ("finland", "suomi"), "Poland": ("poland", "polska"), "Singapore": ("singapore",),
    "China": ("china", "prc", "people's republic of china"), "South Korea": ("south korea", "korea",
    "republic of korea"), "Taiwan": ("taiwan", "roc"), "Hong Kong": ("hong kong", "hk"), "India": ("india",),
    "Thailand": ("thailand",), "Vietnam": ("vietnam", "viet nam"), "Philippines": ("philippines",),
    "Indonesia": ("indonesia",), "Malaysia": ("malaysia",), "Brazil": ("brazil", "brasil"), "Mexico": ("mexico",
    "méxico"), "Japan": ("japan", "jp", "jpn", "nippon"),
}  # fmt: skip
_BY_NAME = {alias: country for country, aliases in COUNTRIES.items() for alias in aliases}
_LATIN = re.compile(r"[A-Za-z]")
_US_ZIP = re.compile(r"(?:^|[\s,])(?P<state>[A-Za-z][A-Za-z .]*?)\.?\s+\d{5}(?:-\d{4})?\s*$")
_UK_POSTCODE = re.compile(r"(?:^|[\s,])[A-Z]{1,2}[0-9][A-Z0-9]?\s*[0-9][A-Z]{2}\s*$", re.IGNORECASE)
_CA_POSTCODE = re.compile(r"(?:^|[\s,])[A-Z][0-9][A-Z]\s?[0-9][A-Z][0-9]\s*$", re.IGNORECASE)
_STATE_NAMES = {name.lower(): code for code, name in US_STATES.items()}


@dataclass(frozen=True)
class CountryGuess:
    """What the address text says about its country.

    Attributes:
        country: The country ("" for Japan, as the model has it).
        address: The address text with a trailing country name taken off.
        sure: False for Latin text that names no country: kept as Japan, but perhaps abroad.
    """

    country: str
    address: str
    sure: bool = True


def _key(part: str) -> str:
    return re.sub(r"\s+", " ", part.replace(".", "").strip(" ,;")).lower()


def _trailing_country(text: str) -> tuple[str | None, str]:
    """(the country a text ends with, the text without it); (None, text) when it ends with none. A text that is
    only a country name ends with it too (an address line "USA")."""
    parts = [p for p in re.split(r"\s*[,\n]\s*", text.strip()) if p.strip()]
    if not parts:
        return None, text
    country = _BY_NAME.get(_key(parts[-1]))
    if country is None:
        return None, text
    rest = re.sub(r"[\s,;]*" + re.escape(parts[-1].strip()) + r"[\s.]*$", "", text.strip()).strip(" ,;")
    return country, rest


def _us_state(text: str) -> bool:
    """Whether a text ends with a US state (its code or name) and a ZIP code."""
    match = _US_ZIP.search(text)
    if match is None:
        return False
    words = _key(match.group("state"))
    return words.split(" ")[-1].upper() in US_STATES or any(
        words == name or words.endswith(" " + name) for name in _STATE_NAMES
    )


def guess_country(address: str, postal_code: str = "") -> CountryGuess:
    """The country of an address given as text (lines joined with ", " or line breaks), and its postal code."""
    text = address.strip()
    if not text or has_japanese(text) or not _LATIN.search(text):
        return CountryGuess("", text)
    country, rest = _trailing_country(text)
    if country == "Japan":
        return CountryGuess("", text)
    if country is not None and rest:
        return CountryGuess(country, rest)
    code = postal_code.strip()
    if _us_state(text):
        return CountryGuess("USA", text)
    if _UK_POSTCODE.search(text) or (code and _UK_POSTCODE.fullmatch(" " + code)):
        return CountryGuess("United Kingdom", text)
    if _CA_POSTCODE.search(text) or (code and _CA_POSTCODE.fullmatch(" " + code)):
        return CountryGuess("Canada", text)
    if is_japanese_postal_code(normalize_postal_code(code)):
        return CountryGuess("", text)  # a romanised Japanese address with its postal code
    return CountryGuess("", text, sure=False)


def settle_country(contact: Contact) -> bool:
    """Set the country of a contact whose record gave none (or Japan) from its address text; a trailing country
    name leaves the address (the card prints the country on a line of its own). Returns False when the address
    is in Latin letters and its country is not clear: it stays Japan, and the caller says so."""
    if not is_japan(contact.country):
        return True
    names = [name for name in ("address1", "address2", "address3") if getattr(contact, name).strip()]
    if not names:
        return True
    guess = guess_country(", ".join(getattr(contact, name) for name in names), contact.postal_code)
    if guess.country:
        contact.country = guess.country
        if contact.honorific == DEFAULT_HONORIFIC and not contact.is_japanese_name:
            contact.honorific = ""  # the file gave none: 様 was only the default for an address in Japan
        last = names[-1]
        country, rest = _trailing_country(getattr(contact, last))
        if country is not None and country != "Japan":
            setattr(contact, last, rest)
        if names == ["address1"] and "," in contact.address1:  # one line: the street, then the town and region
            street, _, town = contact.address1.partition(",")
            contact.address1, contact.address2 = street.strip(), town.strip()
    return guess.sure
