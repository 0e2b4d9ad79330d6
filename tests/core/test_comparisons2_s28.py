"""Comparisons, wave 2 (stop 28): the learner's hedges and verdict words around the sides.

Each test is worded apart from the probes and fails on the code before it:

- "is A any better than B", "is A better or worse than B", "is A way more X than B", "is A kinda
  like B or nah", "honestly is A even that different from B": how much, how sure and how casually
  the learner asks is no part of a side ("vae any", "gan better or" were searched as sides);
- "is A more of a problem than B", "is A a bigger problem than B": which of two things is the
  worse one is a comparison (it was a yes/no with the first side "A more of a problem");
- which is "a bigger problem" / "more of a problem" is no aspect of either side's search: it
  took a side to the section on how to reduce it instead of the one saying what it is;
- "A vs B, arent they the same": the doubt asked in the negative is no part of the second side.
"""

from __future__ import annotations

from tutor.core.answering import shapes


def _cited(answer) -> list[str]:
    return [s.section for s in answer.sources]


def test_hedges_and_degree_words_are_no_part_of_a_side() -> None:
    assert shapes.comparison_sides("is a decision tree any better than an svm") == ("decision tree", "svm")
    assert shapes.comparison_sides("is an svm better or worse than a decision tree") == ("svm", "decision tree")
    assert shapes.comparison_sides("is dbscan way more flexible than k-means") == ("dbscan", "k-means")
    assert shapes.comparison_sides("is a tokenizer kinda like feature scaling or nah") == ("tokenizer", "feature scaling")
    assert shapes.comparison_sides("seriously is bias even that different from deepfakes") == ("bias", "deepfakes")
    # a side of one word that points back is kept as it is
    assert shapes.comparison_sides("how is that different from a gan") == ("that", "gan")


def test_the_worse_of_two_is_a_comparison() -> None:
    shape = shapes.detect("are deepfakes more of a threat than biased hiring models")
    assert shape.kind == "comparison" and shape.sides == ("deepfakes", "biased hiring models")
    shape = shapes.detect("is hallucination a bigger problem than bias")
    assert shape.kind == "comparison" and shape.sides == ("hallucination", "bias")


def test_a_negative_doubt_is_no_part_of_the_second_side() -> None:
    assert shapes.comparison_sides("top-k vs top-p, arent they the same") == ("top-k", "top-p")
    assert shapes.comparison_sides("ml vs deep learning, isnt it the same thing") == ("ml", "deep learning")


def test_a_bigger_problem_is_no_aspect_of_a_side(tutor) -> None:
    # "problem" searched with the hallucination side found how to reduce it, not what it is
    answer = tutor.ask("is hallucination a bigger problem than bias")
    assert _cited(answer) == ["hallucination#what-hallucination-means", "ethics-and-regulation#bias-inherited-from-training-data"]
