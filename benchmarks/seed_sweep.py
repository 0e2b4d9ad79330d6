"""Run one demo's outcome over seeds and CPU kernel choices; print min/median of a metric.

Why: a short training run ends differently on CPUs whose torch kernels round differently
(a GAN test passed with ATEN_CPU_CAPABILITY=default and failed with avx2/avx512). An outcome
test's size and threshold must hold for every seed on every kernel, so pick them from this
table, with margin, never from one seed on one machine.

ATEN_CPU_CAPABILITY is read when torch is imported, so every (capability, seed) runs in its own
subprocess. At most ``--jobs`` processes run at once (default 1; the machine is shared).

Example::

    python benchmarks/seed_sweep.py gan --params '{"steps": 2000}' --metric modes_covered

Every run also reports ``run_seconds`` and ``run_cpu_seconds`` (the demo's ``run()`` alone,
imports excluded), usable as ``--metric``: CPU seconds are the steadier figure when the
machine is shared, since wall seconds grow with everyone else's load.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CHILD = (
    "import json, sys, time\n"
    "from tutor.demos import get_demo\n"
    "params = json.loads(sys.argv[1])\n"
    "demo = get_demo(sys.argv[2])\n"
    "wall, cpu = time.perf_counter(), time.process_time()\n"
    "metrics = demo.run(params).metrics\n"
    "metrics['run_seconds'] = time.perf_counter() - wall\n"
    "metrics['run_cpu_seconds'] = time.process_time() - cpu\n"
    "print(json.dumps(metrics))\n"
)


def run_one(demo: str, params: dict, seed: int, capability: str | None) -> dict:
    """One demo run in a fresh interpreter with the given kernel choice; its metrics."""
    env = dict(os.environ, TUTOR_THREADS=os.environ.get("TUTOR_THREADS", "1"))
    if capability:
        env["ATEN_CPU_CAPABILITY"] = capability
    out = subprocess.run(
        [sys.executable, "-c", CHILD, json.dumps({**params, "seed": seed}), demo],
        cwd=ROOT, env=env, capture_output=True, text=True, check=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("demo", help="demo name, as in `tutor demo --list`")
    parser.add_argument("--params", default="{}", help="JSON object of demo params (no seed)")
    parser.add_argument("--metric", action="append", required=True, help="metric to report (repeatable)")
    parser.add_argument("--seeds", type=int, default=10, help="seeds 0..N-1 (default 10)")
    parser.add_argument("--capabilities", default="default,avx2",
                        help="comma list of ATEN_CPU_CAPABILITY values; 'none' leaves it unset")
    parser.add_argument("--jobs", type=int, default=1, help="processes at once (max 2)")
    args = parser.parse_args(argv)
    try:
        params = json.loads(args.params)
    except json.JSONDecodeError as exc:
        parser.error(f"--params is not JSON: {exc}")
    if not isinstance(params, dict):
        parser.error("--params must be a JSON object")
    caps = [None if c == "none" else c for c in args.capabilities.split(",")]
    jobs = [(c, s) for c in caps for s in range(args.seeds)]
    with ThreadPoolExecutor(max(1, min(args.jobs, 2))) as pool:
        results = list(pool.map(lambda cs: run_one(args.demo, params, cs[1], cs[0]), jobs))
    print(f"{args.demo} {json.dumps(params)} seeds 0-{args.seeds - 1}")
    print(f"{'capability':<12}{'metric':<24}{'min':>10}{'median':>10}{'max':>10}  per seed")
    for cap in caps:
        rows = [r for (c, _), r in zip(jobs, results) if c == cap]
        for metric in args.metric:
            vals = [float(r[metric]) for r in rows]
            per = " ".join(f"{v:g}" for v in vals)
            print(f"{cap or 'unset':<12}{metric:<24}{min(vals):>10.4g}"
                  f"{statistics.median(vals):>10.4g}{max(vals):>10.4g}  {per}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
