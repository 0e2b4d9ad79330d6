"""``tutor restore PATH``: put a backup made by ``tutor backup`` in place of the database.

The file is checked before anything changes (a healthy SQLite file holding a tutor schema this
version knows); the current database is kept as ``tutor.db.before-restore-<time>``, never
deleted; a restore is refused while another tutor has the database open. See
``tutor.core.backup``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from tutor.cli import EXIT_FAILURE, EXIT_OK


def add_parser(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(
        "restore",
        help="replace your database with a backup (the current one is kept aside)",
        description="Check PATH (a file made by `tutor backup`) and put it in place of your "
        "database. The current database is kept beside it as tutor.db.before-restore-<time>. "
        "Close every running tutor first.",
    )
    parser.add_argument("path", metavar="PATH", help="a backup file made by `tutor backup`")
    parser.set_defaults(run=run)
    return parser


def say(text: str, err: bool = False) -> None:
    """Print a line; a path holding undecodable bytes is shown with U+FFFD, never a crash."""
    from tutor.core.inputs import scrub

    print(scrub(text), file=sys.stderr if err else sys.stdout)


def run(args: argparse.Namespace) -> int:
    from tutor.core.backup import BackupError, restore
    source = Path(args.path)
    try:
        summary, kept = restore(source)
    except BackupError as error:
        say(f"tutor restore: {error} Nothing was changed.", err=True)
        return EXIT_FAILURE
    except OSError as error:
        say(f"tutor restore: {error.strerror or error}. Nothing was changed.", err=True)
        return EXIT_FAILURE
    say(f"Restored from {source} ({summary.describe()}).")
    if kept is not None:
        say(f"Your previous database was kept as {kept}.")
    return EXIT_OK
