"""Another tutor holds the database's write lock: nothing the learner does is lost or crashes.

The lock is real: a second process runs ``BEGIN IMMEDIATE`` on the same file and waits (WAL lets
readers in, writers wait). Each face is driven for real: ``tutor quiz`` as a subprocess, the
chat's question save and ``/quiz`` through the app under Pilot. Before the fix the CLI died with
``OperationalError: database is locked``, the chat dropped the save silently and ``/quiz`` said
"failed: ... locked".
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import threading
import time

from fault_helpers import tutor_in_terminal, wait_until

from tutor.core.answering.answer import Answer
from tutor.core.store import open_store
from tutor.ui.app import TutorApp
from tutor.ui.widgets.chat.conversation import NoteMessage

KEPT = "Another tutor is holding your database"


class EchoTutor:
    """Instant answers (the save path, not retrieval, is under test)."""

    def ask(self, question: str, history=None) -> Answer:
        return Answer(question, f"About {question}: an answer.", True)


def _app(db) -> TutorApp:
    return TutorApp(db_path=db, tutor_loader=lambda on_status: EchoTutor())


def _notes(app) -> list[str]:
    return [n.text for n in app.conversation.query(NoteMessage)]


def _count(db, table: str) -> int:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
    finally:
        conn.close()


def test_cli_quiz_keeps_answers_while_locked_and_saves_them(tutor_home, hold_lock) -> None:
    db = tutor_home / "data" / "tutor.db"
    open_store().close()
    holder = hold_lock(db)
    threading.Timer(6.0, holder.release).start()  # the other tutor quits mid-quiz
    env = {**os.environ, "TUTOR_THREADS": "1"}
    done = subprocess.run([sys.executable, "-m", "tutor", "quiz", "gans", "3"],
                          input="skip\nskip\nskip\n", capture_output=True, text=True, env=env,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr and "OperationalError" not in done.stderr
    assert done.stderr.count(KEPT) == 1, done.stderr  # told once, plainly
    assert "free again" in done.stderr
    assert _count(db, "attempts") == 3  # every answer landed once the lock freed
    assert _count(db, "quiz_sessions") == 1


async def test_chat_question_asked_while_locked_is_kept_then_saved(tmp_path, hold_lock) -> None:
    db = tmp_path / "tutor.db"
    open_store(db).close()
    app = _app(db)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_until(pilot, lambda: app.tutor is not None and bool(app.conversation.children))
        holder = hold_lock(db)
        app.submit("what is a GAN?")
        await wait_until(pilot, lambda: any(KEPT in n for n in _notes(app)))
        app.submit("and a VAE?")
        await pilot.pause(0.5)
        assert _count(db, "messages") == 0  # still locked: nothing could be written yet...
        assert app.store.kept >= 1  # ...but it is kept, not dropped
        holder.release()
        # the store's retry thread saves them without any new write from the learner
        await wait_until(pilot, lambda: app.store.kept == 0)
        await wait_until(pilot, lambda: any("free again" in n for n in _notes(app)))
        assert sum(KEPT in n for n in _notes(app)) == 1
    conn = sqlite3.connect(db)
    rows = conn.execute("SELECT role, content FROM messages ORDER BY id").fetchall()
    assert [r for r in rows if r[0] == "user"] == [("user", "what is a GAN?"),
                                                  ("user", "and a VAE?")]
    assert len(rows) == 4  # both answers too, in order
    assert conn.execute("SELECT COUNT(*) FROM conversations").fetchone()[0] == 1


async def test_quiz_started_in_the_chat_while_locked_runs_and_is_saved(tmp_path, hold_lock,
                                                                       monkeypatch) -> None:
    from tutor.core.quiz.grading import Grader
    from tutor.ui.handlers import quiz as quiz_handlers
    from tutor.ui.widgets.quiz.question import QuestionCard

    monkeypatch.setattr(quiz_handlers, "_GRADER", Grader(None))
    db = tmp_path / "tutor.db"
    open_store(db).close()
    app = _app(db)
    async with app.run_test(size=(100, 40)) as pilot:
        await wait_until(pilot, lambda: app.tutor is not None and bool(app.conversation.children))
        holder = hold_lock(db)
        app.chat_input.focus()
        await pilot.press(*"/quiz gans 2")
        await pilot.press("enter")
        await wait_until(pilot, lambda: bool(app.conversation.query(QuestionCard)))
        assert not any("failed" in n for n in _notes(app)), _notes(app)
        await wait_until(pilot, lambda: any(KEPT in n for n in _notes(app)))
        card = app.conversation.query(QuestionCard).last()
        await pilot.press("s" if card.kind == "short" else "1")
        if card.kind == "short":
            await pilot.press("enter")
        await wait_until(pilot, lambda: card.answered)
        start = time.monotonic()
        holder.release()
        await wait_until(pilot, lambda: app.store.kept == 0)
        assert time.monotonic() - start < 10
    conn = sqlite3.connect(db)
    session = conn.execute("SELECT id, position, owner FROM quiz_sessions").fetchall()
    assert len(session) == 1 and session[0][1] == 1 and session[0][2]
    attempts = conn.execute("SELECT session_id FROM attempts").fetchall()
    assert attempts == [(session[0][0],)]  # filed under the session row made after the lock


def test_opening_a_locked_database_still_saves_when_reads_work(tmp_path, hold_lock) -> None:
    """A held write lock (not an exclusive one) must not drop the session to an unsaved store."""
    db = tmp_path / "tutor.db"
    store = open_store(db)
    store.set_setting("theme", "dark")
    store.close()
    holder = hold_lock(db)
    store = open_store(db)
    assert store.persistent and store.warnings == []
    assert store.get_setting("theme") == "dark"
    assert store.write(lambda c: c.execute("INSERT INTO settings VALUES('a', 'b')")) is False
    holder.release()
    store.close()  # close saves what was kept
    assert open_store(db).get_setting("a") == "b"


def test_plain_chat_keeps_a_question_asked_while_locked(tutor_home, hold_lock) -> None:
    import pexpect

    db = tutor_home / "data" / "tutor.db"
    open_store().close()
    holder = hold_lock(db)
    child = tutor_in_terminal("chat", "--plain")
    child.expect("You> ")
    child.sendline("what is a GAN?")
    child.expect(KEPT)  # said plainly, while the lock is still held
    child.expect("You> ")
    holder.release()
    child.sendline("/quit")
    child.expect(pexpect.EOF)
    child.wait()
    assert child.exitstatus == 0
    assert KEPT not in child.before  # said once
    conn = sqlite3.connect(db)
    contents = [r[0] for r in conn.execute("SELECT content FROM messages ORDER BY id")]
    assert contents[0] == "what is a GAN?" and len(contents) == 2


def test_the_chat_says_on_the_terminal_what_a_lock_kept_until_quit(tmp_path, hold_lock,
                                                                   capsys) -> None:
    """The other tutor never lets go: after the screen closes the terminal says so plainly."""
    from pathlib import Path

    import tutor.ui.app
    from tutor.cli.chat import run_app

    class Quitting(TutorApp):
        CSS_PATH = str(Path(tutor.ui.app.__file__).with_name("app.tcss"))

        async def on_mount(self) -> None:
            await super().on_mount()
            self.set_timer(0.5, self._save_then_quit)

        def _save_then_quit(self) -> None:
            self.save_message("user", "text", "asked while another tutor writes")
            self.exit()

    db = tmp_path / "tutor.db"
    open_store(db).close()
    hold_lock(db)
    code = run_app(lambda: Quitting(db_path=db, load_models=False), headless=True)
    assert code == 0
    err = capsys.readouterr().err
    assert "could not be saved" in err and str(db) in err


def test_tutor_quiz_saves_a_kept_answer_once_the_lock_frees_without_another_answer(
        tutor_home, hold_lock) -> None:
    """The learner is thinking about the next question: the kept answer lands meanwhile."""
    import pexpect

    db = tutor_home / "data" / "tutor.db"
    open_store().close()
    holder = hold_lock(db)
    child = tutor_in_terminal("quiz", "gans", "3")
    child.expect(KEPT)  # the quiz's own session row is the first write kept
    child.expect(r"\((1-\d|true/false|one sentence)\) > ")
    child.sendline({"true/false": "true", "one sentence": "skip"}.get(child.match.group(1), "1"))
    child.expect(r"Question 2/3")
    assert _count(db, "attempts") == 0
    holder.release()
    child.expect("free again", timeout=15)  # no new answer needed
    assert _count(db, "attempts") == 1
    child.sendeof()
    child.expect(pexpect.EOF)
