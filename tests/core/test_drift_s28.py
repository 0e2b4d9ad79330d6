"""Fresh questions in long chats, stop 28. Found with the probes in ``benchmarks/probes/drift-s28``
(work halves) and the lead's items, tested here in other words than either.

A question with a topic of its own, asked after a few turns, must be answered as it would be
asked alone; a real follow-up must still carry the topic.

- A word the course uses in nearly every section ("ai", "model") is no sign that a question names
  the topic again (``conversation.names_the_topic``): "can ai invent a new drug" after tumour scans
  and "is the model accurate" was answered from the section on labelled datasets first, because
  the search took it as leaning on the conversation ("ai" shared with the topic) and
  ``Tutor._keep_the_subject`` then put the topic's section in front.
- A question the course does not cover alone leans on the section just cited only when a sentence
  of that section is nearer to it than any section it finds alone (``SearchIndex._near_the_topic``):
  a question about a car-park camera after VAEs was answered from the VAE lesson.
"""

from __future__ import annotations

import learner_judge
import pytest

from tutor.core.answering.conversation import Conversation


def _first(answer) -> str | None:
    return answer.sources[0].section if answer.in_scope and answer.sources else None


@pytest.mark.parametrize(
    "turns",
    [
        ["how does ai find tumours in scans", "is the model accurate", "can ai invent a new drug"],
        ["how does ai help in shops", "what does the model predict", "can ai make a short film"],
        ["how do i grade an ai model", "what is a good score", "can ai invent a new drug"],
    ],
)
def test_a_fresh_question_sharing_only_a_course_wide_word_is_answered_as_alone(tutor, turns: list[str]) -> None:
    answer = learner_judge.converse(tutor, turns)
    alone = tutor.ask(turns[-1], Conversation())
    assert _first(answer) is not None and _first(answer) == _first(alone)


def test_the_drug_question_is_answered_from_its_own_section(tutor) -> None:
    answer = learner_judge.converse(
        tutor, ["how does ai find tumours in scans", "is the model accurate", "can ai invent a new drug"]
    )
    assert _first(answer) == "generative-ai-applications#code-audio-and-new-drug-molecules"


def test_an_everyday_question_nearer_another_lesson_does_not_lean_on_the_last_section(tutor) -> None:
    answer = learner_judge.converse(tutor, ["what is a vae", "how does a parking garage camera read my number plate"])
    assert not any(s.section.startswith("vaes#") for s in answer.sources)


@pytest.mark.parametrize(
    ("turns", "section"),
    [
        # Real follow-ups still carry the topic, course-wide words and all.
        (["what is temperature in text generation", "what happens to the ai when its turned way up"],
         "language-models#sampling-temperature-top-k-and-top-p"),
        (["what is the eu ai act", "does the act cover chatbots"],
         "ethics-and-regulation#ai-regulation-the-us-executive-order-and-the-eu-ai-act"),
        (["what is a train test split", "what ratio do people usually use"],
         "training-and-overfitting#splitting-data-into-a-training-set-and-a-test-set"),
    ],
)
def test_real_follow_ups_still_carry_the_topic(tutor, turns: list[str], section: str) -> None:
    assert _first(learner_judge.converse(tutor, turns)) == section


@pytest.mark.parametrize(
    "turns",
    [
        ["what does hallucination mean in ai", "why does the ai do it"],
        ["what is mode collapse in ai", "why does the ai do it"],
        ["what are tokens in ai", "why does the ai use them"],
    ],
)
def test_a_pronoun_follow_up_naming_only_a_course_wide_word_keeps_the_topic(tutor, turns: list[str]) -> None:
    # "the ai" / "the model" name nothing that could replace the topic "it" points back to.
    answer = learner_judge.converse(tutor, turns)
    assert answer.topic not in ("ai", "model")
    assert answer.topic == learner_judge.converse(tutor, turns[:1]).topic


@pytest.mark.parametrize(
    ("turns", "section"),
    [
        # "X, what is that?": the pronoun asks what the thing just named is.
        (["how do chatbots work", "my cousin keeps mentioning rag, what is it?"],
         "hallucination#grounding-answering-from-sources-instead-of-memory"),
        (["what is a gan", "people talk about a latent space, what is that"],
         "vaes#what-the-latent-space-represents"),
    ],
)
def test_what_is_that_after_a_named_thing_asks_about_that_thing(tutor, turns: list[str], section: str) -> None:
    assert _first(learner_judge.converse(tutor, turns)) == section
