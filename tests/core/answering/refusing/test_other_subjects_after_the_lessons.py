"""Another subject's fact, or a job task, asked after a remark on the lessons is refused as
outside the tutor's job, not declined as an untaught topic (stop 41, helper lim41; probes in
``benchmarks/probes/lim41-s41``, from set ZX's caretaker cases). Worded apart from the probes.

- A closing tag ("remind me?", "i always forget") asks nothing: the sentence before it asks.
- A pointer after a thing of the asking sentence's own ("the kiln shows an E4 code, how do i
  clear it") points at that thing, not at the machine a preamble described.
- A message that remarks on the lessons and turns away ("separate thing:", "what I actually
  need:") asks about the other subject; the term read off it is no untaught topic.
- A device's fault code ("an E4 code", "code P0171") is no computer code.
Course questions and near misses in the same frames keep their answers.
"""

from __future__ import annotations

from tutor.core.answering.codes import without_codes_of_another_kind
from tutor.core.answering.refusal_texts import OTHER_SUBJECT_TEXT
from tutor.core.answering.who_asks import asking_part


def test_a_closing_tag_is_not_the_asking_sentence() -> None:
    assert asking_part("quick one. what is the capital of peru. remind me?") == "what is the capital of peru."
    assert asking_part("what's the boiling point of ethanol? i always forget") == "what's the boiling point of ethanol?"
    # (a closing sentence that asks something stays the asking one)
    assert asking_part("loved the lesson. remind me what overfitting is?") == "remind me what overfitting is?"


def test_a_fault_code_is_no_computer_code() -> None:
    assert "code" not in without_codes_of_another_kind("the kiln shows an E4 code")
    assert "code" not in without_codes_of_another_kind("engine light with code P0171")
    assert "code" in without_codes_of_another_kind("why does my python code overfit")


def test_another_subject_after_a_remark_on_the_lessons_is_refused(tutor) -> None:
    for question in (
        "potter here, been reading your lessons on clustering at lunch, great stuff. separate thing: what cone should i fire stoneware glaze to, remind me?",
        "van driver, enjoyed the reinforcement learning lesson. what I actually need: the kiln in our shop shows an E4 code, talk me through clearing it.",
        "dinner lady, loved the bit on chatbots. my grandson asked me who painted the sistine chapel ceiling. remind me?",
    ):
        answer = tutor.ask(question)
        assert not answer.in_scope and not answer.sources, question
        assert answer.text == OTHER_SUBJECT_TEXT, (question, answer.text)


def test_a_near_miss_after_a_remark_on_the_lessons_is_still_declined_by_name(tutor) -> None:
    answer = tutor.ask("loved the clustering lesson. separate thing: how does gaussian mixture modelling work?")
    assert not answer.in_scope and answer.text.startswith("The course does not cover"), answer.text


def test_a_course_question_after_a_remark_on_the_lessons_is_answered(tutor) -> None:
    answer = tutor.ask("loved the clustering lesson. separate thing: how does k-means decide where the centres go?")
    assert answer.in_scope and answer.sources, answer.text
