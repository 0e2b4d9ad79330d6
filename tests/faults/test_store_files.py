"""The learner's files: private modes, and everything in tutor.db itself after a clean quit."""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
import subprocess
import sys

from tutor.core.chats import Chats
from tutor.core.store import open_store


def _mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def test_data_folder_database_and_exports_are_private(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("TUTOR_HOME", str(tmp_path))
    store = open_store()
    chats = Chats(store)
    conversation = chats.create("private things")
    chats.append(conversation, "user", "what is a GAN?")
    exported = chats.export(conversation, tmp_path / "data" / "exports")
    store.close()
    assert _mode(tmp_path / "data") == 0o700
    assert _mode(tmp_path / "data" / "tutor.db") == 0o600
    assert _mode(exported.parent) == 0o700 and _mode(exported) == 0o600


def test_an_existing_open_data_folder_is_tightened(tmp_path, monkeypatch) -> None:
    (tmp_path / "data").mkdir(mode=0o755)
    os.chmod(tmp_path / "data", 0o755)
    monkeypatch.setenv("TUTOR_HOME", str(tmp_path))
    open_store().close()
    assert _mode(tmp_path / "data") == 0o700


def test_a_copy_of_tutor_db_after_quitting_holds_every_row(tmp_path) -> None:
    """A real CLI run, then only tutor.db is copied (no -wal): the rows must be in it."""
    env = {**os.environ, "TUTOR_HOME": str(tmp_path), "TUTOR_THREADS": "1"}
    topic = "gans"
    answers = "true\na\ngenerator\n" * 3  # whatever kind each question is, some land
    done = subprocess.run([sys.executable, "-m", "tutor", "quiz", topic, "2"], input=answers,
                          capture_output=True, text=True, env=env, timeout=120)
    assert "Traceback" not in done.stderr, done.stderr
    copy = tmp_path / "copy.db"
    shutil.copy(tmp_path / "data" / "tutor.db", copy)
    rows = sqlite3.connect(copy).execute("SELECT COUNT(*) FROM attempts").fetchone()[0]
    live = sqlite3.connect(tmp_path / "data" / "tutor.db")
    assert rows >= 1 and rows == live.execute("SELECT COUNT(*) FROM attempts").fetchone()[0]


async def test_quitting_the_chat_folds_the_log_into_tutor_db(tmp_path) -> None:
    """Pilot: the real app writes a conversation, quits; a copy of tutor.db alone holds it."""
    from tutor.ui.app import TutorApp

    db = tmp_path / "tutor.db"
    app = TutorApp(db_path=db, load_models=False)
    async with app.run_test() as pilot:
        await pilot.pause()
        conversation = app.chats.create("kept")
        app.chats.append(conversation, "user", "what is a GAN?")
    copy = tmp_path / "copy.db"
    shutil.copy(db, copy)
    count = sqlite3.connect(copy).execute("SELECT COUNT(*) FROM messages").fetchone()[0]
    assert count >= 1
