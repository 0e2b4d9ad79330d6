"""``tutor demo``: run a demo in the shell, with the same engine and results as ``/demo``.

    tutor demo --list
    tutor demo NAME [--seed N] [--json] [--preset NAME] [demo options]
    tutor demo NAME --compare OPTION=A,B[,C] [demo options]
    tutor demo NAME --help

Live one-line progress goes to stderr when stderr is a terminal; the rendered result (or, with
``--json``, exactly one JSON object) goes to stdout. The demo runs in a worker thread so that
Ctrl+C can ask it to stop at its next step instead of tearing it down mid-computation.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import threading
from typing import Any

DESCRIPTION = "Watch a model learn: run one of the course's demos in the terminal."
EPILOG = (
    "Demo options come after NAME; see them with `tutor demo NAME --help`. "
    "Run `tutor demo --list` for the demos."
)
CANCEL_GRACE = 10.0  # seconds to wait for a cancelled demo to reach its next check


def add_parser(subparsers: Any) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(
        "demo", help="run a demo (classifier, clustering, rl, gan, vae, textgen, compare)",
        description=DESCRIPTION, epilog=EPILOG, add_help=False,
    )
    parser.add_argument("-h", "--help", action="store_true", help="show help (for NAME: its options)")
    parser.add_argument("--list", action="store_true", help="list the demos and exit")
    parser.add_argument("--json", action="store_true",
                        help="print one JSON object {demo, params, metrics, seconds} on stdout")
    parser.add_argument("name", nargs="?", metavar="NAME", help="the demo to run")
    parser.add_argument("options", nargs=argparse.REMAINDER, metavar="OPTIONS",
                        help="demo options, e.g. --seed 3 --episodes 500")
    parser.set_defaults(run=run, demo_parser=parser)
    return parser


def _split_own_flags(options: list[str]) -> tuple[bool, bool, list[str]]:
    """--json and --help may also come after NAME; the rest belongs to the demo."""
    own = argparse.ArgumentParser(add_help=False, allow_abbrev=False)
    own.add_argument("-h", "--help", action="store_true")
    own.add_argument("--json", action="store_true")
    known, rest = own.parse_known_args(options)
    return known.json, known.help, rest


def _list_text() -> str:
    from tutor.demos import list_demos

    infos = list_demos()
    width = max(len(i.name) for i in infos)
    lines = ["Demos (run one with `tutor demo NAME`, options with `tutor demo NAME --help`):"]
    for kind in ("machine learning", "generative AI"):
        lines.append(f"  {kind}:")
        lines += [f"    {i.name:<{width}}  {i.summary}" for i in infos if i.kind == kind]
    return "\n".join(lines)


def _error(message: str) -> int:
    from tutor.cli import EXIT_USAGE

    print(f"tutor demo: {message}", file=sys.stderr)
    return EXIT_USAGE


def run(args: argparse.Namespace) -> int:
    from tutor.cli import EXIT_FAILURE, EXIT_INTERRUPTED, EXIT_OK

    as_json, wants_help, rest = _split_own_flags(list(args.options or []))
    as_json = as_json or args.json
    wants_help = wants_help or args.help
    if args.list or (args.name is None and not wants_help):
        print(_list_text())
        return EXIT_OK
    if args.name is None:
        args.demo_parser.print_help()
        return EXIT_OK

    from tutor.demos import get_demo
    from tutor.demos.base import Cancelled, DemoError

    try:
        demo = get_demo(args.name)
    except DemoError as error:
        return _error(str(error))
    except ImportError as error:  # registered but its module is not there yet
        from tutor.cli import interrupt_requested

        if interrupt_requested():  # Ctrl+C inside numpy's C import surfaces as ImportError
            raise KeyboardInterrupt from None
        return _error(f"demo {args.name!r} is not available in this install ({error})")
    if wants_help:
        print(demo.usage().replace("/demo", "tutor demo", 1))
        print("  --json: print one JSON object {demo, params, metrics, seconds} instead "
              "(with --compare: a list of them, one per run)")
        return EXIT_OK
    from tutor.demos.comparison import parse_compare, split_compare

    try:
        spec, rest = split_compare(rest)
        params = demo.parse_args(rest)
        compare = parse_compare(demo, spec) if spec is not None else None
    except DemoError as error:
        return _error(str(error))

    show_progress = sys.stderr.isatty()
    try:
        result = _run_with_cancel(demo, params, show_progress, compare)
    except Cancelled:
        _clear_line(show_progress)
        print("cancelled", file=sys.stderr)
        return EXIT_INTERRUPTED
    except DemoError as error:
        _clear_line(show_progress)
        return _error(str(error))
    except Exception as error:  # noqa: BLE001 - a runtime failure: one clear line, no traceback
        _clear_line(show_progress)
        print(f"tutor demo: {demo.name} failed: {type(error).__name__}: {error}", file=sys.stderr)
        return EXIT_FAILURE
    _clear_line(show_progress)

    if as_json:
        from tutor.demos.comparison import runs_json

        print(json.dumps(runs_json(result) if result.runs else result.to_json()))
    else:
        from tutor.demos.render_text import render_result

        color = sys.stdout.isatty() and "NO_COLOR" not in os.environ
        sys.stdout.write(render_result(result, color=color))
    sys.stdout.flush()
    return EXIT_OK


def _run_with_cancel(demo: Any, params: dict[str, Any], show_progress: bool,
                     compare: tuple[str, list[Any]] | None = None) -> Any:
    """Run in a thread; Ctrl+C sets the cancel event and waits for the demo to stop.
    With ``compare`` (option, values) it trains one run per value, side by side."""
    from tutor.demos.base import Cancelled, RunContext
    from tutor.demos.render_text import render_progress

    def on_progress(progress: Any) -> None:
        width = max(20, _terminal_width() - 1)
        sys.stderr.write("\r\x1b[2K" + render_progress(progress, width=width))
        sys.stderr.flush()

    cancel = threading.Event()
    ctx = RunContext(on_progress if show_progress else None, cancel_event=cancel)
    target = demo if compare is None else Comparing(demo, *compare)
    try:
        return run_interruptible(target, params, ctx, cancel)
    except KeyboardInterrupt:
        raise Cancelled() from None


def run_interruptible(demo: Any, params: dict[str, Any], ctx: Any, cancel: threading.Event) -> Any:
    """Run ``demo`` in a worker thread so Ctrl+C reaches the main thread between its steps.

    On Ctrl+C the demo is cancelled and joined (up to ``CANCEL_GRACE`` seconds) before
    ``KeyboardInterrupt`` goes on: torch must not be mid-step when the interpreter exits.
    Shared by ``tutor demo`` and the plain chat.
    """
    box: dict[str, Any] = {}

    def work() -> None:
        try:
            box["result"] = demo.run(params, ctx)
        except BaseException as error:  # noqa: BLE001 - re-raised in the main thread
            box["error"] = error

    from tutor.cli import interrupt_requested

    if interrupt_requested():  # Ctrl+C came while importing, and a library swallowed it
        raise KeyboardInterrupt
    thread = threading.Thread(target=work, name=f"demo-{demo.name}", daemon=True)
    thread.start()
    try:
        while thread.is_alive():
            thread.join(0.1)
            if interrupt_requested():
                raise KeyboardInterrupt
    except KeyboardInterrupt:
        cancel.set()
        thread.join(CANCEL_GRACE)
        raise
    if "error" in box:
        raise box["error"]
    return box["result"]


class Comparing:
    """Looks like a demo to ``run_interruptible``: ``run`` trains the comparison."""

    def __init__(self, demo: Any, option: str, values: list[Any]) -> None:
        self.demo, self.option, self.values = demo, option, values
        self.name = demo.name

    def run(self, params: dict[str, Any], ctx: Any) -> Any:
        from tutor.demos.comparison import compare_runs

        return compare_runs(self.demo, params, self.option, self.values, ctx)


def _terminal_width() -> int:
    import shutil

    return shutil.get_terminal_size((80, 24)).columns


def _clear_line(show_progress: bool) -> None:
    if show_progress:
        sys.stderr.write("\r\x1b[2K")
        sys.stderr.flush()
