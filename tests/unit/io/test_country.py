"""The country of an address that names it only in its text (Eight has no country column; empty is Japan)."""

from __future__ import annotations

import pytest

from postcard.core.layout.formats import address_format
from postcard.core.model import Contact
from postcard.io.country import CountryGuess, guess_country, settle_country
from postcard.io.csvformats import parse_csv
from postcard.io.records import IssueKind

EIGHT = "会社名,部署名,役職,姓,名,e-mail,郵便番号,住所,TEL会社,TEL部門,TEL直通,Fax,携帯電話,URL,名刺交換日"


@pytest.mark.parametrize(
    ("address", "code", "expected"),
    [
        ("1 Market St, San Francisco, CA 94103, USA", "", CountryGuess("USA", "1 Market St, San Francisco, CA 94103")),
        ("1 Market St, San Francisco, CA 94103", "", CountryGuess("USA", "1 Market St, San Francisco, CA 94103")),
        (
            "350 Fifth Avenue, New York, New York 10118",
            "",
            CountryGuess("USA", "350 Fifth Avenue, New York, New York 10118"),
        ),  # fmt: skip
        ("10 Downing St, London SW1A 2AA", "", CountryGuess("United Kingdom", "10 Downing St, London SW1A 2AA")),
        ("221B Baker Street, London", "NW1 6XE", CountryGuess("United Kingdom", "221B Baker Street, London")),
        ("100 Queen St W, Toronto, ON M5H 2N2", "", CountryGuess("Canada", "100 Queen St W, Toronto, ON M5H 2N2")),
        ("Hauptstr. 5, 10115 Berlin, Deutschland", "", CountryGuess("Germany", "Hauptstr. 5, 10115 Berlin")),
        ("Umeda 3-1-1, Kita-ku, Osaka", "530-0001", CountryGuess("", "Umeda 3-1-1, Kita-ku, Osaka")),
        ("Umeda 3-1-1, Kita-ku, Osaka, Japan", "", CountryGuess("", "Umeda 3-1-1, Kita-ku, Osaka, Japan")),
        (
            "東京都千代田区丸の内1-1-1 Marunouchi Bldg",
            "",
            CountryGuess("", "東京都千代田区丸の内1-1-1 Marunouchi Bldg"),
        ),
        ("Rue de Rivoli 1, 75001 Paris", "", CountryGuess("", "Rue de Rivoli 1, 75001 Paris", sure=False)),
        ("Umeda 3-1-1, Kita-ku, Osaka", "", CountryGuess("", "Umeda 3-1-1, Kita-ku, Osaka", sure=False)),
    ],
)
def test_the_country_is_read_from_the_text_only_where_it_is_unambiguous(address: str, code: str,
                                                                        expected: CountryGuess) -> None:  # fmt: skip
    assert guess_country(address, code) == expected


def test_a_country_given_is_kept_and_a_trailing_one_leaves_the_line() -> None:
    given = Contact(family_name="Doe", address1="1 Rue de Rivoli, 75001 Paris", country="France")
    assert settle_country(given) and given.country == "France" and given.address1 == "1 Rue de Rivoli, 75001 Paris"
    one_line = Contact(family_name="Smith", address1="1 Market St, San Francisco, CA 94103, USA")
    assert settle_country(one_line)
    assert (one_line.address1, one_line.address2, one_line.country) == ("1 Market St", "San Francisco, CA 94103",
                                                                        "USA")  # fmt: skip


def test_an_eight_row_abroad_gets_a_card_for_abroad_and_an_unclear_one_is_named() -> None:
    rows = [EIGHT,
            "Northwind Inc.,Sales,,Smith,Emily,emily@example.com,,\"1 Market St, San Francisco, CA 94103, USA\","
            ",,,,,,2026/11/20",
            "みらい設計,,,髙橋,健太,kenta@example.jp,150-0002,東京都渋谷区渋谷2-21-1,,,,,,,2026/11/20",
            "Café Lumière,,,Martin,Claire,claire@example.fr,,\"Rue de Rivoli 1, 75001 Paris\","
            ",,,,,,2026/11/20"]  # fmt: skip
    result = parse_csv("\r\n".join(rows).encode(), "eight.csv")
    smith, takahashi, martin = result.contacts
    assert (smith.country, smith.address1, smith.address2) == ("USA", "1 Market St", "San Francisco, CA 94103")
    assert smith.honorific == "" and smith.addressed_name == "Emily Smith"  # not "Emily Smith 様"
    assert not smith.is_japanese_address and address_format(smith.is_japanese_address) == "a6"
    assert takahashi.country == "" and takahashi.is_japanese_address
    assert martin.country == ""  # not sure: read as Japan, and said so by its line
    (issue,) = result.issues
    found = (issue.line, issue.kind, issue.subject, issue.skipped)
    assert found == (4, IssueKind.COUNTRY_UNSURE, "Rue de Rivoli 1, 75001 Paris", False)
