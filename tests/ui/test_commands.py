"""Every slash command of the chat, autocomplete, the palette and F1, through the real app."""

from __future__ import annotations

from pathlib import Path

from tests.ui.conftest import started, wait_until
from tutor import commands
from tutor.core import paths
from tutor.ui.app import TutorApp
from tutor.ui.screens.help import HelpScreen, help_text
from tutor.ui.screens.history import HistoryScreen
from tutor.ui.widgets.chat.answer import AnswerCard
from tutor.ui.widgets.chat.messages import (
    NoteMessage,
    TableCard,
    TutorText,
    UserMessage,
    WelcomeCard,
)
from tutor.ui.widgets.input.suggestions import CommandSuggestions


def last_note(app: TutorApp) -> str:
    found = app.conversation.query(NoteMessage)
    return found.last().text if found else ""



async def send(pilot, text: str) -> None:
    """Submit a line and let its handler run."""
    before = len(pilot.app.conversation.children)
    pilot.app.submit(text)
    await wait_until(pilot, lambda: len(pilot.app.conversation.children) != before
                     or not isinstance(pilot.app.screen, type(pilot.app.get_default_screen())))


async def run_before_and_after_an_answer(pilot, command: str, nothing_yet: str) -> None:
    """``command`` with nothing to work on yet says so (``nothing_yet``); after a question it
    runs again, on the answer."""
    await send(pilot, command)
    assert nothing_yet in last_note(pilot.app)
    await ask(pilot, "what is a GAN?")
    await send(pilot, command)


async def ask(pilot, question: str) -> None:
    count = len(pilot.app.conversation.query(AnswerCard))
    pilot.app.submit(question)
    await wait_until(pilot, lambda: len(pilot.app.conversation.query(AnswerCard)) > count)


def test_catalog_entries_resolve_and_parse() -> None:
    for command in commands.commands():
        assert callable(command.resolve()), command.name
    assert commands.parse("/theme  nord ") == commands.Parsed("theme", "nord")
    assert commands.parse("/HELP") == commands.Parsed("help", "")
    assert commands.parse("// not a command") is None
    assert commands.parse("/ spaced") is None
    assert commands.parse("what is /help?") is None
    assert commands.suggest("hlep") == ["help"]
    assert "Did you mean /export?" in commands.unknown_message("exprot")


async def test_unknown_command_suggests_the_closest(make_app) -> None:
    app = make_app()
    async with started(app) as pilot:
        await pilot.press(*"/hlep", "enter")
        await wait_until(pilot, lambda: "no command /hlep" in last_note(app))
        assert "Did you mean /help?" in last_note(app)


async def test_help_lists_every_command(make_app) -> None:
    app = make_app()
    async with started(app) as pilot:
        await send(pilot, "/help")
        text = app.conversation.query(TableCard).last().text
        for command in commands.commands():
            assert f"{command.usage}  {command.help}" in text
        await send(pilot, "/help theme")
        assert app.conversation.query(TableCard).last().text.startswith("/theme [NAME]  ")
        await send(pilot, "/help nope")
        assert "no command /nope" in last_note(app)


async def test_f1_opens_help_generated_from_catalog_and_bindings(make_app) -> None:
    app = make_app()
    async with started(app) as pilot:
        await pilot.press("f1")
        await wait_until(pilot, lambda: isinstance(app.screen, HelpScreen))
        source = help_text(app)
        assert "Ctrl+J  Add a line" in source and "Esc  Close the command list" in source
        assert "F1  Keys and commands" in source
        for command in commands.commands():
            assert f"{command.usage}  {command.help}" in source
        table = app.screen.query_one("#help-commands").render()
        assert table is not None
        await pilot.press("escape")
        await wait_until(pilot, lambda: not isinstance(app.screen, HelpScreen))


async def test_sources_shows_the_passages_behind_the_last_answer(make_app) -> None:
    app = make_app()
    async with started(app) as pilot:
        await run_before_and_after_an_answer(pilot, "/sources", "No sources yet")
        text = app.conversation.query(TutorText).last().source
        assert "Mode collapse" in text and "[2] GANs › When training goes wrong" in text


async def test_clear_starts_a_new_conversation_and_keeps_the_old(make_app) -> None:
    app = make_app()
    async with started(app) as pilot:
        await ask(pilot, "what is a GAN?")
        old = app.conversation_id
        await send(pilot, "/clear")
        assert isinstance(app.conversation.children[-1], WelcomeCard)
        assert app.conversation_id is None and app.last_answer is None
        assert [c.id for c in app.chats.list()] == [old]


async def test_history_lists_and_reopens_a_conversation(make_app) -> None:
    app = make_app()
    async with started(app, (100, 30)) as pilot:
        await ask(pilot, "first conversation")
        first = app.conversation_id
        await send(pilot, "/clear")
        await ask(pilot, "second conversation")
        app.submit("/history")
        await wait_until(pilot, lambda: isinstance(app.screen, HistoryScreen))
        assert app.screen.query_one("#history-list").option_count == 2
        await pilot.press("down", "enter")  # newest first: down picks the first conversation
        await wait_until(pilot, lambda: app.conversation_id == first)
        await wait_until(pilot, lambda: bool(app.conversation.query(UserMessage)))
        assert [u.text for u in app.conversation.query(UserMessage)] == ["first conversation"]
        assert "Reopened" in last_note(app)
        assert app.last_answer is not None


async def test_history_escape_keeps_the_current_conversation(make_app) -> None:
    app = make_app()
    async with started(app) as pilot:
        await ask(pilot, "only one")
        current = app.conversation_id
        app.submit("/history")
        await wait_until(pilot, lambda: isinstance(app.screen, HistoryScreen))
        await pilot.press("escape")
        await wait_until(pilot, lambda: not isinstance(app.screen, HistoryScreen))
        assert app.conversation_id == current


async def test_conversation_is_resumed_in_a_second_run(make_app) -> None:
    first = make_app()
    async with started(first) as pilot:
        await ask(pilot, "what is a GAN?")
        conversation = first.conversation_id
        await pilot.press(*"/quit", "enter")
        await wait_until(pilot, lambda: first.return_code is not None or not first.is_running)
    second = make_app()
    async with second.run_test(size=(80, 24)) as pilot:
        await wait_until(pilot, lambda: bool(second.conversation.query(AnswerCard)))
        assert second.conversation_id == conversation
        assert [u.text for u in second.conversation.query(UserMessage)] == ["what is a GAN?"]
        await wait_until(pilot, lambda: "Welcome back" in last_note(second))
        await send(pilot, "/sources")  # the last answer's payload came back too
        assert "Mode collapse" in second.conversation.query(TutorText).last().source
        await pilot.press("up")  # and the input history (questions, not commands)
        assert second.chat_input.text == "what is a GAN?"


async def test_export_writes_markdown_under_the_data_dir(make_app) -> None:
    app = make_app()
    async with started(app) as pilot:
        await run_before_and_after_an_answer(pilot, "/export", "Nothing to export")
        note = last_note(app)
        assert note.startswith("Exported this conversation to ")
        path = Path(note.removeprefix("Exported this conversation to "))
        assert path.parent == paths.data_dir() / "exports"
        text = path.read_text(encoding="utf-8")
        assert "## You\n\nwhat is a GAN?" in text
        assert "[1] GANs › How a GAN learns" in text


async def test_theme_lists_switches_and_is_remembered(make_app) -> None:
    app = make_app()
    async with started(app) as pilot:
        await send(pilot, "/theme")
        assert "nord" in last_note(app) and "Current:" in last_note(app)
        await send(pilot, "/theme nrod")
        assert "Did you mean nord?" in last_note(app)
        await send(pilot, "/theme nord")
        assert app.theme == "nord"
    again = make_app()
    async with again.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert again.theme == "nord"


async def test_quit_exits(make_app) -> None:
    app = make_app()
    async with started(app) as pilot:
        await pilot.press(*"/quit", "enter")
        await wait_until(pilot, lambda: app._exit_renderables is not None or not app.is_running)


async def test_slash_opens_autocomplete_and_tab_completes(make_app) -> None:
    app = make_app()
    async with started(app) as pilot:
        dropdown = app.query_one(CommandSuggestions)
        await pilot.press("/")
        await pilot.pause()
        assert dropdown.is_open
        assert [s.text.strip() for s in dropdown.items] == [
            f"/{c.name}" for c in commands.commands()]
        await pilot.press("t", "h")
        assert dropdown.current.text == "/theme "
        await pilot.press("tab")
        assert app.chat_input.text == "/theme "
        await pilot.pause()
        assert "nord" in [s.label for s in dropdown.items]  # argument completion
        await pilot.press(*"no")
        assert dropdown.current.text == "/theme nord"
        await pilot.press("enter")
        await wait_until(pilot, lambda: app.theme == "nord")
        assert not dropdown.is_open


async def test_autocomplete_enter_runs_a_partial_command_and_escape_closes(make_app) -> None:
    app = make_app()
    async with started(app) as pilot:
        dropdown = app.query_one(CommandSuggestions)
        await pilot.press(*"/exp")
        assert dropdown.current.text == "/export"
        await pilot.press("enter")
        await wait_until(pilot, lambda: "Nothing to export" in last_note(app))
        await pilot.press("/")
        assert dropdown.is_open
        await pilot.press("escape")
        assert not dropdown.is_open and app.chat_input.text == "/"
        await pilot.press("down")  # the dropdown stays closed: Down is for the input again
        assert not dropdown.is_open


async def test_palette_runs_a_catalog_command(make_app) -> None:
    app = make_app()
    async with started(app) as pilot:
        await ask(pilot, "what is a GAN?")
        for name in ("/export", "/clear"):
            await pilot.press("ctrl+p")
            await pilot.pause(0.2)
            await pilot.press(*name)
            await pilot.pause(0.5)
            await pilot.press("enter")
            if name == "/export":
                await wait_until(pilot, lambda: last_note(app).startswith("Exported"))
        await wait_until(pilot, lambda: app.conversation_id is None)
        assert isinstance(app.conversation.children[-1], WelcomeCard)


async def test_palette_puts_a_command_needing_an_argument_into_the_input(make_app) -> None:
    app = make_app()
    async with started(app) as pilot:
        needy = commands.Command("needy", "TEXT", "Needs an argument", "tutor.ui.handlers.core:handle_quit")
        commands.CATALOG.append(needy)
        try:
            app.run_from_palette("needy")
            await pilot.pause()
            assert app.chat_input.text == "/needy "
        finally:
            commands.CATALOG.remove(needy)


async def test_enter_acts_on_the_text_typed_not_a_stale_dropdown(make_app) -> None:
    """Keys faster than the dropdown refresh (tmux send-keys, a paste) still run what was typed."""
    app = make_app()
    async with started(app) as pilot:
        await pilot.press("/")
        await pilot.pause()
        assert app.query_one(CommandSuggestions).current.text.startswith("/help")
        app.chat_input.insert("export")  # no pause: the Changed message is still queued
        app.chat_input.action_submit()
        await wait_until(pilot, lambda: "Nothing to export" in last_note(app))
        assert not app.conversation.query(TableCard)  # /help did not run
