"""Per-case verdicts of every READ comparison (the folders of ``count.py``), saved as JSON in
``eval_percase.py``'s format, so a change to the comparison path is checked on the 737 read
comparisons in a minute before the full regression check. Diff two runs with
``eval_percase_diff.py``.

Run: .venv/bin/python benchmarks/probes/cmppair-s33/ab.py OUT.json
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path[:0] = [str(REPO), str(REPO / "tests" / "core"), str(Path(__file__).parent)]


def main() -> None:
    import learner_judge
    from count import READ

    from tutor.core.answering.answer import load_tutor

    tutor = load_tutor()
    results = {}
    folders = [REPO / "tests/data/learner_eval"]
    blind = REPO / "tests/data/learner_eval_blind"
    folders += [d for d in sorted(blind.iterdir()) if d.is_dir()]
    folders += sorted({p.parent for p in (REPO / "benchmarks/probes").rglob("*.toml")})
    for folder in folders:
        rel = str(folder.relative_to(REPO))
        if not READ.match(rel):
            continue
        for case in learner_judge.load_cases(folder):
            if case["kind"] != "comparison":
                continue
            verdict = learner_judge.judge(tutor, case)
            results[f"{rel} :: comparison :: {case['question']}"] = {
                "ok": bool(verdict.ok), "why": str(verdict.why),
                "cited": [s.section for s in verdict.answer.sources], "text": verdict.answer.text,
            }
    Path(sys.argv[1]).write_text(json.dumps(results, indent=1))
    print(f"{sum(r['ok'] for r in results.values())}/{len(results)}")


if __name__ == "__main__":
    main()
