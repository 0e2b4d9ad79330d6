"""``tutor backup PATH``: copy the learner's database into one self-contained, private file.

PATH is a new file name, or an existing folder (the file is then named
``tutor-backup-<time>.db``). The copy is taken with SQLite's backup API, so it is consistent
even while a chat is open, and it holds the rows still in the write-ahead log. See
``tutor.core.backup``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from tutor.cli import EXIT_FAILURE, EXIT_OK


def add_parser(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(
        "backup",
        help="save a copy of your conversations and quiz progress to one file",
        description="Copy your database (conversations, quiz answers, review cards, settings) "
        "into one self-contained file that only you can read. PATH is a new file, or a folder "
        "to put tutor-backup-<time>.db in. Restore it with `tutor restore PATH`.",
    )
    parser.add_argument("path", metavar="PATH", help="a new file name, or an existing folder")
    parser.set_defaults(run=run)
    return parser


def say(text: str, err: bool = False) -> None:
    """Print a line; a path holding undecodable bytes is shown with U+FFFD, never a crash."""
    from tutor.core.inputs import scrub

    print(scrub(text), file=sys.stderr if err else sys.stdout)


def run(args: argparse.Namespace) -> int:
    from tutor.cli import EXIT_USAGE
    from tutor.core.backup import BackupError, backup

    if not args.path.strip():  # "$UNSET_VAR": never a backup dropped in the current folder
        say("tutor backup: PATH is empty; give a new file name or an existing folder.", err=True)
        return EXIT_USAGE
    try:
        written, summary = backup(Path(args.path))
    except BackupError as error:
        say(f"tutor backup: {error}", err=True)
        return EXIT_FAILURE
    say(f"Backed up to {written} ({summary.describe()}).")
    say(f"Restore it with: tutor restore {written}")
    return EXIT_OK
