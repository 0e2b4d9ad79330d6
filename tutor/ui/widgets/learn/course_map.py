"""The course map card: the path with each lesson's level, a progress bar, what is unlocked and
the one marked next step. Drawn from ``CourseMap.as_dict()``, the same data ``tutor learn --json``
prints. Enter follows the recommendation."""

from __future__ import annotations

from typing import Any, ClassVar

from rich.text import Text
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import Static

from tutor.ui.widgets.input.handoff import HandsTypingToInput

BAR_WIDTH = 10
TITLE_WIDTH = 34
LEVEL_STYLE = {"not started": "dim", "reading": "cyan", "familiar": "yellow",
               "proficient": "green", "mastered": "bold green"}


def _bar(fraction: float) -> Text:
    filled = round(max(0.0, min(1.0, fraction)) * BAR_WIDTH)
    return Text.assemble(("█" * filled, "green" if fraction >= 0.6 else "yellow"),
                         ("░" * (BAR_WIDTH - filled), "dim"))


class CourseMapCard(HandsTypingToInput, Vertical, can_focus=True):
    """The course path; Enter follows the next step, typing goes to the chat input."""

    DEFAULT_CLASSES = "message course-map"
    DEFAULT_CSS = """
    CourseMapCard { height: auto; border: round $accent; padding: 0 1; }
    CourseMapCard:focus { background: $boost; }
    CourseMapCard .map-title { text-style: bold; }
    CourseMapCard .map-next { color: $success; text-style: bold; margin: 1 0 0 0; }
    CourseMapCard .map-keys { color: $text-muted; }
    """
    BINDINGS: ClassVar[list[BindingType]] = [Binding("enter", "follow", "Next step", show=True)]

    def __init__(self, payload: dict[str, Any], **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.payload = payload

    def compose(self):
        payload = self.payload
        due = payload.get("due", 0)
        yield Static(Text(f"Your course path · {due} card{'s' if due != 1 else ''} due · "
                          "▶ next step, · locked"), classes="map-title")
        # One Text with fixed columns rather than a Rich Table: a table re-measures every cell
        # on each layout pass, and the map is redrawn whenever the conversation scrolls.
        lines = Text(no_wrap=True, overflow="ellipsis")
        for n, lesson in enumerate(payload["lessons"]):
            mark = "▶" if lesson.get("next") else " " if lesson["unlocked"] else "·"
            title = lesson["title"]
            title = title if len(title) <= TITLE_WIDTH else title[: TITLE_WIDTH - 1] + "…"
            title_style = "bold" if lesson.get("next") else "dim" if not lesson["unlocked"] else ""
            if n:
                lines.append("\n")
            lines.append(f"{mark} ", style="bold green")
            lines.append(f"{lesson['number']:2d} ")
            lines.append(f"{title:{TITLE_WIDTH}} ", style=title_style)
            lines.append(f"{lesson['level']:12}", style=LEVEL_STYLE.get(lesson["level"], ""))
            lines.append_text(_bar(lesson["progress"]))
            lines.append(f" {round(100 * lesson['progress']):3d}%", style="dim")
        yield Static(lines, classes="map-lessons")
        # the next step last: the conversation is pinned to its end, so this line is in view
        advice = payload["next"]
        yield Static(Text(f"Next: {advice['headline']}"), classes="map-next")
        yield Static(Text(f"Enter: {advice['command']} · /learn LESSON opens any lesson"),
                     classes="map-keys")

    def action_follow(self) -> None:
        self.app.submit(self.payload["next"]["command"])  # type: ignore[attr-defined]
