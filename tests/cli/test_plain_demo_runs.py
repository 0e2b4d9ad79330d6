"""The plain chat keeps its demo runs: ``/demo`` lists them, ``/demo rerun N`` repeats one and
says whether the metrics match; a run stopped with Ctrl+C is kept as stopped. Driven as a real
process (piped, and in a pseudo-terminal for Ctrl+C) against a private TUTOR_HOME."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli.interrupting import HANG, ctrl_c_default

REPO = Path(__file__).resolve().parents[2]


def _env(home: Path) -> dict[str, str]:
    return {**os.environ, "TUTOR_HOME": str(home), "TUTOR_THREADS": "1", "NO_COLOR": "1"}


def _rows(home: Path) -> list[tuple]:
    conn = sqlite3.connect(home / "data" / "tutor.db")
    try:
        return conn.execute("SELECT id, demo, status, face, rerun_of, seed FROM demo_runs "
                            "ORDER BY id").fetchall()
    finally:
        conn.close()


@pytest.mark.timeout(200)
def test_plain_chat_lists_and_reruns_kept_runs(tutor_home: Path) -> None:
    typed = (b"/demo rl --episodes 120 --eval-episodes 20 --seed 6\n"
             b"/demo\n/demo rerun 1\n/demo rerun 42\n/demo rerun x\n/demo runs\n/quit\n")
    done = subprocess.run([sys.executable, "-m", "tutor", "chat", "--plain"], input=typed,
                          env=_env(tutor_home), cwd=str(REPO), capture_output=True, timeout=180)
    out = done.stdout.decode("utf-8")
    assert done.returncode == 0, done.stderr.decode()
    assert "Traceback" not in out + done.stderr.decode()
    listing = out.split("You> /demo\n", 1)[1]
    assert "Recent runs (newest first; `/demo rerun N` repeats one exactly):" in listing
    assert "1. rl · episodes=120, eval_episodes=20 · seed 6 · success_rate" in listing
    assert "Re-running run 1 (rl · episodes=120" in out
    assert "Same result as run 1: all 6 metrics match" in out
    assert "Note: There is no run 42: the runs are numbered 1 to 2" in out
    assert "Note: 'x' is not a run number" in out
    final = out.rsplit("You> /demo runs\n", 1)[1]
    assert "2. rl" in final and "re-run of 1" in final
    assert _rows(tutor_home) == [(1, "rl", "finished", "plain", None, 6),
                                 (2, "rl", "finished", "plain", 1, 6)]


@pytest.mark.timeout(2 * HANG)  # bounds a hang
def test_ctrl_c_in_the_plain_chat_keeps_the_run_as_stopped(tutor_home: Path) -> None:
    pexpect = pytest.importorskip("pexpect")
    child = pexpect.spawn(sys.executable, ["-m", "tutor", "chat", "--plain"], env=_env(tutor_home),
                          cwd=str(REPO), encoding="utf-8", timeout=90, dimensions=(40, 100),
                          preexec_fn=ctrl_c_default)  # Ctrl+C works though inherited ignored
    child.expect_exact("You> ")
    child.sendline("/demo rl --episodes 50000 --eval-episodes 20 --seed 2")
    child.expect(r"\d+% episode")
    child.sendintr()
    child.expect_exact("Interrupted.")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130 and "Traceback" not in child.before
    assert _rows(tutor_home) == [(1, "rl", "stopped", "plain", None, 2)]
