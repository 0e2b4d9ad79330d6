"""Answers kept for another tutor's lock survive ``kill -9`` and are saved exactly once.

Everything is real: a second process holds the database's write lock (``BEGIN IMMEDIATE``), the
real ``tutor quiz`` runs in a pseudo-terminal, and it is killed with SIGKILL while the lock is
still held, so its kept answers never reached the database. Before the journal they lived only
in that process's memory and were gone; now the next tutor to open the database (any face) must
save them, once, even when two tutors start at the same moment, and never take over the
journal of a tutor that is still running.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import stat
import subprocess
import sys
import time
from pathlib import Path

import pexpect
from fault_helpers import tutor_in_terminal

from tutor.core import journal as journals
from tutor.core.store import open_store

PROMPT = r"\((1-\d|true/false|one sentence)\) > "


def _answer(child: pexpect.spawn, number: int, total: int) -> None:
    """Answer the question on screen and wait for its feedback (given after the save call)."""
    child.expect(rf"Question {number}/{total}")
    child.expect(PROMPT)
    child.sendline({"true/false": "true", "one sentence": "a generator and a discriminator"}
                   .get(child.match.group(1), "1"))
    child.expect("Read more:")


def _kill(child: pexpect.spawn) -> None:
    os.kill(child.pid, signal.SIGKILL)
    child.expect(pexpect.EOF)
    child.wait()
    assert child.signalstatus == signal.SIGKILL


def _rows(db: Path, sql: str) -> list[tuple]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def _journals(db: Path) -> list[Path]:
    return sorted(db.parent.glob(journals.pattern(db)))


def _killed_quiz_with_kept_answers(db: Path, hold_lock) -> list[str]:
    """Run ``tutor quiz gans 3`` under a held lock, answer two questions, kill -9 it; the lock
    is still held afterwards. Returns the question ids it planned."""
    open_store().close()
    hold_lock(db)
    child = tutor_in_terminal("quiz", "gans", "3")
    _answer(child, 1, 3)
    _answer(child, 2, 3)
    _kill(child)
    assert _rows(db, "SELECT count(*) FROM attempts") == [(0,)]  # nothing reached the database
    (journal,) = _journals(db)
    assert stat.S_IMODE(journal.stat().st_mode) == 0o600
    records = [json.loads(line) for line in journal.read_text().splitlines()]
    assert len(records) == 3  # the session row, then two answers filed under its placeholder
    assert records[1]["args"]["answer"]["session_id"] == records[0]["key"] < 0
    return records[0]["args"]["ids"]


def test_tutor_quiz_killed_while_locked_loses_no_answer(tutor_home, hold_lock) -> None:
    db = tutor_home / "data" / "tutor.db"
    planned = _killed_quiz_with_kept_answers(db, hold_lock)
    _release_all(hold_lock)
    env = {**os.environ, "TUTOR_THREADS": "1"}
    shown = subprocess.run([sys.executable, "-m", "tutor", "quiz", "--progress"],
                           capture_output=True, text=True, env=env, timeout=120)
    assert shown.returncode == 0, shown.stderr
    assert "Traceback" not in shown.stderr
    assert "Saved 3 changes" in shown.stderr  # told, once, what was recovered
    sessions = _rows(db, "SELECT id, question_ids, position FROM quiz_sessions")
    assert len(sessions) == 1 and json.loads(sessions[0][1]) == planned and sessions[0][2] == 2
    attempts = _rows(db, "SELECT session_id, question_id FROM attempts ORDER BY id")
    assert attempts == [(sessions[0][0], planned[0]), (sessions[0][0], planned[1])]
    assert _journals(db) == []
    assert _rows(db, f"SELECT count(*) FROM settings WHERE key LIKE '{journals.MARKER}%'") == [(0,)]
    # and the quiz resumes where the killed one stopped
    child = tutor_in_terminal("quiz")
    child.expect("Resuming your unfinished quiz at question 3 of 3")
    child.sendeof()
    child.expect(pexpect.EOF)


def test_doctor_names_kept_changes_still_waiting_for_the_lock(tutor_home, hold_lock) -> None:
    from tutor.cli.doctor import WARN, check_database

    db = tutor_home / "data" / "tutor.db"
    _killed_quiz_with_kept_answers(db, hold_lock)  # the other tutor still holds the lock
    found = check_database()
    assert found.status == WARN and "3 changes kept by an earlier tutor" in found.detail
    assert _journals(db) != [] and _rows(db, "SELECT count(*) FROM attempts") == [(0,)]
    _release_all(hold_lock)
    after = check_database()  # the lock is free: doctor's own open saves them, and says so
    assert "Saved 3 changes" in after.detail
    assert _rows(db, "SELECT count(*) FROM attempts") == [(2,)] and _journals(db) == []


def test_restore_sets_a_killed_tutors_journal_aside_with_the_old_database(tutor_home,
                                                                        hold_lock) -> None:
    """The kept answers were made on the old database (their ids point into it): restoring a
    backup must neither lose them nor replay them into the backup."""
    db = tutor_home / "data" / "tutor.db"
    backup = tutor_home / "before.db"
    open_store().close()
    env = {**os.environ, "TUTOR_THREADS": "1"}
    subprocess.run([sys.executable, "-m", "tutor", "backup", str(backup)], env=env, check=True,
                   capture_output=True, timeout=120)
    _killed_quiz_with_kept_answers(db, hold_lock)
    _release_all(hold_lock)
    done = subprocess.run([sys.executable, "-m", "tutor", "restore", str(backup)], env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert _journals(db) == []
    (aside,) = db.parent.glob("tutor.db.before-restore-*[0-9]")
    assert len(list(db.parent.glob(journals.pattern(aside)))) == 1  # kept beside the old file
    store = open_store()
    assert store.conn.execute("SELECT count(*) FROM attempts").fetchone()[0] == 0
    store.close()
    old = open_store(aside)  # opening the old database saves them there
    assert old.conn.execute("SELECT count(*) FROM attempts").fetchone()[0] == 2
    old.close()


def test_two_tutors_starting_at_once_replay_a_journal_once(tutor_home, hold_lock) -> None:
    db = tutor_home / "data" / "tutor.db"
    _killed_quiz_with_kept_answers(db, hold_lock)
    _release_all(hold_lock)
    opener = ("import sys; from tutor.core.store import open_store; s = open_store(); "
              "s.close(); print('ok')")
    env = {**os.environ, "TUTOR_THREADS": "1"}
    both = [subprocess.Popen([sys.executable, "-c", opener], env=env, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True) for _ in range(2)]
    for process in both:
        out, err = process.communicate(timeout=120)
        assert process.returncode == 0 and out.strip() == "ok", err
    assert _rows(db, "SELECT count(*) FROM attempts") == [(2,)]  # not 4
    assert _rows(db, "SELECT count(*) FROM quiz_sessions") == [(1,)]
    assert _journals(db) == []


def test_a_running_tutors_journal_is_not_taken_by_another(tutor_home, hold_lock) -> None:
    """The quiz still runs (its answer kept): a second tutor reads progress meanwhile and must
    leave the journal alone; the quiz then saves its own answer, once, when the lock frees."""
    db = tutor_home / "data" / "tutor.db"
    open_store().close()
    holder = hold_lock(db)
    child = tutor_in_terminal("quiz", "gans", "3")
    _answer(child, 1, 3)  # the session row and this answer are kept, and in its journal
    (journal,) = _journals(db)
    assert len(journal.read_text().splitlines()) == 2
    env = {**os.environ, "TUTOR_THREADS": "1"}
    other = subprocess.run([sys.executable, "-m", "tutor", "quiz", "--progress"],
                           capture_output=True, text=True, env=env, timeout=120)
    assert other.returncode == 0 and "Saved" not in other.stderr, other.stderr
    assert journal.exists()
    holder.release()
    deadline = time.monotonic() + 30  # its own retry thread saves it, with no new answer
    while journal.exists() and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not journal.exists()
    assert _rows(db, "SELECT count(*) FROM attempts") == [(1,)]
    child.sendeof()
    child.expect(pexpect.EOF)


def test_plain_chat_killed_while_locked_keeps_the_question(tutor_home, hold_lock) -> None:
    db = tutor_home / "data" / "tutor.db"
    open_store().close()
    hold_lock(db)
    child = tutor_in_terminal("chat", "--plain")
    child.expect("You> ")
    child.sendline("what is a GAN?")
    child.expect("You> ")  # answered on screen; both messages kept behind the lock
    _kill(child)
    assert _rows(db, "SELECT count(*) FROM messages") == [(0,)]
    _release_all(hold_lock)
    store = open_store()
    rows = [tuple(r) for r in store.conn.execute(
        "SELECT m.role, m.content, c.title FROM messages m "
        "JOIN conversations c ON c.id = m.conversation_id ORDER BY m.id")]
    store.close()
    assert [r[0] for r in rows] == ["user", "tutor"]
    assert rows[0][1] == "what is a GAN?" and rows[0][2] == "what is a GAN?"


CHAT = """
import asyncio, sys
from tutor.core.answering.answer import Answer
from tutor.ui.app import TutorApp

class Echo:
    def ask(self, question, history=None):
        return Answer(question, "About " + question + ": an answer.", True)

async def main():
    app = TutorApp(tutor_loader=lambda on_status: Echo())
    async with app.run_test(size=(100, 40)) as pilot:
        while app.tutor is None or not app.conversation.children:
            await pilot.pause(0.05)
        app.submit("what is a VAE?")
        while not app.conversation.query("AnswerCard"):
            await pilot.pause(0.05)
        await pilot.pause(0.2)
        print("answered", app.store.kept, flush=True)
        sys.stdin.readline()  # killed here, the other tutor still holding the lock

asyncio.run(main())
"""


def test_the_full_screen_chat_killed_while_locked_keeps_the_question(tutor_home,
                                                                     hold_lock) -> None:
    """The Textual chat itself (driven by Pilot in its own process), killed with SIGKILL."""
    db = tutor_home / "data" / "tutor.db"
    open_store().close()
    hold_lock(db)
    env = {**os.environ, "TUTOR_THREADS": "1"}
    chat = subprocess.Popen([sys.executable, "-c", CHAT], env=env, stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert chat.stdout is not None
    said = chat.stdout.readline().split()
    assert said[0] == "answered" and int(said[1]) >= 3, said  # conversation, question, answer
    chat.kill()
    chat.wait(timeout=30)
    assert _rows(db, "SELECT count(*) FROM messages") == [(0,)]
    _release_all(hold_lock)
    store = open_store()
    rows = [tuple(r) for r in store.conn.execute(
        "SELECT m.role, m.content FROM messages m ORDER BY m.id")]
    store.close()
    assert rows == [("user", "what is a VAE?"), ("tutor", "About what is a VAE?: an answer.")]


def _release_all(hold_lock) -> None:
    """The other tutor lets go (every holder this test started)."""
    for holder in hold_lock.holders:
        holder.release()
