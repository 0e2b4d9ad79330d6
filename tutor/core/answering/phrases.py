"""Which words the course writes together: in a row, or in the same sentences.

Why a module of its own: a pair of plain words the course never writes together ("validation
set", "topic modelling") may name an untaught term, while a pair it writes ("training data") or
talks about together ("disease detection": "detecting disease") is the course's own.
"""

from __future__ import annotations

from collections.abc import Iterable

from tutor.core.answering.term_names import POSSESSIVE, term_tokens
from tutor.core.words import stem, tokenize

_OPENING_LETTERS = 6  # "handwriting" and "handwritten", "recognition" and "recognise" open alike


class CoursePhrases:
    """The course, its learners' asks and glossary phrases as one string of normalised tokens:
    which word pairs it ever writes in a row."""

    def __init__(self, texts: Iterable[str], sentences: Iterable[str] = ()) -> None:
        self.text = " " + " ".join(" ".join(t for t, _, _ in term_tokens(POSSESSIVE.sub("", x))) for x in texts) + " "
        # Which course sentences hold each word stem: two words the course uses in the same
        # sentences are a pair it talks about, even when it never writes them in a row.
        self._held: dict[str, set[int]] = {}
        # ... and by a word's first letters, so other forms meet ("handwriting recognition": the
        # course "recognises handwritten digits").
        self._held_opening: dict[str, set[int]] = {}
        for number, sentence in enumerate(sentences):
            for word in set(tokenize(sentence)):
                self._held.setdefault(stem(word), set()).add(number)
                self._held_opening.setdefault(word[:_OPENING_LETTERS], set()).add(number)

    def together(self, first: str, second: str) -> int:
        """How many course sentences use both words (any form of each)."""
        return len(self._held.get(stem(first.lower()), set()) & self._held.get(stem(second.lower()), set()))

    def together_in_any_form(self, first: str, second: str) -> int:
        """How many course sentences use a word opening as each does (its first letters)."""
        held = self._held_opening
        return len(held.get(first.lower()[:_OPENING_LETTERS], set()) & held.get(second.lower()[:_OPENING_LETTERS], set()))

    def has(self, words: Iterable[str]) -> bool:
        tokens = [t for word in words for t, _, _ in term_tokens(word)]
        return f" {' '.join(tokens)} " in self.text or f" {''.join(tokens)} " in self.text
