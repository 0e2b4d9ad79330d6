"""/challenge: three practised lessons, interleaved, weakest questions first; answers feed mastery."""

from __future__ import annotations

import pytest

from tests.core.learning.conftest import T0, answer
from tutor.core.learning.challenge import LESSONS, PER_LESSON, challenge_ids, start_challenge
from tutor.core.learning.mastery import course_state
from tutor.core.quiz.grading import Grader
from tutor.core.quiz.session import NothingToAsk


def test_a_challenge_needs_three_practised_lessons(conn, course, bank) -> None:
    answer(conn, bank.by_lesson("gans")[0], True, T0)
    with pytest.raises(NothingToAsk, match="practised 1 so far"):
        challenge_ids(conn, course, bank, T0)


def test_questions_alternate_between_the_three_weakest_practised_lessons(conn, course, bank) -> None:
    for lesson_id, right in (("gans", False), ("vaes", False), ("hallucination", False), ("what-is-ml", True)):
        for question in bank.by_lesson(lesson_id)[:3]:
            answer(conn, question, right, T0)
    ids = challenge_ids(conn, course, bank, T0 + 60, seed=1)
    lessons = [bank.get(qid).lesson for qid in ids]
    assert len(ids) == LESSONS * PER_LESSON
    assert set(lessons) == {"gans", "vaes", "hallucination"}  # not the well-known one
    assert all(lessons[i] != lessons[i + 1] for i in range(len(lessons) - 1))  # interleaved


def test_challenge_answers_change_mastery(conn, course, bank) -> None:
    for lesson_id in ("gans", "vaes", "hallucination"):
        answer(conn, bank.by_lesson(lesson_id)[0], False, T0)
    before = course_state(conn, course, bank, T0 + 60)
    session = start_challenge(conn, course, bank, T0 + 60, seed=0)
    grader = Grader(None)
    while not session.done:
        question = session.current()
        right = {"choice": lambda q: "abcd"[q.correct_index], "truefalse": lambda q: "t" if q.answer else "f",
                 "short": lambda q: " ".join(t.split("|")[0] for t in q.key_terms)}[question.kind](question)
        session.answer(right, grader, now=T0 + 120)
    after = course_state(conn, course, bank, T0 + 180)
    for lesson_id in ("gans", "vaes", "hallucination"):
        assert after.get(lesson_id).recall > before.get(lesson_id).recall
