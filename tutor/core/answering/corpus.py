"""The texts the dense index embeds, by namespace: shared by search (which scores them) and
the vector builder (which ships them), so neither imports the other."""

from __future__ import annotations

from tutor.core.answering.learner import LearnerLanguage, load_learner_language
from tutor.core.knowledge import Course


def dense_texts(course: Course, learner: LearnerLanguage | None = None) -> dict[str, list[str]]:
    """The passages the dense index embeds, by namespace (also what ``build-vectors`` ships):
    chunks rank sections, sentences are scored when an answer is composed, and asks (learner
    questions, ``knowledge/asks``) rank the section they belong to."""
    if learner is None:
        learner = load_learner_language(course)
    return {
        "chunks": [c.text for c in course.chunks],
        "sentences": [sentence for s in course.sections for sentence in s.sentences],
        "asks": [ask.text for ask in learner.asks],
    }


def lexical_texts(course: Course) -> list[str]:
    """The text BM25 indexes for each section (also what ``build-vectors`` ships in
    ``index/lexical.npz``): the heading twice (it names the topic) plus the lesson title."""
    return [f"{s.heading} {s.heading} {s.lesson_title} {' '.join(s.sentences)}" for s in course.sections]
