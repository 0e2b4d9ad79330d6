"""Follow-ups that pick a side or an item of the previous answer, stop 33 (helper fuwhich; probes
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

import learner_judge

from tutor.core.answering.conversation import _ORDINAL, criterion


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
    assert _ORDINAL.search("what were the first ones good at")
    assert _ORDINAL.search("and the latter models?")


def test_a_pick_leaving_a_side_out_keeps_the_comparison_without_its_opening(tutor) -> None:
    answer = learner_judge.converse(tutor, ["how are gans and vaes different", "which of them gives blurrier output?"])
    assert answer.sources[0].section == "vaes#vaes-compared-with-gans", answer.text
    assert "blurrier" in answer.text and "sharper" in answer.text, answer.text
    assert not answer.text.startswith("VAEs and GANs are both generative models"), answer.text
