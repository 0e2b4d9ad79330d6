"""Benchmark every demo at its default settings: wall time, peak memory, headline metric.

    .venv/bin/python benchmarks/bench_demos.py            # all demos, Markdown table
    .venv/bin/python benchmarks/bench_demos.py --only rl  # one demo (all its cases)

Each case runs in its own fresh process: one warm-up run (imports, caches), then ``--runs``
timed runs (median reported) with nobody watching (no pauses, as ``tutor demo --json``), then
one more run under ``tracemalloc`` for the memory figure.

Memory, two figures: "traced peak" is the peak of memory allocated through Python's allocator
during one run (tracemalloc: Python objects and numpy arrays; torch tensors are NOT counted),
and "process peak RSS" is the child's maximum resident set size (ru_maxrss) over its whole life,
imports and all runs included. Demos whose module is not importable yet are skipped.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

# (demo, extra options, metric to show, target description, check)
CASES: list[tuple[str, list[str], str, str, object]] = [
    ("classifier", [], "accuracy", ">= 0.95", lambda v: v >= 0.95),
    ("clustering", [], "ari", "= 1.0", lambda v: v >= 0.9999),
    ("rl", [], "success_rate", "= 1.0", lambda v: v >= 0.9999),
    ("rl", ["--slippery"], "success_rate", ">= 0.65", lambda v: v >= 0.65),
    ("rl", ["--size", "8"], "success_rate", "(none)", None),
    ("gan", [], "modes_covered", ">= 7", lambda v: v >= 7),
    ("vae", [], "recon_vs_pca", "<= 0.8", lambda v: v <= 0.8),
    ("textgen", [], "real_word_ratio", ">= 0.7", lambda v: v >= 0.7),
    ("compare", [], "augmentation_gain", "(report)", None),
]
TIME_LIMIT = 10.0


def child(name: str, options: list[str], runs: int) -> None:
    """Runs inside the fresh process; prints one JSON line."""
    import resource
    import tracemalloc

    from tutor.core.runtime import configure_environment

    configure_environment()
    from tutor.demos import get_demo

    demo = get_demo(name)
    params = demo.parse_args(options)
    demo.run(params)  # warm-up
    seconds, metrics = [], {}
    for _ in range(runs):
        started = time.perf_counter()
        result = demo.run(params)
        seconds.append(time.perf_counter() - started)
        metrics = result.to_json()["metrics"]
    tracemalloc.start()
    demo.run(params)
    _, traced_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rss_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({
        "seconds": seconds, "metrics": metrics,
        "traced_mb": traced_peak / 2**20, "rss_mb": rss_kb / 1024,
    }))


def run_case(name: str, options: list[str], runs: int) -> dict | str:
    """The child's measurements, or a short reason it could not run."""
    import importlib.util

    from tutor.demos import REGISTRY

    if importlib.util.find_spec(REGISTRY[name].module) is None:
        return "not built yet"
    proc = subprocess.run(
        [sys.executable, __file__, "--child", name, "--runs", str(runs), "--", *options],
        capture_output=True, text=True, timeout=900, cwd=REPO, check=False,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    if proc.returncode != 0:
        last = (proc.stderr.strip().splitlines() or ["failed"])[-1]
        return f"failed: {last[:80]}"
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", help="benchmark only this demo")
    parser.add_argument("--runs", type=int, default=3, help="timed runs per case (median)")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("options", nargs="*", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.options, args.runs)
        return 0

    cases = [c for c in CASES if args.only in (None, c[0])]
    if not cases:
        parser.error(f"no demo called {args.only!r}")
    print(f"Demos at default settings: median of {args.runs} warm runs, one process per case, "
          f"{os.cpu_count()} CPUs, TUTOR_THREADS={os.environ.get('TUTOR_THREADS', '1')}.\n")
    print("| demo | options | median s (min-max) | traced peak MB | process peak RSS MB "
          "| metric | value | target | ok |")
    print("|---|---|---|---|---|---|---|---|---|")
    all_ok = True
    for name, options, metric, target, check in cases:
        outcome = run_case(name, options, args.runs)
        opts = " ".join(options) or "(defaults)"
        if isinstance(outcome, str):
            print(f"| {name} | {opts} | {outcome} | | | {metric} | | {target} | skipped |")
            continue
        secs = outcome["seconds"]
        median = statistics.median(secs)
        value = outcome["metrics"].get(metric)
        ok = median <= TIME_LIMIT and (check is None or (value is not None and check(value)))
        all_ok &= ok
        shown = "n/a" if value is None else f"{value:.3f}".rstrip("0").rstrip(".")
        print(f"| {name} | {opts} | {median:.2f} ({min(secs):.2f}-{max(secs):.2f}) "
              f"| {outcome['traced_mb']:.1f} | {outcome['rss_mb']:.0f} | {metric} | {shown} "
              f"| {target} | {'yes' if ok else 'NO'} |", flush=True)
    print(f"\nTime target: each <= {TIME_LIMIT:.0f} s.")
    return 0 if all_ok else 1


if __name__ == "__main__":
    sys.exit(main())
