"""Mastery levels computed from recorded events: reading, answers, hints, and fsrs decay."""

from __future__ import annotations

from tests.core.learning.conftest import DAY, T0, answer, read_all
from tutor.core.learning import reading
from tutor.core.learning.mastery import Level, course_state, level_for


def level(conn, course, bank, lesson_id: str, when: float) -> Level:
    return course_state(conn, course, bank, when).get(lesson_id).level


def test_a_fresh_learner_has_started_nothing(conn, course, bank) -> None:
    state = course_state(conn, course, bank, T0)
    assert {s.level for s in state.lessons} == {Level.NOT_STARTED}
    assert len(state.lessons) == len(course.lessons) and state.due == 0


def test_reading_one_section_is_reading_and_every_section_is_familiar(conn, course, bank) -> None:
    lesson = course.lesson("gans")
    reading.mark_read(conn, "gans", lesson.sections[0].id, T0)
    state = course_state(conn, course, bank, T0).get("gans")
    assert state.level is Level.READING and state.read == 1
    read_all(conn, lesson, T0)
    state = course_state(conn, course, bank, T0).get("gans")
    assert state.level is Level.FAMILIAR and state.read == state.sections
    assert 0.2 < state.progress < 0.3  # reading counts for a quarter of the bar


def test_right_answers_raise_the_level_and_wrong_ones_do_not(conn, course, bank) -> None:
    questions = bank.by_lesson("vaes")
    answer(conn, questions[0], False, T0)
    assert level(conn, course, bank, "vaes", T0 + 60) is Level.READING
    for question in questions:
        answer(conn, question, True, T0 + 120)
    state = course_state(conn, course, bank, T0 + 180).get("vaes")
    assert state.recall > 0.95
    # every answer right, but memories are young: proficient, not yet mastered
    assert state.level is Level.PROFICIENT


def test_mastery_decays_without_reviews_and_a_review_restores_it(conn, course, bank) -> None:
    questions = bank.by_lesson("gans")
    for question in questions:
        answer(conn, question, True, T0)
    assert level(conn, course, bank, "gans", T0 + 60) is Level.PROFICIENT
    later = T0 + 90 * DAY
    decayed = course_state(conn, course, bank, later).get("gans")
    assert decayed.level < Level.PROFICIENT and decayed.recall < 0.6
    assert decayed.due == len(questions)  # the cards fell due along the way
    for question in questions:
        answer(conn, question, True, later)
    assert level(conn, course, bank, "gans", later + 60) >= Level.PROFICIENT


def test_mastered_needs_right_answers_that_lasted(conn, course, bank) -> None:
    questions = bank.by_lesson("what-is-ml")
    when = T0
    for gap in (0, 3, 10, 30):  # answered right again after growing gaps
        when += gap * DAY
        for question in questions:
            answer(conn, question, True, when)
    state = course_state(conn, course, bank, when + 60).get("what-is-ml")
    assert state.durable == len(questions)
    assert state.level is Level.MASTERED


def test_an_answer_after_a_hint_counts_for_less(conn, course, bank) -> None:
    plain, hinted = bank.by_lesson("gans"), bank.by_lesson("vaes")
    for question in plain:
        answer(conn, question, True, T0)
    for question in hinted:
        answer(conn, question, True, T0, hints=1)
    state = course_state(conn, course, bank, T0 + 60)
    assert state.get("vaes").hinted == len(hinted)
    assert state.get("vaes").recall <= 0.5 * state.get("gans").recall + 1e-9
    assert state.get("vaes").level < state.get("gans").level


def test_failed_four_times_is_a_leech(conn, course, bank) -> None:
    question = bank.by_lesson("gans")[0]
    for n in range(3):
        answer(conn, question, False, T0 + n * 60)
    assert course_state(conn, course, bank, T0 + DAY).get("gans").leeches == ()
    answer(conn, question, False, T0 + 300)
    assert course_state(conn, course, bank, T0 + DAY).get("gans").leeches == (question.id,)


def test_the_level_table() -> None:
    assert level_for(0, 6, 0, 0.0, 0.0) is Level.NOT_STARTED
    assert level_for(1, 6, 0, 0.0, 0.0) is Level.READING
    assert level_for(0, 6, 2, 0.25, 0.0) is Level.FAMILIAR
    assert level_for(6, 6, 0, 0.0, 0.0) is Level.FAMILIAR
    assert level_for(0, 6, 8, 0.6, 0.0) is Level.PROFICIENT
    assert level_for(0, 6, 8, 0.9, 0.5) is Level.PROFICIENT
    assert level_for(0, 6, 8, 0.9, 0.75) is Level.MASTERED
