"""Run every benchmark in turn and print their Markdown tables (``make bench``).

    .venv/bin/python benchmarks/run_all.py                 # all of them, full size
    .venv/bin/python benchmarks/run_all.py --quick         # --quick for scripts that have it
    .venv/bin/python benchmarks/run_all.py --only ask demos

Each ``benchmarks/bench_*.py`` runs as its own process with this interpreter, one after the
other (they measure speed, so they must not compete for the two cores), and prints its own
Markdown table; this script adds a heading per benchmark and a summary of how long each took.
``--quick`` is passed only to scripts whose source mentions a ``--quick`` option; none has one
yet, so today it changes nothing. A failing benchmark is reported and the others still run; the
exit code is 1 if any failed.

How long: a full run took 261 s on an idle 2-core machine (2026-11-24: bench_demos 161 s,
bench_generate 63 s including one GGUF conversion, bench_ask 24 s, bench_startup 11 s,
bench_quiz 2 s). Every figure is slower when other work shares the machine.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent


def benchmarks() -> list[Path]:
    """Every ``bench_*.py`` next to this file, in name order."""
    return sorted(HERE.glob("bench_*.py"))


def supports_quick(script: Path) -> bool:
    """Does the script take ``--quick``? Read from its source: running it to ask would run it."""
    return '"--quick"' in script.read_text(encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="pass --quick to scripts that support it")
    parser.add_argument("--only", nargs="+", metavar="NAME",
                        help="run only these benchmarks (bench_NAME.py, e.g. ask demos)")
    args = parser.parse_args(argv)

    scripts = benchmarks()
    if args.only:
        known = {script.stem.removeprefix("bench_"): script for script in scripts}
        unknown = [name for name in args.only if name not in known]
        if unknown:
            parser.error(f"no benchmark {', '.join(unknown)}; there are: {', '.join(known)}")
        scripts = [known[name] for name in args.only]

    took: list[tuple[str, float, int]] = []
    for script in scripts:
        command = [sys.executable, str(script)]
        if args.quick and supports_quick(script):
            command.append("--quick")
        print(f"\n## {script.stem}\n", flush=True)
        start = time.perf_counter()
        try:
            code = subprocess.run(command, cwd=REPO).returncode
        except KeyboardInterrupt:
            print(f"\nInterrupted during {script.name}.", file=sys.stderr)
            return 130
        took.append((script.stem, time.perf_counter() - start, code))
        if code != 0:
            print(f"\n{script.name} failed (exit code {code}).", file=sys.stderr, flush=True)

    print("\n## Run times\n")
    print("| benchmark | seconds | result |")
    print("| --- | ---: | --- |")
    for name, seconds, code in took:
        print(f"| {name} | {seconds:.0f} | {'ok' if code == 0 else f'failed ({code})'} |")
    return 1 if any(code != 0 for _, _, code in took) else 0


if __name__ == "__main__":
    sys.exit(main())
