"""A side named by a technique of predictive machine learning (stop 31, comp wave 2: sidesec).

Worded apart from the probes (``benchmarks/probes/sidesec-s31``); fails on the code before it:

- "a decision tree or a neural network, which gobbles more data and compute": compute and data
  have a lesson of their own, and the section there comparing the two families answered alone,
  though the question's best section presents both sides ("A decision tree asks ...", "A neural
  network passes ...") and says "neural networks need more data and computing power": a section
  that presents each side and states the aspect asked of one answers (and a side whose own
  section states the aspect of it keeps that section).
"""

from __future__ import annotations


def _cited(answer) -> list[str]:
    return [s.section for s in answer.sources]


def test_the_section_that_states_the_aspect_of_a_side_answers(tutor) -> None:
    answer = tutor.ask("a decision tree or a neural network, which gobbles more data and compute")
    assert _cited(answer) == ["supervised-learning#common-supervised-learning-algorithms"]
    assert "more data and computing power" in answer.text
