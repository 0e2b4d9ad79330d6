"""Honest limits, stop 29: the edge of the course, found with the fresh probes in
``benchmarks/probes/limits-s29`` (work half), tested here in other words.

- A short factual question about everyday life whose everyday compound reads as an untaught term
  ("the interest rate on a student loan") is about another subject when its meaning is clearly
  closer (0.05) to one of ``OTHER_SUBJECTS`` than to any course passage, even below the 0.3 that
  a looser match needs: it gets the refusal saying what the tutor does, not "The course does not
  cover interest rate", which reads as if the course nearly did. Near misses made of course words
  ("attention sink", "label noise") are still declined by name.
- A question declined with a bare "not covered" whose asking sentence holds one word the course,
  its asks and glossary never use, among at most five content words, names that word ("The
  course does not cover refund"); one such word among many is colour and is not named.
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


def test_a_declined_question_names_its_one_foreign_word(tutor) -> None:
    answer = learner_judge.converse(tutor, ["how do i get a chatgpt refund"])
    assert not answer.in_scope and not answer.sources
    assert answer.text.startswith(TERM_NOT_COVERED.format(term="refund").split(".")[0]), answer.text


def test_one_foreign_word_among_many_is_not_named(tutor) -> None:
    # A long question the course answers but retrieval misses: its one foreign word is colour.
    answer = learner_judge.converse(
        tutor, ["my gran asked chatgpt about her birthplace and got a book that was never written, what happened there"]
    )
    assert "birthplace" not in answer.text.lower()
