"""What the learner typed is never echoed back raw to the terminal in an error message.

Found by driving the real CLI and the plain chat: an unknown quiz topic, lesson, demo option
or slash command holding an escape sequence (a stray paste, ``$'\\e[2J'``) was quoted back
byte for byte, so the terminal obeyed it: ``\\e[2J`` cleared the screen under the message,
``\\e]0;...\\a`` renamed the window. Questions were cleaned already; these messages were not.
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

CLEAR = "\x1b[2J"
TITLE = "\x1b]0;pwned\x07"
TYPED = f"x{CLEAR}y{TITLE}"


def _tutor(home, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "TUTOR_HOME": str(home), "TUTOR_THREADS": "1"}
    return subprocess.run([sys.executable, "-m", "tutor", *args], input=stdin, text=True,
                          capture_output=True, env=env, timeout=180)


def _raw_controls(text: str) -> list[str]:
    return sorted({ch for ch in text if (ord(ch) < 32 and ch not in "\n\t") or ch == "\x7f"})


@pytest.mark.parametrize("args", [
    ["quiz", TYPED],
    ["learn", TYPED],
    ["demo", "clustering", f"--{TYPED}", "1"],
])
def test_the_cli_names_an_unknown_name_without_its_control_characters(tutor_home, args) -> None:
    done = _tutor(tutor_home, *args)
    assert done.returncode == 2, done.stderr
    assert "xy" in done.stderr  # the name is still shown, only its controls are gone
    assert _raw_controls(done.stdout + done.stderr) == [], repr(done.stderr)


def test_the_plain_chat_names_unknown_commands_topics_and_lessons_without_controls(
        tutor_home) -> None:
    lines = [f"/help {TYPED}", f"/{TYPED}", f"/quiz {TYPED}", f"/learn {TYPED}",
             f"/demo clustering --{TYPED} 1", "/quit"]
    done = _tutor(tutor_home, "chat", "--plain", stdin="\n".join(lines) + "\n")
    assert done.returncode == 0, done.stderr
    said = done.stdout + done.stderr
    assert said.count("xy") >= 5, said
    assert _raw_controls(said) == [], repr(said)
