"""Comparisons (stop 29, wave 3): the other answer of "is X the same as Y, or ...?".

Worded apart from the probes; fails on the code before it:

- "is k-means the same as dbscan, or do they find groups in different ways?", "is X similar to Y
  or are they unrelated?", "..., or not at all?": what follows "or" after the second side is the
  other answer of the yes/no question (a question about both), not part of the second side. It
  stayed in the side ("dbscan, or", "unsupervised learning or", "hallucination, or not at all")
  and was searched with it.
"""

from __future__ import annotations

from tutor.core.answering import shapes


def test_the_other_answer_after_or_is_no_part_of_the_second_side() -> None:
    cases = {
        "is k-means the same as dbscan, or do they find groups in different ways?": ("k-means", "dbscan"),
        "is supervised learning similar to unsupervised learning or are they totally unrelated?": (
            "supervised learning", "unsupervised learning",
        ),
        "is mode collapse the same as hallucination, or not at all?": ("mode collapse", "hallucination"),
        "is a loss function the same thing as accuracy, or?": ("loss function", "accuracy"),
        "is a spam filter the same as ai, or only one kind of it?": ("spam filter", "ai"),
    }
    for question, sides in cases.items():
        assert shapes.comparison_sides(question) == sides, question


def test_a_third_side_after_or_stays() -> None:
    # (a third thing offered after "or" is a side, not the other answer of a yes/no question)
    sides = shapes.comparison_sides("gans vs vaes, or diffusion?")
    assert "diffusion" in " ".join(sides)
