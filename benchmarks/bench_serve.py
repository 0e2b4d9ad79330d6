"""``tutor serve`` in a browser: how long from the page request until the chat is interactive.

One ``tutor serve`` on a free loopback port; each run opens a fresh headless Chromium page
(its own browser context, so its own session process; opening the tab is not timed, as a
learner's browser is already running) and times, from just before the request:

1. page loaded: the HTML and scripts are in (the ``load`` event);
2. interactive: the app's first full frame reached the page, i.e. the input box's placeholder
   ("Ask a question") was drawn, so keys typed now are read. Target < 3 s.
3. models ready: the status line says "Ready" (the course and MiniLM loaded in that session).

Needs Debian's ``chromium`` and Playwright (the dev extras). Prints medians over ``--runs``.

    .venv/bin/python benchmarks/bench_serve.py --runs 5
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tests.cli.browser import (  # noqa: E402 - the repository root is put on the path first
    CAPTURE_SCRIPT,
    browser_missing,
    chromium,
    serving,
    wait_for_text,
)

TARGET = 3.0


def one_run(browser, url: str) -> tuple[float, float, float]:
    context = browser.new_context(viewport={"width": 1200, "height": 800})
    page = context.new_page()  # a learner's browser is already open: not timed
    page.add_init_script(CAPTURE_SCRIPT)
    started = time.perf_counter()
    page.goto(url)  # returns after the load event
    loaded = time.perf_counter() - started
    wait_for_text(page, "Ask a question", timeout=60)
    interactive = time.perf_counter() - started
    wait_for_text(page, "Ready", timeout=120)
    ready = time.perf_counter() - started
    page.context.close()
    return loaded, interactive, ready


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    missing = browser_missing()
    if missing:
        print(missing, file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp) / "home"
        home.mkdir()
        with serving(home) as url, chromium() as browser:
            one_run(browser, url)  # warm the OS file cache once; not counted
            runs = [one_run(browser, url) for _ in range(args.runs)]
    loaded, interactive, ready = (statistics.median(column) for column in zip(*runs))
    worst = max(r[1] for r in runs)
    print(f"| tutor serve ({args.runs} runs, median) | seconds |")
    print("|---|---|")
    print(f"| page loaded (HTML + scripts) | {loaded:.2f} |")
    print(f"| interactive (chat drawn, keys read) | {interactive:.2f} (max {worst:.2f}; "
          f"target < {TARGET:.0f}) |")
    print(f"| models ready in that session | {ready:.2f} |")
    return 0 if interactive < TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
