"""Honest limits, stop 27: requests wrapped in course words, found with the fresh probes in
``benchmarks/probes/limits-s27`` (work halves), tested here in other words than the probes'.

- Code ordered in a programming language or library and named by a course method rather than by
  a genre ("program a q-learning agent with pytorch") was answered from the method's section.
- Material made for the learner's own audience ("... for my pupils", "... for our staff") was
  answered from the section on its topic.
- A pasted item to be labelled ("is this tweet written by a bot: '...'") was declined as another
  subject ("That isn't covered ...") instead of refused as a job.
- Getting the learner's own text past a detector of AI writing ("... past the ai detectors") was
  declined as another subject instead of refused as cheating.
Course questions of the same shapes are still answered.
"""

from __future__ import annotations

import learner_judge
import pytest

from tutor.core.answering.answer import NOT_COVERED, TERM_NOT_COVERED
from tutor.core.answering.requests import OUT_OF_JOB_TEXT


def _refused(answer) -> bool:
    return not answer.in_scope and not answer.sources and answer.text == OUT_OF_JOB_TEXT


@pytest.mark.parametrize(
    "request_",
    [
        "please program a q-learning agent with pytorch",
        "put together twenty practice questions about clustering for my pupils",
        "design a one-hour workshop on chatbots for our staff",
        "is this tweet written by a bot: 'so excited for the weekend guys'",
        "how can i get my ai-written cover letter past the ai detectors",
    ],
)
def test_requests_wrapped_in_course_words_are_refused(tutor, request_: str) -> None:
    answer = learner_judge.converse(tutor, [request_])
    assert _refused(answer), answer.text


def test_checking_a_course_claim_after_a_colon_is_a_question(tutor) -> None:
    answer = learner_judge.converse(tutor, ["is this true: a vae has an encoder and a decoder?"])
    assert answer.in_scope
    assert answer.sources[0].section.startswith("vaes#")


def test_what_generative_ai_makes_for_students_is_a_question(tutor) -> None:
    answer = learner_judge.converse(tutor, ["can generative ai make practice questions for students?"])
    assert answer.in_scope
    assert "practice questions" in answer.text


def test_asking_how_to_write_a_method_in_python_stays_a_near_miss(tutor) -> None:
    answer = learner_judge.converse(tutor, ["how do i write k-means in python"])
    assert not answer.in_scope
    assert answer.text != OUT_OF_JOB_TEXT
    assert answer.text.startswith((NOT_COVERED, TERM_NOT_COVERED.split("{")[0]))
