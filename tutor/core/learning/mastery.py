"""Mastery per lesson, in five levels, computed from what the learner did. THE rule lives here.

Everything below is derived from recorded events (never stored as a level, so a better rule
re-reads old work): sections read (``section_reads``), quiz and check answers (``attempts``,
with the number of hints taken before each), and each question's fsrs card, whose recall
probability *now* falls as time passes and jumps back after a review.

The rule
========

For each question of a lesson in the bank, its **strength** now is::

    latest score (0..1) x fsrs recall probability now (0..1) x (0.5 if that answer needed a hint)

A question never answered has strength 0. The lesson's **recall** is the mean strength over all
of its questions, and its **reading** is the share of its sections read at least once.

=============  =======================================================================
level          when
=============  =======================================================================
not started    no section read and no question answered
reading        started, but none of the levels below yet
familiar       every section read, or recall >= 0.25
proficient     recall >= 0.60
mastered       recall >= 0.80 and at least 3/4 of the lesson's questions have an fsrs
               stability of 21 days or more (answered right again after a gap)
=============  =======================================================================

The highest level that applies wins. Because recall uses the probability of recall *now*,
mastery decays when reviews are skipped (a proficient lesson left for three months falls back to
familiar) and a review restores it. A lesson's **progress** bar is ``(reading + 3 x recall) / 4``.

The course map, ``/progress``, ``tutor learn`` and the recommendation all call
:func:`course_state`, so they always show the same level.
"""

from __future__ import annotations

import sqlite3
import time
from dataclasses import dataclass, field
from enum import IntEnum
from typing import Any

from fsrs import Card

from tutor.core.learning import reading
from tutor.core.quiz import scheduler

HINT_FACTOR = 0.5
FAMILIAR_AT = 0.25
PROFICIENT_AT = 0.60
MASTERED_AT = 0.80
DURABLE_DAYS = 21.0
DURABLE_SHARE = 0.75
LEECH_FAILURES = 4  # a question answered wrong this many times is a leech


class Level(IntEnum):
    NOT_STARTED = 0
    READING = 1
    FAMILIAR = 2
    PROFICIENT = 3
    MASTERED = 4

    @property
    def label(self) -> str:
        return self.name.lower().replace("_", " ")


@dataclass(frozen=True)
class QuestionMemory:
    """What the record says about one question now."""

    question_id: str
    score: float  # latest score
    correct: bool  # latest answer right
    hinted: bool  # latest answer came after a hint
    recall: float  # fsrs probability of recall now
    stability: float  # fsrs stability in days (0 without a card)
    failures: int  # answers graded wrong, ever
    due: float | None

    @property
    def strength(self) -> float:
        return self.score * self.recall * (HINT_FACTOR if self.hinted else 1.0)


@dataclass(frozen=True)
class LessonState:
    """One lesson as the learner stands with it: plain data for the map, CLI and /progress."""

    lesson_id: str
    title: str
    number: int
    requires: tuple[str, ...]
    sections: int
    read: int  # sections read at least once
    position: int | None  # 0-based section the learner is on, None if never opened
    questions: int
    answered: int  # distinct questions answered
    hinted: int  # questions whose latest answer came after a hint
    recall: float
    durable: int  # questions with stability >= DURABLE_DAYS
    due: int
    leeches: tuple[str, ...]
    level: Level
    unlocked: bool = True
    touched: float = 0.0  # last time anything happened in this lesson (0: never)

    @property
    def reading(self) -> float:
        return self.read / self.sections if self.sections else 0.0

    @property
    def progress(self) -> float:
        return (self.reading + 3 * self.recall) / 4

    @property
    def started(self) -> bool:
        return self.level > Level.NOT_STARTED

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.lesson_id,
            "title": self.title,
            "number": self.number,
            "requires": list(self.requires),
            "level": self.level.label,
            "progress": round(self.progress, 3),
            "recall": round(self.recall, 3),
            "sections": self.sections,
            "sections_read": self.read,
            "position": self.position,
            "questions": self.questions,
            "answered": self.answered,
            "answered_with_hint": self.hinted,
            "due": self.due,
            "leeches": list(self.leeches),
            "unlocked": self.unlocked,
        }


def level_for(read: int, sections: int, answered: int, recall: float, durable_share: float) -> Level:
    """The table in the module docstring, as code."""
    if read == 0 and answered == 0:
        return Level.NOT_STARTED
    if recall >= MASTERED_AT and durable_share >= DURABLE_SHARE:
        return Level.MASTERED
    if recall >= PROFICIENT_AT:
        return Level.PROFICIENT
    if recall >= FAMILIAR_AT or (sections and read >= sections):
        return Level.FAMILIAR
    return Level.READING


def question_memories(conn: sqlite3.Connection, now: float | None = None) -> dict[str, QuestionMemory]:
    """Every answered question's latest result, recall probability now and failures."""
    moment = time.time() if now is None else now
    when = scheduler.utc(moment)
    latest: dict[str, tuple[float, bool, bool, float]] = {}
    failures: dict[str, int] = {}
    for qid, score, correct, verdict, hints, created in conn.execute(
        "SELECT question_id, score, correct, verdict, hints, created FROM attempts ORDER BY created, id"
    ):
        latest[qid] = (float(score), bool(correct), bool(hints), float(created))
        if not correct and verdict != "partial":
            failures[qid] = failures.get(qid, 0) + 1
    cards = {row[0]: (row[1], float(row[2])) for row in conn.execute("SELECT question_id, card_json, due FROM cards")}
    fsrs = scheduler.make_scheduler(fuzz=False)
    memories: dict[str, QuestionMemory] = {}
    for qid, (score, correct, hinted, _created) in latest.items():
        recall, stability, due = 0.0, 0.0, None
        if qid in cards:
            try:
                card = Card.from_json(cards[qid][0])
            except (ValueError, KeyError, TypeError):
                card = None
            if card is not None:
                recall = float(fsrs.get_card_retrievability(card, current_datetime=when))
                stability = float(card.stability or 0.0)
            due = cards[qid][1]
        memories[qid] = QuestionMemory(qid, score, correct, hinted, recall, stability,
                                       failures.get(qid, 0), due)
    return memories


@dataclass
class CourseState:
    """Every lesson's state in path order, plus course-wide counts."""

    lessons: list[LessonState]
    due: int
    memories: dict[str, QuestionMemory] = field(repr=False)
    made: float = 0.0

    def get(self, lesson_id: str) -> LessonState | None:
        for lesson in self.lessons:
            if lesson.lesson_id == lesson_id:
                return lesson
        return None


def path_order(course: Any) -> list[Any]:
    """Lessons in the order the path walks them: prerequisites first, ties in course order.

    A cycle (which ``tutor quiz --check`` reports) must not hide the map: course order then.
    """
    from tutor.core.learning.prerequisites import CycleError, topological_order

    try:
        return topological_order(course)
    except CycleError:
        return sorted(course.lessons, key=lambda lesson: lesson.number)


def course_state(conn: sqlite3.Connection, course: Any, bank: Any, now: float | None = None) -> CourseState:
    """The learner's standing in every lesson (see the rule in the module docstring)."""
    moment = time.time() if now is None else now
    memories = question_memories(conn, moment)
    read = reading.sections_read(conn)
    where = reading.positions(conn)
    touched: dict[str, float] = {lesson_id: p.updated for lesson_id, p in where.items()}
    for lesson_id, created in conn.execute("SELECT lesson_id, max(created) FROM attempts GROUP BY lesson_id"):
        touched[lesson_id] = max(touched.get(lesson_id, 0.0), float(created))
    known = set(bank.questions)
    due_total = 0
    states: list[LessonState] = []
    for lesson in path_order(course):
        questions = bank.by_lesson(lesson.id)
        mems = [memories[q.id] for q in questions if q.id in memories]
        section_ids = {s.id for s in lesson.sections}
        done = len(read.get(lesson.id, set()) & section_ids)
        recall = sum(m.strength for m in mems) / len(questions) if questions else 0.0
        durable = sum(1 for m in mems if m.stability >= DURABLE_DAYS and m.correct)
        share = durable / len(questions) if questions else 0.0
        due = sum(1 for m in mems if m.due is not None and m.due <= moment and m.question_id in known)
        due_total += due
        pos = where.get(lesson.id)
        states.append(
            LessonState(
                lesson_id=lesson.id,
                title=lesson.title,
                number=lesson.number,
                requires=tuple(getattr(lesson, "requires", ()) or ()),
                sections=len(lesson.sections),
                read=done,
                position=None if pos is None else min(pos.section, len(lesson.sections) - 1),
                questions=len(questions),
                answered=len(mems),
                hinted=sum(1 for m in mems if m.hinted),
                recall=recall,
                durable=durable,
                due=due,
                leeches=tuple(m.question_id for m in mems if m.failures >= LEECH_FAILURES),
                level=level_for(done, len(lesson.sections), len(mems), recall, share),
                touched=touched.get(lesson.id, 0.0),
            )
        )
    levels = {s.lesson_id: s.level for s in states}
    unlocked = [
        _replace_unlocked(s, all(levels.get(r, Level.FAMILIAR) >= Level.FAMILIAR for r in s.requires))
        for s in states
    ]
    return CourseState(unlocked, due_total, memories, moment)


def _replace_unlocked(state: LessonState, prerequisites_met: bool) -> LessonState:
    from dataclasses import replace

    return replace(state, unlocked=prerequisites_met or state.started)


def leech_questions(state: CourseState) -> list[QuestionMemory]:
    """Questions failed LEECH_FAILURES times or more, most failed first."""
    found = [m for m in state.memories.values() if m.failures >= LEECH_FAILURES]
    return sorted(found, key=lambda m: (-m.failures, m.question_id))
