"""``/generate``: the model's text appears token by token in a card that stays in the chat.

The generation thread never touches widgets: it hands pieces to ``post_piece`` (a list append),
and a timer on the UI thread draws what has arrived every ``REFRESH`` seconds. So the model never
waits for drawing and a burst of tokens costs one redraw.
"""

from __future__ import annotations

from typing import Any

from textual.app import ComposeResult
from textual.content import Content
from textual.widgets import Static

from tutor.core.chats import Message
from tutor.ui.widgets.generate.common import (
    StreamCard,
    StreamInbox,
    header,
    options_line,
    stats_line,
)

CURSOR = "\u258c"


class GenerationCard(StreamCard):
    """One ``/generate`` run: header, the growing text, a status line (live, then the stats)."""

    DEFAULT_CLASSES = "message generation-card"
    DEFAULT_CSS = """
    GenerationCard .gen-header { height: auto; }
    GenerationCard .gen-text { height: auto; margin: 1 0 0 0; }
    GenerationCard .gen-status { height: auto; color: $text-muted; margin: 1 0 0 0; }
    """

    def __init__(self, command: str, payload: dict[str, Any] | None = None, **kwargs: Any) -> None:
        super().__init__(command, payload, str((payload or {}).get("model", "")), "Starting...",
                         **kwargs)
        self.text = str((payload or {}).get("text", ""))
        self.state = "finished" if payload is not None else "running"

    def compose(self) -> ComposeResult:
        yield Static(header(self.command, self.model), classes="gen-header")
        yield Static("", classes="gen-text", markup=False)
        yield Static("", classes="gen-status", markup=False)

    def on_mount(self) -> None:
        self.start_or_show()

    # ------------------------------------------------------------------ from the worker thread
    post_piece = StreamInbox.post_item

    # ------------------------------------------------------------------ UI thread
    def _flush(self) -> None:
        pieces, status = self.take_posted()
        if pieces:
            self.text += "".join(pieces)
        if self.state == "running":
            self.query_one(".gen-text", Static).update(Content(self.text + CURSOR))
        if status is not None:
            self.query_one(".gen-status", Static).update(status)
        self.query_one(".gen-header", Static).update(header(self.command, self.model))

    def _show_final(self, payload: dict[str, Any]) -> None:
        self.stop_timer()
        self.state = "finished"
        self.model = str(payload.get("model", self.model))
        self.text = str(payload.get("text", self.text))
        self.query_one(".gen-header", Static).update(header(self.command, self.model))
        shown = self.text if self.text.strip() else "(the model wrote nothing)"
        self.query_one(".gen-text", Static).update(Content(shown))
        parts = [stats_line(payload), options_line(payload.get("options") or {})]
        self.query_one(".gen-status", Static).update(" \u00b7 ".join(p for p in parts if p))
        self.set_class(payload.get("stop_reason") == "cancelled", "-stopped")

    def mark_stopped(self, message: str) -> None:
        """Stopped before any text, or failed: keep the card, say why it ends here."""
        self._flush()
        self.stop_timer()
        self.state = "stopped"
        self.query_one(".gen-text", Static).update(Content(self.text))
        self.query_one(".gen-status", Static).update(message)
        self.add_class("-stopped")


def generation_markdown(payload: dict[str, Any]) -> str:
    """What ``/export`` writes for a ``/generate`` run."""
    text = str(payload.get("text", "")).strip() or "(nothing)"
    quoted = "\n".join(f"> {line}" if line else ">" for line in text.splitlines())
    return (f"`{payload.get('command', '/generate')}`\n\n"
            f"**{payload.get('model', 'The model')}** wrote ({stats_line(payload)}):\n\n{quoted}")


def render_generation(message: Message) -> GenerationCard:
    """MESSAGE_KINDS renderer for ``generation`` messages."""
    if not message.payload:
        raise ValueError("generation message without a payload")
    return GenerationCard(str(message.payload.get("command", "/generate")), payload=message.payload)
