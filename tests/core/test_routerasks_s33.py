"""The section router's vote survives retraining, stop 33 (helper routerasks; probes in
``benchmarks/probes/routerasks-s33``), tested in other words than the probes'.

- The router votes for a section when that section is its first choice and either clears the
  bar (0.3) or is at least ``router.LEAD`` times as likely as its runner-up
  (``router.votes_for``). A softmax's probabilities all fall when any other section gains
  learner asks that look a little like the question, so the bar alone flipped unrelated
  decisions whenever asks were added (stop 32 dropped good asks twice for it); the ratio of two
  sections' probabilities depends on their two logits only.
- "it" before a copula ("is it going to be ...", "will it be ...") is linked to a state, as "it
  is" is, so it is no unnamed machine doing a task (``search._unnamed_machine``); a narrowed
  search that drops the weather word ("is it going to be at the coast") used to read it as one.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from tutor.core.answering import router as router_module
from tutor.core.answering.search import _unnamed_machine


def test_a_vote_does_not_move_when_an_unrelated_section_gains_weight(tutor: Any) -> None:
    index = tutor.index
    question = "why does my music app keep suggesting songs a lot like the ones i skip"
    vector = index.encode_query(index.learner.expand(question))
    probabilities = index.router.probabilities(vector)
    first = int(np.argmax(probabilities))
    assert index.sections[first].id == "ml-applications#recommendation-systems-for-products-movies-and-music"
    assert router_module.votes_for(probabilities, first)
    # Retraining with asks elsewhere raises other sections' logits for this question: here the
    # sections of two unrelated lessons gain, up to the runner-up, so they take probability from
    # every section without becoming the first choice.
    unrelated = [i for i, s in enumerate(index.sections) if s.lesson_id in ("vaes", "gans")]
    shifted = router_module.Router(index.router.weights, index.router.bias.copy())
    logits = index.router.weights @ vector + index.router.bias
    for i in unrelated:
        shifted.bias[i] += float(np.sort(logits)[-2] - logits[i])
    moved = shifted.probabilities(vector)
    assert int(np.argmax(moved)) == first
    assert router_module.FLOOR <= moved[first] < router_module.BAR <= probabilities[first]  # the bar alone flips
    assert router_module.votes_for(moved, first)  # the lead over the runner-up does not


def test_a_clear_lead_is_a_vote_and_a_flat_or_faint_first_choice_is_none() -> None:
    assert not router_module.votes_for(np.array([0.28, 0.2, 0.2, 0.16, 0.16], dtype=np.float32), 0)
    assert not router_module.votes_for(np.array([0.15, 0.07] + [0.78 / 20] * 20, dtype=np.float32), 0)
    assert router_module.votes_for(np.array([0.34, 0.3, 0.2, 0.16], dtype=np.float32), 0)  # the bar
    assert router_module.votes_for(np.array([0.2, 0.08, 0.06] + [0.66 / 20] * 20, dtype=np.float32), 0)
    assert not router_module.votes_for(np.array([0.2, 0.08, 0.06] + [0.66 / 20] * 20, dtype=np.float32), 1)


def test_an_it_before_a_copula_is_no_machine_at_work() -> None:
    for question in (
        "is it going to be busy at the shops on saturday",
        "will it be open on bank holiday monday",
        "is it gonna be at the town hall again this year",
    ):
        assert not _unnamed_machine(question), question
    for question in (
        "will it be able to tell which invoices are paid twice",
        "can it guess how many rooms we will fill in august",
    ):
        assert _unnamed_machine(question), question


def test_a_weather_question_stays_declined(tutor: Any) -> None:
    answer = tutor.ask("is it going to be foggy on the motorway tonight")
    assert not answer.sources
