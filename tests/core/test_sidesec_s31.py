"""A side named by a technique of predictive machine learning (stop 31, comp wave 2: sidesec).

Worded apart from the probes (``benchmarks/probes/sidesec-s31``); fails on the code before it:

- "a neural network" was read as a generative model, "network" being a word of the title
  "Generative adversarial networks", though a lesson on supervised learning presents it ("A neural
  network passes the inputs through layers ..."): a title word that a lesson on predictive machine
  learning alone opens a sentence with is the toolkit of both families.
- "svm or neural network, which one eats more compute and data": compute has a lesson of its own,
  and each side was sent there (the network side to "Training cost"), though the network's own
  section says "neural networks need more data and computing power": a side whose own section
  states the aspect of it keeps that section (and when the question's best section presents both
  sides and states it, that section answers alone).
"""

from __future__ import annotations


def _cited(answer) -> list[str]:
    return [s.section for s in answer.sources]


def test_a_neural_network_is_no_generative_model_by_its_name(tutor) -> None:
    assert tutor._families(("a deep neural net", "a fraud scorer")) == [False, False]
    # the generative ones still are, by their own words or the course's name for them
    assert tutor._families(("a chatbot", "an autoencoder")) == [True, True]
    assert tutor._families(("an image generator", "a spam filter")) == [True, False]


def test_a_side_keeps_its_own_section_when_it_states_the_aspect(tutor) -> None:
    answer = tutor.ask("svm or neural network, which one eats more compute and data")
    assert "supervised-learning#common-supervised-learning-algorithms" in _cited(answer)
    assert "more data and computing power" in answer.text
