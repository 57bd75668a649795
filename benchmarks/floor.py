"""The floor: a bare reportlab process drawing the same glyphs as ``postcard render``, timed from start to exit.

    python benchmarks/floor.py GLYPHS.pickle OUT.pdf

GLYPHS is written by ``command.py`` from the very sheets postcard draws for the batch (same cards, same seeds):
per page its size in points, every glyph as (font file, character, colour, text matrix) and every line and box
in PDF coordinates. This script does only what any program printing those glyphs with reportlab must do: import
reportlab, register the TrueType fonts the batch uses, draw each glyph with its text matrix (one text object per
page, the font and colour set when they change), stroke the lines and boxes, and save (reportlab subsets and
embeds the fonts). It knows nothing of postcard: no layout, no templates, no database.

The one difference: a vertical alternate (ー, 「, 、 in vertical text) is drawn as its horizontal character,
since reportlab cannot address a glyph that no code point maps to; that changes the shape of a few glyphs a
card, not how many are drawn.
"""

from __future__ import annotations

import pickle
import sys


def main(argv: list[str]) -> int:
    from reportlab.lib.colors import CMYKColor, HexColor
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen.canvas import Canvas

    glyphs_file, out = argv
    with open(glyphs_file, "rb") as fh:
        data = pickle.load(fh)
    for name, path in data["fonts"].items():
        pdfmetrics.registerFont(TTFont(name, path))

    colours: dict[str, object] = {}

    def colour(value: str) -> object:
        if value not in colours:
            if value.startswith("cmyk("):
                colours[value] = CMYKColor(*(float(v) for v in value[5:-1].split(",")))
            else:
                colours[value] = HexColor(value)
        return colours[value]

    canvas = Canvas(out, pageCompression=1)
    for width, height, glyphs, strokes in data["pages"]:
        canvas.setPageSize((width, height))
        text = canvas.beginText()
        font = fill = None
        for name, char, ink, a, b, c, d, e, f in glyphs:
            if name != font:
                text.setFont(name, 1)
                font = name
            if ink != fill:
                text.setFillColor(colour(ink))
                fill = ink
            text.setTextTransform(a, b, c, d, e, f)
            text.textOut(char)
        canvas.drawText(text)
        for kind, coords, line_width, ink, fill_ink in strokes:
            canvas.setLineWidth(line_width)
            canvas.setStrokeColor(colour(ink))
            if kind == "line":
                canvas.line(*coords)
            else:
                if fill_ink:
                    canvas.setFillColor(colour(fill_ink))
                canvas.rect(*coords, stroke=0 if fill_ink else 1, fill=1 if fill_ink else 0)
        canvas.showPage()
    canvas.save()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
