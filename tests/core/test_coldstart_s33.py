"""Stop 33 (issue 11, cold ``tutor ask``): the course's abbreviations are found only next to a
bracket, with the same matches as the pattern tried from every position of the text."""

from __future__ import annotations

import random

from tutor.core.answering import search
from tutor.core.knowledge import load_course


def _everywhere(text: str) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in search._DEFINED_ABBREVIATION.finditer(text)]


def _by_brackets(text: str) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in search._defined_abbreviations(text)]


def test_same_matches_on_the_course():
    texts = [section.text for lesson in load_course().lessons for section in lesson.sections]
    assert sum(bool(_everywhere(t)) for t in texts) > 5
    for text in texts:
        assert _by_brackets(text) == _everywhere(text)


def test_same_matches_on_made_up_texts():
    # Nested and unclosed brackets, hyphens, digits, plurals, a word run cut by punctuation.
    pieces = ["(", ")", "(Ab", "(GAN)", "(VAEs)", "(LLM", "(A-B)", " ", "  ", "-", "_", ".", ",", "auto-encoder",
              "Generative", "adversarial", "network", "x", "Z", "s", "3D", "é", "\n", "(ML)(AI)", "(AB (CD)"]
    rng = random.Random(33)
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 25)))
        assert _by_brackets(text) == _everywhere(text), text
