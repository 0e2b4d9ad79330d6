"""``tutor backup`` / ``tutor restore`` through the real CLI: one private self-contained file,
restores that check before they touch anything and keep the current database aside."""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

from tutor.core.chats import Chats
from tutor.core.store import SCHEMA_VERSION, open_store


def _tutor(*args: str, stdin: str = "") -> subprocess.CompletedProcess:
    env = {**os.environ, "TUTOR_THREADS": "1"}
    return subprocess.run([sys.executable, "-m", "tutor", *args], input=stdin,
                          capture_output=True, text=True, env=env, timeout=120)


def _count(db: Path, table: str) -> int:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
    finally:
        conn.close()


def _say(text: str) -> None:
    store = open_store()
    chats = Chats(store)
    chats.append(chats.create(), "user", text)
    store.close()


def test_backup_is_one_private_file_holding_everything_even_mid_session(tutor_home,
                                                                        tmp_path) -> None:
    _say("what is a GAN?")
    quiz = _tutor("quiz", "gans", "2", stdin="true\n1\nskip\n" * 2)
    assert quiz.returncode == 0, quiz.stderr
    answers = _count(tutor_home / "data" / "tutor.db", "attempts")
    assert answers >= 1
    live = open_store()  # a chat still open: rows may sit in tutor.db-wal
    Chats(live).append(Chats(live).create(), "user", "only in the log so far")
    target = tmp_path / "backups" / "mine.db"
    target.parent.mkdir()
    done = _tutor("backup", str(target))
    live.close()
    assert done.returncode == 0, done.stderr
    assert "Backed up to" in done.stdout and f"2 conversations, {answers} quiz answer" in done.stdout
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert sorted(p.name for p in target.parent.iterdir()) == ["mine.db"]  # one file, no -wal
    copy = tmp_path / "moved.db"
    shutil.copy(target, copy)  # the single file alone, anywhere
    conn = sqlite3.connect(copy)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    contents = [r[0] for r in conn.execute("SELECT content FROM messages")]
    assert "only in the log so far" in contents
    assert conn.execute("SELECT COUNT(*) FROM attempts").fetchone()[0] == answers
    again = _tutor("backup", str(target))
    assert again.returncode == 1 and "already exists" in again.stderr  # never overwritten
    folder = _tutor("backup", str(tmp_path / "backups"))
    assert folder.returncode == 0 and len(list(target.parent.glob("tutor-backup-*.db"))) == 1


def test_restore_checks_first_keeps_the_current_one_and_brings_the_backup_back(tutor_home,
                                                                               tmp_path) -> None:
    db = tutor_home / "data" / "tutor.db"
    _say("before the backup")
    backup = tmp_path / "b.db"
    assert _tutor("backup", str(backup)).returncode == 0
    _say("after the backup")
    assert _count(db, "messages") == 2

    # Files that are not a valid backup are refused, and nothing changes.
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not a database at all" * 100)
    empty = tmp_path / "empty.db"
    empty.write_bytes(b"")
    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("CREATE TABLE notes(x)")
    newer = tmp_path / "newer.db"
    shutil.copy(backup, newer)
    with sqlite3.connect(newer) as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    for bad, why in ((junk, "not a tutor database"), (empty, "empty"),
                     (other, "not a tutor database"), (newer, "newer tutor"),
                     (tmp_path / "missing.db", "does not exist")):
        refused = _tutor("restore", str(bad))
        assert refused.returncode == 1 and why in refused.stderr, (bad, refused.stderr)
        assert "Nothing was changed" in refused.stderr and "Traceback" not in refused.stderr
    assert _count(db, "messages") == 2 and not list(db.parent.glob("*.before-restore-*"))

    # Refused while another tutor has it open.
    holder = open_store()
    busy = _tutor("restore", str(backup))
    assert busy.returncode == 1 and "Close every tutor" in busy.stderr
    holder.close()

    done = _tutor("restore", str(backup))
    assert done.returncode == 0, done.stderr
    assert "1 conversation" in done.stdout and "kept as" in done.stdout
    assert [r[0] for r in sqlite3.connect(db).execute("SELECT content FROM messages")] == [
        "before the backup"]
    kept = list(db.parent.glob("tutor.db.before-restore-*"))
    assert len(kept) == 1 and _count(kept[0], "messages") == 2  # nothing deleted
    assert stat.S_IMODE(db.stat().st_mode) == 0o600
    store = open_store()
    assert store.persistent and store.warnings == []
    assert store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_an_older_backup_is_upgraded_on_restore(tutor_home, tmp_path) -> None:
    """A backup from schema 3 (before quiz owners) restores and works with today's tutor."""
    from tutor.core.store import MIGRATIONS

    old = tmp_path / "old.db"
    conn = sqlite3.connect(old)
    for number, script in enumerate(MIGRATIONS[:3]):
        conn.executescript(script + f"\nPRAGMA user_version = {number + 1};")
    conn.close()
    _say("current")
    done = _tutor("restore", str(old))
    assert done.returncode == 0, done.stderr
    quiz = _tutor("quiz", "gans", "1", stdin="true\n")
    assert quiz.returncode == 0 and "Traceback" not in quiz.stderr


def test_backup_with_nothing_to_back_up_says_so(tutor_home, tmp_path) -> None:
    done = _tutor("backup", str(tmp_path / "b.db"))
    assert done.returncode == 1 and "nothing to back up" in done.stderr
    assert not (tmp_path / "b.db").exists()


def test_a_database_a_backup_cannot_hold_is_named_not_the_hidden_partial_file(tutor_home,
                                                                               tmp_path) -> None:
    """A database from a newer tutor: the refusal named ".copy.db.partial-<pid>", a file the
    learner never made and that is gone by the time they look."""
    open_store().close()
    db = tutor_home / "data" / "tutor.db"
    conn = sqlite3.connect(db)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    conn.commit()
    conn.close()
    out = tmp_path / "backups"
    out.mkdir()
    done = _tutor("backup", str(out / "copy.db"))
    assert done.returncode == 1, done.stdout
    assert "partial" not in done.stderr and str(db) in done.stderr, done.stderr
    assert "newer tutor" in done.stderr
    assert list(out.iterdir()) == []
