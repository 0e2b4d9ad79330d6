"""Typo robustness of retrieval: top-1 section of every paraphrase case, as written and with slips.

Run: .venv/bin/python benchmarks/typo_robustness.py [SEED ...]
Each course word of 7+ letters in a paraphrase question (dev set, readable blind sets, probes)
gets a slip with probability 0.6 (a letter dropped, doubled or swapped with its neighbour, or two
letters dropped), and two words the course writes side by side are run together with probability
0.3 ("machinelearning"). Prints how often the expected section ranks first, clean and mangled.
"""

from __future__ import annotations

import random
import re
import sys
from itertools import pairwise
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(REPO), str(REPO / "tests" / "core")]


def main(seeds: list[int]) -> None:
    import learner_judge

    from tutor.core.answering.answer import load_tutor
    from tutor.core.words import tokenize

    tutor = load_tutor()
    words, pairs = set(), set()
    for section in tutor.course.sections:
        tokens = tokenize(f"{section.lesson_title} {section.heading} {section.text}")
        words.update(tokens)
        pairs.update(pairwise(tokens))
    blind = REPO / "tests" / "data" / "learner_eval_blind"
    dirs = [REPO / "tests" / "data" / "learner_eval"]
    dirs += sorted(d for d in blind.glob("set_*") if d.name not in learner_judge.HELD_OUT)
    dirs += sorted(d for d in (REPO / "benchmarks" / "probes").glob("*/*") if d.is_dir())
    cases = [c for d in dirs for c in learner_judge.load_cases(d) if c["kind"] == "paraphrase" and c.get("sections")]
    for seed in seeds:
        rng = random.Random(seed)

        def slip(word: str, rng: random.Random = rng) -> str:
            i, kind = rng.randrange(1, len(word) - 1), rng.randrange(4)
            if kind == 0:
                return word[:i] + word[i + 1:]
            if kind == 1:
                return word[:i] + word[i] + word[i:]
            if kind == 2:
                return word[:i] + word[i + 1] + word[i] + word[i + 2:]
            return word[:i] + word[i + 2:]

        def mangle(question: str, rng: random.Random = rng) -> str:
            parts, out, i = question.split(" "), [], 0
            while i < len(parts):
                word, low = parts[i], re.sub(r"\W", "", parts[i].lower())
                after = re.sub(r"\W", "", parts[i + 1].lower()) if i + 1 < len(parts) else ""
                if after and (low, after) in pairs and rng.random() < 0.3 and len(low) + len(after) >= 8:
                    out.append(word + parts[i + 1])
                    i += 2
                    continue
                if len(low) >= 7 and low == word.lower() and low in words and rng.random() < 0.6:
                    word = slip(word)
                out.append(word)
                i += 1
            return " ".join(out)

        total = clean = mangled = 0
        for case in cases:
            wanted = {s.replace("/", "#") for s in case["sections"]}
            question = mangle(case["question"])
            if question == case["question"]:
                continue
            total += 1
            first = tutor.index.search(tutor.vocabulary.correct(case["question"]), k=1).hits[0].section.id
            clean += first in wanted
            first = tutor.index.search(tutor.vocabulary.correct(question), k=1).hits[0].section.id
            mangled += first in wanted
        print(f"seed {seed}: {total} questions mangled; expected section first: clean {clean}, with slips {mangled}")


if __name__ == "__main__":
    main([int(s) for s in sys.argv[1:]] or [1, 2, 3])
