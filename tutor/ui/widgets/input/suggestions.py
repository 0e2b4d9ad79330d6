"""The dropdown of slash commands that opens as soon as ``/`` is typed.

It lists catalog commands matching what is typed and, once a command and a space are typed,
that command's argument completions (theme names, demo names). It never takes focus: the
input keeps it and forwards Up/Down/Tab/Enter here while the dropdown is open.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from textual.widgets import OptionList
from textual.widgets.option_list import Option

from tutor import commands

MAX_ITEMS = 60  # the dropdown scrolls; this only bounds a runaway completer


@dataclass(frozen=True)
class Suggestion:
    """``text`` replaces the input when accepted; ``final`` means it can be sent as is."""

    text: str
    label: str
    final: bool


def suggestions_for(app: Any, text: str) -> list[Suggestion]:
    """What to offer for the input ``text`` (empty when it is not a one-line command)."""
    if not text.startswith("/") or "\n" in text or text.startswith("//"):
        return []
    body = text[1:]
    if " " not in body:
        found = []
        for command in commands.matching(body):
            insert = f"/{command.name}" + (" " if command.takes_args else "")
            label = f"{command.usage:<24} {command.help}"
            found.append(Suggestion(insert, label, final=not command.needs_args))
        return found[:MAX_ITEMS]
    name, _, rest = body.partition(" ")
    command = commands.get(name)
    if command is None:
        return []
    return [
        Suggestion(f"/{command.name} {option}", option, final=True)
        for option in command.completions(app, rest.lstrip())
    ][:MAX_ITEMS]


class CommandSuggestions(OptionList):
    """The dropdown itself; hidden unless there is something to offer."""

    DEFAULT_CLASSES = "suggestions"
    can_focus = False

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.items: list[Suggestion] = []
        self.for_text: str | None = None  # the input text these items were computed for
        self.picked = False  # the learner moved the highlight (Up/Down) since it opened

    def show(self, items: list[Suggestion], for_text: str | None = None) -> None:
        self.items = items
        self.for_text = for_text
        self.picked = False
        self.clear_options()
        if items:
            self.add_options([Option(item.label) for item in items])
            self.highlighted = 0
        self.display = bool(items)

    def hide(self) -> None:
        self.items = []
        self.for_text = None
        self.picked = False
        self.clear_options()
        self.display = False

    @property
    def is_open(self) -> bool:
        return bool(self.display and self.items)

    @property
    def current(self) -> Suggestion | None:
        if not self.is_open or self.highlighted is None:
            return None
        return self.items[self.highlighted]

    def move(self, delta: int) -> None:
        if self.items:
            index = (self.highlighted or 0) + delta
            self.highlighted = index % len(self.items)
            self.picked = True
