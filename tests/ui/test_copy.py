"""/copy and ``c`` on an answer: the OSC 52 sequence reaches the driver (the terminal), the
answer is saved to a file too, and a headless run (no terminal) says where the file is."""

from __future__ import annotations

import base64
import re
from pathlib import Path

import pytest

from tests.ui.conftest import started, wait_until
from tutor.core import paths
from tutor.core.answer_markdown import answer_markdown


def _notes(app) -> str:
    return " ".join(str(w.render()) for w in app.conversation.children)


async def _ask(app, pilot) -> None:
    app.submit("What is a GAN?")
    await wait_until(pilot, lambda: app.last_answer is not None)


async def test_copy_without_an_answer_says_so(make_app) -> None:
    app = make_app()
    async with started(app) as pilot:
        app.submit("/copy")
        await wait_until(pilot, lambda: "no answer to copy yet" in _notes(app))


async def test_headless_copy_is_saved_to_a_file(make_app, tutor_home: Path) -> None:
    app = make_app()
    async with started(app) as pilot:
        await _ask(app, pilot)
        app.submit("/copy")
        saved = paths.data_dir() / "last-copy.md"
        await wait_until(pilot, lambda: f"saved as Markdown in {saved}" in _notes(app))
        assert saved.read_text() == answer_markdown(app.last_answer) + "\n"
        assert "[1]" in saved.read_text() and "Sources:" in saved.read_text()


async def test_copy_writes_osc52_to_the_terminal(make_app, monkeypatch: pytest.MonkeyPatch) -> None:
    app = make_app()
    async with started(app) as pilot:
        await _ask(app, pilot)
        written: list[str] = []
        driver = app._driver
        monkeypatch.setattr(type(driver), "is_headless", property(lambda self: False))
        monkeypatch.setattr(driver, "write", written.append)
        await pilot.press("tab")  # to the last answer's follow-ups ...
        await pilot.press("ctrl+c")  # ... and Ctrl+C copies that answer
        await wait_until(pilot, lambda: "through the terminal" in _notes(app))
        sequences = re.findall(r"\x1b\]52;c;([A-Za-z0-9+/=]+)\x07", "".join(written))
        assert len(sequences) == 1
        assert base64.b64decode(sequences[0]).decode() == answer_markdown(app.last_answer)
        assert (paths.data_dir() / "last-copy.md").is_file()  # the file is written as well


async def test_the_file_only_setting_sends_no_sequence(make_app, tutor_home: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TUTOR_CLIPBOARD", "file")
    app = make_app()
    async with started(app) as pilot:
        await _ask(app, pilot)
        written: list[str] = []
        monkeypatch.setattr(type(app._driver), "is_headless", property(lambda self: False))
        monkeypatch.setattr(app._driver, "write", written.append)
        app.submit("/copy")
        await wait_until(pilot, lambda: "saved as Markdown in" in _notes(app))
        assert "\x1b]52" not in "".join(written)
