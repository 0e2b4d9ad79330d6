"""Honest limits, stop 29: the edge of the course, found with the fresh probes in
``benchmarks/probes/limits-s29`` (work half), tested here in other words.

- A question declined with a bare "not covered" whose asking sentence holds one word the course,
  its asks and glossary never use, among at most five content words, names that word ("The
  course does not cover refund"); one such word among many is colour and is not named.
"""

from __future__ import annotations

import learner_judge

from tutor.core.answering.answer import TERM_NOT_COVERED


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
