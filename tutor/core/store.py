"""The learner's SQLite database: one file, a schema version, numbered upgrades.

Why one file: chats, quiz attempts, spaced-repetition cards and settings belong to the same
learner and are backed up together. Why numbered upgrades: a learner who updates tutor keeps
everything; each upgrade runs once, in order, inside a transaction, and ``PRAGMA user_version``
records how far the file has come.

A corrupt file is never deleted: it is moved aside (``tutor.db.corrupt-<time>``) and a fresh one
is started, with a warning the UI and CLI show. A locked file (another tutor holds it) is left
untouched and the session runs on an in-memory database, again with a warning, so the learner
can still use the tutor and their file is not damaged.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import time
from dataclasses import dataclass, field
from pathlib import Path

from tutor.core import paths

# Each entry upgrades the schema from version i to i + 1. Append; never edit a shipped entry.
MIGRATIONS: list[str] = [
    # 1: conversations and settings (the chat app)
    """
    CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    );
    CREATE TABLE conversations (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        title TEXT NOT NULL DEFAULT '',
        created REAL NOT NULL,
        updated REAL NOT NULL
    );
    CREATE TABLE messages (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
        role TEXT NOT NULL,
        kind TEXT NOT NULL DEFAULT 'text',
        content TEXT NOT NULL,
        payload TEXT,
        created REAL NOT NULL
    );
    CREATE INDEX messages_by_conversation ON messages(conversation_id, id);
    """,
    # 2: quizzes (attempts, spaced-repetition cards, review log, resumable sessions)
    """
    CREATE TABLE quiz_sessions (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        topic TEXT,
        question_ids TEXT NOT NULL,
        position INTEGER NOT NULL DEFAULT 0,
        mode TEXT NOT NULL DEFAULT 'quiz',
        started REAL NOT NULL,
        finished REAL
    );
    CREATE TABLE attempts (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        session_id INTEGER REFERENCES quiz_sessions(id) ON DELETE SET NULL,
        question_id TEXT NOT NULL,
        lesson_id TEXT NOT NULL,
        answer TEXT NOT NULL,
        correct INTEGER NOT NULL,
        score REAL NOT NULL,
        created REAL NOT NULL
    );
    CREATE INDEX attempts_by_question ON attempts(question_id);
    CREATE INDEX attempts_by_lesson ON attempts(lesson_id);
    CREATE TABLE cards (
        question_id TEXT PRIMARY KEY,
        lesson_id TEXT NOT NULL,
        card_json TEXT NOT NULL,
        due REAL NOT NULL
    );
    CREATE INDEX cards_by_due ON cards(due);
    CREATE TABLE review_log (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        question_id TEXT NOT NULL,
        rating INTEGER NOT NULL,
        log_json TEXT NOT NULL,
        created REAL NOT NULL
    );
    """,
    # 3: quiz attempts keep their verdict (correct / partial / wrong) and feedback, so the review
    # of mistakes after a resumed quiz shows exactly what was said at the time
    """
    ALTER TABLE attempts ADD COLUMN verdict TEXT NOT NULL DEFAULT '';
    ALTER TABLE attempts ADD COLUMN feedback TEXT NOT NULL DEFAULT '';
    CREATE INDEX attempts_by_session ON attempts(session_id, id);
    """,
    # 4: learning a lesson in the chat: every section read (an event per reading), the reading
    # position per lesson, every hint shown, and how many hints an answer came after (an answer
    # after a hint is a weaker success for scheduling and mastery)
    """
    CREATE TABLE section_reads (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        lesson_id TEXT NOT NULL,
        section_id TEXT NOT NULL,
        created REAL NOT NULL
    );
    CREATE INDEX section_reads_by_lesson ON section_reads(lesson_id);
    CREATE TABLE reading_positions (
        lesson_id TEXT PRIMARY KEY,
        section INTEGER NOT NULL,
        updated REAL NOT NULL
    );
    CREATE TABLE hint_uses (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        question_id TEXT NOT NULL,
        lesson_id TEXT NOT NULL,
        hint INTEGER NOT NULL,
        created REAL NOT NULL
    );
    CREATE INDEX hint_uses_by_question ON hint_uses(question_id);
    ALTER TABLE attempts ADD COLUMN hints INTEGER NOT NULL DEFAULT 0;
    """,
    # 5: full-text search of past questions and answers (/history WORDS, `tutor history search`):
    # an FTS5 index over messages.content, kept in step by triggers, filled from existing rows
    """
    CREATE VIRTUAL TABLE messages_fts USING fts5(
        content, content='messages', content_rowid='id',
        tokenize='porter unicode61 remove_diacritics 2'
    );
    CREATE TRIGGER messages_fts_insert AFTER INSERT ON messages BEGIN
        INSERT INTO messages_fts(rowid, content) VALUES (new.id, new.content);
    END;
    CREATE TRIGGER messages_fts_delete AFTER DELETE ON messages BEGIN
        INSERT INTO messages_fts(messages_fts, rowid, content) VALUES ('delete', old.id, old.content);
    END;
    CREATE TRIGGER messages_fts_update AFTER UPDATE OF content ON messages BEGIN
        INSERT INTO messages_fts(messages_fts, rowid, content) VALUES ('delete', old.id, old.content);
        INSERT INTO messages_fts(rowid, content) VALUES (new.id, new.content);
    END;
    INSERT INTO messages_fts(messages_fts) VALUES ('rebuild');
    """,
]

SCHEMA_VERSION = len(MIGRATIONS)


class StoreError(RuntimeError):
    """The database file cannot be used as it is; the message says why and what was done."""


@dataclass
class Store:
    """An open database plus what happened while opening it (for the UI to show)."""

    conn: sqlite3.Connection
    path: Path | None
    warnings: list[str] = field(default_factory=list)

    @property
    def persistent(self) -> bool:
        """False when running on a temporary in-memory database (the file was locked)."""
        return self.path is not None

    def close(self) -> None:
        """Checkpoint the write-ahead log into the main file, then close.

        Why: in WAL mode committed rows live in ``tutor.db-wal`` until a checkpoint; a learner
        who copies ``tutor.db`` (the one file the README names) after quitting must get them.
        A checkpoint that cannot run (another tutor is reading) is skipped: the rows are safe
        in the log and the last connection to close folds them in.
        """
        self.checkpoint()
        self.conn.close()

    def checkpoint(self) -> None:
        """Fold the write-ahead log into ``tutor.db`` now (on quit, before workers are gone)."""
        with contextlib.suppress(sqlite3.Error):
            self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def get_setting(self, key: str, default: str | None = None) -> str | None:
        row = self.conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return row[0] if row else default

    def set_setting(self, key: str, value: str) -> None:
        with self.conn:
            self.conn.execute(
                "INSERT INTO settings(key, value) VALUES(?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, value),
            )


def _connect(path: Path | str) -> sqlite3.Connection:
    conn = sqlite3.connect(str(path), timeout=1.0, check_same_thread=False)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


def migrate(conn: sqlite3.Connection) -> int:
    """Bring the schema up to date; returns the version the database now has."""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        raise StoreError(
            f"the database was written by a newer tutor (schema {version}, this one knows "
            f"{SCHEMA_VERSION}); update tutor to use it"
        )
    for number in range(version, SCHEMA_VERSION):
        # executescript commits first, so wrap each upgrade in its own explicit transaction.
        conn.executescript(
            "BEGIN;\n" + MIGRATIONS[number] + f"\nPRAGMA user_version = {number + 1};\nCOMMIT;"
        )
    return SCHEMA_VERSION


def _check(conn: sqlite3.Connection) -> None:
    """Raise sqlite3.DatabaseError if the file is not a healthy SQLite database."""
    result = conn.execute("PRAGMA quick_check").fetchone()[0]
    if result != "ok":
        raise sqlite3.DatabaseError(f"integrity check failed: {result}")


def _is_locked(error: sqlite3.Error) -> bool:
    text = str(error).lower()
    return "locked" in text or "busy" in text


def _create_private(path: Path) -> None:
    """Create a missing database file 0600 (SQLite gives its -wal and -shm the same mode)."""
    with contextlib.suppress(OSError):
        os.close(os.open(path, os.O_RDWR | os.O_CREAT, 0o600))


def _memory_store(warning: str) -> Store:
    conn = _connect(":memory:")
    migrate(conn)
    return Store(conn=conn, path=None, warnings=[warning])


def open_store(path: Path | None = None) -> Store:
    """Open (creating or upgrading) the database. Never raises for a bad file; see module doc."""
    path = Path(path) if path is not None else paths.db_path()
    paths.private_dir(path.parent)
    _create_private(path)
    try:
        conn = _connect(path)
        _check(conn)
        migrate(conn)
        conn.execute("PRAGMA journal_mode = WAL")
        return Store(conn=conn, path=path)
    except StoreError as error:
        return _memory_store(f"Database not opened: {error}. Running without saving this session.")
    except sqlite3.Error as error:
        with contextlib.suppress(Exception):  # the connection may never have opened
            conn.close()
        if _is_locked(error):
            return _memory_store(
                f"The database {path} is in use by another program (locked). This session "
                "runs without saving; close the other tutor and restart to keep your work."
            )
        stamp = time.strftime("%Y%m%d-%H%M%S")
        aside = path.with_name(f"{path.name}.corrupt-{stamp}")
        path.replace(aside)
        for suffix in ("-wal", "-shm"):
            sidecar = path.with_name(path.name + suffix)
            if sidecar.exists():
                sidecar.replace(aside.with_name(aside.name + suffix))
        _create_private(path)
        conn = _connect(path)
        migrate(conn)
        conn.execute("PRAGMA journal_mode = WAL")
        return Store(
            conn=conn,
            path=path,
            warnings=[
                f"The database could not be read ({error}). It was kept as {aside.name} "
                "and a fresh one was started."
            ],
        )
