"""Printing end to end: the demo home, ``postcard render`` and ``print_batch``, read back from the PDF."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pypdf
import pytest
from pdfminer.high_level import extract_pages
from pdfminer.layout import LTChar, LTPage

from postcard.app import build_context
from postcard.cli.main import main
from postcard.compose.printing import PrintRequest, plan_batch, run_batch
from postcard.context import AppContext
from postcard.core.layout.items import Glyph, Page
from postcard.core.layout.sheets import Placement, Sheet
from postcard.core.model import Card, CardStatus, Contact
from postcard.demo import DEMO_EVENT
from postcard.errors import Cancelled
from postcard.render.batch import CardJob, PrintSettings, print_batch
from postcard.render.fonts import FontCatalog
from postcard.render.pdf import write_sheets
from tests.integration.pdfglyphs import page_glyphs

MM = 72.0 / 25.4
HAGAKI_PT, A6_PT, A4_PT = (283.46, 419.53), (419.53, 297.64), (595.28, 841.89)
ZIP_CENTRES = (47.15, 54.15, 61.15, 68.75, 75.55, 82.35, 89.15)
SENDER_ZIP = "1510051"  # the demo sender's: on every address side, on no message side


@contextmanager
def opened() -> Iterator[AppContext]:
    ctx = build_context()
    try:
        yield ctx
    finally:
        ctx.close()


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def render(capsys: pytest.CaptureFixture[str], out: Path, *extra: str) -> tuple[int, str, str]:
    return run(capsys, "render", "--event", DEMO_EVENT, "--out", str(out), *extra)


@pytest.fixture
def demo(app_fonts: FontCatalog, capsys: pytest.CaptureFixture[str]) -> dict[str, int]:
    """The demo home; returns the contact ids by family name (or company)."""
    assert run(capsys, "demo")[0] == 0
    with opened() as ctx:
        return {c.family_name or c.company: c.id or 0 for c in ctx.store.contacts.list()}


def sizes(pdf: Path) -> list[tuple[float, float]]:
    return [(round(float(p.mediabox.width), 2), round(float(p.mediabox.height), 2)) for p in pypdf.PdfReader(pdf).pages]


def texts(pdf: Path) -> list[str]:
    return ["".join(p.extract_text().split()) for p in pypdf.PdfReader(pdf).pages]


def chars(page: LTPage) -> Iterator[LTChar]:
    stack: list[object] = [page]
    while stack:
        obj = stack.pop(0)
        if isinstance(obj, LTChar):
            yield obj
        elif hasattr(obj, "__iter__"):
            stack[:0] = list(obj)  # type: ignore[call-overload]


def centres(pdf: Path, page_number: int) -> list[tuple[str, float, float]]:
    """(character, centre x, centre y) in mm from the page's top-left corner, from pdfminer's boxes."""
    (page,) = extract_pages(pdf, page_numbers=[page_number])
    return [(c.get_text(), (c.x0 + c.x1) / 2 / MM, (page.height - (c.y0 + c.y1) / 2) / MM) for c in chars(page)]


def zip_digits(pdf: Path, page_number: int) -> list[tuple[str, float, float]]:
    return sorted((c for c in centres(pdf, page_number) if c[2] < 24.0 and c[0].isdigit()), key=lambda c: c[1])


def printed(ctx: AppContext) -> list[Card]:
    return [row.card for row in ctx.store.cards.list(status=CardStatus.PRINTED)]


# --- the PDF ------------------------------------------------------------------------------------------------
def test_a_batch_has_card_sized_pages_with_the_digits_in_the_boxes(
    demo: dict[str, int], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = render(capsys, tmp_path / "cards.pdf", "--seed", "1")
    assert code == 0, err
    assert "wrote 12 card(s), 24 page(s) to 2 files" in out
    assert f"{tmp_path / 'cards.pdf'}: 9 card(s), 18 page(s)" in out
    assert f"{tmp_path / 'cards-a6.pdf'}: 3 card(s), 6 page(s)" in out
    # One PDF per card stock: the hagaki stock never receives an A6 page, nor the A6 stock a hagaki one.
    assert sizes(tmp_path / "cards.pdf") == [HAGAKI_PT] * 18
    assert sizes(tmp_path / "cards-a6.pdf") == [A6_PT] * 6
    with opened() as ctx:
        event = ctx.store.events.find(DEMO_EVENT)
        assert event is not None
        first = ctx.store.contacts.list(event_id=event.id)[0]
    digits = sorted((g for g in page_glyphs(tmp_path / "cards.pdf", 1) if g.char.isdigit() and g.centre[1] < 24.0),
                    key=lambda g: g.centre[0])  # fmt: skip
    assert "".join(g.char for g in digits) == first.postal_code
    for g, cx in zip(digits, ZIP_CENTRES, strict=True):  # centred by their ink
        assert g.centre == (pytest.approx(cx, abs=0.02), pytest.approx(16.0, abs=0.02))


def test_a_forced_format_puts_every_card_in_one_file(
    demo: dict[str, int], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ids = [str(demo[name]) for name in ("山田", "佐藤", "Smith")]
    out = tmp_path / "cards.pdf"
    code, text, err = run(capsys, "render", "--contacts", *ids, "--out", str(out), "--format", "a6", "--no-log")
    assert code == 0, err
    assert text == f"wrote 3 card(s), 6 page(s) to {out}\n"
    assert sizes(out) == [A6_PT] * 6 and not (tmp_path / "cards-a6.pdf").exists()


def test_the_address_side_embeds_klee_and_reads_in_kanji_numerals(
    demo: dict[str, int], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "yamada.pdf"
    code, _, err = run(capsys, "render", "--contacts", str(demo["山田"]), "--sides", "address", "--out", str(out),
                       "--no-log")  # fmt: skip
    assert code == 0, err
    (page,) = pypdf.PdfReader(out).pages
    embedded = set()
    content = page.get_contents().get_data().decode("latin-1")
    for key, ref in page["/Resources"]["/Font"].items():
        assert f"{key} 1 Tf" in content  # every font resource is drawn with (no unused Helvetica)
        font = ref.get_object()
        descendant = font["/DescendantFonts"][0].get_object()
        assert font["/Subtype"] == "/Type0" and "/FontFile2" in descendant["/FontDescriptor"].get_object()
        prefix, _, name = str(font["/BaseFont"]).lstrip("/").partition("+")
        assert len(prefix) == 6 and prefix.isupper()  # a subset
        embedded.add(name)
    assert "KleeOne-SemiBold" in embedded
    text = texts(out)[0]
    assert "東京都千代田区丸の内一丨九丨一" in text and "グラントウキョウノースタワー十二階" in text
    assert "株式会社みらい設計" in text and "山田" in text and "1000005" in text


def test_a_drafted_contact_abroad_gets_a_card_for_abroad_and_a_japanese_address_a_hagaki(
    demo: dict[str, int], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for name in ("Smith", "山田"):  # a draft used to carry format="jp-hagaki" and win over the address
        assert run(capsys, "draft", str(demo[name]), "--text", "Thank you/ありがとう")[0] == 0
    with opened() as ctx:
        for card in ctx.store.cards.drafts_for_event(None).values():  # even a draft written by an older version
            card.format = "jp-hagaki"
            ctx.store.cards.save_draft(card)
    out = tmp_path / "cards.pdf"
    ids = [str(demo["Smith"]), str(demo["山田"])]
    code, text, err = run(capsys, "render", "--contacts", *ids, "--out", str(out), "--seed", "1")
    assert code == 0, err
    assert sizes(out) == [HAGAKI_PT] * 2 and sizes(tmp_path / "cards-a6.pdf") == [A6_PT] * 2
    message, address = texts(tmp_path / "cards-a6.pdf")
    assert "Thankyou" in message and "EmilySmith" in address
    assert "95014" in address and "USA" in address  # the ZIP in figures, and the country line
    with opened() as ctx:
        logged = {c.contact_id: c for c in printed(ctx)}
    assert logged[demo["Smith"]].format == "a6" and logged[demo["山田"]].format == "jp-hagaki"
    code, text, err = run(capsys, "reprint", str(logged[demo["Smith"]].id), "--out", str(tmp_path / "again.pdf"))
    assert code == 0 and sizes(tmp_path / "again.pdf") == [A6_PT] * 2


@pytest.mark.parametrize(
    ("args", "duplex", "address_after"),
    [((), ("/DuplexFlipLongEdge", "/DuplexFlipShortEdge"), "next"),
     (("--layout", "two-pass"), ("/Simplex",) * 2, "half"),
     (("--layout", "nup"), ("/DuplexFlipLongEdge",) * 2, "next"),
     (("--sides", "address"), ("/Simplex",) * 2, "same")],
)  # fmt: skip
def test_print_ready_viewer_preferences_and_one_bookmark_per_card(
    demo: dict[str, int],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    args: tuple[str, ...],
    duplex: tuple[str, str],
    address_after: str,
) -> None:
    out = tmp_path / "cards.pdf"
    assert render(capsys, out, "--no-log", "--seed", "1", *args)[0] == 0
    with opened() as ctx:
        event = ctx.store.events.find(DEMO_EVENT)
        assert event is not None
        names = {c.addressed_name for c in ctx.store.contacts.list(event_id=event.id)}
    found = set()
    for pdf, expected in zip((out, tmp_path / "cards-a6.pdf"), duplex, strict=True):  # hagaki, then A6 stock
        reader = pypdf.PdfReader(pdf)
        preferences = reader.trailer["/Root"]["/ViewerPreferences"]
        assert preferences["/PrintScaling"] == "/None" and preferences["/Duplex"] == expected, pdf.name
        bookmarks = [(item.title, reader.get_destination_page_number(item)) for item in reader.outline]
        assert [page for _, page in bookmarks] == sorted(page for _, page in bookmarks)  # in print order
        found |= {title for title, _ in bookmarks}
        step = {"next": 1, "half": len(bookmarks), "same": 0}[address_after]
        texts_by_page = texts(pdf)
        for title, page in bookmarks:  # at the card's first page (n-up: its sheet); the name is on its address side
            name = title.removeprefix("Mr. ").removeprefix("Ms. ").removeprefix("Dr. ").removesuffix(" 様")
            assert name.replace(" ", "") in texts_by_page[page + step], title
        for page in reader.pages:  # no font resource that the page does not draw with (no unused Helvetica)
            content = page.get_contents().get_data().decode("latin-1")
            assert all(f"{name} 1 Tf" in content for name in page["/Resources"].get("/Font", {}))
    assert found == names and len(names) == 12


def test_a_batch_of_wide_cards_flips_on_the_short_edge(fonts: FontCatalog, tmp_path: Path) -> None:
    contact = Contact(family_name="Smith", given_name="John", address1="Springfield, IL", country="USA", id=1)
    job = CardJob(contact, ("Thank you!",), format="a6", direction="horizontal", seed=1)
    print_batch([job, job], PrintSettings(), fonts, tmp_path / "a6.pdf")
    preferences = pypdf.PdfReader(tmp_path / "a6.pdf").trailer["/Root"]["/ViewerPreferences"]
    assert preferences["/Duplex"] == "/DuplexFlipShortEdge" and preferences["/PrintScaling"] == "/None"


# --- the log ------------------------------------------------------------------------------------------------
def test_printing_logs_one_card_per_contact_and_no_log_logs_none(
    demo: dict[str, int], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert render(capsys, tmp_path / "a.pdf", "--seed", "1", "--no-log")[0] == 0
    with opened() as ctx:
        assert printed(ctx) == []
    assert render(capsys, tmp_path / "b.pdf", "--seed", "1")[0] == 0
    with opened() as ctx:
        cards = [row.card for row in ctx.store.cards.list(status=CardStatus.PRINTED)]
        event = ctx.store.events.find(DEMO_EVENT)
        assert event is not None and ctx.store.cards.drafts_for_event(event.id) == {}
    assert sorted(c.contact_id for c in cards) == sorted(demo.values())
    for card in cards:
        assert card.text and len(card.text.splitlines()) <= 3 and card.template and card.event_id == event.id
        assert card.seed == 1 + card.contact_id and card.printed_at is not None
        assert card.format == ("a6" if card.contact_id in (demo["Smith"], demo["Müller"], demo["Brown"])
                               else "jp-hagaki")  # fmt: skip
    yamada = next(c for c in cards if c.contact_id == demo["山田"])
    assert yamada.template == "ja-seminar" and "協業のお話、大変勉強になりました" in yamada.text


def test_a_second_batch_for_the_same_event_needs_force(
    demo: dict[str, int], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert render(capsys, tmp_path / "a.pdf")[0] == 0
    code, _, err = render(capsys, tmp_path / "b.pdf")
    assert code == 1 and f"12 of them already got a card for {DEMO_EVENT}" in err and "--force" in err
    assert not (tmp_path / "b.pdf").exists()
    code, _, err = render(capsys, tmp_path / "b.pdf", "--unthanked")
    assert code == 1 and "nothing to print" in err
    assert render(capsys, tmp_path / "b.pdf", "--force")[0] == 0
    with opened() as ctx:
        assert len(printed(ctx)) == 24


def test_the_same_seed_gives_the_same_bytes(demo: dict[str, int], tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    for name, seed in (("a", "1"), ("b", "1"), ("c", "2")):
        assert render(capsys, tmp_path / f"{name}.pdf", "--seed", seed, "--no-log")[0] == 0
    a, b, c = ((tmp_path / f"{n}.pdf").read_bytes() for n in "abc")
    assert a == b and a != c


@pytest.mark.parametrize("kind", ["folder", "named pipe", "link to a device"])
def test_an_out_that_is_not_a_regular_file_is_refused_before_any_work(
    demo: dict[str, int], tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, kind: str
) -> None:
    import os

    import postcard.compose.printing

    out = tmp_path / "out.pdf"
    {
        "folder": out.mkdir,
        "named pipe": lambda: os.mkfifo(out),
        "link to a device": lambda: out.symlink_to("/dev/null"),
    }[kind]()

    def no_work(*args: object, **kwargs: object) -> None:
        raise AssertionError("the cards were laid out before the output was checked")

    monkeypatch.setattr(postcard.compose.printing, "plan_batch", no_work)
    code, _, err = render(capsys, out)
    assert code == 1 and err.count("\n") == 1 and err.startswith(f"postcard: cannot write {out}: ")
    assert [p.name for p in tmp_path.iterdir()] == ["out.pdf"]
    with opened() as ctx:
        assert printed(ctx) == []


def test_a_pdf_gets_the_users_umask(demo: dict[str, int], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import os

    old = os.umask(0o022)
    try:
        assert render(capsys, tmp_path / "cards.pdf", "--no-log")[0] == 0
    finally:
        os.umask(old)
    assert (tmp_path / "cards.pdf").stat().st_mode & 0o777 == 0o644


# --- cancelled and killed batches ---------------------------------------------------------------------------
class CancelAfter:
    def __init__(self, ticks: int) -> None:
        self.ticks, self.done = ticks, 0

    def start(self, total: int, label: str = "") -> None:
        pass

    def tick(self, n: int = 1) -> None:
        self.done += n

    def finish(self) -> None:
        pass

    def cancelled(self) -> bool:
        return self.done >= self.ticks


@pytest.mark.parametrize("ticks", [3, 20, 24])  # early, in the second file, at the very last sheet (a tick a side)
def test_a_cancelled_batch_leaves_no_pdf_and_no_log(demo: dict[str, int], tmp_path: Path, ticks: int) -> None:
    out = tmp_path / "cards.pdf"
    with opened() as ctx:
        event = ctx.store.events.find(DEMO_EVENT)
        assert event is not None
        plan = plan_batch(ctx, PrintRequest(event_id=event.id, seed=1))
        assert len(plan.jobs) == 12 and len(plan.stocks()) == 2
        progress = CancelAfter(ticks)
        with pytest.raises(Cancelled):
            run_batch(ctx, plan, out, progress=progress)
        assert progress.done == ticks
        assert printed(ctx) == []
    assert list(tmp_path.iterdir()) == []


class WatchCollector(CancelAfter):
    """Notes, at each tick, whether the collector is paused and how many objects it leaves out (frozen)."""

    def __init__(self, ticks: int) -> None:
        super().__init__(ticks)
        self.seen: set[tuple[bool, bool]] = set()

    def tick(self, n: int = 1) -> None:
        super().tick(n)
        self.seen.add((gc.isenabled(), gc.get_freeze_count() > 0))


@pytest.mark.parametrize("cancel", [False, True])
def test_a_batch_leaves_what_was_there_out_of_the_collectors_passes_and_restores_it(
    fonts: FontCatalog, tmp_path: Path, cancel: bool
) -> None:
    """A collection while a batch is written walks only the batch's own objects, not the whole process's (in the
    window, tens of thousands of Qt wrappers: a full pass over them stalled the window for 85 ms); after the batch,
    finished or cancelled, the collector is as it was."""
    contact = Contact(family_name="Smith", given_name="John", address1="Springfield, IL", country="USA", id=1)
    job = CardJob(contact, ("Thank you!",), format="a6", direction="horizontal", seed=1)
    progress = WatchCollector(3 if cancel else 10**6)
    assert gc.isenabled() and gc.get_freeze_count() == 0
    if cancel:
        with pytest.raises(Cancelled):
            print_batch([job] * 4, PrintSettings(), fonts, tmp_path / "a6.pdf", progress=progress)
    else:
        print_batch([job] * 4, PrintSettings(), fonts, tmp_path / "a6.pdf", progress=progress)
    assert progress.seen == {(False, True)}
    assert gc.isenabled() and gc.get_freeze_count() == 0


def test_a_killed_render_leaves_no_pdf_and_no_log(
    demo: dict[str, int], tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import postcard.render.pdf as pdf

    drawn = []
    real = pdf._draw_placed

    def interrupted(*args: object, **kwargs: object) -> None:
        drawn.append(1)
        if len(drawn) == 5:
            raise KeyboardInterrupt
        real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(pdf, "_draw_placed", interrupted)
    code, _, err = render(capsys, tmp_path / "cards.pdf")
    assert code == 1 and "interrupted" in err and len(drawn) == 5
    assert list(tmp_path.iterdir()) == []  # neither the PDF nor a .part file
    with opened() as ctx:
        assert printed(ctx) == []
        event = ctx.store.events.find(DEMO_EVENT)
        assert event is not None and len(ctx.store.cards.drafts_for_event(event.id)) == 12


# --- layouts and sides --------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("args", "pages", "size", "address_pages"),
    [  # the 9 hagaki of the demo (its 3 A6 cards go to cards-a6.pdf)
        (("--layout", "two-pass"), 18, None, [False] * 9 + [True] * 9),
        (("--layout", "two-pass", "--reverse"), 18, None, [False] * 9 + [True] * 9),
        (("--layout", "nup", "--sheet", "a4"), 10, A4_PT, [False, True] * 5),  # 2 hagaki a sheet
        (("--sides", "address"), 9, None, [True] * 9),
        (("--sides", "message"), 9, None, [False] * 9),
    ],
)
def test_layouts_and_sides(demo: dict[str, int], tmp_path: Path, capsys: pytest.CaptureFixture[str],
                           args: tuple[str, ...], pages: int, size: tuple[float, float] | None,
                           address_pages: list[bool]) -> None:  # fmt: skip
    out = tmp_path / "cards.pdf"
    code, _, err = render(capsys, out, "--no-log", "--seed", "1", *args)
    assert code == 0, err
    assert len(sizes(out)) == pages
    assert len(sizes(tmp_path / "cards-a6.pdf")) == (pages // 3 if "nup" not in args else 4)
    if size:
        assert set(sizes(out)) == {size}
    is_address = [SENDER_ZIP in t or "151-0051" in t for t in texts(out)]
    assert is_address == address_pages
    if "--reverse" in args:  # the second pass runs backwards: its first page is the last card's address
        forward = tmp_path / "forward.pdf"
        assert render(capsys, forward, "--no-log", "--seed", "1", "--layout", "two-pass")[0] == 0
        assert texts(out)[9:] == texts(forward)[9:][::-1] and texts(out)[:9] == texts(forward)[:9]


# --- calibration --------------------------------------------------------------------------------------------
def test_the_calibration_page_is_one_card(app_fonts: FontCatalog, tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    code, out, err = run(capsys, "calibrate", "--out", str(tmp_path / "cal.pdf"))
    assert code == 0, err
    assert sizes(tmp_path / "cal.pdf") == [HAGAKI_PT]
    assert "dx" in texts(tmp_path / "cal.pdf")[0]


def test_printer_offsets_move_the_address_side(demo: dict[str, int], tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    def digits(name: str) -> list[tuple[str, float, float]]:
        out = tmp_path / name
        args = ("render", "--contacts", str(demo["佐藤"]), "--out", str(out), "--seed", "1", "--no-log")
        assert run(capsys, *args)[0] == 0
        return zip_digits(out, 1)

    before = digits("before.pdf")
    code, out, _ = run(capsys, "calibrate", "--side", "address", "--dx", "1.5", "--dy", "-0.5")
    assert code == 0 and "x +1.5 mm, y -0.5 mm" in out
    after = digits("after.pdf")
    assert "".join(d[0] for d in after) == "0600806"
    for (ch, x0, y0), (ch1, x1, y1) in zip(before, after, strict=True):
        assert ch == ch1 and x1 - x0 == pytest.approx(1.5, abs=0.05) and y1 - y0 == pytest.approx(-0.5, abs=0.05)
    message_before = centres(tmp_path / "before.pdf", 0)
    assert centres(tmp_path / "after.pdf", 0) == message_before  # the message side has its own offset


def test_quarter_turns_land_where_the_sheet_says(fonts: FontCatalog, tmp_path: Path) -> None:
    page = Page(100.0, 148.0, [Glyph("国", 10.0, 20.0, 20.0, "klee-semibold")])
    cells = {0: (5.0, 10.0), 90: (5.0, 10.0), -90: (5.0, 10.0), 180: (5.0, 10.0)}
    expected = {0: (15.0, 30.0), 90: (5.0 + 148.0 - 20.0, 20.0), -90: (25.0, 10.0 + 100.0 - 10.0),
                180: (5.0 + 90.0, 10.0 + 128.0)}  # fmt: skip
    for rotation, (x, y) in cells.items():
        out = tmp_path / f"r{rotation}.pdf"
        write_sheets([Sheet(210.0, 297.0, [Placement(page, x, y, rotation)])], str(out), fonts)
        ((ch, cx, cy),) = centres(out, 0)
        assert ch == "国" and (cx, cy) == (pytest.approx(expected[rotation][0], abs=0.3),
                                          pytest.approx(expected[rotation][1], abs=0.3)), rotation  # fmt: skip


# --- a character no font has --------------------------------------------------------------------------------
def test_a_card_with_a_character_no_font_has_is_skipped_and_named(
    demo: dict[str, int], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with opened() as ctx:
        event = ctx.store.events.find(DEMO_EVENT)
        assert event is not None
        draft = ctx.store.cards.drafts_for_event(event.id)[demo["山田"]]
        draft.personal = "🦜 協業のお話、大変勉強になりました"
        ctx.store.cards.save_draft(draft)
    code, out, err = render(capsys, tmp_path / "cards.pdf")
    assert code == 1
    assert "skipped 山田 太郎" in err and "'🦜' U+1F99C" in err and err.count("skipped") == 1
    assert "wrote 11 card(s), 22 page(s)" in out and len(sizes(tmp_path / "cards.pdf")) == 16
    with opened() as ctx:
        assert sorted(c.contact_id for c in printed(ctx)) == sorted(i for i in demo.values() if i != demo["山田"])


# The batch of the test below, in a process of its own: plan_batch and run_batch as ``postcard render --contacts``
# runs them, with a progress that, ten card sides into the PDF (its .part file open and written to), tells the
# test so through one pipe and then waits on another, which the test never writes to, to be killed there.
_KILLED_CHILD = """
import os, sys
from pathlib import Path
from postcard.app import build_context
from postcard.compose.printing import PrintRequest, plan_batch, run_batch
from postcard.core.progress import NullProgress

ready, hold, out, ids = int(sys.argv[1]), int(sys.argv[2]), Path(sys.argv[3]), sys.argv[4:]

class Halfway(NullProgress):
    done = 0

    def tick(self, n=1):
        self.done += n
        if self.done == 10:
            os.write(ready, b"writing")
            os.read(hold, 1)  # until killed (or, should the test die first, until the pipe closes)

ctx = build_context()
run_batch(ctx, plan_batch(ctx, PrintRequest(contact_ids=tuple(map(int, ids)))), out, Halfway())
"""


def test_a_process_killed_mid_batch_leaves_no_pdf_no_log_and_its_part_file_is_cleared(
    demo: dict[str, int], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import os
    import select
    import signal
    import subprocess
    import sys

    with opened() as ctx:
        ids = []
        for n in range(40):
            contact = Contact(family_name="山田", given_name=f"太郎{n}", postal_code="1000005",
                              address1="東京都千代田区丸の内", address2=f"{n + 1}-1")  # fmt: skip
            ids.append(ctx.store.contacts.add(contact).id)
    out = tmp_path / "cards.pdf"
    ready_r, ready_w = os.pipe()
    hold_r, hold_w = os.pipe()
    cmd = [sys.executable, "-c", _KILLED_CHILD, str(ready_w), str(hold_r), str(out), *map(str, ids)]
    with (
        (tmp_path / "child.err").open("wb") as err,
        subprocess.Popen(
            cmd, env=os.environ.copy(), stdout=subprocess.DEVNULL, stderr=err, pass_fds=(ready_w, hold_r)
        ) as child,
    ):
        os.close(ready_w)  # the child's ends: a child that dies early closes the pipe, and the read below ends
        os.close(hold_r)
        try:
            readable, _, _ = select.select([ready_r], [], [], 60)
            said = os.read(ready_r, 16) if readable else b""
            assert said == b"writing", (tmp_path / "child.err").read_text()
        finally:
            child.send_signal(signal.SIGKILL)
            child.wait()
            os.close(ready_r)
            os.close(hold_w)
    assert not out.exists()
    [part] = list(tmp_path.glob(".cards.pdf.*.part"))  # a kill leaves the half file; it is hidden, not the PDF
    with opened() as ctx:
        assert printed(ctx) == []
    code, _, _ = render(capsys, out, "--no-log")  # the next batch to that file clears the dead one's leftovers
    assert code == 0 and out.exists() and not part.exists()
