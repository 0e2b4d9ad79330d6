"""/history: past conversations in a list; Enter reopens one, Esc goes back."""

from __future__ import annotations

import time
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from tutor.core.chats import ConversationInfo


def describe(info: ConversationInfo, current: int | None) -> str:
    when = time.strftime("%Y-%m-%d %H:%M", time.localtime(info.updated))
    mark = "  (open)" if info.id == current else ""
    plural = "" if info.message_count == 1 else "s"
    return f"{when}  {info.title}  · {info.message_count} message{plural}{mark}"


class HistoryScreen(ModalScreen[int | None]):
    """Dismisses with the chosen conversation id (None when closed)."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape,q", "close", "Close", show=True)]

    def __init__(self, conversations: list[ConversationInfo], current: int | None) -> None:
        super().__init__()
        self.conversations = conversations
        self.current = current

    def compose(self) -> ComposeResult:
        with Vertical(id="history-body", classes="sheet") as body:
            body.border_title = "Past conversations"
            body.border_subtitle = "Enter opens · Esc closes"
            if self.conversations:
                yield OptionList(
                    *[Option(describe(c, self.current), id=str(c.id)) for c in self.conversations],
                    id="history-list",
                )
            else:
                yield Static("No saved conversations yet: ask a question first.", id="history-empty")

    def on_mount(self) -> None:
        if self.conversations:
            self.query_one(OptionList).focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(int(event.option.id or 0))

    def action_close(self) -> None:
        self.dismiss(None)
