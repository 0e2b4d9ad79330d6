"""Compare runs: the same demo trained with two or three values of one option, side by side.

``/demo NAME --compare OPTION=A,B[,C]`` (and ``tutor demo NAME --compare ...``). Every run
starts from the same options and the same seed; only OPTION differs, so any difference in the
results is that option's doing. The comparison is itself a ``DemoResult`` (its ``runs`` hold
each run's result) so the chat's card, the CLI's text, ``/export`` and the history draw it
with the code they already have: one chart with every run's curves, one table of final
metrics, and a short explanation citing the course.
"""

from __future__ import annotations

import math
from typing import Any

from tutor.demos.base import (
    Demo,
    DemoError,
    DemoResult,
    LinePlot,
    Progress,
    RunContext,
    Table,
    Visual,
)

MAX_RUNS = 3
SERIES_PER_RUN = 2  # curves kept from each run's chart (more would be unreadable)


def parse_compare(demo: Demo, spec: str) -> tuple[str, list[Any]]:
    """``"lr=0.005,0.02"`` -> ("lr", [0.005, 0.02]), each value validated like the option."""
    name, sep, raw = spec.partition("=")
    name = name.strip().lstrip("-").replace("-", "_")
    if not sep or not name or not raw.strip():
        raise DemoError("--compare needs OPTION=A,B (for example --compare lr=0.005,0.02)")
    params = {p.name: p for p in demo.all_params()}
    if name == "seed" or name not in params:
        options = ", ".join(p.name for p in demo.params)
        raise DemoError(f"--compare: {demo.name} has no option {name!r} to vary"
                        f" (seed stays the same on purpose). Options: {options}")
    values = [params[name].convert(v.strip()) for v in raw.split(",") if v.strip()]
    if len(values) < 2 or len(values) > MAX_RUNS:
        raise DemoError(f"--compare needs 2 or 3 values of {name}, got {len(values)}")
    if len(set(map(str, values))) != len(values):
        raise DemoError(f"--compare: the values of {name} must differ")
    return name, values


def split_compare(argv: list[str]) -> tuple[str | None, list[str]]:
    """Take ``--compare SPEC`` (or ``--compare=SPEC``) out of a demo's option words."""
    rest: list[str] = []
    spec: str | None = None
    i = 0
    while i < len(argv):
        word = argv[i]
        if word == "--compare":
            if i + 1 >= len(argv):
                raise DemoError("--compare needs OPTION=A,B (for example --compare lr=0.005,0.02)")
            spec, i = argv[i + 1], i + 2
            continue
        if word.startswith("--compare="):
            spec, i = word.split("=", 1)[1], i + 1
            continue
        rest.append(word)
        i += 1
    return spec, rest


def compare_runs(demo: Demo, params: dict[str, Any], option: str, values: list[Any],
                 ctx: RunContext | None = None) -> DemoResult:
    """Train ``demo`` once per value of ``option`` (everything else as ``params``), in order,
    and return one result holding them all. Progress and pause/step go through ``ctx``."""
    ctx = ctx or RunContext()
    base = {k: v for k, v in params.items() if k != option}
    runs: list[DemoResult] = []
    for i, value in enumerate(values):
        ctx.check()
        sub = _SubContext(ctx, i, len(values), f"{option}={value}")
        runs.append(demo.run({**base, option: value}, sub))
    ctx.report(Progress(len(values), len(values), "done"), force=True)
    return combine(demo, option, runs)


class _SubContext(RunContext):
    """One run of a comparison: progress scaled into its share of the whole bar, the status
    line prefixed with the run's value, and the shared cancel event and controls (pause and
    step work across runs; knobs are locked so runs differ only in the compared option)."""

    def __init__(self, parent: RunContext, index: int, count: int, label: str) -> None:
        def forward(progress: Progress) -> None:
            parent.report(Progress(
                index * progress.total + progress.step, count * progress.total,
                f"run {index + 1}/{count} ({label}): {progress.message}", progress.visuals))

        super().__init__(forward if parent.watched else None, parent.cancel_event, 0.0,
                         parent.pace)
        self.controls = _LockedControls(parent.controls)  # type: ignore[assignment]


class _LockedControls:
    """Pause and step pass through to the comparison's controls; knobs do not exist."""

    def __init__(self, inner: Any) -> None:
        self._inner = inner

    def bind(self, knobs: Any, values: Any, unit: str) -> None:
        self._inner.unit = unit

    def at_unit(self, unit: int, cancel: Any) -> list[Any]:
        self._inner.at_unit(unit, cancel)
        return []


def combine(demo: Demo, option: str, runs: list[DemoResult]) -> DemoResult:
    """The comparison result: shared chart, metrics table, explanation."""
    values = [r.params[option] for r in runs]
    labels = [f"{option}={_fmt(v)}" for v in values]
    headline = [m for m in demo.headline if all(m in r.metrics for r in runs)] or \
        [m for m in runs[0].metrics if all(m in r.metrics for r in runs)][:4]
    visuals: list[Visual] = []
    chart = _chart(runs, labels)
    if chart is not None:
        visuals.append(chart)
    visuals.append(Table(
        f"Final metrics: only {option} differs (seed {runs[0].params.get('seed')} for all)",
        ["metric", *labels],
        [[m, *(_fmt(r.metrics[m]) for r in runs)] for m in headline]
        + [["seconds", *(f"{r.seconds:.1f}" for r in runs)]],
    ))
    metrics = {f"{m} [{label}]": r.metrics[m] for m in headline for label, r in zip(labels, runs)}
    params = {**runs[0].params, option: ", ".join(_fmt(v) for v in values)}
    return DemoResult(
        demo.name, params, metrics, sum(r.seconds for r in runs), visuals,
        _explain(demo, option, labels, runs, headline), runs[0].lesson,
        f"What would you expect with a value of {option} beyond the ones you tried, and why?",
        runs=runs, compared=option,
    )


def _chart(runs: list[DemoResult], labels: list[str]) -> LinePlot | None:
    """Each run's main curves (its first line chart) on one chart, padded to a shared x."""
    plots = [next((v for v in r.visuals if isinstance(v, LinePlot)), None) for r in runs]
    if any(p is None for p in plots):
        return None
    first = plots[0]
    assert first is not None
    series: dict[str, list[float]] = {}
    xs: list[float] = []
    for plot in plots:
        assert plot is not None
        n = max((len(v) for v in plot.series.values()), default=0)
        if len(plot.x or range(n)) > len(xs):
            xs = list(plot.x) if plot.x else [float(i) for i in range(n)]
    for label, plot in zip(labels, plots):
        assert plot is not None
        for name, ys in list(plot.series.items())[:SERIES_PER_RUN]:
            if name.startswith("random guess"):
                continue
            series[f"{name} ({label})"] = list(ys) + [math.nan] * (len(xs) - len(ys))
    return LinePlot(f"{first.title}: the runs on one chart", series, x=xs, xlabel=first.xlabel,
                    ylabel=first.ylabel)


def _explain(demo: Demo, option: str, labels: list[str], runs: list[DemoResult],
             headline: list[str]) -> str:
    main = headline[0] if headline else ""
    text = (f"These {len(runs)} runs of the {demo.name} demo started from the same options and "
            f"the same seed; only {option} differed ({', '.join(labels)}), so the differences "
            f"below are its doing.")
    if main:
        scores = ", ".join(f"{_fmt(r.metrics[main])} with {label}"
                           for label, r in zip(labels, runs))
        text += f" The {main.replace('_', ' ')} was {scores}."
    note, section = demo.compare_notes.get(option, ("", ""))
    if not note:
        param = next((p for p in demo.params if p.name == option), None)
        note = f"{option} is the {param.help}." if param else ""
        section = demo.lesson
    if note:
        text += f" {note} (see {section})"
    return text


def _fmt(value: Any) -> str:
    if isinstance(value, float):
        if math.isnan(value):
            return "n/a"
        return f"{value:.4g}"
    return str(value)


def runs_json(result: DemoResult) -> list[dict[str, Any]]:
    """``--json`` for a comparison: a list of the runs, each in the single-run contract."""
    return [r.to_json() for r in result.runs]
