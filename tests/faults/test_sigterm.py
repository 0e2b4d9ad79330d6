"""``kill PID`` (SIGTERM: a shutdown, ``timeout``, a process manager) stops the tutor the way
Ctrl+C does: the terminal is given back as it was and nothing the learner did is lost.

Found by hand in tmux: SIGTERM to the full-screen chat ended Python on the spot and left the
shell in the chat's alternate screen, with mouse reporting on and the cursor hidden (every mouse
move then typed escape codes into the shell); ``tutor demo`` stopped that way was missing from
``tutor demo --runs``, though a Ctrl+C keeps it as "stopped". Both are driven for real here.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys

import pexpect

from tests.cli.interrupting import HANG, tty_stderr

LEAVE_ALTERNATE_SCREEN = "\x1b[?1049l"
MOUSE_REPORTING_OFF = "\x1b[?1000l"


def test_the_full_screen_chat_stopped_by_sigterm_restores_the_terminal_and_keeps_the_answer(
        tutor_home) -> None:
    env = {**os.environ, "TUTOR_HOME": str(tutor_home), "TUTOR_THREADS": "1", "TERM": "xterm"}
    child = pexpect.spawn(sys.executable, ["-m", "tutor"], env=env, encoding="utf-8",
                          timeout=120, dimensions=(30, 100))
    try:
        child.expect("Ready")  # the status line once the models are up
        child.send("what is a VAE?\r")
        child.expect("Sources")  # the answer is drawn (so it is saved)
        child.kill(signal.SIGTERM)
        child.expect(pexpect.EOF)
        tail = child.before
        child.wait()
    finally:
        child.close(force=True)
    assert child.exitstatus == 143, (child.exitstatus, child.signalstatus, tail[-300:])
    assert LEAVE_ALTERNATE_SCREEN in tail and MOUSE_REPORTING_OFF in tail, repr(tail[-300:])
    assert "Traceback" not in tail
    conn = sqlite3.connect(tutor_home / "data" / "tutor.db")
    try:
        roles = [row[0] for row in conn.execute(
            "SELECT role FROM messages WHERE content LIKE '%VAE%' ORDER BY id")]
    finally:
        conn.close()
    assert roles[:2] == ["user", "tutor"], roles


def test_a_demo_stopped_by_sigterm_is_kept_as_stopped(tutor_home) -> None:
    with tty_stderr([sys.executable, "-m", "tutor", "demo", "rl", "--slippery", "--episodes",
                     "50000", "--seed", "4"],
                    {**os.environ, "TUTOR_HOME": str(tutor_home), "TUTOR_THREADS": "1"}) as run:
        run.wait_for(r"\d+% episode")  # training under way
        run.proc.send_signal(signal.SIGTERM)
        out, err = run.finish()
    assert run.proc.returncode == 143 and out == "" and "Traceback" not in err, err
    listed = subprocess.run([sys.executable, "-m", "tutor", "demo", "--runs", "--json"],
                            capture_output=True, text=True, timeout=HANG,
                            env={**os.environ, "TUTOR_HOME": str(tutor_home)})
    (kept,) = json.loads(listed.stdout)
    assert kept["status"] == "stopped" and kept["seed"] == 4, kept
