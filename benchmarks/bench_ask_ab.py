"""Warm ``Tutor.ask`` A/B between two checkouts: CPU and wall p50/p95, and the answers compared.

Why: on the shared 2-core machine wall time moves 2x within minutes, so a speed change is only
measurable against the old code under the same load: the runs alternate between the checkouts,
and CPU time (``time.process_time`` per question) is reported beside wall time because
contention moves it far less. A speed change must not change what the tutor says, so every
answer is compared too: its ``--json`` form, text, notice and demo (what a learner or a script
sees), and separately the unrounded source scores.

Questions: every case of ``tests/data/eval`` (the old evaluation), ``tests/data/learner_eval``
(``bench_ask.py``'s set, follow-ups asked in their conversations) and the blind sets
``tests/data/learner_eval_blind/set_a`` and ``set_b`` (answers only compared, never tuned to):
472 answers. p50/p95 are given for ``bench_ask.py``'s 328 and for all.

Run: .venv/bin/python benchmarks/bench_ask_ab.py [--compare /path/to/other/checkout | --ref main] [--runs 3]
     (without --compare, the baseline is ``git archive`` of --ref, default main, in a temporary folder)
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SETS = ("eval", "learner_eval", "learner_eval_blind/set_a", "learner_eval_blind/set_b")
BENCH_SETS = ("eval", "learner_eval")  # what bench_ask.py times

# One process per run: a warm tutor of the checkout answers every conversation once (after ten
# warm-up questions) and writes one JSON line per answer with its timings.
RUN = r"""
import json, sys, time, tomllib
from pathlib import Path
import tutor as package
assert Path(package.__file__).resolve().is_relative_to(Path.cwd().resolve()), package.__file__
from tutor.core.answering.answer import load_tutor
from tutor.core.answering.conversation import Conversation
data, sets = Path(sys.argv[1]), sys.argv[2].split(",")
conversations = []
for name in sets:
    for path in sorted((data / name).glob("*.toml")):
        for i, case in enumerate(tomllib.loads(path.read_text(encoding="utf-8")).get("case", [])):
            conversations.append((f"{name}/{path.stem}/{i}", case.get("turns") or [case["question"]]))
tutor = load_tutor()
for _, turns in conversations[:10]:
    tutor.ask(turns[0])
for label, turns in conversations:
    conversation = Conversation()
    for turn, question in enumerate(turns):
        wall, cpu = time.perf_counter(), time.process_time()
        answer = tutor.ask(question, conversation)
        cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
        conversation.record(question, answer)
        print(json.dumps({
            "key": f"{label}/{turn}", "cpu": cpu * 1000, "wall": wall * 1000,
            "shown": [answer.to_json(), answer.text, answer.notice, answer.demo],
            "scores": [repr(s.score) for s in answer.sources],
        }, ensure_ascii=False))
"""


def run(checkout: Path, home: Path) -> list[dict]:
    """One warm pass of ``checkout`` over every set (its own ``tutor`` package and knowledge)."""
    env = {k: v for k, v in os.environ.items() if k != "TUTOR_KNOWLEDGE"}
    env.update(TUTOR_HOME=str(home), PYTHONPATH=str(checkout), TUTOR_THREADS="1")
    proc = subprocess.run([sys.executable, "-c", RUN, str(REPO / "tests" / "data"), ",".join(SETS)],
                          cwd=checkout, env=env, capture_output=True, text=True, stdin=subprocess.DEVNULL)
    if proc.returncode != 0:
        raise SystemExit(f"{checkout}: run failed: {proc.stderr[-800:]}")
    return [json.loads(line) for line in proc.stdout.splitlines()]


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--compare", type=Path, help="the other checkout (the baseline)")
    parser.add_argument("--ref", default="main", help="without --compare: the git ref to compare with")
    parser.add_argument("--runs", type=int, default=3, help="interleaved runs per checkout")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="tutor-ab-") as tmp:
        baseline = args.compare.resolve() if args.compare else Path(tmp) / "baseline"
        if not args.compare:
            baseline.mkdir()
            archive = subprocess.run(["git", "-C", str(REPO), "archive", args.ref], capture_output=True)
            if archive.returncode != 0:
                raise SystemExit(f"git archive {args.ref} failed: {archive.stderr.decode(errors='replace')[-300:]}")
            subprocess.run(["tar", "-x", "-C", str(baseline)], input=archive.stdout, check=True)
        checkouts = {"baseline": baseline, "this checkout": REPO}
        results: dict[str, list[list[dict]]] = {name: [] for name in checkouts}
        for number in range(args.runs):
            for name, checkout in checkouts.items():
                results[name].append(run(checkout, Path(tmp) / f"{number}-{len(results[name])}-{name[0]}"))
    reference = {row["key"]: row for row in results["baseline"][0]}
    print(f"Machine: {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.2f} at the end, "
          f"{args.runs} interleaved runs per checkout; p50/p95 per run, then the median over runs\n")
    print("| checkout | questions | CPU p50 / p95 ms | wall p50 / p95 ms | answers differing from the baseline's first run |")
    print("| --- | --- | --- | --- | --- |")
    for name, passes in results.items():
        shown = sum(row["shown"] != reference[row["key"]]["shown"] for p in passes for row in p)
        scores = sum(row["scores"] != reference[row["key"]]["scores"] for p in passes for row in p)
        differing = f"{shown} in output, {scores} in unrounded scores ({len(passes[0])} answers x {len(passes)})"
        for label, sets in (("bench_ask set", BENCH_SETS), ("all sets", SETS)):
            figures = []
            for metric in ("cpu", "wall"):
                chosen = [[row[metric] for row in p if row["key"].rsplit("/", 3)[0] in sets] for p in passes]
                p50 = statistics.median(percentile(c, 0.5) for c in chosen)
                p95 = statistics.median(percentile(c, 0.95) for c in chosen)
                figures.append(f"{p50:.1f} / {p95:.1f}")
            print(f"| {name} | {label} ({len(chosen[0])}) | {figures[0]} | {figures[1]} | {differing} |")


if __name__ == "__main__":
    main()
