"""Roles for the tutor ("act as a linux terminal", "be my therapist"), and a role around a course question.

Why a module of its own: giving the tutor another role is refused, but "act as my tutor and
explain exploration vs exploitation" wraps a course question, which retrieval answers once the
role is taken off (``without_role``).
"""

from __future__ import annotations

import re

from tutor.core import regex_cache as rx

_F = re.IGNORECASE

# ---------------------------------------------------------------------------------------------
# Families added from a fresh evaluation list (tests/data/limits/requests.toml), each written
# as a structure (a verb and the kind of thing asked for, a role given to the tutor, a personal
# topic) rather than as the sentences that showed the gap.
# ---------------------------------------------------------------------------------------------

# A course question inside the request: "pretend I'm five and explain GANs", "you are my teacher:
# what is supervised learning?". Role phrasing around such a question is a style of asking, so
# the role and chat families below leave it to retrieval (harmful and jailbreak families do not).
COURSE_ASK = rx.compile(
    r"\b(?:explain\w*|teach|teaching|describe|define|clarify|walk\s+me\s+through|break\s+down|"
    r"tell\s+(?:me|us)\s+(?:about|what|how|why|the\s+difference)|help\s+me\s+understand|"
    r"what\s+(?:is|are|was|were|does|do|makes?)|what'?s|whats|how\s+(?:does|do|is|are|can|could|would)|"
    r"why\s+(?:does|do|is|are|can)|difference\s+between|"
    # "should i trust ai for medical advice": whether to trust or rely on AI is a course question
    # (how far generated answers can be believed), whatever it would be trusted with.
    r"(?:trust|rely\s+on|believe)\s+(?:an?\s+|the\s+|what\s+)?(?:ai|chatbots?|chatgpt|models?|llms?|gen\s*ai)\b)\b",
    _F,
)
# Giving the tutor another role ("act as a linux terminal", "from now on you're my girlfriend").
_ROLE = rx.compile(
    r"\b(?:pretend|role-?\s?play|you\s+are\s+now|you'?re\s+now|from\s+now\s+on\s+you|imagine\s+you(?:\s+are|'re)|"
    r"talk\s+like\s+(?:a|an|one)|speak\s+like\s+(?:a|an|one)|answer\s+as\s+if\s+you|act\s+like\s+(?:a|an|it|my)|"
    r"let'?s\s+play\s+a\s+game|for\s+the\s+rest\s+of\s+(?:this|our|the)\s+(?:chat|conversation|session)|"
    r"^\W*(?:please\s+)?(?:simulate|emulate)\s+(?:an?\s+|the\s+|my\s+)?\w+|behave\s+(?:like|as)\s+(?:an?|the|my)\s+\w+|"
    r"(?:respond|reply|answer|speak|talk|write)\s+as\s+(?:if\s+you\s+(?:were|are)\s+)?(?:an?|the|my)\s+\w+|"
    r"(?:respond|reply|answer|talk|speak|write)\s+(?:only\s+)?(?:in|like)\s+(?:a\s+)?(?:pirate|shakespeare\w*|emojis?|"
    r"rhymes?|riddles|yoda|\w+\s+speak))\b|"
    r"^\W*(?:you\s+are|you'?re)\s+(?:a\s+pirate|my\s+\w+)\b|"
    r"(?:^|\b(?:you|please|now)\s+)act\s+as\b",
    _F,
)
# A role for the tutor: "be my personal trainer", "be my therapist for a bit"; games.
ROLE_9 = rx.compile(
    r"^\W*(?:(?:can|could|will|would)\s+(?:you|u)\s+)?be\s+my\s+\w+|"
    r"\blet'?s\s+play\b(?!\s+(?:with|around))|^\W*play\s+\w+\s+(?:\w+\s+)?with\s+me\b|\bplay\s+(?:\d+|twenty)\s+questions\b|"
    # a persona given a name to play ("play a grumpy robot called Bolt"), or a part to play
    r"^\W*(?:(?:can|could|will|would)\s+(?:you|u)\s+)?play\s+(?:a|an|the|my)\s+(?:[\w'-]+\s+){0,3}?(?:called|named)\b|"
    r"^\W*(?:(?:can|could|will|would)\s+(?:you|u)\s+)?play\s+(?:the\s+)?(?:role|part)\s+of\b",
    _F,
)
ABOUT_COURSE = rx.compile(r"\b(?:course|lessons?|tutor|topics?)\b", _F)


# A role or persona wrapped around a course question: "act as my tutor and explain ...", "pretend
# I'm a beginner and ...", "you are my teacher: ...", "as a machine learning student, ...".
_ROLE_WRAPPER = rx.compile(
    r"^\W*(?:(?:ok|okay|so|hey|hi)\W+)?(?:please\s+)?(?:"
    r"(?:act|behave)\s+(?:as|like)\s+(?:a|an|my|the)\s+[\w'\s-]{1,40}?|"
    r"(?:pretend|imagine)\s+(?:that\s+)?(?:i'?m|i\s+am|im|i\s+know|you'?re|you\s+are)\s+[\w'\s-]{1,40}?|"
    r"(?:you\s+are|you'?re)\s+(?:a|an|my|the)\s+[\w'\s-]{1,30}?|"
    r"as\s+(?:a|an)\s+[\w'\s-]{1,40}?"
    r")\s*(?:[:,;.!-]+\s*(?:and\s+|so\s+|now\s+)?|\s+and\s+(?:then\s+)?)(?=\w)",
    _F,
)


def without_role(text: str) -> str:
    """``text`` without a leading role or persona around a course question (for retrieval: "act as
    my tutor and explain exploration vs exploitation" -> "explain exploration vs exploitation").
    Only for text ``classify`` lets through; the rest must still hold a question."""
    stripped = _ROLE_WRAPPER.sub("", text, count=1)
    return stripped if stripped != text and len(stripped.split()) >= 2 else text
