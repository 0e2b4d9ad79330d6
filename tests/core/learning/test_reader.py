"""Reading a lesson: position saved at every step, sections read, a check every two sections,
and check answers scheduled like quiz answers (Hard after a hint)."""

from __future__ import annotations

from fsrs import Rating

from tests.core.learning.conftest import T0
from tutor.core.learning import reading
from tutor.core.learning.hints import record_hint
from tutor.core.learning.mastery import course_state
from tutor.core.learning.reader import CHECK_EVERY, LessonReader, record_check
from tutor.core.quiz.grading import Grader


def test_reading_a_whole_lesson_with_its_checks(conn, course, bank) -> None:
    lesson = course.lesson("gans")
    reader = LessonReader(conn, lesson, bank)
    assert reader.index == 0 and reading.position(conn, "gans").section == 0
    checks = []
    for step in range(reader.total):
        check = reader.forward(now=T0 + step)
        if check is not None:
            slugs = {s.slug for s in lesson.sections[max(0, step - CHECK_EVERY + 1): step + 1]}
            assert check.lesson == "gans" and check.section in slugs  # tests what was just read
            checks.append(check)
    assert reader.at_end and reading.position(conn, "gans").section == reader.total - 1
    assert len(reading.sections_read(conn)["gans"]) == reader.total
    assert len(checks) >= 1


def test_a_new_reader_resumes_at_the_saved_section(conn, course, bank) -> None:
    lesson = course.lesson("vaes")
    reader = LessonReader(conn, lesson, bank)
    reader.forward()
    reader.forward()
    reader.back()
    again = LessonReader(conn, lesson, bank)  # as after a restart
    assert again.index == 1
    assert LessonReader(conn, lesson, bank, section=99).index == len(lesson.sections) - 1


def test_a_check_after_a_hint_is_rated_hard_and_counted(conn, course, bank) -> None:
    question = next(q for q in bank.by_lesson("gans") if q.kind == "choice")
    grader = Grader(None)
    record_hint(conn, question, 0, T0)
    record_check(conn, question, "abcd"[question.correct_index], grader.grade(question, "abcd"[question.correct_index]),
                 hints=1, now=T0)
    rating = conn.execute("SELECT rating FROM review_log WHERE question_id = ?", (question.id,)).fetchone()[0]
    assert rating == int(Rating.Hard)
    assert conn.execute("SELECT hints FROM attempts").fetchone()[0] == 1
    assert course_state(conn, course, bank, T0 + 60).get("gans").hinted == 1
    other = next(q for q in bank.by_lesson("vaes") if q.kind == "choice")
    record_check(conn, other, "abcd"[other.correct_index], grader.grade(other, "abcd"[other.correct_index]),
                 seconds=30.0, now=T0)
    rating = conn.execute("SELECT rating FROM review_log WHERE question_id = ?", (other.id,)).fetchone()[0]
    assert rating == int(Rating.Good)
