"""Who does the thing asked about in "how does X decide ...": a machine, a business or a living doer.

Who does the thing asked about (stop 34, benchmarks/probes/refuse34-s34).

The frames that read a name off "how does X decide / know / work out ..." and "how do X do Y"
were written for products and practices doing their job ("how does a telematics box work out my
premium"). Living things decide and know too: "how does the immune system know what to attack"
was declined as an untaught term ("The course does not cover immune system") instead of refused
as biology. A name read off a living doer (``doers.frame_doers``, ``Tutor._living_doer``) no longer
anchors the other-subject check; a made doer, a practice, a coined name or a course question keeps
its answer.

Stop 34, lead: a business doing something is no living doer (refuse34 x trial34).

refuse34 lets the doer of "how do X do Y" decide between another subject (a living doer: "how do
farmers do crop rotation") and a possible untaught term. MiniLM puts businesses ("airlines",
"insurers") nearer to people at work than to devices, so "how do airlines do dynamic pricing", a
near miss trial34 pins, was refused as another subject once both were merged. Businesses are a
third kind, judged as not living: they buy and run software for their work.
"""

from __future__ import annotations

import pytest

from tutor.core.answering.doers import frame_doers
from tutor.core.answering.refusal_texts import OTHER_SUBJECT_TEXT

# Fresh wordings, none of them a probe's: another subject asked in a frame that reads its doer.
# Each was declined on main as "The course does not cover <the doer>".
OTHER_SUBJECTS_IN_FRAMES = [
    "how does the immune system know which cells to fight",
    "how do homing pigeons figure out the way back",
    "how do migrating whales figure out where to go",
    "how does a tennis coach spot bad technique",
    "how do football referees decide a penalty",
]


@pytest.mark.parametrize("question", OTHER_SUBJECTS_IN_FRAMES)
def test_a_living_doer_in_a_frame_is_another_subject(tutor, question: str) -> None:
    answer = tutor.ask(question)
    assert not answer.in_scope and not answer.sources
    assert answer.text == OTHER_SUBJECT_TEXT, answer.text


@pytest.mark.parametrize(
    ("question", "term"),
    [
        # a device named in plain English (termverbs-s31), a practice (refuse34-s34 work), a task
        # done by people, a coined product name (zlimits-s33)
        ("how do hearing aids pick out one voice in a noisy pub", "hearing aids"),
        ("how does lead scoring decide which customers to call first", "lead scoring"),
        ("how do marketers do lead scoring", "lead scoring"),
        ("the insurer put a telematics box in my van. how does it work out my premium", "telematics"),
    ],
)
def test_a_made_doer_or_a_practice_stays_a_near_miss(tutor, question: str, term: str) -> None:
    answer = tutor.ask(question)
    assert not answer.in_scope and not answer.sources
    assert answer.text.startswith("The course does not cover") and term in answer.text, answer.text


def test_a_living_doer_of_the_course_is_no_other_subject(tutor) -> None:
    # The course's own story has a living doer, the agent on the frozen lake: retrieval finds its
    # section, so the name read off it is still weighed as a term (declined as before, on main
    # too), never refused as another subject; asked with the game named first, it is answered.
    answer = tutor.ask("how does the little guy on the frozen lake figure out where the holes are")
    assert answer.text != OTHER_SUBJECT_TEXT
    answer = tutor.ask("in the frozen lake game how does the little guy figure out the way to the goal")
    assert answer.in_scope and any(s.section.startswith("reinforcement-learning#") for s in answer.sources)


def test_frame_doers_gives_only_doers_that_could_be_living() -> None:
    assert frame_doers("how does the immune system know what to attack") == [("immune system", "immune system")]
    assert ("farmers", "crop rotation") in frame_doers("how do farmers do crop rotation")
    # a practice named by its action, a kind of method, the learner, a task done by anyone, a
    # coined name, a word of the subject
    for question in (
        "how does lead scoring decide which customers to call first",
        "how does the elbow method work",
        "how do i do one-hot encoding",
        "how do marketers do lead scoring",
        "how does swype keyboard figure out the word",
        "how does the sales model decide",
    ):
        assert frame_doers(question) == [], question


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
