"""The write path under a held lock: thread safety, journal replay, damaged journal lines.

The lock is real (a second SQLite connection in ``BEGIN IMMEDIATE``, as another tutor would hold
it); the retry thread is the store's own. What a killed process leaves is built the way the
program writes it (``Journal.append``) or, for damage, by hand.
"""

from __future__ import annotations

import json
import os
import sqlite3
import stat
import threading
import time
from pathlib import Path

from tutor.core import journal as journals
from tutor.core.chats import Chats
from tutor.core.store import open_store, save_setting
from tutor.core.writes import durable, lookup


@durable
def _pair(conn: sqlite3.Connection, n: int) -> None:
    """Two rows in one change: a reader must see both or neither."""
    conn.execute("INSERT INTO settings VALUES(?, 'x')", (f"pair{n}a",))
    conn.execute("INSERT INTO settings VALUES(?, 'x')", (f"pair{n}b",))


def _hold(db: Path) -> sqlite3.Connection:
    other = sqlite3.connect(db, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")
    return other


def _wait(predicate, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline, "condition not reached in time"
        time.sleep(0.02)


def _journals(db: Path) -> list[Path]:
    return sorted(db.parent.glob(journals.pattern(db)))


def test_reads_during_a_flush_never_see_half_a_change_or_fail(tmp_path: Path) -> None:
    db = tmp_path / "tutor.db"
    store = open_store(db)
    other = _hold(db)
    for n in range(40):
        assert store.write(_pair(n=n)) is False  # kept behind the other tutor's lock
    errors: list[BaseException] = []
    seen: list[int] = []
    stop = threading.Event()

    def read() -> None:
        try:
            while not stop.is_set():
                count = store.conn.execute(
                    "SELECT count(*) FROM settings WHERE key LIKE 'pair%'").fetchone()[0]
                seen.append(count)
                if count % 2:
                    raise AssertionError(f"a half-made change was visible ({count} rows)")
        except BaseException as error:  # noqa: BLE001 - reported by the test thread
            errors.append(error)

    readers = [threading.Thread(target=read) for _ in range(3)]
    for reader in readers:
        reader.start()
    other.execute("COMMIT")  # the lock frees: the retry thread writes the batch meanwhile
    for n in range(40, 60):  # and the learner keeps writing from this thread
        store.write(_pair(n=n))
    _wait(lambda: store.kept == 0)
    stop.set()
    for reader in readers:
        reader.join()
    assert errors == []
    assert len(set(seen)) > 1  # the readers really ran while the batch was being written
    assert store.conn.execute(
        "SELECT count(*) FROM settings WHERE key LIKE 'pair%'").fetchone()[0] == 120
    store.close()
    assert _journals(db) == []  # everything landed: no journal left behind


def test_the_callers_write_hands_over_instead_of_waiting_for_the_lock(tmp_path: Path) -> None:
    """The chat writes on its event loop: a held lock must not make that call wait. The learner
    is told only after the retry thread's own wait, so nothing is said before the call returns
    (the old path waited inside the call and said it there)."""
    db = tmp_path / "tutor.db"
    store = open_store(db)
    said: list[str] = []
    store.listen(said.append)
    other = _hold(db)
    assert store.write(save_setting(key="k", value="v")) is False
    assert said == [] and store.kept == 1
    _wait(lambda: bool(said))  # then the thread, having waited in vain, says it once
    assert len(said) == 1 and "holding your database" in said[0]
    other.execute("COMMIT")
    _wait(lambda: store.kept == 0)
    _wait(lambda: len(said) == 2)
    assert "free again" in said[1] and store.get_setting("k") == "v"
    store.close()


def test_close_racing_the_retry_thread_saves_everything_once(tmp_path: Path) -> None:
    db = tmp_path / "tutor.db"
    store = open_store(db)
    other = _hold(db)
    for n in range(10):
        store.write(_pair(n=n))
    time.sleep(0.3)  # the retry thread is now inside its busy wait
    other.execute("COMMIT")
    store.close()  # stops the thread, writes what is left, closes both connections
    check = sqlite3.connect(db)
    assert check.execute("SELECT count(*) FROM settings WHERE key LIKE 'pair%'").fetchone()[0] == 20
    assert check.execute(
        "SELECT count(*) FROM settings WHERE key LIKE ?", (journals.MARKER + "%",)).fetchone()[0] == 0
    assert _journals(db) == []


def test_a_kept_write_is_in_a_private_journal_before_the_call_returns(tmp_path: Path) -> None:
    db = tmp_path / "tutor.db"
    store = open_store(db)
    other = _hold(db)
    conversation = Chats(store).create("kept")
    assert conversation < 0  # a placeholder: the row does not exist yet
    Chats(store).append(conversation, "user", "asked while locked")
    (path,) = _journals(db)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    records = [journals.parse(line) for line in path.read_bytes().splitlines()]
    assert [r.seq for r in records] == [1, 2]
    assert records[0].key == conversation and records[1].args["conversation_id"] == conversation
    assert all(lookup(r.op) is not None for r in records)
    other.execute("COMMIT")
    store.close()
    assert _journals(db) == []
    messages = sqlite3.connect(db).execute(
        "SELECT m.content FROM messages m JOIN conversations c ON c.id = m.conversation_id"
    ).fetchall()
    assert messages == [("asked while locked",)]


def _orphan(db: Path, records: list[journals.Record], extra: bytes = b"") -> Path:
    """A journal as a killed tutor leaves it (written by the program's own append)."""
    made = journals.Journal.create(db)
    assert made is not None
    for record in records:
        assert made.append(record)
    if extra:
        os.write(made.fd, extra)
    made.release()  # the process is gone: its lock with it
    return made.path


def test_replay_resolves_placeholders_and_skips_damaged_lines(tmp_path: Path) -> None:
    db = tmp_path / "tutor.db"
    open_store(db).close()
    from tutor.core import chats

    ops = {"create": chats._create(title="", now=1.0), "append": chats._append(
        conversation_id=-77, role="user", kind="text", content="kept", payload=None, now=1.0)}
    path = _orphan(db, [
        journals.Record(1, ops["create"].op, ops["create"].args, key=-77),
        journals.Record(2, ops["append"].op, ops["append"].args),
    ], extra=b'{"seq": 3, "op": "tutor.core.store:save_setting", "ar\n'  # torn by a kill
              b'\xff\xfe not json\n'
              b'{"seq": 4, "op": "os:system", "args": {"command": "touch pwned"}, "key": null}\n'
              + journals.Record(5, "tutor.core.store:save_setting",
                                {"key": "after", "value": "damage"}).line())
    store = open_store(db)
    assert not path.exists()
    text = " ".join(store.warnings)
    assert "Line 3" in text and "Line 4" in text and "damaged" in text
    assert "os:system" in text and not (tmp_path / "pwned").exists()
    assert any("Saved 3 changes" in w for w in store.warnings)
    rows = store.conn.execute(
        "SELECT c.title, m.content FROM messages m JOIN conversations c ON c.id = m.conversation_id"
    ).fetchall()
    assert [tuple(r) for r in rows] == [("kept", "kept")]  # titled by its first user message
    assert store.get_setting("after") == "damage"
    store.close()


def test_replay_skips_what_landed_before_the_kill_and_keeps_its_ids(tmp_path: Path) -> None:
    """Killed between a commit and removing its journal: nothing is written twice, and a later
    record still finds the row the landed one created."""
    from tutor.core import chats

    db = tmp_path / "tutor.db"
    store = open_store(db)
    real = Chats(store).create("landed")
    store.close()
    create = chats._create(title="landed", now=1.0)
    append = chats._append(conversation_id=-5, role="user", kind="text", content="after",
                           payload=None, now=2.0)
    path = _orphan(db, [journals.Record(1, create.op, create.args, key=-5),
                        journals.Record(2, append.op, append.args)])
    token = path.name[:-len(journals.SUFFIX)].rsplit("-kept-", 1)[1]
    conn = sqlite3.connect(db)
    conn.execute("INSERT INTO settings VALUES(?, ?)",
                 (journals.MARKER + token, journals.marker_value(1, {-5: real})))
    conn.commit()
    conn.close()
    store = open_store(db)
    assert store.conn.execute("SELECT count(*) FROM conversations").fetchone()[0] == 1
    assert [tuple(r) for r in store.conn.execute(
        "SELECT conversation_id, content FROM messages")] == [(real, "after")]
    assert store.get_setting(journals.MARKER + token) is None  # forgotten once the file is gone
    store.close()


def test_a_journal_another_live_tutor_holds_is_left_alone(tmp_path: Path) -> None:
    db = tmp_path / "tutor.db"
    open_store(db).close()
    live = journals.Journal.create(db)  # held (flock) as a running tutor holds its own
    assert live is not None
    record = save_setting(key="theirs", value="1")
    assert live.append(journals.Record(1, record.op, record.args))
    store = open_store(db)
    assert store.get_setting("theirs") is None and live.path.exists()
    store.close()
    live.release()  # that tutor is gone now: the next one replays it
    store = open_store(db)
    assert store.get_setting("theirs") == "1" and not live.path.exists()
    store.close()


def test_a_journal_that_cannot_be_created_keeps_writes_in_memory(tmp_path: Path,
                                                                 monkeypatch) -> None:
    """A folder that refuses new files (read-only, full): kept in memory as before, still saved."""
    db = tmp_path / "tutor.db"
    store = open_store(db)
    monkeypatch.setattr(journals.os, "open", _refusing(journals.os.open, db))
    other = _hold(db)
    said: list[str] = []
    store.listen(said.append)
    assert store.write(save_setting(key="k", value="v")) is False
    assert _journals(db) == [] and store.kept == 1
    _wait(lambda: bool(said))
    assert "holding your database" in said[0]
    other.execute("COMMIT")
    _wait(lambda: store.kept == 0)
    assert store.get_setting("k") == "v"
    store.close()


def _refusing(real_open, db: Path):
    def fake(path, *args, **kwargs):
        if str(path).startswith(str(db) + "-kept-"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, *args, **kwargs)

    return fake


def test_marker_and_record_formats_round_trip() -> None:
    record = journals.Record(3, "tutor.core.store:save_setting", {"key": "é", "value": "1"}, -9)
    assert journals.parse(record.line()) == record
    assert journals.read_marker(journals.marker_value(3, {-9: 12})) == (3, {-9: 12})
    assert journals.read_marker("{broken") == (0, {})
    assert json.loads(record.line())["op"] == "tutor.core.store:save_setting"


def test_every_product_write_is_a_named_durable_change() -> None:
    """A closure cannot be journalled, so a kept write made from one is lost on a kill."""
    import ast

    root = Path(__file__).resolve().parents[2] / "tutor"
    closures = []
    for path in root.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id in {"write", "insert"} and len(node.args) == 2
                    and isinstance(node.args[1], ast.Lambda)):
                closures.append(f"{path.relative_to(root)}:{node.lineno}")
    assert closures == [], f"make these @durable changes: {closures}"
