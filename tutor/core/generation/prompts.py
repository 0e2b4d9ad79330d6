"""The prompt for ``ask_gen``: answer a question from retrieved course passages.

Why the passages are numbered and trimmed: a 135M-parameter model has a short attention span and
every prompt token costs time before the first word appears (about 1 ms per token here). Three
passages of at most ``PASSAGE_CHARS`` characters keep the prompt near 400 tokens. The instruction
asks for a short answer from the passages only; a model this small will still drift, which is
exactly what ``grounding.py`` then makes visible.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

MAX_PASSAGES = 3
PASSAGE_CHARS = 600

SYSTEM = (
    "You are a careful tutor. Answer the question in two or three short sentences, "
    "using only facts from the passages. If the passages do not answer it, say you do not know."
)


def passage_text(passage: Any) -> str:
    """The text of a passage: a string, or any object with ``.text`` (a retrieval ``Source``)."""
    return passage if isinstance(passage, str) else str(getattr(passage, "text", "") or "")


def passage_label(passage: Any) -> str:
    """``Title - heading`` for a retrieval ``Source``; empty for plain strings."""
    parts = [str(getattr(passage, name, "") or "").strip() for name in ("title", "heading")]
    return " - ".join(p for p in parts if p)


def _trim(text: str, limit: int) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0]
    return cut.rstrip(",;:") + " ..."


def grounded_messages(question: str, passages: Sequence[Any]) -> list[dict[str, str]]:
    """Chat messages (system + user) asking for an answer drawn from ``passages``."""
    blocks = []
    for number, passage in enumerate(list(passages)[:MAX_PASSAGES], start=1):
        text = _trim(passage_text(passage), PASSAGE_CHARS)
        if not text:
            continue
        label = passage_label(passage)
        blocks.append(f"[{number}] {label + ': ' if label else ''}{text}")
    context = "\n\n".join(blocks) if blocks else "(no passages were found)"
    user = f"Passages:\n{context}\n\nQuestion: {question.strip()}"
    return [{"role": "system", "content": SYSTEM}, {"role": "user", "content": user}]
