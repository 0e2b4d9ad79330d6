"""Kept writes on disk: an append-only journal next to the database, replayed by the next tutor.

Why: a write kept because another tutor holds the database's lock (``tutor.core.writes``) used to
live only in memory, so a tutor killed (``kill -9``, a closed terminal, a crash) before the lock
freed lost the learner's answers. Each kept write is now also one JSON line in
``tutor.db-kept-<token>.jsonl`` (mode 0600, fsync'd before the call returns), and any tutor that
opens the database later (chat, CLI, quiz) replays what is left.

Why these rules:

- one file per stall and process, held with an exclusive ``flock`` while its process lives: a
  second tutor can tell a live journal (lock refused: leave it alone) from an orphan (lock
  granted: it is now ours), and two tutors starting at once cannot both claim one orphan;
- a record names a registered change (``module:function``) and its JSON arguments, not SQL: the
  change runs against the database as it is when it lands, exactly like the in-memory path;
- idempotent replay: the transaction that lands record ``seq`` also stores, in the ``settings``
  row ``kept-writes:<token>``, the last seq landed and the real ids given to placeholder ids. A
  tutor killed between that commit and removing the file replays nothing twice, and a later
  record still finds the row an earlier one created;
- a line that does not parse (a write torn by a kill, a damaged file) is skipped with a warning,
  never a crash.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Any

try:  # POSIX only: without flock a journal could be claimed twice, so none is written
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

log = logging.getLogger(__name__)

MARKER = "kept-writes:"  # settings key prefix: how far a journal has landed (see module doc)
SUFFIX = ".jsonl"


def pattern(db: Path) -> str:
    """The glob matching every journal of ``db``."""
    return f"{db.name}-kept-*{SUFFIX}"


@dataclass
class Record:
    """One kept write as stored: which change, its arguments, the placeholder id it creates."""

    seq: int
    op: str
    args: dict[str, Any]
    key: int | None = None

    def line(self) -> bytes:
        data = {"seq": self.seq, "op": self.op, "args": self.args, "key": self.key}
        return (json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n").encode()


def parse(line: bytes) -> Record:
    """A record from one journal line (ValueError for anything malformed)."""
    data = json.loads(line.decode("utf-8"))
    if not isinstance(data, dict):
        raise ValueError("not an object")
    seq, op, args, key = data.get("seq"), data.get("op"), data.get("args"), data.get("key")
    if not (isinstance(seq, int) and isinstance(op, str) and isinstance(args, dict)
            and (key is None or isinstance(key, int))):
        raise ValueError("missing or mistyped fields")
    return Record(seq, op, args, key)


class Journal:
    """One journal file this process holds (created for its own kept writes, or claimed)."""

    def __init__(self, path: Path, fd: int) -> None:
        self.path = path
        self.fd = fd
        self.token = path.name[:-len(SUFFIX)].rsplit("-kept-", 1)[-1]
        self.seq = 0
        self.landed = 0  # the last seq written to the database (stored with its marker)
        self.ids: dict[int, int] = {}  # placeholder -> real id, for the marker

    @property
    def marker(self) -> str:
        return MARKER + self.token

    @classmethod
    def create(cls, db: Path) -> Journal | None:
        """A new private journal for ``db``, locked; None when the folder cannot take one."""
        if fcntl is None:
            return None
        path = db.with_name(f"{db.name}-kept-{os.getpid()}-{secrets.token_hex(6)}{SUFFIX}")
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL | os.O_APPEND, 0o600)
        except OSError as error:
            log.warning("kept writes stay in memory: cannot create %s (%s)", path, error)
            return None
        fcntl.flock(fd, fcntl.LOCK_EX)
        with contextlib.suppress(OSError):  # the new name itself must survive a power cut
            folder = os.open(path.parent, os.O_RDONLY)
            try:
                os.fsync(folder)
            finally:
                os.close(folder)
        return cls(path, fd)

    @classmethod
    def claim(cls, path: Path) -> Journal | None:
        """Take an orphan journal; None when its tutor still runs or another tutor took it."""
        if fcntl is None:
            return None
        try:
            fd = os.open(path, os.O_RDWR | os.O_APPEND)
        except OSError:
            return None  # gone already (another tutor replayed it) or not ours to touch
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            # Between listing and locking, another tutor may have replayed and removed it.
            if os.fstat(fd).st_ino != os.stat(path).st_ino:
                raise FileNotFoundError(path)
        except OSError:
            os.close(fd)
            return None
        return cls(path, fd)

    def append(self, record: Record) -> bool:
        """Write one record durably (fsync); False (file unchanged) when the disk refuses."""
        size = None
        try:
            size = os.fstat(self.fd).st_size
            os.write(self.fd, record.line())
            os.fsync(self.fd)
        except OSError as error:
            log.warning("kept write stays in memory: cannot write %s (%s)", self.path, error)
            if size is not None:  # never leave half a line for the next record to follow
                with contextlib.suppress(OSError):
                    os.ftruncate(self.fd, size)
            return False
        self.seq = max(self.seq, record.seq)
        return True

    def read(self) -> tuple[list[Record], list[str]]:
        """Every record that parses, in order, and a warning per line that does not."""
        records: list[Record] = []
        problems: list[str] = []
        with open(self.path, "rb") as handle:
            for number, line in enumerate(handle, start=1):
                if not line.strip():
                    continue
                try:
                    records.append(parse(line))
                except (ValueError, UnicodeDecodeError) as error:
                    problems.append(
                        f"Line {number} of {self.path.name} is damaged ({error}) and was skipped; "
                        "the other kept changes were saved.")
        self.seq = max((r.seq for r in records), default=0)
        return records, problems

    def remove(self) -> None:
        """Everything in it has landed: delete the file, then let go of it."""
        with contextlib.suppress(OSError):
            self.path.unlink()
        self.release()

    def release(self) -> None:
        """Let go (the file stays for the next tutor to replay)."""
        if self.fd >= 0:
            with contextlib.suppress(OSError):
                os.close(self.fd)  # closing drops the flock
            self.fd = -1


def marker_value(landed: int, ids: dict[int, int]) -> str:
    return json.dumps({"seq": landed, "ids": {str(k): v for k, v in ids.items()}})


def read_marker(value: str | None) -> tuple[int, dict[int, int]]:
    """(last seq landed, placeholder ids) from a marker row; nothing landed for a bad one."""
    try:
        data = json.loads(value or "")
        return int(data["seq"]), {int(k): int(v) for k, v in data["ids"].items()}
    except (ValueError, TypeError, KeyError, AttributeError):
        return 0, {}
