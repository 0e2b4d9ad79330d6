"""The question bank: every ``knowledge/quizzes/<lesson-id>.toml`` as typed, checked questions.

Why one loader that both validates and loads: a teacher who breaks one question should get a
precise message from ``tutor quiz --check`` (file, question id, field), while the learner's quiz
keeps working with every question that is still sound. So reading the files yields the valid
questions *and* a list of problems; ``load_bank`` keeps the first, ``validate_bank`` the second.

Citations are checked against the lessons themselves: a question's ``section`` must be the slug
of a real H2 heading of its lesson, so every explanation can point the learner to the text that
teaches it. Lessons are read by ``tutor.core.knowledge`` (the same parser and slug rule the tutor
cites with), so a section the quiz accepts is always one the tutor can show.
"""

from __future__ import annotations

import difflib
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from tutor.core import paths
from tutor.core.knowledge import Lesson, LessonFormatError, lesson_files, parse_lesson, slugify

Kind = Literal["choice", "truefalse", "short"]
KINDS: tuple[Kind, ...] = ("choice", "truefalse", "short")
MIN_PER_LESSON = 4
MAX_CHOICES = 4  # answered with 1-4 or a-d
MAX_HINTS = 2  # a nudge, then a more specific one; more would end up giving the answer away

_COMMON_FIELDS = {"id", "kind", "section", "prompt", "explanation", "hints"}
_KIND_FIELDS: dict[str, set[str]] = {
    "choice": {"choices"},
    "truefalse": {"answer"},
    "short": {"answer", "key_terms"},
}
_CHOICE_FIELDS = {"text", "correct", "why"}


@dataclass(frozen=True)
class LessonOutline:
    """What the quiz needs of a lesson: its id, title, order and H2 sections (slug -> heading)."""

    id: str
    title: str
    order: int
    sections: dict[str, str]
    texts: dict[str, str] = field(default_factory=dict, compare=False)  # slug -> section prose
    requires: tuple[str, ...] = ()  # prerequisite lesson ids (front matter ``requires``)

    @property
    def number(self) -> int:
        """The lesson's NN, under the name ``tutor.core.learning.prerequisites`` expects."""
        return self.order


@dataclass(frozen=True)
class Choice:
    text: str
    correct: bool
    why: str = ""


@dataclass(frozen=True)
class Question:
    """One question. ``answer`` is a bool for truefalse, the reference sentence for short."""

    id: str
    lesson: str
    kind: Kind
    section: str
    prompt: str
    explanation: str
    choices: tuple[Choice, ...] = ()
    answer: bool | str | None = None
    key_terms: tuple[str, ...] = ()
    # One or two nudges shown on request before the answer, the second more specific. Optional
    # here (a question without them still runs); ``tutor quiz --check`` asks for them.
    hints: tuple[str, ...] = ()

    @property
    def section_id(self) -> str:
        """``<lesson-id>#<slug>``: the id the knowledge base uses for the cited section."""
        return f"{self.lesson}#{self.section}"

    @property
    def correct_index(self) -> int | None:
        """Index of the correct choice (choice questions only)."""
        for index, choice in enumerate(self.choices):
            if choice.correct:
                return index
        return None

    @property
    def expected_text(self) -> str:
        """The right answer written out, for feedback."""
        if self.kind == "choice":
            index = self.correct_index
            return "" if index is None else f"{'abcd'[index]}) {self.choices[index].text}"
        if self.kind == "truefalse":
            return "True" if self.answer else "False"
        return str(self.answer)


@dataclass(frozen=True)
class Problem:
    """One thing wrong in the bank, located as precisely as possible."""

    file: str
    question: str | None
    field: str | None
    message: str

    def __str__(self) -> str:
        where = self.file
        if self.question:
            where += f": {self.question}"
        if self.field:
            where += f" [{self.field}]"
        return f"{where}: {self.message}"


class UnknownTopic(ValueError):
    """A topic that names no lesson; ``suggestions`` holds the closest lesson ids."""

    def __init__(self, topic: str, suggestions: list[str], topics: list[str]) -> None:
        self.topic = topic
        self.suggestions = suggestions
        self.topics = topics
        hint = f" Did you mean {' or '.join(suggestions)}?" if suggestions else ""
        from tutor.core.inputs import printable

        super().__init__(f"No quiz topic '{printable(topic)}'.{hint} Topics: {', '.join(topics)}.")


@dataclass
class Bank:
    """Valid questions (in file order) plus the lessons they belong to."""

    questions: dict[str, Question]
    lessons: dict[str, LessonOutline]
    problems: list[Problem] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.questions)

    def get(self, question_id: str) -> Question | None:
        return self.questions.get(question_id)

    def by_lesson(self, lesson_id: str) -> list[Question]:
        return [q for q in self.questions.values() if q.lesson == lesson_id]

    @property
    def topics(self) -> list[str]:
        """Lesson ids that have at least one question, in course order."""
        have = {q.lesson for q in self.questions.values()}
        ordered = sorted(self.lessons.values(), key=lambda lesson: (lesson.order, lesson.id))
        return [lesson.id for lesson in ordered if lesson.id in have]

    def lesson_title(self, lesson_id: str) -> str:
        lesson = self.lessons.get(lesson_id)
        return lesson.title if lesson else lesson_id

    def citation(self, question: Question) -> str:
        """"Lesson title > Section heading", as every answer in the tutor cites its source."""
        lesson = self.lessons.get(question.lesson)
        if lesson is None:
            return question.section_id
        return f"{lesson.title} > {lesson.sections.get(question.section, question.section)}"

    def section_text(self, question: Question) -> str:
        """The prose of the section a question cites (for "read the section")."""
        lesson = self.lessons.get(question.lesson)
        return lesson.texts.get(question.section, "") if lesson else ""

    def resolve_topic(self, text: str) -> str:
        """Turn what the learner typed into a lesson id, or raise ``UnknownTopic``.

        Accepts the id in any case, with spaces for hyphens ("what is ml"), a unique prefix
        ("gan") or a unique fragment ("overfitting").
        """
        topics = self.topics
        wanted = slugify(text)
        if wanted in topics:
            return wanted
        for matcher in (str.startswith, lambda topic, w: w in topic):
            hits = [topic for topic in topics if wanted and matcher(topic, wanted)]
            if len(hits) == 1:
                return hits[0]
        close = difflib.get_close_matches(wanted, topics, n=3, cutoff=0.5)
        if not close:
            close = [topic for topic in topics if wanted and wanted in topic][:3]
        raise UnknownTopic(text, close, topics)


# ---------------------------------------------------------------------------------------------
# Lessons
# ---------------------------------------------------------------------------------------------


def outline_of(lesson: Lesson) -> LessonOutline:
    """The quiz's view of a lesson parsed by ``tutor.core.knowledge`` (the one lesson parser)."""
    return LessonOutline(
        id=lesson.id,
        title=lesson.title,
        order=lesson.number,
        sections={section.slug: section.heading for section in lesson.sections},
        texts={section.slug: section.text for section in lesson.sections},
        requires=lesson.requires,
    )


def load_lesson_outlines(
    lessons_dir: Path | None = None, problems: list[Problem] | None = None
) -> dict[str, LessonOutline]:
    """Outlines of every lesson that parses. A malformed lesson is left out and, when
    ``problems`` is given, reported there with its file and line (for ``tutor quiz --check``)."""
    folder = Path(lessons_dir) if lessons_dir is not None else paths.lessons_dir()
    outlines: dict[str, LessonOutline] = {}
    for path in lesson_files(folder):
        try:
            lesson = parse_lesson(path)
        except LessonFormatError as error:
            if problems is not None:
                problems.append(Problem(path.name, None, None, f"line {error.line}: {error.problem}"))
            continue
        outlines[lesson.id] = outline_of(lesson)
    return outlines


# ---------------------------------------------------------------------------------------------
# Questions
# ---------------------------------------------------------------------------------------------


def _nonempty_str(value: object) -> bool:
    return isinstance(value, str) and bool(value.strip())


class _FileReader:
    """Checks one quiz file, collecting problems and the questions that passed."""

    def __init__(self, path: Path, lessons: dict[str, LessonOutline]) -> None:
        self.path = path
        self.name = path.name
        self.lessons = lessons
        self.problems: list[Problem] = []
        self.questions: list[Question] = []
        self.lesson_id: str | None = None

    def problem(self, question: str | None, field_name: str | None, message: str) -> None:
        self.problems.append(Problem(self.name, question, field_name, message))

    def read(self) -> None:
        try:
            data = tomllib.loads(self.path.read_text(encoding="utf-8"))
        except tomllib.TOMLDecodeError as error:
            self.problem(None, None, f"not valid TOML: {error}")
            return
        except (OSError, UnicodeDecodeError) as error:
            self.problem(None, None, f"cannot be read: {error}")
            return
        for key in sorted(set(data) - {"lesson", "questions"}):
            self.problem(None, key, "unknown top-level field (expected 'lesson' and [[questions]])")
        lesson = data.get("lesson")
        if not _nonempty_str(lesson):
            self.problem(None, "lesson", "missing: the file must start with lesson = \"<lesson-id>\"")
            return
        if lesson != self.path.stem:
            self.problem(None, "lesson", f"'{lesson}' does not match the file name '{self.path.stem}'")
        if lesson not in self.lessons:
            close = difflib.get_close_matches(lesson, list(self.lessons), n=1)
            hint = f"; did you mean '{close[0]}'?" if close else ""
            self.problem(None, "lesson", f"'{lesson}' is not a lesson in knowledge/lessons{hint}")
            return
        self.lesson_id = lesson
        questions = data.get("questions")
        if not isinstance(questions, list) or not questions:
            self.problem(None, "questions", "no [[questions]] found")
            return
        for number, raw in enumerate(questions, start=1):
            if not isinstance(raw, dict):
                self.problem(f"question #{number}", None, "must be a table ([[questions]])")
                continue
            question = self._question(raw, number)
            if question is not None:
                self.questions.append(question)

    def _question(self, raw: dict, number: int) -> Question | None:
        before = len(self.problems)
        qid = raw.get("id")
        label = qid if _nonempty_str(qid) else f"question #{number}"
        if not _nonempty_str(qid):
            self.problem(label, "id", "missing")
        elif not qid.startswith(f"{self.lesson_id}-"):
            self.problem(label, "id", f"must start with '{self.lesson_id}-' (the lesson id)")
        kind = raw.get("kind")
        if kind not in KINDS:
            self.problem(label, "kind", f"unknown kind {kind!r} (expected one of {', '.join(KINDS)})")
            return None
        allowed = _COMMON_FIELDS | _KIND_FIELDS[kind]
        for key in sorted(set(raw) - allowed):
            self.problem(label, key, f"unknown field for a {kind} question")
        for key in ("prompt", "explanation", "section"):
            if not _nonempty_str(raw.get(key)):
                self.problem(label, key, "missing or empty")
        section = raw.get("section")
        lesson = self.lessons[self.lesson_id]
        if _nonempty_str(section) and section not in lesson.sections:
            close = difflib.get_close_matches(section, list(lesson.sections), n=1, cutoff=0.4)
            hint = f"; did you mean '{close[0]}'?" if close else ""
            self.problem(
                label, "section", f"'{section}' is not an H2 section of lesson {lesson.id}{hint}"
            )
        hints = self._hints(label, raw.get("hints"))
        choices: tuple[Choice, ...] = ()
        answer: bool | str | None = None
        key_terms: tuple[str, ...] = ()
        if kind == "choice":
            choices = self._choices(label, raw.get("choices"))
        elif kind == "truefalse":
            answer = raw.get("answer")
            if not isinstance(answer, bool):
                self.problem(label, "answer", "must be true or false (no quotes)")
        else:
            answer = raw.get("answer")
            if not _nonempty_str(answer):
                self.problem(label, "answer", "missing: a one-sentence reference answer")
            terms = raw.get("key_terms")
            if not isinstance(terms, list) or not terms or not all(_nonempty_str(t) for t in terms):
                self.problem(label, "key_terms", "must be a non-empty list of words or short phrases")
            else:
                key_terms = tuple(t.strip().lower() for t in terms)
        if len(self.problems) > before:
            return None
        return Question(
            id=qid,
            lesson=self.lesson_id or "",
            kind=kind,
            section=section,
            prompt=raw["prompt"].strip(),
            explanation=raw["explanation"].strip(),
            choices=choices,
            answer=answer.strip() if isinstance(answer, str) else answer,
            key_terms=key_terms,
            hints=hints,
        )

    def _hints(self, label: str, raw: object) -> tuple[str, ...]:
        """``hints = ["...", "..."]``: absent is allowed, anything else must be 1-2 sentences."""
        if raw is None:
            return ()
        if not isinstance(raw, list) or not 1 <= len(raw) <= MAX_HINTS:
            self.problem(label, "hints", f"must be a list of 1-{MAX_HINTS} hints, e.g. hints = [\"...\", \"...\"]")
            return ()
        hints: list[str] = []
        for number, hint in enumerate(raw, start=1):
            if not _nonempty_str(hint):
                got = "an empty string" if isinstance(hint, str) else f"a {type(hint).__name__}"
                self.problem(label, f"hints[{number}]", f"must be a non-empty string in quotes, got {got}")
            elif hint.strip() in hints:
                self.problem(label, f"hints[{number}]", "repeats an earlier hint")
            else:
                hints.append(hint.strip())
        return tuple(hints)

    def _choices(self, label: str, raw: object) -> tuple[Choice, ...]:
        if not isinstance(raw, list) or not 2 <= len(raw) <= MAX_CHOICES:
            self.problem(label, "choices", f"must list 2-{MAX_CHOICES} choices (answered with 1-4 or a-d)")
            return ()
        choices: list[Choice] = []
        for number, item in enumerate(raw, start=1):
            where = f"choices[{number}]"
            if not isinstance(item, dict):
                self.problem(label, where, "must be a table { text = ..., correct = ... }")
                continue
            for key in sorted(set(item) - _CHOICE_FIELDS):
                self.problem(label, f"{where}.{key}", "unknown field (expected text, correct, why)")
            text, correct, why = item.get("text"), item.get("correct"), item.get("why", "")
            if not _nonempty_str(text):
                self.problem(label, f"{where}.text", "missing or empty")
            if not isinstance(correct, bool):
                self.problem(label, f"{where}.correct", "must be true or false")
            elif not correct and not _nonempty_str(why):
                self.problem(label, f"{where}.why", "a wrong choice must say why it is wrong")
            if _nonempty_str(text) and isinstance(correct, bool):
                choices.append(Choice(text.strip(), correct, why.strip() if isinstance(why, str) else ""))
        right = sum(1 for c in choices if c.correct)
        if len(choices) == len(raw) and right != 1:
            self.problem(label, "choices", f"must have exactly one correct choice (found {right})")
        texts = [c.text.lower() for c in choices]
        if len(set(texts)) != len(texts):
            self.problem(label, "choices", "two choices have the same text")
        return tuple(choices)


def read_bank(
    quizzes_dir: Path | None = None, lessons_dir: Path | None = None
) -> tuple[Bank, list[Problem]]:
    """Read every quiz file; returns the bank of valid questions and every problem found."""
    quiz_folder = Path(quizzes_dir) if quizzes_dir is not None else paths.quizzes_dir()
    problems: list[Problem] = []
    lessons = load_lesson_outlines(lessons_dir, problems)
    questions: dict[str, Question] = {}
    counts: dict[str, int] = {}
    seen_in: dict[str, str] = {}
    if not quiz_folder.is_dir():
        problems.append(Problem(str(quiz_folder), None, None, "the quiz folder does not exist"))
    files = sorted(quiz_folder.glob("*.toml")) if quiz_folder.is_dir() else []
    for path in files:
        reader = _FileReader(path, lessons)
        reader.read()
        problems.extend(reader.problems)
        if reader.lesson_id:
            counts.setdefault(reader.lesson_id, 0)
        for question in reader.questions:
            if question.id in seen_in:
                problems.append(
                    Problem(path.name, question.id, "id", f"duplicate id (also in {seen_in[question.id]})")
                )
                continue
            seen_in[question.id] = path.name
            questions[question.id] = question
            counts[question.lesson] = counts.get(question.lesson, 0) + 1
    for lesson in sorted(lessons.values(), key=lambda item: item.order):
        if lesson.id not in counts:
            problems.append(Problem(f"{lesson.id}.toml", None, None, f"lesson {lesson.id} has no quiz file"))
        elif counts[lesson.id] < MIN_PER_LESSON:
            problems.append(
                Problem(
                    f"{lesson.id}.toml",
                    None,
                    None,
                    f"only {counts[lesson.id]} valid question(s); every lesson needs at least {MIN_PER_LESSON}",
                )
            )
    return Bank(questions, lessons, problems), problems


def validate_bank(quizzes_dir: Path | None = None, lessons_dir: Path | None = None) -> list[Problem]:
    """Everything wrong with the bank (empty when it is clean)."""
    return read_bank(quizzes_dir, lessons_dir)[1]


_BANK: Bank | None = None


def load_bank(quizzes_dir: Path | None = None, lessons_dir: Path | None = None) -> Bank:
    """The valid questions (problems are kept on ``bank.problems``). The default bank is cached."""
    global _BANK
    if quizzes_dir is not None or lessons_dir is not None:
        return read_bank(quizzes_dir, lessons_dir)[0]
    if _BANK is None:
        _BANK = read_bank()[0]
    return _BANK
