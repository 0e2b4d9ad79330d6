"""A new thing defined in a conversation (stop 30, lean): "what's a X" does not lean on the talk.

Worded apart from the probes; fails on the code before it: a bare definition of a thing named with
"a"/"an" in a few course words ("model", "size", "data") was short and known enough to lean
(``SearchIndex._may_lean``), and after any topic it was answered from that topic's sections
although, asked alone, the course declines it as a term it does not teach. A name the talk just
said as a phrase ("a latent space" after VAEs) still leans.
"""

from __future__ import annotations

from learner_judge import converse


def _cited(answer) -> list[str]:
    return [s.section for s in answer.sources]


def test_a_new_thing_is_declined_as_alone_after_any_topic(tutor) -> None:
    for turns in (
        ["what is a vae exactly", "what's a sample size"],
        ["how do gans learn", "whats a data pipeline"],
        ["explain overfitting to me", "what is a text classifier"],
    ):
        answer = converse(tutor, turns)
        assert not answer.in_scope and not answer.sources, (turns, _cited(answer))


def test_a_thing_the_talk_just_named_still_leans(tutor) -> None:
    answer = converse(tutor, ["what is a vae exactly", "what's a latent space"])
    assert answer.in_scope and _cited(answer)[0].startswith("vaes#")
    answer = converse(tutor, ["what is a gan", "what's a discriminator"])
    assert answer.in_scope and _cited(answer)[0].startswith("gans#")


def test_a_thing_described_by_what_it_does_is_no_pointer(tutor) -> None:
    from tutor.core.answering import conversation

    # "the gadget that ..." says what it is: the relative clause describes a thing of its own.
    assert not conversation.refers_back("is the app that recommends videos to me ai")
    assert conversation.refers_back("is the one that makes blurry pictures better")
    answer = converse(tutor, ["what is overfitting", "is the thing that sorts my photos by face machine learning"])
    assert not any(s.startswith("training-and-overfitting#") for s in _cited(answer)), _cited(answer)
