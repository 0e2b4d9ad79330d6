"""kill -9 in the middle of a lesson loses nothing: the real plain chat is killed while the
learner reads section 3 (after a check answered), and the next ``/learn`` resumes there."""

from __future__ import annotations

import os
import select
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from tutor.core.knowledge import load_course
from tutor.core.quiz.bank import load_bank


def _start(home: Path) -> subprocess.Popen:
    env = dict(os.environ, TUTOR_HOME=str(home), PYTHONUNBUFFERED="1")
    return subprocess.Popen([sys.executable, "-m", "tutor", "chat", "--plain"], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=env)


def _until(process: subprocess.Popen, text: str, seen: bytearray, timeout: float = 60.0) -> None:
    """Read the process's output until ``text`` appears (fails after ``timeout``)."""
    deadline = time.monotonic() + timeout
    fd = process.stdout.fileno()
    while text.encode() not in seen:
        left = deadline - time.monotonic()
        assert left > 0, f"never saw {text!r}; output was:\n{seen.decode(errors='replace')[-2000:]}"
        ready, _, _ = select.select([fd], [], [], min(left, 0.5))
        if ready:
            chunk = os.read(fd, 65536)
            assert chunk, f"process ended before {text!r}:\n{seen.decode(errors='replace')[-2000:]}"
            seen.extend(chunk)


def _send(process: subprocess.Popen, line: str) -> None:
    process.stdin.write(line.encode() + b"\n")
    process.stdin.flush()


def test_kill_9_mid_lesson_resumes_at_the_same_section(tmp_path: Path) -> None:
    lesson = load_course().lesson("gans")
    total = len(lesson.sections)
    check_ids = {q.id for q in load_bank().by_lesson("gans")}
    first = _start(tmp_path)
    seen = bytearray()
    try:
        _send(first, "/learn gans")
        _until(first, f"section 1 of {total}", seen)
        _send(first, "n")
        _until(first, f"section 2 of {total}", seen)
        _send(first, "n")  # two sections read: a check question
        _until(first, "Check · ", seen)
        _send(first, "skip")
        _until(first, f"section 3 of {total}", seen)
        first.send_signal(signal.SIGKILL)  # no clean-up of any kind
        first.wait(timeout=10)
    finally:
        if first.poll() is None:
            first.kill()
    assert first.returncode == -signal.SIGKILL
    conn = sqlite3.connect(tmp_path / "data" / "tutor.db")
    try:
        assert conn.execute("SELECT section FROM reading_positions WHERE lesson_id = 'gans'").fetchone()[0] == 2
        answered = [row[0] for row in conn.execute("SELECT question_id FROM attempts")]
        assert len(answered) == 1 and answered[0] in check_ids  # the check answer was kept
    finally:
        conn.close()

    second = _start(tmp_path)
    seen = bytearray()
    try:
        _send(second, "/learn")
        _until(second, f"Continue: {lesson.title}, section 3 of {total}.", seen)
        _until(second, f"{lesson.title} · section 3 of {total}", seen)
        _until(second, lesson.sections[2].heading, seen)
        _send(second, "q")
        _send(second, "/quit")
        second.stdin.close()
        assert second.wait(timeout=30) == 0
    finally:
        if second.poll() is None:
            second.kill()
