"""The SQLite store: migrations, settings, a corrupt file moved aside, a locked file left alone."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

from tutor.core.store import SCHEMA_VERSION, open_store


def test_new_database_is_at_current_schema(tmp_path: Path) -> None:
    store = open_store(tmp_path / "t.db")
    assert store.warnings == []
    assert store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    store.set_setting("theme", "nord")
    store.close()
    again = open_store(tmp_path / "t.db")
    assert again.get_setting("theme") == "nord"


def test_old_database_is_upgraded_keeping_data(tmp_path: Path) -> None:
    from tutor.core.store import MIGRATIONS

    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    conn.executescript(MIGRATIONS[0] + "\nPRAGMA user_version = 1;")
    conn.execute("INSERT INTO settings VALUES ('theme', 'dracula')")
    conn.commit()
    conn.close()
    store = open_store(path)
    assert store.get_setting("theme") == "dracula"
    assert store.conn.execute("SELECT count(*) FROM cards").fetchone()[0] == 0


def test_corrupt_database_is_kept_aside(tmp_path: Path) -> None:
    path = tmp_path / "t.db"
    path.write_bytes(b"this is not sqlite" * 100)
    store = open_store(path)
    assert store.persistent
    assert "kept as" in store.warnings[0]
    aside = [p for p in tmp_path.iterdir() if ".corrupt-" in p.name]
    assert len(aside) == 1 and aside[0].read_bytes().startswith(b"this is not sqlite")


def test_locked_database_runs_in_memory_and_leaves_file(tmp_path: Path) -> None:
    path = tmp_path / "t.db"
    open_store(path).close()
    holder = sqlite3.connect(path)
    holder.execute("PRAGMA locking_mode = EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        store = open_store(path)
        assert not store.persistent
        assert "locked" in store.warnings[0]
        store.set_setting("a", "b")  # the session still works
    finally:
        holder.rollback()
        holder.close()
    assert open_store(path).warnings == []


def test_a_write_blocked_at_commit_is_kept_whole_then_saved(tmp_path: Path) -> None:
    """Not in WAL mode, a reader blocks the commit itself: the change is undone and kept, then
    written whole once the reader is gone (never half, never lost)."""
    store = open_store(tmp_path / "t.db")
    store.conn.execute("PRAGMA journal_mode = DELETE")
    reader = sqlite3.connect(tmp_path / "t.db", isolation_level=None)
    reader.execute("BEGIN")
    reader.execute("SELECT * FROM settings").fetchall()  # a shared lock until COMMIT

    def change(conn) -> None:
        conn.execute("INSERT INTO settings VALUES('a', '1')")
        conn.execute("INSERT INTO settings VALUES('b', '2')")

    said: list[str] = []
    store.listen(said.append)
    assert store.write(change) is False and store.kept == 1
    deadline = time.monotonic() + 20  # the retry thread waits, then tells the learner once
    while not said and time.monotonic() < deadline:
        time.sleep(0.05)
    assert reader.execute("SELECT COUNT(*) FROM settings").fetchone()[0] == 0
    reader.execute("COMMIT")
    assert store.flush() is True and store.kept == 0
    assert (store.get_setting("a"), store.get_setting("b")) == ("1", "2")
    assert len(said) == 2 and "holding your database" in said[0] and "free again" in said[1]
