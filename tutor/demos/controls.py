"""Pause, resume, step and knobs: what a learner can do to a demo while it trains.

A ``Controls`` object is shared by two threads: the face (the chat's keys, a test, a replay
schedule) calls ``pause``, ``resume``, ``step`` and ``nudge``/``set``; the training thread
calls ``at_unit`` at the start of each of its units (a step, an epoch, an episode). That is
the only place a change takes effect, so a run is always in a well-defined state between
units: a knob turned mid-epoch applies from the next unit on, and is recorded with that
unit's number so the curves can mark it and a re-run can replay it exactly.

Paused means the training thread sleeps on a ``threading.Condition``: it uses no CPU. It
wakes when resumed or stepped, and every ``CANCEL_POLL`` seconds to notice a cancel event
(the chat's Esc sets a plain ``threading.Event`` that cannot notify a condition).
Nothing here knows about Textual or terminals.
"""

from __future__ import annotations

import math
import threading
from dataclasses import dataclass, field
from typing import Any

CANCEL_POLL = 0.25  # seconds between checks of the cancel event while paused


@dataclass(frozen=True)
class Knob:
    """An option the learner may change while the demo runs, and how one key press moves it:
    multiplied or divided by ``factor`` (learning rates live on a log scale) or moved by
    ``step`` (rates between 0 and 1). The bounds are the option's own."""

    name: str  # the Param name, e.g. "lr"
    factor: float = 0.0
    step: float = 0.0
    low: float = 0.0
    high: float = math.inf

    def moved(self, value: float, direction: int) -> float:
        """``value`` after one press up (+1) or down (-1), kept within the bounds."""
        if self.factor:
            new = value * self.factor if direction > 0 else value / self.factor
        else:
            new = value + self.step * (1 if direction > 0 else -1)
        new = min(self.high, max(self.low, new))
        return float(f"{new:.6g}")  # 0.1 + 0.2 shown as 0.3, not 0.30000000000000004


@dataclass(frozen=True)
class KnobChange:
    """A knob turned while the run trained: from ``old`` to ``new`` at unit ``at``."""

    at: int  # the unit (step, epoch, episode) from which the new value applied
    name: str
    old: float
    new: float
    unit: str = "step"

    def describe(self) -> str:
        return f"{self.name} {_short(self.old)} -> {_short(self.new)} at {self.unit} {self.at}"

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> KnobChange:
        return cls(int(data["at"]), str(data["name"]), float(data["old"]), float(data["new"]),
                   str(data.get("unit", "step")))


def _short(value: float) -> str:
    return f"{value:.4g}"


@dataclass
class Controls:
    """The learner's hands on a running demo (thread-safe).

    ``schedule`` maps a unit number to knob values to set there: how a kept run replays the
    knob changes of the original, and how tests turn a knob at an exact unit."""

    schedule: dict[int, dict[str, float]] = field(default_factory=dict)
    knobs: tuple[Knob, ...] = ()
    values: dict[str, float] = field(default_factory=dict)  # current knob values
    selected: int = 0  # index into knobs of the one the keys move
    position: int = 0  # the last unit the training reached
    unit: str = "step"

    def __post_init__(self) -> None:
        self._cond = threading.Condition()
        self._paused = False
        self._credit = 0  # units allowed to run while paused (``step``)
        self._pending: dict[str, float] = {}
        self.waiting = False  # True while the training thread sleeps on a pause

    # ------------------------------------------------------------ face side
    @property
    def paused(self) -> bool:
        return self._paused

    def pause(self) -> None:
        with self._cond:
            self._paused = True
            self._credit = 0

    def resume(self) -> None:
        with self._cond:
            self._paused = False
            self._credit = 0
            self._cond.notify_all()

    def toggle(self) -> bool:
        """Pause if running, resume if paused; True when now paused."""
        if self._paused:
            self.resume()
        else:
            self.pause()
        return self._paused

    def step(self) -> None:
        """Run exactly one more unit, then stay paused (pauses first if running)."""
        with self._cond:
            self._paused = True
            self._credit += 1
            self._cond.notify_all()

    def wake(self) -> None:
        """Wake a paused training thread at once (after a cancel, so it stops promptly)."""
        with self._cond:
            self._cond.notify_all()

    @property
    def knob(self) -> Knob | None:
        return self.knobs[self.selected % len(self.knobs)] if self.knobs else None

    def select_next(self) -> Knob | None:
        if self.knobs:
            self.selected = (self.selected + 1) % len(self.knobs)
        return self.knob

    def nudge(self, direction: int) -> tuple[str, float] | None:
        """Move the selected knob one press up or down; it applies at the next unit.
        Returns (name, requested value), or None when the demo has no knobs."""
        knob = self.knob
        if knob is None:
            return None
        with self._cond:
            current = self._pending.get(knob.name, self.values.get(knob.name, 0.0))
            new = knob.moved(float(current), direction)
            self._pending[knob.name] = new
            self._cond.notify_all()
        return knob.name, new

    def set(self, name: str, value: float) -> None:
        """Ask for ``name`` = ``value`` from the next unit on."""
        if name not in {k.name for k in self.knobs}:
            known = ", ".join(k.name for k in self.knobs) or "none"
            raise KeyError(f"no knob {name!r} (knobs: {known})")
        with self._cond:
            self._pending[name] = float(value)

    def requested(self, name: str) -> float | None:
        """The value waiting to apply at the next unit, if any."""
        with self._cond:
            return self._pending.get(name)

    # ------------------------------------------------------------ training side
    def bind(self, knobs: tuple[Knob, ...], values: dict[str, float], unit: str) -> None:
        """Called by ``Demo.run`` before training: which knobs exist and where they start."""
        self.knobs, self.unit = knobs, unit
        self.values = {k.name: float(values[k.name]) for k in knobs}
        self.selected = 0

    def at_unit(self, unit: int, cancel: threading.Event) -> list[KnobChange]:
        """The start of unit ``unit``: sleep while paused (one unit per ``step``), then
        apply scheduled and requested knob values. Returns the changes that took effect."""
        with self._cond:
            self.position = unit
            while self._paused and self._credit == 0 and not cancel.is_set():
                self.waiting = True
                self._cond.wait(CANCEL_POLL)
            self.waiting = False
            if self._paused and self._credit > 0:
                self._credit -= 1
            wanted = dict(self.schedule.get(unit, {}))
            wanted.update(self._pending)
            self._pending.clear()
        changes = []
        for name, new in wanted.items():
            old = self.values.get(name)
            if old is None or old == new:
                continue
            self.values[name] = new
            changes.append(KnobChange(unit, name, old, new, self.unit))
        return changes
