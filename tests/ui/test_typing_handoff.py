"""Typing on a focused card (a lesson, a running demo) goes to the chat input, whole.

The keys arrive in one burst, as a terminal delivers fast typing or a paste (Pilot's ``press``
waits for each key to be handled, which hides the race): focus moves only after the first key
was handled, so without the hand-over the next letters reached the card, and those it binds
("a", "t", space, "n") acted on it or were dropped.
"""

from __future__ import annotations

import pytest
from textual import events
from textual.app import _character_to_key

from tests.ui.conftest import (
    answer,
    live_card,
    notes,
    started,
    type_command,
    wait_until,
    wrong_answer,
)
from tutor.ui.widgets.demo.card import DemoCard
from tutor.ui.widgets.learn.lesson import LessonCard


def burst(app, text: str) -> None:
    """Post every key of ``text`` at once, the way the terminal driver does."""
    for char in text:
        key = char if char.isalnum() else _character_to_key(char)
        event = events.Key(key, char)
        event.set_sender(app)
        app._driver.send_message(event)


async def open_lesson(pilot) -> LessonCard:
    await type_command(pilot, "/learn what-is-ml")
    await wait_until(pilot, lambda: bool(pilot.app.conversation.query(LessonCard)))
    card = pilot.app.conversation.query(LessonCard).last()
    await wait_until(pilot, lambda: pilot.app.focused is card)
    return card


async def test_a_question_typed_on_a_lesson_card_lands_whole_in_the_input(make_app) -> None:
    app = make_app()
    async with started(app, (100, 30)) as pilot:
        card = await open_lesson(pilot)
        burst(app, "what is a token")  # "a" and "t" are the card's "ask" and "try it" keys
        await wait_until(pilot, lambda: app.chat_input.text == "what is a token")
        await pilot.pause(0.3)
        assert app.chat_input.text == "what is a token" and app.focused is app.chat_input
        assert not app.conversation.query(DemoCard) and app.job is None  # no "try it"
        assert not any("Ask about" in note for note in notes(app))
        assert card.view["index"] == 0
        card.focus()  # back on the card, its keys act again
        await pilot.press("n")
        await wait_until(pilot, lambda: card.view["index"] == 1)


async def test_keys_typed_right_after_ask_about_this_follow_it_to_the_input(make_app) -> None:
    app = make_app()
    async with started(app, (100, 30)) as pilot:
        await open_lesson(pilot)
        burst(app, "atry it with more data?")  # a: ask about this, then the question
        await wait_until(pilot, lambda: app.chat_input.text == "try it with more data?")
        await pilot.pause(0.3)
        assert app.chat_input.text == "try it with more data?"
        assert any("Ask about" in note for note in notes(app))
        assert not app.conversation.query(DemoCard) and app.job is None


async def test_typing_on_the_course_map_goes_to_the_input(make_app) -> None:
    from tutor.ui.widgets.learn.course_map import CourseMapCard

    app = make_app()
    async with started(app, (100, 30)) as pilot:
        await type_command(pilot, "/learn map")
        await wait_until(pilot, lambda: bool(app.conversation.query(CourseMapCard))
                         and app.focused is app.conversation.query(CourseMapCard).last())
        burst(app, "/learn gans")  # every key was swallowed by the focused map
        await wait_until(pilot, lambda: app.chat_input.text == "/learn gans")
        assert app.focused is app.chat_input


@pytest.mark.usefixtures("fast_grader")
async def test_typing_on_an_answered_question_card_goes_to_the_input(make_app) -> None:
    from tutor.core.quiz.bank import load_bank
    from tutor.core.quiz.session import start_session
    from tutor.ui.handlers.quiz import start_runner

    bank = load_bank()
    question = next(q for q in bank.questions.values() if q.kind == "choice")
    app = make_app()
    async with started(app, (100, 30)) as pilot:
        await start_runner(app, start_session(app.store.conn, bank, [question.id]), "test")
        card = live_card(app)
        await answer(pilot, card, wrong_answer(card))
        card.focus()
        await wait_until(pilot, lambda: app.focused is card)
        burst(app, "is it so")  # "s" is the answered card's "read the section"
        await wait_until(pilot, lambda: app.chat_input.text == "is it so")
        assert not app.conversation.query(".quiz-section")
        card.focus()
        await wait_until(pilot, lambda: app.focused is card)
        await pilot.press("s")  # on the card, its key still acts
        await wait_until(pilot, lambda: bool(app.conversation.query(".quiz-section")))


@pytest.fixture
def slow_demo(monkeypatch: pytest.MonkeyPatch) -> None:
    import tutor.ui.handlers.demo as handler

    monkeypatch.setattr(handler, "PACE", 0.0)


async def test_a_question_typed_on_a_running_demo_card_lands_whole_in_the_input(make_app, slow_demo) -> None:
    app = make_app()
    async with started(app, (100, 30)) as pilot:
        app.submit("/demo rl --slippery --episodes 50000")
        await wait_until(pilot, lambda: bool(app.conversation.query(DemoCard))
                         and app.conversation.query(DemoCard).last().has_focus, timeout=60)
        card = app.conversation.query(DemoCard).last()
        burst(app, "why not knobs + more?")  # space, n, k, + and - are the card's keys
        await wait_until(pilot, lambda: app.chat_input.text == "why not knobs + more?")
        assert not card.controls.paused and card.controls.requested("epsilon_min") is None
        assert card.state == "running"
        await pilot.press("escape")  # Esc still stops the run
        await wait_until(pilot, lambda: card.state == "stopped", timeout=15)
