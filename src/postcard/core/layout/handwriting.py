"""Natural handwriting: small, seeded variations so fifty cards do not look photocopied.

Per character: a little shift of position, angle and size. Per line: a slight drift, as a hand's line wanders.
Everything comes from ``random.Random(seed)``, so a reprint with the same seed is identical and two cards
with different seeds differ. ``strength`` scales all of it; 0 returns the glyphs unchanged.
"""

from __future__ import annotations

import math
import random
from collections.abc import Sequence

from postcard.core.layout.items import Glyph, pt_to_mm

# Standard deviations at strength 1 (em, degrees, relative size) and their hard limits.
SHIFT_SD, SHIFT_MAX = 0.035, 0.09
ANGLE_SD, ANGLE_MAX = 1.8, 4.5
SIZE_SD, SIZE_MAX = 0.03, 0.07
DRIFT_SD_DEG, DRIFT_MAX_DEG = 0.6, 1.5
LINE_OFFSET_SD = 0.06  # em: where the line starts
DRIFT_MAX_EM = 0.1  # em: how far a line's end may stray sideways, so that neighbouring lines never meet


def _clip(value: float, limit: float) -> float:
    return -limit if value < -limit else limit if value > limit else value


def vary_line(glyphs: Sequence[Glyph], rng: random.Random, strength: float, vertical: bool) -> list[Glyph]:
    """Vary one line (a column when ``vertical``) of glyphs."""
    if strength <= 0 or not glyphs:
        return list(glyphs)
    s = strength
    drift = math.tan(math.radians(_clip(rng.gauss(0, DRIFT_SD_DEG * s), DRIFT_MAX_DEG * s)))
    first = glyphs[0]
    em0 = pt_to_mm(first.size)
    length = abs(glyphs[-1].cy - first.cy if vertical else glyphs[-1].cx - first.cx)
    if length > 0:  # a long line tilts less: its end strays at most DRIFT_MAX_EM
        drift = _clip(drift, DRIFT_MAX_EM * s * em0 / length)
    off_x = _clip(rng.gauss(0, LINE_OFFSET_SD * s), 2 * LINE_OFFSET_SD * s) * em0
    off_y = _clip(rng.gauss(0, LINE_OFFSET_SD * s), 2 * LINE_OFFSET_SD * s) * em0
    # Per character: triangular variates with the standard deviations above (close enough to normal ones for a
    # hand's wobble, and several times cheaper than random.gauss in this hot loop), clipped to their limits.
    rnd = rng.random
    k = 2.449489742783178  # sqrt(6): the standard deviation of (U1 - U2) is 1/sqrt(6)
    shift_sd, shift_max = SHIFT_SD * s * k, SHIFT_MAX * s
    angle_sd, angle_max = ANGLE_SD * s * k, ANGLE_MAX * s
    size_sd, size_max = SIZE_SD * s * k, SIZE_MAX * s
    out = []
    for g in glyphs:
        em = pt_to_mm(g.size)
        along = (g.cy - first.cy) if vertical else (g.cx - first.cx)
        # (each clipped to ±its limit; written out because this loop runs for every character of a batch)
        dx = (rnd() - rnd()) * shift_sd
        dx = shift_max if dx > shift_max else -shift_max if dx < -shift_max else dx
        dy = (rnd() - rnd()) * shift_sd
        dy = shift_max if dy > shift_max else -shift_max if dy < -shift_max else dy
        dx, dy = dx * em + off_x, dy * em + off_y
        if vertical:
            dx += drift * along
        else:
            dy += drift * along
        angle = (rnd() - rnd()) * angle_sd
        angle = angle_max if angle > angle_max else -angle_max if angle < -angle_max else angle
        scale = (rnd() - rnd()) * size_sd
        scale = 1.0 + (size_max if scale > size_max else -size_max if scale < -size_max else scale)
        out.append(Glyph(g.char, g.cx + dx, g.cy + dy, g.size * scale, g.font, g.rotation + angle, g.vertical,
                         g.advance, g.color, g.role))  # fmt: skip
    return out
