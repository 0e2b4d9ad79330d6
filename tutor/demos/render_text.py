"""Plain-text rendering of demo results and progress, for the terminal and for ``/export``.

The same ``Visual`` objects the chat draws with widgets are drawn here with characters:
curves as sparklines with their range, scatter plots as a coarse grid of markers, pictures
with half-block characters (two pixels per character cell, coloured with ANSI codes) or, with
``color=False``, with shading characters, a grid world with arrows, and aligned tables.
No terminal library is needed; ``color=False`` output is safe for files and Markdown.
"""

from __future__ import annotations

import math
import re
import textwrap
from typing import Any

from tutor.demos.base import (
    DemoResult,
    ImageGrid,
    LinePlot,
    PolicyGrid,
    Progress,
    ScatterPlot,
    Table,
    TextBlock,
    Visual,
    visual_from_dict,
)
from tutor.demos.images import fit_image

WIDTH = 78
SPARKS = "▁▂▃▄▅▆▇█"
SHADES = " .:-=+*#%@"  # plain-text pixel shading, dark to bright
MARKERS = "ox+*#%@&=~"
CENTROID, NOISE = "X", "."
ARROWS = {"<": "←", "v": "↓", ">": "→", "^": "↑", ".": "·", " ": " "}
# ANSI colours (basic 16) for series and scatter groups, in order.
PALETTE = (36, 33, 35, 32, 34, 31, 96, 93, 95, 92)
RESET = "\x1b[0m"


def _fg(code: int, text: str, color: bool) -> str:
    return f"\x1b[{code}m{text}{RESET}" if color else text


def _gray(value: float) -> int:
    """A 0..1 brightness as one of the 24 grays of the 256-colour palette (232..255)."""
    return 232 + round(_clamp(value) * 23)


def _clamp(value: float) -> float:
    if math.isnan(value):
        return 0.0
    return min(1.0, max(0.0, float(value)))


def _num(value: float) -> str:
    if not math.isfinite(value):
        return str(value)
    if value == int(value) and abs(value) < 1e6:
        return str(int(value))
    return f"{value:.3g}" if abs(value) >= 100 or abs(value) < 0.01 else f"{value:.3f}"


# --------------------------------------------------------------------------- visuals


def _title(title: str, width: int) -> str:
    """A visual's title wrapped to ``width`` (demo titles explain the picture and run long)."""
    return "\n".join(textwrap.wrap(title, max(1, width))) or title


def render_line(plot: LinePlot, color: bool = False, width: int = WIDTH) -> str:
    """Each series as a sparkline scaled to its own range, with first, last, min and max.

    The sparkline takes the room the label and the numbers leave; when even an 8-character
    sparkline does not fit beside them (a narrow terminal), the numbers go on the next line."""
    lines = [_title(plot.title, width)]
    label_w = min(22, max(8, width // 4), max((len(n) for n in plot.series), default=0))
    for i, (name, values) in enumerate(plot.series.items()):
        clean = [v for v in values if math.isfinite(v)]
        label = f"  {name[:label_w]:<{label_w}}"
        if not clean:
            lines.append(f"{label} (no data yet)")
            continue
        lo, hi = min(clean), max(clean)
        stats = f"{_num(clean[0])} -> {_num(clean[-1])}  (min {_num(lo)}, max {_num(hi)})"
        beside = width - len(label) - len(stats) - 2
        spark_w = max(8, min(48, beside if beside >= 8 else width - len(label) - 1))
        spark = _fg(PALETTE[i % len(PALETTE)], _sparkline(clean, spark_w, lo, hi), color)
        if beside >= 8:
            lines.append(f"{label} {spark} {stats}")
        else:
            lines += [f"{label} {spark}", f"    {stats}"]
    xs = plot.x
    n = max((len(v) for v in plot.series.values()), default=0)
    if n:
        first, last = (xs[0], xs[-1]) if xs else (0, n - 1)
        lines.append(f"  {'':<{label_w}} {plot.xlabel} {_num(first)} .. {_num(last)}")
    # knob changes the learner made while it trained (the chat draws them as vertical lines)
    lines += [f"  | {label} at {plot.xlabel} {_num(x)}" for x, label in plot.marks]
    return "\n".join(lines)



def _sparkline(values: list[float], width: int, lo: float, hi: float) -> str:
    """Values averaged into at most ``width`` buckets, each drawn as one block character."""
    buckets = min(width, len(values))
    chars = []
    for b in range(buckets):
        start = b * len(values) // buckets
        end = max(start + 1, (b + 1) * len(values) // buckets)
        mean = sum(values[start:end]) / (end - start)
        level = 0 if hi == lo else round((mean - lo) / (hi - lo) * (len(SPARKS) - 1))
        chars.append(SPARKS[level])
    return "".join(chars)


def render_scatter(plot: ScatterPlot, color: bool = False, width: int = WIDTH,
                   height: int = 16) -> str:
    """Points as markers on a character grid; one marker (and colour) per group."""
    points = [p for pts in plot.groups.values() for p in pts]
    lines = [_title(plot.title, width)]
    if not points:
        return _title(plot.title, width) + "\n  (no points)"
    cols, rows = max(10, min(60, width - 4)), max(5, height)
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    x0, x1, y0, y1 = min(xs), max(xs), min(ys), max(ys)
    grid = [[" "] * cols for _ in range(rows)]
    legend = []
    ordered = sorted(plot.groups.items(), key=lambda kv: kv[0] == "centroids")
    for i, (name, pts) in enumerate(ordered):
        mark = CENTROID if name == "centroids" else NOISE if name == "noise" else MARKERS[i % 10]
        code = 97 if mark == CENTROID else 90 if mark == NOISE else PALETTE[i % len(PALETTE)]
        cell = _fg(code, mark, color)
        for x, y in pts:
            c = 0 if x1 == x0 else round((x - x0) / (x1 - x0) * (cols - 1))
            r = 0 if y1 == y0 else round((y1 - y) / (y1 - y0) * (rows - 1))
            grid[r][c] = cell
        legend.append(f"{cell} {name} ({len(pts)})")
    border = "  +" + "-" * cols + "+"
    lines.append(border)
    lines += ["  |" + "".join(row) + "|" for row in grid]
    lines.append(border)
    lines.append(f"  x {_num(x0)}..{_num(x1)}, y {_num(y0)}..{_num(y1)}")
    lines += _wrap_items(legend, width, "  ")
    return "\n".join(lines)


def _wrap_items(items: list[str], width: int, indent: str) -> list[str]:
    """Join items with two spaces, wrapping by visible length (colour codes take no room)."""
    lines, current, used = [], indent, len(indent)
    for item in items:
        visible = len(_strip_ansi(item))
        if used > len(indent) and used + 2 + visible > width:
            lines.append(current)
            current, used = indent, len(indent)
        if used > len(indent):
            current += "  "
            used += 2
        current += item
        used += visible
    if used > len(indent):
        lines.append(current)
    return lines


_ANSI = re.compile(r"(\x1b\[[0-9;]*m)")


def _strip_ansi(text: str) -> str:
    return _ANSI.sub("", text)


def image_rows(image: list[list[float]], color: bool, scale: int = 1,
               narrow: bool = False) -> list[str]:
    """One picture as text rows. With colour: '▀' whose foreground is the upper pixel and
    background the lower one (square pixels, two per cell). Without: two shading characters
    per pixel, one row per pixel row (also square on a usual terminal), or one character per
    pixel with ``narrow`` (tall pixels, but a big picture then fits the line)."""
    pixels = [[_clamp(v) for v in row for _ in range(scale)] for row in image for _ in range(scale)]
    if not pixels:
        return []
    width = len(pixels[0])
    if not color:
        repeat = 1 if narrow else 2
        return ["".join(SHADES[round(v * (len(SHADES) - 1))] * repeat for v in row)
                for row in pixels]
    out = []
    for top in range(0, len(pixels), 2):
        upper = pixels[top]
        lower = pixels[top + 1] if top + 1 < len(pixels) else [0.0] * width
        out.append("".join(
            f"\x1b[38;5;{_gray(a)};48;5;{_gray(b)}m▀" for a, b in zip(upper, lower)
        ) + RESET)
    return out


def render_images(grid: ImageGrid, color: bool = False, width: int = WIDTH) -> str:
    """Pictures side by side in rows, each with its caption wrapped underneath.

    Every line fits ``width``: a picture twice as wide as the room left is drawn one
    character per pixel, and one wider than the room itself is first shrunk by averaging
    blocks of pixels (the VAE's 53x53 latent walk), as the chat does."""
    if not grid.images:
        return _title(grid.title, width) + "\n  (no pictures)"
    room = max(1, width - 2)  # lines start with a two-space indent
    images = [fit_image(img, room) for img in grid.images]
    size = max((len(img[0]) for img in images if img), default=0)
    fits_double = size * 2 <= room
    # Characters per pixel: 8x8 digits are doubled in colour (16x8 cells), plain text always
    # uses two characters per pixel when they fit.
    scale = 2 if color and size <= 8 and fits_double else 1
    narrow = not fits_double
    cell = size * scale if color else size * (1 if narrow else 2)
    cell = min(max(cell, 8), max(room, cell))
    per_row = max(1, min(grid.columns or 8, (width - 2) // (cell + 2)))
    lines = [_title(grid.title, width)]
    for start in range(0, len(images), per_row):
        chunk = images[start:start + per_row]
        drawn = [image_rows(img, color, scale, narrow) for img in chunk]
        height = max(len(d) for d in drawn)
        for r in range(height):
            parts = []
            for d in drawn:
                row = d[r] if r < len(d) else ""
                parts.append(row + " " * (cell - len(_strip_ansi(row))))
            lines.append("  " + "  ".join(parts).rstrip())
        captions = [textwrap.wrap(c, cell) or [""] for c in grid.captions[start:start + per_row]]
        for r in range(max((len(c) for c in captions), default=0)):
            lines.append("  " + "  ".join(
                f"{(c[r] if r < len(c) else ''):<{cell}}" for c in captions
            ).rstrip())
    return "\n".join(lines)


def render_policy(grid: PolicyGrid, color: bool = False, width: int = WIDTH) -> str:
    """The lake as tile letter + arrow per cell, and the state values beside it."""
    values = [v for row in grid.values for v in row]
    hi = max(values, default=0.0) or 1.0
    lines = [_title(grid.title, width)]
    rows: list[str] = []
    numbers: list[str] = []
    for r, tiles in enumerate(grid.tiles):
        cells = []
        for c, tile in enumerate(tiles):
            arrow = grid.arrows[r][c] if r < len(grid.arrows) and c < len(grid.arrows[r]) else " "
            text = f"{tile}{ARROWS.get(arrow, arrow)} "
            if color:
                if tile == "H":
                    text = f"\x1b[97;41m{text}{RESET}"
                elif tile == "G":
                    text = f"\x1b[30;42m{text}{RESET}"
                else:
                    value = grid.values[r][c] / hi
                    fg = 30 if value > 0.55 else 97
                    text = f"\x1b[{fg};48;5;{_gray(0.15 + 0.85 * value)}m{text}{RESET}"
            cells.append(text)
        rows.append("".join(cells))
        numbers.append(" ".join(f"{v:4.2f}" for v in grid.values[r]) if r < len(grid.values)
                       else "")
    tiles_w = 3 * max((len(t) for t in grid.tiles), default=0)
    numbers_w = max((len(n) for n in numbers), default=0)
    beside = 2 + tiles_w + 4 + numbers_w <= width  # values to the right of the lake
    if beside:
        lines += [f"  {row}{' ' * (tiles_w - len(_strip_ansi(row)))}    {n}".rstrip()
                  for row, n in zip(rows, numbers)]
    else:  # a big lake on a narrow screen: the values go underneath
        lines += [("  " + row).rstrip() for row in rows] + [""] + ["  " + n for n in numbers]
    where = "right" if beside else "below"
    legend = f"S start, F ice, H hole, G goal; arrows: the greedy move; {where}: state values"
    lines += textwrap.wrap(legend, max(1, width - 2), initial_indent="  ",
                           subsequent_indent="  ")
    return "\n".join(lines)


def render_table(table: Table, color: bool = False, width: int = WIDTH) -> str:
    """Columns padded to their widest cell; numbers right-aligned.

    When the table is wider than ``width``, the widest column gives up one character at a
    time (its long cells end in an ellipsis) until the table fits, so short columns such as
    numbers stay whole and the long free-text column (a sample, a prompt) is the one cut."""
    rows = [list(map(str, r)) for r in table.rows]
    ncols = max([len(table.headers)] + [len(r) for r in rows])
    headers = list(table.headers) + [""] * (ncols - len(table.headers))
    rows = [r + [""] * (ncols - len(r)) for r in rows]
    widths = [max(len(headers[i]), *(len(r[i]) for r in rows)) if rows else len(headers[i])
              for i in range(ncols)]
    _shrink_columns(widths, width - 2 - 2 * max(0, ncols - 1))

    def fmt(cells: list[str]) -> str:
        out = []
        for i, cell in enumerate(cells):
            cell = _cut(cell, widths[i])
            numeric = looks_numeric(cell)
            out.append(cell.rjust(widths[i]) if numeric else cell.ljust(widths[i]))
        return "  " + "  ".join(out).rstrip()

    head = fmt(headers)
    lines = [_title(table.title, width), _fg(1, head, color) if color else head,
             "  " + "  ".join("-" * w for w in widths)]
    lines += [fmt(r) for r in rows]
    return "\n".join(lines)


MIN_COLUMN = 4  # a column is never cut narrower than this ("ab…" still hints at the word)


def _shrink_columns(widths: list[int], room: int) -> None:
    """Narrow the widest column, one character at a time, until the columns fit ``room``."""
    while sum(widths) > room:
        widest = max(range(len(widths)), key=lambda i: widths[i])
        if widths[widest] <= MIN_COLUMN:
            return  # too many columns for the width: render_visual clips what is left
        widths[widest] -= 1


def _cut(text: str, width: int) -> str:
    """``text`` in at most ``width`` characters, ending in an ellipsis when cut."""
    return text if len(text) <= width else text[: max(0, width - 1)] + "…"


def looks_numeric(cell: object) -> bool:
    """True for cells a table right-aligns: numbers, percentages, seconds, and placeholders
    ("", ".", "-"). Shared with the chat's table view so both align columns the same way."""
    stripped = str(cell).strip().rstrip("%s").strip()
    if stripped in {".", "-", ""}:
        return True
    try:
        float(stripped)
    except ValueError:
        return False
    return True


def render_textblock(block: TextBlock, color: bool = False, width: int = WIDTH) -> str:
    lines = []
    for line in block.text.splitlines():
        indent = "  " + line[: len(line) - len(line.lstrip(" "))]  # keep the text's own indent
        lines += textwrap.wrap(line.strip(), max(len(indent) + 1, width), initial_indent=indent,
                               subsequent_indent=indent) or [""]
    body = "\n".join(line.rstrip() for line in lines) or "  (empty)"
    return f"{_title(block.title, width)}\n{body}"


_RENDERERS: dict[str, Any] = {
    "line": render_line, "scatter": render_scatter, "images": render_images,
    "policy": render_policy, "table": render_table, "text": render_textblock,
}


def render_visual(visual: Visual | dict[str, Any], color: bool = False,
                  width: int = WIDTH) -> str:
    """Any visual (or its ``to_dict`` form) as text."""
    if isinstance(visual, dict):
        visual = visual_from_dict(visual)
    text = _RENDERERS[visual.kind](visual, color=color, width=width)
    return "\n".join(_clip(line, width) for line in text.splitlines())


def _clip(line: str, width: int) -> str:
    """Last resort for a line the layout could not fit (say, a 40-column table on a
    60-column screen): cut it to ``width`` visible characters, keeping colour codes."""
    if len(_strip_ansi(line)) <= width:
        return line
    out, used = [], 0
    for token in _ANSI.split(line):
        if _ANSI.fullmatch(token):
            out.append(token)
            continue
        take = token[: max(0, width - 1 - used)]
        out.append(take)
        used += len(take)
    return "".join(out) + "…" + (RESET if "\x1b[" in line else "")


# --------------------------------------------------------------------------- results


def _as_result(result: DemoResult | dict[str, Any]) -> DemoResult:
    return DemoResult.from_dict(result) if isinstance(result, dict) else result


def format_metrics(metrics: dict[str, float], width: int = WIDTH) -> list[str]:
    """``name value`` pairs, a few per line."""
    items = [f"{k} {_num(v) if isinstance(v, (int, float)) else v}" for k, v in metrics.items()]
    return _wrap_items(items, width, "  ")


def render_result(result: DemoResult | dict[str, Any], color: bool = False,
                  width: int = WIDTH) -> str:
    """The whole finished demo: header, metrics, every visual, explanation, question."""
    result = _as_result(result)
    header = f"{result.demo} ({result.lesson}), {result.seconds:.1f} s"
    params = [f"--{k.replace('_', '-')} {v}" for k, v in result.params.items()]
    parts = [_fg(1, header, color), *_wrap_items(params, width, "  "), "", "Metrics",
             *format_metrics(result.metrics, width)]
    for visual in result.visuals:
        parts += ["", render_visual(visual, color=color, width=width)]
    parts += ["", _fg(1, "What just happened", color)]
    parts += textwrap.wrap(result.explanation, width, initial_indent="  ", subsequent_indent="  ")
    parts += ["", _fg(1, "Check yourself", color)]
    parts += textwrap.wrap(result.check_question, width, initial_indent="  ",
                           subsequent_indent="  ")
    return "\n".join(parts) + "\n"


def render_markdown(result: DemoResult | dict[str, Any], width: int = WIDTH) -> str:
    """Markdown for the chat history and ``/export``: pictures in a code block (no colour),
    the explanation and the check question as prose."""
    result = _as_result(result)
    metrics = ", ".join(f"{k} {_num(v)}" for k, v in result.metrics.items())
    visuals = "\n\n".join(render_visual(v, color=False, width=width) for v in result.visuals)
    params = " ".join(f"--{k.replace('_', '-')} {v}" for k, v in result.params.items())
    return (
        f"**Demo `{result.demo}`** ({result.seconds:.1f} s, lesson `{result.lesson}`)  \n"
        f"`{params}`\n\n"
        f"Metrics: {metrics}\n\n"
        f"```text\n{visuals}\n```\n\n"
        f"**What just happened.** {result.explanation}\n\n"
        f"**Check yourself.** {result.check_question}\n"
    )


def render_progress(progress: Progress, width: int = WIDTH) -> str:
    """One line: a bar, the percentage and the demo's status message, cut to ``width``."""
    bar_w = 20
    filled = round(progress.fraction * bar_w)
    line = f"[{'#' * filled}{'.' * (bar_w - filled)}] {progress.fraction:4.0%} {progress.message}"
    return line if len(line) <= width else line[: width - 3] + "..."
