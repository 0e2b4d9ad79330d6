"""Where a warm ``Tutor.ask`` spends its CPU, and how much CPU a question costs.

Why CPU time: the machine's two cores are shared, so wall-clock latency (``bench_ask.py``) moves
with whatever else runs; ``time.process_time()`` counts only this process's work and is the figure
to compare two checkouts by. The questions are read cases only, asked in their conversations: the
learner set, the read blind sets named below and the conversation sets (never a held-out set).

Run:
  .venv/bin/python benchmarks/profile_ask.py                 CPU per question, median of 3 runs
  .venv/bin/python benchmarks/profile_ask.py --runs 5        ... of 5 runs
  .venv/bin/python benchmarks/profile_ask.py --questions 600 about 600 questions, every k-th conversation
  .venv/bin/python benchmarks/profile_ask.py --profile [N]   cProfile: the N (40) costliest
                                                             functions by cumulative and own time
"""

from __future__ import annotations

import cProfile
import os
import pstats
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(REPO), str(REPO / "tests" / "core")]

# Read blind sets of recent stops (varied populations); never a held-out one (checked below).
READ_SETS = ("set_zr", "set_zs", "set_zu", "set_zv", "set_zp", "set_zo", "set_zm", "set_zl")


def conversations() -> list[list[str]]:
    """One list of turns per read case (a single question is a conversation of one turn)."""
    import learner_judge

    folders = [REPO / "tests/data/learner_eval", REPO / "tests/data/conversation"]
    folders += [REPO / "tests/data/learner_eval_blind" / name for name in READ_SETS]
    assert not set(READ_SETS) & learner_judge.HELD_OUT, "a held-out set is never read"
    found = []
    for folder in folders:
        for case in learner_judge.load_cases(folder):
            found.append(list(case.get("turns") or [case["question"]]))
    return found


def ask_all(tutor, chats: list[list[str]]) -> int:
    """Every conversation asked once, in order; the number of questions asked."""
    from tutor.core.answering.conversation import Conversation

    asked = 0
    for turns in chats:
        conversation = Conversation()
        for turn in turns:
            conversation.record(turn, tutor.ask(turn, conversation))
            asked += 1
    return asked


def main() -> None:
    os.environ.setdefault("TUTOR_THREADS", "1")
    from tutor.core.answering.answer import load_tutor

    tutor = load_tutor()
    chats = conversations()
    if "--questions" in sys.argv:
        wanted = int(sys.argv[sys.argv.index("--questions") + 1])
        chats = chats[:: max(1, sum(map(len, chats)) // wanted)]  # every set still asked
    ask_all(tutor, chats[:20])  # warm-up: lazily built tables, the model's first passes
    if "--profile" in sys.argv:
        at = sys.argv.index("--profile")
        top = int(sys.argv[at + 1]) if len(sys.argv) > at + 1 and sys.argv[at + 1].isdigit() else 40
        profiler = cProfile.Profile()
        profiler.enable()
        asked = ask_all(tutor, chats)
        profiler.disable()
        print(f"{asked} questions")
        stats = pstats.Stats(profiler).strip_dirs()
        stats.sort_stats("cumulative").print_stats(top)
        stats.sort_stats("tottime").print_stats(top)
        return
    runs = int(sys.argv[sys.argv.index("--runs") + 1]) if "--runs" in sys.argv else 3
    per_question = []
    for _ in range(runs):
        start = time.process_time()
        asked = ask_all(tutor, chats)
        per_question.append((time.process_time() - start) / asked * 1000)
    print(f"{asked} questions, CPU per question (ms): "
          f"{' / '.join(f'{t:.2f}' for t in per_question)}; median {statistics.median(per_question):.2f}")


if __name__ == "__main__":
    main()
