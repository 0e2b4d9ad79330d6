"""The demo card: live progress while a demo trains, then its result, kept in the conversation.

A live card starts with a header, a progress bar and an empty visuals area; every progress
event updates the views in place (``show_progress``). When the run ends, ``show_result``
swaps in the final visuals, the headline metrics, the explanation and the check question.
A card redrawn from history (``render_demo``) is built from the stored ``to_dict`` payload.
"""

from __future__ import annotations

import math
import threading
import time
from typing import Any, ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Container, Horizontal, Vertical
from textual.events import Resize
from textual.timer import Timer
from textual.widget import Widget
from textual.widgets import ProgressBar, Static

from tutor.core.chats import Message
from tutor.demos.base import Controls, DemoResult, Progress, Visual
from tutor.ui.widgets.demo.views import DrawClock, make_view
from tutor.ui.widgets.input.handoff import HandsTypingToInput

WIDE = 100  # card width from which visuals sit two per row
SEPARATOR = "  ·  "
REFRESH = 0.15  # seconds between redraws of a live card's progress bar and status
VISUALS_REFRESH = 0.5  # least seconds between redraws of its plots and pictures
DRAW_SHARE = 5.0  # ... and at least this many times the time the last redraw took
MAX_VISUALS_GAP = 2.0  # ... but never longer than this (the learner is watching)


def format_value(value: float) -> str:
    if not math.isfinite(value):
        return "n/a"
    if float(value).is_integer() and abs(value) < 1e6:
        return str(int(value))
    return f"{value:.3f}"


class MetricsLine(Widget):
    """Every metric of the result as ``name value`` items, wrapped between items (never inside
    one) to the card's width; the demo lists its headline metrics first."""

    DEFAULT_CSS = "MetricsLine { height: auto; }"

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.items: list[tuple[str, str]] = []

    def show(self, result: DemoResult) -> None:
        self.items = [(key, format_value(value)) for key, value in result.metrics.items()]
        self.items.append(("", f"{result.seconds:.1f} s"))
        self.refresh(layout=True)

    def lines(self, width: int) -> list[Text]:
        lines: list[Text] = []
        line = Text()
        for key, value in self.items:
            item = Text()
            if key:
                item.append(f"{key} ", style="dim")
            item.append(value, style="bold" if key else "dim")
            if line.cell_len and line.cell_len + len(SEPARATOR) + item.cell_len > width:
                lines.append(line)
                line = Text()
            if line.cell_len:
                line.append(SEPARATOR, style="dim")
            line.append_text(item)
        if line.cell_len:
            lines.append(line)
        return lines

    def render(self) -> Text:
        return Text("\n").join(self.lines(self.content_size.width or 76))

    def get_content_height(self, container: Any, viewport: Any, width: int) -> int:
        return max(1, len(self.lines(width)))


class DemoCard(HandsTypingToInput, Vertical, can_focus=True):
    """One demo run in the conversation. While it runs, its keys act on the training:
    pause, step one unit, pick a knob and turn it (``Controls``, read by the training thread
    at the start of every unit). No letter is a key here (a question may begin with any of
    them): every letter goes to the chat input (``HandsTypingToInput``)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("space", "pause", "Pause", tooltip="Running demo: pause or resume"),
        Binding("full_stop,right", "step", "Step",
                tooltip="Running demo: one more step, then pause"),
        Binding("ctrl+k", "next_knob", "Knob", tooltip="Running demo: pick the next knob"),
        Binding("plus,equals_sign", "knob(1)", "Knob up",
                tooltip="Running demo: turn the knob up"),
        Binding("minus", "knob(-1)", "Knob down", tooltip="Running demo: turn the knob down"),
    ]
    DEFAULT_CLASSES = "message demo-card"
    DEFAULT_CSS = """
    DemoCard { height: auto; border-left: thick $primary; padding: 0 0 0 1; }
    DemoCard.-stopped { border-left: thick $warning; }
    DemoCard:focus { border-left: thick $accent; }
    DemoCard.-paused { border-left: thick $warning; }
    DemoCard .demo-controls { height: auto; color: $text-muted; }
    DemoCard .demo-header { height: auto; }
    DemoCard .demo-progress { height: auto; margin: 1 0 0 0; }
    DemoCard .demo-bar { width: auto; margin: 0 2 0 0; }
    DemoCard .demo-status { width: 1fr; height: 1; color: $text-muted; }
    DemoCard .demo-visuals {
        layout: grid; grid-size: 1; grid-rows: auto; grid-gutter: 1 2;
        height: auto; margin: 1 0 0 0;
    }
    DemoCard .demo-visuals.-wide { grid-size: 2; }
    DemoCard .demo-visuals.-pair-right { grid-size: 2; grid-columns: 1fr auto; }
    DemoCard .demo-visuals.-pair-left { grid-size: 2; grid-columns: auto 1fr; }
    DemoCard .demo-policy { width: auto; }
    DemoCard .demo-visuals.-wide .demo-table, DemoCard .demo-visuals.-wide .demo-pictures,
    DemoCard .demo-visuals.-wide .demo-text { column-span: 2; }
    DemoCard .demo-plot { height: 14; }
    DemoCard .demo-metrics { height: auto; margin: 1 0 0 0; }
    DemoCard .demo-explanation { height: auto; margin: 1 0 0 0; }
    """

    def __init__(self, name: str, summary: str, command: str,
                 result: DemoResult | None = None, controls: Controls | None = None,
                 **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.controls = controls
        self._controls_text = ""
        self.demo_name = name
        self.summary = summary
        self.command = command  # what the learner typed, e.g. "/demo rl --slippery"
        self._pending: Progress | None = None
        self._lock = threading.Lock()  # _pending is written by the demo's thread
        self._visuals_drawn = 0.0  # time.monotonic() of the last visuals sync
        self._visuals_gap = VISUALS_REFRESH
        self._draw_seconds = DrawClock.seconds
        self._timer: Timer | None = None
        self.result = result
        self.state = "finished" if result is not None else "running"
        self.can_focus = result is None  # only a running card has keys

    # ------------------------------------------------------------------ layout
    def compose(self) -> ComposeResult:
        yield Static(self._header(), classes="demo-header")
        with Horizontal(classes="demo-progress"):
            yield ProgressBar(total=1.0, show_eta=False, classes="demo-bar")
            yield Static("starting...", classes="demo-status", markup=False)
        yield Static("", classes="demo-controls", markup=False)
        yield Container(classes="demo-visuals")
        yield MetricsLine(classes="demo-metrics")
        yield Static("", classes="demo-explanation")

    async def on_mount(self) -> None:
        self.query_one(".demo-metrics").display = False
        self.query_one(".demo-explanation").display = False
        self.query_one(".demo-controls").display = False
        if self.result is not None:
            await self._show_final(self.result)
        else:
            self._show_controls()
            self._timer = self.set_interval(REFRESH, self._flush)

    def on_resize(self, event: Resize) -> None:
        self.query_one(".demo-visuals").set_class(event.size.width >= WIDE, "-wide")

    def _header(self) -> Text:
        text = Text()
        text.append("▶ ", style="bold")
        text.append(self.command, style="bold")
        text.append(f"  {self.summary}", style="dim")
        return text

    # ------------------------------------------------------------------ live
    def post_progress(self, progress: Progress) -> None:
        """Called from the demo's thread: keep only the latest event; a timer on the UI thread
        draws it. The demo never waits for drawing, and drawing never queues up behind it.

        An event without visuals means "pictures unchanged" (that is how ``show_progress``
        draws it), so the pictures of an earlier event not drawn yet are carried forward
        until an event with pictures replaces them: a status-only event never hides them."""
        with self._lock:
            if not progress.visuals and self._pending is not None and self._pending.visuals:
                progress = Progress(progress.step, progress.total, progress.message,
                                    self._pending.visuals)
            self._pending = progress

    # ------------------------------------------------------------------ keys
    def _live(self) -> Controls | None:
        return self.controls if self.state == "running" else None

    def action_pause(self) -> None:
        if (controls := self._live()) is not None:
            controls.toggle()
            self._show_controls()

    def action_step(self) -> None:
        if (controls := self._live()) is not None:
            controls.step()
            self._show_controls()

    def action_next_knob(self) -> None:
        if (controls := self._live()) is not None:
            if controls.select_next() is None:
                self.notify(f"The {self.demo_name} demo has no knobs to turn while it runs.")
            self._show_controls()

    def action_knob(self, direction: int) -> None:
        if (controls := self._live()) is not None:
            if controls.nudge(direction) is None:
                self.notify(f"The {self.demo_name} demo has no knobs to turn while it runs.")
            self._show_controls()

    def controls_text(self) -> str:
        """The line under the progress bar: paused or not, and what the keys do."""
        controls = self.controls
        if controls is None or self.state != "running":
            return ""
        unit = controls.unit
        if controls.paused:
            head = f"⏸ paused at {unit} {controls.position}: space resumes, . runs one {unit}"
        else:
            head = f"space pauses, . steps one {unit}"
        knob = controls.knob
        if knob is not None:
            value = controls.values.get(knob.name, 0.0)
            wanted = controls.requested(knob.name)
            now = f"{knob.name} {value:.4g}" + (f" (-> {wanted:.4g} next {unit})"
                                                if wanted is not None else "")
            more = ", Ctrl+K next knob" if len(controls.knobs) > 1 else ""
            head += f" · {now}: + and - turn it{more}"
        return head + " · Esc stops"

    def _show_controls(self) -> None:
        text = self.controls_text()
        self.set_class(bool(self.controls and self.controls.paused and self.state == "running"),
                       "-paused")
        if text != self._controls_text:
            self._controls_text = text
            line = self.query_one(".demo-controls", Static)
            line.update(text)
            line.display = bool(text)

    async def _flush(self) -> None:
        """Timer tick: the bar and the status line every tick; the visuals at most every
        ``VISUALS_REFRESH`` seconds, since redrawing plots is what costs (and every moment
        the UI thread spends drawing is taken from the training on a 2-core machine)."""
        self._show_controls()
        now = time.monotonic()
        # at least VISUALS_REFRESH apart, and drawing at most about a fifth of the time
        cost, self._draw_seconds = DrawClock.seconds - self._draw_seconds, DrawClock.seconds
        self._visuals_gap = max(VISUALS_REFRESH, min(MAX_VISUALS_GAP, DRAW_SHARE * cost)) \
            if cost > 0 else self._visuals_gap
        draw_visuals = now - self._visuals_drawn >= self._visuals_gap
        with self._lock:
            progress = self._pending
            if progress is None:
                return
            if draw_visuals or not progress.visuals:
                self._pending = None
            else:  # keep the pictures for a later tick; draw the text now
                progress = Progress(progress.step, progress.total, progress.message)
        if progress.visuals:
            self._visuals_drawn = now
        await self.show_progress(progress)

    async def show_progress(self, progress: Progress) -> None:
        """Draw one progress event (UI thread)."""
        if self.state != "running":
            return
        self.query_one(".demo-bar", ProgressBar).update(progress=progress.fraction)
        status = self.query_one(".demo-status", Static)
        if str(status.content) != progress.message:
            status.update(progress.message)
        if progress.visuals:
            await self._sync_views(progress.visuals)

    async def _sync_views(self, visuals: list[Visual]) -> None:
        """Update views in place where the kind matches; rebuild from the first mismatch."""
        area = self.query_one(".demo-visuals", Container)
        views = list(area.children)
        for i, visual in enumerate(visuals):
            if i < len(views) and getattr(views[i], "kind", None) == visual.kind:
                shown = getattr(views[i], "data", None)
                # Demos resend the same objects between snapshots: redrawing them would only
                # take CPU from the training this card is showing.
                if shown is not visual and shown != visual:
                    views[i].show(visual)
                continue
            await area.remove_children(views[i:])
            _arrange(area, visuals)
            await area.mount_all([make_view(v) for v in visuals[i:]])
            return
        if len(views) > len(visuals):
            await area.remove_children(views[len(visuals):])
            _arrange(area, visuals)

    # ------------------------------------------------------------------ end
    async def show_result(self, result: DemoResult) -> None:
        self.result = result
        self.state = "finished"
        await self._show_final(result)

    def _release_focus(self) -> None:
        self.can_focus = False
        if self.has_focus:
            chat_input = getattr(self.app, "chat_input", None)
            if chat_input is not None:
                chat_input.focus()

    async def _show_final(self, result: DemoResult) -> None:
        self._release_focus()
        if self._timer is not None:
            self._timer.stop()
        self.query_one(".demo-progress").display = False
        self._show_controls()
        area = self.query_one(".demo-visuals", Container)
        await area.remove_children()
        _arrange(area, result.visuals)
        await area.mount_all([make_view(v) for v in result.visuals])
        self.query_one(".demo-metrics").display = True
        self.query_one(".demo-explanation").display = True
        self.query_one(".demo-metrics", MetricsLine).show(result)
        explanation = Text()
        explanation.append("What just happened  ", style="bold")
        explanation.append(result.explanation)
        explanation.append(f"  (lesson: {result.lesson})", style="dim")
        explanation.append("\n\nCheck yourself  ", style="bold")
        explanation.append(result.check_question, style="italic")
        self.query_one(".demo-explanation", Static).update(explanation)
        self.add_class("-finished")

    def mark_stopped(self, message: str) -> None:
        """Cancelled or failed: keep what was drawn, say why it ends here."""
        self.state = "stopped"
        self._release_focus()
        if self._timer is not None:
            self._timer.stop()
        self._show_controls()
        status = self.query_one(".demo-status", Static)
        status.styles.height = "auto"
        status.update(message)
        self.query_one(".demo-bar", ProgressBar).display = False
        self.add_class("-stopped")


def _arrange(area: Container, visuals: list[Visual]) -> None:
    """A plot and a small grid world sit side by side (both fit in 80 columns); anything else
    stacks, or goes two per row on a wide card (the ``-wide`` class)."""
    kinds = [v.kind for v in visuals]
    area.set_class(kinds == ["line", "policy"], "-pair-right")
    area.set_class(kinds == ["policy", "line"], "-pair-left")


def render_demo(message: Message) -> DemoCard:
    """MESSAGE_KINDS renderer: a finished demo redrawn from its stored payload (without one,
    the app falls back to the message's Markdown text)."""
    if not message.payload:
        raise ValueError("demo message without a payload")
    result = DemoResult.from_dict(message.payload)
    from tutor.demos import REGISTRY

    info = REGISTRY.get(result.demo)
    command = str(message.payload.get("command") or f"/demo {result.demo}")
    return DemoCard(result.demo, info.summary if info else "", command, result=result)
