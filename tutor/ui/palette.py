"""Ctrl+P: the catalog's slash commands in Textual's command palette.

``TutorPalette`` is Textual's palette with one guard. Pressing Enter twice quickly on a command
(Ctrl+P, Down, Enter, Enter typed in one burst in a real terminal) queues two "selected"
messages on the palette before it handles the first. Textual's handler dismisses the palette for
each, and the second dismiss pops the chat's own screen: ``ScreenStackError: Can't pop screen``
and the app died. Once the palette is closing, later selections are dropped, so the command
runs once and the palette closes once.
"""

from __future__ import annotations

from functools import partial
from typing import Any

from textual import on
from textual.command import CommandPalette, DiscoveryHit, Hit, Hits, Provider
from textual.widgets import Button, Input, OptionList

from tutor import commands


class TutorPalette(CommandPalette):
    """The command palette, closed (and its command run) at most once."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._dismissed = False

    def dismiss(self, result: Any = None) -> Any:
        self._dismissed = True
        return super().dismiss(result)

    @on(OptionList.OptionSelected)
    @on(Input.Submitted)
    @on(Button.Pressed)
    def _drop_once_closing(self, event: OptionList.OptionSelected | Input.Submitted | Button.Pressed) -> None:
        """Runs before Textual's own handlers (subclass first); stops them once we are closing."""
        if self._dismissed:
            event.stop()
            event.prevent_default()


class SlashCommands(Provider):
    """Every catalog command; one needing an argument is put into the input to finish."""

    def _run(self, name: str) -> None:
        self.app.run_from_palette(name)  # type: ignore[attr-defined]

    async def discover(self) -> Hits:
        for command in commands.commands():
            yield DiscoveryHit(
                f"/{command.name}", partial(self._run, command.name), help=command.help
            )

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for command in commands.commands():
            text = f"/{command.name} {command.help}"
            score = matcher.match(text)
            if score > 0:
                yield Hit(
                    score,
                    matcher.highlight(f"/{command.name}"),
                    partial(self._run, command.name),
                    text=f"/{command.name}",
                    help=command.help,
                )
