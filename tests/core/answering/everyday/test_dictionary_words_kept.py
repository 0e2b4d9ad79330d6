"""A dictionary word is what the learner wrote, not a slip of a course word (stop 49).

The typo fixer mended any unknown word one keyboard slip from a course word, so real words the
course never uses were searched as course words: "reminder emails to late payers" as "late
papers", "is it sentient" as "sentiment", "lenders" as "leaders", "forgers" as "forgets". A
dictionary word of five letters or more now stays as written, unless the course word is the same
word spelt another way ("summarize", "unlabeled", "tradeoff"). Items written fresh for this file.
"""

from __future__ import annotations

import pytest

from tutor.core.answering.vocabulary import CourseVocabulary, spelling_variant

COURSE = [
    "Reading papers helps. Leaders decide. The model forgets. Sentiment analysis reads moods.",
    "Summarise the unlabelled data. Every trade off has a cost. The temperature setting matters.",
]


@pytest.fixture(scope="module")
def vocabulary() -> CourseVocabulary:
    return CourseVocabulary(COURSE)


@pytest.mark.parametrize("word", ["payers", "lenders", "sentient", "forgers"])
def test_a_dictionary_word_stays_as_written(vocabulary: CourseVocabulary, word: str) -> None:
    assert vocabulary.correct(f"emails to the {word}") == f"emails to the {word}"


@pytest.mark.parametrize(
    ("written", "meant"),
    [("summarize", "summarise"), ("unlabeled", "unlabelled"), ("tradeoff", "trade off"), ("temprature", "temperature")],
)
def test_other_spellings_and_slips_are_still_mended(vocabulary: CourseVocabulary, written: str, meant: str) -> None:
    assert vocabulary.correct(written) == meant


def test_spelling_variants() -> None:
    assert spelling_variant("summarize", "summarise")
    assert spelling_variant("unlabeled", "unlabelled")
    assert spelling_variant("tradeoff", "trade off")
    assert spelling_variant("practise", "practice")
    assert not spelling_variant("payers", "papers")
    assert not spelling_variant("sentient", "sentiment")
