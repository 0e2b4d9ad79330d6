"""What to learn next: one recommendation, used by the welcome, the course map and ``/learn``.

The order, and why:

1. **Due reviews, when they pile up** (``DUE_PILE`` or more): a due card is one the learner is
   about to forget; a pile of them is the cheapest way to keep what was already learned.
2. **The lesson in progress**: the one read most recently that is not finished ("Continue:
   GANs, section 3 of 6").
3. **The next unlocked lesson**: the first lesson on the path not started yet whose
   prerequisites are all at least familiar ("you have not started VAEs, and GANs is proficient").
4. **The weakest lesson**: once every unlocked lesson is under way, the started lesson below
   mastered with the lowest recall, strengthened with a quiz.
5. A few due cards (fewer than a pile), then nothing: every lesson mastered.

The reason is a sentence for the learner; ``command`` is what to type in the chat.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from tutor.core.learning.mastery import CourseState, LessonState, Level

DUE_PILE = 5


@dataclass(frozen=True)
class Recommendation:
    kind: str  # review | continue | start | strengthen | done
    lesson_id: str | None
    title: str
    reason: str
    command: str
    section: int | None = None  # 0-based, for "continue"
    sections: int | None = None  # the lesson's number of sections

    def as_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "lesson": self.lesson_id, "title": self.title,
                "reason": self.reason, "command": self.command, "section": self.section,
                "headline": self.headline}

    @property
    def headline(self) -> str:
        """One line: what to do, then why ("Continue: GANs, section 3 of 6")."""
        if self.kind == "review":
            return f"Review: {self.reason}"
        if self.kind == "continue":
            return f"Continue: {self.title}, section {(self.section or 0) + 1} of {self.sections}"
        if self.kind == "start":
            return self.reason[:1].upper() + self.reason[1:]
        if self.kind == "strengthen":
            return f"Practise: {self.title} ({self.reason})"
        return self.reason[:1].upper() + self.reason[1:]


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def _names(states: list[LessonState]) -> str:
    parts = [f"{s.title.rstrip('?')}" for s in states]
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


def in_progress(state: CourseState) -> LessonState | None:
    """The most recently read lesson that still has sections to read."""
    open_lessons = [s for s in state.lessons if s.position is not None and s.read < s.sections]
    return max(open_lessons, key=lambda s: s.touched, default=None)


def recommend(state: CourseState) -> Recommendation:
    """The one next step (see the module docstring for the order)."""
    if state.due >= DUE_PILE:
        return Recommendation("review", None, "Review", f"{_plural(state.due, 'card')} due",
                              "/review")
    current = in_progress(state)
    if current is not None:
        section = current.position or 0
        return Recommendation(
            "continue", current.lesson_id, current.title,
            f"continue at section {section + 1} of {current.sections}",
            f"/learn {current.lesson_id}", section, current.sections)
    by_id = {s.lesson_id: s for s in state.lessons}
    for lesson in state.lessons:
        if lesson.started or not lesson.unlocked:
            continue
        before = [by_id[r] for r in lesson.requires if r in by_id]
        if before:
            levels = {b.level for b in before}
            verb = "is" if len(before) == 1 else "are"
            shown = before[0].level.label if len(levels) == 1 else "at least familiar"
            reason = f"you have not started {lesson.title.rstrip('?')}, and {_names(before)} {verb} {shown}"
        elif any(s.started for s in state.lessons):
            reason = f"you have not started {lesson.title.rstrip('?')}, the next lesson on the path"
        else:
            reason = f"{lesson.title.rstrip('?')} is the first lesson on the path: start here"
        return Recommendation("start", lesson.lesson_id, lesson.title, reason,
                              f"/learn {lesson.lesson_id}", 0, lesson.sections)
    weak = [s for s in state.lessons if s.started and s.level < Level.MASTERED]
    if weak:
        weakest = min(weak, key=lambda s: (s.recall, s.number))
        return Recommendation(
            "strengthen", weakest.lesson_id, weakest.title,
            f"your weakest lesson ({weakest.level.label}, recall {round(100 * weakest.recall)}%)",
            f"/quiz {weakest.lesson_id}")
    if state.due:
        return Recommendation("review", None, "Review", f"{_plural(state.due, 'card')} due", "/review")
    return Recommendation("done", None, "", "every lesson is mastered: keep up the reviews", "/review")
