"""Comparisons (stop 30, comp3): how each side does something, and a side told by what it does.

Worded apart from the probes; fails on the code before it:

- "how does A <verb> compared to how B <verb>s", "how do they each <verb>": the question asks HOW
  each side does something (a process). Each side was searched on its bare words ("gan create a
  picture") and went to the section on what it is used for ("What GANs have been used for": its
  portraits), which tells what for, not how. Each side is now searched as the process asked ("how
  does ..."), and a "used for" section gives way to another of the side's lesson.
- "the network that judges images vs the one that makes them": the verb of a side's relative clause
  ("judges") says what the side does; it was taken for an aspect asked of both (evaluation), which
  sent both sides to the evaluation lesson.
"""

from __future__ import annotations

from tutor.core.answering import comparison


def _cited(answer) -> list[str]:
    return [s.section for s in answer.sources]


def test_how_each_is_read_from_the_question() -> None:
    asks = comparison.asks_how_each
    assert asks("how does a decision tree decide compared to how a neural network decides")
    assert asks("q-learning and gradient descent: how does each one improve")
    assert asks("how does a recommender work vs a chatbot")
    # how the sides differ, or what the learner does with them, is no process of the sides
    assert not asks("how does a decision tree compare to a neural network")
    assert not asks("how do decision trees and neural networks differ")
    assert not asks("how is a decision tree different from a neural network")
    assert not asks("how do you test a classifier vs a text generator")


def test_a_process_asked_of_each_side_is_not_answered_by_what_it_is_used_for(tutor) -> None:
    for question in (
        "how does a gan create a picture compared to how a vae creates one",
        "how does a gan produce a photo compared to how a language model produces a sentence",
    ):
        cited = _cited(tutor.ask(question))
        assert "gans#the-generator-and-the-discriminator" in cited, (question, cited)
        assert not any(c.endswith("used-for") or c.endswith("been-used-for") for c in cited), (question, cited)


def test_how_a_language_model_learns_is_its_next_token_training(tutor) -> None:
    cited = _cited(tutor.ask("how does a language model learn vs how a gan learns"))
    assert "language-models#next-token-prediction-step-by-step" in cited, cited
    assert "gans#how-adversarial-training-works" in cited, cited


def test_the_verb_of_a_sides_relative_clause_is_no_aspect() -> None:
    assert comparison._side_aspects(("model that tests the essays", "one that writes them")) is None
    assert comparison._side_aspects(("the bit that evaluates pictures", "the bit that draws them")) is None
    # an aspect written on one side still is one ("evaluating" of "evaluating a gan")
    assert comparison._side_aspects(("evaluating a gan", "a spam filter")) == ("evaluating", 0)
