"""Benchmark for quizzes (issue 7), 2-core CPU, one thread.

Measures (medians):
- ``tutor quiz --due --porcelain`` wall time in a fresh process (for a shell prompt or cron);
- loading + validating the question bank (every quiz TOML and lesson outline);
- ``tutor quiz --check`` in a fresh process and ``check_course`` in-process (bank, prerequisite
  path, section coverage, hints);
- grading one short answer with the embedding model warm (what the learner waits for);
- saving one answer (attempt + FSRS card + review log + position, one transaction).

Run: .venv/bin/python benchmarks/bench_quiz.py   (prints a Markdown table)
Targets: --due <= 0.5 s, --check <= 2 s, short-answer grade <= 50 ms, saving an answer <= 20 ms.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))


def median_ms(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    home = Path(tempfile.mkdtemp(prefix="tutor-bench-quiz-"))
    os.environ["TUTOR_HOME"] = str(home)
    os.environ.setdefault("TUTOR_THREADS", "1")
    env = {**os.environ, "PYTHONPATH": str(REPO)}

    def due() -> None:
        subprocess.run([sys.executable, "-m", "tutor", "quiz", "--due", "--porcelain"], env=env,
                       cwd=REPO, check=True, capture_output=True)

    due()  # create the database once
    rows = [("`tutor quiz --due --porcelain` (fresh process)", median_ms(due, 5), 500)]

    from tutor.core.quiz.bank import read_bank

    rows.append(("load + validate the bank", median_ms(read_bank, 5), None))

    def check() -> None:
        subprocess.run([sys.executable, "-m", "tutor", "quiz", "--check"], env=env, cwd=REPO, check=True,
                       capture_output=True)

    rows.append(("`tutor quiz --check` (fresh process)", median_ms(check, 5), 2000))

    from tutor.core.quiz.checks import check_course

    rows.append(("check_course: bank + prerequisites + coverage + hints", median_ms(check_course, 5), None))

    from tutor.core.answering.embeddings import load_embedder
    from tutor.core.quiz.bank import load_bank
    from tutor.core.quiz.grading import Grader

    bank = load_bank()
    grader = Grader(load_embedder)
    question = bank.get("gans-3")
    grader.grade(question, "warm up")
    rows.append(("grade a short answer (model warm)",
                 median_ms(lambda: grader.grade(question, "the generator makes only a few kinds of output"), 20), 50))

    from tutor.core.quiz.session import start_session
    from tutor.core.store import open_store

    store = open_store()
    ids = [q.id for q in bank.questions.values() if q.kind == "truefalse"][:20]
    session = start_session(store.conn, bank, ids)
    terms_only = Grader(None)
    rows.append(("save one answer (attempt + card + log + position)",
                 median_ms(lambda: session.answer("t", terms_only), len(ids)), 20))
    store.close()

    print(f"Quiz benchmark ({len(bank)} questions; {os.cpu_count()} cores, TUTOR_THREADS={os.environ['TUTOR_THREADS']})\n")
    print("| measure | median | target |\n|---|---|---|")
    for name, value, target in rows:
        print(f"| {name} | {value:.1f} ms | {'<= ' + str(target) + ' ms' if target else '-'} |")


if __name__ == "__main__":
    main()
