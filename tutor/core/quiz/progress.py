"""The learner's quiz record: saving each answer and summarising it as plain data.

Why every answer is committed on its own: a learner may close the terminal in the middle of a
quiz; the attempt, its spaced-repetition card, the review log and the session position are
written in one transaction the moment the answer is graded, so nothing given is ever lost.

The summary (``progress_report``) is plain data the CLI prints and the chat draws as bars and a
chart: mastery per lesson, questions answered, accuracy per day, the streak and cards due.
"""

from __future__ import annotations

import sqlite3
import time
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from tutor.core.quiz import scheduler
from tutor.core.quiz.bank import Bank, Question
from tutor.core.quiz.grading import Grade, Verdict
from tutor.core.writes import durable, resolve


def record_answer(
    conn: sqlite3.Connection,
    question: Question,
    answer: str,
    grade: Grade,
    session_id: int | None = None,
    now: float | None = None,
    seconds: float | None = None,
    hints: int = 0,
) -> None:
    """Save the attempt and update the card + review log (no commit: the caller's transaction).

    ``hints``: how many hints were shown before this answer (rated Hard when right).
    """
    save_answer.run(conn, **answer_args(question, answer, grade, session_id, now, seconds, hints))


def answer_args(
    question: Question,
    answer: str,
    grade: Grade,
    session_id: int | None = None,
    now: float | None = None,
    seconds: float | None = None,
    hints: int = 0,
) -> dict[str, Any]:
    """An answer as plain values (what ``save_answer`` takes and a journal can hold)."""
    return {
        "question_id": question.id, "lesson_id": question.lesson, "kind": question.kind,
        "answer": answer, "verdict": grade.verdict.value, "correct": bool(grade.correct),
        "score": float(grade.score), "feedback": grade.feedback, "session_id": session_id,
        "moment": time.time() if now is None else now, "seconds": seconds, "hints": int(hints),
    }


@durable
def save_answer(conn: sqlite3.Connection, question_id: str, lesson_id: str, kind: str, answer: str,
                verdict: str, correct: bool, score: float, feedback: str, session_id: int | None,
                moment: float, seconds: float | None, hints: int) -> None:
    """The attempt, its card and review log; the card is read when this runs, so a kept answer
    still builds on the answers saved before it. ``session_id`` may be a placeholder."""
    conn.execute(
        "INSERT INTO attempts(session_id, question_id, lesson_id, answer, correct, score, created, "
        "verdict, feedback, hints) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            None if session_id is None else resolve(conn, session_id),
            question_id,
            lesson_id,
            answer,
            int(correct),
            score,
            moment,
            verdict,
            feedback,
            hints,
        ),
    )
    grade = Grade(Verdict(verdict), score, feedback)
    rating = scheduler.rating_for(grade, kind, seconds, hinted=hints > 0)
    duration = int(seconds * 1000) if seconds is not None and seconds > 0 else None
    scheduler.review(conn, question_id, lesson_id, rating, now=moment, duration_ms=duration)


@dataclass(frozen=True)
class LessonMastery:
    """How well one lesson is known: latest scores summed over all of its questions."""

    lesson_id: str
    title: str
    questions: int  # in the bank
    seen: int  # distinct questions answered at least once
    attempts: int
    accuracy: float | None  # share of attempts answered correctly, None before any
    mastery: float  # 0..1: sum of each question's latest score / questions in the lesson


@dataclass(frozen=True)
class DayStat:
    day: str  # ISO date, local time
    answered: int
    correct: int

    @property
    def accuracy(self) -> float:
        return self.correct / self.answered if self.answered else 0.0


@dataclass(frozen=True)
class ProgressReport:
    lessons: list[LessonMastery]
    answered: int  # attempts in total
    distinct: int  # distinct questions answered
    correct: int
    days: list[DayStat]  # days with at least one answer, oldest first
    streak: int  # consecutive days with an answer, ending today (or yesterday)
    due: int
    next_due: float | None  # Unix time of the next card due, None without cards
    bank_size: int

    @property
    def accuracy(self) -> float | None:
        return self.correct / self.answered if self.answered else None


def _local_day(timestamp: float) -> date:
    return datetime.fromtimestamp(timestamp).date()


def streak_from_days(days: set[date], today: date) -> int:
    """Consecutive days with practice ending today; a day not yet practised keeps yesterday's run."""
    current = today if today in days else today - timedelta(days=1)
    count = 0
    while current in days:
        count += 1
        current -= timedelta(days=1)
    return count


def progress_report(conn: sqlite3.Connection, bank: Bank, now: float | None = None) -> ProgressReport:
    """Everything ``/progress`` and ``tutor quiz --progress`` show."""
    moment = time.time() if now is None else now
    known = set(bank.questions)
    rows = conn.execute(
        "SELECT question_id, lesson_id, correct, score, created FROM attempts ORDER BY created, id"
    ).fetchall()
    latest: dict[str, float] = {}
    per_lesson_attempts: dict[str, int] = {}
    per_lesson_correct: dict[str, int] = {}
    per_day: dict[date, list[int]] = {}
    for question_id, lesson_id, correct, score, created in rows:
        latest[question_id] = float(score)
        per_lesson_attempts[lesson_id] = per_lesson_attempts.get(lesson_id, 0) + 1
        per_lesson_correct[lesson_id] = per_lesson_correct.get(lesson_id, 0) + int(correct)
        bucket = per_day.setdefault(_local_day(created), [0, 0])
        bucket[0] += 1
        bucket[1] += int(correct)
    lessons: list[LessonMastery] = []
    for lesson_id in bank.topics:
        questions = bank.by_lesson(lesson_id)
        seen = [q.id for q in questions if q.id in latest]
        attempts = per_lesson_attempts.get(lesson_id, 0)
        lessons.append(
            LessonMastery(
                lesson_id=lesson_id,
                title=bank.lesson_title(lesson_id),
                questions=len(questions),
                seen=len(seen),
                attempts=attempts,
                accuracy=per_lesson_correct.get(lesson_id, 0) / attempts if attempts else None,
                mastery=sum(latest[q] for q in seen) / len(questions) if questions else 0.0,
            )
        )
    days = [DayStat(day.isoformat(), n, c) for day, (n, c) in sorted(per_day.items())]
    return ProgressReport(
        lessons=lessons,
        answered=len(rows),
        distinct=len(latest),
        correct=sum(int(row[2]) for row in rows),
        days=days,
        streak=streak_from_days(set(per_day), _local_day(moment)),
        due=len(scheduler.due_question_ids(conn, moment, known)),
        next_due=scheduler.next_due(conn, known),
        bank_size=len(bank),
    )


def lesson_stats(conn: sqlite3.Connection) -> dict[str, tuple[int, float]]:
    """Per lesson: (attempts, summed score), for adaptive selection."""
    return {
        row[0]: (int(row[1]), float(row[2] or 0.0))
        for row in conn.execute(
            "SELECT lesson_id, count(*), sum(score) FROM attempts GROUP BY lesson_id"
        )
    }


def latest_scores(conn: sqlite3.Connection) -> dict[str, float]:
    """Each answered question's most recent score."""
    scores: dict[str, float] = {}
    for question_id, score in conn.execute(
        "SELECT question_id, score FROM attempts ORDER BY created, id"
    ):
        scores[question_id] = float(score)
    return scores


def count_due(conn: sqlite3.Connection, bank: Bank, now: float | None = None) -> int:
    """How many cards are due now (questions no longer in the bank are ignored)."""
    return len(scheduler.due_question_ids(conn, now, set(bank.questions)))
