"""Trust before print, on the command line: cards that may not arrive are held back and named; values out of
range, empty names and nothing-to-do are one clear line each."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from postcard.app import build_context
from postcard.cli.main import main
from postcard.core.model import Contact


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def add(**fields: str) -> int:
    ctx = build_context()
    try:
        return ctx.store.contacts.add(Contact(**fields)).id or 0  # type: ignore[arg-type]
    finally:
        ctx.close()


@pytest.fixture
def people(app_fonts: object) -> dict[str, int]:
    return {
        "good": add(family_name="山田", given_name="太郎", postal_code="1000005", address1="東京都千代田区丸の内1-9-1"),
        "osaka": add(
            family_name="佐藤", given_name="花子", postal_code="1000005", address1="大阪府大阪市北区梅田3-1-1"
        ),
        "nothing": add(family_name="鈴木", given_name="一郎"),
    }


def test_cards_that_may_not_arrive_are_held_back_and_named(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                                          people: dict[str, int]) -> None:  # fmt: skip
    out = tmp_path / "cards.pdf"
    code, _out, err = run(capsys, "render", "--contacts", *map(str, people.values()), "--out", str(out))
    assert code == 1 and not out.exists()
    lines = err.splitlines()
    assert (
        f"佐藤 花子 (id {people['osaka']}) may not arrive: the postal code is in 東京都, the address in 大阪府"
        in lines[0]
    )
    assert f"鈴木 一郎 (id {people['nothing']}) may not arrive: no address" in lines[1]
    assert (
        lines[-1].startswith("postcard: 2 card(s) may not arrive (佐藤 花子, 鈴木 一郎)")
        and "--force-address" in lines[-1]
    )
    assert "Traceback" not in err
    code, _out, _err = run(capsys, "log")
    assert _out == ""  # nothing was logged


def test_skip_bad_addresses_prints_the_rest(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                            people: dict[str, int]) -> None:  # fmt: skip
    out = tmp_path / "cards.pdf"
    code, stdout, err = run(capsys, "render", "--contacts", *map(str, people.values()), "--out", str(out),
                            "--skip-bad-addresses")  # fmt: skip
    assert code == 1  # not everything asked for was printed
    assert "left out: 佐藤 花子" in err and "left out: 鈴木 一郎" in err
    assert "wrote 1 card(s), 2 page(s)" in stdout
    assert len(PdfReader(out).pages) == 2


def test_force_address_prints_them_all(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                       people: dict[str, int]) -> None:  # fmt: skip
    out = tmp_path / "cards.pdf"
    code, stdout, _err = run(capsys, "render", "--contacts", *map(str, people.values()), "--out", str(out),
                             "--force-address", "--no-log")  # fmt: skip
    assert code == 0 and "wrote 3 card(s), 6 page(s)" in stdout


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["render", "--event", "", "--out", "x.pdf"], "postcard: name the event"),
        (["contacts", "--recent", "-5"], "a number of days from 0 to 36,500, not -5"),
        (["edit-contact", "1", "--interval", "-3"], "a number of days from 0 to 36,500, not -3"),
        (["touch", "99999999999999999999999"], "an id is a number from 1 up"),
        (["render", "--contacts", "1", "--seed", "-1", "--out", "x.pdf"], "a seed from 0 to"),
        (["import", "nothing.csv", "--event", " "], "postcard: "),
        (["add-event", "　"], "postcard: an event needs a name"),
    ],
)
def test_values_out_of_range_are_one_line(capsys: pytest.CaptureFixture[str], argv: list[str], message: str) -> None:
    code, out, err = run_exit(capsys, argv)
    assert code in (1, 2) and message in err
    assert err.count("\n") == 1 and "Traceback" not in err + out


def run_exit(capsys: pytest.CaptureFixture[str], argv: list[str]) -> tuple[int, str, str]:
    try:
        code = main(argv)
    except SystemExit as exc:  # argparse's usage errors
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def test_mark_sent_with_nothing_printed_says_so(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "add-event", "勉強会")[0] == 0
    code, _out, err = run(capsys, "mark-sent", "--event", "勉強会")
    assert code == 1
    assert err == "postcard: no printed card of 勉強会 to mark sent (0 draft(s), 0 already sent); print them first: " \
                  "postcard render --event 勉強会 --out cards.pdf\n"  # fmt: skip


def test_a_second_event_of_the_same_name_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "add-event", "勉強会", "--date", "2026-04-01")[0] == 0
    code, _out, err = run(capsys, "add-event", "勉強会")
    assert code == 1 and err.startswith("postcard: an event named '勉強会' exists already (id 1, 2026-04-01)")


def test_a_message_quoting_a_huge_value_stays_one_readable_line(capsys: pytest.CaptureFixture[str]) -> None:
    cid = add(family_name="山田")
    code, _out, err = run_exit(capsys, ["draft", str(cid), "--template", "x" * 1_700_000])
    assert code == 1 and err.count("\n") == 1 and len(err) <= 420 and "…" in err
