"""Fixtures every demo test uses: a recorded run, and a run cancelled from its progress callback."""

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
