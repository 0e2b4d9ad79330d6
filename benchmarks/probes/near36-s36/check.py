"""Score a near36-s36 half: the judge's verdict (as eval_learner) and, for a declined near miss,
whether its closest section is sensible (``nearest``: lessons or "lesson/section" ids, which the
judge ignores). A case passes when all its checks do; totals per kind; failures listed unless
``--quiet``.

    .venv/bin/python benchmarks/probes/near36-s36/check.py work [--quiet]
Scored by ``probekit.score_half``, which every such check.py shares.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import probekit

if __name__ == "__main__":
    probekit.score_half(Path(__file__).parent, sys.argv[1:])
