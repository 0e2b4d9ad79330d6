"""Benchmark for grounded answers (issue 2 targets, 2-core CPU, one thread).

Measures:
- cold ``tutor ask "..."`` wall and CPU time: the ``tutor`` command in a fresh process with an
  empty TUTOR_HOME, i.e. a learner's first run, served by the shipped index files (median of 5,
  after one untimed run that warms the OS file cache and the bytecode);
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
        assert not index._lexical.built, "shipped BM25 index is stale: run `make vectors`"
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

    # Cold CLI, first run: the `tutor` command in a fresh process with an empty TUTOR_HOME each
    # time (median of 5), after one untimed run so the OS file cache and Python's bytecode are
    # warm, as for an installed wheel (PYTHONDONTWRITEBYTECODE is dropped for that reason).
    # CPU time (user + system of the child) is reported too: it moves far less than wall time
    # when other processes share the two cores.
    script = Path(sys.executable).with_name("tutor")
    command = [str(script)] if script.is_file() else [sys.executable, "-m", "tutor"]
    base_env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    cold, cold_cpu = [], []
    for run in range(6):
        env = {**base_env, "TUTOR_HOME": str(home / f"fresh-{run}")}
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        proc = subprocess.run(
            [*command, "ask", "What is a GAN?"], capture_output=True, text=True, env=env, cwd=REPO,
        )
        wall = time.perf_counter() - start
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        assert proc.returncode == 0, proc.stderr
        assert "Indexing" not in proc.stderr, proc.stderr
        if run:  # the first run only warms the caches
            cold.append(wall)
            cold_cpu.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)

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
        ("Cold `tutor ask`, first run (empty TUTOR_HOME), median of 5", f"{statistics.median(cold):.2f} s", "<= 1 s"),
        ("Cold `tutor ask`, CPU time (user + system), median of 5", f"{statistics.median(cold_cpu):.2f} s",
         "(contention-free cost)"),
        ("Index load from shipped files (BM25 over sections, vectors of chunks, sentences and asks), median of 5",
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
