"""Writes that are never lost to another tutor's lock: one mechanism for every module that writes.

Why: two tutors may share a data folder (the chat and ``tutor quiz`` in two terminals). SQLite lets
one writer at a time; without care, the other one's write fails with "database is locked" (a
crashed ``tutor quiz``, a question the chat answered but never saved). Here a write is a change
(a function of a connection) run in its own ``BEGIN IMMEDIATE`` transaction.

How a write goes, and why:

- the caller's own attempt never waits for a lock (busy timeout 0): the chat calls this on its
  event loop, and a screen frozen for seconds by another tutor is a fault of its own;
- a write that cannot land at once is kept, in order, and a background thread retries it with
  SQLite's busy wait (the learner is told once, after that wait, and again when it is saved);
  later writes queue behind it, so the order of everything the learner did is kept;
- a kept change made with ``@durable`` (every change the tutor makes) is also written to an
  fsync'd journal next to the database (``tutor.core.journal``), so a tutor killed while the lock
  is held loses nothing: the next tutor to open the database replays it, exactly once;
- all writing happens on a second connection of its own (``_Writer``) under one lock. Why not the
  readers' connection: a read on the UI thread would then wait while the retry thread sits in a
  busy wait, and could see a change half-made inside the other thread's open transaction. With
  two connections a read sees only committed changes, never blocks on a lock (WAL), and the
  connections are never used by two threads in one transaction. The readers' connection is
  still shared by the UI thread and its workers (``check_same_thread=False``): that is safe
  because it only reads, outside any transaction (an in-memory store, which has no second
  connection, writes on it under the same lock as the writer), and SQLite here is serialized
  (``sqlite3.threadsafety == 3``), so each call is whole.

A row created by a kept write gets a negative placeholder id (random per process, so journals of
several tutors never clash); ``resolve`` maps it to the real id once the row exists, so later
kept writes (an answer in a kept quiz session) file under the right row.
"""

from __future__ import annotations

import contextlib
import functools
import importlib
import logging
import secrets
import sqlite3
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tutor.core import journal as journals

log = logging.getLogger(__name__)

# How long the retry thread's busy handler waits for another tutor's write lock, and how many
# more tries follow, before the learner is told the write is kept.
BUSY_WAIT = 1.0
RETRIES = 1
# The caller's own attempt (often the UI thread): never wait for a lock, hand the write over.
FIRST_WAIT = 0.0
# Seconds between retries of kept writes when no new write comes.
RETRY_EVERY = 3.0

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


# -- changes that can be written down ------------------------------------------------------------
class Durable:
    """A change named by its registered function and JSON-able arguments (see ``durable``)."""

    __slots__ = ("args", "op", "run")

    def __init__(self, op: str, args: dict[str, Any], run: Callable[..., Any]) -> None:
        self.op, self.args, self.run = op, args, run

    def __call__(self, conn: sqlite3.Connection) -> Any:
        return self.run(conn, **self.args)


def durable(function: Callable[..., Any]) -> Callable[..., Durable]:
    """Make ``function(conn, **args)`` a change the journal can store: calling the result with
    keyword arguments gives a ``Durable`` to pass to ``write`` / ``insert``.

    Why a name and arguments rather than a closure: a closure cannot outlive its process, a name
    can be looked up again by the next tutor (``lookup``). Arguments must survive JSON (lists
    come back for tuples) and ids in them are resolved by the function when it runs.
    """
    op = f"{function.__module__}:{function.__qualname__}"

    @functools.wraps(function)
    def make(**args: Any) -> Durable:
        return Durable(op, args, function)

    make.durable_op = op  # type: ignore[attr-defined]
    make.run = function  # type: ignore[attr-defined]
    return make


def lookup(op: str) -> Callable[..., Any] | None:
    """The function a journal record names; None unless it is a registered tutor change."""
    module, _, name = op.partition(":")
    if not (module == "tutor" or module.startswith("tutor.")) or not name:
        return None
    try:
        found: Any = importlib.import_module(module)
    except ImportError:
        return None
    for part in name.split("."):
        found = getattr(found, part, None)
    if getattr(found, "durable_op", None) != op:
        return None
    return found.run


@dataclass
class Pending:
    """One write not landed yet; ``journal``/``seq`` say where it is on disk (if anywhere)."""

    change: Change
    key: int | None = None  # the placeholder id of the row it creates
    journal: journals.Journal | None = None
    seq: int = 0
    adopted: bool = False  # replayed from another (gone) tutor's journal


class _Writer(sqlite3.Connection):
    """The connection every change runs on; resolves placeholder ids through its owner."""

    owner: Connection

    def resolve(self, key: int) -> int:
        return self.owner.resolve(key)


class Connection(sqlite3.Connection):
    """The readers' connection of a store, owning the write path (see the module doc).

    Why on the connection: every module that writes (chats, quiz sessions, cards) already holds
    it, so the one mechanism serves them all without threading a second object through.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.kept: list[Pending] = []
        self.ids: dict[int, int] = {}
        self.where = "tutor.db"
        self.notify: Callable[[str], None] | None = None
        self.notices: list[str] = []  # said while nobody was listening
        self.journals: list[journals.Journal] = []  # held by this process, oldest first
        self._journal: journals.Journal | None = None  # where new kept writes are written down
        self._db: Path | None = None
        self._placeholders = -((secrets.randbits(32) + 1) << 20)
        self._told = False
        self._queue = threading.RLock()  # guards kept, journals, placeholders
        self._writing = threading.Lock()  # guards the writer connection
        self._writer: sqlite3.Connection = self  # an in-memory database has no second connection
        self._wake = threading.Event()
        self._thread: threading.Thread | None = None
        self._closing = False

    # -- the second connection and what earlier tutors left ----------------------------------
    def attach(self, db: Path) -> list[str]:
        """Write through a connection of its own to ``db`` and replay journals left by tutors
        that stopped with writes kept; returns what the learner should be told."""
        writer = sqlite3.connect(str(db), timeout=BUSY_WAIT, check_same_thread=False,
                                 isolation_level=None, factory=_Writer)
        writer.owner = self
        writer.row_factory = sqlite3.Row
        writer.execute("PRAGMA foreign_keys = ON")
        self._writer, self._db, self.where = writer, db, str(db)
        return self._adopt()

    def _adopt(self) -> list[str]:
        assert self._db is not None
        said: list[str] = []
        try:
            found = sorted(self._db.parent.glob(journals.pattern(self._db)),
                           key=lambda p: p.stat().st_mtime)
        except OSError:
            found = []
        adopted = 0
        for path in found:
            claimed = journals.Journal.claim(path)
            if claimed is None:
                continue  # its tutor still runs (it saves its own), or another tutor took it
            try:
                records, problems = claimed.read()
            except OSError as error:
                claimed.release()
                said.append(f"Kept changes in {path} could not be read ({error}).")
                continue
            said += problems
            claimed.landed, claimed.ids = journals.read_marker(self._marker(claimed))
            self.ids.update(claimed.ids)
            for record in records:
                if record.seq <= claimed.landed:
                    continue  # landed before that tutor could remove its journal
                run = lookup(record.op)
                if run is None:
                    said.append(f"A kept change in {path.name} ({record.op}) is not one this "
                                "tutor knows; it was skipped.")
                    continue
                self.kept.append(Pending(Durable(record.op, record.args, run), record.key,
                                         claimed, record.seq, adopted=True))
                adopted += 1
            self.journals.append(claimed)
            if not any(p.journal is claimed for p in self.kept):
                with self._writing:
                    self._finished(claimed)  # nothing left in it: remove it now
        self._sweep_markers()
        if adopted:
            if self.flush():
                said.append(f"Saved {adopted} change{'s' if adopted != 1 else ''} that an "
                            "earlier tutor kept but could not save before it stopped.")
            else:
                self._start()
        return said

    def _marker(self, journal: journals.Journal) -> str | None:
        row = self.execute("SELECT value FROM settings WHERE key = ?", (journal.marker,)).fetchone()
        return row[0] if row else None

    def _sweep_markers(self) -> None:
        """Forget markers of journals that are gone (their tutor stopped before it could)."""
        assert self._db is not None
        rows = self.execute("SELECT key FROM settings WHERE key LIKE ?",
                            (journals.MARKER + "%",)).fetchall()
        held = {journal.marker for journal in self.journals}
        stale = [row[0] for row in rows if row[0] not in held and not self._db.with_name(
            f"{self._db.name}-kept-{row[0][len(journals.MARKER):]}{journals.SUFFIX}").exists()]
        if stale and self._writing.acquire(blocking=False):
            try:
                self._quietly(lambda c: c.executemany("DELETE FROM settings WHERE key = ?",
                                                      [(key,) for key in stale]))
            finally:
                self._writing.release()

    # -- ids of rows that may not exist yet ----------------------------------------------------
    def placeholder(self) -> int:
        with self._queue:
            self._placeholders -= 1
            return self._placeholders

    def bind(self, placeholder: int, real: int) -> None:
        self.ids[placeholder] = real

    def resolve(self, key: int) -> int:
        return self.ids.get(key, key)

    # -- writes -----------------------------------------------------------------------------
    def write(self, change: Change, key: int | None = None) -> bool:
        """Run ``change`` in its own transaction; True if it landed now, False if it is kept.

        Never waits for another tutor's lock. A change that fails for any other reason raises
        here (nothing is kept), as a plain write would.
        """
        item = Pending(change, key)
        with self._queue:
            if not self.kept and not self._closing and self._writing.acquire(blocking=False):
                try:
                    if self._land(item, FIRST_WAIT, 0):
                        return True
                finally:
                    self._writing.release()
            self._keep(item)
        self._start()
        return False

    def _keep(self, item: Pending) -> None:
        """Queue ``item`` behind the others and, when it can be, write it down first."""
        change = item.change
        if isinstance(change, Durable) and self._db is not None:
            if self._journal is None:
                self._journal = journals.Journal.create(self._db)
                if self._journal is not None:
                    self.journals.append(self._journal)
            if self._journal is not None:
                try:
                    record = journals.Record(self._journal.seq + 1, change.op, change.args,
                                             item.key)
                    written = self._journal.append(record)
                except (TypeError, ValueError) as error:  # arguments JSON cannot hold
                    log.warning("kept write %s stays in memory: %s", change.op, error)
                    written = False
                if written:
                    item.journal, item.seq = self._journal, record.seq
        self.kept.append(item)

    def flush(self, wait: float = 0.0, retries: int = 0) -> bool:
        """Write everything kept, oldest first; True when nothing is left kept.

        Waits for the retry thread if it is writing. A kept change that fails for a reason other
        than the lock is dropped with a log line: it must not block the ones behind it.
        """
        said: list[str] = []
        try:
            with self._writing:
                while True:
                    with self._queue:
                        if not self.kept:
                            break
                        item = self.kept[0]  # stable: only this lock's holder removes items
                    try:
                        landed = self._land(item, wait, retries)
                    except Exception as error:  # noqa: BLE001 - any broken change: log, go on
                        log.warning("a kept change could not be saved and was dropped: %r", error)
                        landed = True
                    if not landed:
                        if not self._told:
                            self._told = True
                            said.append(KEPT_NOTICE.format(where=self.where))
                        return False
                    with self._queue:
                        self.kept.pop(0)
                    if item.journal is not None:
                        self._finished(item.journal)
                if self._told:
                    self._told = False
                    said.append(SAVED_NOTICE)
                return True
        finally:
            for text in said:  # outside the lock: a listener may wait for another thread
                self._say(text)

    def _land(self, item: Pending, wait: float, retries: int) -> bool:
        """One change in one transaction on the writer (``_writing`` held); False if locked."""
        conn = self._writer
        self._busy_timeout(wait)
        for attempt in range(retries + 1):
            if attempt:
                time.sleep(0.05 * attempt)
            try:
                if conn.in_transaction:  # a stray implicit transaction would make BEGIN fail
                    conn.commit()
                conn.execute("BEGIN IMMEDIATE")
            except sqlite3.OperationalError as error:
                if not is_locked(error):
                    raise
                continue
            try:
                result = item.change(conn)
                bound = {item.key: int(result)} if item.key is not None else {}
                if item.journal is not None:
                    self._mark(conn, item, bound)
                conn.commit()
            except sqlite3.OperationalError as error:
                conn.rollback()
                if not is_locked(error):
                    raise
                # A lock met mid-change or at commit (a database not in WAL mode needs one more
                # lock to commit): the change is undone whole and tried again or kept.
                continue
            except BaseException:
                conn.rollback()
                raise
            self.ids.update(bound)
            if item.journal is not None:
                item.journal.landed = item.seq
                item.journal.ids.update(bound)
            return True
        return False

    def _mark(self, conn: sqlite3.Connection, item: Pending, bound: dict[int, int]) -> None:
        """In the change's own transaction: how far its journal has landed (replay skips it)."""
        assert item.journal is not None
        conn.execute(
            "INSERT INTO settings(key, value) VALUES(?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (item.journal.marker, journals.marker_value(item.seq, {**item.journal.ids, **bound})),
        )

    def _finished(self, journal: journals.Journal) -> None:
        """Remove a journal once nothing in it is waiting, then its marker."""
        with self._queue:
            if any(p.journal is journal for p in self.kept) or journal not in self.journals:
                return
            journal.remove()
            self.journals.remove(journal)
            if self._journal is journal:
                self._journal = None
        marker = journal.marker
        self._quietly(lambda c: c.execute("DELETE FROM settings WHERE key = ?", (marker,)))

    def _quietly(self, change: Change) -> None:
        """Best-effort housekeeping on the writer (``_writing`` held): no wait, no retry."""
        with contextlib.suppress(sqlite3.Error):
            self._land(Pending(change), 0.0, 0)

    def _busy_timeout(self, seconds: float) -> None:
        with contextlib.suppress(sqlite3.Error):
            self._writer.execute(f"PRAGMA busy_timeout = {int(seconds * 1000)}")

    # -- the retry thread ------------------------------------------------------------------------
    def _start(self) -> None:
        """Wake the retry thread (started on first need): it lands kept writes as the lock frees."""
        self._wake.set()
        with self._queue:
            if self._thread is None and not self._closing:
                self._thread = threading.Thread(target=self._retry, name="tutor-kept-writes",
                                                daemon=True)
                self._thread.start()

    def _retry(self) -> None:
        while not self._closing:
            self._wake.wait(RETRY_EVERY)
            self._wake.clear()
            if self._closing:
                return
            if self.kept:
                try:
                    self.flush(BUSY_WAIT, RETRIES)
                except sqlite3.Error as error:  # e.g. the connection closed under it
                    log.warning("retrying kept writes failed: %s", error)

    def finish(self, wait: float) -> list[Pending]:
        """Stop the retry thread, give kept writes one last chance, let go of journals.

        ``wait`` applies only when this tutor kept writes of its own: replayed ones are safe in
        their journal and must not make a quick command (``tutor quiz --progress``) linger.
        Returns what is still kept (their journals stay on disk for the next tutor).
        """
        self._closing = True
        self._wake.set()
        thread = self._thread
        if thread is not None and thread is not threading.current_thread():
            thread.join(timeout=BUSY_WAIT * (RETRIES + 1) + 1.0)
        if self.kept:
            own = any(not p.adopted for p in self.kept)
            with contextlib.suppress(sqlite3.Error):
                self.flush(wait if own else 0.0)
        with self._queue:
            left = list(self.kept)
            for journal in self.journals:
                journal.release()
            self.journals.clear()
            self._journal = None
        return left

    def close(self) -> None:
        if not self._closing:
            self.finish(0.0)
        if self._writer is not self:
            with self._writing, contextlib.suppress(sqlite3.Error):
                self._writer.close()
        super().close()

    # -- telling the learner ----------------------------------------------------------------
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
    conn.write(change, key=key)
    return conn.resolve(key)


def resolve(conn: sqlite3.Connection, key: int) -> int:
    """The real id for ``key`` (which may be a placeholder handed out by ``insert``)."""
    return conn.resolve(key) if isinstance(conn, (Connection, _Writer)) else key
