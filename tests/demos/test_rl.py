"""The reinforcement-learning demo: Q-learning on gymnasium's FrozenLake."""

from __future__ import annotations

import pytest

from tutor.demos import get_demo
from tutor.demos.base import LinePlot, PolicyGrid

SMALL = {"episodes": 400, "eval_episodes": 50}
MOVES = {"<": (0, -1), "v": (1, 0), ">": (0, 1), "^": (-1, 0)}


@pytest.fixture(scope="module")
def result_and_events(record_run):
    return record_run("rl", SMALL)


def test_deterministic_lake_is_solved(result_and_events) -> None:
    result, _ = result_and_events
    m = result.metrics
    assert m["success_rate"] == 1.0
    assert m["mean_steps_to_goal"] == 6  # the shortest path on the 4x4 map
    assert m["train_success_last_10pct"] > m["train_success_first_10pct"]
    assert 0 < m["start_value"] <= 1


def test_following_the_arrows_reaches_the_goal(result_and_events) -> None:
    result, _ = result_and_events
    grid = next(v for v in result.visuals if isinstance(v, PolicyGrid))
    assert grid.tiles == ["SFFF", "FHFH", "FFFH", "HFFG"]
    row = col = 0
    for _ in range(16):
        if grid.tiles[row][col] == "G":
            break
        assert grid.tiles[row][col] != "H"
        dr, dc = MOVES[grid.arrows[row][col]]
        row, col = row + dr, col + dc
    assert grid.tiles[row][col] == "G"
    # values: the tile next to the goal is worth more than the start
    assert grid.values[3][2] > grid.values[0][0] > 0
    assert all(grid.arrows[r][c] == " " for r in range(4) for c in range(4)
               if grid.tiles[r][c] in "HG")


def test_progress_carries_the_reward_curve_and_policy(result_and_events) -> None:
    _, events = result_and_events
    training = [e for e in events if e.message.startswith("episode")]
    assert len(training) >= 10
    curve, policy = training[-1].visuals
    assert isinstance(curve, LinePlot) and isinstance(policy, PolicyGrid)
    assert set(curve.series) == {"success", "epsilon"}
    assert curve.series["epsilon"][0] == 1.0
    assert events[-1].fraction == 1.0


def test_slippery_is_harder_but_learned() -> None:
    m = get_demo("rl").run({"slippery": True, "episodes": 2000, "eval_episodes": 200}).metrics
    assert 0.3 < m["success_rate"] < 1.0  # a random walk succeeds about 1.5% of the time
    assert m["train_success_last_10pct"] > m["train_success_first_10pct"]


def test_size_8_map() -> None:
    result = get_demo("rl").run({"size": 8, "episodes": 20, "eval_episodes": 2})
    grid = next(v for v in result.visuals if isinstance(v, PolicyGrid))
    assert len(grid.tiles) == 8 and all(len(row) == 8 for row in grid.arrows)


def test_same_seed_same_run() -> None:
    params = {"slippery": True, "episodes": 300, "eval_episodes": 100, "seed": 5}
    a = get_demo("rl").run(params)
    b = get_demo("rl").run(params)
    assert a.metrics == b.metrics
    assert a.to_dict()["visuals"] == b.to_dict()["visuals"]


def test_cancel_from_the_progress_callback(cancel_run) -> None:
    seen = cancel_run("rl", {"episodes": 50000}, lambda p: p.step >= 1000)
    assert seen[-1].step < 2000
