"""Card text templates: the bundled set, the three-line rule, error messages, filters and the sandbox."""

from __future__ import annotations

import datetime as dt
import itertools
import os
from pathlib import Path

import pytest

from postcard.core.model import Contact, Event, Sender
from postcard.errors import TemplateError, TemplateFailure, TemplateFault, TemplateLimit
from postcard.render.templates import (
    DIRECTIONS,
    FORMATS,
    LANGS,
    TemplateLibrary,
    TemplateProblem,
    edate,
    jdate,
    wareki,
    wareki_date,
)

BUNDLED = Path(__file__).resolve().parents[3] / "templates"
HEADER = "{# title: test #}\n{# lang: ja #}\n{# format: jp-hagaki #}\n{# direction: vertical #}\n"
YAMADA = Contact(
    family_name="山田",
    given_name="太郎",
    family_reading="やまだ",
    given_reading="たろう",
    company="山田商事",
    department="営業部",
    title="部長",
)
DOE = Contact(family_name="Doe", given_name="Jane", honorific="Ms.", company="Acme")
TODAY = dt.date(2026, 11, 25)


@pytest.fixture
def lib(tmp_path: Path) -> TemplateLibrary:
    return TemplateLibrary(BUNDLED, tmp_path / "user-templates")


def user_library(tmp_path: Path, **files: str) -> TemplateLibrary:
    user = tmp_path / "user"
    user.mkdir(exist_ok=True)
    for name, text in files.items():
        (user / name).write_text(text, encoding="utf-8")
    return TemplateLibrary(BUNDLED, user)


def render(lib: TemplateLibrary, body: str, contact: Contact = YAMADA, **ctx: object) -> list[str]:
    ctx.setdefault("today", TODAY)
    return lib.render_source(HEADER + body, contact=contact, **ctx).lines


# --- the bundled set ----
def test_bundled_set_has_six_japanese_and_four_english_templates(lib: TemplateLibrary) -> None:
    infos = lib.list()
    names = {info.name for info in infos}
    assert {"ja-seminar", "ja-meishi", "ja-shokai", "ja-shokuji", "ja-hisashiburi", "ja-nenga"} <= names
    assert {"en-talk", "en-conference", "en-dinner", "en-reconnect"} <= names
    assert sum(info.lang == "ja" for info in infos) >= 6
    assert sum(info.lang == "en" for info in infos) >= 4
    for info in infos:
        assert info.lang in LANGS and info.format in FORMATS and info.direction in DIRECTIONS
        assert info.title != info.name and not info.user
        assert info.direction == ("vertical" if info.lang == "ja" else "horizontal")


@pytest.mark.parametrize("path", sorted(BUNDLED.glob("*.j2")), ids=lambda p: p.name)
def test_bundled_template_validates_cleanly(lib: TemplateLibrary, path: Path) -> None:
    assert lib.validate(path.read_text(encoding="utf-8")) == []


EVENTS = {"ja": Event(name="DX推進セミナー", date=dt.date(2026, 11, 20)), "en": Event(name="PyCon JP")}
MAX_CHARS = {"ja": 16, "en": 34}  # a handwritten vertical hagaki column / a horizontal line


@pytest.mark.parametrize(
    ("name", "contact", "with_event", "personal"),
    list(
        itertools.product(
            sorted(p.stem for p in BUNDLED.glob("*.j2")),
            [YAMADA, DOE],
            [False, True],
            ["", "またお話しできるのを楽しみにしています"],
        )
    ),
)
def test_every_bundled_template_renders_a_short_card(
    lib: TemplateLibrary, name: str, contact: Contact, with_event: bool, personal: str
) -> None:
    info = lib.get(name)
    source = info.path.read_text(encoding="utf-8") if info.path else ""
    event = EVENTS[info.lang] if with_event else None
    card = lib.render(
        name, contact=contact, event=event, personal=personal, sender=Sender(family_name="佐藤"), today=TODAY
    )
    assert 1 <= len(card.lines) <= 3
    assert all(line and line == line.strip() for line in card.lines)
    assert "{" not in card.text and "None" not in card.text
    if personal:
        assert personal in card.lines
    if event and "event.name" in source:
        assert event.name in card.text
    if "contact.short_name" in source:
        assert ("山田様" if contact is YAMADA else "Jane") in card.text
    for line in card.lines:
        if line != personal:
            assert len(line) <= MAX_CHARS[info.lang], line


def test_japanese_seminar_card_reads_as_written(lib: TemplateLibrary) -> None:
    card = lib.render("ja-seminar", contact=YAMADA, event=EVENTS["ja"], personal="ご講演に感銘を受けました")
    assert card.lines == [
        "先日のDX推進セミナーでは",
        "ご講演に感銘を受けました",
        "今後ともよろしくお願いいたします",
    ]
    assert card.text == "\n".join(card.lines)
    assert card.info.name == "ja-seminar" and card.info.title == "セミナーのお礼"


# --- the library ----
def test_user_template_overrides_the_bundled_one_and_adds_its_own(tmp_path: Path) -> None:
    lib = user_library(tmp_path, **{"ja-seminar.j2": HEADER + "私のセミナー", "mine.j2": "{# title: Mine #}\nHi"})
    assert lib.get("ja-seminar").user
    assert lib.get("ja-seminar.j2").path == tmp_path / "user" / "ja-seminar.j2"
    assert lib.render("ja-seminar", contact=YAMADA).lines == ["私のセミナー"]
    by_name = {info.name: info for info in lib.list()}
    assert by_name["mine"].user and by_name["mine"].title == "Mine"
    assert not by_name["en-talk"].user
    assert [i.name for i in lib.list()] == sorted(by_name)


def test_header_defaults_when_missing(tmp_path: Path) -> None:
    lib = user_library(tmp_path, **{"en-x.j2": "Hello", "plain.j2": "こんにちは"})
    en, plain = lib.get("en-x"), lib.get("plain")
    assert (en.title, en.lang, en.format, en.direction) == ("en-x", "en", "any", "horizontal")
    assert (plain.lang, plain.direction) == ("ja", "vertical")


@pytest.mark.parametrize("name", ["nope", "", "../pyproject", "/etc/passwd", ".hidden", "sub\\x"])
def test_unknown_template_names_are_errors(lib: TemplateLibrary, name: str) -> None:
    with pytest.raises(TemplateError, match="no template named"):
        lib.get(name)
    with pytest.raises(TemplateError):
        lib.render(name, contact=YAMADA)


# --- errors name the file and the line ----
def test_misspelled_attribute_names_file_line_and_variable(tmp_path: Path) -> None:
    lib = user_library(tmp_path, **{"thanks-seminar.j2": "{# title: t #}\n先日は\n{{ contact.nmae }}\n"})
    with pytest.raises(TemplateError) as err:
        lib.render("thanks-seminar", contact=YAMADA)
    assert str(err.value) == "thanks-seminar.j2 line 3: 'contact' has no attribute 'nmae'"


def test_near_miss_gets_a_suggestion(lib: TemplateLibrary) -> None:
    with pytest.raises(TemplateError, match=r"<editor> line 5: 'event' has no attribute 'nmae' \(did you mean 'name'"):
        render(lib, "{{ event.nmae }}", event=EVENTS["ja"])


def test_undefined_variable_and_syntax_error(tmp_path: Path) -> None:
    lib = user_library(tmp_path, **{"a.j2": "x\n\n{{ contactt.given_name }}", "b.j2": "x\n{% if personal %}\n"})
    with pytest.raises(TemplateError, match=r"^a\.j2 line 3: 'contactt' is undefined$"):
        lib.render("a", contact=YAMADA)
    with pytest.raises(TemplateError, match=r"^b\.j2 line 2: Unexpected end of template.*'endif'"):
        lib.render("b", contact=YAMADA)


def test_render_source_errors_use_the_given_name(lib: TemplateLibrary) -> None:
    with pytest.raises(TemplateError, match=r"^draft\.j2 line 2: "):
        lib.render_source("ok\n{{ nope }}", name="draft.j2", contact=YAMADA)


def test_private_fields_are_not_exposed(lib: TemplateLibrary) -> None:
    for attribute in ("notes", "email", "phone", "address1", "id", "joint_names", "is_japanese_name"):
        with pytest.raises(TemplateError, match=f"'contact' has no attribute '{attribute}'"):
            render(lib, f"{{{{ contact.{attribute} }}}}")


# --- the three-line rule and blank lines -------------------------------------------------------------------
def test_four_lines_is_an_error_naming_the_contact(lib: TemplateLibrary) -> None:
    with pytest.raises(TemplateError, match=r"^card for 山田 太郎 has 4 lines; a postcard takes at most 3"):
        render(lib, "一\n二\n三\n四")
    with pytest.raises(TemplateError, match="card for 山田商事 has 4 lines"):
        render(lib, "一\n二\n三\n四", contact=Contact(company="山田商事", honorific="御中"))
    with pytest.raises(TemplateError, match="card for Jane Doe has 5 lines"):
        render(lib, "{{ personal }}", contact=DOE, personal="1\n2\n3\n4\n5")


def test_blank_lines_are_dropped_and_lines_stripped(lib: TemplateLibrary) -> None:
    assert render(lib, "\n\n  一行目  \n\n\n二行目\n   \n三行目\n\n") == ["一行目", "二行目", "三行目"]


def test_empty_personal_leaves_no_gap(lib: TemplateLibrary) -> None:
    body = "先日は\n{%- if personal %}\n{{ personal }}\n{%- endif %}\nありがとうございました"
    assert render(lib, body) == ["先日は", "ありがとうございました"]
    assert render(lib, body, personal="楽しかったです") == [
        "先日は",
        "楽しかったです",
        "ありがとうございました",
    ]
    plain = "先日は\n{% if personal %}{{ personal }}{% endif %}\nありがとうございました"
    assert render(lib, plain) == ["先日は", "ありがとうございました"]


# --- the variables ----
def test_contact_event_sender_views(lib: TemplateLibrary) -> None:
    sender = Sender(family_name="佐藤", given_name="花子", company="佐藤工房")
    body = (
        "{{ contact }}|{{ contact.full_name }}|{{ contact.family_reading }}{{ contact.given_reading }}|"
        "{{ contact.honorific }}|{{ contact.company }}{{ contact.department }}{{ contact.title }}\n"
        "{{ event }}|{{ event.date|jdate }}|{{ event.place }}\n"
        "{{ sender.full_name }}|{{ sender.company }}|{{ personal }}|{{ today }}"
    )
    event = Event(name="交流会", date=dt.date(2026, 11, 23), place="東京")
    lines = render(lib, body, event=event, sender=sender, personal="  やあ  ")
    assert lines == [
        "山田 太郎|山田 太郎|やまだたろう|様|山田商事営業部部長",
        "交流会|2026年11月23日|東京",
        "佐藤 花子|佐藤工房|やあ|2026-11-25",
    ]
    assert render(lib, "{{ contact.full_name }} {{ contact.short_name }}", contact=DOE) == ["Jane Doe Jane"]


def test_no_event_and_no_sender_are_empty_and_false(lib: TemplateLibrary) -> None:
    body = "[{{ event.name }}][{{ event.date|jdate }}][{{ sender.full_name }}]\n"
    body += "{% if event %}E{% else %}noE{% endif %}"
    assert render(lib, body) == ["[][][]", "noE"]
    assert render(lib, "{% if event.name %}{{ event.name }}{% else %}なし{% endif %}") == ["なし"]


def test_today_defaults_to_the_real_date(lib: TemplateLibrary) -> None:
    card = lib.render_source("{{ today.year }}", contact=YAMADA)
    assert card.lines == [str(dt.date.today().year)]


# --- filters ----
def test_date_filters() -> None:
    day = dt.date(2026, 11, 23)
    assert jdate(day) == "2026年11月23日"
    assert jdate(day, "short") == "11月23日"
    assert jdate(dt.datetime(2026, 1, 5, 9, 0)) == "2026年1月5日"
    assert jdate(day, kanji=True) == "二〇二六年十一月二十三日"
    assert wareki(day) == "令和8年"
    assert wareki(day, kanji=True) == "令和八年"
    assert wareki_date(day) == "令和8年11月23日"
    assert wareki_date(day, kanji=True) == "令和八年十一月二十三日"
    assert edate(day) == "November 23, 2026"
    assert edate(day, "short") == "November 23"
    assert jdate(None) == wareki(None) == wareki_date(None) == edate(None) == ""


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (dt.date(2019, 5, 1), "令和元年"),
        (dt.date(2019, 4, 30), "平成31年"),
        (dt.date(2020, 1, 1), "令和2年"),
        (dt.date(1989, 1, 8), "平成元年"),
        (dt.date(1989, 1, 7), "昭和64年"),
        (dt.date(2037, 12, 31), "令和19年"),
    ],
)
def test_wareki_era_boundaries(day: dt.date, expected: str) -> None:
    assert wareki(day) == expected


def test_filters_in_a_template(lib: TemplateLibrary) -> None:
    body = "{{ today|jdate }} {{ today|jdate('short') }}\n"
    body += "{{ today|wareki }} {{ today|wareki_date }}\n{{ today|edate }}"
    assert render(lib, body) == ["2026年11月25日 11月25日", "令和8年 令和8年11月25日", "November 25, 2026"]


def test_filter_misuse_is_a_template_error(lib: TemplateLibrary) -> None:
    with pytest.raises(TemplateError, match="line 5: jdate needs a date, not int"):
        render(lib, "{{ 3|jdate }}")
    with pytest.raises(TemplateError, match="before 大正"):
        render(lib, "{{ today|wareki }}", today=dt.date(1900, 1, 1))


# --- the sandbox ----
ESCAPES = {
    "{{ ''.__class__.__mro__[1].__subclasses__() }}": "unsafe",
    "{{ cycler.__init__.__globals__ }}": "unsafe",
    "{{ self._TemplateReference__context }}": "unsafe",
    "{{ contact.__class__ }}": "unsafe",
    "{{ contact._values }}": "unsafe",
    "{{ contact|attr('__class__') }}": "unsafe",
    "{{ today.__class__.__subclasses__() }}": "unsafe",
    "{% include '/etc/passwd' %}": "no template '/etc/passwd'",
    "{% include '../pyproject.toml' %}": "no template '../pyproject.toml'",
    "{% include '../../../../../../etc/passwd' %}": "no template",
    "{% import '/etc/passwd' as p %}": "no template",
    "{{ lipsum.__globals__ }}": "'lipsum' is undefined",
    "{{ range(10**9)|list }}": "too large",
    "{{ '{0.__class__}'.format(contact) }}": "unsafe",
    "{{ '{0.__class__.__init__.__globals__}'.format(today) }}": "unsafe",
    "{{ 'x' * 100000 }}": "limited to 10000",
    "{{ 100000 * [1] }}": "limited to 10000",
    "{{ 2 ** 100000 }}": "number too large",
    "{{ config }}": "'config' is undefined",
}


@pytest.mark.parametrize(("source", "message"), list(ESCAPES.items()), ids=list(ESCAPES))
def test_known_escapes_are_refused(lib: TemplateLibrary, source: str, message: str) -> None:
    with pytest.raises(TemplateError, match="line 5") as err:
        render(lib, source)
    assert message in str(err.value)


def test_safe_formatting_and_small_repetition_still_work(lib: TemplateLibrary) -> None:
    assert render(lib, "{{ '{0.family_name}様'.format(contact) }}\n{{ '-' * 3 }}{{ 2 ** 10 }}") == [
        "山田様",
        "---1024",
    ]


def test_including_a_template_from_the_folders_works(tmp_path: Path) -> None:
    lib = user_library(tmp_path, **{"part.j2": "{{ contact.family_name }}様"})
    assert lib.render_source("{% include 'part.j2' %}\nこんにちは", contact=YAMADA).lines == [
        "山田様",
        "こんにちは",
    ]


@pytest.mark.skipif(not hasattr(os, "symlink") or os.name == "nt", reason="needs symlinks")
def test_symlink_out_of_the_template_folder_is_refused(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("password", encoding="utf-8")
    lib = user_library(tmp_path)
    (tmp_path / "user" / "evil.j2").symlink_to(secret)
    with pytest.raises(TemplateError, match="no template named 'evil'"):
        lib.get("evil")
    with pytest.raises(TemplateError, match="no template 'evil.j2'"):
        lib.render_source("{% include 'evil.j2' %}", contact=YAMADA)


# --- validate ----
def test_validate_reports_every_problem_with_its_line(lib: TemplateLibrary) -> None:
    source = (
        "{# title: t #}\n{# lang: fr #}\n{# colour: red #}\n{{ contact.nmae }}\n"
        "{% if event.name %}{{ evnt.name }}{% endif %}\n{{ today.year }}{{ personal.upper() }}"
    )
    problems = lib.validate(source)
    assert [(p.line, p.message) for p in problems] == [
        (2, "lang must be one of ja, en, not 'fr'"),
        (3, "unknown header key 'colour' (title, lang, format, direction)"),
        (4, "'contact' has no attribute 'nmae'"),
        (5, "'evnt' is undefined"),
    ]
    facts = [p.failure for p in problems]  # the same problems as data, for a window that words them itself
    assert facts == [
        TemplateFailure(TemplateFault.HEADER_VALUE, line=2, name="lang", value="fr", suggestion="ja, en"),
        TemplateFailure(TemplateFault.HEADER_KEY, line=3, name="colour", suggestion="title, lang, format, direction"),
        TemplateFailure(TemplateFault.NO_ATTRIBUTE, line=4, name="nmae", owner="contact"),
        TemplateFailure(TemplateFault.UNDEFINED, line=5, name="evnt", suggestion="event"),
    ]


def test_a_render_error_carries_what_went_wrong_as_data(lib: TemplateLibrary) -> None:
    contact = Contact(family_name="山田", given_name="太郎")
    cases = {
        "{{ contact.famly_name }}": TemplateFailure(
            TemplateFault.NO_ATTRIBUTE, "<editor>", 1, "famly_name", "contact", suggestion="family_name"
        ),  # fmt: skip
        "\n{{ persnal }}": TemplateFailure(TemplateFault.UNDEFINED, "<editor>", 2, "persnal", suggestion="personal"),
    }
    for source, expected in cases.items():
        with pytest.raises(TemplateError) as raised:
            lib.render_source(source, contact=contact)
        assert raised.value.failure == expected
    with pytest.raises(TemplateError) as raised:
        lib.render_source("{% for i in range(99999) %}{% for j in range(99999) %}{% endfor %}{% endfor %}",
                          contact=contact)  # fmt: skip
    failure = raised.value.failure
    assert failure is not None and failure.fault is TemplateFault.LIMIT and failure.limit is TemplateLimit.STEPS
    with pytest.raises(TemplateError) as raised:
        lib.render_source("{{ ''.__class__.__mro__ }}", contact=contact)
    assert raised.value.failure is not None and raised.value.failure.fault is TemplateFault.SANDBOX
    with pytest.raises(TemplateError) as raised:
        lib.get("nothing-like-it")
    assert raised.value.failure == TemplateFailure(TemplateFault.NOT_FOUND, name="nothing-like-it")


def test_validate_reports_syntax_errors_and_too_many_lines(lib: TemplateLibrary) -> None:
    [problem] = lib.validate("{# title: t #}\n{% if personal %}\nx")
    assert problem.line == 2 and "endif" in problem.message
    assert lib.validate("1\n2\n3\n{{ personal }}") == [
        TemplateProblem(0, "a sample card has 4 lines; a postcard takes at most 3", lines=4)
    ]
    assert lib.validate("{{ contact.__class__ }}")[-1].line in (0, 1)
