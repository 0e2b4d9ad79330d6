"""Spaced repetition with FSRS: every answered question becomes a card with a due time.

Why FSRS (the ``fsrs`` package): it models how fast each learner forgets each card and picks
the next review for a target recall of 90%, which beats fixed intervals; we only map our grades
to its ratings and keep its card JSON in SQLite.

Why one learning step of 10 minutes (fsrs defaults to 1 and 10 minutes): a quiz question is not a
flashcard flipped three times in a row. A wrong answer comes back after a short break (10 min,
15 for partly right); a right answer graduates at once to an interval of days.

Functions here take a ``sqlite3.Connection`` and never commit: the caller wraps the attempt,
the card and the review log in one transaction, so an answer is saved completely or not at all.
"""

from __future__ import annotations

import sqlite3
import time
import zlib
from datetime import UTC, datetime, timedelta

from fsrs import Card, Rating, Scheduler

from tutor.core.quiz.grading import Grade, Verdict

LEARNING_STEPS = (timedelta(minutes=10),)
RELEARNING_STEPS = (timedelta(minutes=10),)
# A right answer faster than this (seconds) counts as Easy: the learner clearly knows it.
EASY_SECONDS = {"choice": 8.0, "truefalse": 5.0, "short": 25.0}


def make_scheduler(fuzz: bool = True) -> Scheduler:
    """The scheduler every part of tutor uses (fuzzing spreads reviews of same-day cards)."""
    return Scheduler(
        learning_steps=LEARNING_STEPS, relearning_steps=RELEARNING_STEPS, enable_fuzzing=fuzz
    )


def rating_for(
    grade: Grade, kind: str = "choice", seconds: float | None = None, hinted: bool = False
) -> Rating:
    """Wrong -> Again, partly right -> Hard, right -> Good (Easy when answered quickly).

    A right answer given after a hint is Hard: the learner needed help to recall it, so the
    card comes back sooner than after an unaided success (and never counts as Easy).
    """
    if grade.verdict is Verdict.WRONG:
        return Rating.Again
    if grade.verdict is Verdict.PARTIAL or hinted:
        return Rating.Hard
    limit = EASY_SECONDS.get(kind, 8.0)
    if seconds is not None and 0 < seconds <= limit:
        return Rating.Easy
    return Rating.Good


def utc(timestamp: float | None = None) -> datetime:
    """A UTC datetime (fsrs requires timezone-aware UTC) for a Unix time (default: now)."""
    return datetime.fromtimestamp(time.time() if timestamp is None else timestamp, tz=UTC)


def _card_id(question_id: str) -> int:
    """A stable card id per question (fsrs would use the creation time in milliseconds)."""
    return zlib.crc32(question_id.encode("utf-8"))


def load_card(conn: sqlite3.Connection, question_id: str) -> Card | None:
    row = conn.execute("SELECT card_json FROM cards WHERE question_id = ?", (question_id,)).fetchone()
    if row is None:
        return None
    try:
        return Card.from_json(row[0])
    except (ValueError, KeyError, TypeError):
        return None  # an unreadable card starts over rather than stopping the quiz


def review(
    conn: sqlite3.Connection,
    question_id: str,
    lesson_id: str,
    rating: Rating,
    now: float | None = None,
    scheduler: Scheduler | None = None,
    duration_ms: int | None = None,
) -> Card:
    """Apply one review to the question's card (creating it on first sight); no commit."""
    scheduler = scheduler or make_scheduler()
    when = utc(now)
    card = load_card(conn, question_id) or Card(card_id=_card_id(question_id), due=when)
    card, log = scheduler.review_card(card, rating, review_datetime=when, review_duration=duration_ms)
    conn.execute(
        "INSERT INTO cards(question_id, lesson_id, card_json, due) VALUES(?, ?, ?, ?) "
        "ON CONFLICT(question_id) DO UPDATE SET lesson_id = excluded.lesson_id, "
        "card_json = excluded.card_json, due = excluded.due",
        (question_id, lesson_id, card.to_json(), card.due.timestamp()),
    )
    conn.execute(
        "INSERT INTO review_log(question_id, rating, log_json, created) VALUES(?, ?, ?, ?)",
        (question_id, int(rating), log.to_json(), when.timestamp()),
    )
    return card


def due_question_ids(
    conn: sqlite3.Connection, now: float | None = None, known: set[str] | None = None
) -> list[str]:
    """Questions whose card is due, most overdue first (``known`` drops retired questions)."""
    moment = time.time() if now is None else now
    rows = conn.execute(
        "SELECT question_id FROM cards WHERE due <= ? ORDER BY due, question_id", (moment,)
    ).fetchall()
    return [row[0] for row in rows if known is None or row[0] in known]


def next_due(conn: sqlite3.Connection, known: set[str] | None = None) -> float | None:
    """When the next card falls due (Unix time), or None when there are no cards."""
    for question_id, due in conn.execute("SELECT question_id, due FROM cards ORDER BY due"):
        if known is None or question_id in known:
            return float(due)
    return None


def card_dues(conn: sqlite3.Connection) -> dict[str, float]:
    """Every card's due time by question id."""
    return {row[0]: float(row[1]) for row in conn.execute("SELECT question_id, due FROM cards")}
