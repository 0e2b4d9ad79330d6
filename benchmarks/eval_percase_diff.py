"""Compare two ``eval_percase.py`` outputs case by case: gained and lost cases, answers changed.

Run: python benchmarks/eval_percase_diff.py OLD.json NEW.json [-v]   (-v: old and new answer of each loss)
"""

from __future__ import annotations

import json
import sys
from pathlib import Path


def main() -> None:
    args = [a for a in sys.argv[1:] if a != "-v"]
    if len(args) != 2:
        sys.exit(__doc__)
    old, new = (json.loads(Path(path).read_text(encoding="utf-8")) for path in args)
    keys = sorted(set(old) & set(new))
    gained = [k for k in keys if not old[k]["ok"] and new[k]["ok"]]
    lost = [k for k in keys if old[k]["ok"] and not new[k]["ok"]]
    changed = [k for k in keys if (old[k]["text"], old[k]["cited"]) != (new[k]["text"], new[k]["cited"])]
    print(
        f"common {len(keys)}: old {sum(old[k]['ok'] for k in keys)} new {sum(new[k]['ok'] for k in keys)}; "
        f"+{len(gained)} -{len(lost)}; answers changed {len(changed)}"
    )
    for key in gained:
        print("  +", key)
    for key in lost:
        print("  -", key)
        if "-v" in sys.argv:
            print("      old:", old[key]["cited"], old[key]["text"][:200])
            print("      new:", new[key]["cited"], new[key]["why"], new[key]["text"][:200])


if __name__ == "__main__":
    main()
