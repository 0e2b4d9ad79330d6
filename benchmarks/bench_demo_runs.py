"""Benchmark for kept demo runs (issue 13): what keeping and listing runs costs, 2-core CPU.

Measures (medians) on a database already holding ``--existing`` runs:
- keeping one finished run (``kept_runs.keep``: one transaction through the store's write path);
- keeping a three-run comparison (one transaction, three rows);
- reading the list ``/demo`` shows (the 10 newest runs);
- ``tutor demo --runs`` and ``tutor demo --runs --json`` wall time (fresh processes).

Run: .venv/bin/python benchmarks/bench_demo_runs.py   (prints a Markdown table)
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))


def timed_ms(fn) -> float:
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--existing", type=int, default=1000, help="runs already kept")
    parser.add_argument("--repeats", type=int, default=20, help="in-process measurements")
    parser.add_argument("--processes", type=int, default=3, help="CLI measurements")
    args = parser.parse_args(argv)

    home = Path(tempfile.mkdtemp(prefix="tutor-bench-runs-"))
    os.environ["TUTOR_HOME"] = str(home)
    from tutor.core.demo_runs import list_runs
    from tutor.core.store import open_store
    from tutor.demos import get_demo, kept_runs

    demo = get_demo("rl")
    result = demo.run({"episodes": 50, "eval_episodes": 5})
    one = kept_runs.finished(demo, result, "cli", time.time())
    three = [*one, *one, *one]
    store = open_store()
    for _ in range(args.existing):
        kept_runs.keep(store, kept_runs.finished(demo, result, "cli", time.time()))

    rows = []
    keep_one = [timed_ms(lambda: kept_runs.keep(store, one)) for _ in range(args.repeats)]
    keep_three = [timed_ms(lambda: kept_runs.keep(store, three)) for _ in range(args.repeats)]
    listing = [timed_ms(lambda: list_runs(store.conn, 10)) for _ in range(args.repeats)]
    store.close()
    rows.append(("keep one finished run", statistics.median(keep_one)))
    rows.append(("keep a 3-run comparison (one transaction)", statistics.median(keep_three)))
    rows.append(("read the 10 newest runs (`/demo`'s list)", statistics.median(listing)))
    env = {**os.environ, "TUTOR_THREADS": "1"}
    for extra in ([], ["--json"]):
        times = []
        for _ in range(args.processes):
            start = time.perf_counter()
            subprocess.run([sys.executable, "-m", "tutor", "demo", "--runs", *extra], env=env,
                           capture_output=True, check=True)
            times.append((time.perf_counter() - start) * 1000)
        rows.append((f"`tutor demo --runs {' '.join(extra)}`".replace(" `", "`"),
                     statistics.median(times)))
    print(f"Database holding {args.existing} kept runs; medians.\n")
    print("| what | ms |\n| --- | --- |")
    for what, ms in rows:
        print(f"| {what} | {ms:.1f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
