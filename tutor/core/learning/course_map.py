"""The course map as plain data: every lesson's level and progress in path order, what is
unlocked, and the one recommended next step. The CLI prints it, ``--json`` dumps it, the chat
draws it; all from :func:`course_map`.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Any

from tutor.core.learning.mastery import CourseState, course_state
from tutor.core.learning.recommend import Recommendation, recommend


@dataclass(frozen=True)
class CourseMap:
    state: CourseState
    next: Recommendation

    @property
    def lessons(self) -> list[Any]:
        return self.state.lessons

    def as_dict(self) -> dict[str, Any]:
        lessons = [lesson.as_dict() for lesson in self.state.lessons]
        for item in lessons:
            item["next"] = item["id"] == self.next.lesson_id
        return {"lessons": lessons, "due": self.state.due, "next": self.next.as_dict()}


def course_map(conn: sqlite3.Connection, course: Any = None, bank: Any = None,
               now: float | None = None) -> CourseMap:
    """The map for the learner in ``conn`` (the default course and bank when not given)."""
    if course is None:
        from tutor.core.knowledge import load_course

        course = load_course()
    if bank is None:
        from tutor.core.quiz.bank import load_bank

        bank = load_bank()
    state = course_state(conn, course, bank, now)
    return CourseMap(state, recommend(state))
