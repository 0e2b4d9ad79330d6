"""Per-case verdicts over every READ case, saved as JSON, so two checkouts can be compared case by
case (``eval_percase_diff.py``) rather than by totals that hide a gain and a loss.

Read cases: the learner set, the read blind sets, the conversation sets and every probe folder.
The held-out blind sets (E, G, J, M) are never touched: their totals come from
``eval_learner.py --quiet`` only.

Run: .venv/bin/python benchmarks/eval_percase.py OUT.json [FOLDER_SUBSTRING]   (about 2-3 minutes)
The key of a case is "<folder> :: <kind> :: <question, or the turns joined by ' | '>".
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(REPO), str(REPO / "tests" / "core")]


def case_folders() -> list[Path]:
    """Every folder of read cases, in a fixed order."""
    from learner_judge import HELD_OUT

    folders = [REPO / "tests/data/learner_eval", REPO / "tests/data/conversation"]
    blind = REPO / "tests/data/learner_eval_blind"
    folders += [d for d in sorted(blind.iterdir()) if d.is_dir() and d.name not in HELD_OUT]
    folders += sorted({p.parent for p in (REPO / "benchmarks/probes").rglob("*.toml")})
    return folders


def group(key: str) -> str:
    if "tests/data/conversation" in key:
        return "conversation"
    return "probes" if "benchmarks/probes" in key else "read"


def main() -> None:
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    out, only = Path(sys.argv[1]), (sys.argv[2] if len(sys.argv) > 2 else "")
    import learner_judge

    from tutor.core.answering.answer import load_tutor

    tutor = load_tutor()
    results = {}
    for folder in case_folders():
        rel = str(folder.relative_to(REPO))
        if only and only not in rel:
            continue
        for case in learner_judge.load_cases(folder):
            asked = case.get("question") or " | ".join(case["turns"])
            verdict = learner_judge.judge(tutor, case)
            results[f"{rel} :: {case['kind']} :: {asked}"] = {
                "ok": bool(verdict.ok), "why": str(verdict.why),
                "cited": [s.section for s in verdict.answer.sources], "text": verdict.answer.text,
            }
    out.write_text(json.dumps(results, indent=1), encoding="utf-8")
    right, total = Counter(), Counter()
    for key, result in results.items():
        right[group(key)] += result["ok"]
        total[group(key)] += 1
    print({g: f"{right[g]}/{total[g]}" for g in total})


if __name__ == "__main__":
    main()
