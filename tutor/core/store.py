"""The learner's SQLite database: one file, a schema version, numbered upgrades.

Why one file: chats, quiz attempts, spaced-repetition cards and settings belong to the same
learner and are backed up together. Why numbered upgrades: a learner who updates tutor keeps
everything; each upgrade runs once, in order, inside a transaction, and ``PRAGMA user_version``
records how far the file has come.

Damage and the wrong permissions are told apart (``open_store``), because the right answer differs:

- really corrupt (SQLite says "not a database" / "malformed"): never deleted, moved aside as
  ``tutor.db.corrupt-<time>`` and a fresh one started, with a warning;
- not readable or not writable for lack of permission, or a read-only data folder: the file is
  left exactly as it is, the session runs on an in-memory copy (progress can still be read) and
  the warning names the file and the fix (``chmod u+rw ...``); ``Store.readable`` tells a CLI
  that only reports progress that it has nothing true to report;
- locked by another tutor: opened normally when reads still work (WAL lets readers in); only a
  file that cannot even be read runs in memory.

Writes go through ``write`` (``tutor.core.writes``) on a connection of their own: a write that
cannot land at once (another tutor holds the write lock) is kept, in order, in memory and in a
journal file beside the database, and a background thread writes it when the lock frees, with
one plain notice to the learner. Opening the database replays what a tutor killed meanwhile left
in its journal (``Connection.attach``).
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from tutor.core import paths
from tutor.core.writes import (
    BUSY_WAIT,
    RETRY_EVERY,
    Change,
    Connection,
    durable,
    insert,
    is_locked,
    resolve,
    write,
)

# Re-exported: callers know the store; the write path lives in tutor.core.writes.
__all__ = ["BUSY_WAIT", "RETRY_EVERY", "Connection", "Store", "StoreError", "insert", "is_locked",
           "open_store", "resolve", "write"]

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
    # 6: a quiz session belongs to the window (process) that started it, so a second tutor on
    # the same data folder never finishes or takes over a quiz another live window is running
    """
    ALTER TABLE quiz_sessions ADD COLUMN owner TEXT;
    """,
    # 7: demo runs are kept (/demo lists them, /demo rerun N repeats one exactly): the options,
    # seed, preset and knob schedule a run started from, its final metrics, whether it finished
    # or was stopped, when, for how long, and which face ran it; a comparison's runs share a group
    """
    CREATE TABLE demo_runs (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        demo TEXT NOT NULL,
        options TEXT NOT NULL,
        changed TEXT NOT NULL DEFAULT '{}',
        seed INTEGER NOT NULL,
        preset TEXT NOT NULL DEFAULT '',
        schedule TEXT NOT NULL DEFAULT '[]',
        compare_group TEXT,
        compared TEXT NOT NULL DEFAULT '',
        metrics TEXT NOT NULL DEFAULT '{}',
        key_metric TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL,
        started REAL NOT NULL,
        finished REAL NOT NULL,
        seconds REAL NOT NULL,
        face TEXT NOT NULL,
        rerun_of INTEGER
    );
    CREATE INDEX demo_runs_by_time ON demo_runs(finished, id);
    """,
]

SCHEMA_VERSION = len(MIGRATIONS)

# On close, how long kept writes may wait for the lock to free before the learner is told.
CLOSE_WAIT = 5.0

class StoreError(RuntimeError):
    """The database file cannot be used as it is; the message says why and what was done."""


def _is_corrupt(error: sqlite3.Error) -> bool:
    """True only when SQLite says the bytes themselves are bad (never for permissions)."""
    code = getattr(error, "sqlite_errorcode", None)
    if code is not None and code & 0xFF in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB):
        return True
    text = str(error).lower()
    return "not a database" in text or "malformed" in text or "integrity check failed" in text


@dataclass
class Store:
    """An open database plus what happened while opening it (for the UI to show).

    ``readable`` is False when the learner's file exists but could not be read (permissions):
    the session then runs on an empty in-memory database, and anything that would report
    progress from it must say so instead of "No answers yet".
    """

    conn: sqlite3.Connection
    path: Path | None
    warnings: list[str] = field(default_factory=list)
    readable: bool = True

    @property
    def persistent(self) -> bool:
        """False when running on a temporary in-memory database (nothing is saved)."""
        return self.path is not None

    @property
    def kept(self) -> int:
        """Writes waiting for another tutor to free the lock."""
        return len(getattr(self.conn, "kept", ()))

    def listen(self, notify: Callable[[str], None]) -> None:
        """Say write notices (kept / saved again) through ``notify``; earlier ones are said now.

        ``notify`` may be called from the store's retry thread.
        """
        if isinstance(self.conn, Connection):
            self.conn.notify = notify
            waiting, self.conn.notices = self.conn.notices, []
            for text in waiting:
                notify(text)

    def flush(self, wait: float = 0.0) -> bool:
        """Try the kept writes again now, waiting up to ``wait`` for the lock (blocks: not for
        the UI thread except when quitting; the retry thread does this on its own)."""
        if not isinstance(self.conn, Connection) or not self.conn.kept:
            return True
        try:
            return self.conn.flush(wait)
        except sqlite3.Error:
            return False

    def write(self, change: Change) -> bool:
        return write(self.conn, change)

    def close(self) -> None:
        """Save what is kept, checkpoint the write-ahead log into the main file, then close.

        Why the checkpoint: in WAL mode committed rows live in ``tutor.db-wal`` until a
        checkpoint; a learner who copies ``tutor.db`` (the one file the README names) after
        quitting must get them. A checkpoint that cannot run (another tutor is reading) is
        skipped: the rows are safe in the log and the last connection to close folds them in.
        """
        if isinstance(self.conn, Connection):
            left = self.conn.finish(CLOSE_WAIT)
            if left:
                self.conn._say(unsaved_notice(left, self.conn.where))
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
        self.write(save_setting(key=key, value=value))


@durable
def save_setting(conn: sqlite3.Connection, key: str, value: str) -> None:
    conn.execute(
        "INSERT INTO settings(key, value) VALUES(?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (key, value),
    )


def unsaved_notice(left: list, where: str) -> str:
    """What to say when a tutor stops with writes still kept (the lock never freed)."""
    count = len(left)
    noun = f"{count} change{'s' if count != 1 else ''}"
    journaled = sum(1 for pending in left if pending.journal is not None)
    if journaled == count:
        return (f"{noun} could not be saved yet: another tutor held {where} the whole time. "
                "They are kept safe beside it and will be saved the next time tutor starts.")
    return (f"{noun} could not be saved: another tutor held {where} the whole time"
            f"{f' ({journaled} of them are kept beside it for the next start)' if journaled else ''}."
            " Close the other tutor sooner next time.")


def _connect(path: Path | str, uri: bool = False) -> Connection:
    conn = sqlite3.connect(str(path), timeout=BUSY_WAIT, check_same_thread=False,
                           factory=Connection, uri=uri)
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


def _create_private(path: Path) -> None:
    """Create a missing database file 0600 (SQLite gives its -wal and -shm the same mode)."""
    with contextlib.suppress(OSError):
        os.close(os.open(path, os.O_RDWR | os.O_CREAT, 0o600))


def _memory_store(warning: str, readable: bool = True) -> Store:
    conn = _connect(":memory:")
    migrate(conn)
    return Store(conn=conn, path=None, warnings=[warning], readable=readable)


def read_only_copy(path: Path) -> sqlite3.Connection:
    """An in-memory copy of ``path``, read without writing anything next to it.

    ``immutable=1`` when the log is empty: it creates no -shm/-wal beside a file the learner
    cannot write (a read-only -shm left there would trouble the next writable open). ``mode=ro``
    when rows are still in the -wal log, which only it reads.
    """
    from urllib.parse import quote

    copy = _connect(":memory:")
    last: sqlite3.Error | None = None
    flags_to_try = ["mode=ro&immutable=1", "mode=ro"]
    wal = path.with_name(path.name + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        flags_to_try.reverse()  # rows still in the log: only a real read-only open sees them
    for flags in flags_to_try:
        try:
            source = sqlite3.connect(f"file:{quote(str(path))}?{flags}", uri=True, timeout=BUSY_WAIT)
            try:
                _check(source)
                source.backup(copy)
            finally:
                source.close()
            return copy
        except sqlite3.Error as error:
            last = error
    copy.close()
    assert last is not None
    raise last


def _copy_store(path: Path, warning: str, readable: bool) -> Store:
    """Run on an in-memory copy of what can be read, leaving the learner's file untouched."""
    if readable and _exists(path):
        try:
            conn = read_only_copy(path)
            migrate(conn)
            return Store(conn=conn, path=None, warnings=[warning])
        except (sqlite3.Error, StoreError, OSError):
            readable = False
    return _memory_store(warning, readable=readable or not _exists(path))


def _exists(path: Path) -> bool:
    """``path.exists()`` that answers False instead of raising when a parent is not searchable."""
    try:
        return path.exists()
    except OSError:
        return False


def _access_problem(path: Path) -> tuple[str, bool] | None:
    """Why ``path`` cannot be used as the live database for lack of permission, or None.

    Returns the warning and whether the file can still be read. Asked before SQLite, which
    reports a permission problem as a vague "unable to open" (or silently opens read-only).
    """
    folder = path.parent
    fix_file = f"Fix: chmod u+rw {path}"
    exists = _exists(path)
    if exists and not os.access(path, os.R_OK):
        return (f"The database {path} cannot be read (permission denied), so your progress "
                f"cannot be shown and nothing will be saved this session. {fix_file}", False)
    if exists and not os.access(path, os.W_OK):
        return (f"The database {path} is read-only (permission denied for writing): you can "
                f"use the tutor and read your progress, but nothing will be saved this session. "
                f"{fix_file}", True)
    if not os.access(folder, os.W_OK | os.X_OK):
        return (f"The data folder {folder} is read-only: answers, demos and generation work, "
                "but nothing will be saved this session. Fix: chmod u+rwx "
                f"{folder} (or point TUTOR_HOME at a folder you can write).", True)
    return None


def _data_path(path: Path | None) -> Path:
    """The database path, creating its private folder (raises OSError when that is impossible)."""
    if path is None:
        return paths.db_path()
    path = Path(path)
    paths.private_dir(path.parent)
    return path


def open_store(path: Path | None = None) -> Store:
    """Open (creating or upgrading) the database. Never raises for a bad file; see module doc."""
    try:
        path = _data_path(path)
    except OSError as error:
        folder = Path(path).parent if path is not None else paths.data_location()
        reason = error.strerror or str(error)
        return _memory_store(
            f"The data folder {folder} cannot be created ({reason}): answers, demos and "
            "generation work, but nothing will be saved this session. Fix: point TUTOR_HOME at a "
            f"folder you can write, or make {folder.parent} writable (chmod u+rwx).",
            readable=not _exists(folder),
        )
    problem = _access_problem(path)
    if problem is not None:
        return _copy_store(path, *problem)
    try:
        empty = path.stat().st_size == 0 and not path.with_name(path.name + "-wal").exists()
    except OSError:
        empty = False  # a new file: nothing to say
    _create_private(path)
    conn: Connection | None = None
    try:
        conn = _connect(path)
        _check(conn)
        migrate(conn)
        conn.execute("PRAGMA journal_mode = WAL")
    except StoreError as error:
        return _memory_store(f"Database not opened: {error}. Running without saving this session.")
    except sqlite3.Error as error:
        if conn is not None:
            with contextlib.suppress(Exception):
                conn.close()
        if is_locked(error):
            return _memory_store(
                f"The database {path} is in use by another program (locked). This session "
                "runs without saving; close the other tutor and restart to keep your work."
            )
        if _is_corrupt(error):
            return _set_aside(path, error)
        # Not damage: a permission or I/O problem SQLite found itself. Leave the file alone.
        return _copy_store(
            path,
            f"The database {path} could not be opened for writing ({error}); it was left as it "
            f"is and nothing will be saved this session. Fix: chmod u+rw {path} (and check "
            "that the disk is not full or read-only).",
            True,
        )
    store = Store(conn=conn, path=path)
    store.warnings += _attach(conn, path)
    if empty:
        store.warnings.append(
            f"The database {path} was empty (0 bytes), so there was nothing to load and a fresh "
            "one was started in it. If you expected saved work, restore a backup with "
            "`tutor restore FILE`."
        )
    return store


def _set_aside(path: Path, error: sqlite3.Error) -> Store:
    """A really corrupt file: keep it as ``tutor.db.corrupt-<time>`` and start a fresh one."""
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
            "and a fresh one was started.", *_attach(conn, path),
        ],
    )


def _attach(conn: Connection, path: Path) -> list[str]:
    """Give the store its writing connection and replay kept writes earlier tutors left."""
    try:
        return conn.attach(path)
    except (sqlite3.Error, OSError) as error:
        # Writes still work on the readers' connection; only the journal replay is missing.
        return [f"Changes kept by an earlier tutor could not be replayed now ({error}); they "
                "stay beside the database for the next start."]
