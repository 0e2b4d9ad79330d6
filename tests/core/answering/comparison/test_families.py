"""Comparisons of the course's two families: a concrete thing placed in one of them.

A concrete thing placed in one of the two families (stop 30, family).

Worded apart from the probes; fails on the code before it:

- "<a thing described by what it does>, ml or gen ai?" was searched with the two family names,
  which outweighed the thing's own words: the answer came from a section about the families in
  general (or the wrong family's example) instead of the course's section on that use. The
  family names offered as the choice are now left out of the search (the scope checks still read
  the whole question), so the thing finds its own section.
"""

from __future__ import annotations

import pytest

from tutor.core.answering import shapes


def test_the_family_choice_is_left_out_of_what_is_searched() -> None:
    assert shapes.without_family_choice("the app that guesses my next song, is it ml or generative ai?") == (
        "the app that guesses my next song"
    )
    # Nothing of its own left: the families are what is asked.
    assert shapes.without_family_choice("so is that ml or gen ai?") == "so is that ml or gen ai?"
    assert shapes.without_family_choice("what does machine learning predict") == "what does machine learning predict"


def test_a_song_suggester_is_answered_from_recommendation_systems(tutor) -> None:
    answer = tutor.ask("the thing on spotify that suggests songs i might like - machine learning or gen ai?")
    assert answer.in_scope
    assert answer.sources[0].citation.endswith("Recommendation systems for products, movies and music")


def test_a_bird_spotting_photo_app_is_not_answered_from_a_generative_example(tutor) -> None:
    answer = tutor.ask("an app that tells you which bird is in your photo, ml or gen ai")
    assert answer.in_scope
    assert not answer.sources[0].citation.startswith("What is generative AI?")


# Stop 36 (zijc36, probes in ``benchmarks/probes/zijc36-s36``; worded apart from them and from sets
# ZI/ZJ).
ML_APPS = "ml-applications#"
BENEFITS = "benefits-and-limitations#"


def test_each_family_put_to_a_job_is_answered_from_that_jobs_section(tutor) -> None:
    """ "ml to X vs gen ai to Y": the families' names took the question to how the two feed each
    other, which answered alone; each job is taught in an applications lesson of its own."""
    answer = tutor.ask(
        "bus depot engineer. whats the difference between using ml to flag odd engine temperature readings "
        "and using gen ai to make fake extra breakdown examples to train on?"
    )
    assert answer.in_scope
    cited = [s.section for s in answer.sources]
    assert cited == [
        ML_APPS + "predictive-analytics-and-anomaly-detection",
        "generative-ai-applications#data-augmentation-with-synthetic-training-examples",
    ], cited
    assert "anomaly" in answer.text.lower() and "synthetic" in answer.text.lower()


@pytest.mark.parametrize(
    ("question", "sides"),
    [
        ("school governor. we can fund ordinary ml or gen ai. what are the advantages of each?",
         ("advantages of machine learning", "advantages of generative ai")),
        ("what are the weaknesses of both gen ai and machine learning",
         ("weaknesses of generative ai", "weaknesses of machine learning")),
        ("classic ml or generative ai: what is each one good at?",
         ("strengths of machine learning", "strengths of generative ai")),
    ],
)
def test_an_aspect_asked_of_each_family_is_asked_of_both(question: str, sides: tuple[str, str]) -> None:
    assert shapes.detect(question) == shapes.Shape("comparison", sides)


@pytest.mark.parametrize(
    "question", ["ml or gen ai for each of my three projects?", "pros and cons of each, ml and gen ai"]
)
def test_no_single_aspect_of_each_family_keeps_the_old_reading(question: str) -> None:
    """The guards: a family is no aspect ("gen ai for each"), and two aspects ("pros and cons")
    are the two-sided reading's four sections."""
    assert not any(side.endswith(" of generative ai") for side in shapes.detect(question).sides)


def test_the_advantages_of_each_family_cite_each_familys_own_section(tutor) -> None:
    answer = tutor.ask("school governor. we can fund ordinary ml or gen ai. what are the advantages of each?")
    assert answer.in_scope
    assert [s.section for s in answer.sources] == [
        BENEFITS + "what-machine-learning-does-well", BENEFITS + "what-generative-ai-does-well"
    ], [s.section for s in answer.sources]


def test_a_claim_that_two_machines_are_the_same_names_the_sides() -> None:
    """ "my manager says A and B are the same thing": A and B are compared (no sides were found)."""
    shape = shapes.detect("my manager says the app that predicts footfall and chatgpt are basically the same. how do they differ?")
    assert shape.kind == "comparison" and shape.sides == ("app that predicts footfall", "chatgpt")
