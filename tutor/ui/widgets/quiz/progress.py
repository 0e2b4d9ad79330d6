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
    lines = ["**Your progress**", "", totals_line(payload), "", "| Lesson | Level | Mastery | Seen |",
             "|---|---|---|---|"]
    for lesson in payload["lessons"]:
        lines.append(f"| {lesson['title']} | {lesson.get('level', '')} | {round(100 * lesson['mastery'])}% | "
                     f"{lesson['seen']}/{lesson['questions']} |")
    for item in payload.get("flagged", []):
        lines.append(f"\n- Flagged ({item['failures']} misses): {item['prompt']} (read {item['citation']})")
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
        levels = all("level" in lesson for lesson in payload["lessons"])
        table.add_column("Lesson", no_wrap=True, max_width=TITLE_WIDTH if not levels else 28,
                         overflow="ellipsis")
        if levels:  # the course map's level and progress (tutor.core.learning.mastery)
            table.add_column("Level", no_wrap=True)
        table.add_column("Mastery" if not levels else "Progress", no_wrap=True)
        table.add_column("", justify="right", no_wrap=True)
        table.add_column("Seen", justify="right", no_wrap=True)
        for lesson in payload["lessons"]:
            value = lesson["progress"] if levels else lesson["mastery"]
            cells = [lesson["title"]] + ([lesson["level"]] if levels else [])
            seen = f"{lesson['seen']}/{lesson['questions']}"
            if lesson.get("hinted"):
                seen += f", {lesson['hinted']} hint"  # answered after a hint (counted as Hard)
            table.add_row(*cells, _bar(value, 10 if levels else BAR_WIDTH), f"{round(100 * value)}%", seen)
        yield Static(table, classes="progress-lessons")
        if payload.get("hinted_answers"):
            count = payload["hinted_answers"]
            yield Static(Text(f"{count} answer{'s' if count != 1 else ''} after a hint: a right one "
                              "counts as Hard (it comes back sooner)"), classes="progress-label")
        if payload.get("flagged"):
            yield Static(Text("Flagged cards (missed 4 times or more): re-read the section, then /review"),
                         classes="progress-label")
            for item in payload["flagged"]:
                yield Static(Text(f"  ✗{item['failures']} {item['prompt'][:60]} · read {item['citation']}"),
                             classes="progress-flagged")
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
