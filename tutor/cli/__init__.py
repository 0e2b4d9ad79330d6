"""The ``tutor`` command.

``tutor`` alone opens the chat. Subcommands give the same engine to the shell: ``ask``,
``demo``, ``generate``, ``quiz``, ``learn``, ``doctor``, ``backup``, ``restore``, ``chat``,
``history``, ``serve``. Each lives in its own module exposing
``add_parser(subparsers)`` and ``run(args) -> int``; heavy imports happen inside ``run`` so
``tutor --help`` stays instant.

Exit codes (documented in README): 0 success, 1 a runtime failure (a model or file could not
be used), 2 bad usage or bad input, 130 interrupted (Ctrl+C).
"""

from __future__ import annotations

import argparse
import importlib
import sys

from tutor import __version__

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130

# name -> module; order is the order shown in --help
SUBCOMMANDS = {
    "ask": "tutor.cli.ask",
    "demo": "tutor.cli.demo",
    "generate": "tutor.cli.generate",
    "quiz": "tutor.cli.quiz",
    "learn": "tutor.cli.learn",
    "doctor": "tutor.cli.doctor",
    "backup": "tutor.cli.backup",
    "restore": "tutor.cli.restore",
    "chat": "tutor.cli.plain",
    "history": "tutor.cli.history",
    "serve": "tutor.cli.serve",
}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="tutor",
        description="A terminal tutor on machine learning and generative AI. "
        "Run without a command to open the chat.",
    )
    parser.add_argument("--version", action="version", version=f"tutor {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module_name in SUBCOMMANDS.values():
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as error:
            if error.name == module_name:
                continue  # subcommand not built yet
            raise
        module.add_parser(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if args.command is None:
            from tutor.cli.chat import run_chat

            return run_chat(args)
        return int(args.run(args) or 0)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        return EXIT_OK
