"""Small, valid course + quiz bank in a temp dir, for tests that must not depend on the shipped
course (which the writers keep editing). Tests break copies of it to check each validation rule."""

from __future__ import annotations

from pathlib import Path

import pytest

from tutor.core.quiz.bank import Bank, Question, load_bank
from tutor.core.store import Store, open_store

LESSON = """---
title: {title}
id: {id}
demo: classifier
summary: A test lesson.
requires: [{requires}]
---

# {title}

## First idea of {id}

Some text.

## Second idea: the details

More text.

Try it: /demo classifier
"""

QUIZ = '''lesson = "{id}"

[[questions]]
id = "{id}-1"
kind = "choice"
section = "first-idea-of-{id}"
prompt = "Pick the right one ({id})."
explanation = "Because it is right."
hints = ["Think about which one is right.", "It is the first choice."]
choices = [
  {{ text = "Right", correct = true }},
  {{ text = "Wrong", correct = false, why = "It is wrong." }},
  {{ text = "Also wrong", correct = false, why = "Also wrong." }},
]

[[questions]]
id = "{id}-2"
kind = "truefalse"
section = "second-idea-the-details"
prompt = "The sky is blue ({id})."
hints = ["Look up on a clear day."]
answer = true
explanation = "Rayleigh scattering."

[[questions]]
id = "{id}-3"
kind = "short"
section = "second-idea-the-details"
prompt = "In one sentence: what does supervised learning need?"
answer = "Supervised learning needs many examples labelled with the correct answer."
key_terms = ["label|labelled", "example|examples|data"]
explanation = "Labels are the answers the model learns to predict."
hints = ["What does each training example come with?", "Think of the correct answer attached to each example."]

[[questions]]
id = "{id}-4"
kind = "truefalse"
section = "first-idea-of-{id}"
prompt = "Water is dry ({id})."
hints = ["Touch it."]
answer = false
explanation = "Water is wet."
'''

LESSON_IDS = ("alpha", "beta", "gamma")
# The fixture course's path: alpha first, then beta and gamma in either order (a small DAG).
REQUIRES = {"beta": ("alpha",), "gamma": ("alpha",)}


def write_course(
    root: Path, lesson_ids: tuple[str, ...] = LESSON_IDS, requires: dict[str, tuple[str, ...]] | None = None
) -> tuple[Path, Path]:
    """Write the fixture course; ``requires`` maps lesson id -> prerequisites (default REQUIRES)."""
    requires = REQUIRES if requires is None else requires
    lessons, quizzes = root / "lessons", root / "quizzes"
    lessons.mkdir(parents=True, exist_ok=True)
    quizzes.mkdir(parents=True, exist_ok=True)
    for number, lesson_id in enumerate(lesson_ids, start=1):
        title = f"Lesson {lesson_id.title()}"
        needs = ", ".join(requires.get(lesson_id, ()))
        (lessons / f"{number:02d}-{lesson_id}.md").write_text(LESSON.format(id=lesson_id, title=title, requires=needs))
        (quizzes / f"{lesson_id}.toml").write_text(QUIZ.format(id=lesson_id))
    return quizzes, lessons


def right_answer(question: Question, spelled: bool = False) -> str:
    """An answer graded correct without the embedding model. ``spelled``: the way a learner at
    the terminal types it (a letter for a choice, true/false in words) instead of 1-4 and t/f."""
    if question.kind == "choice":
        return ("abcd" if spelled else "1234")[question.correct_index]
    if question.kind == "truefalse":
        return ("true" if question.answer else "false") if spelled else ("t" if question.answer else "f")
    return "labelled examples"  # the fixture course's short answers need labels and examples


def wrong_answer(question: Question, spelled: bool = False) -> str:
    """An answer graded wrong: another choice, the opposite truth value, a skip for short ones."""
    if question.kind == "choice":
        return str((question.correct_index + 1) % len(question.choices) + 1)
    if question.kind == "truefalse":
        return ("no" if question.answer else "yes") if spelled else ("f" if question.answer else "t")
    return "skip" if spelled else "no idea"


@pytest.fixture
def course(tmp_path: Path) -> tuple[Path, Path]:
    """(quizzes_dir, lessons_dir) of a valid three-lesson course."""
    return write_course(tmp_path / "course")


@pytest.fixture
def bank(course: tuple[Path, Path]) -> Bank:
    return load_bank(*course)


@pytest.fixture
def store(tmp_path: Path) -> Store:
    opened = open_store(tmp_path / "quiz.db")
    yield opened
    opened.close()
