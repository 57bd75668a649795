"""Natural handwriting: small, seeded variations so fifty cards do not look photocopied.

Per character: a little shift of position, angle and size. Per line: a slight drift, as a hand's line wanders.
Everything comes from ``random.Random(seed)``, so a reprint with the same seed is identical and two cards
with different seeds differ.

**The strength scale** (``LayoutOptions.variation``, docs/handwriting.md): 0 sets the type perfectly straight;
1 (the default) is a careful hand; 2 a quick one; 3, the most there is, a hurried one. The standard deviations
below grow in proportion to the strength; each deviation is clipped to its limit times the strength, but never
beyond its cap (:data:`CAPS`, reached at about strength 2). Beyond that only how often a glyph comes near its
caps grows, so strength 3 is livelier than 2 without turning into a scrawl.

**Glyphs never touch.** Given the glyphs' ink boxes (``ink``), each glyph keeps its ink on its own side of the
line half-way between its ink and that of each neighbour (the two before and after it in the line), a margin
short of it; a glyph whose variation would cross that line gets less of it (its shift, turn and growth scaled
back together). Given a ``lane``, no glyph's ink leaves the strip of that half-width around its line's axis, so
neighbouring lines set at least two lanes apart never meet either. Where two glyphs already touch as set (the
letters of a script font join), a glyph may come no more than :data:`JOINED_SLACK` em closer.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from postcard.core.layout.items import PT_MM, Glyph, pt_to_mm

# Standard deviations at strength 1 (em, degrees, relative size) and the limits they are clipped to at strength 1.
SHIFT_SD, SHIFT_MAX = 0.035, 0.09
ANGLE_SD, ANGLE_MAX = 1.8, 4.5
SIZE_SD, SIZE_MAX = 0.03, 0.07
DRIFT_SD_DEG, DRIFT_MAX_DEG = 0.6, 1.5
LINE_OFFSET_SD = 0.06  # em: where the line starts
DRIFT_MAX_EM = 0.1  # em: how far a line's end may stray sideways
#: The most each deviation may be at any strength: shift (em), angle (°), size, drift (°), line offset and drift (em).
CAPS = {"shift": 0.12, "angle": 7.0, "size": 0.1, "drift": 2.5, "offset": 0.12, "drift_em": 0.15}
MARGIN = 0.04  # em kept clear on each side of the line half-way between two glyphs' ink
JOINED_SLACK = 0.02  # em a glyph may come closer to a neighbour it already touches as set
_STEPS = (1.0, 0.7, 0.45, 0.25, 0.0)
_RADIANS = math.pi / 180  # how much of a glyph's own variation it keeps, tried in turn

Box4 = tuple[float, float, float, float]
Ink = Callable[[Glyph], "Box4 | None"]


def _clip(value: float, limit: float) -> float:
    return -limit if value < -limit else limit if value > limit else value


def reach(strength: float) -> float:
    """The farthest (em) an edge of a glyph's em box can move at ``strength``, lanes and neighbours aside."""
    s = strength
    shift = min(SHIFT_MAX * s, CAPS["shift"]) + min(2 * LINE_OFFSET_SD * s, CAPS["offset"])
    shift += min(DRIFT_MAX_EM * s, CAPS["drift_em"])
    turn = math.radians(min(ANGLE_MAX * s, CAPS["angle"]))
    grow = 1 + min(SIZE_MAX * s, CAPS["size"])
    return shift + 0.5 * (grow * (math.cos(turn) + math.sin(turn)) - 1)


def _box(g: Glyph, ink: tuple[float, float, float, float], cx: float, cy: float, size: float,
         rotation: float) -> tuple[float, float, float, float]:  # fmt: skip
    """The ink box (mm) of ``g`` drawn at (cx, cy), ``size`` pt, turned ``rotation``° clockwise."""
    em = size * PT_MM
    x0, y0, x1, y1 = ink
    if rotation == 0.0:
        return (cx + x0 * em, cy + y0 * em, cx + x1 * em, cy + y1 * em)
    a = rotation * _RADIANS
    c, s = math.cos(a), math.sin(a)
    ax0, ax1, ay0, ay1 = x0 * c, x1 * c, y0 * s, y1 * s  # corner terms: x' = x c - y s, y' = x s + y c
    bx0, bx1, by0, by1 = x0 * s, x1 * s, y0 * c, y1 * c
    left = min(ax0, ax1) - max(ay0, ay1)
    right = max(ax0, ax1) - min(ay0, ay1)
    top = min(bx0, bx1) + min(by0, by1)
    bottom = max(bx0, bx1) + max(by0, by1)
    return (cx + left * em, cy + top * em, cx + right * em, cy + bottom * em)


@dataclass(frozen=True, slots=True)
class Spacing:
    """What keeping a line's glyphs apart needs to know of the line as set, before any variation. Per glyph, one flat
    tuple: where its ink lies (x0, y0, x1, y1, mm), how far that ink may move left, up, right and down before it
    nears a neighbour (mm), its ink box (em, about its centre, unturned) and, with a lane, the strip across the
    line its ink keeps to (the lane, or no narrower than the glyph as set). It depends on the line as set only,
    not on the seed: a line that recurs on every card of a batch (the sender, a template's line) is measured once
    (:meth:`postcard.core.layout.typeset.SetLine.varied`)."""

    glyphs: tuple[tuple[float, ...], ...]
    lane: tuple[float, float] | None = None
    spare: float = 0.0  # with a lane: half of what it leaves beside the line as set (mm)


def line_spacing(glyphs: Sequence[Glyph], vertical: bool, ink: Ink | None = None,
                 lane: tuple[float, float] | None = None) -> Spacing:  # fmt: skip
    """The :class:`Spacing` of a line (a column when ``vertical``) as set; ``ink`` and ``lane`` as for
    :func:`vary_line`."""
    inks = tuple((ink(g) if ink else None) or (-g.advance / 2, -0.5, g.advance / 2, 0.5) for g in glyphs)
    boxes = tuple((g.cx + b[0] * g.size * PT_MM, g.cy + b[1] * g.size * PT_MM, g.cx + b[2] * g.size * PT_MM,
                   g.cy + b[3] * g.size * PT_MM) if g.rotation == 0.0 else _box(g, b, g.cx, g.cy, g.size, g.rotation)
                  for g, b in zip(glyphs, inks, strict=True))  # fmt: skip
    inf = float("inf")
    n = len(glyphs)
    room = [[inf, inf, inf, inf] for _ in range(n)]  # left, up, right, down
    # How far the ink may move before it nears a neighbour: a neighbour's limit applies along the axis that parts
    # the two as set. Apart as set: stay apart, short of the line half-way between them; joined as set (a script
    # font's letters): come no more than a hair closer. Each pair (a glyph and the next two) is measured once: its
    # gap and limit are the same seen from either glyph.
    for i in range(n - 1):
        bx0, by0, bx1, by1 = boxes[i]
        size = glyphs[i].size
        mine = room[i]
        for j in (i + 1, i + 2) if i + 2 < n else (i + 1,):
            ox0, oy0, ox1, oy1 = boxes[j]
            gap_x = ox0 - bx1 if ox0 - bx1 > bx0 - ox1 else bx0 - ox1
            gap_y = oy0 - by1 if oy0 - by1 > by0 - oy1 else by0 - oy1
            gap = gap_x if gap_x >= gap_y else gap_y
            em = (size if size < glyphs[j].size else glyphs[j].size) * PT_MM
            if gap > em:
                continue  # too far to reach
            if gap > 0:
                limit = gap / 2 - MARGIN * em
                if limit < gap / 4:
                    limit = gap / 4
            else:
                limit = JOINED_SLACK * em
            theirs = room[j]
            if gap_x >= gap_y:  # apart across x: the one further right may move right, the other left
                k = 2 if ox0 > bx0 else 0
                mine[k] = limit if limit < mine[k] else mine[k]
                k = 2 if bx0 > ox0 else 0
                theirs[k] = limit if limit < theirs[k] else theirs[k]
            else:
                k = 3 if oy0 > by0 else 1
                mine[k] = limit if limit < mine[k] else mine[k]
                k = 3 if by0 > oy0 else 1
                theirs[k] = limit if limit < theirs[k] else theirs[k]
    spare = 0.0
    strips = [(0.0, 0.0)] * n
    if lane is not None:  # the whole line moves: keep that within half of what the lane leaves
        across = [(b[0], b[2]) if vertical else (b[1], b[3]) for b in boxes]
        spare = max(min(min(lo - lane[0], lane[1] - hi) for lo, hi in across), 0.0) / 2
        strips = [(min(lane[0], lo), max(lane[1], hi)) for lo, hi in across]  # no narrower than the glyph as set
    return Spacing(tuple((*b, *r, *i, *strip) for b, r, i, strip in zip(boxes, room, inks, strips, strict=True)),
                   lane, spare)  # fmt: skip


def vary_line(glyphs: Sequence[Glyph], rng: random.Random, strength: float, vertical: bool,
              ink: Ink | None = None, lane: tuple[float, float] | None = None,
              spacing: Spacing | None = None) -> list[Glyph]:  # fmt: skip
    """Vary one line (a column when ``vertical``) of glyphs.

    Args:
        glyphs: The line as set, in reading order.
        rng: The card's random generator.
        strength: See the module docstring; 0 returns the glyphs unchanged.
        vertical: Whether the line is a column.
        ink: The ink box of a glyph as set (em, relative to its centre, unturned), or None for its em box.
        lane: The strip (mm, across the line: x for a column, y for a row) that every glyph's ink stays in.
        spacing: The line's :func:`line_spacing` (with its ``ink`` and ``lane``), when it is known already.
    """
    if strength <= 0 or not glyphs:
        return list(glyphs)
    s = strength
    first = glyphs[0]
    em0 = pt_to_mm(first.size)
    drift = math.tan(math.radians(_clip(rng.gauss(0, DRIFT_SD_DEG * s), min(DRIFT_MAX_DEG * s, CAPS["drift"]))))
    length = abs(glyphs[-1].cy - first.cy if vertical else glyphs[-1].cx - first.cx)
    if length > 0:  # a long line tilts less: its end strays at most DRIFT_MAX_EM
        drift = _clip(drift, min(DRIFT_MAX_EM * s, CAPS["drift_em"]) * em0 / length)
    off_limit = min(2 * LINE_OFFSET_SD * s, CAPS["offset"])
    off_x = _clip(rng.gauss(0, LINE_OFFSET_SD * s), off_limit) * em0
    off_y = _clip(rng.gauss(0, LINE_OFFSET_SD * s), off_limit) * em0
    # Per character: triangular variates with the standard deviations above (close enough to normal ones for a
    # hand's wobble, and several times cheaper than random.gauss in this hot loop), clipped to their limits.
    rnd = rng.random
    k = 2.449489742783178  # sqrt(6): the standard deviation of (U1 - U2) is 1/sqrt(6)
    shift_max, angle_max, size_max = (min(SHIFT_MAX * s, CAPS["shift"]), min(ANGLE_MAX * s, CAPS["angle"]),
                                      min(SIZE_MAX * s, CAPS["size"]))  # fmt: skip
    shift_sd, angle_sd, size_sd = SHIFT_SD * s * k, ANGLE_SD * s * k, SIZE_SD * s * k
    if spacing is None and (ink is not None or lane is not None):
        spacing = line_spacing(glyphs, vertical, ink, lane)
    if spacing is not None:
        return _kept_apart(glyphs, rnd, (shift_sd, shift_max, angle_sd, angle_max, size_sd, size_max), off_x, off_y,
                           drift, vertical, spacing)  # fmt: skip
    raw = []
    for g in glyphs:  # (each clipped to ±its limit; written out because this loop runs for every character)
        em = g.size * PT_MM
        dx = (rnd() - rnd()) * shift_sd
        dx = shift_max if dx > shift_max else -shift_max if dx < -shift_max else dx
        dy = (rnd() - rnd()) * shift_sd
        dy = shift_max if dy > shift_max else -shift_max if dy < -shift_max else dy
        angle = (rnd() - rnd()) * angle_sd
        angle = angle_max if angle > angle_max else -angle_max if angle < -angle_max else angle
        scale = (rnd() - rnd()) * size_sd
        scale = size_max if scale > size_max else -size_max if scale < -size_max else scale
        raw.append((dx * em, dy * em, angle, scale))
    lines = (_line_shift(g, first, off_x, off_y, drift, vertical) for g in glyphs)
    return [_varied(g, r, 1.0, line) for g, r, line in zip(glyphs, raw, lines, strict=True)]


def _line_shift(g: Glyph, first: Glyph, off_x: float, off_y: float, drift: float,
                vertical: bool) -> tuple[float, float]:  # fmt: skip
    """How far the whole line's wander moves this glyph (mm): the line's offset plus its drift so far."""
    if vertical:
        return (off_x + drift * (g.cy - first.cy), off_y)
    return (off_x, off_y + drift * (g.cx - first.cx))


def _varied(g: Glyph, r: tuple[float, float, float, float], f: float, line: tuple[float, float]) -> Glyph:
    """``g`` moved with its line and by ``f`` of its own variation ``r`` (shift, turn, growth)."""
    dx, dy, angle, scale = r
    return Glyph(g.char, g.cx + dx * f + line[0], g.cy + dy * f + line[1], g.size * (1 + scale * f), g.font,
                 g.rotation + angle * f, g.vertical, g.advance, g.color, g.role)  # fmt: skip


def _kept_apart(glyphs: Sequence[Glyph], rnd: Callable[[], float], limits: tuple[float, ...], off_x: float,
                off_y: float, drift: float, vertical: bool, spacing: Spacing) -> list[Glyph]:  # fmt: skip
    """The varied glyphs, each scaled back as little as it needs to keep clear of its neighbours and its lane.

    Each glyph's own variation is drawn here (``rnd``, with the standard deviations and limits of ``limits``) as in
    :func:`vary_line`, glyph by glyph in the same order: written out in one loop because it runs for every
    character of a batch.
    """
    shift_sd, shift_max, angle_sd, angle_max, size_sd, size_max = limits
    first = glyphs[0]
    lane = spacing.lane
    if lane is not None:  # the whole line moves: keep that within half of what the lane leaves
        spare = spacing.spare
        along = abs(glyphs[-1].cy - first.cy if vertical else glyphs[-1].cx - first.cx)
        if vertical:
            off_x = _clip(off_x, spare / 2)
        else:
            off_y = _clip(off_y, spare / 2)
        if along > 0:
            drift = _clip(drift, spare / 2 / along)
    out = []
    cos, sin = math.cos, math.sin
    for g, (bx0, by0, bx1, by1, r_left, r_up, r_right, r_down, x0, y0, x1, y1, low, high) in zip(
        glyphs, spacing.glyphs, strict=True
    ):
        size = g.size
        em = size * PT_MM
        dx = (rnd() - rnd()) * shift_sd
        dx = (shift_max if dx > shift_max else -shift_max if dx < -shift_max else dx) * em
        dy = (rnd() - rnd()) * shift_sd
        dy = (shift_max if dy > shift_max else -shift_max if dy < -shift_max else dy) * em
        angle = (rnd() - rnd()) * angle_sd
        angle = angle_max if angle > angle_max else -angle_max if angle < -angle_max else angle
        scale = (rnd() - rnd()) * size_sd
        scale = size_max if scale > size_max else -size_max if scale < -size_max else scale
        if vertical:
            line_x, line_y = off_x + drift * (g.cy - first.cy), off_y
        else:
            line_x, line_y = off_x, off_y + drift * (g.cx - first.cx)
        for f in _STEPS:
            em = size * (1 + scale * f) * PT_MM
            cx, cy = g.cx + dx * f, g.cy + dy * f
            a = (g.rotation + angle * f) * _RADIANS
            c, s_ = cos(a), sin(a)
            ax0, ax1, ay0, ay1 = x0 * c, x1 * c, y0 * s_, y1 * s_  # x' = x c - y s, y' = x s + y c
            qx0, qx1, qy0, qy1 = x0 * s_, x1 * s_, y0 * c, y1 * c
            left = cx + ((ax0 if ax0 < ax1 else ax1) - (ay0 if ay0 > ay1 else ay1)) * em
            right = cx + ((ax0 if ax0 > ax1 else ax1) - (ay0 if ay0 < ay1 else ay1)) * em
            top = cy + ((qx0 if qx0 < qx1 else qx1) + (qy0 if qy0 < qy1 else qy1)) * em
            bottom = cy + ((qx0 if qx0 > qx1 else qx1) + (qy0 if qy0 > qy1 else qy1)) * em
            ok = bx0 - left <= r_left and by0 - top <= r_up and right - bx1 <= r_right and bottom - by1 <= r_down
            if ok and lane is not None:  # with the line's wander too, inside the lane (or no worse than as set)
                if vertical:
                    ok = left + line_x >= low and right + line_x <= high
                else:
                    ok = top + line_y >= low and bottom + line_y <= high
            if ok or f == 0.0:
                out.append(Glyph(g.char, cx + line_x, cy + line_y, size * (1 + scale * f), g.font,
                                 g.rotation + angle * f, g.vertical, g.advance, g.color, g.role))  # fmt: skip
                break
    return out
