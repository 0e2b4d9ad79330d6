"""Honest limits, stop 28: out-of-job requests and near misses found with the fresh probes in
``benchmarks/probes/refusals-s28`` (work half) and the read failures of earlier sets, tested here
in other words.

- A piece of work or a model ordered from the tutor that names a listed untaught term ("write a
  pytorch dataloader ... i can submit") was declined as "the course does not cover pytorch
  dataloader", as if the course nearly taught it; it is refused as outside the job now, and
  "fine tune" written as two words is a training order as "fine-tune" is. A lesson asked for
  with the same term ("give me the formula for softmax") stays a near miss.
- The thing named before a pronoun's definition frame is the topic also after a lead-in about the
  learner ("as a dad i keep hearing about X on Y, what are they") and with where it was met
  after it: such questions were answered from a section that shares a word with the setting.
- A hyphenated term the course never writes ("one-hot columns") is named when the course has
  nothing for the question, instead of a bare "That isn't covered".
- A definition frame's first word is its topic whatever the learner's gloss after it: however long
  (the word was too small a share of the question to count) and whatever course passage the gloss
  matches ("what is grokking when a model suddenly generalizes" was answered from overfitting).
"""

from __future__ import annotations

import learner_judge
import pytest

from tutor.core.answering.answer import TERM_NOT_COVERED
from tutor.core.answering.requests import OUT_OF_JOB_TEXT


@pytest.mark.parametrize(
    "question",
    [
        "write a pytorch dataloader for my cat photos that i can submit on monday",
        "develop a full beam search decoder for my nlp coursework",
        "code up a beam search decoder i can submit",
        "fine tune a chatbot on our team's slack history for us",
    ],
)
def test_work_ordered_about_an_untaught_term_is_refused_not_declined(tutor, question: str) -> None:
    answer = learner_judge.converse(tutor, [question])
    assert not answer.in_scope and not answer.sources
    assert answer.text == OUT_OF_JOB_TEXT, answer.text


def test_a_lesson_asked_about_an_untaught_term_stays_a_near_miss(tutor) -> None:
    answer = learner_judge.converse(tutor, ["give me the formula for softmax"])
    assert not answer.in_scope
    assert answer.text.startswith(TERM_NOT_COVERED.split("{")[0]) and "softmax" in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "term"),
    [
        ("as a dad i keep hearing about model stealing attacks on apis, what are they", "model stealing attacks"),
        ("as a student rep i read about exam proctoring bots in schools, what are those", "exam proctoring bots"),
    ],
)
def test_a_thing_named_after_a_lead_in_is_the_topic_of_the_pronoun(tutor, question: str, term: str) -> None:
    answer = learner_judge.converse(tutor, [question])
    assert not answer.in_scope and not answer.sources
    assert answer.text.startswith(TERM_NOT_COVERED.format(term=term)), answer.text


def test_a_hyphenated_term_is_named_when_nothing_answers(tutor) -> None:
    answer = learner_judge.converse(tutor, ["how do u put shop categories into a model with one-hot columns"])
    assert not answer.in_scope and not answer.sources
    assert answer.text.startswith(TERM_NOT_COVERED.format(term="one-hot columns")), answer.text


def test_a_defined_word_is_the_topic_whatever_its_gloss(tutor) -> None:
    answer = learner_judge.converse(
        tutor, ["whats grokking, when a network suddenly gets good on new data long after memorising"]
    )
    assert not answer.in_scope and not answer.sources
    assert answer.text.startswith(TERM_NOT_COVERED.format(term="grokking")), answer.text
