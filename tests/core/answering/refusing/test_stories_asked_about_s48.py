"""A story about a machine, then an asking sentence with nothing of its own, is asked about the
story: not refused as another subject (stop 48, jcmp48 and jpara48 work probes; worded apart).

- "line the three up side by side" counts the things told before (``declining._COUNTED_POINTER``).
- "looking back, what should we have done differently" asks what the story's people should have
  done (``declining._ASKS_OF_THE_STORY``), when the sentence just before tells of a machine.
Another subject after a remark on the lessons is still refused.
"""

from __future__ import annotations

from tutor.core.answering.refusal_texts import OTHER_SUBJECT_TEXT


def test_the_things_told_counted_are_asked_about(tutor) -> None:
    question = (
        "evening class student. the handout says a machine can learn three ways - from worked answers, from data with no "
        "answers at all, and by trying things and scoring points. can you put the three side by side for me"
    )
    answer = tutor.ask(question)
    assert answer.in_scope and answer.text != OTHER_SUBJECT_TEXT


def test_what_should_have_been_done_in_a_story_of_a_machine_is_asked_about(tutor) -> None:
    question = (
        "our practice rushed in an ai booking system, nobody was trained on it and the receptionists refused to use it. "
        "in hindsight what should we have done?"
    )
    answer = tutor.ask(question)
    assert answer.in_scope and answer.sources


def test_another_subject_after_a_remark_is_still_refused(tutor) -> None:
    for question in (
        "I loved the GAN lesson. Anyway, my sponge cake sank in the middle, what went wrong?",
        "great course on clustering. can you compare the two best pizza places in naples?",
    ):
        answer = tutor.ask(question)
        assert not answer.in_scope and not answer.sources, question
