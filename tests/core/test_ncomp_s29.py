"""Comparisons framed the way set N's learners framed them (stop 29, ncomp).

Each test is worded apart from set N and the ncomp-s29 probes, and fails on the code before it:

- a message of several sentences: the things compared are named in one sentence, the others say
  who the learner is or ask something more ("farmer here. A vs B, same sort of problem?", "which
  has more downsides, A or B? give me both"); a side never runs over a sentence's end;
- who the learner is before a comma ("as a baker,", "nurse here,") is no side of the comparison;
- the learner's own analogy after the pair ("... a bit like that difference", "like when you ...")
  is no part of the second side, nor an aspect either side is searched with;
- "is X just (the old) Y with a fancier name / rebranded": whether one thing is merely the other
  renamed is a comparison of the two;
- a three-way comparison whose third side is named in everyday words ("the chatgpt style of
  model") is answered by the one section that presents all three under the course's names;
- "the risks of A and of B, side by side": one aspect asked of each side in turn.
"""

from __future__ import annotations

from tutor.core.answering import shapes


def _cited(answer) -> list[str]:
    return [s.section for s in answer.sources]


def test_the_sides_come_from_the_sentence_that_compares() -> None:
    assert shapes.comparison_sides(
        "I work in a library. Is sorting books by topic vs writing book blurbs the same sort of task?"
    ) == ("sorting books by topic", "writing book blurbs")
    shape = shapes.detect("which is riskier, supervised or unsupervised learning? explain both")
    assert shape.kind == "comparison" and shape.sides == ("supervised", "unsupervised learning")


def test_who_the_learner_is_is_no_side() -> None:
    assert shapes.comparison_sides("as a baker, gans vs vaes?") == ("gans", "vaes")
    assert shapes.comparison_sides("nurse here, precision vs recall?") == ("precision", "recall")


def test_the_learners_analogy_is_no_part_of_a_side() -> None:
    assert shapes.comparison_sides(
        "is a train set vs a test set a bit like that difference between homework and the final exam?"
    ) == ("train set", "test set")
    assert shapes.comparison_sides("is k-means vs dbscan like when you cut a cake into slices?") == ("k-means", "dbscan")
    # chat filler before a question is not an analogy
    assert shapes.comparison_sides("gans vs vaes like when should i use each") == ("gans", "vaes")


def test_one_thing_renamed_is_a_comparison() -> None:
    shape = shapes.detect("is a chatbot basically just a language model rebranded?")
    assert shape.kind == "comparison" and shape.sides == ("chatbot", "language model")
    shape = shapes.detect("are gans just the same old autoencoders under a different label, or not?")
    assert shape.kind == "comparison" and shape.sides == ("gans", "autoencoders")


def test_the_renamed_thing_gets_its_own_part(tutor) -> None:
    # "shinier label" searched with the recommender side took it below the scope bar
    answer = tutor.ask("is hyper-personalisation only the usual recommender with a shinier label?")
    assert _cited(answer) == [
        "future-trends#hyper-personalisation-with-machine-learning",
        "ml-applications#recommendation-systems-for-products-movies-and-music",
    ]


def test_a_third_side_in_everyday_words_keeps_the_section_on_all_three(tutor) -> None:
    shape = shapes.detect("top-k vs top-p vs temperature - do all three change the output?")
    assert shape.sides == ("top-k", "top-p", "temperature")
    answer = tutor.ask("vae vs gan vs the chatgpt style of model - does each of them need a discriminator?")
    assert _cited(answer) == ["gans#one-model-generates-another-evaluates"]


def test_one_aspect_of_each_side_by_side() -> None:
    shape = shapes.detect("the risks of gans and of vaes, side by side")
    assert shape.kind == "comparison" and shape.sides == ("risks of gans", "risks of vaes")
