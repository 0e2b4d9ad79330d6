"""A follow-up that names only the second side of a comparison ("vs a gan?", "and compared with
unsupervised?") compares it with the topic being discussed, as "how does it compare to a gan?"
does: it was answered with the second side's definition alone."""

from __future__ import annotations

import learner_judge
import pytest

from tutor.core.answering import shapes


@pytest.mark.parametrize(
    ("question", "sides"),
    [
        ("vs a gan?", ("it", "gan")),
        ("and compared with gans?", ("it", "gans")),
        ("what about versus a vae", ("it", "vae")),
        ("vae vs gan?", ("vae", "gan")),
    ],
)
def test_the_named_side_is_compared_with_it(question: str, sides: tuple[str, str]) -> None:
    assert shapes.detect(question).sides == sides


@pytest.mark.parametrize(
    ("turns", "wanted"),
    [
        (["whats a vae", "vs a gan?"], ["vaes#vaes-compared-with-gans"]),
        (
            ["what is supervised learning", "and compared with unsupervised?"],
            ["supervised-learning#learning-from-labelled-examples", "unsupervised-learning#learning-from-unlabelled-data"],
        ),
    ],
)
def test_a_versus_follow_up_compares_with_the_topic(tutor, turns: list[str], wanted: list[str]) -> None:
    answer = learner_judge.converse(tutor, turns)
    assert [s.section for s in answer.sources] == wanted
