"""The one-line status bar: model warm-up, waiting questions, the running job and its progress.

Drawn as text (no spinner) so screenshots and snapshot tests are stable.
"""

from __future__ import annotations

from rich.text import Text
from textual.reactive import reactive
from textual.widgets import Static

BAR_WIDTH = 12


def progress_bar(fraction: float) -> str:
    fraction = max(0.0, min(1.0, fraction))
    filled = round(fraction * BAR_WIDTH)
    return "█" * filled + "░" * (BAR_WIDTH - filled) + f" {fraction:4.0%}"


class StatusLine(Static):
    """Models status on the left; a running job (with its progress) after it.

    Always one line that fits the terminal: while a job runs, "Ready" shrinks to its dot, and
    the job's message (the long part; the job's own card shows it in full) is cut with an
    ellipsis before "Esc stops" would be.
    """

    DEFAULT_CLASSES = "status-line"

    models: reactive[str] = reactive("Starting...")
    models_ready: reactive[bool] = reactive(False)
    job: reactive[str] = reactive("")
    waiting: reactive[int] = reactive(0)

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._job_parts: tuple[str, float | None, str] = ("", None, "")
        self._stopping = False  # Esc was pressed: no "Esc stops" hint any more

    def render(self) -> Text:
        width = self.content_size.width or 80
        title, fraction, message = self._job_parts if self.job else ("", None, "")
        text = Text(no_wrap=True, overflow="ellipsis")
        mark, style = ("●", "bold green") if self.models_ready else ("◌", "bold yellow")
        text.append(f" {mark} ", style=style)
        if not (self.job and self.models_ready):  # a green dot says "Ready" well enough
            text.append(self.models, style="" if self.models_ready else "italic")
        if self.waiting:
            plural = "s" if self.waiting > 1 else ""
            text.append(f"  · {self.waiting} question{plural} waiting", style="bold")
        if self.job:
            if not self.models_ready or self.waiting:
                text.append("  · ", style="dim")
            text.append(title, style="bold")
            if fraction is not None:
                text.append("  " + progress_bar(fraction))
            tail = Text("" if self._stopping else "  Esc stops", style="dim")
            room = width - text.cell_len - tail.cell_len - 2
            if message and room >= 8:
                note = Text("  " + message, style="italic")
                note.truncate(room, overflow="ellipsis")
                text.append_text(note)
            text.append_text(tail)
        text.truncate(width, overflow="ellipsis")
        return text

    def set_job(self, title: str, fraction: float | None = None, message: str = "",
                stopping: bool = False) -> None:
        self._stopping = stopping or (self._stopping and title == self._job_parts[0])
        self._job_parts = (title, fraction, message)
        if not title:
            self.job = ""
            return
        bits = [title]
        if fraction is not None:
            bits.append(progress_bar(fraction))
        if message:
            bits.append(message)
        self.job = "  ".join(bits)
        self.refresh()
