"""Benchmark for grounded answers (issue 2 targets, 2-core CPU, one thread).

Measures:
- cold ``tutor ask "..."`` wall time: a fresh process with an empty TUTOR_HOME, i.e. a learner's
  first run, served by the shipped vectors (median of 3);
- index load time from the shipped vectors;
- warm per-question latency p50/p95 of ``Tutor.ask`` over the evaluation questions;
- index build time: embedding every course chunk and sentence with no shipped vectors or cache;
- peak RSS of this process (resource.getrusage) after all of the above.

Run: .venv/bin/python benchmarks/bench_ask.py [--skip-build]   (prints a Markdown table)
Targets: cold ask <= 1 s (issue 11), warm p50 <= 25 ms, p95 <= 60 ms, peak memory <= 700 MB.
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


def learner_conversations() -> list[list[str]]:
    """The learner evaluation (issue 11): one conversation per case (follow-ups have turns)."""
    conversations = []
    for path in sorted((REPO / "tests" / "data" / "learner_eval").glob("*.toml")):
        with path.open("rb") as handle:
            for case in tomllib.load(handle).get("case", []):
                conversations.append(case.get("turns") or [case["question"]])
    return conversations


def main() -> None:
    home = Path(tempfile.mkdtemp(prefix="tutor-bench-"))
    os.environ["TUTOR_HOME"] = str(home)
    os.environ.setdefault("TUTOR_THREADS", "1")

    from tutor.core.answering import embeddings
    from tutor.core.answering.answer import load_tutor
    from tutor.core.answering.embeddings import load_embedder
    from tutor.core.answering.search import SearchIndex
    from tutor.core.knowledge import load_course

    course = load_course()
    embedder = load_embedder()
    # Index from the shipped vectors (knowledge/index/vectors.npz): what a learner's first run does.
    loads = []
    for _ in range(5):
        start = time.perf_counter()
        index = SearchIndex(course, embedder)
        loads.append(time.perf_counter() - start)
        assert not index.built_vectors, "shipped vectors are stale: run `make vectors`"
    # Index build with neither shipped vectors nor a cache (after editing a lesson without
    # `make vectors`): every chunk, sentence and ask is embedded. --skip-build leaves it out
    # (minutes on a busy machine).
    passages = len(course.chunks) + sum(len(s.sentences) for s in course.sections) + len(index.learner.asks)
    build = build_cpu = None
    if "--skip-build" not in sys.argv:
        shipped_path = embeddings.shipped_path
        embeddings.shipped_path = lambda: home / "no-shipped-vectors.npz"
        start, cpu = time.perf_counter(), time.process_time()
        index = SearchIndex(course, embedder)
        build = time.perf_counter() - start
        build_cpu = time.process_time() - cpu
        embeddings.shipped_path = shipped_path
        assert index.built_vectors

    # Cold CLI, first run: a fresh process with an empty TUTOR_HOME each time (median of 3).
    cold = []
    for run in range(3):
        env = {**os.environ, "TUTOR_HOME": str(home / f"fresh-{run}")}
        start = time.perf_counter()
        proc = subprocess.run(
            [sys.executable, "-m", "tutor", "ask", "What is a GAN?"],
            capture_output=True, text=True, env=env, cwd=REPO,
        )
        cold.append(time.perf_counter() - start)
        assert proc.returncode == 0, proc.stderr
        assert "Indexing" not in proc.stderr, proc.stderr

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
    cpu_per_question = (time.process_time() - cpu) / len(questions) * 1000  # old eval only
    # Learner questions (everyday words, lists, comparisons, follow-ups, near misses, refusals),
    # asked in their conversations, with the same warm tutor.
    from tutor.core.answering.conversation import Conversation

    for turns in learner_conversations():
        conversation = Conversation()
        for turn in turns:
            start = time.perf_counter()
            answer = tutor.ask(turn, conversation)
            times.append((time.perf_counter() - start) * 1000)
            conversation.record(turn, answer)
    times.sort()
    p50 = statistics.median(times)
    p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    rows = [
        ("Cold `tutor ask`, first run (empty TUTOR_HOME), median of 3", f"{statistics.median(cold):.2f} s", "<= 1 s"),
        ("Index load from shipped vectors (BM25 over sections and asks + all vectors), median of 5",
         f"{statistics.median(loads) * 1000:.0f} ms", "no wait on first run"),
        (f"Warm `Tutor.ask` p50 ({len(times)} questions: evaluation + learner set)", f"{p50:.1f} ms", "<= 25 ms"),
        (f"Warm `Tutor.ask` p95 ({len(times)} questions: evaluation + learner set)", f"{p95:.1f} ms", "<= 60 ms"),
        ("Warm `Tutor.ask` mean CPU time per question", f"{cpu_per_question:.1f} ms", "(contention-free cost)"),
        (f"Index build, no shipped vectors or cache ({passages} passages)",
         "skipped" if build is None else f"{build:.1f} s wall, {build_cpu:.1f} s CPU",
         "only if lessons change without `make vectors`"),
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
