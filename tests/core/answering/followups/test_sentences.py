"""Follow-ups do not fill their answer with what the conversation already said (stop: shapes).

A follow-up's answer is filled to a useful length from its best section; the sentences the
learner has already read there came back as filler ("why does it happen?" after mode collapse
opened with the definition again). Now a sentence an earlier answer quoted comes back only when
it scores about as well as the best one (``answer.SAID_AGAIN_MARGIN``): it is what is asked.
Fresh conversations, not from the evaluation sets.
"""

from __future__ import annotations

import re

import learner_judge
import pytest

from tutor.core.answering.conversation import Conversation


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+", re.sub(r"\s*\[\d+\]", "", text)) if s]


def _repeats(tutor, turns: list[str]) -> tuple[int, object]:
    conversation = Conversation()
    said: set[str] = set()
    answer = None
    for turn in turns:
        answer = tutor.ask(turn, conversation)
        conversation.record(turn, answer)
        repeated = [s for s in _sentences(answer.text) if s in said]
        said |= set(_sentences(answer.text))
    return len(repeated), answer


@pytest.mark.parametrize(
    "turns, section",
    [
        (["what is mode collapse", "why does it happen"], "gans#mode-collapse-when-a-gan-loses-variety"),
        (["what is a vae latent space", "what happens if i walk between two points on it"],
         "vaes#what-the-latent-space-represents"),
    ],
)
def test_a_follow_up_repeats_at_most_its_best_sentence(tutor, turns, section) -> None:
    repeated, answer = _repeats(tutor, turns)
    assert answer.sources[0].section == section
    assert repeated <= 1, answer.text


def test_a_sentence_said_before_still_answers_when_asked_for(tutor) -> None:
    # What a too-large step does was in the first answer; asked for, it comes back.
    answer = learner_judge.converse(tutor, ["what is the learning rate", "what if it is too large"])
    assert "overshoots" in answer.text, answer.text


# --- a pronoun with one everyday word of its own ----------------------------------------------


@pytest.mark.parametrize(
    "turns, section",
    [
        (["what is a recommendation system", "why do companies love them"],
         "ml-applications#recommendation-systems-for-products-movies-and-music"),
        (["what's a deepfake", "do people actually believe them?"],
         "ethics-and-regulation#deepfakes-and-the-argentine-election-poster"),
    ],
)
def test_a_pronoun_with_one_everyday_word_stays_on_the_topic(tutor, turns, section) -> None:
    """ "why do companies love them?": "love" is plain English said about what "them" points at,
    not a subject of its own, so the question is a follow-up (it was declined as not covered)."""
    answer = learner_judge.converse(tutor, turns)
    assert answer.in_scope and answer.sources[0].section == section, answer.text


def test_a_thing_the_tutor_is_asked_to_do_is_not_a_follow_up(tutor) -> None:
    answer = learner_judge.converse(tutor, ["what is a gan", "can you sing it"])
    assert not answer.in_scope and not answer.sources


# --- a switch to a new subject ------------------------------------------------------------------


def test_a_switch_leaves_the_section_just_read_for_one_headed_by_the_new_subject(tutor) -> None:
    """ "and in customer support?" after what ML and generative AI each do in education: the
    lesson's overview (read in the last answer, naming every industry in passing) gives way to
    the section headed by customer support."""
    answer = learner_judge.converse(
        tutor, ["what jobs do ml and generative ai each do in education", "and in customer support?"]
    )
    assert answer.sources[0].section == "industry-use-cases#customer-support-sentiment-analysis-and-chatbots"
    assert "sentiment analysis" in answer.text


def test_a_switch_does_not_fill_its_answer_with_what_was_read(tutor) -> None:
    """A follow-up read in full is still asked by a learner who has read the last answer: the
    overview sentences it quoted do not come back after the new industry's own."""
    repeated, answer = _repeats(tutor, ["explain what ml and generative ai do in customer service", "and in retail?"])
    assert answer.sources[0].section == "industry-use-cases#retail-predicting-sales-and-writing-product-content"
    assert repeated == 0 and "product descriptions" in answer.text, answer.text


def test_a_switch_the_course_does_not_cover_as_read_replaces_the_whole_topic(tutor) -> None:
    """ "and temperature?" after "what is top-k sampling" was read as "what is top-k
    temperature", a compound the course never uses, and declined: the new subject replaces the
    whole topic ("what is temperature"), answered in the conversation (no paragraph again)."""
    answer = learner_judge.converse(tutor, ["what is top-k sampling", "and temperature?"])
    assert answer.in_scope and answer.sources[0].section == "language-models#sampling-temperature-top-k-and-top-p"
    assert answer.text.startswith("Temperature controls"), answer.text
    assert answer.reading is not None and answer.reading.text == "what is temperature"


def test_a_switch_to_an_untaught_subject_is_still_declined(tutor) -> None:
    answer = learner_judge.converse(tutor, ["what is a gan", "and what about beam search?"])
    assert not answer.in_scope


# --- chat particles ------------------------------------------------------------------------------


def test_chat_particles_name_no_topic() -> None:
    from tutor.core.answering.conversation import topic_words

    assert topic_words("why tho?") == []
    assert topic_words("any downsides though") == []
    assert topic_words("is that expensive btw?") == []
    assert topic_words("why is dbscan better tbh") == ["dbscan"]


def test_why_though_asks_the_reason_from_the_section_just_read(tutor) -> None:
    """ "why tho?" was taken to be about "tho", padded with two other sections of the lesson."""
    answer = learner_judge.converse(tutor, ["which skills does generative ai work need", "why tho?"])
    assert [s.section for s in answer.sources] == ["skills-and-learning-paths#skills-for-working-in-generative-ai"]
    assert "because" in answer.text
