"""Follow-ups not recognised as follow-ups (stop 28, helper fudetect).

A question with no pronoun that asks about a detail one sentence of the section just cited
states, in that sentence's words, leans on the conversation when, searched alone, it leaves the
lesson under discussion (``conversation.asks_a_quoted_detail``, ``SearchIndex.search``). Each
test is worded apart from the probes and the mined cases and fails on the code before it.
"""

from __future__ import annotations

import learner_judge


def _cited(answer) -> list[str]:
    return [s.section for s in answer.sources]


def test_a_detail_of_the_quoted_section_stays_on_it(tutor) -> None:
    # "people who can evaluate large language models" is a need of the skills gap; alone the
    # words found what makes a language model large.
    answer = learner_judge.converse(tutor, ["why is there an ai skills gap", "who can evaluate large language models"])
    assert _cited(answer)[0] == "adoption-challenges#the-ai-skills-gap"


def test_a_subject_another_section_heads_is_asked_afresh(tutor) -> None:
    # The skills gap names large language models too, but a section is headed by them.
    answer = learner_judge.converse(tutor, ["why is there an ai skills gap", "what makes a language model large"])
    assert _cited(answer)[0] == "language-models#what-makes-a-language-model-large"


def test_a_detail_the_lesson_places_alone_is_left_to_the_search(tutor) -> None:
    # "The encoder is not needed for generation at all": a sibling in the lesson under
    # discussion says it, and the search alone finds it.
    answer = learner_judge.converse(tutor, ["how does a vae produce new images", "is the encoder still used when generating"])
    assert "vaes#generating-new-samples-from-the-latent-space" in _cited(answer)


def test_an_adjectives_degrees_match_the_quoted_sentence(tutor) -> None:
    # "the riskier the use ..., the stricter the rules": "strictest" asks that sentence's detail.
    from tutor.core.answering import conversation as conversation_module
    from tutor.core.answering.conversation import Conversation

    conversation = Conversation()
    question = "what did the eu agree on ai in december 2023"
    conversation.record(question, tutor.ask(question, conversation))
    assert conversation_module.asks_a_quoted_detail("where are the rules strictest", conversation, tutor.index)
    assert not conversation_module.asks_a_quoted_detail("where are the rules kindest", conversation, tutor.index)
