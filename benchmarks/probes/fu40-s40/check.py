"""Counts, per half, last turns that cite a section of the lesson the first turn was answered from
while the case expects another lesson (the old subject carried over). Usage: check.py work|measure
[--quiet]: --quiet prints totals only."""

import sys
import tomllib
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parents[3]), str(Path(__file__).resolve().parents[3] / "tests" / "core")]
from tutor.core.answering.answer import load_tutor  # noqa: E402
from tutor.core.answering.conversation import Conversation  # noqa: E402

HERE = Path(__file__).resolve().parent


def main() -> None:
    half = sys.argv[1]
    quiet = "--quiet" in sys.argv
    cases = tomllib.loads((HERE / half / "followup.toml").read_text())["case"]
    tutor = load_tutor(use_embeddings=True)
    carried = 0
    for case in cases:
        conversation = Conversation()
        first_lessons: set[str] = set()
        for i, turn in enumerate(case["turns"]):
            answer = tutor.ask(turn, conversation)
            conversation.record(turn, answer)
            if i == 0:
                first_lessons = {s.doc for s in answer.sources}
        expected = {s.split("/")[0] for s in case["sections"]}
        old = [s.section for s in answer.sources if s.doc in first_lessons and s.doc not in expected]
        if old:
            carried += 1
            if not quiet:
                print(f"CARRIED {case['turns'][-1]!r}: {old}")
    print(f"{half}: {carried}/{len(cases)} carried the old subject")


if __name__ == "__main__":
    main()
