"""Asking and answering in the chat: citations, sources, follow-ups, waiting for the models,
input keys and history."""

from __future__ import annotations

from textual.widgets import Collapsible, Markdown

from tests.ui.conftest import FakeTutor, GatedLoader, started, wait_until
from tutor import commands
from tutor.ui.widgets.chat.answer import AnswerCard, FollowUps
from tutor.ui.widgets.chat.messages import NoteMessage, UserMessage


def notes(app) -> list[str]:
    return [n.text for n in app.conversation.query(NoteMessage)]


async def ask(pilot, text: str, answers: int | None = None) -> None:
    """Type ``text`` and press Enter, then wait for the answer count to reach ``answers``."""
    app = pilot.app
    before = len(app.conversation.query(AnswerCard))
    await pilot.press(*text)
    await pilot.press("enter")
    target = before + 1 if answers is None else answers
    await wait_until(pilot, lambda: len(app.conversation.query(AnswerCard)) >= target)


async def test_question_is_answered_with_citations_and_collapsed_sources(make_app) -> None:
    app = make_app()
    async with started(app) as pilot:
        await ask(pilot, "what is a GAN?")
        user = app.conversation.query(UserMessage).last()
        assert user.text == "what is a GAN?"
        card = app.conversation.query(AnswerCard).last()
        answer_md = card.query_one(".answer-text", Markdown)
        assert "[1]" in answer_md.source and "[2]" in answer_md.source
        sources = card.query_one(Collapsible)
        assert sources.collapsed and "Sources (2)" in sources.title
        card.expand_sources()
        await pilot.pause()
        assert not sources.collapsed
        assert "discriminator scores each sample" in card.query_one(".sources-text", Markdown).source
        saved = app.chats.messages(app.conversation_id)
        assert [(m.role, m.kind) for m in saved] == [("user", "text"), ("tutor", "answer")]
        assert saved[1].payload["sources"][0]["section"] == "gans#how-a-gan-learns"
        assert "[1] GANs › How a GAN learns" in saved[1].content  # what /export writes


async def test_question_typed_while_models_load_waits_then_is_answered(make_app) -> None:
    loader = GatedLoader()
    app = make_app(loader=loader)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_until(pilot, loader.started.is_set)
        await pilot.press(*"what is a GAN?")
        assert app.chat_input.text == "what is a GAN?"  # typing never waits on a model
        await pilot.press("enter")
        await wait_until(pilot, lambda: app.status.waiting == 1)
        assert "Loading" in app.status.models
        assert not app.conversation.query(AnswerCard)
        assert app.conversation.query(UserMessage).last().text == "what is a GAN?"
        loader.release()
        await wait_until(pilot, lambda: len(app.conversation.query(AnswerCard)) == 1)
        assert app.status.waiting == 0 and app.status.models_ready


async def test_escape_stops_waiting_and_keeps_the_question(make_app) -> None:
    loader = GatedLoader()
    app = make_app(loader=loader)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_until(pilot, loader.started.is_set)
        await pilot.press(*"why?", "enter")
        await wait_until(pilot, lambda: app.status.waiting == 1)
        await pilot.press("escape")
        await wait_until(pilot, lambda: any("Stopped waiting" in n for n in notes(app)))
        assert app.chats.messages(app.conversation_id)[0].content == "why?"
        await pilot.press("up")
        assert app.chat_input.text == "why?"
        loader.release()


async def test_follow_up_is_picked_with_the_keyboard(make_app) -> None:
    tutor = FakeTutor()
    app = make_app(tutor=tutor)
    async with started(app) as pilot:
        await ask(pilot, "what is a GAN?")
        await pilot.press("tab")
        assert isinstance(app.focused, FollowUps)
        await pilot.press("down", "enter")
        await wait_until(pilot, lambda: len(app.conversation.query(AnswerCard)) == 2)
        question, history = tutor.asked[-1]
        assert (question, list(history)) == ("How is a VAE different?", ["what is a GAN?"])
        assert app.focused is app.chat_input


async def test_related_demo_is_offered_only_when_the_command_exists(make_app) -> None:
    app = make_app()
    async with started(app) as pilot:
        await ask(pilot, "what is a GAN?")
        card = app.conversation.query(AnswerCard).last()
        labels = [str(card.query_one(FollowUps).get_option_at_index(i).prompt)
                  for i in range(card.query_one(FollowUps).option_count)]
        offered = any("/demo gan" in label for label in labels)
        assert offered == (commands.get("demo") is not None)


async def test_out_of_scope_answer_is_marked(make_app) -> None:
    app = make_app()
    async with started(app) as pilot:
        await ask(pilot, "what is the weather?")
        card = app.conversation.query(AnswerCard).last()
        assert card.has_class("out-of-scope")
        assert "only answer questions about the course" in str(
            card.query_one(".answer-notice").render())


async def test_ctrl_j_adds_a_line_and_enter_sends_both_lines(make_app) -> None:
    tutor = FakeTutor()
    app = make_app(tutor=tutor)
    async with started(app) as pilot:
        await pilot.press(*"first", "ctrl+j", *"second")
        assert app.chat_input.text == "first\nsecond"
        await pilot.press("enter")
        await wait_until(pilot, lambda: bool(tutor.asked))
        assert app.conversation.query(UserMessage).last().text == "first\nsecond"


async def test_up_and_down_walk_the_input_history(make_app) -> None:
    app = make_app()
    async with started(app) as pilot:
        await ask(pilot, "one")
        await ask(pilot, "two")
        await pilot.press(*"draft")
        await pilot.press("up")
        assert app.chat_input.text == "two"
        await pilot.press("up")
        assert app.chat_input.text == "one"
        await pilot.press("down")
        assert app.chat_input.text == "two"
        await pilot.press("down")
        assert app.chat_input.text == "draft"


async def test_real_retrieval_without_embeddings_answers_with_course_sources(
    make_app, bm25_tutor
) -> None:
    app = make_app(tutor=bm25_tutor)
    async with started(app) as pilot:
        await ask(pilot, "How does a generative adversarial network learn?")
        payload = app.last_answer
        assert payload["in_scope"] and payload["sources"]
        assert any(s["doc"] == "gans" for s in payload["sources"])


async def test_waiting_question_shows_a_hint_that_goes_away(make_app) -> None:
    loader = GatedLoader()
    app = make_app(loader=loader)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_until(pilot, loader.started.is_set)
        app.submit("what is a GAN?")
        await wait_until(pilot, lambda: any("still loading" in n for n in notes(app)))
        loader.release()
        await wait_until(pilot, lambda: bool(app.conversation.query(AnswerCard)))
        assert not any("still loading" in n for n in notes(app))


async def test_the_chat_survives_resizing(make_app) -> None:
    app = make_app()
    async with started(app) as pilot:
        await ask(pilot, "what is a GAN?")
        for size in [(120, 40), (60, 16), (80, 24)]:
            await pilot.resize_terminal(*size)
            await pilot.pause(0.1)
            region = app.chat_input.region
            assert region.bottom <= size[1] and region.right <= size[0] and region.height >= 1
            assert app.conversation.region.height >= 1
        await ask(pilot, "still answering after resizes?")


def test_a_chat_quit_while_its_start_up_waits_exits_cleanly(tmp_path) -> None:
    """Quit before the start-up task has shown the welcome card (there, it waited on a database
    another tutor held): the conversation was already gone and its mount raised MountError, so
    the chat exited 1 with a crash log. A CI run of tests/faults/test_locked_database.py caught it
    as a race; here the wait is made certain."""
    import time
    from pathlib import Path

    import tutor.ui.app
    from tutor.cli.chat import run_app
    from tutor.ui.app import TutorApp

    class QuitWhileStarting(TutorApp):
        CSS_PATH = str(Path(tutor.ui.app.__file__).with_name("app.tcss"))

        async def _start_conversation(self) -> None:
            self.exit()  # the learner quits (a timer, a key) ...
            time.sleep(0.2)  # ... while the store waits on a database another tutor holds
            await super()._start_conversation()

    code = run_app(lambda: QuitWhileStarting(tutor_loader=lambda on_status: FakeTutor(), db_path=tmp_path / "t.db",
                                             load_models=False), headless=True)
    assert code == 0
