"""Course questions wrapped in a learner's everyday life stay course questions.

Learners mention the people around them ("my grandma", "my boss"), give context before they ask,
or describe a course idea in plain words before asking about it. None of that may turn a course
question into "not covered" or a refusal, and none of it may let an everyday request through.
Items are written fresh for this file.
"""

from __future__ import annotations

from typing import Any

import pytest

from tutor.core.answering import requests
from tutor.core.answering.everyday import narrowed

FRAMED = [
    # (question, lesson that answers it)
    ("how could my granny tell a deepfake video from a real one?", "ethics-and-regulation"),
    ("my little brother asked how spotify picks songs for him, what do i say", "ml-applications"),
    ("our landlord screens tenants with an ai, could that be unfair to some groups?", "ethics-and-regulation"),
    ("my aunt runs a flower shop and can't code. could she make her own small chatbot for it?", "future-trends"),
    ("that gan thing, the forger and the art critic playing against each other. how do the two of them "
     "get better?", "gans"),
]

STILL_DECLINED = [
    "my granny wants a recipe for lemon drizzle cake",
    "my boss wants me to write up the quarterly sales report for him",
    "I loved the part on reinforcement learning! different question though: how do I descale a kettle?",
    "my nephew needs help with his long division homework",
]


def test_narrowed_readings_neutralise_people_and_split_clauses() -> None:
    readings = narrowed("my kid asked me how netflix picks shows, what do i tell him")
    assert readings[0] == "someone asked me how netflix picks shows, what do i tell him"
    assert "someone asked me how netflix picks shows" in readings
    assert narrowed("what is a gan") == []  # nothing to narrow: the question is searched as it is


def test_a_course_question_about_an_everyday_matter_is_not_refused() -> None:
    assert requests.classify("our landlord screens tenants with an ai, could that be unfair?") is None
    assert requests.classify("will people like me be able to make our own little chatbot?") is None
    # ... while the errand or the work ordered from the tutor still is
    assert requests.classify("my landlord won't return my deposit, can i sue him?") is not None
    assert requests.classify("i need you to make our newsletter for this month") is not None


@pytest.mark.parametrize(("question", "lesson"), FRAMED)
def test_framed_course_questions_are_answered(tutor: Any, question: str, lesson: str) -> None:
    answer = tutor.ask(question)
    assert answer.in_scope, answer.text
    assert answer.sources and answer.sources[0].doc == lesson, [s.section for s in answer.sources]


@pytest.mark.parametrize("question", STILL_DECLINED)
def test_everyday_requests_with_people_in_them_are_still_declined(tutor: Any, question: str) -> None:
    answer = tutor.ask(question)
    assert not answer.in_scope and not answer.sources, answer.text


def test_a_framed_question_is_answered_in_the_middle_of_a_conversation(tutor: Any) -> None:
    """In the chat a new question follows others: the narrower readings must not depend on a
    fresh conversation (the full-screen chat declined this after a near miss)."""
    from tutor.core.answering.conversation import Conversation

    conversation = Conversation()
    for question in ("explain the elbow method for k-means", "my niece asked how youtube picks videos, what do i say"):
        answer = tutor.ask(question, conversation)
        conversation.record(question, answer)
    assert answer.in_scope and answer.sources[0].doc == "ml-applications", answer.text
