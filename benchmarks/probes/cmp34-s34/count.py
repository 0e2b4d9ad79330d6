"""Count why read comparisons fail (stop 33, cmppair; stop 34, cmp34: every read blind set): every comparison case of a readable folder
(tests/data/learner_eval, the read blind sets, tests/data/conversation, probe ``work`` folders)
that fails in a per-case results file (``eval_percase.py``), sorted into sub-causes by its wanted
sides and cited sections. Reads only the results file and the cases' own TOML.

Run: .venv/bin/python benchmarks/probes/cmppair-s33/count.py /work/wt/tools/base_s33.json [-v]
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path[:0] = [str(REPO), str(REPO / "tests" / "core")]

READ = re.compile(
    r"^(tests/data/learner_eval|tests/data/conversation"
    r"|tests/data/learner_eval_blind/set_[a-z]+|benchmarks/probes/[^ ]*work[^ ]*)$"
)
APPLIED = {"ml-applications", "generative-ai-applications", "industry-use-cases", "future-trends"}


def cause(case: dict, got: dict, shape_kind: str, n_sides: int) -> str:
    if got["why"] == "declined":
        return "d declined"
    sides = [[s.replace("/", "#", 1) for s in side] for side in (case.get("sides") or [[s] for s in case["sections"]])]
    cited = got["cited"]
    missed = [side for side in sides if not set(side) & set(cited)]
    if not missed:
        return "b right sections, facts missing"
    if shape_kind != "comparison":
        return "c not read as a comparison"
    if len(sides) == 1:
        return "a1 one comparing section wanted, not cited"
    extra = [c for c in cited if not any(c in side for side in sides)]
    lessons = {s.split("#")[0] for side in missed for s in side}
    if len(cited) == 1:
        return "a2 one section cited for all sides" if not extra else "a2' one other section cited for all sides"
    if not extra:
        return "a3 a side not answered (fewer parts)"
    if any(c.split("#")[0] in lessons for c in extra):
        return "a4 a neighbour in the side's own lesson"
    if any(c.split("#")[0] in APPLIED for c in extra):
        return "a5 an application/setting section"
    return "a6 a section of another lesson"


def main() -> None:
    import learner_judge

    from tutor.core.answering import shapes

    base = json.loads(Path(sys.argv[1]).read_text())
    verbose = "-v" in sys.argv
    counts: Counter[str] = Counter()
    total = 0
    rows = []
    for folder in sorted({k.split(" :: ")[0] for k in base}):
        if not READ.match(folder) or folder.rsplit("/", 1)[-1] in learner_judge.HELD_OUT:
            continue
        for case in learner_judge.load_cases(REPO / folder):
            if case["kind"] != "comparison":
                continue
            key = f"{folder} :: comparison :: {case['question']}"
            if key not in base:
                continue
            total += 1
            got = base[key]
            if got["ok"]:
                continue
            shape = shapes.detect(case["question"])
            why = cause(case, got, shape.kind, len(shape.sides))
            counts[why] += 1
            rows.append((why, folder, case["question"], case.get("sides") or case["sections"], got["cited"], case.get("facts"), got["text"]))
    print(f"read comparisons {total}, failing {sum(counts.values())}")
    for why, n in sorted(counts.items()):
        print(f"{n:4d}  {why}")
    if verbose:
        for row in sorted(rows):
            print(*row, sep="\n    ")
            print()


if __name__ == "__main__":
    main()
