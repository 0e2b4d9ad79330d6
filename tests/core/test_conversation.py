"""Conversation state: the topic being discussed, follow-ups recognised by pronouns and by
what they lack, and the untaught-term lexicon."""

from __future__ import annotations

import pytest

from tutor.core.answering.conversation import Conversation, topic_phrase, topic_words
from tutor.core.answering.scope import NotTaught


def test_topic_is_the_learners_own_words() -> None:
    assert topic_phrase("What is Q-learning?") == "Q-learning"
    assert topic_phrase("explain gradient descent") == "gradient descent"
    assert topic_words("What's the biggest downside?") == []
    assert topic_words("any real world uses?") == []


@pytest.mark.parametrize(
    "question", ["What's the biggest downside?", "where is it used in real life?", "how do people fix it?", "examples?"]
)
def test_follow_ups_without_a_topic_are_recognised(tutor, question: str) -> None:
    assert tutor.index.is_follow_up(question)


def test_after_q_learning_how_long_to_train_stays_on_q_learning(tutor) -> None:
    conversation = Conversation()
    for question in ["What is Q-learning?", "how long does it take to train?"]:
        answer = tutor.ask(question, conversation)
        conversation.record(question, answer)
    assert answer.in_scope and answer.topic == "Q-learning"
    assert answer.sources[0].doc == "reinforcement-learning"
    assert "Q-learning" in answer.text or "Q-value" in answer.text


@pytest.mark.parametrize(
    ("turns", "wanted"),
    [
        # A bare aspect is answered by the section whose heading names that aspect.
        (["what is k-means", "weak spots?"], "unsupervised-learning#when-k-means-clustering-fails-and-dbscan-helps"),
        (["tell me about variational autoencoders", "real world uses?"], "vaes#what-vaes-are-used-for"),
        (["what are deepfakes", "are they illegal?"], "future-trends#deepfakes-and-regulation-in-the-years-ahead"),
    ],
)
def test_an_aspect_follow_up_finds_the_section_about_that_aspect(tutor, turns: list[str], wanted: str) -> None:
    conversation = Conversation()
    for question in turns:
        answer = tutor.ask(question, conversation)
        conversation.record(question, answer)
    assert answer.in_scope and wanted in [s.section for s in answer.sources], answer.text


def test_a_follow_up_that_narrows_the_topic_keeps_it(tutor) -> None:
    """ "and for a GAN in particular?" after loss functions asks about a GAN's loss, not about GANs."""
    assert tutor.index.is_follow_up("and for a gan in particular?")
    assert not tutor.index.is_follow_up("and for gans, what makes training unstable?")
    conversation = Conversation()
    for question in ["what is a loss function", "and for a gan in particular?"]:
        answer = tutor.ask(question, conversation)
        conversation.record(question, answer)
    assert answer.in_scope and "loss" in answer.text.lower(), answer.text


def test_the_catch_asks_for_the_downside() -> None:
    from tutor.core.answering import compose

    sentences = ["It learns by trial and error.", "The catch is that rewards must match the real goal."]
    assert compose.aspect_bonus("whats the catch with it", sentences)[1] > 0
    assert compose.aspect_bonus("whats the catch with it", sentences)[0] == 0


def test_a_new_topic_replaces_the_old_one(tutor) -> None:
    conversation = Conversation()
    for question in ["What is a GAN?", "what is overfitting?"]:
        answer = tutor.ask(question, conversation)
        conversation.record(question, answer)
    assert conversation.topic == "overfitting"
    assert answer.sources[0].doc == "training-and-overfitting"


def test_an_unrelated_question_is_not_glued_to_the_topic(tutor) -> None:
    conversation = Conversation()
    conversation.record("What is a GAN?", tutor.ask("What is a GAN?", conversation))
    answer = tutor.ask("is it going to rain in Paris tomorrow", conversation)
    assert not answer.in_scope


def test_a_plain_history_still_works_and_a_conversation_is_a_sequence() -> None:
    conversation = Conversation.from_history(["What is a VAE?", "what is it used for?"])
    assert conversation.topic == "VAE"
    assert list(conversation) == ["What is a VAE?", "what is it used for?"] and len(conversation) == 2


def test_untaught_terms_are_found_in_the_learners_spelling_and_taught_ones_dropped() -> None:
    lexicon = NotTaught(["batch normalization", "k-fold", "cross validation", "t-SNE", "gradient descent"],
                        ["Gradient descent lowers the loss step by step."])
    assert lexicon.find("what does Batch Normalisation do") == "Batch Normalisation"
    assert lexicon.find("how do i do k-fold cross validation") == "k-fold cross validation"
    assert lexicon.find("how does tsne draw plots") is None or lexicon.find("how does t-sne work") == "t-sne"
    assert lexicon.taught == ["gradient descent"]
    assert lexicon.find("explain gradient descent") is None
