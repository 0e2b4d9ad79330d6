"""Course-wide checks behind ``tutor quiz --check``: the bank's own rules plus what makes the
course teachable as a path.

Why separate from ``bank.py``: the bank decides which questions are *usable* (a broken one is
left out, the quiz goes on). These checks are about the course as a whole and never remove a
question: every prerequisite names a lesson and the prerequisites form no cycle, every section
of every lesson is tested by at least one question (so a check between sections always has one
to ask), every question offers 1-2 hints that do not give the answer away, a question asking for "the
N ..." has one key term per item, and every lesson has at least ``MIN_QUESTIONS`` questions.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from pathlib import Path

from tutor.core.learning.prerequisites import find_cycle, prerequisite_graph, unknown_prerequisites
from tutor.core.quiz.bank import MIN_PER_LESSON, Bank, LessonOutline, Problem, Question, read_bank
from tutor.core.quiz.grading import enumeration_size, match_terms

MIN_QUESTIONS = 8  # per lesson: enough for a quiz of 5 plus checks between sections


@dataclass(frozen=True)
class LessonCoverage:
    """One lesson's numbers for the summary (and the coordinator's report)."""

    id: str
    questions: int
    sections: int
    sections_tested: int
    untested: tuple[str, ...] = ()  # slugs of sections no question tests


@dataclass
class CourseCheck:
    """Everything ``tutor quiz --check`` reports: problems (empty when all is well) and counts."""

    bank: Bank
    problems: list[Problem] = field(default_factory=list)
    lessons: list[LessonCoverage] = field(default_factory=list)
    prerequisite_links: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def sections(self) -> int:
        return sum(lesson.sections for lesson in self.lessons)

    @property
    def sections_tested(self) -> int:
        return sum(lesson.sections_tested for lesson in self.lessons)

    @property
    def with_hints(self) -> int:
        return sum(1 for q in self.bank.questions.values() if q.hints)

    @property
    def hints(self) -> int:
        return sum(len(q.hints) for q in self.bank.questions.values())


def lesson_file(lesson: LessonOutline) -> str:
    """The lesson's file name as the writer sees it (``08-vaes.md``)."""
    return f"{lesson.order:02d}-{lesson.id}.md"


def prerequisite_problems(lessons: dict[str, LessonOutline]) -> list[Problem]:
    """Unknown prerequisite ids, then the first cycle found (written out lesson by lesson)."""
    problems = []
    for lesson_id, need in unknown_prerequisites(lessons):
        lesson = lessons[lesson_id]
        problems.append(Problem(lesson_file(lesson), None, "requires", f"'{need}' is not a lesson of the course"))
    cycle = find_cycle(prerequisite_graph(lessons))
    if cycle:
        first = lessons[cycle[0]]
        steps = ", ".join(f"{a} requires {b}" for a, b in itertools.pairwise(cycle))
        problems.append(
            Problem(lesson_file(first), None, "requires", f"the prerequisites form a cycle: {steps}")
        )
    return problems


def _words(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", text.lower()))


def gives_away(question: Question, hint: str) -> bool:
    """A hint that hands over the answer: for a choice, the correct choice's words; for a short
    answer, the model answer or every one of its key terms (what the grader would accept)."""
    if question.kind == "choice":
        index = question.correct_index
        answer = question.choices[index].text if index is not None else ""
    elif question.kind == "short":
        _present, missing = match_terms(question.key_terms, hint)
        if len(question.key_terms) >= 2 and not missing:
            return True
        answer = str(question.answer or "")
    else:
        return False
    answer_words = _words(answer)
    return len(answer_words.split()) >= 2 and f" {answer_words} " in f" {_words(hint)} "


def hint_problems(question: Question, file: str) -> list[Problem]:
    if not question.hints:
        return [Problem(file, question.id, "hints", "no hints: add hints = [\"a nudge\", \"a more specific nudge\"]")]
    return [
        Problem(file, question.id, f"hints[{number}]", "gives the answer away (it contains the answer's words or all its key terms)")
        for number, hint in enumerate(question.hints, start=1)
        if gives_away(question, hint)
    ]


def enumeration_problems(question: Question, file: str) -> list[Problem]:
    """A short question asking for "the N ..." needs one key term per item (alternatives joined
    with |): the grader asks for every item before it says "correct", and it can only count
    items it can see."""
    size = enumeration_size(question.prompt) if question.kind == "short" else None
    if size is None or size == len(question.key_terms):
        return []
    return [Problem(file, question.id, "key_terms",
                    f"the prompt asks for {size} things: give one key term per item ({size}), "
                    f"not {len(question.key_terms)}")]


def check_course(
    quizzes_dir: Path | None = None, lessons_dir: Path | None = None, min_questions: int = MIN_QUESTIONS
) -> CourseCheck:
    """Validate the bank and the course path; see the module docstring for the rules."""
    bank, problems = read_bank(quizzes_dir, lessons_dir)
    result = CourseCheck(bank=bank, problems=list(problems))
    result.problems.extend(prerequisite_problems(bank.lessons))
    result.prerequisite_links = sum(len(lesson.requires) for lesson in bank.lessons.values())
    for lesson in sorted(bank.lessons.values(), key=lambda item: item.order):
        questions = bank.by_lesson(lesson.id)
        file = f"{lesson.id}.toml"
        for question in questions:
            result.problems.extend(hint_problems(question, file))
            result.problems.extend(enumeration_problems(question, file))
        tested = {q.section for q in questions}
        untested = tuple(slug for slug in lesson.sections if slug not in tested)
        for slug in untested:
            result.problems.append(
                Problem(file, None, None, f"no question tests section '{slug}' ({lesson.sections[slug]})")
            )
        # Below MIN_PER_LESSON the bank has already said so; do not report the same lesson twice.
        if MIN_PER_LESSON <= len(questions) < min_questions:
            result.problems.append(
                Problem(file, None, None, f"{len(questions)} question(s); every lesson needs at least {min_questions}")
            )
        result.lessons.append(
            LessonCoverage(lesson.id, len(questions), len(lesson.sections), len(lesson.sections) - len(untested), untested)
        )
    return result
