"""A lesson read one section at a time, as Markdown in a card.

Keys: Enter or → next (after every two sections a check question appears below), ← previous,
Ctrl+R "Try it" (runs the lesson's demo), ? "ask about this" (the next question is answered in
this section's context), Ctrl+O the course map, Esc back to the chat. No letter is a key here:
a question typed on the card lands whole in the chat input, whatever letter it begins with
(``HandsTypingToInput``). The card only draws; the handler (``tutor.ui.handlers.learn``) owns
the reader that saves every step.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any, ClassVar

from rich.markdown import Markdown
from rich.text import Text
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import Static

from tutor.ui.widgets.input.handoff import HandsTypingToInput

Action = Callable[[str], Awaitable[None]]


def section_view(lesson: Any, index: int) -> dict[str, Any]:
    """Plain data for one section of a ``tutor.core.knowledge.Lesson``."""
    section = lesson.sections[index]
    return {"lesson_id": lesson.id, "lesson": lesson.title, "index": index,
            "total": len(lesson.sections), "heading": section.heading, "text": section.text,
            "section_id": section.id, "demo": lesson.demo}


class LessonCard(HandsTypingToInput, Vertical, can_focus=True):
    DEFAULT_CLASSES = "message lesson-card"
    DEFAULT_CSS = """
    LessonCard { height: auto; border: round $success; padding: 0 1; }
    LessonCard:focus { border: round $success-lighten-2; }
    LessonCard .lesson-header { color: $text-muted; }
    LessonCard .lesson-text { margin: 0 0 1 0; }
    LessonCard .lesson-keys { color: $text-muted; }
    LessonCard.waiting .lesson-keys { color: $warning; }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter,right", "go('next')", "Next", show=True,
                tooltip="Lesson card: the next section (or finish the lesson)"),
        Binding("left", "go('previous')", "Previous", show=True,
                tooltip="Lesson card: the previous section"),
        Binding("ctrl+r", "go('try')", "Try it", show=True,
                tooltip="Lesson card: run the lesson's demo"),
        Binding("question_mark", "go('ask')", "Ask about this", show=True,
                tooltip="Lesson card: your next question is answered with this section"),
        Binding("ctrl+o", "go('map')", "Map", show=False,
                tooltip="Lesson card: the course map"),
    ]

    def __init__(self, view: dict[str, Any], on_action: Action | None = None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.view = view
        self._on_action = on_action
        self.waiting = False  # a check question is open below

    def compose(self):
        yield Static(self._header(), classes="lesson-header")
        yield Static(self._markdown(), classes="lesson-text")
        yield Static(self._keys(), classes="lesson-keys")

    def _header(self) -> Text:
        view = self.view
        return Text(f"{view['lesson']} · section {view['index'] + 1} of {view['total']}")

    def _markdown(self) -> Markdown:
        # Rich's Markdown in one Static: a section redraws in a few milliseconds, where
        # Textual's Markdown widget mounts a widget per block (hundreds of ms per step).
        return Markdown(f"## {self.view['heading']}\n\n{self.view['text']}", justify="left")

    def _keys(self) -> Text:
        if self.waiting:
            return Text("Answer the check question below, then Enter to read on")
        view = self.view
        parts = ["Enter: next" if view["index"] + 1 < view["total"] else "Enter: finish"]
        if view["index"] > 0:
            parts.append("←: previous")
        if view.get("demo"):
            parts.append("Ctrl+R: try it")
        parts += ["?: ask about this", "Esc: chat"]
        return Text(" · ".join(parts))

    async def show(self, view: dict[str, Any]) -> None:
        """Draw another section in place."""
        self.view = view
        self.waiting = False
        self.remove_class("waiting")
        self.query_one(".lesson-header", Static).update(self._header())
        self.query_one(".lesson-text", Static).update(self._markdown())
        self.query_one(".lesson-keys", Static).update(self._keys())

    def wait_for_check(self) -> None:
        self.waiting = True
        self.add_class("waiting")
        self.query_one(".lesson-keys", Static).update(self._keys())

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "go" and parameters and parameters[0] in ("next", "previous"):
            return not self.waiting
        if action == "go" and parameters and parameters[0] == "try":
            return bool(self.view.get("demo"))
        return True

    async def action_go(self, what: str) -> None:
        if self._on_action is not None:
            await self._on_action(what)
