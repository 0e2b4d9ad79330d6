"""The question bank: loading, every validation rule (on broken copies of a small bank), topic
resolution, and the shipped bank passing the same checks."""

from __future__ import annotations

from pathlib import Path

import pytest

from tutor.core.quiz.bank import UnknownTopic, load_bank, slugify, validate_bank


def test_valid_bank_loads_typed_questions(course: tuple[Path, Path]) -> None:
    assert validate_bank(*course) == []
    bank = load_bank(*course)
    assert len(bank) == 12
    choice = bank.get("alpha-1")
    assert choice.kind == "choice" and choice.correct_index == 0 and choice.choices[1].why == "It is wrong."
    assert bank.get("alpha-2").answer is True and bank.get("alpha-4").answer is False
    short = bank.get("beta-3")
    assert short.key_terms == ("label|labelled", "example|examples|data")
    assert short.section_id == "beta#second-idea-the-details"
    assert bank.citation(short) == "Lesson Beta > Second idea: the details"
    assert bank.topics == ["alpha", "beta", "gamma"]


def test_hints_are_parsed_in_order_and_optional(course: tuple[Path, Path]) -> None:
    bank = load_bank(*course)
    assert bank.get("alpha-3").hints == ("What does each training example come with?",
                                         "Think of the correct answer attached to each example.")
    assert bank.get("alpha-2").hints == ("Look up on a clear day.",)
    _edit(course, "alpha", 'hints = ["Touch it."]\n', "")
    assert validate_bank(*course) == []  # no hints is not a broken question (--check asks for them)
    assert load_bank(*course).get("alpha-4").hints == ()


def test_shipped_lessons_carry_their_prerequisites_into_the_outlines() -> None:
    bank = load_bank()
    assert bank.lessons["what-is-ml"].requires == ()
    assert "what-is-generative-ai" in bank.lessons["gans"].requires
    assert bank.lessons["gans"].number == 7


def test_slug_rule() -> None:
    assert slugify("Why supervised learning needs large, labelled datasets") == (
        "why-supervised-learning-needs-large-labelled-datasets"
    )
    assert slugify("  GANs: two networks -- one game!  ") == "gans-two-networks-one-game"


def _edit(course: tuple[Path, Path], lesson: str, old: str, new: str) -> None:
    path = course[0] / f"{lesson}.toml"
    text = path.read_text()
    assert old in text, old
    path.write_text(text.replace(old, new, 1))


def _problems(course: tuple[Path, Path]) -> list[str]:
    return [str(p) for p in validate_bank(*course)]


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ('kind = "truefalse"', 'kind = "essay"', "alpha.toml: alpha-2 [kind]: unknown kind 'essay'"),
        (
            '{ text = "Wrong", correct = false, why = "It is wrong." }',
            '{ text = "Wrong", correct = false }',
            "alpha.toml: alpha-1 [choices[2].why]: a wrong choice must say why",
        ),
        (
            '{ text = "Wrong", correct = false, why = "It is wrong." }',
            '{ text = "Wrong", correct = true }',
            "alpha.toml: alpha-1 [choices]: must have exactly one correct choice (found 2)",
        ),
        (
            'section = "first-idea-of-alpha"',
            'section = "first-idea-of-alfa"',
            (
                "alpha.toml: alpha-1 [section]: 'first-idea-of-alfa' is not an H2 section of "
                "lesson alpha; did you mean 'first-idea-of-alpha'?"
            ),
        ),
        ('id = "alpha-2"', 'id = "alpha-1"', "alpha.toml: alpha-1 [id]: duplicate id (also in alpha.toml)"),
        ('answer = true', 'answer = "true"', "alpha.toml: alpha-2 [answer]: must be true or false"),
        ('explanation = "Water is wet."', 'explaination = "Water is wet."', "alpha.toml: alpha-4 [explaination]: unknown field"),
        ('key_terms = ["label|labelled", "example|examples|data"]', "key_terms = []", "alpha.toml: alpha-3 [key_terms]"),
        ('prompt = "The sky is blue (alpha)."', 'prompt = ""', "alpha.toml: alpha-2 [prompt]: missing or empty"),
        ('lesson = "alpha"', 'lesson = "alfa"', "alpha.toml [lesson]: 'alfa' does not match the file name"),
        ('id = "alpha-3"', 'id = "beta-9"', "alpha.toml: beta-9 [id]: must start with 'alpha-'"),
        ('hints = ["Touch it."]', 'hints = "Touch it."', "alpha.toml: alpha-4 [hints]: must be a list of 1-2 hints"),
        ('hints = ["Touch it."]', "hints = []", "alpha.toml: alpha-4 [hints]: must be a list of 1-2 hints"),
        ('hints = ["Touch it."]', 'hints = ["a", "b", "c"]', "alpha.toml: alpha-4 [hints]: must be a list of 1-2 hints"),
        ('hints = ["Touch it."]', 'hints = [1]', "alpha.toml: alpha-4 [hints[1]]: must be a non-empty string in quotes, got a int"),
        ('hints = ["Touch it."]', 'hints = ["Touch it.", " "]', "alpha.toml: alpha-4 [hints[2]]: must be a non-empty string in quotes, got an empty string"),
        ('hints = ["Touch it."]', 'hints = ["Touch it.", "Touch it."]', "alpha.toml: alpha-4 [hints[2]]: repeats an earlier hint"),
        ('hints = ["Touch it."]', 'hints = [["Touch it."]]', "alpha.toml: alpha-4 [hints[1]]: must be a non-empty string in quotes, got a list"),
    ],
)
def test_each_broken_rule_is_reported_with_file_question_and_field(
    course: tuple[Path, Path], old: str, new: str, expected: str
) -> None:
    _edit(course, "alpha", old, new)
    problems = _problems(course)
    assert any(p.startswith(expected) for p in problems), problems


def test_a_lesson_with_too_few_questions_and_a_missing_quiz_file(course: tuple[Path, Path]) -> None:
    path = course[0] / "beta.toml"
    text = path.read_text()
    path.write_text(text[: text.index('[[questions]]\nid = "beta-4"')])
    (course[0] / "gamma.toml").unlink()
    problems = _problems(course)
    assert "beta.toml: only 3 valid question(s); every lesson needs at least 4" in problems
    assert "gamma.toml: lesson gamma has no quiz file" in problems


def test_invalid_toml_is_reported_and_other_files_still_load(course: tuple[Path, Path]) -> None:
    (course[0] / "alpha.toml").write_text('lesson = "alpha"\n[[questions]\nid = ')
    problems = _problems(course)
    assert problems[0].startswith("alpha.toml: not valid TOML")
    bank = load_bank(*course)
    assert bank.topics == ["beta", "gamma"]  # one broken file does not stop the quiz


def test_a_broken_question_is_left_out_but_its_neighbours_load(course: tuple[Path, Path]) -> None:
    _edit(course, "alpha", 'kind = "truefalse"', 'kind = "essay"')
    bank = load_bank(*course)
    assert bank.get("alpha-2") is None and bank.get("alpha-1") is not None
    assert len(bank.problems) >= 1


def test_resolve_topic(bank) -> None:
    assert bank.resolve_topic("Alpha") == "alpha"
    assert bank.resolve_topic("gam") == "gamma"
    with pytest.raises(UnknownTopic) as caught:
        bank.resolve_topic("betta")
    assert caught.value.suggestions == ["beta"]
    assert "Did you mean beta?" in str(caught.value) and "alpha, beta, gamma" in str(caught.value)


def test_shipped_bank_passes_validation() -> None:
    """The real course: no problems, >= 80 questions, >= 4 per lesson, every kind in each lesson."""
    problems = validate_bank()
    assert problems == [], "\n".join(str(p) for p in problems)
    bank = load_bank()
    assert len(bank) >= 80
    for lesson_id in bank.lessons:
        kinds = [q.kind for q in bank.by_lesson(lesson_id)]
        assert len(kinds) >= 4, lesson_id
        assert {"choice", "truefalse", "short"} <= set(kinds), lesson_id


def test_section_text_is_the_cited_sections_prose(bank) -> None:
    assert bank.section_text(bank.get("alpha-2")) == "More text."  # no "Try it:" line
    assert bank.section_text(bank.get("alpha-1")) == "Some text."


def test_a_malformed_lesson_is_reported_with_file_and_line(course: tuple[Path, Path]) -> None:
    _quizzes, lessons = course
    path = lessons / "02-beta.md"
    path.write_text(path.read_text().replace("## Second idea: the details", "## First idea of beta"))
    problems = _problems(course)
    assert any(p.startswith("02-beta.md: line ") and "repeats the section" in p for p in problems), problems
    assert load_bank(*course).topics == ["alpha", "gamma"]  # the other lessons' quizzes still work
