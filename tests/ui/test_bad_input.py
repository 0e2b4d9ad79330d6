"""Bad input never produces a traceback and never loses what the learner did: empty input,
control characters, a 50 KB paste, a corrupt or locked database."""

from __future__ import annotations

import sqlite3

from textual import events

from tests.ui.conftest import FakeTutor, started, wait_until
from tutor.core import paths
from tutor.core.store import open_store
from tutor.ui.widgets.chat.answer import AnswerCard
from tutor.ui.widgets.chat.messages import DISPLAY_LIMIT, NoteMessage, UserMessage


def note_texts(app) -> list[str]:
    return [n.text for n in app.conversation.query(NoteMessage)]



async def test_blank_input_sends_nothing(make_app) -> None:
    tutor = FakeTutor()
    app = make_app(tutor=tutor)
    async with started(app) as pilot:
        before = len(app.conversation.children)
        await pilot.press("space", "space", "ctrl+j", "space", "enter")
        await pilot.pause(0.1)
        assert len(app.conversation.children) == before and tutor.asked == []


async def test_only_control_characters_get_a_clear_message(make_app) -> None:
    tutor = FakeTutor()
    app = make_app(tutor=tutor)
    async with started(app) as pilot:
        app.submit("\x07\x1b\x00")
        await wait_until(pilot, lambda: bool(note_texts(app)))
        assert tutor.asked == [] and app.conversation_id is None
        assert note_texts(app)[-1]  # a message, not a traceback


async def test_control_characters_are_stripped_from_a_question(make_app) -> None:
    tutor = FakeTutor()
    app = make_app(tutor=tutor)
    async with started(app) as pilot:
        await pilot.app.chat_input._on_paste(events.Paste("what\x1b[31m is\x07 a GAN?\x00"))
        await pilot.press("enter")
        await wait_until(pilot, lambda: bool(app.conversation.query(AnswerCard)))
        shown = app.conversation.query(UserMessage).last().text
        assert "\x1b" not in shown and "\x07" not in shown and "\x00" not in shown
        assert "what" in shown and "a GAN?" in shown
        stored = app.chats.messages(app.conversation_id)[0].content
        assert stored == shown
        asked = tutor.asked[0][0]
        assert all(ch.isprintable() or ch.isspace() for ch in asked)


async def test_a_50_kb_paste_is_kept_whole_shown_short_and_answered(make_app) -> None:
    tutor = FakeTutor()
    app = make_app(tutor=tutor)
    big = ("What is a GAN and how does it learn? " * 1400)[:50_000]
    async with started(app) as pilot:
        await app.chat_input._on_paste(events.Paste(big))
        await pilot.pause()
        assert len(app.chat_input.text) == 50_000
        await pilot.press("enter")
        await wait_until(pilot, lambda: bool(app.conversation.query(AnswerCard)), timeout=20)
        card = app.conversation.query(UserMessage).last()
        assert card.text == big  # nothing lost ...
        assert app.chats.messages(app.conversation_id)[0].content == big  # ... nor in the file
        shown = str(card.render())
        assert len(shown) < DISPLAY_LIMIT + 200 and "more characters" in shown
        assert len(tutor.asked[0][0]) <= 2000  # retrieval gets a bounded question
        assert app.chat_input.text == ""


async def test_corrupt_database_warns_and_keeps_the_old_file(make_app) -> None:
    db = paths.db_path()
    db.write_bytes(b"definitely not sqlite " * 200)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_until(pilot, lambda: any("kept as" in n for n in note_texts(app)))
        aside = [p for p in db.parent.iterdir() if ".corrupt-" in p.name]
        assert len(aside) == 1
        assert aside[0].read_bytes().startswith(b"definitely not sqlite")
        warning = app.conversation.query(NoteMessage).last()
        assert warning.has_class("note-warning")
        app.submit("still works?")
        await wait_until(pilot, lambda: bool(app.conversation.query(AnswerCard)))
        assert app.store.persistent


async def test_locked_database_warns_and_the_session_still_works(make_app) -> None:
    db = paths.db_path()
    open_store(db).close()
    holder = sqlite3.connect(db)
    holder.execute("PRAGMA locking_mode = EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        app = make_app()
        async with app.run_test(size=(80, 24)) as pilot:
            await wait_until(pilot, lambda: any("locked" in n for n in note_texts(app)))
            assert not app.store.persistent
            app.submit("what is a GAN?")
            await wait_until(pilot, lambda: bool(app.conversation.query(AnswerCard)))
            assert app.chats.count(app.conversation_id) == 2  # kept for this session
    finally:
        holder.rollback()
        holder.close()
    assert open_store(db).warnings == []  # the learner's file was not damaged


async def test_a_failing_tutor_load_is_reported_and_questions_are_kept(make_app) -> None:
    def broken(on_status):
        raise FileNotFoundError("lessons folder missing")

    app = make_app(loader=broken)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_until(pilot, lambda: app.tutor_error is not None)
        await wait_until(pilot, lambda: any("lessons folder missing" in n
                                            for n in note_texts(app)))
        app.submit("what is a GAN?")
        await wait_until(pilot, lambda: any("cannot be answered" in n for n in note_texts(app)))
        assert app.chats.messages(app.conversation_id)[0].content == "what is a GAN?"


async def test_a_failing_answer_is_one_line_and_the_question_is_kept(make_app) -> None:
    class Broken(FakeTutor):
        def ask(self, question, history=None):
            raise RuntimeError("index unreadable")

    app = make_app(tutor=Broken())
    async with started(app) as pilot:
        await pilot.press(*"what is a GAN?", "enter")
        await wait_until(pilot, lambda: any("index unreadable" in n for n in note_texts(app)))
        await pilot.press("up")  # as the note says, Up brings the question back
        assert app.chat_input.text == "what is a GAN?"
        assert app.chats.messages(app.conversation_id)[0].content == "what is a GAN?"


async def test_a_failing_command_handler_is_one_line(make_app) -> None:
    from tutor import commands

    def explode(app, args):
        raise KeyError("boom")

    broken = commands.Command("explode", "", "Fails on purpose", explode)
    commands.CATALOG.append(broken)
    try:
        app = make_app()
        async with started(app) as pilot:
            app.submit("/explode")
            await wait_until(pilot, lambda: any("/explode failed" in n for n in note_texts(app)))
    finally:
        commands.CATALOG.remove(broken)
