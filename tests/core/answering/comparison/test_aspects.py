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
        "measuring a language model vs measuring a classifier",
        "assessing a chatbot vs assessing a spam filter, whats different",
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
        (("measuring a language model", "measuring a classifier"), ("measuring", None)),
        # Part of a side's name, not an aspect asked of both.
        (("test set", "training set"), None),
        (("training data", "labelled data"), None),
        (("training cost", "running cost"), None),
        (("supervised", "unsupervised"), None),
    ],
)
def test_an_aspect_written_in_the_sides(sides, expected) -> None:
    assert comparison._side_aspects(sides) == expected


def test_what_is_asked_of_the_first_side_is_asked_of_both(tutor) -> None:
    """ "where does gen ai fall short compared to ml": "fall short" is asked of both sides. Left in
    the first side's name, "Comparing efficiency and computing needs" (naming both) answered alone
    without a word on limitations, or the second side was searched as a bare "ml"; each side now
    gets where it falls short."""
    for question in (
        "where does generative ai fall short compared to machine learning",
        "where does ml fall short compared to gen ai",
    ):
        cited = {s.section for s in tutor.ask(question).sources}
        assert cited == {
            "benefits-and-limitations#where-machine-learning-falls-short",
            "benefits-and-limitations#where-generative-ai-falls-short",
        }, (question, cited)


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("what does ml do in banks compared to gen ai", "industry-use-cases#finance-catching-fraud-and-handling-documents"),
        ("what does machine learning do in schools compared to generative ai",
         "industry-use-cases#education-personalised-learning-paths-and-virtual-tutors"),
    ],
)
def test_a_place_asked_of_the_first_side_is_the_setting_of_both(tutor, question: str, wanted: str) -> None:
    """ "what does ml do in banks compared to gen ai": the place is where both sides are asked
    about, so the course's section on that industry answers (the gen AI side went to "Generative
    AI is not the same thing as AI"; "in schools" to the educational paths into each field)."""
    cited = [s.section for s in tutor.ask(question).sources]
    assert cited == [wanted], cited


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("where does ml fall short compared to gen ai", (("ml", "gen ai"), "fall short")),
        ("how does a language model learn compared to a gan", (("language model", "gan"), "learn")),
        ("what does ml do in banks compared to gen ai", (("in banks, ml", "gen ai"), "")),
        # The second side asks its own ("how a gan learns"), or there is no verb: unchanged.
        ("how does an llm learn compared to how a gan learns", (("llm learn", "gan learns"), "")),
        ("cat classifier vs cat picture generator", (("cat classifier", "cat picture generator"), "")),
        # The second side already says what is asked ("a supervised one": "supervised feedback").
        ("how does a reinforcement learner get its feedback compared to a supervised one",
         (("reinforcement learner get its feedback", "supervised feedback"), "")),
    ],
)
def test_what_is_asked_of_the_first_side(question: str, expected) -> None:
    from tutor.core.answering import shapes

    assert comparison._without_asked(shapes.normalise(question), shapes.comparison_sides(question)) == expected


def test_a_section_on_both_sides_must_speak_of_the_course_topic_both_are_asked_about(tutor) -> None:
    """ "gan loss vs vae loss": "VAEs compared with GANs" is the question's best section and
    compares both, but never speaks of loss; the loss each one trains on is answered instead. A
    word both ask that is no course topic ("what could go wrong with ...") is still trusted to
    the comparing section, and so is an everyday verb asked of the first side ("struggle")."""
    cited = [s.section for s in tutor.ask("gan loss vs vae loss").sources]
    assert "vaes#vaes-compared-with-gans" not in cited and len(cited) == 2, cited
    assert "evaluating-models#loss-functions-as-a-quantitative-check-on-generative-models" in cited, cited
    for question in (
        "what could go wrong with a vae versus what could go wrong with a gan?",
        "where does a gan struggle compared to a vae",
    ):
        cited = [s.section for s in tutor.ask(question).sources]
        assert cited == ["vaes#vaes-compared-with-gans"], (question, cited)


@pytest.mark.parametrize(
    ("question", "sides"),
    [
        ("the thing that guesses the next word vs the thing that forges pictures vs the thing that squishes images",
         ("thing that guesses the next word", "thing that forges pictures", "thing that squishes images")),
        ("a chatbot that makes things up vs a model that treats groups unfairly vs a fake video of a politician",
         ("chatbot that makes things up", "model that treats groups unfairly", "fake video of a politician")),
    ],
)
def test_a_three_way_comparison_of_descriptions_gets_a_part_per_side(tutor, question: str, sides) -> None:
    """Three things described in everyday words with "vs" between them: cut at four words a
    side, the last two were read as one and the third got no part of the answer."""
    from tutor.core.answering import shapes

    assert shapes.comparison_sides(question) == sides
    result = tutor.ask(question)
    assert result.shape == "comparison" and len(result.sources) == 3, [s.section for s in result.sources]
