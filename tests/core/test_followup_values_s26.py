"""Follow-ups that ask for a value, stop 26 (``benchmarks/probes/fudetail-s26``, work half),
tested here in other words than the probes'.

A follow-up asking for a date, a count or the figure of a worked example ("when was it agreed?"
after the EU AI Act, "how many modes do digits have?" after mode collapse) was answered from the
right section with other sentences: the not-again rules keep what the last answer said out of the
next one, and the sentence stating the value was usually among it; nothing told the sentences that
state a value (a digit, a number word, a month) from the rest. Now a follow-up that asks for a
value prefers them (``compose.value_bonus``: most of all the one stating it of a word of the
question or of the topic), and the repeat rules spare them (``compose.names_asked_value``).
"""

from __future__ import annotations

import learner_judge
import numpy as np

from tutor.core.answering import compose

REGULATION = "ethics-and-regulation#ai-regulation-the-us-executive-order-and-the-eu-ai-act"


def test_when_was_it_agreed_is_the_act_s_month(tutor) -> None:
    answer = learner_judge.converse(tutor, ["what does the EU AI Act do", "when was it agreed"])
    assert answer.in_scope
    assert answer.sources[0].section == REGULATION
    assert "In December 2023" in answer.text


def test_which_month_names_the_act_s_month_not_the_order_s(tutor) -> None:
    answer = learner_judge.converse(tutor, ["explain the EU AI Act", "which month did they agree on it"])
    assert answer.sources[0].section == REGULATION
    assert "In December 2023" in answer.text


def test_a_value_is_asked_for_and_stated() -> None:
    sentences = ["Precision is 15 / 25 = 0.60.", "Take 1,000 payments.", "A dataset of digits has ten modes.", "No figure here."]
    assert compose.asks_value("how many modes do digits have")
    assert compose.asks_value("so what's the recall in the payments example")
    assert not compose.asks_value("why is that")
    stated = compose.names_asked_value("what month was that", sentences)
    assert stated.tolist() == [1.0, 1.0, 1.0, 0.0]
    bonus = compose.value_bonus("what is it in the fraud example", sentences, topic="precision")
    assert int(np.argmax(bonus)) == 0
    assert not compose.value_bonus("why is that", sentences).any()
