"""``/generate --explain``: sampling made visible, one step at a time.

Each step shows the likeliest next tokens with their probabilities as bars and highlights the
one that was picked; candidates that top-k/top-p filtered out are dimmed, and a token drawn from
outside the top list is added below it. The steps arrive from the worker thread through
``post_step`` (plain dicts, ``dataclasses.asdict(ExplainStep)``) and are drawn by a timer.
"""

from __future__ import annotations

from typing import Any

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import Static

from tutor.core.chats import Message
from tutor.ui.widgets.generate.common import (
    REFRESH,
    StreamCard,
    StreamInbox,
    header,
    options_line,
    token_label,
)

BAR = 20  # characters for a probability of 1
LABEL = 16  # characters for a token label
PROBABILITY_NOTE = ("Probabilities are the model's, after temperature and before top-k/top-p; "
                    "the highlighted token is the one chosen.")


def _bar(probability: float) -> str:
    cells = probability * BAR
    full = int(cells)
    return "\u2588" * full + ("\u258c" if cells - full >= 0.5 else "")


def _label(text: str) -> str:
    label = token_label(text)
    return label if len(label) <= LABEL else label[: LABEL - 2] + "\u2026\""


def _row(marker: str, text: str, probability: float, note: str, style: str) -> tuple[str, str]:
    line = f"{marker} {_label(text):<{LABEL}} {_bar(probability):<{BAR}} {probability * 100:6.2f}%"
    return (f"{line}  {note}".rstrip() + "\n", style)


def step_content(step: dict[str, Any]) -> Content:
    """One step as styled text (the same for a live card and one redrawn from history)."""
    chosen = step["chosen"]
    context = step.get("context", "")
    shown = ("\u2026" if len(context) > 40 else "") + context[-40:]
    parts: list[Any] = [(f"Step {step['step']}", "bold"), (f"  after {token_label(shown)}\n", "$text-muted")]
    for rank, ((text, probability), kept) in enumerate(zip(step["candidates"], step["kept"]), 1):
        if rank == chosen["rank"]:
            how = ("greedy: the top token" if step.get("greedy") else
                   "the only token left after filtering" if step["pool_size"] == 1 else
                   f"drawn from {step['pool_size']} kept tokens")
            parts.append(_row("\u25b6", text, probability, f"chosen ({how})", "bold reverse"))
        else:
            parts.append(_row(" ", text, probability, "" if kept else "filtered out",
                              "" if kept else "$text-muted"))
    if chosen["rank"] > len(step["candidates"]):
        parts.append(("  \u22ee\n", "$text-muted"))
        parts.append(_row("\u25b6", chosen["text"], chosen["probability"],
                          f"chosen: rank {chosen['rank']}, drawn from {step['pool_size']} kept tokens",
                          "bold reverse"))
    if step.get("stop"):
        parts.append(("  (the model ended its answer here)\n", "$text-muted"))
    return Content.assemble(*parts).rstrip()


class ExplainCard(StreamCard):
    """A ``/generate --explain`` run: one block per step, then the text written."""

    DEFAULT_CLASSES = "message explain-card"
    DEFAULT_CSS = """
    ExplainCard .explain-header, ExplainCard .explain-note { height: auto; }
    ExplainCard .explain-note { color: $text-muted; }
    ExplainCard .explain-steps { height: auto; margin: 1 0 0 0; }
    ExplainCard .explain-step { height: auto; margin: 0 0 1 0; }
    ExplainCard .explain-status { height: auto; color: $text-muted; }
    ExplainCard .explain-text { height: auto; margin: 0 0 1 0; }
    """

    def __init__(self, command: str, payload: dict[str, Any] | None = None, **kwargs: Any) -> None:
        super().__init__(command, payload, str((payload or {}).get("model", "")), "Starting...",
                         **kwargs)
        self.steps: list[dict[str, Any]] = []

    def compose(self) -> ComposeResult:
        yield Static(header(self.command, self.model), classes="explain-header")
        yield Static(PROBABILITY_NOTE, classes="explain-note", markup=False)
        yield Vertical(classes="explain-steps")
        yield Static("", classes="explain-text")
        yield Static("" if self.payload else "Starting...", classes="explain-status",
                     markup=False)

    async def on_mount(self) -> None:
        # Empty parts take no room: while the model loads the card is its header, the note
        # and one status line (not three blank lines).
        self.query_one(".explain-steps").display = bool(self.payload and self.payload.get("steps"))
        self.query_one(".explain-text").display = self.payload is not None
        if self.payload is not None:
            await self._add_steps(list(self.payload.get("steps", [])))
            self._show_final(self.payload)
        else:
            self._timer = self.set_interval(REFRESH, self._flush)

    # ------------------------------------------------------------------ from the worker thread
    post_step = StreamInbox.post_item

    # ------------------------------------------------------------------ UI thread
    async def _flush(self) -> None:
        steps, status = self.take_posted()
        if steps:
            await self._add_steps(steps)
        if status is not None:
            self.query_one(".explain-status", Static).update(status)
        self.query_one(".explain-header", Static).update(header(self.command, self.model))

    async def _add_steps(self, steps: list[dict[str, Any]]) -> None:
        self.steps.extend(steps)
        area = self.query_one(".explain-steps", Vertical)
        area.display = area.display or bool(steps)
        await area.mount_all([Static(step_content(s), classes="explain-step") for s in steps])

    async def finish(self, payload: dict[str, Any]) -> None:
        await self._flush()
        self.payload = payload
        self._show_final(payload)

    def _show_final(self, payload: dict[str, Any]) -> None:
        self.stop_timer()
        self.model = str(payload.get("model", self.model))
        self.query_one(".explain-header", Static).update(header(self.command, self.model))
        self.query_one(".explain-text").display = True
        self.query_one(".explain-text", Static).update(Content.assemble(
            ("Text written: ", "bold"), token_label(str(payload.get("text", "")))))
        status = [f"{len(payload.get('steps', []))} steps", options_line(payload.get("options") or {})]
        if payload.get("seed") is not None:
            status.append(f"seed {payload['seed']}")
        if payload.get("stop_reason") == "cancelled":
            status.append("stopped with Esc")
        self.query_one(".explain-status", Static).update(" \u00b7 ".join(p for p in status if p))
        self.set_class(payload.get("stop_reason") == "cancelled", "-stopped")

    async def mark_stopped(self, message: str) -> None:
        await self._flush()
        self.stop_timer()
        self.query_one(".explain-status", Static).update(message)
        self.add_class("-stopped")


def explain_markdown(payload: dict[str, Any]) -> str:
    """What ``/export`` writes: a small table per step."""
    lines = [f"`{payload.get('command', '/generate --explain')}`", "",
             f"**{payload.get('model', 'The model')}**, step by step. {PROBABILITY_NOTE}", ""]
    for step in payload.get("steps", []):
        chosen = step["chosen"]
        lines += [f"Step {step['step']}:", "", "| token | probability | |", "|---|---|---|"]
        for rank, ((text, probability), kept) in enumerate(zip(step["candidates"], step["kept"]), 1):
            mark = "**chosen**" if rank == chosen["rank"] else ("" if kept else "filtered out")
            lines.append(f"| `{token_label(text)}` | {probability * 100:.2f}% | {mark} |")
        if chosen["rank"] > len(step["candidates"]):
            lines.append(f"| `{token_label(chosen['text'])}` | {chosen['probability'] * 100:.2f}% | "
                         f"**chosen** (rank {chosen['rank']}) |")
        lines.append("")
    lines.append(f"Text written: `{token_label(str(payload.get('text', '')))}`")
    return "\n".join(lines)


def render_explain(message: Message) -> ExplainCard:
    """MESSAGE_KINDS renderer for ``generation_explain`` messages."""
    if not message.payload:
        raise ValueError("explain message without a payload")
    return ExplainCard(str(message.payload.get("command", "/generate --explain")), payload=message.payload)
