"""F1: keys and commands, generated from the bindings and the command catalog (never by hand)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Markdown, Static

from tutor import commands

# Keys handled outside bindings (or worth explaining beyond their footer label).
EXTRA_KEYS: list[tuple[str, str]] = [
    ("Up / Down", "Walk your earlier messages (in the input), or move in a list"),
    ("/", "Start a command: the list of commands opens; Tab or Enter completes"),
    ("Shift+Tab", "Move focus back (e.g. from the input to the last answer's follow-ups)"),
    ("Enter on 'Sources'", "Expand the passages an answer came from"),
    ("Ctrl+P", "Command palette: search every command"),
]


def _key_name(key: str) -> str:
    parts = key.split(",")[0].split("+")
    return "+".join(p.capitalize() if len(p) > 1 else p.upper() for p in parts)


def help_markdown(app) -> str:
    """The help text: keys from the app and input bindings, then every catalog command."""
    from tutor.ui.widgets.input.chat_input import ChatInput

    rows: list[tuple[str, str]] = []
    seen: set[str] = set()
    for binding in [*ChatInput.BINDINGS, *app.BINDINGS]:
        if not isinstance(binding, Binding) or not binding.description:
            continue
        key = _key_name(binding.key)
        if key in seen:
            continue
        seen.add(key)
        rows.append((key, binding.description))
    rows += EXTRA_KEYS
    lines = ["# Keys", "", "| Key | Does |", "|---|---|"]
    lines += [f"| {key} | {what} |" for key, what in rows]
    lines += ["", "# Commands", "", "| Command | Does |", "|---|---|"]
    lines += [f"| `{c.usage}` | {c.help} |" for c in commands.commands()]
    lines += [
        "",
        "Ask anything else in plain words: answers come from the course, with numbered "
        "sources you can expand.",
    ]
    return "\n".join(lines)


class HelpScreen(ModalScreen[None]):
    """A scrollable sheet over the chat; Esc, F1 or q closes it."""

    DEFAULT_CSS = ""
    BINDINGS = [
        Binding("escape,f1,q", "close", "Close", show=True),
    ]

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-body", classes="sheet") as body:
            body.border_title = "Help"
            body.border_subtitle = "Esc closes"
            yield Markdown(help_markdown(self.app), id="help-text")
        yield Static("", id="help-spacer")

    def action_close(self) -> None:
        self.dismiss(None)
