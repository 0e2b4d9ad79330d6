"""Score a para36-s36 half: the judge's verdict (as eval_learner) and the keys it ignores:
``opens`` (the answer's first sentence matches one pattern: the term asked leads) and
``maxwords`` (a simple-terms definition stays short). A case passes when all its checks do;
totals per class.

    .venv/bin/python benchmarks/probes/para36-s36/check.py work [--quiet]
"""

import re
import sys
import tomllib
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.append(str(ROOT))  # (after PYTHONPATH: an old copy of tutor/ may be measured)

from tests.core.learner_judge import judge  # noqa: E402
from tutor.core.answering.answer import load_tutor  # noqa: E402


def problems(case: dict, verdict) -> list[str]:
    """What fails in ``case`` beyond the judge's verdict."""
    text, why = verdict.answer.text.strip(), []
    if "opens" in case:
        opening = re.split(r"(?<=[.!?])\s", text, maxsplit=1)[0]
        if not any(re.search(p, opening, re.IGNORECASE) for p in case["opens"]):
            why.append(f"opens {opening[:90]!r}")
    if "maxwords" in case:
        body = re.sub(r"\[\d+\]", "", text.split("\nSources")[0])
        if len(body.split()) > case["maxwords"]:
            why.append(f"{len(body.split())} words")
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
            passed[case["class"]] += not why
            judged[case["class"]] += verdict.ok
            if why and not quiet:
                print(f"  FAIL {case['class']}: {case['question']!r} -> {'; '.join(why)}; {verdict.answer.text[:160]!r}")
    print(f"{half}: {sum(passed.values())}/{sum(total.values())} (judge {sum(judged.values())}) " +
          " ".join(f"{k} {passed[k]}/{total[k]} (judge {judged[k]})" for k in sorted(total)))


if __name__ == "__main__":
    main()
