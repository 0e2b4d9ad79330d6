"""The shared demo interface: parameter parsing, bounds, clear errors, cancellation."""

from __future__ import annotations

import threading

import pytest

from tutor.demos.base import (
    Cancelled,
    Demo,
    DemoError,
    DemoResult,
    LinePlot,
    Param,
    Progress,
    RunContext,
)


class Counting(Demo):
    name = "counting"
    summary = "counts"
    lesson = "what-is-ml"
    params = (
        Param("steps", int, 5, "how many steps", 1, 1000),
        Param("rate", float, 0.5, "a rate", 0.0, 1.0),
        Param("slippery", bool, False, "a flag"),
        Param("data", str, "ring", "dataset", choices=("ring", "digits")),
    )

    def _run(self, params, ctx):
        curve = []
        for step in range(params["steps"]):
            ctx.check()
            curve.append(float(step))
            ctx.report(Progress(step + 1, params["steps"], visuals=[LinePlot("c", {"c": curve})]))
        return DemoResult(self.name, params, {"n": len(curve)}, 0.0, [], "", self.lesson, "?")


def test_defaults_and_parsing() -> None:
    demo = Counting()
    assert demo.parse_args([]) == {"seed": 0, "steps": 5, "rate": 0.5, "slippery": False, "data": "ring"}
    parsed = demo.parse_args(["--steps", "7", "--slippery", "--rate=0.25", "--data", "digits"])
    assert parsed["steps"] == 7 and parsed["slippery"] is True and parsed["rate"] == 0.25


@pytest.mark.parametrize(
    "argv, fragment",
    [
        (["--steps", "-1"], "at least 1"),
        (["--steps", "0"], "at least 1"),
        (["--steps", "99999999"], "at most 1000"),
        (["--steps", "lots"], "a whole number"),
        (["--steps", "2.5"], "a whole number"),
        (["--rate", "nan"], "a number"),
        (["--data", "cats"], "one of ring, digits"),
        (["--stpes", "3"], "Did you mean --steps"),
        (["--steps"], "needs a value"),
        (["steps"], "options look like"),
    ],
)
def test_bad_options_give_clear_errors(argv: list[str], fragment: str) -> None:
    with pytest.raises(DemoError, match=fragment):
        Counting().parse_args(argv)


def test_progress_and_result() -> None:
    events: list[Progress] = []
    result = Counting().run({"steps": 3}, RunContext(events.append, min_interval=0))
    assert result.metrics == {"n": 3}
    assert [e.step for e in events] == [1, 2, 3]
    assert result.to_json()["params"]["steps"] == 3


def test_cancel_stops_the_run() -> None:
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(Cancelled):
        Counting().run({}, RunContext(cancel_event=cancel))
