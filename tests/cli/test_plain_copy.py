"""/copy and /history WORDS in the plain chat, through a real pseudo-terminal: the OSC 52
sequence is written to the terminal and the answer is saved to a file; piped, only the file."""

from __future__ import annotations

import base64
import os
import subprocess
import sys
from pathlib import Path

import pytest

pexpect = pytest.importorskip("pexpect")

TUTOR = str(Path(sys.executable).with_name("tutor"))
PROMPT = "You> "


@pytest.mark.timeout(180)
def test_copy_in_a_terminal_writes_osc52_and_a_file(tutor_home: Path) -> None:
    env = dict(os.environ, TUTOR_HOME=str(tutor_home), TERM="xterm", NO_COLOR="1")
    child = pexpect.spawn(TUTOR, ["chat", "--plain"], env=env, encoding="utf-8", timeout=90,
                          dimensions=(40, 100))
    try:
        child.expect_exact(PROMPT)
        child.sendline("/copy")
        child.expect_exact("no answer to copy yet")
        child.expect_exact(PROMPT)
        child.sendline("What is a GAN?")
        child.expect_exact("Sources:")
        child.expect_exact(PROMPT)
        child.sendline("/copy")
        child.expect("\x1b\\]52;c;([A-Za-z0-9+/=]+)\x07")
        copied = base64.b64decode(child.match.group(1)).decode("utf-8")
        child.expect_exact("it is also in")
        child.expect_exact(PROMPT)
        child.sendline("/history discriminator")
        child.expect_exact("What is a GAN? (tutor)")
        child.expect_exact(PROMPT)
        child.sendline("/quit")
        child.expect(pexpect.EOF)
    finally:
        child.close(force=True)
    saved = (tutor_home / "data" / "last-copy.md").read_text(encoding="utf-8")
    assert saved == copied + "\n"
    assert "[1]" in copied and "Sources:" in copied and "- [1] " in copied


@pytest.mark.timeout(180)
def test_copy_through_a_pipe_only_saves_the_file(tutor_home: Path) -> None:
    env = dict(os.environ, TUTOR_HOME=str(tutor_home))
    result = subprocess.run([TUTOR, "chat", "--plain"], input="What is a GAN?\n/copy\n",
                            env=env, capture_output=True, text=True, timeout=150)
    assert result.returncode == 0, result.stderr
    assert "\x1b]52" not in result.stdout
    assert f"Saved the answer as Markdown in {tutor_home / 'data' / 'last-copy.md'}" in result.stdout
