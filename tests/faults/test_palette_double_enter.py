"""Ctrl+P, Down, Enter, Enter typed in one burst used to kill the chat (ScreenStackError).

In a real terminal the two Enters reach the palette's option list before the palette handles the
first selection, so two "selected" messages wait in the palette's queue and Textual's handler
dismissed it twice, the second time popping the chat's own screen. Pilot waits for each key to
be handled, so the burst is recreated exactly: both selections are queued before either runs.
(Checked by hand too: tmux send-keys C-p; send-keys Down Enter Enter, which crashed before.)
"""

from __future__ import annotations

from textual.command import CommandList, CommandPalette
from textual.widgets import OptionList

from tests.ui.conftest import FakeTutor, started, wait_until
from tutor.ui.app import TutorApp
from tutor.ui.palette import TutorPalette
from tutor.ui.widgets.chat.messages import NoteMessage


def _notes(app) -> list[str]:
    return [note.text for note in app.conversation.query(NoteMessage)]


async def test_two_queued_selections_run_the_command_once_and_keep_the_chat() -> None:
    tutor = FakeTutor()
    app = TutorApp(tutor_loader=lambda on_status: tutor)
    async with started(app) as pilot:
        chat_screen = app.screen
        await pilot.press("ctrl+p")
        await wait_until(pilot, lambda: isinstance(app.screen, CommandPalette))
        palette = app.screen
        assert isinstance(palette, TutorPalette)
        await pilot.press(*"/sources")
        options = palette.query_one(CommandList)
        await wait_until(pilot, lambda: options.option_count > 0)
        await pilot.press("down")  # as the learner did; then make sure /sources is the one picked
        prompts = [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]
        index = next(i for i, text in enumerate(prompts) if text.startswith("/sources"))
        options.highlighted = index
        for _ in range(2):  # the burst: both queued before the palette handles the first
            palette.post_message(OptionList.OptionSelected(options, options.get_option_at_index(index), index))
        await wait_until(pilot, lambda: any("No sources yet" in n for n in _notes(app)))
        await pilot.pause(0.3)
        assert app.is_running and app.screen is chat_screen
        assert sum("No sources yet" in n for n in _notes(app)) == 1  # ran once
        await pilot.press("ctrl+p")  # the palette still opens afterwards
        await wait_until(pilot, lambda: isinstance(app.screen, CommandPalette))
        await pilot.press("escape")
        await wait_until(pilot, lambda: app.screen is chat_screen)
