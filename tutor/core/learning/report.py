"""The learning side of ``/progress`` and ``tutor quiz --progress``: each lesson's level (the
map's own, from :func:`tutor.core.learning.mastery.course_state`), answers given after a hint,
and the flagged cards (leeches) with the section to re-read."""

from __future__ import annotations

import sqlite3
from typing import Any

from tutor.core.learning.hints import hinted_attempts
from tutor.core.learning.mastery import course_state, leech_questions


def learning_summary(conn: sqlite3.Connection, course: Any, bank: Any, now: float | None = None) -> dict[str, Any]:
    state = course_state(conn, course, bank, now)
    flagged = []
    for memory in leech_questions(state):
        question = bank.get(memory.question_id)
        if question is None:
            continue
        flagged.append({"question_id": question.id, "prompt": question.prompt, "lesson": question.lesson,
                        "citation": bank.citation(question), "failures": memory.failures})
    return {
        "levels": {s.lesson_id: {"level": s.level.label, "progress": round(s.progress, 3), "hinted": s.hinted}
                   for s in state.lessons},
        "flagged": flagged,
        "hinted_answers": hinted_attempts(conn),
    }


def add_learning(payload: dict[str, Any], summary: dict[str, Any]) -> dict[str, Any]:
    """Merge the summary into a ``progress_payload`` dict (lessons gain level/progress/hinted)."""
    for lesson in payload.get("lessons", []):
        lesson.update(summary["levels"].get(lesson["lesson_id"], {}))
    payload["flagged"] = summary["flagged"]
    payload["hinted_answers"] = summary["hinted_answers"]
    return payload
