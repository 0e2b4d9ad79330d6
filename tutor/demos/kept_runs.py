"""Runs are kept: from a demo's result to a saved run, and from a saved run to an exact re-run.

Every face (the chat, the plain chat, ``tutor demo``) calls the same four things: ``finished``
or ``stopped`` to describe a run as ``tutor.core.demo_runs.DemoRun`` rows, ``keep`` to save them
(never raising: a locked, read-only or broken database costs the learner one line, not the
demo), ``replay`` to rebuild a saved run's options and knob schedule, and ``verdict`` to say
honestly whether the re-run reached the same metrics. ``run_lines`` is the list ``/demo`` and
``tutor demo --runs`` show.

Why a stopped run is kept too: its options, seed and knob turns are what the learner was trying
out; it is listed (marked stopped, no metrics) and ``rerun`` trains it to the end.
"""

from __future__ import annotations

import math
import sqlite3
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from tutor.core.demo_runs import FINISHED, STOPPED, DemoRun, get_run, list_runs, save_runs
from tutor.demos.base import Controls, Demo, DemoError, DemoResult, KnobChange

if TYPE_CHECKING:
    from tutor.core.store import Store

# Metrics of a re-run count as the same within this (relative, absolute) tolerance: enough for
# the last digits a float sum may change between two runs, far below any real difference.
REL_TOL = 1e-6
ABS_TOL = 1e-9


def key_metric(demo: Demo, metrics: dict[str, float]) -> str:
    """The metric a list shows: the demo's first headline metric the run has."""
    for name in demo.headline:
        if name in metrics:
            return name
    return next(iter(metrics), "")


def changed_options(demo: Demo, options: dict[str, Any], preset: str = "") -> dict[str, Any]:
    """Options not at the value they start from (the preset's, else the default); seed apart."""
    base = {p.name: p.default for p in demo.params}
    if preset:
        base.update(demo.preset(preset).values)
    return {k: v for k, v in options.items() if k in base and base[k] != v}


def _one(demo: Demo, options: dict[str, Any], preset: str, metrics: dict[str, float],
         status: str, face: str, started: float, seconds: float,
         changes: list[KnobChange], rerun_of: int | None) -> DemoRun:
    options = {k: v for k, v in options.items() if k != "preset"}
    return DemoRun(
        demo=demo.name, options=options, seed=int(options.get("seed", 0)),
        metrics=dict(metrics), status=status, started=started, finished=time.time(),
        seconds=seconds, face=face, changed=changed_options(demo, options, preset),
        preset=preset, schedule=[_change(c) for c in changes],
        key_metric=key_metric(demo, metrics) if metrics else "", rerun_of=rerun_of,
    )


def _change(change: KnobChange) -> dict[str, Any]:
    return {"at": change.at, "name": change.name, "old": change.old, "new": change.new,
            "unit": change.unit}


def finished(demo: Demo, result: DemoResult, face: str, started: float,
             rerun_of: int | None = None) -> list[DemoRun]:
    """The rows for a finished result: one, or one per run of a comparison (sharing a group)."""
    if not result.runs:
        return [_one(demo, result.params, result.preset, result.metrics, FINISHED, face, started,
                     result.seconds, result.changes, rerun_of)]
    group = f"{demo.name}-{started:.6f}"
    rows = [_one(demo, run.params, run.preset, run.metrics, FINISHED, face, started,
                 run.seconds, run.changes, rerun_of) for run in result.runs]
    for row in rows:
        row.group, row.compared = group, result.compared
    return rows


def stopped(demo: Demo, params: dict[str, Any], changes: list[KnobChange], face: str,
            started: float, compare: tuple[str, list[Any]] | None = None,
            rerun_of: int | None = None) -> list[DemoRun]:
    """The rows for a run the learner stopped: what it started from, no metrics. A stopped
    comparison keeps one row per value it was going to train (a group, all stopped)."""
    preset = str(params.get("preset", "") or "")
    seconds = max(0.0, time.time() - started)
    if compare is None:
        return [_one(demo, params, preset, {}, STOPPED, face, started, seconds, changes,
                     rerun_of)]
    option, values = compare
    group = f"{demo.name}-{started:.6f}"
    rows = [_one(demo, {**params, option: value}, preset, {}, STOPPED, face, started, seconds,
                 [], rerun_of) for value in values]
    for row in rows:
        row.group, row.compared = group, option
    return rows


def keep(store: Store | None, runs: list[DemoRun], told: bool = False) -> str | None:
    """Save ``runs`` (their ``id`` is set once written); None when they are safely kept, else
    one line to show the learner.

    ``told``: the learner has already seen the store's warnings (the chats show them at start),
    so a session that cannot save says so briefly. A write another tutor's lock holds up is kept
    in memory by the store, which says so itself, and lands when the lock frees.
    """
    if store is None:
        return "This run was not kept: the database could not be opened."
    try:
        save_runs(store.conn, runs)
    except sqlite3.Error as error:
        return f"This run was not kept: the database refused it ({error})."
    if not store.persistent:
        if told:
            return ("This run is listed for this session only: nothing can be saved to the "
                    "database (see the warning above).")
        reason = store.warnings[0] if store.warnings else "the database cannot be written"
        return f"This run was not kept: {reason}"
    return None


def parse_number(text: str) -> int:
    """``"12"`` or ``"#12"`` -> 12; a DemoError that says what is wanted otherwise."""
    word = text.strip().lstrip("#")
    if not word:
        raise DemoError("rerun needs the number of a run (the list of recent runs shows them)")
    if not word.isdigit() or len(word) > 18:
        raise DemoError(f"{text.strip()[:20]!r} is not a run number: use a number from the "
                        "list of recent runs, e.g. rerun 3")
    return int(word)


def find(store: Store, text: str) -> DemoRun:
    """The saved run numbered ``text``; a DemoError naming the runs there are otherwise."""
    number = parse_number(text)
    if not store.readable:
        raise DemoError("the kept runs cannot be read this session (see the warning about "
                        "the database)")
    try:
        run = get_run(store.conn, number)
        recent = [] if run else list_runs(store.conn, 1)
    except sqlite3.Error as error:
        raise DemoError(f"the kept runs cannot be read ({error})") from None
    if run is not None:
        return run
    if not recent:
        raise DemoError(f"there is no run {number}: no runs are kept yet. Run a demo first.")
    raise DemoError(f"there is no run {number}: the runs are numbered 1 to {recent[0].id} "
                    "(the list shows the recent ones)")


def replay(demo: Demo, run: DemoRun) -> tuple[dict[str, Any], Controls]:
    """The values and controls that repeat ``run``: same options, seed, preset, and its knob
    turns scheduled at the same units. Raises DemoError when this version cannot repeat it."""
    if run.demo != demo.name:
        raise DemoError(f"run {run.id} is a {run.demo} run, not {demo.name}")
    values = dict(run.options)
    if run.preset:
        values["preset"] = run.preset
    try:
        params = demo.resolve(values)
    except DemoError as error:
        raise DemoError(f"run {run.id} cannot be repeated by this version: {error}") from None
    schedule: dict[int, dict[str, float]] = {}
    for change in run.schedule:
        schedule.setdefault(int(change["at"]), {})[str(change["name"])] = float(change["new"])
    return params, Controls(schedule=schedule)


@dataclass(frozen=True)
class Verdict:
    """Did a re-run reach the saved metrics? ``same`` is None when there was nothing to compare
    (the saved run was stopped)."""

    same: bool | None
    text: str
    differences: tuple[tuple[str, float | None, float | None], ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {"same": self.same, "text": self.text,
                "differences": [{"metric": m, "saved": a, "now": b}
                                for m, a, b in self.differences]}


def _close(saved: float | None, now: float | None) -> bool:
    if saved is None or now is None:
        return saved is None and now is None
    return math.isclose(saved, now, rel_tol=REL_TOL, abs_tol=ABS_TOL)


def _value(value: float | None) -> float | None:
    if value is None or math.isnan(value) or math.isinf(value):
        return None
    return float(value)


def verdict(saved: DemoRun, result: DemoResult) -> Verdict:
    """Compare a re-run's metrics with the saved run's, honestly."""
    if saved.status != FINISHED or not saved.metrics:
        return Verdict(None, f"Run {saved.id} was stopped before it finished, so there are no "
                             "saved metrics to compare with; this time it ran to the end.")
    now = {k: _value(v) for k, v in result.metrics.items()}
    differences = tuple((name, value, now.get(name)) for name, value in saved.metrics.items()
                        if not _close(value, now.get(name)))
    turned = [_change(c) for c in result.changes] != saved.schedule
    if not differences:
        key = saved.key_metric
        shown = f" ({key} {_fmt(saved.metrics.get(key))} both times)" if key else ""
        return Verdict(True, f"Same result as run {saved.id}: all {len(saved.metrics)} metrics "
                             f"match{shown}.")
    listed = "; ".join(f"{m} was {_fmt(a)}, now {_fmt(b)}" for m, a, b in differences[:3])
    more = f" (and {len(differences) - 3} more)" if len(differences) > 3 else ""
    why = ("You turned a knob during the re-run, so it did not follow the saved schedule."
           if turned else
           "Options, seed and knob schedule were the same, so the difference comes from the "
           "arithmetic: floating-point results can differ between CPUs (which vector "
           "instructions torch and numpy use) and library versions.")
    return Verdict(False, f"Not quite the same as run {saved.id}: {listed}{more}. {why}",
                   differences)


def _fmt(value: Any) -> str:
    if value is None:
        return "n/a"
    if isinstance(value, float):
        return f"{value:.4g}"
    return str(value)


def _ago(then: float, now: float) -> str:
    seconds = max(0.0, now - then)
    if seconds < 60:
        return "just now"
    if seconds < 3600:
        return f"{int(seconds // 60)} min ago"
    if seconds < 86400:
        return f"{int(seconds // 3600)} h ago"
    if seconds < 2 * 86400:
        return "yesterday"
    return time.strftime("%Y-%m-%d", time.localtime(then))


def describe(run: DemoRun, now: float | None = None, numbered: bool = True) -> str:
    """One line for the list: number, demo, preset and changed options, seed, key metric, when."""
    now = time.time() if now is None else now
    bits = [f"{run.id}. {run.demo}" if numbered else run.demo]
    setting = [f"preset {run.preset}"] if run.preset else []
    setting += [f"{k}={_fmt(v)}" for k, v in sorted(run.changed.items())]
    bits.append(", ".join(setting) if setting else "defaults")
    bits.append(f"seed {run.seed}")
    if run.status == STOPPED:
        bits.append("stopped")
    elif run.key_metric:
        bits.append(f"{run.key_metric} {_fmt(run.key_value)}")
    if run.compared:
        bits.append(f"compare {run.compared}")
    if run.rerun_of:
        bits.append(f"re-run of {run.rerun_of}")
    bits.append(_ago(run.finished, now))
    return " · ".join(bits)


def recent(store: Store | None, limit: int = 10) -> tuple[list[DemoRun], str | None]:
    """The recent runs, and a line saying why there are none when they cannot be read."""
    if store is None:
        return [], "The kept runs cannot be read: the database could not be opened."
    if not store.readable:  # running on an empty stand-in: "no runs yet" would be untrue
        return [], "The kept runs cannot be read this session: " + (
            store.warnings[0] if store.warnings else "the database could not be read.")
    try:
        return list_runs(store.conn, limit), None
    except sqlite3.Error as error:
        return [], f"The kept runs cannot be read ({error})."


def run_lines(runs: list[DemoRun], rerun: str = "/demo rerun N",
              now: float | None = None) -> list[str]:
    """The numbered list of recent runs, newest first, with how to repeat one."""
    if not runs:
        return ["No runs kept yet: every demo you run is listed here, to repeat exactly."]
    lines = [f"Recent runs (newest first; `{rerun}` repeats one exactly):"]
    lines += ["  " + describe(run, now) for run in runs]
    return lines
