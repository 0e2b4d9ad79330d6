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
        named = {"\r": "enter", "\x7f": "backspace"}
        key = char if char.isalnum() else named.get(char) or _character_to_key(char)
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
        await pilot.press("enter")
        await wait_until(pilot, lambda: card.view["index"] == 1)


async def test_keys_typed_right_after_ask_about_this_follow_it_to_the_input(make_app) -> None:
    app = make_app()
    async with started(app, (100, 30)) as pilot:
        await open_lesson(pilot)
        burst(app, "?try it with more data?")  # ?: ask about this, then the question
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


async def one_choice_answered_wrong(app, pilot):
    """A one-question quiz of a choice question, answered wrong: its card, now showing feedback."""
    from tutor.core.quiz.bank import load_bank
    from tutor.core.quiz.session import start_session
    from tutor.ui.handlers.quiz import start_runner

    bank = load_bank()
    question = next(q for q in bank.questions.values() if q.kind == "choice")
    await start_runner(app, start_session(app.store.conn, bank, [question.id]), "test")
    card = live_card(app)
    await answer(pilot, card, wrong_answer(card))
    return card


@pytest.mark.usefixtures("fast_grader")
async def test_typing_on_an_answered_question_card_goes_to_the_input(make_app) -> None:
    app = make_app()
    async with started(app, (100, 30)) as pilot:
        card = await one_choice_answered_wrong(app, pilot)
        card.focus()
        await wait_until(pilot, lambda: app.focused is card)
        burst(app, "so is it")  # "s" was once the answered card's "read the section"
        await wait_until(pilot, lambda: app.chat_input.text == "so is it")
        assert not app.conversation.query(".quiz-section")
        card.focus()
        await wait_until(pilot, lambda: app.focused is card)
        await pilot.press("ctrl+s")  # on the card, its key still acts
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
        burst(app, "why not knobs + more?")  # space, + and - are the card's keys
        await wait_until(pilot, lambda: app.chat_input.text == "why not knobs + more?")
        assert not card.controls.paused and card.controls.requested("epsilon_min") is None
        assert card.state == "running"
        await pilot.press("escape")  # Esc still stops the run
        await wait_until(pilot, lambda: card.state == "stopped", timeout=15)


# Questions that begin with a letter some card once bound ("n" next, "p" previous, "t" try it,
# "a" ask, "m" map on a lesson; "s" on an answered question; "r" on the quiz summary; "k" and
# "n" on a running demo; "c" on an answer's follow-ups), and with a capital, a digit, a quote.
QUESTIONS = [
    "now what is a gan", "previous layers?", "tell me about tokens", "and what about vaes",
    "manifold?", "pros and cons of gans", "so why?", "recall vs precision", "knobs?",
    "could you explain", "Now?", "3 layers enough?", '"overfitting" means?',
]


def lesson_untouched(app, card: LessonCard) -> bool:
    from tutor.ui.widgets.learn.course_map import CourseMapCard

    return (card.view["index"] == 0 and not app.conversation.query(DemoCard) and app.job is None
            and not any("Ask about" in note for note in notes(app))
            and not app.conversation.query(CourseMapCard))


@pytest.mark.parametrize("fast", [True, False], ids=["burst", "key-by-key"])
async def test_no_first_letter_of_a_question_runs_a_lesson_key(make_app, fast: bool) -> None:
    """The leftover this fixes: "now what is a gan" went "next section" and left "ow what is a
    gan" in the input. Typed fast (one burst) or key by key, every question lands whole."""
    app = make_app()
    async with started(app, (100, 30)) as pilot:
        card = await open_lesson(pilot)
        for question in QUESTIONS:
            if fast:
                burst(app, question)
            else:
                await pilot.press(*[c if c.isalnum() else _character_to_key(c) for c in question])
            await wait_until(pilot, lambda q=question: app.chat_input.text == q)
            await pilot.pause(0.1)
            assert app.chat_input.text == question and app.focused is app.chat_input
            assert lesson_untouched(app, card), question
            app.chat_input.load_text("")
            card.focus()
            await wait_until(pilot, lambda: app.focused is card)


async def test_the_lesson_keys_still_work_when_meant(make_app) -> None:
    """Enter and the arrows move, ? asks about this section, Ctrl+R runs the lesson's demo,
    Ctrl+O shows the map, Esc goes back to the chat; none of them can begin a question."""
    from tutor.ui.widgets.learn.course_map import CourseMapCard

    app = make_app()
    async with started(app, (100, 30)) as pilot:
        card = await open_lesson(pilot)
        await pilot.press("enter")
        await wait_until(pilot, lambda: card.view["index"] == 1)
        await pilot.press("right")
        await wait_until(pilot, lambda: card.view["index"] == 2 or card.waiting)
        card.focus()
        await pilot.press("left")
        await wait_until(pilot, lambda: card.view["index"] <= 1 or card.waiting)
        await pilot.press("ctrl+o")
        await wait_until(pilot, lambda: bool(app.conversation.query(CourseMapCard)))
        card.focus()
        await wait_until(pilot, lambda: app.focused is card)
        await pilot.press("escape")
        await wait_until(pilot, lambda: app.focused is app.chat_input)
        assert app.chat_input.text == ""
        card.focus()
        await wait_until(pilot, lambda: app.focused is card)
        await pilot.press("question_mark")
        await wait_until(pilot, lambda: any("Ask about" in note for note in notes(app)))
        assert app.focused is app.chat_input and app.chat_input.text == ""  # "?" was the key
        card.focus()
        await wait_until(pilot, lambda: app.focused is card)
        await pilot.press("ctrl+r")  # what-is-ml's demo is the classifier
        await wait_until(pilot, lambda: bool(app.conversation.query(DemoCard)), timeout=60)
        await pilot.press("escape")  # stops it
        await wait_until(pilot, lambda: app.job is None, timeout=30)


async def test_enter_and_backspace_in_the_burst_edit_and_send_the_question(make_app) -> None:
    """"now whaat\x7f\x7ft?" + Enter typed fast: Enter on the card would be "next section";
    in the same burst it sends the question, and Backspace edits it."""
    app = make_app()
    async with started(app, (100, 30)) as pilot:
        card = await open_lesson(pilot)
        burst(app, "now whaat\x7f\x7ft?\r")
        await wait_until(pilot, lambda: bool(app.tutor.asked))
        await pilot.pause(0.2)
        assert app.tutor.asked[-1][0] == "now what?"
        assert card.view["index"] == 0 and app.chat_input.text == ""


async def test_a_symbol_key_is_text_once_typing_began(make_app) -> None:
    """"?" asks about the section as the first key only; inside a question it is a letter."""
    app = make_app()
    async with started(app, (100, 30)) as pilot:
        card = await open_lesson(pilot)
        burst(app, "why? really?")
        await wait_until(pilot, lambda: app.chat_input.text == "why? really?")
        await pilot.pause(0.2)
        assert lesson_untouched(app, card)


async def test_a_paste_on_a_card_lands_in_the_input(make_app) -> None:
    """A bracketed paste used to be dropped by a focused card."""
    app = make_app()
    async with started(app, (100, 30)) as pilot:
        card = await open_lesson(pilot)
        card.post_message(events.Paste("now, about mode collapse"))
        await wait_until(pilot, lambda: app.chat_input.text == "now, about mode collapse")
        assert app.focused is app.chat_input and lesson_untouched(app, card)


def test_no_card_binds_a_key_a_question_can_begin_with() -> None:
    """The rule every focusable card follows (``HandsTypingToInput``): its actions are on
    Enter, arrows, Esc, Ctrl+letter or a symbol no question begins with, never a letter/digit."""
    from tutor.ui.widgets.chat.answer import FollowUps
    from tutor.ui.widgets.input.handoff import HandsTypingToInput, printable_bindings
    from tutor.ui.widgets.learn.course_map import CourseMapCard
    from tutor.ui.widgets.quiz.question import QuestionCard
    from tutor.ui.widgets.quiz.summary import QuizSummary

    for card in (LessonCard, DemoCard, QuestionCard, QuizSummary, CourseMapCard, FollowUps):
        assert issubclass(card, HandsTypingToInput), card
        assert printable_bindings(card) == [], card


async def test_typing_on_the_quiz_summary_goes_to_the_input(make_app) -> None:
    """The summary's focused Retake button once swallowed every letter, and "r" retook."""
    from tutor.ui.widgets.quiz.summary import QuizSummary

    app = make_app()
    async with started(app, (100, 30)) as pilot:
        await one_choice_answered_wrong(app, pilot)
        await pilot.press("enter")
        await wait_until(pilot, lambda: bool(app.conversation.query(QuizSummary)))
        summary = app.conversation.query(QuizSummary).last()
        await wait_until(pilot, lambda: app.focused is not None and summary in app.focused.ancestors_with_self)
        burst(app, "recall what?")
        await wait_until(pilot, lambda: app.chat_input.text == "recall what?")
        await pilot.pause(0.2)
        assert live_card(app) is None  # no retake started
        summary.query_one("Button").focus()
        await wait_until(pilot, lambda: app.focused is not None and summary in app.focused.ancestors_with_self)
        await pilot.press("ctrl+r")  # the key still retakes
        await wait_until(pilot, lambda: live_card(app) is not None)


async def test_typing_on_the_follow_ups_goes_to_the_input(make_app) -> None:
    app = make_app()
    async with started(app, (100, 30)) as pilot:
        await type_command(pilot, "what is a gan")
        await wait_until(pilot, lambda: app.last_answer is not None)
        await pilot.press("tab")
        await wait_until(pilot, lambda: type(app.focused).__name__ == "FollowUps")
        burst(app, "could you say more")
        await wait_until(pilot, lambda: app.chat_input.text == "could you say more")
        await pilot.pause(0.2)
        from tutor.core import paths

        assert not (paths.data_dir() / "last-copy.md").exists()  # "c" was once "copy"
