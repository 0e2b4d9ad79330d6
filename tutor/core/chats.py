"""Conversations kept in the learner's database: create, list, load, append, export.

Why a module of its own: the chat UI, the CLI and tests all need the same notion of a
conversation, and none of them should write SQL. Nothing here knows about Textual.

A message has a ``role`` (``user``, ``tutor`` or ``system``), a ``kind`` naming how the UI
redraws it (``text``, ``answer``, ``note``, ``demo`` ...), ``content`` in Markdown (what
``/export`` writes, so every kind must put a readable text version there) and an optional JSON
``payload`` holding the plain data the UI needs to redraw the message on resume (an answer's
sources and follow-ups, a demo's metrics and plots).

A conversation row is created lazily by the caller (``create``) when its first message is
appended, so starting the app and quitting does not leave empty conversations behind.

Every write goes through ``store.write`` / ``store.insert``: when another tutor holds the lock
the message is kept and saved once it frees, never dropped. A conversation created meanwhile has
a placeholder id (negative) until then; every method here resolves ids, so callers never care.
"""

from __future__ import annotations

import json
import re
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tutor.core import paths
from tutor.core.store import Store
from tutor.core.writes import durable, insert, resolve, write

TITLE_LIMIT = 60
ROLES = ("user", "tutor", "system")


@dataclass(frozen=True)
class Message:
    """One stored message; ``payload`` is the decoded JSON (or None)."""

    id: int
    conversation_id: int
    role: str
    kind: str
    content: str
    payload: dict[str, Any] | None
    created: float


@dataclass(frozen=True)
class ConversationInfo:
    """A conversation as listed by ``/history``."""

    id: int
    title: str
    created: float
    updated: float
    message_count: int


def make_title(text: str) -> str:
    """A one-line title from the first question: whitespace collapsed, cut at a word."""
    line = " ".join(text.split())
    if len(line) <= TITLE_LIMIT:
        return line or "Untitled"
    cut = line[:TITLE_LIMIT].rsplit(" ", 1)[0]
    return (cut or line[:TITLE_LIMIT]) + "..."


def lesson_title(lesson_title: str) -> str:
    """The title of a conversation spent reading a lesson (``/learn``): no question was typed
    to name it, so the lesson does ("Lesson: Generative adversarial networks")."""
    return make_title(f"Lesson: {lesson_title}")


class Chats:
    """Conversation persistence on top of an open :class:`~tutor.core.store.Store`."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.conn = store.conn

    # ------------------------------------------------------------------ conversations
    def create(self, title: str = "") -> int:
        """Start a conversation and return its id."""
        return insert(self.conn, _create(title=make_title(title) if title else "", now=time.time()))

    def exists(self, conversation_id: int) -> bool:
        row = self.conn.execute(
            "SELECT 1 FROM conversations WHERE id = ?", (resolve(self.conn, conversation_id),)
        ).fetchone()
        return row is not None

    def info(self, conversation_id: int) -> ConversationInfo | None:
        rows = self._list("WHERE c.id = ?", (resolve(self.conn, conversation_id),), limit=1)
        return rows[0] if rows else None

    def list(self, limit: int = 200) -> list[ConversationInfo]:
        """Conversations that have messages, most recently used first."""
        return self._list("", (), limit)

    def _list(self, where: str, params: tuple, limit: int) -> list[ConversationInfo]:
        rows = self.conn.execute(
            "SELECT c.id, c.title, c.created, c.updated, count(m.id) AS n "
            "FROM conversations c JOIN messages m ON m.conversation_id = c.id "
            f"{where} GROUP BY c.id ORDER BY c.updated DESC, c.id DESC LIMIT ?",
            (*params, limit),
        ).fetchall()
        return [
            ConversationInfo(int(r["id"]), r["title"] or "Untitled", r["created"], r["updated"],
                             int(r["n"]))
            for r in rows
        ]

    def last(self) -> int | None:
        """The most recently updated conversation with messages (to resume on start)."""
        found = self.list(limit=1)
        return found[0].id if found else None

    def set_title(self, conversation_id: int, title: str) -> None:
        write(self.conn, _set_title(conversation_id=conversation_id, title=make_title(title)))

    def name(self, conversation_id: int, title: str) -> None:
        """Title a conversation that has no meaningful title yet; one that has keeps it.

        Why: the first question names a conversation (``append``), but one spent on ``/learn``
        has no question, and the plain chat titles it with the command line it saved
        (``/learn``). What the learner did first names it, so a title already made from a
        question stays; one that is empty or a bare command line (starting with "/") gives way.
        """
        write(self.conn, _name(conversation_id=conversation_id, title=make_title(title)))

    def delete(self, conversation_id: int) -> None:
        write(self.conn, _delete(conversation_id=conversation_id))

    # ------------------------------------------------------------------ messages
    def append(
        self,
        conversation_id: int,
        role: str,
        content: str,
        kind: str = "text",
        payload: dict[str, Any] | None = None,
    ) -> Message:
        """Store one message (committed at once: a crash right after loses nothing).

        The first user message names an untitled conversation. While another tutor holds the
        lock the message is kept in order and saved when it frees (its id is a placeholder).
        """
        if role not in ROLES:
            raise ValueError(f"role must be one of {ROLES}, got {role!r}")
        now = time.time()
        encoded = None if payload is None else json.dumps(payload, ensure_ascii=False)
        message_id = insert(self.conn, _append(conversation_id=conversation_id, role=role,
                                               kind=kind, content=content, payload=encoded,
                                               now=now))
        return Message(message_id, conversation_id, role, kind, content, payload, now)

    def messages(self, conversation_id: int, limit: int | None = None) -> list[Message]:
        """Messages in order; with ``limit``, only the last ``limit`` of them."""
        sql = (
            "SELECT id, conversation_id, role, kind, content, payload, created FROM messages "
            "WHERE conversation_id = ? ORDER BY id"
        )
        real = resolve(self.conn, conversation_id)
        params: tuple = (real,)
        if limit is not None:
            sql = f"SELECT * FROM ({sql.replace('ORDER BY id', 'ORDER BY id DESC')} LIMIT ?) ORDER BY id"
            params = (real, limit)
        return [_message(row) for row in self.conn.execute(sql, params).fetchall()]

    def messages_around(self, conversation_id: int, message_id: int, limit: int) -> list[Message]:
        """At most ``limit`` messages that include ``message_id`` (a search hit): the latest
        ``limit`` when it is among them, else a window starting a few messages before it."""
        ids = [row[0] for row in self.conn.execute(
            "SELECT id FROM messages WHERE conversation_id = ? ORDER BY id", (conversation_id,))]
        if message_id not in ids or len(ids) <= limit:
            return self.messages(conversation_id, limit=limit)
        index = ids.index(message_id)
        start = max(0, min(index - 3, len(ids) - limit))
        rows = self.conn.execute(
            "SELECT id, conversation_id, role, kind, content, payload, created FROM messages "
            "WHERE conversation_id = ? AND id BETWEEN ? AND ? ORDER BY id",
            (conversation_id, ids[start], ids[start + limit - 1]),
        ).fetchall()
        return [_message(row) for row in rows]

    def count(self, conversation_id: int) -> int:
        return int(
            self.conn.execute(
                "SELECT count(*) FROM messages WHERE conversation_id = ?",
                (resolve(self.conn, conversation_id),),
            ).fetchone()[0]
        )

    # ------------------------------------------------------------------ export
    def to_markdown(self, conversation_id: int) -> str:
        """The conversation as a Markdown document (what ``/export`` writes)."""
        info = self.info(conversation_id)
        title = info.title if info else "Conversation"
        started = time.strftime("%Y-%m-%d %H:%M", time.localtime(info.created)) if info else ""
        parts = [f"# {title}", "", f"_Exported from tutor. Started {started}._", ""]
        for message in self.messages(conversation_id):
            heading = {"user": "You", "tutor": "Tutor", "system": "Note"}.get(message.role, "?")
            parts += [f"## {heading}", "", message.content.rstrip(), ""]
        return "\n".join(parts).rstrip() + "\n"

    def export(self, conversation_id: int, directory: Path) -> Path:
        """Write the conversation to ``directory`` as ``<date>-<slug>.md``; returns the path.

        An existing file is never overwritten: a counter is added instead.
        """
        paths.private_dir(directory)
        info = self.info(conversation_id)
        slug = re.sub(r"[^a-z0-9]+", "-", (info.title if info else "chat").lower()).strip("-")
        stem = f"{time.strftime('%Y%m%d-%H%M%S')}-{slug[:40] or 'chat'}"
        path = directory / f"{stem}.md"
        counter = 2
        while path.exists():
            path = directory / f"{stem}-{counter}.md"
            counter += 1
        return paths.write_private(path, self.to_markdown(conversation_id))


# The changes themselves: named and with plain arguments, so a kept one can be journaled and
# replayed by the next tutor (tutor.core.writes.durable). Ids are resolved when they run.
@durable
def _create(conn: Any, title: str, now: float) -> int:
    return int(conn.execute("INSERT INTO conversations(title, created, updated) VALUES(?, ?, ?)",
                            (title, now, now)).lastrowid)


@durable
def _set_title(conn: Any, conversation_id: int, title: str) -> None:
    conn.execute("UPDATE conversations SET title = ? WHERE id = ?",
                 (title, resolve(conn, conversation_id)))


@durable
def _name(conn: Any, conversation_id: int, title: str) -> None:
    conn.execute(
        "UPDATE conversations SET title = ? WHERE id = ? AND (title = '' OR title LIKE '/%')",
        (title, resolve(conn, conversation_id)),
    )


@durable
def _delete(conn: Any, conversation_id: int) -> None:
    real = resolve(conn, conversation_id)
    conn.execute("DELETE FROM messages WHERE conversation_id = ?", (real,))
    conn.execute("DELETE FROM conversations WHERE id = ?", (real,))


@durable
def _append(conn: Any, conversation_id: int, role: str, kind: str, content: str,
            payload: str | None, now: float) -> int:
    real = resolve(conn, conversation_id)
    cursor = conn.execute(
        "INSERT INTO messages(conversation_id, role, kind, content, payload, created) "
        "VALUES(?, ?, ?, ?, ?, ?)",
        (real, role, kind, content, payload, now),
    )
    conn.execute("UPDATE conversations SET updated = ? WHERE id = ?", (now, real))
    if role == "user":
        conn.execute("UPDATE conversations SET title = ? WHERE id = ? AND title = ''",
                     (make_title(content), real))
    return int(cursor.lastrowid)


def _message(row: Any) -> Message:
    payload = None
    if row["payload"]:
        try:
            payload = json.loads(row["payload"])
        except (TypeError, ValueError):
            payload = None  # a damaged payload degrades to the Markdown content
    return Message(
        int(row["id"]), int(row["conversation_id"]), row["role"], row["kind"], row["content"],
        payload, float(row["created"]),
    )
