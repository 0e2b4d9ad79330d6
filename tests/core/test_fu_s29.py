"""Follow-ups asking one thing of the topic (stop 29, helper ``fu``): found with the fresh probes
of ``benchmarks/probes/fu-s29`` (work half) and the read follow-up failures of main, tested here
in other words than the probes'. Each test fails on the code before this stop:

- "how fast / how quickly ..." asks for the speed: the sentence saying "in real time" or "in a
  fraction of a second" answers, not one that only says "time" ("a strange time of day") or
  "weeks"; both used to get the same "time" bonus and the question's other aspects ("catch"
  reads as "how is it caught") gave every sentence of the section the same bonus again;
- "what N does X get / reach / score" asks for N's amount (a value question): the sentence
  stating it ("a reward of 1") answers, not the one naming N and X most often;
- "need maths for it" is mathematics as a skill the learner needs, not a derivation asked for:
  it is answered from the skills sections instead of declined as "maths for it";
- learners' clipped words ("vocab", "stats", "maths") mean the course's words (glossary).
"""

from __future__ import annotations

import learner_judge

from tutor.core.answering import compose
from tutor.core.answering.scope import untaught_request

FRAUD_SENTENCES = [
    "Banks process far more payments than people could check, looking at a strange time of day.",
    "Because a model scores each payment in a fraction of a second, it detects fraud in real time.",
    "Catching fraud then prevents the loss instead of discovering it weeks later.",
]


def test_how_fast_picks_the_speed_not_any_time() -> None:
    bonus = compose.aspect_bonus("so how quickly do they spot it", FRAUD_SENTENCES)
    assert bonus[1] > bonus[0] and bonus[1] > bonus[2]
    assert "speed" in compose.asked_aspects("how fast does it run")


def test_what_amount_does_it_get_is_a_value_question() -> None:
    assert compose.asks_value("what score did the digit classifier reach")
    assert compose.asks_value("what reward does the robot earn")
    assert not compose.asks_value("what kind of data does it get")


def test_needing_maths_is_a_skill_not_a_derivation() -> None:
    assert untaught_request("do you need to be good at maths for machine learning") is None
    assert untaught_request("how much math do i need for gen ai") is None
    assert untaught_request("show me the maths behind backpropagation") == "the maths behind backpropagation"


def test_how_quickly_after_fraud_detection_says_real_time(tutor) -> None:
    answer = learner_judge.converse(
        tutor, ["how do banks use ml for fraud", "how quickly does it flag a payment"]
    )
    assert answer.in_scope and "real time" in answer.text, answer.text


def test_a_clipped_word_after_its_topic_is_answered(tutor) -> None:
    answer = learner_judge.converse(tutor, ["how do tokens work", "and how large is the vocab usually"])
    assert answer.in_scope and "tens of thousands" in answer.text, answer.text
