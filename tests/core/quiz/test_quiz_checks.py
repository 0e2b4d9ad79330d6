"""``check_course``: the course-wide rules of ``tutor quiz --check`` on broken copies of the small
fixture course (prerequisites, cycles, untested sections, hints, questions per lesson), and the
shipped course passing all of them."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.core.quiz.conftest import write_course
from tutor.core import paths
from tutor.core.quiz.bank import MAX_HINTS
from tutor.core.quiz.checks import MIN_QUESTIONS, check_course


def _messages(course: tuple[Path, Path], **kwargs) -> list[str]:
    return [str(p) for p in check_course(*course, **kwargs).problems]


def _edit(path: Path, old: str, new: str, count: int = 1) -> None:
    text = path.read_text()
    assert old in text, old
    path.write_text(text.replace(old, new, count))


def test_the_fixture_course_passes_with_its_own_minimum(course: tuple[Path, Path]) -> None:
    result = check_course(*course, min_questions=4)
    assert result.ok, result.problems
    assert result.sections == result.sections_tested == 6
    assert result.prerequisite_links == 2
    assert result.with_hints == 12 and result.hints == 3 * 6
    assert [(c.id, c.questions) for c in result.lessons] == [("alpha", 4), ("beta", 4), ("gamma", 4)]


def test_too_few_questions_per_lesson(course: tuple[Path, Path]) -> None:
    problems = _messages(course)
    assert problems == [f"{lid}.toml: 4 question(s); every lesson needs at least {MIN_QUESTIONS}" for lid in ("alpha", "beta", "gamma")]


def test_an_unknown_prerequisite_is_named_with_its_lesson_file(tmp_path: Path) -> None:
    course = write_course(tmp_path / "c", requires={"beta": ("alpha", "zeta")})
    assert _messages(course, min_questions=4) == ["02-beta.md [requires]: 'zeta' is not a lesson of the course"]


def test_a_cycle_is_written_out(tmp_path: Path) -> None:
    course = write_course(tmp_path / "c", requires={"alpha": ("gamma",), "beta": ("alpha",), "gamma": ("beta",)})
    problems = _messages(course, min_questions=4)
    assert len(problems) == 1, problems
    assert problems[0] == (
        "01-alpha.md [requires]: the prerequisites form a cycle: "
        "alpha requires gamma, gamma requires beta, beta requires alpha"
    )


def test_a_lesson_requiring_itself_is_a_cycle(tmp_path: Path) -> None:
    course = write_course(tmp_path / "c", requires={"gamma": ("gamma",)})
    assert _messages(course, min_questions=4) == [
        "03-gamma.md [requires]: the prerequisites form a cycle: gamma requires gamma"
    ]


def test_an_untested_section_is_named(course: tuple[Path, Path]) -> None:
    _edit(course[0] / "beta.toml", 'section = "second-idea-the-details"', 'section = "first-idea-of-beta"', count=2)
    problems = _messages(course, min_questions=4)
    assert problems == [
        "beta.toml: no question tests section 'second-idea-the-details' (Second idea: the details)"
    ]


def test_missing_hints_and_hints_that_give_the_answer_away(course: tuple[Path, Path]) -> None:
    quiz = course[0] / "gamma.toml"
    _edit(quiz, 'hints = ["Look up on a clear day."]\n', "")
    _edit(quiz, 'hints = ["What does each training example come with?"',
          'hints = ["It needs many examples labelled with the correct answer."')
    _edit(quiz, '{ text = "Right", correct = true }', '{ text = "Right answer", correct = true }')
    _edit(quiz, '"Think about which one is right."', '"Pick the right answer."')
    problems = _messages(course, min_questions=4)
    assert problems == [
        "gamma.toml: gamma-1 [hints[1]]: gives the answer away (it contains the answer's words or all its key terms)",
        'gamma.toml: gamma-2 [hints]: no hints: add hints = ["a nudge", "a more specific nudge"]',
        "gamma.toml: gamma-3 [hints[1]]: gives the answer away (it contains the answer's words or all its key terms)",
    ]


def test_a_question_asking_for_the_n_things_needs_one_key_term_per_item(course: tuple[Path, Path]) -> None:
    quiz = course[0] / "gamma.toml"
    _edit(quiz, 'prompt = "In one sentence: what does supervised learning need?"',
          'prompt = "Name the three things supervised learning needs."')
    assert _messages(course, min_questions=4) == [
        "gamma.toml: gamma-3 [key_terms]: the prompt asks for 3 things: give one key term per item (3), not 2"]
    _edit(quiz, 'prompt = "Name the three things supervised learning needs."',
          'prompt = "Which two things does supervised learning need?"')
    assert _messages(course, min_questions=4) == []


def test_bank_problems_come_first_and_a_lesson_is_not_reported_short_twice(course: tuple[Path, Path]) -> None:
    quiz = course[0] / "alpha.toml"
    _edit(quiz, 'kind = "truefalse"', 'kind = "essay"')
    problems = _messages(course, min_questions=4)
    assert problems[0].startswith("alpha.toml: alpha-2 [kind]: unknown kind 'essay'")
    assert "alpha.toml: only 3 valid question(s); every lesson needs at least 4" in problems
    assert not any("question(s); every lesson needs at least 8" in p for p in problems)


def test_the_shipped_course_passes_every_check() -> None:
    """The real bank: >= 8 questions per lesson, every section tested, 1-2 hints per question,
    every kind in every lesson, and a prerequisite path with no unknown lesson and no cycle."""
    result = check_course()
    assert result.ok, "\n".join(str(p) for p in result.problems)
    assert len(result.lessons) == 21
    for lesson in result.lessons:
        assert lesson.questions >= MIN_QUESTIONS and lesson.untested == (), lesson
        kinds = {q.kind for q in result.bank.by_lesson(lesson.id)}
        assert kinds == {"choice", "truefalse", "short"}, lesson.id
    assert result.sections_tested == result.sections >= 100
    assert all(1 <= len(q.hints) <= MAX_HINTS for q in result.bank.questions.values())
    assert result.prerequisite_links >= 21


def test_tutor_knowledge_points_the_checks_at_another_course(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    quizzes, lessons = write_course(tmp_path / "draft")
    monkeypatch.setenv("TUTOR_KNOWLEDGE", str(tmp_path / "draft"))
    assert paths.lessons_dir() == lessons and paths.quizzes_dir() == quizzes
    assert [lesson.id for lesson in check_course().lessons] == ["alpha", "beta", "gamma"]
    monkeypatch.setenv("TUTOR_KNOWLEDGE", "  ")
    assert paths.lessons_dir() != lessons  # blank means unset


def test_the_right_choice_is_not_always_in_the_same_place() -> None:
    """Choices are shown in file order, so a bank with every answer first teaches "press 1"."""
    from collections import Counter

    bank = check_course().bank
    positions = Counter(q.correct_index for q in bank.questions.values() if q.kind == "choice")
    assert len(positions) >= 3 and max(positions.values()) <= sum(positions.values()) / 2, positions
