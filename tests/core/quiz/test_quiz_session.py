"""Quiz sessions: answers saved as given, kill-and-resume, score, mistakes, retake and review."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.core.quiz.conftest import right_answer, wrong_answer
from tutor.core.quiz.grading import Grader, InvalidAnswer
from tutor.core.quiz.session import (
    NothingToAsk,
    start_quiz,
    start_retake,
    start_review,
    unfinished_session,
)
from tutor.core.store import open_store

NOW = 1_750_000_000.0
TERMS_ONLY = Grader(None)  # short answers on key terms: the real model is tested in test_quiz_grading


def test_kill_and_resume(tmp_path: Path, bank) -> None:
    path = tmp_path / "t.db"
    store = open_store(path)
    session = start_quiz(store.conn, bank, topic=None, count=5, seed=7, now=NOW)
    planned = list(session.question_ids)
    first = session.current()
    session.answer(right_answer(first), TERMS_ONLY, now=NOW + 1)
    session.answer(wrong_answer(session.current()), TERMS_ONLY, now=NOW + 2)
    store.conn.close()  # the app is killed: no finish, no goodbye

    again = open_store(path)
    resumed = unfinished_session(again.conn, bank)
    assert resumed is not None and resumed.id == session.id
    assert resumed.question_ids == planned and resumed.position == 2 and resumed.number == 3
    assert resumed.current().id == planned[2]
    assert [a.verdict.value for a in resumed.answers] == ["correct", "wrong"]
    while not resumed.done:
        resumed.answer(right_answer(resumed.current()), TERMS_ONLY, now=NOW + 10)
    score = resumed.score()
    assert (score.correct, score.wrong, score.total, score.answered) == (4, 1, 5, 5)
    assert score.percent == 80
    mistake = resumed.mistakes()[0]
    assert mistake.question.id == planned[1] and len(resumed.mistakes()) == 1
    assert mistake.shown_answer == mistake.answer  # a true/false answer is shown as typed
    assert unfinished_session(again.conn, bank) is None
    attempts = again.conn.execute("SELECT count(*) FROM attempts WHERE session_id = ?", (session.id,)).fetchone()[0]
    assert attempts == 5
    again.close()


def test_invalid_answer_saves_nothing_and_stays(store, bank) -> None:
    session = start_quiz(store.conn, bank, topic="alpha", count=4, seed=1, now=NOW)
    while session.current().kind != "choice":
        session.answer(right_answer(session.current()), TERMS_ONLY, now=NOW)
    position = session.position
    with pytest.raises(InvalidAnswer):
        session.answer("9", TERMS_ONLY, now=NOW)
    assert session.position == position
    count = store.conn.execute("SELECT count(*) FROM attempts").fetchone()[0]
    assert count == position


def test_retake_the_ones_missed_then_review_due(store, bank) -> None:
    session = start_quiz(store.conn, bank, topic="beta", count=4, seed=2, now=NOW)
    missed = []
    for index in range(4):
        question = session.current()
        if index % 2 == 0:
            missed.append(question.id)
            session.answer(wrong_answer(question), TERMS_ONLY, now=NOW)
        else:
            session.answer(right_answer(question), TERMS_ONLY, now=NOW)
    assert session.done and session.finished is not None
    retake = start_retake(store.conn, bank, session, now=NOW + 5)
    assert retake.mode == "retake" and retake.question_ids == missed and retake.topic == "beta"
    for _ in missed:
        retake.answer(right_answer(retake.current()), TERMS_ONLY, now=NOW + 6)
    assert retake.mistakes() == []
    with pytest.raises(NothingToAsk):
        start_retake(store.conn, bank, retake)

    with pytest.raises(NothingToAsk, match="No cards are due"):
        start_review(store.conn, bank, now=NOW + 7)
    later = NOW + 40 * 86400
    review = start_review(store.conn, bank, now=later)
    assert review.mode == "review" and set(review.question_ids) == {q.id for q in bank.by_lesson("beta")}


def test_new_quiz_closes_the_old_unfinished_one(store, bank) -> None:
    old = start_quiz(store.conn, bank, topic="alpha", count=3, seed=1, now=NOW)
    old.answer(right_answer(old.current()), TERMS_ONLY, now=NOW)
    new = start_quiz(store.conn, bank, topic="gamma", count=2, seed=1, now=NOW + 1)
    assert unfinished_session(store.conn, bank).id == new.id


def test_absurd_counts(store, bank) -> None:
    for count in (0, -1, 51):
        with pytest.raises(ValueError, match="1 to 50"):
            start_quiz(store.conn, bank, count=count)


def test_question_removed_from_the_bank_is_skipped_on_resume(store, bank) -> None:
    session = start_quiz(store.conn, bank, topic="alpha", count=4, seed=3, now=NOW)
    gone = session.question_ids[0]
    del bank.questions[gone]
    resumed = unfinished_session(store.conn, bank)
    assert resumed.current().id == session.question_ids[1] and resumed.position == 1


def test_a_choice_mistake_shows_the_choice_text(bank) -> None:
    from tutor.core.quiz.grading import Verdict
    from tutor.core.quiz.session import Mistake

    assert Mistake(bank.get("alpha-1"), "2", Verdict.WRONG, "").shown_answer == "b) Wrong"
    assert Mistake(bank.get("alpha-1"), "C", Verdict.WRONG, "").shown_answer == "c) Also wrong"


def test_score_counts_right_as_one_point_and_partial_by_its_score(store, bank) -> None:
    from tutor.core.quiz.session import start_session

    session = start_session(store.conn, bank, ["alpha-1", "alpha-3", "alpha-2"], now=NOW)
    session.answer("a", TERMS_ONLY, now=NOW)  # right
    session.answer("it needs labels", TERMS_ONLY, now=NOW)  # one of two key terms: partly right
    session.answer("f", TERMS_ONLY, now=NOW)  # wrong
    score = session.score()
    assert (score.correct, score.partial, score.wrong) == (1, 1, 1)
    assert score.points == 1.5 and score.percent == 50
    assert [m.question.id for m in session.mistakes()] == ["alpha-3", "alpha-2"]
