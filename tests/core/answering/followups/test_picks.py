"""Follow-ups, stop 31 (helper fu; probes in ``benchmarks/probes/choice-s31``), tested in other
words than the probes'.

- After two things were compared, "which one's quicker?", "which trains faster", "which one if
  ...", "which would you recommend" pick between them (``conversation._WHICH_PICKS``): read as
  the comparison asked again with the learner's criterion, not as a question of its own ("which
  is quicker" alone was refused as an everyday question).
- "what goes wrong if you turn it right up?": the sentence on the setting pushed far ("a high
  temperature ... drift into nonsense"), said or not (``compose.names_asked_too_much``).
- "what does that cost?": the sentence that says the hardware or computation it takes
  (the "cost" aspect), not the one that names the topic.
- "how would you even tell?" right after a follow-up that pointed back and moved to another
  section: asked of that section when it speaks to it (``FollowingUp._aspect_section``).
"""

from __future__ import annotations

import re

import learner_judge

from tutor.core.answering import compose
from tutor.core.answering.conversation import _COMPARES


def test_which_with_a_comparative_or_a_use_picks_between_the_two() -> None:
    for question in ("which one's quicker", "which trains faster", "which needs less data",
                     "so which one for my holiday snaps", "which if the groups are odd shapes",
                     "which would you recommend"):
        assert _COMPARES.search(question), question
    for question in ("which is the encoder", "which is other", "which computer does it need"):
        assert not _COMPARES.search(question), question


def test_which_is_quicker_after_two_things_is_answered(tutor) -> None:
    answer = learner_judge.converse(tutor, ["gan versus vae?", "which is quicker to get stable"])
    assert answer.in_scope, answer.text
    assert re.search(r"usually stable", answer.text), answer.text


def test_a_setting_pushed_far_after_its_definition(tutor) -> None:
    answer = learner_judge.converse(tutor, ["how does temperature work in sampling", "and if i turn it right up?"])
    assert re.search(r"nonsense", answer.text), answer.text


def test_what_it_costs_to_train_the_topic(tutor) -> None:
    assert "cost" in compose.asked_aspects("how pricey is that")
    answer = learner_judge.converse(tutor, ["what's a transformer based chatbot like gpt", "what does one cost to train"])
    assert re.search(r"many GPUs|days or weeks", answer.text), answer.text


def test_noticing_what_the_last_follow_up_moved_to(tutor) -> None:
    # The second turn points back ("they") and is answered by mode collapse; "how would you even
    # tell?" asks how that is noticed, not how the GAN's parts spot fakes.
    answer = learner_judge.converse(tutor, [
        "explain generative adversarial networks", "what happens when they keep drawing the same digit",
        "how would you even tell?",
    ])
    assert re.search(r"compared for variety", answer.text), answer.text


def test_how_to_tell_after_a_question_of_its_own_stays_on_the_topic(tutor) -> None:
    answer = learner_judge.converse(tutor, ["why do chatbots invent facts", "how would i know it's happening"])
    assert re.search(r"claims to check|checking sources|twice|different words", answer.text), answer.text
