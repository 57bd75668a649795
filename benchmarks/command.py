"""The whole command as the user waits for it, beside the floor (``floor.py``), timed from start to exit.

    python benchmarks/command.py [--cards 1000] [--runs 5]      # on its own; run.py calls the same functions

A home with the cards' people (an event, the demo sender, a draft per person with the ``ja-seminar`` template
and a personal line) is built once; then ``python -m postcard --home H render --event E --no-log --out X`` and
``python floor.py GLYPHS X`` run in turn, A B A B …, after one warm-up each. Wall time is read around each
process (start to exit, start-up included); the peak RSS is the child's own (``os.wait4``). The ratio is taken
pair by pair, so that a drift of the machine's speed during the run does not tilt it, and its median is shown.
``--no-log``: every run draws exactly the same cards (a logged run would turn the drafts into printed cards).
"""

from __future__ import annotations

import argparse
import json
import math
import os
import pickle
import statistics
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import benchdata  # noqa: E402

MM = 72.0 / 25.4


def build_home(home: Path, contacts: list[dict[str, object]]) -> str:
    """A POSTCARD home with the people, their event, the demo sender and a draft each; returns the event's name."""
    from postcard.app import build_context
    from postcard.core.model import Card, Contact, Event
    from postcard.demo import demo_sender

    ctx = build_context(home)
    store = ctx.store
    try:
        with store.db.transaction():
            event = store.events.add(Event(benchdata.EVENT_NAME, benchdata.EVENT_DATE, "東京・丸の内"))
            sender = store.senders.add(demo_sender())
            ids = []
            for i, fields in enumerate(contacts):
                contact = Contact(**{k: v for k, v in fields.items() if k != "id"})  # type: ignore[arg-type]
                store.contacts.add(contact)
                ids.append(contact.id or 0)
                personal = benchdata.PERSONAL_LINES[i % len(benchdata.PERSONAL_LINES)]
                store.cards.save_draft(Card(contact_id=contact.id or 0, event_id=event.id, sender_id=sender.id,
                                            template="ja-seminar", text="", format="jp-hagaki", seed=i + 1,
                                            personal=personal))  # fmt: skip
            assert event.id is not None
            store.events.link(event.id, ids)
        return event.name
    finally:
        ctx.close()


def dump_glyphs(home: Path, event_name: str, out: Path) -> dict[str, int]:
    """Write the floor's input: every page of the batch ``render --event`` prints, glyph by glyph."""
    from postcard.app import build_context
    from postcard.compose.printing import PrintRequest, plan_batch
    from postcard.core.layout.items import Box, Glyph, Line
    from postcard.core.progress import NullProgress
    from postcard.render.batch import iter_sheets

    ctx = build_context(home)
    try:
        event = ctx.store.events.resolve(event_name)
        plan = plan_batch(ctx, PrintRequest(event_id=event.id, log=False))
        fonts = ctx.fonts
        pages, used, count = [], {}, 0
        for jobs in plan.stocks().values():
            for sheet in iter_sheets(jobs, plan.settings, fonts, NullProgress()):
                height = sheet.height * MM
                glyphs, strokes = [], []
                for placement in sheet.placements:
                    assert placement.rotation == 0, "the floor draws upright cards only"
                    dx, dy = plan.settings.offsets.get(placement.side, (0.0, 0.0))
                    for item in placement.page.items:
                        if isinstance(item, Glyph):
                            ascent, descent = fonts.em_box(item.font)
                            s, angle = item.size, math.radians(item.rotation)
                            cs, sn = math.cos(angle), math.sin(angle)
                            lx, ly = -item.advance * s / 2, -(ascent + descent) / 2 * s
                            px, py = (item.cx + dx) * MM, height - (item.cy + dy) * MM
                            name = f"floor-{item.font}"
                            used[name] = str(fonts.path(item.font))
                            glyphs.append((name, item.char, item.color, s * cs, -s * sn, s * sn, s * cs,
                                           px + lx * cs + ly * sn, py - lx * sn + ly * cs))  # fmt: skip
                        elif isinstance(item, Line):
                            coords = ((item.x0 + dx) * MM, height - (item.y0 + dy) * MM, (item.x1 + dx) * MM,
                                      height - (item.y1 + dy) * MM)  # fmt: skip
                            strokes.append(("line", coords, item.width * MM, item.color, ""))
                        elif isinstance(item, Box):
                            coords = ((item.x + dx) * MM, height - (item.y + item.h + dy) * MM, item.w * MM,
                                      item.h * MM)  # fmt: skip
                            strokes.append(("box", coords, item.width * MM, item.color, item.fill))
                        else:
                            raise TypeError(f"the floor does not draw {type(item).__name__}")
                count += len(glyphs)
                pages.append((sheet.width * MM, height, glyphs, strokes))
        out.write_bytes(pickle.dumps({"fonts": used, "pages": pages}, protocol=pickle.HIGHEST_PROTOCOL))
        return {"pages": len(pages), "glyphs": count, "cards": len(plan.jobs)}
    finally:
        ctx.close()


@dataclass
class Run:
    wall: float
    peak_rss: int | None


class Launcher:
    """The small process that starts the measured commands (see ``launcher.py``); start it before anything big."""

    def __init__(self) -> None:
        self.proc = subprocess.Popen([sys.executable, str(HERE / "launcher.py")], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, text=True)  # fmt: skip

    def run(self, cmd: list[str], env: dict[str, str]) -> dict[str, Any]:
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.write(json.dumps({"cmd": cmd, "env": env}) + "\n")
        self.proc.stdin.flush()
        answer = json.loads(self.proc.stdout.readline())
        if answer["returncode"] != 0:
            raise SystemExit(f"{' '.join(cmd)} failed:\n{answer['stderr']}")
        return answer

    def close(self) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.close()
        self.proc.wait()


def timed(launcher: Launcher, cmd: list[str], env: dict[str, str]) -> Run:
    """One process from start to exit: wall seconds and its own peak RSS."""
    answer = launcher.run(cmd, env)
    return Run(answer["wall"], answer["peak_rss"])


def side_by_side(launcher: Launcher, ours: list[str], floor: list[str], runs: int,
                 env: dict[str, str]) -> dict[str, Any]:  # fmt: skip
    """A B A B … after one warm-up each; medians and the median of the pairwise ratios."""
    timed(launcher, ours, env)
    timed(launcher, floor, env)
    a, b = [], []
    for _ in range(runs):
        a.append(timed(launcher, ours, env))
        b.append(timed(launcher, floor, env))
    ratios = [x.wall / y.wall for x, y in zip(a, b, strict=True)]
    return {
        "ours": [r.wall for r in a], "floor": [r.wall for r in b], "ratio": statistics.median(ratios),
        "ratio_min": min(ratios), "ratio_max": max(ratios), "ours_s": statistics.median(r.wall for r in a),
        "floor_s": statistics.median(r.wall for r in b), "ours_rss": max(r.peak_rss or 0 for r in a),
        "floor_rss": max(r.peak_rss or 0 for r in b),
    }  # fmt: skip


def measure(launcher: Launcher, root: Path, contacts: list[dict[str, object]], runs: int,
            env: dict[str, str]) -> dict[str, Any]:  # fmt: skip
    """Build the home and the floor's input under ``root``, then time both side by side."""
    home = root / "command-home"
    event = build_home(home, contacts)
    glyphs = root / "floor-glyphs.pickle"
    counts = dump_glyphs(home, event, glyphs)
    ours = [sys.executable, "-m", "postcard", "--home", str(home), "render", "--event", event, "--no-log",
            "--out", str(root / "command.pdf")]  # fmt: skip
    floor = [sys.executable, str(HERE / "floor.py"), str(glyphs), str(root / "floor.pdf")]
    result = side_by_side(launcher, ours, floor, runs, env)
    result.update(counts)
    result["ours_pdf"] = (root / "command.pdf").stat().st_size
    result["floor_pdf"] = (root / "floor.pdf").stat().st_size
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--cards", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    launcher = Launcher()
    from postcard.core.layout.formats import LayoutOptions
    from postcard.render.fonts import FontCatalog

    with tempfile.TemporaryDirectory(prefix="postcard-command-") as tmp:
        root = Path(tmp)
        env = {**os.environ, "POSTCARD_HOME": str(root / "home"), "PYTHONHASHSEED": "0"}
        contacts = benchdata.card_contacts(args.cards, FontCatalog(), LayoutOptions().address_chain)
        try:
            print(json.dumps(measure(launcher, root, contacts, args.runs, env), indent=1))
        finally:
            launcher.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
