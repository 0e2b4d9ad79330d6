"""tutor.core.clipboard: the OSC 52 sequence, the saved copy, and when the terminal is used."""

from __future__ import annotations

import base64
from pathlib import Path

import pytest

from tutor.core import clipboard, paths


def test_osc52_carries_the_text_in_base64() -> None:
    sequence = clipboard.osc52("A GAN → two networks [1]")
    assert sequence.startswith("\x1b]52;c;") and sequence.endswith("\a")
    assert base64.b64decode(sequence[7:-1]).decode("utf-8") == "A GAN → two networks [1]"


def test_the_copy_is_saved_privately(tutor_home: Path) -> None:
    path = clipboard.save_copy("**answer**")
    assert path == paths.data_dir() / "last-copy.md"
    assert path.read_text() == "**answer**\n" and path.stat().st_mode & 0o777 == 0o600
    clipboard.save_copy("second")
    assert path.read_text() == "second\n"  # replaced, not piling up


def test_when_the_terminal_is_used(tutor_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TERM", "xterm-256color")
    monkeypatch.delenv("TUTOR_CLIPBOARD", raising=False)
    assert clipboard.terminal_allowed()
    monkeypatch.setenv("TERM", "dumb")
    assert not clipboard.terminal_allowed()
    monkeypatch.setenv("TERM", "xterm")
    tutor_home.mkdir(parents=True, exist_ok=True)
    (tutor_home / "config.toml").write_text('clipboard = "file"\n')
    assert not clipboard.terminal_allowed()
    monkeypatch.setenv("TUTOR_CLIPBOARD", "terminal")
    assert clipboard.terminal_allowed()
