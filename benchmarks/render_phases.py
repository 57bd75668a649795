"""Where a batch render spends its time and memory: layout, drawing, and reportlab's save. A diagnostic.

    python benchmarks/render_phases.py [N ...]        # default: 1000 10000

For each N, one child process (a fresh interpreter, so that the peak RSS is its own) loads the fonts, builds N
jp-hagaki jobs like ``run.py`` does, and then runs the steps of ``postcard.render.batch.write_batch_pdf`` one
by one (``card_pages`` for every job, ``single_sheets(order_sides(...))``, ``write_sheets``), recording time
and RSS after each. ``Canvas.save`` is wrapped to see the RSS and the size of the page streams that
reportlab holds just before it writes the file. The steps mirror ``write_batch_pdf`` for the default duplex
settings as it is now; if that function changes, change them here too. Everything goes to a temporary
POSTCARD home, deleted at the end.
"""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

MB = 1024 * 1024


def child(home: Path, contacts: Path) -> dict[str, float]:
    import benchdata
    import reportlab.pdfgen.canvas as rl_canvas
    from render_child import current_rss, peak_rss

    from postcard.app import build_context
    from postcard.core.layout.sheets import order_sides, single_sheets
    from postcard.render.batch import PrintSettings, card_pages
    from postcard.render.fonts import register_fonts
    from postcard.render.pdf import write_sheets

    ctx = build_context(home)
    catalog = ctx.fonts
    catalog.preload()
    register_fonts(catalog)
    jobs = benchdata.card_jobs(ctx, json.loads(contacts.read_text(encoding="utf-8")))
    settings = PrintSettings()
    out: dict[str, float] = {"cards": len(jobs), "rss_start": current_rss() or 0}

    t = time.perf_counter()
    cards = [card_pages(job, settings, catalog) for job in jobs]  # type: ignore[arg-type]
    out["layout_s"] = time.perf_counter() - t
    out["rss_after_layout"] = current_rss() or 0
    out["items"] = sum(len(page.items) for card in cards for _, page in card)
    sheets = single_sheets(order_sides(cards, settings.layout, settings.reverse))

    original_save = rl_canvas.Canvas.save

    def save(canvas: rl_canvas.Canvas) -> None:
        out["draw_s"] = time.perf_counter() - t
        out["rss_before_save"] = current_rss() or 0
        out["page_streams"] = sum(len(page.stream) for page in canvas._doc.Pages.pages)
        start = time.perf_counter()
        original_save(canvas)
        out["save_s"] = time.perf_counter() - start

    rl_canvas.Canvas.save = save  # type: ignore[method-assign]
    buffer = io.BytesIO()
    t = time.perf_counter()
    write_sheets(sheets, buffer, catalog)
    out["pdf_bytes"] = len(buffer.getvalue())
    out["peak_rss"] = peak_rss() or 0
    ctx.close()
    return out


def main(argv: list[str]) -> int:
    if argv[:1] == ["--child"]:
        print(json.dumps(child(Path(argv[1]), Path(argv[2]))))
        return 0
    import benchdata

    from postcard.core.layout.formats import LayoutOptions
    from postcard.render.fonts import FontCatalog

    sizes = [int(a) for a in argv] or [1000, 10000]
    root = Path(tempfile.mkdtemp(prefix="postcard-phases-"))
    os.environ["POSTCARD_HOME"] = str(root / "home")
    try:
        catalog = FontCatalog()
        print(f"{'cards':>6} {'layout':>8} {'draw':>7} {'save':>7} | {'RSS: start':>10} {'+layout':>8} "
              f"{'+draw':>7} {'+save':>7} {'peak':>7} | {'items':>9} {'streams':>8} {'PDF':>7}")  # fmt: skip
        for n in sizes:
            path = root / f"cards-{n}.json"
            contacts = benchdata.card_contacts(n, catalog, LayoutOptions().address_chain)
            path.write_text(json.dumps(contacts, ensure_ascii=False), encoding="utf-8")
            cmd = [sys.executable, __file__, "--child", str(root / "render"), str(path)]
            r = json.loads(subprocess.run(cmd, check=True, capture_output=True, text=True).stdout.splitlines()[-1])
            print(f"{r['cards']:>6,} {r['layout_s']:>7.2f}s {r['draw_s']:>6.2f}s {r['save_s']:>6.2f}s | "
                  f"{r['rss_start'] / MB:>8.0f}MB {(r['rss_after_layout'] - r['rss_start']) / MB:>6.0f}MB "
                  f"{(r['rss_before_save'] - r['rss_after_layout']) / MB:>5.0f}MB "
                  f"{(r['peak_rss'] - r['rss_before_save']) / MB:>5.0f}MB {r['peak_rss'] / MB:>5.0f}MB | "
                  f"{r['items']:>9,} {r['page_streams'] / MB:>6.1f}MB {r['pdf_bytes'] / MB:>5.1f}MB")  # fmt: skip
        print("layout: card_pages for every job; draw: write_sheets up to Canvas.save; save: Canvas.save.\n"
              "+layout/+draw/+save: RSS added by each step (+save: the peak during the save); streams: the page "
              "streams reportlab holds, uncompressed, before the save; PDF: written to memory here.")  # fmt: skip
    finally:
        shutil.rmtree(root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
