"""The scrolling conversation: cards are appended at the end and it stays pinned to the bottom."""

from __future__ import annotations

from textual.containers import VerticalScroll
from textual.widget import Widget

from tutor.ui.widgets.chat.messages import NoteMessage


class Conversation(VerticalScroll):
    """Holds every card of the current conversation, oldest first.

    Anchored: new cards keep it scrolled to the end until the learner scrolls up to read,
    and it re-anchors once they scroll back down.
    """

    DEFAULT_CLASSES = "conversation"

    def on_mount(self) -> None:
        self.anchor()

    async def add_card(self, widget: Widget) -> Widget:
        """Mount ``widget`` at the end and bring it into view. Nothing is shown once the screen
        is gone: a chat quit while it was still starting (its welcome card waiting on a locked
        database) raised MountError from the start-up task and exited with an error."""
        if not self.is_attached:
            return widget
        await self.mount(widget)
        self.scroll_end(animate=False)
        return widget

    async def add_cards(self, widgets: list[Widget]) -> None:
        if widgets and self.is_attached:
            await self.mount_all(widgets)
            self.scroll_end(animate=False)

    async def add_note(self, text: str, severity: str = "information") -> Widget:
        """A short system line (not saved): tips, warnings, errors."""
        return await self.add_card(NoteMessage(text, severity=severity))

    def show_card(self, widget: Widget) -> None:
        """Scroll so ``widget`` (a search hit) is at the top; the learner reads from there, so
        new cards no longer pull the view to the end until they scroll back down."""
        self.release_anchor()
        self.scroll_to_widget(widget, animate=False, top=True)

    async def clear(self) -> None:
        await self.remove_children()
