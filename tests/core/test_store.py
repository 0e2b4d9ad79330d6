"""The SQLite store: migrations, settings, a corrupt file moved aside, a locked file left alone."""

from __future__ import annotations

import sqlite3
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
