"""Spaced repetition: grades map to FSRS ratings; a missed card comes back sooner than a known one."""

from __future__ import annotations

import json

from fsrs import Rating

from tutor.core.quiz import scheduler
from tutor.core.quiz.grading import Grade, Verdict
from tutor.core.quiz.progress import record_answer

NOW = 1_750_000_000.0
DAY = 86_400.0


def _grade(verdict: Verdict) -> Grade:
    return Grade(verdict, {"correct": 1.0, "partial": 0.5, "wrong": 0.0}[verdict.value], "")


def test_ratings() -> None:
    assert scheduler.rating_for(_grade(Verdict.WRONG)) is Rating.Again
    assert scheduler.rating_for(_grade(Verdict.PARTIAL)) is Rating.Hard
    assert scheduler.rating_for(_grade(Verdict.CORRECT), "choice", 30.0) is Rating.Good
    assert scheduler.rating_for(_grade(Verdict.CORRECT), "choice", 3.0) is Rating.Easy
    assert scheduler.rating_for(_grade(Verdict.CORRECT), "short", 20.0) is Rating.Easy
    assert scheduler.rating_for(_grade(Verdict.WRONG), "choice", 1.0) is Rating.Again


def test_wrong_answer_comes_back_sooner_than_right(store, bank) -> None:
    conn = store.conn
    with conn:
        record_answer(conn, bank.get("alpha-1"), "b", _grade(Verdict.WRONG), now=NOW)
        record_answer(conn, bank.get("alpha-2"), "t", _grade(Verdict.PARTIAL), now=NOW)
        record_answer(conn, bank.get("alpha-4"), "f", _grade(Verdict.CORRECT), now=NOW, seconds=20)
    dues = scheduler.card_dues(conn)
    wrong, partial, right = dues["alpha-1"], dues["alpha-2"], dues["alpha-4"]
    assert wrong == NOW + 600  # one 10-minute learning step
    assert wrong < partial < NOW + 3600  # partly right: a little later, same day
    assert right >= NOW + DAY  # right: graduates to days
    assert scheduler.due_question_ids(conn, NOW) == []
    assert scheduler.due_question_ids(conn, NOW + 601) == ["alpha-1"]
    assert scheduler.due_question_ids(conn, right + 1) == ["alpha-1", "alpha-2", "alpha-4"]
    logs = conn.execute("SELECT question_id, rating, log_json FROM review_log ORDER BY id").fetchall()
    assert [(q, r) for q, r, _ in logs] == [("alpha-1", 1), ("alpha-2", 2), ("alpha-4", 3)]
    assert json.loads(logs[0][2])["rating"] == 1


def test_reviewing_again_extends_a_known_card(store, bank) -> None:
    conn = store.conn
    question = bank.get("alpha-1")
    with conn:
        record_answer(conn, question, "a", _grade(Verdict.CORRECT), now=NOW, seconds=20)
    first = scheduler.card_dues(conn)["alpha-1"]
    with conn:
        record_answer(conn, question, "a", _grade(Verdict.CORRECT), now=first, seconds=20)
    second = scheduler.card_dues(conn)["alpha-1"]
    assert second - first > first - NOW  # the interval grows after a second right answer
    with conn:
        record_answer(conn, question, "b", _grade(Verdict.WRONG), now=second)
    assert scheduler.card_dues(conn)["alpha-1"] == second + 600  # a lapse: back to relearning


def test_unreadable_card_starts_over(store, bank) -> None:
    conn = store.conn
    with conn:
        conn.execute("INSERT INTO cards VALUES('alpha-1', 'alpha', 'not json', 0)")
        record_answer(conn, bank.get("alpha-1"), "a", _grade(Verdict.WRONG), now=NOW)
    assert scheduler.card_dues(conn)["alpha-1"] == NOW + 600


def test_retired_questions_are_not_counted_due(store) -> None:
    with store.conn:
        store.conn.execute("INSERT INTO cards VALUES('gone-1', 'gone', '{}', 0)")
    assert scheduler.due_question_ids(store.conn, NOW) == ["gone-1"]
    assert scheduler.due_question_ids(store.conn, NOW, known={"alpha-1"}) == []
