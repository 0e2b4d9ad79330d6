"""Backing up and restoring the learner's database as one self-contained file.

Why SQLite's online backup API rather than copying ``tutor.db``: committed rows may still be in
``tutor.db-wal`` (a copy of the main file alone would miss them), and another tutor may be writing
at the same moment; the backup API copies a consistent snapshot page by page either way. The copy
is switched out of WAL mode, so the backup is one file that opens anywhere, and it is 0600 like
the database itself.

Restore never deletes anything: the backup is checked first (a real SQLite file, healthy, with a
tutor schema this version knows), the current database is kept beside it as
``tutor.db.before-restore-<time>``, and the new file is put in place with one rename. It refuses
while another tutor has the database open (its next write would land in the file set aside).
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from tutor.core import journal as journals
from tutor.core import paths
from tutor.core.store import SCHEMA_VERSION, migrate
from tutor.core.writes import BUSY_WAIT, is_locked

# Tables every tutor database has had since schema 2; a file without them is something else.
REQUIRED_TABLES = {"settings", "conversations", "messages", "quiz_sessions", "attempts", "cards"}


class BackupError(RuntimeError):
    """The backup or restore cannot be done; the message says why and what to do."""


@dataclass(frozen=True)
class Summary:
    """What a database holds, for the one line each command prints."""

    conversations: int
    answers: int
    schema: int
    size: int  # bytes

    def describe(self) -> str:
        return (f"{self.conversations} conversation{'s' if self.conversations != 1 else ''}, "
                f"{self.answers} quiz answer{'s' if self.answers != 1 else ''}, "
                f"{max(1, round(self.size / 1024))} KB")


def _read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{quote(str(path))}?mode=ro", uri=True, timeout=BUSY_WAIT)


def summarise(conn: sqlite3.Connection, size: int) -> Summary:
    def count(sql: str) -> int:
        return int(conn.execute(sql).fetchone()[0])

    return Summary(
        conversations=count("SELECT COUNT(*) FROM conversations"),
        answers=count("SELECT COUNT(*) FROM attempts"),
        schema=count("PRAGMA user_version"),
        size=size,
    )


def check_backup(path: Path) -> Summary:
    """Raise BackupError unless ``path`` is a healthy tutor database this tutor can use."""
    if not path.exists():
        raise BackupError(f"{path} does not exist.")
    if not path.is_file():
        raise BackupError(f"{path} is not a file.")
    if not os.access(path, os.R_OK):
        raise BackupError(f"{path} cannot be read (permission denied). Fix: chmod u+r {path}")
    if path.stat().st_size == 0:
        raise BackupError(f"{path} is empty (0 bytes): it is not a tutor backup.")
    try:
        conn = _read_only(path)
        try:
            result = conn.execute("PRAGMA quick_check").fetchone()[0]
            if result != "ok":
                raise BackupError(f"{path} is damaged ({result}); it cannot be restored.")
            tables = {row[0] for row in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'")}
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
            if REQUIRED_TABLES - tables or version < 2:
                raise BackupError(f"{path} is an SQLite file but not a tutor database.")
            if version > SCHEMA_VERSION:
                raise BackupError(
                    f"{path} was written by a newer tutor (schema {version}; this one knows "
                    f"{SCHEMA_VERSION}). Update tutor, then restore it.")
            return summarise(conn, path.stat().st_size)
        finally:
            conn.close()
    except sqlite3.DatabaseError as error:
        raise BackupError(f"{path} is not a tutor database ({error}).") from None


def _fresh_private(path: Path) -> None:
    """Create ``path`` empty and 0600, refusing to replace anything already there."""
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))


def _copy_into(source: sqlite3.Connection, target: Path) -> None:
    """Copy ``source`` into the new file ``target`` as one self-contained file (no WAL)."""
    dest = sqlite3.connect(str(target))
    try:
        source.backup(dest)
        dest.execute("PRAGMA journal_mode = DELETE")  # the header no longer asks for a -wal
        dest.commit()
    finally:
        dest.close()



def _snapshot(source: Path, target: Path) -> None:
    """Copy the database ``source`` (opened read-only) into a new private file ``target`` with
    SQLite's backup API: the one copying step that backup and restore share."""
    _fresh_private(target)
    origin = _read_only(source)
    try:
        _copy_into(origin, target)
    finally:
        origin.close()

def backup(destination: Path, db: Path | None = None) -> tuple[Path, Summary]:
    """Write a backup of the database to ``destination`` (a new file, or into a folder)."""
    db = Path(db) if db is not None else paths.data_location() / "tutor.db"
    if not db.exists() or db.stat().st_size == 0:
        raise BackupError(f"There is nothing to back up yet: no database at {db}.")
    destination = destination.expanduser()
    if destination.is_dir():
        destination = destination / f"tutor-backup-{time.strftime('%Y%m%d-%H%M%S')}.db"
    if destination.exists():
        raise BackupError(f"{destination} already exists; choose a new name (nothing was written).")
    if not destination.parent.is_dir():
        raise BackupError(f"The folder {destination.parent} does not exist.")
    partial = destination.with_name(f".{destination.name}.partial-{os.getpid()}")
    try:
        _snapshot(db, partial)
        try:
            summary = check_backup(partial)
        except BackupError as error:  # say it of the database, not of the hidden copy
            raise BackupError(f"The database {db}{str(error).removeprefix(str(partial))}") from None
        os.replace(partial, destination)  # a half-written backup never carries the real name
    except OSError as error:
        raise BackupError(f"Could not write {destination}: {error.strerror or error}") from None
    except sqlite3.Error as error:
        raise BackupError(f"Could not read the database {db}: {error}") from None
    finally:
        with contextlib.suppress(OSError):
            partial.unlink()
    return destination, summary


def in_use(db: Path) -> bool:
    """True when another tutor has ``db`` open (it holds a shared lock while it is open)."""
    if not db.exists():
        return False
    probe = sqlite3.connect(str(db), timeout=0.2, isolation_level=None)
    try:
        probe.execute("PRAGMA locking_mode = EXCLUSIVE")
        probe.execute("BEGIN EXCLUSIVE")
        probe.execute("COMMIT")
        return False
    except sqlite3.OperationalError as error:
        if is_locked(error):
            return True
        raise  # not a lock (say, permissions): the caller keeps the file aside like any other
    finally:
        probe.close()


def restore(source: Path, db: Path | None = None) -> tuple[Summary, Path | None]:
    """Put the backup ``source`` in place of the database; returns what it holds and where the
    previous database was kept (None when there was none)."""
    db = Path(db) if db is not None else paths.db_path()
    source = source.expanduser()
    check_backup(source)  # refuses before anything is touched
    if source.resolve() == db.resolve():
        raise BackupError(f"{source} is the live database itself; restore from a backup file.")
    try:
        if in_use(db):
            raise BackupError(f"Another tutor has {db} open. Close every tutor (chat and "
                              "terminal quiz), then run tutor restore again.")
    except sqlite3.Error:
        pass  # an unreadable current file is kept aside below like any other
    staged = db.with_name(f".{db.name}.restoring-{os.getpid()}")
    try:
        _snapshot(source, staged)
        conn = sqlite3.connect(str(staged))
        try:
            migrate(conn)  # an older backup is brought up to this tutor's schema
            conn.execute("PRAGMA journal_mode = WAL")
            summary = summarise(conn, staged.stat().st_size)
        finally:
            conn.close()
        kept = None
        if db.exists():
            kept = db.with_name(f"{db.name}.before-restore-{time.strftime('%Y%m%d-%H%M%S')}")
            os.replace(db, kept)
            for suffix in ("-wal", "-shm"):
                sidecar = db.with_name(db.name + suffix)
                if sidecar.exists():
                    os.replace(sidecar, kept.with_name(kept.name + suffix))
            # Changes a killed tutor kept for a lock belong to the database they were made on
            # (their ids point into it): they go aside with it, never into the backup.
            for journal in db.parent.glob(journals.pattern(db)):
                os.replace(journal, kept.with_name(
                    kept.name + journal.name[len(db.name):]))
        os.replace(staged, db)
    except OSError as error:
        raise BackupError(f"Could not restore into {db}: {error.strerror or error} "
                          "(the current database was left as it was).") from None
    except sqlite3.Error as error:
        raise BackupError(f"Could not restore from {source}: {error}") from None
    finally:
        with contextlib.suppress(OSError):
            staged.unlink()
    return summary, kept
