"""A real ``tutor quiz`` killed with SIGKILL between answers loses nothing it was given.

pexpect drives the terminal quiz as a learner would; the process is killed (no handler, no
cleanup, no WAL checkpoint) right after an answer's feedback, twice over. Every answered question
must be in the database, in order, and each new run must resume at the first unanswered one.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import sys

import pexpect

from tutor.core.quiz.bank import load_bank


def _spawn() -> pexpect.spawn:
    env = {**os.environ, "TUTOR_THREADS": "1"}
    return pexpect.spawn(sys.executable, ["-m", "tutor", "quiz", "gans", "5"], env=env,
                         encoding="utf-8", timeout=90)


def _answer(child: pexpect.spawn, number: int) -> None:
    """Answer the question on screen (any valid answer) and wait for its feedback."""
    child.expect(rf"Question {number}/5")
    child.expect(r"\((1-\d|true/false|one sentence)\) > ")
    kind = child.match.group(1)
    child.sendline({"true/false": "true", "one sentence": "a generator and a discriminator"}
                   .get(kind, "1"))
    child.expect("Read more:")  # graded and saved: the feedback comes after the commit


def _kill(child: pexpect.spawn) -> None:
    os.kill(child.pid, signal.SIGKILL)
    child.expect(pexpect.EOF)
    child.wait()
    assert child.signalstatus == signal.SIGKILL


def _saved(db) -> tuple[list[str], list[str]]:
    conn = sqlite3.connect(db)
    try:
        planned = json.loads(conn.execute(
            "SELECT question_ids FROM quiz_sessions ORDER BY id LIMIT 1").fetchone()[0])
        answered = [row[0] for row in conn.execute("SELECT question_id FROM attempts ORDER BY id")]
    finally:
        conn.close()
    return planned, answered


def test_sigkill_between_answers_loses_nothing_and_resumes_after_them(tutor_home) -> None:
    db = tutor_home / "data" / "tutor.db"
    first = _spawn()
    _answer(first, 1)
    _kill(first)
    planned, answered = _saved(db)
    assert answered == planned[:1]

    second = pexpect.spawn(sys.executable, ["-m", "tutor", "quiz"],
                           env={**os.environ, "TUTOR_THREADS": "1"}, encoding="utf-8",
                           timeout=90)
    second.expect("Resuming your unfinished quiz at question 2 of 5")
    _answer(second, 2)
    _answer(second, 3)
    _kill(second)
    planned_again, answered = _saved(db)
    assert planned_again == planned
    assert answered == planned[:3]  # every answer, once, in order
    bank = load_bank()
    assert all(bank.get(qid) is not None for qid in answered)

    third = pexpect.spawn(sys.executable, ["-m", "tutor", "quiz"],
                          env={**os.environ, "TUTOR_THREADS": "1"}, encoding="utf-8",
                          timeout=90)
    third.expect("Resuming your unfinished quiz at question 4 of 5")
    third.sendeof()
    third.expect(pexpect.EOF)
