"""Score a cmp37-s37 half: the judge's verdict (as eval_learner) plus what it ignores: ``opens``
(the answer's first sentence matches one pattern: a verdict first) and ``sides`` (every side has
one of its sections cited). A case passes when all its checks do; totals per class.

    .venv/bin/python benchmarks/probes/cmp37-s37/check.py work [--quiet]
Scored by ``probekit.score_half``, which every such check.py shares.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import probekit

if __name__ == "__main__":
    probekit.score_half(Path(__file__).parent, sys.argv[1:])
