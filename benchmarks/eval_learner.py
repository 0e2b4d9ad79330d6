"""Per-kind accuracy on the learner evaluation set (tests/data/learner_eval), real models.

Run: .venv/bin/python benchmarks/eval_learner.py [--quiet] [--cases DIR]
(failures listed unless --quiet). ``--cases`` judges another directory of case files in the same
format instead, such as a blind set under tests/data/learner_eval_blind/ that nobody tuned to.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(REPO), str(REPO / "tests" / "core")]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quiet", action="store_true", help="print the figures only")
    parser.add_argument(
        "--cases", type=Path, metavar="DIR",
        help="directory of *.toml case files to judge (default: tests/data/learner_eval)",
    )
    args = parser.parse_args()
    import learner_judge

    cases = None
    if args.cases is not None:
        if not args.cases.is_dir():
            parser.error(f"--cases: {args.cases} is not a directory")
        cases = learner_judge.load_cases(args.cases)
        if not cases:
            parser.error(f"--cases: no [[case]] tables in {args.cases}/*.toml")

    from tutor.core.answering.answer import load_tutor

    tutor = load_tutor()
    print(learner_judge.report(learner_judge.run(tutor, cases), failures=not args.quiet))


if __name__ == "__main__":
    main()
