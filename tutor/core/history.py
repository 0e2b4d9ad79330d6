"""Search past questions and answers: ``/history WORDS`` in the chat, ``tutor history search``.

The index is SQLite's FTS5 table ``messages_fts`` (store migration 4), kept in step with
``messages`` by triggers, so a message is searchable the moment it is saved and nothing here
has to remember to update it. Words are stemmed (porter) and accents folded, so "trained"
finds "training" and "modele" finds "modèle".

The learner's text is never handed to FTS5 as a query expression: its syntax (quotes,
``AND``/``OR``/``NOT``/``NEAR``, ``*``, ``^``, column filters) would turn a typed question into a
syntax error or a different search. Only the words are kept, each one quoted as a literal term.
Every word must appear; when no message has them all, messages with any of them are shown,
still ranked by BM25, and the result says so.

Nothing here knows about Textual: the chat, the plain chat and the CLI render the same hits.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import asdict, dataclass, field
from typing import Any

from tutor.core.store import Store

MAX_TERMS = 12  # words of a query used (a pasted paragraph is not a search)
# BM25 costs about 10 µs per matching message; a word found in thousands of messages is ranked
# among its newest RANK_WINDOW matches only, which keeps every search well under 50 ms on
# 10,000 messages (benchmarks/bench_history.py). Such a word hardly tells messages apart anyway.
RANK_WINDOW = 1000
DEFAULT_LIMIT = 20
# Markers around matched words in a snippet; each face turns them into its own emphasis.
MARK_START, MARK_END = "\x02", "\x03"
_WORD = re.compile(r"\w+", re.UNICODE)


class SearchError(RuntimeError):
    """The search could not run (the database cannot be read); the message says why."""


@dataclass(frozen=True)
class Hit:
    """One message that matched, with where it lives and a snippet around the match."""

    message_id: int
    conversation_id: int
    conversation_title: str
    role: str
    kind: str
    created: float
    snippet: str  # matched words wrapped in MARK_START / MARK_END
    score: float  # BM25, higher is better

    def plain_snippet(self, start: str = "", end: str = "") -> str:
        """The snippet on one line with the markers replaced (e.g. by ``**`` for Markdown)."""
        text = " ".join(self.snippet.split())
        return text.replace(MARK_START, start).replace(MARK_END, end)


@dataclass(frozen=True)
class SearchResult:
    words: list[str]
    hits: list[Hit] = field(default_factory=list)
    all_words: bool = True  # False: no message had every word; these have some of them

    def to_dict(self) -> dict[str, Any]:
        hits = []
        for hit in self.hits:
            row = asdict(hit)
            row["snippet"] = hit.plain_snippet()
            hits.append(row)
        return {"words": self.words, "all_words": self.all_words, "hits": hits}


def search_words(text: str) -> list[str]:
    """The words of a query, in order, duplicates dropped (case-insensitively), at most
    ``MAX_TERMS``. Punctuation and FTS5 operators' symbols are separators, nothing more."""
    seen: set[str] = set()
    words = []
    for word in _WORD.findall(text or ""):
        key = word.casefold()
        if key not in seen:
            seen.add(key)
            words.append(word)
    return words[:MAX_TERMS]


def fts_expression(words: list[str], any_word: bool = False) -> str:
    """An FTS5 query where every word is a quoted literal (``"and"`` is the word, not the
    operator). ``\\w+`` never contains a double quote, so the quoting cannot be broken."""
    return (" OR " if any_word else " ").join(f'"{word}"' for word in words)


# FTS5's own "ORDER BY rank LIMIT n" keeps only the best n rows while it scans, and computes
# snippet() for those alone; ordering by bm25() after a join made it snippet every match
# (10,000 messages: 52 ms for a common word, 5-10 ms this way).
_SQL = """
SELECT m.id, m.conversation_id, m.role, m.kind, m.created, c.title, best.snip, best.rank
FROM (
    SELECT rowid, snippet(messages_fts, 0, :start, :end, ' … ', 16) AS snip, rank
    FROM messages_fts WHERE messages_fts MATCH :query AND rowid >= :floor
    ORDER BY rank LIMIT :limit
) AS best
JOIN messages m ON m.id = best.rowid
JOIN conversations c ON c.id = m.conversation_id
ORDER BY best.rank, m.id DESC
"""
_FLOOR_SQL = ("SELECT rowid FROM messages_fts WHERE messages_fts MATCH ? "
              "ORDER BY rowid DESC LIMIT 1 OFFSET ?")


def search(store: Store, text: str, limit: int = DEFAULT_LIMIT) -> SearchResult:
    """Messages matching the words of ``text``, best first (BM25, newer first on ties)."""
    words = search_words(text)
    if not words:
        return SearchResult(words=[])
    for any_word in (False, True):
        if any_word and len(words) == 1:
            break
        params = {"start": MARK_START, "end": MARK_END, "limit": max(1, int(limit)),
                  "query": fts_expression(words, any_word)}
        try:
            newest = store.conn.execute(_FLOOR_SQL, (params["query"], RANK_WINDOW - 1)).fetchone()
            params["floor"] = newest[0] if newest else 0
            rows = store.conn.execute(_SQL, params).fetchall()
        except sqlite3.Error as error:
            raise SearchError(f"the history could not be searched ({error})") from error
        if rows:
            hits = [Hit(int(r[0]), int(r[1]), r[5] or "Untitled", r[2], r[3], float(r[4]),
                        r[6] or "", -float(r[7])) for r in rows]
            return SearchResult(words=words, hits=hits, all_words=not any_word)
    return SearchResult(words=words)
