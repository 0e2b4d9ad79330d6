"""How a message asks: opening as a question, or passing on someone else's question.

Why a module of its own: a question naming an untaught term is a near miss whatever its words,
and a question the learner passes on ("my kid asked me how netflix picks shows") is answered,
whatever its request-like ending; several request rules ask this first.
"""

from __future__ import annotations

import re

from tutor.core import regex_cache as rx

_F = re.IGNORECASE

# A question the learner passes on: "my kid asked me how netflix picks shows", "she wants to know why".
REPORTED_QUESTION = rx.compile(
    r"\b(?:asked|asks|asking|wonders?|wondered|wondering|wants?\s+to\s+know|wanted\s+to\s+know)\s+(?:me\s+|us\s+)?"
    r"(?:how|why|what|whether|if|where|when|which)\b",
    _F,
)


_ASKS_AS_QUESTION = rx.compile(
    r"^\W*(?:how|why|what|whats|what'?s|where|when|which|who|whose|is|are|isn'?t|aren'?t|does|do|did|should|was|were|"
    r"has|have|(?:can|could|would|will)(?!\s+(?:you|u)\b))\b",
    _F,
)


def reports_a_question(text: str) -> bool:
    """Does ``text`` pass on someone's question ("my brother asked how spotify picks songs, what do
    i say")? Answering it is the course's job, whatever its request-like ending."""
    return bool(REPORTED_QUESTION.search(text))


def opens_as_question(text: str) -> bool:
    """Does ``text`` open as a question ("how do i use xgboost ...", "is it true that ...") rather
    than as an order or a want ("put together a gift list", "i want a horoscope reading", "can you
    ...")? A question naming an untaught term is a near miss, whatever its words."""
    return bool(_ASKS_AS_QUESTION.match(text))
