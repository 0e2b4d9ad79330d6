"""``/ask-gen``: the tutor's retrieved answer beside the model's generated one.

The lesson on hallucination, made visible. Left: what the tutor found in the course, with its
sources. Right: what SmolLM2 wrote from the same passages, streamed as it writes; then every
sentence that no passage supports (``tutor.core.grounding``) is marked. A plain warning on top
says why this matters. On a narrow terminal the two columns stack.
"""

from __future__ import annotations

from typing import Any

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.events import Resize
from textual.widgets import Markdown, Static

from tutor.core.chats import Message
from tutor.ui.widgets.generate.common import StreamCard, StreamInbox, header, stats_line

WIDE = 90  # card width from which the two answers sit side by side
MARK = "\u26a0"
WARNING = (f"{MARK} Generated text can be fluent and wrong. The tutor's answer repeats the course; "
           "the model writes new sentences from the same passages, and nothing checks them for truth. "
           f"Sentences no passage supports are marked {MARK}.")


def passage_label(number: int, passage: dict[str, Any]) -> str:
    title = passage.get("title") or "?"
    heading = passage.get("heading") or ""
    return f"[{number}] {title}" + (f" \u203a {heading}" if heading else "")


def marked_content(sentences: list[dict[str, Any]]) -> Content:
    """The generated answer with unsupported sentences marked (and their best passage named)."""
    parts: list[Any] = []
    for i, sentence in enumerate(sentences):
        if i:
            parts.append(" ")
        if sentence.get("supported", True):
            parts.append(sentence["sentence"])
        else:
            parts.append((f"{MARK} ", "$warning bold"))
            parts.append((sentence["sentence"], "$warning underline"))
    return Content.assemble(*parts)


def verdict(sentences: list[dict[str, Any]]) -> str:
    claims = [s for s in sentences if s.get("claim", True)]
    flagged = [s for s in claims if not s.get("supported", True)]
    if not claims:
        return "The model made no claim to check."
    if not flagged:
        return ("Every sentence has some support in the passages; that makes it likelier, "
                "not certain, to be right.")
    return (f"{MARK} {len(flagged)} of {len(claims)} sentences say something no retrieved "
            "passage says.")


class AskGenCard(StreamCard):
    """One ``/ask-gen`` question: warning, the two answers, the grounding verdict."""

    DEFAULT_CLASSES = "message askgen-card"
    DEFAULT_CSS = """
    AskGenCard .askgen-header { height: auto; }
    AskGenCard .askgen-warning { height: auto; color: $warning; margin: 1 0 0 0; }
    AskGenCard .askgen-columns { height: auto; margin: 1 0 0 0; layout: vertical; }
    AskGenCard .askgen-columns.-wide { layout: horizontal; }
    AskGenCard .askgen-column { height: auto; width: 1fr; }
    AskGenCard .askgen-columns.-wide .askgen-tutor { margin: 0 2 0 0; }
    AskGenCard .askgen-columns .askgen-model { margin: 1 0 0 0; }
    AskGenCard .askgen-columns.-wide .askgen-model { margin: 0; }
    AskGenCard .askgen-title { height: auto; text-style: bold; }
    AskGenCard .askgen-tutor-text { height: auto; margin: 0; }
    AskGenCard .askgen-sources, AskGenCard .askgen-status { height: auto; color: $text-muted; }
    AskGenCard .askgen-model-text { height: auto; }
    AskGenCard .askgen-verdict { height: auto; margin: 1 0 0 0; }
    """

    def __init__(self, command: str, tutor_answer: dict[str, Any], passages: list[dict[str, Any]],
                 payload: dict[str, Any] | None = None, **kwargs: Any) -> None:
        super().__init__(command, payload, str((payload or {}).get("model", "the language model")),
                         "Waiting for the language model...", **kwargs)
        self.tutor_answer = tutor_answer
        self.passages = passages
        self.text = str((payload or {}).get("generated", ""))

    def compose(self) -> ComposeResult:
        yield Static(header(self.command), classes="askgen-header")
        yield Static(WARNING, classes="askgen-warning", markup=False)
        with Horizontal(classes="askgen-columns"):
            with Vertical(classes="askgen-column askgen-tutor"):
                yield Static("The tutor: retrieved from the course", classes="askgen-title")
                yield Markdown(str(self.tutor_answer.get("text", "")), classes="askgen-tutor-text")
                sources = self.tutor_answer.get("sources") or []
                yield Static("\n".join(passage_label(i, s) for i, s in enumerate(sources, 1)),
                             classes="askgen-sources", markup=False)
            with Vertical(classes="askgen-column askgen-model"):
                yield Static(self._model_title(), classes="askgen-title askgen-model-title")
                yield Static("", classes="askgen-model-text", markup=False)
                yield Static("", classes="askgen-status", markup=False)
        yield Static("", classes="askgen-verdict")

    def _model_title(self) -> str:
        return f"{self.model}: generated from {len(self.passages)} passage(s)"

    def on_mount(self) -> None:
        self.start_or_show()

    def on_resize(self, event: Resize) -> None:
        self.query_one(".askgen-columns").set_class(event.size.width >= WIDE, "-wide")

    # ------------------------------------------------------------------ from the worker thread
    post_piece = StreamInbox.post_item

    # ------------------------------------------------------------------ UI thread
    def _flush(self) -> None:
        pieces, status = self.take_posted()
        if pieces:
            self.text += "".join(pieces)
            self.query_one(".askgen-model-text", Static).update(Content(self.text + "\u258c"))
        if status is not None:
            self.query_one(".askgen-status", Static).update(status)
        self.query_one(".askgen-model-title", Static).update(self._model_title())

    def _show_final(self, payload: dict[str, Any]) -> None:
        self.stop_timer()
        self.model = str(payload.get("model", self.model))
        self.passages = list(payload.get("passages", self.passages))
        self.query_one(".askgen-model-title", Static).update(self._model_title())
        sentences = list(payload.get("sentences") or [])
        text = self.query_one(".askgen-model-text", Static)
        if sentences:
            text.update(marked_content(sentences))
        else:
            text.update(Content(str(payload.get("generated", "")).strip() or "(the model wrote nothing)"))
        lines = [stats_line(payload)]
        if self.passages:
            lines.append("Passages given to the model: " +
                         "; ".join(passage_label(i, p) for i, p in enumerate(self.passages, 1)))
        self.query_one(".askgen-status", Static).update("\n".join(lines))
        stopped = payload.get("stop_reason") == "cancelled"
        self.query_one(".askgen-verdict", Static).update(
            "Stopped with Esc before the answer was finished." if stopped and not sentences
            else verdict(sentences))
        self.set_class(stopped, "-stopped")

    def mark_stopped(self, message: str) -> None:
        self._flush()
        self.stop_timer()
        self.query_one(".askgen-model-text", Static).update(Content(self.text))
        self.query_one(".askgen-status", Static).update(message)
        self.add_class("-stopped")


def ask_gen_markdown(payload: dict[str, Any]) -> str:
    """What ``/export`` writes: both answers, the marks, the warning."""
    tutor = payload.get("tutor") or {}
    lines = [f"`{payload.get('command', '/ask-gen')}`", "", f"*{WARNING}*", "",
             "**The tutor (retrieved from the course):**", "", str(tutor.get("text", "")).strip()]
    sources = tutor.get("sources") or []
    if sources:
        lines += [""] + [f"- {passage_label(i, s)}" for i, s in enumerate(sources, 1)]
    lines += ["", f"**{payload.get('model', 'The model')} (generated; may be wrong):**", ""]
    sentences = payload.get("sentences") or []
    if sentences:
        lines.append(" ".join(s["sentence"] if s.get("supported", True) else f"{MARK} *{s['sentence']}*"
                              for s in sentences))
        lines += ["", verdict(sentences)]
    else:
        lines.append(str(payload.get("generated", "")).strip() or "(nothing)")
    return "\n".join(lines)


def render_ask_gen(message: Message) -> AskGenCard:
    """MESSAGE_KINDS renderer for ``ask_gen`` messages."""
    payload = message.payload
    if not payload:
        raise ValueError("ask_gen message without a payload")
    return AskGenCard(str(payload.get("command", "/ask-gen")), dict(payload.get("tutor") or {}),
                      list(payload.get("passages") or []), payload=payload)
