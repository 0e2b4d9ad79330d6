"""Who the learner is, said AFTER the question ("what is overfitting, i'm a nurse").

Added in stop 35 (helper intro35; probes in ``benchmarks/probes/intro35-s35``), tested in other
words than the probes'. An introduction before the question was already set aside
(``shapes.introductions``); one after it was read as part of a first question, so:

- the topic of a definition ran on into the description ("precision? im a scaffolder");
- the job was taken for an untaught term ("The course does not cover groundskeeper");
- "im a X btw" (no apostrophe) after a full stop was refused as another school subject.

``shapes.trailing_introduction`` reads the forms learners use ("im a X btw", "... if that
helps", "for context i work as X", "(roofer here)", "- a midwife", "asking as a grandad", "i
work weekends at X fyi"), and ``who_asks.without_trailing_introduction`` sets it aside for first
questions and follow-ups alike, unless it is content: a worry said after the question, more said
after the job, a subject word ("- an encoder or a decoder"), one of the course's settings ("i
work in retail"), words in brackets that name no person ("(mocap)") or the learner's own work
asked about.
"""

from __future__ import annotations

import pytest

from answering.reading import chain, cited
from tutor.core.answering import shapes
from tutor.core.answering.who_asks import without_trailing_introduction

CONFUSION = "evaluating-models#precision-and-recall-computed-from-a-confusion-matrix"


@pytest.mark.parametrize(
    ("question", "rest"),
    [
        ("what is a token, im a hairdresser", "what is a token"),
        ("what is recall? i'm a groundskeeper if that helps", "what is recall?"),
        ("what is grounding? for context i work as a bus driver", "what is grounding?"),
        ("what's underfitting - a midwife", "what's underfitting"),
        ("explain top-p sampling, asking as a grandad", "explain top-p sampling"),
        ("what is a discriminator (roofer here)", "what is a discriminator"),
        ("how does pca help? i work nights at a depot fyi", "how does pca help?"),
        ("what is a loss function? im a florist, no tech background", "what is a loss function?"),
        ("what's a latent space. context: i'm a tiler", "what's a latent space."),
    ],
)
def test_a_trailing_introduction_is_read(question: str, rest: str) -> None:
    assert shapes.trailing_introduction(question)[0] == rest


@pytest.mark.parametrize(
    "question",
    [
        "i'm a nurse, could ai replace me?",  # before the question: not this rule's
        "what is overfitting? i'm worried my model does it",  # a worry, no job
        "im a nurse, how is ml used in hospitals",  # the setting, said first
        "what is overfitting? i'm a manager and mine are scared",  # more is said after the job
        "explain gans - a short version",  # no person named after the dash
    ],
)
def test_what_is_content_is_no_trailing_introduction(question: str) -> None:
    assert shapes.trailing_introduction(question) == (question, None)


def test_a_subject_word_after_a_dash_stays() -> None:
    question = "what is a vae - an encoder or a decoder"
    assert without_trailing_introduction(question) == question


def test_brackets_that_name_no_person_stay() -> None:
    question = "how does a phone unlock from a face scan (faceid)"
    assert without_trailing_introduction(question) == question
    assert without_trailing_introduction("what is a gan (as a dad)") == "what is a gan"


def test_the_topic_ends_before_who_asks(tutor) -> None:
    answer = tutor.ask("what is precision? im a scaffolder btw")
    assert answer.topic == "precision"
    assert cited(answer)[:1] == [CONFUSION]
    assert tutor.ask("explain top-p sampling, asking as a grandad").topic == "top-p sampling"


def test_the_job_said_after_is_no_untaught_term(tutor) -> None:
    answer = tutor.ask("what is recall? i'm a groundskeeper if that helps")
    assert answer.in_scope, answer.text
    assert "groundskeeper" not in answer.text
    assert cited(answer)[:1] == [CONFUSION]


def test_the_job_said_after_is_no_other_subject(tutor) -> None:
    answer = tutor.ask("what is a confusion matrix. im a welder btw")
    assert answer.in_scope, answer.text
    assert cited(answer)[:1] == [CONFUSION]


def test_in_a_follow_up(tutor) -> None:
    answer = chain(tutor, "what is a gan", "and how does it train? i'm a joiner fwiw")
    assert answer.in_scope, answer.text
    assert "gans#how-adversarial-training-works" in cited(answer)


def test_a_setting_said_after_stays(tutor) -> None:
    answer = tutor.ask("how can gen ai help? i work in retail")
    assert cited(answer)[:1] == ["industry-use-cases#retail-predicting-sales-and-writing-product-content"]
