"""Comparisons that ask one aspect of both sides ("evaluating", "cost"): each side is answered
from what the course says about that aspect, not from a section that shares a word of it (stop 25)."""

from __future__ import annotations

import pytest

from tutor.core.answering import comparison


@pytest.mark.parametrize(
    "question",
    [
        "evaluating a gan vs evaluating a spam filter",
        "how is testing a chatbot different from testing a fraud model",
    ],
)
def test_an_aspect_both_sides_open_with_is_answered_from_its_lesson(tutor, question: str) -> None:
    """Both sides open with the aspect ("evaluating a gan" / "evaluating a spam filter"). Matched
    as a shared word, it sent the GAN side to "One model generates, another evaluates" (the
    discriminator's job, not how a GAN is evaluated) and the spam filter to its worked example;
    each side is how the evaluation lesson judges it."""
    result = tutor.ask(question)
    cited = [s.section for s in result.sources]
    assert result.shape == "comparison" and len(cited) == 2, cited
    assert all(s.startswith("evaluating-models#") for s in cited), cited


@pytest.mark.parametrize(
    ("sides", "expected"),
    [
        (("evaluating a gan", "evaluating a spam filter"), ("evaluating", None)),
        (("testing a chatbot", "testing a fraud model"), ("testing", None)),
        (("gan cost to train", "decision tree"), ("cost", 0)),
        (("vae", "evaluating a decision tree"), ("evaluating", 1)),
        # Part of a side's name, not an aspect asked of both.
        (("test set", "training set"), None),
        (("training data", "labelled data"), None),
        (("training cost", "running cost"), None),
        (("supervised", "unsupervised"), None),
    ],
)
def test_an_aspect_written_in_the_sides(sides, expected) -> None:
    assert comparison._side_aspects(sides) == expected
