"""History search speed: ``tutor.core.history.search`` over 10,000 stored messages.

Builds a database in a temporary folder with ``--messages`` messages (questions and
answer-length texts made from the course's own sections, in conversations of 20), then times
searches of a few typical kinds: one common word, two words, a rare word, words with no match
(the all-words search then the any-word fallback), and text full of FTS syntax. Target: every
kind under 50 ms (median).

    .venv/bin/python benchmarks/bench_history.py
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tutor.core.chats import Chats  # noqa: E402
from tutor.core.history import search  # noqa: E402
from tutor.core.knowledge import load_course  # noqa: E402
from tutor.core.store import open_store  # noqa: E402

QUERIES = {
    "one common word": "model",
    "two words": "discriminator generator",
    "a rare word": "hallucination",
    "no match (falls back to any word)": "zebra quokka",
    "FTS syntax typed": '"gan AND NEAR(* OR',
}
TARGET_MS = 50.0


def build(path: Path, count: int, seed: int = 0) -> None:
    texts = [section.text for section in load_course().sections]
    rng = random.Random(seed)
    store = open_store(path)
    chats = Chats(store)
    conversation = None
    with store.conn:  # one transaction: building is not what is measured
        for n in range(count):
            if n % 20 == 0:
                conversation = chats.create(f"Conversation {n // 20}")
            words = rng.choice(texts).split()
            start = rng.randrange(max(1, len(words) - 60))
            text = " ".join(words[start:start + (12 if n % 2 == 0 else 90)])
            store.conn.execute(
                "INSERT INTO messages(conversation_id, role, kind, content, created) "
                "VALUES (?, ?, 'text', ?, ?)",
                (conversation, "user" if n % 2 == 0 else "tutor", text, time.time()))
    store.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=10_000)
    parser.add_argument("--repeats", type=int, default=20)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "tutor.db"
        started = time.perf_counter()
        build(path, args.messages)
        built = time.perf_counter() - started
        store = open_store(path)
        print(f"| history search over {args.messages:,} messages "
              f"(built in {built:.1f} s) | hits | median ms | max ms |")
        print("|---|---|---|---|")
        worst = 0.0
        for label, query in QUERIES.items():
            times = []
            for _ in range(args.repeats):
                t0 = time.perf_counter()
                result = search(store, query)
                times.append((time.perf_counter() - t0) * 1000)
            median = statistics.median(times)
            worst = max(worst, median)
            print(f"| {label}: `{query}` | {len(result.hits)} | {median:.1f} | {max(times):.1f} |")
        store.close()
    print(f"\nslowest median {worst:.1f} ms (target < {TARGET_MS:.0f} ms)")
    return 0 if worst < TARGET_MS else 1


if __name__ == "__main__":
    sys.exit(main())
