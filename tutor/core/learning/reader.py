"""Reading one lesson a section at a time, with a check question after every two sections.

Why here and not in the UI: the chat's lesson card, the plain chat and the tests drive the same
reader, so "where am I", "what counts as read" and "when comes a check" have one answer.

- Moving to a section saves the reading position at once (a kill -9 resumes there).
- Moving forward past a section records it as read, and after every ``CHECK_EVERY`` sections
  (and after the last one) returns one check question from the bank that tests a section just
  read: retrieval practice while the text is fresh. The position has already moved on, so a
  learner who quits during the check resumes at the next section.
- A check answer is saved like any quiz answer (attempt, fsrs card and review log in one
  transaction), with the hints taken before it.
- Every write goes through ``tutor.core.writes.write``: while another tutor holds the lock, a
  step or an answer is kept and saved, in order, when it frees (one notice to the learner).
"""

from __future__ import annotations

import sqlite3
import time
from typing import Any

from tutor.core.learning import reading
from tutor.core.quiz.grading import Grade
from tutor.core.quiz.progress import answer_args, save_answer
from tutor.core.writes import write

CHECK_EVERY = 2


class LessonReader:
    """The learner's place in one lesson (``index`` is 0-based)."""

    def __init__(self, conn: sqlite3.Connection, lesson: Any, bank: Any, section: int | None = None,
                 now: float | None = None) -> None:
        self.conn = conn
        self.lesson = lesson
        self.bank = bank
        if section is None:
            saved = reading.position(conn, lesson.id)
            section = saved.section if saved is not None else 0
        self.index = self._clamp(section)
        self._since_check: list[str] = []
        reading.save_position(conn, lesson.id, self.index, now)

    def _clamp(self, index: int) -> int:
        return max(0, min(int(index), len(self.lesson.sections) - 1))

    @property
    def total(self) -> int:
        return len(self.lesson.sections)

    @property
    def number(self) -> int:
        return self.index + 1

    @property
    def section(self) -> Any:
        return self.lesson.sections[self.index]

    @property
    def at_end(self) -> bool:
        return self.index >= self.total - 1

    def move(self, index: int, now: float | None = None) -> None:
        self.index = self._clamp(index)
        reading.save_position(self.conn, self.lesson.id, self.index, now)

    def back(self, now: float | None = None) -> None:
        self.move(self.index - 1, now)

    def forward(self, now: float | None = None) -> Any | None:
        """Finish the current section: record it read, move on, return a check question if due.

        At the last section the position stays there (the lesson is finished).
        """
        finished = self.section
        due_check = len(self._since_check) + 1 >= CHECK_EVERY or self.at_end
        self.index = self._clamp(self.index + 1)
        reading.finish_section(self.conn, self.lesson.id, finished.id, self.index, now)
        self._since_check.append(finished.slug)
        if not due_check:
            return None
        slugs, self._since_check = self._since_check, []
        return choose_check(self.conn, self.bank, self.lesson.id, slugs)


def choose_check(conn: sqlite3.Connection, bank: Any, lesson_id: str, slugs: list[str]) -> Any | None:
    """A question testing one of ``slugs``: never answered right first, then the least recent.

    None when no question in the bank tests these sections.
    """
    pool = [q for q in bank.by_lesson(lesson_id) if q.section in slugs]
    if not pool:
        return None
    last: dict[str, tuple[int, float]] = {}
    for qid, correct, created in conn.execute(
        "SELECT question_id, correct, created FROM attempts WHERE lesson_id = ? ORDER BY created, id",
        (lesson_id,),
    ):
        last[qid] = (int(correct), float(created))
    # the later section first: it was read last, and the earlier one had its turn before
    order = {slug: -n for n, slug in enumerate(slugs)}
    return min(pool, key=lambda q: (last.get(q.id, (0, 0.0)), order[q.section]))


def record_check(conn: sqlite3.Connection, question: Any, answer: str, grade: Grade, hints: int = 0,
                 seconds: float | None = None, now: float | None = None) -> None:
    """Save a check answer like a quiz answer (attempt, card, review log: one transaction).

    The card is updated from its state when the write lands, so a kept answer still builds on
    the answers saved before it.
    """
    moment = time.time() if now is None else now
    write(conn, save_answer(**answer_args(question, answer, grade, None, moment, seconds, hints)))
