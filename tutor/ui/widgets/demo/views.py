"""One widget per kind of demo visual, each updatable in place with ``show(visual)``.

Why in place: a demo sends a fresh visual with every progress event (a longer loss curve,
centroids that moved). Re-mounting widgets ten times a second would flicker and cost layout
passes; updating the existing plot only redraws it.
"""

from __future__ import annotations

import math
import time
from typing import Any

from rich import box
from rich.table import Table as RichTable
from rich.text import Text
from textual.widget import Widget
from textual.widgets import Static
from textual_plotext import PlotextPlot

from tutor.demos.base import (
    ImageGrid,
    LinePlot,
    PolicyGrid,
    ScatterPlot,
    Table,
    TextBlock,
    Visual,
)
from tutor.demos.render_text import looks_numeric
from tutor.ui.widgets.demo.pictures import pictures_text, policy_text

LEGEND_LIMIT = 5  # more groups than this: no legend (it would cover the points)


class DrawClock:
    """Seconds the UI thread spent building demo pictures (UI thread only, never reset).

    A live card reads it to space its redraws: drawing competes with the training it shows
    for the CPU (and the GIL), so a slow draw (a big scatter plot) is repeated less often."""

    seconds = 0.0

    @classmethod
    def timed(cls, build: Any) -> Any:
        started = time.perf_counter()
        try:
            return build()
        finally:
            cls.seconds += time.perf_counter() - started


class CachedPlot(PlotextPlot):
    """A plotext plot that rebuilds its picture only when its data, size or theme changed:
    building is pure Python and slow, and a conversation repaints old cards when it scrolls."""

    _key: tuple[Any, ...] | None = None
    _picture: Any = None
    _version = 0
    _title = ""

    def render(self) -> Any:
        key = (self._version, self.size, self.app.theme)
        if key != self._key:
            # plotext drops a title wider than the plot: cut it to fit instead
            width = max(10, self.size.width - 12)  # the y-axis labels take some room
            title = self._title if len(self._title) <= width else self._title[:width - 1] + "…"
            self.plt.title(title)
            self._picture, self._key = DrawClock.timed(super().render), key
        return self._picture

    def changed(self) -> None:
        self._version += 1
        self.refresh()


class LinePlotView(CachedPlot):
    """Curves (loss, accuracy, reward) drawn with plotext."""

    DEFAULT_CLASSES = "demo-view demo-plot"
    kind = "line"

    def __init__(self, visual: LinePlot, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.show(visual)

    def show(self, visual: LinePlot) -> None:
        self.data = visual
        plt = self.plt
        plt.clear_figure()
        self._title = visual.title
        for name, ys in visual.series.items():
            clean = [(x, y) for x, y in zip(_xs(visual, len(ys)), ys) if y is not None and math.isfinite(y)]
            if clean:
                plt.plot([p[0] for p in clean], [p[1] for p in clean], label=name,
                         marker="braille")
        xs = _xs(visual, max((len(v) for v in visual.series.values()), default=0))
        if len(xs) > 1 and all(float(x).is_integer() for x in xs):
            # whole steps (episodes, epochs): label them as whole numbers, not 1000.8
            ticks = sorted({round(xs[0] + (xs[-1] - xs[0]) * i / 4) for i in range(5)})
            plt.xticks(ticks, [str(t) for t in ticks])
        label = visual.xlabel
        for x, text in visual.marks:  # knob changes: a vertical line where each took effect
            plt.vline(x, "gray")
            label += f"  | {text} at {_short_x(x)}"
        if label:
            plt.xlabel(label)
        self.changed()


def _short_x(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else f"{x:g}"


def _xs(visual: LinePlot, n: int) -> list[float]:
    if visual.x and len(visual.x) >= n:
        return list(visual.x[:n])
    return [float(i) for i in range(n)]


class ScatterView(CachedPlot):
    """Points coloured by group; centroids drawn as X on top."""

    DEFAULT_CLASSES = "demo-view demo-plot"
    kind = "scatter"

    def __init__(self, visual: ScatterPlot, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.show(visual)

    def show(self, visual: ScatterPlot) -> None:
        self.data = visual
        plt = self.plt
        plt.clear_figure()
        self._title = visual.title
        legend = len(visual.groups) <= LEGEND_LIMIT
        ordered = sorted(visual.groups.items(), key=lambda kv: kv[0] == "centroids")
        for name, points in ordered:
            if not points:
                continue
            xs, ys = [p[0] for p in points], [p[1] for p in points]
            if name == "centroids":
                plt.scatter(xs, ys, marker="X", color="white", label=name if legend else None)
            else:
                plt.scatter(xs, ys, marker="braille" if name != "noise" else "dot",
                            label=name if legend else None)
        self.changed()


class PicturesView(Widget):
    """Small grayscale pictures (digits) with captions, as many per row as fit."""

    DEFAULT_CLASSES = "demo-view demo-pictures"
    DEFAULT_CSS = "PicturesView { height: auto; }"
    kind = "images"

    def __init__(self, visual: ImageGrid, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.data = visual
        self._drawn: tuple[int, Text] | None = None  # (width, text): layout and render share it

    def show(self, visual: ImageGrid) -> None:
        self.data = visual
        old = self._drawn
        self._drawn = None
        if old is None:
            self.refresh(layout=True)
            return
        # A new layout of the whole screen only when the height changes: reflowing a long
        # conversation ten times a second took the CPU the demo needs.
        same_height = self._text(old[0]).plain.count("\n") == old[1].plain.count("\n")
        self.refresh(layout=not same_height)

    def _text(self, width: int) -> Text:
        if self._drawn is None or self._drawn[0] != width:
            self._drawn = (width, DrawClock.timed(lambda: pictures_text(self.data, width)))
        return self._drawn[1]

    def render(self) -> Text:
        return self._text(self.content_size.width or 76)

    def get_content_height(self, container: Any, viewport: Any, width: int) -> int:
        return self._text(width).plain.count("\n") + 1


class PolicyView(Static):
    """The grid world with arrows and value shading."""

    DEFAULT_CLASSES = "demo-view demo-policy"
    kind = "policy"

    def __init__(self, visual: PolicyGrid, **kwargs: Any) -> None:
        super().__init__(policy_text(visual), **kwargs)
        self.data = visual

    def show(self, visual: PolicyGrid) -> None:
        self.data = visual
        self.update(policy_text(visual))


class TableView(Static):
    """A small table (confusion matrix, model comparison)."""

    DEFAULT_CLASSES = "demo-view demo-table"
    kind = "table"

    def __init__(self, visual: Table, **kwargs: Any) -> None:
        super().__init__(_rich_table(visual), **kwargs)
        self.data = visual

    def show(self, visual: Table) -> None:
        self.data = visual
        self.update(_rich_table(visual))


def _rich_table(visual: Table) -> RichTable:
    table = RichTable(title=visual.title, title_justify="left", title_style="bold",
                      box=box.SIMPLE_HEAD, padding=(0, 1), expand=False)
    numeric = [all(looks_numeric(row[i]) for row in visual.rows if i < len(row))
               for i in range(len(visual.headers))]
    for header, is_number in zip(visual.headers, numeric):
        table.add_column(header, justify="right" if is_number else "left")
    for row in visual.rows:
        table.add_row(*[str(c) for c in row])
    return table


class TextView(Static):
    """Free text, e.g. samples from a language model as it trains."""

    DEFAULT_CLASSES = "demo-view demo-text"
    kind = "text"

    def __init__(self, visual: TextBlock, **kwargs: Any) -> None:
        super().__init__(_text(visual), **kwargs)
        self.data = visual

    def show(self, visual: TextBlock) -> None:
        self.data = visual
        self.update(_text(visual))


def _text(visual: TextBlock) -> Text:
    text = Text(visual.title, style="bold")
    text.append("\n")
    text.append(visual.text)
    return text


VIEWS: dict[str, type] = {
    "line": LinePlotView, "scatter": ScatterView, "images": PicturesView,
    "policy": PolicyView, "table": TableView, "text": TextView,
}


def make_view(visual: Visual) -> Widget:
    """The widget for ``visual`` (its ``kind`` picks the class)."""
    return VIEWS[visual.kind](visual)
