"""Things about AI the course has no sentence on are declined by name, not answered from a
loosely related general paragraph.

Added in stop 36 (fresh probes in ``benchmarks/probes/near36-s36``, work half; tested here in
other words):
- A particular thing an AI output gets wrong ("why are ai pictures of hands so weird", "legs that
  melt" in AI videos) drew the general paragraph on image generation or text-to-video, which says
  nothing about it (``details.failed_detail``). A failure the course does describe (a doctor drawn
  only as a man, letters a model cannot count, blurry samples) is still answered.
- How much of a resource AI uses ("how much electricity does ai use") was answered from the cost
  of implementing AI in a business, which names no electricity (``details.resource_used``); the
  compute the course does describe (GPUs, computational power) is still answered.
- A half-remembered name ("lottery something?") is the one listed term it opens.
"""

from __future__ import annotations

from typing import Any

import pytest

from answering.reading import cited
from tutor.core.answering.conversation import Conversation
from tutor.core.answering.details import failed_detail, resource_used

NEVER_DESCRIBED = [
    # (question, what the decline names)
    ("how come the ai portraits my app makes always have creepy eyebrows", "eyebrows"),
    ("why do generated photos of crowds have mangled fingers", "fingers"),
    ("why does my photo app keep messing up toes in its pictures", "toes"),
    ("how much electricity does chatgpt need per answer", "electricity"),
    ("how much water do ai models use", "water"),
    ("my lecturer said the 'lottery something' explains why small networks inside big ones train well. what is it?", "lottery ticket hypothesis"),
]

DESCRIBED = [
    # (question, lessons that answer it)
    ("why do ai pictures of nurses show only women", {"benefits-and-limitations", "ethics-and-regulation"}),
    ("why can't a chatbot count letters in a word properly", {"language-models"}),
    ("why do vae pictures come out blurry", {"vaes"}),
    ("how much computing power does it take to train a big language model", {"data-and-compute", "language-models"}),
    ("how does ml forecast electricity demand for a power company", {"ml-applications", "what-is-ml"}),
]


@pytest.mark.parametrize(("question", "term"), NEVER_DESCRIBED)
def test_a_thing_the_course_never_describes_is_declined_by_name(tutor: Any, question: str, term: str) -> None:
    answer = tutor.ask(question)
    assert not answer.in_scope and not answer.sources, answer.text
    assert answer.text.startswith("The course does not cover"), answer.text
    assert term in answer.text.lower(), answer.text


@pytest.mark.parametrize(("question", "lessons"), DESCRIBED)
def test_what_the_course_does_describe_is_still_answered(tutor: Any, question: str, lessons: set[str]) -> None:
    answer = tutor.ask(question)
    assert answer.in_scope, answer.text
    assert cited(answer) and cited(answer)[0].split("#")[0] in lessons, cited(answer)


def test_how_a_generator_makes_a_thing_is_no_failure() -> None:
    # A why-question about a failure, only: how pictures of castles are made is the course's.
    written = frozenset({"castle"})
    assert failed_detail("how does midjourney make pictures of castles", frozenset()) is None
    assert failed_detail("why are ai pictures of castles so weird", written) is None
    assert resource_used("how much data does a model need", frozenset({"data"})) is None


def test_asked_after_another_topic_it_is_still_declined(tutor: Any) -> None:
    """Found trying the chat as a learner (stop 36): after "how do i bypass overfitting", the same
    question about fingers was answered from the general image-generation paragraph, because the
    check ran only with no conversation at all; it now runs whenever the question is not taken as
    a follow-up."""
    conversation = Conversation()
    first = "how do i stop my model overfitting"
    conversation.record(first, tutor.ask(first, conversation))
    answer = tutor.ask("why do generated photos of crowds have mangled fingers", conversation)
    assert not answer.in_scope and "fingers" in answer.text.lower(), answer.text


@pytest.mark.parametrize("question", [
    "a traffic model trained only on weekdays, why does it get weekends wrong",
    "why does our sales forecast always get bank holidays wrong",
])
def test_a_predictive_model_failing_on_data_it_never_saw_is_answered(tutor: Any, question: str) -> None:
    """Only a generated output the learner has seen (a picture, a video, a voice) has a "detail"
    the course may never describe; a model failing on cases missing from its data is the course's
    noisy-or-incomplete-data lesson (the weekday traffic model was declined naming "weekends")."""
    answer = tutor.ask(question)
    assert answer.in_scope, answer.text
