"""F1: keys and commands, generated from the bindings and the command catalog (never by hand)."""

from __future__ import annotations

from typing import ClassVar

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from tutor import commands

# Keys handled outside bindings (or worth explaining beyond their footer label).
EXTRA_KEYS: list[tuple[str, str]] = [
    ("Up / Down", "Walk your earlier messages (in the input), or move in a list"),
    ("/", "Start a command: the list opens; Up/Down choose, Tab or Enter completes"),
    ("Shift+Tab", "Move focus back, e.g. from the input to the last answer"),
    ("Letters on a card", "Always go to the input: a question can begin with any letter"),
    ("Enter on Sources", "Expand the passages an answer came from"),
    ("Ctrl+P", "Command palette: search every command"),
    ("PgUp / PgDn", "Scroll the conversation (the input keeps the focus)"),
    ("Ctrl+Home / End", "Go to the start / the end of the conversation"),
]

_KEY_NAMES = {"escape": "Esc", "enter": "Enter", "tab": "Tab", "plus": "+", "minus": "-",
              "equals_sign": "=", "full_stop": ".", "question_mark": "?", "right": "→",
              "left": "←"}


def _one_key(key: str) -> str:
    if key in _KEY_NAMES:
        return _KEY_NAMES[key]
    parts = key.split("+")
    return "+".join(_KEY_NAMES.get(p, p.capitalize() if len(p) > 1 else p.upper()) for p in parts)


def key_name(key: str) -> str:
    """``ctrl+j`` -> ``Ctrl+J``; ``escape`` -> ``Esc``; ``enter,right`` -> ``Enter / →``."""
    return " / ".join(_one_key(k.strip()) for k in key.split(","))


def key_rows(app) -> list[tuple[str, str]]:
    """Keys from the input's, the app's and the cards' bindings (their tooltips), then the
    extra keys. A card's keys say which card in their tooltip ("Lesson card: ...")."""
    from tutor.ui.widgets.demo.card import DemoCard
    from tutor.ui.widgets.input.chat_input import ChatInput
    from tutor.ui.widgets.learn.lesson import LessonCard
    from tutor.ui.widgets.quiz.question import QuestionCard
    from tutor.ui.widgets.quiz.summary import QuizSummary

    rows: list[tuple[str, str]] = []
    seen: set[str] = set()
    for binding in [*ChatInput.BINDINGS, *type(app).BINDINGS]:
        if not isinstance(binding, Binding) or not binding.description:
            continue
        key = key_name(binding.key)
        if key in seen:  # the input's meaning comes first (it has the focus)
            continue
        seen.add(key)
        rows.append((key, binding.tooltip or binding.description))
    # the same key may do something else on each card (Ctrl+R: try it, or retake)
    for card in (DemoCard, LessonCard, QuestionCard, QuizSummary):
        for binding in card.BINDINGS:
            if isinstance(binding, Binding) and binding.description:
                rows.append((key_name(binding.key), binding.tooltip or binding.description))
    return rows + EXTRA_KEYS


def command_rows() -> list[tuple[str, str]]:
    return [(c.usage, c.help) for c in commands.commands()]


def rows_table(rows: list[tuple[str, str]], first: str, second: str) -> Table:
    """A compact two-column table (no boxes: it has to fit 80 columns)."""
    table = Table(box=None, show_header=True, header_style="bold", pad_edge=False, expand=True)
    table.add_column(first, style="bold", no_wrap=True)
    table.add_column(second, ratio=1)
    for left, right in rows:
        table.add_row(Text(left), Text(right))
    return table


def help_text(app) -> str:
    """Everything the help sheet says, as plain text (tests and /help read it)."""
    lines = ["Keys"] + [f"  {k}  {v}" for k, v in key_rows(app)]
    lines += ["Commands"] + [f"  {k}  {v}" for k, v in command_rows()]
    return "\n".join(lines)


class HelpScreen(ModalScreen[None]):
    """A scrollable sheet over the chat; Esc, F1 or q closes it."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape,f1,q", "close", "Close", show=True)]

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-body", classes="sheet") as body:
            body.border_title = "Help"
            body.border_subtitle = "Esc closes"
            yield Static("Keys", classes="help-heading")
            yield Static(rows_table(key_rows(self.app), "Key", "Does"), id="help-keys")
            yield Static("Commands", classes="help-heading")
            yield Static(rows_table(command_rows(), "Command", "Does"), id="help-commands")
            yield Static(
                "Ask anything else in plain words: answers come from the course, with "
                "numbered sources you can expand. Conversations are saved and resumed.",
                classes="help-footnote",
            )

    def action_close(self) -> None:
        self.dismiss(None)
