"""Out-of-job requests, stop 29 (helper pjob), from blind set P's out-of-job failures, tested here
in other words.

- An order that does not open the message is read where it opens: after a sentence of thanks or
  context ("... thanks! now can you ...") or after a leading frame saying what it is for ("for my
  comic, ...", "to cheer up my team, ..."). A course question behind such a frame stays answered.
- A persona given a name to play ("play a robot butler named X") is role-play.
- A household thing named first, then "how do i fix it", is an everyday errand, not an untaught topic.
"""

from __future__ import annotations

import learner_judge

from tutor.core.answering import requests


def test_an_order_after_a_sentence_of_thanks_is_refused() -> None:
    refusal = requests.classify(
        "the bit about overfitting finally made sense, cheers. now could you write part two of my short story for the magazine?"
    )
    assert refusal is not None and refusal.kind == "out_of_job"


def test_an_order_after_a_purpose_frame_is_refused() -> None:
    refusal = requests.classify("to decorate our office party invitations, generate a cheerful illustration of penguins dancing")
    assert refusal is not None and refusal.kind == "out_of_job"


def test_a_named_persona_to_play_is_refused() -> None:
    refusal = requests.classify("for my comic, play a grumpy robot butler named Jeeves-9. Jeeves, where is my tea?")
    assert refusal is not None and refusal.kind == "out_of_job"


def test_a_household_fault_then_fix_it_is_refused() -> None:
    refusal = requests.classify("my freezer keeps beeping even though the door is shut, how can i fix it")
    assert refusal is not None and refusal.kind == "everyday"


def test_a_course_question_behind_a_frame_is_answered(tutor) -> None:
    answer = learner_judge.converse(tutor, ["for my revision notes, what is the difference between classification and regression?"])
    assert answer.in_scope and answer.sources
    answer = learner_judge.converse(tutor, ["thanks, that was clear. so how does k-means decide which group a point joins?"])
    assert answer.in_scope and answer.sources


def test_a_wish_followed_by_a_question_is_not_an_order() -> None:
    # "we'd like a ..." would be an order at the message's opening; here a question about it follows.
    assert requests.classify(
        "zoo keeper here. we'd like an app that hears a bird and names the species. what sort of ai would that be?"
    ) is None
