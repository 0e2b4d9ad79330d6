"""Quizzes in the chat: a whole quiz with the keyboard, feedback, the summary and a retake,
/review, /progress, autocomplete, the greeting, and persistence across two app runs.

Short answers are graded on key terms here (a fast grader); the real embedding model grades
them in tests/core/quiz/test_quiz_grading.py.
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
from tutor import commands
from tutor.core.quiz.bank import load_bank
from tutor.ui.handlers import quiz as quiz_handlers
from tutor.ui.widgets.quiz.progress import ProgressCard
from tutor.ui.widgets.quiz.question import QuestionCard
from tutor.ui.widgets.quiz.summary import QuizSummary

pytestmark = pytest.mark.usefixtures("fast_grader")


async def command_says(pilot, text: str, fragment: str) -> None:
    """Type ``text`` as the learner would and wait for a note containing ``fragment``."""
    await type_command(pilot, text)
    await wait_until(pilot, lambda: any(fragment in n for n in notes(pilot.app)))


async def test_whole_quiz_in_the_chat(make_app) -> None:
    app = make_app()
    async with started(app, (100, 30)) as pilot:
        await type_command(pilot, "/quiz gans 4")
        await wait_until(pilot, lambda: live_card(pilot.app) is not None)
        seen = []
        for number in range(1, 5):
            card = live_card(app)
            assert card.view["label"] == f"Question {number}/4"
            assert card.view["lesson"].startswith("Generative adversarial networks")
            seen.append(card.view["question_id"])
            await answer(pilot, card, wrong_answer(card, by_number=True) if number <= 2 else right_answer(card))
            assert card.query_one(".quiz-result").display
            assert "Read more:" in str(card.query_one(".quiz-link").render())
            await pilot.press("enter")
        await wait_until(pilot, lambda: bool(app.conversation.query(QuizSummary)))
        summary = app.conversation.query(QuizSummary).last()
        assert summary.payload["correct"] == 2 and summary.payload["total"] == 4
        assert [m["prompt"] for m in summary.payload["mistakes"]] == [
            load_bank().get(q).prompt for q in seen[:2]]
        # retake the ones I missed, with the keyboard
        await pilot.press("ctrl+r")
        await wait_until(pilot, lambda: live_card(app) is not None)
        for number in (1, 2):
            card = live_card(app)
            assert card.view["label"] == f"Retake {number}/2" and card.view["question_id"] == seen[number - 1]
            await answer(pilot, card, right_answer(card))
            await pilot.press("enter")
        await wait_until(pilot, lambda: len(app.conversation.query(QuizSummary)) == 2)
        assert app.conversation.query(QuizSummary).last().payload["correct"] == 2
        kinds = [m.kind for m in app.chats.messages(app.conversation_id)]
        assert kinds.count("quiz_answer") == 6 and kinds.count("quiz_summary") == 2


async def test_persistence_across_two_app_runs(make_app) -> None:
    """Run 1: answer one question and quit mid-quiz. Run 2: greeted, resume, finish, /progress."""
    app = make_app()
    async with started(app, (100, 30)) as pilot:
        await type_command(pilot, "/quiz vaes 3")
        await wait_until(pilot, lambda: live_card(app) is not None)
        first = live_card(app)
        first_id = first.view["question_id"]
        await answer(pilot, first, right_answer(first))
        planned = app.store.conn.execute("SELECT question_ids FROM quiz_sessions").fetchone()[0]
    # the app is gone; a second run on the same database
    app = make_app()
    async with started(app, (100, 30)) as pilot:
        await wait_until(pilot, lambda: any("stopped at question 2 of 3" in n for n in notes(app)))
        redrawn = [c for c in app.conversation.query(QuestionCard) if c.answered]
        assert [c.view["question_id"] for c in redrawn] == [first_id]  # the answered card is back
        await type_command(pilot, "/quiz")
        await wait_until(pilot, lambda: live_card(app) is not None)
        assert any("Resuming your quiz at question 2 of 3" in n for n in notes(app))
        assert live_card(app).view["label"] == "Question 2/3"
        assert app.store.conn.execute("SELECT question_ids FROM quiz_sessions").fetchone()[0] == planned
        for _ in range(2):
            card = live_card(app)
            await answer(pilot, card, wrong_answer(card, by_number=True))
            await pilot.press("enter")
        await wait_until(pilot, lambda: bool(app.conversation.query(QuizSummary)))
        summary = app.conversation.query(QuizSummary).last().payload
        assert (summary["correct"], summary["wrong"], summary["total"]) == (1, 2, 3)
        await type_command(pilot, "/progress")
        await wait_until(pilot, lambda: bool(app.conversation.query(ProgressCard)))
        progress = app.conversation.query(ProgressCard).last().payload
        assert progress["answered"] == 3 and progress["distinct"] == 3 and progress["streak"] == 1
        vaes = next(lesson for lesson in progress["lessons"] if lesson["lesson_id"] == "vaes")
        assert vaes["seen"] == 3 and vaes["attempts"] == 3


async def test_review_runs_the_due_cards_and_the_greeting_counts_them(make_app) -> None:
    app = make_app()
    async with started(app, (100, 30)) as pilot:
        await command_says(pilot, "/review", "No cards yet")
        await type_command(pilot, "/quiz hallucination 2")
        await wait_until(pilot, lambda: live_card(app) is not None)
        for _ in range(2):
            card = live_card(app)
            await answer(pilot, card, wrong_answer(card, by_number=True))
            await pilot.press("enter")
        await wait_until(pilot, lambda: bool(app.conversation.query(QuizSummary)))
        await command_says(pilot, "/review", "No cards are due. The next one is due in")
        with app.store.conn:  # a day passes
            app.store.conn.execute("UPDATE cards SET due = due - 86400")
    app = make_app()
    async with started(app, (100, 30)) as pilot:
        await wait_until(pilot, lambda: any("2 quiz cards are due for review: type /review." in n for n in notes(app)))
        await type_command(pilot, "/review")
        await wait_until(pilot, lambda: live_card(app) is not None)
        card = live_card(app)
        assert card.view["label"] == "Review 1/2" and card.view["question_id"].startswith("hallucination-")


async def test_bad_input_and_keys(make_app) -> None:
    app = make_app()
    async with started(app, (100, 30)) as pilot:
        await command_says(pilot, "/quiz ganz", "Did you mean gans?")
        await command_says(pilot, "/quiz gans 99", "1 to 50 questions (got 99)")
        # a choice question: a key that is not an option is refused and nothing is saved
        from tutor.core.quiz.session import start_session

        bank = load_bank()
        choice_first = [q.id for q in bank.by_lesson("gans") if q.kind == "choice"][:1]
        await quiz_handlers.start_runner(app, start_session(app.store.conn, bank, choice_first), "test")
        card = live_card(app)
        assert card.kind == "choice"
        await pilot.press("z")
        await pilot.press("9")
        await pilot.pause()
        assert not card.answered and "Press a-" in str(card.query_one(".quiz-hint").render())
        assert app.store.conn.execute("SELECT count(*) FROM attempts").fetchone()[0] == 0
        await answer(pilot, card, right_answer(card))
        # Ctrl+S shows the cited section's text in the conversation
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: bool(app.conversation.query(".quiz-section")))
        section = app.conversation.query(".quiz-section").last()
        heading = bank.citation(bank.get(choice_first[0])).split(" > ")[1]
        assert heading in section.source
        # Esc goes back to the chat input
        await pilot.press("escape")
        assert app.focused is app.chat_input


def test_quiz_commands_are_in_the_catalog_with_topic_completion() -> None:
    names = [c.name for c in commands.commands()]
    assert {"quiz", "review", "progress"} <= set(names)
    quiz = commands.get("quiz")
    assert quiz.usage == "/quiz [TOPIC] [N]" and not quiz.needs_args
    assert quiz.completions(None, "ga") == ["gans"]
    assert "what-is-generative-ai" in quiz.completions(None, "generative")
    assert quiz.completions(None, "gans 3") == []


async def test_autocomplete_offers_topics(make_app) -> None:
    from tutor.ui.widgets.input.suggestions import CommandSuggestions

    app = make_app()
    async with started(app, (100, 30)) as pilot:
        app.chat_input.focus()
        await pilot.press(*"/quiz reinf")
        await pilot.pause(0.1)
        dropdown = app.query_one(CommandSuggestions)
        assert [item.text for item in dropdown.items] == ["/quiz reinforcement-learning"]


# -- snapshots (update with --snapshot-update, then look at the SVGs) ------------------------


def _snapshot_app():
    from tests.ui.conftest import FakeTutor
    from tutor.ui.app import TutorApp

    tutor = FakeTutor()
    return TutorApp(tutor_loader=lambda on_status: tutor)


_settle = settle


def test_snapshot_answered_question_card(snap_compare) -> None:
    """A multiple-choice card after a wrong answer: ticks, the why, the explanation, the link."""

    async def run_before(pilot) -> None:
        from tutor.core.quiz.session import start_session

        await _settle(pilot)
        app = pilot.app
        await quiz_handlers.start_runner(app, start_session(app.store.conn, load_bank(), ["gans-1", "gans-2"]), "Quiz: 2 questions.")
        await wait_until(pilot, lambda: live_card(app) is not None)
        card = live_card(app)
        await pilot.press(wrong_answer(card, by_number=True))
        await wait_until(pilot, lambda: card.answered)
        await pilot.pause(0.2)

    assert snap_compare(_snapshot_app(), terminal_size=(80, 24), run_before=run_before)


def test_snapshot_progress(snap_compare) -> None:
    """/progress from fixed attempts on three days (dates pinned, no clock)."""

    async def run_before(pilot) -> None:
        from datetime import datetime

        from tutor.core.quiz.grading import Grade, Verdict
        from tutor.core.quiz.progress import progress_report, record_answer
        from tutor.ui.widgets.quiz.progress import progress_markdown, progress_payload

        await _settle(pilot)
        app = pilot.app
        bank = load_bank()
        conn = app.store.conn
        plan = [(3, "what-is-ml", 5, 4), (4, "gans", 5, 2), (5, "vaes", 3, 3), (5, "what-is-ml", 2, 1)]
        with conn:
            for day, lesson, count, right in plan:
                when = datetime(2025, 3, day, 12).timestamp()
                for index, question in enumerate(bank.by_lesson(lesson)[:count]):
                    grade = Grade(Verdict.CORRECT, 1.0, "") if index < right else Grade(Verdict.WRONG, 0.0, "")
                    record_answer(conn, question, "x", grade, now=when, seconds=30)
        now = datetime(2025, 3, 5, 18).timestamp()
        payload = progress_payload(progress_report(conn, bank, now=now))
        payload["made"] = now
        await app.show_message("tutor", "quiz_progress", progress_markdown(payload), payload)
        await pilot.pause(0.2)
        app.query_one(ProgressCard).scroll_visible(animate=False, top=True)
        await pilot.pause(0.2)

    assert snap_compare(_snapshot_app(), terminal_size=(120, 40), run_before=run_before)


async def test_a_command_typed_in_a_short_answer_runs_as_a_command(make_app) -> None:
    from tutor.core.quiz.session import start_session

    app = make_app()
    async with started(app, (100, 30)) as pilot:
        await quiz_handlers.start_runner(app, start_session(app.store.conn, load_bank(), ["gans-3"]), "test")
        card = live_card(app)
        assert card.kind == "short"
        await pilot.press(*"/progress", "enter")
        await wait_until(pilot, lambda: bool(app.conversation.query(ProgressCard)))
        assert not card.answered
        assert app.store.conn.execute("SELECT count(*) FROM attempts").fetchone()[0] == 0
