"""Score a near36-s36 half: the judge's verdict (as eval_learner) and, for a declined near miss,
whether its closest section is sensible (``nearest``: lessons or "lesson/section" ids, which the
judge ignores). Totals per file (near misses and things the course has no sentence on apart); failures listed unless ``--quiet``.

    .venv/bin/python benchmarks/probes/near36-s36/check.py work [--quiet]
"""

import sys
import tomllib
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.append(str(ROOT))

from tests.core.learner_judge import judge  # noqa: E402
from tutor.core.answering.answer import load_tutor  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import probekit  # noqa: E402


def main() -> None:
    half, quiet = sys.argv[1], "--quiet" in sys.argv
    tutor = load_tutor()
    total, passed, near_ok = Counter(), Counter(), Counter()
    for path in sorted((Path(__file__).parent / half).glob("*.toml")):
        for case in tomllib.loads(path.read_text())["case"]:
            verdict = judge(tutor, case)
            kind = path.stem  # near_miss and nosentence apart (both judged as near misses)
            total[kind] += 1
            passed[kind] += verdict.ok
            why = [verdict.why] if not verdict.ok else []
            if "nearest" in case and not verdict.answer.in_scope:
                got = probekit.closest_section(tutor, verdict.answer.text) or ""
                if any(got == n or got.startswith(n + "/") for n in case["nearest"]):
                    near_ok[kind] += 1
                else:
                    why.append(f"nearest {got or None}")
            if why and not quiet:
                print(f"  FAIL {kind}: {case['question']!r} -> {'; '.join(why)}; {verdict.answer.text[:150]!r}")
    for kind in total:
        extra = f", nearest {near_ok[kind]}/{total[kind]}" if kind in ("near_miss", "nosentence") else ""
        print(f"{kind:<11} {passed[kind]}/{total[kind]}{extra}")


if __name__ == "__main__":
    main()
