"""Score a fu38-s38 half: the judge's verdict (as eval_learner) and the keys it ignores:
``first`` (the first source is one of them), ``opens`` (the answer's first sentence matches one
pattern) and ``nearest`` (a decline's closest section is one of them). A case passes when all
its checks do; totals per class.

    .venv/bin/python benchmarks/probes/fu38-s38/check.py work [--quiet]
Scored by ``probekit.score_half``, which every such check.py shares.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import probekit

if __name__ == "__main__":
    probekit.score_half(Path(__file__).parent, sys.argv[1:])
