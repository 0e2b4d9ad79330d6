"""Comparisons (stop 29): a predictive instance against a generative instance.

Worded apart from the probes; fails on the code before it:

- "which is heavier on the servers, a churn model or a song generator": one side is a predictive
  model and the other a generative one, each named by what it is, and what is asked of both
  (compute, cost, accuracy) is what the course weighs for the two families in a comparing section
  ("Compute after training: machine learning versus heavy generative models", "Comparing accuracy
  and adaptability"); that section answers alone. Each side searched alone went to its own lesson,
  which says nothing of the aspect.
- not when both sides are of one family, nor when the aspect is one no comparing section of the
  families names ("data": each side's own section on data answers).
"""

from __future__ import annotations

COMPUTE = {
    "data-and-compute#compute-after-training-machine-learning-versus-heavy-generative-models",
    "ml-vs-generative-ai#comparing-efficiency-and-computing-needs",
}


def _cited(answer) -> list[str]:
    return [s.section for s in answer.sources]


def test_a_predictive_and_a_generative_instance_asked_about_compute(tutor) -> None:
    for question in (
        "which is heavier on the computers, a churn model or a song generator",
        "an email spam classifier or a poem generator: which costs more hardware",
    ):
        cited = _cited(tutor.ask(question))
        assert cited and set(cited) <= COMPUTE, (question, cited)


def test_a_predictive_and_a_generative_instance_asked_about_accuracy(tutor) -> None:
    cited = _cited(tutor.ask("which one is more accurate: a tumour classifier or a generator of scan images"))
    assert cited == ["ml-vs-generative-ai#comparing-accuracy-and-adaptability"], cited


def test_not_for_an_aspect_no_family_comparison_names(tutor) -> None:
    cited = _cited(tutor.ask("how much data does a poem generator need compared to a churn model"))
    assert not set(cited) & COMPUTE, cited


def test_a_chat_opener_is_no_part_of_the_first_side() -> None:
    from tutor.core.answering import shapes

    assert shapes.comparison_sides("and svms vs decision trees?") == ("svms", "decision trees")
    assert shapes.comparison_sides("okay so, tokens vs parameters") == ("tokens", "parameters")
    assert shapes.comparison_sides("also, the eu act vs the us order?") == ("eu act", "us order")
    assert shapes.comparison_sides("and how about clustering vs dimensionality reduction") == (
        "clustering", "dimensionality reduction"
    )


def test_who_asks_a_choice_between_two_things() -> None:
    from tutor.core.answering import shapes

    shape = shapes.detect("who's quicker to train, a decision tree or a gan?")
    assert shape.kind == "comparison" and shape.sides == ("decision tree", "gan")
    assert shapes.detect("who invented the gan").kind != "comparison"
