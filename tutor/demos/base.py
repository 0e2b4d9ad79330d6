"""The one interface every demo shares.

A demo is a small training run a learner watches. It declares typed parameters (with bounds
and help), runs while reporting progress events that carry partial results, can be
cancelled, and returns plain data. Nothing here knows about Textual or terminals: the chat
and the CLI render the same ``Visual`` objects (see ``tutor.demos.render_text`` for the
plain-text renderer used by the CLI and by ``/export``).
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import Any, ClassVar, Literal

from tutor.demos.controls import Controls, Knob, KnobChange

__all__ = ["Controls", "Knob", "KnobChange"]  # re-exported: the one demo interface

# --------------------------------------------------------------------------- visuals


@dataclass
class LinePlot:
    """One or more curves (loss, reward, accuracy) against a shared step axis."""

    title: str
    series: dict[str, list[float]]
    x: list[float] | None = None  # default: 0..n-1 for each series
    xlabel: str = "step"
    ylabel: str = ""
    # Knob changes made while it ran, as (x, label) pairs: "lr 0.005 -> 0.02" at step 640.
    # Filled in by the run (``RunContext``), never by the demo itself.
    marks: list[tuple[float, str]] = field(default_factory=list)
    kind: Literal["line"] = "line"


@dataclass
class ScatterPlot:
    """Points in 2-D grouped by label (cluster, digit, real vs generated)."""

    title: str
    groups: dict[str, list[tuple[float, float]]]
    kind: Literal["scatter"] = "scatter"


@dataclass
class ImageGrid:
    """Small grayscale pictures (values 0..1, row-major), e.g. 8x8 digits, with captions."""

    title: str
    images: list[list[list[float]]]
    captions: list[str] = field(default_factory=list)
    columns: int = 8
    kind: Literal["images"] = "images"


@dataclass
class PolicyGrid:
    """A grid world: tile letters (S start, F frozen, H hole, G goal), arrows, state values."""

    title: str
    tiles: list[str]  # one string per row, e.g. "SFFF"
    arrows: list[str]  # one string per row of "<v>^" (" " for holes/goal, "." nothing learned)
    values: list[list[float]]
    kind: Literal["policy"] = "policy"


@dataclass
class Table:
    """A small table (confusion matrix, metric comparison)."""

    title: str
    headers: list[str]
    rows: list[list[str]]
    kind: Literal["table"] = "table"


@dataclass
class TextBlock:
    """Free text shown as is, e.g. samples from a language model as it trains."""

    title: str
    text: str
    kind: Literal["text"] = "text"


Visual = LinePlot | ScatterPlot | ImageGrid | PolicyGrid | Table | TextBlock


def visual_to_dict(visual: Visual) -> dict[str, Any]:
    return asdict(visual)


_VISUAL_KINDS: dict[str, type] = {
    "line": LinePlot, "scatter": ScatterPlot, "images": ImageGrid,
    "policy": PolicyGrid, "table": Table, "text": TextBlock,
}


def visual_from_dict(data: dict[str, Any]) -> Visual:
    """Inverse of ``visual_to_dict`` (a stored chat message redraws its demo from this).
    Unknown keys are ignored so older stored payloads keep loading."""
    cls = _VISUAL_KINDS.get(str(data.get("kind")))
    if cls is None:
        raise DemoError(f"unknown visual kind {data.get('kind')!r}")
    names = {f for f in cls.__dataclass_fields__ if f != "kind"}
    visual = cls(**{k: v for k, v in data.items() if k in names})
    if isinstance(visual, ScatterPlot):  # JSON turns the point tuples into lists
        visual.groups = {g: [tuple(p) for p in pts] for g, pts in visual.groups.items()}
    if isinstance(visual, LinePlot):
        visual.marks = [(float(x), str(label)) for x, label in visual.marks]
    return visual


# --------------------------------------------------------------------------- run protocol


@dataclass
class Progress:
    """One progress event: how far along, a one-line status, and the visuals so far."""

    step: int
    total: int
    message: str = ""
    visuals: list[Visual] = field(default_factory=list)

    @property
    def fraction(self) -> float:
        return 0.0 if self.total <= 0 else min(1.0, self.step / self.total)


@dataclass
class DemoResult:
    """What a finished demo leaves in the conversation and prints as JSON."""

    demo: str
    params: dict[str, Any]
    metrics: dict[str, float]
    seconds: float
    visuals: list[Visual]
    explanation: str  # "what just happened", in the course's terms
    lesson: str  # lesson id the explanation cites
    check_question: str  # one question for the learner to answer to themselves
    preset: str = ""  # the named preset the run started from ("" = none)
    changes: list[KnobChange] = field(default_factory=list)  # knobs turned while it ran
    runs: list[DemoResult] = field(default_factory=list)  # a comparison's runs, in order
    compared: str = ""  # the option a comparison varied ("" = a single run)

    def to_json(self) -> dict[str, Any]:
        """The stable CLI contract: demo, params, metrics, seconds (and, when they apply,
        the preset and the knob changes, so a run can be repeated exactly)."""
        data: dict[str, Any] = {
            "demo": self.demo,
            "params": self.params,
            "metrics": {k: _plain_number(v) for k, v in self.metrics.items()},
            "seconds": round(self.seconds, 3),
        }
        if self.preset:
            data["preset"] = self.preset
        if self.changes:
            data["changes"] = [asdict(c) for c in self.changes]
        return data

    def to_dict(self) -> dict[str, Any]:
        """Everything, as plain data (stored with the chat so the history can redraw it)."""
        data = self.to_json()
        data.update(
            visuals=[visual_to_dict(v) for v in self.visuals],
            explanation=self.explanation,
            lesson=self.lesson,
            check_question=self.check_question,
        )
        if self.runs:
            data.update(runs=[r.to_json() for r in self.runs], compared=self.compared)
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> DemoResult:
        """Rebuild a result from ``to_dict`` output (e.g. read back from the chat history)."""
        return cls(
            demo=str(data.get("demo", "")),
            params=dict(data.get("params", {})),
            metrics={k: (math.nan if v is None else float(v))
                     for k, v in dict(data.get("metrics", {})).items()},
            seconds=float(data.get("seconds", 0.0)),
            visuals=[visual_from_dict(v) for v in data.get("visuals", [])],
            explanation=str(data.get("explanation", "")),
            lesson=str(data.get("lesson", "")),
            check_question=str(data.get("check_question", "")),
            preset=str(data.get("preset", "")),
            changes=[KnobChange.from_dict(c) for c in data.get("changes", [])],
            runs=[DemoResult.from_dict(r) for r in data.get("runs", [])],
            compared=str(data.get("compared", "")),
        )


def _plain_number(value: float) -> float | None:
    value = float(value)
    return None if math.isnan(value) or math.isinf(value) else round(value, 6)


class Cancelled(Exception):
    """Raised inside a demo when the learner cancelled it (Esc, Ctrl+C)."""


class DemoError(ValueError):
    """A clear, learner-facing message about bad parameters or an unknown demo."""


class RunContext:
    """Handed to ``Demo.run``: report progress, check for cancellation, read the clock."""

    def __init__(
        self,
        on_progress: Callable[[Progress], None] | None = None,
        cancel_event: threading.Event | None = None,
        min_interval: float = 0.1,
        pace: float = 1.0,
        controls: Controls | None = None,
    ) -> None:
        self._on_progress = on_progress
        self.cancel_event = cancel_event or threading.Event()
        self._min_interval = min_interval
        self.pace = pace  # multiplies every pause(); tests set 0
        self._last = 0.0
        self.started = time.perf_counter()
        self.controls = controls or Controls()
        self.changes: list[KnobChange] = []  # knob changes applied so far, in order

    def check(self) -> None:
        """Raise ``Cancelled`` if cancellation was requested. Call it often (every step)."""
        if self.cancel_event.is_set():
            raise Cancelled()

    def unit(self, number: int) -> dict[str, float]:
        """Call at the start of every unit of training (step, epoch, episode ``number``).

        Checks for cancellation, sleeps while the learner has paused (``Controls``), and
        returns the knobs whose values change from this unit on ({name: new value}): the demo
        applies them (say, to its optimiser) before doing the unit's work."""
        self.check()
        changes = self.controls.at_unit(number, self.cancel_event)
        self.check()
        self.changes.extend(changes)
        return {c.name: c.new for c in changes}

    def report(self, progress: Progress, force: bool = False) -> None:
        """Send a progress event, at most every ``min_interval`` seconds unless forced."""
        self.check()
        now = time.perf_counter()
        if self._on_progress is None:
            return
        if force or now - self._last >= self._min_interval or progress.step >= progress.total:
            self._last = now
            if self.changes:
                mark_curves(progress.visuals, self.changes)
            self._on_progress(progress)

    def elapsed(self) -> float:
        return time.perf_counter() - self.started

    @property
    def watched(self) -> bool:
        """True when someone receives progress events (the chat, a terminal), False for --json."""
        return self._on_progress is not None

    def pause(self, seconds: float) -> None:
        """Wait a moment so a watcher can see a step that took microseconds (k-means moves,
        an epoch of a tiny model). Free when nobody watches or ``pace`` is 0; cancellation
        interrupts the wait at once."""
        wait = seconds * self.pace
        if wait <= 0 or not self.watched:
            self.check()
            return
        if self.cancel_event.wait(wait):
            raise Cancelled()


def mark_curves(visuals: list[Visual], changes: list[KnobChange]) -> None:
    """Put every knob change on the curves drawn against the same unit (steps, epochs...)."""
    for visual in visuals:
        if isinstance(visual, LinePlot):
            unit = visual.xlabel.split()[0] if visual.xlabel else ""
            visual.marks = [(float(c.at), f"{c.name} {c.old:.4g} -> {c.new:.4g}")
                            for c in changes if c.unit == unit]


def describe_changes(changes: list[KnobChange]) -> str:
    """A sentence for the explanation: what the learner changed while the run trained."""
    if not changes:
        return ""
    return "While it trained you changed " + "; ".join(c.describe() for c in changes) + "."


# --------------------------------------------------------------------------- parameters


@dataclass(frozen=True)
class Param:
    """A typed, bounded demo option. ``name`` uses underscores; the CLI shows ``--name-like``."""

    name: str
    type: type  # int, float, bool or str
    default: Any
    help: str
    min: float | None = None
    max: float | None = None
    choices: tuple[Any, ...] | None = None

    @property
    def flag(self) -> str:
        return "--" + self.name.replace("_", "-")

    def describe(self) -> str:
        bits = [f"{self.flag}"]
        if self.type is not bool:
            bits.append(self.type.__name__.upper())
        text = " ".join(bits) + f": {self.help} (default {self.default}"
        if self.choices:
            text += ", one of " + ", ".join(map(str, self.choices))
        elif self.min is not None or self.max is not None:
            text += f", {self.min}..{self.max}"
        return text + ")"

    def convert(self, raw: Any) -> Any:
        """Turn a raw value (string from a command line, or a Python value) into a valid one."""
        try:
            if self.type is bool:
                if isinstance(raw, bool):
                    value: Any = raw
                elif str(raw).strip().lower() in {"1", "true", "yes", "on"}:
                    value = True
                elif str(raw).strip().lower() in {"0", "false", "no", "off"}:
                    value = False
                else:
                    raise ValueError
            elif self.type is int:
                if isinstance(raw, bool):
                    raise ValueError
                if isinstance(raw, float) and not raw.is_integer():
                    raise ValueError
                value = int(str(raw).strip()) if not isinstance(raw, (int, float)) else int(raw)
            elif self.type is float:
                if isinstance(raw, bool):
                    raise ValueError
                value = float(str(raw).strip())
                if math.isnan(value) or math.isinf(value):
                    raise ValueError
            else:
                value = str(raw)
        except (ValueError, OverflowError):
            kind = {bool: "true or false", int: "a whole number", float: "a number"}.get(
                self.type, "text"
            )
            raise DemoError(f"{self.flag} needs {kind}, got {str(raw)[:40]!r}") from None
        if self.choices is not None and value not in self.choices:
            options = ", ".join(map(str, self.choices))
            raise DemoError(f"{self.flag} must be one of {options}, got {value!r}")
        if self.min is not None and value < self.min:
            raise DemoError(f"{self.flag} must be at least {self.min}, got {value}")
        if self.max is not None and value > self.max:
            raise DemoError(f"{self.flag} must be at most {self.max}, got {value}")
        return value


SEED = Param("seed", int, 0, "random seed: the same seed gives the same run", 0, 2**31 - 1)


@dataclass(frozen=True)
class Preset:
    """A named set of options that breaks the demo on purpose, to show a failure the course
    teaches. ``explain`` is formatted with the run's metrics (``{train_accuracy:.0%}``) and
    added to the result; ``shows`` says whether the failure really showed in those metrics
    (the explanation says so honestly when it did not); ``small`` is the reduced size the
    tests run it at."""

    name: str
    values: dict[str, Any]
    summary: str  # one line for --help
    section: str  # the course section it illustrates, "<lesson-id>#<slug>"
    explain: str
    shows: Callable[[dict[str, float]], bool]
    small: dict[str, Any] = field(default_factory=dict)

    def explanation(self, metrics: dict[str, float]) -> str:
        # metric names such as "real_word_ratio_t0.5" are written "real_word_ratio_t0_5" here
        text = self.explain.format(**{k.replace(".", "_"): v for k, v in metrics.items()})
        if not self.shows(metrics):
            text += (" This time the failure did not fully show (this seed was lucky): try "
                     "another --seed.")
        return f"Broken on purpose (preset {self.name}): {text} (see {self.section})"


class Demo:
    """Base class. Subclasses set the class attributes and implement ``_run``."""

    name: str = ""
    summary: str = ""  # one line for `/demo` and `tutor demo --list`
    lesson: str = ""  # lesson id this demo illustrates
    params: tuple[Param, ...] = ()
    unit: str = "step"  # what one unit of training is: pause, step and knobs act per unit
    knobs: tuple[Knob, ...] = ()  # options the learner may change while it runs
    presets: tuple[Preset, ...] = ()  # settings that break it on purpose
    headline: tuple[str, ...] = ()  # metrics a comparison puts in its table, first = main
    # Why an option matters, for a comparison's explanation: {param: (sentence, section id)}
    compare_notes: ClassVar[dict[str, tuple[str, str]]] = {}

    def all_params(self) -> tuple[Param, ...]:
        return (SEED, *self.params)

    def preset(self, name: str) -> Preset:
        """The preset called ``name``; a DemoError listing the presets when there is none."""
        for preset in self.presets:
            if preset.name == name.strip().lower():
                return preset
        names = ", ".join(p.name for p in self.presets) or "none"
        raise DemoError(f"{self.name} has no preset {name[:40]!r}. Presets: {names}")

    def resolve(self, values: dict[str, Any] | None = None) -> dict[str, Any]:
        """Defaults overlaid with ``values`` (validated). Unknown names are an error.
        A ``preset`` value starts from that preset's options; other values override them."""
        known = {p.name: p for p in self.all_params()}
        resolved = {p.name: p.default for p in known.values()}
        values = dict(values or {})
        preset = values.pop("preset", "") or ""
        if preset:
            resolved.update(self.preset(str(preset)).values)
            resolved["preset"] = self.preset(str(preset)).name
        for key, raw in values.items():
            name = key.lstrip("-").replace("-", "_")
            if name not in known:
                raise DemoError(_unknown_option(self, name, known))
            resolved[name] = known[name].convert(raw)
        return resolved

    def parse_args(self, argv: list[str]) -> dict[str, Any]:
        """Parse ``--name value`` / ``--flag`` words (shared by CLI and chat) into params."""
        known = {p.flag: p for p in self.all_params()}
        values: dict[str, Any] = {}
        i = 0
        while i < len(argv):
            word = argv[i]
            if not word.startswith("--"):
                raise DemoError(f"unexpected {word[:40]!r}: options look like --name value")
            flag, _, inline = word.partition("=")
            if flag == "--preset":
                if not inline and i + 1 >= len(argv):
                    raise DemoError("--preset needs a name: " + self._preset_names())
                values["preset"] = inline or argv[i + 1]
                if not values["preset"].strip():  # `--preset ""` once ran the demo as if unset
                    raise DemoError("--preset needs a name: " + self._preset_names())
                i += 1 if inline else 2
                continue
            param = known.get(flag)
            if param is None:
                raise DemoError(_unknown_option(self, flag[2:].replace("-", "_"), None))
            if param.type is bool and not inline:
                values[param.name] = True
                i += 1
                continue
            if inline:
                values[param.name] = inline
                i += 1
                continue
            if i + 1 >= len(argv):
                raise DemoError(f"{flag} needs a value")
            values[param.name] = argv[i + 1]
            i += 2
        return self.resolve(values)

    def _preset_names(self) -> str:
        return ", ".join(p.name for p in self.presets) or "this demo has none"

    def usage(self) -> str:
        lines = [f"/demo {self.name}: {self.summary}"]
        lines += ["  " + p.describe() for p in self.all_params()]
        lines += ["  " + line for line in self.extra_usage()]
        return "\n".join(lines)

    def extra_usage(self) -> list[str]:
        """Presets, knobs and --compare, for every face's help."""
        lines = []
        for preset in self.presets:
            lines.append(f"--preset {preset.name}: {preset.summary} (see {preset.section})")
        lines.append("--compare OPTION=A,B[,C]: train 2-3 runs that differ only in OPTION, "
                     "side by side")
        if self.knobs:
            names = ", ".join(k.name for k in self.knobs)
            lines.append(f"while it runs (chat): space pauses/resumes, . steps one {self.unit}, "
                         f"Ctrl+K picks a knob ({names}), + and - turn it")
        else:
            lines.append(f"while it runs (chat): space pauses/resumes, . steps one {self.unit}")
        return lines

    def run(
        self, values: dict[str, Any] | None = None, ctx: RunContext | None = None
    ) -> DemoResult:
        """Validate parameters, run, and time the demo. Raises DemoError or Cancelled."""
        params = self.resolve(values)
        preset = self.preset(params.pop("preset")) if "preset" in params else None
        ctx = ctx or RunContext()
        ctx.controls.bind(self.knobs, params, self.unit)
        started = time.perf_counter()
        with _blas_threads():
            result = self._run(dict(params), ctx)
        result.seconds = time.perf_counter() - started
        result.params = params  # the starting values: changes are in result.changes
        result.changes = list(ctx.changes)
        if ctx.changes:
            mark_curves(result.visuals, ctx.changes)
            result.explanation += " " + describe_changes(ctx.changes)
        if preset is not None:
            result.preset = preset.name
            result.explanation += " " + preset.explanation(result.metrics)
        return result

    def _run(self, params: dict[str, Any], ctx: RunContext) -> DemoResult:
        raise NotImplementedError


def _blas_threads() -> Any:
    """Limit numpy/scipy BLAS to ``TUTOR_THREADS`` (default 1) while a demo runs.

    Why: on this 2-core machine a second BLAS thread stalls whenever the other core is busy
    (the chat, another process): logistic regression on the digits took 2.9 s instead of 0.6 s.
    """
    from contextlib import nullcontext

    from tutor.core.runtime import torch_threads

    try:
        from threadpoolctl import threadpool_limits
    except ImportError:  # scikit-learn brings it; without it, just run
        return nullcontext()
    return threadpool_limits(limits=torch_threads())


def _unknown_option(demo: Demo, name: str, known: dict | None) -> str:
    import difflib

    names = [p.name for p in demo.all_params()]
    close = difflib.get_close_matches(name, names, n=1)
    hint = f" Did you mean --{close[0].replace('_', '-')}?" if close else ""
    options = ", ".join("--" + n.replace("_", "-") for n in names)
    from tutor.core.inputs import printable

    shown = printable(name).replace("_", "-")
    return f"{demo.name} has no option --{shown}.{hint} Options: {options}"
