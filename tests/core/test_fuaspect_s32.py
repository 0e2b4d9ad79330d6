"""Follow-ups, stop 32 (helper fuaspect; probes in ``benchmarks/probes/fuaspect-s32``), tested in
other words than the probes'.

- "would that be the same for generative ai?", "does the same go for X?", "is it the same in
  finance?": the previous question asked again of another subject, as "and X?" is
  (``conversation._SWITCH``); "is it the same as a gan?" stays a comparison.
- "and gen ai?" after "what does ml do for shops": one branch named alone replaces the other
  branch of the previous question, not its setting (``conversation._the_other_branch``).
- "any downsides?" after two things compared on an aspect ("on compute"): the follow-up leans on
  the two sides, not on the aspect compared (``conversation.compared_topic``).
"""

from __future__ import annotations

import learner_judge

from tutor.core.answering.conversation import (
    Conversation,
    bare_side,
    compared_topic,
    switched_subject,
)


def test_the_same_for_x_is_a_switch_of_subject() -> None:
    assert switched_subject("would that be the same for generative ai?") == (None, "generative ai")
    assert switched_subject("so does the same go for unsupervised learning") == (None, "unsupervised learning")
    assert switched_subject("is it the same in banking?") == ("in", "banking")
    for question in ("is it the same as a gan?", "is that true for chatbots?", "are they the same thing"):
        assert switched_subject(question) is None, question


def test_the_same_for_the_other_branch_asks_the_last_question_of_it(tutor) -> None:
    answer = learner_judge.converse(
        tutor, ["what are machine learning's weak spots", "would that be the same for generative ai?"]
    )
    assert answer.sources[0].section == "benefits-and-limitations#where-generative-ai-falls-short", answer.text


def test_a_branch_named_alone_replaces_the_other_branch_not_the_setting(tutor) -> None:
    answer = learner_judge.converse(tutor, ["what does ml do for shops", "and gen ai?"])
    assert answer.sources[0].section == "industry-use-cases#retail-predicting-sales-and-writing-product-content", answer.text
    assert "product descriptions" in answer.text, answer.text


def test_a_comparison_side_without_its_aspect() -> None:
    assert bare_side("cost of training an ml model") == "ml model"
    assert bare_side("training a gan on compute") == "gan"
    assert bare_side("vae") == "vae"


def test_judging_the_compared_sides_leans_on_the_sides(tutor) -> None:
    conversation = Conversation()
    first = "how does training a digit classifier compare with training a gan on compute"
    conversation.record(first, tutor.ask(first, conversation))
    assert compared_topic("any downsides?", conversation) == "digit classifier versus gan"
    assert compared_topic("why?", conversation) is None  # keeps the aspect compared
    answer = tutor.ask("any downsides?", conversation)
    assert "gans#why-gan-training-is-unstable-and-costly" in [s.section for s in answer.sources], answer.text
