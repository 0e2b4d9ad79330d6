"""Honest limits, stop 29: the edge of the course, found with the fresh probes in
``benchmarks/probes/limits-s29`` (work half), tested here in other words.

- A short factual question about everyday life whose everyday compound reads as an untaught term
  ("the interest rate on a student loan") is about another subject when its meaning is clearly
  closer (0.05) to one of ``OTHER_SUBJECTS`` than to any course passage, even below the 0.3 that
  a looser match needs: it gets the refusal saying what the tutor does, not "The course does not
  cover interest rate", which reads as if the course nearly did. Near misses made of course words
  ("attention sink", "label noise") are still declined by name.
"""

from __future__ import annotations

import learner_judge
import pytest

from tutor.core.answering.answer import NOT_COVERED, TERM_NOT_COVERED


@pytest.mark.parametrize(
    "question",
    [
        "what is the interest rate on a student loan",
        "what is the tax rate on a second home",
    ],
)
def test_an_everyday_compound_of_another_subject_is_refused(tutor, question: str) -> None:
    answer = learner_judge.converse(tutor, [question])
    assert not answer.in_scope and not answer.sources
    assert not answer.text.startswith(NOT_COVERED)
    assert not answer.text.startswith(TERM_NOT_COVERED.split("{")[0]), answer.text


@pytest.mark.parametrize(
    ("question", "term"),
    [
        ("what is an attention sink in language models", "attention sink"),
        ("what is label noise", "label noise"),
    ],
)
def test_a_near_miss_of_course_words_is_still_declined_by_name(tutor, question: str, term: str) -> None:
    answer = learner_judge.converse(tutor, [question])
    assert not answer.in_scope and not answer.sources
    assert answer.text.startswith(TERM_NOT_COVERED.format(term=term).split(".")[0]), answer.text
