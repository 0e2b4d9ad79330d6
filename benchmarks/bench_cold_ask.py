"""Cold ``tutor ask`` only, optionally A/B against another checkout, runs interleaved.

Why interleaved: on the shared 2-core machine the load moves wall times by 2x within minutes,
so "before" and "after" measured at different times cannot be compared. Alternating the two
checkouts run by run puts them under the same load; CPU time (user + system of the child) is
reported beside wall time because contention moves it far less.

Each run is a fresh ``python -m tutor ask "What is a GAN?"`` with an empty TUTOR_HOME (a
learner's first run), started in the checkout's folder so that checkout's ``tutor`` package and
``knowledge/`` are used, with this venv's Python. One untimed run per checkout warms the OS file
cache and writes bytecode (PYTHONDONTWRITEBYTECODE is dropped), as for an installed wheel.

Run: .venv/bin/python benchmarks/bench_cold_ask.py [--runs 9] [--warm 2] [--compare /path/to/other/checkout]
     (for main: mkdir /tmp/main && git archive main tutor knowledge | tar -x -C /tmp/main)
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
QUESTION = "What is a GAN?"


def cold_run(checkout: Path, home: Path) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of one cold ask in ``checkout``."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONDONTWRITEBYTECODE", "TUTOR_KNOWLEDGE")}
    env.update(TUTOR_HOME=str(home), PYTHONPATH=str(checkout))
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "tutor", "ask", QUESTION], cwd=checkout, env=env,
                          capture_output=True, text=True, stdin=subprocess.DEVNULL)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode != 0 or "GAN" not in proc.stdout:
        raise SystemExit(f"{checkout}: tutor ask failed ({proc.returncode}): {proc.stderr[-500:]}")
    return wall, after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime


# Warm check (--warm): in each checkout, one process answers the evaluation questions twice
# after a warm-up and prints the median and p95 CPU milliseconds per question.
WARM = """
import statistics, sys, time, tomllib
from pathlib import Path
from tutor.core.answering.answer import load_tutor
tutor = load_tutor()
questions = []
for path in sorted(Path(sys.argv[1], "tests", "data", "eval").glob("*.toml")):
    questions += [case["question"] for case in tomllib.loads(path.read_text()).get("case", [])]
for question in questions[:10]:
    tutor.ask(question)
cpu = []
for question in questions * 2:
    start = time.process_time()
    tutor.ask(question)
    cpu.append((time.process_time() - start) * 1000)
cpu.sort()
print(statistics.median(cpu), cpu[round(0.95 * (len(cpu) - 1))])
"""


def warm_run(checkout: Path, home: Path) -> tuple[float, float]:
    """(p50, p95) CPU ms per question of a warm tutor in ``checkout``."""
    env = {k: v for k, v in os.environ.items() if k != "TUTOR_KNOWLEDGE"}
    env.update(TUTOR_HOME=str(home), PYTHONPATH=str(checkout), TUTOR_THREADS="1")
    proc = subprocess.run([sys.executable, "-c", WARM, str(REPO)], cwd=checkout, env=env,
                          capture_output=True, text=True, stdin=subprocess.DEVNULL)
    if proc.returncode != 0:
        raise SystemExit(f"{checkout}: warm run failed: {proc.stderr[-500:]}")
    p50, p95 = (float(x) for x in proc.stdout.split())
    return p50, p95


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--compare", type=Path, default=None, help="another checkout (tutor/ and knowledge/)")
    parser.add_argument("--warm", type=int, default=0, metavar="N",
                        help="also N interleaved warm runs: CPU ms per evaluation question, p50 / p95")
    args = parser.parse_args()
    checkouts = {"this checkout": REPO}
    if args.compare is not None:
        checkouts = {f"{args.compare}": args.compare.resolve(), **checkouts}
    results: dict[str, list[tuple[float, float]]] = {name: [] for name in checkouts}
    with tempfile.TemporaryDirectory(prefix="tutor-cold-") as tmp:
        for run in range(args.runs + 1):
            for name, checkout in checkouts.items():
                measured = cold_run(checkout, Path(tmp) / f"{run}-{len(results[name])}-{abs(hash(name))}")
                if run:  # run 0 only warms the caches
                    results[name].append(measured)
    print(f"Machine: {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.2f}, {args.runs} runs each, interleaved\n")
    print("| checkout | cold `tutor ask` wall, median | CPU (user + system), median | wall, each run |")
    print("| --- | --- | --- | --- |")
    for name, rows in results.items():
        walls = [w for w, _ in rows]
        print(f"| {name} | {statistics.median(walls):.2f} s | {statistics.median(c for _, c in rows):.2f} s | "
              f"{', '.join(f'{w:.2f}' for w in walls)} |")
    if args.warm:
        warm: dict[str, list[tuple[float, float]]] = {name: [] for name in checkouts}
        with tempfile.TemporaryDirectory(prefix="tutor-warm-") as tmp:
            for run in range(args.warm):
                for name, checkout in checkouts.items():
                    warm[name].append(warm_run(checkout, Path(tmp) / f"{run}-{abs(hash(name))}"))
        print("\n| checkout | warm `Tutor.ask` CPU per question, p50 / p95 (each run) |")
        print("| --- | --- |")
        for name, rows in warm.items():
            print(f"| {name} | {', '.join(f'{a:.1f} / {b:.1f} ms' for a, b in rows)} |")


if __name__ == "__main__":
    main()
