"""A tutor answer: Markdown text with numbered citations, expandable sources, follow-ups.

The card is built from plain data (the ``Answer`` turned into a dict), the same payload that is
saved with the message, so a resumed conversation redraws exactly what was shown.
"""

from __future__ import annotations

from typing import Any, ClassVar

from textual import on
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.message import Message as TextualMessage
from textual.widget import Widget
from textual.widgets import Collapsible, Markdown, OptionList, Static
from textual.widgets.option_list import Option

from tutor.core.answer_markdown import (  # noqa: F401 - re-exported for the chat's handlers
    answer_markdown,
    answer_to_payload,
    source_label,
)
from tutor.core.chats import Message
from tutor.ui.widgets.input.handoff import HandsTypingToInput

PASSAGE_LIMIT = 1200  # characters of a passage shown under "Sources"


def sources_markdown(sources: list[dict[str, Any]], full: bool = False) -> str:
    """The passages as Markdown: a bold label per source, then its text as a quote."""
    parts = []
    for number, source in enumerate(sources, 1):
        text = " ".join(str(source.get("text", "")).split())
        if not full and len(text) > PASSAGE_LIMIT:
            text = text[:PASSAGE_LIMIT].rsplit(" ", 1)[0] + " ..."
        section = source.get("section") or source.get("doc") or ""
        parts.append(f"**{source_label(number, source)}**  `{section}`\n\n> {text}\n")
    return "\n".join(parts)


class FollowUps(HandsTypingToInput, OptionList):
    """Suggested next questions (and the related demo). Enter asks; Esc goes back to typing;
    a letter typed here starts a question in the input (``HandsTypingToInput``), which is why
    copying is Ctrl+C and not a letter."""

    DEFAULT_CLASSES = "followups"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "back_to_input", "Back to input", show=False),
        Binding("tab", "back_to_input", "Back to input", show=False),
        Binding("ctrl+c", "copy_answer", "Copy answer", tooltip="Copy this answer as Markdown"),
    ]

    def action_copy_answer(self) -> None:
        card = next((a for a in self.ancestors if isinstance(a, AnswerCard)), None)
        if card is not None:
            card.post_message(AnswerCard.CopyRequested(card.payload))

    def action_back_to_input(self) -> None:
        self.highlighted = None
        self.app.action_focus_input()  # type: ignore[attr-defined]


class AnswerCard(Vertical):
    """One answer. Posts :class:`AnswerCard.FollowUpChosen` when a suggestion is picked."""

    DEFAULT_CLASSES = "message answer"

    class FollowUpChosen(TextualMessage):
        """The learner picked a follow-up; ``text`` is a question or a ``/demo ...`` line."""

        def __init__(self, text: str) -> None:
            super().__init__()
            self.text = text

    class CopyRequested(TextualMessage):
        """Ctrl+C on this answer's follow-ups: copy ``payload`` (the app does it, see /copy)."""

        def __init__(self, payload: dict[str, Any]) -> None:
            super().__init__()
            self.payload = payload

    def __init__(self, payload: dict[str, Any], demo_command: bool = False, **kwargs) -> None:
        super().__init__(**kwargs)
        self.payload = payload
        self.demo_command = demo_command
        if not payload.get("in_scope", True):
            self.add_class("out-of-scope")

    @property
    def sources(self) -> list[dict[str, Any]]:
        return list(self.payload.get("sources") or [])

    def _choices(self) -> list[tuple[str, str]]:
        choices = [(q, q) for q in self.payload.get("followups") or []]
        demo = self.payload.get("demo")
        if demo and self.demo_command:
            choices.append((f"/demo {demo}", f"▶ Watch it happen: /demo {demo}"))
        return choices

    def compose(self):
        yield Markdown(str(self.payload.get("text", "")), classes="answer-text")
        notice = self.payload.get("notice")
        if notice:
            yield Static(str(notice), classes="answer-notice", markup=False)
        sources = self.sources
        if sources:
            titles = ", ".join(
                dict.fromkeys(str(s.get("title") or s.get("doc") or "?") for s in sources)
            )
            with Collapsible(
                title=f"Sources ({len(sources)}): {titles}", collapsed=True, classes="sources"
            ):
                yield Markdown(sources_markdown(sources), classes="sources-text")
        demo = self.payload.get("demo")
        if demo and not self.demo_command:
            yield Static(f"Related demo: {demo}", classes="answer-demo", markup=False)
        choices = self._choices()
        if choices:
            yield Static("Follow up (Tab, then Enter; Ctrl+C copies this answer):",
                         classes="followups-label")
            yield FollowUps(*[Option(label, id=str(i)) for i, (_, label) in enumerate(choices)])

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        index = int(event.option.id or 0)
        self.post_message(self.FollowUpChosen(self._choices()[index][0]))

    def expand_sources(self, expanded: bool = True) -> None:
        for collapsible in self.query(Collapsible):
            collapsible.collapsed = not expanded

    def focus_followups(self) -> bool:
        lists = self.query(FollowUps)
        if not lists:
            return False
        followups = lists.first()
        followups.focus()
        if followups.highlighted is None and followups.option_count:
            followups.highlighted = 0
        return True


def _demo_command_available() -> bool:
    from tutor import commands

    return commands.get("demo") is not None


def render_answer(message: Message) -> Widget:
    if not message.payload:
        from tutor.ui.widgets.chat.messages import TutorText

        return TutorText(message.content)
    return AnswerCard(message.payload, demo_command=_demo_command_available())
