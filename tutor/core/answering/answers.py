"""What the tutor hands back: an ``Answer`` and the course ``Source`` sections it cites.

Why a module of its own: these are plain data with no ``Tutor`` in them, read by every module that
composes an answer (``answer.py``, ``comparison.py``, ``followups.py``, the declining and listing
mixins) and by the front ends and benchmarks. Kept apart from ``answer.py`` they can be imported
at the top of those modules without an import loop (``tests/test_layering.py``).
``answer.py`` re-exports them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from tutor.core import questions
from tutor.core.answering import conversation as conversation_module
from tutor.core.knowledge import Section

TERM_SHOWN = 60  # characters of an untaught term quoted back: a pasted 2,000-letter "word" is not echoed whole


def _shown(term: str) -> str:
    """``term`` as quoted back to the learner: whole when short, else cut with an ellipsis."""
    return term if len(term) <= TERM_SHOWN else term[: TERM_SHOWN - 1].rstrip() + "…"


@dataclass(frozen=True)
class Source:
    """A cited course section. ``doc`` is the lesson id, ``section`` the full section id."""

    doc: str
    section: str
    title: str
    heading: str
    score: float
    text: str

    @property
    def citation(self) -> str:
        """Shown to the learner: "Lesson title > Section heading"."""
        return f"{self.title} > {self.heading}"

    @classmethod
    def from_section(cls, section: Section, score: float) -> Source:
        return cls(
            doc=section.lesson_id,
            section=section.id,
            title=section.lesson_title,
            heading=section.heading,
            score=float(score),
            text=section.text,
        )


@dataclass
class Answer:
    question: str
    text: str
    in_scope: bool
    sources: list[Source] = field(default_factory=list)
    followups: list[str] = field(default_factory=list)
    demo: str | None = None
    notice: str | None = None  # input was cut, control characters removed, language hint...
    shape: str | None = None  # the question's shape (``shapes.SHAPES``): list, comparison...
    topic: str | None = None  # what the question was taken to be about (conversation topic)
    # A follow-up read in full ("and gans?" -> "what are gans used for"); kept by the
    # conversation, not part of the JSON form.
    reading: conversation_module.Reading | None = None

    def to_json(self) -> dict:
        """The stable machine-readable form (``tutor ask --json``). Keys never change."""
        return {
            "question": self.question,
            "answer": self.text,
            "in_scope": bool(self.in_scope),
            "sources": [
                {"doc": s.doc, "section": s.section, "score": round(float(s.score), 4)}
                for s in self.sources
            ],
            "followups": list(self.followups),
            "shape": self.shape,
            "topic": self.topic,
        }


def section_question(section: Section, variant: int = 0) -> str:
    """A question a learner could ask whose answer is this section (see ``questions``)."""
    return questions.section_question(section.heading, variant)
