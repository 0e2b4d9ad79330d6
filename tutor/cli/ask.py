"""``tutor ask``: grounded answers from the shell.

    tutor ask "What is a GAN?"            one answer with its sources
    tutor ask --json "What is a GAN?"     one JSON object (the stable contract)
    printf 'q1\\nq2\\n' | tutor ask --json  one question per line, models loaded once; the
                                          lines form one conversation (follow-ups stay on topic)
    ... | tutor ask --independent         each line answered on its own

Exit codes: 0 answered (an honest "not covered" is an answer too), 1 the tutor could not be
loaded (e.g. a malformed lesson file), 2 bad input (an empty question, or no questions on
standard input), 130 interrupted. Heavy imports happen inside ``run`` so ``tutor --help``
stays instant.
"""

from __future__ import annotations

import argparse
import io
import json
import shutil
import sys
import textwrap
from typing import TextIO

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_USAGE = 2


def add_parser(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(
        "ask",
        help="answer a question from the course, with sources",
        description="Answer questions from the course with cited sources. With no question, "
        "read questions from standard input, one per line (models are loaded once). "
        "Exit codes: 0 answered, 1 the tutor could not load, 2 empty or missing question, "
        "130 interrupted.",
    )
    parser.add_argument("question", nargs="*", help="the question (quotes optional)")
    parser.add_argument(
        "--json",
        action="store_true",
        help='print one JSON object per question: {"question", "answer", "in_scope", '
        '"sources": [{"doc", "section", "score"}], "followups", "shape", "topic"}',
    )
    parser.add_argument(
        "--independent",
        action="store_true",
        help="answer each line of standard input on its own (by default the lines form one "
        "conversation, so a follow-up such as 'how long does it take to train?' stays on topic)",
    )
    parser.add_argument(
        "--keywords",
        action="store_true",
        help="search on keywords only (BM25), without loading the embedding model",
    )
    parser.set_defaults(run=run)
    return parser


def _err(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def render_text(answer, course, width: int | None = None) -> str:
    """The human form: answer paragraph, numbered sources, follow-ups, the related demo."""
    width = width or min(100, max(40, shutil.get_terminal_size((88, 24)).columns))
    lines: list[str] = []
    if answer.notice:
        lines.append(textwrap.fill(f"Note: {answer.notice}", width))
        lines.append("")
    lines.append(textwrap.fill(answer.text, width))
    if answer.sources:
        lines += ["", "Sources:"]
        lines += [f"  [{i}] {source.citation}" for i, source in enumerate(answer.sources, 1)]
    if answer.followups:
        lines += ["", "You could also ask:"]
        lines += [f"  - {question}" for question in answer.followups]
    if answer.demo:
        hint = f"/demo {answer.demo}"
        if answer.sources:
            lesson = course.lesson(answer.sources[0].doc)
            if lesson.try_it:
                hint = lesson.try_it
        lines += ["", textwrap.fill(f"Try it: {hint}", width, subsequent_indent="  ")]
    return "\n".join(lines)


def _stdin_lines(stream: TextIO | None = None):
    """Questions from standard input; undecodable bytes become U+FFFD instead of a crash."""
    if stream is None:
        buffer = getattr(sys.stdin, "buffer", None)
        if buffer is None:
            stream = sys.stdin
        else:
            stream = io.TextIOWrapper(buffer, encoding="utf-8", errors="replace", newline=None)
    for line in stream:
        yield line.rstrip("\n")


def run(args: argparse.Namespace) -> int:
    from tutor.core.inputs import EmptyInput
    from tutor.core.knowledge import LessonFormatError

    single = " ".join(args.question) if args.question else None
    if single is not None and not single.strip():
        _err("tutor ask: please type a question (the question was empty).")
        return EXIT_USAGE

    def status(message: str) -> None:
        if message.startswith("Indexing"):
            _err(message)

    try:
        from tutor.core.answering.answer import load_tutor

        tutor = load_tutor(on_status=status, use_embeddings=not args.keywords)
    except LessonFormatError as error:
        _err(f"tutor ask: a lesson file is malformed: {error}")
        return EXIT_FAILURE
    except OSError as error:
        _err(f"tutor ask: could not read the course: {error}")
        return EXIT_FAILURE
    if tutor.warning and not args.keywords:
        _err(f"warning: {tutor.warning}")

    from tutor.core.answering.conversation import Conversation

    conversation = Conversation()

    def answer_one(question: str) -> bool:
        try:
            answer = tutor.ask(question, None if args.independent else conversation)
        except EmptyInput as error:
            if single is not None:
                _err(f"tutor ask: {error.message}")
            return False
        conversation.record(answer.question, answer)
        if args.json:
            print(json.dumps(answer.to_json(), ensure_ascii=False), flush=True)
        else:
            if single is None:
                print(f"Q: {answer.question}")
            print(render_text(answer, tutor.course))
            if single is None:
                print()
            sys.stdout.flush()
        return True

    if single is not None:
        return EXIT_OK if answer_one(single) else EXIT_USAGE

    if sys.stdin is None or (sys.stdin.isatty() and not args.json):
        _err("Type a question and press Enter (Ctrl+D to finish).")
    answered = 0
    for line in _stdin_lines():
        if not line.strip():
            continue
        answered += answer_one(line)
    if answered == 0:
        _err("tutor ask: no questions were given (pass one as an argument or one per line on stdin).")
        return EXIT_USAGE
    return EXIT_OK
