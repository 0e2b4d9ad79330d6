"""Follow-ups, stop 26: a second subject of the course as the setting of the topic. Found with the
fresh probes in ``benchmarks/probes/settings-s26`` (work half) and the lead's three items, tested
here in other words than either.

A follow-up that keeps the topic as its subject ("it", "that", "the act", the topic named again)
and brings another subject the course teaches only as its setting ("can that happen with chatbots
as well?" after overfitting) was answered from a section about the setting alone: the setting's
words, and the glossary terms they expand to ("chatbots" -> "large language model"), outweighed
the topic, appended once. ``Tutor._keep_the_subject`` answers from a section that states the topic
and speaks of the setting (the topic in that setting) when the course has one, else from the
topic's own section. Genuine switches, comparisons and a setting the course treats for the topic
("can gans make music?") are answered as before.
"""

from __future__ import annotations

import learner_judge
import pytest

OVERFITTING = "training-and-overfitting#overfitting-and-underfitting"
REGULATION = "ethics-and-regulation#ai-regulation-the-us-executive-order-and-the-eu-ai-act"
CLUSTERING = "unsupervised-learning#clustering-groups-similar-data-points"
TOKENS = "language-models#tokens-the-pieces-of-text-a-model-reads-and-writes"


def _first_cited(tutor, turns: list[str]) -> str:
    answer = learner_judge.converse(tutor, turns)
    assert answer.in_scope and answer.sources
    return answer.sources[0].section


@pytest.mark.parametrize(
    ("turns", "section"),
    [
        (["what is overfitting", "can that happen with chatbots as well?"], OVERFITTING),
        (["what is underfitting", "does it happen with spam filters too"], OVERFITTING),
        (["what is the eu ai act", "does the act cover chatbots"], REGULATION),
        (["what is clustering", "does clustering work for spam filters"], CLUSTERING),
        (["what are tokens", "do spam filters use them too"], TOKENS),
    ],
)
def test_the_topic_stays_the_subject_in_another_subjects_setting(tutor, turns: list[str], section: str) -> None:
    assert _first_cited(tutor, turns) == section


def test_the_topic_named_again_stays_the_topic(tutor) -> None:
    # Not "act cover chatbots": the act is still what is being discussed.
    answer = learner_judge.converse(tutor, ["what is the eu ai act", "does the act cover chatbots"])
    assert answer.topic == "eu ai act"


@pytest.mark.parametrize(
    ("turns", "section"),
    [
        # The course treats the topic in that setting: that section answers, as before.
        (["what are gans", "can gans make music"], "gans#what-gans-have-been-used-for"),
        (["what is mode collapse", "does it happen with vaes too"], "vaes#vaes-compared-with-gans"),
        (["what is precision", "why does precision matter when catching fraud"],
         "evaluating-models#why-fraud-and-disease-detection-need-both-precision-and-recall"),
        # Genuine switches and comparisons are not settings.
        (["what is a gan", "and what is a vae?"], "vaes#encoder-latent-space-and-decoder"),
        (["what is a gan", "how does it compare to a vae?"], "vaes#vaes-compared-with-gans"),
        # An aspect of the topic is no second subject.
        (["explain hallucination", "is that dangerous?"], "hallucination#how-to-spot-and-reduce-hallucination"),
    ],
)
def test_settings_the_course_treats_switches_and_aspects_are_unchanged(tutor, turns: list[str], section: str) -> None:
    assert _first_cited(tutor, turns) == section
