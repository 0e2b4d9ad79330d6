"""The chat reads config.toml: its theme is applied, a bad value is a warning in the chat, and a
theme picked with /theme (remembered) or TUTOR_THEME wins over the file's."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ui.conftest import started, wait_until


def _notes(app) -> str:
    return " ".join(str(w.render()) for w in app.conversation.children)


async def test_the_file_theme_applies_and_a_bad_value_is_a_note(make_app, tutor_home: Path) -> None:
    tutor_home.mkdir(parents=True, exist_ok=True)
    (tutor_home / "config.toml").write_text('theme = "nord"\nthreads = "x"\n')
    app = make_app()
    async with started(app) as pilot:
        assert app.theme == "nord"
        await wait_until(pilot, lambda: "line 2: threads must be a whole number" in _notes(app))


async def test_remembered_and_environment_themes_win(make_app, tutor_home: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    tutor_home.mkdir(parents=True, exist_ok=True)
    (tutor_home / "config.toml").write_text('theme = "nord"\n')
    app = make_app()
    async with started(app) as pilot:
        app.theme = "gruvbox"  # as /theme does: remembered in the database
        await pilot.pause()
    again = make_app()
    async with started(again):
        assert again.theme == "gruvbox"
    monkeypatch.setenv("TUTOR_THEME", "dracula")
    third = make_app()
    async with started(third):
        assert third.theme == "dracula"


async def test_an_unknown_theme_in_the_file_is_a_note(make_app, tutor_home: Path) -> None:
    tutor_home.mkdir(parents=True, exist_ok=True)
    (tutor_home / "config.toml").write_text('theme = "no-such-theme"\n')
    app = make_app()
    async with started(app) as pilot:
        await wait_until(pilot, lambda: "does not exist" in _notes(app))
