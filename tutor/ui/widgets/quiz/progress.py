"""``/progress``: mastery per lesson as bars, totals, accuracy per day, streak and cards due.

Drawn from the plain-data ``ProgressReport`` (saved with the message as a dict), the same data
``tutor quiz --progress`` prints.
"""

from __future__ import annotations

import time
from dataclasses import asdict
from typing import Any

from rich.table import Table
from rich.text import Text
from textual.containers import Vertical
from textual.widgets import Sparkline, Static

from tutor.core.chats import Message

BAR_WIDTH = 16
TITLE_WIDTH = 38
DAYS_SHOWN = 30  # days in the sparkline
DAYS_LISTED = 7  # days listed with a bar each


def progress_payload(report: Any) -> dict[str, Any]:
    payload = asdict(report)
    payload["accuracy"] = report.accuracy
    payload["made"] = time.time()
    return payload


def _bar(fraction: float, width: int = BAR_WIDTH) -> Text:
    filled = round(max(0.0, min(1.0, fraction)) * width)
    colour = "green" if fraction >= 0.8 else "yellow" if fraction >= 0.4 else "red"
    return Text.assemble(("█" * filled, colour), ("░" * (width - filled), "dim"))


def _when(seconds: float) -> str:
    if seconds <= 0:
        return "now"
    if seconds < 3600:
        return f"in {max(1, round(seconds / 60))} min"
    if seconds < 36 * 3600:
        return f"in {round(seconds / 3600)} h"
    return f"in {round(seconds / 86400)} days"


def totals_line(payload: dict[str, Any]) -> str:
    accuracy = payload.get("accuracy")
    shown = f"{round(100 * accuracy)}% correct" if accuracy is not None else "no answers yet"
    streak = payload["streak"]
    due = payload["due"]
    line = (f"Answered {payload['answered']} ({payload['distinct']} of {payload['bank_size']} questions) · "
            f"{shown} · streak {streak} day{'s' if streak != 1 else ''} · {due} card{'s' if due != 1 else ''} due")
    if not due and payload.get("next_due"):
        line += f" (next {_when(payload['next_due'] - payload.get('made', time.time()))})"
    return line


def progress_markdown(payload: dict[str, Any]) -> str:
    lines = ["**Your progress**", "", totals_line(payload), "", "| Lesson | Mastery | Seen |", "|---|---|---|"]
    for lesson in payload["lessons"]:
        lines.append(f"| {lesson['title']} | {round(100 * lesson['mastery'])}% | {lesson['seen']}/{lesson['questions']} |")
    return "\n".join(lines)


class ProgressCard(Vertical):
    DEFAULT_CLASSES = "message quiz-progress"
    DEFAULT_CSS = """
    ProgressCard {
        height: auto;
        border: round $accent;
        padding: 0 1;
    }
    ProgressCard .progress-title { text-style: bold; }
    ProgressCard .progress-label { color: $text-muted; margin: 1 0 0 0; }
    ProgressCard Sparkline { height: 2; margin: 0 0 0 0; }
    """

    def __init__(self, payload: dict[str, Any], **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.payload = payload

    def compose(self):
        payload = self.payload
        yield Static(Text("Your progress"), classes="progress-title")
        yield Static(Text(totals_line(payload)), classes="progress-totals")
        table = Table(box=None, show_header=True, header_style="dim", pad_edge=False, padding=(0, 1))
        table.add_column("Lesson", no_wrap=True, max_width=TITLE_WIDTH, overflow="ellipsis")
        table.add_column("Mastery", no_wrap=True)
        table.add_column("", justify="right", no_wrap=True)
        table.add_column("Seen", justify="right", no_wrap=True)
        for lesson in payload["lessons"]:
            table.add_row(lesson["title"], _bar(lesson["mastery"]), f"{round(100 * lesson['mastery'])}%",
                          f"{lesson['seen']}/{lesson['questions']}")
        yield Static(table, classes="progress-lessons")
        days = payload["days"][-DAYS_SHOWN:]
        if days:
            first, last = days[0]["day"], days[-1]["day"]
            span = first if first == last else f"{first} to {last}"
            count = len(days)
            yield Static(Text(f"Accuracy per day ({span}, {count} day{'s' if count != 1 else ''} with answers)"),
                         classes="progress-label")
            if count >= 3:  # a trend needs a few points; one bar per day, 3 cells wide
                spark = Sparkline([d["correct"] / d["answered"] if d["answered"] else 0.0 for d in days],
                                  summary_function=max)
                spark.styles.width = min(3 * count, 90)
                yield spark
            table = Table(box=None, show_header=False, pad_edge=False, padding=(0, 1))
            for column in ("day", "bar", "pct", "count"):
                table.add_column(column, no_wrap=True, justify="right" if column != "bar" else "left")
            for d in days[-DAYS_LISTED:]:
                fraction = d["correct"] / d["answered"] if d["answered"] else 0.0
                table.add_row(d["day"][5:], _bar(fraction, 10), f"{round(100 * fraction)}%",
                              f"({d['correct']}/{d['answered']})")
            yield Static(table, classes="progress-days")
        else:
            yield Static(Text("No answers yet: try /quiz (adaptive) or /quiz TOPIC."), classes="progress-label")


def render_progress(message: Message) -> ProgressCard:
    """MESSAGE_KINDS renderer."""
    return ProgressCard(message.payload or {})
