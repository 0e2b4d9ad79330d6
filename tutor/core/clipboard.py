"""Copying an answer: the OSC 52 escape sequence, and the file it is saved to as well.

OSC 52 (``ESC ] 52 ; c ; <base64> BEL``) asks the terminal itself to put text on the system
clipboard, so it works over SSH and in the browser (textual-serve's xterm.js honours it). But a
program cannot know whether the terminal obeyed: many block it by default (tmux without
``set-clipboard on``, macOS Terminal), a screen reader's console or a pipe has no clipboard at
all. So the copy is always saved to ``<data>/last-copy.md`` too, and the learner is told where.
With ``clipboard = "file"`` in config.toml (or ``TUTOR_CLIPBOARD=file``) no escape sequence is
sent, only the file is written.
"""

from __future__ import annotations

import base64
import os
from pathlib import Path

from tutor.core import paths

COPY_FILE = "last-copy.md"


def osc52(text: str) -> str:
    """The escape sequence that asks the terminal to copy ``text`` (UTF-8) to the clipboard."""
    return "\x1b]52;c;" + base64.b64encode(text.encode("utf-8")).decode("ascii") + "\a"


def save_copy(text: str) -> Path:
    """Write the copied text to ``<data>/last-copy.md`` (0600, replaced on every copy)."""
    return paths.write_private(paths.data_dir() / COPY_FILE, text.rstrip() + "\n")


def terminal_allowed() -> bool:
    """False when the settings say to use the file only, or the terminal is ``dumb``."""
    from tutor.core import settings

    if os.environ.get("TERM", "") == "dumb":
        return False
    return settings.load().get("clipboard") != "file"
