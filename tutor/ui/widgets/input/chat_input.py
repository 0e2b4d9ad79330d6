"""The multi-line input: Enter sends, Ctrl+J (or Shift+Enter) adds a line, Up/Down walk history.

Why a TextArea and not an Input: questions and pasted text span lines. The slash-command
dropdown (``CommandSuggestions``) never takes focus; this widget steers it.
"""

from __future__ import annotations

from typing import ClassVar

from textual import events
from textual.actions import SkipAction
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.widgets import TextArea

from tutor.ui.widgets.input.suggestions import CommandSuggestions, Suggestion, suggestions_for

HISTORY_LIMIT = 200


class ChatInput(TextArea):
    """Where the learner types. Posts :class:`ChatInput.Submitted` on Enter."""

    DEFAULT_CLASSES = "chat-input"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "submit", "Send", tooltip="Send the question or command"),
        Binding("ctrl+j", "newline", "Newline", tooltip="Add a line to the message"),
        Binding("shift+enter", "newline", "Newline", show=False,
                tooltip="Add a line (where the terminal passes Shift+Enter on)"),
        Binding("tab", "complete", "Follow-ups",
                tooltip="Complete a command; else pick a follow-up of the last answer"),
        Binding("escape", "dismiss", "Stop",
                tooltip="Close the command list; else stop running work"),
        # The input keeps the focus while the learner reads: these keys scroll the
        # conversation (moving a cursor by pages in a one-line box is of no use). The help
        # sheet lists them as two rows (EXTRA_KEYS), hence no description here.
        Binding("pageup", "scroll_conversation('page_up')", "", show=False,
                tooltip="Scroll the conversation up a page"),
        Binding("pagedown", "scroll_conversation('page_down')", "", show=False,
                tooltip="Scroll the conversation down a page"),
        Binding("ctrl+home", "scroll_conversation('home')", "", show=False,
                tooltip="Go to the start of the conversation"),
        Binding("ctrl+end", "scroll_conversation('end')", "", show=False,
                tooltip="Go to the end of the conversation"),
    ]

    class Submitted(Message):
        def __init__(self, text: str) -> None:
            super().__init__()
            self.text = text

    class WantsFollowUps(Message):
        """Tab with nothing to complete: the app focuses the last answer's follow-ups."""

    def __init__(self, **kwargs) -> None:
        kwargs.setdefault("soft_wrap", True)
        kwargs.setdefault("tab_behavior", "focus")
        kwargs.setdefault("show_line_numbers", False)
        kwargs.setdefault("compact", True)
        super().__init__(**kwargs)
        self.input_history: list[str] = []
        self._history_index: int | None = None  # None: editing the draft
        self._draft = ""
        self._dismissed_for: str | None = None  # text for which Esc closed the dropdown

    # ------------------------------------------------------------------ dropdown
    @property
    def suggestions(self) -> CommandSuggestions | None:
        try:
            return self.screen.query_one(CommandSuggestions)
        except Exception:  # noqa: BLE001 - not mounted on the main screen
            return None

    def refresh_suggestions(self) -> None:
        dropdown = self.suggestions
        if dropdown is None:
            return
        text = self.text
        if self._dismissed_for == text:
            dropdown.hide()
            return
        self._dismissed_for = None
        items = suggestions_for(self.app, text)
        if len(items) == 1 and items[0].text.rstrip() == text.rstrip() and items[0].final:
            items = []  # exactly typed: nothing left to offer
        dropdown.show(items, for_text=text)

    def _current_dropdown(self) -> CommandSuggestions | None:
        """The dropdown, brought up to date with the text first.

        Keys can arrive faster than ``Changed`` messages are handled (a paste, a fast typist,
        tmux send-keys): Enter must act on what is in the box now, not on a stale list.
        """
        dropdown = self.suggestions
        if dropdown is not None and dropdown.for_text != self.text and (
            dropdown.is_open or self.text.startswith("/")
        ):
            self.refresh_suggestions()
        return dropdown

    def on_text_area_changed(self, event: TextArea.Changed) -> None:
        self.refresh_suggestions()

    async def _on_key(self, event: events.Key) -> None:
        # TextArea inserts a newline for Enter before bindings are looked at: send instead.
        if event.key == "enter":
            event.stop()
            event.prevent_default()
            self.action_submit()
            return
        await super()._on_key(event)

    def _accept(self) -> bool:
        """Put the highlighted suggestion into the input; True when there was one."""
        dropdown = self._current_dropdown()
        choice = dropdown.current if dropdown else None
        if choice is None:
            return False
        self.load_text(choice.text)
        self.move_cursor(self.document.end)
        return True

    # ------------------------------------------------------------------ actions
    def action_scroll_conversation(self, where: str) -> None:
        conversation = getattr(self.app, "conversation", None)
        if conversation is None:
            raise SkipAction()
        getattr(conversation, f"scroll_{where}")(animate=False)
    def _enter_choice(self) -> Suggestion | None:
        """The suggestion Enter sends instead of the typed text, if any.

        Enter never throws away what was typed: it sends the text as it is unless the learner
        picked a suggestion with Up/Down (for this very text), or the first suggestion only
        completes the word being typed (``/exp`` -> ``/export``, ``/theme no`` -> ``/theme
        nord``). The list is computed afresh from the text in the box, so keys that arrived
        faster than the dropdown refreshed (tmux send-keys, a paste) can never send an
        out-of-date suggestion.
        """
        text = self.text
        dropdown = self.suggestions
        if dropdown is not None and dropdown.picked and dropdown.for_text == text:
            return dropdown.current
        if self._dismissed_for == text or not text or text[-1].isspace():
            return None
        items = suggestions_for(self.app, text)
        first = items[0] if items else None
        if first is not None and first.text.startswith(text) and first.text.rstrip() != text:
            return first
        return None

    def action_submit(self) -> None:
        choice = self._enter_choice()
        if choice is not None:
            self.load_text(choice.text)
            self.move_cursor(self.document.end)
            if not choice.final:
                return  # the command needs an argument: let the learner type it
        text = self.text
        if not text.strip():
            return
        self.remember(text)
        self.load_text("")
        dropdown = self.suggestions
        if dropdown:
            dropdown.hide()
        self.post_message(self.Submitted(text))

    def action_newline(self) -> None:
        self.insert("\n")

    def action_complete(self) -> None:
        if self._accept():
            return
        self.post_message(self.WantsFollowUps())

    def action_dismiss(self) -> None:
        dropdown = self.suggestions
        if dropdown is not None and dropdown.is_open:
            self._dismissed_for = self.text
            dropdown.hide()
            return
        raise SkipAction()  # let the app's Esc (cancel running work) handle it

    def action_cursor_up(self, select: bool = False) -> None:
        dropdown = self._current_dropdown()
        if not select and dropdown is not None and dropdown.is_open:
            dropdown.move(-1)
            return
        if not select and self.cursor_location[0] == 0 and self.input_history:
            self._walk(-1)
            return
        super().action_cursor_up(select)

    def action_cursor_down(self, select: bool = False) -> None:
        dropdown = self._current_dropdown()
        if not select and dropdown is not None and dropdown.is_open:
            dropdown.move(1)
            return
        last_row = self.document.line_count - 1
        if not select and self.cursor_location[0] == last_row and self._history_index is not None:
            self._walk(1)
            return
        super().action_cursor_down(select)

    # ------------------------------------------------------------------ history
    def remember(self, text: str) -> None:
        if not self.input_history or self.input_history[-1] != text:
            self.input_history.append(text)
            del self.input_history[:-HISTORY_LIMIT]
        self._history_index = None
        self._draft = ""

    def _walk(self, step: int) -> None:
        if self._history_index is None:
            if step > 0:
                return
            self._draft = self.text
            index = len(self.input_history) - 1
        else:
            index = self._history_index + step
        if index < 0:
            return
        if index >= len(self.input_history):
            self._history_index = None
            self._set(self._draft)
            return
        self._history_index = index
        self._set(self.input_history[index])

    def _set(self, text: str) -> None:
        self._dismissed_for = text  # walking history must not pop the dropdown open
        self.load_text(text)
        self.move_cursor(self.document.end)
