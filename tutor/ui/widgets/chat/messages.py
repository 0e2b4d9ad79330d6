"""Plain cards: the learner's message, a system note, a table, the welcome.

``TutorText`` (Markdown) lives in ``markdown_text`` so that importing this module stays cheap
at start-up; ``from tutor.ui.widgets.chat.messages import TutorText`` still works (lazily).
"""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual.widget import Widget
from textual.widgets import Static

from tutor.core.chats import Message

# A 50 KB paste is kept whole in the database and in /export, but drawing all of it would
# bury the conversation: the card shows this much and says how much more there is.
DISPLAY_LIMIT = 1500


class UserMessage(Static):
    """What the learner sent, shown as plain text (never interpreted as markup)."""

    DEFAULT_CLASSES = "message user-message"

    def __init__(self, text: str, **kwargs) -> None:
        shown = text
        if len(text) > DISPLAY_LIMIT:
            more = len(text) - DISPLAY_LIMIT
            shown = text[:DISPLAY_LIMIT] + f"\n... ({more:,} more characters, kept in /export)"
        super().__init__(shown, markup=False, **kwargs)
        self.text = text


class NoteMessage(Static):
    """A one-line system note; ``severity`` is information, warning or error."""

    DEFAULT_CLASSES = "message note"

    def __init__(self, text: str, severity: str = "information", **kwargs) -> None:
        super().__init__(Text(text), **kwargs)
        self.text = text
        self.severity = severity
        self.add_class(f"note-{severity}")


class TableCard(Static):
    """A compact two-column table (e.g. /help), with an optional footnote; not saved."""

    DEFAULT_CLASSES = "message help-card"

    def __init__(self, rows: list[tuple[str, str]], headers: tuple[str, str],
                 footnote: str = "", **kwargs) -> None:
        from rich.console import Group
        from rich.text import Text

        from tutor.ui.screens.help import rows_table

        parts = [rows_table(rows, *headers)]
        if footnote:
            parts.append(Text("\n" + footnote, style="dim"))
        super().__init__(Group(*parts), **kwargs)
        self.text = "\n".join(f"{a}  {b}" for a, b in rows) + ("\n" + footnote if footnote else "")


def welcome_text() -> Text:
    """The welcome: what the tutor is and what to try first (plain Rich text, no Markdown)."""
    text = Text()
    text.append("Welcome to tutor\n", style="bold")
    text.append("Ask me anything about ")
    text.append("machine learning", style="bold")
    text.append(" and ")
    text.append("generative AI", style="bold")
    text.append(". Answers come from the course, with numbered sources. Try:\n")
    for example in (
        "What is the difference between machine learning and generative AI?",
        "How does a GAN learn?",
        "Why do language models hallucinate?",
    ):
        text.append("  • ")
        text.append(example + "\n", style="italic")
    text.append("Type ")
    text.append("/", style="bold")
    text.append(" for commands, ")
    text.append("F1", style="bold")
    text.append(" for keys and help.")
    return text


class WelcomeCard(Static):
    """Shown on an empty conversation; never saved."""

    DEFAULT_CLASSES = "message welcome"

    def __init__(self, **kwargs) -> None:
        super().__init__(welcome_text(), **kwargs)


def render_text(message: Message) -> Widget:
    if message.role == "user":
        return UserMessage(message.content)
    from tutor.ui.widgets.chat.markdown_text import TutorText

    return TutorText(message.content)


def render_note(message: Message) -> Widget:
    severity = (message.payload or {}).get("severity", "information")
    return NoteMessage(message.content, severity=severity)


def __getattr__(name: str) -> Any:
    if name == "TutorText":  # imported on first use; see the module docstring
        from tutor.ui.widgets.chat.markdown_text import TutorText

        return TutorText
    raise AttributeError(name)
