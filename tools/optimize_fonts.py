"""Make the bundled fonts small and quick to read, keeping every character and its vertical form. Not shipped.

    python tools/optimize_fonts.py ORIGINAL_DIR fonts/

For each bundled font (the upstream files in ORIGINAL_DIR, same file names) the fontTools subsetter keeps every
character of the cmap and every glyph reachable from them through the GSUB features ``vert`` and ``vrt2``
(the only ones postcard applies), with their outlines as they are, the glyph names and all names and licence
strings, and drops what a printed PDF never uses: TrueType hinting (instructions, ``fpgm``, ``prep``, ``cvt``),
the other OpenType features (GPOS, and GSUB features such as ``aalt``, ``jp78``, ``hwid`` whose glyphs postcard
never draws) and the tables nothing reads (``DSIG``, ``mort``, ``FFTM``, ``BASE``).

It then checks, font by font, that the result draws exactly what the original does: the same cmap, the same
advance for every character, the same vertical alternate (by outline) for every character that has one, and the
same outline for every kept glyph. It prints the sizes before and after and exits non-zero on any difference.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont

FONTS = ("KleeOne-Regular.ttf", "KleeOne-SemiBold.ttf", "setofont.ttf", "Kristi.ttf")
FEATURES = ["vert", "vrt2"]


def options() -> subset.Options:
    opts = subset.Options()
    opts.layout_features = FEATURES
    opts.hinting = False
    opts.glyph_names = True
    opts.name_IDs = ["*"]
    opts.name_languages = ["*"]
    opts.name_legacy = True
    opts.notdef_glyph = True
    opts.notdef_outline = True
    opts.recalc_timestamp = False
    opts.drop_tables += ["DSIG", "mort", "morx", "FFTM", "BASE", "GPOS", "kern"]
    return opts


def outline(font: TTFont, name: str) -> tuple[object, ...]:
    glyf = font["glyf"]
    coords, ends, flags = glyf[name].getCoordinates(glyf)
    return (tuple(coords), tuple(ends), tuple(f & 1 for f in flags))


def vertical(font: TTFont) -> dict[str, str]:
    """Glyph → vertical alternate from single substitutions of vert/vrt2, as postcard reads them."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
    from postcard.render.fontinfo import _vertical_map

    return _vertical_map(font)


def check(original: Path, optimized: Path) -> list[str]:
    problems = []
    with TTFont(str(original)) as a, TTFont(str(optimized)) as b:
        cmap_a, cmap_b = a.getBestCmap(), b.getBestCmap()
        if set(cmap_a) != set(cmap_b):
            problems.append(f"{len(set(cmap_a) ^ set(cmap_b))} characters differ")
        vert_a, vert_b = vertical(a), vertical(b)
        for code, name in cmap_a.items():
            other = cmap_b.get(code)
            if other is None:
                continue
            if a["hmtx"][name][0] != b["hmtx"][other][0]:
                problems.append(f"advance of U+{code:04X}")
            if outline(a, name) != outline(b, other):
                problems.append(f"outline of U+{code:04X}")
            alt_a, alt_b = vert_a.get(name), vert_b.get(other)
            if (alt_a is None) != (alt_b is None) or (alt_a and outline(a, alt_a) != outline(b, alt_b)):
                problems.append(f"vertical form of U+{code:04X}")
            if len(problems) > 20:
                break
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("originals", type=Path)
    parser.add_argument("out", type=Path)
    args = parser.parse_args(argv)
    failed = False
    for name in FONTS:
        source, target = args.originals / name, args.out / name
        font = TTFont(str(source))
        before = (font["maxp"].numGlyphs, source.stat().st_size)
        subsetter = subset.Subsetter(options())
        subsetter.populate(unicodes=font.getBestCmap().keys())
        subsetter.subset(font)
        font.save(str(target))
        problems = check(source, target)
        after = (TTFont(str(target), lazy=True)["maxp"].numGlyphs, target.stat().st_size)
        verdict = "same cmap, advances, outlines and vertical forms" if not problems else "; ".join(problems[:5])
        print(f"{name}: {before[1] / 1e6:.2f} → {after[1] / 1e6:.2f} MB, glyphs {before[0]} → {after[0]}: {verdict}")
        failed |= bool(problems)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
