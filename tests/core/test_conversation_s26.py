"""Follow-ups, stop 26: what was changed against the fresh probes in
``benchmarks/probes/followups-s26`` (work half), tested here in other words than the probes'.

- A follow-up that names with "the" a thing the last answer named, and asks nothing the last
  answer did not speak of ("what is the discriminator shown" after how a GAN is trained, "and what
  does the classifier do" after the cat pictures), is about that thing as the answer presented it.
  Searched alone, its words found the lesson's general section ("the model learns" -> what machine
  learning is), another lesson (the classifier -> image classification), or nothing at all (the
  question was declined). It now leans on the conversation as a question without a subject of its
  own does: searched with the topic, and answered so when that lands clearly better.
"""

from __future__ import annotations

import learner_judge

from tutor.core.answering import conversation as conversation_module
from tutor.core.answering.conversation import Conversation

CAT_PICTURES = "what-is-generative-ai#the-cat-pictures-example-of-generative-ai"
ADVERSARIAL = "gans#how-adversarial-training-works"
CATS_AND_DOGS = "what-is-ml#the-cats-and-dogs-example"


def test_the_thing_the_last_answer_named_is_asked_about_there(tutor) -> None:
    answer = learner_judge.converse(tutor, ["the cat photo example of generative ai", "and what does the classifier do"])
    assert answer.in_scope
    assert answer.sources[0].section == CAT_PICTURES
    assert "answers a question about it" in answer.text


def test_a_thing_named_in_the_last_answer_is_not_declined(tutor) -> None:
    answer = learner_judge.converse(tutor, ["how is a gan trained", "what is the discriminator shown"])
    assert answer.in_scope
    assert answer.sources[0].section == ADVERSARIAL
    assert "batch of real samples" in answer.text


def test_the_model_of_the_example_is_the_example_s_model(tutor) -> None:
    answer = learner_judge.converse(tutor, ["the cats and dogs example please", "what does the model learn during training"])
    assert answer.in_scope
    assert answer.sources[0].section == CATS_AND_DOGS
    assert "visual patterns" in answer.text


def test_a_term_the_last_answer_never_said_is_a_question_of_its_own(tutor) -> None:
    # "the discount factor" was not in the FrozenLake answer: searched alone, as before.
    answer = learner_judge.converse(tutor, ["how does q-learning work in frozenlake", "what is the discount factor"])
    assert answer.sources[0].section == "reinforcement-learning#maximising-cumulative-reward"
    assert "slightly below 1" in answer.text


def test_names_the_last_needs_every_word_said_and_a_thing_named_with_the() -> None:
    conversation = Conversation()
    conversation.last_answer = "The classifier receives a photo and answers a question about it."
    assert conversation_module.names_the_last("and what does the classifier do", conversation)
    # A word the answer never said: a subject of its own.
    assert not conversation_module.names_the_last("what does the classifier output", conversation)
    # No thing named with "the": "what is a photo" asks a definition afresh.
    assert not conversation_module.names_the_last("what is a photo", conversation)
    # No answer to lean on.
    assert not conversation_module.names_the_last("and what does the classifier do", Conversation())


def test_which_one_after_a_comparison_with_a_pronoun_compares_both_sides(tutor) -> None:
    """ "how is it different from a gan?" after a VAE recorded only the VAE as a subject, so
    "which one is easier to train?" was answered about the VAE alone (found in the stop's chat
    trial); both sides of a comparison are subjects now."""
    answer = learner_judge.converse(tutor, ["what's a vae", "how is it different from a gan", "which one is easier to train?"])
    assert answer.sources[0].section == "vaes#vaes-compared-with-gans", [s.section for s in answer.sources]
    assert "stable" in answer.text
