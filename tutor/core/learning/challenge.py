"""``/challenge``: a short quiz that interleaves three lessons the learner has practised.

Why interleaved: mixing topics makes the learner pick the right idea for each question instead
of repeating the last one, which is known to beat blocked practice for what is remembered.
The lessons are the three practised ones (answered at least once) with the lowest recall, so
the challenge goes where it helps; its answers are ordinary attempts, so they raise or lower
mastery like any other.
"""

from __future__ import annotations

import random
import sqlite3
from typing import Any

from tutor.core.learning.mastery import course_state
from tutor.core.quiz.session import NothingToAsk, QuizSession, start_session

LESSONS = 3
PER_LESSON = 2


def challenge_lessons(state: Any) -> list[str]:
    practised = [s for s in state.lessons if s.answered > 0]
    practised.sort(key=lambda s: (s.recall, s.number))
    return [s.lesson_id for s in practised[:LESSONS]]


def challenge_ids(conn: sqlite3.Connection, course: Any, bank: Any, now: float | None = None,
                  seed: int | None = None) -> list[str]:
    """Question ids A1 B1 C1 A2 B2 C2: weakest questions of each lesson first, interleaved."""
    state = course_state(conn, course, bank, now)
    lessons = challenge_lessons(state)
    if len(lessons) < LESSONS:
        raise NothingToAsk(
            f"A challenge mixes {LESSONS} lessons you have practised; you have practised "
            f"{len(lessons)} so far. Read a lesson with /learn or take a /quiz first.")
    rng = random.Random(seed)
    queues = []
    for lesson_id in lessons:
        questions = bank.by_lesson(lesson_id)
        rng.shuffle(questions)
        mem = state.memories
        questions.sort(key=lambda q: mem[q.id].strength if q.id in mem else 0.0)
        queues.append([q.id for q in questions[:PER_LESSON]])
    return [queue[i] for i in range(PER_LESSON) for queue in queues if i < len(queue)]


def start_challenge(conn: sqlite3.Connection, course: Any, bank: Any, now: float | None = None,
                    seed: int | None = None) -> QuizSession:
    return start_session(conn, bank, challenge_ids(conn, course, bank, now, seed), None, "challenge", now)
