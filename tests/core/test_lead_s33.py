"""A self-acting machine named after another topic is a subject of its own (stop 33, lead).

"how do self driving cars see" after GANs or the deepfake poster was answered from the topic's
section: its four course words were short enough to lean on the conversation
(``SearchIndex._may_lean``). Searched alone, the course names such machines only in passing.
"""

from __future__ import annotations

from tutor.core.answering.conversation import Conversation


def _after(tutor, first: str, question: str):
    conversation = Conversation()
    conversation.record(first, tutor.ask(first, conversation))
    return tutor.ask(question, conversation)


def test_a_machine_after_another_topic_is_asked_alone(tutor) -> None:
    answer = _after(tutor, "how does a gan make faces", "how do driverless cars see")
    assert not any(s.section.startswith("gans#") for s in answer.sources), answer.text
    assert "only in passing" in answer.text or not answer.in_scope, answer.text


def test_a_machine_asked_of_the_topic_still_leans(tutor) -> None:
    answer = _after(tutor, "where is reinforcement learning used", "how do self-driving cars learn with it")
    assert answer.in_scope
    assert any(s.section.startswith("reinforcement-learning#") for s in answer.sources), answer.text
