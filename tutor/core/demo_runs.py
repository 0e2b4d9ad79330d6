"""Kept demo runs: every run a learner finished (or stopped) on any face, as plain data.

Why keep them: a demo is an experiment, and an experiment worth showing is worth repeating.
A row holds what a run started from (options, seed, preset), the knob turns made while it
trained (so a re-run replays them at the same unit), its final metrics and how it ended.
``/demo`` and ``tutor demo --runs`` list them; ``/demo rerun N`` and ``tutor demo --rerun N``
repeat run N and compare. Runs are numbered by their row id, so a number stays the same while
newer runs are added.

Writes go through ``tutor.core.writes`` (a locked database keeps the run in memory until it
frees). This module knows nothing of the demos themselves: ``tutor.demos.kept_runs`` turns a
``DemoResult`` into a ``DemoRun`` and back into a re-run.
"""

from __future__ import annotations

import json
import math
import sqlite3
from dataclasses import asdict, dataclass, field
from typing import Any

from tutor.core.writes import Durable, durable, write

FINISHED = "finished"
STOPPED = "stopped"  # the learner pressed Esc / Ctrl+C: options kept, no final metrics
RECENT = 10  # runs ``/demo`` lists

_COLUMNS = ("id, demo, options, changed, seed, preset, schedule, compare_group, compared, "
            "metrics, key_metric, status, started, finished, seconds, face, rerun_of")


@dataclass
class DemoRun:
    """One kept run. ``id`` is 0 until it is saved."""

    demo: str
    options: dict[str, Any]  # every option the run started from, seed included
    seed: int
    metrics: dict[str, float | None]  # final metrics (None for NaN); empty when stopped
    status: str  # FINISHED or STOPPED
    started: float  # Unix time
    finished: float
    seconds: float  # training time as the demo measured it (or until the stop)
    face: str  # "chat", "plain" or "cli"
    changed: dict[str, Any] = field(default_factory=dict)  # options not at their default
    preset: str = ""
    schedule: list[dict[str, Any]] = field(default_factory=list)  # knob turns: at, name, old, new
    group: str | None = None  # runs of one comparison share it
    compared: str = ""  # the option the comparison varied
    key_metric: str = ""  # the metric the list shows
    rerun_of: int | None = None  # the run this one repeated
    id: int = 0

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @property
    def key_value(self) -> float | None:
        return self.metrics.get(self.key_metric) if self.key_metric else None


def _plain(value: Any) -> float | None:
    """JSON has no NaN: a metric that is not a number is stored as null."""
    if value is None:
        return None
    number = float(value)
    return None if math.isnan(number) or math.isinf(number) else number


def _row(run: DemoRun) -> tuple[Any, ...]:
    return (
        run.demo, json.dumps(run.options, sort_keys=True), json.dumps(run.changed, sort_keys=True),
        int(run.seed), run.preset, json.dumps(run.schedule), run.group, run.compared,
        json.dumps({k: _plain(v) for k, v in run.metrics.items()}), run.key_metric, run.status,
        run.started, run.finished, run.seconds, run.face, run.rerun_of,
    )


def save_runs(conn: sqlite3.Connection, runs: list[DemoRun]) -> list[int]:
    """Save ``runs`` in one transaction (a comparison's runs land together or not at all).

    Returns their numbers once written; an empty list when another tutor holds the lock and the
    write is kept for later (``tutor.core.writes``: it lands when the lock frees). Other SQLite
    errors (a read-only file) are raised for the face to turn into one line for the learner.
    """
    rows = [list(_row(run)) for run in runs]
    ids: list[int] = []

    def capture(c: sqlite3.Connection, **args: Any) -> list[int]:
        ids[:] = insert_runs.run(c, **args)  # a retried change starts over
        return ids

    # The journal stores the change by name and rows, so a run kept under a lock outlives a kill.
    change = Durable(insert_runs.durable_op, {"rows": rows}, capture)
    if rows and write(conn, change):
        for run, number in zip(runs, ids):
            run.id = number
        return list(ids)
    return []


@durable
def insert_runs(conn: sqlite3.Connection, rows: list[list[Any]]) -> list[int]:
    """Insert demo-run rows (as made by ``_row``) and return their numbers."""
    numbers = []
    for row in rows:
        cursor = conn.execute(
            "INSERT INTO demo_runs(demo, options, changed, seed, preset, schedule, "
            "compare_group, compared, metrics, key_metric, status, started, finished, "
            "seconds, face, rerun_of) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            row)
        numbers.append(int(cursor.lastrowid or 0))
    return numbers


def _from_row(row: sqlite3.Row | tuple[Any, ...]) -> DemoRun:
    (id_, demo, options, changed, seed, preset, schedule, group, compared, metrics, key_metric,
     status, started, finished, seconds, face, rerun_of) = tuple(row)
    return DemoRun(
        demo=demo, options=json.loads(options), seed=int(seed), metrics=json.loads(metrics),
        status=status, started=float(started), finished=float(finished), seconds=float(seconds),
        face=face, changed=json.loads(changed), preset=preset, schedule=json.loads(schedule),
        group=group, compared=compared, key_metric=key_metric, rerun_of=rerun_of, id=int(id_),
    )


def list_runs(conn: sqlite3.Connection, limit: int = RECENT) -> list[DemoRun]:
    """The most recent ``limit`` runs, newest first."""
    rows = conn.execute(f"SELECT {_COLUMNS} FROM demo_runs ORDER BY id DESC LIMIT ?",
                        (max(0, int(limit)),)).fetchall()
    return [_from_row(row) for row in rows]


def get_run(conn: sqlite3.Connection, number: int) -> DemoRun | None:
    """Run ``number`` (its id, as the list shows it), or None when there is no such run."""
    if not 0 < number < 2**63:
        return None
    row = conn.execute(f"SELECT {_COLUMNS} FROM demo_runs WHERE id = ?", (number,)).fetchone()
    return _from_row(row) if row else None


def count_runs(conn: sqlite3.Connection) -> int:
    return int(conn.execute("SELECT COUNT(*) FROM demo_runs").fetchone()[0])
