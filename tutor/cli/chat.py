"""``tutor`` and ``tutor chat``: open the Textual chat (or the plain line chat, ``tutor.cli.plain``).

This module picks the face and owns the ``chat`` subcommand; the plain chat never imports it
back (so the two are not an import loop)."""

from __future__ import annotations

import argparse
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any


def add_parser(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(
        "chat",
        help="open the chat (--plain: line by line, for screen readers)",
        description="Open the chat. With --plain (or when the output is not a terminal, or "
        "TERM=dumb) the conversation is line by line: no full-screen drawing, every answer, "
        "progress step and quiz question is a plain line. Exit codes: 0 /quit or Ctrl+D, "
        "1 the course could not load, 130 Ctrl+C.",
    )
    parser.add_argument("--plain", action="store_true",
                        help="line-by-line conversation (screen readers, plain terminals)")
    parser.set_defaults(run=run_chat)
    return parser


def run_chat(args: argparse.Namespace) -> int:
    """``tutor`` and ``tutor chat``: the full-screen app, or the line chat when it cannot draw."""
    from tutor.cli.plain import run_plain, wants_plain

    if wants_plain(args):  # --plain, a pipe or TERM=dumb: no full-screen drawing
        return run_plain(args)
    from tutor.ui.app import TutorApp

    return run_app(TutorApp)


def run_app(factory: Callable[[], Any], headless: bool = False) -> int:
    """Run the full-screen app; a crash exits 1 with one line and a log holding the traceback.

    Why: Textual catches an exception in the app, tears the screen down and returns normally,
    so without this the shell saw exit 0 after a crash and the traceback scrolled away.
    """
    app = factory()
    app.run(headless=headless)
    report_unsaved(getattr(app, "store", None))
    if getattr(app, "terminated", False):  # stopped by `kill PID`: quit cleanly, exit as SIGTERM
        from tutor.cli import EXIT_TERMINATED

        print("terminated", file=sys.stderr)
        return EXIT_TERMINATED
    code = app.return_code or 0
    if code == 0:
        return 0
    error = getattr(app, "_exception", None)
    log = write_crash_log(error)
    reason = f"{type(error).__name__}: {error}" if error is not None else f"exit code {code}"
    where = f"; details in {log}" if log else ""
    print(f"tutor: the chat stopped after an error ({reason}){where}", file=sys.stderr)
    return 1


def report_unsaved(store: Any) -> None:
    """After the screen is gone: say plainly if writes kept for a lock never landed.

    The store's thread tried them and the app once more while quitting; a notice drawn in a chat
    that is closing would never be read, so it goes to the terminal (kept ones that reached the
    journal are saved by the next tutor that starts, and the message says so).
    """
    from tutor.core.store import unsaved_notice

    left = list(getattr(getattr(store, "conn", None), "kept", ()))
    if left:
        print(f"tutor: {unsaved_notice(left, str(store.path))}", file=sys.stderr)


def write_crash_log(error: BaseException | None) -> Path | None:
    """Save the traceback to ``<cache>/crash-<time>.log`` (0600); None if that fails too."""
    from tutor.core import paths

    try:
        folder = paths.cache_dir()
        stamp = time.strftime("%Y%m%d-%H%M%S")
        text = "".join(traceback.format_exception(error)) if error else "no exception recorded\n"
        return paths.write_private(folder / f"crash-{stamp}.log", text)
    except OSError:
        return None
