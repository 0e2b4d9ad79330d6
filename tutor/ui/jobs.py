"""The one exclusive "job" slot: long, blocking work (a demo, a model load, generation).

Why one slot: two trainings on a 2-core machine make both crawl and the learner cannot tell
which progress is which. A second job is refused politely; Esc cancels the running one.
This module holds the plain parts (no Textual); ``TutorApp.run_job`` drives them.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

PROGRESS_INTERVAL = 0.1  # seconds between status updates sent to the UI


@dataclass
class JobOutcome:
    """How a job ended: ``value`` on success, else ``cancelled``, ``error`` or ``refused``."""

    value: Any = None
    cancelled: bool = False
    error: BaseException | None = None
    refused: bool = False
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not (self.cancelled or self.error or self.refused)


class Job:
    """Handed to the job function (running in a thread) as its first argument."""

    def __init__(
        self,
        title: str,
        on_progress: Callable[[float | None, str], None],
        call: Callable[..., Any],
    ) -> None:
        self.title = title
        self.cancel_event = threading.Event()
        self._on_progress = on_progress
        self._call = call
        self._last = 0.0
        self.started = time.perf_counter()

    @property
    def cancelled(self) -> bool:
        return self.cancel_event.is_set()

    def progress(self, fraction: float | None, message: str = "", force: bool = False) -> None:
        """Show progress in the status bar (``fraction`` 0..1, or None when unknown)."""
        now = time.perf_counter()
        if force or now - self._last >= PROGRESS_INTERVAL or (fraction or 0) >= 1:
            self._last = now
            self._on_progress(fraction, message)

    def call(self, function: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """Run ``function`` on the UI thread and return its result (for live cards)."""
        return self._call(function, *args, **kwargs)

    def cancel(self) -> None:
        self.cancel_event.set()
