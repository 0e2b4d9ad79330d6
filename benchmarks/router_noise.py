"""How much a small, random edit of the learner asks moves answers through the section router.

Why: every edit of ``knowledge/asks`` retrains the router (``tutor/core/answering/router.py``), and
stops 33-35 saw such retrains move near-tie cases that have nothing to do with the edited asks,
so a change of asks could not be measured apart from the retraining noise it carries. This tool
measures that noise alone: the router is retrained (by ``router.train``, as the branch has it)
on the course with ``--drop`` asks removed at random, ``--edits`` times with different seeds,
while everything else (the asks matched by the ranking, the vectors, the request detector) is
left as shipped; each retrained router is swapped into one loaded tutor and the read cases are
answered again. A case counts as changed when its answer text or citations differ from the
answers given with the router trained on every ask.

Two levels, both over read cases only (never a held-out set: ``learner_judge.HELD_OUT``):
- the router alone, on every read question's vector: how many first choices (argmax) and votes
  (``router.votes_for``) change;
- whole answers, on a fixed random sample of ``--sample`` read cases (``learner_judge.judge``):
  answers changed, and verdicts won / lost.

Run: nice .venv/bin/python benchmarks/router_noise.py [--edits 5] [--drop 5] [--sample 1500]
     [--set REGULARISATION=16 ...]   (``--set`` overrides a constant of router.py for the run)
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(REPO), str(REPO / "tests" / "core"), str(REPO / "benchmarks")]


def read_cases() -> list[tuple[str, dict]]:
    """(folder, case) for every read case, in eval_percase's order."""
    import learner_judge
    from eval_percase import case_folders

    out = []
    for folder in case_folders():
        rel = str(folder.relative_to(REPO))
        out.extend((rel, case) for case in learner_judge.load_cases(folder))
    return out


class MemoEncoder:
    """The embedder with every text's vector remembered, so each run re-encodes nothing and all
    runs see the very same query vectors (the router is the only thing that differs)."""

    def __init__(self, embedder) -> None:
        self.embedder = embedder
        self.memo: dict[str, np.ndarray] = {}
        self.original = embedder.encode

    def encode(self, texts, *args, **kwargs) -> np.ndarray:
        missing = [t for t in dict.fromkeys(texts) if t not in self.memo]
        if missing:
            for text, vector in zip(missing, self.original(missing, *args, **kwargs), strict=True):
                self.memo[text] = vector
        if not texts:
            return self.original(texts, *args, **kwargs)
        return np.stack([self.memo[t] for t in texts])


def answers(tutor, cases: list[tuple[str, dict]]) -> list[tuple[bool, str]]:
    """(verdict, answer fingerprint) per case."""
    import learner_judge

    out = []
    for _, case in cases:
        verdict = learner_judge.judge(tutor, case)
        cited = ",".join(s.section for s in verdict.answer.sources)
        out.append((bool(verdict.ok), f"{cited}\n{verdict.answer.text}"))
    return out


def votes(router, vectors: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(first choice, voted section or -1) per row of ``vectors``."""
    from tutor.core.answering.router import votes_for

    first, voted = [], []
    for vector in vectors:
        p = router.probabilities(vector)
        i = int(np.argmax(p))
        first.append(i)
        voted.append(i if votes_for(p, i) else -1)
    return np.array(first), np.array(voted)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--edits", type=int, default=5, help="random edits (retrains) to measure")
    parser.add_argument("--drop", type=int, default=5, help="asks removed at random per edit")
    parser.add_argument("--sample", type=int, default=1500, help="read cases answered per run (0: none)")
    parser.add_argument("--seed", type=int, default=36)
    parser.add_argument("--set", action="append", default=[], help="NAME=VALUE: a router.py constant")
    args = parser.parse_args()

    from tutor.core.answering import router
    from tutor.core.answering.answer import load_tutor
    from tutor.core.answering.router import NAMESPACES, course_labels

    for item in args.set:
        name, value = item.split("=", 1)
        setattr(router, name, type(getattr(router, name))(value))
    tutor = load_tutor()
    index = tutor.index
    memo = MemoEncoder(index.embedder)
    index.embedder.encode = memo.encode
    vectors = {"chunks": index.chunk_vectors, "sentences": index.sentence_vectors, "asks": index.ask_vectors}
    labels = course_labels(index.course, index.learner)
    examples = [(vectors[n], labels[n]) for n in NAMESPACES]

    cases = read_cases()
    questions = sorted({c.get("question") or c["turns"][0] for _, c in cases})
    qv = np.asarray(memo.encode(questions), dtype=np.float32)
    rng = np.random.default_rng(args.seed)
    sample = [cases[i] for i in sorted(rng.choice(len(cases), min(args.sample, len(cases)), replace=False))]

    started = time.time()
    full = router.train(examples, len(index.sections))
    trained = time.time() - started
    shipped_same = index.router is not None and np.array_equal(full.weights, index.router.weights)
    index.router = full
    first0, voted0 = votes(full, qv)
    answers(tutor, sample)  # fills the memo: every later run reads the same vectors
    base = answers(tutor, sample)
    print(f"trained in {trained:.1f}s; same as the shipped router: {shipped_same}; "
          f"{len(questions)} read questions, {len(sample)} sampled cases ({sum(ok for ok, _ in base)} pass)")

    asks = len(labels["asks"])
    rows = []
    for edit in range(args.edits):
        drop = np.random.default_rng(args.seed * 1000 + edit).choice(asks, args.drop, replace=False)
        keep = np.ones(asks, dtype=bool)
        keep[drop] = False
        edited = [(v, y) if n != "asks" else (v[keep], y[keep]) for (v, y), n in zip(examples, NAMESPACES, strict=True)]
        index.router = router.train(edited, len(index.sections))
        first, voted = votes(index.router, qv)
        got = answers(tutor, sample) if sample else []
        changed = sum(a[1] != b[1] for a, b in zip(base, got, strict=True))
        won = sum(b[0] and not a[0] for a, b in zip(base, got, strict=True))
        lost = sum(a[0] and not b[0] for a, b in zip(base, got, strict=True))
        rows.append((int((first != first0).sum()), int((voted != voted0).sum()), changed, won, lost))
        print(f"edit {edit}: first choices changed {rows[-1][0]}, votes {rows[-1][1]}; "
              f"answers changed {changed} of {len(sample)} (+{won} -{lost})", flush=True)
    table = np.array(rows)
    median = np.median(table, axis=0)
    print(f"median over {args.edits} edits of {args.drop} asks: first choices {median[0]:g}, votes {median[1]:g} "
          f"of {len(questions)}; answers changed {median[2]:g} of {len(sample)} "
          f"(per 1,000: {1000 * median[2] / max(len(sample), 1):.1f})")
    index.router = full


if __name__ == "__main__":
    main()
