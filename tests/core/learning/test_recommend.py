"""The one recommendation in each situation, with its reason."""

from __future__ import annotations

from dataclasses import replace

from tests.core.learning.conftest import DAY, T0, answer, read_all
from tutor.core.learning import reading
from tutor.core.learning.mastery import Level, course_state
from tutor.core.learning.recommend import DUE_PILE, recommend


def test_a_first_time_learner_starts_at_the_first_lesson(conn, course, bank) -> None:
    advice = recommend(course_state(conn, course, bank, T0))
    first = sorted(course.lessons, key=lambda lesson: lesson.number)[0]
    assert advice.kind == "start" and advice.lesson_id == first.id
    assert advice.command == f"/learn {first.id}"
    assert advice.reason.endswith("is the first lesson on the path: start here")


def test_a_lesson_left_part_way_is_continued(conn, course, bank) -> None:
    lesson = course.lesson("gans")
    reading.mark_read(conn, "gans", lesson.sections[0].id, T0)
    reading.mark_read(conn, "gans", lesson.sections[1].id, T0)
    reading.save_position(conn, "gans", 2, T0)
    advice = recommend(course_state(conn, course, bank, T0 + 60))
    assert (advice.kind, advice.lesson_id, advice.section) == ("continue", "gans", 2)
    assert advice.headline == f"Continue: {lesson.title}, section 3 of {len(lesson.sections)}"


def test_due_cards_come_first_once_they_pile_up(conn, course, bank) -> None:
    questions = [q for lesson in ("gans", "vaes") for q in bank.by_lesson(lesson)][:DUE_PILE]
    for question in questions:
        answer(conn, question, True, T0)
    later = T0 + 60 * DAY
    advice = recommend(course_state(conn, course, bank, later))
    assert advice.kind == "review" and advice.reason == f"{DUE_PILE} cards due"
    assert advice.command == "/review"
    # a few due cards do not outrank the next lesson
    for question in questions[1:]:
        answer(conn, question, True, later)
    assert recommend(course_state(conn, course, bank, later + 60)).kind != "review"


def test_the_next_unlocked_lesson_names_its_prerequisite(conn, course, bank) -> None:
    """VAEs requires GANs (as the path says): with GANs proficient, VAEs is next, and why."""
    state = course_state(conn, course, bank, T0)
    lessons = []
    for lesson in state.lessons:
        if lesson.lesson_id == "vaes":
            lesson = replace(lesson, requires=("gans",), unlocked=True)
        elif lesson.lesson_id == "gans":
            lesson = replace(lesson, level=Level.PROFICIENT, recall=0.7)
        elif lesson.lesson_id != "vaes":
            lesson = replace(lesson, level=Level.MASTERED, recall=0.9)
        lessons.append(lesson)
    advice = recommend(replace(state, lessons=lessons))
    assert advice.kind == "start" and advice.lesson_id == "vaes"
    assert advice.reason == "you have not started Variational autoencoders (VAEs), and " \
        "Generative adversarial networks (GANs) is proficient"


def test_locked_lessons_are_skipped_until_their_prerequisites_are_familiar(conn, course, bank) -> None:
    state = course_state(conn, course, bank, T0)
    first = state.lessons[0]
    lessons = [replace(s, requires=(first.lesson_id,), unlocked=False) if s is not first else s
               for s in state.lessons]
    lessons[0] = replace(first, level=Level.MASTERED, recall=1.0)
    lessons[1] = replace(lessons[1], unlocked=True)
    advice = recommend(replace(state, lessons=lessons))
    assert advice.lesson_id == lessons[1].lesson_id


def test_with_every_lesson_under_way_the_weakest_is_strengthened(conn, course, bank) -> None:
    for lesson in course.lessons:
        read_all(conn, lesson, T0)
        for question in bank.by_lesson(lesson.id):
            answer(conn, question, lesson.id != "hallucination", T0)
    advice = recommend(course_state(conn, course, bank, T0 + 60))
    assert advice.kind == "strengthen" and advice.lesson_id == "hallucination"
    assert advice.command == "/quiz hallucination"
    assert "weakest" in advice.reason and "familiar" in advice.reason


def test_the_map_and_the_recommendation_agree(conn, course, bank) -> None:
    from tutor.core.learning.course_map import course_map

    data = course_map(conn, course, bank, T0).as_dict()
    marked = [item["id"] for item in data["lessons"] if item["next"]]
    assert marked == [data["next"]["lesson"]]
