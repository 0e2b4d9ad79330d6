"""Runs are kept: a result becomes rows, a row replays exactly, the verdict is honest.

The re-run test is an outcome test: it must hold for seeds 0-9 under
``ATEN_CPU_CAPABILITY=default`` and ``avx2`` (run this file under both). It trains each cheap
demo with a knob turned mid-run (as a learner would), saves the run in a real database, reads it
back and re-runs it from the row alone.
"""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from tutor.core.demo_runs import FINISHED, STOPPED, get_run, list_runs
from tutor.core.store import open_store
from tutor.demos import get_demo, kept_runs
from tutor.demos.base import Controls, DemoError, KnobChange, RunContext
from tutor.demos.comparison import compare_runs

# (demo, reduced options, a knob turn {unit: {knob: value}}): cheap enough for ten seeds
CHEAP = [
    ("rl", {"episodes": 200, "eval_episodes": 30}, {60: {"alpha": 0.4}}),
    ("classifier", {"model": "mlp", "epochs": 6, "hidden": 16}, {3: {"lr": 0.004}}),
    ("gan", {"steps": 60}, {30: {"lr": 0.01}}),
]


@pytest.fixture
def store(tmp_path: Path):
    opened = open_store(tmp_path / "tutor.db")
    yield opened
    opened.close()


def _original(name: str, options: dict, schedule: dict, seed: int):
    demo = get_demo(name)
    ctx = RunContext(controls=Controls(schedule=schedule))
    return demo, demo.run({**options, "seed": seed}, ctx)


@pytest.mark.parametrize(("name", "options", "schedule"), CHEAP, ids=[c[0] for c in CHEAP])
def test_a_saved_run_reruns_to_the_same_metrics_for_seeds_0_to_9(store, name, options,
                                                                 schedule) -> None:
    for seed in range(10):
        demo, result = _original(name, options, schedule, seed)
        assert result.changes, "the knob turn must really happen in the original"
        rows = kept_runs.finished(demo, result, "cli", 1000.0)
        assert kept_runs.keep(store, rows) is None
        saved = get_run(store.conn, rows[0].id)  # from the database, not the object in hand
        params, controls = kept_runs.replay(demo, saved)
        again = demo.run(params, RunContext(controls=controls))
        verdict = kept_runs.verdict(saved, again)
        assert verdict.same, (seed, verdict.text)
        assert again.changes == result.changes and again.params == result.params
        for metric, value in result.metrics.items():
            assert again.metrics[metric] == pytest.approx(value, nan_ok=True, rel=1e-6)


def test_rows_of_a_preset_run_name_the_preset_and_what_differs() -> None:
    demo = get_demo("rl")
    result = demo.run({"preset": "no-explore", "episodes": 100, "eval_episodes": 10, "seed": 4})
    (row,) = kept_runs.finished(demo, result, "chat", 1000.0)
    assert row.preset == "no-explore" and row.seed == 4 and row.status == FINISHED
    assert "preset" not in row.options and row.options["episodes"] == 100
    # against the preset's own values, not the defaults: only what the learner changed
    assert row.changed == {"episodes": 100, "eval_episodes": 10}
    assert row.key_metric == "success_rate" and row.metrics == result.metrics
    params, _ = kept_runs.replay(demo, row)
    assert demo.run(params).metrics == result.metrics  # the preset comes back with the row
    assert "preset no-explore" in kept_runs.describe(row)


def test_a_comparison_is_one_row_per_run_sharing_a_group(store) -> None:
    demo = get_demo("rl")
    params = demo.resolve({"episodes": 80, "eval_episodes": 10})
    result = compare_runs(demo, params, "alpha", [0.1, 0.5])
    rows = kept_runs.finished(demo, result, "plain", 1000.0)
    assert [r.options["alpha"] for r in rows] == [0.1, 0.5]
    assert len({r.group for r in rows}) == 1 and rows[0].group and rows[0].compared == "alpha"
    assert [r.metrics for r in rows] == [r.metrics for r in result.runs]
    kept_runs.keep(store, rows)
    second = get_run(store.conn, rows[1].id)
    again = demo.run(*kept_runs.replay(demo, second)[:1])
    assert kept_runs.verdict(second, again).same


def test_a_stopped_run_is_kept_marked_and_reruns_to_the_end(store) -> None:
    demo = get_demo("rl")
    params = demo.parse_args(["--episodes", "100", "--seed", "2"])
    turned = [KnobChange(10, "alpha", 0.1, 0.2, "episode")]
    rows = kept_runs.stopped(demo, params, turned, "chat", 1000.0)
    kept_runs.keep(store, rows)
    (saved,) = list_runs(store.conn)
    assert saved.status == STOPPED and saved.metrics == {} and saved.schedule[0]["at"] == 10
    assert "stopped" in kept_runs.describe(saved)
    values, controls = kept_runs.replay(demo, saved)
    assert controls.schedule == {10: {"alpha": 0.2}}
    verdict = kept_runs.verdict(saved, demo.run(values, RunContext(controls=controls)))
    assert verdict.same is None and "stopped before it finished" in verdict.text


def test_a_stopped_comparison_keeps_one_row_per_value(store) -> None:
    demo = get_demo("rl")
    params = demo.resolve({})
    rows = kept_runs.stopped(demo, params, [], "cli", 1000.0, ("alpha", [0.1, 0.3, 0.5]))
    assert [r.options["alpha"] for r in rows] == [0.1, 0.3, 0.5]
    assert {r.status for r in rows} == {STOPPED} and len({r.group for r in rows}) == 1


def test_a_different_result_is_said_honestly() -> None:
    demo = get_demo("rl")
    result = demo.run({"episodes": 60, "eval_episodes": 10})
    (row,) = kept_runs.finished(demo, result, "cli", 1000.0)
    row.id = 7
    row.metrics = {**row.metrics, "success_rate": 0.123}
    verdict = kept_runs.verdict(row, result)
    assert verdict.same is False
    assert "Not quite the same as run 7" in verdict.text and "success_rate was 0.123" in verdict.text
    assert "floating-point" in verdict.text
    assert verdict.differences[0][0] == "success_rate"
    # a tiny float wobble is not a difference; a NaN metric saved as null matches a NaN again
    row.metrics = {**result.metrics, "start_value": result.metrics["start_value"] * (1 + 1e-9)}
    assert kept_runs.verdict(row, result).same
    row.metrics = {"start_value": None}
    result.metrics = {"start_value": math.nan}
    assert kept_runs.verdict(row, result).same


@pytest.mark.parametrize("text", ["", "x", "-3", "1.5", "9" * 40, "two"])
def test_bad_run_numbers_get_a_clear_message(store, text) -> None:
    with pytest.raises(DemoError) as error:
        kept_runs.find(store, text)
    assert "run" in str(error.value)


def test_missing_runs_say_which_numbers_exist(store) -> None:
    with pytest.raises(DemoError, match="no runs are kept yet"):
        kept_runs.find(store, "3")
    demo = get_demo("rl")
    kept_runs.keep(store, kept_runs.stopped(demo, demo.resolve({}), [], "cli", 1000.0))
    assert kept_runs.find(store, "#1").id == 1
    with pytest.raises(DemoError, match="numbered 1 to 1"):
        kept_runs.find(store, "3")


def test_a_run_this_version_cannot_repeat_is_refused_clearly(store) -> None:
    demo = get_demo("rl")
    (row,) = kept_runs.stopped(demo, demo.resolve({}), [], "cli", 1000.0)
    row.options["episodes"] = 10**9  # beyond the option's bounds now
    with pytest.raises(DemoError, match="cannot be repeated"):
        kept_runs.replay(demo, row)


def test_a_session_that_cannot_save_says_so() -> None:
    """A store running in memory (the file is read-only: see tests/faults for the real one)."""
    import sqlite3

    from tutor.core.store import Store, migrate

    conn = sqlite3.connect(":memory:")
    migrate(conn)
    store = Store(conn=conn, path=None, warnings=["The database /x/tutor.db is read-only."])
    demo = get_demo("rl")
    rows = kept_runs.stopped(demo, demo.resolve({}), [], "cli", 1000.0)
    assert kept_runs.keep(store, rows) == "This run was not kept: The database /x/tutor.db is read-only."
    assert "session only" in kept_runs.keep(store, rows, told=True)
    assert len(list_runs(store.conn)) == 2  # still listed for this session
    conn.execute("DROP TABLE demo_runs")
    assert "refused" in kept_runs.keep(store, rows)  # a broken database: one line, no raise
    assert kept_runs.keep(None, rows).startswith("This run was not kept")
    store.readable = False  # the file could not even be read: never claim "no runs yet"
    runs, problem = kept_runs.recent(store)
    assert runs == [] and problem.startswith("The kept runs cannot be read this session")
    with pytest.raises(DemoError, match="cannot be read this session"):
        kept_runs.find(store, "1")


def test_the_list_is_numbered_newest_first(store) -> None:
    demo = get_demo("rl")
    for seed in (1, 2):
        kept_runs.keep(store, kept_runs.stopped(demo, demo.resolve({"seed": seed}), [], "cli",
                                                1000.0))
    lines = kept_runs.run_lines(list_runs(store.conn))
    assert "rerun N" in lines[0]
    assert lines[1].strip().startswith("2. rl") and "seed 2" in lines[1]
    assert lines[2].strip().startswith("1. rl") and "defaults" in lines[2]
    assert "No runs kept yet" in kept_runs.run_lines([])[0]
