"""Where does each expected side section rank when its side is searched? (stop 42, cmp42)

For every READ comparison case (learner set, read blind sets, probes; never the held-out sets)
the tutor is asked as the judge asks it, and the sides the comparison code searched are recorded
(the raw sides of the shape and the side queries with their context, as embedded). For the cases
that fail, each expected section's rank is measured in four rankings, for three texts:

- rankings: ``dense`` (best passage cosine), ``router`` (the section router's probability),
  ``fused`` (the search as the comparison code runs it: route=False) and ``fused+router``
  (route=True, as a whole question is searched);
- texts: the raw side, the side query (side + context the code adds), the whole question.

Run: .venv/bin/python benchmarks/probes/cmp42-s42/rank_sides.py [OUT.json]
"""

from __future__ import annotations

import itertools
import json
import sys
from collections import Counter
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[3]
sys.path[:0] = [str(REPO), str(REPO / "tests" / "core"), str(REPO / "benchmarks")]

import learner_judge  # noqa: E402
from eval_percase import case_folders  # noqa: E402

from tutor.core.answering.answer import load_tutor  # noqa: E402
from tutor.core.answering.search import ROUTER_MIX  # noqa: E402


def rankings(tutor, text: str) -> dict[str, list[str]]:
    index = tutor.index
    ids = [s.id for s in index.sections]
    vector = index.encode_query(index.learner.expand(text))
    dense, _ranked, _asked, routed = index._dense_scores(vector, route=True)
    out = {
        "dense": [ids[i] for i in np.argsort(-dense, kind="stable")],
        "router": [ids[i] for i in np.argsort(-(routed / ROUTER_MIX), kind="stable")],
    }
    n = len(ids)
    out["fused"] = [h.section.id for h in index.search(text, k=n, expand=True, route=False).hits]
    out["fused+router"] = [h.section.id for h in index.search(text, k=n, expand=True, route=True).hits]
    return out


def rank_of(order: list[str], section: str) -> int:
    return order.index(section) + 1 if section in order else 999


def bucket(r: int) -> str:
    return "1" if r == 1 else "2-3" if r <= 3 else "4-10" if r <= 10 else ">10"


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/tmp/cmp42_ranks.json")
    tutor = load_tutor()
    record: dict = {}
    compose = tutor._compose_comparison
    prefetch = tutor.index.prefetch

    def spy_compose(question, result, sides, same=False):
        if "sides" not in record:
            record["sides"] = list(sides)
            record["inside"] = True
        try:
            return compose(question, result, sides, same=same)
        finally:
            record["inside"] = False

    def spy_prefetch(queries, expand=True):
        if record.get("inside") and "queries" not in record and len(queries) == 2:
            record["queries"] = list(queries)
        return prefetch(queries, expand=expand)

    tutor._compose_comparison = spy_compose
    tutor.index.prefetch = spy_prefetch
    rows = []
    for folder in case_folders():
        for case in learner_judge.load_cases(folder):
            if case["kind"] != "comparison" or not case.get("sections"):
                continue
            record.clear()
            verdict = learner_judge.judge(tutor, case)
            expected = [s.replace("/", "#") for s in case["sections"]]
            cited = [s.section for s in verdict.answer.sources]
            rows.append({
                "folder": str(folder.relative_to(REPO)), "question": case["question"], "ok": bool(verdict.ok),
                "expected": expected, "cited": cited, "sides": record.get("sides"), "queries": record.get("queries"),
            })
    fails = [r for r in rows if not r["ok"]]
    print(f"comparisons {len(rows)}, failing {len(fails)}")
    none = sum(not set(r["expected"]) & set(r["cited"]) for r in fails)
    some = sum(bool(set(r["expected"]) & set(r["cited"])) and not set(r["expected"]) <= set(r["cited"]) for r in fails)
    print(f"failing citing none of the expected sections {none}, only some {some}")
    stats: Counter = Counter()
    for r in fails:
        whole = rankings(tutor, r["question"])
        r["whole"] = {name: [rank_of(order, s) for s in r["expected"]] for name, order in whole.items()}
        if len(r["expected"]) != 2 or not r["sides"] or len(r["sides"]) != 2:
            stats["not two sides searched" if len(r["expected"]) == 2 else "one expected section"] += 1
            continue
        texts = {"side": r["sides"], "query": r["queries"] or r["sides"]}
        ranks = {}
        for label, pair in texts.items():
            per = [rankings(tutor, t) for t in pair]
            ranks[label] = {
                name: [[rank_of(per[i][name], s) for s in r["expected"]] for i in range(2)] for name in per[0]
            }
        # Which expected section is which side: the assignment with the smaller fused ranks.
        fused = ranks["query"]["fused"]
        best = min(itertools.permutations(range(2)), key=lambda p: fused[0][p[0]] + fused[1][p[1]])
        r["assign"] = list(best)
        r["ranks"] = ranks
        for label in texts:
            for name in ranks[label]:
                for i in range(2):
                    stats[(label, name, bucket(ranks[label][name][i][best[i]]))] += 1
        for i in range(2):
            s = r["expected"][best[i]]
            own = min(ranks[label][name][i][best[i]] for label in texts for name in ranks[label])
            stats[("side", "best of any ranking/text", bucket(own))] += 1
            stats[("whole", "fused+router", bucket(rank_of(whole["fused+router"], s)))] += 1
            stats[("whole", "fused", bucket(rank_of(whole["fused"], s)))] += 1
            stats[("whole", "router", bucket(rank_of(whole["router"], s)))] += 1
            stats[("whole", "dense", bucket(rank_of(whole["dense"], s)))] += 1
            stats["side cited" if s in r["cited"] else "side not cited"] += 1
    for key in sorted(stats, key=str):
        print(key, stats[key])
    out.write_text(json.dumps(rows, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
