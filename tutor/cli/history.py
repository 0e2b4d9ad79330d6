"""``tutor history search WORDS``: find past questions and answers from the shell.

    tutor history search gan training          best matches first, one per line
    tutor history search --json "what is rl"   the same as JSON (words, all_words, hits)

The same search as ``/history WORDS`` in the chat (``tutor.core.history``): every word must
appear, else messages with some of them are listed and the output says so. Typed text is never
an FTS query (quotes, AND/OR/NEAR and ``*`` are just characters). To reopen a match, run
``tutor`` and type ``/history`` with the same words.

Exit codes: 0 the search ran (with or without matches), 1 the database cannot be read,
2 no words to search for.
"""

from __future__ import annotations

import argparse
import json
import sys
import time

from tutor.cli import EXIT_FAILURE, EXIT_OK, EXIT_USAGE


def add_parser(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(
        "history",
        help="search your past conversations",
        description="Search the questions and answers of your past conversations.",
    )
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    search = actions.add_parser(
        "search", help="find past questions and answers containing WORDS",
        description="Find past questions and answers containing WORDS (word forms match: "
        "'train' finds 'training'). Exit codes: 0 searched, 1 database unreadable, 2 no words.",
    )
    search.add_argument("words", nargs="+", metavar="WORDS", help="words to look for")
    search.add_argument("--json", action="store_true", help="print one JSON object")
    search.add_argument("--limit", type=int, default=20, help="at most this many hits (20)")
    parser.set_defaults(run=run)
    return parser


def run(args: argparse.Namespace) -> int:
    from tutor.core.history import SearchError, search, search_words
    from tutor.core.inputs import scrub
    from tutor.core.store import open_store

    text = scrub(" ".join(args.words))
    if not search_words(text):
        print("tutor history search: give some words to look for (letters or digits)",
              file=sys.stderr)
        return EXIT_USAGE
    if args.limit < 1:
        print("tutor history search: --limit must be at least 1", file=sys.stderr)
        return EXIT_USAGE
    store = open_store()
    try:
        for warning in store.warnings:
            print(f"warning: {warning}", file=sys.stderr)
        try:
            result = search(store, text, limit=args.limit)
        except SearchError as error:
            print(f"tutor history search: {error}", file=sys.stderr)
            return EXIT_FAILURE
    finally:
        store.close()
    if args.json:
        print(json.dumps(result.to_dict(), ensure_ascii=False))
        return EXIT_OK
    words = " ".join(result.words)
    if not result.hits:
        print(f"No past messages contain: {words}")
        return EXIT_OK
    scope = "" if result.all_words else " (none has every word; these have some)"
    count = len(result.hits)
    print(f"{count} match{'es' if count != 1 else ''} for: {words}{scope}")
    for hit in result.hits:
        when = time.strftime("%Y-%m-%d %H:%M", time.localtime(hit.created))
        who = "you" if hit.role == "user" else hit.role
        print(f"  {when}  {hit.conversation_title}  ({who}): {hit.plain_snippet('«', '»')}")
    print("Reopen one in the chat: /history " + words)
    return EXIT_OK
