"""The texts the dense index embeds, by namespace: shared by search (which scores them) and
the vector builder (which ships them), so neither imports the other."""

from __future__ import annotations

from tutor.core.knowledge import Course


def dense_texts(course: Course) -> dict[str, list[str]]:
    """The passages the dense index embeds, by namespace (also what ``build-vectors`` ships):
    chunks rank sections, sentences are scored when an answer is composed."""
    return {
        "chunks": [c.text for c in course.chunks],
        "sentences": [sentence for s in course.sections for sentence in s.sentences],
    }
