"""Ctrl+P: the catalog's slash commands in Textual's command palette."""

from __future__ import annotations

from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider

from tutor import commands


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
