"""Follow-ups that pick between the things just compared or listed ("which one's quicker?").

Follow-ups, stop 31 (helper fu; probes in ``benchmarks/probes/choice-s31``), tested in other
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

Follow-ups that pick a side or an item of the previous answer, stop 33 (helper fuwhich; probes
in ``benchmarks/probes/fuwhich-s33``), tested in other words than the probes'.

- "which of the two is simpler to train?" right after the course's comparison of GANs and VAEs
  was quoted: the sentences on training, not the comparison whole again from its opening
  (``Comparing._criterion_positions``); the pick keeps its criterion even when its words are
  aspect words (``conversation.criterion``: "which one is more stable?").
- "and the former?" right after a comparison, "ok and the second one?" after a list: what that
  one is (``conversation._asks_what_it_is``), not the comparison or the list question with it
  switched in; "the second ones" counts as an ordinal; the sentence announcing a list is no item.
- A pick that would leave a side without a sentence of its own gets the comparison whole, but
  without its opening about the pair just read first (``compose.opened_with``).
"""

from __future__ import annotations

import re

import learner_judge

from tutor.core.answering import compose
from tutor.core.answering.conversation import COMPARES, ORDINAL, criterion


def test_which_with_a_comparative_or_a_use_picks_between_the_two() -> None:
    for question in ("which one's quicker", "which trains faster", "which needs less data",
                     "so which one for my holiday snaps", "which if the groups are odd shapes",
                     "which would you recommend"):
        assert COMPARES.search(question), question
    for question in ("which is the encoder", "which is other", "which computer does it need"):
        assert not COMPARES.search(question), question


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


def test_the_pick_after_the_comparison_quotes_the_training_sentences_not_the_opening(tutor) -> None:
    answer = learner_judge.converse(tutor, ["how do gans and vaes differ", "which of the two is simpler to train?"])
    assert answer.sources[0].section == "vaes#vaes-compared-with-gans", answer.text
    assert "usually stable" in answer.text, answer.text
    assert not answer.text.startswith("VAEs and GANs are both generative models"), answer.text
    assert "crisp realism" not in answer.text, answer.text


def test_a_pick_on_an_aspect_word_keeps_it() -> None:
    assert criterion("which one is more stable?") == ["stable"]
    assert criterion("which is easier to train up?") == ["easier", "train"]
    assert criterion("which one is better?") == []
    assert criterion("how do they compare then") == []


def test_the_pick_reading_carries_the_criterion(tutor) -> None:
    answer = learner_judge.converse(tutor, ["vae or gan", "which is easier to train up?"])
    assert answer.reading is not None and "train up" in answer.reading.text, answer.reading
    assert "usually stable" in answer.text, answer.text


def test_the_former_after_a_comparison_is_what_that_one_is(tutor) -> None:
    answer = learner_judge.converse(tutor, ["how are gans different from vaes", "and the former?"])
    assert answer.reading is not None and answer.reading.text.startswith("what is"), answer.reading
    assert answer.sources[0].section.startswith("gans#"), answer.sources[0].section


def test_the_second_item_of_a_list_is_what_it_is(tutor) -> None:
    answer = learner_judge.converse(tutor, ["what are the three kinds of ml", "ok and the second one?"])
    assert answer.sources[0].section == "unsupervised-learning#learning-from-unlabelled-data", answer.text


def test_plural_ordinals_point() -> None:
    assert ORDINAL.search("what were the first ones good at")
    assert ORDINAL.search("and the latter models?")


def test_a_pick_leaving_a_side_out_keeps_the_comparison_without_its_opening(tutor) -> None:
    answer = learner_judge.converse(tutor, ["how are gans and vaes different", "which of them gives blurrier output?"])
    assert answer.sources[0].section == "vaes#vaes-compared-with-gans", answer.text
    assert "blurrier" in answer.text and "sharper" in answer.text, answer.text
    assert not answer.text.startswith("VAEs and GANs are both generative models"), answer.text
