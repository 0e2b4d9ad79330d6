"""``tutor demo``: run a demo in the shell, with the same engine and results as ``/demo``.

    tutor demo --list
    tutor demo NAME [--seed N] [--json] [--preset NAME] [demo options]
    tutor demo NAME --compare OPTION=A,B[,C] [demo options]
    tutor demo NAME --help
    tutor demo --runs [--json]          the recent runs, numbered (every run is kept)
    tutor demo --rerun N [--json]       repeat run N exactly and say if its metrics match

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
import time
from typing import Any

DESCRIPTION = "Watch a model learn: run one of the course's demos in the terminal."
EPILOG = (
    "Demo options come after NAME; see them with `tutor demo NAME --help`. "
    "Run `tutor demo --list` for the demos, `tutor demo --runs` for your kept runs."
)
CANCEL_GRACE = 10.0  # seconds to wait for a cancelled demo to reach its next check


def add_parser(subparsers: Any) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(
        "demo", help="run a demo (classifier, clustering, rl, gan, vae, textgen, compare)",
        description=DESCRIPTION, epilog=EPILOG, add_help=False,
    )
    parser.add_argument("-h", "--help", action="store_true", help="show help (for NAME: its options)")
    parser.add_argument("--list", action="store_true", help="list the demos and exit")
    parser.add_argument("--runs", action="store_true",
                        help="list the recent runs (every finished or stopped run is kept)")
    parser.add_argument("--rerun", metavar="N",
                        help="repeat run N (from --runs) exactly: same options, seed and knob "
                        "changes; then say whether its metrics match the saved run")
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
    if args.runs:
        return _runs(as_json)
    if args.rerun is not None:
        return _rerun(args.rerun, as_json)
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
    ctx = _context(show_progress)
    started = time.time()
    try:
        result = _run_with_cancel(demo, params, ctx, compare)
    except Cancelled:
        _clear_line(show_progress)
        print("cancelled", file=sys.stderr)
        from tutor.demos import kept_runs

        _keep(kept_runs.stopped(demo, params, ctx.changes, "cli", started, compare))
        return EXIT_INTERRUPTED
    except DemoError as error:
        _clear_line(show_progress)
        return _error(str(error))
    except Exception as error:  # noqa: BLE001 - a runtime failure: one clear line, no traceback
        _clear_line(show_progress)
        print(f"tutor demo: {demo.name} failed: {type(error).__name__}: {error}", file=sys.stderr)
        return EXIT_FAILURE
    _clear_line(show_progress)
    from tutor.demos import kept_runs

    _keep(kept_runs.finished(demo, result, "cli", started))

    if as_json:
        from tutor.demos.comparison import runs_json

        print(json.dumps(runs_json(result) if result.runs else result.to_json()))
    else:
        from tutor.demos.render_text import render_result

        color = sys.stdout.isatty() and "NO_COLOR" not in os.environ
        sys.stdout.write(render_result(result, color=color))
    sys.stdout.flush()
    return EXIT_OK


def _context(show_progress: bool, controls: Any = None) -> Any:
    """The run's context: one redrawn progress line on stderr when it is a terminal."""
    from tutor.demos.base import RunContext
    from tutor.demos.render_text import render_progress

    def on_progress(progress: Any) -> None:
        width = max(20, _terminal_width() - 1)
        sys.stderr.write("\r\x1b[2K" + render_progress(progress, width=width))
        sys.stderr.flush()

    return RunContext(on_progress if show_progress else None, cancel_event=threading.Event(),
                      controls=controls)


def _run_with_cancel(demo: Any, params: dict[str, Any], ctx: Any,
                     compare: tuple[str, list[Any]] | None = None) -> Any:
    """Run in a thread; Ctrl+C sets the cancel event and waits for the demo to stop.
    With ``compare`` (option, values) it trains one run per value, side by side."""
    from tutor.demos.base import Cancelled

    target = demo if compare is None else Comparing(demo, *compare)
    try:
        return run_interruptible(target, params, ctx, ctx.cancel_event)
    except KeyboardInterrupt:
        raise Cancelled() from None


def _say(text: str) -> None:
    print(f"tutor demo: {text}", file=sys.stderr, flush=True)


def _open() -> Any:
    """The learner's store, for keeping runs; its warnings are said by the caller's notice."""
    from tutor.core.store import open_store

    store = open_store()
    store.listen(_say)  # "another tutor is holding your database ... kept", "saved"
    return store


def _keep(runs: list[Any]) -> None:
    """Save the run(s) after the demo (a store problem costs one line on stderr, never the
    result): opened only now, so a slow or locked database never delays the training."""
    from tutor.demos.kept_runs import keep

    store = None
    try:
        store = _open()
        notice = keep(store, runs)
    except Exception as error:  # noqa: BLE001 - keeping a run must never lose its result
        notice = f"This run was not kept ({type(error).__name__}: {error})."
    if notice:
        _say(notice)
    if store is not None:
        store.close()  # waits a little for a lock to free; says so if the run could not land


def _runs(as_json: bool) -> int:
    """``tutor demo --runs``: the recent runs, newest first (``--json``: a list of them)."""
    from tutor.cli import EXIT_FAILURE, EXIT_OK
    from tutor.demos.kept_runs import recent, run_lines

    store = _open()
    try:
        if not store.readable:
            _say(store.warnings[0])
            return EXIT_FAILURE
        runs, problem = recent(store, limit=_RUNS_LISTED)
        if problem:
            _say(problem)
            return EXIT_FAILURE
        if as_json:
            print(json.dumps([run.to_json() for run in runs]))
        else:
            print("\n".join(run_lines(runs, "tutor demo --rerun N")))
        return EXIT_OK
    finally:
        store.close()


_RUNS_LISTED = 20


def _rerun(number: str, as_json: bool) -> int:
    """``tutor demo --rerun N``: run N again exactly, keep it, and compare its metrics."""
    from tutor.cli import EXIT_FAILURE, EXIT_INTERRUPTED, EXIT_OK
    from tutor.demos import get_demo, kept_runs
    from tutor.demos.base import Cancelled, DemoError

    store = _open()
    try:
        saved = kept_runs.find(store, number)
        demo = get_demo(saved.demo)
        params, controls = kept_runs.replay(demo, saved)
    except DemoError as error:
        store.close()
        return _error(str(error))
    except ImportError as error:
        store.close()
        return _error(f"run {number} needs the {saved.demo} demo, not available here ({error})")
    store.close()  # not held while training: another tutor may write meanwhile
    show_progress = sys.stderr.isatty()
    ctx = _context(show_progress, controls)
    started = time.time()
    try:
        result = _run_with_cancel(demo, params, ctx)
    except Cancelled:
        _clear_line(show_progress)
        print("cancelled", file=sys.stderr)
        _keep(kept_runs.stopped(demo, params, ctx.changes, "cli", started, rerun_of=saved.id))
        return EXIT_INTERRUPTED
    except Exception as error:  # noqa: BLE001 - one clear line, no traceback
        _clear_line(show_progress)
        _say(f"{demo.name} failed: {type(error).__name__}: {error}")
        return EXIT_FAILURE
    _clear_line(show_progress)
    _keep(kept_runs.finished(demo, result, "cli", started, rerun_of=saved.id))
    verdict = kept_runs.verdict(saved, result)
    if as_json:
        print(json.dumps({"rerun_of": saved.id, "saved": saved.to_json(),
                          "result": result.to_json(), **verdict.to_json()}))
    else:
        from tutor.demos.render_text import render_result

        color = sys.stdout.isatty() and "NO_COLOR" not in os.environ
        print(f"Re-running run {saved.id} ({kept_runs.describe(saved, numbered=False)})")
        sys.stdout.write(render_result(result, color=color))
        print(verdict.text)
    sys.stdout.flush()
    return EXIT_OK


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
