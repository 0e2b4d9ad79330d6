"""The ``tutor`` command.

``tutor`` alone opens the chat. Subcommands give the same engine to the shell: ``ask``,
``demo``, ``generate``, ``quiz``, ``learn``, ``doctor``, ``backup``, ``restore``, ``chat``,
``history``, ``serve``. Each lives in its own module exposing
``add_parser(subparsers)`` and ``run(args) -> int``; heavy imports happen inside ``run`` so
``tutor --help`` stays instant.

Exit codes (documented in README): 0 success, 1 a runtime failure (a model or file could not
be used), 2 bad usage or bad input, 130 interrupted (Ctrl+C), 143 stopped by SIGTERM (``kill``).
"""

from __future__ import annotations

import argparse
import importlib
import os
import signal
import sys
import threading

from tutor import __version__

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130
EXIT_TERMINATED = 143  # 128 + SIGTERM, as a shell reports a process that `kill` ended

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
    "chat": "tutor.cli.chat",
    "history": "tutor.cli.history",
    "serve": "tutor.cli.serve",
}


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The full parser, or with ``only`` the parser for that one subcommand.

    Why ``only``: every subcommand module is imported to add its parser (~30 ms for all of
    them), and ``tutor ask "..."`` needs just its own; the usage line and the errors are the
    same either way (the metavar hides the list of commands)."""
    parser = argparse.ArgumentParser(
        prog="tutor",
        description="A terminal tutor on machine learning and generative AI. "
        "Run without a command to open the chat.",
    )
    parser.add_argument("--version", action="version", version=f"tutor {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, module_name in SUBCOMMANDS.items():
        if only is not None and name != only:
            continue
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as error:
            if error.name == module_name:
                continue  # subcommand not built yet
            raise
        module.add_parser(sub)
    return parser


_INTERRUPTED = threading.Event()


def _on_sigint(signum: int, frame: object) -> None:
    """Python's own Ctrl+C behaviour (raise ``KeyboardInterrupt``), remembered.

    Why remember it: a Ctrl+C that lands inside a C extension's import (numpy, torch) comes out
    as an ``ImportError`` ("PyCapsule_Import could not import module ..."), which a command
    would report as a broken install with exit 2, and one that lands in some library imports is
    swallowed outright (the demo then ran to the end and exited 0). Knowing a Ctrl+C arrived,
    ``main`` exits 130 and ``tutor.cli.demo.run_interruptible`` stops the demo.
    """
    _INTERRUPTED.set()
    raise KeyboardInterrupt


_TERMINATED = threading.Event()


def _on_sigterm(signum: int, frame: object) -> None:
    """``kill PID`` (a shutdown, ``timeout``, a process manager) stops the tutor as Ctrl+C does.

    Why: SIGTERM's default ends Python on the spot. The full-screen chat then left the shell
    in its alternate screen with mouse reporting on and no cursor (every mouse move typed
    escape codes), and a demo stopped that way was not kept in `tutor demo --runs`, though a
    Ctrl+C keeps it as "stopped". Going the Ctrl+C way restores the terminal and keeps what
    the learner did; only the exit code differs (143).
    """
    _TERMINATED.set()
    _on_sigint(signum, frame)


def interrupt_requested() -> bool:
    """True once Ctrl+C was pressed during this command, even if a library swallowed it."""
    return _INTERRUPTED.is_set()


def _catch_sigint() -> None:
    if threading.current_thread() is threading.main_thread() and \
            signal.getsignal(signal.SIGINT) is signal.default_int_handler:
        signal.signal(signal.SIGINT, _on_sigint)
    if threading.current_thread() is threading.main_thread() and \
            signal.getsignal(signal.SIGTERM) is signal.SIG_DFL:
        signal.signal(signal.SIGTERM, _on_sigterm)


def _interrupted() -> int:
    print("terminated" if _TERMINATED.is_set() else "interrupted", file=sys.stderr)
    return EXIT_INTERRUPTED


def entry() -> None:
    """The ``tutor`` command and ``python -m tutor``: ``main``, then exit with its code.

    After Ctrl+C, once torch is loaded, the process ends at once (``os._exit``) instead of
    tearing the interpreter down: a demo's worker thread may still be leaving a torch step, and
    finalising under it aborts with "terminate called without an active exception" (exit 134
    instead of 130). Kept data is already committed; the OS releases the files and locks.
    """
    code = main()
    if code in (EXIT_INTERRUPTED, EXIT_TERMINATED) and "torch" in sys.modules:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)
    sys.exit(code)


def main(argv: list[str] | None = None) -> int:
    code = _main(argv)
    if code == EXIT_INTERRUPTED and _TERMINATED.is_set():
        return EXIT_TERMINATED  # stopped the Ctrl+C way, but by SIGTERM: say which
    return code


def _main(argv: list[str] | None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    _INTERRUPTED.clear()
    _TERMINATED.clear()
    _catch_sigint()
    try:
        # imports the subcommand(s): Ctrl+C can land here too
        args = build_parser(argv[0] if argv and argv[0] in SUBCOMMANDS else None).parse_args(argv)
        if args.command is None:
            from tutor.cli.chat import run_chat

            code = run_chat(args)
        else:
            code = int(args.run(args) or 0)
    except KeyboardInterrupt:
        return _interrupted()
    except BrokenPipeError:
        return EXIT_OK
    except Exception:
        if _INTERRUPTED.is_set():  # the failure is the interrupt's doing, not the learner's
            return _interrupted()
        raise
    if _INTERRUPTED.is_set() and code != EXIT_INTERRUPTED:  # e.g. swallowed inside an import
        return _interrupted()
    return code
