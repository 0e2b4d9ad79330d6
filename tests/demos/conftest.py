"""Fixtures every demo test uses: a recorded run, and a run cancelled from its progress callback;
and the checks every demo's result must pass (it teaches, its progress ends complete)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import pytest

from tutor.demos import get_demo
from tutor.demos.base import Cancelled, DemoResult, Progress, RunContext

RecordedRun = Callable[[str, dict[str, Any]], tuple[DemoResult, list[Progress]]]
CancelledRun = Callable[[str, dict[str, Any], Callable[[Progress], bool]], list[Progress]]


@pytest.fixture(scope="session")
def record_run() -> RecordedRun:
    """``record_run(name, params)``: run a demo flat out (no pauses, every progress event kept)
    and return its result with the events, for module fixtures that several tests read."""

    def run(name: str, params: dict[str, Any]) -> tuple[DemoResult, list[Progress]]:
        events: list[Progress] = []
        result = get_demo(name).run(params, RunContext(events.append, min_interval=0, pace=0))
        return result, events

    return run


@pytest.fixture(scope="session")
def cancel_run() -> CancelledRun:
    """``cancel_run(name, params, when)``: run a demo, set the cancel event from the progress
    callback as soon as ``when(progress)`` is true, check that the run raised ``Cancelled`` and
    return the progress seen (so a test can check it stopped promptly)."""

    def run(name: str, params: dict[str, Any], when: Callable[[Progress], bool]) -> list[Progress]:
        cancel = threading.Event()
        seen: list[Progress] = []

        def on_progress(progress: Progress) -> None:
            seen.append(progress)
            if when(progress):
                cancel.set()

        with pytest.raises(Cancelled):
            get_demo(name).run(params, RunContext(on_progress, cancel_event=cancel, min_interval=0, pace=0))
        return seen

    return run


def assert_explains(result: DemoResult, lesson: str, *phrases: str) -> None:
    """A demo's result teaches: it points to its lesson, its explanation quotes what was measured
    (each of ``phrases``) and it ends with a question for the learner."""
    assert result.lesson == lesson
    for phrase in phrases:
        assert phrase in result.explanation, phrase
    assert result.check_question.endswith("?")


def assert_progress_completes_in_order(events: list[Progress]) -> None:
    """The last event says done, and the steps never go backwards (the card's bar only grows)."""
    assert events[-1].fraction == 1.0
    assert [e.step for e in events] == sorted(e.step for e in events)
