"""/learn in the chat: a whole lesson read with its checks, resume after a restart, hints,
"ask about this", the map, /challenge; snapshots of the map and a lesson card at 80x24.

Short answers are graded on key terms here (fast); tests/core/quiz grades with the real model.
"""

from __future__ import annotations

import pytest

from tests.ui.conftest import (
    answer,
    live_card,
    notes,
    right_answer,
    settle,
    started,
    type_command,
    wait_until,
    wrong_answer,
)
from tutor.core.knowledge import load_course
from tutor.core.learning import reading
from tutor.core.quiz.bank import load_bank
from tutor.ui.handlers import quiz as quiz_handlers
from tutor.ui.widgets.learn.course_map import CourseMapCard
from tutor.ui.widgets.learn.lesson import LessonCard

pytestmark = pytest.mark.usefixtures("fast_grader")


async def test_read_a_whole_lesson_with_its_checks(make_app) -> None:
    lesson = load_course().lesson("what-is-ml")
    app = make_app()
    async with started(app, (100, 34)) as pilot:
        await type_command(pilot, "/learn what-is-ml")
        await wait_until(pilot, lambda: bool(app.conversation.query(LessonCard)))
        card = app.conversation.query(LessonCard).last()
        assert app.focused is card
        checks = 0
        for index in range(len(lesson.sections)):
            assert card.view["index"] == index
            assert card.view["heading"] == lesson.sections[index].heading
            assert f"section {index + 1} of {len(lesson.sections)}" in str(card.query_one(".lesson-header").render())
            await pilot.press("enter")
            await pilot.pause()
            check = live_card(app)
            if check is not None:
                checks += 1
                assert check.view["section_id"].startswith("what-is-ml#")
                await answer(pilot, check, wrong_answer(check) if checks == 1 else right_answer(check))
                if checks == 1:
                    await wait_until(pilot, lambda: any("re-reads the section" in n for n in notes(app)))
                await pilot.press("enter")
                await pilot.pause()
        await wait_until(pilot, lambda: any("You finished What is machine learning?" in n for n in notes(app)))
        assert app.chat_input.text == "/learn supervised-learning"  # the next step, one Enter away
        # no question was typed: the lesson names the conversation in /history
        assert app.chats.info(app.conversation_id).title == "Lesson: What is machine learning?"
        assert checks >= len(lesson.sections) // 2
        conn = app.store.conn
        assert reading.sections_read(conn)["what-is-ml"] == {s.id for s in lesson.sections}
        assert conn.execute("SELECT count(*) FROM attempts").fetchone()[0] == checks
        assert conn.execute("SELECT count(*) FROM cards").fetchone()[0] == checks
        # the map shows the lesson's level, and the next step moved on
        await type_command(pilot, "/learn map")
        await wait_until(pilot, lambda: bool(app.conversation.query(CourseMapCard)))
        payload = app.conversation.query(CourseMapCard).last().payload
        first = next(item for item in payload["lessons"] if item["id"] == "what-is-ml")
        assert first["level"] in ("familiar", "proficient") and first["sections_read"] == len(lesson.sections)
        assert payload["next"]["lesson"] != "what-is-ml"


async def test_learn_resumes_where_the_learner_left_off_after_a_restart(make_app) -> None:
    app = make_app()
    async with started(app, (100, 30)) as pilot:
        await type_command(pilot, "/learn gans")
        await wait_until(pilot, lambda: bool(app.conversation.query(LessonCard)))
        await pilot.press("enter")
        await pilot.pause()
        assert app.conversation.query(LessonCard).last().view["index"] == 1
    app = make_app()
    async with started(app, (100, 30)) as pilot:
        await wait_until(pilot, lambda: any("Continue: Generative adversarial networks (GANs), section 2 of"
                                            in n for n in notes(app)))
        await type_command(pilot, "/learn")
        await wait_until(pilot, lambda: bool(app.conversation.query(LessonCard)))
        assert app.conversation.query(LessonCard).last().view["index"] == 1


async def test_previous_try_it_and_ask_about_this(make_app) -> None:
    app = make_app()
    async with started(app, (100, 30)) as pilot:
        await type_command(pilot, "/learn vaes 3")
        await wait_until(pilot, lambda: bool(app.conversation.query(LessonCard)))
        card = app.conversation.query(LessonCard).last()
        assert card.view["index"] == 2
        await pilot.press("left")
        await pilot.pause()
        assert card.view["index"] == 1 and reading.position(app.store.conn, "vaes").section == 1
        await pilot.press("question_mark")
        await wait_until(pilot, lambda: app.focused is app.chat_input)
        heading = card.view["heading"]
        await pilot.press(*"why does it matter?")
        await pilot.press("enter")
        await wait_until(pilot, lambda: bool(app.tutor.asked))
        question, history = app.tutor.asked[-1]
        assert question == "why does it matter?" and any(heading in h for h in history)


async def test_hints_are_offered_and_a_right_answer_after_one_is_hard(make_app, monkeypatch) -> None:
    from dataclasses import replace

    from fsrs import Rating

    from tutor.core.quiz.session import start_session

    bank = load_bank()
    question = next(q for q in bank.questions.values() if q.kind == "choice")
    if not question.hints:  # the bank's own hints once it has them; one written here until then
        question = replace(question, hints=("Think about what each network is trained to do.",))
        monkeypatch.setitem(bank.questions, question.id, question)
    app = make_app()
    async with started(app, (100, 30)) as pilot:
        await quiz_handlers.start_runner(app, start_session(app.store.conn, bank, [question.id]), "test")
        card = live_card(app)
        await pilot.press("h")
        await pilot.pause()
        assert card.hints_shown == 1 and question.hints[0] in str(card.query_one(".quiz-hints").render())
        await answer(pilot, card, right_answer(card))
        conn = app.store.conn
        assert conn.execute("SELECT hints FROM attempts").fetchone()[0] == 1
        assert conn.execute("SELECT rating FROM review_log").fetchone()[0] == int(Rating.Hard)
        assert conn.execute("SELECT count(*) FROM hint_uses").fetchone()[0] == 1


async def test_bad_lesson_and_challenge_before_practice(make_app) -> None:
    app = make_app()
    async with started(app, (100, 30)) as pilot:
        await type_command(pilot, "/learn ganz")
        await wait_until(pilot, lambda: any("Did you mean gans" in n for n in notes(app)))
        await type_command(pilot, "/learn gans 99")
        await wait_until(pilot, lambda: any("has sections 1 to" in n for n in notes(app)))
        await type_command(pilot, "/challenge")
        await wait_until(pilot, lambda: any("A challenge mixes 3 lessons" in n for n in notes(app)))
        from tests.core.learning.conftest import answer as record

        bank = load_bank()
        for lesson_id in ("gans", "vaes", "hallucination"):
            record(app.store.conn, bank.by_lesson(lesson_id)[0], False, 1000.0)
        await type_command(pilot, "/challenge")
        await wait_until(pilot, lambda: live_card(app) is not None)
        assert any(n.startswith("Challenge: 6 questions mixing") for n in notes(app))
        assert live_card(app).view["label"] == "Question 1/6"


def _learn_app(prepare):
    from tests.ui.conftest import FakeTutor
    from tutor.ui.app import TutorApp

    tutor = FakeTutor()
    return TutorApp(tutor_loader=lambda on_status: tutor)


def test_snapshot_course_map(snap_compare) -> None:
    async def run_before(pilot) -> None:
        await settle(pilot)
        pilot.app.run_command("learn", "map")
        await wait_until(pilot, lambda: bool(pilot.app.conversation.query(CourseMapCard)))
        await pilot.pause(0.2)

    assert snap_compare(_learn_app(None), terminal_size=(80, 24), run_before=run_before)


def test_snapshot_lesson_card(snap_compare) -> None:
    async def run_before(pilot) -> None:
        await settle(pilot)
        pilot.app.run_command("learn", "what-is-ml")
        await wait_until(pilot, lambda: bool(pilot.app.conversation.query(LessonCard)))
        await pilot.pause(0.3)

    assert snap_compare(_learn_app(None), terminal_size=(80, 24), run_before=run_before)


async def test_progress_shows_the_maps_levels_hinted_answers_and_flagged_cards(make_app) -> None:
    from tests.core.learning.conftest import answer as record
    from tutor.core.learning.course_map import course_map
    from tutor.ui.widgets.quiz.progress import ProgressCard

    bank = load_bank()
    app = make_app()
    async with started(app, (100, 40)) as pilot:
        conn = app.store.conn
        leech = bank.by_lesson("gans")[0]
        for n in range(4):
            record(conn, leech, False, 1000.0 + n)
        for question in bank.by_lesson("vaes"):
            record(conn, question, True, 2000.0, hints=1)
        await type_command(pilot, "/progress")
        await wait_until(pilot, lambda: bool(app.conversation.query(ProgressCard)))
        payload = app.conversation.query(ProgressCard).last().payload
        levels = {item["id"]: item["level"] for item in course_map(conn).as_dict()["lessons"]}
        assert {lesson["lesson_id"]: lesson["level"] for lesson in payload["lessons"]} == {
            lesson["lesson_id"]: levels[lesson["lesson_id"]] for lesson in payload["lessons"]}
        assert [item["question_id"] for item in payload["flagged"]] == [leech.id]
        assert payload["hinted_answers"] == len(bank.by_lesson("vaes"))
        text = " ".join(str(s.render()) for s in app.conversation.query(ProgressCard).last().query("Static"))
        assert "Flagged cards" in text and "after a hint" in text
        # /review offers the section (and a hint) before a flagged card
        with conn:
            conn.execute("UPDATE cards SET due = 0")
        await type_command(pilot, "/review")
        await wait_until(pilot, lambda: any("Flagged: you have missed this one 4 times" in n for n in notes(app)))


async def test_esc_during_a_check_then_learn_asks_the_same_check_again(make_app) -> None:
    """The check card says "Esc: back to the chat (/learn resumes)": the reader has already
    moved past the sections it tests, so /learn must bring the check back, not skip it."""
    lesson = load_course().lesson("what-is-ml")
    app = make_app()
    async with started(app, (100, 34)) as pilot:
        await type_command(pilot, "/learn what-is-ml")
        await wait_until(pilot, lambda: bool(app.conversation.query(LessonCard)))
        await pilot.press("enter", "enter")
        await wait_until(pilot, lambda: live_card(app) is not None)
        check = live_card(app)
        asked = check.view["question_id"]
        if check.kind != "short" and check.view.get("hints"):
            await pilot.press("h")  # a hint taken before leaving stays taken
            await wait_until(pilot, lambda: check.hints_shown == 1)
        hints = check.hints_shown
        await pilot.press("escape")
        await wait_until(pilot, lambda: app.focused is app.chat_input)
        await type_command(pilot, "/learn")
        await wait_until(pilot, lambda: live_card(app) is not None and live_card(app) is not check)
        again = live_card(app)
        assert again.view["question_id"] == asked and again.hints_shown == hints
        assert not check.is_attached and len(app.conversation.query(LessonCard)) == 1
        card = app.conversation.query(LessonCard).last()
        assert card.waiting and card.view["index"] == 1  # the section just read, as before
        await answer(pilot, again, right_answer(again))
        await pilot.press("enter")
        await wait_until(pilot, lambda: not card.waiting and card.view["index"] == 2)
        assert app.focused is card and card.view["heading"] == lesson.sections[2].heading
        conn = app.store.conn
        rows = conn.execute("SELECT question_id, hints FROM attempts").fetchall()
        assert [tuple(row) for row in rows] == [(asked, hints)]
