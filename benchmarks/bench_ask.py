"""Benchmark for grounded answers (issue 2 targets, 2-core CPU, one thread).

Measures:
- cold ``tutor ask "..."`` wall time: a fresh process with a warm vector cache (median of 3);
- warm per-question latency p50/p95 of ``Tutor.ask`` over the evaluation questions;
- index build time: embedding every course chunk and sentence with no cache;
- peak RSS of this process (resource.getrusage) after all of the above.

Run: .venv/bin/python benchmarks/bench_ask.py   (prints a Markdown table)
Targets: cold ask <= 4 s, warm p50 <= 25 ms, p95 <= 60 ms, peak memory <= 700 MB.
"""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))


def eval_questions() -> list[str]:
    questions = []
    for path in sorted((REPO / "tests" / "data" / "eval").glob("*.toml")):
        with path.open("rb") as handle:
            questions += [case["question"] for case in tomllib.load(handle).get("case", [])]
    return questions


def main() -> None:
    home = Path(tempfile.mkdtemp(prefix="tutor-bench-"))
    os.environ["TUTOR_HOME"] = str(home)
    os.environ.setdefault("TUTOR_THREADS", "1")

    from tutor.core.answer import load_tutor
    from tutor.core.embeddings import load_embedder
    from tutor.core.knowledge import load_course
    from tutor.core.search import SearchIndex

    # Index build, no cache (the empty TUTOR_HOME above).
    course = load_course()
    embedder = load_embedder()
    start, cpu = time.perf_counter(), time.process_time()
    index = SearchIndex(course, embedder)
    build = time.perf_counter() - start
    build_cpu = time.process_time() - cpu
    assert index.built_vectors
    passages = len(course.chunks) + sum(len(s.sentences) for s in course.sections)

    # Cold CLI with a warm cache (median of 3 fresh processes).
    cold = []
    for _ in range(3):
        start = time.perf_counter()
        proc = subprocess.run(
            [sys.executable, "-m", "tutor", "ask", "What is a GAN?"],
            capture_output=True, text=True, env=dict(os.environ), cwd=REPO,
        )
        cold.append(time.perf_counter() - start)
        assert proc.returncode == 0, proc.stderr

    # Warm latency over the evaluation questions (one warm-up pass first).
    tutor = load_tutor()
    questions = eval_questions()
    for question in questions[:10]:
        tutor.ask(question)
    times = []
    cpu = time.process_time()
    for question in questions:
        start = time.perf_counter()
        tutor.ask(question)
        times.append((time.perf_counter() - start) * 1000)
    cpu_per_question = (time.process_time() - cpu) / len(questions) * 1000
    times.sort()
    p50 = statistics.median(times)
    p95 = times[min(len(times) - 1, int(round(0.95 * (len(times) - 1))))]
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    rows = [
        ("Cold `tutor ask` (warm vector cache), median of 3", f"{statistics.median(cold):.2f} s", "<= 4 s"),
        (f"Warm `Tutor.ask` p50 ({len(times)} questions)", f"{p50:.1f} ms", "<= 25 ms"),
        (f"Warm `Tutor.ask` p95 ({len(times)} questions)", f"{p95:.1f} ms", "<= 60 ms"),
        ("Warm `Tutor.ask` mean CPU time per question", f"{cpu_per_question:.1f} ms", "(contention-free cost)"),
        (f"Index build, no cache ({passages} passages)", f"{build:.1f} s wall, {build_cpu:.1f} s CPU",
         "once per course change"),
        ("Peak RSS (this process: index + model + answers)", f"{peak_mb:.0f} MB", "<= 700 MB"),
    ]
    print(f"Machine: {os.cpu_count()} CPUs, TUTOR_THREADS={os.environ['TUTOR_THREADS']}, "
          f"load average {os.getloadavg()[0]:.2f}\n")
    print("| Measure | Result | Target |")
    print("| --- | --- | --- |")
    for name, value, target in rows:
        print(f"| {name} | {value} | {target} |")


if __name__ == "__main__":
    main()
