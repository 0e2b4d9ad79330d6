"""Where the expected section ranks, by question length, in each retrieval signal (stop 42).

Every read paraphrase and comparison case (``eval_percase.case_folders`` without conversations and
without this folder), told failed or passed by a per-case JSON (``eval_percase.py``): the rank of
the best listed section in the dense part (best of passage cosine and 0.9 x ask cosine), BM25, the
router and their fusion as ``search._rank`` mixes them before its bonuses; then variants that embed
the message's sentences separately (one batch), counted as wins and losses of rank 1 against the
fusion. Run:

    .venv/bin/python benchmarks/probes/long42-s42/ranks.py BASE.json
"""

from __future__ import annotations

import json
import re
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[3]
sys.path[:0] = [str(REPO), str(REPO / "tests" / "core"), str(REPO / "benchmarks")]

import learner_judge  # noqa: E402
from eval_percase import case_folders  # noqa: E402

from tutor.core.answering.answer import load_tutor  # noqa: E402
from tutor.core.answering.search import BM25_HALF, LEXICAL_WEIGHT  # noqa: E402

W = LEXICAL_WEIGHT


def bucket(n: int) -> str:
    return "<15" if n < 15 else "15-29" if n < 30 else "30+"


def rank_of(scores: np.ndarray, wanted: list[int]) -> int:
    order = np.argsort(-scores, kind="stable")
    where = {int(i): r for r, i in enumerate(order, 1)}
    return min(where[w] for w in wanted)


def sentences_of(q: str) -> list[str]:
    parts = [p.strip() for p in re.split(r"(?<=[.!?;:])\s+|\n+", q) if p.strip()]
    merged: list[str] = []
    for p in parts:
        if merged and len(merged[-1].split()) < 4:
            merged[-1] = merged[-1] + " " + p
        else:
            merged.append(p)
    return merged


_ASKS = re.compile(
    r"^\W*(?:how|what|whats|what's|why|which|who|when|where|is|are|was|were|can|could|does|do|did|should|would|will|has|have|any|isn't|tell|explain)\b",
    re.IGNORECASE,
)


def asking_index(parts: list[str]) -> int:
    """The sentence that asks: the last one ending in "?", else the last opening with a question
    word, else the last."""
    for i in range(len(parts) - 1, -1, -1):
        if parts[i].rstrip().endswith("?"):
            return i
    for i in range(len(parts) - 1, -1, -1):
        if _ASKS.match(parts[i]):
            return i
    return len(parts) - 1


def components(index, q: str) -> dict:
    expanded = index.learner.expand(q)
    terms = index.analyse(expanded)
    lexical = index._bm25_scores(terms)
    v = index.encode_query(expanded)
    _dense, ranked, _asked, routed = index._dense_scores(v)
    c = {"lex": lexical / (lexical + BM25_HALF), "lexraw": lexical, "dense": ranked - routed, "router": routed}
    parts = sentences_of(q)
    if len(parts) > 1:
        texts = [index.learner.expand(p) for p in parts]
        vecs = index.embedder.encode(texts)
        per = [index._dense_scores(x) for x in vecs]
        c["s_dense"] = [p[1] - p[3] for p in per]
        c["s_router"] = [p[3] for p in per]
        c["ask"] = asking_index(parts)
        from tutor.core.answering.conversation import REFERRING
        from tutor.core.words import tokenize

        c["points_back"] = any(w in REFERRING for w in tokenize(parts[c["ask"]]))
        last_terms = set(index.analyse(texts[-1]))
        lw = np.zeros_like(lexical)
        for t in set(terms):
            lw += (1.0 if t in last_terms else 0.5) * index._bm25_scores([t]) * terms.count(t)
        c["lex_pre"] = lw / (lw + BM25_HALF)
        for name, vec in (("v_mean", np.mean([v, *vecs], axis=0)), ("v_last", (v + vecs[-1]) / 2)):
            _, rk, _, rt = index._dense_scores(vec / np.linalg.norm(vec))
            c[name] = (rk - rt, rt)
    return c


def variants(c: dict) -> dict[str, np.ndarray]:
    base = (1 - W) * (c["dense"] + c["router"]) + W * c["lex"]
    out = {"fused": base, "dense": c["dense"], "bm25": c["lexraw"], "router": c["router"]}
    if "s_dense" not in c:
        return out
    d, r, lex = c["dense"], c["router"], c["lex"]
    sd, sr = c["s_dense"], c["s_router"]
    a = c["ask"]
    out["ask_half_dense"] = (1 - W) * ((d + sd[a]) / 2 + r) + W * lex
    if not c["points_back"]:
        out["ask_rx2_own_subject"] = (1 - W) * ((d + sd[a]) / 2 + 2 * r) + W * lex
    else:
        out["ask_rx2_own_subject"] = (1 - W) * (d + 2 * r) + W * lex
    out["ask_0.4_dense"] = (1 - W) * (0.6 * d + 0.4 * sd[a] + r) + W * lex
    out["ask_0.3_dense"] = (1 - W) * (0.7 * d + 0.3 * sd[a] + r) + W * lex
    out["ask_half_dense_rx2"] = (1 - W) * ((d + sd[a]) / 2 + 2 * r) + W * lex
    out["ask_half_dense_rmax"] = (1 - W) * ((d + sd[a]) / 2 + np.maximum(r, sr[a])) + W * lex
    out["ask_half_both"] = (1 - W) * ((d + sd[a]) / 2 + (r + sr[a]) / 2) + W * lex
    out["max_sent_dense"] = (1 - W) * (np.max([d, *sd], axis=0) + r) + W * lex
    out["last_half"] = (1 - W) * ((d + sd[-1]) / 2 + (r + sr[-1]) / 2) + W * lex
    out["last_third"] = (1 - W) * ((2 * d + sd[-1]) / 3 + (2 * r + sr[-1]) / 3) + W * lex
    out["last_half_dense"] = (1 - W) * ((d + sd[-1]) / 2 + r) + W * lex
    out["last_half_router"] = (1 - W) * (d + (r + sr[-1]) / 2) + W * lex
    out["mean_sents"] = (1 - W) * ((d + np.mean(sd, axis=0)) / 2 + (r + np.mean(sr, axis=0)) / 2) + W * lex
    out["router_x2"] = (1 - W) * (d + 2 * r) + W * lex
    out["router_x3"] = (1 - W) * (d + 3 * r) + W * lex
    out["bm_pre_half"] = (1 - W) * (d + r) + W * c["lex_pre"]
    out["v_mean"] = (1 - W) * (c["v_mean"][0] + c["v_mean"][1]) + W * lex
    out["v_last"] = (1 - W) * (c["v_last"][0] + c["v_last"][1]) + W * lex
    out["last_half+bm"] = (1 - W) * ((d + sd[-1]) / 2 + (r + sr[-1]) / 2) + W * c["lex_pre"]
    out["max_sent_router"] = (1 - W) * (d + np.max([r, *sr], axis=0)) + W * lex
    return out


def main() -> None:
    base = json.loads(Path(sys.argv[1]).read_text())
    tutor = load_tutor()
    index = tutor.index
    ranks = defaultdict(lambda: defaultdict(list))  # (status, bucket) -> variant -> ranks
    multi = defaultdict(lambda: defaultdict(lambda: [0, 0]))  # (status, bucket) -> variant -> [wins, losses]
    for folder in case_folders():
        rel = str(folder.relative_to(REPO))
        if "conversation" in rel or "long42-s42" in rel:
            continue
        for case in learner_judge.load_cases(folder):
            if case["kind"] not in ("paraphrase", "comparison"):
                continue
            key = f"{rel} :: {case['kind']} :: {case['question']}"
            if key not in base:
                continue
            wanted = [index._position[s.replace("/", "#", 1)] for s in case["sections"] if s.replace("/", "#", 1) in index._position]
            if not wanted:
                continue
            status = "passed" if base[key]["ok"] else "failed"
            q = case["question"]
            b = bucket(len(q.split()))
            vs = variants(components(index, q))
            fused_r = rank_of(vs["fused"], wanted)
            for name, scores in vs.items():
                r = rank_of(scores, wanted)
                for bb in (b, "all"):
                    ranks[(status, bb)][name].append(r)
                    if name not in ("dense", "bm25", "router", "fused"):
                        multi[(status, bb)][name][0] += r == 1 and fused_r != 1
                        multi[(status, bb)][name][1] += r != 1 and fused_r == 1
    for status in ("failed", "passed"):
        print(f"\n== {status} cases: share ranked first / in the first 3 (median rank)")
        for b in ("<15", "15-29", "30+", "all"):
            col = ranks[(status, b)]
            if not col:
                continue
            cells = []
            for x in ("dense", "bm25", "router", "fused"):
                arr = np.array(col[x])
                cells.append(f"{x} {(arr == 1).mean()*100:3.0f}%/{(arr <= 3).mean()*100:3.0f}% m{np.median(arr):.0f}")
            print(f"{b:6} n={len(col['fused']):4}  " + "   ".join(cells))
    names = sorted({n for v in multi.values() for n in v})
    print("\n== variants against the fusion, rank 1 won/lost (failed cases | passed cases), by length")
    for name in names:
        cells = []
        for b in ("15-29", "30+", "all"):
            f, p = multi[("failed", b)][name], multi[("passed", b)][name]
            cells.append(f"{b}: +{f[0]} -{f[1]} | +{p[0]} -{p[1]}")
        print(f"{name:18} " + "   ".join(cells))


if __name__ == "__main__":
    main()
