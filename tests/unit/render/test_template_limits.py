"""A template cannot hang the app or eat its memory: loops, calls, text and time are bounded, and the error names
the template. A user template that replaces a bundled one says so; a symbolic link is refused and listed."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from postcard.core.model import Contact
from postcard.errors import TemplateError
from postcard.render import template_limits
from postcard.render.templates import TemplateLibrary, TemplateRefusal
from postcard.resources import resource_path

BUNDLED = resource_path("templates")

DOUBLING = "{% macro m(n) %}{% if n < 40 %}{{ m(n + 1) }}{{ m(n + 1) }}{% endif %}{% endmacro %}{{ m(1) }}"
HOSTILE = {
    "{% for i in range(99999) %}{% for j in range(99999) %}x{% endfor %}{% endfor %}": "more than 10,000 times",
    "{% for i in range(99999) %}{% for j in range(99999) %}{% endfor %}{% endfor %}": "more than 10,000 times",
    DOUBLING: "more than 10,000 times",
    "{% macro m(n) %}{{ m(n) }}{% endmacro %}{{ m(1) }}": "recursion|more than 10,000 times",
    "{% for x in [1, 2] recursive %}{{ loop([1, 2]) }}{% endfor %}": "recursion|more than 10,000 times",
    "{{ 'x'|center(10**9) }}": "too large",
    "{{ 'x'.center(99999) }}": "a text of 99,999 items",
    "{{ 'x'.ljust(10**8) }}": "too large",
    "{{ [1]|slice(10**9)|list }}": "too large",
    "{{ '%099999999d'|format(1) }}": "format width",
    "{{ '%0999999d' % 1 }}": "format width",
    "{{ '{:>99999999}'.format(1) }}": "format width",
    "{% set ns = namespace(s='xxxxxxxxxx') %}{% for i in range(30) %}{% set ns.s = ns.s ~ ns.s %}{% endfor %}"
    "{{ ns.s }}": "items; at most",
    "{% set s = 'x' * 9000 %}{{ s + s }}": "more than 10,000",
    "{% for i in range(9000) %}{{ 'abc' }}{% endfor %}": "longer than 10,000 characters",
    "{{ range(99999)|list|join }}": "a list of 99,999 items",
}


def hostile_library(tmp_path: Path, source: str) -> TemplateLibrary:
    user = tmp_path / "user"
    user.mkdir(exist_ok=True)
    (user / "mine.j2").write_text("{# title: mine #}\n" + source + "\n", encoding="utf-8")
    return TemplateLibrary(BUNDLED, user)


@pytest.mark.parametrize(("source", "message"), list(HOSTILE.items()), ids=list(HOSTILE))
def test_a_hostile_template_stops_with_its_name(tmp_path: Path, source: str, message: str) -> None:
    lib = hostile_library(tmp_path, source)
    with pytest.raises(TemplateError, match=message) as caught:
        lib.render("mine", contact=Contact(family_name="山田"))
    text = str(caught.value)
    assert text.startswith("mine.j2") and "\n" not in text and len(text) < 200


def test_the_editor_and_validate_are_bounded_too(tmp_path: Path) -> None:
    lib = TemplateLibrary(BUNDLED, tmp_path / "user")
    source = "{% for i in range(99999) %}{% for j in range(99999) %}x{% endfor %}{% endfor %}"
    with pytest.raises(TemplateError, match="<editor> line 1: .*more than 10,000 times"):
        lib.render_source(source, contact=Contact(family_name="山田"))
    problems = lib.validate(source)
    assert problems and all("10,000" in p.message for p in problems)


def test_time_is_bounded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(template_limits, "TIME_LIMIT_S", -1.0)  # every render is already late
    lib = hostile_library(tmp_path, "{% for i in range(3) %}{{ i }}{% endfor %}")
    with pytest.raises(TemplateError, match="mine.j2 line 2: .*took longer than"):
        lib.render("mine", contact=Contact(family_name="山田"))


def test_every_bundled_template_renders_well_within_the_limits(tmp_path: Path) -> None:
    lib = TemplateLibrary(BUNDLED, tmp_path / "user")
    with template_limits.budget() as spent:
        for info in lib.list():
            lib.render(info.name, contact=Contact(family_name="山田", given_name="太郎"), personal="また")
    assert spent.steps < 1000


def test_a_user_template_that_replaces_a_bundled_one_says_so(tmp_path: Path) -> None:
    lib = hostile_library(tmp_path, "ありがとうございました")
    (tmp_path / "user" / "ja-seminar.j2").write_text("{# title: my seminar #}\nお礼\n", encoding="utf-8")
    infos = {info.name: info for info in lib.list()}
    assert infos["ja-seminar"].user and infos["ja-seminar"].overrides and infos["ja-seminar"].title == "my seminar"
    assert infos["mine"].user and not infos["mine"].overrides
    assert not infos["ja-meishi"].user and not infos["ja-meishi"].overrides


def test_a_symlinked_template_is_refused_and_listed_with_the_reason(tmp_path: Path) -> None:
    lib = hostile_library(tmp_path, "ありがとうございました")
    secret = tmp_path / "secret.txt"
    secret.write_text("password", encoding="utf-8")
    os.symlink(secret, tmp_path / "user" / "leak.j2")
    os.symlink(BUNDLED / "ja-meishi.j2", tmp_path / "user" / "ja-seminar.j2")  # even one that points inside
    (tmp_path / "user" / "latin1.j2").write_bytes("Grüße".encode("latin-1"))
    with pytest.raises(TemplateError, match="no template named 'leak'"):
        lib.render("leak", contact=Contact(family_name="山田"))
    used = lib.get("ja-seminar")
    assert not used.user and used.path == BUNDLED / "ja-seminar.j2"  # the bundled one stays in use
    assert [i.name for i in lib.list()].count("leak") == 0
    refused = {(i.name, i.refused) for i in lib.list(refused=True) if i.refused}
    assert refused == {("leak", TemplateRefusal.SYMLINK), ("ja-seminar", TemplateRefusal.SYMLINK),
                       ("latin1", TemplateRefusal.NOT_UTF8)}  # fmt: skip
