"""Pause, resume, step and knobs on the one demo interface: a real training thread waits while
paused, a step runs exactly one unit, and a knob change applies at the next unit, is recorded,
marked on the curves, explained and replayed exactly."""

from __future__ import annotations

import threading
import time

import pytest

from tutor.demos import get_demo
from tutor.demos.base import (
    Cancelled,
    Controls,
    Demo,
    DemoResult,
    Knob,
    KnobChange,
    LinePlot,
    Param,
    Progress,
    RunContext,
)
from tutor.demos.render_text import render_result

WAIT = 10.0  # seconds a test waits for the training thread before failing


class Stepping(Demo):
    """A demo whose every unit is visible: it records the rate each unit ran with."""

    name = "stepping"
    summary = "steps"
    lesson = "what-is-ml"
    unit = "step"
    params = (Param("steps", int, 8, "units", 1, 1000),
              Param("rate", float, 0.1, "a rate", 0.001, 1.0))
    knobs = (Knob("rate", factor=2.0, low=0.001, high=1.0),)

    def _run(self, params, ctx):
        rate = params["rate"]
        seen: list[float] = []
        for step in range(1, params["steps"] + 1):
            rate = ctx.unit(step).get("rate", rate)
            seen.append(rate)
            ctx.report(Progress(step, params["steps"],
                                visuals=[LinePlot("rates", {"rate": list(seen)},
                                                  x=[float(i) for i in range(1, step + 1)])]))
        return DemoResult(self.name, params, {"last_rate": rate}, 0.0,
                          [LinePlot("rates", {"rate": seen},
                                    x=[float(i) for i in range(1, len(seen) + 1)])],
                          "It stepped.", self.lesson, "?")


def wait_for(condition, what: str) -> None:
    deadline = time.monotonic() + WAIT
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.005)


def start(demo: Demo, ctx: RunContext, values: dict | None = None):
    box: dict = {}

    def work() -> None:
        try:
            box["result"] = demo.run(values or {}, ctx)
        except BaseException as error:  # noqa: BLE001 - checked by the test
            box["error"] = error

    thread = threading.Thread(target=work, daemon=True)
    thread.start()
    return thread, box


def test_paused_thread_waits_then_steps_exactly_one_unit_then_resumes() -> None:
    events: list[Progress] = []
    controls = Controls()
    controls.pause()  # paused before the first unit
    ctx = RunContext(events.append, min_interval=0, pace=0, controls=controls)
    thread, box = start(Stepping(), ctx)
    wait_for(lambda: controls.waiting, "the thread to wait at unit 1")
    time.sleep(0.3)  # a paused run stays paused
    assert controls.position == 1 and events == [] and thread.is_alive()

    controls.step()
    wait_for(lambda: controls.waiting and controls.position == 2, "one unit to run")
    time.sleep(0.3)
    assert [e.step for e in events] == [1]  # exactly one unit ran
    controls.step()
    wait_for(lambda: controls.waiting and controls.position == 3, "the second step")
    assert [e.step for e in events] == [1, 2]

    controls.resume()
    thread.join(WAIT)
    assert not thread.is_alive() and "error" not in box
    assert [e.step for e in events] == list(range(1, 9))


def test_cancel_while_paused_stops_promptly() -> None:
    controls = Controls()
    controls.pause()
    cancel = threading.Event()
    ctx = RunContext(None, cancel_event=cancel, controls=controls)
    thread, box = start(Stepping(), ctx)
    wait_for(lambda: controls.waiting, "the pause")
    cancel.set()
    thread.join(2.0)  # wakes within CANCEL_POLL (0.25 s)
    assert not thread.is_alive()
    assert isinstance(box.get("error"), Cancelled)


def test_a_paused_run_uses_no_cpu() -> None:
    """The training thread sleeps on a condition: the process's CPU time barely moves
    (the benchmark measures it; here a generous bound that holds on a loaded machine)."""
    controls = Controls()
    controls.pause()
    ctx = RunContext(None, controls=controls)
    thread, _ = start(Stepping(), ctx)
    wait_for(lambda: controls.waiting, "the pause")
    before = time.process_time()
    time.sleep(1.0)
    used = time.process_time() - before
    controls.resume()
    thread.join(WAIT)
    assert used < 0.2  # a spinning thread would use about 1 s


def test_knob_change_applies_at_the_next_unit_and_is_recorded() -> None:
    controls = Controls()

    def on_progress(progress: Progress) -> None:
        if progress.step == 3:  # the learner presses + while unit 3 is shown
            controls.nudge(+1)

    ctx = RunContext(on_progress, min_interval=0, pace=0, controls=controls)
    result = Stepping().run({}, ctx)
    assert result.changes == [KnobChange(4, "rate", 0.1, 0.2, "step")]
    (plot,) = result.visuals
    assert plot.series["rate"] == [0.1, 0.1, 0.1, 0.2, 0.2, 0.2, 0.2, 0.2]
    assert plot.marks == [(4.0, "rate 0.1 -> 0.2")]
    assert "rate 0.1 -> 0.2 at step 4" in result.explanation
    assert result.params["rate"] == 0.1  # the starting value: the change is in .changes
    text = render_result(result)
    assert "| rate 0.1 -> 0.2 at step 4" in text
    again = DemoResult.from_dict(result.to_dict())
    assert again.changes == result.changes and again.visuals[0].marks == plot.marks


def test_knob_is_clamped_to_its_bounds_and_unknown_knob_is_refused() -> None:
    knob = Knob("rate", factor=2.0, low=0.001, high=1.0)
    assert knob.moved(0.8, +1) == 1.0 and knob.moved(0.0015, -1) == 0.001
    assert Knob("epsilon_min", step=0.05, low=0.0, high=1.0).moved(0.1, +1) == 0.15
    controls = Controls()
    controls.bind(Stepping.knobs, {"rate": 0.1}, "step")
    with pytest.raises(KeyError, match="no knob 'lr'"):
        controls.set("lr", 0.1)
    assert Controls().nudge(+1) is None  # a demo without knobs: nothing to turn


def test_a_schedule_replays_changes_exactly() -> None:
    first = Stepping().run({}, RunContext(controls=Controls(schedule={5: {"rate": 0.4}})))
    schedule = {c.at: {c.name: c.new} for c in first.changes}
    second = Stepping().run({}, RunContext(controls=Controls(schedule=schedule)))
    assert second.changes == first.changes and second.metrics == first.metrics


def test_real_gan_lr_change_lands_on_the_optimiser_at_that_step() -> None:
    """A GAN whose lr is turned at step 20 differs from one left alone, the change is on
    the loss curve, and replaying it gives the same metrics."""
    values = {"steps": 40}
    changed = get_demo("gan").run(values, RunContext(controls=Controls(schedule={20: {"lr": 0.05}})))
    plain = get_demo("gan").run(values)
    assert changed.changes == [KnobChange(20, "lr", 0.005, 0.05, "step")]
    assert changed.metrics != plain.metrics
    losses = next(v for v in changed.visuals if isinstance(v, LinePlot) and "Losses" in v.title)
    assert losses.marks == [(20.0, "lr 0.005 -> 0.05")]
    again = get_demo("gan").run(values, RunContext(controls=Controls(schedule={20: {"lr": 0.05}})))
    assert again.metrics == changed.metrics


def test_real_rl_exploration_knob_shows_in_the_epsilon_curve() -> None:
    result = get_demo("rl").run(
        {"episodes": 200, "eval_episodes": 10, "explore": 0.1},
        RunContext(controls=Controls(schedule={101: {"epsilon_min": 0.5}})))
    assert result.changes == [KnobChange(101, "epsilon_min", 0.05, 0.5, "episode")]
    plot = next(v for v in result.visuals if isinstance(v, LinePlot))
    xs, eps = plot.x, plot.series["epsilon"]
    before = [e for x, e in zip(xs, eps) if 50 <= x < 101]
    after = [e for x, e in zip(xs, eps) if x >= 101]
    assert before and max(before) == pytest.approx(0.05) and min(after) == pytest.approx(0.5)
