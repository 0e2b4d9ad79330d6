"""Score a half of focus37-s37 per class: ``check.py work`` (failures printed) or
``check.py measure --quiet`` (totals only)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import probekit

if __name__ == "__main__":
    probekit.score_half(Path(__file__).resolve().parent, sys.argv[1:])
