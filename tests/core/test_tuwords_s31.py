"""Loaded questions and other fields' professionals (issue 11, stop 31, sets T and U).

Two classes of question, each checked on questions written for this file (the probes are in
benchmarks/probes/tuwords-s31):
- a worried question whose asking sentence points back at the machine its preamble names, in a
  clause after its opening words ("... spare me the jargon: did it lift the melodies?"), was
  refused as another subject: only a pointer opening the asking sentence counted;
- a bare job label opening a first-person message ("glaciologist. my melt models ...") was
  searched as part of the question: only "glaciologist here" was read as who asks.
"""

from __future__ import annotations

from typing import Any

from tutor.core.answering.scope import without_introduction


def test_a_pointer_acting_later_in_the_asking_sentence_is_the_machine_of_the_preamble(tutor: Any) -> None:
    question = (
        "my church choir uses a music generator for backing tracks. a member is cross: "
        "did it lift the melodies from real hymns?"
    )
    assert not tutor._preamble_then_other(question)
    answer = tutor.ask(question)
    assert answer.in_scope
    assert "inspired" in answer.text.lower()
    # Another subject after a remark about the course is still turned away: a pointer inside a
    # clause of the asking sentence points at that clause's own noun.
    assert not tutor.ask("I loved the GAN lesson. how do i bake sourdough if it keeps collapsing?").in_scope
    assert not tutor.ask("chatgpt is great. how do i fix my bike chain when it slips?").in_scope


def test_a_bare_job_label_before_the_first_person_says_who_asks() -> None:
    assert without_introduction("glaciologist. my melt models match past seasons. why?") == (
        "my melt models match past seasons. why?"
    )
    assert without_introduction("quantity surveyor, we price jobs from old ones. is that regression?") == (
        "we price jobs from old ones. is that regression?"
    )
    assert without_introduction("seismologist: we have unlabelled tremor records. can they be grouped?") == (
        "we have unlabelled tremor records. can they be grouped?"
    )
    # A machine, a course word or no first person after the label: left as it is.
    for kept in (
        "spam filter. my boss says it is useless, why?",
        "transformer. my model is one, how does it work?",
        "overfitting. my model does great in training, why?",
        "glaciologist. what is overfitting?",
    ):
        assert without_introduction(kept) == kept


def test_a_job_label_no_longer_sinks_the_question(tutor: Any) -> None:
    answer = tutor.ask(
        "glaciologist. my melt models match past seasons perfectly but miss every new one. what are the fixes for that?"
    )
    assert answer.in_scope
    assert "overfitting" in answer.text.lower()
    answer = tutor.ask("seismologist: we have millions of unlabelled tremor records. can a method group them with no labels at all?")
    assert answer.in_scope
    assert "unsupervised" in answer.text.lower()


def test_an_asking_clause_opened_by_any_auxiliary_is_searched_alone() -> None:
    from tutor.core.answering import everyday

    question = (
        "my aunt asked a chat app for a recipe from a famous cookbook and got a lovely one. "
        "nobody can find it in the book. was the app fibbing to her?"
    )
    assert "was the app fibbing to her" in everyday.narrowed(question)
    assert any(r.startswith("didn't it copy") for r in everyday.narrowed(
        "the poster looks like my photo, the colours are the same. didn't it copy my photo?"
    ))


def test_a_long_story_before_a_was_question_is_answered(tutor: Any) -> None:
    answer = tutor.ask(
        "my aunt asked a chat app for a recipe from a famous cookbook and got a lovely one, with a page "
        "number. nobody can find it in the book. was the app fibbing to her?"
    )
    assert answer.in_scope
    assert "hallucination" in answer.text.lower()
