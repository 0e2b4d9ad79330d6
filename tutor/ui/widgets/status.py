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
    """Models status on the left; a running job (with its progress) after it."""

    DEFAULT_CLASSES = "status-line"

    models: reactive[str] = reactive("Starting...")
    models_ready: reactive[bool] = reactive(False)
    job: reactive[str] = reactive("")
    waiting: reactive[int] = reactive(0)

    def render(self) -> Text:
        text = Text()
        mark, style = ("●", "bold green") if self.models_ready else ("◌", "bold yellow")
        text.append(f" {mark} ", style=style)
        text.append(self.models, style="" if self.models_ready else "italic")
        if self.waiting:
            plural = "s" if self.waiting > 1 else ""
            text.append(f"  · {self.waiting} question{plural} waiting", style="bold")
        if self.job:
            text.append("  · ", style="dim")
            text.append(self.job, style="bold")
            text.append("  (Esc stops)", style="dim")
        return text

    def set_job(self, title: str, fraction: float | None = None, message: str = "") -> None:
        if not title:
            self.job = ""
            return
        bits = [title]
        if fraction is not None:
            bits.append(progress_bar(fraction))
        if message:
            bits.append(message)
        self.job = "  ".join(bits)
