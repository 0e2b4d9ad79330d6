"""A question the learner says is not about AI is refused as another subject (stop 38, blind sets
ZO and ZP; probes in ``benchmarks/probes/zop38-s38``), tested in other words than the sets and the
probes.

"not about ai: ...", "unrelated to machine learning, ...", "this isn't about ai but ..." say
outright that what follows is another subject (``subjects.disowned_rest``). Such questions were
answered from a passage that shared a word with them or declined as a topic the course leaves out.
A bare "off topic" counts only when the course finds nothing and no untaught term is named; a
course question after either disclaimer is still answered.
"""

from __future__ import annotations

import pytest

from tutor.core.answering.refusal_texts import OTHER_SUBJECT_TEXT
from tutor.core.answering.subjects import disowned_rest


@pytest.mark.parametrize(
    "question",
    [
        "glazier here, not about ai: what thickness of glass do i need for a shower screen",
        "unrelated to machine learning, but how many calories are in a banana",
        "this isn't about ai but how do i work out how many tables a waiter can cover per shift",
        "nothing to do with ai really: what is the plural of 'cactus'",
    ],
)
def test_a_question_said_not_to_be_about_ai_is_refused(tutor, question: str) -> None:
    answer = tutor.ask(question)
    assert not answer.in_scope and not answer.sources
    assert answer.text == OTHER_SUBJECT_TEXT


def test_a_course_question_after_a_disclaimer_is_still_answered(tutor) -> None:
    # (Guards: the rest names the course's subject, or "off topic" only marks a new topic.)
    assert tutor.ask("not about ai but how does a gan make faces").in_scope
    assert tutor.ask("off topic, but how does spotify pick songs for me").in_scope


def test_an_untaught_term_after_off_topic_stays_a_near_miss(tutor) -> None:
    answer = tutor.ask("off topic: what is lightgbm")
    assert not answer.in_scope
    assert answer.text != OTHER_SUBJECT_TEXT


def test_only_a_disclaimer_disowns() -> None:
    assert disowned_rest("not about ai: what is the capital of peru") == "what is the capital of peru"
    assert disowned_rest("is the eu ai act not about ai at all?") is None
    assert disowned_rest("why is it not about ai taking jobs") is None
    assert disowned_rest("off topic, how do i bake bread") is None
    assert disowned_rest("off topic, how do i bake bread", off_topic=True) == "how do i bake bread"
