"""One question on its way through ``Tutor.ask``: what each step of answering leaves to the next.

Why a dataclass: ``ask`` is an order of decisions (requests answered before the question is read,
the question read against the conversation, searched, checked for what the course does not teach
or what is no course question, then composed), and each decision reads what earlier ones left:
the question as read, the reading of a follow-up, the search's result, an untaught term. Carried
in one object, each decision is a named step (``answer.Tutor``, ``refusing.Refusing``,
``followups.FollowingUp``) whose code keeps the names it always had: a step takes the fields it
reads into locals of the same names and writes back the ones it changes.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from tutor.core.answering.conversation import Conversation, Reading
from tutor.core.answering.search import SearchResult
from tutor.core.answering.shapes import Shape
from tutor.core.inputs import Cleaned
from tutor.core.knowledge import Section


@dataclass
class Asking:
    """The state of one question between the steps of ``Tutor.ask`` (see the module docstring)."""

    cleaned: Cleaned  # the question as typed, cleaned: ``cleaned.text`` is what the answer quotes
    notices: list[str]  # what cleaning changed, and hints added on the way (the course is in English)
    conversation: Conversation  # the conversation so far (a new one when the learner drops it)
    asked: str = ""  # the question as read: the role and manner of asking dropped, a follow-up in full
    reading: Reading | None = None  # a follow-up read in full ("and gans?" -> "what are gans used for")
    detail: bool = False  # a follow-up naming a detail of the section just read (searched as one)
    simply: bool = False  # asked to be told simply ("eli5", "in plain english"): a definition is told short
    query: str = ""  # what is searched: ``asked`` without its asking manner, the course or who asks
    shape: Shape = field(default_factory=lambda: Shape("general"))  # the question's shape (``shapes.detect``), sides typo-mended
    pointing: bool = False  # a comparison whose one side is the topic ("how does it compare with X?")
    follow: bool | None = None  # the search's follow-up switch: off, on, or left to it (None)
    thing: str = ""  # the thing searched first (without a family choice offered, or the kinds of answer)
    result: SearchResult = field(init=False, repr=False)  # retrieval's result, moved by later steps
    thing_alone: bool = False  # ``thing`` differs from ``query`` and was answered: its scores are lower
    without_words: bool = False  # in scope only without the words foreign to the course
    within: tuple[Section, list[list[str]]] | None = None  # a comparison inside the section just cited
    foreign_script: bool = False  # asked in another script: its words are not "terms"
    term: str | None = None  # an untaught term the question names
    listed: str | None = None  # ... when the not-taught lexicon lists it (or "the formula for X")
