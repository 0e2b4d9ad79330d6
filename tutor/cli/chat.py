"""``tutor`` with no command: open the Textual chat."""

from __future__ import annotations

import argparse


def run_chat(args: argparse.Namespace) -> int:
    from tutor.cli.plain import run_plain, wants_plain

    if wants_plain(args):  # --plain, a pipe or TERM=dumb: no full-screen drawing
        return run_plain(args)
    from tutor.ui.app import TutorApp

    TutorApp().run()
    return 0
