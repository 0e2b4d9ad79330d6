"""Hints: shown one at a time before the answer is revealed, and remembered.

Why record them: an answer given after a hint shows the learner could not recall it unaided,
so it is scheduled as fsrs "Hard" (``tutor.core.quiz.scheduler.rating_for``) and counts for
less in mastery (``tutor.core.learning.mastery``). Every hint shown is saved at once, so a
hint taken just before a crash still counts; through ``tutor.core.writes.write``, so one taken
while another tutor holds the lock is kept and saved when it frees.
"""

from __future__ import annotations

import sqlite3
import time
from typing import Any

from tutor.core.writes import durable, write

NO_HINT = "No hint for this question: try your best guess, or 'skip' to see the answer."


def hints_of(question: Any) -> tuple[str, ...]:
    """The question's hints in order (the bank's ``Question.hints``; none on older banks)."""
    return tuple(getattr(question, "hints", ()) or ())


def next_hint(question: Any, shown: int) -> str | None:
    """The hint after ``shown`` hints, or None when all have been given."""
    hints = hints_of(question)
    return hints[shown] if shown < len(hints) else None


def record_hint(conn: sqlite3.Connection, question: Any, index: int, now: float | None = None) -> None:
    """The learner saw hint number ``index`` (0-based) of ``question``; committed at once."""
    moment = time.time() if now is None else now
    write(conn, _hint_seen(question_id=question.id, lesson_id=question.lesson, hint=int(index),
                           moment=moment))


@durable
def _hint_seen(c: sqlite3.Connection, question_id: str, lesson_id: str, hint: int,
               moment: float) -> None:
    """The change itself, named with plain arguments so a kept one survives in the journal."""
    c.execute("INSERT INTO hint_uses(question_id, lesson_id, hint, created) VALUES(?, ?, ?, ?)",
              (question_id, lesson_id, hint, moment))


def hinted_attempts(conn: sqlite3.Connection) -> int:
    """How many answers were given after a hint (for /progress)."""
    row = conn.execute("SELECT count(*) FROM attempts WHERE hints > 0").fetchone()
    return int(row[0]) if row else 0
