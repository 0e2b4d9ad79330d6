"""The learner's reading: where they are in each lesson and which sections they have read.

Why saved as it happens: a learner reading in the chat may close the terminal, crash or be
killed at any moment; each step (a section shown, a section finished) is its own committed
transaction, so the next ``/learn`` resumes at exactly the section they were on. Reading events
are kept one row per reading (not a flag) so mastery can be computed from what happened.

Every step goes through ``tutor.core.writes.write``: while another tutor holds the database's
lock a step is kept (in order) and saved when the lock frees, never lost and never a crash.
"""

from __future__ import annotations

import sqlite3
import time
from dataclasses import dataclass

from tutor.core.writes import durable, write

_SAVE_POSITION = (
    "INSERT INTO reading_positions(lesson_id, section, updated) VALUES(?, ?, ?) "
    "ON CONFLICT(lesson_id) DO UPDATE SET section = excluded.section, updated = excluded.updated"
)
_MARK_READ = "INSERT INTO section_reads(lesson_id, section_id, created) VALUES(?, ?, ?)"


@dataclass(frozen=True)
class Position:
    """Where the learner is in one lesson (``section`` is 0-based)."""

    lesson_id: str
    section: int
    updated: float


def save_position(conn: sqlite3.Connection, lesson_id: str, section: int, now: float | None = None) -> None:
    """The learner is now on ``section`` (0-based) of ``lesson_id``; committed at once (or kept)."""
    moment = time.time() if now is None else now
    write(conn, _position_saved(lesson_id=lesson_id, section=int(section), moment=moment))


def mark_read(conn: sqlite3.Connection, lesson_id: str, section_id: str, now: float | None = None) -> None:
    """One reading of a section, committed at once (or kept)."""
    moment = time.time() if now is None else now
    write(conn, _read(lesson_id=lesson_id, section_id=section_id, moment=moment))


def finish_section(conn: sqlite3.Connection, lesson_id: str, section_id: str, next_section: int,
                   now: float | None = None) -> None:
    """A section read and the position moved on, in one transaction (one commit per step)."""
    moment = time.time() if now is None else now
    write(conn, _section_finished(lesson_id=lesson_id, section_id=section_id,
                                  next_section=int(next_section), moment=moment))


# The changes, named with plain arguments so a kept one survives in the journal
# (tutor.core.writes.durable).
@durable
def _position_saved(c: sqlite3.Connection, lesson_id: str, section: int, moment: float) -> None:
    c.execute(_SAVE_POSITION, (lesson_id, section, moment))


@durable
def _read(c: sqlite3.Connection, lesson_id: str, section_id: str, moment: float) -> None:
    c.execute(_MARK_READ, (lesson_id, section_id, moment))


@durable
def _section_finished(c: sqlite3.Connection, lesson_id: str, section_id: str, next_section: int,
                      moment: float) -> None:
    c.execute(_MARK_READ, (lesson_id, section_id, moment))
    c.execute(_SAVE_POSITION, (lesson_id, next_section, moment))


def position(conn: sqlite3.Connection, lesson_id: str) -> Position | None:
    row = conn.execute(
        "SELECT lesson_id, section, updated FROM reading_positions WHERE lesson_id = ?", (lesson_id,)
    ).fetchone()
    return Position(row[0], int(row[1]), float(row[2])) if row else None


def positions(conn: sqlite3.Connection) -> dict[str, Position]:
    return {
        row[0]: Position(row[0], int(row[1]), float(row[2]))
        for row in conn.execute("SELECT lesson_id, section, updated FROM reading_positions")
    }


def last_position(conn: sqlite3.Connection) -> Position | None:
    """The lesson the learner read most recently (where a bare ``/learn`` continues)."""
    row = conn.execute(
        "SELECT lesson_id, section, updated FROM reading_positions ORDER BY updated DESC LIMIT 1"
    ).fetchone()
    return Position(row[0], int(row[1]), float(row[2])) if row else None


def sections_read(conn: sqlite3.Connection) -> dict[str, set[str]]:
    """Lesson id -> the ids of its sections read at least once."""
    found: dict[str, set[str]] = {}
    for lesson_id, section_id in conn.execute("SELECT DISTINCT lesson_id, section_id FROM section_reads"):
        found.setdefault(lesson_id, set()).add(section_id)
    return found
