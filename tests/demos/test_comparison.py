"""Compare runs: the same demo with 2-3 values of one option, same seed otherwise, shown as
one chart, one table and one explanation; --json gives the list of runs."""

from __future__ import annotations

import json

import pytest

from tutor.demos import get_demo
from tutor.demos.base import DemoError, DemoResult, LinePlot, Table
from tutor.demos.comparison import compare_runs, parse_compare, runs_json, split_compare
from tutor.demos.render_text import render_markdown

# No epsilon-greedy exploration at all: only the tie-breaking differs between the runs.
SMALL_RL = {"episodes": 150, "eval_episodes": 20, "epsilon": 0.0, "epsilon_min": 0.0}


@pytest.fixture(scope="module")
def rl_comparison() -> DemoResult:
    demo = get_demo("rl")
    return compare_runs(demo, demo.resolve(SMALL_RL), "ties", ["random", "first"])


def test_runs_differ_only_in_the_compared_option(rl_comparison: DemoResult) -> None:
    first, second = rl_comparison.runs
    assert first.params["ties"] == "random" and second.params["ties"] == "first"
    assert {k: v for k, v in first.params.items() if k != "ties"} == \
        {k: v for k, v in second.params.items() if k != "ties"}
    # each run is exactly the run you would get alone
    alone = get_demo("rl").run({**SMALL_RL, "ties": "first"})
    assert alone.metrics == second.metrics


def test_the_difference_shows_and_is_explained(rl_comparison: DemoResult) -> None:
    first, second = rl_comparison.runs
    assert first.metrics["success_rate"] == 1.0 and second.metrics["success_rate"] == 0.0
    chart = next(v for v in rl_comparison.visuals if isinstance(v, LinePlot))
    assert {"success (ties=random)", "success (ties=first)"} <= set(chart.series)
    table = next(v for v in rl_comparison.visuals if isinstance(v, Table))
    assert table.headers == ["metric", "ties=random", "ties=first"]
    assert ["success_rate", "1", "0"] in table.rows
    text = rl_comparison.explanation
    assert "only ties differed" in text
    assert "reinforcement-learning#exploration-versus-exploitation" in text
    assert rl_comparison.compared == "ties"
    assert "success_rate [ties=first]" in rl_comparison.metrics


def test_comparison_round_trips_and_renders(rl_comparison: DemoResult) -> None:
    again = DemoResult.from_dict(json.loads(json.dumps(rl_comparison.to_dict())))
    assert [r.metrics for r in again.runs] == [
        {k: pytest.approx(v) for k, v in r.metrics.items()} for r in rl_comparison.runs]
    assert again.compared == "ties"
    text = render_markdown(rl_comparison)
    assert "ties=first" in text and "Final metrics" in text
    listed = runs_json(rl_comparison)
    assert [r["params"]["ties"] for r in listed] == ["random", "first"]


@pytest.mark.parametrize("spec, fragment", [
    ("epsilon", "needs OPTION=A,B"),
    ("epsilon=0.5", "2 or 3 values"),
    ("epsilon=0.1,0.2,0.3,0.4", "2 or 3 values"),
    ("epsilon=0.1,0.1", "must differ"),
    ("seed=1,2", "seed stays the same"),
    ("epsilno=0.1,0.2", "no option 'epsilno'"),
    ("epsilon=0.1,lots", "needs a number"),
    ("epsilon=0.1,7", "at most 1.0"),
])
def test_bad_compare_specs_are_clear(spec: str, fragment: str) -> None:
    with pytest.raises(DemoError, match=fragment):
        parse_compare(get_demo("rl"), spec)


def test_split_compare_takes_the_spec_out() -> None:
    assert split_compare(["--episodes", "9", "--compare", "alpha=0.1,0.5"]) == \
        ("alpha=0.1,0.5", ["--episodes", "9"])
    assert split_compare(["--compare=alpha=0.1,0.5"]) == ("alpha=0.1,0.5", [])
    with pytest.raises(DemoError):
        split_compare(["--compare"])
