"""Stop 34, lead: a business doing something is no living doer (refuse34 x trial34).

refuse34 lets the doer of "how do X do Y" decide between another subject (a living doer: "how do
farmers do crop rotation") and a possible untaught term. MiniLM puts businesses ("airlines",
"insurers") nearer to people at work than to devices, so "how do airlines do dynamic pricing", a
near miss trial34 pins, was refused as another subject once both were merged. Businesses are a
third kind, judged as not living: they buy and run software for their work.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("question", "term"),
    [
        ("how do airlines do dynamic pricing", "dynamic pricing"),
        ("how do insurers do claims triage", "claims triage"),
    ],
)
def test_a_business_doing_an_untaught_practice_is_a_near_miss(tutor, question: str, term: str) -> None:
    answer = tutor.ask(question)
    assert not answer.in_scope
    assert f"does not cover {term}" in answer.text


def test_people_at_work_doing_their_trade_are_still_another_subject(tutor) -> None:
    answer = tutor.ask("how do farmers do crop rotation")
    assert not answer.in_scope
    assert "outside this course" in answer.text and not answer.sources
