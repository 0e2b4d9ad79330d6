"""Score a fu36-s36 half: the judge's verdict (as eval_learner) and the keys it ignores:
``first`` (the first source is one of them), ``opens`` (the answer's first sentence matches one
pattern) and ``nearest`` (a decline's closest section is one of them). A case passes when all
its checks do; totals per class.

    .venv/bin/python benchmarks/probes/fu36-s36/check.py work [--quiet]
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

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import probekit  # noqa: E402

closest = probekit.closest_section


def problems(tutor, case: dict, verdict) -> list[str]:
    """What fails in ``case`` beyond the judge's verdict."""
    answer, why = verdict.answer, []
    first = answer.sources[0].section.replace("#", "/") if answer.sources else None
    if "first" in case and first not in case["first"]:
        why.append(f"first source {first}")
    if "opens" in case:
        opening = re.split(r"(?<=[.!?])\s", answer.text.strip(), maxsplit=1)[0]
        if not any(re.search(p, opening, re.IGNORECASE) for p in case["opens"]):
            why.append(f"opens {opening[:90]!r}")
    if "nearest" in case and not answer.in_scope:
        got = closest(tutor, answer.text)
        if got not in case["nearest"]:
            why.append(f"nearest {got}")
    return why


def main() -> None:
    half, quiet = sys.argv[1], "--quiet" in sys.argv
    tutor = load_tutor()
    total, passed = Counter(), Counter()
    for path in sorted((Path(__file__).parent / half).glob("*.toml")):
        for case in tomllib.loads(path.read_text())["case"]:
            verdict = judge(tutor, case)
            why = ([] if verdict.ok else [verdict.why]) + problems(tutor, case, verdict)
            total[case["class"]] += 1
            passed[case["class"]] += not why
            if why and not quiet:
                asked = case.get("question") or " || ".join(case["turns"])
                print(f"  FAIL {case['class']}: {asked!r} -> {'; '.join(why)}; {verdict.answer.text[:140]!r}")
    print(f"{half}: {sum(passed.values())}/{sum(total.values())} " +
          " ".join(f"{k} {passed[k]}/{total[k]}" for k in sorted(total)))


if __name__ == "__main__":
    main()
