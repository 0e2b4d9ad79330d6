"""Permissions are not corruption: unreadable, read-only, zero-byte and read-only-folder data.

Real denial: the tests run as root, where chmod denies nothing, so every entry point is run as
the unprivileged user ``nobody`` (uid 65534, through ``setpriv``) on a ``TUTOR_HOME`` that
``nobody`` owns, exactly as a learner's own account would meet the problem. Run as a normal user,
the same commands run directly. Before the fix a chmod 000 ``tutor.db`` was called corrupt and
moved aside ("No answers yet"), and a read-only folder or unwritable ``TUTOR_HOME`` gave
PermissionError / FileNotFoundError tracebacks.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from tutor.core.quiz.bank import load_bank
from tutor.core.quiz.grading import Grader
from tutor.core.quiz.session import start_quiz
from tutor.core.store import open_store

LEARNER = 65534  # nobody

PILOT = """
import asyncio, json
from tutor.ui.app import TutorApp
from tutor.ui.widgets.chat.conversation import NoteMessage

async def main():
    app = TutorApp()
    async with app.run_test(size=(100, 40)) as pilot:
        for _ in range(1200):
            if app.tutor is not None and app.conversation.children:
                break
            await pilot.pause(0.05)
        app.submit("what is a GAN?")
        for _ in range(600):
            if app.conversation.query("AnswerCard"):
                break
            await pilot.pause(0.05)
        await pilot.pause(0.2)
        notes = [n.text for n in app.conversation.query(NoteMessage)]
        answered = bool(app.conversation.query("AnswerCard"))
    print(json.dumps({"notes": notes, "answered": answered}))

asyncio.run(main())
"""


def _as_learner() -> list[str]:
    if os.getuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root without setpriv: chmod cannot deny anything here")
    return [setpriv, f"--reuid={LEARNER}", f"--regid={LEARNER}", "--clear-groups"]


@pytest.fixture
def home(monkeypatch: pytest.MonkeyPatch):
    """A TUTOR_HOME the learner owns, holding one quiz answer (so progress is not empty)."""
    top = Path(tempfile.mkdtemp(prefix="tutor-perm-"))
    top.chmod(0o755)
    path = top / "home"
    monkeypatch.setenv("TUTOR_HOME", str(path))
    store = open_store()
    session = start_quiz(store.conn, load_bank(), "gans", 1, seed=0)
    session.answer("skip" if session.current().kind == "short" else "1", Grader(None))
    store.close()
    if os.getuid() == 0:
        for root, dirs, files in os.walk(top):
            for name in [root, *(os.path.join(root, n) for n in dirs + files)]:
                os.chown(name, LEARNER, LEARNER)
    yield path
    for root, dirs, _ in os.walk(top):
        for name in [root, *(os.path.join(root, n) for n in dirs)]:
            os.chmod(name, 0o755)
    shutil.rmtree(top, ignore_errors=True)


def _tutor(home: Path, *args: str, stdin: str = "", learner: bool = True
           ) -> subprocess.CompletedProcess:
    env = {**os.environ, "TUTOR_HOME": str(home), "HOME": str(home.parent), "TUTOR_THREADS": "1"}
    prefix = _as_learner() if learner else []
    return subprocess.run([*prefix, sys.executable, "-m", "tutor", *args], input=stdin,
                          capture_output=True, text=True, env=env, timeout=180)


def _chat(home: Path) -> dict:
    env = {**os.environ, "TUTOR_HOME": str(home), "HOME": str(home.parent), "TUTOR_THREADS": "1"}
    done = subprocess.run([*_as_learner(), sys.executable, "-c", PILOT], capture_output=True,
                          text=True, env=env, timeout=180)
    assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _clean(done: subprocess.CompletedProcess) -> None:
    assert "Traceback" not in done.stderr, done.stderr
    assert "Error:" not in done.stderr, done.stderr


def test_an_unreadable_database_is_a_clear_error_never_corruption(home: Path) -> None:
    db = home / "data" / "tutor.db"
    before = _digest(db)
    db.chmod(0o000)
    for args in (["quiz", "--progress"], ["quiz", "gans", "1"]):
        done = _tutor(home, *args, stdin="true\n")
        _clean(done)
        assert done.returncode == 1, done
        assert "No answers yet" not in done.stdout
        assert str(db) in done.stderr and f"chmod u+rw {db}" in done.stderr
        assert "permission" in done.stderr.lower() and "corrupt" not in done.stderr.lower()
    chat = _chat(home)
    assert any(f"chmod u+rw {db}" in note for note in chat["notes"]), chat
    assert chat["answered"]
    db.chmod(0o600)
    assert _digest(db) == before  # untouched ...
    assert not list(db.parent.glob("*.corrupt-*"))  # ... and not moved aside


def test_a_read_only_database_shows_progress_and_saves_nothing(home: Path) -> None:
    db = home / "data" / "tutor.db"
    before = _digest(db)
    db.chmod(0o444)
    progress = _tutor(home, "quiz", "--progress")
    _clean(progress)
    assert progress.returncode == 0 and "Answered: 1" in progress.stdout, progress.stdout
    assert "read-only" in progress.stderr and f"chmod u+rw {db}" in progress.stderr
    quiz = _tutor(home, "quiz", "gans", "1", stdin="true\n")
    _clean(quiz)
    assert quiz.returncode == 0 and "Question 1/1" in quiz.stdout
    db.chmod(0o600)
    assert _digest(db) == before
    assert not (db.parent / "tutor.db-shm").exists()  # reading left nothing beside it


def test_a_zero_byte_database_gets_a_word(tutor_home: Path) -> None:
    db = tutor_home / "data" / "tutor.db"
    db.parent.mkdir(parents=True)
    db.write_bytes(b"")
    done = _tutor(tutor_home, "quiz", "--progress", learner=False)  # no permission involved
    _clean(done)
    assert done.returncode == 0
    assert "empty (0 bytes)" in done.stderr and "tutor restore" in done.stderr
    again = _tutor(tutor_home, "quiz", "--progress", learner=False)
    assert again.stderr == ""  # said once: the file is a real database now


def test_a_read_only_data_folder_runs_read_only_everywhere(home: Path) -> None:
    data = home / "data"
    data.chmod(0o500)
    progress = _tutor(home, "quiz", "--progress")
    _clean(progress)
    assert progress.returncode == 0 and "Answered: 1" in progress.stdout
    assert progress.stderr.count("read-only") == 1 and f"chmod u+rwx {data}" in progress.stderr
    quiz = _tutor(home, "quiz", "gans", "1", stdin="true\n")
    _clean(quiz)
    assert quiz.returncode == 0 and "Question 1/1" in quiz.stdout
    ask = _tutor(home, "ask", "what is a GAN?")
    _clean(ask)
    assert ask.returncode == 0 and "GAN" in ask.stdout
    plain = _tutor(home, "chat", "--plain", stdin="what is a GAN?\n/quit\n")
    _clean(plain)
    assert plain.returncode == 0 and "read-only" in plain.stdout
    assert "Nothing was saved" in plain.stdout and "conversation is saved" not in plain.stdout
    chat = _chat(home)
    assert chat["answered"] and sum("read-only" in n for n in chat["notes"]) == 1, chat
    data.chmod(0o700)
    conn = sqlite3.connect(data / "tutor.db")
    assert conn.execute("SELECT COUNT(*) FROM attempts").fetchone()[0] == 1
    assert conn.execute("SELECT COUNT(*) FROM messages").fetchone()[0] == 0


def test_an_unwritable_tutor_home_runs_without_saving(home: Path) -> None:
    shutil.rmtree(home / "data")
    home.chmod(0o500)
    progress = _tutor(home, "quiz", "--progress")
    _clean(progress)
    assert progress.returncode == 0 and "cannot be created" in progress.stderr
    quiz = _tutor(home, "quiz", "gans", "1", stdin="true\n")
    _clean(quiz)
    assert quiz.returncode == 0 and "Question 1/1" in quiz.stdout
    ask = _tutor(home, "ask", "what is a GAN?")
    _clean(ask)
    assert ask.returncode == 0 and "GAN" in ask.stdout
    chat = _chat(home)
    assert chat["answered"] and any("cannot be created" in n for n in chat["notes"]), chat
