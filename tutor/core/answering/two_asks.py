"""Two asks in one message: "what is mode collapse, and how do people get rid of it?".

Why a module of its own: a learner often asks two things at once, the second joined by "and"
("what is X, and where is it used", "why does it happen and can we make it happen less", "how does
it work and what are the downsides"). The whole question is searched as one, and its answer told
what the first ask and the section found for it say: the second ask, which another section (or
another part of the same section) answers, was dropped. ``split`` finds the two asks from the
question's words alone; ``Tutor._second_ask`` (``answer.py``) searches the second with the first
one's subject in place of its pronoun and, only when the first answer does not already say what it
asks, gives it its own short cited part.
"""

from __future__ import annotations

import re

from tutor.core import regex_cache as rx

# What opens an asking clause: a question word, an auxiliary put first, a request to explain.
_OPENER = (
    r"(?:what(?:'s|s)?|why|how|where|when|which|who|is|are|does|do|did|can|could|should|would|will"
    r"|has|have|explain|tell\s+me)"
)
_FIRST = rx.compile(rf"^\s*(?:(?:so|ok|okay|right|and|but|also)[,\s]+)?{_OPENER}\b", re.IGNORECASE)
# ", and how ...", " and also where ...", " and, if so, how ...": the join before the second ask.
_JOIN = rx.compile(
    rf"(?:,\s*|\s+)(?:and|also|plus)\s+(?:also\s+|then\s+)?(?=(?P<second>{_OPENER}\b))",
    re.IGNORECASE,
)
# A second ask that only sets the two things of the first against each other or asks about both
# together is one ask: "... and how do they differ", "and which is better", "and how are they alike".
_ONE_ASK = rx.compile(
    r"^(?:how|what|which|where|is|are|do|does)\b[^?]*\b(?:differ|different|difference|same|alike|similar|better|worse"
    r"|compare|compared|versus|vs|each|both|either|other)\b",
    re.IGNORECASE,
)
# The asking sentence: the last sentence with a question opener (a job or story said before it is
# no ask).
_SENTENCES = rx.compile(r"(?<=[.!?])\s+")
_PRONOUN = rx.compile(r"\b(?:it|its|it's|they|them|their|that|this|these|those)\b", re.IGNORECASE)
MIN_WORDS = 3  # each ask at least this many words ("and why?" is no ask of its own)
SECTION_MARGIN = 0.1  # a later section found for the second ask answers it only this close to the best
TOLD_MARGIN = 0.08  # ... with an untold sentence scored this close to the best sentence the answer told
PART_WORDS = 60  # the second ask's own part is told within about this many words


def split(question: str) -> tuple[str, str] | None:
    """The two asks of ``question`` (the first, the second) when it asks two things joined by
    "and" / "also", each opening as a question does ("what is X", "how do people fix it"); None
    for one ask ("what are the generator and the discriminator", "how do precision and recall
    differ", "what is X and how does it differ from Y")."""
    sentences = [s for s in _SENTENCES.split(question.strip()) if s]
    asking = next((s for s in reversed(sentences) if _FIRST.search(s)), None)
    if asking is None:
        return None
    joins = list(_JOIN.finditer(asking))
    if len(joins) != 1:
        return None
    join = joins[0]
    first = asking[: join.start()].strip(" ,;:-")
    second = asking[join.start("second"):].strip(" ?.!")
    if not _FIRST.search(first) or len(first.split()) < MIN_WORDS or len(second.split()) < MIN_WORDS:
        return None
    if _ONE_ASK.search(second):
        return None
    return first, second


def points_back(second: str) -> bool:
    """Does the second ask lean on the first through a pronoun ("how do people get rid of it")?"""
    return bool(_PRONOUN.search(second))


def with_subject(second: str, subject: str) -> str:
    """The second ask with its first pronoun replaced by ``subject`` ("how do people get rid of
    mode collapse"), else the ask followed by the subject."""
    if not subject:
        return second
    replaced, count = _PRONOUN.subn(subject, second, count=1)
    return replaced if count else f"{second} ({subject})"


_ASKING_HEAD = rx.compile(
    rf"^\s*(?:(?:so|ok|okay|right|and|but|also)[,\s]+)?{_OPENER}\b(?:\s+(?:exactly|actually|really|is|are|do|does|did|can|could|an?|the))*\s+",
    re.IGNORECASE,
)


def subject_of(first: str) -> str:
    """What the first ask is about: the ask without its question words ("mode collapse in a gan"
    for "what is mode collapse in a gan")."""
    return _ASKING_HEAD.sub("", first).strip() or first


def side_points_back(question: str, sides: tuple[str, ...]) -> bool:
    """Is ``question`` two asks (``split``) read as a comparison whose second side is only the
    second ask leaning on the first through a pronoun ("use them for")?"""
    return len(sides) == 2 and split(question) is not None and points_back(sides[1])


_NAME_ASKED = rx.compile(r"\b(?:called|name|term)\b", re.IGNORECASE)


def asks_its_name(subject: str) -> bool:
    """Does the first ask only ask the name of what was told ("that called", "the name for that")?"""
    return bool(_NAME_ASKED.search(subject)) and points_back(subject)
