"""Patterns built from ``tutor.core.regex_cache``'s stored code match exactly as ``re.compile``'s.

Stop 33 (issue 11, cold ``tutor ask``): the answering package's module-level patterns are compiled
through ``regex_cache``, which rebuilds them from compiled code stored by an earlier run. This
checks, for every such pattern, old (``re.compile``) against new (``regex_cache.compile``, from the
stored file when there is one):
- the two pattern objects compare equal (same text, flags and compiled code: ``==`` compares the
  code), which alone means every match is the same;
- and, as a direct check, ``search`` gives the same span and groups on every learner text in
  tests/data, benchmarks/probes and knowledge/asks (strings only; held-out sets are skipped
  without being opened: ``learner_judge.HELD_OUT`` and ``set_z*``).
Prints counts only, never a text. Exit status 1 on any difference.

Run: nice .venv/bin/python benchmarks/regex_equivalence.py [--no-texts]
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import time
import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests" / "core"))

from learner_judge import HELD_OUT  # noqa: E402

from tutor.core import regex_cache as rx  # noqa: E402


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []


def learner_texts() -> list[str]:
    """Every string of the TOML files under the three roots, held-out sets never entered."""
    texts: set[str] = set()
    for root in (REPO / "tests" / "data", REPO / "benchmarks" / "probes", REPO / "knowledge" / "asks"):
        for folder, subfolders, files in os.walk(root):
            subfolders[:] = sorted(d for d in subfolders if d not in HELD_OUT and not d.startswith("set_z"))
            for name in files:
                if name.endswith(".toml"):
                    texts.update(_strings(tomllib.loads(Path(folder, name).read_text(encoding="utf-8"))))
    return sorted(t for t in texts if 0 < len(t) <= 2000)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-texts", action="store_true", help="only compare the compiled patterns")
    args = parser.parse_args()
    stored = set(rx._stored)  # read from the file before the package compiles anything
    start = time.perf_counter()
    import tutor.core.answering.answer  # noqa: F401 - compiles the package's patterns through rx
    keys = sorted(rx._used)
    hits = len(stored.intersection(keys))
    print(f"{len(keys)} patterns compiled through regex_cache in {time.perf_counter() - start:.2f} s "
          f"({hits} built from the stored file)")
    new = [rx.compile(pattern, flags) for pattern, flags in keys]
    old = [re.compile(pattern, flags) for pattern, flags in keys]
    unequal = sum(a != b for a, b in zip(old, new, strict=True))
    print(f"patterns not equal to re.compile's: {unequal}")
    differences = 0
    if not args.no_texts:
        texts = learner_texts()
        for a, b in zip(old, new, strict=True):
            for text in texts:
                x, y = a.search(text), b.search(text)
                if (x is None) != (y is None) or (x and (x.span() != y.span() or x.groups() != y.groups())):
                    differences += 1
        print(f"{len(texts)} learner texts x {len(keys)} patterns: {differences} searches differ")
    return 1 if unequal or differences else 0


if __name__ == "__main__":
    raise SystemExit(main())
