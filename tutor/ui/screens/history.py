"""/history: past conversations in a list; /history WORDS: messages matching the words.
Enter reopens the conversation (at the match), Esc goes back."""

from __future__ import annotations

import time
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from tutor.core.chats import ConversationInfo
from tutor.core.history import MARK_END, MARK_START, Hit, SearchResult


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


def describe_hit(hit: Hit) -> Text:
    """Two lines: when, conversation and who; then the snippet with the matched words bold."""
    when = time.strftime("%Y-%m-%d %H:%M", time.localtime(hit.created))
    who = "you" if hit.role == "user" else "tutor" if hit.role == "tutor" else "note"
    text = Text(f"{when}  {hit.conversation_title}  · {who}\n", style="dim")
    snippet = " ".join(hit.snippet.split())
    for index, part in enumerate(snippet.split(MARK_START)):
        matched, _, rest = part.partition(MARK_END) if index else ("", "", part)
        if matched:
            text.append(matched, style="bold reverse")
        text.append(rest)
    return text


class SearchScreen(ModalScreen[Hit | None]):
    """Search hits, best first; dismisses with the chosen hit (None when closed)."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape,q", "close", "Close", show=True)]

    def __init__(self, result: SearchResult) -> None:
        super().__init__()
        self.result = result

    def compose(self) -> ComposeResult:
        with Vertical(id="history-body", classes="sheet") as body:
            words = " ".join(self.result.words)
            count = len(self.result.hits)
            body.border_title = f"{count} match{'es' if count != 1 else ''}: {words}"
            body.border_subtitle = "Enter reopens the conversation there · Esc closes"
            if not self.result.all_words:
                yield Static("No message has every word; these have some of them.",
                             id="history-partial")
            yield OptionList(
                *[Option(describe_hit(hit), id=str(n)) for n, hit in enumerate(self.result.hits)],
                id="history-list",
            )

    def on_mount(self) -> None:
        self.query_one(OptionList).focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(self.result.hits[int(event.option.id or 0)])

    def action_close(self) -> None:
        self.dismiss(None)
