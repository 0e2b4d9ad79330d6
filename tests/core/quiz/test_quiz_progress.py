"""Progress: mastery per lesson, totals, accuracy per day, streak and cards due, from real attempts."""

from __future__ import annotations

from datetime import date, datetime

from tutor.core.quiz.grading import Grade, Verdict
from tutor.core.quiz.progress import progress_report, record_answer, streak_from_days

RIGHT = Grade(Verdict.CORRECT, 1.0, "")
HALF = Grade(Verdict.PARTIAL, 0.5, "")
WRONG = Grade(Verdict.WRONG, 0.0, "")


def _at(day: int, hour: int = 12) -> float:
    return datetime(2025, 3, day, hour).timestamp()  # local time, as the streak uses


def test_report(store, bank) -> None:
    conn = store.conn
    with conn:
        record_answer(conn, bank.get("alpha-1"), "b", WRONG, now=_at(3))
        record_answer(conn, bank.get("alpha-1"), "a", RIGHT, now=_at(4), seconds=30)
        record_answer(conn, bank.get("alpha-3"), "labels", HALF, now=_at(4))
        record_answer(conn, bank.get("beta-2"), "f", WRONG, now=_at(5))
    report = progress_report(conn, bank, now=_at(5, 18))
    assert report.answered == 4 and report.distinct == 3 and report.correct == 1
    alpha, beta, gamma = report.lessons
    assert (alpha.lesson_id, alpha.title, alpha.questions, alpha.seen, alpha.attempts) == ("alpha", "Lesson Alpha", 4, 2, 3)
    assert alpha.mastery == (1.0 + 0.5) / 4  # latest score per question over the lesson's questions
    assert alpha.accuracy == 1 / 3
    assert beta.mastery == 0.0 and beta.accuracy == 0.0
    assert gamma.accuracy is None and gamma.seen == 0
    assert [(d.day, d.answered, d.correct) for d in report.days] == [
        ("2025-03-03", 1, 0), ("2025-03-04", 2, 1), ("2025-03-05", 1, 0)
    ]
    assert report.streak == 3
    assert report.due == 2  # alpha-3 (partial) and beta-2 (wrong) are due hours later; alpha-1 is not
    assert report.next_due is not None
    assert progress_report(conn, bank, now=_at(8)).streak == 0


def test_streak_rules() -> None:
    days = {date(2025, 3, 1), date(2025, 3, 2), date(2025, 3, 4)}
    assert streak_from_days(days, date(2025, 3, 4)) == 1
    assert streak_from_days(days, date(2025, 3, 3)) == 2  # today not practised yet: yesterday's run
    assert streak_from_days(days, date(2025, 3, 6)) == 0
    assert streak_from_days(set(), date(2025, 3, 6)) == 0


def test_empty_report(store, bank) -> None:
    report = progress_report(store.conn, bank)
    assert report.answered == 0 and report.accuracy is None and report.streak == 0
    assert report.due == 0 and report.next_due is None and len(report.lessons) == 3
