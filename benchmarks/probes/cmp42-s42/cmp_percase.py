"""Every READ comparison case judged, saved as {key: {ok, cited}} (the keys of eval_percase.py), so a
variant of the comparison code can be compared case by case in a few minutes; the full per-case
run (eval_percase.py) decides. Run: .venv/bin/python benchmarks/probes/cmp42-s42/cmp_percase.py OUT.json
Compare: python3 benchmarks/eval_percase_diff.py A.json B.json -v"""

import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path[:0] = [str(REPO), str(REPO / "tests" / "core"), str(REPO / "benchmarks")]

import learner_judge  # noqa: E402
from eval_percase import case_folders  # noqa: E402

from tutor.core.answering.answer import load_tutor  # noqa: E402

if __name__ == "__main__":
    tutor = load_tutor()
    results = {}
    for folder in case_folders():
        rel = str(folder.relative_to(REPO))
        for case in learner_judge.load_cases(folder):
            if case["kind"] != "comparison":
                continue
            verdict = learner_judge.judge(tutor, case)
            results[f"{rel} :: {case['kind']} :: {case['question']}"] = {
                "ok": bool(verdict.ok), "why": str(verdict.why),
                "cited": [s.section for s in verdict.answer.sources], "text": verdict.answer.text,
            }
    Path(sys.argv[1]).write_text(json.dumps(results, indent=1), encoding="utf-8")
    print(sum(r["ok"] for r in results.values()), "/", len(results))
