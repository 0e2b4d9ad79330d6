"""What playing with a demo costs: a two-run comparison against one run, and a pause.

    .venv/bin/python benchmarks/bench_play.py            # both, Markdown rows for the README
    .venv/bin/python benchmarks/bench_play.py --runs 5

1. ``--compare A,B`` trains two runs one after the other in the same process, so it should
   cost about twice one run (the target is at most 2.2x): each case is warmed up once, then
   one run and the two-run comparison are timed ``--runs`` times each (median), nobody
   watching (as ``tutor demo --json``).
2. A paused demo's training thread sleeps on a condition: over one paused second the process
   should use almost no CPU. Measured with ``time.process_time`` (all threads of the process)
   over ``--runs`` paused seconds of a real running RL demo (median).
"""

from __future__ import annotations

import argparse
import contextlib
import statistics
import sys
import threading
import time
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tutor.demos import get_demo
from tutor.demos.base import Controls, RunContext
from tutor.demos.comparison import compare_runs

CASES = [  # (demo, base options, option, two values)
    ("rl", {}, "alpha", [0.1, 0.2]),
    ("gan", {"steps": 500}, "lr", [0.005, 0.01]),
    ("classifier", {"data": "moons"}, "hidden", [16, 64]),
]


def _median_seconds(work, runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def bench_compare(runs: int) -> list[str]:
    rows = []
    for name, base, option, values in CASES:
        demo = get_demo(name)
        params = demo.resolve(base)
        demo.run({**params, option: values[0]})  # warm-up: imports, datasets, caches
        one = _median_seconds(partial(demo.run, {**params, option: values[0]}), runs)
        two = _median_seconds(partial(compare_runs, demo, params, option, values), runs)
        opts = " ".join(f"--{k.replace('_', '-')} {v}" for k, v in base.items())
        rows.append(f"| `tutor demo {name} {opts} --compare {option}={','.join(map(str, values))}`"
                    f" | {one:.2f} s | {two:.2f} s | {two / one:.2f}x |")
    return rows


def bench_pause(runs: int) -> str:
    controls = Controls()
    controls.pause()
    cancel = threading.Event()
    ctx = RunContext(None, cancel_event=cancel, controls=controls)
    demo = get_demo("rl")
    thread = threading.Thread(
        target=lambda: _quietly(demo.run, {"slippery": True, "episodes": 50000}, ctx),
        daemon=True)
    thread.start()
    while not controls.waiting:
        time.sleep(0.01)
    used = []
    for _ in range(runs):
        before = time.process_time()
        time.sleep(1.0)
        used.append(time.process_time() - before)
    cancel.set()
    thread.join(5)
    return (f"| CPU time of the whole process over one paused second (median of {runs}) | "
            f"{statistics.median(used) * 1000:.1f} ms (max {max(used) * 1000:.1f} ms) |")


def _quietly(function, *args) -> None:
    with contextlib.suppress(Exception):  # the benchmark cancels it on purpose
        function(*args)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3, help="timed runs per figure (median)")
    args = parser.parse_args(argv)
    print("| comparison | one run | two runs | ratio |")
    print("|---|---|---|---|")
    for row in bench_compare(args.runs):
        print(row, flush=True)
    print()
    print("| pause | cost |")
    print("|---|---|")
    print(bench_pause(max(args.runs, 5)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
