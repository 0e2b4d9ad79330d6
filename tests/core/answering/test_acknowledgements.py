"""An acknowledgement said alone ("thanks", "ok got it", "cool, makes sense") asks nothing: it gets
a short reply and no passage, not another passage on the topic (as a follow-up) nor a refusal as
small talk. Said with a question ("thanks, but why does it happen?") it is a question."""

from __future__ import annotations

import pytest

from tutor.core.answering import refusal_texts, requests
from tutor.core.answering.conversation import Conversation


@pytest.mark.parametrize(
    "text", ["thanks", "Thank you!", "cool thanks", "ok got it", "ty", "great, that helps", "makes sense, thanks :)", "cheers mate", "ok"]
)
def test_an_acknowledgement_is_answered_briefly(text: str) -> None:
    refusal = requests.classify(text)
    assert refusal is not None and refusal.text == refusal_texts.THANKS_TEXT and refusal.text in refusal_texts.TEXTS


@pytest.mark.parametrize(
    "text", ["thanks, but why does it happen?", "ok so what is a vae", "is it ok to use ai for homework", "great question: what is a gan"]
)
def test_a_question_after_the_thanks_is_still_a_question(text: str) -> None:
    refusal = requests.classify(text)
    assert refusal is None or refusal.text != refusal_texts.THANKS_TEXT


def test_thanks_in_a_conversation_quotes_nothing_and_keeps_the_topic(tutor) -> None:
    conversation = Conversation()
    for turn in ["what is a gan", "thanks"]:
        answer = tutor.ask(turn, conversation)
        conversation.record(turn, answer)
    assert not answer.in_scope and not answer.sources and answer.text == refusal_texts.THANKS_TEXT
    after = tutor.ask("what are its downsides", conversation)
    assert after.sources[0].doc == "gans"
