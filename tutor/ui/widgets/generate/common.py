"""Small pieces shared by the generation cards (headers, token labels, stats lines)."""

from __future__ import annotations

import json
import threading
from typing import Any

from textual.containers import Vertical
from textual.content import Content
from textual.timer import Timer

REFRESH = 0.08  # seconds between redraws of a streaming card


def token_label(text: str) -> str:
    """A token as a quoted literal so leading spaces and newlines are visible (``" Paris"``)."""
    return json.dumps(text, ensure_ascii=False)


def header(command: str, model: str = "") -> Content:
    parts: list[Any] = [("\u25b6 ", "bold"), (command, "bold")]
    if model:
        parts.append((f"  {model}", "$text-muted"))
    return Content.assemble(*parts)


def stats_line(payload: dict[str, Any]) -> str:
    """``42 tokens · 14.8 tokens/s · seed 123 · ended by the model``."""
    reasons = {"end": "ended by the model", "max_tokens": "reached --max-tokens",
               "cancelled": "stopped with Esc"}
    parts = [f"{payload.get('tokens', 0)} tokens"]
    if payload.get("tokens_per_second"):
        parts.append(f"{payload['tokens_per_second']:.1f} tokens/s")
    if payload.get("seed") is not None:
        parts.append(f"seed {payload['seed']}")
    reason = reasons.get(str(payload.get("stop_reason")), "")
    if reason:
        parts.append(reason)
    return " \u00b7 ".join(parts)


def options_line(options: dict[str, Any]) -> str:
    if not options:
        return ""
    if options.get("temperature") == 0:
        return "greedy (temperature 0)"
    return (f"temperature {options.get('temperature')} \u00b7 top-k {options.get('top_k') or 'off'} "
            f"\u00b7 top-p {options.get('top_p')}")


class StreamInbox:
    """Mixin for a card the job's thread streams into (tokens, explain steps, status lines).

    Why: the worker thread must never touch widgets, and a redraw per token would flood the
    UI. The thread only drops items into this inbox (thread-safe); the card drains it on its
    own timer (``REFRESH``) with :meth:`take_posted` and redraws once per batch.
    """

    model: str

    def init_inbox(self, status: str | None) -> None:
        self._inbox_lock = threading.Lock()
        self._inbox: list[Any] = []
        self._inbox_status: str | None = status

    def post_item(self, item: Any) -> None:
        with self._inbox_lock:
            self._inbox.append(item)

    def post_status(self, message: str) -> None:
        self._inbox_status = message

    def post_model(self, name: str) -> None:
        self.model = name

    def take_posted(self) -> tuple[list[Any], str | None]:
        """The items posted since the last call, and the newest status line (None: unchanged)."""
        with self._inbox_lock:
            items, self._inbox = self._inbox, []
        status, self._inbox_status = self._inbox_status, None
        return items, status


class StreamCard(StreamInbox, Vertical):
    """What every generation card shares: the left border (amber once stopped), the command and
    payload it was made from, the inbox and the redraw timer.

    Why one base: the three cards differ only in what they draw; the life cycle (stream, then
    finish or stop, or redraw a saved payload on resume) is the same.
    """

    DEFAULT_CSS = """
    StreamCard { height: auto; border-left: thick $secondary; padding: 0 0 0 1; }
    StreamCard.-stopped { border-left: thick $warning; }
    """

    payload: dict[str, Any] | None

    def __init__(self, command: str, payload: dict[str, Any] | None, model: str, status: str,
                 **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.command = command
        self.payload = payload
        self.model = model
        self.init_inbox(status)
        self._timer: Timer | None = None

    def start_or_show(self) -> None:
        """On mount: redraw a saved run, or start draining the inbox of a live one."""
        if self.payload is not None:
            self._show_final(self.payload)
        else:
            self._timer = self.set_interval(REFRESH, self._flush)
            self._flush()

    def stop_timer(self) -> None:
        if self._timer is not None:
            self._timer.stop()

    def finish(self, payload: dict[str, Any]) -> Any:
        """The run ended (naturally or with Esc): show the exact result and its numbers."""
        self._flush()
        self.payload = payload
        self._show_final(payload)

    def _flush(self) -> Any:
        raise NotImplementedError

    def _show_final(self, payload: dict[str, Any]) -> None:
        raise NotImplementedError
