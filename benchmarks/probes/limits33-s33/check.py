"""Score a limits33-s33 half: the judge's verdict (as eval_learner) and, for near misses with
``nearest``, whether the decline's closest section is one of them.

    .venv/bin/python benchmarks/probes/limits33-s33/check.py work [--quiet]
"""

import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.append(str(ROOT))  # (after PYTHONPATH: an old copy of tutor/ may be measured)

from tests.core.learner_judge import judge  # noqa: E402
from tutor.core.answering.answer import load_tutor  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import probekit  # noqa: E402

closest = probekit.closest_section


def main() -> None:
    half, quiet = sys.argv[1], "--quiet" in sys.argv
    tutor = load_tutor()
    judged = near = near_ok = ok = 0
    for path in sorted((Path(__file__).parent / half).glob("*.toml")):
        for case in tomllib.loads(path.read_text())["case"]:
            verdict = judge(tutor, case)
            judged += 1
            ok += verdict.ok
            line = f"  FAIL {case['kind']}: {case['question']!r} -> {verdict.why}; {verdict.answer.text[:150]!r}"
            if not verdict.ok and not quiet:
                print(line)
            if "nearest" in case:
                near += 1
                got = closest(tutor, verdict.answer.text)
                good = got in case["nearest"] or (verdict.answer.in_scope and any(
                    s.section.replace("#", "/") in case["nearest"] for s in verdict.answer.sources[:1]))
                near_ok += good
                if not good and not quiet:
                    print(f"  NEAREST {case['question']!r} -> {got}")
    print(f"{half}: judge {ok}/{judged}, nearest {near_ok}/{near}")


if __name__ == "__main__":
    main()
