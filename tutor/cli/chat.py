"""``tutor`` with no command: open the Textual chat."""

from __future__ import annotations

import argparse


def run_chat(args: argparse.Namespace) -> int:
    from tutor.ui.app import TutorApp

    TutorApp().run()
    return 0
