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
- A course method applied to the learner's own things ("just cluster my spotify playlist into
  moods"), their answers marked ("mark my worksheet answers ..."), a name for their venture ("what
  should we call our ai podcast") were answered from a section on the method or the topic.
Course questions of the same shapes are still answered, also when the order frames a question
("use a decision tree on my data, is that supervised?").

Near misses:
- A listed term qualified by the word before it ("the point of graph pooling") was named without
  the qualifier ("does not cover pooling"); the learner now reads back their own phrase.
- A thing named before a definition frame that holds only a pronoun ("i read about federated
  averaging, what is it") was declined without naming it; it is now the frame's topic.
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
        "just cluster my spotify playlist into moods",
        "mark my worksheet answers on precision and recall",
        "what should we call our ai podcast",
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


def test_a_course_method_used_on_the_learner_s_device_is_a_question(tutor) -> None:
    answer = learner_judge.converse(tutor, ["can you train a model on my laptop"])
    assert answer.in_scope
    assert "laptop" in answer.text


def test_a_qualified_untaught_term_is_named_as_the_learner_wrote_it(tutor) -> None:
    answer = learner_judge.converse(tutor, ["what is the point of graph pooling"])
    assert not answer.in_scope and not answer.sources
    assert answer.text.startswith(TERM_NOT_COVERED.format(term="graph pooling"))


def test_a_term_named_before_a_pronoun_question_is_named_back(tutor) -> None:
    for question, term in [
        ("i read about federated averaging, what is it", "federated averaging"),
        ("my teacher mentioned swarm intelligence, what does that mean", "swarm intelligence"),
    ]:
        answer = learner_judge.converse(tutor, [question])
        assert not answer.in_scope and not answer.sources
        assert answer.text.startswith(TERM_NOT_COVERED.format(term=term)), answer.text


def test_a_course_topic_named_before_a_pronoun_question_is_answered(tutor) -> None:
    answer = learner_judge.converse(tutor, ["i heard about mode collapse, what is it"])
    assert answer.in_scope
    assert answer.sources[0].section == "gans#mode-collapse-when-a-gan-loses-variety"


@pytest.mark.parametrize(
    ("question", "section"),
    [
        ("use a decision tree on my data, is that supervised?", "supervised-learning#"),
        ("design a spam filter for my company, which steps come first", "supervised-learning#"),
        ("make a recommendation system for my shop, what data do i need", "ml-applications#"),
    ],
)
def test_an_order_that_frames_a_course_question_is_answered(tutor, question: str, section: str) -> None:
    answer = learner_judge.converse(tutor, [question])
    assert answer.in_scope
    assert answer.sources[0].section.startswith(section)
