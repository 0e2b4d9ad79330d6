"""Honest limits on the fresh lists in tests/data/limits/requests.toml, real models.

Run: .venv/bin/python benchmarks/eval_limits.py [--quiet]
Prints, per list, how many answers are refused (the polite "not my job" reply), declined as not
covered ("The course does not cover X" or "That isn't covered"), or answered from the course,
then the misses (unless --quiet): out-of-job requests not refused, course questions declined,
near misses answered.
"""

from __future__ import annotations

import argparse
import sys
import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(REPO)]
LISTS = REPO / "tests" / "data" / "limits" / "requests.toml"


def outcome(answer) -> str:
    """"refused", "declined" or "answered" for one answer."""
    from tutor.core.answering import refusal_texts

    if answer.text in refusal_texts.TEXTS:
        return "refused"
    if not answer.in_scope or not answer.sources:
        return "declined"
    return "answered"


# What each list should get.
WANTED = {
    "out_of_job": "refused", "out_of_job_2": "refused", "asks_in_scope": "answered", "asks_in_scope_2": "answered",
    "out_of_job_3": "refused", "asks_in_scope_3": "answered", "near_miss": "declined", "near_miss_2": "declined",
    "near_miss_3": "declined", "shared_words": "answered", "frames_in_scope": "answered", "out_of_job_5": "refused", "near_miss_4": "declined", "frames_in_scope_2": "answered",
    "out_of_job_7": "refused", "asks_in_scope_7": "answered",
    "out_of_job_8": "refused", "asks_in_scope_8": "answered",
    "out_of_job_9": "refused", "asks_in_scope_9": "answered", "out_of_job_9b": "refused", "asks_in_scope_9b": "answered",
    "out_of_job_9c": "refused", "asks_in_scope_9c": "answered", "out_of_job_9d": "refused", "asks_in_scope_9d": "answered",
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quiet", action="store_true", help="print the figures only")
    args = parser.parse_args()
    from tutor.core.answering.answer import load_tutor

    tutor = load_tutor()
    data = tomllib.loads(LISTS.read_text(encoding="utf-8"))
    misses: list[str] = []
    for name, wanted in WANTED.items():
        items = [i["question"] if isinstance(i, dict) else i for i in data[name]]
        counts = {"refused": 0, "declined": 0, "answered": 0}
        for question in items:
            answer = tutor.ask(question)
            got = outcome(answer)
            counts[got] += 1
            if got != wanted:
                misses.append(f"{name:15} {got:9} {question!r} -> {answer.text[:90]!r}")
        good = counts[wanted]
        print(f"{name:15} {good:3}/{len(items)} {wanted:9} ({100 * good / len(items):.1f}%)  {counts}")
    if not args.quiet:
        print("\n".join(misses))


if __name__ == "__main__":
    main()
