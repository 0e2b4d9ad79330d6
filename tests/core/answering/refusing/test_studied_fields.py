"""A question of a discipline the learner says they study is refused as another subject (stop 40,
blind set ZV; probes in ``benchmarks/probes/zuvo40-s40``), tested in other words than the set and
the probes.

"physio student revising MSK anatomy. whats the origin, insertion and nerve supply of ..." names
its field by what the learner studies, not by "in anatomy" or "my anatomy quiz"
(``subjects.names_other_field``), and its terms ("origin insertion") looked like untaught jargon:
it was declined as a topic the course leaves out. The health and professional disciplines count
only as what is studied ("pharmacy student", "revising pharmacology"): "pharmacist here" or "for
my dental practice" is where a learner works, and such learners ask the course's questions.
"""

from __future__ import annotations

import pytest

from tutor.core.answering.refusal_texts import OTHER_SUBJECT_TEXT
from tutor.core.answering.subjects import names_other_field


@pytest.mark.parametrize(
    "question",
    [
        # Declined as "the course does not cover innervation" before.
        "sports therapy student revising MSK anatomy. whats the innervation and action of the rhomboids",
        # (Guards: refused before, by closeness to other subjects.)
        "sports science student revising anatomy. what are the attachments of the gluteus medius",
        "studying physiology for my resit: how does the loop of henle concentrate urine",
    ],
)
def test_a_studied_disciplines_question_is_refused(tutor, question: str) -> None:
    answer = tutor.ask(question)
    assert not answer.in_scope and not answer.sources, question
    assert answer.text == OTHER_SUBJECT_TEXT, answer.text


@pytest.mark.parametrize(
    "question",
    [
        "pharmacy student here. what is overfitting",
        "revising anatomy with an ai flashcard app, how does it decide which card comes next",
        "nursing student, how is machine learning used in hospitals",
    ],
)
def test_a_students_course_question_is_answered(tutor, question: str) -> None:
    assert tutor.ask(question).in_scope, question


def test_a_workplace_is_no_studied_field() -> None:
    # (Guards: where the learner works names no field of study.)
    assert not names_other_field("pharmacist here, what is a confusion matrix")
    assert not names_other_field("for my dental practice, can ai read x-rays")
    assert names_other_field("dental student revising, what's the nerve supply of the tongue")
