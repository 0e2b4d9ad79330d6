"""Per-kind accuracy on the learner evaluation set (tests/data/learner_eval), real models.

Run: .venv/bin/python benchmarks/eval_learner.py [--quiet]   (failures listed unless --quiet)
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(REPO), str(REPO / "tests" / "core")]


def main() -> None:
    import learner_judge

    from tutor.core.answering.answer import load_tutor

    tutor = load_tutor()
    print(learner_judge.report(learner_judge.run(tutor), failures="--quiet" not in sys.argv))


if __name__ == "__main__":
    main()
