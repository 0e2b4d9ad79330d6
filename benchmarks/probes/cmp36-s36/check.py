"""Score a cmp36-s36 half: the judge's verdict (as eval_learner) plus what it ignores: ``opens``
(the answer's first sentence matches one pattern: a verdict first) and ``sides`` (every side has
one of its sections cited). A case passes when all its checks do; totals per class.

    .venv/bin/python benchmarks/probes/cmp36-s36/check.py work [--quiet]
"""

import re
import sys
import tomllib
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.append(str(ROOT))

from tests.core.learner_judge import judge  # noqa: E402
from tutor.core.answering.answer import load_tutor  # noqa: E402


def problems(case: dict, verdict) -> list[str]:
    """What fails in ``case`` beyond the judge's verdict."""
    answer, why = verdict.answer, []
    cited = {s.section.replace("#", "/") for s in answer.sources}
    missed = [side for side in case.get("sides", []) if not cited & set(side)]
    if missed and answer.in_scope:
        why.append(f"side not cited {[m[0].split('/')[-1][:30] for m in missed]}")
    if "opens" in case:
        opening = re.split(r"(?<=[.!?])\s", answer.text.strip(), maxsplit=1)[0]
        if not any(re.search(p, opening, re.IGNORECASE) for p in case["opens"]):
            why.append(f"opens {opening[:90]!r}")
    return why


def main() -> None:
    half, quiet = sys.argv[1], "--quiet" in sys.argv
    tutor = load_tutor()
    total, passed, judged = Counter(), Counter(), Counter()
    for path in sorted((Path(__file__).parent / half).glob("*.toml")):
        for case in tomllib.loads(path.read_text())["case"]:
            verdict = judge(tutor, case)
            why = ([] if verdict.ok else [verdict.why]) + problems(case, verdict)
            total[case["class"]] += 1
            judged[case["class"]] += verdict.ok
            passed[case["class"]] += not why
            if why and not quiet:
                cited = [s.section.split("#")[-1][:40] for s in verdict.answer.sources]
                print(f"  FAIL {case['class']}: {case['question']!r} -> {'; '.join(why)}; cited {cited}; {verdict.answer.text[:200]!r}")
    print(f"{half}: judge {sum(judged.values())}/{sum(total.values())}, all checks {sum(passed.values())}/{sum(total.values())}; " +
          " ".join(f"{k} {judged[k]}/{passed[k]}/{total[k]}" for k in sorted(total)))


if __name__ == "__main__":
    main()
