"""Situations told of an unnamed "it" (stop 31, situation): the machine the course is about.

Worded apart from the probes (``benchmarks/probes/situation-s31``); fails on the code before it:
a first question that tells what an unnamed "it" did, in everyday words and no course term ("it
scored brilliantly in rehearsal and then fell over on new stuff"), ranked the right section first
but under the scope bars and was refused as another subject. The "it" that acts, with no earlier
answer to lean on, is the machine, as a machine named by its job is: the router rule answers it.
Everyday life told of an "it" among the learner's people or things stays refused.
"""

from __future__ import annotations

from tutor.core.answering.search import _unnamed_machine


def _cited(answer) -> list[str]:
    return [s.section for s in answer.sources]


def test_an_unnamed_it_that_acts_is_recognised() -> None:
    assert _unnamed_machine("so it picks the safe option every time, why")
    assert _unnamed_machine("how do i trust what it tells me")
    assert not _unnamed_machine("my brother broke the vase and it shattered")  # people of the learner's life
    assert not _unnamed_machine("how do i fix it")  # "it" as the object names no actor
    assert not _unnamed_machine("what is overfitting")


def test_practice_well_new_cases_badly_is_overfitting(tutor) -> None:
    answer = tutor.ask("it scored brilliantly in rehearsal and then totally fell over on new stuff")
    assert answer.in_scope
    assert "training-and-overfitting#overfitting-and-underfitting" in _cited(answer)


def test_checking_what_it_writes_is_spotting_hallucination(tutor) -> None:
    answer = tutor.ask("how can i verify the stuff it writes before i believe it")
    assert answer.in_scope
    assert "hallucination#how-to-spot-and-reduce-hallucination" in _cited(answer)


def test_everyday_life_told_of_an_it_stays_refused(tutor) -> None:
    for question in (
        "my dog keeps barking at night and it wakes the neighbours, what can i do",
        "our oven burns everything, it gets way too hot on the left side",
        "it kept raining so the match got cancelled, do we get a refund",
    ):
        assert not tutor.ask(question).in_scope, question
