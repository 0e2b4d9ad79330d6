"""A card with keys of its own hands every other printable key to the chat input.

Why: the chat focuses a card (a running demo, a lesson) so its single-letter keys work at once,
but a learner who starts typing a question there must not lose the letters: a key the card
does not bind goes to the input (and the focus with it), so the rest of the line lands there.

Keys typed in one burst (fast typing, a paste) all reach the card before the focus has moved,
so the card settles each printable key itself, in order, as it arrives:

- once a key went to the input, every later one follows it, bound or not ("a" and "t" in
  "what is a token" are letters of the question, not "ask about this" and "try it"), until the
  card is focused again;
- one of the card's own keys runs its action right here. Left to Textual, the binding would be
  looked up only once the key had bubbled up to the app, by which time a later letter may have
  moved the focus away, and the key was lost.
"""

from __future__ import annotations

from typing import Any

from textual import events
from textual.binding import Binding


def bound(widget: Any, key: str) -> Binding | None:
    """``widget``'s own binding for ``key`` (None if it has none)."""
    for binding in getattr(widget, "BINDINGS", ()):
        if isinstance(binding, Binding) and key in (k.strip() for k in binding.key.split(",")):
            return binding
    return None


class HandsTypingToInput:
    """Mixin for a focusable card: see the module docstring."""

    _typing_elsewhere = False  # a key was handed to the input and the card not focused since

    async def on_key(self, event: events.Key) -> None:
        if not (event.is_printable and event.character):
            return  # arrows, Esc, Enter: Textual's bindings as usual
        chat_input = getattr(self.app, "chat_input", None)  # type: ignore[attr-defined]
        binding = bound(self, event.key)
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

    def hand_over(self) -> None:
        """The card's own action sends the learner to the input ("ask about this"): keys typed
        right after it, already on their way to the card, follow there instead of acting."""
        self._typing_elsewhere = True
        chat_input = getattr(self.app, "chat_input", None)  # type: ignore[attr-defined]
        if chat_input is not None:
            chat_input.focus()

    def on_focus(self, event: events.Focus) -> None:
        self._typing_elsewhere = False
