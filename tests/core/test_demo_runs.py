"""Kept demo runs in the store: save, list newest first, get by number, the migration."""

from __future__ import annotations

import math
import sqlite3
from pathlib import Path

from tutor.core.demo_runs import (
    FINISHED,
    STOPPED,
    DemoRun,
    count_runs,
    get_run,
    list_runs,
    save_runs,
)
from tutor.core.store import MIGRATIONS, SCHEMA_VERSION, open_store


def _run(demo: str = "rl", seed: int = 0, **extra) -> DemoRun:
    fields = dict(demo=demo, options={"seed": seed, "episodes": 300}, seed=seed,
                  metrics={"success_rate": 0.75}, status=FINISHED, started=1000.0,
                  finished=1002.5, seconds=2.4, face="cli", changed={"episodes": 300},
                  key_metric="success_rate")
    fields.update(extra)
    return DemoRun(**fields)


def test_save_list_get_round_trip(tmp_path: Path) -> None:
    store = open_store(tmp_path / "t.db")
    schedule = [{"at": 40, "name": "alpha", "old": 0.1, "new": 0.2, "unit": "episode"}]
    first = _run(schedule=schedule, preset="no-explore")
    assert save_runs(store.conn, [first]) == [1] and first.id == 1
    second = _run("gan", 3, metrics={"modes_covered": 7.0, "odd": math.nan}, status=STOPPED)
    save_runs(store.conn, [second])
    store.close()

    again = open_store(tmp_path / "t.db")  # really on disk
    newest, oldest = list_runs(again.conn)
    assert (newest.id, newest.demo, newest.seed, newest.status) == (2, "gan", 3, STOPPED)
    assert newest.metrics == {"modes_covered": 7.0, "odd": None}  # JSON has no NaN
    got = get_run(again.conn, 1)
    assert got == oldest
    assert got.schedule == schedule and got.preset == "no-explore" and got.face == "cli"
    assert got.options == {"seed": 0, "episodes": 300} and got.changed == {"episodes": 300}
    assert got.key_value == 0.75 and got.rerun_of is None
    assert list_runs(again.conn, limit=1) == [newest]
    assert count_runs(again.conn) == 2


def test_unknown_or_absurd_numbers_are_none(tmp_path: Path) -> None:
    store = open_store(tmp_path / "t.db")
    save_runs(store.conn, [_run()])
    for number in (0, -1, 2, 10**30):
        assert get_run(store.conn, number) is None


def test_a_comparison_lands_together_with_one_group(tmp_path: Path) -> None:
    store = open_store(tmp_path / "t.db")
    runs = [_run(group="rl-1", compared="alpha", options={"seed": 0, "alpha": a}) for a in (0.1, 0.5)]
    assert save_runs(store.conn, runs) == [1, 2]
    assert {r.group for r in list_runs(store.conn)} == {"rl-1"}
    assert [r.options["alpha"] for r in list_runs(store.conn)] == [0.5, 0.1]


def test_an_older_database_gains_the_table_and_keeps_its_data(tmp_path: Path) -> None:
    """The upgrade that adds demo_runs runs on a database written before it (wherever the
    coordinator orders it among the migrations)."""
    number = next(i for i, script in enumerate(MIGRATIONS) if "CREATE TABLE demo_runs" in script)
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    for script in MIGRATIONS[:number]:
        conn.executescript(script)
    conn.execute(f"PRAGMA user_version = {number}")
    conn.execute("INSERT INTO settings VALUES ('theme', 'nord')")
    conn.commit()
    conn.close()
    store = open_store(path)
    assert store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert store.get_setting("theme") == "nord"
    assert list_runs(store.conn) == []
    save_runs(store.conn, [_run()])
    assert count_runs(store.conn) == 1


def test_a_run_kept_under_a_lock_is_journalled_and_replayed_by_the_next_tutor(tmp_path: Path) -> None:
    """A run saved while another tutor holds the lock outlives this process (journal replay)."""
    from tutor.core import journal as journals
    from tutor.core.demo_runs import insert_runs
    from tutor.core.writes import lookup

    db = tmp_path / "tutor.db"
    open_store(db).close()
    # What a killed tutor leaves: a journal naming the change and its rows, never landed.
    run = _run(seed=7, preset="no-explore")
    made = journals.Journal.create(db)
    assert made is not None
    from tutor.core.demo_runs import _row
    assert made.append(journals.Record(1, insert_runs.durable_op, {"rows": [list(_row(run))]}, None))
    assert lookup(insert_runs.durable_op) is not None
    made.release()

    store = open_store(db)  # the next tutor replays it
    (kept,) = list_runs(store.conn)
    assert (kept.demo, kept.seed, kept.preset, kept.metrics) == ("rl", 7, "no-explore", {"success_rate": 0.75})
    store.close()


def test_save_runs_under_a_held_lock_keeps_the_run_in_a_journal(tmp_path: Path) -> None:
    from tutor.core import journal as journals

    db = tmp_path / "tutor.db"
    store = open_store(db)
    other = sqlite3.connect(db, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    assert save_runs(store.conn, [_run(seed=4)]) == []  # kept, not lost
    (path,) = sorted(db.parent.glob(journals.pattern(db)))
    assert b"insert_runs" in path.read_bytes()
    other.execute("COMMIT")
    store.close()
    again = open_store(db)
    assert [r.seed for r in list_runs(again.conn)] == [4]
    again.close()
