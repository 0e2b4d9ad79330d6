"""Score a half of these probes: ``python check.py work`` (failures listed) or ``measure --quiet``
(totals only), with the per-class totals and the side checks of ``probekit.score_half``."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import probekit

if __name__ == "__main__":
    probekit.score_half(Path(__file__).parent, sys.argv[1:])
