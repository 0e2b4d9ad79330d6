"""Words spelt by ear stay the words the learner meant.

Learners spell what they hear: "desicion tree", "presicion", "linear regretion", "hallucinashun",
"jenerative", and plain words too ("acheive", "homwork", "neccesary", "beleive"). Such spellings are
often two letters from the word, beyond the one-slip typo rule, so the scope check took them for
jargon the course never teaches and declined course questions ("The course does not cover desicion
tree"). ``CourseVocabulary.spelt_by_ear`` matches them by sound (``vocabulary.sounds_alike``), strictly
enough that jargon a vowel away from a plain word ("jupyter", "convnet", "perceptron") stays unknown.
Items are written fresh for this file (not from the probe halves).
"""

from __future__ import annotations

from typing import Any

import pytest

from tutor.core.answering.scope import uncovered_term
from tutor.core.answering.vocabulary import CourseVocabulary, sounds_alike

BY_EAR = [
    # (question, lessons that answer it): each was declined, or answered from another lesson, before
    ("is a desicion tree a supervised algorithm", {"supervised-learning"}),
    ("how do i get better presicion from my fraud model", {"evaluating-models", "ml-applications"}),
    ("linear regretion, what does it predict", {"supervised-learning"}),
    ("can chatbots hallucinashun", {"hallucination"}),
    ("what is jenerative ai good for", {"what-is-generative-ai", "benefits-and-limitations"}),
    ("how to acheive high recall", {"evaluating-models"}),
    ("how does netflix reccomend films", {"ml-applications"}),
    ("how is a succesful pilot project measured", {"adoption-challenges"}),
]


def test_spellings_by_ear_sound_like_the_word_meant() -> None:
    for heard, meant in [
        ("desicion", "decision"), ("presicion", "precision"), ("regretion", "regression"),
        ("hallucinashun", "hallucination"), ("jenerative", "generative"), ("labled", "labelled"),
        ("acheive", "achieve"), ("homwork", "homework"), ("independant", "independent"), ("tommorow", "tomorrow"),
    ]:
        assert sounds_alike(heard, meant), (heard, meant)


def test_jargon_a_vowel_from_a_plain_word_is_not_a_spelling_by_ear() -> None:
    # A short word may differ only by a vowel more or less or two vowels swapped; no word by a
    # changed opening syllable; and never by other consonants.
    for jargon, plain in [
        ("jupyter", "jupiter"), ("convnet", "convent"), ("splatting", "splitting"),
        ("perceptron", "perception"), ("arima", "aroma"), ("biggan", "began"), ("mamba", "mumbai"),
    ]:
        assert not sounds_alike(jargon, plain), (jargon, plain)


def test_a_word_spelt_by_ear_is_not_an_untaught_term() -> None:
    vocabulary = CourseVocabulary(["A decision tree asks questions.", "Precision counts true alarms."])
    assert vocabulary.spelt_by_ear("desicion") == "decision"
    assert vocabulary.correct("how does a desicion tree decide") == "how does a decision tree decide"
    assert uncovered_term("how does a desicion tree decide", vocabulary) is None
    assert uncovered_term("what is presicion", vocabulary) is None
    # Jargon a vowel from a plain word stays a term.
    assert uncovered_term("what is a perceptron", vocabulary) == "perceptron"
    assert vocabulary.spelt_by_ear("decision") is None  # a course word is not a misspelling


@pytest.mark.parametrize(("question", "lessons"), BY_EAR)
def test_course_questions_spelt_by_ear_are_answered(tutor: Any, question: str, lessons: set[str]) -> None:
    answer = tutor.ask(question)
    assert answer.in_scope, answer.text
    assert answer.sources and answer.sources[0].doc in lessons, [s.section for s in answer.sources]
