"""When most of the best section is chosen, the rest of its paragraph joins (``WHOLE_WORDS``):
the sentence that answers an everyday question is often the paragraph's turn ("What the small
scale gives up ...", "If the discriminator becomes too strong ..."), which shares no words and
little meaning with the learner's phrasing. Real models, fresh questions."""

from __future__ import annotations

import re

import pytest

from tutor.core.answering import answer as answer_module
from tutor.core.answering import sentences
from tutor.core.answering.conversation import Conversation

PARAGRAPH_TURNS = [
    ("why is it so hard to get the two nets in a gan to learn in step", "too strong|too weak"),
    ("how come the tutor's little models can run on a normal computer", "gives up|rough"),
    ("what goes wrong when the learning rate is way too big", "overshoot"),
]


@pytest.mark.parametrize(("question", "needed"), PARAGRAPH_TURNS)
def test_the_paragraphs_turn_is_kept(tutor, question: str, needed: str) -> None:
    result = tutor.ask(question)
    assert re.search(needed, result.text, re.IGNORECASE), result.text
    words = len(re.sub(r"\[\d+\]", "", result.text).split())
    assert words <= answer_module.WHOLE_WORDS, words
    # Every sentence still comes from the cited section, in course order.
    section = tutor.course.section(result.sources[0].section)
    said = [s for s in section.sentences if s in result.text]
    assert said == sorted(said, key=section.sentences.index) and len(said) >= 2


def test_without_completion_the_turn_was_lost(tutor, monkeypatch) -> None:
    """The figure above is owed to completion: with it off, the GAN answer drops the turn."""
    monkeypatch.setattr(sentences, "WHOLE_WORDS", 0)
    question, needed = PARAGRAPH_TURNS[0]
    assert not re.search(needed, tutor.ask(question).text, re.IGNORECASE)


@pytest.mark.parametrize(
    ("turns", "needed"),
    [
        (["what are no-code custom chatbots", "what could go wrong with them"], "wrong or biased"),
        (["how do gans learn", "what are the downsides"], "unstable|mode collapse"),
    ],
)
def test_a_follow_up_still_gets_the_sentence_on_its_aspect(tutor, turns: list[str], needed: str) -> None:
    """After a (possibly whole-paragraph) first answer, "what could go wrong?" still gets the
    sentence on the downside: one that names a downside is spared the repeat penalty."""
    conversation = Conversation()
    for turn in turns:
        result = tutor.ask(turn, conversation)
        conversation.record(turn, result)
    assert re.search(needed, result.text, re.IGNORECASE), result.text
