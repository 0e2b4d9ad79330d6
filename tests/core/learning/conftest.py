"""Fixtures for the learning tests: a fresh learner database, the real course and bank, and a
helper that records answers the way the quiz does (same function, explicit times)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tutor.core.knowledge import load_course
from tutor.core.quiz.bank import load_bank
from tutor.core.quiz.grading import Grade, Verdict
from tutor.core.quiz.progress import record_answer
from tutor.core.store import open_store

DAY = 86400.0
T0 = 1_800_000_000.0  # a fixed "now" so fsrs recall is reproducible


@pytest.fixture
def conn(tmp_path: Path) -> Any:
    store = open_store(tmp_path / "tutor.db")
    yield store.conn
    store.close()


@pytest.fixture(scope="session")
def course() -> Any:
    return load_course()


@pytest.fixture(scope="session")
def bank() -> Any:
    return load_bank()


def answer(conn: Any, question: Any, right: bool, when: float, hints: int = 0) -> None:
    """Record one graded answer at ``when`` (as a quiz or a lesson check would)."""
    grade = Grade(Verdict.CORRECT, 1.0, "Correct.") if right else Grade(Verdict.WRONG, 0.0, "Not quite.")
    with conn:
        record_answer(conn, question, "a", grade, None, when, seconds=20.0, hints=hints)


def read_all(conn: Any, lesson: Any, when: float) -> None:
    from tutor.core.learning import reading

    for section in lesson.sections:
        reading.mark_read(conn, lesson.id, section.id, when)
    reading.save_position(conn, lesson.id, len(lesson.sections) - 1, when)
