"""Does each near miss's decline quote exactly its ``term`` (no verb or clause after the name)?

Usage: .venv/bin/python benchmarks/probes/termverbs-s31/check_quoted.py <folder> [-v]"""
import re
import sys
import tomllib
from pathlib import Path

from tutor.core.answering.answer import load_tutor

QUOTE = re.compile(r"does not cover (.+?)\. ", re.I)


def main() -> None:
    folder, verbose = Path(sys.argv[1]), "-v" in sys.argv
    tutor = load_tutor()
    good = total = 0
    for path in sorted(folder.glob("near_miss.toml")):
        for case in tomllib.loads(path.read_text(encoding="utf-8"))["case"]:
            answer = tutor.ask(case["question"])
            found = QUOTE.search(answer.text + " ")
            quoted = found.group(1).lower() if found else None
            total += 1
            ok = quoted == case["term"].lower()
            good += ok
            if verbose and not ok:
                print(f"  {case['question']!r}: quoted {quoted!r}, want {case['term']!r}")
    print(f"{folder}: quoted exactly {good}/{total}")


if __name__ == "__main__":
    main()
