"""A card with keys of its own hands every letter typed on it to the chat input.

Why: the chat focuses a card (a running demo, a lesson, an answered question) so its keys work
at once, but a learner who starts typing a question there must not lose a letter of it, nor
have its first letter run an action: "now what is a gan" on a lesson card once went "next
section" and left "ow what is a gan" in the input. A single keystroke cannot tell "n for next"
from "n of now", so the rule is that no card binds a key a question can begin with:

- a letter, a digit or any other character that can open text (quotes, "/", "(", ...) always
  goes to the input, and the focus with it, from the very first key;
- a card's actions are on keys no question begins with: Enter, the arrows, Esc, Ctrl+letter,
  and the few symbols listed in ``ACTION_SYMBOLS`` (space, "+", "-", "=", ".", "?"). Those act
  only while nothing has been typed since the card was focused; after that they are text.

Keys typed in one burst (fast typing, a paste) all reach the card before the focus has moved,
so the card settles each printable key itself, in order, as it arrives: once a key went to the
input, every later one follows it (Enter and Backspace too: they send or edit that question),
until the card is focused again. A bound symbol runs its action right here: left to Textual,
the binding would be looked up only once the key had bubbled up to the app, by which time a
later letter may have moved the focus away.
"""

from __future__ import annotations

from typing import Any

from textual import events
from textual.binding import Binding

# Keys that may be a card's action although they print: a question never begins with them.
ACTION_SYMBOLS = frozenset({"space", "plus", "minus", "equals_sign", "full_stop", "question_mark"})
# Keys that edit or send the text being typed: after a letter went to the input, they follow it.
_EDITING = {"enter": "action_submit", "backspace": "action_delete_left"}


def bound(widget: Any, key: str) -> Binding | None:
    """``widget``'s own binding for ``key`` (None if it has none)."""
    for binding in getattr(widget, "BINDINGS", ()):
        if isinstance(binding, Binding) and key in (k.strip() for k in binding.key.split(",")):
            return binding
    return None


def printable_bindings(widget_class: type) -> list[str]:
    """Keys a class binds that a question could begin with (tests assert there are none)."""
    keys = []
    for binding in getattr(widget_class, "BINDINGS", ()):
        for key in (k.strip() for k in binding.key.split(",")):
            if len(key) == 1 and key not in ACTION_SYMBOLS:
                keys.append(key)
    return keys


class HandsTypingToInput:
    """Mixin for a focusable card (or a card holding the focused widget): see the module
    docstring."""

    _typing_elsewhere = False  # a key was handed to the input and the card not focused since

    async def on_key(self, event: events.Key) -> None:
        chat_input = getattr(self.app, "chat_input", None)  # type: ignore[attr-defined]
        if self._typing_elsewhere and chat_input is not None and event.key in _EDITING:
            # Enter or Backspace in the same burst as the letters before it: they edit or send
            # the question, never "next section" on the card the letters left
            event.stop()
            event.prevent_default()
            getattr(chat_input, _EDITING[event.key])()
            return
        if not (event.is_printable and event.character):
            return  # arrows, Esc, Enter, Ctrl+letter: Textual's bindings as usual
        binding = bound(self, event.key) if event.key in ACTION_SYMBOLS else None
        if binding is None and chat_input is None:
            return
        event.stop()
        event.prevent_default()  # settled here: no binding acts on it later
        if binding is not None and not self._typing_elsewhere:
            await self.app.run_action(binding.action, self)  # type: ignore[attr-defined]
            return
        self._typing_elsewhere = True
        chat_input.focus()
        chat_input.insert(event.character)

    def on_paste(self, event: events.Paste) -> None:
        """A paste on the card is typing too: it goes to the input whole (it was dropped)."""
        chat_input = getattr(self.app, "chat_input", None)  # type: ignore[attr-defined]
        if chat_input is None or not event.text:
            return
        event.stop()
        event.prevent_default()
        self._typing_elsewhere = True
        chat_input.focus()
        chat_input.insert(event.text)

    def hand_over(self) -> None:
        """The card's own action sends the learner to the input ("ask about this"): keys typed
        right after it, already on their way to the card, follow there instead of acting."""
        self._typing_elsewhere = True
        chat_input = getattr(self.app, "chat_input", None)  # type: ignore[attr-defined]
        if chat_input is not None:
            chat_input.focus()

    def on_focus(self, event: events.Focus) -> None:
        self._typing_elsewhere = False

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        self._typing_elsewhere = False  # e.g. the quiz summary's button
