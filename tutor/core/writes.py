"""Writes that are never lost to another tutor's lock: one mechanism for every module that writes.

Why: two tutors may share a data folder (the chat and ``tutor quiz`` in two terminals). SQLite lets
one writer at a time; without care, the other one's write fails with "database is locked" (a
crashed ``tutor quiz``, a question the chat answered but never saved). Here a write is a function
run in its own ``BEGIN IMMEDIATE`` transaction, with SQLite's busy timeout and a retry; one that
still cannot land is kept in memory, in order, and written when the lock frees, and the learner is
told once, plainly. ``tutor.core.store`` opens databases with this connection class.
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
import time
from collections.abc import Callable
from typing import Any

# How long SQLite's busy handler waits for another tutor's write lock before a write is retried,
# and how many more tries follow. Short enough that the chat never freezes for long; a write that
# still cannot land is kept (see Connection) rather than lost.
BUSY_WAIT = 1.0
RETRIES = 1

Change = Callable[[sqlite3.Connection], Any]

KEPT_NOTICE = (
    "Another tutor is holding your database ({where}); your last answer is kept and will be "
    "saved when it is free."
)
SAVED_NOTICE = "Your database is free again: everything kept has been saved."


def is_locked(error: sqlite3.Error) -> bool:
    """True for "database is locked" / "busy": another connection holds the lock."""
    code = getattr(error, "sqlite_errorcode", None)
    if code is not None and code & 0xFF in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
        return True
    text = str(error).lower()
    return "locked" in text or "busy" in text


class Connection(sqlite3.Connection):
    """A connection that never drops a write because another tutor holds the lock.

    Why on the connection: every module that writes (chats, quiz sessions, cards) already holds
    it, so the one mechanism serves them all without threading a second object through. A write
    (``write``) is a function run inside ``BEGIN IMMEDIATE``; one that cannot get the lock after
    the busy wait and retries stays in ``kept``, in order, and runs before the next write, on
    ``flush`` (the chat's timer) and on ``Store.close``. A row created by a kept write gets a
    negative placeholder id; ``resolve`` maps it to the real id once the row exists, so later
    kept writes (an answer in a kept quiz session) file under the right row.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.kept: list[Change] = []
        self.ids: dict[int, int] = {}
        self.where = "tutor.db"
        self.notify: Callable[[str], None] | None = None
        self.notices: list[str] = []  # said while nobody was listening
        self._placeholders = 0
        self._told = False
        self._write_lock = threading.RLock()

    # -- ids of rows that may not exist yet ------------------------------------------------
    def placeholder(self) -> int:
        with self._write_lock:
            self._placeholders -= 1
            return self._placeholders

    def bind(self, placeholder: int, real: int) -> None:
        self.ids[placeholder] = real

    def resolve(self, key: int) -> int:
        return self.ids.get(key, key)

    # -- writes -----------------------------------------------------------------------------
    def write(self, change: Change) -> bool:
        """Run ``change`` in its own transaction; True if it landed, False if it is kept."""
        with self._write_lock:
            stalled = bool(self.kept)  # the lock was already held: do not make the learner wait again
            self.kept.append(change)
            return self.flush(0.0 if stalled else BUSY_WAIT, 0 if stalled else RETRIES)

    def flush(self, wait: float = 0.0, retries: int = 0) -> bool:
        """Write everything kept, oldest first; True when nothing is left kept."""
        with self._write_lock:
            if not self.kept:
                return True
            self._busy_timeout(wait)
            try:
                while self.kept:
                    if not self._land(self.kept[0], retries):
                        self._say_once()
                        return False
                    self.kept.pop(0)
            finally:
                self._busy_timeout(BUSY_WAIT)
            if self._told:
                self._told = False
                self._say(SAVED_NOTICE)
            return True

    def _land(self, change: Change, retries: int) -> bool:
        for attempt in range(retries + 1):
            try:
                if self.in_transaction:  # a stray implicit transaction would make BEGIN fail
                    self.commit()
                self.execute("BEGIN IMMEDIATE")
            except sqlite3.OperationalError as error:
                if not is_locked(error):
                    self.kept.pop(0)
                    raise
                if attempt < retries:
                    time.sleep(0.05 * (attempt + 1))
                continue
            try:
                change(self)
                self.commit()
            except sqlite3.OperationalError as error:
                self.rollback()
                if not is_locked(error):
                    self.kept.pop(0)
                    raise
                # A lock met mid-change or at commit (a database not in WAL mode needs one more
                # lock to commit): the change is undone whole and tried again or kept.
                if attempt < retries:
                    time.sleep(0.05 * (attempt + 1))
                continue
            except BaseException:
                self.rollback()
                self.kept.pop(0)  # a broken change must not block the ones behind it
                raise
            return True
        return False

    def _busy_timeout(self, seconds: float) -> None:
        with contextlib.suppress(sqlite3.Error):
            self.execute(f"PRAGMA busy_timeout = {int(seconds * 1000)}")

    def _say_once(self) -> None:
        if not self._told:
            self._told = True
            self._say(KEPT_NOTICE.format(where=self.where))

    def _say(self, text: str) -> None:
        if self.notify is None:
            self.notices.append(text)
            return
        with contextlib.suppress(Exception):  # a notice must never break a write
            self.notify(text)


def write(conn: sqlite3.Connection, change: Change) -> bool:
    """Run one change in a transaction (kept for later if another tutor holds the lock)."""
    if isinstance(conn, Connection):
        return conn.write(change)
    with conn:
        change(conn)
    return True


def insert(conn: sqlite3.Connection, change: Callable[[sqlite3.Connection], int]) -> int:
    """Run a change that creates a row and return its id (a placeholder while it is kept)."""
    if not isinstance(conn, Connection):
        with conn:
            return int(change(conn))
    key = conn.placeholder()
    conn.write(lambda c: conn.bind(key, int(change(c))))
    return conn.resolve(key)


def resolve(conn: sqlite3.Connection, key: int) -> int:
    """The real id for ``key`` (which may be a placeholder handed out by ``insert``)."""
    return conn.resolve(key) if isinstance(conn, Connection) else key
