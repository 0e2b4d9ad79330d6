"""Near misses about a machine that senses and acts on its own, stop 30 (wave 2), found with the
probes in ``benchmarks/probes/term2-s30`` (work half), tested here in other words.

A declined question with no word of the course's subject was refused as another school subject.
The course's own words for a self-acting machine ("self-driving", "drones", "automated") and their
everyday kin ("driverless", "autopilot") name such a machine (``described.names_machine_at_work``): the
question asks how it works, a near miss declined as not covered, not a refusal; with no untaught
term found, the decline names the machine ("driverless tractors", ``scope.self_acting_machine``).
"""

from __future__ import annotations

import learner_judge
import pytest

from tutor.core.answering import requests

_REFUSAL = requests.OTHER_SUBJECT_TEXT.split(":")[0]  # "Sorry, I can't help with that"


@pytest.mark.parametrize(
    "question",
    [
        "how do driverless buses notice cyclists at night",
        "how does a delivery drone pick where to land in my garden",
    ],
)
def test_a_self_acting_machine_is_a_near_miss_not_another_subject(tutor, question: str) -> None:
    answer = learner_judge.converse(tutor, [question])
    assert not answer.in_scope and not answer.sources, answer.text
    assert not answer.text.startswith(_REFUSAL), answer.text


def test_the_bare_decline_names_the_machine(tutor) -> None:
    answer = learner_judge.converse(tutor, ["how do driverless lorries merge onto a motorway"])
    assert not answer.in_scope and not answer.sources, answer.text
    assert "driverless lorries" in answer.text.lower(), answer.text


def test_everyday_life_is_still_refused(tutor) -> None:
    answer = learner_judge.converse(tutor, ["how do i get my toddler to sleep through the night"])
    assert not answer.in_scope and answer.text.startswith(_REFUSAL), answer.text
