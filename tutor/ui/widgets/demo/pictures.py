"""Digits and grid worlds as Rich text: what the chat draws where a plot would be too coarse.

Pictures use the upper half block '▀': its foreground is one pixel, its background the pixel
below, so one character cell shows two square pixels. 8x8 digits are doubled to 16x8 cells
so a learner can actually read them.
"""

from __future__ import annotations

import math
import textwrap
from functools import lru_cache

from rich.color import Color
from rich.style import Style
from rich.text import Text

from tutor.demos.base import ImageGrid, PolicyGrid
from tutor.demos.images import fit_image

INK = (18, 22, 34)  # value 0: close to a dark background
PAPER = (245, 245, 240)  # value 1
ARROWS = {"<": "←", "v": "↓", ">": "→", "^": "↑", ".": "·", " ": " "}
GAP = 1  # columns between pictures
LEVELS = 64  # grey levels drawn: more are invisible in a terminal, fewer cached styles


def _level(value: float) -> int:
    v = min(1.0, max(0.0, float(value) if math.isfinite(value) else 0.0))
    return round(v * (LEVELS - 1))


@lru_cache(maxsize=LEVELS)
def _shade_level(level: int) -> Color:
    v = level / (LEVELS - 1)
    return Color.from_rgb(*(round(a + (b - a) * v) for a, b in zip(INK, PAPER)))


def shade(value: float) -> Color:
    """A 0..1 brightness as a colour between INK and PAPER."""
    return _shade_level(_level(value))


@lru_cache(maxsize=LEVELS * LEVELS)
def _cell_style(upper: int, lower: int) -> Style:
    """Why cached: a live VAE or GAN card redraws thousands of cells a second, and building
    Colors and Styles was most of the UI thread's time (it competes with training)."""
    return Style(color=_shade_level(upper), bgcolor=_shade_level(lower))


def picture_lines(image: list[list[float]], scale: int = 1) -> list[Text]:
    """One picture as rows of '▀' (two pixel rows per text row)."""
    pixels = [[v for v in row for _ in range(scale)] for row in image for _ in range(scale)]
    if not pixels:
        return []
    width = len(pixels[0])
    lines = []
    for top in range(0, len(pixels), 2):
        upper = pixels[top]
        lower = pixels[top + 1] if top + 1 < len(pixels) else [0.0] * width
        line = Text()
        for a, b in zip(upper, lower):
            line.append("▀", _cell_style(_level(a), _level(b)))
        lines.append(line)
    return lines


def pictures_text(grid: ImageGrid, width: int) -> Text:
    """The pictures side by side (as many as ``width`` allows, at most ``grid.columns``),
    each with its caption wrapped underneath."""
    text = Text(grid.title, style="bold")
    if not grid.images:
        text.append("\n(no pictures yet)", style="dim")
        return text
    images = [fit_image(img, max(8, width)) for img in grid.images]
    size = max((len(img[0]) for img in images if img), default=8)
    longest = max((len(w) for c in grid.captions for w in c.split()), default=0)
    wanted = min(len(images), grid.columns or 8)
    # Doubled pixels read much better, but only if the whole set still fits on one row;
    # otherwise single pixels keep the live view within one screen.
    for scale in (2, 1) if size <= 8 else (1,):
        cell = max(size * scale, longest)
        per_row = max(1, min(wanted, (max(width, cell) + GAP) // (cell + GAP)))
        if per_row >= wanted:
            break
    for start in range(0, len(images), per_row):
        drawn = [picture_lines(img, scale) for img in images[start:start + per_row]]
        for r in range(max(len(d) for d in drawn)):
            text.append("\n")
            for i, d in enumerate(drawn):
                if i:
                    text.append(" " * GAP)
                row = d[r] if r < len(d) else Text()
                text.append_text(row)
                text.append(" " * (cell - row.cell_len))
        captions = [textwrap.wrap(c, cell) or [""]
                    for c in grid.captions[start:start + per_row]]
        for r in range(max((len(c) for c in captions), default=0)):
            text.append("\n")
            text.append((" " * GAP).join(f"{(c[r] if r < len(c) else ''):<{cell}}"
                                         for c in captions)
                        .rstrip(), style="dim")
    return text


def policy_text(grid: PolicyGrid) -> Text:
    """The lake, one 4-character cell per tile: shading = value, arrow = greedy move."""
    values = [v for row in grid.values for v in row]
    top = max(values, default=0.0) or 1.0
    text = Text(grid.title, style="bold")
    for r, tiles in enumerate(grid.tiles):
        text.append("\n")
        for c, tile in enumerate(tiles):
            arrow = grid.arrows[r][c] if r < len(grid.arrows) and c < len(grid.arrows[r]) else " "
            if tile == "H":
                text.append(" ○  ", Style(color="white", bgcolor=Color.from_rgb(120, 30, 40)))
            elif tile == "G":
                text.append(" ★  ", Style(color="black", bgcolor=Color.from_rgb(60, 170, 90),
                                         bold=True))
            else:
                value = grid.values[r][c] / top if r < len(grid.values) else 0.0
                blue = Color.from_rgb(round(20 + 60 * value), round(40 + 120 * value),
                                      round(70 + 170 * value))
                label = ("S" if tile == "S" else " ") + ARROWS.get(arrow, arrow) + "  "
                fg = "black" if value > 0.6 else "white"
                text.append(label[:4], Style(color=fg, bgcolor=blue, bold=True))
    text.append("\nS start  ○ hole  ★ goal\narrow: best move\nbrighter: more reward",
                style="dim")
    return text
