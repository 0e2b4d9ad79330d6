"""An answer as plain data and as Markdown: what is saved, exported and copied.

Why in core: the chat app, the plain line chat and ``/copy`` all turn an answer into the same
Markdown (text with [n] citations, then the numbered sources, then follow-ups), and the plain
chat must not import Textual to do it.
"""

from __future__ import annotations

from typing import Any


def answer_to_payload(answer: Any) -> dict[str, Any]:
    """Plain data from a ``tutor.core.answering.answer.Answer`` (dataclass) or a dict."""
    if isinstance(answer, dict):
        return answer
    from dataclasses import asdict, is_dataclass

    if is_dataclass(answer):
        return asdict(answer)
    return dict(vars(answer))


def source_label(number: int, source: dict[str, Any]) -> str:
    title = source.get("title") or source.get("doc") or "?"
    heading = source.get("heading") or ""
    return f"[{number}] {title}" + (f" › {heading}" if heading else "")


def answer_markdown(payload: dict[str, Any]) -> str:
    """The answer as Markdown for /export: text, then the numbered sources, then follow-ups."""
    lines = [str(payload.get("text", "")).rstrip()]
    sources = payload.get("sources") or []
    if sources:
        lines += ["", "Sources:"]
        lines += [
            f"- {source_label(i, s)} (`{s.get('section') or s.get('doc') or ''}`)"
            for i, s in enumerate(sources, 1)
        ]
    followups = payload.get("followups") or []
    if followups:
        lines += ["", "You could ask next:"] + [f"- {q}" for q in followups]
    if payload.get("demo"):
        lines += ["", f"Try it: `/demo {payload['demo']}`"]
    return "\n".join(lines)
