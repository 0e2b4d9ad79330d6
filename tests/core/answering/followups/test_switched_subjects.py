"""Follow-ups that swap the subject ("and the discriminator?", "and the US?") after a first
question that opened with who the learner is or a story.

Stop 36 (zijc36, probes in ``benchmarks/probes/zijc36-s36``; worded apart from them and from set
ZI): the new subject replaced the learner's job ("dm here. what does the eu ai act do" -> "americans
here. what does the eu ai act do") or a word of the story before the question, so the follow-up
asked the first question again. Who the learner is, and a story before a last sentence that asks,
hold no subject to swap (``conversation._asker_bounds``).
"""

from __future__ import annotations

import learner_judge
import pytest

REG = "ethics-and-regulation#ai-regulation-the-us-executive-order-and-the-eu-ai-act"


@pytest.mark.parametrize(
    "first",
    [
        "teacher here. what does the eu ai act do",
        "baker here, writing a novel about robots. what does the eu ai act do",
        "novelist. what does the eu ai act do",
    ],
)
def test_the_other_party_after_an_introduction_is_the_new_subject(tutor, first: str) -> None:
    answer = learner_judge.converse(tutor, [first, "and the americans?"])
    assert answer.in_scope and answer.sources[0].section == REG
    assert "executive order" in answer.text.lower(), answer.text[:300]


def test_the_same_swap_without_an_introduction_is_unchanged(tutor) -> None:
    """The guard: with nothing said before the question, the swap was already right."""
    answer = learner_judge.converse(tutor, ["what does the eu ai act do", "and the americans?"])
    assert "executive order" in answer.text.lower(), answer.text[:300]


# Stop 37 (fu37, probes in ``benchmarks/probes/fu37-s37``; worded apart from them): "and the us?"
# after a question about the EU AI Act swapped the whole phrase "eu ai act" for "us", asked "what
# did the us do", and was declined as not covered. A one-word new subject stands for the phrase's
# first word when that reading is clearly the course's (``conversation._modifier_span``).
@pytest.mark.parametrize(
    "turns",
    [
        ["which uses does the eu ai act ban", "and the us?"],
        ["when was the eu ai act agreed", "what about the us"],
    ],
)
def test_a_one_word_subject_swaps_the_phrase_s_first_word(tutor, turns: list[str]) -> None:
    answer = learner_judge.converse(tutor, turns)
    assert answer.in_scope and answer.sources[0].section == REG, answer.text[:300]
    assert "executive order" in answer.text.lower(), answer.text[:300]


@pytest.mark.parametrize(
    ("turns", "section", "said"),
    [
        # The guard: a swap of the whole subject stays whole.
        (["what is supervised learning", "and reinforcement?"],
         "reinforcement-learning#agents-environments-actions-and-rewards", "agent"),
        (["how is machine learning used in healthcare", "and in finance?"],
         "industry-use-cases#finance-catching-fraud-and-handling-documents", "fraud"),
    ],
)
def test_a_whole_subject_swap_is_unchanged(tutor, turns: list[str], section: str, said: str) -> None:
    answer = learner_judge.converse(tutor, turns)
    assert answer.sources[0].section == section, answer.text[:300]
    assert said in answer.text.lower(), answer.text[:300]


# Stop 38 (fu38, probes in ``benchmarks/probes/fu38-s38``; worded apart from them and from the read
# sets): a switch to a way of learning named by a description ("the kind without labels", "the
# one where it gets points") read in full searched the description's words, which the definition
# of that way of learning repeats, so the aspect asked (its uses) was lost; with a relative
# clause or a question of its own after a comma it was refused or answered from the last section.
# The description is read by the course's name (``shapes.described_learning_kind``).
USES_UNS = "unsupervised-learning#what-unsupervised-learning-is-used-for"


@pytest.mark.parametrize(
    "turns",
    [
        ["where is supervised learning used day to day", "and the kind without labels?"],
        ["what does reinforcement learning get used for", "what about the type with no tags"],
        ["where is supervised learning used day to day", "and the sort with nothing labelled, where does that get used?"],
    ],
)
def test_a_described_way_of_learning_keeps_the_aspect(tutor, turns: list[str]) -> None:
    answer = learner_judge.converse(tutor, turns)
    assert answer.in_scope and answer.sources[0].section == USES_UNS, (answer.sources, answer.text[:300])
    assert "segmentation" in answer.text.lower()


def test_a_described_way_of_learning_with_a_clause_is_no_other_subject(tutor) -> None:
    answer = learner_judge.converse(
        tutor, ["what is reinforcement learning", "and the flavour where nobody hands it the answers?"]
    )
    assert answer.in_scope and answer.sources[0].section.startswith("unsupervised-learning#"), answer.text[:300]


def test_a_switch_naming_the_way_of_learning_is_unchanged(tutor) -> None:
    """The guard: named, the switch was already read right."""
    answer = learner_judge.converse(tutor, ["what does reinforcement learning get used for", "and unsupervised learning?"])
    assert answer.sources[0].section == USES_UNS


# Stop 39 (fu39, probes in ``benchmarks/probes/fu39-s39``; worded apart from them): a switch to a
# thing named by a description and "one" ("and the density based one, does it have any?") asks
# its question of the thing the last answer named by that description, and a count left without
# its noun ("any") is the aspect asked before (``conversation._described_one_switch``).
DBSCAN = "unsupervised-learning#when-k-means-clustering-fails-and-dbscan-helps"


@pytest.mark.parametrize(
    "turns",
    [
        ["where does k-means go wrong, what are its problems", "ok and the density one, has it got any?"],
        ["list the drawbacks of k-means clustering", "and the density-based one - does it have any?"],
    ],
)
def test_a_described_one_with_an_elliptic_count_asks_the_aspect_of_it(tutor, turns: list[str]) -> None:
    answer = learner_judge.converse(tutor, turns)
    assert answer.in_scope and answer.sources[0].section == DBSCAN, answer.sources
    assert "distance setting" in answer.text, answer.text[:400]


def test_a_described_one_switch_is_read_as_the_named_thing() -> None:
    """What the reading is, without the model: the name from the last answer's sentence."""
    from tutor.core.answering import conversation as conv
    from tutor.core.answering.search import SearchIndex
    from tutor.core.knowledge import load_course

    index = SearchIndex(load_course(), embedder=None)
    talk = conv.Conversation()
    talk.questions, talk.asked, talk.topic = ["what are the downsides of k-means"], ["what are the downsides of k-means"], "k-means"
    talk.last_answer = "K-means also goes wrong when k is chosen badly. [1] DBSCAN is a density-based alternative that grows clusters. [1]"
    reading = conv.resolve("and the density based one, does it have any?", talk, index)
    assert reading is not None and reading.subject == "DBSCAN"
    assert reading.text.rstrip("?") == "does DBSCAN have any downsides"
    # Nothing of that description in the last answer: no such reading.
    talk.last_answer = "K-means also goes wrong when k is chosen badly. [1]"
    reading = conv.resolve("and the density based one, does it have any?", talk, index)
    assert reading is None or reading.subject != "DBSCAN"


# Stop 39 (the lead's chat trial): after "what is precision" and the switch "and recall?", a
# reciprocal ("each other") asks of both subjects; read as recall alone it was declined.
@pytest.mark.parametrize(
    "turns, section, said",
    [
        (["what is precision", "and recall?", "why do they pull against each other"],
         "evaluating-models#why-fraud-and-disease-detection-need-both-precision-and-recall", "opposite directions"),
        (["whats overfitting", "what about underfitting?", "how do the two relate to each other"],
         "training-and-overfitting#overfitting-and-underfitting", "underfitting"),
    ],
)
def test_a_reciprocal_after_a_switch_asks_of_both_subjects(tutor, turns: list[str], section: str, said: str) -> None:
    answer = learner_judge.converse(tutor, turns)
    assert answer.in_scope and answer.sources[0].section == section, [s.section for s in answer.sources]
    assert said in answer.text.lower(), answer.text[:300]


def test_a_reciprocal_after_a_pair_named_at_once_keeps_that_pair(tutor) -> None:
    """ "they" after "how do the generator and discriminator work" are those two, not the GAN
    asked about before and them."""
    answer = learner_judge.converse(
        tutor, ["what is a gan", "how do the generator and discriminator work", "why do they compete with each other"]
    )
    assert answer.in_scope and answer.sources[0].section == "gans#the-generator-and-the-discriminator"


def test_a_switch_after_a_topicless_aspect_asks_that_aspect_of_the_new_subject(tutor) -> None:
    # (Stop 47, the lead's chat trial: "what is a vae", "any downsides?", "and gans?" answered what
    # GANs have been used for: the aspect question had no subject to swap.)
    from learner_judge import converse

    answer = converse(tutor, ["explain vaes to me", "any drawbacks?", "and gans?"])
    assert answer.reading is not None and answer.reading.text == "any drawbacks with gans?"
    assert "gans#why-gan-training-is-unstable-and-costly" in [s.section for s in answer.sources], answer.text
