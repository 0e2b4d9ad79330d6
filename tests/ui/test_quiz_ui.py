"""Quizzes in the chat: a whole quiz with the keyboard, feedback, the summary and a retake,
/review, /progress, autocomplete, the greeting, and persistence across two app runs.

Short answers are graded on key terms here (a fast grader); the real embedding model grades
them in tests/core/quiz/test_quiz_grading.py.
"""

from __future__ import annotations

import pytest

from tests.ui.conftest import wait_until
from tutor import commands
from tutor.core.quiz.bank import load_bank
from tutor.core.quiz.grading import Grader
from tutor.ui.handlers import quiz as quiz_handlers
from tutor.ui.widgets.chat.messages import NoteMessage, TutorText
from tutor.ui.widgets.quiz.progress import ProgressCard
from tutor.ui.widgets.quiz.question import QuestionCard
from tutor.ui.widgets.quiz.summary import QuizSummary


@pytest.fixture(autouse=True)
def fast_grader(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(quiz_handlers, "_GRADER", Grader(None))


def notes(app) -> list[str]:
    return [n.text for n in app.conversation.query(NoteMessage)]


def live_card(app) -> QuestionCard | None:
    cards = [c for c in app.conversation.query(QuestionCard) if not c.answered]
    return cards[-1] if cards else None


async def ready(pilot) -> None:
    await wait_until(pilot, lambda: pilot.app.tutor is not None and bool(pilot.app.conversation.children))


async def type_command(pilot, text: str) -> None:
    pilot.app.chat_input.focus()
    await pilot.press(*text)
    await pilot.press("enter")


def right_key(card: QuestionCard) -> str:
    question = load_bank().get(card.view["question_id"])
    if question.kind == "choice":
        return "abcd"[question.correct_index]
    if question.kind == "truefalse":
        return "t" if question.answer else "f"
    return " ".join(term.split("|")[0] for term in question.key_terms)  # every key term


def wrong_key(card: QuestionCard) -> str:
    question = load_bank().get(card.view["question_id"])
    if question.kind == "choice":
        return str((question.correct_index + 1) % len(question.choices) + 1)
    if question.kind == "truefalse":
        return "f" if question.answer else "t"
    return "skip"


async def answer(pilot, card: QuestionCard, text: str) -> None:
    if card.kind == "short":
        await pilot.press(*text)
        await pilot.press("enter")
    else:
        await pilot.press(text)
    await wait_until(pilot, lambda: card.answered)


async def test_whole_quiz_in_the_chat(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        await type_command(pilot, "/quiz gans 4")
        await wait_until(pilot, lambda: live_card(pilot.app) is not None)
        seen = []
        for number in range(1, 5):
            card = live_card(app)
            assert card.view["label"] == f"Question {number}/4"
            assert card.view["lesson"].startswith("Generative adversarial networks")
            seen.append(card.view["question_id"])
            await answer(pilot, card, wrong_key(card) if number <= 2 else right_key(card))
            assert card.query_one(".quiz-result").display
            assert "Read more:" in str(card.query_one(".quiz-link").render())
            await pilot.press("enter")
        await wait_until(pilot, lambda: bool(app.conversation.query(QuizSummary)))
        summary = app.conversation.query(QuizSummary).last()
        assert summary.payload["correct"] == 2 and summary.payload["total"] == 4
        assert [m["prompt"] for m in summary.payload["mistakes"]] == [
            load_bank().get(q).prompt for q in seen[:2]]
        # retake the ones I missed, with the keyboard
        await pilot.press("r")
        await wait_until(pilot, lambda: live_card(app) is not None)
        for number in (1, 2):
            card = live_card(app)
            assert card.view["label"] == f"Retake {number}/2" and card.view["question_id"] == seen[number - 1]
            await answer(pilot, card, right_key(card))
            await pilot.press("enter")
        await wait_until(pilot, lambda: len(app.conversation.query(QuizSummary)) == 2)
        assert app.conversation.query(QuizSummary).last().payload["correct"] == 2
        kinds = [m.kind for m in app.chats.messages(app.conversation_id)]
        assert kinds.count("quiz_answer") == 6 and kinds.count("quiz_summary") == 2
