"""Performance figures of postcard: import, search, batch rendering, preview. Prints a table; not a test.

    python benchmarks/run.py            # the full sizes (about two minutes on two cores)
    python benchmarks/run.py --quick    # small sizes, a smoke check (targets scaled to the sizes)
    python benchmarks/run.py --profile  # also cProfile the 1,000-card render and the vCard import

Everything is written into a temporary POSTCARD home (``POSTCARD_HOME`` is set to it for this process and its
children as well); it is deleted at the end unless ``--keep`` is given. See ``benchmarks/README.md`` for what
each figure measures and why its target is what it is.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import pstats
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import benchdata  # noqa: E402
import command  # noqa: E402
import import_bench  # noqa: E402
from command import Launcher  # noqa: E402

MB = 1024 * 1024


@dataclass(frozen=True)
class Sizes:
    vcards: int = 10_000
    eight_rows: int = 10_000
    queries: int = 50
    cards: int = 1_000
    previews: int = 50
    big_cards: int = 10_000
    import_runs: int = 3  # fresh store each time; the median run is reported
    render_runs: int = 3  # warm 1,000-card renders; the median run is reported
    command_runs: int = 5  # pairs of whole-process runs (postcard render, floor) after one warm-up each
    big_import: int = 100_000  # rows of the Eight CSV imported through the CLI (figure 9)


FULL = Sizes()
QUICK = Sizes(vcards=1_000, eight_rows=1_000, queries=20, cards=100, previews=10, big_cards=1_000, import_runs=1,
              render_runs=1, command_runs=2, big_import=10_000)  # fmt: skip

# Targets at the full sizes.
IMPORT_S = 2.0
SEARCH_S = 0.010
RENDER_S = 1.2
RENDER_RSS = 250 * MB
RENDER_PDF = 3 * MB
PREVIEW_S = 0.015
LINEAR_TOLERANCE = 1.05  # 10x the cards may take up to 10.5x the time
COMMAND_RATIO = 1.2  # postcard render / the bare reportlab floor, whole processes (goal: 1.0)
# The package before the fonts were optimised (wheel of commit 61f8d7d): 25.80 MB wheel, 56.57 MB installed.
PACKAGE_BEFORE = (25_802_708, 56_572_606)
FLAT_TOLERANCE = 1.15  # 10x the cards may take up to 1.15x the peak RSS


@dataclass
class Row:
    figure: str
    value: str
    target: str = ""
    ok: bool | None = None  # None: information only

    @property
    def verdict(self) -> str:
        return "" if self.ok is None else "ok" if self.ok else "OVER"


def scale(target: float, n: int, full_n: int) -> float:
    """A target set for ``full_n`` items, scaled linearly to ``n`` (the --quick sizes)."""
    return target * n / full_n


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def sec(seconds: float) -> str:
    return f"{seconds:.2f} s"


def mb(n: float | None) -> str:
    return "n/a" if n is None else f"{n / MB:.0f} MB"


def mb1(n: float | None) -> str:
    return "n/a" if n is None else f"{n / MB:.2f} MB"


# --- import -------------------------------------------------------------------------------------------------


def timed_import(home: Path, path: Path) -> tuple[float, float, Any, Any]:
    """``import_files`` into a fresh store at ``home``: (total s, parse s, summary, context).

    The parse time is measured inside the same run by timing the importer's record stream (``open_stream`` and
    each record it yields); the rest of the total (address completion and check, suggested readings, duplicate
    look-up, inserts, commit) is the store time.
    """
    from postcard.app import build_context
    from postcard.io import importer

    seed_reading_dictionary(home)
    ctx = build_context(home)
    spent: list[float] = []
    original = importer.open_stream

    def timed(items: Any) -> Any:
        iterator = iter(items)
        while True:
            start = time.perf_counter()
            try:
                item = next(iterator)
            except StopIteration:
                spent.append(time.perf_counter() - start)
                return
            spent.append(time.perf_counter() - start)
            yield item

    def open_stream(*args: Any, **kwargs: Any) -> Any:
        start = time.perf_counter()
        try:
            stream = original(*args, **kwargs)
        finally:
            spent.append(time.perf_counter() - start)
        stream.items = timed(stream.items)
        return stream

    importer.open_stream = open_stream  # type: ignore[assignment]
    try:
        start = time.perf_counter()
        summary = importer.import_files(ctx.store, [path], readings=ctx.readings)
        total = time.perf_counter() - start
    finally:
        importer.open_stream = original  # type: ignore[assignment]
    return total, sum(spent), summary, ctx


def seed_reading_dictionary(home: Path) -> None:
    """Give a fresh home the reading dictionary a first import extracts once (``benchmarks/import_bench.py``
    times that extraction on its own), so that every import figure is a steady one."""
    from postcard.io.kanwa import dictionary_file, load_dictionary

    shared = dictionary_file(home.parent / "shared-cache")
    if not shared.exists():
        load_dictionary(shared.parent.parent)
    target = dictionary_file(home / "cache")
    target.parent.mkdir(parents=True, exist_ok=True)
    if shared.exists() and not target.exists():
        shutil.copyfile(shared, target)


def bench_import(root: Path, name: str, path: Path, runs: int) -> tuple[float, float, Any, Any]:
    """The median of ``runs`` imports, each into a fresh store; returns it with the last run's context open."""
    results = []
    ctx = None
    for i in range(runs):
        if ctx is not None:
            ctx.close()
        total, parse, summary, ctx = timed_import(root / f"{name}-{i}", path)
        results.append((total, parse, summary))
    total, parse, summary = sorted(results, key=lambda r: r[0])[len(results) // 2]
    return total, parse, summary, ctx


# --- render children ----------------------------------------------------------------------------------------


def run_child(launcher: Launcher, args: list[str], env: dict[str, str]) -> dict[str, Any]:
    """Run ``render_child.py`` through the launcher and return its JSON, with ``peak_rss`` (bytes): the child's
    own ``ru_maxrss`` from ``os.wait4`` (see ``launcher.py`` for why the launcher starts it)."""
    answer = launcher.run([sys.executable, str(HERE / "render_child.py"), *args], env)
    result = json.loads(answer["stdout"].strip().splitlines()[-1])
    result["peak_rss"] = answer["peak_rss"] or result.get("peak_rss_self")
    result["wall_s"] = answer["wall"]
    return result


def write_contacts(root: Path, n: int, catalog: Any, seed: int = benchdata.SEED) -> Path:
    from postcard.core.layout.formats import LayoutOptions

    contacts = benchdata.card_contacts(n, catalog, LayoutOptions().address_chain, seed)
    return benchdata.write_contacts_file(root / f"cards-{n}-{seed}.jsonl", contacts)


# --- profiles -----------------------------------------------------------------------------------------------


def _where(func: tuple[str, int, str]) -> str:
    filename, line, name = func
    if filename == "~":
        return name
    for marker in ("/site-packages/", "/src/"):
        if marker in filename:
            filename = filename.split(marker, 1)[1]
            break
    else:
        filename = re.sub(r"^.*/lib/python[0-9.]+/", "", filename)
    return f"{filename}:{line}({name})"


def print_profile(title: str, stats: pstats.Stats, top: int) -> None:
    raw = stats.stats  # type: ignore[attr-defined]
    total = max((v[3] for v in raw.values()), default=0.0)
    for key, label in (("cumulative", "cumulative"), ("tottime", "own time")):
        print(f"\n{title}: top {top} by {label} (profiled total {total:.2f} s; cProfile slows things down)")
        print(f"  {'calls':>9} {'own s':>8} {'cum s':>8}  function")
        index = 3 if key == "cumulative" else 2
        for func, (_cc, nc, tt, ct, _callers) in sorted(raw.items(), key=lambda kv: -kv[1][index])[:top]:
            print(f"  {nc:>9} {tt:>8.3f} {ct:>8.3f}  {_where(func)}")


def profile_import(root: Path, path: Path, top: int) -> None:
    import cProfile

    from postcard.app import build_context
    from postcard.io.importer import import_files

    seed_reading_dictionary(root / "profile-import")
    ctx = build_context(root / "profile-import")
    profiler = cProfile.Profile()
    profiler.enable()
    import_files(ctx.store, [path], readings=ctx.readings)
    profiler.disable()
    ctx.close()
    print_profile(f"import of {path.name}", pstats.Stats(profiler), top)


# --- the figures -------------------------------------------------------------------------------------------


class Table:
    def __init__(self) -> None:
        self.rows: list[Row] = []

    def add(self, figure: str, value: str, target: str = "", ok: bool | None = None) -> None:
        self.rows.append(Row(figure, value, target, ok))

    def print(self) -> None:
        headers = ("figure", "measured", "target", "")
        cells = [(r.figure, r.value, r.target, r.verdict) for r in self.rows]
        widths = [max(len(h), *(len(c[i]) for c in cells)) for i, h in enumerate(headers)]
        print()
        print("  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip())
        print("  ".join("-" * w for w in widths))
        for c in cells:
            print("  ".join(v.ljust(w) for v, w in zip(c, widths, strict=True)).rstrip())


def figure_import(table: Table, number: int, label: str, root: Path, path: Path, n: int, full_n: int,
                  runs: int) -> Any:  # fmt: skip
    """Figures 1 and 2; returns the (open) context of the last run's store."""
    target = scale(IMPORT_S, n, full_n)
    total, parse, summary, ctx = bench_import(root, path.stem, path, runs)
    table.add(f"{number}. import {label} (median of {runs})", sec(total), f"≤ {target:.2f} s", total <= target)
    table.add("   parse (read, decode, map)", sec(parse))
    table.add("   store (complete, de-dup, insert)", sec(total - parse))
    counts = f"{summary.imported} / {summary.merged} / {summary.skipped} / {len(summary.issues)}"
    table.add("   new / merged / skipped / issues", counts)
    table.add("   format; addresses completed", f"{summary.formats[str(path)]}; {summary.completed_addresses}")
    return ctx


def figure_search(table: Table, store: Any, n_queries: int) -> None:
    """Figure 3: ``store.contacts.list(query=...)`` with different kanji and hiragana queries."""
    queries = benchdata.search_queries(n_queries)
    store.contacts.list(query=queries[0])  # warm-up: page cache, statement cache
    times, hits = [], []
    for query in queries:
        start = time.perf_counter()
        found = store.contacts.list(query=query)
        times.append(time.perf_counter() - start)
        hits.append(len(found))
    median = statistics.median(times)
    count = store.contacts.count()
    table.add(f"3. search {count:,} contacts (median of {len(queries)})", ms(median), f"≤ {ms(SEARCH_S)}",
              median <= SEARCH_S)  # fmt: skip
    table.add("   90th percentile / slowest", f"{ms(percentile(times, 0.9))} / {ms(max(times))}")
    table.add("   hits per query (median / max)", f"{statistics.median(hits):.0f} / {max(hits)}")


def percentile(values: list[float], q: float) -> float:
    return sorted(values)[round(q * (len(values) - 1))]


def package_size(root: Path) -> tuple[int, int] | None:
    """(wheel bytes, installed bytes: the files in the wheel, uncompressed) of a wheel built from this checkout."""
    import zipfile

    out = root / "wheel"
    cmd = [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(out), str(HERE.parent)]
    build = subprocess.run(cmd, capture_output=True, text=True)
    wheels = list(out.glob("postcard-*.whl"))
    if build.returncode != 0 or not wheels:
        print(f"(the wheel could not be built: {build.stderr.strip()[-300:]})")
        return None
    with zipfile.ZipFile(wheels[0]) as wheel:
        return wheels[0].stat().st_size, sum(info.file_size for info in wheel.infolist())


def figure_command(
    table: Table, launcher: Launcher, root: Path, catalog: Any, sizes: Sizes, env: dict[str, str]
) -> dict[str, Any]:
    """Figure 4: the whole ``postcard render`` process beside the bare reportlab floor, in turn."""
    from postcard.core.layout.formats import LayoutOptions

    n = sizes.cards
    contacts = benchdata.card_contacts(n, catalog, LayoutOptions().address_chain)
    result = command.measure(launcher, root, contacts, sizes.command_runs, env)
    ratio = result["ratio"]
    pairs = sizes.command_runs
    table.add(f"4. postcard render, {n:,} two-sided hagaki, whole process / floor (median of {pairs} pairs)",
              f"{ratio:.2f} × ({result['ratio_min']:.2f}–{result['ratio_max']:.2f})",
              f"≤ {COMMAND_RATIO:.1f} × (goal ≤ 1.0 ×)", ratio <= COMMAND_RATIO)  # fmt: skip
    table.add("   postcard render (start to exit) | floor", f"{sec(result['ours_s'])} | {sec(result['floor_s'])}")
    table.add("   peak RSS: postcard render | floor", f"{mb(result['ours_rss'])} | {mb(result['floor_rss'])}")
    table.add("   PDF: postcard render | floor", f"{mb1(result['ours_pdf'])} | {mb1(result['floor_pdf'])}")
    table.add("   the same pages and glyphs in both", f"{result['pages']:,} pages, {result['glyphs']:,} glyphs")
    return result


def figure_command_big(table: Table, launcher: Launcher, root: Path, contacts: Path, small: dict[str, Any],
                       sizes: Sizes, env: dict[str, str]) -> None:  # fmt: skip
    """Below figure 8: the whole ``postcard render`` of the big batch once, beside figure 4's (information: its
    plan holds every person packed, and SQLite's page cache fills as the rows are read)."""
    home = root / "command-home-big"
    event = command.build_home(home, list(benchdata.read_contacts_file(contacts)))
    fonts = root / "command-home" / "cache" / "fonts"  # warm, as figure 4's runs are (its warm-up filled it)
    shutil.copytree(fonts, home / "cache" / "fonts", dirs_exist_ok=True)
    cmd = [sys.executable, "-m", "postcard", "--home", str(home), "render", "--event", event, "--no-log",
           "--out", str(root / "command-big.pdf")]  # fmt: skip
    run = command.timed(launcher, cmd, env)
    rss_ratio = (run.peak_rss or 0) / (small["ours_rss"] or 1)
    table.add(f"   postcard render, whole process, {sizes.big_cards:,} | {sizes.cards:,} cards: peak RSS",
              f"{mb(run.peak_rss)} | {mb(small['ours_rss'])} ({rss_ratio:.2f} ×)")  # fmt: skip
    table.add("   … and time (start to exit)", f"{sec(run.wall)} | {sec(small['ours_s'])} "
              f"({run.wall / small['ours_s']:.1f} ×)")  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--quick", action="store_true", help="small sizes for a smoke check")
    parser.add_argument("--profile", action="store_true", help="also print cProfile hot spots")
    parser.add_argument("--top", type=int, default=10, help="profile rows to print (default 10)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary home and print where it is")
    args = parser.parse_args(argv)
    sizes = QUICK if args.quick else FULL
    launcher = Launcher()  # first, while this process is small: every measured child is started by it

    root = Path(tempfile.mkdtemp(prefix="postcard-bench-"))
    os.environ["POSTCARD_HOME"] = str(root / "home")  # anything that resolves a home on its own lands here
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    quick = " (--quick: small sizes, targets scaled linearly; a smoke check only)" if args.quick else ""
    print(f"postcard benchmarks{quick}")
    print(f"python {platform.python_version()}, {platform.system()} {platform.machine()}, {os.cpu_count()} CPUs; "
          f"temporary home {root}")  # fmt: skip
    table = Table()
    try:
        t = time.perf_counter()
        vcf, eight = root / "contacts.vcf", root / "eight.csv"
        data, mix = benchdata.vcard_file(sizes.vcards)
        vcf.write_bytes(data)
        eight.write_bytes(benchdata.eight_csv(sizes.eight_rows))
        kinds = ", ".join(f"{v} {k}" for k, v in mix.items())
        print(f"inputs generated in {time.perf_counter() - t:.1f} s: {vcf.name} {len(data) / MB:.1f} MB ({kinds}); "
              f"{eight.name} {eight.stat().st_size / MB:.1f} MB")  # fmt: skip

        vctx = figure_import(table, 1, f"{sizes.vcards:,} vCards", root, vcf, sizes.vcards, FULL.vcards,
                             sizes.import_runs)  # fmt: skip
        figure_import(table, 2, f"{sizes.eight_rows:,}-row Eight CSV", root, eight, sizes.eight_rows, FULL.eight_rows,
                      sizes.import_runs).close()  # fmt: skip
        figure_search(table, vctx.store, sizes.queries)  # on the store of the vCard import
        vctx.close()

        from postcard.render.fonts import FontCatalog

        catalog = FontCatalog()  # no cache dir: the render home's font cache stays cold for the first child
        command_result = figure_command(table, launcher, root, catalog, sizes, env)

        # 5-8: rendering inside a process, each run in a child process of its own
        cards_json = write_contacts(root, sizes.cards, catalog)
        preview_json = write_contacts(root, sizes.previews + 1, catalog, benchdata.SEED + 7)
        big_json = write_contacts(root, sizes.big_cards, catalog)
        home = root / "render"
        batch = ["batch", "--home", str(home), "--contacts", str(cards_json), "--out", str(root / "cards.pdf")]
        cold = run_child(launcher, batch, env)
        warm_runs = [run_child(launcher, batch, env) for _ in range(sizes.render_runs)]
        warm = sorted(warm_runs, key=lambda r: r["render_s"])[len(warm_runs) // 2]
        peak = max(r["peak_rss"] or 0 for r in warm_runs) or None
        n = sizes.cards
        t_target, size_target = scale(RENDER_S, n, FULL.cards), scale(RENDER_PDF, n, FULL.cards)
        table.add(f"5. {n:,} jp-hagaki cards → PDF in a process (median of {len(warm_runs)})", sec(warm["render_s"]),
                  f"≤ {t_target:.2f} s", warm["render_s"] <= t_target)  # fmt: skip
        table.add("   peak RSS of the child (max of runs)", mb(peak), f"≤ {mb(RENDER_RSS)}",
                  peak is not None and peak <= RENDER_RSS)  # fmt: skip
        table.add("   PDF size", f"{mb1(warm['pdf_bytes'])} ({warm['pages']:,} pages)", f"≤ {mb1(size_target)}",
                  warm["pdf_bytes"] <= size_target)  # fmt: skip
        table.add("   building the jobs (not in time)", sec(warm["jobs_s"]))

        table.add("6. fonts: loading the four fonts, cold cache (fontTools, cached)", sec(cold["font_metrics_s"]))
        table.add("   warm cache (metrics read from the cache)", sec(warm["font_metrics_s"]))
        sizes_now = package_size(root)
        if sizes_now is not None:
            wheel, installed = sizes_now
            table.add("   installed package: now | before the fonts were optimised",
                      f"{installed / 1e6:.1f} MB | {PACKAGE_BEFORE[1] / 1e6:.1f} MB",
                      f"≤ {PACKAGE_BEFORE[1] / 2e6:.1f} MB (half)", installed <= PACKAGE_BEFORE[1] / 2)  # fmt: skip
            table.add("   wheel: now | before", f"{wheel / 1e6:.1f} MB | {PACKAGE_BEFORE[0] / 1e6:.1f} MB")

        preview = run_child(launcher, ["preview", "--home", str(home), "--contacts", str(preview_json)], env)
        table.add(f"7. one-card preview → PDF bytes (median of {sizes.previews})", ms(preview["preview_median_s"]),
                  f"≤ {ms(PREVIEW_S)}", preview["preview_median_s"] <= PREVIEW_S)  # fmt: skip
        table.add("   90th percentile / slowest", f"{ms(preview['preview_p90_s'])} / {ms(preview['preview_max_s'])}")
        table.add("   size of one preview", f"{preview['preview_bytes'] / 1024:.0f} KB")

        big_batch = ["batch", "--home", str(home), "--contacts", str(big_json), "--out", str(root / "big.pdf")]
        big = run_child(launcher, big_batch, env)
        factor = sizes.big_cards / n
        ratio = big["render_s"] / warm["render_s"]
        big_peak = big["peak_rss"] or 0
        rss_ratio = big_peak / (peak or 1)
        flat = rss_ratio <= FLAT_TOLERANCE
        table.add(f"8. {sizes.big_cards:,} cards → PDF (streamed)", sec(big["render_s"]), f"≈ {factor:.0f} × line 5")
        table.add(f"   time / time of {n:,} cards", f"{ratio:.1f} ×", f"≤ {factor * LINEAR_TOLERANCE:.1f} × (linear)",
                  ratio <= factor * LINEAR_TOLERANCE)  # fmt: skip
        table.add("   peak RSS of the child", f"{mb(big_peak)} ({rss_ratio:.2f} × line 5)",
                  f"≤ {FLAT_TOLERANCE:.2f} × (flat)", flat)  # fmt: skip
        table.add("   PDF size", f"{mb1(big['pdf_bytes'])} ({big['pages']:,} pages)", f"≤ {mb1(size_target * factor)}",
                  big["pdf_bytes"] <= size_target * factor)  # fmt: skip
        table.add("   RSS before render / at the end", f"{mb(big['rss_before_render'])} / {mb(big['rss_end'])}")
        if big.get("high_water") and warm.get("high_water"):
            grow_small = warm["high_water"] - warm["rss_before_render"]
            grow_big = big["high_water"] - big["rss_before_render"]
            table.add(f"   what rendering adds (peak − RSS before): {n:,} | {sizes.big_cards:,} cards",
                      f"{mb(grow_small)} | {mb(grow_big)}")  # fmt: skip
        figure_command_big(table, launcher, root, big_json, command_result, sizes, env)

        # 9-10: a big Eight CSV through `postcard import` (benchmarks/import_bench.py), beside the others
        (root / "import").mkdir()
        import_bench.bench_eight(launcher, root / "import", sizes.big_import, env, add=table.add, number=9)
        table.print()

        if not flat:
            print(f"\nMEMORY IS NOT FLAT: peak RSS {mb(peak)} for {n:,} cards, {mb(big_peak)} for {sizes.big_cards:,}; "
                  f"the RSS before rendering went from {mb(warm['rss_before_render'])} to "
                  f"{mb(big['rss_before_render'])} (the jobs themselves).")  # fmt: skip

        if args.profile:
            prof = root / "render.prof"
            run_child(launcher, [*batch, "--profile", str(prof)], env)
            print_profile(f"render of {n:,} cards (print_batch)", pstats.Stats(str(prof)), args.top)
            profile_import(root, vcf, args.top)
    finally:
        launcher.close()
        if args.keep:
            print(f"\nkept {root}")
        else:
            shutil.rmtree(root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
